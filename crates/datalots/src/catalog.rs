//! Keeping a catalogue over time: open it (strictly, or recovering what can be read),
//! list it, update a dataset from a new version of its file, remove a dataset, upgrade
//! a DCAT-AP-SE 2.x catalogue.
//!
//! Every operation works on the catalogue's RDF graph ([`Opened::graph`]) triple by
//! triple, so that what it does not concern stays exactly as it was (blank nodes and
//! triples the model does not know included), and returns a serde-friendly account of
//! what it did, for the command line and the widget alike.

use std::collections::BTreeSet;

use csv_profile::Profile;
use dcat_ap_se::edit::{self, as_subject};
use dcat_ap_se::ns::{
    DCAT_ACCESS_URL, DCAT_BYTE_SIZE, DCAT_DISTRIBUTION_PROP, DCAT_DOWNLOAD_URL, DCAT_END_DATE,
    DCAT_START_DATE, DCTERMS_CONFORMS_TO, DCTERMS_DESCRIPTION, DCTERMS_FORMAT, DCTERMS_MODIFIED,
    DCTERMS_PERIOD_OF_TIME, DCTERMS_TEMPORAL, RDF_TYPE, XSD_DATE, XSD_NON_NEGATIVE_INTEGER,
};
use dcat_ap_se::ns::{
    DCAT_KEYWORD, DCAT_THEME, DCTERMS_ACCESS_RIGHTS, DCTERMS_LICENSE, DCTERMS_RIGHTS,
    DCTERMS_TITLE, ODRS_ATTRIBUTION_TEXT, ODRS_COPYRIGHT_STATEMENT,
};
use dcat_ap_se::oxrdf::{
    Graph, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Term, TermRef, Triple,
};
use dcat_ap_se::upgrade::{Change, compact};
use dcat_ap_se::{Catalog, Format, Node, Report, Text};
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::concepts::lookup;
use crate::date::is_date;
use crate::describe::{self, DISTRIBUTION_DRAFT_EN, DISTRIBUTION_DRAFT_SV};
use crate::publisher::Publisher;
use crate::text::Both;
use crate::url::{last_segment, percent_decode};

pub use dcat_ap_se::edit::Removal;
pub use dcat_ap_se::upgrade::{Options as UpgradeOptions, ToDo, Upgrade};

const ADMS_VERSION_NOTES: &str = "http://www.w3.org/ns/adms#versionNotes";

fn nn(iri: &str) -> NamedNodeRef<'_> {
    NamedNodeRef::new_unchecked(iri)
}

/// Something a recovering read left out: where, the text there, and the parser's
/// message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    /// 1-based line (0 when the parser gave no position).
    pub line: u64,
    /// 1-based column (0 when the parser gave no position).
    pub column: u64,
    /// The text of that line (at most 200 characters).
    pub text: String,
    /// What the parser said.
    pub message: String,
}

/// A catalogue file, read.
#[derive(Debug, Clone)]
pub struct Opened {
    /// Its triples.
    pub graph: Graph,
    /// The format it was read in.
    pub format: Format,
    /// What a recovering read left out (always empty for a strict read).
    pub dropped: Vec<Dropped>,
}

/// Reads a catalogue. Strict by default: a syntax error is an error ([`Error::Rdf`],
/// with the line and column). With `recover`, reads past syntax errors and lists in
/// [`Opened::dropped`] exactly where it skipped. `path` names the file in errors.
pub fn open(input: &[u8], format: Format, recover: bool, path: &str) -> Result<Opened, Error> {
    let rdf = |source| Error::Rdf {
        file: path.to_owned(),
        source,
    };
    if !recover {
        let graph = dcat_ap_se::parse(input, format).map_err(rdf)?;
        return Ok(Opened {
            graph,
            format,
            dropped: Vec::new(),
        });
    }
    let (graph, errors) = dcat_ap_se::parse_recovering(input, format).map_err(rdf)?;
    let text = String::from_utf8_lossy(input);
    let lines: Vec<&str> = text.lines().collect();
    let dropped = errors
        .into_iter()
        .map(|e| match e {
            dcat_ap_se::Error::Syntax {
                line,
                column,
                message,
                ..
            } => {
                let at = usize::try_from(line).unwrap_or(usize::MAX);
                let text = at
                    .checked_sub(1)
                    .and_then(|i| lines.get(i))
                    .map(|l| l.trim().chars().take(200).collect())
                    .unwrap_or_default();
                Dropped {
                    line,
                    column,
                    text,
                    message,
                }
            }
            other => Dropped {
                line: 0,
                column: 0,
                text: String::new(),
                message: other.to_string(),
            },
        })
        .collect();
    Ok(Opened {
        graph,
        format,
        dropped,
    })
}

/// The format of a catalogue file, from its name's extension (`.rdf`, `.ttl`,
/// `.jsonld`).
pub fn format_of(name: &str) -> Result<Format, Error> {
    Format::from_path(name).map_err(|source| Error::Rdf {
        file: name.to_owned(),
        source,
    })
}

/// Writes the graph in a format.
pub fn write(graph: &Graph, format: Format) -> Result<String, Error> {
    Ok(dcat_ap_se::serialize(graph, format)?)
}

/// One distribution in a [`Listing`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListedDistribution {
    /// Its IRI.
    pub iri: String,
    /// `dcterms:title`.
    pub title: Vec<Text>,
    /// `dcterms:format`.
    pub format: Option<String>,
    /// `dcat:downloadURL`s.
    pub download_urls: Vec<String>,
    /// `dcat:accessURL`s.
    pub access_urls: Vec<String>,
    /// `dcterms:license`.
    pub licence: Option<String>,
}

/// One dataset in a [`Listing`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListedDataset {
    /// Its IRI.
    pub iri: String,
    /// `dcterms:title`.
    pub title: Vec<Text>,
    /// The licences of its distributions, without repeats.
    pub licences: Vec<String>,
    /// What to call each of [`ListedDataset::licences`]: its label in the
    /// specification's licence vocabulary (`CC0 1.0`), else the IRI as it is.
    #[serde(default)]
    pub licence_names: Vec<Both>,
    /// `dcterms:accessRights`.
    pub access_rights: Option<String>,
    /// `dcterms:modified` (lexical form).
    pub modified: Option<String>,
    /// Its distributions.
    pub distributions: Vec<ListedDistribution>,
    /// Violations on the dataset and every resource it reaches (a shared publisher's
    /// too).
    pub violations: usize,
    /// Warnings, counted the same way.
    pub warnings: usize,
}

/// A licence's label in the specification's vocabulary, else its IRI.
fn licence_name(iri: &str) -> Both {
    match dcat_ap_se::vocab::label(iri) {
        Some(c) => Both::new(c.sv, c.en),
        None => Both::same(iri),
    }
}

/// The catalogue at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// The catalogue's IRI.
    pub catalog: String,
    /// Its title.
    pub title: Vec<Text>,
    /// Number of datasets.
    pub datasets: usize,
    /// Number of distributions.
    pub distributions: usize,
    /// Number of data services.
    pub services: usize,
    /// Violations in the whole catalogue (each counted once).
    pub violations: usize,
    /// Warnings in the whole catalogue.
    pub warnings: usize,
    /// The most recent `dcterms:modified` of a dataset.
    pub last_modified: Option<String>,
}

/// What `datalots catalog list` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing {
    /// The catalogue at a glance.
    pub summary: Summary,
    /// Every dataset, in the catalogue's order (sorted by IRI).
    pub datasets: Vec<ListedDataset>,
}

fn iri_of(n: &Option<Node>) -> String {
    n.as_ref()
        .map(|n| match n {
            Node::Iri(i) => i.clone(),
            Node::Blank(b) => format!("_:{b}"),
        })
        .unwrap_or_default()
}

