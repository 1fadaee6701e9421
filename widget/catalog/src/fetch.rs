//! Fetching the catalogue named by `src` and reading it with the library
//! (`datalots::site::problem::read`); JSON-LD through the JSON-LD module, loaded only
//! then.

use datalots::dcat_ap_se::{Catalog, Format};
use datalots::site::problem::{self, Problem};
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Fetches and reads the catalogue at `url` (absolute); `early` is a fetch of it
/// already under way (the loader's), used instead of a new one.
pub async fn catalogue(url: &str, early: Option<js_sys::Promise>) -> Result<Catalog, Problem> {
    if url.trim().is_empty() {
        return Err(Problem::NoAddress);
    }
    let unreachable = || Problem::Unreachable {
        url: url.to_owned(),
    };
    let request = match early {
        Some(promise) => promise,
        None => web_sys::window()
            .ok_or_else(unreachable)?
            .fetch_with_str(url),
    };
    let answer = JsFuture::from(request).await.map_err(|_| unreachable())?;
    let response: Response = answer.dyn_into().map_err(|_| unreachable())?;
    if !response.ok() {
        return Err(Problem::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let media_type = response.headers().get("content-type").ok().flatten();
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| unreachable())?)
        .await
        .map_err(|_| unreachable())?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    if problem::format_of(&bytes, media_type.as_deref(), url) == Format::JsonLd {
        datalots_json_ld::loader::ensure_reader().await;
    }
    problem::read(&bytes, media_type.as_deref(), url)
}
