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

/// Issue #26: SMHI's download — the lines about the file before the table and the
/// notes beside it, before the columns; in `--json` as `about` and `notes`.
#[test]
fn the_lines_about_the_file_and_the_notes_come_before_the_columns() {
    let smhi = "crates/csv-profile/tests/data/sniff/smhi_blocks.csv";
    let out = datalots(&["profile", smhi]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    let about = text.find("Om filen").expect("«Om filen»");
    let columns = text.find("kolumn / column").unwrap();
    assert!(about < columns, "{text}");
    assert!(
        text.contains("  Stationsnamn: Borås  (plats / place)\n"),
        "{text}"
    );
    assert!(
        text.contains("  Tidsperiod (t.o.m): 2024-06-01 06:00:00  (period)\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "  rad/row 12 «Tidsutsnitt:»: Tidsperiod (fr.o.m.) = 1961-01-01 00:00:00 (UTC)\n"
        ),
        "{text}"
    );
    // «Borås» is a station, not a person; the table is the data, not the station block.
    assert!(!text.contains("PERSONAL DATA"), "{text}");
    assert!(text.contains("\nDatum "), "{text}");
    let json = datalots(&["profile", smhi, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["about"][0]["label"], "Stationsnamn");
    assert_eq!(v["about"][0]["kind"], "place");
    assert_eq!(v["notes"].as_array().unwrap().len(), 7);
    // A plain file has no such section.
    let plain = datalots(&["profile", "tests/fixtures/csv/befolkning_2024.csv"]);
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("Om filen"));
}

/// Issue #26: a Windows-1252 file whose first letter outside ASCII comes after
/// 800 KB is read again as Windows-1252, and that is said; `--encoding` is obeyed.
#[test]
fn a_late_windows_1252_file_is_profiled_again_and_that_is_said() {
    let dir = common::scratch("profile", "late_1252");
    let (bytes, _) = common::late_windows_1252(50);
    let file = dir.join("indikatorer.csv");
    std::fs::write(&file, bytes).unwrap();
    let out = datalots(&["profile", file.to_str().unwrap(), "--json"]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("The file was read twice"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["encoding"], "windows-1252");
    assert_eq!(v.get("replaced_cells"), None, "no cell changed");
    let forced = datalots(&[
        "profile",
        file.to_str().unwrap(),
        "--json",
        "--encoding",
        "utf-8",
    ]);
    assert!(!common::stderr(&forced).contains("read twice"));
    let v: serde_json::Value = serde_json::from_slice(&forced.stdout).unwrap();
    assert_eq!(
        (v["encoding"].as_str(), v["replaced_cells"].as_u64()),
        (Some("UTF-8"), Some(100))
    );
    // describe reads it again too.
    let described = datalots(&[
        "describe",
        file.to_str().unwrap(),
        "--publisher",
        "tests/fixtures/publisher/exempelby.toml",
        "--answers",
        "tests/fixtures/answers/open-facts.json",
    ]);
    let err = common::stderr(&described);
    assert!(err.contains("Filen lästes två gånger"), "{err}");
    let rdf = String::from_utf8_lossy(&described.stdout);
    assert!(rdf.contains("teckenkodning windows-1252"), "{rdf}");
}
