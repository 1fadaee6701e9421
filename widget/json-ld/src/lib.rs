//! The widget's JSON-LD reader, built as its own wasm module so that the widget's
//! module does not carry it: the widget's worker imports it only when someone opens
//! or adds to a JSON-LD catalogue (the catalogue Sveriges dataportal harvests is
//! RDF/XML, which the widget reads itself).
//!
//! It is `dcat_ap_se::rdf::json_ld_to_n_triples` behind one exported function,
//! `read_json_ld` (the default feature `reader`), answering a [`Read`] as JSON. The
//! worker links this crate without `reader`, for [`decode`], and hands the result to
//! `dcat_ap_se::rdf::set_json_ld_reader`, so that reading JSON-LD in the widget gives
//! the same triples and the same errors, with the same lines and columns, as the
//! command line.
//!
//! The same answer format ([`encode`], [`decode_as`]) carries the RDF/XML and Turtle
//! readings of «Vår katalog»'s engine module to the worker, whose module has no readers
//! of its own (`dcat_ap_se::rdf::set_rdf_reader`).
//!
//! The modules built without the reader load this one with the `loader` module (the feature
//! `loader`): one loader for the worker, «Vår katalog»'s engine and the catalogue page.
#![deny(missing_docs)]

#[cfg(feature = "loader")]
pub mod loader;

use serde::{Deserialize, Serialize};
#[cfg(feature = "reader")]
use wasm_bindgen::prelude::wasm_bindgen;

/// What `read_json_ld` returns, as JSON: the triples as N-Triples and the syntax
/// errors met, or the error that stopped the reading.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Read {
    /// The triples of the default graph, as N-Triples.
    pub n_triples: String,
    /// The syntax errors met.
    pub errors: Vec<Place>,
    /// The error that stopped the reading, if one did.
    pub fatal: Option<Place>,
}

/// A syntax error and where it is.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Place {
    /// 1-based line (0 when unknown).
    pub line: u64,
    /// 1-based column (0 when unknown).
    pub column: u64,
    /// What is wrong, as the reader says it (for a fatal error that is not a syntax
    /// error, the whole message in Swedish and English).
    pub message: String,
}

impl From<Place> for dcat_ap_se::Error {
    fn from(p: Place) -> Self {
        p.into_error(dcat_ap_se::Format::JsonLd)
    }
}

/// A reader's result (see `dcat_ap_se::rdf::JsonLdReader`) from what `read_json_ld`
/// answered.
pub fn decode(json: &str) -> Result<(String, Vec<dcat_ap_se::Error>), dcat_ap_se::Error> {
    decode_as(json, dcat_ap_se::Format::JsonLd)
}

/// A reader's result (see `dcat_ap_se::rdf::RdfReader`) from what a reader of `format`
/// answered with [`encode`]: its errors are `format`'s syntax errors.
pub fn decode_as(
    json: &str,
    format: dcat_ap_se::Format,
) -> Result<(String, Vec<dcat_ap_se::Error>), dcat_ap_se::Error> {
    let read: Read = serde_json::from_str(json).map_err(|e| dcat_ap_se::Error::Syntax {
        format: format.name(),
        line: 0,
        column: 0,
        message: format!("the {} reader's answer: {e}", format.name()),
    })?;
    match read.fatal {
        Some(fatal) => Err(fatal.into_error(format)),
        None => Ok((
            read.n_triples,
            read.errors
                .into_iter()
                .map(|p| p.into_error(format))
                .collect(),
        )),
    }
}

/// A reader's result (N-Triples and errors, or the error that stopped it) as the
/// [`Read`] JSON that [`decode_as`] reads.
pub fn encode(result: Result<(String, Vec<dcat_ap_se::Error>), dcat_ap_se::Error>) -> String {
    let read = match result {
        Ok((n_triples, errors)) => Read {
            n_triples,
            errors: errors.into_iter().map(Place::of).collect(),
            fatal: None,
        },
        Err(e) => Read {
            fatal: Some(Place::of(e)),
            ..Read::default()
        },
    };
    serde_json::to_string(&read).unwrap_or_default()
}

impl Place {
    /// The syntax error of `format` this place is.
    pub fn into_error(self, format: dcat_ap_se::Format) -> dcat_ap_se::Error {
        dcat_ap_se::Error::Syntax {
            format: format.name(),
            line: self.line,
            column: self.column,
            message: self.message,
        }
    }

    fn of(e: dcat_ap_se::Error) -> Place {
        match e {
            dcat_ap_se::Error::Syntax {
                line,
                column,
                message,
                ..
            } => Place {
                line,
                column,
                message,
            },
            other => Place {
                line: 0,
                column: 0,
                message: other.to_string(),
            },
        }
    }
}

/// Reads `input` as JSON-LD (going on after errors with `recover`); returns a [`Read`]
/// as JSON.
#[cfg(feature = "reader")]
#[wasm_bindgen]
pub fn read_json_ld(input: &[u8], recover: bool) -> String {
    encode(dcat_ap_se::rdf::json_ld_to_n_triples(input, recover))
}

#[cfg(all(test, feature = "reader"))]
mod tests {
    #![allow(clippy::unwrap_used)] // test code: a panic is a failed test

    use super::*;

    #[test]
    fn json_ld_becomes_n_triples_with_its_errors_and_their_places() {
        let doc = br#"{"@context": {"dct": "http://purl.org/dc/terms/"},
            "@id": "http://ex.se/a", "dct:title": "A"}"#;
        let read: Read = serde_json::from_str(&read_json_ld(doc, false)).unwrap();
        assert_eq!(
            read.n_triples,
            "<http://ex.se/a> <http://purl.org/dc/terms/title> \"A\" .\n"
        );
        assert!(read.errors.is_empty() && read.fatal.is_none());

        let broken = br#"{"@context": {"dct": "http://purl.org/dc/terms/"},
            "@id": "http://ex.se/a", "dct:title": }"#;
        let read: Read = serde_json::from_str(&read_json_ld(broken, false)).unwrap();
        assert_eq!(read.errors.len(), 1, "{read:?}");
        assert_eq!(read.errors[0].line, 2, "{read:?}");

        let deep = "[".repeat(100);
        let read: Read = serde_json::from_str(&read_json_ld(deep.as_bytes(), true)).unwrap();
        let fatal = read.fatal.unwrap();
        assert_eq!((fatal.line, fatal.column), (1, 17), "{fatal:?}");
    }

    #[test]
    fn decode_reads_the_answer_as_it_is_written() {
        let doc = br#"{"@context": {"dct": "http://purl.org/dc/terms/"},
            "@id": "http://ex.se/a", "dct:title": "A"}"#;
        let (nt, errors) = decode(&read_json_ld(doc, true)).unwrap();
        assert!(
            nt.contains("<http://ex.se/a> <http://purl.org/dc/terms/title> \"A\""),
            "{nt}"
        );
        assert!(errors.is_empty());
        let broken = br#"{"@context": {"dct": "http://purl.org/dc/terms/"},
            "@id": "http://ex.se/a", "dct:title": }"#;
        let (_, errors) = decode(&read_json_ld(broken, false)).unwrap();
        assert!(
            matches!(errors[0], dcat_ap_se::Error::Syntax { line: 2, .. }),
            "{errors:?}"
        );
        let deep = "[".repeat(100);
        let fatal = decode(&read_json_ld(deep.as_bytes(), true)).unwrap_err();
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
    }
}
