//! Precision and recall of the people's-name detector on a labelled set of columns:
//! a TSV of `label<TAB>header<TAB>values` lines (`person` or `other`, values separated
//! by `|`), such as `tests/data/names/columns.tsv`. Each column is profiled as the
//! second column of a small `;` file; a column is found when its profile flags
//! [`csv_profile::PersonalKind::Name`].
//!
//! ```text
//! cargo run --release -p csv-profile --example names_measure -- COLUMNS.tsv
//! python3 crates/csv-profile/examples/names_public_set.py SVENSKTEXT_CHECKOUT public.tsv
//! cargo run --release -p csv-profile --example names_measure -- public.tsv
//! ```
//!
//! The second set is built from public Swedish lists (peterdalle/svensktext: SCB's
//! name statistics, localities, kommuner, län, authorities, roads), not committed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a measuring program, not library code

use csv_profile::{PersonalKind, profile_bytes};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: names_measure COLUMNS.tsv");
    let text = std::fs::read_to_string(&path).unwrap();
    let (mut tp, mut fp, mut fn_, mut tn) = (0u32, 0u32, 0u32, 0u32);
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let (label, header, values) = (cols[0], cols[1], cols[2]);
        let mut csv = format!("id;{header}\n");
        for (i, v) in values.split('|').enumerate() {
            csv.push_str(&format!("{};\"{}\"\n", i + 1, v.replace('"', "\"\"")));
        }
        let p = profile_bytes(csv.as_bytes()).unwrap();
        let pd = p.columns.get(1).and_then(|c| c.personal_data.as_ref());
        let found = pd.is_some_and(|pd| pd.kind == PersonalKind::Name);
        let share = pd.map_or(0.0, |pd| pd.share);
        let first: Vec<&str> = values.split('|').take(4).collect();
        match (label == "person", found) {
            (true, true) => tp += 1,
            (false, false) => tn += 1,
            (true, false) => {
                fn_ += 1;
                println!("missed       {header}: {first:?}");
            }
            (false, true) => {
                fp += 1;
                println!("false alarm  {header} ({:.0} %): {first:?}", share * 100.0);
            }
        }
    }
    let precision = f64::from(tp) / f64::from((tp + fp).max(1));
    let recall = f64::from(tp) / f64::from((tp + fn_).max(1));
    println!(
        "{} columns ({} of people, {} not): {tp} found, {fn_} missed, {fp} false alarms; precision {precision:.3}, recall {recall:.3}",
        tp + fp + fn_ + tn,
        tp + fn_,
        fp + tn
    );
}
