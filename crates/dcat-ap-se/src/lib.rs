#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod error;
pub mod ns;
pub mod rdf;
pub mod spec;
mod validate;

pub use error::Error;
pub use rdf::{Format, parse, parse_recovering, serialize};
pub use validate::{Finding, Report, Severity, validate};
