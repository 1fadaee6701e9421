//! Property test of the architecture invariant: the profile does not depend on how
//! the input is cut into chunks. Inputs are CSV-like bytes (delimiters, quotes, line
//! ends, Swedish numbers and letters, invalid UTF-8, NUL) and arbitrary bytes; the
//! sample used for sniffing is made small so that the streaming path after it runs on
//! small inputs too.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use csv_profile::{Options, Profiler};
use proptest::prelude::*;

/// The profile (or the error) as text: `Profile` holds floats, and the Debug text
/// compares NaN with NaN too.
fn profile(data: &[u8], opts: Options, cuts: &[usize]) -> String {
    let mut p = Profiler::with_options(opts);
    let mut rest = data;
    let mut sizes = cuts.iter().cycle();
    while !rest.is_empty() {
        let n = (*sizes.next().unwrap_or(&usize::MAX)).clamp(1, rest.len());
        let (chunk, tail) = rest.split_at(n);
        if let Err(e) = p.feed(chunk) {
            return format!("error: {e}");
        }
        rest = tail;
    }
    match p.finish() {
        Ok(profile) => format!("{profile:#?}"),
        Err(e) => format!("error: {e}"),
    }
}

/// Found by `chunking_never_changes_the_profile_of_arbitrary_bytes`: a record larger
/// than the limit was accepted when it arrived whole and refused when it arrived in
/// pieces, so the error named a later line, or none.
#[test]
fn a_record_over_the_limit_is_refused_however_it_arrives() {
    let opts = Options {
        max_record_bytes: 64,
        sample_bytes: 16,
        ..Options::default()
    };
    let mut data = b"a;b\n".to_vec();
    data.extend(std::iter::repeat_n(b'x', 100));
    data.extend(b"\n1;2\n");
    let whole = profile(&data, opts, &[usize::MAX]);
    assert!(whole.contains("line 2 is larger than 64 bytes"), "{whole}");
    for cut in [1, 7, 50, 64, 65, 100] {
        assert_eq!(profile(&data, opts, &[cut]), whole, "chunks of {cut}");
    }
}

/// Pieces a Swedish CSV file is made of.
fn csv_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b";".to_vec()),
        Just(b",".to_vec()),
        Just(b"\t".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\"\"".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b" ".to_vec()),
        Just("1 234,50".as_bytes().to_vec()),
        Just(b"0114".to_vec()),
        Just(b"31/1/2024".to_vec()),
        Just(b"2024-01-31".to_vec()),
        Just(b"Ja".to_vec()),
        Just(b"Nej".to_vec()),
        Just("Malmö".as_bytes().to_vec()),
        Just(b"Malm\xf6".to_vec()),
        Just(b"\xef\xbb\xbf".to_vec()),
        Just(b"\0".to_vec()),
        Just(b"19811218-9876".to_vec()),
        Just(b"a@b.se".to_vec()),
        "[a-z]{1,6}".prop_map(String::into_bytes),
        "[0-9]{1,7}".prop_map(String::into_bytes),
        "-?[0-9]{1,3},[0-9]{1,6}".prop_map(String::into_bytes),
        any::<u8>().prop_map(|b| vec![b]),
    ];
    prop::collection::vec(piece, 0..400).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = Options> {
    (16usize..2048, 32usize..4096).prop_map(|(sample_bytes, max_record_bytes)| Options {
        sample_bytes,
        max_record_bytes,
        ..Options::default()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn chunking_never_changes_the_profile(
        data in csv_bytes(),
        opts in options(),
        cuts in prop::collection::vec(1usize..300, 1..20),
    ) {
        let whole = profile(&data, opts, &[usize::MAX]);
        prop_assert_eq!(&whole, &profile(&data, opts, &cuts));
        prop_assert_eq!(&whole, &profile(&data, opts, &[1]));
    }

    #[test]
    fn chunking_never_changes_the_profile_of_arbitrary_bytes(
        data in prop::collection::vec(any::<u8>(), 0..3000),
        opts in options(),
        cuts in prop::collection::vec(1usize..500, 1..10),
    ) {
        let whole = profile(&data, opts, &[usize::MAX]);
        prop_assert_eq!(&whole, &profile(&data, opts, &cuts));
    }

}

proptest! {
    // Fewer cases: each input is larger than the 64 KiB sample.
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// With the default options (what the CLI and the widget use): a file of many
    /// records, larger than the sniffing sample, cut at random places.
    #[test]
    fn chunking_never_changes_the_profile_past_the_default_sample(
        rows in prop::collection::vec(("[0-9]{4}", "[a-zåäö ]{0,12}", 0u32..100_000, 0u32..100), 3000..4000),
        cuts in prop::collection::vec(1usize..70_000, 1..8),
    ) {
        let mut text = String::from("kommunkod;namn;belopp;andel\r\n");
        for (kod, namn, belopp, andel) in &rows {
            text.push_str(&format!("{kod};\"{namn}\";{belopp};{},{:02}\r\n", andel / 10, andel));
        }
        let data = text.as_bytes();
        let opts = Options::default();
        let whole = profile(data, opts, &[usize::MAX]);
        prop_assert_eq!(&whole, &profile(data, opts, &cuts));
    }
}