/// Lists the catalogue's datasets with their validation counts.
pub fn list(graph: &Graph) -> Result<(Listing, Report), Error> {
    let catalog = Catalog::from_graph(graph)?;
    let report = dcat_ap_se::validate(graph);
    // (violations, warnings) by resource, counted once: going through every finding
    // for every dataset took 63 s at 10,000 datasets.
    let mut by_resource: std::collections::HashMap<&str, (usize, usize)> =
        std::collections::HashMap::new();
    for f in &report.findings {
        let counts = by_resource
            .entry(f.resource.trim_matches(['<', '>']))
            .or_default();
        match f.severity {
            dcat_ap_se::Severity::Violation => counts.0 += 1,
            _ => counts.1 += 1,
        }
    }
    let mut datasets = Vec::new();
    for d in &catalog.datasets {
        let iri = iri_of(&d.id);
        let reached = edit::reachable_from(graph, &iri);
        let (mut violations, mut warnings) = (0, 0);
        for r in &reached {
            if let Some((v, w)) = by_resource.get(r.as_str()) {
                violations += v;
                warnings += w;
            }
        }
        let mut licences: Vec<String> = Vec::new();
        for x in &d.distributions {
            if let Some(l) = &x.licence
                && !licences.contains(l)
            {
                licences.push(l.clone());
            }
        }
        let licence_names = licences.iter().map(|l| licence_name(l)).collect();
        datasets.push(ListedDataset {
            iri,
            title: d.title.clone(),
            licences,
            licence_names,
            access_rights: d.access_rights.clone(),
            modified: d.modified.as_ref().map(|m| m.value.clone()),
            distributions: d
                .distributions
                .iter()
                .map(|x| ListedDistribution {
                    iri: iri_of(&x.id),
                    title: x.title.clone(),
                    format: x.format.clone(),
                    download_urls: x.download_url.clone(),
                    access_urls: x.access_url.clone(),
                    licence: x.licence.clone(),
                })
                .collect(),
            violations,
            warnings,
        });
    }
    datasets.sort_by(|a, b| a.iri.cmp(&b.iri));
    let summary = Summary {
        catalog: iri_of(&catalog.id),
        title: catalog.title.clone(),
        datasets: datasets.len(),
        distributions: datasets.iter().map(|d| d.distributions.len()).sum(),
        services: catalog.services.len() + catalog.other_services.len(),
        violations: report.violations().count(),
        warnings: report.warnings().count(),
        last_modified: datasets.iter().filter_map(|d| d.modified.clone()).max(),
    };
    Ok((Listing { summary, datasets }, report))
}

/// Renders a listing for the terminal, in Swedish and English.
pub fn render_listing(l: &Listing) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let text = |t: &[Text]| {
        t.iter()
            .find(|t| t.lang.as_deref() == Some("sv"))
            .or(t.first())
            .map(|t| t.value.clone())
            .unwrap_or_else(|| "(utan titel / untitled)".into())
    };
    let _ = writeln!(s, "{}  <{}>", text(&l.summary.title), l.summary.catalog);
    for d in &l.datasets {
        let _ = writeln!(s, "\n{}\n  <{}>", text(&d.title), d.iri);
        let licence = if d.licences.is_empty() {
            "–".to_owned()
        } else {
            d.licences
                .iter()
                .zip(&d.licence_names)
                .map(|(iri, name)| {
                    if name.en == *iri {
                        format!("<{iri}>")
                    } else {
                        format!("{} <{iri}>", name.en)
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(s, "  licens / licence: {licence}");
        let _ = writeln!(
            s,
            "  åtkomst / access rights: {}",
            d.access_rights.as_deref().unwrap_or("–")
        );
        let _ = writeln!(
            s,
            "  ändrad / modified: {}",
            d.modified.as_deref().unwrap_or("–")
        );
        for x in &d.distributions {
            let urls = if x.download_urls.is_empty() {
                &x.access_urls
            } else {
                &x.download_urls
            };
            let _ = writeln!(
                s,
                "  - {} {}",
                x.format.as_deref().unwrap_or("(inget format / no format)"),
                urls.join(" ")
            );
        }
        let _ = writeln!(
            s,
            "  {} överträdelser, {} varningar / {} violations, {} warnings",
            d.violations, d.warnings, d.violations, d.warnings
        );
    }
    let m = &l.summary;
    let _ = writeln!(
        s,
        "\n{} datamängder, {} distributioner, {} datatjänster; senast ändrad {}; {} överträdelser, {} varningar\n\
         {} datasets, {} distributions, {} data services; last modified {}; {} violations, {} warnings",
        m.datasets,
        m.distributions,
        m.services,
        m.last_modified.as_deref().unwrap_or("–"),
        m.violations,
        m.warnings,
        m.datasets,
        m.distributions,
        m.services,
        m.last_modified.as_deref().unwrap_or("–"),
        m.violations,
        m.warnings,
    );
    s
}

/// Removes a dataset with its distributions and what only it used.
pub fn remove(graph: &mut Graph, iri: &str) -> Result<Removal, Error> {
    Ok(edit::remove_dataset(graph, iri)?)
}

/// Upgrades a DCAT-AP-SE 2.x catalogue (see [`dcat_ap_se::upgrade`]). The publisher
/// settings, when given, say the catalogue owner's publisher type.
pub fn upgrade(
    graph: &mut Graph,
    publisher: Option<&Publisher>,
    mut options: UpgradeOptions,
) -> Result<Upgrade, Error> {
    if let Some(p) = publisher {
        options.publisher_type = Some(p.publisher_type.clone());
        options.owner = Some(dcat_ap_se::mint::organisation_iri(&p.organisation_number)?);
    }
    Ok(dcat_ap_se::upgrade::upgrade(graph, &options))
}

/// A column as the structure comparison sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    /// The header.
    pub name: String,
    /// The type: a CSVW datatype when read from a dictionary, else Datalots' Swedish
    /// type name.
    pub kind: String,
}

/// How the columns changed between two versions of a file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StructureChange {
    /// Columns only in the new version.
    pub added: Vec<Column>,
    /// Columns only in the old version.
    pub removed: Vec<Column>,
    /// (old name, new name): a column removed and one added in its place, same type.
    pub renamed: Vec<(String, String)>,
    /// (name, old type, new type).
    pub retyped: Vec<(String, String, String)>,
}

impl StructureChange {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.renamed.is_empty()
            && self.retyped.is_empty()
    }

    /// The change in words: Swedish and English.
    pub fn describe(&self) -> (String, String) {
        let names = |v: &[Column]| {
            v.iter()
                .map(|c| format!("«{}»", c.name))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut sv = Vec::new();
        let mut en = Vec::new();
        if !self.added.is_empty() {
            sv.push(format!("nya kolumner {}", names(&self.added)));
            en.push(format!("columns added {}", names(&self.added)));
        }
        if !self.removed.is_empty() {
            sv.push(format!("borttagna kolumner {}", names(&self.removed)));
            en.push(format!("columns removed {}", names(&self.removed)));
        }
        for (a, b) in &self.renamed {
            sv.push(format!("kolumnen «{a}» heter nu «{b}»"));
            en.push(format!("column «{a}» is now called «{b}»"));
        }
        for (n, a, b) in &self.retyped {
            sv.push(format!("kolumnen «{n}» har bytt typ från {a} till {b}"));
            en.push(format!("column «{n}» changed type from {a} to {b}"));
        }
        (sv.join("; "), en.join("; "))
    }
}

/// Compares two column lists.
pub fn compare_columns(old: &[Column], new: &[Column]) -> StructureChange {
    let mut change = StructureChange::default();
    for (i, o) in old.iter().enumerate() {
        match new.iter().find(|n| n.name == o.name) {
            Some(n) if n.kind != o.kind => {
                change
                    .retyped
                    .push((o.name.clone(), o.kind.clone(), n.kind.clone()))
            }
            Some(_) => {}
            None => {
                // Renamed: the new file has, at the same place, a column of the same
                // type that the old one did not have.
                match new.get(i) {
                    Some(n) if n.kind == o.kind && !old.iter().any(|x| x.name == n.name) => {
                        change.renamed.push((o.name.clone(), n.name.clone()))
                    }
                    _ => change.removed.push(o.clone()),
                }
            }
        }
    }
    let renamed_to: BTreeSet<&str> = change.renamed.iter().map(|(_, b)| b.as_str()).collect();
    for n in new {
        if !old.iter().any(|o| o.name == n.name) && !renamed_to.contains(n.name.as_str()) {
            change.added.push(n.clone());
        }
    }
    change
}

/// The columns of a CSVW metadata document (`tableSchema.columns[].titles` and
/// `datatype`, its `base` when it is an object).
pub fn columns_from_csvw(doc: &serde_json::Value) -> Option<Vec<Column>> {
    let columns = doc.get("tableSchema")?.get("columns")?.as_array()?;
    columns
        .iter()
        .map(|c| {
            let name = match c.get("titles")? {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Array(a) => a.first()?.as_str()?.to_owned(),
                _ => c.get("name")?.as_str()?.to_owned(),
            };
            let kind = match c.get("datatype") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Object(o)) => o.get("base")?.as_str()?.to_owned(),
                _ => "string".to_owned(),
            };
            Some(Column { name, kind })
        })
        .collect()
}

