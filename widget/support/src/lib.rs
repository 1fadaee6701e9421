//! What the Datalots widget's publishing flow (`datalots-widget`) and its procurement
//! module (`datalots-procurement-view`, a wasm module of its own) share, so that the
//! procurement module links neither the flow nor its facade:
//!
//! - [`Lang`]: the language a widget speaks, read from a `lang` attribute, and how it
//!   writes numbers (the facade's `datalots::Lang`, re-exported: the one language type
//!   of the library and every front end; the procurement module links only it);
//! - [`storage`]: values kept in `localStorage` as JSON;
//! - [`download`]: files offered as downloads.
//!
//! No yew here: the crate is the browser glue under both apps.
#![deny(missing_docs)]

pub mod download;
pub mod storage;

pub use datalots::text::Lang;
