//! The encodings Swedish CSV files come in, decoded with tables of a few hundred bytes.
//!
//! `encoding_rs` decodes every encoding of the WHATWG Encoding Standard, including the
//! Chinese, Japanese and Korean ones, whose tables weigh about 130 KB gzip in a wasm
//! build: a fifth of the widget's whole download budget, for encodings no Swedish
//! municipal CSV file uses. Without the `all-encodings` feature (the widget's build)
//! this module stands in for the part of `encoding_rs`'s API the profiler calls, with
//! the same names, and decodes:
//!
//! - UTF-8 (with or without a BOM), what a spreadsheet saves as "CSV UTF-8";
//! - windows-1252 (also reached by the labels `latin1`, `iso-8859-1`, `ascii`, …, as in
//!   the WHATWG standard), what Excel saves as "CSV" on a Swedish Windows;
//! - ISO-8859-15 (Latin-9, with `€`), found in exports from older Unix systems;
//! - macintosh (Mac OS Roman), what Excel for Mac saves as "CSV (Macintosh)";
//! - UTF-16LE and UTF-16BE, what Excel saves as "Unicode text".
//!
//! Every byte decodes as `encoding_rs` decodes it, errors included (U+FFFD for each
//! maximal invalid subpart), whatever the pieces the bytes come in: the tests compare
//! the two on all single bytes, every label and arbitrary bytes in arbitrary pieces.
//! Another label is refused by [`Encoding::for_label`] with the same error as an
//! unknown one; the command-line build (with `all-encodings`) reads them all.

use std::borrow::Cow;

/// How a call to [`Decoder::decode_to_string`] ended (as `encoding_rs::CoderResult`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CoderResult {
    /// All the input was read.
    InputEmpty,
    /// The output has no more room: call again with the rest of the input.
    OutputFull,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// A single-byte encoding: ASCII below 0x80, this table from 0x80.
    Single(&'static [u16; 128]),
}

/// An encoding (as `encoding_rs::Encoding`).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Encoding {
    name: &'static str,
    kind: Kind,
    /// The WHATWG labels, lower case.
    labels: &'static [&'static str],
}

/// UTF-8.
pub(crate) static UTF_8: &Encoding = &Encoding {
    name: "UTF-8",
    kind: Kind::Utf8,
    labels: &[
        "unicode-1-1-utf-8",
        "unicode11utf8",
        "unicode20utf8",
        "utf-8",
        "utf8",
        "x-unicode20utf8",
    ],
};

/// UTF-16, little-endian.
pub(crate) static UTF_16LE: &Encoding = &Encoding {
    name: "UTF-16LE",
    kind: Kind::Utf16Le,
    labels: &[
        "csunicode",
        "iso-10646-ucs-2",
        "ucs-2",
        "unicode",
        "unicodefeff",
        "utf-16",
        "utf-16le",
    ],
};

/// UTF-16, big-endian.
pub(crate) static UTF_16BE: &Encoding = &Encoding {
    name: "UTF-16BE",
    kind: Kind::Utf16Be,
    labels: &["unicodefffe", "utf-16be"],
};

/// windows-1252 (and what WHATWG reads as it: ISO-8859-1, ASCII).
pub(crate) static WINDOWS_1252: &Encoding = &Encoding {
    name: "windows-1252",
    kind: Kind::Single(&WINDOWS_1252_HIGH),
    labels: &[
        "ansi_x3.4-1968",
        "ascii",
        "cp1252",
        "cp819",
        "csisolatin1",
        "ibm819",
        "iso-8859-1",
        "iso-ir-100",
        "iso8859-1",
        "iso88591",
        "iso_8859-1",
        "iso_8859-1:1987",
        "l1",
        "latin1",
        "us-ascii",
        "windows-1252",
        "x-cp1252",
    ],
};

