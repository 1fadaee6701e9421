//! The crate's error type.

/// Why a file could not be profiled.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum Error {
    /// The file is not text (an Excel workbook, an image…).
    #[error("{0}")]
    NotText(String),
    /// A single record is larger than the limit.
    #[error(
        "raden som börjar på rad {line} är större än {limit} byte (oavslutat citattecken?) / the record starting at line {line} is larger than {limit} bytes (an unterminated quote?)"
    )]
    RecordTooLarge {
        /// The line where the record starts.
        line: u64,
        /// The limit in bytes.
        limit: usize,
    },
    /// An option that cannot be used (an unknown encoding, a delimiter that is not one
    /// ASCII character…).
    #[error("{0}")]
    BadOption(String),
    /// Reading failed.
    #[error("kunde inte läsa filen / could not read the file: {0}")]
    Io(String),
}
