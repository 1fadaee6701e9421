//! Public CSV corpora (copied into `tests/data`, see `tests/data/MANIFEST.tsv`):
//! csv-spectrum, DuckDB's decimal and thousands fixtures, Frictionless and csvlint
//! encoding, header and line-ending fixtures.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use csv_profile::{
    ColumnType, LineTerminator, Options, Profile, Profiler, WarningCode, profile_bytes,
};
use serde_json::Value;

fn data(path: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/data/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn profile(path: &str) -> Profile {
    profile_bytes(&data(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn kinds(p: &Profile) -> Vec<ColumnType> {
    p.columns.iter().map(|c| c.kind).collect()
}

#[test]
fn csv_spectrum_parses_exactly_as_expected() {
    let names = [
        "comma_in_quotes",
        "empty",
        "empty_crlf",
        "escaped_quotes",
        "json",
        "location_coordinates",
        "newlines",
        "newlines_crlf",
        "quotes_and_newlines",
        "simple",
        "simple_crlf",
        "utf8",
    ];
    for name in names {
        let csv = data(&format!("csv-spectrum/csvs/{name}.csv"));
        // The *_crlf files are byte-exact copies (`tests/data/.gitattributes`: -text):
        // every line ends in CR LF, also the one inside a quoted field of newlines_crlf.
        if name.ends_with("_crlf") {
            let count = |byte: u8| csv.iter().filter(|&&b| b == byte).count();
            let crlf = csv.windows(2).filter(|w| w == b"\r\n").count();
            assert!(
                crlf > 0 && count(b'\n') == crlf && count(b'\r') == crlf,
                "{name} is not CRLF"
            );
        } else {
            assert!(!csv.contains(&b'\r'), "{name}");
        }
        let p = profile(&format!("csv-spectrum/csvs/{name}.csv"));
        let expected: Value =
            serde_json::from_slice(&data(&format!("csv-spectrum/json/{name}.json"))).unwrap();
        let expected: Vec<Value> = match expected {
            Value::Array(a) => a,
            one => vec![one],
        };
        assert_eq!(p.dialect.delimiter, ',', "{name}");
        assert_eq!(p.dialect.header_rows, 1, "{name}");
        let terminator = if name.ends_with("_crlf") {
            LineTerminator::CrLf
        } else {
            LineTerminator::Lf
        };
        assert_eq!(p.dialect.line_terminator, terminator, "{name}");
        assert_eq!(p.rows as usize, expected.len(), "{name}");
        // Every row is compared whole: as many rows and cells as expected, not a zip
        // that would let a short row pass.
        assert_eq!(
            p.preview.len(),
            expected.len(),
            "{name}: rows in the preview"
        );
        for (i, (row, want)) in p.preview.iter().zip(&expected).enumerate() {
            let want = want.as_object().unwrap();
            assert_eq!(p.columns.len(), want.len(), "{name}");
            assert_eq!(row.len(), want.len(), "{name}, row {i}: cells");
            for (col, cell) in p.columns.iter().zip(row) {
                let w = want[&col.name].as_str().unwrap();
                if name == "location_coordinates" && col.name == "Contact Phone Number" {
                    // Upstream's expected JSON says 1234567890; the CSV says 2095257564.
                    assert_eq!(cell, "2095257564");
                    continue;
                }
                assert_eq!(*cell, w, "{name}, column {}", col.name);
            }
        }
    }
    // CRLF inside a quoted field is kept as it is, not turned into LF.
    let p = profile("csv-spectrum/csvs/newlines_crlf.csv");
    assert_eq!(p.preview[1][0], "Once upon \r\na time");
}

#[test]
fn duckdb_decimal_and_thousands_fixtures_type_as_numbers() {
    let p = profile("duckdb/decimal_separators/decimal_separators.csv");
    assert_eq!(kinds(&p), [ColumnType::Decimal, ColumnType::Decimal]);
    assert_eq!(p.columns[0].format.as_ref().unwrap().decimal, Some(','));
    assert_eq!(p.columns[1].format.as_ref().unwrap().decimal, Some('.'));

    let p = profile("duckdb/decimal_separators/decimal_separators_csv.csv");
    assert_eq!(kinds(&p), [ColumnType::Decimal, ColumnType::Decimal]);

    let p = profile("duckdb/decimal_separators/mixed_format_fail.csv");
    assert_eq!(kinds(&p), [ColumnType::Decimal]);
    assert!(
        p.warnings
            .iter()
            .any(|w| w.code == WarningCode::MixedDecimalSeparators)
    );

    for (file, kind) in [
        ("multi_column.csv", ColumnType::Decimal),
        ("multi_column_quote.csv", ColumnType::Decimal),
        ("simple.csv", ColumnType::Decimal),
        ("simple_quoted.csv", ColumnType::Decimal),
        ("integers.csv", ColumnType::Integer),
    ] {
        let p = profile(&format!("duckdb/thousands_separator/{file}"));
        let money = p
            .columns
            .iter()
            .find(|c| c.name == "money")
            .unwrap_or(&p.columns[0]);
        assert_eq!(money.kind, kind, "{file}: {:?}", p.columns);
        assert_eq!(money.format.as_ref().unwrap().group, Some(','), "{file}");
    }
    // "9,0,0" is not a number: reported, not hidden.
    let p = profile("duckdb/thousands_separator/integers.csv");
    assert_eq!(p.columns[0].nonconforming, 1);
    // Half the values of thousands_broken.csv have broken groups: not a number column.
    let p = profile("duckdb/thousands_separator/thousands_broken.csv");
    assert_eq!(kinds(&p), [ColumnType::Text]);
}

#[test]
fn encodings() {
    let p = profile("frictionless/bom.csv");
    assert_eq!((p.encoding, p.bom), ("UTF-8", true));
    assert_eq!(
        p.columns[0].name, "id",
        "the BOM is not part of the first header"
    );
    assert_eq!(p.preview[1][1], "中国人");

    let p = profile("frictionless/latin1.csv");
    assert_eq!(p.encoding, "windows-1252");
    assert_eq!(p.preview[1][1], "©");

    let p = profile("duckdb/encodings/latin1.csv");
    assert_eq!(p.encoding, "windows-1252");

    let p = profile("duckdb/encodings/utf16.csv");
    assert!(p.encoding.starts_with("UTF-16"), "{}", p.encoding);
    assert!(p.rows > 0);

    // Greek text is told from Latin-1 only by the detector (chardetng); without it
    // (the widget's build) such a file is read as windows-1252, and says so.
    #[cfg(feature = "encoding-detection")]
    {
        let p = profile("frictionless/table-infer-iso-8859-7.csv");
        assert!(
            ["ISO-8859-7", "windows-1253"].contains(&p.encoding),
            "{}",
            p.encoding
        );
        assert!(
            p.preview
                .iter()
                .any(|r| r[2].chars().any(|c| ('Α'..='ω').contains(&c))),
            "{:?}",
            p.preview
        );
        assert_eq!(
            kinds(&p),
            [ColumnType::Integer, ColumnType::Integer, ColumnType::Text]
        );
    }
    #[cfg(not(feature = "encoding-detection"))]
    {
        let p = profile("frictionless/table-infer-iso-8859-7.csv");
        assert_eq!(p.encoding, "windows-1252");
        // Reading it as ISO-8859-7 needs the `all-encodings` feature; the small
        // decoder refuses the label, clearly, in both languages.
        let e = Options::default().with_encoding("iso-8859-7").unwrap_err();
        assert!(
            e.to_string().contains("unknown encoding «iso-8859-7»"),
            "{e}"
        );
        // What it does read: Excel for Mac's "CSV (Macintosh)".
        let mut p =
            Profiler::with_options(Options::default().with_encoding("x-mac-roman").unwrap());
        p.feed(b"kommun;antal\nUme\x8c;12\n").unwrap();
        let p = p.finish().unwrap();
        assert_eq!(
            (p.encoding, p.preview[0][0].as_str()),
            ("macintosh", "Umeå")
        );
    }

    // Invalid bytes after the sample: replaced, and reported with row and column.
    let mut text = b"id;namn\n".to_vec();
    for i in 0..50 {
        text.extend_from_slice(format!("{i};Umeå\n").as_bytes());
    }
    text.extend_from_slice(b"50;Ume\xe5\n");
    let mut p = Profiler::with_options(Options {
        sample_bytes: 64,
        ..Options::default()
    });
    p.feed(&text).unwrap();
    let p = p.finish().unwrap();
    assert_eq!(p.encoding, "UTF-8");
    let w = p
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::InvalidBytes)
        .expect("invalid bytes reported");
    assert_eq!((w.row, w.column), (Some(52), Some(2)));
}

#[test]
fn line_endings() {
    for (file, want) in [
        ("csvlint/cr-line-endings.csv", LineTerminator::Cr),
        ("csvlint/crlf-line-endings.csv", LineTerminator::CrLf),
        ("csvlint/lf-line-endings.csv", LineTerminator::Lf),
        ("csvlint/windows-line-endings.csv", LineTerminator::CrLf),
        (
            "csvlint/inconsistent-line-endings.csv",
            LineTerminator::Mixed,
        ),
        (
            "csvlint/inconsistent-line-endings-unquoted.csv",
            LineTerminator::Mixed,
        ),
    ] {
        let p = profile(file);
        assert_eq!(p.dialect.line_terminator, want, "{file}");
        let expected_rows = if file.contains("windows") { 1 } else { 2 };
        assert_eq!(p.rows, expected_rows, "{file}: mixed endings still parse");
        assert_eq!(p.columns.len(), 3, "{file}");
    }
    let p = profile("csvlint/title-row.csv");
    assert_eq!(
        (p.dialect.preamble_rows, p.columns[0].name.as_str()),
        (1, "Foo")
    );
    let p = profile("csvlint/invalid-byte-sequence.csv");
    assert_eq!(p.encoding, "windows-1252");
    assert!(
        p.columns.iter().any(|c| c.name == "Histórico"),
        "{:?}",
        p.columns.iter().map(|c| &c.name).collect::<Vec<_>>()
    );
}

#[test]
fn headers_and_types() {
    let p = profile("frictionless/leading-zeros.csv");
    assert_eq!(kinds(&p), [ColumnType::Text]);
    let p = profile("frictionless/skip-rows-before-headers.csv");
    assert_eq!(
        (p.dialect.preamble_rows, p.columns[0].name.as_str(), p.rows),
        (1, "id", 2)
    );
    let p = profile("frictionless/countries-truefalsevalues.csv");
    assert_eq!(kinds(&p), [ColumnType::Integer, ColumnType::Boolean]);
    let p = profile("frictionless/without-headers.csv");
    assert_eq!(
        (p.dialect.header_rows, p.columns[0].name.as_str()),
        (0, "column_1")
    );
    let p = profile("frictionless/duplicate-headers.csv");
    assert!(
        p.warnings
            .iter()
            .any(|w| w.code == WarningCode::DuplicateHeader)
    );
    let p = profile("frictionless/blank-headers.csv");
    assert!(
        p.warnings
            .iter()
            .any(|w| w.code == WarningCode::EmptyHeader && w.column == Some(2))
    );
    assert_eq!(
        profile("frictionless/issue-1009-semicolon.csv")
            .dialect
            .delimiter,
        ';'
    );
    assert_eq!(
        profile("frictionless/issue-1009-comma.csv")
            .dialect
            .delimiter,
        ','
    );
}
