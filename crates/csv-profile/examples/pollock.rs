//! Measures csv-profile on Pollock's polluted files (HPI-Information-Systems/Pollock,
//! `polluted_files/`): for every file, whether the dialect (delimiter, quote, escape)
//! and the header (preamble and header rows) were read as its `parameters` JSON says,
//! and the normalised copy written where Pollock's evaluation expects a system's
//! output (`<out>/<file>_converted.csv`), to be scored by `pollock_score.py` with
//! Pollock's own metrics.
//!
//! ```text
//! cargo run --release -p csv-profile --example pollock -- POLLOCK_CHECKOUT [OUT_DIR]
//! python3 crates/csv-profile/examples/pollock_score.py POLLOCK_CHECKOUT OUT_DIR
//! ```
//!
//! `OUT_DIR` defaults to `target/pollock/loading`. A file the normaliser refuses is
//! written as `Application Error` and the error, as Pollock's own drivers do. The
//! files read wrong are listed in `OUT_DIR/../wrong.tsv`. Nothing of Pollock is part of
//! this repository: the checkout is read where it is.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a measuring program, not library code

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use csv_profile::{Normalizer, Options, Profile};
use serde_json::Value;

/// What Pollock's parameters say about one file.
struct Truth {
    delimiter: String,
    quote: String,
    escape: String,
    header: u64,
    preamble: u64,
}

fn truth(params: &Value) -> Truth {
    let s = |k: &str| params[k].as_str().unwrap_or("").to_owned();
    let n = |k: &str| params[k].as_u64().unwrap_or(0);
    Truth {
        delimiter: s("delimiter"),
        quote: s("quotechar"),
        escape: s("escapechar"),
        header: n("header_lines"),
        preamble: n("preamble_lines"),
    }
}

/// The class of a file, for the summary: its name up to the row and column numbers.
fn class(name: &str) -> String {
    for prefix in [
        "row_less_sep",
        "row_more_sep",
        "row_extra_quote",
        "row_field_delimiter",
    ] {
        if name.starts_with(prefix) {
            return prefix.into();
        }
    }
    name.trim_end_matches(".csv").into()
}

/// Whether the dialect was read right, and if not, why.
fn dialect_right(p: &Profile, t: &Truth, bytes: &[u8]) -> Result<(), String> {
    let d = &p.dialect;
    let (want_delim, want_space) = match t.delimiter.as_str() {
        ", " => (',', true),
        other => (other.chars().next().unwrap_or(','), false),
    };
    let empty = bytes.iter().all(|b| b.is_ascii_whitespace());
    if !empty && (d.delimiter != want_delim || d.skip_initial_space != want_space) {
        return Err(format!(
            "delimiter {:?}{} for {:?}",
            d.delimiter,
            if d.skip_initial_space { "+space" } else { "" },
            t.delimiter
        ));
    }
    // The quote matters only when the file holds it (or ours).
    let want_quote = t.quote.chars().next();
    let holds = |q: Option<char>| q.is_some_and(|q| bytes.contains(&(q as u8)));
    if d.quote != want_quote && (holds(d.quote) || holds(want_quote)) {
        return Err(format!("quote {:?} for {:?}", d.quote, want_quote));
    }
    let want_escape = (t.escape == "\\").then_some('\\');
    if d.escape != want_escape {
        return Err(format!("escape {:?} for {:?}", d.escape, want_escape));
    }
    Ok(())
}

fn header_right(p: &Profile, t: &Truth, bytes: &[u8]) -> Result<(), String> {
    let d = &p.dialect;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(());
    }
    if (d.preamble_rows, d.header_rows) != (t.preamble, t.header) {
        return Err(format!(
            "preamble {} header {} for {} and {}",
            d.preamble_rows, d.header_rows, t.preamble, t.header
        ));
    }
    Ok(())
}

fn normalize(bytes: &[u8]) -> Result<(Vec<u8>, Profile), csv_profile::Error> {
    let mut n = Normalizer::new(Options::default(), None);
    let mut out = Vec::new();
    n.feed(bytes, &mut out)?;
    let p = n.finish(&mut out)?;
    Ok((out, p))
}

#[derive(Default)]
struct Tally {
    files: usize,
    dialect: usize,
    header: usize,
    both: usize,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(
        args.next()
            .expect("usage: pollock POLLOCK_CHECKOUT [OUT_DIR]"),
    );
    let out_dir = args
        .next()
        .map_or_else(|| PathBuf::from("target/pollock/loading"), PathBuf::from);
    std::fs::create_dir_all(&out_dir).unwrap();
    let csv_dir = root.join("polluted_files/csv");
    let mut names: Vec<String> = std::fs::read_dir(&csv_dir)
        .unwrap_or_else(|e| panic!("{}: {e}", csv_dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".csv"))
        .collect();
    names.sort();
    let mut classes: BTreeMap<String, Tally> = BTreeMap::new();
    let mut total = Tally::default();
    let mut wrong = String::from("file\tdialect\theader\n");
    for name in &names {
        let bytes = std::fs::read(csv_dir.join(name)).unwrap();
        let params_path = root.join(format!("polluted_files/parameters/{name}_parameters.json"));
        let params: Value = serde_json::from_slice(&std::fs::read(&params_path).unwrap()).unwrap();
        let t = truth(&params);
        let converted = out_dir.join(format!("{name}_converted.csv"));
        let (d_ok, h_ok) = match normalize(&bytes) {
            Ok((out, p)) => {
                std::fs::write(&converted, out).unwrap();
                (dialect_right(&p, &t, &bytes), header_right(&p, &t, &bytes))
            }
            Err(e) => {
                std::fs::write(&converted, format!("Application Error\n{e}\n")).unwrap();
                (Err(e.to_string()), Err(e.to_string()))
            }
        };
        let c = classes.entry(class(name)).or_default();
        for tally in [c, &mut total] {
            tally.files += 1;
            tally.dialect += usize::from(d_ok.is_ok());
            tally.header += usize::from(h_ok.is_ok());
            tally.both += usize::from(d_ok.is_ok() && h_ok.is_ok());
        }
        if d_ok.is_err() || h_ok.is_err() {
            wrong.push_str(&format!(
                "{name}\t{}\t{}\n",
                d_ok.err().unwrap_or_default(),
                h_ok.err().unwrap_or_default()
            ));
        }
    }
    let report = out_dir.parent().unwrap_or(Path::new(".")).join("wrong.tsv");
    std::fs::write(&report, wrong).unwrap();
    let pct = |a: usize, n: usize| 100.0 * a as f64 / n.max(1) as f64;
    println!("class\tfiles\tdialect\theader\tboth");
    for (c, t) in classes.iter().chain([(&"ALL".to_owned(), &total)]) {
        println!(
            "{c}\t{}\t{:.1} %\t{:.1} %\t{:.1} %",
            t.files,
            pct(t.dialect, t.files),
            pct(t.header, t.files),
            pct(t.both, t.files)
        );
    }
    println!(
        "\n{} files; dialect and header both right: {} ({:.2} %); wrong ones in {}; outputs in {}",
        total.files,
        total.both,
        pct(total.both, total.files),
        report.display(),
        out_dir.display()
    );
}