/// ISO-8859-15 (Latin-9).
pub(crate) static ISO_8859_15: &Encoding = &Encoding {
    name: "ISO-8859-15",
    kind: Kind::Single(&ISO_8859_15_HIGH),
    labels: &[
        "csisolatin9",
        "iso-8859-15",
        "iso8859-15",
        "iso885915",
        "iso_8859-15",
        "l9",
    ],
};

/// macintosh (Mac OS Roman).
pub(crate) static MACINTOSH: &Encoding = &Encoding {
    name: "macintosh",
    kind: Kind::Single(&MACINTOSH_HIGH),
    labels: &["csmacintosh", "mac", "macintosh", "x-mac-roman"],
};

/// Every encoding this module decodes.
pub(crate) static ALL: [&Encoding; 6] = [
    UTF_8,
    UTF_16LE,
    UTF_16BE,
    WINDOWS_1252,
    ISO_8859_15,
    MACINTOSH,
];

impl Encoding {
    /// The encoding a WHATWG label names (case and surrounding white space ignored),
    /// when it is one of [`ALL`].
    pub(crate) fn for_label(label: &[u8]) -> Option<&'static Encoding> {
        let label = label.trim_ascii();
        ALL.iter().copied().find(|e| {
            e.labels
                .iter()
                .any(|l| l.as_bytes().eq_ignore_ascii_case(label))
        })
    }

    /// The encoding a byte order mark at the start of `bytes` names, and its length.
    pub(crate) fn for_bom(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            Some((UTF_8, 3))
        } else if bytes.starts_with(b"\xFF\xFE") {
            Some((UTF_16LE, 2))
        } else if bytes.starts_with(b"\xFE\xFF") {
            Some((UTF_16BE, 2))
        } else {
            None
        }
    }

    /// The WHATWG name.
    pub(crate) fn name(&'static self) -> &'static str {
        self.name
    }

    /// This encoding's byte order mark (none for a single-byte encoding).
    fn bom(&self) -> &'static [u8] {
        match self.kind {
            Kind::Utf8 => b"\xEF\xBB\xBF",
            Kind::Utf16Le => b"\xFF\xFE",
            Kind::Utf16Be => b"\xFE\xFF",
            Kind::Single(_) => b"",
        }
    }

    /// A streaming decoder that drops this encoding's BOM at the start.
    pub(crate) fn new_decoder_with_bom_removal(&'static self) -> Decoder {
        let bom = self.bom();
        Decoder {
            kind: self.kind,
            bom: (!bom.is_empty()).then_some(bom),
            pending: [0; 8],
            pending_len: 0,
        }
    }

    /// All of `bytes` decoded (this encoding's BOM dropped), and whether some were
    /// invalid.
    pub(crate) fn decode_with_bom_removal<'a>(
        &'static self,
        bytes: &'a [u8],
    ) -> (Cow<'a, str>, bool) {
        let mut decoder = self.new_decoder_with_bom_removal();
        let mut text = String::new();
        let mut rest = bytes;
        let mut errors = false;
        loop {
            text.reserve(rest.len().min(1 << 16) * 3 + 16);
            let (result, read, e) = decoder.decode_to_string(rest, &mut text, true);
            errors |= e;
            rest = &rest[read..];
            if result == CoderResult::InputEmpty {
                return (Cow::Owned(text), errors);
            }
        }
    }
}

/// Decodes a stream of bytes that may come in pieces of any size (as
/// `encoding_rs::Decoder`).
#[derive(Debug)]
pub(crate) struct Decoder {
    kind: Kind,
    /// The BOM still to look for at the start (until the first bytes decide).
    bom: Option<&'static [u8]>,
    /// Bytes of a character cut off at the end of the last piece (at most 3), or of a
    /// possible BOM.
    pending: [u8; 8],
    pending_len: usize,
}

