//! The form's fields: [`FieldKey`] names each one and indexes [`FIELDS`], the table of
//! what the form shows for it (its stable key, section, kind of input, choices, label,
//! help). Adding a field is a row here, a variant of [`FieldKey`] and its place in
//! [`PublisherFields`](super::PublisherFields) or [`DatasetFields`](super::DatasetFields);
//! the compiler then points at every `match` that must learn it.

use std::fmt;
use std::str::FromStr;

use dcat_ap_se::quality::Indicator;
use dcat_ap_se::spec::Concept;
use dcat_ap_se::vocab::{FREQUENCIES, HVD_CATEGORIES, PUBLISHER_TYPES, THEMES};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A field of the form. Its stable key (`title`, `landing_page`: [`FieldKey::as_str`],
/// also its JSON form) is what saved drafts, the widget's `data-field` attributes and
/// a page's preset attributes use; it never changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldKey {
    /// Title (`title`).
    Title,
    /// Description (`description`).
    Description,
    /// The file's address (`download_url`).
    DownloadUrl,
    /// HVD category (`hvd_categories`).
    HvdCategories,
    /// A high-value dataset's API: its endpoint (`api_endpoint`).
    ApiEndpoint,
    /// A high-value dataset's API: its documentation page (`api_documentation`).
    ApiDocumentation,
    /// Keywords (`keywords`).
    Keywords,
    /// Theme (`themes`).
    Themes,
    /// Update frequency (`frequency`).
    Frequency,
    /// Release date (`issued`).
    Issued,
    /// Time period from (`temporal_start`).
    TemporalStart,
    /// Time period to (`temporal_end`).
    TemporalEnd,
    /// Area covered (`spatial`).
    Spatial,
    /// Web page about the dataset (`landing_page`).
    LandingPage,
    /// Organisation name (`name`).
    Name,
    /// Organisation number (`organisation_number`).
    OrganisationNumber,
    /// Publisher type (`publisher_type`).
    PublisherType,
    /// Contact e-mail (`email`).
    Email,
    /// Base URI (`base_uri`).
    BaseUri,
    /// Organisation's web site (`homepage`).
    Homepage,
    /// Contact telephone (`phone`).
    Phone,
    /// Contact address: street (`street_address`).
    StreetAddress,
    /// Postal code (`postal_code`).
    PostalCode,
    /// Postal town (`locality`).
    Locality,
    /// About the organisation (`publisher_description`).
    PublisherDescription,
    /// The municipality, by its code (`kommunkod`).
    Kommunkod,
    /// The area the publisher's data covers, as an IRI (`publisher_spatial`).
    PublisherSpatial,
}

/// How many fields the form has.
pub const FIELD_COUNT: usize = 27;

/// Which part of the form a field is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// About the dataset.
    Dataset,
    /// About the publisher (kept across datasets).
    Publisher,
}

impl Section {
    /// `dataset` or `publisher`, as [`Field::section`](super::Field::section) says it.
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Dataset => "dataset",
            Section::Publisher => "publisher",
        }
    }
}

/// The kind of control a field is typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    /// One line of text.
    #[default]
    Text,
    /// Several lines of text.
    Paragraph,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// A telephone number.
    Phone,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// One of [`Spec::choices`].
    Choice,
    /// Any number of [`Spec::choices`].
    Choices,
}

/// What the form shows for a field: its row in [`FIELDS`].
#[derive(Debug)]
pub struct Spec {
    /// The field.
    pub key: FieldKey,
    /// Its stable key.
    pub name: &'static str,
    /// The part of the form it is in.
    pub section: Section,
    /// Mandatory (an error when empty).
    pub mandatory: bool,
    /// Shown with the first fields, not behind the recommended fields' disclosure:
    /// the mandatory ones, and those whose points in the portal's grade a steward
    /// should see (the theme) or the regulation asks for (a high-value dataset's API).
    pub first: bool,
    /// The kind of control.
    pub input: Input,
    /// For [`Input::Choice`] and [`Input::Choices`]: the vocabulary.
    pub choices: &'static [Concept],
    /// The label, Swedish and English.
    pub label: (&'static str, &'static str),
    /// What to write, with the DCAT-AP-SE property it fills, Swedish and English.
    pub help: (&'static str, &'static str),
}

