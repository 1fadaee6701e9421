//! The grade Sveriges dataportal gives a catalogue each night, computed before
//! publishing: **metadata quality** by the EU portal's Metadata Quality Assessment
//! (MQA) and **data quality** by the five stars per distribution.
//!
//! # The method
//!
//! Sources: DIGG's DCAT-AP-SE documentation (`docs/quality.md`: the portal follows the
//! MQA with two deviations), the EU methodology (data.europa.eu `mqa/methodology`) and
//! its weights as piveau and other re-implementations use them.
//!
//! - 23 [`Indicator`]s in five [`Dimension`]s, 405 points. Each indicator earns
//!   *weight × share*: the share of datasets that pass ([`Level::Dataset`]), of
//!   distributions that pass ([`Level::Distribution`], all distributions of the
//!   catalogue pooled), or — for the interoperability indicators — of datasets whose
//!   *best* distribution passes ([`Level::BestDistribution`]: the distribution with the
//!   most interoperability points; the first in IRI order on a tie). A share of
//!   nothing (no distributions) earns 0. For one dataset the same rules apply to its
//!   own distributions.
//! - A check passes when the property has at least one value; the vocabulary checks
//!   need the value from the list (see below). The number of keywords does not matter.
//! - Two indicators are **checked by the portal**: it requests each `dcat:accessURL`
//!   (50) and `dcat:downloadURL` (30) and counts an answer with HTTP status 200–399.
//!   They are never guessed here: [`IndicatorScore::points`] is `None` and the
//!   indicator says what earns it (the file at the address the metadata names). Metadata
//!   alone can earn 295 points ([`Profile::Dataportal`]) or 325 ([`Profile::Eu`]).
//!
//! ## The two profiles
//!
//! - [`Profile::Dataportal`], Sveriges dataportal (max 375): DCAT-AP compliance gives
//!   no points (0 of 0), and media types count as formats: for the format vocabulary,
//!   non-proprietary and machine-readable checks a media type (`text/csv`, as a literal
//!   in `dcterms:format` — how DCAT-AP-SE writes it — or in `dcat:mediaType`) counts as
//!   the EU file type it names (`…/file-type/CSV`).
//! - [`Profile::Eu`], data.europa.eu (max 405): `dcterms:format` must be an EU
//!   file-type IRI for the vocabulary, non-proprietary and machine-readable checks, and
//!   DCAT-AP compliance earns 30 × the share of datasets that pass **this crate's own
//!   validation** ([`crate::validate`]): no violation on the dataset or on any of its
//!   distributions. That validation checks DCAT-AP-SE 3.0.1 (the bundle's
//!   cardinalities, node kinds, datatypes, patterns and closed lists, plus the Swedish
//!   rules), which covers what the EU core shapes (`shapes.ttl`) check for a dataset
//!   and its distributions — mandatory title, description, access URL, node kinds,
//!   maximum counts — and more (publisher and format mandatory, closed vocabularies).
//!   It differs in one known place: the EU shapes want an IRI in `dcterms:format`,
//!   DCAT-AP-SE a literal media type (diggsweden/DCAT-AP-SE#105), so the EU's own SHACL
//!   check may fail a DCAT-AP-SE distribution this crate passes. It does not run the
//!   EU range shapes (`range.ttl`) or the vocabulary shapes (they need the EU NALs).
//!   Violations on blank nodes (a period of time, an address) are not attributed to a
//!   dataset.
//!
//! ## The vocabularies ([`lists`])
//!
//! - Format vocabulary (10): at least one of `dcterms:format` and `dcat:mediaType` is
//!   given, every `dcterms:format` value is an EU file type (or, on the portal, a media
//!   type IANA registers or one of DCAT-AP-SE's media-type lists) and every
//!   `dcat:mediaType` is a media type IANA registers (on the portal also DCAT-AP-SE's
//!   lists). A media type is a literal `type/subtype` or an IRI
//!   `http(s)://www.iana.org/assignments/media-types/type/subtype`.
//! - Non-proprietary (20) and machine-readable (20): a format of the distribution is in
//!   the MQA's list ([`lists::FileType`]).
//! - Licence vocabulary (10): the licence is one of [`lists::licences`] (an EU licence
//!   authority IRI or the Creative Commons / Open Data Commons IRI of the same licence).
//! - Access-rights vocabulary (5): the value is one of the EU access-right NAL's
//!   `PUBLIC`, `RESTRICTED`, `NON_PUBLIC` ([`crate::vocab::ACCESS_RIGHTS`]).
//!
//! ## Ratings ([`Rating`])
//!
//! Excellent (Utmärkt) 351–405, Good (Bra) 221–350, Sufficient (Tillräcklig) 121–220,
//! Bad (Bristfällig) 0–120; a fraction goes to the band above its whole number (piveau:
//! excellent is "greater than 350"). Sveriges dataportal applies the same bands to its
//! 375-point scale without rescaling (assumed: DIGG says the portal follows the EU
//! method; MetaSolutions' code that draws the bands is not public), so «Utmärkt» needs
//! 351 of 375: all 295 metadata points and at least 56 of the 80 the portal gives for
//! reachable addresses. [`Assessment::rating`] is the band of the metadata points
//! alone; [`Assessment::rating_when_reachable`] the band once every address answers.
//!
//! ## Five stars ([`Stars`])
//!
//! Per distribution, cumulative: ☆ on the web (an access or download URL) with a format
//! and an open licence; ☆☆ a machine-readable format; ☆☆☆ a non-proprietary format;
//! ☆☆☆☆ RDF; ☆☆☆☆☆ links to other data — which the portal cannot judge (it does not
//! download the data), so it is never given. Formats are read as on the portal (media
//! types count). The catalogue's stars are the average over all its distributions.
//!
//! # Example
//!
//! ```
//! use dcat_ap_se::quality::{assess_graph, Profile, Rating};
//! use dcat_ap_se::{parse, Format};
//!
//! let ttl = r#"
//! @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dcterms: <http://purl.org/dc/terms/> .
//! <https://data.exempelby.se/katalog> a dcat:Catalog ;
//!     dcat:dataset <https://data.exempelby.se/dataset/badplatser> .
//! <https://data.exempelby.se/dataset/badplatser> a dcat:Dataset ;
//!     dcterms:title "Badplatser"@sv ; dcat:keyword "bad"@sv ;
//!     dcat:distribution <https://data.exempelby.se/distribution/badplatser> .
//! <https://data.exempelby.se/distribution/badplatser> a dcat:Distribution ;
//!     dcat:accessURL <https://data.exempelby.se/filer/badplatser.csv> ;
//!     dcterms:format "text/csv" .
//! "#;
//! let grade = assess_graph(&parse(ttl.as_bytes(), Format::Turtle)?, Profile::Dataportal);
//! // Keywords 30; format 20, vocabulary 10, non-proprietary 20, machine-readable 20.
//! assert_eq!(grade.points, 100.0);
//! assert_eq!((grade.max, grade.rating), (375, Rating::Bad));
//! let dataset = &grade.datasets[0];
//! assert!(dataset.missing().any(|i| i.name == "theme"));
//! for missing in dataset.missing() {
//!     println!("{} ({}): {}", missing.name, missing.property, missing.earn.sv);
//! }
//! # Ok::<(), dcat_ap_se::Error>(())
//! ```

