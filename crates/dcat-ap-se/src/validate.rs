//! Validation of a graph against DCAT-AP-SE 3.0.1.
//!
//! The property rules come from the specification's `bundle.json` ([`crate::spec`]):
//! cardinality, node kind, datatype, pattern, closed value lists, disjoint
//! alternatives and conditional (`deps`) fields. On top of them come the Swedish rules
//! the bundle cannot express, each with an id starting `se:`.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use oxrdf::{Graph, NamedNodeRef, NamedOrBlankNodeRef, TermRef, Triple, TripleRef};
use serde::Serialize;

use crate::ns::{self, compact};
use crate::pattern::Matcher;
use crate::rdf::FastMap;
use crate::spec::{self, ClassRules, NodeKind, PropertyRule};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A mandatory rule is broken: dataportal.se may reject or mis-show the resource.
    Violation,
    /// A recommendation is not followed.
    Warning,
}

/// One finding of a validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Violation or warning.
    pub severity: Severity,
    /// The resource concerned: an IRI, or `_:id` for a blank node.
    pub resource: String,
    /// The class the resource was checked as (`Dataset`, `Agent`, `Dataset/dcterms:temporal`…).
    pub class: String,
    /// The property concerned, compacted (`dcterms:title`), if any.
    pub property: Option<String>,
    /// The rule: a template id of the specification, or `se:…` for Swedish rules.
    pub rule: String,
    /// What is wrong, in Swedish.
    pub message_sv: String,
    /// What is wrong, in English.
    pub message_en: String,
}

/// The result of a validation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// All findings, sorted by resource, then severity.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Whether any finding is a violation.
    pub fn has_violations(&self) -> bool {
        self.violations().next().is_some()
    }

    /// The violations.
    pub fn violations(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Violation)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
    }

    /// The findings grouped by resource, in order.
    pub fn by_resource(&self) -> BTreeMap<&str, Vec<&Finding>> {
        let mut map: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
        for f in &self.findings {
            map.entry(f.resource.as_str()).or_default().push(f);
        }
        map
    }
}

/// An IRI as is, a blank node as `_:id`: how findings name resources.
pub(crate) fn show(node: NamedOrBlankNodeRef<'_>) -> String {
    match node {
        NamedOrBlankNodeRef::NamedNode(n) => n.as_str().to_owned(),
        NamedOrBlankNodeRef::BlankNode(b) => format!("_:{}", b.as_str()),
    }
}

fn term_text(t: TermRef<'_>) -> Cow<'_, str> {
    match t {
        TermRef::NamedNode(n) => Cow::Borrowed(n.as_str()),
        TermRef::BlankNode(b) => Cow::Owned(format!("_:{}", b.as_str())),
        TermRef::Literal(l) => Cow::Borrowed(l.value()),
        #[allow(unreachable_patterns)]
        _ => Cow::Owned(t.to_string()),
    }
}

/// The triples validation reads, by subject, without duplicates: built once from a
/// graph or from a list of triples (much cheaper than an [`oxrdf::Graph`], which keeps
/// six indexes).
pub(crate) struct Index<'g> {
    /// Each subject's (predicate, object) pairs, sorted by predicate, then object.
    by_subject: FastMap<NamedOrBlankNodeRef<'g>, Vec<(NamedNodeRef<'g>, TermRef<'g>)>>,
    /// The subjects of each `rdf:type`.
    by_type: FastMap<&'g str, Vec<NamedOrBlankNodeRef<'g>>>,
}

impl<'g> Index<'g> {
    /// Indexes triples; duplicates count once, as in a graph.
    pub(crate) fn new(triples: impl IntoIterator<Item = TripleRef<'g>>) -> Self {
        let mut by_subject: FastMap<_, Vec<(NamedNodeRef<'g>, TermRef<'g>)>> = FastMap::default();
        for t in triples {
            by_subject
                .entry(t.subject)
                .or_default()
                .push((t.predicate, t.object));
        }
        let mut by_type: FastMap<&'g str, Vec<NamedOrBlankNodeRef<'g>>> = FastMap::default();
        for (s, pairs) in &mut by_subject {
            pairs.sort_unstable_by(|a, b| {
                a.0.as_str()
                    .cmp(b.0.as_str())
                    .then_with(|| crate::rdf::cmp_terms(a.1, b.1))
            });
            pairs.dedup();
            for (p, o) in pairs.iter() {
                if p.as_str() == ns::RDF_TYPE
                    && let TermRef::NamedNode(t) = o
                {
                    by_type.entry(t.as_str()).or_default().push(*s);
                }
            }
        }
        Index {
            by_subject,
            by_type,
        }
    }

