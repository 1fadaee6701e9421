//! `datalots quality` end to end: the grade of the official examples, text and JSON,
//! the profiles, exit codes; and the grade of what `describe` writes, checked against
//! the independent Python scorer (`tests/python/mqa_score.py`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use common::datalots;

const REKOMMENDERAT: &str = "tests/fixtures/catalogs/dcat-ap-se-rekommenderat.ttl";

fn json(args: &[&str]) -> serde_json::Value {
    let out = datalots(args);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

#[test]
fn the_official_example_is_graded_with_what_earns_the_missing_points() {
    let out = datalots(&["quality", REKOMMENDERAT]);
    let text = String::from_utf8_lossy(&out.stdout);
    // Points missing: exit 1, as validate exits 1 on violations.
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("260 av 295 poäng från metadata / 260 of 295 points from metadata"),
        "{text}"
    );
    assert!(
        text.contains("Betyg / rating: Bra / Good (260 av 375"),
        "{text}"
    );
    assert!(
        text.contains("Upptäckbarhet / Findability"),
        "the dimensions: {text}"
    );
    // Each missing indicator with what earns it, in both languages; the stars.
    assert!(text.contains("saknas / missing: "), "{text}");
    assert!(text.contains("Kontrolleras av portalen"), "{text}");
    assert!(
        text.contains("access_url_reachable (dcat:accessURL, 50"),
        "{text}"
    );
    assert!(text.contains("★"), "{text}");
    assert!(text.contains("Stjärnor i snitt / average stars"), "{text}");
}

#[test]
fn json_has_the_profile_points_maximum_rating_and_datasets() {
    let v = json(&["quality", REKOMMENDERAT, "--json"]);
    assert_eq!(v["profile"], "dataportal");
    assert_eq!(v["points"], 260.0);
    assert_eq!(v["max"], 375);
    assert_eq!(v["metadata_max"], 295);
    assert_eq!(v["rating"], "good");
    let datasets = v["datasets"].as_array().unwrap();
    assert!(!datasets.is_empty());
    for d in datasets {
        assert!(
            d["points"].as_f64().is_some() && d["dataset"].is_string(),
            "{d}"
        );
        assert!(d["indicators"].as_array().is_some_and(|i| i.len() == 23));
    }
    // The EU profile: 405 points, DCAT-AP compliance from the validation.
    let eu = json(&["quality", REKOMMENDERAT, "--json", "--profile", "eu"]);
    assert_eq!(
        (eu["profile"].as_str(), eu["max"].as_u64()),
        (Some("eu"), Some(405))
    );
    assert_eq!(eu["points"], 210.0);
}

#[test]
fn unreadable_input_and_a_wrong_profile_exit_2() {
    let out = datalots(&["quality", "tests/fixtures/catalogs/broken.ttl"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("broken.ttl"));
    let out = datalots(&["quality", "saknas.ttl"]);
    assert_eq!(out.status.code(), Some(2));
    let out = datalots(&["quality", REKOMMENDERAT, "--profile", "portal"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("dataportal"),
        "the possible values are named"
    );
}

const KOMMUN: &str = "tests/fixtures/publisher/kommun-full.toml";
const OPEN: &str = "tests/fixtures/answers/open-facts.json";

/// The points the independent Python scorer gives a catalogue file, and the names of
/// the indicators it finds short.
fn python_points(python: &std::path::Path, catalogue: &str) -> (f64, Vec<String>) {
    let out = common::python_script(python, "mqa_score.py", &[catalogue]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let short = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| {
            i["points"]
                .as_f64()
                .is_some_and(|p| Some(p) < i["max"].as_f64())
        })
        .map(|i| i["name"].as_str().unwrap_or_default().to_owned())
        .collect();
    (v["points"].as_f64().unwrap(), short)
}

#[test]
fn every_fixture_described_with_the_kommun_earns_every_metadata_point() {
    let dir = common::scratch("quality", "fixtures");
    let python = common::python(module_path!(), "rdflib");
    let mut described = 0;
    let mut files: Vec<_> = std::fs::read_dir(common::root().join("tests/fixtures/csv"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    for csv in files {
        let name = csv.file_stem().unwrap().to_string_lossy().into_owned();
        let out_file = dir.join(format!("{name}.rdf"));
        let out = datalots(&[
            "describe",
            csv.to_str().unwrap(),
            "--publisher",
            KOMMUN,
            "--answers",
            OPEN,
            "--out",
            out_file.to_str().unwrap(),
        ]);
        let err = common::stderr(&out);
        let profile = datalots(&["profile", csv.to_str().unwrap(), "--json"]);
        let holds_personnummer =
            String::from_utf8_lossy(&profile.stdout).contains("\"personnummer\"");
        if holds_personnummer {
            // Refused, as it must be: such a file is never described.
            assert_eq!(out.status.code(), Some(1), "{name}: {err}");
            continue;
        }
        assert_eq!(out.status.code(), Some(0), "{name}: {err}");
        assert!(
            err.contains("295 av 295 poäng / 295 of 295 points"),
            "{name}: describe prints the new dataset's points\n{err}"
        );
        let graded = json(&["quality", out_file.to_str().unwrap(), "--json"]);
        assert_eq!(graded["points"], 295.0, "{name}: {graded}");
        let quality = datalots(&["quality", out_file.to_str().unwrap()]);
        assert_eq!(
            quality.status.code(),
            Some(0),
            "{name}: every point, exit 0"
        );
        if let Some(python) = &python {
            let (points, short) = python_points(python, out_file.to_str().unwrap());
            assert_eq!(
                (points, short),
                (295.0, vec![]),
                "{name}: the Python scorer"
            );
        }
        described += 1;
    }
    assert!(
        described >= 4,
        "the fixtures cover dates, date-times, years and year headers"
    );
}