/// Whether a Swedish dataset description is the one Datalots drafts
/// ([`describe::draft_description`]).
fn is_drafted_description(t: &Text) -> bool {
    let v = t.value.as_str();
    let shape = |start: &str, row: &str, col: &str| {
        v.strip_prefix(start).is_some_and(|rest| {
            rest.contains(row) && rest.contains(col) && rest.contains(": ") && v.ends_with('.')
        })
    };
    match t.lang.as_deref() {
        Some("sv") => shape("Tabell med ", "rad", "kolumn"),
        Some("en") => shape("Table with ", "row", "column"),
        _ => false,
    }
}

/// The columns named in a drafted Swedish description: `… kolumner: a (text), b (heltal)
/// och c (datum).` Best effort: a header with «, » or « och » in it is read wrong, so a
/// CSVW dictionary is preferred when there is one.
fn columns_from_description(t: &Text) -> Option<Vec<Column>> {
    if !is_drafted_description(t) || t.lang.as_deref() != Some("sv") {
        return None;
    }
    let v = t.value.as_str();
    let start = v.find(": ")? + 2;
    let body = &v[start..];
    let end = body.find(". Uppgifterna gäller").unwrap_or(body.len());
    let body = body[..end].trim_end_matches('.');
    let mut parts: Vec<&str> = body.split(", ").collect();
    let last = parts.pop()?;
    match last.rsplit_once(") och ") {
        Some((a, b)) => {
            parts.push(a);
            parts.push(b);
        }
        None => parts.push(last),
    }
    parts
        .into_iter()
        .map(|p| {
            let p = p.trim_end_matches(')');
            let (name, kind) = p.rsplit_once(" (")?;
            Some(Column {
                name: name.to_owned(),
                kind: kind.to_owned(),
            })
        })
        .collect()
}

/// What [`update`] is asked to do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateRequest {
    /// The dataset's IRI; when not given, minted as `describe` mints it (from `title`,
    /// else from the file name) under the publisher's base URI.
    pub dataset: Option<String>,
    /// The title the dataset's IRI was minted from, if it was typed.
    pub title: Option<String>,
    /// The new file's name (`befolkning_2024.csv`).
    pub file_name: String,
    /// The date of the new version, `YYYY-MM-DD` (`dcterms:modified`).
    pub date: String,
    /// The data dictionary (CSVW) of the previous version, if there is one: the exact
    /// column structure to compare with.
    pub previous_csvw: Option<serde_json::Value>,
    /// What the answers to the licence questions give, when they are given again
    /// ([`licence_advisor::recommend`]): the licence (and the access rights) replace
    /// those of the catalogue when they differ; without it the licence is kept, and
    /// [`Updated::kept`] says so. The caller asks the questionnaire, so that an update
    /// without answers (the widget's «Vår katalog») does not carry it.
    #[serde(skip)]
    pub licence: Option<licence_advisor::Recommendation>,
}

/// What [`update`] did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Updated {
    /// The dataset.
    pub dataset: String,
    /// Its title (Swedish if there is one).
    #[serde(default)]
    pub title: Option<String>,
    /// How the dataset was found: by its IRI, by the file's name in a distribution's
    /// address, or by the IRI `describe` mints.
    pub found: Both,
    /// The distribution that is the file.
    pub distribution: String,
    /// Every triple changed, property by property.
    pub changes: Vec<Change>,
    /// What was kept because a person wrote it or Datalots did not derive it.
    pub kept: Vec<String>,
    /// How the columns changed; `None` when the previous structure is unknown.
    pub structure: Option<StructureChange>,
    /// The new data dictionary (CSVW).
    pub csvw: serde_json::Value,
    /// The new Frictionless Data Resource.
    pub frictionless: serde_json::Value,
    /// Where the CSVW document belongs (the distribution's `dcterms:conformsTo`, or the
    /// download address + `-metadata.json`).
    pub csvw_url: String,
    /// The published file's name (last segment of the download address).
    pub published_name: String,
}

fn objects(g: &Graph, s: &NamedOrBlankNode, p: &str) -> Vec<Term> {
    let mut v: Vec<Term> = g
        .objects_for_subject_predicate(s, nn(p))
        .map(|o| o.into_owned())
        .collect();
    v.sort_by_cached_key(ToString::to_string);
    v
}

fn text_of(t: &Term) -> Option<Text> {
    match t {
        Term::Literal(l) => Some(Text {
            value: l.value().to_owned(),
            lang: l.language().map(str::to_owned),
        }),
        _ => None,
    }
}

fn lit(t: &Text) -> Term {
    match &t.lang {
        Some(lang) => Literal::new_language_tagged_literal_unchecked(t.value.clone(), lang.clone()),
        None => Literal::new_simple_literal(t.value.clone()),
    }
    .into()
}

fn typed(v: &str, dt: &str) -> Term {
    Literal::new_typed_literal(v, nn(dt).into_owned()).into()
}

struct Editor<'g> {
    g: &'g mut Graph,
    changes: Vec<Change>,
}

impl Editor<'_> {
    fn set(
        &mut self,
        s: &NamedOrBlankNode,
        p: &str,
        remove: Vec<Term>,
        add: Vec<Term>,
        sv: &str,
        en: &str,
    ) {
        let pn = nn(p).into_owned();
        for o in &remove {
            self.g
                .remove(&Triple::new(s.clone(), pn.clone(), o.clone()));
        }
        for o in &add {
            self.g
                .insert(&Triple::new(s.clone(), pn.clone(), o.clone()));
        }
        let join = |v: &[Term]| {
            (!v.is_empty()).then(|| {
                v.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        };
        self.changes.push(Change {
            resource: s.to_string(),
            property: compact(p),
            from: join(&remove),
            to: join(&add),
            sv: sv.to_owned(),
            en: en.to_owned(),
        });
    }
}

/// Updates a dataset from a new version of its file.
///
/// Kept: everything a person wrote or Datalots did not derive (title, keywords, themes,
/// contact, licence, addresses, a description that is no longer the drafted one…).
/// Recomputed: the distribution's byte size and drafted description, the dataset's
/// drafted description, its temporal coverage (periods of the shape Datalots writes),
/// the data dictionary; `dcterms:modified` of the dataset and the distribution is set
/// to the request's date. A changed column structure is written as `adms:versionNotes`
/// (Swedish and English; Datalots' earlier notes are replaced, a person's are kept).
/// Refused when the new file holds personnummer or samordningsnummer.
pub fn update(
    graph: &mut Graph,
    profile: &Profile,
    publisher: Option<&Publisher>,
    request: &UpdateRequest,
) -> Result<Updated, Error> {
    describe::refuse_identity_numbers(profile)?;
    if !is_date(&request.date) {
        return Err(Error::NotADate {
            property: "dcterms:modified",
            value: request.date.clone(),
        });
    }
    let (dataset, found) = dataset_to_update(graph, publisher, request)?;
    let d: NamedOrBlankNode = NamedNode::new(&dataset)
        .map_err(|e| dcat_ap_se::Error::InvalidIri {
            iri: dataset.clone(),
            message: e.to_string(),
        })?
        .into();
    let x = pick_distribution(graph, &d, &request.file_name)?;
    let structure = structure_change(graph, &d, profile, request);

    let mut kept = Vec::new();
    let mut e = Editor {
        g: graph,
        changes: Vec::new(),
    };
    refresh_from_file(&mut e, &d, &x, profile, &request.date, &mut kept);
    licence_from_answers(&mut e, &d, &x, request.licence.as_ref(), &mut kept)?;
    temporal(&mut e, &d, profile, &request.date, &mut kept);
    version_notes(&mut e, &d, structure.as_ref(), &request.date, &mut kept);
    let dictionary = Dictionary::for_distribution(e.g, &d, &x, profile, &request.file_name);

    kept.push(
        "dcterms:title, dcat:keyword, dcat:theme, dcat:contactPoint, dcterms:spatial, \
         dcat:downloadURL… (oförändrade / unchanged)"
            .into(),
    );
    let title = objects(e.g, &d, DCTERMS_TITLE)
        .iter()
        .filter_map(text_of)
        .max_by_key(|t| t.lang.as_deref() == Some("sv"))
        .map(|t| t.value);
    Ok(Updated {
        dataset,
        title,
        found,
        distribution: match &x {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        },
        changes: e.changes,
        kept,
        structure,
        csvw: dictionary.csvw,
        frictionless: dictionary.frictionless,
        csvw_url: dictionary.csvw_url,
        published_name: dictionary.published_name,
    })
}

/// The dataset an update concerns, and how it was found: the request's IRI; else the
/// one dataset with a distribution whose download (or access) address ends in the
/// file's name; else the one `describe` mints from the title (or the file's name)
/// under the publisher's base URI. It must be in the catalogue.
fn dataset_to_update(
    graph: &Graph,
    publisher: Option<&Publisher>,
    request: &UpdateRequest,
) -> Result<(String, Both), Error> {
    let known = edit::dataset_iris(graph);
    if let Some(iri) = &request.dataset {
        return if known.contains(iri) {
            Ok((iri.clone(), Both::new("angiven", "given")))
        } else {
            Err(edit::unknown_dataset(iri, &known).into())
        };
    }
    let name = file_name_of(&request.file_name);
    let by_file: Vec<&String> = known
        .iter()
        .filter(|iri| {
            NamedNode::new(iri.as_str())
                .is_ok_and(|n| !distributions_named(graph, &n.into(), name).is_empty())
        })
        .collect();
    match by_file.as_slice() {
        [one] => {
            return Ok((
                (*one).clone(),
                Both::new(
                    format!("funnen genom filnamnet «{name}» i en distributions adress"),
                    format!("found by the file name «{name}» in a distribution's address"),
                ),
            ));
        }
        [] => {}
        several => {
            let list: Vec<&str> = several.iter().map(|s| s.as_str()).collect();
            return Err(dcat_ap_se::Error::Catalog(format!(
                "flera datamängder har en fil som heter «{name}» ({0}): ange vilken datamängd som ska uppdateras med dess IRI / \
                 several datasets have a file named «{name}» ({0}): give the IRI of the dataset to update",
                list.join(", ")
            ))
            .into());
        }
    }
    let Some(p) = publisher else {
        return Err(Error::WhichDataset);
    };
    let title = request
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| describe::title_from_file_name(&request.file_name));
    let dataset = dcat_ap_se::mint::mint(&p.base_uri, "dataset", title.trim())?;
    if known.contains(&dataset) {
        Ok((
            dataset,
            Both::new(
                format!("funnen genom IRI:n som skapas av titeln «{}»", title.trim()),
                format!("found by the IRI made from the title «{}»", title.trim()),
            ),
        ))
    } else {
        Err(edit::unknown_dataset(&dataset, &known).into())
    }
}

