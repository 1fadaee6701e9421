//! «Vår katalog»'s operations, built as a wasm module of their own so that the widget's
//! module (budgeted: what every visitor downloads) does not carry them: the widget's
//! worker imports this module only when someone opens their catalogue file, and then
//! hands every operation to it.
//!
//! It is [`datalots::session::apply`] behind one exported function, `apply_catalog`
//! (the default feature `engine`), taking a [`CatalogRequest`] and answering the
//! [`SessionView`], both as JS values (serde-wasm-bindgen, the encoding of the widget's
//! worker messages). The worker links this crate without `engine`, for
//! [`CatalogRequest`]. A JSON-LD catalogue is read with the widget's
//! JSON-LD module, which the engine loads itself (`datalots_json_ld`), as the worker
//! does for the describe form.
//!
//! It also reads RDF/XML and Turtle for the worker, whose module leaves those readers
//! out (`dcat_ap_se::rdf::set_rdf_reader`): `read_rdf` answers N-Triples and the
//! syntax errors with their places, in the JSON-LD module's answer format
//! (`datalots_json_ld::encode`).
#![deny(missing_docs)]

use datalots::csv_profile::Profile;
use datalots::form::PublisherFields;
use datalots::session::{CatalogFile, Op, SessionView};
use serde::{Deserialize, Serialize};
#[cfg(feature = "engine")]
use wasm_bindgen::JsValue;

/// One operation on the catalogue, as the worker sends it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CatalogRequest {
    /// The catalogue file as it is.
    pub file: CatalogFile,
    /// What to do.
    pub op: Op,
    /// The new file's profile, for an update.
    pub profile: Option<Profile>,
    /// The publisher settings as typed (what an upgrade or update needs from them).
    pub publisher: PublisherFields,
}

/// Applies the request (a [`CatalogRequest`] as a JS value) and answers the
/// [`SessionView`] as a JS value; a request that cannot be read is answered with a
/// view that says so.
#[cfg(feature = "engine")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn apply_catalog(request: JsValue) -> JsValue {
    let view = match serde_wasm_bindgen::from_value::<CatalogRequest>(request) {
        Ok(r) => {
            if datalots_json_ld::loader::is_json_ld(&r.file.name) {
                datalots_json_ld::loader::ensure_reader().await;
            }
            apply(&r)
        }
        Err(e) => unreadable(&e.to_string()),
    };
    serde_wasm_bindgen::to_value(&view).unwrap_or(JsValue::NULL)
}

/// Reads `input` as RDF/XML or Turtle (`format`: `rdf` or `ttl`, as
/// `dcat_ap_se::Format::from_name` reads it), going on after errors with `recover`:
/// the triples as N-Triples with the syntax errors, or the error that stopped the
/// reading, as `datalots_json_ld::encode` writes them (the worker's reader,
/// `dcat_ap_se::rdf::RdfReader`).
#[cfg(feature = "engine")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn read_rdf(input: &[u8], format: &str, recover: bool) -> String {
    use datalots::dcat_ap_se::{self, Format};
    let read = match Format::from_name(format) {
        Some(f @ (Format::RdfXml | Format::Turtle)) => {
            dcat_ap_se::rdf::to_n_triples(input, f, recover)
        }
        _ => Err(dcat_ap_se::Error::UnknownFormat(format.to_owned())),
    };
    datalots_json_ld::encode(read)
}

/// The answer to a request that could not be read.
pub fn unreadable(why: &str) -> SessionView {
    SessionView {
        error: Some(datalots::Both::new(
            format!("Katalogbegäran kunde inte läsas: {why}"),
            format!("The catalogue request could not be read: {why}"),
        )),
        ..SessionView::default()
    }
}

/// Applies one request: the publisher settings when complete, the profile for an
/// update ([`datalots::session::apply`]).
#[cfg(feature = "engine")]
pub fn apply(r: &CatalogRequest) -> SessionView {
    let publisher = datalots::form::publisher_from_fields(&r.publisher).ok();
    datalots::session::apply(&r.file, &r.op, r.profile.as_ref(), publisher.as_ref())
}

#[cfg(all(test, feature = "engine"))]
mod tests {
    use super::*;
    use datalots::dcat_ap_se::{Error, Format};

    /// What `read_rdf` answers, decoded as the worker decodes it, reads as the file
    /// does: the same triples, and a syntax error with its format, line and column.
    #[test]
    fn rdf_is_read_for_the_worker_with_its_errors_and_their_places() {
        let turtle = include_str!("../../../tests/fixtures/catalogs/dcat-ap-se-rekommenderat.ttl");
        let (nt, errors) =
            datalots_json_ld::decode_as(&read_rdf(turtle.as_bytes(), "ttl", false), Format::Turtle)
                .unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        let direct = datalots::dcat_ap_se::parse(turtle.as_bytes(), Format::Turtle).unwrap();
        assert!(!direct.is_empty());
        assert_eq!(nt.lines().count(), direct.len());
        let xml = b"<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n  <rdf:Description rdf:about=\"http://ex.se/a\">\n    <x></y>\n</rdf:RDF>\n";
        let (_, errors) =
            datalots_json_ld::decode_as(&read_rdf(xml, "rdf", false), Format::RdfXml).unwrap();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(
            errors[0],
            datalots::dcat_ap_se::parse(xml, Format::RdfXml).unwrap_err()
        );
        assert!(
            matches!(
                errors[0],
                Error::Syntax {
                    format: "RDF/XML",
                    line: 4,
                    ..
                }
            ),
            "{errors:?}"
        );
        let refused =
            datalots_json_ld::decode_as(&read_rdf(b"{}", "jsonld", false), Format::JsonLd);
        assert!(refused.is_err(), "{refused:?}");
    }

    #[test]
    fn a_request_round_trips_and_is_answered_as_the_session_answers() {
        let file = CatalogFile {
            name: "katalog.ttl".into(),
            text: include_str!("../../../tests/fixtures/catalogs/dcat-ap-se-rekommenderat.ttl")
                .into(),
        };
        let r = CatalogRequest {
            file,
            op: Op::Open,
            profile: None,
            publisher: PublisherFields::default(),
        };
        let back: CatalogRequest =
            serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        let view = apply(&back);
        assert!(view.error.is_none(), "{:?}", view.error);
        let json = serde_json::to_string(&view).unwrap();
        let decoded: SessionView = serde_json::from_str(&json).unwrap();
        assert_eq!(decoded, view);
        assert!(decoded.grade.is_some() && decoded.listing.is_some());
        assert!(
            unreadable("x")
                .error
                .is_some_and(|e| e.sv.contains("Katalogbegäran") && e.en.contains("request"))
        );
    }
}