mod assess;
mod indicators;
pub mod lists;

use serde::Serialize;

pub use assess::{STAR_STEPS, assess_graph, assess_triples};
pub use indicators::{Dimension, INDICATORS, Indicator, IndicatorInfo, Level};

use crate::spec::Text;
use crate::{Catalog, Error};

/// Whose grading to compute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    /// Sveriges dataportal: 375 points, media types count as formats, no points for
    /// DCAT-AP compliance.
    #[default]
    Dataportal,
    /// data.europa.eu: 405 points, DCAT-AP compliance from this crate's validation.
    Eu,
}

impl Profile {
    /// The profile named `dataportal` or `eu`.
    pub fn from_name(name: &str) -> Option<Profile> {
        match name {
            "dataportal" => Some(Profile::Dataportal),
            "eu" => Some(Profile::Eu),
            _ => None,
        }
    }

    /// The points an indicator gives for a full share under this profile.
    pub fn weight(self, indicator: Indicator) -> u32 {
        match (self, indicator) {
            (Profile::Dataportal, Indicator::DcatApCompliance) => 0,
            _ => indicator.info().weight,
        }
    }

    /// The most points there are: 375 or 405.
    pub fn max(self) -> u32 {
        INDICATORS.iter().map(|i| self.weight(i.indicator)).sum()
    }