impl Decoder {
    /// Decodes from `src` into `dst`, no more than fits in `dst`'s spare capacity
    /// (at least 64 bytes of input). Returns how the call ended, the bytes of `src`
    /// read and whether some were invalid (each invalid sequence is U+FFFD). With
    /// `last`, a character cut off at the end is invalid; without it, it waits for the
    /// next piece.
    pub(crate) fn decode_to_string(
        &mut self,
        src: &[u8],
        dst: &mut String,
        last: bool,
    ) -> (CoderResult, usize, bool) {
        let mut read = 0;
        let mut errors = false;
        if let Some(bom) = self.bom {
            while self.pending_len < bom.len()
                && read < src.len()
                && bom.starts_with(&self.pending[..self.pending_len])
            {
                self.pending[self.pending_len] = src[read];
                self.pending_len += 1;
                read += 1;
            }
            let have = &self.pending[..self.pending_len];
            if have == bom {
                self.pending_len = 0;
                self.bom = None;
            } else if !bom.starts_with(have) || last {
                self.bom = None;
            } else {
                return (CoderResult::InputEmpty, read, false);
            }
        }
        // A character cut off at the end of the last piece: complete it byte by byte.
        while self.pending_len > 0 && read < src.len() {
            self.pending[self.pending_len] = src[read];
            self.pending_len += 1;
            read += 1;
            let fin = last && read == src.len();
            let (used, e) = decode_some(self.kind, &self.pending[..self.pending_len], dst, fin);
            errors |= e;
            self.pending.copy_within(used..self.pending_len, 0);
            self.pending_len -= used;
        }
        if last && read == src.len() && self.pending_len > 0 {
            let (_, e) = decode_some(self.kind, &self.pending[..self.pending_len], dst, true);
            errors |= e;
            self.pending_len = 0;
        }
        let rest = &src[read..];
        if rest.is_empty() {
            return (CoderResult::InputEmpty, read, errors);
        }
        // One input byte becomes at most 3 output bytes (U+FFFD, `€`).
        let room = dst.capacity() - dst.len();
        let n = rest.len().min((room / 3).max(64));
        let piece = &rest[..n];
        let (used, e) = decode_some(self.kind, piece, dst, last && n == rest.len());
        errors |= e;
        let tail = &piece[used..];
        self.pending[..tail.len()].copy_from_slice(tail);
        self.pending_len = tail.len();
        read += n;
        let result = if n < rest.len() {
            CoderResult::OutputFull
        } else {
            CoderResult::InputEmpty
        };
        (result, read, errors)
    }
}

/// Decodes `src` into `dst` as far as whole characters go and returns the bytes used
/// (the rest, at most 3, is a character cut off at the end) and whether some were
/// invalid. With `last`, a cut-off character is invalid and everything is used.
fn decode_some(kind: Kind, src: &[u8], dst: &mut String, last: bool) -> (usize, bool) {
    match kind {
        Kind::Utf8 => utf8(src, dst, last),
        Kind::Utf16Le => utf16(src, dst, last, u16::from_le_bytes),
        Kind::Utf16Be => utf16(src, dst, last, u16::from_be_bytes),
        Kind::Single(high) => {
            let mut i = 0;
            while i < src.len() {
                let ascii = src[i..]
                    .iter()
                    .position(|b| *b >= 0x80)
                    .map_or(src.len(), |p| i + p);
                if let Ok(s) = std::str::from_utf8(&src[i..ascii]) {
                    dst.push_str(s);
                }
                i = ascii;
                while i < src.len() && src[i] >= 0x80 {
                    let code = high[usize::from(src[i] - 0x80)];
                    dst.push(char::from_u32(u32::from(code)).unwrap_or('\u{FFFD}'));
                    i += 1;
                }
            }
            (src.len(), false)
        }
    }
}

fn utf8(src: &[u8], dst: &mut String, last: bool) -> (usize, bool) {
    let mut i = 0;
    let mut errors = false;
    loop {
        match std::str::from_utf8(&src[i..]) {
            Ok(s) => {
                dst.push_str(s);
                return (src.len(), errors);
            }
            Err(e) => {
                let valid = i + e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(&src[i..valid]) {
                    dst.push_str(s);
                }
                match e.error_len() {
                    Some(bad) => {
                        dst.push('\u{FFFD}');
                        errors = true;
                        i = valid + bad;
                    }
                    None if last => {
                        dst.push('\u{FFFD}');
                        return (src.len(), true);
                    }
                    None => return (valid, errors),
                }
            }
        }
    }
}

