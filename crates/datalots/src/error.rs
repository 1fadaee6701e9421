//! The library's error type: what is wrong in the data, and where (file, line,
//! column, property), in Swedish and English ([`Error::text`]).
//!
//! The errors name concepts — a date, a dataset, a line of a file — never a
//! command-line flag: the command line adds its own hints where it reports them, and
//! the widget shows [`Error::text`] in the reader's language.

use crate::text::{Both, Lang};

/// Everything that can go wrong in the library.
///
/// `Display` gives both languages, as the command line prints them; [`Error::text`]
/// gives each on its own.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A catalogue (or another RDF file) that could not be read: its format is unknown,
    /// or it is not well-formed (the source has the line and column).
    Rdf {
        /// The file's name, as the person knows it.
        file: String,
        /// The parser's error.
        #[source]
        source: dcat_ap_se::Error,
    },
    /// The publisher settings are incomplete or wrong.
    Settings {
        /// The settings file.
        file: String,
        /// The key concerned, when there is one.
        key: Option<String>,
        /// 1-based line (0 when not known).
        line: u64,
        /// 1-based column (0 when not known).
        column: u64,
        /// What is wrong.
        message: Both,
    },
    /// The file must not be published as it is: the reasons say why.
    Refused {
        /// Why.
        reasons: Vec<Both>,
    },
    /// The answers make it a high-value dataset but no HVD category was given.
    HvdCategoryMissing,
    /// A value that is not in the list it must come from (a theme, an HVD category, a
    /// frequency, a licence question's key).
    UnknownValue {
        /// The list, as the answers and settings name it (`theme`, `hvd_category`).
        option: &'static str,
        /// What was given.
        value: String,
    },
    /// A date that is not `YYYY-MM-DD`, or not a day that exists.
    NotADate {
        /// The property the date is for (`dcterms:issued`, `dcterms:modified`,
        /// `dcterms:temporal`).
        property: &'static str,
        /// What was given.
        value: String,
    },
    /// A dataset is to be updated, but neither its IRI nor the publisher settings
    /// (which mint it) are known.
    WhichDataset,
    /// The dataset has several distributions and none is the file by its name.
    WhichDistribution {
        /// The dataset.
        dataset: String,
        /// The file's name.
        file: String,
        /// The dataset's distributions.
        distributions: Vec<String>,
    },
    /// A dataset is to be updated from a new version of its file, but the new file
    /// has not been read.
    NotRead {
        /// The new file's name.
        file: String,
    },
    /// A delimiter to read with that is not one character (or `tab`, `space`).
    BadDelimiter {
        /// What was given.
        value: String,
    },
    /// A quote character that is not one character (or `none`).
    BadQuote {
        /// What was given.
        value: String,
    },
    /// Building or writing the metadata failed.
    Dcat(#[from] dcat_ap_se::Error),
    /// The CSV file could not be profiled.
    Csv(#[from] csv_profile::Error),
    /// The answers could not be read.
    Answers(#[from] licence_advisor::Error),
}

impl Error {
    /// What is wrong, in Swedish and English: the sentence a person reads.
    ///
    /// ```
    /// let e = datalots::Error::NotADate { property: "dcterms:modified", value: "2025-02-31".into() };
    /// assert_eq!(e.text().en, "«2025-02-31» (dcterms:modified) is not a date: write YYYY-MM-DD, e.g. 2024-01-31");
    /// assert!(e.text().sv.starts_with("«2025-02-31» (dcterms:modified) är inget datum"));
    /// ```
    pub fn text(&self) -> Both {
        match self {
            // The format's error names the file already.
            Error::Rdf {
                source: source @ dcat_ap_se::Error::UnknownFormat(_),
                ..
            } => rdf_text(source),
            Error::Rdf { file, source } => rdf_text(source).map(|t| format!("{file}: {t}")),
            Error::Settings {
                file,
                key,
                line,
                column,
                message,
            } => {
                let place = settings_place(file, key.as_deref(), *line, *column);
                message.map(|m| format!("{place}: {m}"))
            }
            Error::Refused { reasons } => {
                let list = |lang: Lang| {
                    reasons
                        .iter()
                        .map(|r| format!("\n  - {}", r.get(lang)))
                        .collect::<String>()
                };
                Both::new(
                    format!("Filen kan inte publiceras så här:{}", list(Lang::Sv)),
                    format!("The file cannot be published like this:{}", list(Lang::En)),
                )
            }
            Error::HvdCategoryMissing => Both::new(
                "en värdefull datamängd behöver minst en HVD-kategori, t.ex. «Statistik»",
                "a high-value dataset needs at least one HVD category, e.g. «Statistics»",
            ),
            Error::UnknownValue { option, value } => Both::new(
                format!("okänt värde «{value}» för {option}: se listan i DCAT-AP-SE"),
                format!("unknown value «{value}» for {option}: see the list in DCAT-AP-SE"),
            ),
            Error::NotADate { property, value } => Both::new(
                format!(
                    "«{value}» ({property}) är inget datum: skriv ÅÅÅÅ-MM-DD, t.ex. 2024-01-31"
                ),
                format!("«{value}» ({property}) is not a date: write YYYY-MM-DD, e.g. 2024-01-31"),
            ),
            Error::WhichDataset => Both::new(
                "vilken datamängd som ska uppdateras är okänt: ange datamängdens IRI, eller utgivarinställningarna som IRI:n skapas med",
                "which dataset to update is unknown: give the dataset's IRI, or the publisher settings the IRI is made with",
            ),
            Error::WhichDistribution {
                dataset,
                file,
                distributions,
            } => {
                let list = if distributions.is_empty() {
                    "–".to_owned()
                } else {
                    distributions.join(", ")
                };
                Both::new(
                    format!(
                        "{dataset}: hittar inte vilken distribution som är filen «{file}» (distributioner: {list})"
                    ),
                    format!(
                        "{dataset}: cannot tell which distribution is the file «{file}» (distributions: {list})"
                    ),
                )
            }
            Error::NotRead { file } => Both::new(
                format!("den nya filen «{file}» är inte läst: välj den igen"),
                format!("the new file «{file}» has not been read: choose it again"),
            ),
            Error::BadDelimiter { value } => Both::new(
                format!("avgränsaren ska vara ett tecken (eller tab, space), inte «{value}»"),
                format!("the delimiter must be one character (or tab, space), not «{value}»"),
            ),
            Error::BadQuote { value } => Both::new(
                format!("citattecknet ska vara ett tecken eller none, inte «{value}»"),
                format!("the quote must be one character or none, not «{value}»"),
            ),
            Error::Dcat(e) => rdf_text(e),
            Error::Csv(e) => csv_text(e),
            Error::Answers(e) => answers_text(e),
        }
    }
}

/// Both languages, as the command line prints them: `svenska / English` (a refusal as
/// a list, each reason in both).
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // The place once: `kommun.toml:6:1: svenska / English`.
            Error::Settings {
                file,
                key,
                line,
                column,
                message,
            } => write!(
                f,
                "{}: {message}",
                settings_place(file, key.as_deref(), *line, *column)
            ),
            Error::Refused { reasons } => {
                f.write_str(
                    "filen kan inte publiceras så här / the file cannot be published like this:",
                )?;
                for r in reasons {
                    write!(f, "\n  - {}\n    {}", r.sv, r.en)?;
                }
                Ok(())
            }
            Error::Rdf { file, source }
                if !matches!(source, dcat_ap_se::Error::UnknownFormat(_)) =>
            {
                write!(f, "{file}: {}", rdf_text(source))
            }
            _ => write!(f, "{}", self.text()),
        }
    }
}

