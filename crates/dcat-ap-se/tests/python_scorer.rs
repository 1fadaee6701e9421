//! The grade checked by an independent scorer: `tests/python/mqa_score.py` (rdflib),
//! written from the published method, reads the same catalogues as RDF/XML and Turtle;
//! its points must equal `dcat_ap_se::quality`'s, indicator by indicator and dataset by
//! dataset.
//!
//! The Python comes from `DATALOTS_PYTHON` (set by `cargo xtask test`), else the venv
//! `cargo xtask test` installs (`target/tools/venv`). Without one the test fails: a
//! check that cannot run is not a pass.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use dcat_ap_se::quality::{Assessment, Profile, assess_graph};
use dcat_ap_se::{Catalog, Format, Node};
use serde_json::Value;

fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("DATALOTS_PYTHON") {
        return PathBuf::from(p);
    }
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../tools/venv/bin/python");
    assert!(
        venv.exists(),
        "the Python scorer needs a Python with rdflib: run `cargo xtask test`, or set \
         DATALOTS_PYTHON to one (this check does not skip)"
    );
    venv
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/python/mqa_score.py")
}

/// The Python scorer's JSON for a file.
fn python_score(file: &Path, profile: Profile, violations: Option<&Path>) -> Value {
    let mut cmd = Command::new(python());
    cmd.arg(script())
        .arg(file)
        .arg("--profile")
        .arg(match profile {
            Profile::Dataportal => "dataportal",
            Profile::Eu => "eu",
        });
    if let Some(v) = violations {
        cmd.arg("--violations").arg(v);
    }
    let out = cmd.output().expect("the Python scorer runs");
    assert!(
        out.status.success(),
        "mqa_score.py failed on {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn close(a: f64, b: &Value) -> bool {
    b.as_f64().is_some_and(|b| (a - b).abs() < 0.011)
}

/// Rust and Python agree on the total, the rating, every indicator and every dataset.
fn agree(name: &str, rust: &Assessment, py: &Value) {
    let ctx = |what: &str| format!("{name} ({:?}): {what}\nPython: {py:#}", rust.profile);
    assert!(close(rust.points, &py["points"]), "{}", ctx("points"));
    assert_eq!(
        u64::from(rust.max),
        py["max"].as_u64().unwrap(),
        "{}",
        ctx("max")
    );
    assert_eq!(
        serde_json::to_value(rust.rating).unwrap(),
        py["rating"],
        "{}",
        ctx("rating")
    );
    assert_eq!(
        serde_json::to_value(rust.rating_when_reachable).unwrap(),
        py["rating_when_reachable"],
        "{}",
        ctx("rating when reachable")
    );
    let compare = |r: &[dcat_ap_se::quality::IndicatorScore], p: &Value, whose: &str| {
        let p = p.as_array().unwrap();
        assert_eq!(r.len(), p.len(), "{}", ctx(whose));
        for (ri, pi) in r.iter().zip(p) {
            assert_eq!(ri.name, pi["name"], "{}", ctx(whose));
            match ri.points {
                Some(x) => assert!(
                    close(x, &pi["points"]),
                    "{}",
                    ctx(&format!("{whose} {}", ri.name))
                ),
                None => assert!(pi["points"].is_null(), "{}", ctx(ri.name)),
            }
            assert_eq!(
                ri.passed.map(|n| n as u64),
                pi["passed"].as_u64(),
                "{}",
                ctx(ri.name)
            );
            assert_eq!(
                ri.total as u64,
                pi["total"].as_u64().unwrap(),
                "{}",
                ctx(ri.name)
            );
        }
    };
    compare(&rust.indicators, &py["indicators"], "catalogue");
    let sets = py["datasets"].as_array().unwrap();
    assert_eq!(rust.datasets.len(), sets.len(), "{}", ctx("datasets"));
    for (rd, pd) in rust.datasets.iter().zip(sets) {
        assert_eq!(rd.dataset, pd["dataset"], "{}", ctx("dataset order"));
        assert!(close(rd.points, &pd["points"]), "{}", ctx(&rd.dataset));
        compare(&rd.indicators, &pd["indicators"], &rd.dataset);
    }
}

/// Writes the catalogue as RDF/XML and Turtle and compares both profiles on both.
fn check(name: &str, catalog: &Catalog) -> Vec<f64> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mqa");
    std::fs::create_dir_all(&dir).unwrap();
    let mut totals = Vec::new();
    for (ext, format) in [("rdf", Format::RdfXml), ("ttl", Format::Turtle)] {
        let file = dir.join(format!("{name}.{ext}"));
        std::fs::write(&file, catalog.write(format).unwrap()).unwrap();
        totals.extend(check_file(name, &file));
    }
    totals
}

