//! People's names told by their values: common Swedish first names and surnames, the
//! `Förnamn Efternamn` and `Efternamn, Förnamn` patterns, and places that are not
//! people.
//!
//! The lists (`data/fornamn.txt`, 991 first names; `data/efternamn.txt`, 500 surnames)
//! come from the Python package Faker's `sv_SE` person provider (MIT licence; see
//! `NOTICE` in this crate), which took them from the Institute for Language and
//! Folklore's (Isof) first-name statistics (the 500 commonest women's and men's names,
//! 2023) and the Swedish Tax Agency's (Skatteverket) 500 commonest surnames (2025).
//!
//! ```
//! use csv_profile::names::{look, NameLook};
//! assert_eq!(look("Johan Nilsson"), NameLook::FullName);
//! assert_eq!(look("Nilsson, Anna"), NameLook::FullName);
//! assert_eq!(look("Anna-Karin"), NameLook::FirstName);
//! assert_eq!(look("Borås"), NameLook::Place);
//! assert_eq!(look("Sjöviksbadet"), NameLook::Other);
//! assert_eq!(look("Blåmes"), NameLook::Other);
//! ```

use std::sync::OnceLock;

/// What a value looks like, for the personal-data check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameLook {
    /// Not looked at (a column past its checks, or not text).
    Unchecked,
    /// Nothing of a person.
    Other,
    /// A kommun, län or landskap.
    Place,
    /// A first name and a surname (or more), or a list of such.
    FullName,
    /// One common first name (`Anna`, `Anna-Karin`).
    FirstName,
    /// One common surname (`Nilsson`): also trees and places (`Lind`, `Berg`), so it
    /// counts only under a header that names people.
    Surname,
}

/// The lines of a list file, sorted there (by code point, as `str` compares; a test
/// checks), so that no sorting code is needed at run time.
fn list(text: &'static str) -> Vec<&'static str> {
    text.lines().filter(|l| !l.is_empty()).collect()
}

fn first_names() -> &'static [&'static str] {
    static L: OnceLock<Vec<&'static str>> = OnceLock::new();
    L.get_or_init(|| list(include_str!("data/fornamn.txt")))
}

fn surnames() -> &'static [&'static str] {
    static L: OnceLock<Vec<&'static str>> = OnceLock::new();
    L.get_or_init(|| list(include_str!("data/efternamn.txt")))
}

/// Whether `word` is in `list`, as written or, for a word in capitals, with only its
/// first letter capital (`NILSSON`).
fn listed(list: &[&str], word: &str) -> bool {
    if list.binary_search(&word).is_ok() {
        return true;
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if chars.clone().any(char::is_uppercase) => {
            let title: String = std::iter::once(c)
                .chain(chars.flat_map(char::to_lowercase))
                .collect();
            list.binary_search(&title.as_str()).is_ok()
        }
        _ => false,
    }
}

/// A common Swedish first name (also two joined by a hyphen: `Anna-Karin`).
pub fn is_first_name(word: &str) -> bool {
    listed(first_names(), word)
        || word
            .split_once('-')
            .is_some_and(|(a, b)| listed(first_names(), a) && listed(first_names(), b))
}

/// A common Swedish surname (also two joined by a hyphen).
pub fn is_surname(word: &str) -> bool {
    listed(surnames(), word)
        || word
            .split_once('-')
            .is_some_and(|(a, b)| listed(surnames(), a) && listed(surnames(), b))
}

/// Words before a place name that no first name is (`Norra Berg`, `Lilla Edet`).
const PLACE_WORDS: [&str; 16] = [
    "Norra",
    "Södra",
    "Östra",
    "Västra",
    "Stora",
    "Lilla",
    "Gamla",
    "Nya",
    "Övre",
    "Nedre",
    "Sankt",
    "Inre",
    "Yttre",
    "Mellersta",
    "Nordvästra",
    "Sydöstra",
];

/// A word of a name: a capital, then letters, `-`, `'` or `.` (an initial).
fn name_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
}

