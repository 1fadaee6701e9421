//! Dialect, header, preamble, footer and table detection on our own fixtures
//! (`tests/data/sniff`, expectations in `expected.tsv`; issue #13). Every file is also
//! read in chunks of 1 and 7 bytes: the reading must not depend on the chunking.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use csv_profile::{ColumnType, Profile, Profiler};

fn dir() -> String {
    format!("{}/tests/data/sniff", env!("CARGO_MANIFEST_DIR"))
}

fn chunked(bytes: &[u8], size: usize) -> Profile {
    let mut p = Profiler::new();
    for c in bytes.chunks(size.max(1)) {
        p.feed(c).unwrap();
    }
    p.finish().unwrap()
}

fn letter(k: ColumnType) -> char {
    match k {
        ColumnType::Empty => 'E',
        ColumnType::Boolean => 'B',
        ColumnType::Integer => 'I',
        ColumnType::Decimal => 'D',
        ColumnType::Date => 'A',
        ColumnType::Datetime => 'S',
        ColumnType::Time => 'M',
        ColumnType::Text => 'T',
    }
}

fn delimiter_name(c: char) -> String {
    match c {
        '\t' => "tab".into(),
        ' ' => "space".into(),
        c => c.to_string(),
    }
}

/// What was read, in the columns of `expected.tsv` (after the file name).
fn reading(p: &Profile) -> Vec<String> {
    let warnings: Vec<String> = p
        .warnings
        .iter()
        .map(|w| {
            let code = serde_json::to_value(w.code).unwrap();
            let code = code.as_str().unwrap().to_owned();
            match w.row {
                Some(r) => format!("{code}@{r}"),
                None => code,
            }
        })
        .collect();
    vec![
        delimiter_name(p.dialect.delimiter),
        p.dialect.quote.map_or("none".into(), |q| q.to_string()),
        u8::from(p.dialect.skip_initial_space).to_string(),
        p.dialect.preamble_rows.to_string(),
        p.dialect.header_rows.to_string(),
        p.dialect.footer_rows.to_string(),
        p.rows.to_string(),
        p.columns
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join("|"),
        p.columns.iter().map(|c| letter(c.kind)).collect(),
        warnings.join(","),
    ]
}

#[test]
fn every_fixture_is_read_as_expected() {
    let expected = std::fs::read_to_string(format!("{}/expected.tsv", dir())).unwrap();
    let mut header: Vec<&str> = Vec::new();
    let (mut failed, mut cases) = (Vec::new(), 0);
    for line in expected.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        if header.is_empty() {
            header = cols;
            continue;
        }
        cases += 1;
        let file = cols[0];
        let bytes = std::fs::read(format!("{}/{file}", dir())).unwrap();
        let p = chunked(&bytes, bytes.len().max(1));
        for size in [1, 7] {
            assert_eq!(chunked(&bytes, size), p, "{file}: chunk size {size}");
        }
        let got = reading(&p);
        let mut wrong = Vec::new();
        for (k, want) in cols[1..].iter().enumerate() {
            let name = header[k + 1];
            let ok = match name {
                "warnings" => want
                    .split(',')
                    .filter(|w| !w.is_empty())
                    .all(|w| got[k].split(',').any(|g| g == w)),
                _ => *want == "*" || *want == got[k],
            };
            if !ok {
                wrong.push(format!("{name}: want «{want}», got «{}»", got[k]));
            }
        }
        if wrong.is_empty() {
            println!("ok      {file}");
        } else {
            println!("WRONG   {file}: {}", wrong.join("; "));
            failed.push(file);
        }
    }
    assert!(cases >= 29, "only {cases} cases");
    assert!(
        failed.is_empty(),
        "{} of {cases} read wrong: {failed:?}",
        failed.len()
    );
}

fn fixture(name: &str) -> Profile {
    let bytes = std::fs::read(format!("{}/{name}", dir())).unwrap();
    chunked(&bytes, bytes.len().max(1))
}

#[test]
fn confidence_and_alternatives_explain_the_reading() {
    // An empty file: nothing to be sure of.
    assert_eq!(fixture("empty.csv").dialect.confidence, 0.0);
    // Decimal commas make `,` a close second for a Swedish file: offered, with why.
    let p = fixture("swedish_semicolon.csv");
    assert!(p.dialect.confidence > 0.5 && p.dialect.confidence <= 1.0);
    let alt = &p.dialect.alternatives[0];
    assert_eq!(alt.delimiter, ',');
    assert!(alt.reason_en.contains("rows have"), "{alt:?}");
    assert!(alt.reason_sv.contains("raderna har"), "{alt:?}");
    // Reading a quoted file without quoting loses, and says why.
    let p = fixture("year_header_quoted.csv");
    let alt = &p.dialect.alternatives[0];
    assert_eq!((alt.delimiter, alt.quote), (',', None));
    assert!(alt.reason_en.contains("wrapped in quotes"), "{alt:?}");
    // `\"` inside quotes: a backslash escape.
    let p = fixture("backslash_escape.csv");
    assert_eq!(p.dialect.escape, Some('\\'));
    assert_eq!(p.preview[0][1], "sa \"hej\", sen");
    let p = fixture("year_header_quoted.csv");
    // Serialised for the widget.
    let v = serde_json::to_value(&p).unwrap();
    assert!(v["dialect"]["confidence"].as_f64().is_some());
    assert_eq!(v["dialect"]["alternatives"][0]["delimiter"], ",");
    assert!(v["dialect"]["alternatives"][0]["quote"].is_null());
    // Every reading: confidence in 0–1, alternatives are other readings.
    let expected = std::fs::read_to_string(format!("{}/expected.tsv", dir())).unwrap();
    for line in expected.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let name = line.split('\t').next().unwrap();
        let p = fixture(name);
        assert!((0.0..=1.0).contains(&p.dialect.confidence), "{name}");
        for a in &p.dialect.alternatives {
            assert!(
                (a.delimiter, a.quote) != (p.dialect.delimiter, p.dialect.quote),
                "{name}: {a:?}"
            );
        }
    }
}

#[test]
fn overrides_replace_the_guess() {
    let bytes = std::fs::read(format!("{}/swedish_semicolon.csv", dir())).unwrap();
    let opts = csv_profile::Options {
        delimiter: Some(','),
        quote: Some(None),
        header_rows: Some(0),
        preamble_rows: Some(1),
        ..csv_profile::Options::default()
    };
    let p = csv_profile::profile_reader(&bytes[..], opts).unwrap();
    assert_eq!((p.dialect.delimiter, p.dialect.quote), (',', None));
    assert_eq!((p.dialect.header_rows, p.dialect.preamble_rows), (0, 1));
    assert_eq!(p.rows, 3);
    assert_eq!(p.preview[0], ["0114;Upplands Väsby;48 013;7", "7"]);
    // Two header rows joined with a space.
    let p = csv_profile::profile_reader(
        &b"kommun;antal\nnamn;2024\nUme\xc3\xa5;5\n"[..],
        csv_profile::Options {
            header_rows: Some(2),
            ..csv_profile::Options::default()
        },
    )
    .unwrap();
    let names: Vec<&str> = p.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["kommun namn", "antal 2024"]);
    assert_eq!(p.rows, 1);
    // A wrong override is an error, not a guess.
    assert!(
        csv_profile::Options::default()
            .with_encoding("klingon")
            .is_err()
    );
    let bad = csv_profile::Options {
        delimiter: Some('ö'),
        ..csv_profile::Options::default()
    };
    assert!(csv_profile::profile_reader(&bytes[..], bad).is_err());
}
