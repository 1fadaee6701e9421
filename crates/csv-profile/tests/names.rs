//! People's names found by their values (issue #26): precision and recall on a
//! labelled set of columns (`tests/data/names/columns.tsv`, our own), and the cases of
//! the issue — bathing places under `Namn`, kommun, county, station and species
//! names, observers in an Artportalen-shaped export.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use csv_profile::{PersonalKind, Profile, profile_bytes};

/// A file of two columns, `id` and `header`, one value a row.
fn file(header: &str, values: &[&str]) -> Profile {
    let mut text = format!("id;{header}\n");
    for (i, v) in values.iter().enumerate() {
        text.push_str(&format!("{};{v}\n", i + 1));
    }
    profile_bytes(text.as_bytes()).unwrap()
}

fn flagged(p: &Profile) -> bool {
    p.columns[1]
        .personal_data
        .as_ref()
        .is_some_and(|pd| pd.kind == PersonalKind::Name)
}

#[test]
fn the_labelled_columns() {
    let path = format!(
        "{}/tests/data/names/columns.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).unwrap();
    let (mut tp, mut fp, mut fn_, mut tn) = (0, 0, 0, 0);
    let mut wrong = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (label, header, values) = (cols[0], cols[1], cols[2]);
        let values: Vec<&str> = values.split('|').collect();
        let p = file(header, &values);
        assert_eq!(p.columns.len(), 2, "{header}: {:?}", p.dialect);
        let got = flagged(&p);
        match (label == "person", got) {
            (true, true) => tp += 1,
            (true, false) => {
                fn_ += 1;
                wrong.push(format!("missed {header}"));
            }
            (false, true) => {
                fp += 1;
                wrong.push(format!("false alarm {header}"));
            }
            (false, false) => tn += 1,
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "{} columns: {tp} found, {fn_} missed, {fp} false alarms, {tn} right not flagged; precision {precision:.2}, recall {recall:.2}",
        tp + fp + fn_ + tn
    );
    assert!(tp + fn_ >= 14 && fp + tn >= 25, "the set shrank");
    assert_eq!(fp, 0, "{wrong:?}");
    assert_eq!(fn_, 0, "{wrong:?}");
}

#[test]
fn bathing_places_under_namn_are_not_people() {
    let p = file(
        "Namn",
        &["Sjöviksbadet", "Fiskartorpet", "Långsjöbadet", "Hagabadet"],
    );
    assert_eq!(p.columns[1].personal_data, None);
    assert!(
        !p.warnings
            .iter()
            .any(|w| w.code == csv_profile::WarningCode::PersonalData)
    );
}

#[test]
fn names_under_a_neutral_header_are_found_and_the_header_alone_decides_nothing() {
    let people = [
        "Anna Svensson",
        "Erik Johansson",
        "Maria Karlsson",
        "Lars Andersson",
    ];
    let p = file("Kolumn", &people);
    let pd = p.columns[1].personal_data.as_ref().expect("found by value");
    assert_eq!(
        (pd.kind, pd.matched, pd.header_hint),
        (PersonalKind::Name, 4, false)
    );
    assert_eq!(pd.share, 1.0);
    // A header for people over values that are not: nothing.
    let p = file(
        "Kontaktperson",
        &["Kundtjänst", "Växeln", "Receptionen", "Kundtjänst"],
    );
    assert_eq!(p.columns[1].personal_data, None);
    // Under a header for things, most values must be names.
    let mixed = [
        "Anna Svensson",
        "Stadsparken",
        "Hamnen",
        "Torget",
        "Erik Johansson",
    ];
    assert_eq!(file("Badplats", &mixed).columns[1].personal_data, None);
    assert!(
        file("Kontaktperson", &mixed).columns[1]
            .personal_data
            .is_some()
    );
}

#[test]
fn kommun_county_species_and_station_columns_are_not_people() {
    for (header, values) in [
        (
            "municip_name",
            &["Borås", "Mora", "Lund", "Sala", "Nora", "Berg"][..],
        ),
        (
            "Lan_namn",
            &["Stockholms län", "Skåne län", "Gotlands län"][..],
        ),
        (
            "Artnamn",
            &["Blåmes", "Talgoxe", "Koltrast", "Björk", "Lind"][..],
        ),
        ("Stationsnamn", &["Borås", "Göteborg A", "Lund"][..]),
        ("Landskap", &["Gästrikland", "Hälsingland", "Uppland"][..]),
        (
            "kolumn",
            &["Borås", "Mora", "Lund", "Sala", "Nora", "Berg"][..],
        ),
    ] {
        let p = file(header, values);
        assert_eq!(p.columns[1].personal_data, None, "{header}");
    }
}

#[test]
fn the_public_place_tables() {
    use csv_profile::places;
    assert_eq!(places::KOMMUNER.len(), 290);
    assert_eq!(places::LAN.len(), 21);
    let k = places::kommun_by_name("Borås").unwrap();
    assert_eq!((k.code, k.lan), ("1490", "14"));
    assert_eq!(places::kommun_by_code("2584").unwrap().name, "Kiruna");
}