    /// Every subject.
    pub(crate) fn subjects(&self) -> impl Iterator<Item = NamedOrBlankNodeRef<'g>> + '_ {
        self.by_subject.keys().copied()
    }

    /// The (predicate, object) pairs of a subject.
    pub(crate) fn pairs(&self, s: NamedOrBlankNodeRef<'g>) -> &[(NamedNodeRef<'g>, TermRef<'g>)] {
        self.by_subject.get(&s).map_or(&[], Vec::as_slice)
    }

    /// The objects of a subject and predicate.
    pub(crate) fn objects(
        &self,
        s: NamedOrBlankNodeRef<'g>,
        p: NamedNodeRef<'static>,
    ) -> impl Iterator<Item = TermRef<'g>> + '_ {
        objects_in(self.pairs(s), p)
    }

    /// The subjects with this `rdf:type`.
    pub(crate) fn of_type(&self, t: &str) -> &[NamedOrBlankNodeRef<'g>] {
        self.by_type.get(t).map_or(&[], Vec::as_slice)
    }
}

/// The objects of a predicate among a subject's pairs (sorted by predicate).
fn objects_in<'a, 'g>(
    pairs: &'a [(NamedNodeRef<'g>, TermRef<'g>)],
    p: NamedNodeRef<'static>,
) -> impl Iterator<Item = TermRef<'g>> + 'a {
    let start = pairs.partition_point(|(q, _)| q.as_str() < p.as_str());
    pairs[start..]
        .iter()
        .take_while(move |(q, _)| *q == p)
        .map(|(_, o)| *o)
}

/// The top-level classes that must never be blank nodes.
const NO_BLANK: &[&str] = &[
    "Catalog",
    "Dataset",
    "Distribution",
    "Agent",
    "ContactPoint",
];

/// The properties of a class: (property, its IRI, its rules).
type ClassPlan = Vec<(
    &'static str,
    NamedNodeRef<'static>,
    Vec<&'static PropertyRule>,
)>;

