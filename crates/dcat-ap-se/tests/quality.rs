//! The grade by the published method: one test per indicator with its points, the
//! aggregation over a catalogue, the official DCAT-AP-SE examples, and a catalogue that
//! earns every metadata point.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use dcat_ap_se::quality::{Assessment, Indicator, Profile, Rating, assess_graph};
use dcat_ap_se::{Catalog, Dataset, Distribution, Format};

use common::full;

fn grade(c: &Catalog, p: Profile) -> Assessment {
    c.assess(p).unwrap()
}

fn points(a: &Assessment, i: Indicator) -> Option<f64> {
    a.indicators
        .iter()
        .find(|x| x.indicator == i)
        .unwrap()
        .points
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.005
}

#[test]
fn a_complete_catalogue_earns_295_of_295_under_dataportal() {
    let g = grade(&full(), Profile::Dataportal);
    assert_eq!(g.points, 295.0, "{:#?}", g.missing().collect::<Vec<_>>());
    assert_eq!(
        (g.max, g.metadata_max, g.portal_checked_max),
        (375, 295, 80)
    );
    // Metadata alone is «Bra»; with the addresses answering, «Utmärkt».
    assert_eq!(g.rating, Rating::Good);
    assert_eq!(g.rating_when_reachable, Rating::Excellent);
    // Only the two address indicators are left, and they are not guessed.
    let left: Vec<_> = g.missing().map(|i| i.name).collect();
    assert_eq!(left, ["access_url_reachable", "download_url_reachable"]);
    for i in g.missing() {
        assert!(i.checked_by_portal && i.points.is_none() && i.passed.is_none());
        assert!(i.earn.sv.contains("200–399"));
    }
    let dims: Vec<(f64, u32, u32)> = g
        .dimensions
        .iter()
        .map(|d| (d.points, d.metadata_max, d.max))
        .collect();
    assert_eq!(
        dims,
        [
            (100.0, 100, 100),
            (20.0, 20, 100),
            (80.0, 80, 80),
            (75.0, 75, 75),
            (20.0, 20, 20)
        ]
    );
    assert_eq!(g.datasets.len(), 1);
    assert_eq!(g.datasets[0].points, 295.0);
    assert_eq!(g.datasets[0].title.as_deref(), Some("Befolkning 2023"));
    // CSV with CC0: three stars (not RDF).
    assert_eq!(g.datasets[0].distributions[0].stars, 3);
    assert_eq!(g.stars_average, Some(3.0));
}

#[test]
fn a_complete_catalogue_earns_325_under_eu_only_with_an_eu_file_type() {
    // DCAT-AP-SE's literal "text/csv" is no EU file type: the EU profile does not count
    // it for the vocabulary, non-proprietary and machine-readable checks.
    let c = full();
    let g = grade(&c, Profile::Eu);
    assert_eq!((g.max, g.metadata_max), (405, 325));
    assert_eq!(points(&g, Indicator::DcatApCompliance), Some(30.0));
    assert_eq!(points(&g, Indicator::FormatVocabulary), Some(0.0));
    assert_eq!(points(&g, Indicator::NonProprietary), Some(0.0));
    assert_eq!(points(&g, Indicator::MachineReadable), Some(0.0));
    assert_eq!(g.points, 325.0 - 50.0);
    // With the EU file-type IRI in dcterms:format every point is there. (DCAT-AP-SE's
    // own validation wants the literal, so compliance is then lost: the two profiles
    // cannot both be full with one format value.)
    let mut graph = c.to_graph().unwrap();
    let dist = oxrdf::NamedNode::new(
        c.datasets[0].distributions[0]
            .id
            .as_ref()
            .unwrap()
            .iri()
            .unwrap(),
    )
    .unwrap();
    let format = oxrdf::NamedNode::new(dcat_ap_se::ns::DCTERMS_FORMAT).unwrap();
    graph.remove(oxrdf::TripleRef::new(
        &dist,
        &format,
        oxrdf::LiteralRef::new_simple_literal("text/csv"),
    ));
    graph.insert(oxrdf::TripleRef::new(
        &dist,
        &format,
        oxrdf::NamedNodeRef::new("http://publications.europa.eu/resource/authority/file-type/CSV")
            .unwrap(),
    ));
    let eu = assess_graph(&graph, Profile::Eu);
    assert_eq!(points(&eu, Indicator::FormatVocabulary), Some(10.0));
    assert_eq!(points(&eu, Indicator::NonProprietary), Some(20.0));
    assert_eq!(points(&eu, Indicator::MachineReadable), Some(20.0));
    assert_eq!(points(&eu, Indicator::DcatApCompliance), Some(0.0));
    assert_eq!(eu.points, 295.0);
    // The portal counts both forms.
    assert_eq!(assess_graph(&graph, Profile::Dataportal).points, 295.0);
}