/// The last segment of a file path (`/tmp/x/befolkning.csv` → `befolkning.csv`).
fn file_name_of(file_name: &str) -> &str {
    file_name.rsplit(['/', '\\']).next().unwrap_or(file_name)
}

/// The distributions of a dataset whose download or access address ends in `name`.
fn distributions_named(g: &Graph, d: &NamedOrBlankNode, name: &str) -> Vec<NamedOrBlankNode> {
    objects(g, d, DCAT_DISTRIBUTION_PROP)
        .iter()
        .filter_map(|t| as_subject(t.as_ref()).map(|s| s.into_owned()))
        .filter(|x| {
            [DCAT_DOWNLOAD_URL, DCAT_ACCESS_URL].iter().any(|p| {
                objects(g, x, p).iter().any(|t| {
                    matches!(t, Term::NamedNode(n) if percent_decode(last_segment(n.as_str())) == name)
                })
            })
        })
        .collect()
}

/// The licence (and access rights) the answers give, when given: replaced where they
/// differ, with the rights statement Datalots drafted from the old licence; without
/// answers the licence is kept and said to be.
fn licence_from_answers(
    e: &mut Editor<'_>,
    d: &NamedOrBlankNode,
    x: &NamedOrBlankNode,
    recommendation: Option<&licence_advisor::Recommendation>,
    kept: &mut Vec<String>,
) -> Result<(), Error> {
    let Some(r) = recommendation else {
        kept.push(
            "dcterms:license, dcterms:accessRights: behålls; svaren på licensfrågorna byter dem / \
             kept; the answers to the licence questions change them"
                .into(),
        );
        return Ok(());
    };
    describe::refuse_unless_licence(r)?;
    let Some(licence) = r.licence else {
        return Ok(());
    };
    let old = objects(e.g, x, DCTERMS_LICENSE);
    let new: Term = NamedNode::new_unchecked(licence.uri).into();
    if old == [new.clone()] {
        kept.push(format!(
            "dcterms:license: {} (samma som svaren ger / the same as the answers give)",
            licence.name_sv
        ));
    } else {
        e.set(
            x,
            DCTERMS_LICENSE,
            old,
            vec![new],
            &format!("från svaren på licensfrågorna: {}", licence.name_sv),
            &format!(
                "from the answers to the licence questions: {}",
                licence.name_en
            ),
        );
        redraft_rights(e, x, licence);
    }
    if let Some(rights) = r.access_rights {
        let old = objects(e.g, d, DCTERMS_ACCESS_RIGHTS);
        let new: Term = NamedNode::new_unchecked(rights.uri()).into();
        if old != [new.clone()] {
            e.set(
                d,
                DCTERMS_ACCESS_RIGHTS,
                old,
                vec![new],
                "från svaren på licensfrågorna",
                "from the answers to the licence questions",
            );
        }
    }
    Ok(())
}

/// The rights statements of a distribution that Datalots drafted from a licence
/// (their attribution text is a licence's statement) say the new licence.
fn redraft_rights(e: &mut Editor<'_>, x: &NamedOrBlankNode, licence: licence_advisor::Licence) {
    let drafted: Vec<String> = licence_advisor::LicenceId::ALL
        .iter()
        .flat_map(|id| {
            let t = id.rights_statement();
            [t.sv.to_owned(), t.en.to_owned()]
        })
        .collect();
    let words = licence.id.rights_statement();
    for r in objects(e.g, x, DCTERMS_RIGHTS) {
        let Some(node) = as_subject(r.as_ref()).map(|s| s.into_owned()) else {
            continue;
        };
        let texts = objects(e.g, &node, ODRS_ATTRIBUTION_TEXT);
        let ours = !texts.is_empty()
            && texts
                .iter()
                .all(|t| text_of(t).is_some_and(|t| drafted.contains(&t.value)));
        if !ours {
            continue;
        }
        e.set(
            &node,
            ODRS_ATTRIBUTION_TEXT,
            texts,
            vec![lit(&Text::sv(words.sv)), lit(&Text::en(words.en))],
            "rättighetsbeskrivningen följer licensen",
            "the rights statement follows the licence",
        );
        let old = objects(e.g, &node, ODRS_COPYRIGHT_STATEMENT);
        if !old.is_empty() {
            e.set(
                &node,
                ODRS_COPYRIGHT_STATEMENT,
                old,
                vec![NamedNode::new_unchecked(licence.uri).into()],
                "rättighetsbeskrivningen följer licensen",
                "the rights statement follows the licence",
            );
        }
    }
}

/// How the columns changed: against the previous data dictionary when there is one,
/// else against the description Datalots drafted from the previous file; `None` when
/// the previous structure is unknown.
fn structure_change(
    graph: &Graph,
    d: &NamedOrBlankNode,
    profile: &Profile,
    request: &UpdateRequest,
) -> Option<StructureChange> {
    match &request.previous_csvw {
        Some(doc) => {
            let new = crate::dictionary::csvw(profile, "x.csv", None);
            columns_from_csvw(doc)
                .map(|old| compare_columns(&old, &columns_from_csvw(&new).unwrap_or_default()))
        }
        None => objects(graph, d, DCTERMS_DESCRIPTION)
            .iter()
            .filter_map(text_of)
            .filter(is_drafted_description)
            .find_map(|t| columns_from_description(&t))
            .and_then(|old| {
                describe::draft_description(profile)
                    .first()
                    .and_then(columns_from_description)
                    .map(|new| compare_columns(&old, &new))
            }),
    }
}

