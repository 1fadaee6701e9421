#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod cell;
mod column;
mod error;
pub mod identity;
mod profile;
mod sniff;
pub mod stats;

pub use error::Error;
pub use profile::*;