/// The full catalogue changed by `change`: its grade under dataportal.
fn without(change: impl FnOnce(&mut Dataset, &mut Distribution)) -> Assessment {
    let mut c = full();
    let d = &mut c.datasets[0];
    let mut dist = d.distributions.remove(0);
    change(d, &mut dist);
    d.distributions.push(dist);
    grade(&c, Profile::Dataportal)
}

/// Each change loses exactly these indicators' points, nothing else.
fn loses(g: &Assessment, lost: &[(Indicator, f64)]) {
    let total: f64 = lost.iter().map(|(_, p)| p).sum();
    assert!(
        close(g.points, 295.0 - total),
        "{} instead of {}: {:#?}",
        g.points,
        295.0 - total,
        g.missing()
            .filter(|i| !i.checked_by_portal)
            .collect::<Vec<_>>()
    );
    for (i, p) in lost {
        let max = f64::from(Profile::Dataportal.weight(*i));
        assert!(close(points(g, *i).unwrap(), max - p), "{i:?}");
    }
}

#[test]
fn keyword_30() {
    loses(
        &without(|d, _| d.keyword.clear()),
        &[(Indicator::Keyword, 30.0)],
    );
}

#[test]
fn theme_30() {
    loses(
        &without(|d, _| d.theme.clear()),
        &[(Indicator::Theme, 30.0)],
    );
}

#[test]
fn spatial_20_named_place_or_geometry() {
    loses(
        &without(|d, _| d.spatial.clear()),
        &[(Indicator::Spatial, 20.0)],
    );
    // A bounding box counts as well as a named place.
    let g = without(|d, _| {
        d.spatial.clear();
        d.spatial_geometry = vec![dcat_ap_se::Location {
            types: vec![dcat_ap_se::ns::DCTERMS_LOCATION.into()],
            bbox: Some("POLYGON((11 55,24 55,24 69,11 69,11 55))".into()),
            ..Default::default()
        }];
    });
    assert_eq!(g.points, 295.0);
}

#[test]
fn temporal_20() {
    loses(
        &without(|d, _| d.temporal.clear()),
        &[(Indicator::Temporal, 20.0)],
    );
}

#[test]
fn download_url_20() {
    loses(
        &without(|_, x| x.download_url.clear()),
        &[(Indicator::DownloadUrl, 20.0)],
    );
}

#[test]
fn format_20() {
    // The media type still names CSV: only the format indicator is lost.
    loses(
        &without(|_, x| x.format = None),
        &[(Indicator::Format, 20.0)],
    );
}

#[test]
fn media_type_10() {
    // The literal "text/csv" still names CSV on the portal.
    loses(
        &without(|_, x| x.media_type = None),
        &[(Indicator::MediaType, 10.0)],
    );
}

#[test]
fn format_vocabulary_10() {
    loses(
        &without(|_, x| x.format = Some("text/x-egen".into())),
        &[(Indicator::FormatVocabulary, 10.0)],
    );
    // DCAT-AP-SE's own list counts on the portal even where IANA has no entry: the
    // vocabulary points stay. (A zipped CSV is in no file-type list: no points for
    // non-proprietary or machine-readable.)
    let g = without(|_, x| {
        x.format = Some("text/csv+zip".into());
        x.media_type = None;
    });
    loses(
        &g,
        &[
            (Indicator::MediaType, 10.0),
            (Indicator::NonProprietary, 20.0),
            (Indicator::MachineReadable, 20.0),
        ],
    );
}

