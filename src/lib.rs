//! # datalots
//!
//! The facade of the Datalots workspace: it joins the independent crates
//! [`csv-profile`](../csv_profile/index.html) (what is in the file),
//! [`licence_advisor`] (under which terms it may be published) and
//! [`dcat-ap-se`](../dcat_ap_se/index.html) (the metadata Sveriges dataportal
//! harvests) into one describe pipeline, and hosts the `datalots` command-line tool.
//!
//! The describe pipeline itself is built in a later step (issue 6). Today the facade
//! holds the command line ([`cli`]) and the terminal side of the licence
//! questionnaire ([`licence`]).
#![deny(missing_docs)]

pub mod cli;
pub mod licence;
pub mod profile;
pub mod validate;

pub use csv_profile;
pub use dcat_ap_se;

pub use licence_advisor;