/// One person's name: `Förnamn [Förnamn] Efternamn`, or `Efternamn, Förnamn`.
fn person(s: &str) -> NameLook {
    let s = s.trim();
    if let Some((last, first)) = s.split_once(',') {
        let (last, first) = (last.trim(), first.trim());
        return if name_word(last)
            && !last.contains(' ')
            && first.split_whitespace().next().is_some_and(is_first_name)
            && first.split_whitespace().all(name_word)
        {
            NameLook::FullName
        } else {
            NameLook::Other
        };
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || !words.iter().all(|w| name_word(w)) {
        return NameLook::Other;
    }
    match words.as_slice() {
        [one] if is_first_name(one) => NameLook::FirstName,
        [one] if is_surname(one) => NameLook::Surname,
        [_] => NameLook::Other,
        [first, .., last] => {
            if PLACE_WORDS.contains(first) {
                NameLook::Other
            } else if is_first_name(first) || (is_surname(last) && last.len() > 3) {
                NameLook::FullName
            } else {
                NameLook::Other
            }
        }
        [] => NameLook::Other,
    }
}

/// What `s` (a trimmed cell) looks like: a person's name (or a list of them, `Johan
/// Nilsson, Anna Berg`), a place, or neither.
pub fn look(s: &str) -> NameLook {
    // Most values are decided on their first byte: a name starts with a capital
    // (A–Z, or Å Ä Ö É Ü and the like, two bytes from 0xC3).
    match s.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() || *b == 0xc3 || *b == 0xc5 => {}
        _ => return NameLook::Other,
    }
    if s.len() > 120
        || s.bytes()
            .any(|b| b.is_ascii_digit() || matches!(b, b'@' | b'/' | b'(' | b':'))
    {
        return NameLook::Other;
    }
    if crate::places::is_place(s) {
        return NameLook::Place;
    }
    let one = person(s);
    if one != NameLook::Other {
        return one;
    }
    // A list of people: `Johan Nilsson, Anna Berg`, `… & …`, `… och …`, `…; …`.
    if !s.bytes().any(|b| matches!(b, b',' | b'&' | b';')) && !s.contains(" och ") {
        return NameLook::Other;
    }
    let parts: Vec<&str> = s
        .split([',', '&', ';'])
        .flat_map(|p| p.split(" och "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1 && parts.iter().all(|p| person(p) == NameLook::FullName) {
        return NameLook::FullName;
    }
    NameLook::Other
}

/// What a column's header says about people's names in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeaderHint {
    /// A header for people (`Namn`, `Rapportör`, `Kontaktperson`): fewer names are
    /// enough, and surnames alone count.
    People,
    /// A header for things (`Badplats`, `Kommunnamn`, `Artnamn`, `Lokalnamn`): more
    /// names are needed.
    Things,
    /// Neither.
    Neutral,
}

impl HeaderHint {
    /// The share of the cells that must look like people's names.
    pub fn threshold(self) -> f64 {
        match self {
            HeaderHint::People => 0.3,
            HeaderHint::Neutral => 0.5,
            HeaderHint::Things => 0.8,
        }
    }
}

/// Words that name people, anywhere in a header (`rapportör`, `kontaktperson`).
const PEOPLE_WORDS: [&str; 24] = [
    "förnamn",
    "efternamn",
    "tilltalsnamn",
    "person",
    "rapportör",
    "observatör",
    "kontakt",
    "handläggare",
    "elev",
    "patient",
    "ansvarig",
    "författare",
    "ägare",
    "sökande",
    "fotograf",
    "upphov",
    "medlem",
    "anställd",
    "ledamot",
    "kandidat",
    "inventerare",
    "reporter",
    "observer",
    "author",
];

/// Words that name things, at the start or end of a word of a header (`artnamn`,
/// `badplats`, `municip_name`, `Lan_namn`).
const THING_WORDS: [&str; 44] = [
    "kommun",
    "municip",
    "län",
    "lan",
    "county",
    "region",
    "ort",
    "plats",
    "place",
    "lokal",
    "station",
    "art",
    "species",
    "taxon",
    "skol",
    "school",
    "förening",
    "företag",
    "organisation",
    "gata",
    "gatu",
    "väg",
    "adress",
    "område",
    "park",
    "bad",
    "sjö",
    "valkrets",
    "valdistrikt",
    "distrikt",
    "församling",
    "socken",
    "landskap",
    "enhet",
    "verksamhet",
    "anläggning",
    "objekt",
    "produkt",
    "fil",
    "site",
    "facility",
    "city",
    "stad",
    "country",
];

/// What a (lower-case) header says. Words for people win (`kontaktperson`), then
/// words for things (`kommunnamn` is a name, of a kommun), then `namn`/`name`.
pub(crate) fn header_hint(header: &str) -> HeaderHint {
    if PEOPLE_WORDS.iter().any(|w| header.contains(w)) {
        return HeaderHint::People;
    }
    let words = header
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    for w in words {
        let stem = w
            .strip_suffix("namn")
            .or_else(|| w.strip_suffix("name"))
            .or_else(|| w.strip_suffix("snamn"))
            .unwrap_or(w);
        if THING_WORDS
            .iter()
            .any(|t| w.starts_with(t) || stem.ends_with(t) || w.ends_with(t))
        {
            return HeaderHint::Things;
        }
    }
    if header.contains("namn") || header.contains("name") {
        return HeaderHint::People;
    }
    HeaderHint::Neutral
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted() {
        for l in [first_names(), surnames()] {
            assert!(l.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        }
        assert_eq!((first_names().len(), surnames().len()), (991, 500));
    }

    #[test]
    fn people() {
        for s in [
            "Johan Nilsson",
            "Anna-Karin Svensson",
            "Eva Maria Lind",
            "NILSSON, JOHAN",
            "Johan Nilsson, Anna Berg",
            "Johan Nilsson & Anna Berg",
            "Zlatan Andersson",
            "Lars-Åke Öberg",
        ] {
            assert_eq!(look(s), NameLook::FullName, "{s}");
        }
        assert_eq!(look("Nilsson"), NameLook::Surname);
        assert_eq!(look("MARIA"), NameLook::FirstName);
    }

    #[test]
    fn not_people() {
        for s in [
            "Sjöviksbadet",
            "Gästrikland",
            "Blåmes",
            "Kommunstyrelsen",
            "Barn- och utbildningsnämnden",
            "Parus major",
            "Karl Johans torg",
            "Norra Berg",
            "Lilla Edet",
            "Eskilstuna Centrum",
            "anna svensson",
            "Anna 2",
            "anna@example.se",
        ] {
            let l = look(s);
            assert!(
                !matches!(l, NameLook::FullName | NameLook::FirstName),
                "{s}: {l:?}"
            );
        }
        for s in [
            "Borås",
            "Upplands Väsby",
            "Västra Götalands län",
            "Mora",
            "Lund",
        ] {
            assert_eq!(look(s), NameLook::Place, "{s}");
        }
    }

    #[test]
    fn headers() {
        assert_eq!(header_hint("rapportör"), HeaderHint::People);
        assert_eq!(header_hint("namn"), HeaderHint::People);
        assert_eq!(header_hint("kommunnamn"), HeaderHint::Things);
        assert_eq!(header_hint("artnamn"), HeaderHint::Things);
        assert_eq!(header_hint("lan_namn"), HeaderHint::Things);
        assert_eq!(header_hint("valkretsnamn"), HeaderHint::Things);
        assert_eq!(header_hint("municip_name"), HeaderHint::Things);
        assert_eq!(header_hint("stationsnamn"), HeaderHint::Things);
        assert_eq!(header_hint("lokalnamn"), HeaderHint::Things);
        assert_eq!(header_hint("observatörer"), HeaderHint::People);
        assert_eq!(header_hint("kontaktperson"), HeaderHint::People);
        assert_eq!(header_hint("värde"), HeaderHint::Neutral);
        assert_eq!(header_hint("tidsperiod"), HeaderHint::Neutral);
    }
}
