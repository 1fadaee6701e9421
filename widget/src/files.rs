//! Files the person chooses in a file input.

use web_sys::HtmlInputElement;

/// The first file of the file input an event came from.
pub(crate) fn chosen_file(e: &yew::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    e.target()?
        .dyn_into::<HtmlInputElement>()
        .ok()?
        .files()?
        .get(0)
}

/// A file's text (empty when it cannot be read: the reader then reports the file as
/// empty, with its name).
pub(crate) async fn file_text(file: &web_sys::File) -> String {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
