//! What one cell holds, read the Swedish way.
//!
//! `1 234,50`, `1.234,50`, `−12,5 %` are numbers; `0114` (kommunkod) and `123 45`
//! (postnummer) are codes, never numbers; `2024-01-31`, `20240131`, `31/1/2024` and
//! `2024-01` are dates; `Ja`/`Nej`, `Sant`/`Falskt` are booleans; `..`, `-` and `#N/A`
//! are missing values.

use crate::identity::{self, Identity};

/// A date pattern, in the Unicode LDML syntax CSVW and Frictionless understand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DatePattern {
    /// `2024-01-31`
    Iso,
    /// `2024-1-5`
    IsoShort,
    /// `20240131`
    Compact,
    /// `31/1/2024`
    DayMonthYearSlash,
    /// `31.1.2024`
    DayMonthYearDot,
    /// `2024-01`
    YearMonth,
}

impl DatePattern {
    /// Every pattern.
    pub const ALL: [DatePattern; 6] = [
        DatePattern::Iso,
        DatePattern::IsoShort,
        DatePattern::Compact,
        DatePattern::DayMonthYearSlash,
        DatePattern::DayMonthYearDot,
        DatePattern::YearMonth,
    ];

    /// The LDML pattern.
    pub fn as_str(self) -> &'static str {
        match self {
            DatePattern::Iso => "yyyy-MM-dd",
            DatePattern::IsoShort => "yyyy-M-d",
            DatePattern::Compact => "yyyyMMdd",
            DatePattern::DayMonthYearSlash => "d/M/yyyy",
            DatePattern::DayMonthYearDot => "d.M.yyyy",
            DatePattern::YearMonth => "yyyy-MM",
        }
    }
}

/// A number as written in the cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// The value (a percentage as written: `12,5 %` is 12.5).
    pub value: f64,
    /// Whether it has no fraction part.
    pub integer: bool,
    /// The decimal separator used, if any.
    pub decimal: Option<char>,
    /// The digit-group separator used, if any.
    pub group: Option<char>,
    /// Whether it ends in `%`.
    pub percent: bool,
    /// `1.234`: one point followed by exactly three digits, which could be a group
    /// separator rather than a decimal point.
    pub ambiguous_point: bool,
    /// Days since 1970-01-01 if the digits also read as a `yyyyMMdd` date.
    pub compact_date: Option<i32>,
}

/// What a cell holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    /// Empty or a missing-value marker (`..`, `-`, `#N/A`…).
    Missing,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(Number),
    /// Digits with a leading zero (`0114`) or a postnummer (`123 45`): a code.
    Code,
    /// A Swedish identity number (text, never a number).
    Identity(Identity),
    /// A date: pattern and days since 1970-01-01.
    Date(DatePattern, i32),
    /// A date and time: days since 1970-01-01 and seconds into the day.
    DateTime(i32, u32),
    /// A time of day in seconds.
    Time(u32),
    /// Anything else.
    Text,
}

/// Values that mean "no value": Excel's `#N/A` (`#SAKNAS!` in Swedish Excel), SCB's
/// `..` (not available) and `-` (nothing to report), and dashes.
pub const MISSING: &[&str] = &[
    "", "..", "...", ".", "-", "–", "—", "#N/A", "#SAKNAS!", "N/A", "NULL",
];

const SPACES: &[char] = &[' ', '\u{a0}', '\u{2009}', '\u{202f}'];

