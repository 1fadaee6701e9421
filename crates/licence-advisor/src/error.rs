//! The crate's error type.

use crate::questions::QuestionId;

/// What can go wrong reading answers.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// The answers are not valid JSON for the questionnaire.
    #[error(
        "svaren kunde inte läsas på rad {line}, kolumn {column} / the answers could not be read at line {line}, column {column}: {message}"
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
        /// What was given.
        value: String,
        /// What is accepted.
        expected: &'static str,
    },
}
