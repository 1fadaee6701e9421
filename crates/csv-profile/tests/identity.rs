//! The identity-number detector against the shared test vectors of the personnummer
//! project (`tests/data/personnummer-meta`, MIT, see `tests/data/MANIFEST.tsv`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use csv_profile::identity::{Identity, classify, swedish_number};
use serde_json::Value;

fn load(name: &str) -> Value {
    let text = std::fs::read_to_string(format!(
        "{}/tests/data/personnummer-meta/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_list_vectors() {
    let mut checked = 0;
    for entry in load("list.json").as_array().unwrap() {
        let expected = match (
            entry["valid"].as_bool().unwrap(),
            entry["type"].as_str().unwrap(),
        ) {
            (true, "ssn") => Some(Identity::Personnummer),
            (true, "con") => Some(Identity::Samordningsnummer),
            (false, _) => None,
            (true, other) => panic!("unknown type {other}"),
        };
        for key in [
            "long_format",
            "short_format",
            "separated_format",
            "separated_long",
        ] {
            let s = entry[key].as_str().unwrap();
            let got = swedish_number(s).filter(|i| *i != Identity::Organisationsnummer);
            assert_eq!(got, expected, "{key} {s}");
            checked += 1;
        }
    }
    assert!(checked >= 50, "{checked}");
}

#[test]
fn the_structured_vectors() {
    let data = load("structured.json");
    for (kind, expected) in [
        ("ssn", Identity::Personnummer),
        ("con", Identity::Samordningsnummer),
    ] {
        for s in data[kind]["string"]["valid"].as_array().unwrap() {
            assert_eq!(swedish_number(s.as_str().unwrap()), Some(expected), "{s}");
        }
        for s in data[kind]["string"]["invalid"].as_array().unwrap() {
            let got = swedish_number(s.as_str().unwrap());
            assert!(
                got != Some(Identity::Personnummer) && got != Some(Identity::Samordningsnummer),
                "{s}: {got:?}"
            );
        }
    }
}

#[test]
fn organisation_numbers_are_recognised_and_not_personal() {
    for entry in load("orgnumber.json").as_array().unwrap() {
        let comment = entry["comment"].as_str().unwrap_or("");
        for key in ["short_format", "separated_format"] {
            let s = entry[key].as_str().unwrap();
            let got = classify(s);
            if comment.starts_with("Valid Organisationsnummer") {
                assert_eq!(got, Some(Identity::Organisationsnummer), "{s} ({comment})");
                assert!(!got.unwrap().is_personal());
            } else {
                assert_ne!(got, Some(Identity::Personnummer), "{s} ({comment})");
            }
        }
    }
}

#[test]
fn interim_numbers_are_not_taken_for_personnummer() {
    for entry in load("interim.json").as_array().unwrap() {
        for key in [
            "long_format",
            "short_format",
            "separated_format",
            "separated_long",
        ] {
            let s = entry[key].as_str().unwrap();
            assert_eq!(swedish_number(s), None, "{s}");
        }
    }
}
