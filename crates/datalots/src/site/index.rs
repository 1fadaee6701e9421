//! The dataset list: every dataset of a catalogue as a visitor sees it in the list
//! ([`Entry`]), and what a view of it shows ([`Site::results`]): the datasets that
//! match the search and every chosen facet value, in the chosen order, ten to a page,
//! with the facets' values and counts.
//!
//! Counts: a facet value's count is the number of datasets in the current result that
//! have it, which is how many would be left if it were chosen too (facets combine with
//! AND). Values with no dataset left are not shown, unless chosen.

use std::collections::HashMap;

use dcat_ap_se::vocab::{GEO_MEDIA_TYPES, HVD_CATEGORIES, MEDIA_TYPES, THEMES};
use dcat_ap_se::{Catalog, Dataset, Distribution, Node};

use super::fold::{Folded, Query, sort_key};
use super::licence::Licence;
use super::page::DatasetPage;
use super::view::{Sort, View};
use super::{page_slug, text_in};
use crate::Lang;

/// Datasets to a page of the list.
pub const PAGE_SIZE: usize = 10;
/// The longest start of a description the list shows, in characters.
pub const SUMMARY_CHARS: usize = 200;
/// The most values a facet shows (the chosen ones always show).
pub const FACET_VALUES_SHOWN: usize = 12;

/// The facets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FacetKind {
    /// EU data theme (`dcat:theme`), by its code (`EDUC`).
    Theme,
    /// The distributions' formats, by media type (`text/csv`).
    Format,
    /// The distributions' licences, by short name (`CC0 1.0`) or IRI.
    Licence,
    /// Keywords, in lower case.
    Keyword,
    /// HVD category, by its code (`c_e1da4e07`).
    Hvd,
}

impl FacetKind {
    /// All facets, in the order they are shown.
    pub const ALL: [FacetKind; 5] = [
        FacetKind::Theme,
        FacetKind::Format,
        FacetKind::Licence,
        FacetKind::Keyword,
        FacetKind::Hvd,
    ];

    /// The key in the URL fragment and in `data-facet`: `theme`, `format`, `licence`,
    /// `keyword`, `hvd`.
    pub fn key(self) -> &'static str {
        match self {
            FacetKind::Theme => "theme",
            FacetKind::Format => "format",
            FacetKind::Licence => "licence",
            FacetKind::Keyword => "keyword",
            FacetKind::Hvd => "hvd",
        }
    }

    /// The facet with this key.
    pub fn from_key(key: &str) -> Option<FacetKind> {
        FacetKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The facet's heading.
    pub fn title(self, lang: Lang) -> &'static str {
        let w = super::words::words(lang);
        match self {
            FacetKind::Theme => w.themes,
            FacetKind::Format => w.formats,
            FacetKind::Licence => w.licence,
            FacetKind::Keyword => w.keywords,
            FacetKind::Hvd => w.hvd,
        }
    }
}

/// A value with the words a visitor reads for it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Label {
    /// The value's key in the view (`EDUC`, `text/csv`, `CC0 1.0`, `skola`).
    pub key: String,
    /// Its label in the page's language.
    pub label: String,
}

/// A dataset as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The dataset's page name (unique in the catalogue).
    pub slug: String,
    /// The dataset's IRI.
    pub iri: Option<String>,
    /// The title in the page's language (the other as fallback).
    pub title: String,
    /// The start of the description.
    pub summary: String,
    /// Its EU data themes.
    pub themes: Vec<Label>,
    /// Its distributions' formats.
    pub formats: Vec<Label>,
    /// Its distributions' licences, in words.
    pub licences: Vec<Label>,
    /// Its keywords in the page's language (the other when it has none).
    pub keywords: Vec<Label>,
    /// Its HVD categories.
    pub hvd: Vec<Label>,
    /// Last modified, `YYYY-MM-DD` (or as the catalogue gives it): `dcterms:modified`,
    /// else `dcterms:issued` (a dataset never changed since it was published).
    pub modified: Option<String>,
    search: Folded,
}

impl Entry {
    /// The entry's values of a facet.
    pub fn labels(&self, kind: FacetKind) -> &[Label] {
        match kind {
            FacetKind::Theme => &self.themes,
            FacetKind::Format => &self.formats,
            FacetKind::Licence => &self.licences,
            FacetKind::Keyword => &self.keywords,
            FacetKind::Hvd => &self.hvd,
        }
    }

