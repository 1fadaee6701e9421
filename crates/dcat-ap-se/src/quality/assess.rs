//! Computing the grade from the triples of a catalogue.

use std::collections::BTreeSet;

use oxrdf::{Graph, NamedNodeRef, NamedOrBlankNodeRef, TermRef, Triple};

use super::indicators::{Dimension, INDICATORS, Indicator, Level};
use super::lists::{self, FileType};
use super::{
    Assessment, DatasetAssessment, DimensionScore, IndicatorScore, PORTAL_CHECKED_MAX, Profile,
    Rating, Stars, round2,
};
use crate::ns;
use crate::spec::Text;
use crate::validate::{Index, Severity, show, validate_index};

fn nn(iri: &'static str) -> NamedNodeRef<'static> {
    NamedNodeRef::new_unchecked(iri)
}

/// Grades the catalogue in a graph.
pub fn assess_graph(graph: &Graph, profile: Profile) -> Assessment {
    assess_index(&Index::new(graph.iter()), profile)
}

/// Grades the catalogue in these triples (a triple given twice counts once).
pub fn assess_triples(triples: &[Triple], profile: Profile) -> Assessment {
    assess_index(&Index::new(triples.iter().map(Triple::as_ref)), profile)
}

/// Pass or fail of every indicator for one distribution.
struct DistributionChecks {
    node: String,
    pass: [bool; INDICATORS.len()],
    stars: Stars,
}

impl DistributionChecks {
    /// The interoperability points the distribution itself earns (which one is best).
    fn interoperability(&self, profile: Profile) -> u32 {
        INDICATORS
            .iter()
            .filter(|i| i.on == Level::BestDistribution && self.pass[i.indicator as usize])
            .map(|i| profile.weight(i.indicator))
            .sum()
    }
}

/// One dataset with its checks.
struct DatasetChecks {
    node: String,
    title: Option<String>,
    pass: [bool; INDICATORS.len()],
    distributions: Vec<DistributionChecks>,
    /// The index of the best distribution.
    best: Option<usize>,
}

/// Counts (passed, total) for an indicator over the given datasets.
fn count(indicator: Indicator, datasets: &[&DatasetChecks]) -> (usize, usize) {
    let i = indicator as usize;
    match indicator.info().on {
        Level::Dataset => (
            datasets.iter().filter(|d| d.pass[i]).count(),
            datasets.len(),
        ),
        Level::Distribution => {
            let all = datasets.iter().flat_map(|d| &d.distributions);
            let total = all.clone().count();
            (all.filter(|x| x.pass[i]).count(), total)
        }
        Level::BestDistribution => (
            datasets
                .iter()
                .filter(|d| d.best.is_some_and(|b| d.distributions[b].pass[i]))
                .count(),
            datasets.len(),
        ),
    }
}

/// The indicator results, dimension points and total over these datasets.
fn score(
    profile: Profile,
    datasets: &[&DatasetChecks],
) -> (Vec<IndicatorScore>, Vec<DimensionScore>, f64) {
    let mut indicators = Vec::with_capacity(INDICATORS.len());
    let mut total = 0.0;
    for info in &INDICATORS {
        let max = profile.weight(info.indicator);
        let (passed, of) = count(info.indicator, datasets);
        let (points, passed) = if info.checked_by_portal {
            (None, None)
        } else {
            let share = if of == 0 {
                0.0
            } else {
                passed as f64 / of as f64
            };
            let p = f64::from(max) * share;
            total += p;
            (Some(round2(p)), Some(passed))
        };
        indicators.push(IndicatorScore {
            indicator: info.indicator,
            name: info.name,
            dimension: info.dimension,
            property: info.property,
            on: info.on,
            max,
            points,
            passed,
            total: of,
            checked_by_portal: info.checked_by_portal,
            label: info.label,
            earn: info.earn,
        });
    }
    let dimensions = Dimension::ALL
        .iter()
        .map(|&d| {
            let of_d = indicators.iter().filter(|i| i.dimension == d);
            DimensionScore {
                dimension: d,
                label: d.label(),
                points: round2(of_d.clone().filter_map(|i| i.points).sum()),
                metadata_max: of_d
                    .clone()
                    .filter(|i| !i.checked_by_portal)
                    .map(|i| i.max)
                    .sum(),
                max: of_d.map(|i| i.max).sum(),
            }
        })
        .collect();
    (indicators, dimensions, round2(total))
}

fn assess_index(ix: &Index<'_>, profile: Profile) -> Assessment {
    let checker = Checker { ix, profile };
    let violations: BTreeSet<String> = match profile {
        Profile::Eu => validate_index(ix)
            .findings
            .into_iter()
            .filter(|f| f.severity == Severity::Violation)
            .map(|f| f.resource)
            .collect(),
        Profile::Dataportal => BTreeSet::new(),
    };
    let datasets: Vec<DatasetChecks> = checker
        .datasets()
        .into_iter()
        .map(|d| checker.dataset(d, &violations))
        .collect();
    let assessed: Vec<DatasetAssessment> = datasets
        .iter()
        .map(|d| {
            let (indicators, dimensions, points) = score(profile, &[d]);
            DatasetAssessment {
                dataset: d.node.clone(),
                title: d.title.clone(),
                points,
                max: profile.max(),
                metadata_max: profile.metadata_max(),
                rating: Rating::of(points),
                rating_when_reachable: Rating::of(points + f64::from(PORTAL_CHECKED_MAX)),
                dimensions,
                indicators,
                distributions: d.distributions.iter().map(|x| x.stars.clone()).collect(),
            }
        })
        .collect();
    let all: Vec<&DatasetChecks> = datasets.iter().collect();
    let (indicators, dimensions, points) = score(profile, &all);
    let stars: Vec<u8> = datasets
        .iter()
        .flat_map(|d| &d.distributions)
        .map(|x| x.stars.stars)
        .collect();
    Assessment {
        profile,
        points,
        max: profile.max(),
        metadata_max: profile.metadata_max(),
        portal_checked_max: PORTAL_CHECKED_MAX,
        rating: Rating::of(points),
        rating_when_reachable: Rating::of(points + f64::from(PORTAL_CHECKED_MAX)),
        dimensions,
        indicators,
        datasets: assessed,
        distributions: stars.len(),
        stars_average: (!stars.is_empty())
            .then(|| round2(stars.iter().map(|s| f64::from(*s)).sum::<f64>() / stars.len() as f64)),
    }
}

/// The checks over one graph.
struct Checker<'i, 'g> {
    ix: &'i Index<'g>,
    profile: Profile,
}

/// The resource a term is, if it is one.
fn node(t: TermRef<'_>) -> Option<NamedOrBlankNodeRef<'_>> {
    match t {
        TermRef::NamedNode(n) => Some(n.into()),
        TermRef::BlankNode(b) => Some(b.into()),
        _ => None,
    }
}

/// A media type a value names: a literal `type/subtype` or an IANA media-type IRI.
fn media_type(t: TermRef<'_>) -> Option<String> {
    let text = match t {
        TermRef::Literal(l) => l.value(),
        TermRef::NamedNode(n) => {
            let s = n.as_str();
            s.strip_prefix("https://")
                .or_else(|| s.strip_prefix("http://"))?
                .strip_prefix(lists::IANA_MEDIA_TYPES)?
        }
        _ => return None,
    };
    lists::looks_like_media_type(text).then(|| lists::normalise_media_type(text))
}

/// The EU file type an IRI value names.
fn eu_file_type(t: TermRef<'_>) -> Option<&'static FileType> {
    match t {
        TermRef::NamedNode(n) => lists::file_type_of_iri(n.as_str()),
        _ => None,
    }
}

/// A media type from one of DCAT-AP-SE's lists (the portal's own).
fn in_dcat_ap_se_lists(m: &str) -> bool {
    crate::vocab::MEDIA_TYPES
        .iter()
        .chain(crate::vocab::GEO_MEDIA_TYPES)
        .any(|c| c.uri.eq_ignore_ascii_case(m))
}

impl<'g> Checker<'_, 'g> {
    fn objects(&self, s: NamedOrBlankNodeRef<'g>, p: &'static str) -> Vec<TermRef<'g>> {
        self.ix.objects(s, nn(p)).collect()
    }

    fn has(&self, s: NamedOrBlankNodeRef<'g>, p: &'static str) -> bool {
        self.ix.objects(s, nn(p)).next().is_some()
    }

    /// The datasets: typed `dcat:Dataset` or the object of a `dcat:dataset`, in order.
    fn datasets(&self) -> Vec<NamedOrBlankNodeRef<'g>> {
        let mut out: Vec<NamedOrBlankNodeRef<'g>> = self.ix.of_type(ns::DCAT_DATASET).to_vec();
        for s in self.ix.subjects() {
            out.extend(
                self.objects(s, ns::DCAT_DATASET_PROP)
                    .into_iter()
                    .filter_map(node),
            );
        }
        sorted(out)
    }

    /// A media type counts as known: IANA, and on the portal also DCAT-AP-SE's lists.
    fn known_media_type(&self, m: &str) -> bool {
        lists::is_iana_media_type(m)
            || (self.profile == Profile::Dataportal && in_dcat_ap_se_lists(m))
    }

    /// The file types of a distribution: EU file types in `dcterms:format`, and on the
    /// portal also those its media types name.
    fn file_types(
        &self,
        formats: &[TermRef<'g>],
        media: &[TermRef<'g>],
        profile: Profile,
    ) -> Vec<&'static FileType> {
        let mut out: Vec<&'static FileType> =
            formats.iter().filter_map(|f| eu_file_type(*f)).collect();
        if profile == Profile::Dataportal {
            for v in formats.iter().chain(media) {
                if let Some(m) = media_type(*v) {
                    out.extend(lists::file_types_of_media_type(&m));
                }
            }
        }
        out
    }

    fn format_vocabulary(&self, formats: &[TermRef<'g>], media: &[TermRef<'g>]) -> bool {
        let format_ok = |f: &TermRef<'g>| {
            eu_file_type(*f).is_some()
                || (self.profile == Profile::Dataportal
                    && media_type(*f).is_some_and(|m| self.known_media_type(&m)))
        };
        let media_ok = |m: &TermRef<'g>| media_type(*m).is_some_and(|m| self.known_media_type(&m));
        !(formats.is_empty() && media.is_empty())
            && formats.iter().all(format_ok)
            && media.iter().all(media_ok)
    }

    fn distribution(&self, d: NamedOrBlankNodeRef<'g>) -> DistributionChecks {
        let formats = self.objects(d, ns::DCTERMS_FORMAT);
        let media = self.objects(d, ns::DCAT_MEDIA_TYPE);
        let types = self.file_types(&formats, &media, self.profile);
        let licences = self.objects(d, ns::DCTERMS_LICENSE);
        let licence = |t: &TermRef<'_>| match t {
            TermRef::NamedNode(n) => lists::licence(n.as_str()),
            _ => None,
        };
        let mut pass = [false; INDICATORS.len()];
        let mut set = |i: Indicator, v: bool| pass[i as usize] = v;
        set(Indicator::DownloadUrl, self.has(d, ns::DCAT_DOWNLOAD_URL));
        set(Indicator::Format, !formats.is_empty());
        set(Indicator::MediaType, !media.is_empty());
        set(
            Indicator::FormatVocabulary,
            self.format_vocabulary(&formats, &media),
        );
        set(
            Indicator::NonProprietary,
            types.iter().any(|t| t.non_proprietary),
        );
        set(
            Indicator::MachineReadable,
            types.iter().any(|t| t.machine_readable),
        );
        set(Indicator::Licence, !licences.is_empty());
        set(
            Indicator::LicenceVocabulary,
            licences.iter().any(|l| licence(l).is_some()),
        );
        set(Indicator::Rights, self.has(d, ns::DCTERMS_RIGHTS));
        set(Indicator::ByteSize, self.has(d, ns::DCAT_BYTE_SIZE));
        // The stars read formats as the portal does, whatever the profile.
        let portal_types = self.file_types(&formats, &media, Profile::Dataportal);
        let stars = stars(
            show(d),
            self.has(d, ns::DCAT_ACCESS_URL) || self.has(d, ns::DCAT_DOWNLOAD_URL),
            !(formats.is_empty() && media.is_empty()),
            licences.iter().any(|l| licence(l).is_some_and(|l| l.open)),
            &portal_types,
        );
        DistributionChecks {
            node: show(d),
            pass,
            stars,
        }
    }

    fn dataset(&self, d: NamedOrBlankNodeRef<'g>, violations: &BTreeSet<String>) -> DatasetChecks {
        let distributions: Vec<DistributionChecks> = sorted(
            self.objects(d, ns::DCAT_DISTRIBUTION_PROP)
                .into_iter()
                .filter_map(node)
                .collect(),
        )
        .into_iter()
        .map(|x| self.distribution(x))
        .collect();
        let access_rights = self.objects(d, ns::DCTERMS_ACCESS_RIGHTS);
        let node_name = show(d);
        let mut pass = [false; INDICATORS.len()];
        let mut set = |i: Indicator, v: bool| pass[i as usize] = v;
        set(Indicator::Keyword, self.has(d, ns::DCAT_KEYWORD));
        set(Indicator::Theme, self.has(d, ns::DCAT_THEME));
        set(Indicator::Spatial, self.has(d, ns::DCTERMS_SPATIAL));
        set(Indicator::Temporal, self.has(d, ns::DCTERMS_TEMPORAL));
        set(Indicator::AccessRights, !access_rights.is_empty());
        set(
            Indicator::AccessRightsVocabulary,
            access_rights.iter().any(|a| match a {
                TermRef::NamedNode(n) => crate::vocab::ACCESS_RIGHTS
                    .iter()
                    .any(|c| c.uri == n.as_str()),
                _ => false,
            }),
        );
        set(Indicator::ContactPoint, self.has(d, ns::DCAT_CONTACT_POINT));
        set(Indicator::Publisher, self.has(d, ns::DCTERMS_PUBLISHER));
        set(Indicator::Issued, self.has(d, ns::DCTERMS_ISSUED));
        set(Indicator::Modified, self.has(d, ns::DCTERMS_MODIFIED));
        set(
            Indicator::DcatApCompliance,
            self.profile == Profile::Eu
                && !violations.contains(&node_name)
                && distributions.iter().all(|x| !violations.contains(&x.node)),
        );
        // The best distribution: the most interoperability points, the first on a tie.
        let mut best: Option<(usize, u32)> = None;
        for (i, x) in distributions.iter().enumerate() {
            let p = x.interoperability(self.profile);
            if best.is_none_or(|(_, b)| p > b) {
                best = Some((i, p));
            }
        }
        DatasetChecks {
            node: node_name,
            title: self.title(d),
            pass,
            distributions,
            best: best.map(|(i, _)| i),
        }
    }

    /// The Swedish title, else the first.
    fn title(&self, d: NamedOrBlankNodeRef<'g>) -> Option<String> {
        let titles: Vec<_> = self
            .objects(d, ns::DCTERMS_TITLE)
            .into_iter()
            .filter_map(|t| match t {
                TermRef::Literal(l) => Some(l),
                _ => None,
            })
            .collect();
        titles
            .iter()
            .find(|l| l.language() == Some("sv"))
            .or_else(|| titles.first())
            .map(|l| l.value().to_owned())
    }
}

