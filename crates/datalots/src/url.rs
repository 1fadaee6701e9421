//! Addresses: percent-encoding a file name into an address and back, and an
//! address's last segment (the published file's name).
//!
//! ```
//! use datalots::url::{last_segment, percent_decode, percent_encode};
//!
//! let name = "befolkning 2024 (åäö).csv";
//! assert_eq!(percent_encode(name), "befolkning%202024%20%28%C3%A5%C3%A4%C3%B6%29.csv");
//! assert_eq!(percent_decode(&percent_encode(name)), name);
//! assert_eq!(last_segment("https://ex.se/data/a%20b.csv?v=2#x"), "a%20b.csv");
//! ```

/// Percent-encodes (UTF-8) every byte but ASCII letters, digits and those `keep` accepts.
pub fn percent_encode_except(s: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || keep(b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn percent_encode(s: &str) -> String {
    percent_encode_except(s, |b| matches!(b, b'-' | b'.' | b'_' | b'~'))
}

/// Undoes [`percent_encode`] (and any other percent-encoding); invalid sequences are
/// kept as they are, and bytes that are not UTF-8 become `U+FFFD`.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The last path segment of an address, without its query and fragment.
pub fn last_segment(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_sequences_are_kept() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%41%42"), "AB");
        assert_eq!(last_segment("a.csv"), "a.csv");
    }
}
