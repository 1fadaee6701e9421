//! From DCAT-AP-SE 2.x to 3.0.1: the mechanical changes, on the graph, and a list in
//! Swedish and English of what needs a person.
//!
//! What is mechanical:
//! - `dcterms:format` as a literal IANA media type: from an IANA media-type IRI or an EU
//!   file-type IRI given as the format, from a file-type name written as the format
//!   (`CSV`), from `dcat:mediaType`, from the file extension of the download or access
//!   URL; a data service without one takes the one format of the distributions that
//!   point at it with `dcat:accessService`. The media types and their extensions come
//!   from the specification's list ([`crate::vocab::MEDIA_TYPES`], labels such as
//!   `CSV (.csv)`).
//! - `dcatap:availability` from the old list (`http://data.europa.eu/r5r/availability/…`)
//!   to the EU planned-availability list; `adms:status` from the ADMS status list to the
//!   EU distribution-status list; `dcterms:accrualPeriodicity` from the Dublin Core
//!   frequency list (`http://purl.org/cld/freq/…`) to the EU frequency list.
//! - `schema:startDate`/`schema:endDate` of a period to `dcat:startDate`/`dcat:endDate`.
//! - the `dcterms:type` of a publisher, when the settings give it ([`Options`]).
//!
//! Everything else that keeps the catalogue from validating is listed, with the
//! validator's own words, in [`Upgrade::needs_person`].

use oxrdf::{Graph, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Term, TermRef, Triple};
use serde::{Deserialize, Serialize};

use crate::edit::as_subject;
use crate::ns::*;
use crate::spec::Concept;
use crate::vocab::{
    DISTRIBUTION_STATUS, FREQUENCIES, GEO_MEDIA_TYPES, MEDIA_TYPES, PLANNED_AVAILABILITY,
    PUBLISHER_TYPES,
};

const SCHEMA_START_DATE: &str = "http://schema.org/startDate";
const SCHEMA_END_DATE: &str = "http://schema.org/endDate";
const OLD_AVAILABILITY: &str = "http://data.europa.eu/r5r/availability/";
const OLD_STATUS: &str = "http://purl.org/adms/status/";
const OLD_FREQUENCY: &str = "http://purl.org/cld/freq/";
const EU_FILE_TYPE: &str = "http://publications.europa.eu/resource/authority/file-type/";
const IANA: [&str; 2] = [
    "http://www.iana.org/assignments/media-types/",
    "https://www.iana.org/assignments/media-types/",
];

fn nn(iri: &str) -> NamedNodeRef<'_> {
    NamedNodeRef::new_unchecked(iri)
}

/// What the person upgrading knows that the catalogue does not say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Options {
    /// The ADMS publisher type IRI of the catalogue's owner (from the publisher
    /// settings): given to the catalogue's publisher, and to `owner`, when they lack one.
    pub publisher_type: Option<String>,
    /// The owner's agent IRI from the settings (`http://dataportal.se/organisation/SE…`).
    pub owner: Option<String>,
    /// Publisher types for other agents: (agent IRI, ADMS type IRI or code).
    pub publisher_types: Vec<(String, String)>,
    /// Media types for distributions or data services whose format cannot be worked
    /// out: (resource IRI, media type such as `application/json`).
    pub formats: Vec<(String, String)>,
}

/// One change the upgrade made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// The resource changed (`<iri>` or `_:b0`).
    pub resource: String,
    /// The property, compacted (`dcterms:format`).
    pub property: String,
    /// The old value in N-Triples form, if there was one.
    pub from: Option<String>,
    /// The new value in N-Triples form, if there is one.
    pub to: Option<String>,
    /// Why, in Swedish.
    pub sv: String,
    /// Why, in English.
    pub en: String,
}

/// Something the upgrade could not do: a person has to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToDo {
    /// The resource concerned.
    pub resource: String,
    /// The property concerned, if any.
    pub property: Option<String>,
    /// What to do, in Swedish.
    pub sv: String,
    /// What to do, in English.
    pub en: String,
}

