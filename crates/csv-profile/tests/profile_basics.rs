//! The profiler on small Swedish files written here, and chunk-size independence.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use csv_profile::{
    ColumnType, LineTerminator, PersonalKind, Profile, Profiler, Scalar, WarningCode, profile_bytes,
};

fn chunked(bytes: &[u8], size: usize) -> Profile {
    let mut p = Profiler::new();
    for c in bytes.chunks(size.max(1)) {
        p.feed(c).unwrap();
    }
    p.finish().unwrap()
}

fn col<'a>(p: &'a Profile, name: &str) -> &'a csv_profile::ColumnProfile {
    p.columns
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no column {name}: {:?}",
                p.columns.iter().map(|c| &c.name).collect::<Vec<_>>()
            )
        })
}

const SWEDISH: &str = "kommunkod;kommun;invånare;andel;datum;aktiv;postnummer\r\n\
0114;Upplands Väsby;48 013;7,7;31/1/2024;Ja;194 30\r\n\
0115;Vallentuna;34 497;12,5;1/2/2024;Nej;186 30\r\n\
0180;Stockholm;984 748;−0,5;15/3/2024;Ja;111 22\r\n\
1280;Malmö;362 133;1 234,50;2/4/2024;Nej;211 22\r\n";

#[test]
fn a_swedish_excel_export_is_read_the_swedish_way() {
    let p = profile_bytes(SWEDISH.as_bytes()).unwrap();
    assert_eq!(p.encoding, "UTF-8");
    assert_eq!(p.dialect.delimiter, ';');
    assert_eq!(p.dialect.line_terminator, LineTerminator::CrLf);
    assert_eq!(
        (
            p.dialect.header_rows,
            p.dialect.preamble_rows,
            p.dialect.footer_rows
        ),
        (1, 0, 0)
    );
    assert_eq!(p.rows, 4);
    assert_eq!(
        col(&p, "kommunkod").kind,
        ColumnType::Text,
        "kommunkod keeps its leading zero"
    );
    assert_eq!(col(&p, "postnummer").kind, ColumnType::Text);
    let inv = col(&p, "invånare");
    assert_eq!(inv.kind, ColumnType::Integer);
    assert_eq!(inv.max, Some(Scalar::Number(984_748.0)));
    assert_eq!(inv.format.as_ref().unwrap().group, Some(' '));
    let andel = col(&p, "andel");
    assert_eq!(andel.kind, ColumnType::Decimal);
    assert_eq!(andel.min, Some(Scalar::Number(-0.5)));
    assert_eq!(andel.format.as_ref().unwrap().decimal, Some(','));
    let datum = col(&p, "datum");
    assert_eq!(datum.kind, ColumnType::Date);
    assert_eq!(datum.format.as_ref().unwrap().date, Some("d/M/yyyy"));
    assert_eq!(datum.min, Some(Scalar::Text("2024-01-31".into())));
    assert_eq!(col(&p, "aktiv").kind, ColumnType::Boolean);
    assert_eq!(
        p.date_range
            .as_ref()
            .map(|r| (r.start.as_str(), r.end.as_str())),
        Some(("2024-01-31", "2024-04-02"))
    );
    assert!(p.warnings.is_empty(), "{:#?}", p.warnings);
}

#[test]
fn the_result_does_not_depend_on_the_chunk_size() {
    let mut big = String::from(SWEDISH);
    for i in 0..3000 {
        big.push_str(&format!(
            "{:04};Ort {i};{};{},{};{}/{}/2023;{};{} {:02}\n",
            i % 2000,
            i * 7,
            i % 100,
            i % 10,
            1 + i % 28,
            1 + i % 12,
            if i % 2 == 0 { "Ja" } else { "Nej" },
            100 + i % 900,
            i % 100
        ));
    }
    big.push_str("Källa: SCB;;;;;;\n");
    let bytes = big.as_bytes();
    let whole = chunked(bytes, bytes.len());
    for size in [1, 7, 4096] {
        assert_eq!(chunked(bytes, size), whole, "chunk size {size}");
    }
    assert_eq!(whole.dialect.footer_rows, 1);
    assert_eq!(whole.dialect.line_terminator, LineTerminator::Mixed);
    assert!(
        whole
            .warnings
            .iter()
            .any(|w| w.code == WarningCode::MixedLineEndings)
    );
}

#[test]
fn an_excel_report_with_three_title_lines() {
    let text = "Befolkning per kommun 2024;;\nKälla: SCB;;\n;;\nKommun;Män;Kvinnor\nUmeå;64 000;65 000\nLuleå;39 000;38 000\n;;\nUppgifterna avser 31 december.;;\n";
    let p = profile_bytes(text.as_bytes()).unwrap();
    assert_eq!(
        (
            p.dialect.preamble_rows,
            p.dialect.header_rows,
            p.dialect.footer_rows
        ),
        (3, 1, 1)
    );
    assert_eq!(p.rows, 2);
    assert_eq!(
        p.columns
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["Kommun", "Män", "Kvinnor"]
    );
    assert_eq!(col(&p, "Män").kind, ColumnType::Integer);
}

