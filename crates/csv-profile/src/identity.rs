//! Swedish identity numbers and other personal data in a single cell.
//!
//! Personnummer and samordningsnummer (Skatteverket): `YYMMDD-NNNC`, `YYMMDD+NNNC`
//! (100 years or older), `YYMMDDNNNC`, `YYYYMMDDNNNC`, `YYYYMMDD-NNNC`. The check digit is
//! Luhn over the ten-digit form; the date must exist (day + 60 for a
//! samordningsnummer) and the serial is never `000`. Organisationsnummer: ten digits
//! whose third digit is 2 or more (so never a date), Luhn-valid; not personal data.

/// What a cell holds, when it is an identifier or contact detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Identity {
    /// A personnummer.
    Personnummer,
    /// A samordningsnummer.
    Samordningsnummer,
    /// An organisationsnummer (not personal data).
    Organisationsnummer,
    /// An e-mail address.
    Email,
    /// A Swedish phone number.
    Phone,
}

impl Identity {
    /// Whether the value identifies a person.
    pub fn is_personal(self) -> bool {
        !matches!(self, Identity::Organisationsnummer)
    }
}

fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().enumerate() {
        let mut v = u32::from(*d);
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

fn is_leap(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in a month of a year.
pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn two(d: &[u8]) -> u32 {
    u32::from(d[0]) * 10 + u32::from(d[1])
}

/// Checks a personnummer or samordningsnummer given as ten digits, with the century
/// when known.
fn person(ten: &[u8; 10], century: Option<u32>) -> Option<Identity> {
    let (yy, month, day) = (two(&ten[0..2]), two(&ten[2..4]), two(&ten[4..6]));
    let serial = two(&ten[6..8]) * 10 + u32::from(ten[8]);
    if serial == 0 || !luhn(ten) || !(1..=12).contains(&month) {
        return None;
    }
    let (kind, day) = if day > 60 {
        (Identity::Samordningsnummer, day - 60)
    } else {
        (Identity::Personnummer, day)
    };
    // Without a century (ten digits), 29 February is accepted if it exists in either
    // the 1900s or the 2000s.
    let exists = |year: u32| day >= 1 && day <= days_in_month(year, month);
    let ok = match century {
        Some(c) => exists(c * 100 + yy),
        None => exists(1900 + yy) || exists(2000 + yy),
    };
    ok.then_some(kind)
}

/// Recognises a personnummer, samordningsnummer or organisationsnummer.
pub fn swedish_number(s: &str) -> Option<Identity> {
    let b = s.as_bytes();
    if !(10..=13).contains(&b.len()) {
        return None;
    }
    let mut digits = [0u8; 12];
    let mut n = 0;
    let mut sep = None;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' if n < 12 => {
                digits[n] = c - b'0';
                n += 1;
            }
            b'-' | b'+' if sep.is_none() && (n == 6 || n == 8) && b.len() - i - 1 == 4 => {
                sep = Some((c, n))
            }
            _ => return None,
        }
    }
    let (ten, century): ([u8; 10], Option<u32>) = match n {
        10 => {
            let mut t = [0u8; 10];
            t.copy_from_slice(&digits[..10]);
            if let Some((_, at)) = sep
                && at != 6
            {
                return None;
            }
            (t, None)
        }
        12 => {
            if let Some((_, at)) = sep
                && at != 8
            {
                return None;
            }
            let mut t = [0u8; 10];
            t.copy_from_slice(&digits[2..12]);
            (t, Some(two(&digits[0..2])))
        }
        _ => return None,
    };
    // Organisationsnummer: ten digits (or 16 + ten), third digit 2 or more.
    if ten[2] >= 2
        && luhn(&ten)
        && (n == 10 || century == Some(16))
        && sep.is_none_or(|(c, _)| c == b'-')
    {
        return Some(Identity::Organisationsnummer);
    }
    match century {
        Some(c) if !(18..=20).contains(&c) => return None,
        _ => {}
    }
    person(&ten, century)
}

/// Recognises an e-mail address: one `@`, a local part, and a domain with a dot.
pub fn email(s: &str) -> bool {
    let s = s.strip_prefix("mailto:").unwrap_or(s);
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && domain.len() >= 3
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c == ',' || c == ';' || c == '<' || c == '>')
}

/// Recognises a Swedish phone number: `070-123 45 67`, `08-123 456 78`,
/// `+46 70 123 45 67`, `0046701234567`, `(08) 123 45 67`.
pub fn phone(s: &str) -> bool {
    if !matches!(s.as_bytes().first(), Some(b'0' | b'+' | b'(')) || s.len() < 8 {
        return false;
    }
    let mut digits = 0;
    let mut first = None;
    let mut plus = false;
    for (i, c) in s.chars().enumerate() {
        match c {
            '0'..='9' => {
                if first.is_none() {
                    first = Some(c);
                }
                digits += 1;
            }
            '+' if i == 0 => plus = true,
            ' ' | '-' | '(' | ')' | '\u{a0}' | '/' => {}
            _ => return false,
        }
    }
    let separators = s.chars().any(|c| !c.is_ascii_digit() && c != '+');
    if plus {
        // +46 then 7 to 9 national digits.
        s.trim_start_matches('+').starts_with("46") && (9..=11).contains(&digits)
    } else if s.starts_with("0046") {
        (11..=13).contains(&digits)
    } else {
        // A national number starts with 0 (an area code) and has 8 to 10 digits. Without
        // separators, only the common mobile form (07xxxxxxxx) counts, so that codes and
        // plain numbers are not taken for phone numbers.
        first == Some('0')
            && (8..=10).contains(&digits)
            && (separators || (digits == 10 && s.starts_with("07")))
    }
}