    fn has(&self, kind: FacetKind, key: &str) -> bool {
        self.labels(kind).iter().any(|l| l.key == key)
    }
}

/// A facet value with its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// The value.
    pub key: String,
    /// Its label.
    pub label: String,
    /// Datasets of the current result that have it.
    pub count: usize,
    /// Whether it is chosen.
    pub selected: bool,
}

/// A facet: its values in the current result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facet {
    /// Which facet.
    pub kind: FacetKind,
    /// Its values, most datasets first (at most [`FACET_VALUES_SHOWN`] and the chosen).
    pub values: Vec<FacetValue>,
}

/// What a view of the list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results<'a> {
    /// How many datasets match.
    pub total: usize,
    /// The page shown, from 1 (the view's, or the last there is).
    pub page: usize,
    /// How many pages there are (at least 1).
    pub pages: usize,
    /// The number of the first dataset shown, from 1 (0 when none).
    pub first: usize,
    /// The datasets of the page.
    pub items: Vec<&'a Entry>,
    /// The facets with their counts; facets without values are left out.
    pub facets: Vec<Facet>,
}

/// A catalogue prepared for showing in one language.
#[derive(Debug, Clone)]
pub struct Site {
    /// The page's language.
    pub lang: Lang,
    /// The catalogue's title.
    pub title: String,
    /// The catalogue's description.
    pub description: String,
    /// The publisher's name.
    pub publisher: Option<String>,
    /// The publisher's or catalogue's home page.
    pub homepage: Option<String>,
    /// Every dataset, in the catalogue's order.
    pub entries: Vec<Entry>,
    datasets: Vec<Dataset>,
    by_title: Vec<usize>,
    by_modified: Vec<usize>,
}

impl Site {
    /// Prepares a catalogue for showing in `lang`.
    pub fn new(catalog: &Catalog, lang: Lang) -> Site {
        let w = super::words::words(lang);
        let mut slugs: HashMap<String, usize> = HashMap::new();
        let mut entries = Vec::with_capacity(catalog.datasets.len());
        for d in &catalog.datasets {
            let mut e = entry(d, lang);
            let n = slugs.entry(e.slug.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                e.slug = format!("{}-{n}", e.slug);
            }
            entries.push(e);
        }
        let mut by_title: Vec<usize> = (0..entries.len()).collect();
        let keys: Vec<Vec<u8>> = entries.iter().map(|e| sort_key(&e.title)).collect();
        by_title.sort_by(|a, b| {
            keys[*a]
                .cmp(&keys[*b])
                .then(entries[*a].title.cmp(&entries[*b].title))
        });
        let mut by_modified = by_title.clone();
        // Newest first, undated last; the same date in title order (a stable sort).
        by_modified.sort_by(|a, b| entries[*b].modified.cmp(&entries[*a].modified));
        Site {
            lang,
            title: text_in(&catalog.title, lang)
                .unwrap_or(w.catalogue)
                .to_owned(),
            description: text_in(&catalog.description, lang)
                .unwrap_or_default()
                .to_owned(),
            publisher: catalog
                .publisher
                .as_ref()
                .and_then(|p| text_in(&p.name, lang))
                .map(str::to_owned),
            homepage: catalog
                .homepage
                .clone()
                .or_else(|| catalog.publisher.as_ref().and_then(|p| p.homepage.clone())),
            entries,
            datasets: catalog.datasets.clone(),
            by_title,
            by_modified,
        }
    }

    /// The entries in an order.
    pub fn sorted(&self, sort: Sort) -> impl Iterator<Item = &Entry> {
        let order = match sort {
            Sort::Title => &self.by_title,
            Sort::Modified => &self.by_modified,
        };
        order.iter().map(|i| &self.entries[*i])
    }

