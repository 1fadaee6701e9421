//! Every vendored example: read → model → write → read gives the same graph
//! (isomorphic), in all three formats; nothing the model does not understand is lost.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use dcat_ap_se::{Catalog, Format, parse, parse_recovering, serialize};
use oxrdf::Graph;
use oxrdf::dataset::CanonicalizationAlgorithm;

const EXAMPLES: &[&str] = &[
    "dcat-ap-se-obligatoriskt.ttl",
    "dcat-ap-se-obligatoriskt.rdf",
    "dcat-ap-se-rekommenderat.ttl",
    "dcat-ap-se-rekommenderat.rdf",
    "opennorth-umea-legacy-2015-dcat.rdf",
];

/// The syntax errors the recovering reader reports for each example, as (line,
/// column, message): none but the one the 2015 catalogue really has.
fn expected_errors(name: &str) -> Vec<(u64, u64, &'static str)> {
    match name {
        // A `skos:ConceptScheme` element used as a property, with a `dct:title` in it.
        "opennorth-umea-legacy-2015-dcat.rdf" => {
            vec![(127, 22, "Unexpected text event: 'Eurovoc'")]
        }
        _ => Vec::new(),
    }
}

fn read(name: &str) -> Graph {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    let (graph, errors) = parse_recovering(&bytes, Format::from_path(name).unwrap()).unwrap();
    let errors: Vec<(u64, u64, String)> = errors
        .into_iter()
        .map(|e| match e {
            dcat_ap_se::Error::Syntax {
                line,
                column,
                message,
                ..
            } => (line, column, message),
            other => panic!("{name}: not a syntax error: {other}"),
        })
        .collect();
    let expected: Vec<(u64, u64, String)> = expected_errors(name)
        .into_iter()
        .map(|(l, c, m)| (l, c, m.to_owned()))
        .collect();
    assert_eq!(errors, expected, "{name}: the syntax errors");
    graph
}

fn canonical(g: &Graph) -> Graph {
    let mut g = g.clone();
    g.canonicalize(CanonicalizationAlgorithm::Unstable);
    g
}

fn assert_isomorphic(a: &Graph, b: &Graph, what: &str) {
    let (ca, cb) = (canonical(a), canonical(b));
    if ca != cb {
        let only_a: Vec<String> = ca
            .iter()
            .filter(|t| !cb.contains(*t))
            .map(|t| t.to_string())
            .collect();
        let only_b: Vec<String> = cb
            .iter()
            .filter(|t| !ca.contains(*t))
            .map(|t| t.to_string())
            .collect();
        panic!("{what}: graphs differ\nonly before: {only_a:#?}\nonly after: {only_b:#?}");
    }
}

#[test]
fn every_example_round_trips_through_the_model_and_every_format() {
    for name in EXAMPLES {
        let original = read(name);
        assert!(original.len() > 10, "{name}: {} triples", original.len());
        let catalog = Catalog::from_graph(&original).unwrap();
        let written = catalog.to_graph().unwrap();
        assert_isomorphic(&original, &written, &format!("{name} via the model"));
        for format in Format::ALL {
            let text = serialize(&written, format).unwrap();
            let again = parse(text.as_bytes(), format)
                .unwrap_or_else(|e| panic!("{name} as {}: {e}\n{text}", format.name()));
            assert_isomorphic(&original, &again, &format!("{name} as {}", format.name()));
            // And through the model once more.
            let model_again = Catalog::from_graph(&again).unwrap();
            assert_isomorphic(
                &original,
                &model_again.to_graph().unwrap(),
                &format!("{name} as {} via the model", format.name()),
            );
        }
    }
}

#[test]
fn the_model_understands_the_recommended_example() {
    let catalog = Catalog::from_graph(&read("dcat-ap-se-rekommenderat.ttl")).unwrap();
    assert_eq!(
        catalog.licence.as_deref(),
        Some("http://creativecommons.org/publicdomain/zero/1.0/")
    );
    let ds = &catalog.datasets[0];
    assert!(ds.title.iter().any(|t| t.lang.as_deref() == Some("en")));
    assert_eq!(ds.distributions.len(), 2);
    assert_eq!(ds.distributions[0].format.as_deref(), Some("text/csv"));
    assert_eq!(ds.temporal.len(), 1);
    let publisher = ds.publisher.as_ref().unwrap();
    assert_eq!(
        publisher.kind.as_deref(),
        Some("http://purl.org/adms/publishertype/NonProfitOrganisation")
    );
    assert!(!ds.contact_point[0].telephone.is_empty());
}

#[test]
fn the_legacy_catalogue_keeps_what_the_model_does_not_know() {
    let original = read("opennorth-umea-legacy-2015-dcat.rdf");
    let catalog = Catalog::from_graph(&original).unwrap();
    // dct:distribution and dct:keywords are not DCAT-AP-SE: kept as extra triples.
    assert!(
        catalog
            .extra
            .iter()
            .any(|t| t.contains("<http://purl.org/dc/terms/distribution>"))
    );
    assert!(
        catalog
            .extra
            .iter()
            .any(|t| t.contains("<http://purl.org/dc/terms/keywords>"))
    );
    assert!(
        catalog.extra.iter().any(|t| t.starts_with("_:")),
        "blank-node triples are kept"
    );
}

#[test]
fn the_model_holds_the_official_examples_without_leftovers() {
    let mandatory = Catalog::from_graph(&read("dcat-ap-se-obligatoriskt.ttl")).unwrap();
    assert_eq!(mandatory.extra, Vec::<String>::new());
    assert_eq!(
        mandatory.other_services.len(),
        1,
        "the service behind dcat:accessService"
    );
    // Only the label of the external Geonames place is outside the DCAT-AP-SE model.
    let recommended = Catalog::from_graph(&read("dcat-ap-se-rekommenderat.ttl")).unwrap();
    assert_eq!(
        recommended.extra,
        [
            "<http://sws.geonames.org/2661886> <http://www.w3.org/2000/01/rdf-schema#label> \"Sweden\"@en ."
        ]
    );
}