/// Powers of ten, exact as doubles (`SCALE[i]` is 10^i).
const SCALE: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// Reads a cell. `s` should already be trimmed of surrounding white space.
///
/// One pass over the leading digits decides the commonest cells: plain digits
/// (numbers, or codes with a leading zero), `[-]digits,digits` (a decimal comma, no
/// groups) and `yyyy-mm-dd`. Everything else, and anything unusual about these, goes
/// the general way, which says the same about them (tested).
#[inline]
pub fn classify(s: &str) -> Cell {
    let b = s.as_bytes();
    let neg = b.first() == Some(&b'-');
    let body = if neg {
        b.get(1..).unwrap_or_default()
    } else {
        b
    };
    // The leading digits, as a number (wrapping: only read when there are few).
    let mut int = 0u64;
    let mut k = 0;
    while let Some(&c) = body.get(k) {
        if !c.is_ascii_digit() {
            break;
        }
        int = int.wrapping_mul(10).wrapping_add(u64::from(c - b'0'));
        k += 1;
    }
    match body.get(k) {
        None if !neg && k > 0 => {
            // Plain digits (the commonest cell), without a leading zero, not an
            // identity number's length and not a yyyyMMdd date.
            if k <= 9 && k != 8 && b[0] != b'0' {
                return Cell::Number(Number {
                    value: int as f64,
                    integer: true,
                    decimal: None,
                    group: None,
                    percent: false,
                    ambiguous_point: false,
                    compact_date: None,
                });
            }
            // Codes: `0114` (digits with a leading zero, not an identity number's or
            // a yyyyMMdd date's length).
            if (2..=9).contains(&k) && k != 8 && b[0] == b'0' {
                return Cell::Code;
            }
            return classify_general(s);
        }
        Some(b',') if k > 0 && (k == 1 || body[0] != b'0') => {
            // `[-]digits,digits`: at most 15 digits in all, so that the digits as one
            // integer and the power of ten are exact doubles and one division gives
            // the correctly rounded value (what the general way's `parse` gives).
            let frac = body.get(k + 1..).unwrap_or_default();
            if !frac.is_empty() && k + frac.len() <= 15 {
                let mut mantissa = int;
                let mut all_digits = true;
                for &c in frac {
                    all_digits &= c.is_ascii_digit();
                    mantissa = mantissa * 10 + u64::from(c.wrapping_sub(b'0') & 15);
                }
                if all_digits {
                    // Below 10^15: exact as a signed integer and as a double.
                    let m = i64::try_from(mantissa).unwrap_or(i64::MAX) as f64;
                    let value = m / SCALE[frac.len()];
                    return Cell::Number(Number {
                        value: if neg { -value } else { value },
                        integer: false,
                        decimal: Some(','),
                        group: None,
                        percent: false,
                        ambiguous_point: false,
                        compact_date: None,
                    });
                }
            }
        }
        Some(b'-') if !neg && k == 4 && b.len() == 10 && b[7] == b'-' => {
            let d = |i: usize| u32::from(b[i].wrapping_sub(b'0'));
            if [5, 6, 8, 9].iter().all(|&i| b[i].is_ascii_digit())
                && let Some(days) = valid_date(int as i32, d(5) * 10 + d(6), d(8) * 10 + d(9))
            {
                return Cell::Date(DatePattern::Iso, days);
            }
        }
        _ => {}
    }
    // Postnummer `123 45`: a code.
    if b.len() == 6 && b[3] == b' ' && [0, 1, 2, 4, 5].iter().all(|&i| b[i].is_ascii_digit()) {
        return Cell::Code;
    }
    classify_general(s)
}

/// [`classify`] without the code fast paths.
#[inline]
fn classify_general(s: &str) -> Cell {
    let b = s.as_bytes();
    if b.len() <= 8 && is_missing(s) {
        return Cell::Missing;
    }
    if let Some(c) = fast_path(b) {
        return c;
    }
    if let Some(b) = boolean(s) {
        return Cell::Bool(b);
    }
    let first = s.as_bytes()[0];
    if first.is_ascii_digit() || matches!(first, b'-' | b'+' | 0xe2) {
        if let Some(id) = identity::swedish_number(s) {
            return Cell::Identity(id);
        }
        match number(s) {
            NumberParse::Number(n) => return Cell::Number(n),
            NumberParse::Code => return Cell::Code,
            NumberParse::No => {}
        }
        if let Some((p, d)) = date(s) {
            return Cell::Date(p, d);
        }
        if let Some((d, t)) = datetime(s) {
            return Cell::DateTime(d, t);
        }
        if let Some(t) = time(s) {
            return Cell::Time(t);
        }
    }
    Cell::Text
}

/// Single-pass readers for the commonest Swedish cells: `2024-01-31`, `48 013`,
/// `1 234,56`, `12,3`, `-0,5`. Anything else (or anything unusual about these) goes the
/// general way.
#[inline]
fn fast_path(b: &[u8]) -> Option<Cell> {
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && (0..10).all(|i| i == 4 || i == 7 || digit(i))
    {
        let n =
            |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
        let days = valid_date(n(0..4) as i32, n(5..7), n(8..10))?;
        return Some(Cell::Date(DatePattern::Iso, days));
    }
    // [-]d{1,3}( d{3})*(,d+)?  or  [-]d+,d+, at most 15 digits before the comma (as the
    // general way reads) and 15 after it.
    let (neg, body) = match b {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, b),
    };
    let mut int = 0u64;
    let (mut digits, mut run, mut first_run, mut groups) = (0u32, 0u32, 0u32, 0u32);
    let mut k = 0;
    while let Some(&c) = body.get(k) {
        if c.is_ascii_digit() {
            int = int * 10 + u64::from(c - b'0');
            digits += 1;
            run += 1;
            if digits > 15 {
                return None;
            }
        } else if c == b' ' {
            // A group separator: right after a digit, and after exactly three digits
            // unless it is the first.
            if run == 0 || (groups > 0 && run != 3) {
                return None;
            }
            if groups == 0 {
                first_run = run;
            }
            groups += 1;
            run = 0;
        } else {
            break;
        }
        k += 1;
    }
    if run == 0 || (groups > 0 && (run != 3 || !(1..=3).contains(&first_run))) {
        return None;
    }
    let int_digits_start = body[0];
    // The digits as one integer and a power of ten: with at most 15 digits in all, both
    // are exact doubles and one division gives the correctly rounded value (the
    // general way's `parse`), where `int + frac / scale` can be one unit off.
    let mut mantissa = int;
    let mut scale = 1u64;
    let decimal = body.get(k) == Some(&b',');
    if decimal {
        let f = body.get(k + 1..).unwrap_or_default();
        if f.is_empty() || digits as usize + f.len() > 15 || !f.iter().all(u8::is_ascii_digit) {
            return None;
        }
        for &c in f {
            mantissa = mantissa * 10 + u64::from(c - b'0');
            scale *= 10;
        }
    } else if k != body.len() {
        return None;
    }
    if int_digits_start == b'0' && (groups > 0 || run > 1) {
        return None; // a leading zero: a code, decided the general way
    }
    if !decimal && groups == 0 {
        return None; // plain digits have their own fast path; 8 digits may be a date
    }
    let mut value = mantissa as f64 / scale as f64;
    if neg {
        value = -value;
    }
    Some(Cell::Number(Number {
        value,
        integer: !decimal,
        decimal: decimal.then_some(','),
        group: (groups > 0).then_some(' '),
        percent: false,
        ambiguous_point: false,
        compact_date: None,
    }))
}

