//! The grade Sveriges dataportal gives, for front ends: the new dataset's grade while
//! the describe form is filled in ([`FormView::quality`](crate::form::FormView::quality)),
//! and a whole catalogue's grade with the indicators that pull it down
//! ([`grade_text`]). Where in Datalots each indicator is earned (a field of the form,
//! the licence questions, the file, the portal) is the form's to say
//! ([`crate::form::fix`]).
//!
//! The method is [`dcat_ap_se::quality`]'s (the EU's Metadata Quality Assessment as
//! the portal applies it); nothing is graded here.

use dcat_ap_se::quality::{
    self, Assessment, DatasetAssessment, Dimension, INDICATORS, IndicatorScore, STAR_STEPS,
};
use serde::{Deserialize, Serialize};

pub use dcat_ap_se::quality::{Profile, Rating};

use crate::Error;
use crate::catalog::{Dropped, Source};
use crate::text::Both;

/// A whole number of points, rounded down, so that «295» is never shown for less.
pub fn whole(points: f64) -> u32 {
    // Points are at most 405 and never negative: the cast cannot truncate.
    (points + 1e-9).floor().max(0.0) as u32
}

fn both(t: dcat_ap_se::spec::Text) -> Both {
    Both::new(t.sv, t.en)
}

/// The stable name of a dimension, as it serialises (`findability`).
fn name_of(d: Dimension) -> String {
    match d {
        Dimension::Findability => "findability",
        Dimension::Accessibility => "accessibility",
        Dimension::Interoperability => "interoperability",
        Dimension::Reusability => "reusability",
        Dimension::Contextuality => "contextuality",
    }
    .to_owned()
}

/// One indicator's result as the grade sends it: its place in
/// [`dcat_ap_se::quality::INDICATORS`], the points (`None` when the portal checks
/// it), how many pass, of how many. Compact, because it travels from the worker.
pub type Score = (u8, Option<f64>, Option<u32>, u32);

fn scores(list: &[IndicatorScore]) -> Vec<Score> {
    list.iter()
        .map(|i| {
            (
                i.indicator as u8,
                i.points,
                i.passed.and_then(|p| u32::try_from(p).ok()),
                u32::try_from(i.total).unwrap_or(u32::MAX),
            )
        })
        .collect()
}

/// A dimension's points.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionView {
    /// Its stable name (`findability`).
    pub name: String,
    /// «Upptäckbarhet» / "Findability".
    pub label: Both,
    /// The metadata points earned (two decimals).
    pub points: f64,
    /// The most points metadata can earn here.
    pub metadata_max: u32,
}

/// One indicator's result, with its name, what earns it and where it is counted.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorView {
    /// Its stable name (`theme`).
    pub name: &'static str,
    /// Its name for people.
    pub label: Both,
    /// The DCAT property.
    pub property: &'static str,
    /// The points a full share gives.
    pub max: u32,
    /// The points earned (two decimals); `None` when the portal checks it.
    pub points: Option<f64>,
    /// How many datasets or distributions pass; `None` when the portal checks it.
    pub passed: Option<u32>,
    /// Of how many.
    pub total: u32,
    /// Whether distributions are counted (else datasets).
    pub distributions: bool,
    /// Checked by the portal (it requests the address).
    pub checked_by_portal: bool,
    /// What earns the points ([`crate::form::fix`] says where in Datalots).
    pub earn: Both,
}

impl IndicatorView {
    /// Metadata points still to earn here (0 when full or checked by the portal).
    pub fn missing_points(&self) -> f64 {
        self.points
            .map_or(0.0, |p| ((f64::from(self.max) - p) * 100.0).round() / 100.0)
    }
}

fn views(scores: &[Score]) -> Vec<IndicatorView> {
    let profile = Profile::Dataportal;
    scores
        .iter()
        .filter_map(|&(i, points, passed, total)| {
            let info = INDICATORS.get(usize::from(i))?;
            Some(IndicatorView {
                name: info.name,
                label: both(info.label),
                property: info.property,
                max: profile.weight(info.indicator),
                points,
                passed,
                total,
                distributions: info.on == quality::Level::Distribution,
                checked_by_portal: info.checked_by_portal,
                earn: both(info.earn),
            })
        })
        .collect()
}

