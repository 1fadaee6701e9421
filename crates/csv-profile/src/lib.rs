#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod cell;
mod column;
mod error;
pub mod identity;
mod normalize;
mod profile;
mod profiler;
mod sniff;
mod split;
pub mod stats;

pub use error::Error;
pub use normalize::Normalizer;
pub use profile::*;
pub use profiler::{
    MAX_RECORD_BYTES, Options, Profiler, SAMPLE_BYTES, profile_bytes, profile_reader,
};