fn is_missing(s: &str) -> bool {
    match s.as_bytes().first() {
        None => true,
        Some(b'.' | b'-' | b'#' | b'N' | 0xe2) => MISSING.contains(&s),
        _ => false,
    }
}

/// `Ja`/`Nej`, `J`/`N`, `Sant`/`Falskt`, `true`/`false`, `yes`/`no`, in any case.
pub fn boolean(s: &str) -> Option<bool> {
    if s.len() > 6 {
        return None;
    }
    let mut buf = [0u8; 6];
    for (i, c) in s.bytes().enumerate() {
        buf[i] = c.to_ascii_lowercase();
    }
    match &buf[..s.len()] {
        b"ja" | b"j" | b"sant" | b"true" | b"yes" => Some(true),
        b"nej" | b"n" | b"falskt" | b"false" | b"no" => Some(false),
        _ => None,
    }
}

#[derive(Debug, PartialEq)]
enum NumberParse {
    Number(Number),
    Code,
    No,
}

/// Days since 1970-01-01 (proleptic Gregorian).
#[inline]
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number, as `(year, month, day)`.
pub fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[inline]
fn valid_date(y: i32, m: u32, d: u32) -> Option<i32> {
    ((1000..=2999).contains(&y)
        && (1..=12).contains(&m)
        && d >= 1
        && d <= identity::days_in_month(y as u32, m))
    .then(|| days_from_civil(y, m, d))
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A number's sign, `%` and exponent taken off: the rest, whether it is negative,
/// whether it ends in `%`, and the exponent (`1,53e4`, `1.2E-3`). `None`: no number.
#[inline]
fn affixes(s: &str) -> Option<(&str, bool, bool, i32)> {
    let mut t = s;
    let mut percent = false;
    if let Some(rest) = t.strip_suffix('%') {
        t = rest.trim_end_matches(SPACES);
        percent = true;
    }
    let negative = if let Some(rest) = t.strip_prefix(['-', '+', '\u{2212}']) {
        let neg = !t.starts_with('+');
        t = rest;
        neg
    } else {
        false
    };
    if t.is_empty() {
        return None;
    }
    let mut exponent = 0i32;
    if let Some(at) = t.find(['e', 'E']) {
        let (mantissa, exp) = (&t[..at], &t[at + 1..]);
        let digits_part = exp.strip_prefix(['+', '-']).unwrap_or(exp);
        if mantissa.is_empty()
            || digits_part.is_empty()
            || digits_part.len() > 3
            || !digits_part.bytes().all(|c| c.is_ascii_digit())
        {
            return None;
        }
        exponent = exp.trim_start_matches('+').parse::<i32>().ok()?;
        t = mantissa;
    }
    Some((t, negative, percent, exponent))
}

/// The decimal separator (with its place) and the group separator of digits written
/// with `,`, `.` and spaces, and how many spaces. `None`: no number.
#[inline]
#[allow(clippy::type_complexity)]
fn separators(t: &str) -> Option<(Option<(char, usize)>, Option<char>, usize)> {
    let (mut commas, mut points, mut spaces) = (0usize, 0usize, 0usize);
    let (mut last_comma, mut last_point) = (0usize, 0usize);
    let mut space_char = None;
    for (i, c) in t.char_indices() {
        match c {
            '0'..='9' => {}
            ',' => {
                commas += 1;
                last_comma = i;
            }
            '.' => {
                points += 1;
                last_point = i;
            }
            c if SPACES.contains(&c) => {
                spaces += 1;
                space_char.get_or_insert(c);
            }
            _ => return None,
        }
    }
    let b = t.as_bytes();
    if !b[0].is_ascii_digit() && b[0] != b'.' && b[0] != b',' {
        return None;
    }
    if !b[b.len() - 1].is_ascii_digit() {
        return None;
    }
    let (decimal, group): (Option<(char, usize)>, Option<char>) = match (commas, points) {
        (0, 0) => (None, None),
        (1, 0) => (Some((',', last_comma)), None),
        (_, 0) => (None, Some(',')),
        (0, 1) => (Some(('.', last_point)), None),
        (0, _) => (None, Some('.')),
        (c, p) => {
            if last_comma > last_point && c == 1 {
                (Some((',', last_comma)), Some('.'))
            } else if last_point > last_comma && p == 1 {
                (Some(('.', last_point)), Some(','))
            } else {
                return None;
            }
        }
    };
    let group = match (group, space_char) {
        (Some(_), Some(_)) => return None,
        (None, Some(sp)) => Some(sp),
        (g, None) => g,
    };
    Some((decimal, group, spaces))
}

/// The digits of the integer part, checked: groups of three after the first (of one
/// to three) when there is a group separator; a leading zero makes a code (`0114`),
/// and so do spaced digits that are not groups (`123 45`). `Err` is what the cell is
/// instead of a number.
#[inline]
fn integer_digits(
    int_part: &str,
    group: Option<char>,
    spaces: usize,
    has_decimal: bool,
) -> Result<usize, NumberParse> {
    let mut int_digits = 0usize;
    if let Some(g) = group {
        let mut first = true;
        for part in int_part.split(|c: char| c == g || (SPACES.contains(&g) && SPACES.contains(&c)))
        {
            let ok = part.bytes().all(|c| c.is_ascii_digit())
                && if first {
                    (1..=3).contains(&part.len())
                } else {
                    part.len() == 3
                };
            if !ok {
                // `123 45` (postnummer) and other spaced digits are codes, not numbers.
                return Err(
                    if spaces > 0
                        && int_part
                            .chars()
                            .all(|c| c.is_ascii_digit() || SPACES.contains(&c))
                        && !has_decimal
                    {
                        NumberParse::Code
                    } else {
                        NumberParse::No
                    },
                );
            }
            first = false;
            int_digits += part.len();
        }
    } else {
        if int_part.is_empty() {
            // ",5" or ".5"
            if !has_decimal {
                return Err(NumberParse::No);
            }
        } else if !int_part.bytes().all(|c| c.is_ascii_digit()) {
            return Err(NumberParse::No);
        }
        int_digits = int_part.len();
        if int_part.len() > 1 && int_part.starts_with('0') {
            return Err(NumberParse::Code);
        }
    }
    Ok(int_digits)
}

fn number(s: &str) -> NumberParse {
    let Some((t, negative, percent, exponent)) = affixes(s) else {
        return NumberParse::No;
    };
    let Some((decimal, group, spaces)) = separators(t) else {
        return NumberParse::No;
    };
    let (int_part, frac_part) = match decimal {
        Some((_, at)) => (&t[..at], &t[at + 1..]),
        None => (t, ""),
    };
    if decimal.is_some() && (frac_part.is_empty() || !frac_part.bytes().all(|c| c.is_ascii_digit()))
    {
        return NumberParse::No;
    }
    match integer_digits(int_part, group, spaces, decimal.is_some()) {
        Ok(n) if n > 15 => return NumberParse::No,
        Ok(_) => {}
        Err(other) => return other,
    }
    let value = match fast_decimal(int_part, frac_part) {
        Some(v) if negative => -v,
        Some(v) => v,
        None => match parse_ascii(negative, int_part, frac_part) {
            Some(v) => v,
            None => return NumberParse::No,
        },
    };
    let mut value = value;
    if exponent != 0 {
        value *= 10f64.powi(exponent);
    }
    if !value.is_finite() {
        // `1e999`, `0e999`: too large for a number the statistics can use.
        return NumberParse::No;
    }
    let ambiguous_point = decimal.is_some_and(|(c, _)| c == '.')
        && group.is_none()
        && (1..=3).contains(&int_part.len())
        && frac_part.len() == 3;
    let compact_date =
        (t.len() == 8 && decimal.is_none() && group.is_none() && !negative && !percent)
            .then(|| {
                let y = digits(&t[0..4])? as i32;
                valid_date(y, digits(&t[4..6])?, digits(&t[6..8])?)
                    .filter(|_| (1800..=2199).contains(&y))
            })
            .flatten();
    NumberParse::Number(Number {
        value,
        integer: decimal.is_none() && exponent >= 0 && value.fract() == 0.0,
        decimal: decimal.map(|(c, _)| c),
        group,
        percent,
        ambiguous_point,
        compact_date,
    })
}

/// Exact powers of ten up to 10^22, the largest exactly representable in an `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of the decimal `int_part`,`frac_part` (ASCII digits; the integer part may
/// hold group separators, which are skipped) when it has at most 15 significant digits
/// and at most 22 decimals: then the digits as an integer and the power of ten are both
/// exact in an `f64`, and one division gives the correctly rounded value (Clinger's
/// fast path, as `str::parse::<f64>` takes it; tested to agree bit for bit). Else
/// `None`. Most cells of a spreadsheet are such numbers; doing this here keeps them
/// fast in the widget, whose standard library is built for size without that path.
fn fast_decimal(int_part: &str, frac_part: &str) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let mut digits = 0usize;
    for c in int_part.bytes().chain(frac_part.bytes()) {
        // Anything else is a group separator of the integer part (both parts are
        // checked before: digits, and groups of digits).
        if c.is_ascii_digit() {
            mantissa = mantissa * 10 + u64::from(c - b'0');
            if mantissa != 0 {
                digits += 1;
            }
            if digits > 15 {
                return None;
            }
        }
    }
    let scale = POW10.get(frac_part.len())?;
    #[allow(clippy::cast_precision_loss)] // below 10^15 < 2^53: exact
    Some(mantissa as f64 / scale)
}

