#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod catalog;
mod error;
mod graph;
pub mod mint;
pub mod model;
pub mod ns;
pub mod rdf;
pub mod spec;
mod validate;
pub mod vocab;

pub use error::Error;
pub use model::*;
pub use rdf::{Format, parse, parse_recovering, serialize};
pub use validate::{Finding, Report, Severity, validate};
