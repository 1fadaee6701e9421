//! The DCAT-AP-SE model: typed structs for a catalogue and what it describes.
//!
//! Reading a graph fills the structs with the triples they understand and keeps every
//! other triple in [`Catalog::extra`], so that a catalogue made by another tool comes
//! back whole when written again (blank nodes included). A value the model cannot
//! hold exactly (a byte size written `"01"`, a date with an unexpected datatype) is
//! not read into it but kept as a triple, so it is never changed on the way through.

use serde::{Deserialize, Serialize};

/// An RDF resource: an IRI, or a blank node with its local id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Node {
    /// An absolute IRI.
    Iri(String),
    /// A blank node (allowed for periods of time, addresses and the like; never for
    /// catalogues, datasets, distributions, publishers or contact points).
    Blank(String),
}

impl Node {
    /// The IRI, if it is one.
    pub fn iri(&self) -> Option<&str> {
        match self {
            Node::Iri(i) => Some(i),
            Node::Blank(_) => None,
        }
    }
}

impl std::fmt::Display for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Node::Iri(i) => write!(f, "<{i}>"),
            Node::Blank(b) => write!(f, "_:{b}"),
        }
    }
}

/// A text, normally with a language tag (`sv`, `en`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Text {
    /// The text.
    pub value: String,
    /// The BCP 47 language tag; `None` only for texts read from elsewhere without one
    /// (validation warns about those).
    pub lang: Option<String>,
}

impl Text {
    /// A Swedish text.
    pub fn sv(value: impl Into<String>) -> Text {
        Text {
            value: value.into(),
            lang: Some("sv".into()),
        }
    }
    /// An English text.
    pub fn en(value: impl Into<String>) -> Text {
        Text {
            value: value.into(),
            lang: Some("en".into()),
        }
    }
}

/// The XSD type of a date value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// `xsd:date`, e.g. `2024-01-31`.
    Date,
    /// `xsd:dateTime`, e.g. `2024-01-31T12:00:00Z`.
    DateTime,
    /// `xsd:gYear`, e.g. `2024`.
    Year,
}

/// A date as DCAT-AP-SE allows it: `xsd:date`, `xsd:dateTime` or `xsd:gYear`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Date {
    /// The lexical form, kept exactly as given.
    pub value: String,
    /// The datatype.
    pub kind: DateKind,
}

impl Date {
    /// An `xsd:date` such as `2024-01-31`.
    pub fn day(value: impl Into<String>) -> Date {
        Date {
            value: value.into(),
            kind: DateKind::Date,
        }
    }
}

/// The publisher (or another agent): `foaf:Agent`/`foaf:Organization`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    /// The agent's IRI (for Swedish organisations
    /// `http://dataportal.se/organisation/SE<organisationsnummer>`).
    pub id: Option<Node>,
    /// `rdf:type`s: `foaf:Agent`, `foaf:Organization` or `foaf:Person`.
    pub types: Vec<String>,
    /// `foaf:name` (mandatory).
    pub name: Vec<Text>,
    /// `dcterms:type`, an ADMS publisher type such as
    /// `http://purl.org/adms/publishertype/LocalAuthority` (mandatory).
    pub kind: Option<String>,
    /// `dcterms:identifier`, the organisationsnummer (recommended).
    pub identifier: Vec<String>,
    /// `dcterms:description`.
    pub description: Vec<Text>,
    /// `foaf:homepage`.
    pub homepage: Option<String>,
    /// `org:classification`, e.g. the fee-financed marker (recommended).
    pub classification: Vec<String>,
}

/// A telephone number (`vcard:hasTelephone` → `vcard:hasValue <tel:…>`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Telephone {
    /// The node (usually blank).
    pub id: Option<Node>,
    /// `rdf:type`s, e.g. `vcard:Voice`.
    pub types: Vec<String>,
    /// The `tel:` IRI.
    pub value: Option<String>,
}

/// A postal address (`vcard:hasAddress`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// The node (usually blank).
    pub id: Option<Node>,
    /// `rdf:type`s.
    pub types: Vec<String>,
    /// `vcard:street-address`.
    pub street: Option<String>,
    /// `vcard:postal-code`.
    pub postal_code: Option<String>,
    /// `vcard:locality`.
    pub locality: Option<String>,
    /// `vcard:country-name`.
    pub country: Option<String>,
}

/// A contact point: `vcard:Organization` or `vcard:Individual`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactPoint {
    /// The contact's IRI: never the publisher's.
    pub id: Option<Node>,
    /// `rdf:type`s: `vcard:Organization` or `vcard:Individual` (mandatory).
    pub types: Vec<String>,
    /// `vcard:fn`, the name (mandatory).
    pub name: Vec<Text>,
    /// `vcard:hasEmail`, `mailto:` IRIs (mandatory).
    pub email: Vec<String>,
    /// `vcard:hasTelephone` (recommended).
    pub telephone: Vec<Telephone>,
    /// `vcard:hasAddress` (recommended).
    pub address: Vec<Address>,
    /// `vcard:hasURL`.
    pub url: Vec<String>,
}