/// What [`upgrade`] did and what is left.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upgrade {
    /// The changes made, in order.
    pub changes: Vec<Change>,
    /// The violations left after the changes, with how to mend them.
    pub needs_person: Vec<ToDo>,
}

struct Editor<'a> {
    g: &'a mut Graph,
    changes: Vec<Change>,
}

impl Editor<'_> {
    fn replace(
        &mut self,
        s: &NamedOrBlankNode,
        p: &str,
        old: Option<Term>,
        new: Option<Term>,
        sv: String,
        en: String,
    ) {
        let pn = nn(p).into_owned();
        if let Some(o) = &old {
            self.g
                .remove(&Triple::new(s.clone(), pn.clone(), o.clone()));
        }
        if let Some(n) = &new {
            self.g.insert(&Triple::new(s.clone(), pn, n.clone()));
        }
        self.changes.push(Change {
            resource: s.to_string(),
            property: compact(p),
            from: old.map(|t| t.to_string()),
            to: new.map(|t| t.to_string()),
            sv,
            en,
        });
    }
}

/// A property IRI in prefixed form when a prefix is known.
pub fn compact(iri: &str) -> String {
    PREFIXES
        .iter()
        .find_map(|(p, ns)| iri.strip_prefix(ns).map(|rest| format!("{p}:{rest}")))
        .unwrap_or_else(|| iri.to_owned())
}

fn subjects_of_type(g: &Graph, class: &str) -> Vec<NamedOrBlankNode> {
    let mut v: Vec<NamedOrBlankNode> = g
        .subjects_for_predicate_object(nn(RDF_TYPE), nn(class))
        .map(|s| s.into_owned())
        .collect();
    v.sort_by_cached_key(ToString::to_string);
    v
}

fn objects(g: &Graph, s: &NamedOrBlankNode, p: &str) -> Vec<Term> {
    let mut v: Vec<Term> = g
        .objects_for_subject_predicate(s, nn(p))
        .map(|o| o.into_owned())
        .collect();
    v.sort_by_cached_key(ToString::to_string);
    v
}

/// The file extension a media type has in the specification's labels (`CSV (.csv)`).
fn extension_of(c: &Concept) -> Option<String> {
    let label = c.en;
    if label.contains("zip") && c.uri.ends_with("+zip") {
        return None;
    }
    let start = label.find("(.")? + 2;
    let end = label[start..].find(')')? + start;
    Some(label[start..end].to_ascii_lowercase())
}

/// A media type of the specification's lists for a file extension or a file-type name
/// (`csv`, `CSV`, `xlsx`, `GeoJSON`).
pub fn media_type_for(name: &str) -> Option<&'static str> {
    let name = name.trim().trim_start_matches('.').to_ascii_lowercase();
    if name.is_empty() {
        return None;
    }
    let all = MEDIA_TYPES.iter().chain(GEO_MEDIA_TYPES.iter());
    for c in all.clone() {
        if extension_of(c).as_deref() == Some(name.as_str()) {
            return Some(c.uri);
        }
    }
    // File-type names as labels (`GeoJSON`) or EU file-type codes (`RDF_XML`).
    let spaced = name.replace('_', "/");
    all.clone()
        .find(|c| c.en.eq_ignore_ascii_case(&name) || c.uri.eq_ignore_ascii_case(&spaced))
        .map(|c| c.uri)
        .or(match name.as_str() {
            "json_ld" | "jsonld" => Some("application/ld+json"),
            "geojson" => all
                .clone()
                .find(|c| c.uri == "application/geo+json")
                .map(|c| c.uri),
            _ => None,
        })
}

/// The media type a format term stands for, if it can be read from it.
fn media_type_of_term(t: TermRef<'_>) -> Option<String> {
    match t {
        TermRef::NamedNode(n) => {
            let iri = n.as_str();
            if let Some(rest) = IANA.iter().find_map(|p| iri.strip_prefix(p)) {
                return crate::pattern::is_media_type(rest).then(|| rest.to_owned());
            }
            iri.strip_prefix(EU_FILE_TYPE)
                .and_then(media_type_for)
                .map(str::to_owned)
        }
        TermRef::Literal(l) => {
            let v = l.value().trim();
            if crate::pattern::is_media_type(v) {
                Some(v.to_owned())
            } else {
                media_type_for(v).map(str::to_owned)
            }
        }
        _ => None,
    }
}

