//! Profiles one file and prints what it measured, as one JSON line: bytes, seconds,
//! peak resident memory (Linux only) and the shape found. Used by `cargo xtask bench`,
//! natively and as `wasm32-wasip1` under Node.
//!
//! `cargo run --release -p csv-profile --example bench_profile -- FILE`
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark driver, not library code

use std::time::Instant;

fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: bench_profile FILE");
    let file = std::fs::File::open(&path).expect("the file opens");
    let start = Instant::now();
    let profile = csv_profile::profile_reader(file, csv_profile::Options::default())
        .expect("the file profiles");
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{{\"bytes\": {}, \"seconds\": {seconds:.4}, \"mb_per_s\": {:.1}, \"peak_kib\": {}, \"rows\": {}, \"columns\": {}, \"types\": \"{}\"}}",
        profile.bytes,
        profile.bytes as f64 / 1e6 / seconds,
        peak_kib().map_or("null".to_owned(), |k| k.to_string()),
        profile.rows,
        profile.columns.len(),
        profile
            .columns
            .iter()
            .map(|c| format!("{:?}", c.kind))
            .collect::<Vec<_>>()
            .join(",")
    );
}
