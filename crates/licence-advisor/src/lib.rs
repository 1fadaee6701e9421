#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod answers;
mod error;
mod licences;
pub mod mermaid;
mod notes;
mod questions;
mod recommend;
mod text;
pub mod tree;

pub use answers::{Answers, Condition, InputLicence};
pub use error::Error;
pub use licences::{HVD_LEGISLATION, Licence, LicenceId, METADATA_LICENCE};
pub use notes::{NOTES, Note, NoteId, NoteKind};
pub use questions::{AnswerKind, AnswerOption, QUESTIONS, Question, QuestionId};
pub use recommend::{AccessRight, Attribution, Finding, Outcome, Recommendation, recommend};
pub use text::{Source, Text};