/// What comes from the file itself: the new version's date on the dataset and the
/// distribution, the byte size, and the descriptions Datalots drafted (a person's are
/// kept).
fn refresh_from_file(
    e: &mut Editor<'_>,
    d: &NamedOrBlankNode,
    x: &NamedOrBlankNode,
    profile: &Profile,
    date: &str,
    kept: &mut Vec<String>,
) {
    let date = typed(date, XSD_DATE);
    for s in [d, x] {
        let old = objects(e.g, s, DCTERMS_MODIFIED);
        e.set(
            s,
            DCTERMS_MODIFIED,
            old,
            vec![date.clone()],
            "den nya versionens datum",
            "the new version's date",
        );
    }
    let old_size = objects(e.g, x, DCAT_BYTE_SIZE);
    e.set(
        x,
        DCAT_BYTE_SIZE,
        old_size,
        vec![typed(&profile.bytes.to_string(), XSD_NON_NEGATIVE_INTEGER)],
        "från den nya filen",
        "from the new file",
    );
    replace_drafted(
        e,
        d,
        is_drafted_description,
        &describe::draft_description(profile),
        "utkast från den nya filens kolumner",
        "drafted from the new file's columns",
        kept,
        "dcterms:description (datamängden / the dataset)",
    );
    let drafted_distribution = |t: &Text| {
        t.value.starts_with(DISTRIBUTION_DRAFT_SV) || t.value.starts_with(DISTRIBUTION_DRAFT_EN)
    };
    replace_drafted(
        e,
        x,
        drafted_distribution,
        &describe::distribution_description(profile),
        "från den nya filen",
        "from the new file",
        kept,
        "dcterms:description (distributionen / the distribution)",
    );
}

/// Version notes: Datalots' earlier ones go, a person's stay, a change of structure
/// is written (DIGG §8: tell those who use the data).
fn version_notes(
    e: &mut Editor<'_>,
    d: &NamedOrBlankNode,
    structure: Option<&StructureChange>,
    date: &str,
    kept: &mut Vec<String>,
) {
    let notes = objects(e.g, d, ADMS_VERSION_NOTES);
    let (ours, theirs): (Vec<Term>, Vec<Term>) = notes.into_iter().partition(|t| {
        text_of(t).is_some_and(|t| {
            t.value.starts_with("Ny version ") || t.value.starts_with("New version ")
        })
    });
    if !theirs.is_empty() {
        kept.push("adms:versionNotes (skrivna av en person / written by a person)".into());
    }
    let mut new_notes = Vec::new();
    if let Some(change) = structure.filter(|c| !c.is_empty()) {
        let (sv, en) = change.describe();
        new_notes.push(lit(&Text::sv(format!(
            "Ny version {date}: kolumnerna har ändrats: {sv}."
        ))));
        new_notes.push(lit(&Text::en(format!(
            "New version {date}: the columns have changed: {en}."
        ))));
    }
    if !ours.is_empty() || !new_notes.is_empty() {
        e.set(
            d,
            ADMS_VERSION_NOTES,
            ours,
            new_notes,
            "ändrad kolumnstruktur (DIGG §8: berätta för den som använder data)",
            "changed column structure (DIGG §8: tell those who use the data)",
        );
    }
}

/// The data dictionary of an updated file, for the file as published, under the
/// dataset's title.
struct Dictionary {
    csvw: serde_json::Value,
    frictionless: serde_json::Value,
    csvw_url: String,
    published_name: String,
}

impl Dictionary {
    fn for_distribution(
        g: &Graph,
        d: &NamedOrBlankNode,
        x: &NamedOrBlankNode,
        profile: &Profile,
        file_name: &str,
    ) -> Dictionary {
        let download = objects(g, x, DCAT_DOWNLOAD_URL)
            .into_iter()
            .chain(objects(g, x, DCAT_ACCESS_URL))
            .find_map(|t| match t {
                Term::NamedNode(n) => Some(n.as_str().to_owned()),
                _ => None,
            })
            .unwrap_or_else(|| file_name.to_owned());
        let published_name = last_segment(&download).to_owned();
        let csvw_url = objects(g, x, DCTERMS_CONFORMS_TO)
            .into_iter()
            .find_map(|t| match t {
                Term::NamedNode(n) if n.as_str().ends_with("-metadata.json") => {
                    Some(n.as_str().to_owned())
                }
                _ => None,
            })
            .unwrap_or_else(|| format!("{download}-metadata.json"));
        let title = objects(g, d, DCTERMS_TITLE)
            .iter()
            .filter_map(text_of)
            .find(|t| t.lang.as_deref() == Some("sv"))
            .map(|t| t.value);
        let decoded = percent_decode(&published_name);
        Dictionary {
            csvw: crate::dictionary::csvw(profile, &published_name, title.as_deref()),
            frictionless: crate::dictionary::frictionless_resource(
                profile,
                &decoded,
                title.as_deref(),
            ),
            csvw_url,
            published_name: decoded,
        }
    }
}

/// A changed catalogue as text, with what was done: what the text-level calls return
/// (for the widget, which keeps the catalogue as a file's bytes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Changed<T> {
    /// The whole catalogue, written in `format`.
    pub rdf: String,
    /// The format written.
    pub format: Format,
    /// What a recovering read left out.
    pub dropped: Vec<Dropped>,
    /// What the operation did.
    pub done: T,
    /// Violations left in the whole catalogue.
    pub violations: usize,
}

/// A catalogue file's bytes, as the text-level calls ([`list_text`], [`remove_text`]…)
/// take it.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The file's name, for errors.
    pub name: &'a str,
    /// Its bytes.
    pub bytes: &'a [u8],
    /// Its format.
    pub format: Format,
    /// Read past syntax errors, listing what is left out ([`open`]'s `recover`).
    pub recover: bool,
}

impl Source<'_> {
    /// [`open`]s the file.
    pub fn open(&self) -> Result<Opened, Error> {
        open(self.bytes, self.format, self.recover, self.name)
    }
}

fn changed<T>(opened: Opened, format: Option<Format>, done: T) -> Result<Changed<T>, Error> {
    let format = format.unwrap_or(opened.format);
    Ok(Changed {
        rdf: write(&opened.graph, format)?,
        format,
        violations: dcat_ap_se::validate(&opened.graph).violations().count(),
        dropped: opened.dropped,
        done,
    })
}

/// [`list`] on a catalogue file's bytes.
pub fn list_text(source: &Source<'_>) -> Result<(Listing, Vec<Dropped>), Error> {
    let opened = source.open()?;
    let (listing, _) = list(&opened.graph)?;
    Ok((listing, opened.dropped))
}

/// [`remove`] on a catalogue file's bytes; the result in `out` (else the input's format).
pub fn remove_text(
    source: &Source<'_>,
    iri: &str,
    out: Option<Format>,
) -> Result<Changed<Removal>, Error> {
    let mut opened = source.open()?;
    let done = remove(&mut opened.graph, iri)?;
    changed(opened, out, done)
}

/// [`upgrade`] on a catalogue file's bytes.
pub fn upgrade_text(
    source: &Source<'_>,
    publisher: Option<&Publisher>,
    options: UpgradeOptions,
    out: Option<Format>,
) -> Result<Changed<Upgrade>, Error> {
    let mut opened = source.open()?;
    let done = upgrade(&mut opened.graph, publisher, options)?;
    changed(opened, out, done)
}

/// [`update`] on a catalogue file's bytes and the new CSV file's bytes.
pub fn update_text(
    source: &Source<'_>,
    csv: &[u8],
    publisher: Option<&Publisher>,
    request: &UpdateRequest,
    out: Option<Format>,
) -> Result<Changed<Updated>, Error> {
    let mut opened = source.open()?;
    let profile = csv_profile::profile_bytes(csv)?;
    let done = update(&mut opened.graph, &profile, publisher, request)?;
    changed(opened, out, done)
}

#[allow(clippy::too_many_arguments)]
fn replace_drafted(
    e: &mut Editor<'_>,
    s: &NamedOrBlankNode,
    drafted: impl Fn(&Text) -> bool,
    new: &[Text],
    sv: &str,
    en: &str,
    kept: &mut Vec<String>,
    what: &str,
) {
    let old = objects(e.g, s, DCTERMS_DESCRIPTION);
    let mut remove = Vec::new();
    let mut add = Vec::new();
    for t in &old {
        let Some(text) = text_of(t) else { continue };
        if drafted(&text) {
            remove.push(t.clone());
            if let Some(n) = new.iter().find(|n| n.lang == text.lang) {
                add.push(lit(n));
            }
        } else {
            kept.push(format!(
                "{what} «{}» (skriven av en person / written by a person)",
                text.value.chars().take(60).collect::<String>()
            ));
        }
    }
    if !remove.is_empty() && remove != add {
        e.set(s, DCTERMS_DESCRIPTION, remove, add, sv, en);
    }
}

