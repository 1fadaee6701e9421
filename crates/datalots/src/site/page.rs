//! One dataset's page: everything a visitor reads about it, in the page's language,
//! with the catalogue's texts in the other language where the page's is missing.

use dcat_ap_se::vocab::{FREQUENCIES, SWEDEN};
use dcat_ap_se::{Agent, ContactPoint, Dataset, Distribution, Node, PeriodOfTime};

use super::index::{Entry, Label, day, format, hvd_category, keywords_in, theme};
use super::licence::Licence;
use super::text_in;
use super::words::size;
use crate::Lang;

/// A link: the text to show and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The text.
    pub text: String,
    /// The address (`None`: the text alone).
    pub href: Option<String>,
}

/// The publisher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    /// Its name.
    pub name: String,
    /// Its home page.
    pub homepage: Option<String>,
}

/// A contact point.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    /// Its name.
    pub name: String,
    /// E-mail addresses, without `mailto:`.
    pub email: Vec<String>,
    /// Telephone numbers, without `tel:`.
    pub phone: Vec<String>,
    /// Postal addresses, one line each.
    pub address: Vec<String>,
    /// Web pages.
    pub url: Vec<String>,
}

/// A licence as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenceText {
    /// Its name in words («Fri användning (CC0 1.0)»).
    pub name: String,
    /// What a re-user may do.
    pub meaning: String,
    /// The licence's address.
    pub iri: String,
}

/// One distribution: a way to get the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    /// Its title, else the format's name, else «Ladda ner».
    pub title: String,
    /// Its description.
    pub description: Option<String>,
    /// The format's key (the media type) and name.
    pub format: Option<Label>,
    /// Its size in words (`12,3 kB`).
    pub size: Option<String>,
    /// Its size in bytes.
    pub bytes: Option<u64>,
    /// The download address (`dcat:downloadURL`, else `dcat:accessURL`).
    pub href: Option<String>,
    /// Its licence.
    pub licence: Option<LicenceText>,
    /// What it conforms to (a data dictionary, a schema).
    pub conforms_to: Vec<String>,
}

/// A dataset's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetPage {
    /// The page's name (`dataset/{slug}.html`, `#dataset={slug}`).
    pub slug: String,
    /// The dataset's IRI.
    pub iri: Option<String>,
    /// `dcterms:identifier`s.
    pub identifiers: Vec<String>,
    /// The title.
    pub title: String,
    /// The whole description, in paragraphs.
    pub description: Vec<String>,
    /// The keywords.
    pub keywords: Vec<String>,
    /// The EU data themes.
    pub themes: Vec<Label>,
    /// The HVD categories.
    pub hvd: Vec<Label>,
    /// The time period covered, `start – end`.
    pub period: Option<String>,
    /// The period's start and end as ISO 8601 (`2024-01-01/2024-12-31`, `2024-01-01/..`).
    pub period_iso: Option<String>,
    /// The areas covered.
    pub areas: Vec<Link>,
    /// The publisher.
    pub publisher: Option<Publisher>,
    /// The contact points.
    pub contacts: Vec<Contact>,
    /// The licences of its distributions.
    pub licences: Vec<LicenceText>,
    /// How often it is updated.
    pub frequency: Option<String>,
    /// Last modified.
    pub modified: Option<String>,
    /// First published.
    pub issued: Option<String>,
    /// The distributions.
    pub downloads: Vec<Download>,
    /// Data dictionaries (`dcterms:conformsTo` of the dataset and its distributions).
    pub dictionaries: Vec<String>,
    /// Other pages about the dataset (`dcat:landingPage`).
    pub landing_pages: Vec<String>,
}

