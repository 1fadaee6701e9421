//! The licence answers JSON (what `datalots describe --answers` and the widget read) on
//! arbitrary text: read, check, and recommend when they are complete.
#![no_main]

use libfuzzer_sys::fuzz_target;
use licence_advisor::{Answers, recommend};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(answers) = Answers::from_json(text) {
        let _ = answers.check();
        let _ = recommend(&answers);
    }
});