/// A time period (`dcterms:temporal`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodOfTime {
    /// The node (usually blank).
    pub id: Option<Node>,
    /// `rdf:type`s, normally `dcterms:PeriodOfTime`.
    pub types: Vec<String>,
    /// `dcat:startDate`.
    pub start: Option<Date>,
    /// `dcat:endDate`.
    pub end: Option<Date>,
}

/// A geographic area given as geometry (`dcterms:spatial` → `dcterms:Location`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The node (usually blank).
    pub id: Option<Node>,
    /// `rdf:type`s, normally `dcterms:Location`.
    pub types: Vec<String>,
    /// `dcat:bbox` as WKT.
    pub bbox: Option<String>,
    /// `dcat:centroid` as WKT.
    pub centroid: Option<String>,
}

/// A fee (`schema:offers` → `schema:Offer`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    /// The node.
    pub id: Option<Node>,
    /// `rdf:type`s, normally `schema:Offer`.
    pub types: Vec<String>,
    /// `schema:description` (mandatory).
    pub description: Vec<Text>,
    /// `schema:mainEntityOfPage`, a page about the fee (recommended).
    pub page: Option<String>,
}

/// A rights statement (`dcterms:rights` → `odrs:RightsStatement`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RightsStatement {
    /// The node.
    pub id: Option<Node>,
    /// `rdf:type`s, normally `odrs:RightsStatement`.
    pub types: Vec<String>,
    /// `odrs:attributionText`.
    pub attribution_text: Vec<Text>,
    /// `odrs:attributionURL`.
    pub attribution_url: Vec<String>,
    /// `odrs:copyrightStatement`.
    pub copyright_statement: Vec<String>,
    /// `odrs:copyrightHolder`.
    pub copyright_holder: Vec<String>,
    /// `odrs:jurisdiction`.
    pub jurisdiction: Vec<String>,
    /// `odrs:reuserGuidelines`.
    pub reuser_guidelines: Vec<String>,
}

/// A distribution: one way to get the data, such as a CSV file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Distribution {
    /// The distribution's IRI.
    pub id: Option<Node>,
    /// `rdf:type`s, normally `dcat:Distribution`.
    pub types: Vec<String>,
    /// `dcterms:title`.
    pub title: Vec<Text>,
    /// `dcterms:description` (recommended).
    pub description: Vec<Text>,
    /// `dcat:accessURL` (mandatory, exactly one).
    pub access_url: Vec<String>,
    /// `dcat:downloadURL`.
    pub download_url: Vec<String>,
    /// `dcterms:format`, an IANA media type literal such as `text/csv` (mandatory).
    pub format: Option<String>,
    /// `dcat:mediaType`, an IANA media-type IRI (DCAT-AP; optional in DCAT-AP-SE).
    pub media_type: Option<String>,
    /// `dcat:byteSize`.
    pub byte_size: Option<u64>,
    /// `dcterms:license` (recommended): a DCAT-AP-SE licence IRI.
    pub licence: Option<String>,
    /// `dcterms:rights`.
    pub rights: Vec<RightsStatement>,
    /// `dcatap:availability` (recommended).
    pub availability: Option<String>,
    /// `adms:status`.
    pub status: Option<String>,
    /// `dcatap:applicableLegislation` (the HVD regulation for a high-value dataset).
    pub applicable_legislation: Vec<String>,
    /// `dcterms:issued`.
    pub issued: Option<Date>,
    /// `dcterms:modified`.
    pub modified: Option<Date>,
    /// `dcterms:language`.
    pub language: Vec<String>,
    /// `dcterms:conformsTo`, e.g. the table schema.
    pub conforms_to: Vec<String>,
    /// `dcat:accessService`.
    pub access_service: Vec<String>,
}

