#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

// The describe pipeline: a profile, the answers and the settings become a dataset.
pub mod about;
pub mod describe;
pub mod dictionary;
pub mod normalize;
pub mod publisher;
pub mod read;

// View models a front end renders (the widget, and any other).
pub mod form;
pub mod personal;
pub mod questionnaire;
pub mod session;
pub mod view;

// Keeping a catalogue over time, and the grade the portal gives it.
pub mod catalog;
pub mod quality;

// Showing it on the kommun's own site: the catalogue page and the static pages.
pub mod site;

// One home per concept: words, the error, dates, addresses, vocabularies.
pub mod concepts;
pub mod date;
mod error;
pub mod text;
pub mod url;

pub use describe::{Draft, Mark, Origin, Overrides, describe};
pub use error::Error;
pub use licence_advisor::Answers;
pub use publisher::Publisher;
pub use text::{Both, Lang};

pub use csv_profile;
pub use dcat_ap_se;
pub use licence_advisor;
