//! Arbitrary bytes, in arbitrary chunks: the profiler returns a profile or an error,
//! never a panic. (A deterministic generator, so a failure is reproducible.)
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use csv_profile::{Options, Profiler};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Bytes biased towards what CSV parsers find interesting.
fn input(rng: &mut Rng) -> Vec<u8> {
    const ALPHABET: &[u8] =
        b";,\t|:\"' \r\n0123456789,.-+%eE/aZ\xc3\xa5\xff\x00\xe2\x88\x92\xef\xbb\xbf";
    let len = rng.below(3000);
    (0..len)
        .map(|_| {
            if rng.below(4) == 0 {
                rng.next() as u8
            } else {
                ALPHABET[rng.below(ALPHABET.len())]
            }
        })
        .collect()
}

#[test]
fn arbitrary_input_never_panics() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..1500 {
        let bytes = input(&mut rng);
        let opts = Options {
            sample_bytes: 1 + rng.below(2048),
            max_record_bytes: 1 + rng.below(1 << 16),
            max_listed: rng.below(5),
            // Overrides now and then: every combination must be safe too.
            delimiter: [None, Some(';'), Some(',')][rng.below(3)],
            quote: [None, Some(None), Some(Some('\''))][rng.below(3)],
            header_rows: [None, Some(0), Some(3)][rng.below(3)],
            preamble_rows: [None, Some(0), Some(2)][rng.below(3)],
            ..Options::default()
        };
        let mut p = Profiler::with_options(opts);
        let chunk = 1 + rng.below(64);
        let mut failed = false;
        for c in bytes.chunks(chunk) {
            if p.feed(c).is_err() {
                failed = true;
                break;
            }
        }
        if !failed {
            let _ = p.finish();
        }
    }
}

#[test]
fn a_huge_record_is_an_error_not_a_crash() {
    let mut p = Profiler::with_options(Options {
        max_record_bytes: 1024,
        ..Options::default()
    });
    let mut data = b"a;b\n1;\"".to_vec();
    data.extend(std::iter::repeat_n(b'x', 10_000));
    let r = p.feed(&data).and_then(|()| p.finish().map(|_| ()));
    let err = r.unwrap_err().to_string();
    assert!(err.contains("larger than 1024 bytes"), "{err}");
}