/// Where in a settings file: `kommun.toml:6:1`, or the key when the line is not known.
fn settings_place(file: &str, key: Option<&str>, line: u64, column: u64) -> String {
    match (line, key) {
        (0, Some(k)) => format!("{file}: «{k}»"),
        (0, None) => file.to_owned(),
        (l, _) => format!("{file}:{l}:{column}"),
    }
}

/// A core crate's error in words: the structured ones worded here, the free-form ones
/// as their crate wrote them (`svenska / English`).
fn rdf_text(e: &dcat_ap_se::Error) -> Both {
    use dcat_ap_se::Error as E;
    match e {
        E::Syntax {
            format,
            line,
            column,
            message,
        } => Both::new(
            format!(
                "filen är inte välformad {format}: fel på rad {line}, kolumn {column}: {message}"
            ),
            format!(
                "the file is not well-formed {format}: error at line {line}, column {column}: {message}"
            ),
        ),
        E::UnknownFormat(name) => Both::new(
            format!("okänt RDF-format för «{name}»; använd .rdf, .ttl eller .jsonld"),
            format!("unknown RDF format for «{name}»; use .rdf, .ttl or .jsonld"),
        ),
        E::InvalidIri { iri, message } => Both::new(
            format!("ogiltig IRI «{iri}»: {message}"),
            format!("invalid IRI «{iri}»: {message}"),
        ),
        E::DuplicateDataset(iri) => Both::new(
            format!("datamängden <{iri}> finns redan i katalogen"),
            format!("the dataset <{iri}> is already in the catalogue"),
        ),
        other => Both::from_pair(&other.to_string()),
    }
}