/// The fields, in the order of [`FieldKey`]: `FIELDS[key as usize].key == key`
/// (checked when compiling).
pub const FIELDS: [Spec; FIELD_COUNT] = [
    Spec {
        key: FieldKey::Title,
        name: "title",
        section: Section::Dataset,
        mandatory: true,
        first: true,
        input: Input::Text,
        choices: &[],
        label: ("Titel", "Title"),
        help: (
            "Vad uppgifterna handlar om, så som en sökande skulle skriva det (dcterms:title).",
            "What the data is about, as someone searching would put it (dcterms:title).",
        ),
    },
    Spec {
        key: FieldKey::Description,
        name: "description",
        section: Section::Dataset,
        mandatory: true,
        first: true,
        input: Input::Paragraph,
        choices: &[],
        label: ("Beskrivning", "Description"),
        help: (
            "Vad uppgifterna är, varifrån de kommer, hur ofta de uppdateras och vad de inte innehåller (dcterms:description).",
            "What the data is, where it comes from, how often it is updated and what it leaves out (dcterms:description).",
        ),
    },
    Spec {
        key: FieldKey::DownloadUrl,
        name: "download_url",
        section: Section::Dataset,
        mandatory: true,
        first: true,
        input: Input::Url,
        choices: &[],
        label: ("Filens adress", "The file's address"),
        help: (
            "Där CSV-filen kommer att ligga på er webbplats (dcat:downloadURL).",
            "Where the CSV file will be on your web site (dcat:downloadURL).",
        ),
    },
    Spec {
        key: FieldKey::HvdCategories,
        name: "hvd_categories",
        section: Section::Dataset,
        mandatory: true,
        first: true,
        input: Input::Choices,
        choices: HVD_CATEGORIES,
        label: ("HVD-kategori", "HVD category"),
        help: (
            "Värdefulla datamängder enligt EU:s genomförandeförordning 2023/138 ska ange sin kategori (dcatap:hvdCategory).",
            "High-value datasets under EU implementing regulation 2023/138 must name their category (dcatap:hvdCategory).",
        ),
    },
    Spec {
        key: FieldKey::ApiEndpoint,
        name: "api_endpoint",
        section: Section::Dataset,
        mandatory: false,
        first: true,
        input: Input::Url,
        choices: &[],
        label: ("API:ets adress", "The API's address"),
        help: (
            "Värdefulla datamängder ska gå att hämta via ett API: adressen det svarar på (dcat:endpointURL i en dcat:DataService).",
            "High-value datasets must be available through an API: the address it answers at (dcat:endpointURL of a dcat:DataService).",
        ),
    },
    Spec {
        key: FieldKey::ApiDocumentation,
        name: "api_documentation",
        section: Section::Dataset,
        mandatory: false,
        first: true,
        input: Input::Url,
        choices: &[],
        label: ("API:ets dokumentation", "The API's documentation"),
        help: (
            "En webbsida som beskriver hur API:et används (foaf:page på tjänsten).",
            "A web page that says how to use the API (foaf:page of the service).",
        ),
    },
    Spec {
        key: FieldKey::Keywords,
        name: "keywords",
        section: Section::Dataset,
        mandatory: false,
        first: false,
        input: Input::Text,
        choices: &[],
        label: ("Nyckelord", "Keywords"),
        help: (
            "Ord som en sökande skulle använda, åtskilda med kommatecken (dcat:keyword).",
            "Words someone searching would use, separated by commas (dcat:keyword).",
        ),
    },
    Spec {
        key: FieldKey::Themes,
        name: "themes",
        section: Section::Dataset,
        mandatory: false,
        first: true,
        input: Input::Choices,
        choices: THEMES,
        label: ("Tema", "Theme"),
        help: (
            "EU:s datateman; välj ett eller flera (dcat:theme).",
            "The EU data themes; choose one or more (dcat:theme).",
        ),
    },
    Spec {
        key: FieldKey::Frequency,
        name: "frequency",
        section: Section::Dataset,
        mandatory: false,
        first: false,
        input: Input::Choice,
        choices: FREQUENCIES,
        label: ("Uppdateringsfrekvens", "Update frequency"),
        help: (
            "Hur ofta en ny version publiceras (dcterms:accrualPeriodicity).",
            "How often a new version is published (dcterms:accrualPeriodicity).",
        ),
    },
    Spec {
        key: FieldKey::Issued,
        name: "issued",
        section: Section::Dataset,
        mandatory: false,
        first: false,
        input: Input::Date,
        choices: &[],
        label: ("Utgivningsdatum", "Release date"),
        help: (
            "Dagen datamängden först publiceras, ÅÅÅÅ-MM-DD (dcterms:issued).",
            "The day the dataset is first published, YYYY-MM-DD (dcterms:issued).",
        ),
    },
    Spec {
        key: FieldKey::TemporalStart,
        name: "temporal_start",
        section: Section::Dataset,
        mandatory: false,
        first: false,
        input: Input::Date,
        choices: &[],
        label: ("Tidsperiod från", "Time period from"),
        help: (
            "Första dagen uppgifterna gäller, ÅÅÅÅ-MM-DD (dcterms:temporal).",
            "The first day the data covers, YYYY-MM-DD (dcterms:temporal).",
        ),
    },
    Spec {
        key: FieldKey::TemporalEnd,
        name: "temporal_end",
        section: Section::Dataset,
        mandatory: false,
        first: false,
        input: Input::Date,
        choices: &[],
        label: ("Tidsperiod till", "Time period to"),
        help: (
            "Sista dagen uppgifterna gäller, ÅÅÅÅ-MM-DD (dcterms:temporal).",
            "The last day the data covers, YYYY-MM-DD (dcterms:temporal).",
        ),
    },
    Spec {
        key: FieldKey::Spatial,
        name: "spatial",
        section: Section::Dataset,
        mandatory: false,
        first: false,
        input: Input::Url,
        choices: &[],
        label: ("Geografiskt område", "Area covered"),
        help: (
            "Adressen (IRI) till området, t.ex. kommunen på Geonames: https://sws.geonames.org/… (dcterms:spatial).",
            "The area's address (IRI), e.g. the municipality on Geonames: https://sws.geonames.org/… (dcterms:spatial).",
        ),
    },
    Spec {
        key: FieldKey::LandingPage,
        name: "landing_page",
        section: Section::Dataset,
        mandatory: false,
        first: false,
        input: Input::Url,
        choices: &[],
        label: ("Webbsida om datamängden", "Web page about the dataset"),
        help: (
            "En sida på er webbplats som beskriver uppgifterna (dcat:landingPage).",
            "A page on your web site that describes the data (dcat:landingPage).",
        ),
    },
    Spec {
        key: FieldKey::Name,
        name: "name",
        section: Section::Publisher,
        mandatory: true,
        first: true,
        input: Input::Text,
        choices: &[],
        label: ("Organisationens namn", "Organisation name"),
        help: (
            "Utgivaren, t.ex. «Exempels kommun» (dcterms:publisher, foaf:name).",
            "The publisher, e.g. «Exempels kommun» (dcterms:publisher, foaf:name).",
        ),
    },
    Spec {
        key: FieldKey::OrganisationNumber,
        name: "organisation_number",
        section: Section::Publisher,
        mandatory: true,
        first: true,
        input: Input::Text,
        choices: &[],
        label: ("Organisationsnummer", "Organisation number"),
        help: (
            "Tio siffror, t.ex. 212000-0142; ger utgivarens adress i Sveriges dataportal.",
            "Ten digits, e.g. 212000-0142; gives the publisher's address in Sveriges dataportal.",
        ),
    },
    Spec {
        key: FieldKey::PublisherType,
        name: "publisher_type",
        section: Section::Publisher,
        mandatory: true,
        first: true,
        input: Input::Choice,
        choices: PUBLISHER_TYPES,
        label: ("Typ av utgivare", "Publisher type"),
        help: (
            "En kommun är «Lokal myndighet» (dcterms:type).",
            "A municipality is «Local authority» (dcterms:type).",
        ),
    },
    Spec {
        key: FieldKey::Email,
        name: "email",
        section: Section::Publisher,
        mandatory: true,
        first: true,
        input: Input::Email,
        choices: &[],
        label: ("Kontakt-e-post", "Contact e-mail"),
        help: (
            "En funktionsadress som användare kan skriva till, inte en persons (dcat:contactPoint).",
            "A functional address users can write to, not a person's (dcat:contactPoint).",
        ),
    },
    Spec {
        key: FieldKey::BaseUri,
        name: "base_uri",
        section: Section::Publisher,
        mandatory: true,
        first: true,
        input: Input::Url,
        choices: &[],
        label: ("Basadress", "Base URI"),
        help: (
            "Adressen på er webbplats under vilken datamängder, filer och katalogen namnges, t.ex. https://exempel.se/data.",
            "The address on your web site under which datasets, files and the catalogue are named, e.g. https://example.se/data.",
        ),
    },
    Spec {
        key: FieldKey::Homepage,
        name: "homepage",
        section: Section::Publisher,
        mandatory: false,
        first: false,
        input: Input::Url,
        choices: &[],
        label: ("Organisationens webbplats", "Organisation's web site"),
        help: (
            "T.ex. https://exempel.se (foaf:homepage).",
            "E.g. https://example.se (foaf:homepage).",
        ),
    },
    Spec {
        key: FieldKey::Phone,
        name: "phone",
        section: Section::Publisher,
        mandatory: false,
        first: false,
        input: Input::Phone,
        choices: &[],
        label: ("Kontakttelefon", "Contact telephone"),
        help: (
            "Ett nummer som användare kan ringa, t.ex. växeln: 0123-45 67 00 (vcard:hasTelephone).",
            "A number users can call, e.g. the switchboard: 0123-45 67 00 (vcard:hasTelephone).",
        ),
    },
    Spec {
        key: FieldKey::StreetAddress,
        name: "street_address",
        section: Section::Publisher,
        mandatory: false,
        first: false,
        input: Input::Text,
        choices: &[],
        label: ("Kontaktadress: gatuadress", "Contact address: street"),
        help: (
            "T.ex. kommunhusets adress: Storgatan 1 (vcard:hasAddress, vcard:street-address).",
            "E.g. the town hall's address: Storgatan 1 (vcard:hasAddress, vcard:street-address).",
        ),
    },
    Spec {
        key: FieldKey::PostalCode,
        name: "postal_code",
        section: Section::Publisher,
        mandatory: false,
        first: false,
        input: Input::Text,
        choices: &[],
        label: ("Postnummer", "Postal code"),
        help: (
            "Fem siffror, t.ex. 123 45 (vcard:postal-code).",
            "Five digits, e.g. 123 45 (vcard:postal-code).",
        ),
    },
    Spec {
        key: FieldKey::Locality,
        name: "locality",
        section: Section::Publisher,
        mandatory: false,
        first: false,
        input: Input::Text,
        choices: &[],
        label: ("Postort", "Postal town"),
        help: (
            "T.ex. Exempelby; landet skrivs som Sverige (vcard:locality).",
            "E.g. Exempelby; the country is written as Sweden (vcard:locality).",
        ),
    },
    Spec {
        key: FieldKey::PublisherDescription,
        name: "publisher_description",
        section: Section::Publisher,
        mandatory: false,
        first: false,
        input: Input::Text,
        choices: &[],
        label: ("Om organisationen", "About the organisation"),
        help: (
            "En mening om er organisation, t.ex. Kommunen i Exempelby län (dcterms:description för utgivaren).",
            "A sentence about your organisation, e.g. The municipality in Exempelby County (dcterms:description of the publisher).",
        ),
    },
    Spec {
        key: FieldKey::Kommunkod,
        name: "kommunkod",
        section: Section::Publisher,
        mandatory: false,
        first: false,
        input: Input::Choice,
        choices: &[],
        label: ("Kommun", "Municipality"),
        help: (
            "Er kommun, om ni är en: ger det område era uppgifter gäller (dcterms:spatial), så att de hittas i sökningar på område.",
            "Your municipality, if you are one: gives the area your data covers (dcterms:spatial), so that it is found in searches by area.",
        ),
    },
    Spec {
        key: FieldKey::PublisherSpatial,
        name: "publisher_spatial",
        section: Section::Publisher,
        mandatory: false,
        first: false,
        input: Input::Url,
        choices: &[],
        label: ("Områdets adress (IRI)", "The area's address (IRI)"),
        help: (
            "Om ni har en: adressen till ert område, t.ex. på Geonames (https://sws.geonames.org/…); annars namnger Datalots kommunen (dcterms:spatial).",
            "If you have one: the address of your area, e.g. on Geonames (https://sws.geonames.org/…); else Datalots names the municipality (dcterms:spatial).",
        ),
    },
];

