//! The Datalots browser widget.
//!
//! A yew app (client-side rendering) that the loader `datalots-widget.js` mounts into
//! the open shadow root of every `<datalots-widget>` element on a page. Everything
//! happens in the browser: the file a person chooses is read locally and never sent
//! anywhere.
//!
//! This is the only crate of the workspace that touches `web-sys`, `wasm-bindgen` or
//! `yew`; what it shows comes from the plain crates through the `datalots` facade.
#![deny(missing_docs)]

mod app;
pub mod i18n;
pub mod procurement;
pub mod procurement_texts;

pub use app::{App, AppProps};
pub use i18n::Lang;

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts one widget into `root`.
///
/// `lang` is the value of the element's `data-lang` attribute: `"en"` (or any `en-*`
/// tag) starts in English, anything else in Swedish, the default. `mode` is the
/// element's `mode` attribute: `"procurement"` shows the procurement view on its own;
/// anything else (or none) the widget's first screen.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, lang: String, mode: Option<String>) {
    let lang = Lang::from_tag(&lang);
    if mode.as_deref() == Some("procurement") {
        procurement::mount_procurement(root, lang);
        return;
    }
    let props = AppProps { lang };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
