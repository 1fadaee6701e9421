//! The generated vocabularies and rules against the vendored `spec/bundle.json`,
//! read here independently with serde_json.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use dcat_ap_se::spec::{self, Concept, NodeKind};
use dcat_ap_se::vocab;
use serde_json::Value;

fn bundle() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/spec/bundle.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn template<'a>(b: &'a Value, id: &str) -> &'a Value {
    b["templates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .unwrap()
}

/// Every choice of the template is in the vocabulary, in order, with its labels.
fn same(b: &Value, id: &str, vocabulary: &[Concept], count: usize) {
    let choices = template(b, id)["choices"].as_array().unwrap();
    assert_eq!(choices.len(), count, "{id}");
    assert_eq!(vocabulary.len(), count, "{id}");
    for (c, v) in choices.iter().zip(vocabulary) {
        assert_eq!(c["value"].as_str().unwrap(), v.uri, "{id}");
        let en = c["label"]["en"].as_str().unwrap();
        assert_eq!(en, v.en, "{id}");
        assert_eq!(c["label"]["sv"].as_str().unwrap_or(en), v.sv, "{id}");
    }
}

#[test]
fn vocabularies_are_the_bundles_lists() {
    let b = bundle();
    same(&b, "dcat:theme", vocab::THEMES, 13);
    same(&b, "dcat:dcterms:language", vocab::LANGUAGES, 95);
    same(
        &b,
        "dcat:dcterms:accrualPeriodicity_da",
        vocab::FREQUENCIES,
        22,
    );
    same(&b, "dcat:dcterms:accessRights", vocab::ACCESS_RIGHTS, 3);
    same(&b, "dcatap:availability", vocab::PLANNED_AVAILABILITY, 4);
    same(&b, "dcat:adms:status_di", vocab::DISTRIBUTION_STATUS, 4);
    same(&b, "dcatap:hvdCategory", vocab::HVD_CATEGORIES, 96);
    same(&b, "adms:publishertype", vocab::PUBLISHER_TYPES, 11);
    same(&b, "dcat:dcterms:cc-license-choices", vocab::LICENCES, 7);
    same(
        &b,
        "dcat:format-group_common_choices",
        vocab::MEDIA_TYPES,
        17,
    );
    same(
        &b,
        "geodcat:dcterms:format-INSPIRE",
        vocab::GEO_MEDIA_TYPES,
        23,
    );
}

#[test]
fn labels_are_swedish_and_english() {
    let local = vocab::label(vocab::LOCAL_AUTHORITY).unwrap();
    assert_eq!(
        (local.sv, local.en),
        ("Lokal myndighet/kommun", "Local Authority")
    );
    let regi =
        vocab::label("http://publications.europa.eu/resource/authority/data-theme/REGI").unwrap();
    assert_eq!(regi.sv, "Regioner och städer");
    assert!(vocab::label(vocab::CC0).is_some());
    assert!(vocab::label(vocab::AVAILABLE).is_some());
    assert!(vocab::label(vocab::SWEDISH).is_some());
    assert!(vocab::label(vocab::PUBLIC).is_some());
}

#[test]
fn rules_carry_the_bundles_cardinalities() {
    let dataset = spec::class("Dataset").unwrap();
    let title = dataset
        .rules
        .iter()
        .find(|r| r.property == "http://purl.org/dc/terms/title")
        .unwrap();
    assert!(title.is_mandatory());
    assert_eq!(title.node, NodeKind::LanguageLiteral);
    let publisher = dataset
        .rules
        .iter()
        .find(|r| r.property == "http://purl.org/dc/terms/publisher")
        .unwrap();
    assert_eq!((publisher.min, publisher.max), (1, Some(1)));
    let access = dataset
        .rules
        .iter()
        .find(|r| r.property == "http://purl.org/dc/terms/accessRights")
        .unwrap();
    assert!(access.is_recommended());
    let hvd = dataset
        .rules
        .iter()
        .find(|r| r.property == "http://data.europa.eu/r5r/hvdCategory")
        .unwrap();
    assert_eq!(
        hvd.deps,
        Some((
            "http://data.europa.eu/r5r/applicableLegislation",
            vocab::HVD_LEGISLATION
        ))
    );

    let catalog = spec::class("Catalog").unwrap();
    let licence = catalog
        .rules
        .iter()
        .find(|r| r.property == "http://purl.org/dc/terms/license")
        .unwrap();
    assert_eq!(licence.fixed_value, Some(vocab::CC0));

    let distribution = spec::class("Distribution").unwrap();
    let format_group = distribution
        .groups
        .iter()
        .find(|g| g.id == "dcat:format-group_di")
        .unwrap();
    assert_eq!((format_group.min, format_group.max), (1, Some(1)));
    let formats: Vec<_> = distribution
        .rules
        .iter()
        .filter(|r| r.property == "http://purl.org/dc/terms/format")
        .collect();
    assert_eq!(
        formats.len(),
        3,
        "three alternatives: common, geo, any IANA-shaped"
    );
    assert!(
        formats
            .iter()
            .all(|r| r.group == Some("dcat:format-group_di"))
    );

    let agent = spec::class("Agent").unwrap();
    let kind = agent
        .rules
        .iter()
        .find(|r| r.property == "http://purl.org/dc/terms/type")
        .unwrap();
    assert!(
        kind.is_mandatory(),
        "publisher type is mandatory since 3.0.1"
    );
}

#[test]
fn every_property_of_the_bundle_has_a_rule() {
    // Every `property` in the bundle's templates appears in some generated rule.
    let b = bundle();
    let mut props = Vec::new();
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                if let Some(p) = o.get("property").and_then(Value::as_str) {
                    out.push(p.to_owned());
                }
                o.values().for_each(|x| walk(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    walk(&b["templates"], &mut props);
    let generated: Vec<String> = spec::CLASSES
        .iter()
        .flat_map(|c| c.rules.iter().map(|r| dcat_ap_se::ns::compact(r.property)))
        .collect();
    let generated_full: Vec<&str> = spec::CLASSES
        .iter()
        .flat_map(|c| c.rules.iter().map(|r| r.property))
        .collect();
    for p in props {
        let ok = generated.contains(&p) || generated_full.contains(&p.as_str());
        assert!(ok, "no rule for {p}");
    }
}
