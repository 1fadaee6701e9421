//! JSON-LD in the worker: the widget's module has no JSON-LD reader (the largest of
//! the three; the catalogue Sveriges dataportal harvests is RDF/XML). When a request
//! names a JSON-LD catalogue, the worker first loads `datalots_json_ld` (a module of its
//! own, `widget/json-ld`) and sets it as `dcat_ap_se`'s JSON-LD reader; the facade then
//! reads JSON-LD as it reads the other formats.

use datalots::dcat_ap_se::{self, Format};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/src/modules.js")]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_is_told_by_the_extension_as_the_facade_tells_it() {
        assert!(is_json_ld("katalog.jsonld") && is_json_ld("K.JSON") && !is_json_ld("katalog.rdf"));
    }
}
