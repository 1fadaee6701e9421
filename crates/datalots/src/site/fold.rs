//! Search folding and the Swedish sort order.
//!
//! What a Swedish visitor expects of a search box, decided here:
//!
//! - **case does not matter**: `SKOLA`, `Skola` and `skola` are the same;
//! - **å, ä and ö are letters of their own**, as in Swedish: a query with `å` finds
//!   only `å` (`ål` does not find «al»);
//! - **but a query without them still finds them**: `a` also finds `å` and `ä`, `o`
//!   also finds `ö`, because people type on phones and foreign keyboards, and
//!   «ostersund», «malmo» and «angelholm» should find Östersund, Malmö and Ängelholm;
//! - other accents are dropped (`é` is `e`, `ü` is `u`, `ç` is `c`), and the Nordic
//!   neighbours' letters are the Swedish ones (`æ` is `ä`, `ø` is `ö`);
//! - punctuation separates words; every word of the query must be found (AND), as
//!   part of a word, so that «skola» finds «grundskola» and «skolor».
//!
//! Titles sort as in a Swedish dictionary: digits, then a–z, then å, ä, ö; accents
//! sort with their letter (é with e), ü with y, case and punctuation do not count.
//!
//! ```
//! use datalots::site::fold::{Folded, Query};
//!
//! let text = Folded::new("Östersunds badplatser");
//! assert!(Query::new("ostersund").matches(&text));
//! assert!(Query::new("ÖSTERSUND bad").matches(&text));
//! assert!(!Query::new("åstersund").matches(&text));
//! ```

/// A text folded for searching: lower case, å/ä/ö kept, other accents dropped,
/// punctuation as single spaces.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folded(Vec<char>);

impl Folded {
    /// Folds a text.
    pub fn new(text: &str) -> Folded {
        let mut out = Vec::with_capacity(text.len());
        push_folded(text, &mut out);
        Folded(out)
    }

    /// Folds several texts into one, with a separator that no query word crosses.
    pub fn of_all<'a>(texts: impl IntoIterator<Item = &'a str>) -> Folded {
        let mut out = Vec::new();
        for t in texts {
            if !out.is_empty() {
                out.push(' ');
            }
            push_folded(t, &mut out);
        }
        Folded(out)
    }

    /// The folded text as a string (for the static page's search attribute).
    pub fn as_string(&self) -> String {
        self.0.iter().collect()
    }

    /// Whether nothing is left.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn push_folded(text: &str, out: &mut Vec<char>) {
    for c in text.chars().flat_map(char::to_lowercase) {
        let f = fold_char(c);
        match f {
            Some(' ') | None => {
                if out.last().is_some_and(|l| *l != ' ') {
                    out.push(' ');
                }
            }
            Some('ß') => out.extend(['s', 's']),
            Some(f) => out.push(f),
        }
    }
    if out.last() == Some(&' ') {
        out.pop();
    }
}

/// One lower-case character folded: `None` for punctuation and spaces.
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'å' | 'ä' | 'ö' | 'ß' => c,
        'æ' => 'ä',
        'ø' => 'ö',
        'à' | 'á' | 'â' | 'ã' | 'ā' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ō' | 'ő' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ű' | 'ů' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' | 'č' | 'ć' => 'c',
        'ñ' | 'ń' | 'ň' => 'n',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'đ' | 'ď' => 'd',
        'ť' => 't',
        c if c.is_alphanumeric() => c,
        _ => return None,
    })
}

/// A search query: its folded words, every one of which must be found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query(Vec<Vec<char>>);

impl Query {
    /// The query as typed.
    pub fn new(typed: &str) -> Query {
        let folded = Folded::new(typed);
        Query(
            folded
                .0
                .split(|c| *c == ' ')
                .filter(|w| !w.is_empty())
                .map(<[char]>::to_vec)
                .collect(),
        )
    }

    /// Whether the query has no words (it matches everything).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether every word of the query is in the text.
    pub fn matches(&self, text: &Folded) -> bool {
        self.0.iter().all(|w| contains(&text.0, w))
    }
}

