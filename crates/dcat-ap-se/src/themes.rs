//! EU data themes suggested from what a steward already has: the title, the column
//! names and the keywords.
//!
//! The words are data (`data/theme-words.tsv`): Swedish municipal vocabulary (and some
//! English) → one or more of the 13 EU data themes. A word of the table matches a word
//! of the text when they are equal, when the text's word is an inflected form
//! (`skolor`, `parkeringen`: the table word plus a Swedish ending, or without its final
//! vowel plus one: `gata` → `gator`), or — for table words of four letters or more —
//! when it is a part of a compound: the first part (`cykel|parkeringar`,
//! `skol|skjuts` from `skola`, `invånar|antal` from `invånare`) or the last (`för|skola`, `bad|platser`). Table words
//! marked `=` match only whole words and their inflections (`park=` must not match
//! `parkering`). Words are split at anything but letters and digits, and at a small
//! letter followed by a capital (`AntalInvånare`).
//!
//! A match in the title weighs 3, in a keyword 2, in a column name 1; each word of a
//! source counts once per theme.
//!
//! ```
//! let s = dcat_ap_se::themes::suggest("Cykelparkeringar", &["Antal platser"], &[]);
//! assert_eq!(s[0].code, "TRAN");
//! assert!(s[0].uri.ends_with("/data-theme/TRAN"));
//! ```

use std::sync::OnceLock;

use serde::Serialize;

use crate::spec::Concept;

const WORDS_TSV: &str = include_str!("../data/theme-words.tsv");

/// The namespace of the EU data themes.
pub const THEME_NS: &str = "http://publications.europa.eu/resource/authority/data-theme/";

/// A suggested theme with the words that led to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThemeSuggestion {
    /// The theme's code (`TRAN`).
    pub code: &'static str,
    /// The theme's IRI, for `dcat:theme`.
    pub uri: &'static str,
    /// Its labels (from the specification).
    pub label: &'static Concept,
    /// Title matches × 3 + keyword matches × 2 + column matches.
    pub score: u32,
    /// The words of the text that matched, as written (lower case), in order.
    pub because: Vec<String>,
}

/// One word of the table.
struct Entry {
    word: &'static str,
    /// Only whole words and inflections (`=` in the table).
    whole: bool,
    themes: Vec<&'static str>,
}

fn table() -> &'static [Entry] {
    static CELL: OnceLock<Vec<Entry>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut out: Vec<Entry> = Vec::new();
        for line in WORDS_TSV.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((themes, words)) = line.split_once('\t') else {
                continue;
            };
            let themes: Vec<&'static str> = themes.split(',').map(str::trim).collect();
            for w in words.split_whitespace() {
                let (word, whole) = match w.strip_suffix('=') {
                    Some(x) => (x, true),
                    None => (w, false),
                };
                match out.iter_mut().find(|e| e.word == word) {
                    Some(e) => {
                        e.whole |= whole;
                        for t in &themes {
                            if !e.themes.contains(t) {
                                e.themes.push(t);
                            }
                        }
                    }
                    None => out.push(Entry {
                        word,
                        whole,
                        themes: themes.clone(),
                    }),
                }
            }
        }
        out
    })
}

/// Swedish endings of nouns and adjectives (definite, plural, genitive).
const ENDINGS: &[&str] = &[
    "", "s", "n", "t", "e", "a", "en", "et", "er", "ar", "or", "na", "ns", "ts", "ens", "ets",
    "ers", "ars", "ors", "erna", "arna", "orna", "ernas", "arnas", "ornas", "ena", "enas",
];

/// Whether `rest` is an ending.
fn is_ending(rest: &str) -> bool {
    ENDINGS.contains(&rest)
}

/// Whether `token` is `word` or an inflected form of it.
fn inflection_of(token: &str, word: &str) -> bool {
    if let Some(rest) = token.strip_prefix(word)
        && is_ending(rest)
    {
        return true;
    }
    // gata → gator, skola → skolor: without the final vowel.
    match word.strip_suffix(['a', 'e']) {
        Some(stem) if stem.chars().count() >= 2 => token
            .strip_prefix(stem)
            .is_some_and(|rest| !rest.is_empty() && is_ending(rest)),
        _ => false,
    }
}

