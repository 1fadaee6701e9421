//! The JsonLd reader on arbitrary bytes, strict and recovering, then what a catalogue
//! file goes through: validation, `Catalog::from_graph`, `to_graph` and the three
//! writers. Nothing may panic, hang or balloon.
#![no_main]

use dcat_ap_se::{Catalog, Format, parse, parse_recovering, serialize, validate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = parse(data, Format::JsonLd);
    let Ok((graph, _errors)) = parse_recovering(data, Format::JsonLd) else {
        return;
    };
    let _ = validate(&graph);
    let Ok(catalog) = Catalog::from_graph(&graph) else {
        return;
    };
    let graph = catalog
        .to_graph()
        .expect("a catalogue read from a graph writes back to a graph");
    for format in Format::ALL {
        let _ = serialize(&graph, format);
    }
});
