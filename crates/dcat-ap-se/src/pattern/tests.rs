#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::collections::BTreeSet;

use super::*;
use crate::spec;

fn bundle_patterns() -> BTreeSet<&'static str> {
    spec::CLASSES
        .iter()
        .flat_map(|c| c.rules.iter())
        .filter_map(|r| r.pattern)
        .collect()
}

/// The bundle's own pattern, as a whole-value match, by a backtracking engine (it has
/// look-aheads), with `\d`, `\w` and `\s` meaning ASCII digits, word characters and
/// white space, as Datalots has always read them (regex-lite's classes).
fn engine(p: &str) -> fancy_regex::Regex {
    let ascii = p
        .replace(r"\d", "[0-9]")
        .replace(r"\w", "[0-9A-Za-z_]")
        .replace(r"\s", r"[\t\n\x0B\x0C\r ]");
    fancy_regex::Regex::new(&format!("^(?:{ascii})$")).unwrap()
}

/// Every string of up to `len` characters over `alphabet`.
fn words(alphabet: &str, len: usize) -> Vec<String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    let mut all = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..len {
        let next: Vec<String> = last
            .iter()
            .flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}")))
            .collect();
        all.extend(next.iter().cloned());
        last = next;
    }
    all
}

/// Checks a matcher against the engine on `values`; returns how many it accepted.
fn same_as_engine(p: &str, values: impl IntoIterator<Item = String>) -> usize {
    let m = Matcher::new(p).unwrap_or_else(|| panic!("no matcher for {p}"));
    let re = engine(p);
    let mut accepted = 0;
    for v in values {
        let want = re.is_match(&v).unwrap();
        assert_eq!(m.is_match(&v), want, "{p} on {v:?}");
        accepted += usize::from(want);
    }
    accepted
}

#[test]
fn every_pattern_of_the_bundle_has_a_matcher() {
    let all = bundle_patterns();
    assert!(
        all.len() >= 8,
        "the bundle's patterns were not found: {all:?}"
    );
    for p in &all {
        assert!(Matcher::new(p).is_some(), "no matcher for the bundle's {p}");
    }
    for p in [DURATION, PHONE, MEDIA_TYPE] {
        assert!(
            all.contains(p),
            "a matcher for a pattern not in the bundle: {p}"
        );
    }
    // A pattern without one is refused, not accepted.
    assert!(Matcher::new("a(?=b)").is_none());
}

/// Every string up to six characters over the duration's alphabet, signed ones up to
/// five, and some longer ones.
#[test]
fn the_duration_matches_as_the_bundle_pattern() {
    let mut values = words("P1YMDTHS.", 6);
    values.extend(words("P1YMDTHS.", 5).into_iter().map(|w| format!("-{w}")));
    values.extend(
        [
            "P1Y2M3DT4H5M6.5S",
            "-P10D",
            "PT0.5S",
            "P1YT",
            "PT",
            "P",
            "-P",
            "banana",
            "P1Y\n",
            "\nP1Y",
            "xP1Y",
            "P1Yx",
            "P1.5Y",
            "PT1H1H",
            "P1D2M",
            "PT.S",
            "P١Y",
            "PT12.25S",
            "P12Y34M56DT7H8M9S",
        ]
        .map(String::from),
    );
    let accepted = same_as_engine(DURATION, values);
    assert!(accepted > 50, "{accepted}");
}

#[test]
fn the_phone_number_matches_as_the_bundle_pattern() {
    let mut values = words("1+(*,-./ )#a\t", 4);
    values.extend(
        [
            "+46 (0)8-123 45 67",
            "08-12 34 56",
            "\u{a0}",
            "٣",
            "08\n12",
            "tel:08",
        ]
        .map(String::from),
    );
    let accepted = same_as_engine(PHONE, values);
    assert!(accepted > 1000, "{accepted}");
}

#[test]
fn the_media_type_matches_as_the_bundle_pattern() {
    let mut values = words("t/x+-.;= _é", 5);
    values.extend(
        [
            "text/csv",
            "text/csv; charset=utf-8",
            "text/csv;charset=utf-8",
            "application/ld+json",
            "application/vnd.ms-excel",
            "application/geo+json; profile=x",
            "text/csv; charset=utf-8; x=y",
            "text/csv ;charset=utf-8",
            "text/csv\t;\tcharset=utf-8",
            "text/csv; charset=utf-8 ",
            "text/",
            "/csv",
            "text/csv+",
            "a+b/c",
        ]
        .map(String::from),
    );
    let accepted = same_as_engine(MEDIA_TYPE, values);
    assert!(accepted > 100, "{accepted}");
    assert!(is_media_type("text/csv") && !is_media_type("CSV (.csv)"));
}

/// The URL patterns, on values built around each of their heads (line breaks, a `.`
/// that is any character, too short, other schemes, non-ASCII).
#[test]
fn the_url_patterns_match_as_the_bundle_patterns() {
    let mut simple = 0;
    for p in bundle_patterns() {
        let Some(s) = Simple::new(p) else { continue };
        simple += 1;
        let mut values: Vec<String> = [
            "",
            "x",
            "\n",
            "http://",
            "https://",
            "ftp://x",
            "mailto:a@b.se",
            "HTTP://x",
            " http://x",
            "http://å",
            "https://x\ny",
        ]
        .map(String::from)
        .to_vec();
        for head in &s.heads {
            for dot in [".", "X", "å"] {
                let h = head.replace('.', dot);
                for tail in ["", "a", "ab", "\n", "a\n", "\na", "å", "/x y"] {
                    values.push(format!("{h}{tail}"));
                    values.push(format!("x{h}{tail}"));
                }
                let chars: Vec<char> = h.chars().collect();
                for i in 0..chars.len() {
                    let mut cut: String = chars[..i].iter().collect();
                    values.push(cut.clone());
                    cut.push('\n');
                    cut.extend(&chars[i + 1..]);
                    values.push(cut + "a");
                }
            }
        }
        same_as_engine(p, values);
    }
    assert!(
        simple >= 3,
        "the URL patterns are no longer simple: {simple}"
    );
}
