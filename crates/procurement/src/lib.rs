#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod answers;
pub mod catalogue;
mod error;
pub mod export;
mod questions;
mod select;
mod text;
pub mod tree;

pub use answers::{Answers, CONTRACT_YEARS, Kind, Licence, MAX_BUYER_CHARS, NOTICE_MONTHS};
pub use catalogue::{AREAS, Area, Consideration, Need, RequirementKind, TEMPLATES, Template};
pub use error::Error;
pub use questions::{AnswerKind, AnswerOption, QUESTIONS, Question, QuestionId};
pub use select::{AreaSelection, Cited, Outcome, Requirement, Selection, fill, select};
pub use text::{Bilingual, Lang, Reference, Text};
