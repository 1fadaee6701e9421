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

use csv_profile::{Options, Profile};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Error;
use crate::text::Both;

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

/// The encoding to read a file with a second time, when its first reading asks for
/// it ([`Profile::encoding_retry`]: bytes after the first 64 KiB that are not UTF-8
/// but all read as Windows-1252) and the person did not name an encoding
/// ([`ReadOptions::encoding`], which is always obeyed).
pub fn second_pass(first: &Profile, read: &ReadOptions) -> Option<&'static str> {
    match read.encoding {
        Some(_) => None,
        None => first.encoding_retry(),
    }
}

impl ReadOptions {
    /// The same overrides with the encoding named: the second reading's.
    pub fn with_encoding(&self, encoding: &str) -> ReadOptions {
        ReadOptions {
            encoding: Some(encoding.to_owned()),
            ..self.clone()
        }
    }
}

/// What to tell the person when the file was read again as `encoding`.
pub fn reread_note(encoding: &str) -> Both {
    let name = match encoding {
        "windows-1252" => "Windows-1252",
        other => other,
    };
    Both::new(
        format!(
            "Filen lästes två gånger: början var giltig UTF-8, men längre fram kom tecken som bara kan läsas som {name} (som när Excel sparar å, ä och ö i en CSV-fil). Hela filen lästes därför om som {name}."
        ),
        format!(
            "The file was read twice: its beginning was valid UTF-8, but further on came characters that only read as {name} (as when Excel saves å, ä and ö in a CSV file). The whole file was therefore read again as {name}."
        ),
    )
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

    #[test]
    fn a_late_windows_1252_file_asks_for_a_second_pass_unless_an_encoding_is_named() {
        let mut bytes = b"kommun;antal\n".to_vec();
        while bytes.len() < 100_000 {
            bytes.extend_from_slice(b"Kiruna;7\n");
        }
        bytes.extend_from_slice(b"Ume\xe5;5\n");
        let first = csv_profile::profile_bytes(&bytes).unwrap();
        let read = ReadOptions::default();
        assert_eq!(second_pass(&first, &read), Some("windows-1252"));
        let again = read.with_encoding("windows-1252");
        let mut p = csv_profile::Profiler::with_options(again.options().unwrap());
        p.feed(&bytes).unwrap();
        let second = p.finish().unwrap();
        assert_eq!(
            (second.encoding, second.replaced_cells),
            ("windows-1252", 0)
        );
        assert_eq!(second_pass(&second, &again), None);
        // Named by the person: obeyed, no second pass.
        assert_eq!(second_pass(&first, &read.with_encoding("utf-8")), None);
        assert!(
            reread_note("windows-1252")
                .sv
                .contains("om som Windows-1252")
        );
        // A clean file asks for nothing.
        let clean = csv_profile::profile_bytes(b"a;b\n1;2\n").unwrap();
        assert_eq!(second_pass(&clean, &read), None);
    }
}
