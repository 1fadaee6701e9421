//! A high-value dataset (Implementing Regulation (EU) 2023/138) written with the model's
//! API — the dataset, its distribution linked to its API by `dcat:accessService`, and
//! the API as a `dcat:DataService` (endpoint URL, documentation page, contact point,
//! `dcat:servesDataset`) — checked with pyshacl against the DCAT-AP HVD 3.0.0 shapes
//! (`tests/data/dcat-ap-hvd-3.0.0-shapes.ttl`).
//!
//! The shapes' range checks (`sh:class`) need to know the classes of the resources a
//! catalogue refers to but does not describe (the ELI is an `eli:LegalResource`, an HVD
//! category a `skos:Concept`, …) and the subclass axioms of the vocabularies used
//! (`vcard:Organization` is a `vcard:Kind`): [`background`] supplies those statements,
//! as a real validator's imports would.
//!
//! The Python with pyshacl comes from `DATALOTS_PYTHON` (set by `cargo xtask test`),
//! else the venv `cargo xtask test` installs; without one the test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use dcat_ap_se::mint::mint;
use dcat_ap_se::vocab::{self, HVD_LEGISLATION};
use dcat_ap_se::{Catalog, ContactPoint, DataService, Format, Node, Text};
use oxrdf::{NamedNodeRef, NamedOrBlankNodeRef, TermRef};

const SH: &str = "http://www.w3.org/ns/shacl#";
/// Statistics, one of the six HVD categories.
const STATISTICS: &str = "http://data.europa.eu/bna/c_e1da4e07";
const CC_BY: &str = "http://creativecommons.org/licenses/by/4.0/";

fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("DATALOTS_PYTHON") {
        return PathBuf::from(p);
    }
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../tools/venv/bin/python");
    assert!(
        venv.exists(),
        "the HVD shapes test needs a Python with pyshacl: run `cargo xtask test`, or set \
         DATALOTS_PYTHON to one (this check does not skip)"
    );
    venv
}

/// A catalogue with one high-value dataset and its API.
fn high_value_catalogue() -> Catalog {
    let mut c = common::full();
    let base = common::BASE;
    let api = mint(base, "api", "befolkning").unwrap();
    let d = &mut c.datasets[0];
    let dataset_iri = d.id.as_ref().unwrap().iri().unwrap().to_owned();
    d.distributions[0].licence = Some(CC_BY.into());
    d.distributions[0].access_service = vec![api.clone()];
    d.mark_high_value(vec![STATISTICS.into()]);
    let contact = d.contact_point[0].clone();
    c.services.push(DataService {
        id: Some(Node::Iri(api.clone())),
        types: vec![dcat_ap_se::ns::DCAT_DATA_SERVICE.into()],
        title: vec![Text::sv("Befolknings-API"), Text::en("Population API")],
        description: vec![Text::sv("Befolkningen per år och stadsdel.")],
        endpoint_url: vec![format!("{base}/api/befolkning")],
        endpoint_description: vec![format!("{base}/api/befolkning/openapi.json")],
        page: vec![format!("{base}/api/befolkning/dokumentation")],
        contact_point: vec![contact],
        format: Some("application/json".into()),
        licence: Some(CC_BY.into()),
        access_rights: Some(vocab::PUBLIC.into()),
        serves_dataset: vec![dataset_iri],
        applicable_legislation: vec![HVD_LEGISLATION.into()],
        hvd_category: vec![STATISTICS.into()],
        ..DataService::default()
    });
    c
}

/// The class statements the range checks need, for the resources the catalogue refers
/// to, and the subclass axioms of the vocabularies it uses.
fn background(c: &Catalog) -> String {
    let mut t = String::from(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\
         @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\
         @prefix dct: <http://purl.org/dc/terms/> .\n\
         @prefix foaf: <http://xmlns.com/foaf/0.1/> .\n\
         @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .\n\
         @prefix odrs: <http://schema.theodi.org/odrs#> .\n\
         @prefix eli: <http://data.europa.eu/eli/ontology#> .\n\
         vcard:Organization rdfs:subClassOf vcard:Kind .\n\
         vcard:Individual rdfs:subClassOf vcard:Kind .\n\
         odrs:RightsStatement rdfs:subClassOf dct:RightsStatement .\n\
         foaf:Organization rdfs:subClassOf foaf:Agent .\n",
    );
    let mut typed = |iri: &str, class: &str| t.push_str(&format!("<{iri}> a {class} .\n"));
    typed(HVD_LEGISLATION, "eli:LegalResource");
    for d in &c.datasets {
        for x in d.hvd_category.iter().chain(&d.theme) {
            typed(x, "skos:Concept");
        }
        if let Some(a) = &d.access_rights {
            typed(a, "dct:RightsStatement");
        }
        for s in &d.conforms_to {
            typed(s, "dct:Standard");
        }
        for s in &d.spatial {
            typed(s, "dct:Location");
        }
        for x in &d.distributions {
            if let Some(l) = &x.licence {
                typed(l, "dct:LicenseDocument");
            }
            if let Some(a) = &x.availability {
                typed(a, "skos:Concept");
            }
        }
    }
    for s in &c.services {
        for p in &s.page {
            typed(p, "foaf:Document");
        }
        if let Some(l) = &s.licence {
            typed(l, "dct:LicenseDocument");
        }
        if let Some(a) = &s.access_rights {
            typed(a, "dct:RightsStatement");
        }
        for x in &s.hvd_category {
            typed(x, "skos:Concept");
        }
    }
    t
}