/// `str::parse::<f64>` of the number written plainly: `-`, the integer digits, `.`,
/// the decimals (group separators dropped).
fn parse_ascii(negative: bool, int_part: &str, frac_part: &str) -> Option<f64> {
    // Build an ASCII number and parse it.
    let mut buf = [0u8; 48];
    let mut n = 0;
    if negative {
        buf[0] = b'-';
        n = 1;
    }
    for c in int_part.bytes().filter(u8::is_ascii_digit) {
        buf[n] = c;
        n += 1;
    }
    if n == usize::from(negative) {
        buf[n] = b'0';
        n += 1;
    }
    if !frac_part.is_empty() {
        if n + 1 + frac_part.len() > buf.len() {
            return None;
        }
        buf[n] = b'.';
        n += 1;
        buf[n..n + frac_part.len()].copy_from_slice(frac_part.as_bytes());
        n += frac_part.len();
    }
    std::str::from_utf8(&buf[..n]).ok()?.parse::<f64>().ok()
}

fn date(s: &str) -> Option<(DatePattern, i32)> {
    let b = s.as_bytes();
    if b.len() < 7 || b.len() > 10 {
        return None;
    }
    if b.len() == 7 && b[4] == b'-' {
        let y = digits(&s[0..4])? as i32;
        let m = digits(&s[5..7])?;
        return valid_date(y, m, 1).map(|d| (DatePattern::YearMonth, d));
    }
    // One pass over the bytes: a date has exactly two bytes that are not digits, the
    // same separator twice (a date cell is read this way in every row of a date
    // column; splitting on each separator in turn cost three searches a cell).
    let mut seps = [0usize; 2];
    let mut n = 0;
    for (i, c) in b.iter().enumerate() {
        if !c.is_ascii_digit() {
            *seps.get_mut(n)? = i;
            n += 1;
        }
    }
    let [first, second] = seps;
    if n != 2 || b[first] != b[second] {
        return None;
    }
    // Every byte but the two separators is a digit: the parts are numbers.
    let num = |part: &[u8]| part.iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
    let (one, two, three) = (&b[..first], &b[first + 1..second], &b[second + 1..]);
    let short = |part: &[u8]| (1..=2).contains(&part.len());
    match b[first] {
        b'-' if one.len() == 4 && short(two) && short(three) => {
            let p = if two.len() == 2 && three.len() == 2 {
                DatePattern::Iso
            } else {
                DatePattern::IsoShort
            };
            valid_date(num(one) as i32, num(two), num(three)).map(|x| (p, x))
        }
        sep @ (b'/' | b'.') if three.len() == 4 && short(one) && short(two) => {
            let p = if sep == b'/' {
                DatePattern::DayMonthYearSlash
            } else {
                DatePattern::DayMonthYearDot
            };
            valid_date(num(three) as i32, num(two), num(one)).map(|x| (p, x))
        }
        _ => None,
    }
}

