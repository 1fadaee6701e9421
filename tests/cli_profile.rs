//! `datalots profile` end to end.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use common::datalots;

#[test]
fn json_has_the_documented_keys() {
    let out = datalots(&["profile", "tests/fixtures/csv/kommuner.csv", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "encoding", "bom", "bytes", "rows", "dialect", "columns", "warnings",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["encoding"], "UTF-8");
    assert_eq!(v["rows"], 2);
    for key in [
        "delimiter",
        "quote",
        "line_terminator",
        "header_rows",
        "preamble_rows",
        "footer_rows",
    ] {
        assert!(v["dialect"].get(key).is_some(), "missing dialect.{key}");
    }
    assert_eq!(v["dialect"]["delimiter"], ";");
    assert_eq!(v["dialect"]["line_terminator"], "CRLF");
    let cols = v["columns"].as_array().unwrap();
    for key in [
        "name",
        "type",
        "missing",
        "distinct",
        "min",
        "max",
        "mean",
        "format",
        "personal_data",
    ] {
        assert!(cols[0].get(key).is_some(), "missing columns[].{key}");
    }
    assert_eq!(cols[0]["type"], "text");
    assert_eq!(cols[0]["personal_data"], serde_json::Value::Null);
    assert_eq!(cols[2]["type"], "integer");
    assert_eq!(cols[3]["format"]["decimal"], ",");
    assert_eq!(cols[5]["personal_data"]["kind"], "personnummer");
    assert_eq!(cols[5]["personal_data"]["share"], 0.5);
    let w = &v["warnings"][0];
    for key in ["code", "row", "column", "message_sv", "message_en"] {
        assert!(w.get(key).is_some(), "missing warnings[].{key}");
    }
}

#[test]
fn text_output_and_errors() {
    let out = datalots(&["profile", "tests/fixtures/csv/kommuner.csv"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("kommunkod") && text.contains("PERSONAL DATA"),
        "{text}"
    );

    // Personal data comes first, and its values are masked as in the widget.
    let notice = text
        .find("PERSONUPPGIFTER / PERSONAL DATA\n")
        .expect("the notice");
    assert!(notice < text.find("avgränsare").unwrap(), "{text}");
    assert!(text.contains("«personnummer» (personnummer)"), "{text}");
    let fixture = std::fs::read_to_string("tests/fixtures/csv/kommuner.csv").unwrap();
    for line in fixture.lines().skip(1) {
        let pnr = line.rsplit(';').next().unwrap();
        assert!(!text.contains(pnr), "{pnr} shown: {text}");
    }
    assert!(text.contains("ÅÅÅÅMMDD-XXXX"), "{text}");

    let out = datalots(&["profile", "tests/fixtures/csv/saknas.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("saknas.csv"));
}