#[test]
fn windows_1252_with_dash_and_euro() {
    // "Ort;Pris;Kommentar\nGävle;12,50 €;Öppet – stängt\n" in windows-1252.
    let bytes: &[u8] =
        b"Ort;Pris;Kommentar\nG\xe4vle;12,50;\xd6ppet \x96 st\xe4ngt \x80\nK\xf6ping;7,00;Bra\n";
    let p = profile_bytes(bytes).unwrap();
    assert_eq!(p.encoding, "windows-1252");
    assert_eq!(
        col(&p, "Ort").top[0].value.as_str().chars().next(),
        Some('G')
    );
    let k = col(&p, "Kommentar");
    assert!(
        k.top.iter().any(|t| t.value == "Öppet – stängt €"),
        "{:?}",
        k.top
    );
    assert_eq!(col(&p, "Pris").kind, ColumnType::Decimal);
}

#[test]
fn personal_data_is_flagged_and_organisation_numbers_are_not() {
    let text = "namn;personnummer;e-post;telefon;orgnr\nAnna Svensson;640823-3234;anna@exempel.se;070-123 45 67;212000-0142\nBo Ek;701063-2391;bo@exempel.se;08-123 456 78;212000-1355\n";
    let p = profile_bytes(text.as_bytes()).unwrap();
    let kind = |c: &str| col(&p, c).personal_data.as_ref().map(|x| x.kind);
    assert_eq!(kind("personnummer"), Some(PersonalKind::Personnummer));
    assert_eq!(kind("e-post"), Some(PersonalKind::Email));
    assert_eq!(kind("telefon"), Some(PersonalKind::Phone));
    assert_eq!(kind("namn"), Some(PersonalKind::Name));
    assert_eq!(kind("orgnr"), None);
    assert_eq!(col(&p, "personnummer").kind, ColumnType::Text);
    assert_eq!(col(&p, "orgnr").kind, ColumnType::Text);
    assert_eq!(
        p.warnings
            .iter()
            .filter(|w| w.code == WarningCode::PersonalData)
            .count(),
        4
    );
}

#[test]
fn quality_warnings_say_where() {
    let text =
        "a;b;a;\n1;2024-01-31;x;\n2; 2;y;\n3;31/1/2024\n4,5;2024-02-01;z;\n6.5;2024-02-02;w;\n";
    let p = profile_bytes(text.as_bytes()).unwrap();
    let has = |code: WarningCode, row: Option<u64>, column: Option<usize>| {
        p.warnings
            .iter()
            .any(|w| w.code == code && w.row == row && w.column == column)
    };
    assert!(
        has(WarningCode::DuplicateHeader, Some(1), Some(3)),
        "{:#?}",
        p.warnings
    );
    assert!(has(WarningCode::EmptyHeader, Some(1), Some(4)));
    assert!(has(WarningCode::RaggedRow, Some(4), None));
    assert!(has(WarningCode::StraySpaces, Some(3), Some(2)));
    assert!(
        p.warnings
            .iter()
            .any(|w| w.code == WarningCode::MixedDecimalSeparators && w.column == Some(1))
    );
    assert!(
        p.warnings
            .iter()
            .all(|w| !w.message_sv.is_empty() && !w.message_en.is_empty())
    );
}

#[test]
fn mixed_date_formats_and_unterminated_quotes() {
    let p = profile_bytes(b"d;t\n2024-01-31;a\n2024-02-01;b\n2024-02-02;c\n2024-02-03;d\n2024-02-04;e\n2024-02-05;f\n2024-02-06;g\n2024-02-07;h\n2024-02-08;i\n3/2/2024;j\n").unwrap();
    assert_eq!(p.columns[0].kind, ColumnType::Date);
    assert!(
        p.warnings
            .iter()
            .any(|w| w.code == WarningCode::MixedDateFormats && w.row == Some(11)),
        "{:#?}",
        p.warnings
    );
    let p = profile_bytes(b"a;b\n1;\"open\n2;3\n").unwrap();
    assert!(
        p.warnings
            .iter()
            .any(|w| w.code == WarningCode::UnterminatedQuote && w.row == Some(2)),
        "{:#?}",
        p.warnings
    );
}

#[test]
fn a_file_without_header_gets_column_names() {
    let p = profile_bytes(b"1,english\n2,svenska\n3,suomi\n").unwrap();
    assert_eq!(p.dialect.header_rows, 0);
    assert_eq!(p.columns[0].name, "column_1");
    assert_eq!(p.rows, 3);
}

#[test]
fn empty_and_odd_input_does_not_fail() {
    for input in [
        &b""[..],
        b"\n\n",
        b"a",
        b";;;",
        b"\"",
        b"a;b\n\"",
        b"\xff\xfe",
        b"\xef\xbb\xbf",
    ] {
        let p = profile_bytes(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(p.bytes, input.len() as u64);
    }
}