struct Checker<'i, 'g> {
    graph: &'i Index<'g>,
    findings: Vec<Finding>,
    patterns: FastMap<&'static str, Option<Matcher>>,
    /// Whether a value matched a pattern, by (pattern, prefix stripped first, value):
    /// the same e-mail address, date or licence comes back for every dataset.
    matched: FastMap<(&'static str, &'static str, &'g str), bool>,
    /// Whether a value is in a closed list, by (the list's address, value).
    chosen: FastMap<(usize, &'g str), bool>,
    plans: FastMap<&'static str, Rc<ClassPlan>>,
    iris: FastMap<&'static str, Option<NamedNodeRef<'static>>>,
    /// `compact` of the bundle's property IRIs, worked out once.
    short: FastMap<&'static str, Rc<str>>,
    /// Buffers `check_class` reuses for each property (values, rules that apply).
    values: Vec<TermRef<'g>>,
    rules: Vec<&'static PropertyRule>,
}

/// A property of a class whose objects are resources of other classes.
struct Link {
    property: NamedNodeRef<'static>,
    /// The classes of its objects.
    targets: Vec<&'static str>,
    /// The property also takes a plain IRI (a named place for dcterms:spatial): an
    /// IRI value is that, not a nested resource.
    iri_allowed: bool,
}

/// The links of a class, one per rule whose objects are of other classes.
fn links(class: &'static ClassRules) -> Vec<Link> {
    let mut out = Vec::new();
    for rule in class.rules {
        let Ok(property) = NamedNodeRef::new(rule.property) else {
            continue;
        };
        let targets: Vec<&'static str> = spec::CLASSES
            .iter()
            .filter(|k| {
                k.via.contains(&(class.name, rule.property))
                    || (!k.types.is_empty()
                        && !rule.types.is_empty()
                        && rule.types.iter().all(|t| k.types.contains(t)))
            })
            .map(|k| k.name)
            .collect();
        if targets.is_empty() {
            continue;
        }
        let iri_allowed = class
            .rules
            .iter()
            .any(|x| x.property == rule.property && x.node == NodeKind::Uri);
        out.push(Link {
            property,
            targets,
            iri_allowed,
        });
    }
    out
}

/// Which resources are of which class: by rdf:type, and by the properties that link
/// to them (a publisher is an Agent, an object of `dcterms:temporal` on a Dataset is
/// the nested class `Dataset/dcterms:temporal`). Each (resource, class) is followed
/// once, from a work list.
fn classify<'g>(graph: &Index<'g>) -> FastMap<(NamedOrBlankNodeRef<'g>, &'static str), bool> {
    // (resource, class) -> typed (true) or only linked (false)
    let mut members: FastMap<(NamedOrBlankNodeRef<'g>, &'static str), bool> = FastMap::default();
    let mut todo = Vec::new();
    for class in spec::CLASSES {
        for t in class.types {
            if NamedNodeRef::new(t).is_ok() {
                for s in graph.of_type(t) {
                    if members.insert((*s, class.name), true).is_none() {
                        todo.push((*s, class.name));
                    }
                }
            }
        }
    }
    let mut by_class: HashMap<&'static str, Vec<Link>> = HashMap::new();
    for class in spec::CLASSES {
        by_class.entry(class.name).or_insert_with(|| links(class));
    }
    while let Some((resource, class_name)) = todo.pop() {
        let Some(links) = by_class.get(class_name) else {
            continue;
        };
        for link in links {
            for o in graph.objects(resource, link.property) {
                let node: NamedOrBlankNodeRef<'g> = match o {
                    TermRef::NamedNode(_) if link.iri_allowed => continue,
                    TermRef::NamedNode(n) => n.into(),
                    TermRef::BlankNode(b) => b.into(),
                    _ => continue,
                };
                // Only resources that are described here: an IRI with no triples
                // of its own (a licence, a theme) is a reference, not a resource.
                if graph.pairs(node).is_empty() {
                    continue;
                }
                for t in &link.targets {
                    if let std::collections::hash_map::Entry::Vacant(e) = members.entry((node, *t))
                    {
                        e.insert(false);
                        todo.push((node, *t));
                    }
                }
            }
        }
    }
    members
}

/// What to add to "lacks the recommended property" where following the
/// recommendation blindly would be wrong: (Swedish, English), each starting with `: `.
fn hint(property: &str) -> (&'static str, &'static str) {
    match property {
        // Its only value in DCAT-AP-SE says the agent must by law charge fees for some
        // data; for most publishers the right answer is to leave it out.
        "https://www.w3.org/ns/org#classification" => (
            ": ange den bara om aktören enligt lag måste ta ut avgifter för vissa tjänster och data, annars ska den utelämnas",
            ": give it only if the agent is required by law to charge fees for some services and data, otherwise leave it out",
        ),
        _ => ("", ""),
    }
}

/// DCAT-AP 3.0.1 properties that DCAT-AP-SE leaves out but that are still harvested and
/// forwarded to the EU portal (DCAT-AP-SE `docs/changes.md`): not typos, so not
/// reported as unknown.
const DCAT_AP_ONLY: [&str; 3] = [
    "http://www.w3.org/ns/dcat#mediaType",
    "http://www.w3.org/ns/dcat#compressFormat",
    "http://www.w3.org/ns/dcat#packageFormat",
];

/// Validates a graph against DCAT-AP-SE 3.0.1.
pub fn validate(graph: &Graph) -> Report {
    validate_index(&Index::new(graph.iter()))
}

/// Validates triples against DCAT-AP-SE 3.0.1: the same as [`validate`] on a graph of
/// them (a triple given twice counts once), without building the graph. With
/// [`crate::rdf::parse_triples_recovering`], what `datalots validate` does.
pub fn validate_triples(triples: &[Triple]) -> Report {
    validate_index(&Index::new(triples.iter().map(Triple::as_ref)))
}