/// Whether a period node has the shape Datalots writes: `dcterms:PeriodOfTime` with
/// `dcat:startDate`/`dcat:endDate` as `xsd:date`, nothing else, used by nothing else.
fn is_drafted_period(g: &Graph, p: &NamedOrBlankNode, d: &NamedOrBlankNode) -> bool {
    let term: Term = match p {
        NamedOrBlankNode::NamedNode(n) => n.clone().into(),
        NamedOrBlankNode::BlankNode(b) => b.clone().into(),
    };
    let used_elsewhere = g
        .triples_for_object(&term)
        .any(|t| t.subject != d.as_ref() || t.predicate != nn(DCTERMS_TEMPORAL));
    !used_elsewhere
        && matches!(p, NamedOrBlankNode::BlankNode(_))
        && g.triples_for_subject(p)
            .all(|t| match t.predicate.as_str() {
                RDF_TYPE => t.object == nn(DCTERMS_PERIOD_OF_TIME).into(),
                DCAT_START_DATE | DCAT_END_DATE => {
                    matches!(t.object, TermRef::Literal(l) if l.datatype() == nn(XSD_DATE))
                }
                _ => false,
            })
}

fn temporal(
    e: &mut Editor<'_>,
    d: &NamedOrBlankNode,
    profile: &Profile,
    date: &str,
    kept: &mut Vec<String>,
) {
    let periods: Vec<NamedOrBlankNode> = objects(e.g, d, DCTERMS_TEMPORAL)
        .iter()
        .filter_map(|t| as_subject(t.as_ref()).map(|s| s.into_owned()))
        .collect();
    let (ours, theirs): (Vec<NamedOrBlankNode>, Vec<NamedOrBlankNode>) = periods
        .into_iter()
        .partition(|p| is_drafted_period(e.g, p, d));
    if !theirs.is_empty() {
        kept.push("dcterms:temporal (skriven av en person / written by a person)".into());
        if ours.is_empty() {
            return;
        }
    }
    let to_term = |p: &NamedOrBlankNode| -> Term {
        match p {
            NamedOrBlankNode::NamedNode(n) => n.clone().into(),
            NamedOrBlankNode::BlankNode(b) => b.clone().into(),
        }
    };
    let mut remove: Vec<Term> = Vec::new();
    for p in &ours {
        let inside: Vec<Triple> = e.g.triples_for_subject(p).map(|t| t.into_owned()).collect();
        for t in &inside {
            e.g.remove(t);
        }
        let shown: Vec<String> = inside
            .iter()
            .filter(|t| t.predicate.as_str() != RDF_TYPE)
            .map(|t| format!("{} {}", compact(t.predicate.as_str()), t.object))
            .collect();
        e.changes.push(Change {
            resource: p.to_string(),
            property: "dcterms:PeriodOfTime".into(),
            from: Some(shown.join("; ")),
            to: None,
            sv: "den gamla versionens period".into(),
            en: "the old version's period".into(),
        });
        remove.push(to_term(p));
    }
    let mut add = Vec::new();
    let period = describe::period(profile);
    // A file without dates or years: a snapshot, holding from the new version's date.
    let (start, end) = match &period {
        Some(p) => (p.start.as_str(), Some(p.end.as_str())),
        None => (date, None),
    };
    {
        let node = edit::fresh_blank(e.g, "period");
        let s: NamedOrBlankNode = node.clone().into();
        e.g.insert(&Triple::new(
            s.clone(),
            nn(RDF_TYPE).into_owned(),
            nn(DCTERMS_PERIOD_OF_TIME).into_owned(),
        ));
        e.g.insert(&Triple::new(
            s.clone(),
            nn(DCAT_START_DATE).into_owned(),
            typed(start, XSD_DATE),
        ));
        if let Some(end) = end {
            e.g.insert(&Triple::new(
                s,
                nn(DCAT_END_DATE).into_owned(),
                typed(end, XSD_DATE),
            ));
        }
        add.push(Term::from(node));
    }
    if !remove.is_empty() || !add.is_empty() {
        let (sv, en) = match &period {
            Some(p) => (
                format!("från den nya filen, {}", p.note.sv),
                format!("from the new file, {}", p.note.en),
            ),
            None => (
                format!(
                    "den nya filen har inga datum eller årtal: uppgifterna antas gälla från den nya versionens datum, {date}"
                ),
                format!(
                    "the new file has no dates or years: the data is taken to hold from the new version's date, {date}"
                ),
            ),
        };
        e.set(d, DCTERMS_TEMPORAL, remove, add, &sv, &en);
    }
}

/// The distribution that is the file: the one whose download or access address ends
/// in the file's name, else the only CSV distribution, else the only distribution.
fn pick_distribution(
    g: &Graph,
    d: &NamedOrBlankNode,
    file_name: &str,
) -> Result<NamedOrBlankNode, Error> {
    let all: Vec<NamedOrBlankNode> = objects(g, d, DCAT_DISTRIBUTION_PROP)
        .iter()
        .filter_map(|t| as_subject(t.as_ref()).map(|s| s.into_owned()))
        .collect();
    let name = file_name_of(file_name);
    if let [one] = distributions_named(g, d, name).as_slice() {
        return Ok(one.clone());
    }
    let csv: Vec<&NamedOrBlankNode> = all
        .iter()
        .filter(|x| {
            objects(g, x, DCTERMS_FORMAT)
                .iter()
                .any(|t| matches!(t, Term::Literal(l) if l.value().starts_with("text/csv")))
        })
        .collect();
    if let [one] = csv.as_slice() {
        return Ok((*one).clone());
    }
    if let [one] = all.as_slice() {
        return Ok(one.clone());
    }
    Err(Error::WhichDistribution {
        dataset: d.to_string(),
        file: name.to_owned(),
        distributions: all.iter().map(ToString::to_string).collect(),
    })
}

/// What a person changed about a dataset already in a catalogue (the fields of the
/// describe form that a catalogue keeps as text). `None` leaves a property as it is;
/// texts replace the Swedish (and untagged) values and keep other languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DatasetEdits {
    /// `dcterms:title` in Swedish.
    pub title: Option<String>,
    /// `dcterms:description` in Swedish.
    pub description: Option<String>,
    /// `dcat:keyword` in Swedish (all of them).
    pub keywords: Option<Vec<String>>,
    /// `dcat:theme`: EU data theme codes (`GOVE`), IRIs or labels.
    pub themes: Option<Vec<String>>,
}

/// The dataset's current values for [`DatasetEdits`]: Swedish (or untagged) texts and
/// the theme codes, for filling in an edit form.
pub fn dataset_fields(graph: &Graph, iri: &str) -> Result<DatasetEdits, Error> {
    let datasets = edit::dataset_iris(graph);
    if !datasets.iter().any(|d| d == iri) {
        return Err(edit::unknown_dataset(iri, &datasets).into());
    }
    let s: NamedOrBlankNode = NamedNode::new_unchecked(iri).into();
    let swedish = |p: &str| -> Vec<String> {
        objects(graph, &s, p)
            .iter()
            .filter_map(text_of)
            .filter(|t| {
                t.lang
                    .as_deref()
                    .is_none_or(|l| l.eq_ignore_ascii_case("sv"))
            })
            .map(|t| t.value)
            .collect()
    };
    let themes = objects(graph, &s, DCAT_THEME)
        .iter()
        .filter_map(|t| match t {
            Term::NamedNode(n) => Some(n.as_str().rsplit('/').next().unwrap_or("").to_owned()),
            _ => None,
        })
        .collect();
    Ok(DatasetEdits {
        title: swedish(DCTERMS_TITLE).into_iter().next(),
        description: swedish(DCTERMS_DESCRIPTION).into_iter().next(),
        keywords: Some(swedish(DCAT_KEYWORD)),
        themes: Some(themes),
    })
}

