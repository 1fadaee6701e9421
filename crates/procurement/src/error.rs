//! The crate's error type.

use crate::questions::QuestionId;

/// What can go wrong reading answers or a selection, or writing an export.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// The JSON could not be read.
    #[error(
        "JSON kunde inte läsas på rad {line}, kolumn {column} / the JSON could not be read at line {line}, column {column}: {message}"
    )]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What serde_json says is wrong.
        message: String,
    },
    /// An answer that the question does not accept.
    #[error(
        "ogiltigt svar «{value}» på frågan «{question}» / invalid answer «{value}» to the question «{question}»: expected {expected}"
    )]
    InvalidAnswer {
        /// The question.
        question: QuestionId,
        /// What was given (at most 40 characters).
        value: String,
        /// What is accepted.
        expected: &'static str,
    },
    /// A selection with requirements cannot be exported before every answer is given.
    #[error(
        "svar saknas: frågan «{0}» är obesvarad / answers missing: the question «{0}» is unanswered"
    )]
    Incomplete(QuestionId),
    /// A selection read from JSON is not one Datalots could have written.
    #[error("ogiltigt kravurval / invalid selection: {0}")]
    InvalidSelection(String),
    /// The office writer failed.
    #[error("filen kunde inte skrivas / the file could not be written: {0}")]
    Write(String),
}
