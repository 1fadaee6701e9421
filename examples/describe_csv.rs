//! The describe pipeline end to end: a Swedish CSV file, the answers to the licence
//! questions and the publisher's settings become a DCAT-AP-SE catalogue (RDF/XML, what
//! dataportal.se harvests) and a data dictionary (CSVW).
//!
//! ```sh
//! cargo run --example describe_csv
//! ```
//!
//! Everything is in memory here; `datalots describe` does the same with files.

use datalots::describe::{Origin, new_catalog};
use datalots::{Answers, Overrides, Publisher, describe};
use dcat_ap_se::Format;

const CSV: &str = "\
kommunkod;badplats;vattentemperatur;provdatum;tjänlig
0114;Oxundasjön;19,5;2/7/2024;Ja
0114;Fjäturen;21,0;2/7/2024;Ja
0114;Norrviken;18,2;9/7/2024;Nej
";

const PUBLISHER: &str = r#"
name = "Upplands Väsby kommun"
organisation_number = "212000-2882"
publisher_type = "LocalAuthority"
email = "oppnadata@upplandsvasby.se"
base_uri = "https://data.upplandsvasby.se"
kommunkod = "0114"
spatial = "http://sws.geonames.org/2664855"
"#;

const ANSWERS: &str = r#"{
  "confidential": false, "personal_data": false, "high_value": false,
  "own_content": true, "facts_only": true, "conditions": "none"
}"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. What is in the file (the widget feeds File.slice() chunks to a Profiler instead).
    let profile = csv_profile::profile_bytes(CSV.as_bytes())?;
    // 2. Who publishes, and under which terms.
    let publisher = Publisher::from_toml(PUBLISHER, "publisher.toml")?;
    let answers = Answers::from_json(ANSWERS)?;
    // 3. Describe it; only the file name is given, so title and description are drafted.
    let overrides = Overrides {
        file_name: Some("badplatser_2024.csv".into()),
        publish_dictionary: true,
        ..Overrides::default()
    };
    let draft = describe(&profile, &answers, &publisher, &overrides)?;

    for origin in [Origin::Given, Origin::Suggested] {
        println!("{origin:?}:");
        for mark in draft.marked(origin) {
            println!("  {:<28} {}", mark.property, mark.note.en);
        }
    }

    // 4. Into a new catalogue, validated, written as RDF/XML.
    let mut catalog = new_catalog(&publisher)?;
    draft.add_to(&mut catalog)?;
    let report = catalog.validate()?;
    assert!(
        !report.has_violations(),
        "the pipeline's output must pass DCAT-AP-SE: {:#?}",
        report.violations().collect::<Vec<_>>()
    );
    println!(
        "\n{} violations, {} warnings",
        report.violations().count(),
        report.warnings().count()
    );
    println!("\n{}", catalog.write(Format::RdfXml)?);
    println!(
        "CSVW for {}:\n{}",
        draft.csvw_url,
        serde_json::to_string_pretty(&draft.csvw)?
    );
    Ok(())
}