fn dimension_views(scores: &[Score]) -> Vec<DimensionView> {
    let all = views(scores);
    Dimension::ALL
        .iter()
        .map(|&d| {
            let of_d = all.iter().filter(|i| {
                INDICATORS
                    .iter()
                    .any(|x| x.name == i.name && x.dimension == d)
            });
            DimensionView {
                name: name_of(d),
                label: both(d.label()),
                points: ((of_d.clone().filter_map(|i| i.points).sum::<f64>()) * 100.0).round()
                    / 100.0,
                metadata_max: of_d.filter(|i| !i.checked_by_portal).map(|i| i.max).sum(),
            }
        })
        .collect()
}

fn rating(points: f64) -> Both {
    both(Rating::of(points).label())
}

/// What a dataset's and a catalogue's grade show alike, from their metadata points
/// and each indicator's result (the portal's profile).
pub trait PortalPoints {
    /// The metadata points (two decimals).
    fn metadata_points(&self) -> f64;
    /// Each indicator's result.
    fn scores(&self) -> &[Score];

    /// The points as a whole number ([`whole`]): what a page shows.
    fn whole_points(&self) -> u32 {
        whole(self.metadata_points())
    }

    /// The most points metadata can earn on the portal: 295.
    fn metadata_max(&self) -> u32 {
        Profile::Dataportal.metadata_max()
    }

    /// The most points there are on the portal: 375.
    fn max(&self) -> u32 {
        Profile::Dataportal.max()
    }

    /// The rating of the metadata points alone (the addresses not yet counted).
    fn rating(&self) -> Both {
        rating(self.metadata_points())
    }

    /// The rating once every address answers (+80): the grade to expect.
    fn rating_when_reachable(&self) -> Both {
        rating(self.metadata_points() + f64::from(quality::PORTAL_CHECKED_MAX))
    }

    /// Points per dimension.
    fn dimensions(&self) -> Vec<DimensionView> {
        dimension_views(self.scores())
    }

    /// The indicators with metadata points missing.
    fn missing(&self) -> Vec<IndicatorView> {
        views(self.scores())
            .into_iter()
            .filter(|i| i.missing_points() > 0.0)
            .collect()
    }
}

impl PortalPoints for Grade {
    fn metadata_points(&self) -> f64 {
        self.points
    }
    fn scores(&self) -> &[Score] {
        &self.scores
    }
}

impl PortalPoints for CatalogueGrade {
    fn metadata_points(&self) -> f64 {
        self.points
    }
    fn scores(&self) -> &[Score] {
        &self.scores
    }
}

/// One dataset's grade on Sveriges dataportal: what the widget's steps 4 and 5 show.
/// It travels compact from the worker; its methods give the views.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Grade {
    /// The dataset.
    pub dataset: String,
    /// The metadata points (two decimals).
    pub points: f64,
    /// Each indicator's result.
    pub scores: Vec<Score>,
    /// Each distribution and its stars (0–4).
    pub stars: Vec<(String, u8)>,
}

impl Grade {
    /// The grade of a dataset's assessment (the portal's profile).
    pub fn of(d: &DatasetAssessment) -> Grade {
        Grade {
            dataset: d.dataset.clone(),
            points: d.points,
            scores: scores(&d.indicators),
            stars: d
                .distributions
                .iter()
                .map(|s| (s.distribution.clone(), s.stars))
                .collect(),
        }
    }

    /// Every indicator.
    pub fn indicators(&self) -> Vec<IndicatorView> {
        views(&self.scores)
    }

    /// Each distribution, its stars, and what earns the next one.
    pub fn stars(&self) -> Vec<(String, u8, Option<Both>)> {
        self.stars
            .iter()
            .map(|(d, n)| {
                let next = STAR_STEPS.get(usize::from(*n)).map(|t| both(*t));
                (d.clone(), *n, next)
            })
            .collect()
    }
}

