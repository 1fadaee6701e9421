//! «Vår katalog» in the worker: the catalogue operations are not in the widget's
//! module (every visitor downloads it; few keep a catalogue in the same visit). On the
//! first [`Request::Catalog`](crate::Request::Catalog) the worker loads
//! `datalots_catalog_engine` (a module of its own, `widget/catalog-engine`) and hands
//! it every operation, with the profile of the new file for an update. Request and
//! answer cross as JS values (serde-wasm-bindgen, as the worker's messages do), so the
//! widget's module links no other serializer for them.

use datalots::Both;
use datalots::session::SessionView;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

pub use datalots_catalog_engine::CatalogRequest;

#[wasm_bindgen(module = "/src/catalog_engine.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn load_catalog_engine() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = apply_catalog)]
    async fn apply_in_module(request: JsValue) -> Result<JsValue, JsValue>;
}

/// Why an operation could not be run: the engine could not be loaded (or failed).
pub fn not_loaded() -> Both {
    Both::new(
        "Katalogdelen kunde inte laddas. Ladda om sidan och försök igen.",
        "The catalogue part could not be loaded. Reload the page and try again.",
    )
}

/// Runs one operation in the engine (loading it the first time): the catalogue as
/// the page shows it, or why the operation could not be run.
pub async fn apply(request: &CatalogRequest) -> Result<SessionView, Both> {
    let value = serde_wasm_bindgen::to_value(request).map_err(|e| {
        Both::new(
            format!("Katalogbegäran kunde inte skrivas: {e}"),
            format!("The catalogue request could not be written: {e}"),
        )
    })?;
    load_catalog_engine().await.map_err(|_| not_loaded())?;
    let answer = apply_in_module(value).await.map_err(|_| not_loaded())?;
    serde_wasm_bindgen::from_value(answer).map_err(|_| not_loaded())
}
