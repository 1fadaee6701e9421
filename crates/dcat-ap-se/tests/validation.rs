//! Validation against DCAT-AP-SE 3.0.1: the official examples, the legacy municipal
//! catalogue, a catalogue built with the API, and each Swedish rule.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use std::collections::BTreeSet;

use dcat_ap_se::{
    Catalog, Format, Node, Report, Severity, Text, parse, parse_recovering, validate,
};

fn read(name: &str) -> oxrdf::Graph {
    let bytes = std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    parse_recovering(&bytes, Format::from_path(name).unwrap())
        .unwrap()
        .0
}

/// (class, property) of every violation.
fn violations(r: &Report) -> BTreeSet<(String, String)> {
    r.violations()
        .map(|f| (f.class.clone(), f.property.clone().unwrap_or_default()))
        .collect()
}

fn has(r: &Report, severity: Severity, rule: &str) -> bool {
    r.findings
        .iter()
        .any(|f| f.severity == severity && f.rule == rule)
}

fn set(items: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    items
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn the_mandatory_2x_example_fails_exactly_on_what_3_0_1_added() {
    for name in [
        "dcat-ap-se-obligatoriskt.ttl",
        "dcat-ap-se-obligatoriskt.rdf",
    ] {
        let report = validate(&read(name));
        assert_eq!(
            violations(&report),
            set(&[
                ("Agent", "dcterms:type"),
                ("DataService", "dcterms:format"),
                ("Distribution", "dcterms:format"),
            ]),
            "{name}: {:#?}",
            report.violations().collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_recommended_2x_example_fails_on_the_3_0_format_and_availability_changes() {
    for name in [
        "dcat-ap-se-rekommenderat.ttl",
        "dcat-ap-se-rekommenderat.rdf",
    ] {
        let report = validate(&read(name));
        assert_eq!(
            violations(&report),
            set(&[
                ("DataService", "dcterms:format"),
                ("Distribution", "dcatap:availability")
            ]),
            "{name}"
        );
        // The 2.x availability IRI was replaced by the EU planned-availability list in 3.0.
        let availability: Vec<_> = report
            .violations()
            .filter(|f| f.property.as_deref() == Some("dcatap:availability"))
            .collect();
        assert_eq!(availability.len(), 2);
        assert!(
            availability[0]
                .message_en
                .contains("http://data.europa.eu/r5r/availability/experimental")
        );
    }
}

#[test]
fn the_2015_municipal_catalogue_is_read_and_rejected_for_blank_nodes_and_wrong_properties() {
    let bytes = std::fs::read(format!(
        "{}/tests/data/opennorth-umea-legacy-2015-dcat.rdf",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let (graph, syntax) = parse_recovering(&bytes, Format::RdfXml).unwrap();
    // One stray text node in the file; everything else is read.
    assert_eq!(syntax.len(), 1, "{syntax:?}");
    assert!(syntax[0].to_string().contains("line 127"), "{}", syntax[0]);
    assert!(Catalog::from_graph(&graph).is_ok());

    let report = validate(&graph);
    assert!(report.has_violations());
    let blank_agents: Vec<_> = report
        .violations()
        .filter(|f| f.rule == "se:no-blank-node" && f.class == "Agent")
        .collect();
    assert!(!blank_agents.is_empty());
    assert!(blank_agents.iter().all(|f| f.resource.starts_with("_:")));
    let wrong = |prop: &str, suggestion: &str| {
        report.findings.iter().any(|f| {
            f.rule == "se:unknown-property"
                && f.property.as_deref() == Some(prop)
                && f.message_en.contains(suggestion)
        })
    };
    assert!(wrong(
        "dcterms:distribution",
        "did you mean dcat:distribution?"
    ));
    assert!(wrong("dcterms:keywords", "did you mean dcat:keyword?"));
}

#[test]
fn a_catalogue_built_with_the_api_passes() {
    let catalog = common::catalog();
    let report = catalog.validate().unwrap();
    assert!(
        !report.has_violations(),
        "{:#?}",
        report.violations().collect::<Vec<_>>()
    );
    // Also after a trip through RDF/XML, the format dataportal.se harvests.
    let rdf = catalog.write(Format::RdfXml).unwrap();
    let again = validate(&parse(rdf.as_bytes(), Format::RdfXml).unwrap());
    assert!(!again.has_violations());
    let canonical = |g: &oxrdf::Graph| {
        let mut g = g.clone();
        g.canonicalize(oxrdf::dataset::CanonicalizationAlgorithm::Unstable);
        g
    };
    let read_back = Catalog::read(rdf.as_bytes(), Format::RdfXml).unwrap();
    assert_eq!(
        canonical(&read_back.to_graph().unwrap()),
        canonical(&catalog.to_graph().unwrap())
    );
    assert_eq!(read_back.datasets.len(), 1);
    assert_eq!(
        read_back.datasets[0].distributions[0].byte_size,
        Some(12_345)
    );
}

fn with(change: impl FnOnce(&mut Catalog)) -> Report {
    let mut c = common::catalog();
    change(&mut c);
    c.validate().unwrap()
}

#[test]
fn the_catalogue_licence_must_be_cc0() {
    let r = with(|c| c.licence = Some("http://creativecommons.org/licenses/by/4.0/".into()));
    assert!(has(&r, Severity::Violation, "se:catalog-licence-cc0"));
    let r = with(|c| c.licence = None);
    assert!(violations(&r).contains(&("Catalog".into(), "dcterms:license".into())));
}

#[test]
fn main_resources_must_not_be_blank_nodes() {
    let r = with(|c| c.datasets[0].distributions[0].id = Some(Node::Blank("d1".into())));
    let f: Vec<_> = r
        .violations()
        .filter(|f| f.rule == "se:no-blank-node")
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].resource.as_str(), f[0].class.as_str()),
        ("_:d1", "Distribution")
    );
}

#[test]
fn publisher_and_contact_point_never_share_an_iri() {
    let r = with(|c| {
        let iri = c.datasets[0].publisher.as_ref().unwrap().id.clone();
        c.datasets[0].contact_point[0].id = iri;
    });
    assert!(has(
        &r,
        Severity::Violation,
        "se:publisher-contact-distinct"
    ));
}

#[test]
fn the_format_is_one_media_type_literal() {
    let r = with(|c| c.datasets[0].distributions[0].format = None);
    assert!(violations(&r).contains(&("Distribution".into(), "dcterms:format".into())));
    let r = with(|c| c.datasets[0].distributions[0].format = Some("CSV-fil".into()));
    assert!(violations(&r).contains(&("Distribution".into(), "dcterms:format".into())));
    let r =
        with(|c| c.datasets[0].distributions[0].format = Some("application/x-kommun+csv".into()));
    assert!(!r.has_violations(), "any IANA-shaped media type is allowed");
}

#[test]
fn a_format_iri_is_refused_with_its_own_rule() {
    let mut c = common::catalog();
    c.datasets[0].distributions[0].format = None;
    let dist = c.datasets[0].distributions[0].id.clone().unwrap();
    c.extra.push(format!(
        "{dist} <http://purl.org/dc/terms/format> <http://publications.europa.eu/resource/authority/file-type/CSV> ."
    ));
    let r = c.validate().unwrap();
    assert!(
        has(&r, Severity::Violation, "se:format-literal"),
        "{:#?}",
        r.findings
    );
}

#[test]
fn hvd_category_is_required_only_with_the_hvd_legislation() {
    let r = with(|c| {
        c.datasets[0].applicable_legislation = vec![dcat_ap_se::vocab::HVD_LEGISLATION.into()]
    });
    assert!(violations(&r).contains(&("Dataset".into(), "dcatap:hvdCategory".into())));
    let r = with(|c| {
        c.datasets[0].mark_high_value(vec!["http://data.europa.eu/bna/c_e1da4e07".into()])
    });
    assert!(
        !r.has_violations(),
        "{:#?}",
        r.violations().collect::<Vec<_>>()
    );
    let r =
        with(|c| c.datasets[0].hvd_category = vec!["http://data.europa.eu/bna/c_e1da4e07".into()]);
    assert!(!r.has_violations());
    assert!(
        r.warnings()
            .any(|f| f.property.as_deref() == Some("dcatap:hvdCategory")),
        "a category without the legislation is flagged"
    );
}

#[test]
fn free_text_without_a_language_tag_is_flagged() {
    let r = with(|c| {
        c.datasets[0].title.push(Text {
            value: "Utan språk".into(),
            lang: None,
        })
    });
    assert!(has(&r, Severity::Warning, "se:language-tag"));
    assert!(!r.has_violations());
}

#[test]
fn values_are_checked_against_the_bundle() {
    let r = with(|c| c.datasets[0].access_rights = Some("http://example.org/open".into()));
    assert!(violations(&r).contains(&("Dataset".into(), "dcterms:accessRights".into())));
    let r = with(|c| {
        c.datasets[0].contact_point[0].email = vec!["https://exempelby.se/kontakt".into()]
    });
    assert!(
        violations(&r).contains(&("ContactPoint".into(), "vcard:hasEmail".into())),
        "{:#?}",
        r.findings
    );
    let r = with(|c| {
        c.datasets[0].publisher.as_mut().unwrap().kind =
            Some("http://purl.org/adms/publishertype/Kommun".into())
    });
    assert!(violations(&r).contains(&("Agent".into(), "dcterms:type".into())));
    let r = with(|c| {
        c.datasets[0].distributions[0]
            .access_url
            .push("https://exempelby.se/annan".into())
    });
    assert!(
        violations(&r).contains(&("Distribution".into(), "dcat:accessURL".into())),
        "at most one access URL"
    );
    let r = with(|c| c.datasets.clear());
    assert!(violations(&r).contains(&("Catalog".into(), "dcat:dataset".into())));
}

#[test]
fn a_byte_size_that_is_not_a_non_negative_integer_is_kept_and_refused() {
    let mut c = common::catalog();
    c.datasets[0].distributions[0].byte_size = None;
    let dist = c.datasets[0].distributions[0].id.clone().unwrap();
    c.extra.push(format!("{dist} <http://www.w3.org/ns/dcat#byteSize> \"12.5\"^^<http://www.w3.org/2001/XMLSchema#decimal> ."));
    let r = c.validate().unwrap();
    assert!(violations(&r).contains(&("Distribution".into(), "dcat:byteSize".into())));
    // Reading it back does not change it.
    let again = Catalog::from_graph(&c.to_graph().unwrap()).unwrap();
    assert!(again.extra.iter().any(|t| t.contains("\"12.5\"")));
    assert_eq!(again.datasets[0].distributions[0].byte_size, None);
}

#[test]
fn findings_name_resource_property_rule_and_both_languages() {
    let r = with(|c| c.datasets[0].title.clear());
    let f = r.violations().next().unwrap();
    assert_eq!(
        f.resource,
        "https://data.exempelby.se/dataset/befolkning-2023"
    );
    assert_eq!(f.class, "Dataset");
    assert_eq!(f.property.as_deref(), Some("dcterms:title"));
    assert_eq!(f.rule, "dcat:dcterms:title_da");
    assert!(
        f.message_sv.contains("saknar den obligatoriska egenskapen"),
        "{}",
        f.message_sv
    );
    assert!(
        f.message_en.contains("lacks the mandatory property"),
        "{}",
        f.message_en
    );
}

#[test]
fn dcat_ap_properties_left_out_of_dcat_ap_se_are_not_typos() {
    let mut catalog = common::catalog();
    let d = &mut catalog.datasets[0].distributions[0];
    d.media_type = Some("https://www.iana.org/assignments/media-types/text/csv".into());
    let report = catalog.validate().unwrap();
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.rule == "se:unknown-property"),
        "{:#?}",
        report.findings
    );
    // A real typo next to it is still caught.
    let mut graph = catalog.to_graph().unwrap();
    let dist = oxrdf::NamedNode::new(
        catalog.datasets[0].distributions[0]
            .id
            .as_ref()
            .and_then(dcat_ap_se::Node::iri)
            .unwrap(),
    )
    .unwrap();
    graph.insert(&oxrdf::Triple::new(
        dist,
        oxrdf::NamedNode::new("http://www.w3.org/ns/dcat#mediatype").unwrap(),
        oxrdf::Literal::new_simple_literal("text/csv"),
    ));
    let report = dcat_ap_se::validate(&graph);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule == "se:unknown-property")
    );
}