/// Applies a person's edits to one dataset; nothing else in the catalogue changes.
/// Returns what changed. An unknown theme is refused before anything is changed.
pub fn edit_dataset(
    graph: &mut Graph,
    iri: &str,
    edits: &DatasetEdits,
) -> Result<Vec<Change>, Error> {
    let datasets = edit::dataset_iris(graph);
    if !datasets.iter().any(|d| d == iri) {
        return Err(edit::unknown_dataset(iri, &datasets).into());
    }
    let themes = match &edits.themes {
        Some(list) => Some(
            list.iter()
                .map(|t| lookup(dcat_ap_se::vocab::THEMES, t, "theme"))
                .collect::<Result<Vec<_>, _>>()?,
        ),
        None => None,
    };
    let s: NamedOrBlankNode = NamedNode::new_unchecked(iri).into();
    let mut e = Editor {
        g: graph,
        changes: Vec::new(),
    };
    let swedish_texts = |g: &Graph, p: &str| -> Vec<Term> {
        objects(g, &s, p)
            .into_iter()
            .filter(|t| {
                text_of(t).is_some_and(|t| {
                    t.lang
                        .as_deref()
                        .is_none_or(|l| l.eq_ignore_ascii_case("sv"))
                })
            })
            .collect()
    };
    for (p, value) in [
        (DCTERMS_TITLE, &edits.title),
        (DCTERMS_DESCRIPTION, &edits.description),
    ] {
        if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            let old = swedish_texts(e.g, p);
            e.set(
                &s,
                p,
                old,
                vec![lit(&Text::sv(v))],
                "ändrad i formuläret",
                "edited in the form",
            );
        }
    }
    if let Some(keywords) = &edits.keywords {
        let old = swedish_texts(e.g, DCAT_KEYWORD);
        let new = keywords
            .iter()
            .map(|k| k.trim())
            .filter(|k| !k.is_empty())
            .map(|k| lit(&Text::sv(k)))
            .collect();
        e.set(
            &s,
            DCAT_KEYWORD,
            old,
            new,
            "ändrade i formuläret",
            "edited in the form",
        );
    }
    if let Some(themes) = themes {
        let old = objects(e.g, &s, DCAT_THEME);
        let new = themes
            .iter()
            .map(|t| Term::from(NamedNode::new_unchecked(t.clone())))
            .collect();
        e.set(
            &s,
            DCAT_THEME,
            old,
            new,
            "ändrade i formuläret",
            "edited in the form",
        );
    }
    Ok(e.changes)
}

/// [`edit_dataset`] on a catalogue file's bytes.
pub fn edit_text(
    source: &Source<'_>,
    iri: &str,
    edits: &DatasetEdits,
    out: Option<Format>,
) -> Result<Changed<Vec<Change>>, Error> {
    let mut opened = source.open()?;
    let done = edit_dataset(&mut opened.graph, iri, edits)?;
    changed(opened, out, done)
}