    /// The most points metadata alone can earn: 295 or 325.
    pub fn metadata_max(self) -> u32 {
        self.max() - PORTAL_CHECKED_MAX
    }
}

/// The points the portal gives for addresses that answer (accessURL 50, downloadURL 30).
pub const PORTAL_CHECKED_MAX: u32 = 80;

/// The rating band of a number of points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Bristfällig, 0–120.
    Bad,
    /// Tillräcklig, 121–220.
    Sufficient,
    /// Bra, 221–350.
    Good,
    /// Utmärkt, 351–405.
    Excellent,
}

impl Rating {
    /// The band of these points.
    pub fn of(points: f64) -> Rating {
        if points > 350.0 {
            Rating::Excellent
        } else if points > 220.0 {
            Rating::Good
        } else if points > 120.0 {
            Rating::Sufficient
        } else {
            Rating::Bad
        }
    }

    /// «Utmärkt» / "Excellent" and so on.
    pub fn label(self) -> Text {
        let (sv, en) = match self {
            Rating::Excellent => ("Utmärkt", "Excellent"),
            Rating::Good => ("Bra", "Good"),
            Rating::Sufficient => ("Tillräcklig", "Sufficient"),
            Rating::Bad => ("Bristfällig", "Bad"),
        };
        Text { sv, en }
    }
}

/// One indicator's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorScore {
    /// The indicator.
    #[serde(skip)]
    pub indicator: Indicator,
    /// Its stable name (`keyword`, …): the widget's form field.
    pub name: &'static str,
    /// Its dimension.
    pub dimension: Dimension,
    /// The DCAT property it concerns.
    pub property: &'static str,
    /// What the share is counted over.
    pub on: Level,
    /// The points a full share gives under the profile.
    pub max: u32,
    /// The points earned (two decimals); `None` when the portal checks it.
    pub points: Option<f64>,
    /// How many datasets or distributions pass; `None` when the portal checks it.
    pub passed: Option<usize>,
    /// Of how many.
    pub total: usize,
    /// Checked by the portal: it requests the address.
    pub checked_by_portal: bool,
    /// The indicator's name for people.
    pub label: Text,
    /// What earns the points.
    pub earn: Text,
}

impl IndicatorScore {
    /// Metadata points still to earn here (0 when full or checked by the portal).
    pub fn missing_points(&self) -> f64 {
        self.points.map_or(0.0, |p| round2(f64::from(self.max) - p))
    }
}

/// A dimension's points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    /// The dimension.
    pub dimension: Dimension,
    /// Its name for people.
    pub label: Text,
    /// The metadata points earned (two decimals).
    pub points: f64,
    /// The most points metadata can earn here.
    pub metadata_max: u32,
    /// The most points there are, those the portal checks included.
    pub max: u32,
}

/// A distribution's stars.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stars {
    /// The distribution (an IRI, or `_:id`).
    pub distribution: String,
    /// 0 to 4 (the fifth is never given: see the module documentation).
    pub stars: u8,
    /// What earns the next star, when metadata can earn it.
    pub next: Option<Text>,
}

