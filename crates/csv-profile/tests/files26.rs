//! The cases of issue #26, each on a fixture of our own: an SMHI-shaped file of
//! blocks with notes beside the table (also with a data table larger than the sample),
//! two byte-order marks, a Windows-1252 file whose first letter outside ASCII comes
//! after 800 KB, and the normalised copy of each.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use csv_profile::{
    AboutKind, ColumnType, Normalizer, Options, Profile, Profiler, WarningCode, profile_bytes,
};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/data/sniff/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn chunked(bytes: &[u8], size: usize) -> Profile {
    let mut p = Profiler::new();
    for c in bytes.chunks(size.max(1)) {
        p.feed(c).unwrap();
    }
    p.finish().unwrap()
}

fn normalized(bytes: &[u8], opts: Options) -> (String, Profile) {
    let mut n = Normalizer::new(opts, None);
    let mut out = Vec::new();
    for c in bytes.chunks(8191) {
        n.feed(c, &mut out).unwrap();
    }
    let p = n.finish(&mut out).unwrap();
    (String::from_utf8(out).unwrap(), p)
}

fn names(p: &Profile) -> Vec<&str> {
    p.columns.iter().map(|c| c.name.as_str()).collect()
}

/// SMHI's download: station, parameter and period blocks, then the data table with
/// notes to the right of its first rows.
fn smhi(rows: usize) -> Vec<u8> {
    let text = String::from_utf8(fixture("smhi_blocks.csv")).unwrap();
    let mut out = String::new();
    let mut data = 0;
    for line in text.lines() {
        // Data rows: a date and a time of day (the period block's row has times too).
        if line.starts_with("1961-") && line.as_bytes().get(10) == Some(&b';') {
            data += 1;
        }
        out.push_str(line);
        out.push_str("\r\n");
    }
    // More data rows, as the real file has (3.8 MB).
    let mut day = 0u32;
    while data < rows {
        out.push_str(&format!(
            "{}-{:02}-{:02};12:00:00;{}.{};G\r\n",
            1962 + day / 336,
            1 + day / 28 % 12,
            1 + day % 28,
            day % 30,
            day % 10
        ));
        day += 1;
        data += 1;
    }
    out.into_bytes()
}

fn check_smhi(p: &Profile, rows: u64) {
    assert_eq!(
        names(p),
        ["Datum", "Tid (UTC)", "Lufttemperatur", "Kvalitet"],
        "the data table, not the station block"
    );
    assert_eq!(
        p.columns.iter().map(|c| c.kind).collect::<Vec<_>>(),
        [
            ColumnType::Date,
            ColumnType::Time,
            ColumnType::Decimal,
            ColumnType::Text
        ]
    );
    assert_eq!(p.rows, rows);
    assert_eq!((p.dialect.delimiter, p.dialect.header_rows), (';', 1));
    // Not ragged, no second table, no header width warning, no personal data.
    for w in &p.warnings {
        assert!(
            !matches!(
                w.code,
                WarningCode::RaggedRow
                    | WarningCode::MultipleTables
                    | WarningCode::HeaderWidth
                    | WarningCode::PersonalData
            ),
            "{w:?}"
        );
    }
    // The notes, with their rows.
    assert_eq!(p.notes.len(), 7);
    assert_eq!(
        (p.notes[0].row, p.notes[0].label.as_str()),
        (11, "Tidsutsnitt:")
    );
    assert!(p.notes[1].text.starts_with("Tidsperiod (fr.o.m.)"));
    // The blocks before it, about the file.
    let station = p.about.iter().find(|a| a.label == "Stationsnamn").unwrap();
    assert_eq!(
        (station.values[0].as_str(), station.kind),
        ("Borås", AboutKind::Place)
    );
    let unit = p.about.iter().find(|a| a.label == "Enhet").unwrap();
    assert_eq!(
        (unit.values[0].as_str(), unit.kind),
        ("degree celsius", AboutKind::Other)
    );
    assert!(p.about_places().any(|a| a.label.starts_with("Latitud")));
    // The station's number and network are about the station, not places.
    for label in ["Stationsnummer", "Stationsnät"] {
        let line = p.about.iter().find(|a| a.label == label).unwrap();
        assert_eq!(line.kind, AboutKind::Other, "{line:?}");
    }
    let period = p.about_period().unwrap();
    assert_eq!(
        (period.start.as_str(), period.end.as_str()),
        ("1961-01-01", "2024-06-01")
    );
}

#[test]
fn smhi_blocks_the_main_table_and_its_notes() {
    let bytes = fixture("smhi_blocks.csv");
    let p = chunked(&bytes, bytes.len());
    check_smhi(&p, 120);
    for size in [1, 7, 4096] {
        assert_eq!(chunked(&bytes, size), p, "chunk size {size}");
    }
    // The normalised copy is the data table, four columns, no notes.
    let (csv, np) = normalized(&bytes, Options::default());
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("Datum,Tid (UTC),Lufttemperatur,Kvalitet")
    );
    assert!(
        lines
            .clone()
            .all(|l| l.split(',').count() == 4 || l.contains('"'))
    );
    assert_eq!(lines.count(), 120);
    assert_eq!(np, p);
}