/// (path, message) of every violation pyshacl reports; fails unless the report is a
/// real SHACL validation report.
fn violations(c: &Catalog, name: &str) -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hvd");
    std::fs::create_dir_all(&dir).unwrap();
    // The background goes into the data graph (pyshacl's `-e` takes only class and
    // property definitions, not the typing of individuals).
    let data = dir.join(format!("{name}.ttl"));
    let background = dcat_ap_se::parse(background(c).as_bytes(), Format::Turtle).unwrap();
    let mut graph = c.to_graph().unwrap();
    graph.extend(background.iter());
    std::fs::write(
        &data,
        dcat_ap_se::serialize(&graph, Format::Turtle).unwrap(),
    )
    .unwrap();
    let shapes = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/dcat-ap-hvd-3.0.0-shapes.ttl"
    );
    let out = Command::new(python())
        .args(["-m", "pyshacl", "-s", shapes, "-sf", "turtle"])
        .args(["-i", "rdfs", "-df", "turtle", "-f", "turtle"])
        .arg(&data)
        .output()
        .expect("pyshacl runs");
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "pyshacl failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = dcat_ap_se::parse(&out.stdout, Format::Turtle).unwrap();
    let sh = |l: &str| format!("{SH}{l}");
    let rdf_type = NamedNodeRef::new_unchecked(dcat_ap_se::ns::RDF_TYPE);
    let vr = sh("ValidationReport");
    assert_eq!(
        report
            .subjects_for_predicate_object(rdf_type, NamedNodeRef::new_unchecked(&vr))
            .count(),
        1,
        "no validation report: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let vres = sh("ValidationResult");
    report
        .subjects_for_predicate_object(rdf_type, NamedNodeRef::new_unchecked(&vres))
        .filter_map(|r| {
            let get = |p: &str| {
                let p = sh(p);
                report
                    .object_for_subject_predicate(r, NamedNodeRef::new_unchecked(&p))
                    .map(|o| match o {
                        TermRef::NamedNode(n) => dcat_ap_se::ns::compact(n.as_str()),
                        TermRef::Literal(l) => l.value().to_owned(),
                        other => other.to_string(),
                    })
                    .unwrap_or_default()
            };
            let _: NamedOrBlankNodeRef<'_> = r;
            (get("resultSeverity") == sh("Violation")
                || get("resultSeverity").ends_with("Violation"))
            .then(|| (get("resultPath"), get("resultMessage")))
        })
        .collect()
}

#[test]
fn a_high_value_dataset_with_its_api_passes_the_hvd_shapes() {
    let c = high_value_catalogue();
    let v = violations(&c, "hvd");
    assert!(v.is_empty(), "{v:#?}");
    // The model wrote what the regulation asks for.
    let ttl = c.write(Format::Turtle).unwrap();
    for needle in [
        "dcat:accessService",
        "dcat:servesDataset",
        "dcat:endpointURL",
        "foaf:page",
        "dcatap:hvdCategory",
        "dcatap:applicableLegislation",
    ] {
        assert!(ttl.contains(needle), "{needle} missing in\n{ttl}");
    }
    // Read back, the service keeps its documentation page and its links.
    for format in [Format::Turtle, Format::RdfXml] {
        let back = Catalog::read(c.write(format).unwrap().as_bytes(), format).unwrap();
        assert_eq!(back.services, c.services, "{format:?}");
        assert_eq!(
            back.datasets[0].distributions[0].access_service,
            c.services[0]
                .id
                .iter()
                .filter_map(|n| n.iri().map(str::to_owned))
                .collect::<Vec<_>>()
        );
    }
    // And it still is valid DCAT-AP-SE and earns every metadata point.
    assert!(!c.validate().unwrap().has_violations());
    assert_eq!(
        c.assess(dcat_ap_se::quality::Profile::Dataportal)
            .unwrap()
            .points,
        295.0
    );
}

#[test]
fn the_shapes_catch_what_the_regulation_asks_for() {
    // Proof that the shapes are checking: without the documentation page, the
    // category, or the API link, there are violations.
    let paths = |c: &Catalog, name: &str| -> Vec<String> {
        violations(c, name).into_iter().map(|(p, _)| p).collect()
    };
    let mut c = high_value_catalogue();
    c.services[0].page.clear();
    assert_eq!(paths(&c, "no-page"), ["foaf:page"]);
    let mut c = high_value_catalogue();
    c.datasets[0].hvd_category.clear();
    assert_eq!(paths(&c, "no-category"), ["dcatap:hvdCategory"]);
    let mut c = high_value_catalogue();
    c.services[0].contact_point = Vec::<ContactPoint>::new();
    assert_eq!(paths(&c, "no-contact"), ["dcat:contactPoint"]);
    let mut c = high_value_catalogue();
    c.datasets[0].distributions[0]
        .applicable_legislation
        .clear();
    assert_eq!(
        paths(&c, "no-legislation"),
        ["dcatap:applicableLegislation"]
    );
}