/// One dataset of a [`CatalogueGrade`]: its IRI, title, points, and the indicators
/// (places in [`dcat_ap_se::quality::INDICATORS`]) it misses points on.
pub type DatasetPoints = (String, Option<String>, f64, Vec<u8>);

/// A catalogue's grade: each dataset's points and the indicators that pull it down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogueGrade {
    /// The metadata points (two decimals).
    pub points: f64,
    /// Each indicator's result over the catalogue.
    pub scores: Vec<Score>,
    /// Each dataset.
    pub datasets: Vec<DatasetPoints>,
    /// The average stars over the distributions.
    pub stars_average: Option<f64>,
}

impl CatalogueGrade {
    /// The grade of a catalogue's assessment (the portal's profile).
    pub fn of(a: &Assessment) -> CatalogueGrade {
        CatalogueGrade {
            points: a.points,
            scores: scores(&a.indicators),
            datasets: a
                .datasets
                .iter()
                .map(|d| {
                    let missing = d
                        .missing()
                        .filter(|i| !i.checked_by_portal)
                        .map(|i| i.indicator as u8)
                        .collect();
                    (d.dataset.clone(), d.title.clone(), d.points, missing)
                })
                .collect(),
            stars_average: a.stars_average,
        }
    }

    /// The metadata indicators with points missing, the most missing first.
    pub fn pulling_down(&self) -> Vec<IndicatorView> {
        let mut v = self.missing();
        v.sort_by(|x, y| y.missing_points().total_cmp(&x.missing_points()));
        v
    }

    /// A dataset's points as a whole number.
    pub fn dataset_points(&self, iri: &str) -> Option<u32> {
        self.datasets
            .iter()
            .find(|d| d.0 == iri)
            .map(|d| whole(d.2))
    }
}

/// The grade of a catalogue file, with what was left out reading it.
pub fn grade_text(
    source: &Source<'_>,
    profile: Profile,
) -> Result<(CatalogueGrade, Vec<Dropped>), Error> {
    let opened = source.open()?;
    let grade = CatalogueGrade::of(&quality::assess_graph(&opened.graph, profile));
    Ok((grade, opened.dropped))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dcat_ap_se::Format;

    #[test]
    fn dimension_names_are_their_serialised_names() {
        for d in Dimension::ALL {
            assert_eq!(
                serde_json::to_value(d).unwrap(),
                serde_json::json!(name_of(d))
            );
        }
    }

    #[test]
    fn a_catalogue_is_graded_with_what_pulls_it_down() {
        let text = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/catalogs/dcat-ap-se-rekommenderat.ttl"
        ))
        .unwrap();
        let source = Source {
            name: "rekommenderat.ttl",
            bytes: &text,
            format: Format::Turtle,
            recover: false,
        };
        let (g, dropped) = grade_text(&source, Profile::Dataportal).unwrap();
        assert!(dropped.is_empty());
        assert_eq!((g.whole_points(), g.metadata_max()), (260, 295));
        // The metadata alone, of the portal's 375: «Bra» (221–350); with the 80
        // address points, 340: still «Bra».
        assert_eq!(g.max(), 375);
        assert_eq!(
            (g.rating().sv.as_str(), g.rating().en.as_str()),
            ("Bra", "Good")
        );
        assert_eq!(g.rating_when_reachable().sv, "Bra");
        assert!(!g.pulling_down().is_empty());
        assert!(g.datasets.iter().all(|d| whole(d.2) <= 295));
        // The dimensions add up to the points.
        let sum: f64 = g.dimensions().iter().map(|d| d.points).sum();
        assert!((sum - g.points).abs() < 0.05, "{sum} {}", g.points);
        assert_eq!(g.dimensions()[0].label.sv, "Upptäckbarhet");
        // It travels as JSON (the widget's worker sends it).
        let back: CatalogueGrade =
            serde_json::from_str(&serde_json::to_string(&g).unwrap()).unwrap();
        assert_eq!(back, g);
        // The most missing first.
        for w in g.pulling_down().windows(2) {
            assert!(w[0].missing_points() >= w[1].missing_points());
        }
        assert_eq!(whole(294.999_999_999_9), 295);
        assert_eq!(whole(18.26), 18);
    }
}
