#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod cell;
mod column;
pub mod identity;
mod profile;
pub mod stats;
pub use profile::*;