fn time(s: &str) -> Option<u32> {
    let mut parts = s.split(':');
    let h = parts.next()?;
    let m = parts.next()?;
    let sec = parts.next();
    if parts.next().is_some() || h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m) = (digits(h)?, digits(m)?);
    let sec = match sec {
        None => 0,
        Some(x) => {
            let whole = x.split_once(['.', ',']).map_or(x, |(w, f)| {
                if f.bytes().all(|c| c.is_ascii_digit()) {
                    w
                } else {
                    "x"
                }
            });
            if whole.len() != 2 {
                return None;
            }
            digits(whole)?
        }
    };
    (h < 24 && m < 60 && sec < 61).then_some(h * 3600 + m * 60 + sec)
}

fn datetime(s: &str) -> Option<(i32, u32)> {
    if s.len() < 16 {
        return None;
    }
    let (d, rest) = (s.get(0..10)?, s.get(10..)?);
    let mut rest = rest.strip_prefix(['T', ' '])?;
    if let Some(r) = rest.strip_suffix('Z') {
        rest = r;
    } else if rest.len() > 6
        && let (Some(a), Some(tz)) = (rest.get(..rest.len() - 6), rest.get(rest.len() - 6..))
        && (tz.starts_with('+') || tz.starts_with('-'))
        && tz.as_bytes()[3] == b':'
    {
        rest = a;
    }
    let (p, day) = date(d)?;
    if p != DatePattern::Iso {
        return None;
    }
    Some((day, time(rest)?))
}

