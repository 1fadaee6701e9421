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
    self, Assessment, DatasetAssessment, DimensionScore, IndicatorScore, Stars,
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

/// A dimension's points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionView {
    /// Its stable name (`findability`).
    pub name: String,
    /// «Upptäckbarhet» / "Findability".
    pub label: Both,
    /// The metadata points earned (two decimals).
    pub points: f64,
    /// The most points metadata can earn here.
    pub metadata_max: u32,
    /// The most points there are, those the portal checks included.
    pub max: u32,
}

impl DimensionView {
    fn of(d: &DimensionScore) -> DimensionView {
        DimensionView {
            name: serde_json::to_value(d.dimension)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            label: Both::new(d.label.sv, d.label.en),
            points: d.points,
            metadata_max: d.metadata_max,
            max: d.max,
        }
    }
}

/// One indicator's result and where it is earned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorView {
    /// Its stable name (`theme`).
    pub name: String,
    /// Its dimension's stable name.
    pub dimension: String,
    /// Its name for people.
    pub label: Both,
    /// The DCAT property.
    pub property: String,
    /// The points a full share gives.
    pub max: u32,
    /// The points earned (two decimals); `None` when the portal checks it.
    pub points: Option<f64>,
    /// How many datasets or distributions pass ([`IndicatorView::on`]); `None` when
    /// the portal checks it.
    pub passed: Option<usize>,
    /// Of how many.
    pub total: usize,
    /// What is counted: `dataset`, `distribution` or `best_distribution` (each
    /// dataset's best distribution).
    pub on: String,
    /// Checked by the portal (it requests the address).
    pub checked_by_portal: bool,
    /// What earns the points ([`crate::form::fix`] says where in Datalots).
    pub earn: Both,
}

impl IndicatorView {
    fn of(i: &IndicatorScore) -> IndicatorView {
        let name = |v: serde_json::Result<serde_json::Value>| {
            v.ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        };
        IndicatorView {
            name: i.name.to_owned(),
            dimension: name(serde_json::to_value(i.dimension)),
            label: Both::new(i.label.sv, i.label.en),
            property: i.property.to_owned(),
            max: i.max,
            points: i.points,
            passed: i.passed,
            total: i.total,
            on: name(serde_json::to_value(i.on)),
            checked_by_portal: i.checked_by_portal,
            earn: Both::new(i.earn.sv, i.earn.en),
        }
    }

    /// Metadata points still to earn here (0 when full or checked by the portal).
    pub fn missing_points(&self) -> f64 {
        self.points
            .map_or(0.0, |p| ((f64::from(self.max) - p) * 100.0).round() / 100.0)
    }
}

/// A distribution's stars.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StarsView {
    /// The distribution.
    pub distribution: String,
    /// 0 to 4 (the fifth is never given: the portal cannot judge links).
    pub stars: u8,
    /// What earns the next star.
    pub next: Option<Both>,
}

impl StarsView {
    fn of(s: &Stars) -> StarsView {
        StarsView {
            distribution: s.distribution.clone(),
            stars: s.stars,
            next: s.next.map(|t| Both::new(t.sv, t.en)),
        }
    }
}

/// One dataset's grade with where each indicator is earned: what the widget's steps 4
/// and 5 show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Grade {
    /// The dataset.
    pub dataset: String,
    /// The metadata points (two decimals).
    pub points: f64,
    /// The same as a whole number ([`whole`]): what a page shows.
    pub whole_points: u32,
    /// The most points metadata can earn: 295.
    pub metadata_max: u32,
    /// The most points there are: 375.
    pub max: u32,
    /// The rating of the metadata points alone.
    pub rating: Both,
    /// The rating once every address answers (+80): the grade to expect.
    pub rating_when_reachable: Both,
    /// Points per dimension.
    pub dimensions: Vec<DimensionView>,
    /// Every indicator.
    pub indicators: Vec<IndicatorView>,
    /// The stars of each distribution.
    pub stars: Vec<StarsView>,
}

