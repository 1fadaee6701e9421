//! Text a person reads, in Swedish and English: [`Both`], and the language a person
//! reads it in: [`Lang`].
//!
//! Every sentence the library words for a person — a label, a help text, a warning, a
//! finding, an error ([`crate::Error::text`]) — is a [`Both`], so that a front end shows
//! the real sentence in the reader's language ([`Both::get`]) and the command line both
//! (`Display`: `svenska / English`). The core crates word their own static texts
//! (`licence_advisor::Text`, `dcat_ap_se::spec::Text`); they convert with `From`.
//!
//! [`Lang`] is the one language type of the library and of every front end: the
//! widget's publishing flow and procurement module, the catalogue page, the static
//! pages and the command line's `--lang`.
//!
//! ```
//! use datalots::{Both, Lang};
//!
//! let t = Both::new("Inga problem hittades.", "No problems were found.");
//! assert_eq!(t.get(Lang::from_tag("en-GB")), "No problems were found.");
//! assert_eq!(t.get(Lang::Sv), "Inga problem hittades.");
//! assert_eq!(t.to_string(), "Inga problem hittades. / No problems were found.");
//! assert_eq!(Lang::Sv.format_count(1_234), "1\u{a0}234");
//! ```

use serde::{Deserialize, Serialize};

/// The language a person reads: Swedish (the default) or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Svenska, the default.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Reads a BCP 47 language tag such as `sv`, `sv-SE`, `en` or `en-GB`.
    ///
    /// English for `en` and `en-*` (any case; `en_US` too), Swedish for everything
    /// else: a municipal page that says nothing gets Swedish.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Sv
        }
    }

    /// The BCP 47 tag to put in a `lang` attribute: `sv` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The other language: the one a switch offers, and the fallback for a
    /// catalogue's texts.
    pub fn other(self) -> Lang {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }

    /// One of two words: the Swedish or the English.
    pub fn pick<'a>(self, sv: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }

    /// Formats a whole number the way the language writes it: `1 234 567` in Swedish
    /// (groups separated by a no-break space), `1,234,567` in English.
    pub fn format_count(self, n: u64) -> String {
        let sep = self.pick("\u{a0}", ",");
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    }
}

/// A text in Swedish and English.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct Both {
    /// Swedish.
    pub sv: String,
    /// English.
    pub en: String,
}

impl Both {
    /// A text from its Swedish and English wording.
    pub fn new(sv: impl Into<String>, en: impl Into<String>) -> Both {
        Both {
            sv: sv.into(),
            en: en.into(),
        }
    }

    /// The same text in both languages: a name, a number, an address.
    pub fn same(text: impl Into<String>) -> Both {
        let text = text.into();
        Both {
            sv: text.clone(),
            en: text,
        }
    }

    /// A message written the workspace's way for a terminal, `svenska / English`,
    /// split at its first ` / `; a message without one is the same in both languages.
    /// For the free-form messages of the core crates' errors.
    pub fn from_pair(text: &str) -> Both {
        match text.split_once(" / ") {
            Some((sv, en)) => Both::new(sv, en),
            None => Both::same(text),
        }
    }

    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.sv, &self.en)
    }

    /// Both texts changed the same way (a place put before them, a full stop after).
    pub fn map(&self, f: impl Fn(&str) -> String) -> Both {
        Both {
            sv: f(&self.sv),
            en: f(&self.en),
        }
    }
}

/// `svenska / English`, as the command line shows a text.
impl std::fmt::Display for Both {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.sv == self.en {
            f.write_str(&self.sv)
        } else {
            write!(f, "{} / {}", self.sv, self.en)
        }
    }
}

impl From<licence_advisor::Text> for Both {
    fn from(t: licence_advisor::Text) -> Both {
        Both::new(t.sv, t.en)
    }
}

impl From<dcat_ap_se::spec::Text> for Both {
    fn from(t: dcat_ap_se::spec::Text) -> Both {
        Both::new(t.sv, t.en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pair_splits_at_its_first_slash_and_shows_as_it_came() {
        let t = Both::from_pair("okänd teckenkodning «x» / unknown encoding «x»");
        assert_eq!(t.sv, "okänd teckenkodning «x»");
        assert_eq!(t.en, "unknown encoding «x»");
        assert_eq!(
            t.to_string(),
            "okänd teckenkodning «x» / unknown encoding «x»"
        );
        assert_eq!(Both::from_pair("no pair").en, "no pair");
        assert_eq!(Both::same("CSV").to_string(), "CSV");
    }

    #[test]
    fn tags_choose_the_language() {
        assert_eq!(Lang::from_tag("en"), Lang::En);
        assert_eq!(Lang::from_tag("EN-gb"), Lang::En);
        assert_eq!(Lang::from_tag(" en_US "), Lang::En);
        assert_eq!(Lang::from_tag("sv-SE"), Lang::Sv);
        assert_eq!(Lang::from_tag(""), Lang::Sv);
        assert_eq!(Lang::from_tag("english"), Lang::Sv);
        assert_eq!(Lang::from_tag("fi"), Lang::Sv);
        assert_eq!(Lang::default(), Lang::Sv);
    }

    #[test]
    fn the_other_language_and_the_word_in_each() {
        for lang in [Lang::Sv, Lang::En] {
            assert_ne!(lang.other(), lang);
            assert_eq!(lang.other().other(), lang);
            assert_eq!(Lang::from_tag(lang.tag()), lang);
        }
        assert_eq!(Lang::Sv.pick("ja", "yes"), "ja");
        assert_eq!(Lang::En.pick("ja", "yes"), "yes");
        let t = Both::new("Skolor", "Schools");
        assert_eq!((t.get(Lang::Sv), t.get(Lang::En)), ("Skolor", "Schools"));
    }

    #[test]
    fn counts_are_grouped_per_language() {
        assert_eq!(Lang::Sv.format_count(0), "0");
        assert_eq!(Lang::Sv.format_count(999), "999");
        assert_eq!(Lang::Sv.format_count(1_234), "1\u{a0}234");
        assert_eq!(Lang::Sv.format_count(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(Lang::En.format_count(100_000), "100,000");
    }
}