/// A day number as `yyyy-mm-dd`.
pub fn iso_date(days: i32) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `date` as it was before its one-pass reading: the reference it must agree with.
    fn date_before(s: &str) -> Option<(DatePattern, i32)> {
        let b = s.as_bytes();
        if b.len() < 7 || b.len() > 10 {
            return None;
        }
        if b.len() == 7 && b[4] == b'-' {
            let y = digits(&s[0..4])? as i32;
            let m = digits(&s[5..7])?;
            return valid_date(y, m, 1).map(|d| (DatePattern::YearMonth, d));
        }
        if let Some((y, rest)) = s.split_once('-') {
            let (m, d) = rest.split_once('-')?;
            if y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
                return None;
            }
            let p = if m.len() == 2 && d.len() == 2 {
                DatePattern::Iso
            } else {
                DatePattern::IsoShort
            };
            return valid_date(digits(y)? as i32, digits(m)?, digits(d)?).map(|x| (p, x));
        }
        for (sep, p) in [
            ('/', DatePattern::DayMonthYearSlash),
            ('.', DatePattern::DayMonthYearDot),
        ] {
            let mut parts = s.split(sep);
            if let (Some(d), Some(m), Some(y), None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            {
                if y.len() != 4 || d.is_empty() || d.len() > 2 || m.is_empty() || m.len() > 2 {
                    return None;
                }
                return valid_date(digits(y)? as i32, digits(m)?, digits(d)?).map(|x| (p, x));
            }
        }
        None
    }

    #[test]
    fn date_agrees_with_splitting_on_each_separator() {
        // Every string of up to 10 characters from digits and separators would be too
        // many; these hold every shape a date can take, and near misses.
        let parts = [
            "", "1", "12", "31", "0", "00", "123", "2024", "1999", "20245", "02", "13", "29", "30",
        ];
        let seps = ["-", "/", ".", ":", " ", "å", ""];
        let mut n = 0;
        for a in parts {
            for s1 in seps {
                for b in parts {
                    for s2 in seps {
                        for c in parts {
                            let s = format!("{a}{s1}{b}{s2}{c}");
                            assert_eq!(date(&s), date_before(&s), "{s:?}");
                            n += 1;
                        }
                    }
                }
            }
        }
        assert!(n > 100_000);
        for s in [
            "2024-01",
            "2024-1-",
            "2024-01-31x",
            "31/1/2024",
            "31.1.2024",
            "29.2.2023",
            "1/1/2024/",
            "2024-01/05",
            "1/2.2024",
            "å/1/2024",
            "2024–01–31",
        ] {
            assert_eq!(date(s), date_before(s), "{s:?}");
        }
    }

    /// `classify` as it was before its one-pass fast lane: the reference it must
    /// agree with.
    fn classify_before(s: &str) -> Cell {
        let b = s.as_bytes();
        if !b.is_empty()
            && b.len() <= 9
            && b.len() != 8
            && b[0] != b'0'
            && b.iter().all(u8::is_ascii_digit)
        {
            let mut v = 0u64;
            for d in b {
                v = v * 10 + u64::from(d - b'0');
            }
            return Cell::Number(Number {
                value: v as f64,
                integer: true,
                decimal: None,
                group: None,
                percent: false,
                ambiguous_point: false,
                compact_date: None,
            });
        }
        if (2..=9).contains(&b.len())
            && b.len() != 8
            && b[0] == b'0'
            && b.iter().all(u8::is_ascii_digit)
        {
            return Cell::Code;
        }
        if b.len() == 6 && b[3] == b' ' && [0, 1, 2, 4, 5].iter().all(|&i| b[i].is_ascii_digit()) {
            return Cell::Code;
        }
        classify_general(s)
    }

    /// Calls `check` with every string of `lens` bytes from `alphabet`.
    fn every_string(
        alphabet: &[u8],
        lens: std::ops::RangeInclusive<u32>,
        check: &mut dyn FnMut(&str),
    ) {
        for len in lens {
            for mut code in 0..alphabet.len().pow(len) {
                let mut s = String::new();
                for _ in 0..len {
                    s.push(char::from(alphabet[code % alphabet.len()]));
                    code /= alphabet.len();
                }
                check(&s);
            }
        }
    }

    #[test]
    fn the_fast_lane_agrees_with_the_reference_on_every_short_string() {
        // Every string of up to 7 of these bytes, then longer ones from pieces.
        let alphabet = b"0 19,-:";
        let mut checked = 0;
        let mut check = |s: &str| {
            assert_eq!(classify(s), classify_before(s), "{s:?}");
            checked += 1;
        };
        every_string(alphabet, 0..=7, &mut check);
        let pieces = [
            "1", "12", "123", "0", "00", "999", "2024", ",", ",5", ",25", "-", "-0", " ", "e", "%",
            ".", "x", "\u{2212}", "1234567",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        check(&format!("{a}{b}{c}{d}"));
                        check(&format!("{a}{b}{c}{d}{a}{b}"));
                    }
                }
            }
        }
        for y in ["0999", "1000", "2024", "2999", "3000", "20x4"] {
            for m in ["00", "01", "02", "12", "13", "1x"] {
                for d in ["00", "01", "28", "29", "30", "31", "32", "x1"] {
                    check(&format!("{y}-{m}-{d}"));
                    check(&format!("-{y}-{m}-{d}"));
                    check(&format!("{y}-{m}-{d}1"));
                }
            }
        }
        for s in [
            "123456789012345,1",
            "12345678901234,1",
            "1,23456789012345",
            "1,234567890123456",
            "-99999999999999,9",
            "0,000000000000001",
            "9007199254740993,0",
            "18446744073709551617,5",
        ] {
            check(s);
        }
        assert!(checked > 100_000, "{checked}");
    }

    #[test]
    fn an_iso_date_is_the_text_of_its_day() {
        // What lets the distinct count keep `yyyy-mm-dd` dates by their day: a cell
        // read as one, ten bytes long, is exactly `iso_date` of its day.
        for day in (days_from_civil(1000, 1, 1)..=days_from_civil(2999, 12, 31)).step_by(13) {
            let s = iso_date(day);
            assert_eq!(classify(&s), Cell::Date(DatePattern::Iso, day), "{s}");
        }
        for s in [
            "2024-1-05",
            "2024-01-5",
            "+024-01-05",
            "2024-01-05 ",
            "2024−01−05",
        ] {
            if let Cell::Date(DatePattern::Iso, day) = classify(s) {
                assert!(s.len() != 10 || s == iso_date(day), "{s}");
            }
        }
    }

    #[test]
    fn code_fast_paths_agree_with_the_general_path() {
        let mut checked = 0;
        for len in 2..=9usize {
            for n in (0..10u64.pow(len as u32 - 1)).step_by(7919) {
                let s = format!("0{n:0w$}", w = len - 1);
                assert_eq!(classify(&s), classify_general(&s), "{s}");
                checked += 1;
            }
        }
        for n in (0..100_000u32).step_by(37) {
            let s = format!("{:03} {:02}", n / 100, n % 100);
            assert_eq!(classify(&s), Cell::Code, "{s}");
            assert_eq!(classify_general(&s), Cell::Code, "{s}");
            checked += 1;
        }
        assert!(checked > 3000);
    }

    fn num(s: &str) -> Number {
        match classify(s) {
            Cell::Number(n) => n,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn swedish_numbers() {
        assert_eq!(num("1 234,50").value, 1234.5);
        assert_eq!(num("1 234,50").group, Some(' '));
        assert_eq!(num("1\u{a0}234\u{a0}567").value, 1_234_567.0);
        assert_eq!(num("1\u{2009}234,5").group, Some('\u{2009}'));
        assert_eq!(num("1.234,50").value, 1234.5);
        assert_eq!(num("1.234,50").group, Some('.'));
        assert_eq!(num("7,7").value, 7.7);
        assert_eq!(num("7,7").decimal, Some(','));
        assert_eq!(num("−12,5").value, -12.5);
        assert_eq!(num("-0,5").value, -0.5);
        let p = num("12,5 %");
        assert!(p.percent && p.value == 12.5);
        assert_eq!(num("3.14").decimal, Some('.'));
        assert!(num("1.234").ambiguous_point);
        assert_eq!(num("1,234,567").value, 1_234_567.0);
        assert_eq!(num("0").value, 0.0);
        assert_eq!(num("0,25").value, 0.25);
        assert!(num("42").integer);
        assert_eq!(num("1,53e4").value, 15300.0);
        assert_eq!(num("+1.53e4").value, 15300.0);
        assert!((num("2,5E-3").value - 0.0025).abs() < 1e-12);
    }

    #[test]
    fn the_fast_path_agrees_with_the_general_way_on_every_short_string() {
        // Every string of up to 7 of these bytes, and longer ones built from pieces.
        let alphabet = b"0 19,-";
        let mut checked = 0;
        let mut check = |s: &str| match fast_path(s.as_bytes()) {
            Some(Cell::Number(n)) => {
                assert_eq!(number(s), NumberParse::Number(n), "{s:?}");
                checked += 1;
            }
            Some(other) => panic!("{s:?}: {other:?}"),
            None => {}
        };
        every_string(alphabet, 1..=7, &mut check);
        let pieces = ["1", "12", "123", " ", "456", ",5", ",25", "-", "0", "999"];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        for e in pieces {
                            check(&format!("{a}{b}{c}{d}{e}{b}{c}"));
                        }
                    }
                }
            }
        }
        check("1 234 567 890 123 456");
        check("123 456 789 012 345,5");
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn fast_and_general_paths_agree() {
        for s in [
            "48 013",
            "1 234,56",
            "12,3",
            "-0,5",
            "0,25",
            "984 748",
            "1 234 567,5",
            "7,70",
            "-12 345",
        ] {
            let fast = fast_path(s.as_bytes()).unwrap_or_else(|| panic!("{s} takes the fast path"));
            let general = match number(s) {
                NumberParse::Number(n) => Cell::Number(n),
                _ => panic!("{s}"),
            };
            assert_eq!(fast, general, "{s}");
        }
        for s in ["2024-01-31", "1999-12-31"] {
            assert_eq!(
                fast_path(s.as_bytes()),
                date(s).map(|(p, d)| Cell::Date(p, d)),
                "{s}"
            );
        }
        for s in [
            "0114",
            "123 45",
            "12 34",
            "1 2345",
            "01,5",
            "1,",
            ",5",
            "1 234 ",
            "2024-02-30",
            "12,3,4",
            "00,5",
        ] {
            assert!(
                !matches!(
                    fast_path(s.as_bytes()),
                    Some(Cell::Number(_) | Cell::Date(..))
                ) || classify(s) == fast_path(s.as_bytes()).unwrap(),
                "{s}"
            );
        }
        assert_eq!(fast_path(b"2024-02-30"), None);
    }

    #[test]
    fn codes_stay_text() {
        assert_eq!(classify("0114"), Cell::Code);
        assert_eq!(classify("01"), Cell::Code);
        assert_eq!(classify("123 45"), Cell::Code);
        assert_eq!(
            classify("640823-3234"),
            Cell::Identity(Identity::Personnummer)
        );
        assert_eq!(
            classify("6408233234"),
            Cell::Identity(Identity::Personnummer)
        );
        assert_eq!(
            classify("212000-0142"),
            Cell::Identity(Identity::Organisationsnummer)
        );
        assert_eq!(classify("12 34 56"), Cell::Code);
        assert_eq!(classify("1 23,4"), Cell::Text);
    }

    #[test]
    fn dates_times_and_booleans() {
        let jan31 = days_from_civil(2024, 1, 31);
        assert_eq!(classify("2024-01-31"), Cell::Date(DatePattern::Iso, jan31));
        assert_eq!(
            classify("31/1/2024"),
            Cell::Date(DatePattern::DayMonthYearSlash, jan31)
        );
        assert_eq!(
            classify("31.01.2024"),
            Cell::Date(DatePattern::DayMonthYearDot, jan31)
        );
        assert_eq!(
            classify("2024-01"),
            Cell::Date(DatePattern::YearMonth, days_from_civil(2024, 1, 1))
        );
        assert_eq!(num("20240131").compact_date, Some(jan31));
        assert_eq!(num("20241331").compact_date, None);
        assert_eq!(classify("2024-02-30"), Cell::Text);
        assert_eq!(
            classify("2024-01-31 12:30"),
            Cell::DateTime(jan31, 12 * 3600 + 30 * 60)
        );
        assert_eq!(
            classify("2024-01-31T12:30:05+01:00"),
            Cell::DateTime(jan31, 45005)
        );
        assert_eq!(classify("08:15"), Cell::Time(8 * 3600 + 15 * 60));
        assert_eq!(classify("Ja"), Cell::Bool(true));
        assert_eq!(classify("FALSKT"), Cell::Bool(false));
        assert_eq!(classify(".."), Cell::Missing);
        assert_eq!(classify("#N/A"), Cell::Missing);
        assert_eq!(iso_date(jan31), "2024-01-31");
        assert_eq!(civil_from_days(days_from_civil(1900, 3, 1)), (1900, 3, 1));
    }

    #[test]
    fn text_is_text() {
        for s in [
            "Umeå", "1a", "12-34-56", "N", "−", "1,2,3,4x", "1.2.3", "+", "%", "1e999", "0e999",
        ] {
            assert!(
                matches!(classify(s), Cell::Text | Cell::Bool(_) | Cell::Missing),
                "{s}: {:?}",
                classify(s)
            );
        }
    }
}

