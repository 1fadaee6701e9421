//! Without the `encoding-detection` feature: a stand-in for the part of `chardetng`'s
//! API the encoding sniffer calls. Text that is neither marked (BOM), UTF-16 nor valid
//! UTF-8 is read as windows-1252, the encoding of Excel's CSV export on Swedish
//! Windows. With the feature (the default) chardetng guesses from the text.
//!
//! The crate root makes this module's items reachable as `chardetng::…`
//! (`extern crate self as chardetng`), so the sniffer's code is the same either way.

use crate::enc::{Encoding, WINDOWS_1252};

/// Stands in for `chardetng::EncodingDetector`.
pub(crate) struct EncodingDetector;

/// Stands in for `chardetng::Iso2022JpDetection`.
pub(crate) enum Iso2022JpDetection {
    /// ISO-2022-JP is not considered (the only option the sniffer uses).
    Deny,
}

/// Stands in for `chardetng::Utf8Detection`.
pub(crate) enum Utf8Detection {
    /// UTF-8 may be guessed (the only option the sniffer uses).
    Allow,
}

impl EncodingDetector {
    /// A detector.
    pub(crate) fn new(_: Iso2022JpDetection) -> EncodingDetector {
        EncodingDetector
    }

    /// Takes nothing in: the guess does not depend on the text.
    pub(crate) fn feed(&mut self, _: &[u8], _: bool) -> bool {
        false
    }

    /// windows-1252.
    pub(crate) fn guess(&self, _: Option<&[u8]>, _: Utf8Detection) -> &'static Encoding {
        WINDOWS_1252
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // test code: a panic is a failed test

    #[test]
    fn latin1_text_is_read_as_windows_1252_without_detection() {
        let p = crate::profile_bytes(b"kommun;antal\nUme\xe5;12\nLule\xe5;7\n").unwrap();
        assert_eq!(p.encoding, "windows-1252");
        assert_eq!(p.columns[0].top[0].value, "Lule\u{e5}");
    }
}
