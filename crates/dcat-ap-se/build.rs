#![allow(clippy::expect_used, clippy::unwrap_used)] // the input is the vendored bundle, not user input
//! Generates the vocabularies and validation rules from the vendored
//! `spec/bundle.json` (DCAT-AP-SE 3.0.1, the RDForms templates DIGG publishes).
//!
//! Output: `$OUT_DIR/spec.rs`, included by `src/spec.rs`. The same input always gives
//! the same output (no maps with random order, no timestamps).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use serde_json::{Map, Value};

type Obj = Map<String, Value>;

const PREFIXES: &[(&str, &str)] = &[
    ("adms", "http://www.w3.org/ns/adms#"),
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dcatap", "http://data.europa.eu/r5r/"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("locn", "http://www.w3.org/ns/locn#"),
    ("odrs", "http://schema.theodi.org/odrs#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("schema", "http://schema.org/"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("spdx", "http://spdx.org/rdf/terms#"),
    ("vcard", "http://www.w3.org/2006/vcard/ns#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

/// The top-level classes, the template that describes each, and the rdf:types that
/// select its resources.
const CLASSES: &[(&str, &str)] = &[
    ("Catalog", "dcat:Catalog"),
    ("Dataset", "dcat:Dataset"),
    ("Distribution", "dcat:Distribution"),
    ("DataService", "dcat:DataService"),
    ("DatasetSeries", "dcat:DatasetSeries"),
    ("Agent", "dcat:foaf:Agent"),
    ("ContactPoint", "dcat:contactPoint"),
    ("RightsStatement", "dcat:odrs:RSSA"),
    ("Offer", "schema:Offer"),
    ("Document", "foaf:Document"),
    ("LicenseDocument", "dcterms:LicenseDocument"),
    ("Standard", "dcterms:Standard"),
];

/// Named vocabularies: (Rust name, template id).
const VOCABULARIES: &[(&str, &str, &str)] = &[
    ("THEMES", "dcat:theme", "EU data themes"),
    ("LANGUAGES", "dcat:dcterms:language", "EU languages"),
    (
        "FREQUENCIES",
        "dcat:dcterms:accrualPeriodicity_da",
        "EU frequencies",
    ),
    (
        "ACCESS_RIGHTS",
        "dcat:dcterms:accessRights",
        "EU access rights",
    ),
    (
        "PLANNED_AVAILABILITY",
        "dcatap:availability",
        "EU planned availability",
    ),
    (
        "DISTRIBUTION_STATUS",
        "dcat:adms:status_di",
        "EU distribution status",
    ),
    (
        "HVD_CATEGORIES",
        "dcatap:hvdCategory",
        "High-value dataset categories",
    ),
    (
        "APPLICABLE_LEGISLATION",
        "dcatap:applicableLegislation",
        "Applicable legislation",
    ),
    (
        "PUBLISHER_TYPES",
        "adms:publishertype",
        "ADMS publisher types",
    ),
    (
        "LICENCES",
        "dcat:dcterms:cc-license-choices",
        "Creative Commons licences",
    ),
    (
        "MEDIA_TYPES",
        "dcat:format-group_common_choices",
        "Common media types",
    ),
    (
        "GEO_MEDIA_TYPES",
        "geodcat:dcterms:format-INSPIRE",
        "Geographical media types",
    ),
];

fn expand(name: &str) -> String {
    if name.starts_with("http://") || name.starts_with("https://") {
        return name.to_owned();
    }
    let (prefix, local) = name
        .split_once(':')
        .unwrap_or_else(|| panic!("bundle.json: `{name}` is neither an IRI nor a prefixed name"));
    let ns = PREFIXES
        .iter()
        .find(|(p, _)| *p == prefix)
        .unwrap_or_else(|| panic!("bundle.json: unknown prefix `{prefix}:` in `{name}`"))
        .1;
    format!("{ns}{local}")
}

struct Bundle {
    templates: BTreeMap<String, Obj>,
}

impl Bundle {
    /// A template with `extends` applied (the base first, own keys override).
    fn resolve(&self, item: &Value) -> Obj {
        let own = match item {
            Value::String(id) => self
                .templates
                .get(id)
                .unwrap_or_else(|| panic!("bundle.json: unknown template `{id}`"))
                .clone(),
            Value::Object(o) => o.clone(),
            other => panic!("bundle.json: unexpected item {other}"),
        };
        match own.get("extends").and_then(Value::as_str) {
            Some(base) => {
                let mut merged = self.resolve(&Value::String(base.to_owned()));
                for (k, v) in own {
                    merged.insert(k, v);
                }
                merged
            }
            None => own,
        }
    }
}

fn text(o: &Obj, key: &str, lang: &str) -> String {
    let l = o.get(key).and_then(|v| v.get(lang)).and_then(Value::as_str);
    let fallback = o.get(key).and_then(|v| v.get("en")).and_then(Value::as_str);
    l.or(fallback).unwrap_or("").to_owned()
}

fn card(o: &Obj, key: &str) -> u64 {
    o.get("cardinality")
        .and_then(|c| c.get(key))
        .and_then(Value::as_u64)
        .unwrap_or(0)
}

fn max(o: &Obj) -> String {
    match o
        .get("cardinality")
        .and_then(|c| c.get("max"))
        .and_then(Value::as_u64)
    {
        Some(n) => format!("Some({n})"),
        None => "None".into(),
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

fn types(o: &Obj) -> Vec<String> {
    let c = o.get("constraints").and_then(Value::as_object);
    let Some(c) = c else { return Vec::new() };
    let v = c
        .get("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        .or_else(|| c.get("rdf:type"));
    strings(v).iter().map(|t| expand(t)).collect()
}

fn has_style(o: &Obj, style: &str) -> bool {
    strings(o.get("styles")).iter().any(|s| s == style)
}

struct Gen {
    out: String,
    vocab_ids: BTreeMap<String, String>,
    /// A list's Rust lines → its name, so that equal lists are emitted once.
    vocab_bodies: BTreeMap<String, String>,
    n_vocab: usize,
}

impl Gen {
    /// Emits a concept list once per template id, and once per content (several
    /// templates share the same list: the languages, the HVD categories), and returns
    /// its Rust name.
    fn vocabulary(&mut self, key: &str, o: &Obj) -> Option<String> {
        let choices = o.get("choices")?.as_array()?;
        if let Some(name) = self.vocab_ids.get(key) {
            return Some(name.clone());
        }
        let mut body = String::new();
        for c in choices {
            let c = c.as_object().expect("a choice is an object");
            let uri = c
                .get("value")
                .and_then(Value::as_str)
                .expect("a choice has a value");
            let _ = writeln!(
                body,
                "    Concept {{ uri: {:?}, sv: {:?}, en: {:?} }},",
                uri,
                text(c, "label", "sv"),
                text(c, "label", "en")
            );
        }
        if let Some(name) = self.vocab_bodies.get(&body) {
            let name = name.clone();
            self.vocab_ids.insert(key.to_owned(), name.clone());
            return Some(name);
        }
        let name = format!("VOCAB_{}", self.n_vocab);
        self.n_vocab += 1;
        let _ = writeln!(self.out, "/// Choices of `{key}`.");
        let _ = writeln!(self.out, "static {name}: [Concept; {}] = [", choices.len());
        self.out.push_str(&body);
        self.out.push_str("];\n");
        self.vocab_ids.insert(key.to_owned(), name.clone());
        self.vocab_bodies.insert(body, name.clone());
        Some(name)
    }
}

struct Class {
    name: String,
    label_sv: String,
    label_en: String,
    types: Vec<String>,
    /// (parent class, property) whose objects are of this class.
    via: Vec<(String, String)>,
    rules: Vec<String>,
    groups: Vec<String>,
}

fn rule(g: &mut Gen, o: &Obj, id: &str, group: &str) -> String {
    let property = expand(o.get("property").and_then(Value::as_str).expect("property"));
    let node = match o.get("nodetype").and_then(Value::as_str) {
        Some("URI") => "NodeKind::Uri",
        Some("RESOURCE") => "NodeKind::Resource",
        Some("LANGUAGE_LITERAL") => "NodeKind::LanguageLiteral",
        Some("ONLY_LITERAL") => "NodeKind::OnlyLiteral",
        Some("DATATYPE_LITERAL") => "NodeKind::DatatypeLiteral",
        Some("LITERAL") => "NodeKind::Literal",
        None => "NodeKind::Any",
        Some(other) => panic!("bundle.json: unknown nodetype {other} in {id}"),
    };
    let datatypes: Vec<String> = strings(o.get("datatype"))
        .iter()
        .map(|d| expand(d))
        .collect();
    let pattern = o.get("pattern").and_then(Value::as_str);
    let value_prefix = o
        .get("valueTemplate")
        .and_then(Value::as_str)
        .map(|t| t.split("$1").next().unwrap_or("").to_owned());
    let choices = g.vocabulary(id, o);
    let deps = strings(o.get("deps"));
    format!(
        "PropertyRule {{ id: {id:?}, property: {property:?}, label: Text {{ sv: {:?}, en: {:?} }}, \
         min: {}, pref: {}, max: {}, node: {node}, datatypes: &{datatypes:?}, pattern: {pattern:?}, \
         value_prefix: {value_prefix:?}, choices: {}, fixed_value: {:?}, deps: {}, group: {}, \
         types: &{:?}, deprecated: {} }}",
        text(o, "label", "sv"),
        text(o, "label", "en"),
        card(o, "min"),
        card(o, "pref"),
        max(o),
        choices.map_or("None".to_owned(), |c| format!("Some(&{c})")),
        o.get("value").and_then(Value::as_str),
        match deps.as_slice() {
            [p, v] => format!("Some(({:?}, {v:?}))", expand(p)),
            [] => "None".into(),
            other => panic!("bundle.json: unexpected deps {other:?} in {id}"),
        },
        if group.is_empty() {
            "None".into()
        } else {
            format!("Some({group:?})")
        },
        types(o),
        has_style(o, "deprecated"),
    )
}

fn flatten(
    b: &Bundle,
    g: &mut Gen,
    classes: &mut Vec<Class>,
    ci: usize,
    items: &[Value],
    group: &str,
) {
    for item in items {
        let o = b.resolve(item);
        let id = o
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| {
                format!(
                    "{}/{}",
                    classes[ci].name,
                    o.get("property").and_then(Value::as_str).unwrap_or("group")
                )
            });
        let is_group = o.get("type").and_then(Value::as_str) == Some("group");
        let children = o
            .get("items")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        match (is_group, o.get("property").is_some()) {
            (true, true) => {
                // A property whose object is described by nested fields: a nested class.
                let r = rule(g, &o, &id, group);
                classes[ci].rules.push(r);
                let prop = expand(o.get("property").and_then(Value::as_str).unwrap_or(""));
                let parent = classes[ci].name.clone();
                let name = format!(
                    "{parent}/{}",
                    o.get("property").and_then(Value::as_str).unwrap_or("")
                );
                let existing = classes.iter().position(|c| c.name == name);
                let nci = match existing {
                    Some(i) => i,
                    None => {
                        classes.push(Class {
                            name,
                            label_sv: text(&o, "label", "sv"),
                            label_en: text(&o, "label", "en"),
                            types: Vec::new(),
                            via: vec![(parent, prop)],
                            rules: Vec::new(),
                            groups: Vec::new(),
                        });
                        let nci = classes.len() - 1;
                        flatten(b, g, classes, nci, &children, "");
                        nci
                    }
                };
                let _ = nci;
            }
            (true, false) => {
                let disjoint = has_style(&o, "disjoint");
                if disjoint {
                    classes[ci].groups.push(format!(
                        "GroupRule {{ id: {id:?}, label: Text {{ sv: {:?}, en: {:?} }}, min: {}, pref: {}, max: {} }}",
                        text(&o, "label", "sv"),
                        text(&o, "label", "en"),
                        card(&o, "min"),
                        card(&o, "pref"),
                        max(&o)
                    ));
                }
                flatten(
                    b,
                    g,
                    classes,
                    ci,
                    &children,
                    if disjoint { &id } else { group },
                );
            }
            (false, true) => {
                let r = rule(g, &o, &id, group);
                classes[ci].rules.push(r);
            }
            (false, false) => {}
        }
    }
}

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let path = manifest.join("spec/bundle.json");
    println!("cargo::rerun-if-changed={}", path.display());
    println!("cargo::rerun-if-changed=build.rs");
    let text_in = std::fs::read_to_string(&path).expect("spec/bundle.json is readable");
    let json: Value = serde_json::from_str(&text_in).expect("spec/bundle.json is JSON");
    let mut templates = BTreeMap::new();
    for t in json["templates"].as_array().expect("templates is a list") {
        let o = t.as_object().expect("a template is an object").clone();
        let id = o
            .get("id")
            .and_then(Value::as_str)
            .expect("a template has an id")
            .to_owned();
        templates.insert(id, o);
    }
    let bundle = Bundle { templates };
    let mut g = Gen {
        out: String::new(),
        vocab_ids: BTreeMap::new(),
        vocab_bodies: BTreeMap::new(),
        n_vocab: 0,
    };
    g.out.push_str(
        "// @generated by build.rs from spec/bundle.json (DCAT-AP-SE 3.0.1). Do not edit.\n\n",
    );

    for (name, id, label) in VOCABULARIES {
        let o = bundle.resolve(&Value::String((*id).to_owned()));
        let v = g
            .vocabulary(id, &o)
            .unwrap_or_else(|| panic!("{id} has no choices"));
        let _ = writeln!(
            g.out,
            "/// {label} (template `{id}`), with Swedish and English labels."
        );
        let _ = writeln!(g.out, "pub static {name}: &[Concept] = &{v};\n");
    }

    let mut classes: Vec<Class> = Vec::new();
    for (name, id) in CLASSES {
        let o = bundle.resolve(&Value::String((*id).to_owned()));
        classes.push(Class {
            name: (*name).to_owned(),
            label_sv: text(&o, "label", "sv"),
            label_en: text(&o, "label", "en"),
            types: types(&o),
            via: Vec::new(),
            rules: Vec::new(),
            groups: Vec::new(),
        });
        let ci = classes.len() - 1;
        let items = o
            .get("items")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        flatten(&bundle, &mut g, &mut classes, ci, &items, "");
    }

    g.out.push_str("/// Every class of the profile with its property rules.\npub static CLASSES: &[ClassRules] = &[\n");
    for c in &classes {
        let _ = writeln!(
            g.out,
            "    ClassRules {{ name: {:?}, label: Text {{ sv: {:?}, en: {:?} }}, types: &{:?}, via: &{:?}, groups: &[{}], rules: &[\n        {}\n    ] }},",
            c.name,
            c.label_sv,
            c.label_en,
            c.types,
            c.via,
            c.groups.join(", "),
            c.rules.join(",\n        ")
        );
    }
    g.out.push_str("];\n");

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("spec.rs");
    std::fs::write(&out, g.out).expect("OUT_DIR is writable");
}
