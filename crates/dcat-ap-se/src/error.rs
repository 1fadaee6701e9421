//! The crate's error type.

/// What can go wrong in this crate.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is not valid RDF in the given format.
    #[error(
        "{format}: fel på rad {line}, kolumn {column} / error at line {line}, column {column}: {message}"
    )]
    Syntax {
        /// The format being read.
        format: &'static str,
        /// 1-based line (0 when the parser gives no position).
        line: u64,
        /// 1-based column (0 when the parser gives no position).
        column: u64,
        /// The parser's message.
        message: String,
    },
    /// Writing RDF failed.
    #[error("kunde inte skriva {format} / could not write {format}: {message}")]
    Write {
        /// The format being written.
        format: &'static str,
        /// What went wrong.
        message: String,
    },
    /// A file name whose extension names no known RDF format.
    #[error(
        "okänt RDF-format för «{0}»; använd .rdf, .ttl eller .jsonld / unknown RDF format for «{0}»; use .rdf, .ttl or .jsonld"
    )]
    UnknownFormat(String),
    /// An IRI that is not absolute or not valid.
    #[error("ogiltig IRI «{iri}» / invalid IRI «{iri}»: {message}")]
    InvalidIri {
        /// The IRI given.
        iri: String,
        /// Why it is invalid.
        message: String,
    },
    /// The graph has no `dcat:Catalog`, or more than one top catalogue.
    #[error("{0}")]
    Catalog(String),
    /// A dataset with this IRI is already in the catalogue.
    #[error(
        "datamängden <{0}> finns redan i katalogen / the dataset <{0}> is already in the catalogue"
    )]
    DuplicateDataset(String),
    /// JSON-LD was to be read, but this build has no JSON-LD reader (the
    /// `json-ld-reader` feature is off) and none was set with
    /// [`crate::rdf::set_json_ld_reader`].
    #[error(
        "JSON-LD kan inte läsas här; öppna katalogen som RDF/XML (.rdf) eller Turtle (.ttl) / JSON-LD cannot be read here; open the catalogue as RDF/XML (.rdf) or Turtle (.ttl)"
    )]
    NoJsonLdReader,
    /// RDF/XML or Turtle was to be read, but this build has no reader for it (the
    /// `rdf-readers` feature is off) and none was set with
    /// [`crate::rdf::set_rdf_reader`].
    #[error(
        "{format} kan inte läsas här: läsaren är inte laddad; ladda om sidan och försök igen / {format} cannot be read here: its reader is not loaded; reload the page and try again"
    )]
    NoRdfReader {
        /// The format that was to be read.
        format: &'static str,
    },
}