fn utf16(src: &[u8], dst: &mut String, last: bool, unit: fn([u8; 2]) -> u16) -> (usize, bool) {
    let at = |i: usize| unit([src[i], src[i + 1]]);
    let mut i = 0;
    let mut errors = false;
    while i + 1 < src.len() {
        let u = at(i);
        match u {
            0xD800..=0xDBFF => {
                if i + 3 < src.len() {
                    let v = at(i + 2);
                    if (0xDC00..=0xDFFF).contains(&v) {
                        let c = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(v) - 0xDC00);
                        dst.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                        i += 4;
                    } else {
                        dst.push('\u{FFFD}');
                        errors = true;
                        i += 2;
                    }
                } else if last {
                    // A lead surrogate (and maybe half a unit) at the end: one error.
                    dst.push('\u{FFFD}');
                    return (src.len(), true);
                } else {
                    return (i, errors);
                }
            }
            0xDC00..=0xDFFF => {
                dst.push('\u{FFFD}');
                errors = true;
                i += 2;
            }
            _ => {
                dst.push(char::from_u32(u32::from(u)).unwrap_or('\u{FFFD}'));
                i += 2;
            }
        }
    }
    if i < src.len() {
        if last {
            dst.push('\u{FFFD}');
            return (src.len(), true);
        }
        return (i, errors);
    }
    (i, errors)
}

/// Bytes 0x80–0xFF of macintosh, as WHATWG (and encoding_rs) map them.
const MACINTOSH_HIGH: [u16; 128] = [
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
];

/// Bytes 0x80–0xFF of windows-1252, as WHATWG (and encoding_rs) map them.
const WINDOWS_1252_HIGH: [u16; 128] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
    0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
];