/// What personal data, if any, a cell holds.
pub fn classify(s: &str) -> Option<Identity> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(id) = swedish_number(s) {
        return Some(id);
    }
    contact(s)
}

/// The contact part of [`classify`]: an e-mail address or a phone number. `s` is
/// trimmed and is not an identity number.
pub fn contact(s: &str) -> Option<Identity> {
    // Both need a digit or an `@`: most text has neither and is done in one pass.
    if !has_digit_or_at(s.as_bytes()) {
        return None;
    }
    if s.contains('@') {
        return email(s).then_some(Identity::Email);
    }
    phone(s).then_some(Identity::Phone)
}

/// Whether `b` holds an ASCII digit or an `@`: eight bytes at a time (SWAR), since
/// every text cell of a file is scanned for them and long free text made this scan a
/// quarter of all the profiler's instructions on such a file (a byte-at-a-time loop
/// is about five instructions a byte; this is under two).
fn has_digit_or_at(b: &[u8]) -> bool {
    let mut words = b.chunks_exact(8);
    for w in &mut words {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(w);
        if word_has_digit_or_at(u64::from_le_bytes(bytes)) {
            return true;
        }
    }
    words
        .remainder()
        .iter()
        .any(|&b| b == b'@' || b.is_ascii_digit())
}

/// [`has_digit_or_at`] for one word: exact, for any byte values (the "has between"
/// and "has zero" tricks of Bit Twiddling Hacks; no byte borrows from or carries into
/// its neighbour, as every byte's sum stays within 0..=255).
#[inline]
fn word_has_digit_or_at(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let low7 = x & (ONES * 0x7f);
    // A byte below 0x80 with 0x2f < byte < 0x3a: `0`..=`9`.
    let digit = (ONES * (127 + 0x3a)).wrapping_sub(low7) & !x & (low7 + ONES * (127 - 0x2f));
    // A byte equal to 0x40 (`@`): a zero byte of `x ^ 0x40…`.
    let y = x ^ (ONES * 0x40);
    let at = y.wrapping_sub(ONES) & !y;
    (digit | at) & HIGH != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_scan_agrees_with_the_byte_loop() {
        let slow = |b: &[u8]| b.iter().any(|&b| b == b'@' || b.is_ascii_digit());
        // Every byte value at every place of a word, among bytes that are neither
        // (including the neighbours of `0`..=`9` and `@` and the high bytes).
        for fill in [b'a', b'/', b':', b'?', b'A', 0x80, 0xff, 0x00, 0xb0, 0xc0] {
            for at in 0..8 {
                for v in 0..=255u8 {
                    let mut w = [fill; 8];
                    w[at] = v;
                    assert_eq!(
                        word_has_digit_or_at(u64::from_le_bytes(w)),
                        slow(&w),
                        "byte {v:#x} at {at} among {fill:#x}"
                    );
                }
            }
        }
        // Lengths around the word size, the hit in the tail or in a word.
        for len in 0..40 {
            let plain = vec![b'x'; len];
            assert!(!has_digit_or_at(&plain));
            for at in 0..len {
                let mut hit = plain.clone();
                hit[at] = b'7';
                assert!(has_digit_or_at(&hit), "a digit at {at} of {len}");
                hit[at] = b'@';
                assert!(has_digit_or_at(&hit), "an @ at {at} of {len}");
            }
        }
        assert!(!has_digit_or_at("Åäö — «citat» ".repeat(9).as_bytes()));
        // Words of several odd bytes at once (a zero byte borrows from its neighbour).
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Bytes from a small set near the edges, so that hits are neither rare
            // nor certain.
            let w = x.to_le_bytes().map(|b| {
                [
                    0x00, 0x2f, 0x30, 0x39, 0x3a, 0x3f, 0x40, 0x41, 0x80, 0xb0, 0xc0, 0xff, b'a',
                    b'z', b' ', 0x01,
                ][usize::from(b & 15)]
            });
            assert_eq!(
                word_has_digit_or_at(u64::from_le_bytes(w)),
                slow(&w),
                "{w:?}"
            );
        }
    }

    #[test]
    fn known_numbers() {
        assert_eq!(swedish_number("640823-3234"), Some(Identity::Personnummer));
        assert_eq!(swedish_number("6408233234"), Some(Identity::Personnummer));
        assert_eq!(
            swedish_number("19640823-3234"),
            Some(Identity::Personnummer)
        );
        assert_eq!(
            swedish_number("701063-2391"),
            Some(Identity::Samordningsnummer)
        );
        assert_eq!(
            swedish_number("212000-0142"),
            Some(Identity::Organisationsnummer)
        );
        assert_eq!(
            swedish_number("2120001355"),
            Some(Identity::Organisationsnummer)
        );
        assert_eq!(swedish_number("640823-3235"), None, "wrong check digit");
        assert_eq!(swedish_number("640230-0004"), None, "no 30 February");
        assert_eq!(swedish_number("0114"), None);
        assert_eq!(swedish_number("123 45"), None);
    }

    #[test]
    fn emails_and_phones() {
        assert!(email("anna.svensson@exempelby.se"));
        assert!(email("mailto:info@kommun.se"));
        assert!(!email("anna@"));
        assert!(!email("@kommun.se"));
        assert!(!email("a b@kommun.se"));
        for p in [
            "070-123 45 67",
            "08-123 456 78",
            "+46 70 123 45 67",
            "0701234567",
            "(08) 123 45 67",
            "0046701234567",
        ] {
            assert!(phone(p), "{p}");
        }
        for p in [
            "0114",
            "12345678",
            "2024-01-31",
            "1 234,50",
            "0180",
            "08123",
        ] {
            assert!(!phone(p), "{p}");
        }
    }
}