#[test]
fn a_temporal_resolution_must_be_an_xsd_duration() {
    let resolution = |value: &str| {
        with(|c| {
            let ds = c.datasets[0].id.clone().unwrap();
            c.extra.push(format!(
                "{ds} <http://www.w3.org/ns/dcat#temporalResolution> \"{value}\"^^<http://www.w3.org/2001/XMLSchema#duration> ."
            ));
        })
    };
    let wrong = ("Dataset".to_owned(), "dcat:temporalResolution".to_owned());
    for bad in ["banana", "P", "PT", "P1YT", "1Y", "P1Y banana"] {
        assert!(
            violations(&resolution(bad)).contains(&wrong),
            "{bad} was accepted"
        );
    }
    for good in ["P1D", "PT15M", "P1Y2M3DT4H5M6.5S", "-P10D", "PT0.5S"] {
        let r = resolution(good);
        assert!(
            !violations(&r).contains(&wrong),
            "{good}: {:#?}",
            r.findings
        );
    }
}

/// `validate_triples` (an index over the triples) reports what `validate` on a graph
/// of the same triples reports, on the vendored files (blank nodes, unknown
/// properties, wrong values), with every triple given twice as well.
#[test]
fn validating_triples_reports_what_validating_their_graph_reports() {
    for (name, format) in [
        (
            "opennorth-umea-legacy-2015-dcat.rdf",
            dcat_ap_se::Format::RdfXml,
        ),
        ("dcat-ap-se-obligatoriskt.rdf", dcat_ap_se::Format::RdfXml),
        ("dcat-ap-se-rekommenderat.ttl", dcat_ap_se::Format::Turtle),
    ] {
        let bytes =
            std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let (triples, _) = dcat_ap_se::parse_triples_recovering(&bytes, format).unwrap();
        let graph: oxrdf::Graph = triples.iter().collect();
        let report = dcat_ap_se::validate(&graph);
        assert!(!report.findings.is_empty(), "{name}");
        assert_eq!(dcat_ap_se::validate_triples(&triples), report, "{name}");
        let twice: Vec<_> = triples.iter().chain(&triples).cloned().collect();
        assert_eq!(dcat_ap_se::validate_triples(&twice), report, "{name} twice");
    }
}

#[test]
fn the_fee_classification_is_recommended_with_when_to_leave_it_out() {
    let r = with(|_| {});
    let f = r
        .findings
        .iter()
        .find(|f| f.property.as_deref() == Some("org:classification"))
        .expect("DCAT-AP-SE recommends org:classification for an agent");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message_en.ends_with("otherwise leave it out"),
        "{}",
        f.message_en
    );
    assert!(f.message_sv.contains("enligt lag"), "{}", f.message_sv);
    // Other recommendations read as before.
    assert!(
        r.warnings()
            .filter(|f| f.property.as_deref() != Some("org:classification"))
            .all(|f| !f.message_en.contains("leave it out"))
    );
}
