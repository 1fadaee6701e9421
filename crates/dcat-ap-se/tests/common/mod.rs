//! A catalogue built through the crate's API with every mandatory (and most
//! recommended) field, shared by the tests.
#![allow(dead_code)]

use dcat_ap_se::mint::{mint, organisation_iri};
use dcat_ap_se::vocab::{self, LOCAL_AUTHORITY};
use dcat_ap_se::{Agent, Catalog, ContactPoint, Dataset, Date, Distribution, PeriodOfTime, Text};

pub const BASE: &str = "https://data.exempelby.se";

pub fn publisher() -> Agent {
    let mut a = Agent::organisation(
        organisation_iri("212000-0000").unwrap(),
        vec![
            Text::sv("Exempelby kommun"),
            Text::en("Exempelby Municipality"),
        ],
        LOCAL_AUTHORITY,
    );
    a.identifier = vec!["2120000000".into()];
    a
}

pub fn dataset(name: &str) -> Dataset {
    let iri = mint(BASE, "dataset", name).unwrap();
    let mut d = Dataset::new(
        iri.clone(),
        vec![Text::sv(name), Text::en(format!("{name} (English)"))],
        vec![
            Text::sv(format!("Beskrivning av {name}.")),
            Text::en(format!("Description of {name}.")),
        ],
        publisher(),
    );
    d.contact_point = vec![ContactPoint::organisation(
        mint(BASE, "kontakt", "oppna-data").unwrap(),
        vec![Text::sv("Öppna data, Exempelby kommun")],
        "oppnadata@exempelby.se",
    )];
    d.keyword = vec![Text::sv("befolkning"), Text::en("population")];
    d.theme = vec!["http://publications.europa.eu/resource/authority/data-theme/SOCI".into()];
    d.issued = Some(Date::day("2024-02-01"));
    d.spatial = vec![vocab::SWEDEN.into()];
    d.temporal = vec![PeriodOfTime::new(
        Some(Date::day("2023-01-01")),
        Some(Date::day("2023-12-31")),
    )];
    d.access_rights = Some(vocab::PUBLIC.into());
    d.conforms_to = vec![format!("{iri}/schema.json")];
    let mut dist = Distribution::new(
        mint(BASE, "distribution", name).unwrap(),
        format!("{BASE}/filer/{}.csv", dcat_ap_se::mint::slug(name)),
        "text/csv",
    );
    dist.download_url = dist.access_url.clone();
    dist.description = vec![Text::sv("CSV-fil med semikolon som avgränsare.")];
    dist.licence = Some(vocab::CC0.into());
    dist.availability = Some(vocab::AVAILABLE.into());
    dist.byte_size = Some(12_345);
    d.distributions = vec![dist];
    d
}

pub fn catalog() -> Catalog {
    let mut c = Catalog::new(
        format!("{BASE}/katalog"),
        vec![
            Text::sv("Exempelby kommuns datakatalog"),
            Text::en("Exempelby Municipality data catalogue"),
        ],
        vec![
            Text::sv("Öppna data från Exempelby kommun."),
            Text::en("Open data from Exempelby Municipality."),
        ],
        publisher(),
    );
    c.language = vec![vocab::SWEDISH.into(), vocab::ENGLISH.into()];
    c.homepage = Some("https://www.exempelby.se/".into());
    c.spatial = vec![vocab::SWEDEN.into()];
    c.issued = Some(Date::day("2024-01-15"));
    c.modified = Some(Date::day("2024-02-01"));
    c.add_dataset(dataset("Befolkning 2023")).unwrap();
    c
}

/// A catalogue of one dataset that earns every metadata point.
pub fn full() -> Catalog {
    let mut c = catalog();
    for d in &mut c.datasets {
        complete(d);
    }
    c
}

/// What the common dataset lacks for 295 points: media type, rights, modified.
pub fn complete(d: &mut Dataset) {
    d.modified = Some(Date::day("2024-02-01"));
    for x in &mut d.distributions {
        x.media_type = Some("https://www.iana.org/assignments/media-types/text/csv".into());
        x.rights = vec![dcat_ap_se::RightsStatement {
            types: vec![dcat_ap_se::ns::ODRS_RIGHTS_STATEMENT.into()],
            attribution_text: vec![
                Text::sv("Fri att använda enligt CC0 1.0"),
                Text::en("Free to use under CC0 1.0"),
            ],
            ..dcat_ap_se::RightsStatement::default()
        }];
    }
}