fn label(r: Rating) -> Both {
    let l = r.label();
    Both::new(l.sv, l.en)
}

impl Grade {
    /// The view of a dataset's grade.
    pub fn of(d: &DatasetAssessment) -> Grade {
        Grade {
            dataset: d.dataset.clone(),
            points: d.points,
            whole_points: whole(d.points),
            metadata_max: d.metadata_max,
            max: d.max,
            rating: label(d.rating),
            rating_when_reachable: label(d.rating_when_reachable),
            dimensions: d.dimensions.iter().map(DimensionView::of).collect(),
            indicators: d.indicators.iter().map(IndicatorView::of).collect(),
            stars: d.distributions.iter().map(StarsView::of).collect(),
        }
    }

    /// The indicators with metadata points missing.
    pub fn missing(&self) -> impl Iterator<Item = &IndicatorView> {
        self.indicators.iter().filter(|i| i.missing_points() > 0.0)
    }
}

/// One dataset of a [`CatalogueGrade`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetPoints {
    /// The dataset.
    pub dataset: String,
    /// Its title.
    pub title: Option<String>,
    /// Its metadata points (two decimals).
    pub points: f64,
    /// The same as a whole number.
    pub whole_points: u32,
    /// The names of the indicators it misses points on.
    pub missing: Vec<String>,
}

/// A catalogue's grade and the indicators that pull it down, most points first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogueGrade {
    /// The metadata points (two decimals).
    pub points: f64,
    /// The same as a whole number.
    pub whole_points: u32,
    /// The most points metadata can earn: 295.
    pub metadata_max: u32,
    /// The most points there are: 375.
    pub max: u32,
    /// The rating of the metadata points alone.
    pub rating: Both,
    /// The rating once every address answers.
    pub rating_when_reachable: Both,
    /// Points per dimension.
    pub dimensions: Vec<DimensionView>,
    /// The metadata indicators with points missing, the most missing first.
    pub pulling_down: Vec<IndicatorView>,
    /// Each dataset's points.
    pub datasets: Vec<DatasetPoints>,
    /// The average stars over the distributions.
    pub stars_average: Option<f64>,
}

impl CatalogueGrade {
    /// The view of a catalogue's assessment.
    pub fn of(a: &Assessment) -> CatalogueGrade {
        let mut pulling_down: Vec<IndicatorView> = a
            .indicators
            .iter()
            .map(IndicatorView::of)
            .filter(|i| i.missing_points() > 0.0)
            .collect();
        pulling_down.sort_by(|x, y| y.missing_points().total_cmp(&x.missing_points()));
        CatalogueGrade {
            points: a.points,
            whole_points: whole(a.points),
            metadata_max: a.metadata_max,
            max: a.max,
            rating: label(a.rating),
            rating_when_reachable: label(a.rating_when_reachable),
            dimensions: a.dimensions.iter().map(DimensionView::of).collect(),
            pulling_down,
            datasets: a
                .datasets
                .iter()
                .map(|d| DatasetPoints {
                    dataset: d.dataset.clone(),
                    title: d.title.clone(),
                    points: d.points,
                    whole_points: whole(d.points),
                    missing: d
                        .missing()
                        .filter(|i| !i.checked_by_portal)
                        .map(|i| i.name.to_owned())
                        .collect(),
                })
                .collect(),
            stars_average: a.stars_average,
        }
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
        assert_eq!((g.whole_points, g.max), (260, 375));
        assert!(!g.pulling_down.is_empty());
        assert!(g.datasets.iter().all(|d| d.whole_points <= 295));
        // It travels as JSON (the widget's worker sends it).
        let back: CatalogueGrade =
            serde_json::from_str(&serde_json::to_string(&g).unwrap()).unwrap();
        assert_eq!(back, g);
        // The most missing first.
        for w in g.pulling_down.windows(2) {
            assert!(w[0].missing_points() >= w[1].missing_points());
        }
        assert_eq!(whole(294.999_999_999_9), 295);
        assert_eq!(whole(18.26), 18);
    }
}
