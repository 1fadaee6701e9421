//! Hostile and broken input: truncated and mutated catalogues, deep nesting, huge
//! input. Nothing may panic; errors are errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use dcat_ap_se::{Catalog, Format, parse, parse_recovering, validate};

fn examples() -> Vec<(Format, Vec<u8>)> {
    [
        "dcat-ap-se-rekommenderat.ttl",
        "dcat-ap-se-rekommenderat.rdf",
        "opennorth-umea-legacy-2015-dcat.rdf",
    ]
    .iter()
    .map(|n| {
        let bytes =
            std::fs::read(format!("{}/tests/data/{n}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        (Format::from_path(n).unwrap(), bytes)
    })
    .collect()
}

fn exercise(input: &[u8], format: Format) {
    let _ = parse(input, format);
    if let Ok((graph, _)) = parse_recovering(input, format) {
        let _ = validate(&graph);
        if let Ok(catalog) = Catalog::from_graph(&graph) {
            let g = catalog
                .to_graph()
                .expect("a model read from a graph writes back");
            for f in Format::ALL {
                let _ = dcat_ap_se::serialize(&g, f);
            }
        }
    }
}

#[test]
fn truncated_input_never_panics() {
    for (format, bytes) in examples() {
        for cut in (0..bytes.len()).step_by(97) {
            exercise(&bytes[..cut], format);
        }
    }
}

#[test]
fn mutated_input_never_panics() {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for (format, bytes) in examples() {
        for _ in 0..150 {
            let mut m = bytes.clone();
            for _ in 0..4 {
                let i = (next() as usize) % m.len();
                m[i] = (next() & 0xff) as u8;
            }
            exercise(&m, format);
        }
        // And as every other format.
        for other in Format::ALL {
            exercise(&bytes, other);
        }
    }
}

#[test]
fn deep_nesting_is_an_error_or_a_graph_not_a_crash() {
    let depth = 5_000;
    let turtle = format!(
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<http://ex.se/c> a dcat:Catalog ; dcat:dataset {}<http://ex.se/x>{} .",
        "[ dcat:distribution ".repeat(depth),
        " ]".repeat(depth)
    );
    exercise(turtle.as_bytes(), Format::Turtle);
    let json = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    exercise(json.as_bytes(), Format::JsonLd);
}

#[test]
fn input_above_the_limit_is_refused() {
    let big = vec![b' '; dcat_ap_se::rdf::MAX_INPUT_BYTES + 1];
    let err = parse(&big, Format::Turtle).unwrap_err();
    assert!(err.to_string().contains("larger than"), "{err}");
}

#[test]
fn a_graph_without_a_catalogue_is_an_error() {
    let g = parse(
        b"<http://ex.se/a> <http://ex.se/b> <http://ex.se/c> .",
        Format::Turtle,
    )
    .unwrap();
    let err = Catalog::from_graph(&g).unwrap_err();
    assert!(err.to_string().contains("dcat:Catalog"));
}