#[test]
fn smhi_with_a_data_table_larger_than_the_sample() {
    let bytes = smhi(60_000);
    assert!(bytes.len() > 20 * csv_profile::SAMPLE_BYTES);
    let p = chunked(&bytes, 64 * 1024);
    check_smhi(&p, 60_000);
    let (csv, _) = normalized(&bytes, Options::default());
    assert_eq!(csv.lines().count(), 60_001);
}

#[test]
fn a_table_after_a_long_preamble_of_notes() {
    // 150 lines about the file, then a blank line and the table.
    let mut text = String::new();
    for i in 0..150 {
        text.push_str(&format!(
            "Anmärkning {i}: uppgifterna avser folkbokförda personer\n"
        ));
    }
    text.push('\n');
    text.push_str("kommun;antal\n");
    for i in 0..5000 {
        text.push_str(&format!("Kommun {i};{i}\n"));
    }
    let p = profile_bytes(text.as_bytes()).unwrap();
    assert_eq!(names(&p), ["kommun", "antal"]);
    assert_eq!((p.rows, p.dialect.preamble_rows), (5000, 150));
    assert_eq!(p.about.len(), 100.min(3 * csv_profile::MAX_LISTED));
    assert_eq!(
        p.about[0].values,
        ["Anmärkning 0: uppgifterna avser folkbokförda personer"]
    );
}

#[test]
fn two_byte_order_marks() {
    let bytes = fixture("double_bom.csv");
    assert!(bytes.starts_with(b"\xef\xbb\xbf\xef\xbb\xbfStationsnamn"));
    let p = chunked(&bytes, bytes.len());
    assert_eq!(names(&p), ["Stationsnamn", "Klimatnummer", "Latitud"]);
    assert!(p.bom);
    for size in [1, 2, 4, 7] {
        assert_eq!(chunked(&bytes, size), p, "chunk size {size}");
    }
    let (csv, _) = normalized(&bytes, Options::default());
    assert!(
        csv.starts_with("Stationsnamn,Klimatnummer,Latitud\r\n"),
        "{csv}"
    );
}

/// Socialstyrelsen's indicator list: Windows-1252, the first `å` after 800 KB.
fn late_cp1252() -> Vec<u8> {
    let mut bytes = b"indikator;kommun;varde\r\n".to_vec();
    let mut i = 0;
    while bytes.len() < 820_000 {
        bytes.extend_from_slice(format!("I{i};Kommun {};{},5\r\n", i % 290, i % 97).as_bytes());
        i += 1;
    }
    for k in 0..40 {
        bytes.extend_from_slice(format!("I{k}x;").as_bytes());
        bytes.extend_from_slice(b"Ume\xe5 \xf6stra;");
        bytes.extend_from_slice(format!("{k},5\r\n").as_bytes());
    }
    bytes
}

#[test]
fn a_late_windows_1252_byte_asks_for_a_second_reading() {
    let bytes = late_cp1252();
    let p = chunked(&bytes, 64 * 1024);
    // `;`, not the decimal commas of the last column.
    assert_eq!((p.dialect.delimiter, p.columns.len()), (';', 3));
    assert_eq!(p.encoding, "UTF-8");
    assert_eq!(p.encoding_retry(), Some("windows-1252"));
    assert_eq!(p.replaced_cells, 40);
    assert!(
        p.warnings
            .iter()
            .any(|w| w.code == WarningCode::InvalidBytes && w.column.is_none())
    );
    // The normaliser says so too, with the cells it changed.
    let (csv, np) = normalized(&bytes, Options::default());
    assert_eq!(
        (np.encoding_retry(), np.replaced_cells),
        (Some("windows-1252"), 40)
    );
    assert_eq!(csv.matches('\u{fffd}').count(), 80);
    // The second reading, with the encoding it names.
    let opts = Options::default()
        .with_encoding(p.encoding_retry().unwrap())
        .unwrap();
    let (csv, np) = normalized(&bytes, opts);
    assert_eq!(
        (np.encoding, np.encoding_retry(), np.replaced_cells),
        ("windows-1252", None, 0)
    );
    assert!(csv.contains("Umeå östra"));
    assert!(!csv.contains('\u{fffd}'));
    // Done for us on a source that can be read again.
    let p =
        csv_profile::profile_seekable(std::io::Cursor::new(&bytes), Options::default()).unwrap();
    assert_eq!(
        (p.encoding, p.encoding_retry(), p.replaced_cells),
        ("windows-1252", None, 0)
    );
    assert_eq!(
        p.columns[1].max,
        Some(csv_profile::Scalar::Text("Umeå östra".into()))
    );
}

#[test]
fn a_utf8_file_with_a_broken_byte_is_not_windows_1252() {
    // Letters outside ASCII as UTF-8 early on: an invalid byte later is an error in
    // a UTF-8 file, not a sign of another encoding.
    let mut bytes = "kommun;antal\r\nUmeå;5\r\n".as_bytes().to_vec();
    while bytes.len() < 200_000 {
        bytes.extend_from_slice(b"Kiruna;7\r\n");
    }
    bytes.extend_from_slice(b"Lule\xe5;3\r\n");
    let p = profile_bytes(&bytes).unwrap();
    assert_eq!((p.encoding_retry(), p.replaced_cells), (None, 1));
    assert!(
        p.warnings
            .iter()
            .any(|w| w.code == WarningCode::InvalidBytes)
    );
}