// Each row is where its key indexes.
const _: () = {
    let mut i = 0;
    while i < FIELD_COUNT {
        assert!(FIELDS[i].key as usize == i);
        i += 1;
    }
};

impl FieldKey {
    /// Every field, in the order of [`FIELDS`].
    pub const ALL: [FieldKey; FIELD_COUNT] = {
        let mut all = [FieldKey::Title; FIELD_COUNT];
        let mut i = 0;
        while i < FIELD_COUNT {
            all[i] = FIELDS[i].key;
            i += 1;
        }
        all
    };

    /// The field's row in [`FIELDS`].
    pub fn spec(self) -> &'static Spec {
        &FIELDS[self as usize]
    }

    /// Shown only for a high-value dataset: its HVD category and its API.
    pub fn high_value_only(self) -> bool {
        matches!(
            self,
            FieldKey::HvdCategories | FieldKey::ApiEndpoint | FieldKey::ApiDocumentation
        )
    }

    /// The stable key: `title`, `landing_page`, `publisher_description`…
    pub fn as_str(self) -> &'static str {
        self.spec().name
    }
}

impl fmt::Display for FieldKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A key that names no field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField(pub String);

impl fmt::Display for UnknownField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "okänt fält «{0}» / unknown field «{0}»", self.0)
    }
}

