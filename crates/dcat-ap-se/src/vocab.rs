//! The controlled vocabularies of DCAT-AP-SE 3.0.1, generated from the specification
//! (see [`crate::spec`]), with constants for the values Datalots uses most.

pub use crate::spec::{
    ACCESS_RIGHTS, APPLICABLE_LEGISLATION, Concept, DISTRIBUTION_STATUS, FREQUENCIES,
    GEO_MEDIA_TYPES, HVD_CATEGORIES, LANGUAGES, LICENCES, MEDIA_TYPES, PLANNED_AVAILABILITY,
    PUBLISHER_TYPES, THEMES,
};

/// ADMS publisher type for a municipality: "Lokal myndighet/kommun".
pub const LOCAL_AUTHORITY: &str = "http://purl.org/adms/publishertype/LocalAuthority";
/// Swedish, as a language of data or metadata.
pub const SWEDISH: &str = "http://publications.europa.eu/resource/authority/language/SWE";
/// English.
pub const ENGLISH: &str = "http://publications.europa.eu/resource/authority/language/ENG";
/// Public access.
pub const PUBLIC: &str = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
/// Available (planned availability).
pub const AVAILABLE: &str =
    "http://publications.europa.eu/resource/authority/planned-availability/AVAILABLE";
/// CC0 1.0.
pub const CC0: &str = crate::ns::CC0;
/// The HVD regulation's ELI.
pub const HVD_LEGISLATION: &str = crate::ns::HVD_LEGISLATION;
/// Sweden on Geonames.
pub const SWEDEN: &str = "http://sws.geonames.org/2661886";

/// The label of a value in any vocabulary of the specification, in Swedish and English.
pub fn label(value: &str) -> Option<&'static Concept> {
    [
        THEMES,
        LANGUAGES,
        FREQUENCIES,
        ACCESS_RIGHTS,
        PLANNED_AVAILABILITY,
        DISTRIBUTION_STATUS,
        HVD_CATEGORIES,
        APPLICABLE_LEGISLATION,
        PUBLISHER_TYPES,
        LICENCES,
        MEDIA_TYPES,
        GEO_MEDIA_TYPES,
    ]
    .into_iter()
    .find_map(|v| v.iter().find(|c| c.uri == value))
}