/// The extension of the last path segment of a URL (`…/befolkning.csv?x=1` → `csv`).
fn url_extension(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let last = path.rsplit('/').next().unwrap_or(path);
    let (_, ext) = last.rsplit_once('.')?;
    (!ext.is_empty() && ext.len() <= 8).then(|| ext.to_ascii_lowercase())
}

fn literal(s: &str) -> Term {
    Literal::new_simple_literal(s).into()
}

fn concept_by_code<'a>(list: &'a [Concept], code: &str) -> Option<&'a Concept> {
    list.iter().find(|c| {
        c.uri
            .rsplit('/')
            .next()
            .is_some_and(|last| last.eq_ignore_ascii_case(code))
    })
}

/// A new list value for an old one, by code (`experimental` → `EXPERIMENTAL`) or by
/// the English label (`threeTimesAYear` → "three times a year").
fn renamed(list: &'static [Concept], code: &str) -> Option<&'static str> {
    let special = match code {
        "UnderDevelopment" => Some("DEVELOP"),
        "continuous" => Some("CONT"),
        _ => None,
    };
    if let Some(c) = concept_by_code(list, special.unwrap_or(code)) {
        return Some(c.uri);
    }
    let mut spaced = String::new();
    for ch in code.chars() {
        if ch.is_uppercase() {
            spaced.push(' ');
        }
        spaced.extend(ch.to_lowercase());
    }
    list.iter()
        .find(|c| c.en.eq_ignore_ascii_case(spaced.trim()))
        .map(|c| c.uri)
}

/// Applies the mechanical changes to a 2.x catalogue and lists what needs a person.
pub fn upgrade(graph: &mut Graph, options: &Options) -> Upgrade {
    let mut e = Editor {
        g: graph,
        changes: Vec::new(),
    };
    formats(&mut e, options);
    renamed_values(&mut e);
    periods(&mut e);
    publisher_types(&mut e, options);
    let changes = e.changes;
    let report = crate::validate(graph);
    let needs_person = report.violations().map(|f| to_do(f, options)).collect();
    Upgrade {
        changes,
        needs_person,
    }
}

fn given_format<'o>(options: &'o Options, s: &NamedOrBlankNode) -> Option<&'o str> {
    let NamedOrBlankNode::NamedNode(n) = s else {
        return None;
    };
    options
        .formats
        .iter()
        .find(|(r, _)| r == n.as_str())
        .map(|(_, m)| m.as_str())
}

fn formats(e: &mut Editor<'_>, options: &Options) {
    for class in [DCAT_DISTRIBUTION, DCAT_DATA_SERVICE] {
        for s in subjects_of_type(e.g, class) {
            let current = objects(e.g, &s, DCTERMS_FORMAT);
            // Formats that are not a media-type literal: rewritten when possible.
            for old in &current {
                if matches!(old, Term::Literal(l) if crate::pattern::is_media_type(l.value()) && l.language().is_none() && l.datatype().as_str() == XSD_STRING)
                {
                    continue;
                }
                if let Some(m) = media_type_of_term(old.as_ref()) {
                    e.replace(
                        &s,
                        DCTERMS_FORMAT,
                        Some(old.clone()),
                        Some(literal(&m)),
                        format!("formatet skrivet som IANA-medietyp «{m}»"),
                        format!("the format written as the IANA media type «{m}»"),
                    );
                }
            }
            if !objects(e.g, &s, DCTERMS_FORMAT).is_empty() {
                continue;
            }
            let found = format_for(e.g, &s, class, options);
            if let Some((m, sv, en)) = found {
                e.replace(&s, DCTERMS_FORMAT, None, Some(literal(&m)), sv, en);
            }
        }
    }
}

