//! A catalogue with two datasets built by hand through the `dcat-ap-se` API, validated
//! and written in the three formats. No CSV file, no questionnaire: this is what a Rust
//! program that already knows its metadata does.
//!
//! ```sh
//! cargo run --example build_catalog
//! ```

use dcat_ap_se::mint::{mint, organisation_iri};
use dcat_ap_se::vocab::{self, CC0, LOCAL_AUTHORITY, PUBLIC, SWEDISH};
use dcat_ap_se::{
    Agent, Catalog, ContactPoint, Dataset, Date, Distribution, Format, PeriodOfTime, Text,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = "https://data.exempelby.se";
    let kommun = Agent::organisation(
        organisation_iri("212000-0000")?,
        vec![
            Text::sv("Exempelby kommun"),
            Text::en("Exempelby Municipality"),
        ],
        LOCAL_AUTHORITY,
    );
    let contact = ContactPoint::organisation(
        mint(base, "kontakt", "Öppna data")?,
        vec![Text::sv("Öppna data, Exempelby kommun")],
        "oppnadata@exempelby.se",
    );

    let mut catalog = Catalog::new(
        mint(base, "katalog", "datakatalog")?,
        vec![Text::sv("Exempelby kommuns datakatalog")],
        vec![Text::sv("Öppna data från Exempelby kommun.")],
        kommun.clone(),
    );
    catalog.language = vec![SWEDISH.into()];

    // Two datasets, each with one CSV distribution.
    let sets = [
        (
            "Badplatser",
            "Kommunens badplatser med läge och vattenkvalitet.",
            "ENVI",
            CC0,
        ),
        (
            "Budget 2025",
            "Kommunens budget per verksamhet, i tusen kronor.",
            "GOVE",
            "http://creativecommons.org/licenses/by/4.0/",
        ),
    ];
    for (title, description, theme, licence) in sets {
        let mut dataset = Dataset::new(
            mint(base, "dataset", title)?,
            vec![Text::sv(title)],
            vec![Text::sv(description)],
            kommun.clone(),
        );
        dataset.contact_point.push(contact.clone());
        dataset.access_rights = Some(PUBLIC.into());
        dataset.language = vec![SWEDISH.into()];
        let theme = vocab::THEMES
            .iter()
            .find(|c| c.uri.ends_with(theme))
            .ok_or("unknown theme")?;
        dataset.theme.push(theme.uri.into());
        dataset.temporal.push(PeriodOfTime::new(
            Some(Date::day("2025-01-01")),
            Some(Date::day("2025-12-31")),
        ));
        let file = format!("{base}/filer/{}.csv", dcat_ap_se::mint::slug(title));
        let mut csv = Distribution::new(mint(base, "distribution", title)?, &file, "text/csv");
        csv.download_url.push(file);
        csv.licence = Some(licence.into());
        dataset.distributions.push(csv);
        catalog.add_dataset(dataset)?;
    }

    let report = catalog.validate()?;
    assert!(
        !report.has_violations(),
        "{:#?}",
        report.violations().collect::<Vec<_>>()
    );
    println!(
        "{} datasets, {} violations, {} warnings",
        catalog.datasets.len(),
        report.violations().count(),
        report.warnings().count()
    );
    for format in [Format::RdfXml, Format::Turtle, Format::JsonLd] {
        let text = catalog.write(format)?;
        // What is written reads back and writes again to the same text.
        assert_eq!(Catalog::read(text.as_bytes(), format)?.write(format)?, text);
        println!("\n--- {} ---\n{text}", format.name());
    }
    Ok(())
}