impl std::error::Error for UnknownField {}

impl FromStr for FieldKey {
    type Err = UnknownField;

    /// The field by its stable key.
    fn from_str(s: &str) -> Result<FieldKey, UnknownField> {
        FIELDS
            .iter()
            .find(|f| f.name == s)
            .map(|f| f.key)
            .ok_or_else(|| UnknownField(s.to_owned()))
    }
}

impl Serialize for FieldKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for FieldKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FieldKey, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Where in Datalots an indicator's points are earned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "field")]
pub enum Fix {
    /// A field of the describe form.
    Field(FieldKey),
    /// The answers to the licence questions (licence, access rights, rights statement).
    Licence,
    /// What Datalots writes from the file itself (format, media type, size).
    File,
    /// The portal checks it: the file at the address the metadata names.
    Portal,
    /// Datalots' own validation (the EU profile's DCAT-AP compliance).
    Validation,
}

/// Where an indicator's points are earned.
pub fn fix(indicator: Indicator) -> Fix {
    use Indicator as I;
    match indicator {
        I::Keyword => Fix::Field(FieldKey::Keywords),
        I::Theme => Fix::Field(FieldKey::Themes),
        I::Spatial => Fix::Field(FieldKey::Spatial),
        I::Temporal => Fix::Field(FieldKey::TemporalStart),
        I::DownloadUrl => Fix::Field(FieldKey::DownloadUrl),
        I::ContactPoint => Fix::Field(FieldKey::Email),
        I::Publisher => Fix::Field(FieldKey::Name),
        I::Issued | I::Modified => Fix::Field(FieldKey::Issued),
        I::AccessUrlReachable | I::DownloadUrlReachable => Fix::Portal,
        I::Format | I::MediaType | I::FormatVocabulary | I::NonProprietary => Fix::File,
        I::MachineReadable | I::ByteSize => Fix::File,
        I::Licence | I::LicenceVocabulary | I::AccessRights | I::AccessRightsVocabulary => {
            Fix::Licence
        }
        I::Rights => Fix::Licence,
        I::DcatApCompliance => Fix::Validation,
    }
}