#[cfg(test)]
mod pattern_order {
    use super::DatePattern;

    #[test]
    fn all_lists_the_patterns_in_declared_order() {
        // The profiler indexes per-pattern counters with `pattern as usize`.
        for (i, p) in DatePattern::ALL.iter().enumerate() {
            assert_eq!(*p as usize, i);
        }
    }
}

#[cfg(test)]
mod fast_decimal_agrees {
    #![allow(clippy::unwrap_used)] // test code: a panic is a failed test

    use super::{fast_decimal, parse_ascii};
    use proptest::prelude::*;

    /// The fast path gives the same `f64`, bit for bit, as `str::parse`, or declines.
    fn check(int_part: &str, frac_part: &str) {
        let plain = parse_ascii(false, int_part, frac_part).unwrap();
        if let Some(fast) = fast_decimal(int_part, frac_part) {
            assert_eq!(fast.to_bits(), plain.to_bits(), "{int_part},{frac_part}");
        }
    }

    #[test]
    fn on_edges() {
        for (i, f) in [
            ("0", "1"),
            ("0", "3"),
            ("1", "1"),
            ("0", "30000000000000000000003"),
            ("999 999 999", "999999"),
            ("999999999999999", ""),
            ("9999999999999999", ""),
            ("1 234", "50"),
            ("0", "0000000000000000000001"),
            ("0", "00000000000000000000001"),
            ("7", "2500000000000000000000"),
            ("0", ""),
        ] {
            check(i, f);
        }
        // What it declines: more than 15 significant digits or 22 decimals.
        assert!(fast_decimal("1234567890123456", "").is_none());
        assert!(fast_decimal("0", "00000000000000000000001").is_none());
        assert_eq!(fast_decimal("1 234", "50"), Some(1234.5));
        assert_eq!(fast_decimal("0", "000000000000001"), Some(1e-15));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn on_random_decimals(int_part in "[0-9]{1,12}", frac_part in "[0-9]{0,22}") {
            check(&int_part, &frac_part);
        }
    }
}
