//! «Vår katalog» in the worker: the catalogue operations are not in the widget's
//! module (every visitor downloads it; few keep a catalogue in the same visit). On the
//! first [`Request::Catalog`](crate::Request::Catalog) the worker loads
//! `datalots_catalog_engine` (a module of its own, `widget/catalog-engine`) and hands
//! it every operation, with the profile of the new file for an update. Request and
//! answer cross as JS values (serde-wasm-bindgen, as the worker's messages do), so the
//! widget's module links no other serializer for them.
//!
//! The engine is also the worker's RDF/XML and Turtle reader: the widget's module
//! leaves those readers out (dcat-ap-se without `rdf-readers`). Before a describe
//! form with an imported catalogue in those formats ([`reads_with_engine`]) the worker
//! loads the engine and sets it as `dcat_ap_se`'s reader ([`ensure_reader`]); the
//! facade then reads the catalogue as it does everywhere, with the same triples and
//! the same errors, lines and columns.

use datalots::Both;
use datalots::dcat_ap_se::{self, Format};
use datalots::session::SessionView;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

pub use datalots_catalog_engine::CatalogRequest;

#[wasm_bindgen(module = "/src/modules.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn load_catalog_engine() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = apply_catalog)]
    async fn apply_in_module(request: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = read_rdf)]
    fn read_in_module(input: &[u8], format: &str, recover: bool) -> Result<String, JsValue>;
}

/// The reader set with `dcat_ap_se::rdf::set_rdf_reader`: the engine's `read_rdf`.
fn reader(
    input: &[u8],
    format: Format,
    recover: bool,
) -> Result<(String, Vec<dcat_ap_se::Error>), dcat_ap_se::Error> {
    match read_in_module(input, format.extension(), recover) {
        Ok(json) => datalots_json_ld::decode_as(&json, format),
        Err(_) => Err(dcat_ap_se::Error::NoRdfReader {
            format: format.name(),
        }),
    }
}

/// Whether a catalogue file of this name is read with the engine: RDF/XML or Turtle
/// (by its extension, as the facade decides).
pub fn reads_with_engine(name: &str) -> bool {
    matches!(Format::from_path(name), Ok(Format::RdfXml | Format::Turtle))
}

/// Loads the engine (once) and sets it as the RDF/XML and Turtle reader. When it
/// cannot be loaded, no reader is set and the facade answers with
/// [`dcat_ap_se::Error::NoRdfReader`] ("reload the page and try again").
pub async fn ensure_reader() {
    if load_catalog_engine().await.is_ok() {
        dcat_ap_se::rdf::set_rdf_reader(Some(reader));
    }
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
    dcat_ap_se::rdf::set_rdf_reader(Some(reader));
    let answer = apply_in_module(value).await.map_err(|_| not_loaded())?;
    serde_wasm_bindgen::from_value(answer).map_err(|_| not_loaded())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rdf_xml_and_turtle_are_read_with_the_engine_json_ld_and_csv_not() {
        assert!(reads_with_engine("katalog.rdf") && reads_with_engine("K.TTL"));
        assert!(reads_with_engine("katalog.xml"));
        assert!(!reads_with_engine("katalog.jsonld") && !reads_with_engine("data.csv"));
    }
}
