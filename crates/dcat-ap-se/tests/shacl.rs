//! A catalogue built with the API against the EU DCAT-AP 3.0.1 core SHACL shapes
//! (`shapes.ttl`), run through a real SHACL engine: pyshacl.
//!
//! `cargo xtask test` installs pyshacl and sets `DATALOTS_PYTHON` to a Python that has
//! it. Without it the test says so and passes only outside CI.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use std::path::PathBuf;
use std::process::Command;

use dcat_ap_se::{Catalog, Format};
use oxrdf::{Graph, NamedNodeRef, TermRef};

const SH: &str = "http://www.w3.org/ns/shacl#";

fn python() -> Option<PathBuf> {
    match std::env::var_os("DATALOTS_PYTHON") {
        Some(p) => Some(PathBuf::from(p)),
        None if std::env::var_os("CI").is_some() => {
            panic!("DATALOTS_PYTHON is not set: in CI, `cargo xtask test` must provide pyshacl")
        }
        None => {
            eprintln!(
                "skipped: set DATALOTS_PYTHON to a Python with pyshacl (cargo xtask test does)"
            );
            None
        }
    }
}

/// (severity, path) of every result pyshacl reports.
fn shacl(python: &PathBuf, catalog: &Catalog, name: &str) -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let data = dir.join(format!("{name}.ttl"));
    std::fs::write(&data, catalog.write(Format::Turtle).unwrap()).unwrap();
    let shapes = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/dcat-ap-3.0.1-shapes.ttl"
    );
    let out = Command::new(python)
        .args([
            "-m", "pyshacl", "-s", shapes, "-sf", "turtle", "-df", "turtle", "-f", "turtle",
        ])
        .arg(&data)
        .output()
        .expect("pyshacl runs");
    // pyshacl exits 0 when the data conforms, 1 when it does not, 2 and above on errors.
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "pyshacl failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Graph = dcat_ap_se::parse(&out.stdout, Format::Turtle).unwrap();
    let sh = |local: &str| format!("{SH}{local}");
    let (severity, path, result) = (
        sh("resultSeverity"),
        sh("resultPath"),
        sh("ValidationResult"),
    );
    let rdf_type = NamedNodeRef::new_unchecked(dcat_ap_se::ns::RDF_TYPE);
    report
        .subjects_for_predicate_object(rdf_type, NamedNodeRef::new_unchecked(&result))
        .map(|r| {
            let get = |p: &str| match report
                .object_for_subject_predicate(r, NamedNodeRef::new_unchecked(p))
            {
                Some(TermRef::NamedNode(n)) => dcat_ap_se::ns::compact(n.as_str()),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            (get(&severity), get(&path))
        })
        .collect()
}

#[test]
fn a_built_catalogue_passes_the_eu_core_shapes_but_for_the_format_literal() {
    let Some(python) = python() else { return };
    let catalog = common::catalog();
    let results = shacl(&python, &catalog, "built-catalogue");
    // The one documented difference: DCAT-AP wants an IRI in dct:format, DCAT-AP-SE a
    // literal such as "text/csv" (diggsweden/DCAT-AP-SE#105). One per distribution.
    assert_eq!(
        results,
        vec![(format!("{SH}Violation"), "dcterms:format".to_owned())]
    );
}

#[test]
fn the_shapes_do_catch_a_missing_title() {
    // Proof that the engine is really checking: drop a mandatory property.
    let Some(python) = python() else { return };
    let mut catalog = common::catalog();
    catalog.datasets[0].title.clear();
    let results = shacl(&python, &catalog, "no-title");
    assert!(
        results.iter().any(|(_, p)| p == "dcterms:title"),
        "{results:?}"
    );
}
