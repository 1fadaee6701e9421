//! The publisher settings (`kommun.toml`, or the JSON the widget stores) on arbitrary
//! text. The first byte chooses TOML or JSON.
#![no_main]

use datalots::Publisher;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let result = if first & 1 == 0 {
        Publisher::from_toml(text, "kommun.toml")
    } else {
        Publisher::from_json(text, "kommun.json")
    };
    if let Err(e) = result {
        // The error message is what a person reads: building it must not panic either.
        let _ = e.to_string();
    }
});