/// A dataset.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dataset {
    /// The dataset's IRI.
    pub id: Option<Node>,
    /// `rdf:type`s, normally `dcat:Dataset`.
    pub types: Vec<String>,
    /// `dcterms:title` (mandatory).
    pub title: Vec<Text>,
    /// `dcterms:description` (mandatory).
    pub description: Vec<Text>,
    /// `dcterms:publisher` (mandatory).
    pub publisher: Option<Agent>,
    /// `dcat:contactPoint` (recommended).
    pub contact_point: Vec<ContactPoint>,
    /// `dcat:keyword` (recommended), one per keyword.
    pub keyword: Vec<Text>,
    /// `dcat:theme` (recommended), EU data themes.
    pub theme: Vec<String>,
    /// `dcatap:applicableLegislation`.
    pub applicable_legislation: Vec<String>,
    /// `dcatap:hvdCategory` (mandatory for high-value datasets).
    pub hvd_category: Vec<String>,
    /// `dcterms:identifier`.
    pub identifier: Vec<String>,
    /// `dcterms:issued` (recommended).
    pub issued: Option<Date>,
    /// `dcterms:modified`.
    pub modified: Option<Date>,
    /// `dcterms:language`, the language of the data.
    pub language: Vec<String>,
    /// `dcat:landingPage`.
    pub landing_page: Vec<String>,
    /// `dcterms:conformsTo` (recommended).
    pub conforms_to: Vec<String>,
    /// `dcterms:spatial` as named places (recommended), e.g. Geonames IRIs.
    pub spatial: Vec<String>,
    /// `dcterms:spatial` as geometry.
    pub spatial_geometry: Vec<Location>,
    /// `dcterms:temporal` (recommended).
    pub temporal: Vec<PeriodOfTime>,
    /// `dcterms:accessRights` (recommended).
    pub access_rights: Option<String>,
    /// `dcterms:accrualPeriodicity`.
    pub accrual_periodicity: Option<String>,
    /// `schema:offers`: fees.
    pub offers: Vec<Offer>,
    /// `dcat:distribution`.
    pub distributions: Vec<Distribution>,
}

/// A data service (an API).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataService {
    /// The service's IRI.
    pub id: Option<Node>,
    /// `rdf:type`s, normally `dcat:DataService`.
    pub types: Vec<String>,
    /// `dcterms:title` (mandatory).
    pub title: Vec<Text>,
    /// `dcterms:description`.
    pub description: Vec<Text>,
    /// `dcat:endpointURL` (mandatory).
    pub endpoint_url: Vec<String>,
    /// `dcat:endpointDescription` (recommended).
    pub endpoint_description: Vec<String>,
    /// `dcterms:publisher`.
    pub publisher: Option<Agent>,
    /// `dcat:contactPoint` (recommended).
    pub contact_point: Vec<ContactPoint>,
    /// `dcat:keyword` (recommended).
    pub keyword: Vec<Text>,
    /// `dcat:theme`.
    pub theme: Vec<String>,
    /// `dcterms:accessRights` (recommended).
    pub access_rights: Option<String>,
    /// `dcterms:format` (mandatory in the 3.0.1 bundle).
    pub format: Option<String>,
    /// `dcterms:license`.
    pub licence: Option<String>,
    /// `dcat:servesDataset`.
    pub serves_dataset: Vec<String>,
    /// `dcatap:applicableLegislation`.
    pub applicable_legislation: Vec<String>,
    /// `dcatap:hvdCategory`.
    pub hvd_category: Vec<String>,
    /// `dcat:landingPage`.
    pub landing_page: Vec<String>,
    /// `foaf:page`: pages documenting the service (the HVD regulation asks for one).
    #[serde(default)]
    pub page: Vec<String>,
}

/// A catalogue: what Sveriges dataportal harvests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    /// The catalogue's IRI.
    pub id: Option<Node>,
    /// `rdf:type`s, normally `dcat:Catalog`.
    pub types: Vec<String>,
    /// `dcterms:title` (mandatory).
    pub title: Vec<Text>,
    /// `dcterms:description` (mandatory).
    pub description: Vec<Text>,
    /// `dcterms:publisher` (mandatory).
    pub publisher: Option<Agent>,
    /// `dcterms:license` (mandatory, always CC0 in Sweden).
    pub licence: Option<String>,
    /// `dcterms:issued` (recommended).
    pub issued: Option<Date>,
    /// `dcterms:modified` (recommended).
    pub modified: Option<Date>,
    /// `dcterms:language`: the languages the metadata is written in (recommended).
    pub language: Vec<String>,
    /// `foaf:homepage` (recommended).
    pub homepage: Option<String>,
    /// `dcterms:spatial` (recommended).
    pub spatial: Vec<String>,
    /// `dcat:themeTaxonomy` (recommended).
    pub theme_taxonomy: Vec<String>,
    /// `dcat:dataset` (mandatory).
    pub datasets: Vec<Dataset>,
    /// `dcat:service`.
    pub services: Vec<DataService>,
    /// Data services described in the graph but reached only through a
    /// distribution's `dcat:accessService`, not through `dcat:service`.
    pub other_services: Vec<DataService>,
    /// Every triple of the graph the model does not hold, in N-Triples syntax (one
    /// triple per entry). Written back unchanged.
    pub extra: Vec<String>,
}