/// Where the indicator with this name (`theme`) is earned.
pub fn fix_of(name: &str) -> Option<Fix> {
    Indicator::from_name(name).map(fix)
}

/// The field a validation finding concerns: by the class and property it is about.
pub fn field_of(class: &str, property: &str) -> Option<FieldKey> {
    use FieldKey as K;
    let agent = class.contains("Agent") || class.contains("Organization");
    Some(match property {
        "dcterms:title" if class.contains("Dataset") => K::Title,
        "dcterms:description" if class.contains("Dataset") => K::Description,
        "dcterms:description" if agent => K::PublisherDescription,
        "dcat:keyword" => K::Keywords,
        "dcat:theme" => K::Themes,
        "dcterms:accrualPeriodicity" => K::Frequency,
        "dcterms:issued" if class == "Dataset" => K::Issued,
        "dcterms:temporal" | "dcat:startDate" => K::TemporalStart,
        "dcat:endDate" => K::TemporalEnd,
        "dcterms:spatial" if class.contains("Catalog") => K::PublisherSpatial,
        "dcterms:spatial" => K::Spatial,
        "dcat:landingPage" => K::LandingPage,
        "dcatap:hvdCategory" => K::HvdCategories,
        "dcat:endpointURL" => K::ApiEndpoint,
        "foaf:page" if class.contains("DataService") => K::ApiDocumentation,
        "dcat:downloadURL" | "dcat:accessURL" => K::DownloadUrl,
        "foaf:name" => K::Name,
        "dcterms:type" if agent => K::PublisherType,
        "vcard:hasEmail" | "dcat:contactPoint" => K::Email,
        "foaf:homepage" => K::Homepage,
        "vcard:hasTelephone" | "vcard:hasValue" => K::Phone,
        "vcard:hasAddress" | "vcard:street-address" => K::StreetAddress,
        "vcard:postal-code" => K::PostalCode,
        "vcard:locality" | "vcard:country-name" => K::Locality,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_indicator_has_a_place_where_it_is_earned() {
        for i in &dcat_ap_se::quality::INDICATORS {
            let f = fix(i.indicator);
            assert_eq!(i.checked_by_portal, f == Fix::Portal, "{}", i.name);
            assert_eq!(fix_of(i.name), Some(f));
        }
        assert_eq!(fix(Indicator::Theme), Fix::Field(FieldKey::Themes));
        assert_eq!(fix_of("nonsense"), None);
        let json = serde_json::to_value(fix(Indicator::Spatial)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "field", "field": "spatial"})
        );
    }

    #[test]
    fn every_key_round_trips_and_is_the_json_of_its_field() {
        for k in FieldKey::ALL {
            assert_eq!(k.as_str().parse::<FieldKey>(), Ok(k));
            assert_eq!(serde_json::to_string(&k).ok(), Some(format!("\"{k}\"")));
            assert_eq!(k.spec().key, k);
        }
        assert_eq!(FieldKey::LandingPage.as_str(), "landing_page");
        assert_eq!(
            "nonsense".parse::<FieldKey>(),
            Err(UnknownField("nonsense".into()))
        );
        assert!(serde_json::from_str::<FieldKey>("\"nonsense\"").is_err());
    }
}