/// Where a missing format can be read from, with the reason in Swedish and English.
fn format_for(
    g: &Graph,
    s: &NamedOrBlankNode,
    class: &str,
    options: &Options,
) -> Option<(String, String, String)> {
    if let Some(m) = given_format(options, s) {
        return Some((
            m.to_owned(),
            format!("formatet «{m}» angivet vid uppgraderingen"),
            format!("the format «{m}» given for the upgrade"),
        ));
    }
    if class == DCAT_DISTRIBUTION {
        for t in objects(g, s, DCAT_MEDIA_TYPE) {
            if let Some(m) = media_type_of_term(t.as_ref()) {
                return Some((
                    m.clone(),
                    format!("formatet «{m}» från dcat:mediaType"),
                    format!("the format «{m}» from dcat:mediaType"),
                ));
            }
        }
        for p in [DCAT_DOWNLOAD_URL, DCAT_ACCESS_URL] {
            for t in objects(g, s, p) {
                let Term::NamedNode(url) = t else { continue };
                if let Some(m) = url_extension(url.as_str()).and_then(|x| media_type_for(&x)) {
                    return Some((
                        m.to_owned(),
                        format!("formatet «{m}» från filändelsen i {}", url.as_str()),
                        format!(
                            "the format «{m}» from the file extension of {}",
                            url.as_str()
                        ),
                    ));
                }
            }
        }
        return None;
    }
    // A data service: the one format of the distributions it serves.
    let NamedOrBlankNode::NamedNode(n) = s else {
        return None;
    };
    let term: Term = n.clone().into();
    let mut seen: Vec<String> = Vec::new();
    for d in g.subjects_for_predicate_object(nn(DCAT_ACCESS_SERVICE), &term) {
        for f in g.objects_for_subject_predicate(d, nn(DCTERMS_FORMAT)) {
            if let Some(m) = media_type_of_term(f)
                && !seen.contains(&m)
            {
                seen.push(m);
            }
        }
    }
    match seen.as_slice() {
        [m] => Some((
            m.clone(),
            format!(
                "formatet «{m}» från distributionen som når tjänsten (dcat:accessService): kontrollera att API:t svarar så"
            ),
            format!(
                "the format «{m}» of the distribution that reaches the service (dcat:accessService): check that the API answers so"
            ),
        )),
        _ => None,
    }
}

fn renamed_values(e: &mut Editor<'_>) {
    let rules: [(&str, &str, &'static [Concept], &str, &str); 3] = [
        (
            DCATAP_AVAILABILITY,
            OLD_AVAILABILITY,
            PLANNED_AVAILABILITY,
            "tillgänglighet",
            "availability",
        ),
        (
            ADMS_STATUS,
            OLD_STATUS,
            DISTRIBUTION_STATUS,
            "status",
            "status",
        ),
        (
            DCTERMS_ACCRUAL_PERIODICITY,
            OLD_FREQUENCY,
            FREQUENCIES,
            "uppdateringsfrekvens",
            "update frequency",
        ),
    ];
    for (p, old_ns, list, sv, en) in rules {
        let found: Vec<Triple> =
            e.g.triples_for_predicate(nn(p))
                .map(|t| t.into_owned())
                .collect();
        for t in found {
            let Term::NamedNode(old) = &t.object else {
                continue;
            };
            let Some(code) = old.as_str().strip_prefix(old_ns) else {
                continue;
            };
            let Some(new) = renamed(list, code) else {
                continue;
            };
            e.replace(
                &t.subject,
                p,
                Some(t.object.clone()),
                Some(NamedNode::new_unchecked(new).into()),
                format!("{sv}: från den gamla listan till EU:s lista"),
                format!("{en}: from the old list to the EU list"),
            );
        }
    }
}

fn periods(e: &mut Editor<'_>) {
    for (old, new) in [
        (SCHEMA_START_DATE, DCAT_START_DATE),
        (SCHEMA_END_DATE, DCAT_END_DATE),
    ] {
        let found: Vec<Triple> =
            e.g.triples_for_predicate(nn(old))
                .map(|t| t.into_owned())
                .collect();
        for t in found {
            // Only on periods: a dataset's own schema:startDate is not touched.
            let is_period =
                e.g.triples_for_predicate(nn(DCTERMS_TEMPORAL))
                    .any(|l| as_subject(l.object) == Some(t.subject.as_ref()));
            if !is_period {
                continue;
            }
            e.g.remove(&t);
            e.replace(
                &t.subject,
                new,
                None,
                Some(t.object.clone()),
                format!(
                    "{} ersätter {} (som är utfasad)",
                    compact(new),
                    compact(old)
                ),
                format!("{} replaces {} (deprecated)", compact(new), compact(old)),
            );
            if let Some(last) = e.changes.last_mut() {
                last.from = Some(format!("{} {}", compact(old), t.object));
            }
        }
    }
}

fn publisher_type_iri(given: &str) -> Option<&'static str> {
    PUBLISHER_TYPES
        .iter()
        .find(|c| c.uri == given)
        .or_else(|| concept_by_code(PUBLISHER_TYPES, given))
        .map(|c| c.uri)
}

