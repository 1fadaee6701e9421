//! The CSV profiler on arbitrary bytes, cut into arbitrary chunks: it never panics,
//! and the profile is the same however the input is cut (the architecture invariant).
//!
//! The first four bytes choose the options and the chunking: a small sample (so the
//! streaming path after the sniffed sample runs on small inputs too), a small record
//! limit, and the seed of the chunk sizes. The rest is the file.
#![no_main]

use csv_profile::{Options, Profiler};
use libfuzzer_sys::fuzz_target;

fn run(data: &[u8], opts: Options, mut cut: impl FnMut() -> usize) -> String {
    let mut p = Profiler::with_options(opts);
    let mut rest = data;
    while !rest.is_empty() {
        let (chunk, tail) = rest.split_at(cut().min(rest.len()));
        if let Err(e) = p.feed(chunk) {
            return format!("error: {e}");
        }
        rest = tail;
    }
    match p.finish() {
        Ok(profile) => format!("{profile:?}"),
        Err(e) => format!("error: {e}"),
    }
}

fuzz_target!(|input: &[u8]| {
    let [a, b, c, d, data @ ..] = input else {
        return;
    };
    let opts = Options {
        sample_bytes: 16 + usize::from(*a) * 4,
        max_record_bytes: 64 + usize::from(*b) * 16,
        ..Options::default()
    };
    let whole = run(data, opts, || usize::MAX);
    let mut state = u32::from_le_bytes([*c, *d, 0x5e, 0xed]) | 1;
    let chunked = run(data, opts, || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        1 + (state % 97) as usize
    });
    assert_eq!(whole, chunked, "the profile depends on the chunking");
    // And with the default options, in one piece (what the CLI and the widget do).
    let _ = csv_profile::profile_bytes(data);
});