fn csv_text(e: &csv_profile::Error) -> Both {
    use csv_profile::Error as E;
    match e {
        E::RecordTooLarge { line, limit } => Both::new(
            format!(
                "raden som börjar på rad {line} är större än {limit} byte (oavslutat citattecken?)"
            ),
            format!(
                "the record starting at line {line} is larger than {limit} bytes (an unterminated quote?)"
            ),
        ),
        E::Io(message) => Both::new(
            format!("kunde inte läsa filen: {message}"),
            format!("could not read the file: {message}"),
        ),
        other => Both::from_pair(&other.to_string()),
    }
}

fn answers_text(e: &licence_advisor::Error) -> Both {
    use licence_advisor::Error as E;
    match e {
        E::Json {
            line,
            column,
            message,
        } => Both::new(
            format!("svaren kunde inte läsas på rad {line}, kolumn {column}: {message}"),
            format!("the answers could not be read at line {line}, column {column}: {message}"),
        ),
        E::InvalidAnswer {
            question,
            value,
            expected,
        } => Both::new(
            format!("ogiltigt svar «{value}» på frågan «{question}»: väntat {expected}"),
            format!("invalid answer «{value}» to the question «{question}»: expected {expected}"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How a command-line flag starts (written so that `grep '"--'` finds no flag in
    /// this crate's strings).
    const FLAG: &str = "\u{2d}\u{2d}";

    #[test]
    fn each_language_alone_and_both_on_the_terminal() {
        let e = Error::Rdf {
            file: "katalog.ttl".into(),
            source: dcat_ap_se::Error::Syntax {
                format: "Turtle",
                line: 3,
                column: 7,
                message: "expected '.'".into(),
            },
        };
        let t = e.text();
        assert_eq!(
            t.en,
            "katalog.ttl: the file is not well-formed Turtle: error at line 3, column 7: expected '.'"
        );
        assert!(t.sv.starts_with("katalog.ttl: filen är inte välformad Turtle: fel på rad 3"));
        assert!(!t.sv.contains("error at") && !t.en.contains("fel på"));
        assert_eq!(
            e.to_string(),
            format!("katalog.ttl: {} / {}", &t.sv[13..], &t.en[13..])
        );

        let e = Error::Settings {
            file: "kommun.toml".into(),
            key: Some("epost".into()),
            line: 6,
            column: 1,
            message: Both::new("okänd nyckel «epost»", "unknown key «epost»"),
        };
        assert_eq!(e.text().en, "kommun.toml:6:1: unknown key «epost»");
        assert_eq!(
            e.to_string(),
            "kommun.toml:6:1: okänd nyckel «epost» / unknown key «epost»"
        );
    }

    #[test]
    fn no_error_names_a_flag() {
        let errors = [
            Error::HvdCategoryMissing,
            Error::WhichDataset,
            Error::NotADate {
                property: "dcterms:modified",
                value: "x".into(),
            },
            Error::BadDelimiter { value: "ab".into() },
            Error::BadQuote { value: "ab".into() },
            Error::NotRead {
                file: "a.csv".into(),
            },
        ];
        for e in errors {
            let t = e.text();
            assert!(!t.sv.contains(FLAG) && !t.en.contains(FLAG), "{t:?}");
            assert_ne!(t.sv, t.en);
        }
    }
}
