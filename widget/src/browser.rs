//! The browser glue the components share: files chosen in a file input, the
//! confirmation dialog, today's date. (Downloads, storage and the language are in
//! `datalots-widget-support`, shared with the procurement module.)

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The first file of the file input an event came from.
pub fn chosen_file(e: &yew::Event) -> Option<web_sys::File> {
    e.target()?
        .dyn_into::<HtmlInputElement>()
        .ok()?
        .files()?
        .get(0)
}

/// A file's text (empty when it cannot be read: the reader then reports the file as
/// empty, with its name).
pub async fn file_text(file: &web_sys::File) -> String {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Asks the person to confirm `text` (the browser's dialog); `false` when there is
/// no window to ask in.
pub fn confirm(text: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(text).ok())
        .unwrap_or(false)
}

/// Today's date on the person's computer, `YYYY-MM-DD` (local time).
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