pub(crate) fn validate_index(graph: &Index<'_>) -> Report {
    let mut c = Checker::new(graph);
    let members = classify(graph);
    // `spec::class` by name, looked up once per name (the first class of a name).
    let mut classes: FastMap<&'static str, &'static ClassRules> = FastMap::default();
    for class in spec::CLASSES.iter().rev() {
        classes.insert(class.name, class);
    }
    let mut agents = BTreeSet::new();
    let mut contacts = BTreeSet::new();
    for (&(r, class_name), typed) in &members {
        let Some(class) = classes.get(class_name).copied() else {
            continue;
        };
        c.check_class(r, class);
        if !typed && !class.types.is_empty() && !class.name.contains('/') {
            c.push(
                Severity::Warning,
                r,
                class,
                None,
                "se:missing-type",
                format!(
                    "resursen används som {} men saknar rdf:type {}",
                    class.label.sv,
                    compact(class.types[0])
                ),
                format!(
                    "the resource is used as a {} but has no rdf:type {}",
                    class.label.en,
                    compact(class.types[0])
                ),
            );
        }
        if NO_BLANK.contains(&class_name) && matches!(r, NamedOrBlankNodeRef::BlankNode(_)) {
            c.push(
                Severity::Violation,
                r,
                class,
                None,
                "se:no-blank-node",
                format!(
                    "{} får inte vara en blank nod; ge den en IRI",
                    class.label.sv
                ),
                format!(
                    "a {} must not be a blank node; give it an IRI",
                    class.label.en
                ),
            );
        }
        if let NamedOrBlankNodeRef::NamedNode(n) = r {
            match class_name {
                "Agent" => {
                    agents.insert(n.as_str().to_owned());
                }
                "ContactPoint" => {
                    contacts.insert(n.as_str().to_owned());
                }
                _ => {}
            }
        }
    }
    for shared in agents.intersection(&contacts) {
        if let (Ok(n), Some(class)) = (NamedNodeRef::new(shared), spec::class("ContactPoint")) {
            c.push(
                Severity::Violation,
                n.into(),
                class,
                None,
                "se:publisher-contact-distinct",
                "en utgivare och en kontaktpunkt får inte ha samma IRI".into(),
                "a publisher and a contact point must not share an IRI".into(),
            );
        }
    }
    let mut findings = c.findings;
    // The messages last, so that the order never depends on how the triples are stored.
    // Equal under this order means equal in every field: unstable is as good.
    findings.sort_unstable_by(|a, b| {
        (
            &a.resource,
            a.severity,
            &a.class,
            &a.property,
            &a.rule,
            &a.message_sv,
            &a.message_en,
        )
            .cmp(&(
                &b.resource,
                b.severity,
                &b.class,
                &b.property,
                &b.rule,
                &b.message_sv,
                &b.message_en,
            ))
    });
    findings.dedup();
    Report { findings }
}

