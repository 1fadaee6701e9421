#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod error;
mod graph;
pub mod model;
pub mod ns;
pub mod rdf;
pub mod spec;
mod validate;

pub use error::Error;
pub use model::*;
pub use rdf::{Format, parse, parse_recovering, serialize};
pub use validate::{Finding, Report, Severity, validate};