fn publisher_types(e: &mut Editor<'_>, options: &Options) {
    let mut agents: Vec<NamedOrBlankNode> = Vec::new();
    for t in e.g.triples_for_predicate(nn(DCTERMS_PUBLISHER)) {
        if let Some(a) = as_subject(t.object) {
            let a = a.into_owned();
            if !agents.contains(&a) {
                agents.push(a);
            }
        }
    }
    let catalogue_publishers: Vec<NamedOrBlankNode> = subjects_of_type(e.g, DCAT_CATALOG)
        .iter()
        .flat_map(|c| objects(e.g, c, DCTERMS_PUBLISHER))
        .filter_map(|o| as_subject(o.as_ref()).map(|s| s.into_owned()))
        .collect();
    agents.sort_by_cached_key(ToString::to_string);
    for a in agents {
        if !objects(e.g, &a, DCTERMS_TYPE).is_empty() {
            continue;
        }
        let iri = match &a {
            NamedOrBlankNode::NamedNode(n) => Some(n.as_str()),
            NamedOrBlankNode::BlankNode(_) => None,
        };
        let named = iri.and_then(|i| {
            options
                .publisher_types
                .iter()
                .find(|(r, _)| r == i)
                .and_then(|(_, t)| publisher_type_iri(t))
        });
        let owner =
            catalogue_publishers.contains(&a) || (iri.is_some() && iri == options.owner.as_deref());
        let (kind, sv, en) = match (named, options.publisher_type.as_deref()) {
            (Some(k), _) => (k, "angiven vid uppgraderingen", "given for the upgrade"),
            (None, Some(k)) if owner => match publisher_type_iri(k) {
                Some(k) => (
                    k,
                    "katalogens utgivare: typen från utgivarinställningarna",
                    "the catalogue's publisher: the type from the publisher settings",
                ),
                None => continue,
            },
            _ => continue,
        };
        e.replace(
            &a,
            DCTERMS_TYPE,
            None,
            Some(NamedNode::new_unchecked(kind).into()),
            format!("utgivartyp {sv}"),
            format!("publisher type {en}"),
        );
    }
}

