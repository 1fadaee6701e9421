//! JSON-LD in the catalogue engine: like the widget's worker, the engine is built
//! without the JSON-LD reader; for a JSON-LD catalogue it first loads
//! `datalots_json_ld` (the widget's JSON-LD module) and sets it as its own
//! `dcat_ap_se`'s reader (each wasm module has its own), so the facade reads JSON-LD as
//! it reads the other formats, with the same triples and errors as the command line.

use datalots::dcat_ap_se::{self, Format};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/src/json_ld.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn load_json_ld() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = read_json_ld)]
    fn read_in_module(input: &[u8], recover: bool) -> Result<String, JsValue>;
}

fn reader(
    input: &[u8],
    recover: bool,
) -> Result<(String, Vec<dcat_ap_se::Error>), dcat_ap_se::Error> {
    match read_in_module(input, recover) {
        Ok(json) => datalots_json_ld::decode(&json),
        Err(_) => Err(dcat_ap_se::Error::NoJsonLdReader),
    }
}

/// Whether a catalogue file of this name is JSON-LD (by its extension, as the facade
/// decides).
pub fn is_json_ld(name: &str) -> bool {
    Format::from_path(name) == Ok(Format::JsonLd)
}

/// Loads the JSON-LD module (once) and sets it as the reader. When it cannot be
/// loaded, no reader is set and the facade answers with
/// [`dcat_ap_se::Error::NoJsonLdReader`] ("open the catalogue as RDF/XML or Turtle").
pub async fn ensure_reader() {
    if load_json_ld().await.is_ok() {
        dcat_ap_se::rdf::set_json_ld_reader(Some(reader));
    }
}