/// Whether a query character matches a text character: itself, and `a` also `å`/`ä`,
/// `o` also `ö`.
fn same(q: char, t: char) -> bool {
    q == t || (q == 'a' && (t == 'å' || t == 'ä')) || (q == 'o' && t == 'ö')
}

fn contains(text: &[char], word: &[char]) -> bool {
    let Some((&first, rest)) = word.split_first() else {
        return true;
    };
    if word.len() > text.len() {
        return false;
    }
    (0..=text.len() - word.len())
        .any(|i| same(first, text[i]) && rest.iter().zip(&text[i + 1..]).all(|(q, t)| same(*q, *t)))
}

/// A sort key that orders texts as a Swedish dictionary does: digits, a–z, å, ä, ö;
/// case, accents (but å/ä/ö) and punctuation do not count (the text itself breaks
/// ties).
pub fn sort_key(text: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ü' => 'y',
            c => match fold_char(c) {
                Some(f) => f,
                None => continue,
            },
        };
        let rank = match c {
            '0'..='9' => c as u8 - b'0' + 1,
            'a'..='z' => c as u8 - b'a' + 11,
            'å' => 37,
            'ä' => 38,
            'ö' => 39,
            'ß' => {
                key.extend([29, 29]);
                continue;
            }
            _ => 40,
        };
        key.push(rank);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(query: &str, text: &str) -> bool {
        Query::new(query).matches(&Folded::new(text))
    }

    #[test]
    fn case_is_folded() {
        assert!(finds("skola", "GRUNDSKOLA"));
        assert!(finds("ÖSTRA", "östra"));
        assert!(finds("Återvinning", "ÅTERVINNINGSCENTRALER"));
    }

    #[test]
    fn plain_letters_find_the_swedish_ones_but_not_the_other_way() {
        assert!(finds("ostersund", "Östersund"));
        assert!(finds("malmo", "Malmö"));
        assert!(finds("angelholm", "Ängelholm"));
        assert!(finds("atervinning", "Återvinning"));
        assert!(finds("fardtjänst", "Färdtjänst"), "mixed query");
        assert!(!finds("ål", "Alingsås al"), "å finds only å");
        assert!(finds("ål", "Ålgräs"));
        assert!(!finds("öl", "ol"));
        assert!(!finds("äng", "ang"));
        // å and ä are different letters.
        assert!(!finds("mäl", "Målilla"));
    }

    #[test]
    fn accents_and_nordic_letters() {
        assert!(finds("cafe", "Café"));
        assert!(finds("café", "cafe"));
        assert!(finds("muller", "Müller"));
        assert!(finds("søndre", "Söndre"));
        assert!(finds("sondre", "Søndre"));
        assert!(finds("strasse", "Straße"));
    }

    #[test]
    fn every_word_must_be_found_as_part_of_a_word() {
        assert!(finds("skola elever", "Elever per grundskola"));
        assert!(!finds("skola lärare", "Elever per grundskola"));
        assert!(finds("e-post", "E-post till kommunen"));
        assert!(finds("  ", "anything"));
        assert!(Query::new("—").is_empty());
        let all = Folded::of_all(["Bad", "platser"]);
        assert!(
            !Query::new("badplatser").matches(&all),
            "no match across texts"
        );
        assert!(Query::new("platser").matches(&all));
    }

    #[test]
    fn a_long_query_does_not_match_a_short_text() {
        assert!(!finds("badplatser", "bad"));
        assert!(finds("", ""));
    }

    #[test]
    fn sorts_as_a_swedish_dictionary() {
        let mut titles = vec![
            "Ödemarker",
            "Zoner",
            "Äldreboenden",
            "Åkermark",
            "avfall",
            "Élevhem",
            "Ägg",
            "2024 års budget",
            "Übungen",
            "Yta",
        ];
        titles.sort_by_key(|t| sort_key(t));
        assert_eq!(
            titles,
            [
                "2024 års budget",
                "avfall",
                "Élevhem",
                "Übungen",
                "Yta",
                "Zoner",
                "Åkermark",
                "Ägg",
                "Äldreboenden",
                "Ödemarker"
            ]
        );
    }
}