/// [`update`] on a catalogue file's bytes, with a profile already made (the widget's
/// worker profiles the new file; [`update_text`] profiles CSV bytes itself).
pub fn update_profiled_text(
    source: &Source<'_>,
    profile: &Profile,
    publisher: Option<&Publisher>,
    request: &UpdateRequest,
    out: Option<Format>,
) -> Result<Changed<Updated>, Error> {
    let mut opened = source.open()?;
    let done = update(&mut opened.graph, profile, publisher, request)?;
    changed(opened, out, done)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn col(name: &str, kind: &str) -> Column {
        Column {
            name: name.into(),
            kind: kind.into(),
        }
    }

    #[test]
    fn the_listing_names_licences_by_their_label() {
        let (listing, _) = list(&catalogue(OLD)).unwrap();
        let d = &listing.datasets[0];
        assert_eq!(d.licences, [dcat_ap_se::vocab::CC0]);
        assert_eq!(d.licence_names.len(), 1);
        assert!(
            d.licence_names[0].sv.starts_with("CC0"),
            "{:?}",
            d.licence_names
        );
        assert_eq!(
            licence_name("https://example.org/own").en,
            "https://example.org/own"
        );
    }

    #[test]
    fn column_changes_are_named() {
        let old = [
            col("kommun", "string"),
            col("antal", "integer"),
            col("år", "integer"),
        ];
        let new = [
            col("kommun", "string"),
            col("invånare", "integer"),
            col("år", "string"),
            col("andel", "decimal"),
        ];
        let c = compare_columns(&old, &new);
        assert_eq!(c.renamed, [("antal".to_owned(), "invånare".to_owned())]);
        assert_eq!(
            c.retyped,
            [("år".to_owned(), "integer".to_owned(), "string".to_owned())]
        );
        assert_eq!(c.added, [col("andel", "decimal")]);
        assert!(c.removed.is_empty());
        let (sv, en) = c.describe();
        assert!(sv.contains("«antal» heter nu «invånare»"), "{sv}");
        assert!(en.contains("columns added «andel»"), "{en}");
        assert!(compare_columns(&old, &old).is_empty());
    }

    #[test]
    fn a_drafted_description_gives_its_columns() {
        let t = Text::sv(
            "Tabell med 11 rader och 3 kolumner: kommun (text), invånare (heltal) och datum (datum). \
             Uppgifterna gäller perioden 2024-01-31 till 2024-04-30.",
        );
        assert_eq!(
            columns_from_description(&t).unwrap(),
            [
                col("kommun", "text"),
                col("invånare", "heltal"),
                col("datum", "datum")
            ]
        );
        assert!(columns_from_description(&Text::sv("Badplatser i kommunen.")).is_none());
    }

    fn publisher() -> Publisher {
        Publisher::from_toml(
            r#"
name = "Exempelby kommun"
organisation_number = "212000-0000"
publisher_type = "LocalAuthority"
email = "oppnadata@exempelby.se"
base_uri = "https://data.exempelby.se"
"#,
            "kommun.toml",
        )
        .unwrap()
    }

    /// A catalogue with the dataset `describe` makes of `csv` (as `bad.csv`).
    fn catalogue(csv: &str) -> Graph {
        let profile = csv_profile::profile_bytes(csv.as_bytes()).unwrap();
        let answers = crate::Answers::from_json(
            r#"{"confidential": false, "personal_data": false, "high_value": false,
                "own_content": true, "facts_only": true, "conditions": "none"}"#,
        )
        .unwrap();
        let overrides = crate::Overrides {
            file_name: Some("bad.csv".into()),
            ..Default::default()
        };
        let draft = describe::describe(&profile, &answers, &publisher(), &overrides).unwrap();
        let mut c = describe::new_catalog(&publisher()).unwrap();
        draft.add_to(&mut c).unwrap();
        c.to_graph().unwrap()
    }

    const OLD: &str =
        "badplats;temperatur;datum\nOxundasjön;19,5;1/7/2024\nFjäturen;21,0;2/7/2024\n";
    const NEW: &str = "badplats;temperatur;datum;djup\nOxundasjön;18,5;1/8/2024;4,5\nFjäturen;20,0;9/8/2024;3,0\nSjö;17,0;3/8/2024;2,5\n";
    const DATASET: &str = "https://data.exempelby.se/dataset/bad";

    fn request() -> UpdateRequest {
        UpdateRequest {
            file_name: "bad.csv".into(),
            date: "2025-01-15".into(),
            ..UpdateRequest::default()
        }
    }

    fn texts(g: &Graph, s: &str, p: &str) -> Vec<String> {
        let s: NamedOrBlankNode = NamedNode::new_unchecked(s).into();
        objects(g, &s, p)
            .iter()
            .map(|t| match t {
                Term::Literal(l) => l.value().to_owned(),
                other => other.to_string(),
            })
            .collect()
    }

    #[test]
    fn update_redrafts_what_was_drafted_and_notes_new_columns() {
        let mut g = catalogue(OLD);
        let profile = csv_profile::profile_bytes(NEW.as_bytes()).unwrap();
        let u = update(&mut g, &profile, Some(&publisher()), &request()).unwrap();
        assert_eq!(u.dataset, DATASET);
        let d = texts(&g, DATASET, DCTERMS_DESCRIPTION);
        assert!(
            d.iter()
                .any(|t| t.starts_with("Tabell med 3 rader och 4 kolumner")),
            "{d:?}"
        );
        assert_eq!(texts(&g, DATASET, DCTERMS_MODIFIED), ["2025-01-15"]);
        let notes = texts(&g, DATASET, ADMS_VERSION_NOTES);
        assert!(
            notes.iter().any(|n| n.contains("nya kolumner «djup»")),
            "{notes:?}"
        );
        assert_eq!(u.structure.unwrap().added[0].name, "djup");
        let text = write(&g, Format::Turtle).unwrap();
        assert!(
            text.contains("2024-08-09") && !text.contains("2024-07-02"),
            "{text}"
        );
        assert_eq!(text.matches("dcat:startDate").count(), 1, "{text}");
    }

    #[test]
    fn update_keeps_a_description_and_a_period_a_person_wrote() {
        let mut g = catalogue(OLD);
        let ds: NamedOrBlankNode = NamedNode::new_unchecked(DATASET).into();
        for t in objects(&g, &ds, DCTERMS_DESCRIPTION) {
            g.remove(&Triple::new(
                ds.clone(),
                nn(DCTERMS_DESCRIPTION).into_owned(),
                t,
            ));
        }
        let mine = Text::sv("Badplatsernas temperatur, mätt av miljöförvaltningen varje sommar.");
        g.insert(&Triple::new(
            ds.clone(),
            nn(DCTERMS_DESCRIPTION).into_owned(),
            lit(&mine),
        ));
        // A period in years, as a person would write it: not Datalots' shape.
        for t in objects(&g, &ds, DCTERMS_TEMPORAL) {
            let p = as_subject(t.as_ref()).unwrap().into_owned();
            g.insert(&Triple::new(
                p,
                nn("http://www.w3.org/2000/01/rdf-schema#comment").into_owned(),
                lit(&Text::sv("somrarna")),
            ));
        }
        let before_period = write(&g, Format::Turtle).unwrap();
        assert!(before_period.contains("2024-07-01"));
        let profile = csv_profile::profile_bytes(NEW.as_bytes()).unwrap();
        let u = update(&mut g, &profile, Some(&publisher()), &request()).unwrap();
        assert_eq!(
            texts(&g, DATASET, DCTERMS_DESCRIPTION),
            std::slice::from_ref(&mine.value)
        );
        let text = write(&g, Format::Turtle).unwrap();
        assert!(
            text.contains("2024-07-01"),
            "the person's period stays: {text}"
        );
        assert!(
            !text.contains("2024-08-09"),
            "and no second one is added: {text}"
        );
        assert!(
            u.structure.is_none(),
            "no dictionary, no drafted description"
        );
        assert!(
            u.kept
                .iter()
                .any(|k| k.contains("Badplatsernas temperatur")),
            "{:?}",
            u.kept
        );
    }

    #[test]
    fn update_refuses_identity_numbers_and_unknown_datasets() {
        let mut g = catalogue(OLD);
        let before = g.clone();
        let bad = csv_profile::profile_bytes(
            "namn;personnummer\nA;19121212-1212\nB;19900101-0017\n".as_bytes(),
        )
        .unwrap();
        assert!(matches!(
            update(&mut g, &bad, Some(&publisher()), &request()),
            Err(Error::Refused { .. })
        ));
        let profile = csv_profile::profile_bytes(NEW.as_bytes()).unwrap();
        let mut r = request();
        r.dataset = Some("https://data.exempelby.se/dataset/annan".into());
        assert!(update(&mut g, &profile, None, &r).is_err());
        assert_eq!(g, before, "nothing changed");
    }

    #[test]
    fn the_text_calls_round_trip_through_json() {
        let g = catalogue(OLD);
        let ttl = write(&g, Format::Turtle).unwrap();
        fn source<'a>(name: &'a str, text: &'a str, format: Format) -> Source<'a> {
            Source {
                name,
                bytes: text.as_bytes(),
                format,
                recover: false,
            }
        }
        let (listing, dropped) = list_text(&source("k.ttl", &ttl, Format::Turtle)).unwrap();
        assert!(dropped.is_empty());
        assert_eq!(listing.datasets[0].iri, DATASET);
        let json = serde_json::to_string(&listing).unwrap();
        assert_eq!(serde_json::from_str::<Listing>(&json).unwrap(), listing);

        let up = update_text(
            &source("k.ttl", &ttl, Format::Turtle),
            NEW.as_bytes(),
            Some(&publisher()),
            &request(),
            Some(Format::JsonLd),
        )
        .unwrap();
        assert_eq!(up.format, Format::JsonLd);
        assert!(up.rdf.contains("2025-01-15"));
        let json = serde_json::to_string(&up).unwrap();
        assert_eq!(serde_json::from_str::<Changed<Updated>>(&json).unwrap(), up);

        let gone =
            remove_text(&source("k.jsonld", &up.rdf, Format::JsonLd), DATASET, None).unwrap();
        assert!(!gone.rdf.contains(DATASET));
        assert_eq!(gone.done.dataset, DATASET);
    }

    #[test]
    fn the_new_versions_date_is_a_day_that_exists_and_the_dataset_must_be_known() {
        let profile = csv_profile::profile_bytes(NEW.as_bytes()).unwrap();
        for bad in ["2025-02-31", "2025-13-01", "28/2/2025"] {
            let mut g = catalogue(OLD);
            let before = g.clone();
            let r = UpdateRequest {
                date: bad.into(),
                ..request()
            };
            match update(&mut g, &profile, Some(&publisher()), &r) {
                Err(Error::NotADate { property, value }) => {
                    assert_eq!((property, value.as_str()), ("dcterms:modified", bad));
                }
                other => panic!("{bad}: {other:?}"),
            }
            assert_eq!(g, before, "nothing changed");
        }
        // Without the IRI or the settings, the dataset is the one whose file it is…
        let mut g = catalogue(OLD);
        let found = update(&mut g, &profile, None, &request()).unwrap();
        assert_eq!(found.dataset, DATASET);
        assert!(
            found.found.en.contains("found by the file name"),
            "{:?}",
            found.found
        );
        // …and with no such file, which one is unknown.
        let mut g = catalogue(OLD);
        let other = UpdateRequest {
            file_name: "annan.csv".into(),
            ..request()
        };
        assert!(matches!(
            update(&mut g, &profile, None, &other),
            Err(Error::WhichDataset)
        ));
    }

    #[test]
    fn edits_change_only_the_swedish_texts_and_themes_of_one_dataset() {
        let mut g = catalogue(OLD);
        let other = Triple::new(
            NamedNode::new_unchecked(DATASET),
            NamedNode::new_unchecked(DCTERMS_TITLE),
            Literal::new_language_tagged_literal_unchecked("Bathing places", "en"),
        );
        g.insert(&other);
        let before = g.len();
        let edits = DatasetEdits {
            title: Some("Badplatser i Exempelby".into()),
            description: None,
            keywords: Some(vec!["bad".into(), " sjöar ".into(), "".into()]),
            themes: Some(vec!["ENVI".into()]),
        };
        let changes = edit_dataset(&mut g, DATASET, &edits).unwrap();
        assert_eq!(changes.len(), 3);
        let titles = texts(&g, DATASET, DCTERMS_TITLE);
        assert!(
            titles.contains(&"Badplatser i Exempelby".to_owned()),
            "{titles:?}"
        );
        assert!(
            titles.contains(&"Bathing places".to_owned()),
            "English kept: {titles:?}"
        );
        assert_eq!(titles.len(), 2);
        let mut kw = texts(&g, DATASET, DCAT_KEYWORD);
        kw.sort();
        assert_eq!(kw, vec!["bad".to_owned(), "sjöar".to_owned()]);
        let read = dataset_fields(&g, DATASET).unwrap();
        assert_eq!(read.title.as_deref(), Some("Badplatser i Exempelby"));
        assert_eq!(read.themes, Some(vec!["ENVI".to_owned()]));
        assert!(g.len() < before + 5);
        // An unknown theme changes nothing; an unknown dataset is refused by name.
        let snapshot = g.clone();
        let bad = DatasetEdits {
            title: Some("X".into()),
            themes: Some(vec!["NONSENSE".into()]),
            ..DatasetEdits::default()
        };
        assert!(edit_dataset(&mut g, DATASET, &bad).is_err());
        assert_eq!(g, snapshot);
        let e = edit_dataset(&mut g, "https://nowhere.example/x", &edits).unwrap_err();
        assert!(e.to_string().contains("nowhere"), "{e}");
    }
}
