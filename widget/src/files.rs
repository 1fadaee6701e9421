//! Files the person chooses in a file input, and files the widget offers to save
//! (also used by the procurement module, `widget/procurement`).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use web_sys::HtmlInputElement;

/// The first file of the file input an event came from.
pub(crate) fn chosen_file(e: &yew::Event) -> Option<web_sys::File> {
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

/// Offers `bytes` as a download named `name` (the object URL is revoked a minute
/// later, not at once: some browsers start the download asynchronously).
pub fn download(bytes: &[u8], name: &str, media_type: &str) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    download_blob(&blob, name)
}

/// Offers a `Blob` as a download named `name`.
pub fn download_blob(blob: &web_sys::Blob, name: &str) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}

/// Today's date on the person's computer, `YYYY-MM-DD` (local time).
pub(crate) fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