/// One dataset's grade.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatasetAssessment {
    /// The dataset (an IRI, or `_:id`).
    pub dataset: String,
    /// Its title (Swedish if there is one).
    pub title: Option<String>,
    /// The metadata points earned (two decimals).
    pub points: f64,
    /// The profile's maximum.
    pub max: u32,
    /// The most points metadata can earn.
    pub metadata_max: u32,
    /// The band of `points` alone.
    pub rating: Rating,
    /// The band of `points` + 80, once every address answers.
    pub rating_when_reachable: Rating,
    /// Points per dimension.
    pub dimensions: Vec<DimensionScore>,
    /// Every indicator.
    pub indicators: Vec<IndicatorScore>,
    /// The stars of each distribution.
    pub distributions: Vec<Stars>,
}

/// A catalogue's grade.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The profile.
    pub profile: Profile,
    /// The metadata points earned (two decimals).
    pub points: f64,
    /// The profile's maximum: 375 or 405.
    pub max: u32,
    /// The most points metadata can earn: 295 or 325.
    pub metadata_max: u32,
    /// The points the portal gives for reachable addresses: 80.
    pub portal_checked_max: u32,
    /// The band of `points` alone.
    pub rating: Rating,
    /// The band of `points` + 80, once every address answers.
    pub rating_when_reachable: Rating,
    /// Points per dimension.
    pub dimensions: Vec<DimensionScore>,
    /// Every indicator over the whole catalogue.
    pub indicators: Vec<IndicatorScore>,
    /// Each dataset's grade, in IRI order.
    pub datasets: Vec<DatasetAssessment>,
    /// The number of distributions.
    pub distributions: usize,
    /// The average stars over all distributions (two decimals); `None` without any.
    pub stars_average: Option<f64>,
}

fn missing(indicators: &[IndicatorScore]) -> impl Iterator<Item = &IndicatorScore> {
    indicators
        .iter()
        .filter(|i| i.checked_by_portal || i.missing_points() > 0.0)
}

impl Assessment {
    /// The indicators that pull the grade down (points missing), and those the portal
    /// checks, each with what earns it.
    pub fn missing(&self) -> impl Iterator<Item = &IndicatorScore> {
        missing(&self.indicators)
    }

    /// The grade of the dataset with this IRI.
    pub fn dataset(&self, iri: &str) -> Option<&DatasetAssessment> {
        self.datasets.iter().find(|d| d.dataset == iri)
    }
}

impl DatasetAssessment {
    /// The indicators that pull the dataset's grade down, and those the portal checks,
    /// each with what earns it.
    pub fn missing(&self) -> impl Iterator<Item = &IndicatorScore> {
        missing(&self.indicators)
    }
}

/// Grades a catalogue built or read with the model (its triples, as written).
pub fn assess(catalog: &Catalog, profile: Profile) -> Result<Assessment, Error> {
    Ok(assess_triples(&catalog.to_triples()?, profile))
}

impl Catalog {
    /// Grades the catalogue: [`assess`].
    pub fn assess(&self, profile: Profile) -> Result<Assessment, Error> {
        assess(self, profile)
    }
}

/// `x` rounded to two decimals.
pub(crate) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_profiles_maxima() {
        assert_eq!(Profile::Dataportal.max(), 375);
        assert_eq!(Profile::Dataportal.metadata_max(), 295);
        assert_eq!(Profile::Eu.max(), 405);
        assert_eq!(Profile::Eu.metadata_max(), 325);
        assert_eq!(Profile::from_name("eu"), Some(Profile::Eu));
        assert_eq!(Profile::from_name("EU"), None);
    }

    #[test]
    fn the_bands() {
        for (p, r) in [
            (0.0, Rating::Bad),
            (120.0, Rating::Bad),
            (120.5, Rating::Sufficient),
            (121.0, Rating::Sufficient),
            (220.0, Rating::Sufficient),
            (221.0, Rating::Good),
            (350.0, Rating::Good),
            (350.01, Rating::Excellent),
            (351.0, Rating::Excellent),
            (375.0, Rating::Excellent),
            (405.0, Rating::Excellent),
        ] {
            assert_eq!(Rating::of(p), r, "{p}");
        }
        assert_eq!(Rating::Excellent.label().sv, "Utmärkt");
    }
}