#[test]
fn non_proprietary_20() {
    // Excel is machine-readable but proprietary.
    let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    loses(
        &without(|_, x| {
            x.format = Some(xlsx.into());
            x.media_type = Some(format!(
                "https://www.iana.org/assignments/media-types/{xlsx}"
            ));
        }),
        &[(Indicator::NonProprietary, 20.0)],
    );
}

#[test]
fn machine_readable_20() {
    // Plain text is non-proprietary but not machine-readable.
    loses(
        &without(|_, x| {
            x.format = Some("text/plain".into());
            x.media_type = Some("https://www.iana.org/assignments/media-types/text/plain".into());
        }),
        &[(Indicator::MachineReadable, 20.0)],
    );
}

#[test]
fn licence_20_and_licence_vocabulary_10() {
    // Without a licence both are lost; an unknown licence loses only the vocabulary.
    loses(
        &without(|_, x| x.licence = None),
        &[
            (Indicator::Licence, 20.0),
            (Indicator::LicenceVocabulary, 10.0),
        ],
    );
    loses(
        &without(|_, x| x.licence = Some("https://www.exempelby.se/licens".into())),
        &[(Indicator::LicenceVocabulary, 10.0)],
    );
}

#[test]
fn access_rights_10_and_vocabulary_5() {
    loses(
        &without(|d, _| d.access_rights = None),
        &[
            (Indicator::AccessRights, 10.0),
            (Indicator::AccessRightsVocabulary, 5.0),
        ],
    );
    loses(
        &without(|d, _| d.access_rights = Some("https://www.exempelby.se/offentlig".into())),
        &[(Indicator::AccessRightsVocabulary, 5.0)],
    );
}

#[test]
fn contact_point_20() {
    loses(
        &without(|d, _| d.contact_point.clear()),
        &[(Indicator::ContactPoint, 20.0)],
    );
}

#[test]
fn publisher_10() {
    loses(
        &without(|d, _| d.publisher = None),
        &[(Indicator::Publisher, 10.0)],
    );
}

#[test]
fn rights_5() {
    loses(
        &without(|_, x| x.rights.clear()),
        &[(Indicator::Rights, 5.0)],
    );
}

#[test]
fn byte_size_5() {
    loses(
        &without(|_, x| x.byte_size = None),
        &[(Indicator::ByteSize, 5.0)],
    );
}

#[test]
fn issued_5() {
    loses(
        &without(|d, _| d.issued = None),
        &[(Indicator::Issued, 5.0)],
    );
}

#[test]
fn modified_5() {
    loses(
        &without(|d, _| d.modified = None),
        &[(Indicator::Modified, 5.0)],
    );
}

#[test]
fn dcat_ap_compliance_30_only_under_eu() {
    let ok = grade(&full(), Profile::Eu);
    assert_eq!(points(&ok, Indicator::DcatApCompliance), Some(30.0));
    assert_eq!(
        points(
            &grade(&full(), Profile::Dataportal),
            Indicator::DcatApCompliance
        ),
        Some(0.0)
    );
    // A violation on the distribution (no access URL) fails the dataset.
    let mut c = full();
    c.datasets[0].distributions[0].access_url.clear();
    assert_eq!(
        points(&grade(&c, Profile::Eu), Indicator::DcatApCompliance),
        Some(0.0)
    );
}

#[test]
fn the_address_indicators_are_never_computed() {
    for p in [Profile::Dataportal, Profile::Eu] {
        let g = grade(&full(), p);
        for name in ["access_url_reachable", "download_url_reachable"] {
            let i = g.indicators.iter().find(|i| i.name == name).unwrap();
            assert!(i.checked_by_portal && i.points.is_none(), "{name}");
            assert_eq!(i.total, 1);
        }
        assert_eq!(
            g.indicators
                .iter()
                .filter(|i| i.checked_by_portal)
                .map(|i| i.max)
                .sum::<u32>(),
            80
        );
    }
}

