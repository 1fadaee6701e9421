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

// The text decoder: `encoding_rs` with the `all-encodings` feature, else the small
// decoder in `small_encoding` (UTF-8, UTF-16, windows-1252, ISO-8859-15, macintosh).
#[cfg(feature = "all-encodings")]
pub(crate) use encoding_rs as enc;
#[cfg(not(feature = "all-encodings"))]
pub(crate) use small_encoding as enc;
#[cfg_attr(feature = "all-encodings", allow(dead_code))]
mod small_encoding;

pub mod cell;
mod column;
mod error;
pub mod identity;
pub mod names;
mod normalize;
pub mod places;
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
    profile_bytes, profile_path, profile_reader, profile_seekable,
};
