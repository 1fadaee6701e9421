#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod cell;
pub mod identity;
pub mod stats;