    /// What the view shows of the list.
    pub fn results(&self, view: &View) -> Results<'_> {
        let query = Query::new(&view.query);
        let matched: Vec<&Entry> = self
            .sorted(view.sort)
            .filter(|e| query.matches(&e.search))
            .filter(|e| view.filters.iter().all(|(k, v)| e.has(*k, v)))
            .collect();
        let total = matched.len();
        let pages = total.div_ceil(PAGE_SIZE).max(1);
        let page = view.page.clamp(1, pages);
        let start = (page - 1) * PAGE_SIZE;
        let items: Vec<&Entry> = matched
            .iter()
            .skip(start)
            .take(PAGE_SIZE)
            .copied()
            .collect();
        let first = if items.is_empty() { 0 } else { start + 1 };
        Results {
            total,
            page,
            pages,
            first,
            items,
            facets: facets(&matched, view),
        }
    }

    /// The entry with this page name.
    pub fn entry(&self, slug: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.slug == slug)
    }

    /// The page of the dataset with this page name.
    pub fn page(&self, slug: &str) -> Option<DatasetPage> {
        let i = self.entries.iter().position(|e| e.slug == slug)?;
        Some(DatasetPage::new(
            &self.datasets[i],
            &self.entries[i],
            self.lang,
        ))
    }

    /// The site's base address as the catalogue gives it: where the datasets'
    /// landing pages are the static pages (`{base}/dataset/{slug}.html`, as
    /// `describe` writes them with the publisher's `landing_pages`). `None` when no
    /// dataset has such a page, or two name different bases.
    pub fn base_from_landing_pages(&self) -> Option<String> {
        let mut base: Option<String> = None;
        for (d, e) in self.datasets.iter().zip(&self.entries) {
            let tail = format!("/{}", super::page_path(&e.slug));
            for page in &d.landing_page {
                if let Some(b) = page.strip_suffix(&tail) {
                    match &base {
                        Some(known) if known != b => return None,
                        _ => base = Some(b.to_owned()),
                    }
                }
            }
        }
        base
    }

    /// Every dataset's page, in the catalogue's order.
    pub fn pages(&self) -> impl Iterator<Item = DatasetPage> + '_ {
        self.datasets
            .iter()
            .zip(&self.entries)
            .map(|(d, e)| DatasetPage::new(d, e, self.lang))
    }
}

/// Counts the facet values over the matched entries.
fn facets(matched: &[&Entry], view: &View) -> Vec<Facet> {
    let mut out = Vec::new();
    for kind in FacetKind::ALL {
        let mut counts: HashMap<&str, (usize, &str)> = HashMap::new();
        for e in matched {
            for l in e.labels(kind) {
                counts.entry(&l.key).or_insert((0, &l.label)).0 += 1;
            }
        }
        let mut values: Vec<FacetValue> = counts
            .into_iter()
            .map(|(key, (count, label))| FacetValue {
                key: key.to_owned(),
                label: label.to_owned(),
                count,
                selected: view.is_selected(kind, key),
            })
            .collect();
        // A chosen value that no dataset has (from a shared link): shown, with 0.
        for (k, v) in &view.filters {
            if *k == kind && !values.iter().any(|x| &x.key == v) {
                values.push(FacetValue {
                    key: v.clone(),
                    label: v.clone(),
                    count: 0,
                    selected: true,
                });
            }
        }
        values.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| sort_key(&a.label).cmp(&sort_key(&b.label)))
                .then_with(|| a.key.cmp(&b.key))
        });
        let mut shown = 0;
        values.retain(|v| {
            shown += 1;
            v.selected || shown <= FACET_VALUES_SHOWN
        });
        if !values.is_empty() {
            out.push(Facet { kind, values });
        }
    }
    out
}

/// The list entry of a dataset (its slug before [`Site`] makes it unique).
fn entry(d: &Dataset, lang: Lang) -> Entry {
    let iri = d.id.as_ref().and_then(Node::iri).map(str::to_owned);
    let title = text_in(&d.title, lang)
        .unwrap_or_default()
        .trim()
        .to_owned();
    let description = text_in(&d.description, lang).unwrap_or_default();
    let themes = dedup(d.theme.iter().map(|t| theme(t, lang)));
    let formats = dedup(d.distributions.iter().filter_map(|x| format(x, lang)));
    let licences = dedup(
        d.distributions
            .iter()
            .filter_map(|x| x.licence.as_deref())
            .map(|l| {
                let l = Licence::of(l);
                Label {
                    key: l.key(),
                    label: l.in_words().get(lang).to_owned(),
                }
            }),
    );
    let hvd = dedup(
        d.hvd_category
            .iter()
            .map(|c| concept(HVD_CATEGORIES, c, lang)),
    );
    let mut words: Vec<&str> = keywords_in(d, lang);
    words.retain(|k| !k.trim().is_empty());
    let keywords = dedup(words.iter().map(|k| Label {
        key: k.trim().to_lowercase(),
        label: k.trim().to_owned(),
    }));
    let search = Folded::of_all(
        d.title
            .iter()
            .chain(&d.description)
            .chain(&d.keyword)
            .map(|t| t.value.as_str()),
    );
    Entry {
        slug: page_slug(iri.as_deref(), &title),
        iri,
        summary: summary(description),
        title,
        themes,
        formats,
        licences,
        keywords,
        hvd,
        modified: d
            .modified
            .as_ref()
            .or(d.issued.as_ref())
            .map(|m| day(&m.value)),
        search,
    }
}

