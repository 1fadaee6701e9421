//! How the describe form covers DCAT-AP-SE 3.0.1: every property the specification
//! (`bundle.json`) marks mandatory or recommended for a catalogue, a dataset, a
//! distribution, a data service, the publisher and the contact point, and where its
//! value comes from — a field of the form, something Datalots derives (from the file,
//! the licence answers, the settings, the date), or a deliberate omission with the
//! reason. The tests check the table against the specification and against what
//! [`describe`](crate::describe::describe) writes.

use super::FieldKey;

/// Where a property's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A field of the form (and the same option or setting of the command line).
    Field(FieldKey),
    /// Written by Datalots from what it knows: how.
    Derived(&'static str),
    /// Not written, on purpose: why.
    Omitted(&'static str),
}

/// One property of the specification and its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Covered {
    /// The class as the specification's rules name it (`Dataset`,
    /// `ContactPoint/vcard:hasAddress`).
    pub class: &'static str,
    /// The property, as a prefixed name.
    pub property: &'static str,
    /// Where its value comes from.
    pub source: Source,
}

macro_rules! row {
    ($class:literal, $property:literal, field $key:ident) => {
        Covered {
            class: $class,
            property: $property,
            source: Source::Field(FieldKey::$key),
        }
    };
    ($class:literal, $property:literal, derived $how:literal) => {
        Covered {
            class: $class,
            property: $property,
            source: Source::Derived($how),
        }
    };
    ($class:literal, $property:literal, omitted $why:literal) => {
        Covered {
            class: $class,
            property: $property,
            source: Source::Omitted($why),
        }
    };
}

/// The mandatory and recommended properties and where each value comes from.
pub const COVERAGE: &[Covered] = &[
    row!("Catalog", "dcterms:title", derived "from the publisher's name: «Exempelby kommuns datakatalog», in Swedish and English"),
    row!("Catalog", "dcterms:description", derived "from the publisher's name, in Swedish and English"),
    row!("Catalog", "dcterms:publisher", derived "the publisher fields (name, organisation number, type)"),
    row!("Catalog", "dcterms:issued", derived "the day the catalogue is started"),
    row!("Catalog", "dcterms:modified", derived "the day the catalogue is started"),
    row!("Catalog", "dcterms:language", derived "Swedish, the language of the metadata"),
    row!("Catalog", "foaf:homepage", field Homepage),
    row!("Catalog", "dcterms:spatial", field Kommunkod),
    row!("Catalog", "dcterms:license", derived "CC0 1.0, which DCAT-AP-SE requires of a catalogue"),
    row!("Catalog", "dcat:themeTaxonomy", derived "the EU data themes, the only value allowed"),
    row!("Catalog", "dcat:dataset", derived "the dataset described"),
    row!("Dataset", "dcterms:title", field Title),
    row!("Dataset", "dcterms:description", field Description),
    row!("Dataset", "dcterms:publisher", field Name),
    row!("Dataset", "dcat:contactPoint", field Email),
    row!("Dataset", "dcat:keyword", field Keywords),
    row!("Dataset", "dcat:theme", field Themes),
    row!("Dataset", "dcatap:hvdCategory", field HvdCategories),
    row!("Dataset", "dcterms:issued", field Issued),
    row!("Dataset", "dcterms:conformsTo", derived "the data dictionary (CSVW) published next to the file"),
    row!("Dataset", "dcterms:spatial", field Spatial),
    row!("Dataset", "dcterms:temporal", field TemporalStart),
    row!("Dataset", "dcterms:accessRights", derived "from the answers to the licence questions (step 3)"),
    row!("Distribution", "dcterms:description", derived "from the file: encoding and delimiter"),
    row!("Distribution", "dcat:accessURL", field DownloadUrl),
    row!("Distribution", "dcterms:format", derived "from the file: text/csv"),
    row!("Distribution", "dcatap:availability", derived "«available»"),
    row!("Distribution", "dcterms:license", derived "from the answers to the licence questions (step 3)"),
    row!("DataService", "dcterms:title", derived "«API: » and the dataset's title"),
    row!("DataService", "dcat:endpointURL", field ApiEndpoint),
    row!("DataService", "dcat:endpointDescription", omitted "a machine-readable description of the API (OpenAPI) is rarely at hand for a kommun; the documentation page (foaf:page), which the HVD regulation asks for, is asked instead"),
    row!("DataService", "dcat:contactPoint", derived "the dataset's contact point"),
    row!("DataService", "dcat:keyword", derived "the dataset's keywords"),
    row!("DataService", "dcatap:hvdCategory", derived "the dataset's HVD categories"),
    row!("DataService", "dcterms:format", derived "application/json, marked as a suggestion to check"),
    row!("DataService", "dcterms:license", derived "the dataset's licence"),
    row!("DataService", "dcterms:accessRights", derived "the dataset's access rights"),
    row!("Agent", "foaf:name", field Name),
    row!("Agent", "dcterms:type", field PublisherType),
    row!("Agent", "dcterms:description", field PublisherDescription),
    row!("Agent", "dcterms:identifier", field OrganisationNumber),
    row!("Agent", "org:classification", omitted "only for an agent that by law must charge fees for some services and data (DCAT-AP-SE: otherwise leave it out); a kommun's open data is free"),
    row!("ContactPoint", "rdf:type", derived "vcard:Organization: the contact is the organisation's, not a person's"),
    row!("ContactPoint", "vcard:fn", derived "the publisher's name (the settings' contact_name on the command line)"),
    row!("ContactPoint", "vcard:hasEmail", field Email),
    row!("ContactPoint", "vcard:hasTelephone", field Phone),
    row!("ContactPoint", "vcard:hasAddress", field StreetAddress),
    row!("ContactPoint/vcard:hasTelephone", "vcard:hasValue", field Phone),
    row!("ContactPoint/vcard:hasAddress", "vcard:street-address", field StreetAddress),
    row!("ContactPoint/vcard:hasAddress", "vcard:postal-code", field PostalCode),
    row!("ContactPoint/vcard:hasAddress", "vcard:locality", field Locality),
    row!("ContactPoint/vcard:hasAddress", "vcard:country-name", derived "«Sverige»"),
];