/// Bytes 0x80–0xFF of ISO-8859-15, as WHATWG (and encoding_rs) map them.
const ISO_8859_15_HIGH: [u16; 128] = [
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B,
    0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
    0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x20AC, 0x00A5, 0x0160, 0x00A7, 0x0161, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x017D, 0x00B5, 0x00B6, 0x00B7, 0x017E, 0x00B9, 0x00BA, 0x00BB,
    0x0152, 0x0153, 0x0178, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
];

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // test code: a panic is a failed test

    use super::*;
    use proptest::prelude::*;

    /// Decodes `bytes` fed in pieces cut at `cuts`, into a string with `room` bytes
    /// of spare capacity at each call (so that the output also fills up).
    fn streamed(
        enc: &'static Encoding,
        bytes: &[u8],
        cuts: &[usize],
        room: usize,
    ) -> (String, bool) {
        let mut d = enc.new_decoder_with_bom_removal();
        let mut out = String::new();
        let mut errors = false;
        let mut points: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
        points.push(bytes.len());
        points.sort_unstable();
        let mut start = 0;
        for (k, &end) in points.iter().enumerate() {
            let last = k + 1 == points.len();
            let mut piece = &bytes[start..end];
            loop {
                out.reserve(room);
                let (result, read, e) = d.decode_to_string(piece, &mut out, last);
                errors |= e;
                piece = &piece[read..];
                if result == CoderResult::InputEmpty {
                    break;
                }
            }
            assert!(piece.is_empty());
            start = end;
        }
        (out, errors)
    }

    fn reference(name: &str, bytes: &[u8]) -> (String, bool) {
        let enc = encoding_rs::Encoding::for_label(name.as_bytes()).unwrap();
        let (text, errors) = enc.decode_with_bom_removal(bytes);
        (text.into_owned(), errors)
    }

    #[test]
    fn every_label_names_what_encoding_rs_names() {
        for enc in ALL {
            for label in enc.labels {
                let theirs = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap();
                assert_eq!(theirs.name(), enc.name(), "label {label}");
                let padded = format!(" \t{}\n", label.to_uppercase());
                assert_eq!(
                    Encoding::for_label(padded.as_bytes()),
                    Some(enc),
                    "label {padded:?}"
                );
            }
        }
        // encoding_rs knows more labels for the same encodings: none may be missed.
        for theirs in [
            encoding_rs::UTF_8,
            encoding_rs::UTF_16LE,
            encoding_rs::UTF_16BE,
            encoding_rs::WINDOWS_1252,
            encoding_rs::ISO_8859_15,
            encoding_rs::MACINTOSH,
        ] {
            assert!(ALL.iter().any(|e| e.name() == theirs.name()));
        }
        for other in ["shift_jis", "gbk", "koi8-r", "windows-1250", "nonsense", ""] {
            assert!(
                encoding_rs::Encoding::for_label(other.as_bytes()).is_some()
                    || other == "nonsense"
                    || other.is_empty()
            );
            assert_eq!(Encoding::for_label(other.as_bytes()), None, "{other}");
        }
    }

    #[test]
    fn every_byte_decodes_as_encoding_rs_decodes_it() {
        for enc in ALL {
            for b in 0..=255u8 {
                assert_eq!(
                    enc.decode_with_bom_removal(&[b, b'x']).0,
                    reference(enc.name(), &[b, b'x']).0
                );
                for pair in [
                    [b, 0x00],
                    [0x00, b],
                    [b, 0xD8],
                    [0xDC, b],
                    [b, 0x80],
                    [0xE2, b],
                ] {
                    let ours = enc.decode_with_bom_removal(&pair);
                    assert_eq!(
                        (ours.0.into_owned(), ours.1),
                        reference(enc.name(), &pair),
                        "{} {pair:?}",
                        enc.name()
                    );
                }
            }
        }
    }

    #[test]
    fn boms_are_dropped_only_for_their_own_encoding() {
        assert_eq!(UTF_8.decode_with_bom_removal(b"\xEF\xBB\xBFa").0, "a");
        assert_eq!(UTF_16LE.decode_with_bom_removal(b"\xFF\xFEa\x00").0, "a");
        assert_eq!(UTF_16BE.decode_with_bom_removal(b"\xFE\xFF\x00a").0, "a");
        assert_eq!(
            WINDOWS_1252.decode_with_bom_removal(b"\xEF\xBB\xBFa").0,
            "ï»¿a"
        );
        // A BOM cut into one-byte pieces is still a BOM.
        assert_eq!(streamed(UTF_8, b"\xEF\xBB\xBFab", &[1, 2, 3], 64).0, "ab");
        assert_eq!(Encoding::for_bom(b"\xFF\xFEx"), Some((UTF_16LE, 2)));
        assert_eq!(Encoding::for_bom(b"x"), None);
    }

    /// Bytes that are likely to make trouble: ASCII, high bytes, UTF-8 lead and
    /// continuation bytes, surrogates in both byte orders, BOM bytes.
    fn tricky() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(
            prop_oneof![
                any::<u8>(),
                Just(b'a'),
                Just(0x00),
                Just(0x80),
                Just(0xBF),
                Just(0xC3),
                Just(0xE2),
                Just(0xF0),
                Just(0xD8),
                Just(0xDC),
                Just(0xEF),
                Just(0xBB),
                Just(0xFF),
                Just(0xFE),
            ],
            0..200,
        )
    }

    proptest! {
        #[test]
        fn any_bytes_in_any_pieces_decode_as_encoding_rs_decodes_them(
            bytes in tricky(),
            cuts in proptest::collection::vec(0usize..400, 0..8),
            room in 0usize..300,
            which in 0usize..6,
        ) {
            let enc = ALL[which];
            prop_assert_eq!(streamed(enc, &bytes, &cuts, room), reference(enc.name(), &bytes));
        }
    }
}