#[test]
fn dataset_indicators_count_the_share_of_datasets() {
    // 42 of 46 datasets with an area: 20 × 42/46 = 18.26.
    let mut c = full();
    let template = c.datasets.remove(0);
    for i in 0..46 {
        let mut d = template.clone();
        let iri = format!("https://data.exempelby.se/dataset/d{i:02}");
        d.id = Some(dcat_ap_se::Node::Iri(iri.clone()));
        d.distributions[0].id = Some(dcat_ap_se::Node::Iri(format!("{iri}/csv")));
        if i >= 42 {
            d.spatial.clear();
        }
        c.add_dataset(d).unwrap();
    }
    let g = grade(&c, Profile::Dataportal);
    assert_eq!(points(&g, Indicator::Spatial), Some(18.26));
    let s = g.indicators.iter().find(|i| i.name == "spatial").unwrap();
    assert_eq!((s.passed, s.total), (Some(42), 46));
    assert!(close(g.points, 295.0 - 20.0 * 4.0 / 46.0));
    assert_eq!(g.datasets.len(), 46);
    assert_eq!(g.datasets.iter().filter(|d| d.points == 295.0).count(), 42);
    assert_eq!(g.datasets.iter().filter(|d| d.points == 275.0).count(), 4);
}

#[test]
fn distribution_indicators_count_the_share_of_all_distributions() {
    // Three distributions with a size, one without: 5 × 3/4 = 3.75, although one of
    // the two datasets has them all.
    let mut c = full();
    let mut d2 = c.datasets[0].clone();
    d2.id = Some(dcat_ap_se::Node::Iri(
        "https://data.exempelby.se/dataset/two".into(),
    ));
    d2.distributions[0].id = Some(dcat_ap_se::Node::Iri(
        "https://data.exempelby.se/distribution/two".into(),
    ));
    d2.distributions[0].byte_size = None;
    let base = c.datasets[0].distributions[0].clone();
    for n in ["b", "c"] {
        let mut x = base.clone();
        x.id = Some(dcat_ap_se::Node::Iri(format!(
            "https://data.exempelby.se/distribution/{n}"
        )));
        c.datasets[0].distributions.push(x);
    }
    c.add_dataset(d2).unwrap();
    let g = grade(&c, Profile::Dataportal);
    assert_eq!(points(&g, Indicator::ByteSize), Some(3.75));
    assert_eq!(g.distributions, 4);
    // Per dataset: the first has them all, the second none.
    let per: Vec<_> = g
        .datasets
        .iter()
        .map(|d| {
            d.indicators
                .iter()
                .find(|i| i.name == "byte_size")
                .unwrap()
                .points
        })
        .collect();
    assert_eq!(per.len(), 2);
    assert!(per.contains(&Some(5.0)) && per.contains(&Some(0.0)));
}

#[test]
fn interoperability_counts_the_best_distribution_of_each_dataset() {
    // A PDF beside the CSV does not lower the interoperability points…
    let mut c = full();
    let mut pdf = c.datasets[0].distributions[0].clone();
    pdf.id = Some(dcat_ap_se::Node::Iri(
        "https://data.exempelby.se/distribution/pdf".into(),
    ));
    pdf.format = Some("application/pdf".into());
    pdf.media_type = Some("https://www.iana.org/assignments/media-types/application/pdf".into());
    c.datasets[0].distributions.push(pdf);
    let g = grade(&c, Profile::Dataportal);
    assert_eq!(g.dimensions[2].points, 80.0);
    assert_eq!(g.points, 295.0);
    // …and a dataset with only the PDF earns the format and vocabulary points only.
    c.datasets[0].distributions.remove(0);
    let g = grade(&c, Profile::Dataportal);
    assert_eq!(g.dimensions[2].points, 40.0);
    assert_eq!(g.datasets[0].distributions[0].stars, 1);
}

#[test]
fn a_dataset_without_distributions_earns_no_distribution_points() {
    let mut c = full();
    c.datasets[0].distributions.clear();
    let g = grade(&c, Profile::Dataportal);
    // 100 findability + 75 reusability - 30 licence + 10 contextuality.
    assert_eq!(g.points, 100.0 + 45.0 + 10.0);
    assert_eq!(g.stars_average, None);
    assert_eq!(points(&g, Indicator::Licence), Some(0.0));
    let l = g.indicators.iter().find(|i| i.name == "licence").unwrap();
    assert_eq!((l.passed, l.total), (Some(0), 0));
}