/// Whether the table word matches a word of the text.
fn matches(token: &str, e: &Entry) -> bool {
    if inflection_of(token, e.word) {
        return true;
    }
    if e.whole || e.word.chars().count() < 4 {
        return false;
    }
    // The first part of a compound: the word, or the word without a final vowel
    // (skola → skolskjuts; invånare → invånarantal, when at least five letters are
    // left: värme must not match Värmland), then at least three more letters.
    let stems = [
        (Some(e.word), 4),
        (e.word.strip_suffix('a'), 4),
        (e.word.strip_suffix('e'), 5),
    ];
    for (stem, least) in stems {
        let Some(stem) = stem else { continue };
        if stem.chars().count() >= least
            && let Some(rest) = token.strip_prefix(stem)
            && rest.chars().count() >= 3
        {
            return true;
        }
    }
    // The last part: at least two letters before it.
    token.char_indices().skip(2).any(|(i, _)| {
        token
            .get(i..)
            .is_some_and(|tail| token[..i].chars().count() >= 2 && inflection_of(tail, e.word))
    })
}

/// The words of a text, lower case: split at anything but letters and digits, and
/// between a small letter and a capital.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if c.is_uppercase() && prev_lower && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = c.is_lowercase();
            cur.extend(c.to_lowercase());
        } else {
            prev_lower = false;
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The themes a single word suggests (codes, in table order).
pub fn themes_of_word(word: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for w in words(word) {
        for e in table() {
            if matches(&w, e) {
                for t in &e.themes {
                    if !out.contains(t) {
                        out.push(t);
                    }
                }
            }
        }
    }
    out
}

/// Themes suggested for a dataset, the best first (score, then the EU list's order).
/// Nothing matched: an empty list.
pub fn suggest(title: &str, columns: &[&str], keywords: &[&str]) -> Vec<ThemeSuggestion> {
    let mut found: Vec<ThemeSuggestion> = Vec::new();
    let sources: [(u32, Vec<&str>); 3] = [
        (3, vec![title]),
        (2, keywords.to_vec()),
        (1, columns.to_vec()),
    ];
    for (weight, texts) in sources {
        // Each word of a source once per theme.
        let mut seen: Vec<(String, &'static str)> = Vec::new();
        for text in texts {
            for w in words(text) {
                for code in themes_of_word(&w) {
                    if seen.iter().any(|(s, c)| *s == w && *c == code) {
                        continue;
                    }
                    seen.push((w.clone(), code));
                    let Some(concept) = crate::vocab::THEMES
                        .iter()
                        .find(|c| c.uri.strip_prefix(THEME_NS) == Some(code))
                    else {
                        continue;
                    };
                    let entry = match found.iter_mut().position(|s| s.code == code) {
                        Some(i) => &mut found[i],
                        None => {
                            found.push(ThemeSuggestion {
                                code: concept.uri.strip_prefix(THEME_NS).unwrap_or(code),
                                uri: concept.uri,
                                label: concept,
                                score: 0,
                                because: Vec::new(),
                            });
                            let last = found.len() - 1;
                            &mut found[last]
                        }
                    };
                    entry.score += weight;
                    if !entry.because.contains(&w) {
                        entry.because.push(w.clone());
                    }
                }
            }
        }
    }
    let order = |code: &str| {
        crate::vocab::THEMES
            .iter()
            .position(|c| c.uri.strip_prefix(THEME_NS) == Some(code))
            .unwrap_or(usize::MAX)
    };
    found.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(order(a.code).cmp(&order(b.code)))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_theme_of_the_table_is_an_eu_theme_and_every_eu_theme_has_words() {
        let codes: Vec<&str> = crate::vocab::THEMES
            .iter()
            .filter_map(|c| c.uri.strip_prefix(THEME_NS))
            .collect();
        assert_eq!(codes.len(), 13);
        for e in table() {
            assert!(!e.themes.is_empty(), "{}", e.word);
            for t in &e.themes {
                assert!(codes.contains(t), "{} → {t}", e.word);
            }
            assert_eq!(e.word, e.word.to_lowercase(), "table words are lower case");
        }
        for c in &codes {
            let n = table().iter().filter(|e| e.themes.contains(c)).count();
            assert!(n >= 10, "{c} has only {n} words");
        }
        assert!(table().len() > 400, "{}", table().len());
    }

    #[test]
    fn words_are_split_like_column_names() {
        assert_eq!(words("AntalInvånare_2023"), ["antal", "invånare", "2023"]);
        assert_eq!(words("Skola; Förskola"), ["skola", "förskola"]);
        assert_eq!(words("CO2-utsläpp"), ["co2", "utsläpp"]);
    }
}
