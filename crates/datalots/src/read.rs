//! How to read a CSV file when csv-profile's guess is wrong: the overrides
//! ([`ReadOptions`]) with a typed [`Delimiter`] and [`Quote`], the same on the command
//! line (`--delimiter tab`, `--quote none`: [`FromStr`]) and across the widget's worker
//! boundary (serde, as the same words).
//!
//! ```
//! use datalots::read::{Delimiter, Quote, ReadOptions};
//!
//! let read = ReadOptions {
//!     delimiter: Some(", ".parse()?),
//!     quote: Some("none".parse()?),
//!     header_rows: Some(2),
//!     ..ReadOptions::default()
//! };
//! assert_eq!(read.delimiter, Some(Delimiter::with_spaces(',')));
//! let o = read.options()?;
//! assert_eq!((o.delimiter, o.skip_initial_space, o.quote, o.header_rows), (Some(','), Some(true), Some(None), Some(2)));
//! assert_eq!(serde_json::to_string(&read.quote)?, r#""none""#);
//! assert_eq!("tab".parse::<Delimiter>()?.to_string(), "tab");
//! assert_eq!(Quote::Char('\'').to_string(), "'");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;

use csv_profile::Options;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Error;

/// The character between fields, and whether the spaces after it belong to it
/// (`a, b, c`: a comma and spaces).
///
/// As text (the command line's words, the JSON form): `;`, `,`, `|`, `tab`,
/// `space`, or a character followed by a space (`", "`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Delimiter {
    /// The character.
    pub char: char,
    /// Whether spaces after it are part of the delimiter, not of the next field.
    pub skip_spaces: bool,
}

impl Delimiter {
    /// A delimiter alone.
    pub const fn new(char: char) -> Delimiter {
        Delimiter {
            char,
            skip_spaces: false,
        }
    }

    /// A delimiter and the spaces after it (`, `).
    pub const fn with_spaces(char: char) -> Delimiter {
        Delimiter {
            char,
            skip_spaces: true,
        }
    }
}

impl FromStr for Delimiter {
    type Err = Error;

    fn from_str(s: &str) -> Result<Delimiter, Error> {
        match s {
            "tab" | "TAB" | "\\t" | "\t" => return Ok(Delimiter::new('\t')),
            "space" | " " => return Ok(Delimiter::new(' ')),
            _ => {}
        }
        let mut chars = s.chars();
        match (chars.next(), chars.as_str()) {
            (Some(c), "") => Ok(Delimiter::new(c)),
            (Some(c), rest) if rest.trim().is_empty() => Ok(Delimiter::with_spaces(c)),
            _ => Err(Error::BadDelimiter {
                value: s.to_owned(),
            }),
        }
    }
}

impl fmt::Display for Delimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.char, self.skip_spaces) {
            ('\t', false) => f.write_str("tab"),
            (' ', false) => f.write_str("space"),
            (c, false) => write!(f, "{c}"),
            (c, true) => write!(f, "{c} "),
        }
    }
}

/// The quote character, or none.
///
/// As text: the character (`"`, `'`), or `none` (`ingen` is taken too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quote {
    /// Fields are never quoted.
    None,
    /// Fields may be quoted with this character.
    Char(char),
}

impl FromStr for Quote {
    type Err = Error;

    fn from_str(s: &str) -> Result<Quote, Error> {
        if matches!(s, "none" | "ingen" | "") {
            return Ok(Quote::None);
        }
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Quote::Char(c)),
            _ => Err(Error::BadQuote {
                value: s.to_owned(),
            }),
        }
    }
}

impl fmt::Display for Quote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Quote::None => f.write_str("none"),
            Quote::Char(c) => write!(f, "{c}"),
        }
    }
}

macro_rules! as_text {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<$t, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
as_text!(Delimiter);
as_text!(Quote);

/// Overrides of what csv-profile would otherwise guess. Everything is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadOptions {
    /// The delimiter.
    pub delimiter: Option<Delimiter>,
    /// The quote character, or none.
    pub quote: Option<Quote>,
    /// Header rows after the preamble.
    pub header_rows: Option<u64>,
    /// Rows before the header to skip.
    pub preamble_rows: Option<u64>,
    /// A WHATWG encoding label (`utf-8`, `windows-1252`, `latin1`…).
    pub encoding: Option<String>,
}

impl ReadOptions {
    /// The profiler's options these overrides give; an unknown encoding is an error.
    pub fn options(&self) -> Result<Options, Error> {
        let mut o = Options::default();
        if let Some(d) = self.delimiter {
            o.delimiter = Some(d.char);
            o.skip_initial_space = Some(d.skip_spaces);
        }
        if let Some(q) = self.quote {
            o.quote = Some(match q {
                Quote::None => None,
                Quote::Char(c) => Some(c),
            });
        }
        o.header_rows = self.header_rows;
        o.preamble_rows = self.preamble_rows;
        if let Some(e) = &self.encoding {
            o = o.with_encoding(e)?;
        }
        Ok(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_read_and_write_back() {
        for (word, d) in [
            (";", Delimiter::new(';')),
            (",", Delimiter::new(',')),
            ("|", Delimiter::new('|')),
            ("tab", Delimiter::new('\t')),
            ("space", Delimiter::new(' ')),
            (", ", Delimiter::with_spaces(',')),
        ] {
            assert_eq!(word.parse::<Delimiter>().ok(), Some(d), "{word:?}");
            assert_eq!(d.to_string(), word);
            let json = serde_json::to_string(&d).unwrap_or_default();
            assert_eq!(serde_json::from_str::<Delimiter>(&json).ok(), Some(d));
        }
        assert_eq!("\t".parse::<Delimiter>().ok(), Some(Delimiter::new('\t')));
        assert!(matches!(
            ";;".parse::<Delimiter>(),
            Err(Error::BadDelimiter { value }) if value == ";;"
        ));
        assert!("".parse::<Delimiter>().is_err());
        for (word, q) in [
            ("\"", Quote::Char('"')),
            ("'", Quote::Char('\'')),
            ("none", Quote::None),
        ] {
            assert_eq!(word.parse::<Quote>().ok(), Some(q));
            assert_eq!(q.to_string(), word);
        }
        assert_eq!("ingen".parse::<Quote>().ok(), Some(Quote::None));
        assert!(matches!("''".parse::<Quote>(), Err(Error::BadQuote { .. })));
        assert!(serde_json::from_str::<Quote>("\"ab\"").is_err());
    }

    #[test]
    fn an_unknown_encoding_is_refused_with_its_name() {
        let read = ReadOptions {
            encoding: Some("klingon".into()),
            ..ReadOptions::default()
        };
        let e = read.options().err().map(|e| e.text());
        assert!(e.is_some_and(|t| t.en.contains("unknown encoding «klingon»")));
    }
}