/// The classes [`COVERAGE`] covers: the six of the issue, with the contact point's
/// telephone and address.
pub const CLASSES: [&str; 8] = [
    "Catalog",
    "Dataset",
    "Distribution",
    "DataService",
    "Agent",
    "ContactPoint",
    "ContactPoint/vcard:hasTelephone",
    "ContactPoint/vcard:hasAddress",
];

/// The table as Markdown: class, property, source.
pub fn markdown() -> String {
    let mut s =
        String::from("| class | property | where the value comes from |\n| --- | --- | --- |\n");
    for c in COVERAGE {
        let source = match c.source {
            Source::Field(k) => format!("form field `{k}`"),
            Source::Derived(how) => format!("derived: {how}"),
            Source::Omitted(why) => format!("**omitted**: {why}"),
        };
        s.push_str(&format!("| {} | `{}` | {source} |\n", c.class, c.property));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::describe::{Overrides, describe, new_catalog};
    use crate::{Answers, Publisher};
    use dcat_ap_se::ns::compact;
    use dcat_ap_se::oxrdf::{Graph, NamedOrBlankNodeRef};
    use dcat_ap_se::spec;

    /// (class, property) of every rule `bundle.json` marks mandatory or recommended,
    /// alone or through its group of alternatives.
    fn specified() -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for name in CLASSES {
            let class = spec::class(name).unwrap_or_else(|| panic!("no class {name}"));
            for rule in class.rules {
                let group = rule
                    .group
                    .and_then(|g| class.groups.iter().find(|x| x.id == g));
                let wanted =
                    rule.min > 0 || rule.pref > 0 || group.is_some_and(|g| g.min > 0 || g.pref > 0);
                let entry = (class.name, compact(rule.property));
                if wanted && !out.contains(&entry) {
                    out.push(entry);
                }
            }
        }
        out
    }

    #[test]
    fn every_mandatory_and_recommended_property_has_a_source() {
        let specified = specified();
        let mut missing = Vec::new();
        for (class, property) in &specified {
            if !COVERAGE
                .iter()
                .any(|c| c.class == *class && c.property == property)
            {
                missing.push(format!("{class} {property}"));
            }
        }
        assert!(missing.is_empty(), "not covered: {missing:#?}");
        // And no row that the specification does not ask for.
        for c in COVERAGE {
            assert!(
                specified
                    .iter()
                    .any(|(class, p)| *class == c.class && p == c.property),
                "{} {} is neither mandatory nor recommended",
                c.class,
                c.property
            );
        }
        assert!(specified.len() >= 50, "{}", specified.len());
        println!("{}", markdown());
    }

    const SETTINGS: &str = r#"
name = "Upplands Väsby kommun"
organisation_number = "212000-0000"
publisher_type = "LocalAuthority"
email = "oppnadata@exempelby.se"
homepage = "https://www.exempelby.se"
base_uri = "https://data.exempelby.se"
phone = "0123-45 67 00"
street_address = "Storgatan 1"
postal_code = "123 45"
locality = "Exempelby"
kommunkod = "0114"
description = "En kommun i Stockholms län."
"#;

    /// A high-value dataset described with every field typed, in a new catalogue.
    fn written() -> (Graph, Vec<(&'static str, String)>) {
        let publisher = Publisher::from_toml(SETTINGS, "p.toml").unwrap();
        let profile =
            csv_profile::profile_bytes(b"kommun;datum;antal\nA;2024-01-31;1\nB;2024-02-29;2\n")
                .unwrap();
        let answers = Answers::from_json(
            r#"{"confidential": false, "personal_data": false, "high_value": true,
                "own_content": true, "facts_only": true, "conditions": "none"}"#,
        )
        .unwrap();
        let overrides = Overrides {
            file_name: Some("antal.csv".into()),
            title: Some("Antal".into()),
            description: Some("Antal per kommun.".into()),
            keywords: vec!["antal".into()],
            themes: vec!["SOCI".into()],
            hvd_categories: vec!["c_e1da4e07".into()],
            publish_dictionary: true,
            spatial: vec!["http://sws.geonames.org/2664855".into()],
            issued: Some("2026-11-30".into()),
            today: Some("2026-11-30".into()),
            api_endpoint: Some("https://data.exempelby.se/api/antal".into()),
            api_documentation: Some("https://www.exempelby.se/api".into()),
            ..Overrides::default()
        };
        let draft = describe(&profile, &answers, &publisher, &overrides).unwrap();
        let mut catalog = new_catalog(&publisher).unwrap();
        draft.add_to(&mut catalog).unwrap();
        let graph = catalog.to_graph().unwrap();
        let iri =
            |n: &Option<dcat_ap_se::Node>| n.as_ref().and_then(|n| n.iri()).unwrap().to_owned();
        let d = &draft.dataset;
        let contact = iri(&d.contact_point[0].id);
        let mut resources = vec![
            ("Catalog", iri(&catalog.id)),
            ("Dataset", iri(&d.id)),
            ("Distribution", iri(&d.distributions[0].id)),
            ("DataService", iri(&draft.service.as_ref().unwrap().id)),
            ("Agent", iri(&d.publisher.as_ref().unwrap().id)),
            ("ContactPoint", contact.clone()),
        ];
        for (class, p) in [
            (
                "ContactPoint/vcard:hasTelephone",
                dcat_ap_se::ns::VCARD_HAS_TELEPHONE,
            ),
            (
                "ContactPoint/vcard:hasAddress",
                dcat_ap_se::ns::VCARD_HAS_ADDRESS,
            ),
        ] {
            let node = graph
                .object_for_subject_predicate(
                    dcat_ap_se::oxrdf::NamedNodeRef::new_unchecked(&contact),
                    dcat_ap_se::oxrdf::NamedNodeRef::new_unchecked(p),
                )
                .unwrap()
                .to_string();
            resources.push((class, node));
        }
        (graph, resources)
    }

    /// The prefixed properties each resource has.
    fn properties(graph: &Graph, resource: &str) -> Vec<String> {
        graph
            .iter()
            .filter(|t| match t.subject {
                NamedOrBlankNodeRef::NamedNode(n) => n.as_str() == resource,
                NamedOrBlankNodeRef::BlankNode(b) => b.to_string() == resource,
            })
            .map(|t| compact(t.predicate.as_str()))
            .chain(std::iter::once(String::new()))
            .collect()
    }

    #[test]
    fn describe_writes_every_field_and_derived_property_and_no_omitted_one() {
        let (graph, resources) = written();
        for c in COVERAGE {
            let (_, resource) = resources
                .iter()
                .find(|(class, _)| *class == c.class)
                .unwrap_or_else(|| panic!("no resource for {}", c.class));
            let has = properties(&graph, resource).contains(&c.property.to_owned());
            match c.source {
                Source::Field(_) | Source::Derived(_) => {
                    assert!(
                        has,
                        "{} {} is not written on {resource}",
                        c.class, c.property
                    )
                }
                Source::Omitted(_) => assert!(!has, "{} {} is written", c.class, c.property),
            }
        }
    }
}