fn to_do(f: &crate::Finding, options: &Options) -> ToDo {
    let mut sv = f.message_sv.trim_end().to_owned();
    let mut en = f.message_en.trim_end().to_owned();
    for m in [&mut sv, &mut en] {
        if !m.ends_with(['.', '!', '?']) {
            m.push('.');
        }
    }
    let resource = f.resource.trim_matches(['<', '>']).to_owned();
    match f.property.as_deref() {
        Some("dcterms:format") => {
            sv.push_str(&format!(
                " Ange medietypen, t.ex. `--set-format {resource}=application/json`."
            ));
            en.push_str(&format!(
                " Give the media type, e.g. `--set-format {resource}=application/json`."
            ));
        }
        Some("dcterms:type") if f.class.contains("Agent") || f.rule.contains("publishertype") => {
            let hint_sv = if options.publisher_type.is_none() {
                "Ange publisher_type i utgivarinställningarna (--publisher) om det är katalogens utgivare, annars"
            } else {
                "Ange"
            };
            let hint_en = if options.publisher_type.is_none() {
                "Set publisher_type in the publisher settings (--publisher) if it is the catalogue's publisher, or else"
            } else {
                "Give"
            };
            sv.push_str(&format!(
                " {hint_sv} `--set-publisher-type {resource}=LocalAuthority` (en kod ur ADMS-listan)."
            ));
            en.push_str(&format!(
                " {hint_en} `--set-publisher-type {resource}=LocalAuthority` (a code of the ADMS list)."
            ));
        }
        _ => {}
    }
    ToDo {
        resource: f.resource.clone(),
        property: f.property.clone(),
        sv,
        en,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::{Format, parse};

    #[test]
    fn media_types_come_from_the_specification_labels() {
        assert_eq!(media_type_for("csv"), Some("text/csv"));
        assert_eq!(
            media_type_for(".XLSX"),
            Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        );
        assert_eq!(media_type_for("CSV"), Some("text/csv"));
        assert_eq!(media_type_for("geojson"), Some("application/geo+json"));
        assert_eq!(media_type_for("exe"), None);
        assert_eq!(
            url_extension("https://x.se/a/b.CSV?v=2"),
            Some("csv".into())
        );
        assert_eq!(url_extension("http://example.com/api"), None);
    }

    #[test]
    fn old_list_values_map_to_the_eu_lists() {
        assert_eq!(
            renamed(PLANNED_AVAILABILITY, "experimental"),
            Some(
                "http://publications.europa.eu/resource/authority/planned-availability/EXPERIMENTAL"
            )
        );
        assert_eq!(
            renamed(DISTRIBUTION_STATUS, "UnderDevelopment"),
            Some("http://publications.europa.eu/resource/authority/distribution-status/DEVELOP")
        );
        assert_eq!(
            renamed(FREQUENCIES, "threeTimesAYear"),
            Some("http://publications.europa.eu/resource/authority/frequency/ANNUAL_3")
        );
        assert_eq!(
            renamed(FREQUENCIES, "annual"),
            Some("http://publications.europa.eu/resource/authority/frequency/ANNUAL")
        );
    }

    #[test]
    fn formats_are_read_from_iris_names_and_urls() {
        let ttl = r#"
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<https://x.se/d1> a dcat:Distribution ; dcterms:format <http://publications.europa.eu/resource/authority/file-type/CSV> .
<https://x.se/d2> a dcat:Distribution ; dcterms:format "XLSX" .
<https://x.se/d3> a dcat:Distribution ; dcat:downloadURL <https://x.se/fil.json> .
<https://x.se/d4> a dcat:Distribution ; dcat:mediaType <https://www.iana.org/assignments/media-types/text/csv> .
<https://x.se/d5> a dcat:Distribution ; dcat:accessURL <https://x.se/api> .
"#;
        let mut g = parse(ttl.as_bytes(), Format::Turtle).unwrap();
        let options = Options {
            formats: vec![("https://x.se/d5".into(), "application/json".into())],
            ..Options::default()
        };
        let up = upgrade(&mut g, &options);
        let format = |d: &str| {
            let s: NamedOrBlankNode = NamedNode::new_unchecked(d).into();
            objects(&g, &s, DCTERMS_FORMAT)
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(format("https://x.se/d1"), ["\"text/csv\""]);
        assert_eq!(
            format("https://x.se/d2"),
            ["\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\""]
        );
        assert_eq!(format("https://x.se/d3"), ["\"application/json\""]);
        assert_eq!(format("https://x.se/d4"), ["\"text/csv\""]);
        assert_eq!(format("https://x.se/d5"), ["\"application/json\""]);
        assert_eq!(up.changes.len(), 5);
    }
}
