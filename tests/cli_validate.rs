//! `datalots validate` end to end: exit codes, grouping, JSON, parse positions.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use common::datalots;

use datalots::dcat_ap_se::mint::organisation_iri;
use datalots::dcat_ap_se::vocab::{CC0, LOCAL_AUTHORITY};
use datalots::dcat_ap_se::{Agent, Catalog, ContactPoint, Dataset, Distribution, Format, Text};

fn valid_catalogue() -> Catalog {
    let kommun = Agent::organisation(
        organisation_iri("212000-0000").unwrap(),
        vec![Text::sv("Exempelby kommun")],
        LOCAL_AUTHORITY,
    );
    let mut ds = Dataset::new(
        "https://ex.se/dataset/a",
        vec![Text::sv("A")],
        vec![Text::sv("Om A.")],
        kommun.clone(),
    );
    ds.contact_point.push(ContactPoint::organisation(
        "https://ex.se/kontakt",
        vec![Text::sv("Kontakt")],
        "a@ex.se",
    ));
    let mut d = Distribution::new(
        "https://ex.se/distribution/a",
        "https://ex.se/a.csv",
        "text/csv",
    );
    d.licence = Some(CC0.into());
    ds.distributions.push(d);
    let mut c = Catalog::new(
        "https://ex.se/katalog",
        vec![Text::sv("Katalog")],
        vec![Text::sv("Om katalogen.")],
        kommun,
    );
    c.add_dataset(ds).unwrap();
    c
}

#[test]
fn a_valid_catalogue_exits_0_in_every_format() {
    let dir = env!("CARGO_TARGET_TMPDIR");
    for format in Format::ALL {
        let path = format!("{dir}/valid.{}", format.extension());
        std::fs::write(&path, valid_catalogue().write(format).unwrap()).unwrap();
        let out = datalots(&["validate", &path]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            format.name(),
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("0 violations"));
    }
}

#[test]
fn violations_exit_1_grouped_by_resource() {
    let out = datalots(&[
        "validate",
        "tests/fixtures/catalogs/dcat-ap-se-obligatoriskt.ttl",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    let publisher = text
        .find("https://example.com/publisher1  (Agent)")
        .expect("grouped under the publisher");
    let type_violation = text.find("FEL/VIOLATION   dcterms:type").unwrap();
    assert!(type_violation > publisher);
    assert!(text.contains("3 violations"), "{text}");
}

#[test]
fn json_lists_findings_with_resource_property_rule_and_messages() {
    let out = datalots(&[
        "validate",
        "tests/fixtures/catalogs/dcat-ap-se-obligatoriskt.ttl",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let f = findings
        .iter()
        .find(|f| f["rule"] == "adms:publishertype")
        .unwrap();
    assert_eq!(f["severity"], "violation");
    assert_eq!(f["resource"], "https://example.com/publisher1");
    assert_eq!(f["property"], "dcterms:type");
    assert!(f["message_sv"].as_str().unwrap().contains("saknar"));
    assert!(f["message_en"].as_str().unwrap().contains("lacks"));
}

#[test]
fn unreadable_input_exits_2_with_line_and_column() {
    let out = datalots(&["validate", "tests/fixtures/catalogs/broken.ttl"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.ttl"), "{err}");
    assert!(err.contains("line 4, column"), "{err}");

    let out = datalots(&["validate", "tests/fixtures/catalogs/README.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown RDF format"));
    let out = datalots(&[
        "validate",
        "tests/fixtures/catalogs/README.md",
        "--format",
        "turtle",
    ]);
    assert_eq!(out.status.code(), Some(2), "Markdown is not Turtle");
    let out = datalots(&["validate", "nope.ttl"]);
    assert_eq!(out.status.code(), Some(2));
}