impl<'i, 'g> Checker<'i, 'g> {
    fn new(graph: &'i Index<'g>) -> Self {
        Checker {
            graph,
            findings: Vec::new(),
            patterns: FastMap::default(),
            matched: FastMap::default(),
            chosen: FastMap::default(),
            plans: FastMap::default(),
            iris: FastMap::default(),
            short: FastMap::default(),
            values: Vec::new(),
            rules: Vec::new(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        severity: Severity,
        r: NamedOrBlankNodeRef<'_>,
        class: &ClassRules,
        property: Option<&'static str>,
        rule: &str,
        sv: String,
        en: String,
    ) {
        let property = property.map(|p| self.short(p).to_string());
        self.record(severity, r, class, property, rule, sv, en);
    }

    /// [`Checker::push`] with the property already compacted.
    #[allow(clippy::too_many_arguments)]
    fn record(
        &mut self,
        severity: Severity,
        r: NamedOrBlankNodeRef<'_>,
        class: &ClassRules,
        property: Option<String>,
        rule: &str,
        sv: String,
        en: String,
    ) {
        self.findings.push(Finding {
            severity,
            resource: show(r),
            class: class.name.to_owned(),
            property,
            rule: rule.to_owned(),
            message_sv: sv,
            message_en: en,
        });
    }

    /// `prefix:local` for one of the bundle's IRIs ([`compact`], worked out once).
    fn short(&mut self, iri: &'static str) -> Rc<str> {
        self.short
            .entry(iri)
            .or_insert_with(|| compact(iri).into())
            .clone()
    }

    /// Whether the resource (its pairs) has the value a rule depends on.
    fn deps_met(&mut self, pairs: &[(NamedNodeRef<'g>, TermRef<'g>)], rule: &PropertyRule) -> bool {
        let Some((p, v)) = rule.deps else { return true };
        let (Some(p), Some(v)) = (self.iri(p), self.iri(v)) else {
            return false;
        };
        objects_in(pairs, p).any(|o| o == TermRef::NamedNode(v))
    }

    fn pattern(&mut self, p: &'static str) -> Option<&Matcher> {
        self.patterns
            .entry(p)
            .or_insert_with(|| Matcher::new(p))
            .as_ref()
    }

    /// Whether a value fits a rule; the second value is true for a plain literal where
    /// a language-tagged one was expected.
    fn accepts(&mut self, rule: &PropertyRule, v: TermRef<'g>) -> Option<bool> {
        let mut untagged = false;
        let ok_kind = match (rule.node, v) {
            (NodeKind::Uri, TermRef::NamedNode(_)) => true,
            (NodeKind::Resource, TermRef::NamedNode(_) | TermRef::BlankNode(_)) => true,
            (NodeKind::LanguageLiteral, TermRef::Literal(l)) => {
                untagged = l.language().is_none();
                l.language().is_some() || l.datatype().as_str() == ns::XSD_STRING
            }
            (NodeKind::OnlyLiteral, TermRef::Literal(l)) => {
                l.language().is_none() && l.datatype().as_str() == ns::XSD_STRING
            }
            (NodeKind::DatatypeLiteral, TermRef::Literal(l)) => {
                rule.datatypes.contains(&l.datatype().as_str())
            }
            (NodeKind::Literal, TermRef::Literal(_)) => true,
            (NodeKind::Any, _) => true,
            _ => false,
        };
        if !ok_kind {
            return None;
        }
        let text = term_text(v);
        if let Some(fixed) = rule.fixed_value
            && text != fixed
        {
            return None;
        }
        if let Some(choices) = rule.choices {
            // A vocabulary (languages, themes, licences…) is a list of up to a few
            // hundred values; the same few come back for every dataset.
            let key = match v {
                TermRef::NamedNode(n) => Some((choices.as_ptr() as usize, n.as_str())),
                TermRef::Literal(l) => Some((choices.as_ptr() as usize, l.value())),
                _ => None,
            };
            let known = key.and_then(|k| self.chosen.get(&k).copied());
            let listed = known.unwrap_or_else(|| choices.iter().any(|c| c.uri == text));
            if let (None, Some(k)) = (known, key) {
                self.chosen.insert(k, listed);
            }
            if !listed {
                return None;
            }
        }
        if let Some(p) = rule.pattern {
            let subject = match rule.value_prefix {
                Some(prefix) if !prefix.is_empty() => text.strip_prefix(prefix)?,
                _ => &text,
            };
            // A pattern that does not compile is a value not accepted, never a pass
            // (every pattern of the bundle compiles: `every_bundle_pattern_compiles`).
            let prefix = rule.value_prefix.unwrap_or("");
            let key = match v {
                TermRef::NamedNode(n) => Some((p, prefix, n.as_str())),
                TermRef::Literal(l) => Some((p, prefix, l.value())),
                _ => None,
            };
            let known = key.and_then(|k| self.matched.get(&k).copied());
            let matched = match known {
                Some(m) => m,
                None => {
                    let m = self.pattern(p).is_some_and(|re| re.is_match(subject));
                    if let Some(k) = key {
                        self.matched.insert(k, m);
                    }
                    m
                }
            };
            if !matched {
                return None;
            }
        } else if let Some(prefix) = rule.value_prefix
            && !prefix.is_empty()
            && !text.starts_with(prefix)
        {
            return None;
        }
        Some(untagged)
    }

    fn expectation(rule: &PropertyRule, group_label: Option<spec::Text>) -> (String, String) {
        let what = |sv: &str, en: &str| (sv.to_owned(), en.to_owned());
        if let Some(v) = rule.fixed_value {
            return (format!("värdet {v}"), format!("the value {v}"));
        }
        let (sv, en) = match rule.node {
            NodeKind::Uri => what("en IRI", "an IRI"),
            NodeKind::Resource => what("en IRI eller blank nod", "an IRI or a blank node"),
            NodeKind::LanguageLiteral => {
                what("en text med språktagg", "a text with a language tag")
            }
            NodeKind::OnlyLiteral => what(
                "en enkel text utan språk eller datatyp",
                "a plain text without language or datatype",
            ),
            NodeKind::DatatypeLiteral => {
                let dts: Vec<String> = rule.datatypes.iter().map(|d| compact(d)).collect();
                (
                    format!("ett värde av typen {}", dts.join(" eller ")),
                    format!("a value of type {}", dts.join(" or ")),
                )
            }
            NodeKind::Literal => what("en text", "a text"),
            NodeKind::Any => what("ett värde", "a value"),
        };
        let extra = match (rule.choices, rule.pattern, group_label) {
            (_, _, Some(g)) => (format!(" ({})", g.sv), format!(" ({})", g.en)),
            (Some(_), _, _) => (
                " ur den kontrollerade listan".to_owned(),
                " from the controlled list".to_owned(),
            ),
            (None, Some(p), _) => (format!(" som matchar {p}"), format!(" matching {p}")),
            _ => (String::new(), String::new()),
        };
        (sv + &extra.0, en + &extra.1)
    }

    /// The properties of a class in the bundle's order, each with its IRI and its
    /// rules (worked out once per class; a property whose IRI does not parse is left
    /// out).
    fn plan(&mut self, class: &'static ClassRules) -> Rc<ClassPlan> {
        self.plans
            .entry(class.name)
            .or_insert_with(|| {
                let mut plan: ClassPlan = Vec::new();
                for rule in class.rules {
                    if plan.iter().any(|(p, _, _)| *p == rule.property) {
                        continue;
                    }
                    let Ok(iri) = NamedNodeRef::new(rule.property) else {
                        continue;
                    };
                    let all = class
                        .rules
                        .iter()
                        .filter(|x| x.property == rule.property)
                        .collect();
                    plan.push((rule.property, iri, all));
                }
                Rc::new(plan)
            })
            .clone()
    }

    /// One of the bundle's IRIs as a named node, `None` when it does not parse
    /// (parsed once).
    fn iri(&mut self, iri: &'static str) -> Option<NamedNodeRef<'static>> {
        *self
            .iris
            .entry(iri)
            .or_insert_with(|| NamedNodeRef::new(iri).ok())
    }

    fn check_class(&mut self, r: NamedOrBlankNodeRef<'g>, class: &'static ClassRules) {
        // Rules by property, in the bundle's order.
        let plan = self.plan(class);
        let graph = self.graph;
        let pairs = graph.pairs(r);
        // Reused for every property (two allocations per property and resource were a
        // tenth of `datalots validate`).
        let mut values = std::mem::take(&mut self.values);
        let mut rules = std::mem::take(&mut self.rules);
        for (property, p, all) in plan.iter() {
            let (property, p) = (*property, *p);
            values.clear();
            values.extend(objects_in(pairs, p));
            if property == ns::RDF_TYPE {
                // Only the types the rule lists count; other rdf:types are free.
                values.retain(|v| {
                    all.iter().any(|x| {
                        x.choices
                            .is_none_or(|c| c.iter().any(|k| k.uri == term_text(*v)))
                    })
                });
            }
            rules.clear();
            for x in all {
                if self.deps_met(pairs, x) {
                    rules.push(x);
                }
            }
            if rules.is_empty() {
                if !values.is_empty()
                    && let Some(x) = all.first()
                    && let Some((dp, dv)) = x.deps
                {
                    self.push(
                        Severity::Warning,
                        r,
                        class,
                        Some(property),
                        x.id,
                        format!(
                            "{} ska bara anges när {} är {}",
                            x.label.sv,
                            compact(dp),
                            dv
                        ),
                        format!(
                            "{} should only be given when {} is {}",
                            x.label.en,
                            compact(dp),
                            dv
                        ),
                    );
                }
                continue;
            }
            let group = rules
                .iter()
                .find_map(|x| x.group)
                .and_then(|g| class.groups.iter().find(|k| k.id == g));
            let first = rules[0];
            let (rule_id, label, min, pref, max) = match group {
                Some(g) => (g.id, g.label, g.min, g.pref, g.max),
                None => (
                    first.id,
                    first.label,
                    rules.iter().map(|x| x.min).max().unwrap_or(0),
                    rules.iter().map(|x| x.pref).max().unwrap_or(0),
                    if rules.len() == 1 { first.max } else { None },
                ),
            };
            let group_label = group.map(|g| g.label);
            let untagged = self.check_values(
                r,
                class,
                property,
                &values,
                &rules,
                (rule_id, label, group_label),
            );
            let limits = (rule_id, label, min, pref, max);
            self.check_count(r, class, property, values.len() as u64, untagged, limits);
        }
        self.values = values;
        self.rules = rules;
        self.unknown_properties(r, class);
    }

    /// Checks each value of a property against the rules that apply; returns how many
    /// plain literals stood where a language-tagged one was expected.
    #[inline(always)]
    fn check_values(
        &mut self,
        r: NamedOrBlankNodeRef<'g>,
        class: &'static ClassRules,
        property: &'static str,
        values: &[TermRef<'g>],
        rules: &[&'static PropertyRule],
        (rule_id, label, group_label): (&'static str, spec::Text, Option<spec::Text>),
    ) -> usize {
        let Some(&first) = rules.first() else {
            return 0;
        };
        let mut untagged = 0;
        for v in values {
            let mut accepted = None;
            let mut deprecated_only = true;
            for x in rules {
                if let Some(u) = self.accepts(x, *v) {
                    accepted = Some(u);
                    if !x.deprecated {
                        deprecated_only = false;
                        break;
                    }
                }
            }
            match accepted {
                Some(u) => {
                    untagged += usize::from(u);
                    if deprecated_only {
                        self.push(
                            Severity::Warning,
                            r,
                            class,
                            Some(property),
                            first.id,
                            format!(
                                "{} använder ett föråldrat värde: {}",
                                label.sv,
                                term_text(*v)
                            ),
                            format!("{} uses a deprecated value: {}", label.en, term_text(*v)),
                        );
                    }
                }
                None => {
                    let (rule_name, exp) = if property == ns::DCTERMS_FORMAT
                        && matches!(v, TermRef::NamedNode(_))
                    {
                        (
                            "se:format-literal",
                            (
                                "en literal med en IANA-mediatyp, t.ex. \"text/csv\"".to_owned(),
                                "a literal IANA media type such as \"text/csv\"".to_owned(),
                            ),
                        )
                    } else if property == ns::DCTERMS_LICENSE && class.name == "Catalog" {
                        (
                            "se:catalog-licence-cc0",
                            (format!("CC0 ({})", ns::CC0), format!("CC0 ({})", ns::CC0)),
                        )
                    } else {
                        (rule_id, Self::expectation(first, group_label))
                    };
                    self.push(
                        Severity::Violation,
                        r,
                        class,
                        Some(property),
                        rule_name,
                        format!(
                            "{} har värdet «{}», men ska vara {}",
                            label.sv,
                            term_text(*v),
                            exp.0
                        ),
                        format!(
                            "{} has the value «{}», but must be {}",
                            label.en,
                            term_text(*v),
                            exp.1
                        ),
                    );
                }
            }
        }
        untagged
    }

    /// Checks the number of values of a property: mandatory, recommended, maximum;
    /// and warns about plain literals where a language tag was expected.
    #[inline(always)]
    fn check_count(
        &mut self,
        r: NamedOrBlankNodeRef<'g>,
        class: &'static ClassRules,
        property: &'static str,
        count: u64,
        untagged: usize,
        (rule_id, label, min, pref, max): (&'static str, spec::Text, u64, u64, Option<u64>),
    ) {
        if untagged > 0 {
            self.push(
                Severity::Warning,
                r,
                class,
                Some(property),
                "se:language-tag",
                format!(
                    "{} saknar språktagg (t.ex. @sv); alla fritexter ska ha en",
                    label.sv
                ),
                format!(
                    "{} has no language tag (e.g. @sv); every free text must have one",
                    label.en
                ),
            );
        }
        if count < min {
            let (sv, en) = if count == 0 {
                let short = self.short(property);
                (
                    format!(
                        "{} saknar den obligatoriska egenskapen {} ({short})",
                        class.label.sv, label.sv,
                    ),
                    format!(
                        "{} lacks the mandatory property {} ({short})",
                        class.label.en, label.en,
                    ),
                )
            } else {
                (
                    format!(
                        "{} behöver minst {min} värden för {}",
                        class.label.sv, label.sv
                    ),
                    format!(
                        "{} needs at least {min} values for {}",
                        class.label.en, label.en
                    ),
                )
            };
            self.push(
                Severity::Violation,
                r,
                class,
                Some(property),
                rule_id,
                sv,
                en,
            );
        } else if count == 0 && pref > 0 {
            let short = self.short(property);
            self.push(
                Severity::Warning,
                r,
                class,
                Some(property),
                rule_id,
                format!(
                    "{} saknar den rekommenderade egenskapen {} ({short}){}",
                    class.label.sv,
                    label.sv,
                    hint(property).0,
                ),
                format!(
                    "{} lacks the recommended property {} ({short}){}",
                    class.label.en,
                    label.en,
                    hint(property).1,
                ),
            );
        }
        if let Some(max) = max
            && count > max
        {
            self.push(
                Severity::Violation,
                r,
                class,
                Some(property),
                rule_id,
                format!(
                    "{} får ha högst {max} värde(n) för {}, men har {count}",
                    class.label.sv, label.sv
                ),
                format!(
                    "{} may have at most {max} value(s) for {}, but has {count}",
                    class.label.en, label.en
                ),
            );
        }
    }

    /// Properties in the DCAT and Dublin Core namespaces that the class does not use:
    /// most often a typo or the wrong namespace (`dcterms:distribution`).
    fn unknown_properties(&mut self, r: NamedOrBlankNodeRef<'g>, class: &'static ClassRules) {
        let watched = ["http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/"];
        // Sorted already: the index keeps each subject's pairs by predicate.
        let mut used: Vec<&str> = self
            .graph
            .pairs(r)
            .iter()
            .map(|(p, _)| p.as_str())
            .collect();
        used.dedup();
        for p in used {
            if class.rules.iter().any(|x| x.property == p)
                || !watched.iter().any(|w| p.starts_with(w))
                || DCAT_AP_ONLY.contains(&p)
            {
                continue;
            }
            let local = p.rsplit(['#', '/']).next().unwrap_or("");
            let near = class.rules.iter().find(|x| {
                let l = x.property.rsplit(['#', '/']).next().unwrap_or("");
                l == local || l.trim_end_matches('s') == local.trim_end_matches('s')
            });
            let (sv, en) = match near {
                Some(x) => (
                    format!(
                        "egenskapen {} finns inte i DCAT-AP-SE för {}; menar du {}?",
                        compact(p),
                        class.label.sv,
                        compact(x.property)
                    ),
                    format!(
                        "the property {} is not part of DCAT-AP-SE for a {}; did you mean {}?",
                        compact(p),
                        class.label.en,
                        compact(x.property)
                    ),
                ),
                None => (
                    format!(
                        "egenskapen {} finns inte i DCAT-AP-SE för {}",
                        compact(p),
                        class.label.sv
                    ),
                    format!(
                        "the property {} is not part of DCAT-AP-SE for a {}",
                        compact(p),
                        class.label.en
                    ),
                ),
            };
            self.record(
                Severity::Warning,
                r,
                class,
                Some(compact(p)),
                "se:unknown-property",
                sv,
                en,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

    use super::*;

    #[test]
    fn a_pattern_that_does_not_compile_rejects_the_value() {
        static RULE: PropertyRule = PropertyRule {
            id: "test",
            property: "http://example.org/p",
            label: spec::Text { sv: "p", en: "p" },
            min: 0,
            pref: 0,
            max: None,
            node: NodeKind::Literal,
            datatypes: &[],
            pattern: Some("a(?=b)"),
            value_prefix: None,
            choices: None,
            fixed_value: None,
            deps: None,
            group: None,
            types: &[],
            deprecated: false,
        };
        assert!(crate::pattern::Matcher::new("a(?=b)").is_none());
        let graph = Index::new([]);
        let mut c = Checker::new(&graph);
        let v = oxrdf::Literal::new_simple_literal("ab");
        assert_eq!(c.accepts(&RULE, TermRef::Literal(v.as_ref())), None);
    }
}
