//! # datalots
//!
//! The facade of the Datalots workspace: it joins the independent crates
//! [`csv-profile`](../csv_profile/index.html) (what is in the file),
//! [`licence-advisor`](../licence_advisor/index.html) (under which terms it may be
//! published) and [`dcat-ap-se`](../dcat_ap_se/index.html) (the metadata Sveriges
//! dataportal harvests) into one describe pipeline, and hosts the `datalots`
//! command-line tool.
//!
//! The pipeline itself is built in a later step (issue 6); today the facade holds the
//! command-line parsing shared by the binary.
#![deny(missing_docs)]

pub mod cli;
