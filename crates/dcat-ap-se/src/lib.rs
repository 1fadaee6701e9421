#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod catalog;
pub mod edit;
mod error;
mod graph;
pub mod mint;
pub mod model;
pub mod ns;
mod pattern;
pub mod quality;
pub mod rdf;
pub mod spec;
pub mod themes;
pub mod upgrade;
mod validate;
pub mod vocab;

pub use error::Error;
pub use model::*;
/// The RDF graph types the crate reads and writes ([`parse`], [`edit`], [`upgrade`]).
pub use oxrdf;
pub use rdf::{Format, parse, parse_recovering, parse_triples_recovering, serialize};
pub use validate::{Finding, Report, Severity, validate, validate_triples};