impl DatasetPage {
    /// The page of `d`, whose list entry is `e`.
    pub fn new(d: &Dataset, e: &Entry, lang: Lang) -> DatasetPage {
        let description = text_in(&d.description, lang).unwrap_or_default();
        let downloads: Vec<Download> = d.distributions.iter().map(|x| download(x, lang)).collect();
        let mut licences: Vec<LicenceText> = Vec::new();
        for l in downloads.iter().filter_map(|x| x.licence.clone()) {
            if !licences.iter().any(|o| o.iri == l.iri) {
                licences.push(l);
            }
        }
        let mut dictionaries: Vec<String> = Vec::new();
        for c in d
            .conforms_to
            .iter()
            .chain(downloads.iter().flat_map(|x| &x.conforms_to))
        {
            if !dictionaries.contains(c) {
                dictionaries.push(c.clone());
            }
        }
        let period = d.temporal.first();
        DatasetPage {
            slug: e.slug.clone(),
            iri: d.id.as_ref().and_then(Node::iri).map(str::to_owned),
            identifiers: d.identifier.clone(),
            title: e.title.clone(),
            description: paragraphs(description),
            keywords: keywords_in(d, lang)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            themes: d.theme.iter().map(|t| theme(t, lang)).collect(),
            hvd: d
                .hvd_category
                .iter()
                .map(|c| hvd_category(c, lang))
                .collect(),
            period: period.and_then(period_text),
            period_iso: period.and_then(period_iso),
            areas: areas(d, lang),
            publisher: d.publisher.as_ref().and_then(|p| publisher(p, lang)),
            contacts: d.contact_point.iter().map(|c| contact(c, lang)).collect(),
            licences,
            frequency: d.accrual_periodicity.as_deref().map(|f| {
                FREQUENCIES
                    .iter()
                    .find(|c| c.uri == f)
                    .map_or_else(|| f.to_owned(), |c| lang.pick(c.sv, c.en).to_owned())
            }),
            modified: d.modified.as_ref().map(|m| day(&m.value)),
            issued: d.issued.as_ref().map(|m| day(&m.value)),
            downloads,
            dictionaries,
            landing_pages: d.landing_page.clone(),
        }
    }
}

/// The description's paragraphs (split at blank lines, lines joined).
fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

fn period_text(p: &PeriodOfTime) -> Option<String> {
    match (&p.start, &p.end) {
        (None, None) => None,
        (s, e) => Some(
            format!(
                "{} – {}",
                s.as_ref().map(|d| day(&d.value)).unwrap_or_default(),
                e.as_ref().map(|d| day(&d.value)).unwrap_or_default()
            )
            .trim()
            .to_owned(),
        ),
    }
}

fn period_iso(p: &PeriodOfTime) -> Option<String> {
    match (&p.start, &p.end) {
        (None, None) => None,
        (s, e) => Some(format!(
            "{}/{}",
            s.as_ref()
                .map_or_else(|| "..".to_owned(), |d| d.value.clone()),
            e.as_ref()
                .map_or_else(|| "..".to_owned(), |d| d.value.clone())
        )),
    }
}

/// The areas: Sweden by name, a municipality's Geonames or EU place address by its
/// address, geometry by its bounding box.
fn areas(d: &Dataset, lang: Lang) -> Vec<Link> {
    let mut out: Vec<Link> = d
        .spatial
        .iter()
        .map(|iri| {
            let sweden = iri.trim_end_matches('/') == SWEDEN;
            Link {
                text: if sweden {
                    lang.pick("Sverige", "Sweden").to_owned()
                } else {
                    iri.clone()
                },
                href: Some(iri.clone()),
            }
        })
        .collect();
    for g in &d.spatial_geometry {
        if let Some(b) = g.bbox.as_ref().or(g.centroid.as_ref()) {
            out.push(Link {
                text: b.clone(),
                href: None,
            });
        }
    }
    out
}

fn publisher(p: &Agent, lang: Lang) -> Option<Publisher> {
    Some(Publisher {
        name: text_in(&p.name, lang)?.to_owned(),
        homepage: p.homepage.clone(),
    })
}

fn contact(c: &ContactPoint, lang: Lang) -> Contact {
    Contact {
        name: text_in(&c.name, lang).unwrap_or_default().to_owned(),
        email: c
            .email
            .iter()
            .map(|e| e.trim_start_matches("mailto:").to_owned())
            .collect(),
        phone: c
            .telephone
            .iter()
            .filter_map(|t| t.value.as_deref())
            .map(|t| t.trim_start_matches("tel:").to_owned())
            .collect(),
        address: c
            .address
            .iter()
            .map(|a| {
                let town = [a.postal_code.as_deref(), a.locality.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                [a.street.clone(), Some(town), a.country.clone()]
                    .into_iter()
                    .flatten()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .filter(|a| !a.is_empty())
            .collect(),
        url: c.url.clone(),
    }
}

fn download(x: &Distribution, lang: Lang) -> Download {
    let format = format(x, lang);
    let title = text_in(&x.title, lang)
        .map(str::to_owned)
        .or_else(|| format.as_ref().map(|f| f.label.clone()))
        .unwrap_or_else(|| super::words::words(lang).download.to_owned());
    Download {
        title,
        description: text_in(&x.description, lang).map(str::to_owned),
        size: x.byte_size.map(|b| size(lang, b)),
        bytes: x.byte_size,
        href: x.download_url.first().or(x.access_url.first()).cloned(),
        licence: x.licence.as_deref().map(|l| {
            let l = Licence::of(l);
            LicenceText {
                name: l.in_words().get(lang).to_owned(),
                meaning: l.meaning.get(lang).to_owned(),
                iri: l.iri,
            }
        }),
        conforms_to: x.conforms_to.clone(),
        format,
    }
}
