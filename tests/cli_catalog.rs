//! Keeping a catalogue over time, end to end: `describe --update`, `catalog list`,
//! `catalog remove`, `catalog upgrade`, `--recover`, `--in-place`; the results read
//! back with rdflib (`tests/python/catalog_check.py`, `triples.py`).
//!
//! The Python side runs with the interpreter in `DATALOTS_PYTHON` (see
//! `tests/cli_describe.rs`); without it those checks say "skipped", except under `CI`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use common::{datalots, root, stderr};

use std::path::{Path, PathBuf};

use serde_json::Value;

const CSV: &str = "tests/fixtures/csv/befolkning_2024.csv";
const PUBLISHER: &str = "tests/fixtures/publisher/exempelby.toml";
const OPEN: &str = "tests/fixtures/answers/open-facts.json";
const REKOMMENDERAT: &str = "tests/fixtures/catalogs/dcat-ap-se-rekommenderat.rdf";
const DATASET: &str = "https://data.exempelby.se/dataset/befolkning-2024";

fn py(python: &Path, script: &str, args: &[&str]) -> Value {
    let out = common::python_script(python, script, args);
    assert!(out.status.success(), "{script}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A catalogue of three datasets: the official 2.x example's (with blank nodes for a
/// period, an address and a telephone), befolkning 2024 (given title-free, given
/// keyword and theme) and badplatser (same publisher and contact point).
fn three_datasets(dir: &Path) -> PathBuf {
    let first = dir.join("k1.rdf");
    let out = datalots(&[
        "describe",
        CSV,
        "--publisher",
        PUBLISHER,
        "--answers",
        OPEN,
        "--catalog",
        REKOMMENDERAT,
        "--keyword",
        "befolkning",
        "--theme",
        "SOCI",
        "--out",
        s(&first),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bad = dir.join("badplatser.csv");
    std::fs::write(
        &bad,
        "kommunkod;badplats;temperatur;datum\n0114;Oxundasjön;19,5;1/7/2024\n0114;Fjäturen;21,0;2/7/2024\n",
    )
    .unwrap();
    let k = dir.join("katalog.rdf");
    let out = datalots(&[
        "describe",
        s(&bad),
        "--publisher",
        PUBLISHER,
        "--answers",
        OPEN,
        "--catalog",
        s(&first),
        "--out",
        s(&k),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    k
}

#[test]
fn update_refreshes_what_was_derived_and_keeps_everything_else() {
    let dir = common::scratch("catalog", "update");
    let k = three_datasets(&dir);
    let before = dir.join("before.rdf");
    std::fs::copy(&k, &before).unwrap();
    // The new version: comma-separated, a column removed, one added, other dates and
    // figures.
    let csv = dir.join("befolkning_2024.csv");
    std::fs::write(
        &csv,
        "kommunkod,kommun,invånare,datum,yta km2\n\
         0114,Upplands Väsby,48 100,31/5/2024,75\n\
         0115,Vallentuna,34 500,30/6/2024,365\n",
    )
    .unwrap();
    let out = datalots(&[
        "describe",
        s(&csv),
        "--catalog",
        s(&k),
        "--update",
        "--publisher",
        PUBLISHER,
        "--date",
        "2025-03-01",
        "--in-place",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    // The change of structure comes first, in both languages.
    assert!(
        err.starts_with("!!! KOLUMNERNA HAR ÄNDRATS / THE COLUMNS HAVE CHANGED !!!"),
        "{err}"
    );
    assert!(err.contains("nya kolumner «yta km2»"), "{err}");
    assert!(
        err.contains("columns removed «andel äldre», «landsbygd»"),
        "{err}"
    );
    // --in-place kept the previous file.
    assert_eq!(
        std::fs::read(dir.join("katalog.rdf.bak")).unwrap(),
        std::fs::read(&before).unwrap()
    );
    let text = std::fs::read_to_string(&k).unwrap();
    assert!(text.contains("Tabell med 2 rader och 5 kolumner"), "{text}");
    assert!(text.contains("2025-03-01"), "{text}");

    let Some(python) = common::python(module_path!(), "rdflib") else {
        return;
    };
    let r = py(
        &python,
        "catalog_check.py",
        &["update", s(&before), s(&k), "xml", DATASET],
    );
    assert_eq!(
        r["rest_isomorphic"], true,
        "the rest of the catalogue changed: lost {} added {}",
        r["lost"], r["added"]
    );
    assert_eq!(
        r["kept_isomorphic"], true,
        "a value that was not derived changed: lost {} added {}",
        r["kept_lost"], r["kept_added"]
    );
    assert_eq!(
        r["old_values_left"],
        Value::Array(vec![]),
        "values of the old version linger"
    );
    let t = py(&python, "triples.py", &[s(&k), "xml"]);
    let rows = t.as_array().unwrap();
    let objects = |s: &str, p: &str| -> Vec<String> {
        let mut v: Vec<String> = rows
            .iter()
            .filter(|r| r[0] == s && r[1] == p)
            .map(|r| r[2].as_str().unwrap().to_owned())
            .collect();
        v.sort();
        v
    };
    let dct = |x: &str| format!("http://purl.org/dc/terms/{x}");
    let dcat = |x: &str| format!("http://www.w3.org/ns/dcat#{x}");
    assert_eq!(objects(DATASET, &dct("modified")), ["2025-03-01"]);
    let dist = objects(DATASET, &dcat("distribution"));
    assert_eq!(dist.len(), 1);
    assert_eq!(
        objects(&dist[0], &dcat("byteSize")),
        [std::fs::metadata(&csv).unwrap().len().to_string()]
    );
    let periods = objects(DATASET, &dct("temporal"));
    assert_eq!(periods.len(), 1, "one period, the new one");
    assert_eq!(objects(&periods[0], &dcat("startDate")), ["2024-05-31"]);
    assert_eq!(objects(&periods[0], &dcat("endDate")), ["2024-06-30"]);
    assert_eq!(objects(DATASET, &dcat("keyword")), ["befolkning"]);
    let notes = objects(DATASET, "http://www.w3.org/ns/adms#versionNotes");
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("«yta km2»")), "{notes:?}");
    // The dictionary next to the catalogue describes the new file.
    let csvw: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("befolkning_2024.csv-metadata.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(csvw["tableSchema"]["columns"][4]["titles"], "yta km2");
}

#[test]
fn update_without_a_dictionary_compares_the_drafted_description_and_refuses_personnummer() {
    let dir = common::scratch("catalog", "update-stdout");
    let k = three_datasets(&dir);
    let _ = std::fs::remove_file(dir.join("befolkning_2024.csv-metadata.json"));
    // Same columns, other rows: no structure change, read from the drafted description.
    let csv = dir.join("befolkning_2024.csv");
    let original = std::fs::read_to_string(root().join(CSV)).unwrap();
    let fewer: Vec<&str> = original.lines().take(4).collect();
    std::fs::write(&csv, fewer.join("\n") + "\n").unwrap();
    let out = datalots(&[
        "describe",
        s(&csv),
        "--catalog",
        s(&k),
        "--update",
        "--dataset",
        DATASET,
        "--format",
        "turtle",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the columns are the same as before"),
        "{}",
        stderr(&out)
    );
    let ttl = String::from_utf8(out.stdout).unwrap();
    assert!(ttl.contains("@prefix dcat:"), "Turtle on stdout");
    assert!(!ttl.contains("versionNotes"), "{ttl}");
    assert!(ttl.contains("Tabell med 3 rader och 6 kolumner"), "{ttl}");

    let out = datalots(&[
        "describe",
        "tests/fixtures/csv/kommuner.csv",
        "--catalog",
        s(&k),
        "--update",
        "--dataset",
        DATASET,
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("personnummer"), "{}", stderr(&out));

    let out = datalots(&[
        "describe",
        s(&csv),
        "--catalog",
        s(&k),
        "--update",
        "--dataset",
        "https://data.exempelby.se/dataset/saknas",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is not in the catalogue (it has: "),
        "{}",
        stderr(&out)
    );
    let out = datalots(&[
        "describe",
        s(&csv),
        "--catalog",
        s(&k),
        "--update",
        "--answers",
        OPEN,
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "--answers does not go with --update"
    );
}

#[test]
fn remove_takes_the_dataset_and_what_only_it_used() {
    let dir = common::scratch("catalog", "remove");
    let k = three_datasets(&dir);
    let out_file = dir.join("utan.rdf");
    let out = datalots(&["catalog", "remove", s(&k), DATASET, "--out", s(&out_file)]);
    let err = stderr(&out);
    assert!(
        err.contains("Borttaget / removed: <https://data.exempelby.se/dataset/befolkning-2024>"),
        "{err}"
    );
    assert!(
        err.contains("<https://data.exempelby.se/distribution/befolkning-2024-csv>"),
        "{err}"
    );
    // The 2.x example's own violations stay: exit 1 as `validate` would give.
    assert_eq!(out.status.code(), Some(1), "{err}");
    let text = std::fs::read_to_string(&out_file).unwrap();
    assert!(!text.contains("befolkning"), "{text}");
    assert!(text.contains("kontakt"), "the shared contact point stays");
    assert!(text.contains("badplatser"));

    let out = datalots(&["catalog", "remove", s(&out_file), DATASET]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("finns inte i katalogen"),
        "{}",
        stderr(&out)
    );

    let Some(python) = common::python(module_path!(), "rdflib") else {
        return;
    };
    let r = py(
        &python,
        "catalog_check.py",
        &["remove", s(&k), s(&out_file), "xml", DATASET],
    );
    assert_eq!(
        r["expected_isomorphic"], true,
        "lost {} added {}",
        r["lost"], r["added"]
    );
    assert_eq!(r["mentions"], Value::Array(vec![]));
}

#[test]
fn list_shows_each_dataset_with_its_counts() {
    let dir = common::scratch("catalog", "list");
    let k = three_datasets(&dir);
    let out = datalots(&["catalog", "list", s(&k), "--json"]);
    // The 2.x example's dataset has violations: exit 1, as `validate`.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["datasets"], 3);
    assert_eq!(v["summary"]["catalog"], "https://example.com/catalog1");
    let datasets = v["datasets"].as_array().unwrap();
    let ours = datasets.iter().find(|d| d["iri"] == DATASET).unwrap();
    assert_eq!(ours["violations"], 0);
    assert_eq!(
        ours["licences"][0],
        "http://creativecommons.org/publicdomain/zero/1.0/"
    );
    assert_eq!(
        ours["access_rights"],
        "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
    );
    assert_eq!(
        ours["distributions"][0]["download_urls"][0],
        "https://data.exempelby.se/data/befolkning_2024.csv"
    );
    let example = datasets
        .iter()
        .find(|d| d["iri"] == "https://example.com/dataset1")
        .unwrap();
    assert!(example["violations"].as_u64().unwrap() > 0);

    let text = datalots(&["catalog", "list", s(&k)]);
    let shown = String::from_utf8_lossy(&text.stdout);
    assert!(shown.contains("3 datasets, 4 distributions"), "{shown}");
    assert!(shown.contains("Befolkning 2024"), "{shown}");
}

#[test]
fn upgrade_makes_the_official_2x_examples_valid_when_the_settings_give_the_rest() {
    let dir = common::scratch("catalog", "upgrade");
    for (file, fmt, extra) in [
        ("dcat-ap-se-rekommenderat.rdf", "xml", vec![]),
        ("dcat-ap-se-rekommenderat.ttl", "turtle", vec![]),
        (
            "dcat-ap-se-obligatoriskt.ttl",
            "turtle",
            vec![
                "--set-format",
                "https://example.com/distribution1=application/json",
            ],
        ),
        (
            "dcat-ap-se-obligatoriskt.rdf",
            "xml",
            vec![
                "--set-format",
                "https://example.com/distribution1=application/json",
            ],
        ),
    ] {
        let input = format!("tests/fixtures/catalogs/{file}");
        let out_file = dir.join(file);
        let mut args = vec![
            "catalog",
            "upgrade",
            input.as_str(),
            "--publisher",
            PUBLISHER,
            "--out",
            s(&out_file),
        ];
        args.extend(extra.iter().copied());
        let out = datalots(&args);
        assert_eq!(out.status.code(), Some(0), "{file}: {}", stderr(&out));
        let v = datalots(&["validate", s(&out_file)]);
        assert_eq!(
            v.status.code(),
            Some(0),
            "{file}: {}",
            String::from_utf8_lossy(&v.stdout)
        );
        if let Some(python) = common::python(module_path!(), "rdflib") {
            let t = py(&python, "triples.py", &[s(&out_file), fmt]);
            let rows = t.as_array().unwrap();
            assert!(
                rows.iter()
                    .any(|r| r[0] == "https://example.com/dataservice1"
                        && r[1] == "http://purl.org/dc/terms/format"
                        && r[2] == "application/json"
                        && r[5] == "literal")
            );
            assert!(!rows.iter().any(|r| {
                r[2].as_str()
                    .unwrap()
                    .starts_with("http://data.europa.eu/r5r/availability/")
            }));
            assert!(rows.iter().any(|r| r[0] == "https://example.com/publisher1"
                && r[1] == "http://purl.org/dc/terms/type"));
        }
    }
    // Without the settings: what needs a person, in both languages.
    let out = datalots(&[
        "catalog",
        "upgrade",
        "tests/fixtures/catalogs/dcat-ap-se-obligatoriskt.ttl",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("Behöver en person (3) / needs a person (3)"),
        "{err}"
    );
    assert!(
        err.contains("Ange publisher_type i utgivarinställningarna"),
        "{err}"
    );
    assert!(
        err.contains("Give the media type, e.g. `--set-format https://example.com/distribution1=application/json`"),
        "{err}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("@prefix"),
        "Turtle, as the input"
    );
}

#[test]
fn recover_reads_the_2015_catalogue_and_says_what_it_left_out() {
    let dir = common::scratch("catalog", "recover");
    let legacy = "tests/fixtures/catalogs/opennorth-umea-legacy-2015-dcat.rdf";
    let out_file = dir.join("umea.ttl");
    let out = datalots(&["catalog", "upgrade", legacy, "--out", s(&out_file)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("line 127, column 22"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--recover"), "{}", stderr(&out));
    assert!(!out_file.exists(), "nothing written without --recover");

    let out = datalots(&[
        "catalog",
        "upgrade",
        legacy,
        "--recover",
        "--out",
        s(&out_file),
    ]);
    let err = stderr(&out);
    assert!(err.contains("UTELÄMNAT / LEFT OUT"), "{err}");
    assert!(
        err.contains("rad/line 127, kolumn/column 22: «<dct:title>Eurovoc</dct:title>»"),
        "{err}"
    );
    assert!(out_file.exists());
    assert_eq!(
        out.status.code(),
        Some(1),
        "the 2015 catalogue still has violations"
    );

    let out = datalots(&["catalog", "list", legacy, "--recover", "--json"]);
    assert!(
        stderr(&out).contains("Unexpected text event: 'Eurovoc'"),
        "{}",
        stderr(&out)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["datasets"], 1);

    let Some(python) = common::python(module_path!(), "rdflib") else {
        return;
    };
    let t = py(&python, "triples.py", &[s(&out_file), "turtle"]);
    let rows = t.as_array().unwrap();
    assert!(
        rows.iter()
            .any(|r| r[2] == "http://eurovoc.europa.eu/406387/"),
        "what follows the error is read"
    );
    assert!(
        !rows.iter().any(|r| r[2] == "Eurovoc"),
        "the dropped text is not there"
    );
}

#[test]
fn describe_adds_in_place_and_recovers_a_broken_catalogue() {
    let dir = common::scratch("catalog", "add");
    let k = dir.join("umea.rdf");
    std::fs::copy(
        root().join("tests/fixtures/catalogs/opennorth-umea-legacy-2015-dcat.rdf"),
        &k,
    )
    .unwrap();
    let original = std::fs::read(&k).unwrap();
    let args = [
        "describe",
        CSV,
        "--publisher",
        PUBLISHER,
        "--answers",
        OPEN,
        "--catalog",
        s(&k),
        "--in-place",
    ];
    let out = datalots(&args);
    assert_eq!(out.status.code(), Some(2), "strict by default");
    assert_eq!(std::fs::read(&k).unwrap(), original, "nothing written");

    let mut recovering = args.to_vec();
    recovering.push("--recover");
    let out = datalots(&recovering);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("UTELÄMNAT / LEFT OUT"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(dir.join("umea.rdf.bak")).unwrap(), original);
    let text = std::fs::read_to_string(&k).unwrap();
    assert!(text.contains(DATASET), "added");
    assert!(
        text.contains("http://eurovoc.europa.eu/406387/"),
        "the rest of the old one kept"
    );
}

/// One date check and one exit code for the same mistake, whichever command makes it:
/// a date that is not a day is refused with exit 1 for a new dataset's release date
/// and for an update's new version alike, naming the date and the flag, and nothing is
/// written.
#[test]
fn a_date_that_is_not_a_day_is_the_same_mistake_everywhere() {
    let dir = common::scratch("catalog", "dates");
    let k = dir.join("k.ttl");
    let out = datalots(&[
        "describe",
        CSV,
        "--publisher",
        PUBLISHER,
        "--answers",
        OPEN,
        "--out",
        s(&k),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let before = std::fs::read(&k).unwrap();
    for date in ["2025-02-31", "2025-13-01", "31/1/2025"] {
        let new = datalots(&[
            "describe",
            CSV,
            "--publisher",
            PUBLISHER,
            "--answers",
            OPEN,
            "--date",
            date,
            "--out",
            s(&dir.join("ny.ttl")),
        ]);
        let update = datalots(&[
            "describe",
            CSV,
            "--catalog",
            s(&k),
            "--update",
            "--publisher",
            PUBLISHER,
            "--date",
            date,
            "--in-place",
        ]);
        for (what, out, property) in [
            ("describe", &new, "dcterms:issued"),
            ("describe --update", &update, "dcterms:modified"),
        ] {
            let err = stderr(out);
            assert_eq!(out.status.code(), Some(1), "{what} --date {date}: {err}");
            assert!(
                err.contains(&format!("«{date}» ({property}) is not a date"))
                    && err.contains("är inget datum")
                    && err.contains("--date YYYY-MM-DD"),
                "{what}: {err}"
            );
        }
        assert!(!dir.join("ny.ttl").exists());
        assert_eq!(
            std::fs::read(&k).unwrap(),
            before,
            "the catalogue is as it was"
        );
    }
}

#[test]
fn update_finds_a_titled_dataset_by_its_file_and_applies_a_changed_licence() {
    let dir = common::scratch("catalog", "update-titled");
    let csv = dir.join("befolkning_2024.csv");
    std::fs::copy(root().join(CSV), &csv).unwrap();
    let k = dir.join("katalog.ttl");
    // Created with a title: its IRI does not come from the file's name.
    let describe = |answers: &str, extra: &[&str]| {
        let mut args = vec![
            "describe",
            s(&csv),
            "--publisher",
            PUBLISHER,
            "--title",
            "Befolkning i kommunen",
        ];
        if !answers.is_empty() {
            args.extend(["--answers", answers]);
        }
        args.extend_from_slice(extra);
        datalots(&args)
    };
    let out = describe(OPEN, &["--out", s(&k)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let titled = "https://data.exempelby.se/dataset/befolkning-i-kommunen";

    // The same command plus --update, without the title: found by the file's name,
    // and the person is told which dataset and how.
    let out = datalots(&[
        "describe",
        s(&csv),
        "--publisher",
        PUBLISHER,
        "--catalog",
        s(&k),
        "--update",
        "--in-place",
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains(&format!(
            "dataset updated: {titled} «Befolkning i kommunen»"
        )),
        "{err}"
    );
    assert!(
        err.contains("found by the file name «befolkning_2024.csv»"),
        "{err}"
    );
    // Without answers the licence is kept, and it says so.
    assert!(
        err.contains("dcterms:license, dcterms:accessRights: behålls"),
        "{err}"
    );

    // The same command with answers that give another licence, plus --update.
    let attribution = "tests/fixtures/answers/attribution.json";
    let out = describe(attribution, &["--catalog", s(&k), "--update", "--in-place"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("dcterms:license: <http://creativecommons.org/publicdomain/zero/1.0/> → <http://creativecommons.org/licenses/by/4.0/>"),
        "{err}"
    );
    let text = std::fs::read_to_string(&k).unwrap();
    assert!(
        text.contains("Free to use under CC BY 4.0, crediting the source"),
        "{text}"
    );
    assert!(
        !text.contains("Free to use under CC0 1.0"),
        "the old statement is gone"
    );
    // The same answers again: nothing to change, and it says the licence stays.
    let out = describe(attribution, &["--catalog", s(&k), "--update", "--in-place"]);
    assert!(
        stderr(&out).contains("(samma som svaren ger / the same as the answers give)"),
        "{}",
        stderr(&out)
    );
    // Answers that stop publication are refused, nothing written.
    let before = std::fs::read_to_string(&k).unwrap();
    let out = describe(
        "tests/fixtures/answers/personal-data.json",
        &["--catalog", s(&k), "--update", "--in-place"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&k).unwrap(), before);
}

#[test]
fn update_asks_which_dataset_when_several_have_the_file() {
    let dir = common::scratch("catalog", "update-two");
    let csv = dir.join("befolkning_2024.csv");
    std::fs::copy(root().join(CSV), &csv).unwrap();
    let k = dir.join("katalog.ttl");
    for (title, catalog) in [("En", None), ("Två", Some(&k))] {
        let mut args = vec![
            "describe",
            s(&csv),
            "--publisher",
            PUBLISHER,
            "--answers",
            OPEN,
            "--title",
            title,
            "--out",
        ];
        let out_path = dir.join(format!("{title}.ttl"));
        args.push(s(&out_path));
        if let Some(c) = catalog {
            args.extend(["--catalog", s(c)]);
        }
        let out = datalots(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        std::fs::copy(&out_path, &k).unwrap();
    }
    let out = datalots(&[
        "describe",
        s(&csv),
        "--publisher",
        PUBLISHER,
        "--catalog",
        s(&k),
        "--update",
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("several datasets have a file named «befolkning_2024.csv»"),
        "{err}"
    );
    assert!(
        err.contains("dataset/en") && err.contains("dataset/tv"),
        "{err}"
    );
}