/// Compares both profiles on a file; the EU profile with the crate's violations.
fn check_file(name: &str, file: &Path) -> Vec<f64> {
    let bytes = std::fs::read(file).unwrap();
    // Recovering, as `datalots validate` reads: the legacy catalogue has a syntax error
    // (text where RDF/XML allows none) that rdflib passes over too.
    let format = Format::from_path(&file.to_string_lossy()).unwrap();
    let graph = dcat_ap_se::parse_recovering(&bytes, format).unwrap().0;
    let portal = assess_graph(&graph, Profile::Dataportal);
    agree(
        name,
        &portal,
        &python_score(file, Profile::Dataportal, None),
    );
    let violations: Vec<String> = dcat_ap_se::validate(&graph)
        .violations()
        .map(|f| f.resource.clone())
        .collect();
    let vfile = file.with_extension("violations.json");
    std::fs::write(&vfile, serde_json::to_string(&violations).unwrap()).unwrap();
    let eu = assess_graph(&graph, Profile::Eu);
    agree(name, &eu, &python_score(file, Profile::Eu, Some(&vfile)));
    vec![portal.points, eu.points]
}

#[test]
fn a_complete_catalogue_scores_295_in_both_scorers() {
    let totals = check("full", &common::full());
    assert_eq!(totals, [295.0, 325.0 - 50.0, 295.0, 325.0 - 50.0]);
}

#[test]
fn the_official_examples_and_the_legacy_catalogue_score_the_same() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    for (f, portal) in [
        ("dcat-ap-se-rekommenderat.rdf", 260.0),
        ("dcat-ap-se-rekommenderat.ttl", 260.0),
        ("dcat-ap-se-obligatoriskt.rdf", 30.0),
        ("dcat-ap-se-obligatoriskt.ttl", 30.0),
        ("opennorth-umea-legacy-2015-dcat.rdf", 90.0),
    ] {
        let totals = check_file(f, &data.join(f));
        assert_eq!(totals[0], portal, "{f}");
    }
}

#[test]
fn mixed_catalogues_score_the_same() {
    // Many datasets, each missing something else; several distributions of different
    // formats, licences and addresses; one without distributions; an EU file-type IRI.
    let mut c = common::full();
    let template = c.datasets.remove(0);
    let formats = [
        (
            "text/csv",
            Some("https://www.iana.org/assignments/media-types/text/csv"),
        ),
        ("application/pdf", None),
        (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            None,
        ),
        (
            "text/plain",
            Some("http://www.iana.org/assignments/media-types/text/plain"),
        ),
        ("text/turtle", None),
        ("text/csv+zip", None),
        (
            "text/x-egen",
            Some("https://www.iana.org/assignments/media-types/text/x-egen"),
        ),
    ];
    for i in 0..23 {
        let mut d = template.clone();
        let iri = format!("https://data.exempelby.se/dataset/m{i:02}");
        d.id = Some(Node::Iri(iri.clone()));
        match i % 6 {
            0 => d.keyword.clear(),
            1 => d.theme.clear(),
            2 => {
                d.spatial.clear();
                d.temporal.clear();
            }
            3 => d.access_rights = Some("https://www.exempelby.se/rattigheter".into()),
            4 => {
                d.issued = None;
                d.modified = None;
                d.contact_point.clear();
            }
            _ => d.publisher = None,
        }
        let base = d.distributions.remove(0);
        for j in 0..(i % 4) {
            let mut x = base.clone();
            x.id = Some(Node::Iri(format!("{iri}/dist{j}")));
            let (f, m) = formats[(i + j) % formats.len()];
            x.format = Some(f.into());
            x.media_type = m.map(str::to_owned);
            if (i + j) % 3 == 0 {
                x.download_url.clear();
                x.byte_size = None;
            }
            if (i + j) % 5 == 0 {
                x.licence = Some("https://creativecommons.org/licenses/by/4.0/deed.sv".into());
                x.rights.clear();
            }
            if (i + j) % 7 == 0 {
                x.licence = Some("https://www.exempelby.se/egen-licens".into());
            }
            if (i + j) % 11 == 0 {
                x.licence = None;
                x.access_url.clear();
            }
            d.distributions.push(x);
        }
        c.add_dataset(d).unwrap();
    }
    let totals = check("mixed", &c);
    assert!(
        totals.iter().all(|t| *t > 100.0 && *t < 295.0),
        "{totals:?}"
    );
    // The EU file-type IRI, written as an extra triple (the model writes formats as
    // literals): both scorers read it.
    let mut c = common::full();
    c.datasets[0].distributions[0].format = None;
    let dist = c.datasets[0].distributions[0].id.clone().unwrap();
    c.extra.push(format!(
        "{dist} <http://purl.org/dc/terms/format> <http://publications.europa.eu/resource/authority/file-type/CSV> ."
    ));
    let totals = check("eu-file-type", &c);
    assert_eq!(totals[0], 295.0);
}

#[test]
fn the_scorer_is_really_checking() {
    // A scorer that printed fixed numbers would pass a single catalogue: two catalogues
    // that differ in one indicator must give different points from the Python side too.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mqa");
    std::fs::create_dir_all(&dir).unwrap();
    let mut c = common::full();
    let a = dir.join("really-a.ttl");
    std::fs::write(&a, c.write(Format::Turtle).unwrap()).unwrap();
    c.datasets[0].keyword.clear();
    let b = dir.join("really-b.ttl");
    std::fs::write(&b, c.write(Format::Turtle).unwrap()).unwrap();
    let pa = python_score(&a, Profile::Dataportal, None);
    let pb = python_score(&b, Profile::Dataportal, None);
    assert_eq!(pa["points"].as_f64(), Some(295.0));
    assert_eq!(pb["points"].as_f64(), Some(265.0));
}
