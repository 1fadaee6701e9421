//! JSON-LD in the worker: the widget's module has no JSON-LD reader (the largest of
//! the three; the catalogue Sveriges dataportal harvests is RDF/XML). When a request
//! names a JSON-LD catalogue, the worker first loads `datalots_json_ld` (a module of its
//! own, `widget/json-ld`) and sets it as `dcat_ap_se`'s JSON-LD reader; the facade then
//! reads JSON-LD as it reads the other formats.

use datalots::dcat_ap_se::{self, Format};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/src/json_ld.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn load_json_ld() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = read_json_ld)]
    fn read_in_module(input: &[u8], recover: bool) -> Result<String, JsValue>;
}

/// What `datalots_json_ld::read_json_ld` returns (the same fields; a test reads that
/// crate's output with it).
#[derive(Debug, Default, Deserialize)]
pub struct Read {
    /// The triples, as N-Triples.
    pub n_triples: String,
    /// The syntax errors met.
    pub errors: Vec<Place>,
    /// The error that stopped the reading.
    pub fatal: Option<Place>,
}

/// A syntax error and where it is.
#[derive(Debug, Deserialize)]
pub struct Place {
    /// 1-based line (0 when unknown).
    pub line: u64,
    /// 1-based column (0 when unknown).
    pub column: u64,
    /// What is wrong.
    pub message: String,
}

impl From<Place> for dcat_ap_se::Error {
    fn from(p: Place) -> Self {
        dcat_ap_se::Error::Syntax {
            format: Format::JsonLd.name(),
            line: p.line,
            column: p.column,
            message: p.message,
        }
    }
}

/// Turns the module's answer into a reader's result.
pub fn decode(json: &str) -> Result<(String, Vec<dcat_ap_se::Error>), dcat_ap_se::Error> {
    let read: Read = serde_json::from_str(json).map_err(|e| dcat_ap_se::Error::Syntax {
        format: Format::JsonLd.name(),
        line: 0,
        column: 0,
        message: format!("the JSON-LD reader's answer: {e}"),
    })?;
    match read.fatal {
        Some(fatal) => Err(fatal.into()),
        None => Ok((
            read.n_triples,
            read.errors.into_iter().map(Into::into).collect(),
        )),
    }
}

fn reader(
    input: &[u8],
    recover: bool,
) -> Result<(String, Vec<dcat_ap_se::Error>), dcat_ap_se::Error> {
    match read_in_module(input, recover) {
        Ok(json) => decode(&json),
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
    #![allow(clippy::unwrap_used)] // test code: a panic is a failed test

    use super::*;

    #[test]
    fn the_json_ld_modules_answer_is_read_as_it_is_written() {
        let doc = br#"{"@context": {"dct": "http://purl.org/dc/terms/"},
            "@id": "http://ex.se/a", "dct:title": "A"}"#;
        let (nt, errors) = decode(&datalots_json_ld::read_json_ld(doc, true)).unwrap();
        assert!(
            nt.contains("<http://ex.se/a> <http://purl.org/dc/terms/title> \"A\""),
            "{nt}"
        );
        assert!(errors.is_empty());
        let broken = br#"{"@context": {"dct": "http://purl.org/dc/terms/"},
            "@id": "http://ex.se/a", "dct:title": }"#;
        let (_, errors) = decode(&datalots_json_ld::read_json_ld(broken, false)).unwrap();
        assert!(
            matches!(errors[0], dcat_ap_se::Error::Syntax { line: 2, .. }),
            "{errors:?}"
        );
        let deep = "[".repeat(100);
        let fatal = decode(&datalots_json_ld::read_json_ld(deep.as_bytes(), true)).unwrap_err();
        assert!(
            matches!(
                fatal,
                dcat_ap_se::Error::Syntax {
                    line: 1,
                    column: 17,
                    ..
                }
            ),
            "{fatal:?}"
        );
        assert!(decode("not json").is_err());
        assert!(is_json_ld("katalog.jsonld") && is_json_ld("K.JSON") && !is_json_ld("katalog.rdf"));
    }
}
