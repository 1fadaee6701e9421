//! What the browser tests of the widget and of the procurement module
//! (`widget/procurement/tests/web.rs`, which includes this file by path) share.

use std::time::Duration;

use web_sys::Element;

/// A new, empty element in the test page's body.
pub fn fresh_root() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    root
}

/// The text of the first element matching `selector`; fails the test when none is.
pub fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not rendered: {}", root.inner_html()))
        .text_content()
        .unwrap_or_default()
}

/// yew renders on its own scheduler; give it a turn of the event loop.
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}
