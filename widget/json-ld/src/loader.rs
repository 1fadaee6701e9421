//! The JSON-LD reader as another module sees it (the feature `loader`): the widget's
//! worker, «Vår katalog»'s engine and the catalogue page are built without a JSON-LD
//! reader; before reading a JSON-LD catalogue each calls [`ensure_reader`], which loads
//! this crate's own module (`datalots_json_ld`, once) and sets it as that module's
//! `dcat_ap_se` JSON-LD reader (each wasm module has its own). The facade then reads
//! JSON-LD as it reads the other formats, with the same triples and errors as the
//! command line.

use dcat_ap_se::Format;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/src/loader.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn load_json_ld() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = read_json_ld)]
    fn read_in_module(input: &[u8], recover: bool) -> Result<String, JsValue>;
}

/// The reader set with `dcat_ap_se::rdf::set_json_ld_reader`: the module's
/// `read_json_ld`, its answer decoded.
fn reader(
    input: &[u8],
    recover: bool,
) -> Result<(String, Vec<dcat_ap_se::Error>), dcat_ap_se::Error> {
    match read_in_module(input, recover) {
        Ok(json) => crate::decode(&json),
        Err(_) => Err(dcat_ap_se::Error::NoJsonLdReader),
    }
}

/// Whether a catalogue file of this name is JSON-LD (by its extension, as the facade
/// decides).
pub fn is_json_ld(name: &str) -> bool {
    Format::from_path(name) == Ok(Format::JsonLd)
}

/// Loads the JSON-LD module (once) and sets it as the reader; whether it is set. When
/// the module cannot be loaded, no reader is set and the facade answers with
/// [`dcat_ap_se::Error::NoJsonLdReader`] ("open the catalogue as RDF/XML or Turtle").
pub async fn ensure_reader() -> bool {
    let loaded = load_json_ld().await.is_ok();
    if loaded {
        dcat_ap_se::rdf::set_json_ld_reader(Some(reader));
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_is_told_by_the_extension_as_the_facade_tells_it() {
        assert!(is_json_ld("katalog.jsonld") && is_json_ld("K.JSON") && !is_json_ld("katalog.rdf"));
    }
}
