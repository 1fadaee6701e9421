//! Builds a catalogue of N generated datasets (one CSV distribution each, the fields a
//! kommun fills in), writes it in the three formats to DIR, and prints one JSON line:
//! the best of three in-process times of each writer (model → text), of reading each
//! written file back (`Catalog::read`: parse, then the model from the graph) and of
//! validation. Used by `cargo xtask bench`, which then times `datalots validate` on
//! the files it wrote.
//!
//! `cargo run --release -p dcat-ap-se --example bench_catalog -- N DIR`
//!
//! With `--write EXT` after DIR (`rdf`, `ttl` or `jsonld`) it builds the catalogue and
//! writes it once in that format, nothing else: for counting a writer's instructions
//! (`valgrind --tool=callgrind … bench_catalog 1000 DIR --write ttl`), which, unlike
//! its time, does not move with the machine's load. With `--validate` it builds the
//! catalogue and validates it once (`Catalog::validate`), for counting validation's.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark driver, not library code

use std::time::Instant;

use dcat_ap_se::mint::{mint, organisation_iri};
use dcat_ap_se::vocab::{self, CC0, LOCAL_AUTHORITY, PUBLIC, SWEDISH};
use dcat_ap_se::{
    Agent, Catalog, ContactPoint, Dataset, Date, Distribution, Format, PeriodOfTime, Text,
};

/// A catalogue of `n` datasets, always the same for the same `n`.
fn catalogue(n: usize) -> Catalog {
    let base = "https://data.exempelby.se";
    let kommun = Agent::organisation(
        organisation_iri("212000-0000").unwrap(),
        vec![
            Text::sv("Exempelby kommun"),
            Text::en("Exempelby Municipality"),
        ],
        LOCAL_AUTHORITY,
    );
    let contact = ContactPoint::organisation(
        mint(base, "kontakt", "Öppna data").unwrap(),
        vec![Text::sv("Öppna data, Exempelby kommun")],
        "oppnadata@exempelby.se",
    );
    let mut catalog = Catalog::new(
        mint(base, "katalog", "datakatalog").unwrap(),
        vec![Text::sv("Exempelby kommuns datakatalog")],
        vec![Text::sv("Öppna data från Exempelby kommun.")],
        kommun.clone(),
    );
    catalog.language = vec![SWEDISH.into()];
    const SUBJECTS: [&str; 6] = [
        "Badplatser",
        "Budget",
        "Förskolor",
        "Luftkvalitet",
        "Bygglov",
        "Cykelställ",
    ];
    for i in 0..n {
        let title = format!("{} {}", SUBJECTS[i % SUBJECTS.len()], 1000 + i);
        let mut dataset = Dataset::new(
            mint(base, "dataset", &title).unwrap(),
            vec![Text::sv(&title), Text::en(format!("Dataset {i}"))],
            vec![Text::sv(format!(
                "Kommunens data om {} år {}, uppdaterad varje månad. \"Citat\" och radbrytning\nmed.",
                title.to_lowercase(),
                2000 + i % 25
            ))],
            kommun.clone(),
        );
        dataset.contact_point.push(contact.clone());
        dataset.access_rights = Some(PUBLIC.into());
        dataset.language = vec![SWEDISH.into()];
        dataset.keyword = vec![
            Text::sv(SUBJECTS[i % SUBJECTS.len()].to_lowercase()),
            Text::sv(format!("nyckelord {}", i % 97)),
        ];
        let theme = &vocab::THEMES[i % vocab::THEMES.len()];
        dataset.theme.push(theme.uri.into());
        dataset.temporal.push(PeriodOfTime::new(
            Some(Date::day(format!("{}-01-01", 2000 + i % 25))),
            Some(Date::day(format!("{}-12-31", 2000 + i % 25))),
        ));
        let file = format!("{base}/filer/{}.csv", dcat_ap_se::mint::slug(&title));
        let mut csv = Distribution::new(
            mint(base, "distribution", &title).unwrap(),
            &file,
            "text/csv",
        );
        csv.download_url.push(file);
        csv.licence = Some(CC0.into());
        dataset.distributions.push(csv);
        // Straight into the list: `add_dataset` looks for a duplicate IRI first, which
        // for a generated catalogue (every IRI differs) costs n² comparisons.
        catalog.datasets.push(dataset);
    }
    catalog
}

fn best_of_three<T>(mut f: impl FnMut() -> T) -> (T, f64) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..3 {
        let start = Instant::now();
        let out = f();
        best = best.min(start.elapsed().as_secs_f64());
        last = Some(out);
    }
    (last.unwrap(), best)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .expect("usage: bench_catalog N DIR");
    let dir = std::path::PathBuf::from(args.next().expect("usage: bench_catalog N DIR"));
    std::fs::create_dir_all(&dir).unwrap();
    let catalog = catalogue(n);
    let mode = args.next();
    if mode.as_deref() == Some("--validate") {
        let report = catalog.validate().unwrap();
        println!(
            "{{\"datasets\": {n}, \"findings\": {}}}",
            report.findings.len()
        );
        return;
    }
    if mode.as_deref() == Some("--write") {
        let ext = args
            .next()
            .expect("usage: bench_catalog N DIR --write rdf|ttl|jsonld");
        let format = Format::ALL
            .into_iter()
            .find(|f| f.extension() == ext)
            .expect("--write takes rdf, ttl or jsonld");
        let text = catalog.write(format).unwrap();
        let path = dir.join(format!("catalog-{n}.{ext}"));
        std::fs::write(&path, &text).unwrap();
        println!("{{\"datasets\": {n}, \"bytes_{ext}\": {}}}", text.len());
        return;
    }
    let mut fields = vec![format!("\"datasets\": {n}")];
    for format in Format::ALL {
        let (text, seconds) = best_of_three(|| catalog.write(format).unwrap());
        let path = dir.join(format!("catalog-{n}.{}", format.extension()));
        std::fs::write(&path, &text).unwrap();
        let (back, read_seconds) =
            best_of_three(|| Catalog::read(text.as_bytes(), format).unwrap());
        assert_eq!(back.datasets.len(), n, "{} read back", format.name());
        fields.push(format!(
            "\"write_{}\": {seconds:.4}, \"bytes_{}\": {}, \"read_{}\": {read_seconds:.4}",
            format.extension(),
            format.extension(),
            text.len(),
            format.extension()
        ));
    }
    let (report, seconds) = best_of_three(|| catalog.validate().unwrap());
    assert!(
        !report.has_violations(),
        "the generated catalogue is valid: {:#?}",
        report.violations().take(5).collect::<Vec<_>>()
    );
    fields.push(format!("\"validate\": {seconds:.4}"));
    println!("{{{}}}", fields.join(", "));
}
