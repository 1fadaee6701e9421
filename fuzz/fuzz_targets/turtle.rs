//! The Turtle reader on arbitrary bytes, strict and recovering, then what a catalogue
//! file goes through: validation, `Catalog::from_graph`, `to_graph` and the three
//! writers, whose output must read back as the graph written and as a catalogue that
//! writes it again (`common/roundtrip.rs`). Nothing may panic, hang or balloon.
#![no_main]

#[path = "common/roundtrip.rs"]
mod roundtrip;

use dcat_ap_se::{Catalog, Format, parse, parse_recovering, validate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = parse(data, Format::Turtle);
    let Ok((graph, _errors)) = parse_recovering(data, Format::Turtle) else {
        return;
    };
    let _ = validate(&graph);
    let Ok(catalog) = Catalog::from_graph(&graph) else {
        return;
    };
    let graph = catalog
        .to_graph()
        .expect("a catalogue read from a graph writes back to a graph");
    roundtrip::check_writers(&graph);
});
