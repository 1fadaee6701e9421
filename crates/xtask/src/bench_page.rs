//! `cargo xtask bench --part page`: `<datalots-catalog>` on a catalogue of 1,000
//! datasets in headless Chromium (`tests/bench/catalog-page.mjs`): the time until the
//! first page of the list shows, and each keystroke of a search. A benchmark, not a
//! timed test: the goals are reported, and `--check` makes a missed one fail.

use std::fmt::Write as _;
use std::process::Command;

use crate::install;
use crate::util::{Failure, cargo, root, run, step};

/// The catalogue's size.
const DATASETS: usize = 1000;
/// The goal (#25): the first page within a second.
const FIRST_PAGE_MS: f64 = 1000.0;
/// «Without a visible pause»: a keystroke answered within 100 ms (the usual limit for
/// a response to feel immediate), to the next frame.
const KEYSTROKE_MS: f64 = 100.0;

/// What the part adds to the report.
pub struct Page {
    /// Its section of BENCHMARKS.md.
    pub report: String,
    /// (goal, measured, met).
    pub goals: Vec<(String, String, bool)>,
    /// The commands run.
    pub commands: Vec<String>,
}

fn number(json: &str, object: &str, key: &str) -> Option<f64> {
    let at = json.find(&format!("\"{object}\""))?;
    let rest = &json[at..];
    let k = rest.find(&format!("\"{key}\":"))? + key.len() + 3;
    let end = rest[k..].find([',', '}'])? + k;
    rest[k..end].trim().parse().ok()
}

/// Builds the site and the catalogue, runs the browser, reads its numbers.
pub fn run_part() -> Result<Page, Failure> {
    let site = crate::site::dist()?;
    let browser = install::browser()?;
    install::npm_packages()?;
    let dir = root().join("target/bench/catalog-page");
    step(&format!(
        "writing a catalogue of {DATASETS} datasets (examples/sample_site.rs)"
    ));
    run(
        cargo()
            .args([
                "run",
                "--release",
                "--quiet",
                "--example",
                "sample_site",
                "--",
            ])
            .arg(&dir)
            .arg(DATASETS.to_string()),
        "cargo run --example sample_site",
    )?;
    let catalogue = dir.join("katalog.rdf");
    step("<datalots-catalog> in headless Chromium (tests/bench/catalog-page.mjs)");
    let script = "tests/bench/catalog-page.mjs";
    let out = Command::new("node")
        .arg(script)
        .arg(&site)
        .arg(&catalogue)
        .arg("3")
        .current_dir(root())
        .env("CHROMIUM", &browser.chromium)
        .output()
        .map_err(|e| Failure::new(format!("node {script}: {e}")))?;
    let json = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        return Err(Failure::new(format!(
            "node {script} failed:\n{json}{}",
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    let get = |o: &str, k: &str| {
        number(&json, o, k).ok_or_else(|| Failure::new(format!("no {o}.{k} in: {json}")))
    };
    let first = get("first_page_ms", "best")?;
    let first_median = get("first_page_ms", "median")?;
    let key_max = get("keystroke_handler_ms", "max")?;
    let key_median = get("keystroke_handler_ms", "median")?;
    let frame_max = get("keystroke_frame_ms", "max")?;
    let mut report = String::new();
    let _ = writeln!(
        report,
        "## The catalogue page, {DATASETS} datasets\n\n`<datalots-catalog>` in headless Chromium, the \
         catalogue ({} bytes of RDF/XML) served from the same origin, a cold cache each of 3 runs.\n\n\
         | measure | ms |\n|---|---:|\n| first page shown, best | {first:.0} |\n| first page shown, median | {first_median:.0} |\n\
         | a keystroke of a search (handler), median | {key_median:.1} |\n| a keystroke, slowest | {key_max:.1} |\n\
         | a keystroke to the next frame, slowest | {frame_max:.1} |\n",
        std::fs::metadata(&catalogue).map_or(0, |m| m.len())
    );
    let goals = vec![
        (
            format!("{DATASETS} datasets: first page under 1 s"),
            format!("{first_median:.0} ms"),
            first_median < FIRST_PAGE_MS,
        ),
        (
            format!("{DATASETS} datasets: each keystroke within {KEYSTROKE_MS:.0} ms"),
            format!("{frame_max:.0} ms"),
            frame_max < KEYSTROKE_MS,
        ),
    ];
    Ok(Page {
        report,
        goals,
        commands: vec![
            format!(
                "cargo run --release --example sample_site -- target/bench/catalog-page {DATASETS}"
            ),
            format!("node {script} target/site target/bench/catalog-page/katalog.rdf 3"),
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_scripts_numbers() {
        let json = r#"{"catalogue_bytes":5,"first_page_ms":{"best":412.5,"median":430,"runs":[1]},"keystroke_handler_ms":{"max":8.25,"median":3}}"#;
        assert_eq!(number(json, "first_page_ms", "best"), Some(412.5));
        assert_eq!(number(json, "first_page_ms", "median"), Some(430.0));
        assert_eq!(number(json, "keystroke_handler_ms", "max"), Some(8.25));
        assert_eq!(number(json, "keystroke_frame_ms", "max"), None);
    }
}
