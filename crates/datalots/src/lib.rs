//! # datalots
//!
//! The facade of the Datalots workspace: it joins the independent crates
//! [`csv-profile`](../csv_profile/index.html) (what is in the file),
//! [`licence_advisor`] (under which terms it may be published) and
//! [`dcat-ap-se`](../dcat_ap_se/index.html) (the metadata Sveriges dataportal
//! harvests) into one describe pipeline.
//!
//! - [`describe()`]: a [`csv_profile::Profile`], the licence [`Answers`] and the
//!   [`Publisher`] settings become a [`Draft`]: a DCAT-AP-SE dataset with one
//!   distribution, every value marked *given* or *suggested*, and the data dictionary
//!   ([`dictionary`]: CSVW and a Frictionless Table Schema) for the file;
//! - [`describe::new_catalog`] and [`Draft::add_to`] put it in a catalogue;
//!
//! ```
//! use datalots::{Answers, Overrides, Publisher, describe};
//! use datalots::describe::{Origin, new_catalog};
//!
//! let profile = datalots::csv_profile::profile_bytes(
//!     "kommunkod;badplats;temperatur\n0114;Oxundasjön;19,5\n0114;Fjäturen;21,0\n".as_bytes(),
//! )?;
//! let publisher = Publisher::from_toml(r#"
//!     name = "Upplands Väsby kommun"
//!     organisation_number = "212000-2882"
//!     publisher_type = "LocalAuthority"
//!     email = "oppnadata@upplandsvasby.se"
//!     base_uri = "https://data.upplandsvasby.se"
//! "#, "kommun.toml")?;
//! let answers = Answers::from_json(r#"{"confidential": false, "personal_data": false,
//!     "high_value": false, "own_content": true, "facts_only": true, "conditions": "none"}"#)?;
//! let overrides = Overrides { file_name: Some("badplatser.csv".into()), ..Overrides::default() };
//!
//! let draft = describe(&profile, &answers, &publisher, &overrides)?;
//! assert_eq!(draft.dataset.title[0].value, "Badplatser"); // drafted from the file name…
//! assert!(draft.marked(Origin::Suggested).any(|m| m.property == "dcterms:title")); // …so marked
//!
//! let mut catalog = new_catalog(&publisher)?;
//! draft.add_to(&mut catalog)?;
//! assert!(!catalog.validate()?.has_violations());
//! let rdf_xml = catalog.write(datalots::dcat_ap_se::Format::RdfXml)?;
//! assert!(rdf_xml.contains("http://creativecommons.org/publicdomain/zero/1.0/"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

pub mod catalog;
pub mod concepts;
pub mod date;
pub mod describe;
pub mod dictionary;
mod error;
pub mod form;
pub mod normalize;
pub mod publisher;
pub mod questionnaire;
pub mod read;
pub mod session;
pub mod text;
pub mod url;
pub mod view;

pub use describe::{Draft, Mark, Origin, Overrides, describe};
pub use error::Error;
pub use licence_advisor::Answers;
pub use publisher::Publisher;
pub use text::Both;

pub use csv_profile;
pub use dcat_ap_se;

pub use licence_advisor;
