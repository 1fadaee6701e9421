//! The demo catalogue: 30 made-up datasets of Exempelby kommun (listed in
//! `tests/fixtures/site/datasets.tsv`), each described with the library from the test
//! fixture `befolkning_2024.csv`, the fixture publisher and the fixture licence
//! answers, written as `katalog.rdf` with its static pages (`sidor/`). No network.
//! `cargo xtask dist` runs it for the demo page `www/katalog.html`.
//!
//! With a number after the folder, that many datasets (the 30 rows again and again,
//! numbered): the benchmark's large catalogue (`cargo xtask bench --part page`).
//!
//! ```sh
//! cargo run --example sample_site -- target/site/katalog
//! cargo run --release --example sample_site -- target/bench/katalog-1000 1000
//! ```

use std::path::Path;

use datalots::Lang;
use datalots::dcat_ap_se::Format;
use datalots::site::Site;
use datalots::site::html::{self, Options};
use datalots::{Answers, Overrides, Publisher};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .ok_or("usage: sample_site OUT_DIR")?;
    let out = Path::new(&out);
    let wanted: usize = match std::env::args().nth(2) {
        Some(n) => n.parse()?,
        None => 30,
    };
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let read = |p: &str| std::fs::read_to_string(fixtures.join(p));
    let publisher = Publisher::from_toml(&read("publisher/exempelby.toml")?, "exempelby.toml")?;
    let answers = |kind: &str| -> Result<Answers, Box<dyn std::error::Error>> {
        let file = match kind {
            "attribution" => "answers/attribution.json",
            "hvd" => "answers/high-value.json",
            _ => "answers/open-facts.json",
        };
        Ok(Answers::from_json(&read(file)?)?)
    };
    let csv = std::fs::read(fixtures.join("csv/befolkning_2024.csv"))?;
    let profile = datalots::csv_profile::profile_bytes(&csv)?;
    let list = |s: &str| -> Vec<String> {
        s.split(',')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());

    let mut catalog = datalots::describe::new_catalog(&publisher)?;
    let text = read("site/datasets.tsv")?;
    let rows: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    for i in 0..wanted {
        let row = rows[i % rows.len()];
        let f: Vec<&str> = row.split('\t').collect();
        let [
            kind,
            title,
            description,
            keywords,
            themes,
            hvd,
            frequency,
            start,
            end,
        ] = f[..]
        else {
            return Err(format!("datasets.tsv: a row without 9 columns: {row}").into());
        };
        let title = match i / rows.len() {
            0 => title.to_owned(),
            round => format!("{title} {}", round + 1),
        };
        let title = title.as_str();
        let slug = datalots::dcat_ap_se::mint::slug(title);
        // Published on different days, so that «last modified» orders them.
        let day = format!("2024-{:02}-{:02}", 1 + i % 12, 1 + (i * 7) % 28);
        let overrides = Overrides {
            file_name: Some(format!("{slug}.csv")),
            title: Some(title.to_owned()),
            description: Some(description.to_owned()),
            download_url: Some(format!("https://data.exempelby.se/filer/{slug}.csv")),
            keywords: list(keywords),
            themes: list(themes),
            hvd_categories: list(hvd),
            publish_dictionary: true,
            frequency: some(frequency),
            temporal_start: some(start),
            temporal_end: some(end),
            issued: Some(day.clone()),
            today: Some(day),
            ..Overrides::default()
        };
        let draft = datalots::describe(&profile, &answers(kind)?, &publisher, &overrides)?;
        draft.add_to(&mut catalog)?;
    }
    let violations = catalog.validate()?.violations().count();
    assert_eq!(catalog.datasets.len(), wanted);
    assert_eq!(violations, 0, "the sample catalogue is valid DCAT-AP-SE");

    std::fs::create_dir_all(out.join("sidor"))?;
    std::fs::write(out.join("katalog.rdf"), catalog.write(Format::RdfXml)?)?;
    let site = Site::new(&catalog, Lang::Sv);
    let opts = Options {
        base_url: None,
        catalogue_url: Some("../katalog.rdf".into()),
    };
    for (name, contents) in html::files(&site, &opts) {
        let path = out.join("sidor").join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, contents)?;
    }
    println!(
        "{} datasets in {}",
        catalog.datasets.len(),
        out.join("katalog.rdf").display()
    );
    Ok(())
}