/// Resources without duplicates, in the order of their [`show`] text.
fn sorted(mut v: Vec<NamedOrBlankNodeRef<'_>>) -> Vec<NamedOrBlankNodeRef<'_>> {
    v.sort_by_cached_key(|n| show(*n));
    v.dedup();
    v
}

/// What earns each of the first four stars, in order: the fifth (links to other data)
/// is never given ([`Stars`]).
pub static STAR_STEPS: [Text; 4] = [
    Text {
        sv: "Ange adress, format och en öppen licens (t.ex. CC0 1.0 eller CC BY 4.0).",
        en: "Give the address, the format and an open licence (e.g. CC0 1.0 or CC BY 4.0).",
    },
    Text {
        sv: "Publicera i ett maskinläsbart format, t.ex. CSV i stället för PDF.",
        en: "Publish in a machine-readable format, e.g. CSV instead of PDF.",
    },
    Text {
        sv: "Publicera i ett icke-proprietärt format, t.ex. CSV i stället för Excel.",
        en: "Publish in a non-proprietary format, e.g. CSV instead of Excel.",
    },
    Text {
        sv: "Publicera även som RDF, t.ex. Turtle eller JSON-LD.",
        en: "Publish as RDF too, e.g. Turtle or JSON-LD.",
    },
];

/// The stars of a distribution and what earns the next one.
fn stars(
    distribution: String,
    on_web: bool,
    format: bool,
    open: bool,
    types: &[&FileType],
) -> Stars {
    let steps: [bool; 4] = [
        on_web && format && open,
        types.iter().any(|t| t.machine_readable),
        types.iter().any(|t| t.non_proprietary),
        types.iter().any(|t| t.rdf),
    ];
    let earned = steps.iter().take_while(|ok| **ok).count();
    Stars {
        distribution,
        stars: u8::try_from(earned).unwrap_or(4),
        next: STAR_STEPS.get(earned).copied(),
    }
}
