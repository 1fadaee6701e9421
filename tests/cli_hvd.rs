//! A high-value dataset (EU 2023/138) written by `datalots describe`: the category
//! asked, what the regulation asks beyond a file said, the API written as a
//! `dcat:DataService` linked from the dataset; checked with pyshacl against the DCAT-AP
//! HVD 3.0.0 shapes (`tests/python/hvd_check.py`, with the background the shapes'
//! range checks need). The Python with pyshacl is `DATALOTS_PYTHON` or the venv
//! `cargo xtask test` installs; without one the test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use common::{datalots, stderr};

const SHAPES: &str = "crates/dcat-ap-se/tests/data/dcat-ap-hvd-3.0.0-shapes.ttl";
const CSV: &str = "tests/fixtures/csv/befolkning_2024.csv";
const KOMMUN: &str = "tests/fixtures/publisher/kommun-full.toml";
const HIGH_VALUE: &str = "tests/fixtures/answers/high-value.json";

fn describe(out: &std::path::Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "describe",
        CSV,
        "--publisher",
        KOMMUN,
        "--answers",
        HIGH_VALUE,
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    datalots(&args)
}

/// (focus, path) of every violation of the HVD shapes.
fn hvd_violations(file: &std::path::Path) -> Vec<(String, String)> {
    let python = common::python(module_path!(), "pyshacl").expect("a Python with pyshacl");
    let out = common::python_script(
        &python,
        "hvd_check.py",
        &[
            file.to_str().unwrap(),
            common::root().join(SHAPES).to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["focus"].as_str().unwrap_or_default().to_owned(),
                x["path"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_high_value_dataset_described_with_its_api_passes_the_hvd_shapes() {
    let dir = common::scratch("hvd", "api");
    let k = dir.join("katalog.ttl");
    // The category is asked: without it, refused with the flag named.
    let out = describe(&k, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("--hvd-category"), "{}", stderr(&out));

    let out = describe(
        &k,
        &[
            "--hvd-category",
            "Statistik",
            "--api-endpoint",
            "https://data.exempelby.se/api/befolkning",
            "--api-documentation",
            "https://www.exempelby.se/oppna-data/api",
        ],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    // What the regulation asks beyond a file is said.
    assert!(
        err.contains("an API (in the catalogue a data service"),
        "{err}"
    );
    assert!(err.contains("no more restrictive than CC BY 4.0"), "{err}");
    let ttl = std::fs::read_to_string(&k).unwrap();
    for needle in [
        "dcat:DataService",
        "dcat:endpointURL <https://data.exempelby.se/api/befolkning>",
        "foaf:page <https://www.exempelby.se/oppna-data/api>",
        "dcat:servesDataset",
        "dcat:accessService",
        "dcatap:hvdCategory <http://data.europa.eu/bna/c_e1da4e07>",
    ] {
        assert!(ttl.contains(needle), "{needle} missing in\n{ttl}");
    }
    assert_eq!(hvd_violations(&k), Vec::<(String, String)>::new());
    // And it is valid DCAT-AP-SE with every metadata point.
    let v = datalots(&["validate", k.to_str().unwrap()]);
    assert_eq!(
        v.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&v.stdout)
    );
    let q = datalots(&["quality", k.to_str().unwrap()]);
    assert_eq!(
        q.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&q.stdout)
    );
}

#[test]
fn without_its_api_describe_says_so_and_without_its_page_the_shapes_do_too() {
    let dir = common::scratch("hvd", "no-api");
    let k = dir.join("katalog.ttl");
    let out = describe(&k, &["--hvd-category", "c_e1da4e07"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("Give the API's address and its documentation page"),
        "{err}"
    );
    // The HVD 3.0.0 shapes check a service when there is one, not that there is one:
    // describe's notice is what tells the steward.
    assert_eq!(hvd_violations(&k), Vec::<(String, String)>::new());
    // An API without its documentation page: the shapes and describe both say so
    // (the check can fail).
    let out = describe(
        &k,
        &[
            "--hvd-category",
            "c_e1da4e07",
            "--api-endpoint",
            "https://data.exempelby.se/api/befolkning",
        ],
    );
    assert!(
        stderr(&out).contains("documentation page for the API"),
        "{}",
        stderr(&out)
    );
    let v = hvd_violations(&k);
    assert!(v.iter().any(|(_, path)| path.ends_with("/page")), "{v:?}");
}
