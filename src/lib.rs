//! # datalots
//!
//! The facade of the Datalots workspace: it joins the independent crates
//! [`csv-profile`](../csv_profile/index.html) (what is in the file),
//! [`licence_advisor`] (under which terms it may be published) and
//! [`dcat-ap-se`](../dcat_ap_se/index.html) (the metadata Sveriges dataportal
//! harvests) into one describe pipeline, and hosts the `datalots` command-line tool.
//!
//! - [`describe()`]: a [`csv_profile::Profile`], the licence [`Answers`] and the
//!   [`Publisher`] settings become a [`Draft`]: a DCAT-AP-SE dataset with one
//!   distribution, every value marked *given* or *suggested*, and the data dictionary
//!   ([`dictionary`]: CSVW and a Frictionless Table Schema) for the file;
//! - [`describe::new_catalog`] and [`Draft::add_to`] put it in a catalogue;
//! - [`cli`] and the modules behind the `datalots` commands ([`licence`], [`profile`],
//!   [`validate`], [`run`]).
#![deny(missing_docs)]

pub mod cli;
pub mod describe;
pub mod dictionary;
mod error;
pub mod licence;
pub mod profile;
pub mod publisher;
pub mod run;
pub mod validate;

pub use describe::{Draft, Mark, Notice, Origin, Overrides, describe};
pub use error::Error;
pub use licence_advisor::Answers;
pub use publisher::Publisher;

pub use csv_profile;
pub use dcat_ap_se;

pub use licence_advisor;
