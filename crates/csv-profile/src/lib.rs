#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

// Without the `encoding-detection` feature, `chardetng::…` names the stand-in in
// `no_detect` (see there).
#[cfg(not(feature = "encoding-detection"))]
extern crate self as chardetng;
#[cfg(not(feature = "encoding-detection"))]
mod no_detect;
#[cfg(not(feature = "encoding-detection"))]
pub(crate) use no_detect::{EncodingDetector, Iso2022JpDetection, Utf8Detection};

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
    MAX_COLUMNS, MAX_LISTED, MAX_RECORD_BYTES, Options, PREVIEW_ROWS, Profiler, SAMPLE_BYTES,
    profile_bytes, profile_reader,
};
