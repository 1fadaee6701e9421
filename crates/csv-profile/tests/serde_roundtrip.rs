//! A profile written as JSON reads back as the same profile: the widget's worker hands
//! a profile to the describe engine this way, and other programs store profiles.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use csv_profile::{Profile, profile_bytes};

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "csv" || e == "tsv" || e == "txt")
        {
            out.push(path);
        }
    }
}

#[test]
fn every_fixture_profile_round_trips_through_json() {
    let mut all = Vec::new();
    files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data"),
        &mut all,
    );
    assert!(all.len() > 40, "{} fixtures", all.len());
    for path in all {
        let bytes = std::fs::read(&path).unwrap();
        let Ok(profile) = profile_bytes(&bytes) else {
            continue;
        };
        let json = serde_json::to_string(&profile).unwrap();
        let back: Profile = serde_json::from_str(&json)
            .unwrap_or_else(|e| panic!("{}: {e}\n{json}", path.display()));
        assert_eq!(back, profile, "{}", path.display());
    }
}

#[test]
fn windows_1252_dates_and_decimal_commas_round_trip() {
    let text = "kommun;datum;andel\r\nÖrebro;31/1/2024;12,5\r\nLuleå;29/2/2024;7,25\r\n";
    let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    let profile = profile_bytes(&bytes).unwrap();
    assert_eq!(profile.encoding, "windows-1252");
    assert_eq!(
        profile.columns[1].format.as_ref().unwrap().date,
        Some("d/M/yyyy")
    );
    let back: Profile = serde_json::from_str(&serde_json::to_string(&profile).unwrap()).unwrap();
    assert_eq!(back, profile);
}

#[test]
fn unknown_names_are_refused_with_the_value() {
    let profile = profile_bytes(b"a,b\n1,2\n").unwrap();
    let json = serde_json::to_string(&profile).unwrap();
    let bad = json.replace("\"UTF-8\"", "\"klingon\"");
    let e = serde_json::from_str::<Profile>(&bad)
        .unwrap_err()
        .to_string();
    assert!(e.contains("klingon"), "{e}");
    let bad = json.replace("\"delimiter\":\",\"", "\"delimiter\":\",,\"");
    assert!(serde_json::from_str::<Profile>(&bad).is_err());
}
