//! Property test: any catalogue built through the model writes and reads back without
//! loss, in all three formats. "Without loss": the catalogue read back gives the same
//! graph (isomorphic) as the one written, nothing of it ends in `Catalog::extra`
//! (everything was understood), and writing it again gives the same text.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use dcat_ap_se::vocab::{CC0, LOCAL_AUTHORITY, PUBLIC, SWEDISH};
use dcat_ap_se::{
    Agent, Catalog, ContactPoint, Dataset, Date, Distribution, Format, PeriodOfTime, Text,
};
use oxrdf::Graph;
use oxrdf::dataset::CanonicalizationAlgorithm;
use proptest::prelude::*;

const BASE: &str = "https://data.exempelby.se";

/// Text a person might type: Swedish letters, quotes, markup characters, line breaks,
/// tabs, backslashes, emoji, leading and trailing spaces.
fn typed() -> impl Strategy<Value = String> {
    "[a-zA-ZåäöÅÄÖé0-9 \"'<>&\\\\{}@#.,;:/()\\[\\]_\\-\n\t\r€😀]{0,40}"
}

fn text() -> impl Strategy<Value = Text> {
    (typed(), prop_oneof![Just("sv"), Just("en")]).prop_map(|(value, lang)| Text {
        value,
        lang: Some(lang.to_owned()),
    })
}

fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9][a-z0-9-]{0,15}"
}

fn date() -> impl Strategy<Value = Date> {
    (1990u32..2030, 1u32..13, 1u32..29)
        .prop_map(|(y, m, d)| Date::day(format!("{y:04}-{m:02}-{d:02}")))
}

#[derive(Debug, Clone)]
struct DatasetSpec {
    slug: String,
    title: Vec<Text>,
    description: Vec<Text>,
    keywords: Vec<Text>,
    period: Option<(Date, Date)>,
    files: Vec<(String, Option<u64>, Vec<Text>)>,
}

fn dataset() -> impl Strategy<Value = DatasetSpec> {
    (
        slug(),
        prop::collection::vec(text(), 1..3),
        prop::collection::vec(text(), 1..3),
        prop::collection::vec(text(), 0..4),
        prop::option::of((date(), date())),
        prop::collection::vec(
            (
                slug(),
                prop::option::of(0u64..u64::MAX),
                prop::collection::vec(text(), 0..2),
            ),
            0..3,
        ),
    )
        .prop_map(
            |(slug, title, description, keywords, period, files)| DatasetSpec {
                slug,
                title,
                description,
                keywords,
                period,
                files,
            },
        )
}

fn catalogue(
    title: Vec<Text>,
    description: Vec<Text>,
    publisher_name: Vec<Text>,
    specs: Vec<DatasetSpec>,
) -> Catalog {
    let kommun = Agent::organisation(
        format!("{BASE}/organisation/kommun"),
        publisher_name,
        LOCAL_AUTHORITY,
    );
    let contact = ContactPoint::organisation(
        format!("{BASE}/kontakt/oppna-data"),
        vec![Text::sv("Öppna data")],
        "oppnadata@exempelby.se",
    );
    let mut catalog = Catalog::new(
        format!("{BASE}/katalog"),
        title,
        description,
        kommun.clone(),
    );
    catalog.language = vec![SWEDISH.into()];
    for (i, spec) in specs.into_iter().enumerate() {
        let mut d = Dataset::new(
            format!("{BASE}/dataset/{}-{i}", spec.slug),
            spec.title,
            spec.description,
            kommun.clone(),
        );
        d.contact_point.push(contact.clone());
        d.access_rights = Some(PUBLIC.into());
        d.keyword = spec.keywords;
        if let Some((start, end)) = spec.period {
            d.temporal.push(PeriodOfTime::new(Some(start), Some(end)));
        }
        for (j, (file, size, title)) in spec.files.into_iter().enumerate() {
            let url = format!("{BASE}/filer/{file}-{i}-{j}.csv");
            let mut dist = Distribution::new(
                format!("{BASE}/distribution/{file}-{i}-{j}"),
                &url,
                "text/csv",
            );
            dist.download_url.push(url);
            dist.byte_size = size;
            dist.title = title;
            dist.licence = Some(CC0.into());
            d.distributions.push(dist);
        }
        catalog.add_dataset(d).unwrap();
    }
    catalog
}

fn canonical(g: &Graph) -> Graph {
    let mut g = g.clone();
    g.canonicalize(CanonicalizationAlgorithm::Unstable);
    g
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_catalogue_writes_and_reads_back_without_loss(
        title in prop::collection::vec(text(), 1..3),
        description in prop::collection::vec(text(), 1..3),
        publisher_name in prop::collection::vec(text(), 1..3),
        specs in prop::collection::vec(dataset(), 0..6),
    ) {
        let catalog = catalogue(title, description, publisher_name, specs);
        let graph = canonical(&catalog.to_graph().unwrap());
        for format in Format::ALL {
            let written = catalog.write(format).unwrap();
            let back = Catalog::read(written.as_bytes(), format)
                .unwrap_or_else(|e| panic!("{}: {e}\n{written}", format.name()));
            prop_assert!(back.extra.is_empty(), "{}: not understood: {:?}", format.name(), back.extra);
            prop_assert_eq!(
                &canonical(&back.to_graph().unwrap()),
                &graph,
                "{}: the graph changed\n{}",
                format.name(),
                written
            );
            prop_assert_eq!(&back.write(format).unwrap(), &written, "{}: written differently", format.name());
            prop_assert_eq!(back.datasets.len(), catalog.datasets.len());
        }
    }

    /// The shortcuts give what the graph gives: `Catalog::write` (sorted triples, no
    /// graph) the bytes of `serialize(&to_graph())`, `Catalog::validate` and
    /// `validate_triples` (an index, no graph) the report of `validate(&graph)`, with
    /// a triple given twice counted once, as in a graph.
    #[test]
    fn the_shortcuts_write_and_validate_as_the_graph_does(
        title in prop::collection::vec(text(), 1..3),
        description in prop::collection::vec(text(), 1..3),
        publisher_name in prop::collection::vec(text(), 1..3),
        specs in prop::collection::vec(dataset(), 0..6),
    ) {
        let catalog = catalogue(title, description, publisher_name, specs);
        let graph = catalog.to_graph().unwrap();
        prop_assert_eq!(catalog.validate().unwrap(), dcat_ap_se::validate(&graph));
        for format in Format::ALL {
            let written = catalog.write(format).unwrap();
            prop_assert_eq!(&written, &dcat_ap_se::serialize(&graph, format).unwrap());
            let (triples, errors) =
                dcat_ap_se::parse_triples_recovering(written.as_bytes(), format).unwrap();
            prop_assert!(errors.is_empty());
            let read: Graph = triples.iter().collect();
            prop_assert_eq!(read.len(), graph.len());
            let report = dcat_ap_se::validate(&read);
            prop_assert_eq!(&dcat_ap_se::validate_triples(&triples), &report);
            let twice: Vec<_> = triples.iter().chain(&triples).cloned().collect();
            prop_assert_eq!(&dcat_ap_se::validate_triples(&twice), &report);
        }
    }
}
