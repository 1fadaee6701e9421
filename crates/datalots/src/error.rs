//! The facade's error type.

use crate::describe::Notice;

/// Everything that can go wrong in the facade, with what is wrong and where, in
/// Swedish and English.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{path}: {message}")]
    Io {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// A catalogue file could not be parsed, or its format is unknown.
    #[error("{path}: {source}")]
    Rdf {
        /// The file.
        path: String,
        /// The parser's error, with line and column.
        source: dcat_ap_se::Error,
    },
    /// The publisher settings are incomplete or wrong.
    #[error("{}", settings_message(.file, .key.as_deref(), *.line, *.column, .message_sv, .message_en))]
    Settings {
        /// The settings file.
        file: String,
        /// The key concerned, when there is one.
        key: Option<String>,
        /// 1-based line (0 when not known).
        line: u64,
        /// 1-based column (0 when not known).
        column: u64,
        /// What is wrong, in Swedish.
        message_sv: String,
        /// What is wrong, in English.
        message_en: String,
    },
    /// The file must not be published as it is: the reasons say why.
    #[error("{}", refused_message(.reasons))]
    Refused {
        /// Why, in Swedish and English.
        reasons: Vec<Notice>,
    },
    /// The answers make it a high-value dataset but no HVD category was given.
    #[error(
        "en värdefull datamängd behöver minst en HVD-kategori (--hvd-category, t.ex. «Statistik») / \
         a high-value dataset needs at least one HVD category (--hvd-category, e.g. «Statistics»)"
    )]
    HvdCategoryMissing,
    /// A theme or HVD category that is not in the specification's list.
    #[error(
        "okänt värde «{value}» för {option}: se listan i DCAT-AP-SE / unknown value «{value}» for {option}: see the list in DCAT-AP-SE"
    )]
    UnknownValue {
        /// The option (`theme`, `hvd_category`).
        option: &'static str,
        /// What was given.
        value: String,
    },
    /// A date that is not `YYYY-MM-DD`.
    #[error(
        "«{value}» ({property}) är inget datum: skriv ÅÅÅÅ-MM-DD, t.ex. 2024-01-31 / «{value}» ({property}) is not a date: write YYYY-MM-DD, e.g. 2024-01-31"
    )]
    NotADate {
        /// The property the date is for (`dcterms:issued`, `dcterms:temporal`).
        property: &'static str,
        /// What was given.
        value: String,
    },
    /// Building or writing the metadata failed.
    #[error(transparent)]
    Dcat(#[from] dcat_ap_se::Error),
    /// The CSV file could not be profiled.
    #[error(transparent)]
    Csv(#[from] csv_profile::Error),
    /// The answers could not be read.
    #[error(transparent)]
    Answers(#[from] licence_advisor::Error),
}

fn settings_message(
    file: &str,
    key: Option<&str>,
    line: u64,
    column: u64,
    sv: &str,
    en: &str,
) -> String {
    let place = match (line, key) {
        (0, Some(k)) => format!("{file}: «{k}»"),
        (0, None) => file.to_owned(),
        (l, _) => format!("{file}:{l}:{column}"),
    };
    format!("{place}: {sv} / {en}")
}

fn refused_message(reasons: &[Notice]) -> String {
    let mut out =
        String::from("filen kan inte publiceras så här / the file cannot be published like this:");
    for r in reasons {
        out.push_str(&format!("\n  - {}\n    {}", r.sv, r.en));
    }
    out
}
