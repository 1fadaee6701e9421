//! Text a person reads, in Swedish and English: [`Both`].
//!
//! Every sentence the library words for a person — a label, a help text, a warning, a
//! finding, an error ([`crate::Error::text`]) — is a [`Both`], so that a front end shows
//! the real sentence in the reader's language ([`Both::get`]) and the command line both
//! (`Display`: `svenska / English`). The core crates word their own static texts
//! (`licence_advisor::Text`, `dcat_ap_se::spec::Text`); they convert with `From`.
//!
//! ```
//! use datalots::Both;
//!
//! let t = Both::new("Inga problem hittades.", "No problems were found.");
//! assert_eq!(t.get("en-GB"), "No problems were found.");
//! assert_eq!(t.get("sv"), "Inga problem hittades.");
//! assert_eq!(t.to_string(), "Inga problem hittades. / No problems were found.");
//! ```

use serde::{Deserialize, Serialize};

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

    /// The text in one language: `"en"` (or `en-*`) gives English, anything else Swedish.
    pub fn get(&self, lang: &str) -> &str {
        if lang.starts_with("en") {
            &self.en
        } else {
            &self.sv
        }
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
}