/// The keywords in the page's language, else in the other, else the untagged ones.
pub(super) fn keywords_in(d: &Dataset, lang: Lang) -> Vec<&str> {
    let tagged = |l: Lang| -> Vec<&str> {
        d.keyword
            .iter()
            .filter(|k| {
                k.lang
                    .as_deref()
                    .and_then(|t| t.split('-').next())
                    .is_some_and(|p| p.eq_ignore_ascii_case(l.tag()))
            })
            .map(|k| k.value.as_str())
            .collect()
    };
    let mine = tagged(lang);
    if !mine.is_empty() {
        return mine;
    }
    let other = tagged(lang.other());
    if !other.is_empty() {
        return other;
    }
    d.keyword.iter().map(|k| k.value.as_str()).collect()
}

fn dedup(labels: impl Iterator<Item = Label>) -> Vec<Label> {
    let mut out: Vec<Label> = Vec::new();
    for l in labels {
        if !out.iter().any(|o| o.key == l.key) {
            out.push(l);
        }
    }
    out
}

/// The date part of a date or date-time.
pub(super) fn day(value: &str) -> String {
    value.split('T').next().unwrap_or(value).to_owned()
}

/// The start of a description: whitespace made single, cut after a word near
/// [`SUMMARY_CHARS`] with «…».
pub fn summary(description: &str) -> String {
    let flat = description.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= SUMMARY_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(SUMMARY_CHARS).collect();
    let at = cut
        .rfind(' ')
        .filter(|i| *i > SUMMARY_CHARS / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', '.', ';', ':', ' ']))
}

/// A value of a vocabulary as a label: its code as key, its label in `lang`.
fn concept(list: &[dcat_ap_se::spec::Concept], iri: &str, lang: Lang) -> Label {
    let code = iri
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(iri)
        .to_owned();
    let label = list
        .iter()
        .find(|c| c.uri == iri)
        .map(|c| lang.pick(c.sv, c.en).to_owned())
        .unwrap_or_else(|| code.clone());
    Label { key: code, label }
}

/// An EU data theme.
pub(super) fn theme(iri: &str, lang: Lang) -> Label {
    concept(THEMES, iri, lang)
}

/// A HVD category.
pub(super) fn hvd_category(iri: &str, lang: Lang) -> Label {
    concept(HVD_CATEGORIES, iri, lang)
}

/// A distribution's format: its media type (`dcterms:format`, else `dcat:mediaType`'s
/// IANA address, else an EU file type's code) as the key, and a short name.
pub(super) fn format(d: &Distribution, lang: Lang) -> Option<Label> {
    let raw = d.format.as_deref().or(d.media_type.as_deref())?.trim();
    let key = raw
        .strip_prefix("http://www.iana.org/assignments/media-types/")
        .or_else(|| raw.strip_prefix("https://www.iana.org/assignments/media-types/"))
        .unwrap_or(raw);
    let key = if key.contains("://") {
        key.trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or(key)
            .to_ascii_uppercase()
    } else {
        key.split(';')
            .next()
            .unwrap_or(key)
            .trim()
            .to_ascii_lowercase()
    };
    if key.is_empty() {
        return None;
    }
    let known = MEDIA_TYPES
        .iter()
        .chain(GEO_MEDIA_TYPES)
        .find(|c| c.uri == key)
        .map(|c| lang.pick(c.sv, c.en));
    let label = match known {
        // «CSV (.csv)» → «CSV»; «CSV (.csv) i en zip» → «CSV i en zip».
        Some(l) => match (l.find(" ("), l.find(')')) {
            (Some(a), Some(b)) if b > a => format!("{}{}", &l[..a], &l[b + 1..]),
            _ => l.to_owned(),
        },
        None => key.rsplit('/').next().unwrap_or(&key).to_ascii_uppercase(),
    };
    Some(Label { key, label })
}

#[cfg(test)]
mod tests;