#[test]
fn stars_per_distribution() {
    let stars = |f: &dyn Fn(&mut Distribution)| {
        let mut c = full();
        f(&mut c.datasets[0].distributions[0]);
        let g = grade(&c, Profile::Dataportal);
        (
            g.datasets[0].distributions[0].stars,
            g.datasets[0].distributions[0].next.map(|t| t.en),
        )
    };
    assert_eq!(stars(&|_| {}).0, 3);
    assert!(stars(&|_| {}).1.unwrap().contains("RDF"));
    // Turtle: four stars, and the fifth is never given.
    let (n, next) = stars(&|x| {
        x.format = Some("text/turtle".into());
        x.media_type = None;
    });
    assert_eq!((n, next), (4, None));
    // Not open: none.
    assert_eq!(
        stars(&|x| x.licence = Some("http://creativecommons.org/licenses/by-nc/4.0/".into())).0,
        0
    );
    // Excel: two; PDF: one.
    let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    assert_eq!(
        stars(&|x| {
            x.format = Some(xlsx.into());
            x.media_type = None;
        })
        .0,
        2
    );
    assert_eq!(
        stars(&|x| {
            x.format = Some("application/pdf".into());
            x.media_type = None;
        })
        .0,
        1
    );
}

fn example(name: &str, p: Profile) -> Assessment {
    let bytes = std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let graph = dcat_ap_se::parse(&bytes, Format::from_path(name).unwrap()).unwrap();
    assess_graph(&graph, p)
}

#[test]
fn the_official_examples_grades() {
    // The «recommended» example: findability 100, one of two distributions with a
    // download URL (10), a CSV with a literal media type (70 of 80 on the portal: no
    // dcat:mediaType; only its format on the EU side), reusability 75, issued only (5).
    for f in [
        "dcat-ap-se-rekommenderat.ttl",
        "dcat-ap-se-rekommenderat.rdf",
    ] {
        let g = example(f, Profile::Dataportal);
        assert_eq!(g.points, 260.0, "{f}");
        assert_eq!(
            g.dimensions.iter().map(|d| d.points).collect::<Vec<_>>(),
            [100.0, 10.0, 70.0, 75.0, 5.0]
        );
        assert_eq!(
            (g.rating, g.rating_when_reachable),
            (Rating::Good, Rating::Good)
        );
        assert_eq!(g.stars_average, Some(3.0));
        let eu = example(f, Profile::Eu);
        // Format only (20), and no compliance: the 2.x availability IRI is a violation.
        assert_eq!(eu.points, 210.0, "{f}");
        assert_eq!(eu.rating, Rating::Sufficient);
    }
    // The «mandatory» example: contact point and publisher only.
    for f in [
        "dcat-ap-se-obligatoriskt.ttl",
        "dcat-ap-se-obligatoriskt.rdf",
    ] {
        for p in [Profile::Dataportal, Profile::Eu] {
            let g = example(f, p);
            assert_eq!(g.points, 30.0, "{f} {p:?}");
            assert_eq!(g.rating, Rating::Bad);
            assert_eq!(g.stars_average, Some(0.0));
        }
    }
}

#[test]
fn the_json_has_the_fields_the_cli_and_widget_read() {
    let g = grade(&full(), Profile::Dataportal);
    let v: serde_json::Value = serde_json::to_value(&g).unwrap();
    assert_eq!(v["profile"], "dataportal");
    assert_eq!(v["points"], 295.0);
    assert_eq!(v["max"], 375);
    assert_eq!(v["rating"], "good");
    assert_eq!(v["rating_when_reachable"], "excellent");
    let d = &v["datasets"][0];
    assert_eq!(d["points"], 295.0);
    let names: Vec<&str> = d["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 23);
    assert_eq!(names[0], "keyword");
    assert_eq!(d["indicators"][0]["property"], "dcat:keyword");
    assert_eq!(d["indicators"][0]["points"], 30.0);
    assert!(d["indicators"][4]["points"].is_null());
    assert!(
        d["indicators"][0]["earn"]["sv"]
            .as_str()
            .unwrap()
            .contains("nyckelord")
    );
}
