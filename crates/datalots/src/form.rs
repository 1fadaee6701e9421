//! The describe form: what a person typed about a dataset and its publisher becomes
//! a checked DCAT-AP-SE catalogue, rebuilt and validated on every change.
//!
//! This is what the widget's steps 4 and 5 show (and what any other front end can
//! show): [`form`] takes the file's [`Profile`], the licence answers and the form's
//! fields as typed ([`FormInput`]) and answers with a [`FormView`]: every field with
//! its value, whether that value is Datalots' suggestion (and why), the findings of
//! the validation next to the field they concern, a summary, the files to download
//! (RDF/XML, Turtle, JSON-LD, the CSVW and Frictionless data dictionary) and the
//! instructions for getting harvested by Sveriges dataportal.
//!
//! A field left empty gets Datalots' suggestion, marked as such; typing in it (or
//! accepting the suggestion, which copies it into the field) makes it the person's.
//! Nothing typed is changed here: a value that cannot be used gets an error next to
//! it and stays as typed.

use csv_profile::Profile;
use dcat_ap_se::spec::Concept;
use dcat_ap_se::vocab::{FREQUENCIES, HVD_CATEGORIES, PUBLISHER_TYPES, THEMES};
use dcat_ap_se::{Catalog, Format, Severity};
use licence_advisor::{Answers, Outcome, recommend};
use serde::{Deserialize, Serialize};

use crate::describe::{self, Draft, Origin, Overrides};
use crate::publisher::{KEYS, Publisher, check_field};
use crate::view::Both;
use crate::{Error, catalog};

/// The publisher fields as typed (all optional; the mandatory ones get an error
/// when empty).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PublisherFields {
    /// The organisation's name.
    pub name: String,
    /// Organisationsnummer (`212000-0142`).
    pub organisation_number: String,
    /// An ADMS publisher type code (`LocalAuthority`).
    pub publisher_type: String,
    /// The contact e-mail address.
    pub email: String,
    /// The base IRI under which datasets are named (`https://kommun.se/data`).
    pub base_uri: String,
    /// The organisation's web site.
    pub homepage: String,
    /// The contact's telephone number (`0123-45 67 00`).
    pub phone: String,
    /// The contact's street address.
    pub street_address: String,
    /// The contact's postal code (`123 45`).
    pub postal_code: String,
    /// The contact's postal town.
    pub locality: String,
    /// A sentence about the organisation (the settings' `description`; the form's
    /// key is `publisher_description`).
    pub description: String,
}

/// The dataset fields as typed. Empty means "use Datalots' suggestion".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DatasetFields {
    /// Title (Swedish).
    pub title: String,
    /// Description (Swedish).
    pub description: String,
    /// Keywords, separated by commas.
    pub keywords: String,
    /// EU data theme codes (`GOVE`).
    pub themes: Vec<String>,
    /// An EU frequency code (`MONTHLY`).
    pub frequency: String,
    /// First day covered, `YYYY-MM-DD`.
    pub temporal_start: String,
    /// Last day covered, `YYYY-MM-DD`.
    pub temporal_end: String,
    /// The area covered, as an IRI.
    pub spatial: String,
    /// A web page about the dataset.
    pub landing_page: String,
    /// Where the CSV file is published.
    pub download_url: String,
    /// HVD category codes (`c_e1da4e07`), for a high-value dataset.
    pub hvd_categories: Vec<String>,
    /// Whether the data dictionary is published next to the file.
    pub publish_dictionary: bool,
    /// The day the dataset is first published, `YYYY-MM-DD`.
    pub issued: String,
}

impl Default for DatasetFields {
    fn default() -> Self {
        DatasetFields {
            title: String::new(),
            description: String::new(),
            keywords: String::new(),
            themes: Vec::new(),
            frequency: String::new(),
            temporal_start: String::new(),
            temporal_end: String::new(),
            spatial: String::new(),
            landing_page: String::new(),
            download_url: String::new(),
            hvd_categories: Vec::new(),
            publish_dictionary: true,
            issued: String::new(),
        }
    }
}

/// A catalogue file the dataset is to be added to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Imported {
    /// The file's name; its extension gives the format (`.rdf`, `.ttl`, `.jsonld`).
    pub name: String,
    /// The file's text.
    pub text: String,
}

/// Everything the form is computed from, besides the profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FormInput {
    /// The licence answers (step 3).
    pub answers: Answers,
    /// The publisher fields.
    pub publisher: PublisherFields,
    /// The dataset fields.
    pub dataset: DatasetFields,
    /// The CSV file's name.
    pub file_name: String,
    /// An existing catalogue to add the dataset to.
    pub catalog: Option<Imported>,
    /// Today's date, `YYYY-MM-DD`: the suggested release date (the caller's clock;
    /// the library has none).
    pub today: String,
}

impl FormInput {
    /// Sets one field by its key (as in [`Field::key`]): one value for a text field,
    /// several for `themes` and `hvd_categories`; `publish_dictionary` takes
    /// `"true"`/`"false"`. Returns `false` for an unknown key (nothing changes).
    /// The values are kept exactly as typed.
    pub fn set_field(&mut self, key: &str, values: &[String]) -> bool {
        let one = values.first().cloned().unwrap_or_default();
        let (p, d) = (&mut self.publisher, &mut self.dataset);
        match key {
            "title" => d.title = one,
            "description" => d.description = one,
            "keywords" => d.keywords = one,
            "themes" => d.themes = values.to_vec(),
            "frequency" => d.frequency = one,
            "temporal_start" => d.temporal_start = one,
            "temporal_end" => d.temporal_end = one,
            "spatial" => d.spatial = one,
            "landing_page" => d.landing_page = one,
            "issued" => d.issued = one,
            "download_url" => d.download_url = one,
            "hvd_categories" => d.hvd_categories = values.to_vec(),
            "publish_dictionary" => d.publish_dictionary = one == "true",
            "name" => p.name = one,
            "organisation_number" => p.organisation_number = one,
            "publisher_type" => p.publisher_type = one,
            "email" => p.email = one,
            "base_uri" => p.base_uri = one,
            "homepage" => p.homepage = one,
            "phone" => p.phone = one,
            "street_address" => p.street_address = one,
            "postal_code" => p.postal_code = one,
            "locality" => p.locality = one,
            "publisher_description" => p.description = one,
            _ => return false,
        }
        true
    }

    /// The values typed in one field, by its key (as [`FormInput::set_field`] takes
    /// them); `None` for an unknown key. Empty when nothing is typed.
    pub fn field_values(&self, key: &str) -> Option<Vec<String>> {
        let (p, d) = (&self.publisher, &self.dataset);
        let one = |s: &String| {
            if s.is_empty() {
                Vec::new()
            } else {
                vec![s.clone()]
            }
        };
        Some(match key {
            "title" => one(&d.title),
            "description" => one(&d.description),
            "keywords" => one(&d.keywords),
            "themes" => d.themes.clone(),
            "frequency" => one(&d.frequency),
            "temporal_start" => one(&d.temporal_start),
            "temporal_end" => one(&d.temporal_end),
            "spatial" => one(&d.spatial),
            "landing_page" => one(&d.landing_page),
            "issued" => one(&d.issued),
            "download_url" => one(&d.download_url),
            "hvd_categories" => d.hvd_categories.clone(),
            "publish_dictionary" => vec![d.publish_dictionary.to_string()],
            "name" => one(&p.name),
            "organisation_number" => one(&p.organisation_number),
            "publisher_type" => one(&p.publisher_type),
            "email" => one(&p.email),
            "base_uri" => one(&p.base_uri),
            "homepage" => one(&p.homepage),
            "phone" => one(&p.phone),
            "street_address" => one(&p.street_address),
            "postal_code" => one(&p.postal_code),
            "locality" => one(&p.locality),
            "publisher_description" => one(&p.description),
            _ => return None,
        })
    }

    /// Whether the person has typed anything about the dataset (not the publisher,
    /// which is kept across datasets).
    pub fn has_dataset_text(&self) -> bool {
        self.dataset != DatasetFields::default()
    }
}

/// One choice of a select or a group of checkboxes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// The value as written in [`FormInput`] (a code such as `GOVE`).
    pub value: String,
    /// The label, from the DCAT-AP-SE bundle.
    pub label: Both,
}

/// One field of the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// The key: the name of the field in [`PublisherFields`] or [`DatasetFields`]
    /// (`title`, `email`…).
    pub key: String,
    /// `dataset` or `publisher`.
    pub section: String,
    /// Mandatory (shown first) or recommended (disclosed after).
    pub mandatory: bool,
    /// The label.
    pub label: Both,
    /// What to write, with the DCAT-AP-SE property it fills.
    pub help: Both,
    /// The value as it goes into the metadata: what was typed, else the suggestion
    /// (several values joined with `, `).
    pub value: String,
    /// Set when [`Field::value`] is Datalots' suggestion: where it came from and what
    /// to check.
    pub suggested: Option<Both>,
    /// For selects and checkbox groups: the choices.
    pub choices: Vec<Choice>,
    /// Several values may be chosen (checkboxes).
    pub multiple: bool,
    /// What is wrong with the value (blocks publishing).
    pub errors: Vec<Both>,
    /// What is recommended (does not block publishing).
    pub warnings: Vec<Both>,
}

/// One line of the summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The field it concerns, when there is one.
    pub field: Option<String>,
    /// A violation (blocks publishing) or a recommendation.
    pub violation: bool,
    /// What is wrong and what to do.
    pub text: Both,
}

impl Finding {
    /// A violation that concerns no one field: it blocks publishing.
    fn blocking(text: Both) -> Finding {
        Finding {
            field: None,
            violation: true,
            text,
        }
    }
}

/// A file to download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct File {
    /// The suggested file name.
    pub name: String,
    /// The media type.
    pub media_type: String,
    /// The contents.
    pub text: String,
}

/// The files of a publishable draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Files {
    /// The whole catalogue as RDF/XML: the file Sveriges dataportal harvests.
    pub rdfxml: File,
    /// The same as Turtle.
    pub turtle: File,
    /// The same as JSON-LD.
    pub jsonld: File,
    /// The CSVW data dictionary (`FILE.csv-metadata.json`).
    pub csvw: File,
    /// The Frictionless Data Resource (`FILE.resource.json`).
    pub frictionless: File,
}

/// What an imported catalogue held and how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogInfo {
    /// The file's name.
    pub name: String,
    /// Datasets in it before this one was added.
    pub datasets: usize,
    /// Set when it could not be used: why, and what to do.
    pub error: Option<Both>,
}

/// Everything the form shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormView {
    /// The fields: mandatory ones first, publisher fields after the dataset's.
    pub fields: Vec<Field>,
    /// The summary: every error and recommendation, the field named.
    pub findings: Vec<Finding>,
    /// Violations in the catalogue as it would be published.
    pub violations: usize,
    /// Recommendations not followed.
    pub warnings: usize,
    /// Why the file cannot be published (licence answers that stop it, personnummer);
    /// empty when it can.
    pub refused: Vec<Both>,
    /// What to check before publishing.
    pub notices: Vec<Both>,
    /// The files, when a catalogue could be written (also with violations: the
    /// person may want to look at them; [`FormView::publishable`] says whether they
    /// are fit to publish).
    pub files: Option<Files>,
    /// No errors, no violations, nothing refused.
    pub publishable: bool,
    /// How to get harvested by Sveriges dataportal, step by step.
    pub harvesting: Vec<Both>,
    /// DIGG §8: a checklist for user dialogue and maintenance.
    pub maintenance: Vec<Both>,
    /// The imported catalogue, when there is one.
    pub catalog: Option<CatalogInfo>,
    /// Violations in the imported catalogue's own resources: listed in the summary
    /// (not as blocking: they were there before; `datalots catalog upgrade` fixes
    /// many), not counted in [`FormView::violations`].
    pub existing_violations: usize,
    /// Recommendations the imported catalogue's own resources do not follow (only
    /// counted, not listed).
    pub existing_warnings: usize,
    /// The IRI of the dataset as it is named in the metadata.
    pub dataset_iri: Option<String>,
}

fn both(sv: impl Into<String>, en: impl Into<String>) -> Both {
    Both {
        sv: sv.into(),
        en: en.into(),
    }
}

fn choices(list: &[Concept]) -> Vec<Choice> {
    list.iter()
        .map(|c| Choice {
            value: c.uri.rsplit('/').next().unwrap_or(c.uri).to_owned(),
            label: both(c.sv, c.en),
        })
        .collect()
}

/// The static part of a field: key, section, mandatory, label, help.
struct Spec {
    key: &'static str,
    section: &'static str,
    mandatory: bool,
    label: (&'static str, &'static str),
    help: (&'static str, &'static str),
}

const FIELDS: &[Spec] = &[
    Spec {
        key: "title",
        section: "dataset",
        mandatory: true,
        label: ("Titel", "Title"),
        help: (
            "Vad uppgifterna handlar om, så som en sökande skulle skriva det (dcterms:title).",
            "What the data is about, as someone searching would put it (dcterms:title).",
        ),
    },
    Spec {
        key: "description",
        section: "dataset",
        mandatory: true,
        label: ("Beskrivning", "Description"),
        help: (
            "Vad uppgifterna är, varifrån de kommer, hur ofta de uppdateras och vad de inte innehåller (dcterms:description).",
            "What the data is, where it comes from, how often it is updated and what it leaves out (dcterms:description).",
        ),
    },
    Spec {
        key: "download_url",
        section: "dataset",
        mandatory: true,
        label: ("Filens adress", "The file's address"),
        help: (
            "Där CSV-filen kommer att ligga på er webbplats (dcat:downloadURL).",
            "Where the CSV file will be on your web site (dcat:downloadURL).",
        ),
    },
    Spec {
        key: "hvd_categories",
        section: "dataset",
        mandatory: true,
        label: ("HVD-kategori", "HVD category"),
        help: (
            "Värdefulla datamängder enligt EU:s genomförandeförordning 2023/138 ska ange sin kategori (dcatap:hvdCategory).",
            "High-value datasets under EU implementing regulation 2023/138 must name their category (dcatap:hvdCategory).",
        ),
    },
    Spec {
        key: "keywords",
        section: "dataset",
        mandatory: false,
        label: ("Nyckelord", "Keywords"),
        help: (
            "Ord som en sökande skulle använda, åtskilda med kommatecken (dcat:keyword).",
            "Words someone searching would use, separated by commas (dcat:keyword).",
        ),
    },
    Spec {
        key: "themes",
        section: "dataset",
        mandatory: false,
        label: ("Tema", "Theme"),
        help: (
            "EU:s datateman; välj ett eller flera (dcat:theme).",
            "The EU data themes; choose one or more (dcat:theme).",
        ),
    },
    Spec {
        key: "frequency",
        section: "dataset",
        mandatory: false,
        label: ("Uppdateringsfrekvens", "Update frequency"),
        help: (
            "Hur ofta en ny version publiceras (dcterms:accrualPeriodicity).",
            "How often a new version is published (dcterms:accrualPeriodicity).",
        ),
    },
    Spec {
        key: "issued",
        section: "dataset",
        mandatory: false,
        label: ("Utgivningsdatum", "Release date"),
        help: (
            "Dagen datamängden först publiceras, ÅÅÅÅ-MM-DD (dcterms:issued).",
            "The day the dataset is first published, YYYY-MM-DD (dcterms:issued).",
        ),
    },
    Spec {
        key: "temporal_start",
        section: "dataset",
        mandatory: false,
        label: ("Tidsperiod från", "Time period from"),
        help: (
            "Första dagen uppgifterna gäller, ÅÅÅÅ-MM-DD (dcterms:temporal).",
            "The first day the data covers, YYYY-MM-DD (dcterms:temporal).",
        ),
    },
    Spec {
        key: "temporal_end",
        section: "dataset",
        mandatory: false,
        label: ("Tidsperiod till", "Time period to"),
        help: (
            "Sista dagen uppgifterna gäller, ÅÅÅÅ-MM-DD (dcterms:temporal).",
            "The last day the data covers, YYYY-MM-DD (dcterms:temporal).",
        ),
    },
    Spec {
        key: "spatial",
        section: "dataset",
        mandatory: false,
        label: ("Geografiskt område", "Area covered"),
        help: (
            "Adressen (IRI) till området, t.ex. kommunen på Geonames: https://sws.geonames.org/… (dcterms:spatial).",
            "The area's address (IRI), e.g. the municipality on Geonames: https://sws.geonames.org/… (dcterms:spatial).",
        ),
    },
    Spec {
        key: "landing_page",
        section: "dataset",
        mandatory: false,
        label: ("Webbsida om datamängden", "Web page about the dataset"),
        help: (
            "En sida på er webbplats som beskriver uppgifterna (dcat:landingPage).",
            "A page on your web site that describes the data (dcat:landingPage).",
        ),
    },
    Spec {
        key: "name",
        section: "publisher",
        mandatory: true,
        label: ("Organisationens namn", "Organisation name"),
        help: (
            "Utgivaren, t.ex. «Exempels kommun» (dcterms:publisher, foaf:name).",
            "The publisher, e.g. «Exempels kommun» (dcterms:publisher, foaf:name).",
        ),
    },
    Spec {
        key: "organisation_number",
        section: "publisher",
        mandatory: true,
        label: ("Organisationsnummer", "Organisation number"),
        help: (
            "Tio siffror, t.ex. 212000-0142; ger utgivarens adress i Sveriges dataportal.",
            "Ten digits, e.g. 212000-0142; gives the publisher's address in Sveriges dataportal.",
        ),
    },
    Spec {
        key: "publisher_type",
        section: "publisher",
        mandatory: true,
        label: ("Typ av utgivare", "Publisher type"),
        help: (
            "En kommun är «Lokal myndighet» (dcterms:type).",
            "A municipality is «Local authority» (dcterms:type).",
        ),
    },
    Spec {
        key: "email",
        section: "publisher",
        mandatory: true,
        label: ("Kontakt-e-post", "Contact e-mail"),
        help: (
            "En funktionsadress som användare kan skriva till, inte en persons (dcat:contactPoint).",
            "A functional address users can write to, not a person's (dcat:contactPoint).",
        ),
    },
    Spec {
        key: "base_uri",
        section: "publisher",
        mandatory: true,
        label: ("Basadress", "Base URI"),
        help: (
            "Adressen på er webbplats under vilken datamängder, filer och katalogen namnges, t.ex. https://exempel.se/data.",
            "The address on your web site under which datasets, files and the catalogue are named, e.g. https://example.se/data.",
        ),
    },
    Spec {
        key: "homepage",
        section: "publisher",
        mandatory: false,
        label: ("Organisationens webbplats", "Organisation's web site"),
        help: (
            "T.ex. https://exempel.se (foaf:homepage).",
            "E.g. https://example.se (foaf:homepage).",
        ),
    },
    Spec {
        key: "phone",
        section: "publisher",
        mandatory: false,
        label: ("Kontakttelefon", "Contact telephone"),
        help: (
            "Ett nummer som användare kan ringa, t.ex. växeln: 0123-45 67 00 (vcard:hasTelephone).",
            "A number users can call, e.g. the switchboard: 0123-45 67 00 (vcard:hasTelephone).",
        ),
    },
    Spec {
        key: "street_address",
        section: "publisher",
        mandatory: false,
        label: ("Kontaktadress: gatuadress", "Contact address: street"),
        help: (
            "T.ex. kommunhusets adress: Storgatan 1 (vcard:hasAddress, vcard:street-address).",
            "E.g. the town hall's address: Storgatan 1 (vcard:hasAddress, vcard:street-address).",
        ),
    },
    Spec {
        key: "postal_code",
        section: "publisher",
        mandatory: false,
        label: ("Postnummer", "Postal code"),
        help: (
            "Fem siffror, t.ex. 123 45 (vcard:postal-code).",
            "Five digits, e.g. 123 45 (vcard:postal-code).",
        ),
    },
    Spec {
        key: "locality",
        section: "publisher",
        mandatory: false,
        label: ("Postort", "Postal town"),
        help: (
            "T.ex. Exempelby; landet skrivs som Sverige (vcard:locality).",
            "E.g. Exempelby; the country is written as Sweden (vcard:locality).",
        ),
    },
    Spec {
        key: "publisher_description",
        section: "publisher",
        mandatory: false,
        label: ("Om organisationen", "About the organisation"),
        help: (
            "En mening om er organisation, t.ex. Kommunen i Exempelby län (dcterms:description för utgivaren).",
            "A sentence about your organisation, e.g. The municipality in Exempelby County (dcterms:description of the publisher).",
        ),
    },
];

/// The field a validation finding concerns: by class and property.
fn field_of(class: &str, property: &str) -> Option<&'static str> {
    Some(match (class, property) {
        (_, "dcterms:title") if class.contains("Dataset") => "title",
        (_, "dcterms:description") if class.contains("Dataset") => "description",
        (_, "dcterms:description") if class.contains("Agent") || class.contains("Organization") => {
            "publisher_description"
        }
        (_, "dcat:keyword") => "keywords",
        (_, "dcat:theme") => "themes",
        (_, "dcterms:accrualPeriodicity") => "frequency",
        (_, "dcterms:issued") if class == "Dataset" => "issued",
        (_, "dcterms:temporal" | "dcat:startDate") => "temporal_start",
        (_, "dcat:endDate") => "temporal_end",
        (_, "dcterms:spatial") => "spatial",
        (_, "dcat:landingPage") => "landing_page",
        (_, "dcatap:hvdCategory") => "hvd_categories",
        (_, "dcat:downloadURL" | "dcat:accessURL") => "download_url",
        (_, "foaf:name") => "name",
        (_, "dcterms:type") if class.contains("Agent") || class.contains("Organization") => {
            "publisher_type"
        }
        (_, "vcard:hasEmail" | "dcat:contactPoint") => "email",
        (_, "foaf:homepage") => "homepage",
        (_, "vcard:hasTelephone" | "vcard:hasValue") => "phone",
        (_, "vcard:hasAddress" | "vcard:street-address") => "street_address",
        (_, "vcard:postal-code") => "postal_code",
        (_, "vcard:locality" | "vcard:country-name") => "locality",
        _ => return None,
    })
}

/// Computes the form: suggestions, the draft, the catalogue, its validation and files.
pub fn form(profile: &Profile, input: &FormInput) -> FormView {
    let p = &input.publisher;
    let d = &input.dataset;
    let recommendation = recommend(&input.answers);
    let high_value = recommendation.high_value;

    // The fields, with their typed values.
    let typed = |key: &str| -> String {
        match key {
            "title" => d.title.clone(),
            "description" => d.description.clone(),
            "download_url" => d.download_url.clone(),
            "hvd_categories" => d.hvd_categories.join(", "),
            "keywords" => d.keywords.clone(),
            "themes" => d.themes.join(", "),
            "frequency" => d.frequency.clone(),
            "temporal_start" => d.temporal_start.clone(),
            "temporal_end" => d.temporal_end.clone(),
            "spatial" => d.spatial.clone(),
            "landing_page" => d.landing_page.clone(),
            "issued" => d.issued.clone(),
            "name" => p.name.clone(),
            "organisation_number" => p.organisation_number.clone(),
            "publisher_type" => p.publisher_type.clone(),
            "email" => p.email.clone(),
            "base_uri" => p.base_uri.clone(),
            "homepage" => p.homepage.clone(),
            "phone" => p.phone.clone(),
            "street_address" => p.street_address.clone(),
            "postal_code" => p.postal_code.clone(),
            "locality" => p.locality.clone(),
            "publisher_description" => p.description.clone(),
            _ => String::new(),
        }
    };
    let mut fields: Vec<Field> = FIELDS
        .iter()
        .filter(|s| s.key != "hvd_categories" || high_value)
        .map(|s| Field {
            key: s.key.to_owned(),
            section: s.section.to_owned(),
            mandatory: s.mandatory,
            label: both(s.label.0, s.label.1),
            help: both(s.help.0, s.help.1),
            value: typed(s.key).trim().to_owned(),
            suggested: None,
            choices: match s.key {
                "themes" => choices(THEMES),
                "frequency" => choices(FREQUENCIES),
                "hvd_categories" => choices(HVD_CATEGORIES),
                "publisher_type" => choices(PUBLISHER_TYPES),
                _ => Vec::new(),
            },
            multiple: matches!(s.key, "themes" | "hvd_categories"),
            errors: Vec::new(),
            warnings: Vec::new(),
        })
        .collect();
    let mut view = FormView {
        fields: Vec::new(),
        findings: Vec::new(),
        violations: 0,
        warnings: 0,
        refused: Vec::new(),
        notices: Vec::new(),
        files: None,
        publishable: false,
        harvesting: Vec::new(),
        maintenance: maintenance(),
        catalog: None,
        dataset_iri: None,
        existing_violations: 0,
        existing_warnings: 0,
    };
    let field_error = |fields: &mut Vec<Field>, key: &str, e: Both| {
        if let Some(f) = fields.iter_mut().find(|f| f.key == key) {
            f.errors.push(e);
        }
    };

    // The publisher, field by field.
    let publisher = match publisher_from_fields(p) {
        Ok(p) => Some(p),
        Err(errors) => {
            for (key, e) in errors {
                field_error(&mut fields, &key, e);
            }
            None
        }
    };

    // Dataset fields that are addresses or dates, checked before drafting so the
    // error lands next to the field.
    for key in ["download_url", "landing_page", "spatial"] {
        let value = typed(key).trim().to_owned();
        if !value.is_empty()
            && let Err(e) = dcat_ap_se::mint::check_base(&value)
        {
            field_error(
                &mut fields,
                key,
                both(
                    format!("Inte en fullständig webbadress: {e}"),
                    format!("Not a complete web address: {e}"),
                ),
            );
        }
    }
    for key in ["issued", "temporal_start", "temporal_end"] {
        let value = typed(key).trim().to_owned();
        if !value.is_empty() && !describe::is_iso_date(&value) {
            field_error(
                &mut fields,
                key,
                both(
                    format!("«{value}» är inget datum: skriv ÅÅÅÅ-MM-DD, t.ex. 2024-01-31."),
                    format!("«{value}» is not a date: write YYYY-MM-DD, e.g. 2024-01-31."),
                ),
            );
        }
    }
    let (start, end) = (d.temporal_start.trim(), d.temporal_end.trim());
    if describe::is_iso_date(start) && describe::is_iso_date(end) && start > end {
        field_error(
            &mut fields,
            "temporal_end",
            both(
                "Perioden slutar före den börjar.",
                "The period ends before it starts.",
            ),
        );
    }
    if high_value && d.hvd_categories.is_empty() {
        field_error(
            &mut fields,
            "hvd_categories",
            both(
                "Svaren säger att datamängden är värdefull: välj minst en HVD-kategori.",
                "The answers say the dataset is high-value: choose at least one HVD category.",
            ),
        );
    }

    // Suggestions for what was left empty.
    let file_name = if input.file_name.trim().is_empty() {
        "data.csv"
    } else {
        input.file_name.trim()
    };
    suggest(
        &mut fields,
        "title",
        describe::title_from_file_name(file_name),
        both(
            "Utkast från filnamnet: skriv en titel som säger vad uppgifterna handlar om.",
            "Drafted from the file name: write a title that says what the data is about.",
        ),
    );
    let description = describe::draft_description(profile);
    suggest(
        &mut fields,
        "description",
        description
            .iter()
            .find(|t| t.lang.as_deref() == Some("sv"))
            .or(description.first())
            .map(|t| t.value.clone())
            .unwrap_or_default(),
        both(
            "Utkast från filens kolumner: beskriv vad uppgifterna är, varifrån de kommer och hur ofta de uppdateras.",
            "Drafted from the file's columns: describe what the data is, where it comes from and how often it is updated.",
        ),
    );
    suggest(
        &mut fields,
        "keywords",
        describe::keywords_from_headers(profile).join(", "),
        both(
            "Från kolumnrubrikerna: lägg till ord som en sökande skulle använda.",
            "From the column headers: add words someone searching would use.",
        ),
    );
    if d.temporal_start.trim().is_empty()
        && d.temporal_end.trim().is_empty()
        && let Some(range) = &profile.date_range
    {
        let note = both(
            format!(
                "Från datumkolumnerna: {} till {}; ändra om uppgifterna gäller en annan period.",
                range.start, range.end
            ),
            format!(
                "From the date columns: {} to {}; change it if the data covers another period.",
                range.start, range.end
            ),
        );
        suggest(
            &mut fields,
            "temporal_start",
            range.start.clone(),
            note.clone(),
        );
        suggest(&mut fields, "temporal_end", range.end.clone(), note);
    }

    let today = input.today.trim();
    if describe::is_iso_date(today) {
        suggest(
            &mut fields,
            "issued",
            today.to_owned(),
            both(
                "Dagens datum: ändra om datamängden publicerades tidigare.",
                "Today's date: change it if the dataset was published earlier.",
            ),
        );
    }

    // The draft.
    let overrides = Overrides {
        file_name: Some(file_name.to_owned()),
        title: non_empty(&d.title),
        description: non_empty(&d.description),
        download_url: non_empty(&d.download_url),
        keywords: d
            .keywords
            .split([',', ';'])
            .map(|k| k.trim().to_owned())
            .filter(|k| !k.is_empty())
            .collect(),
        themes: d.themes.clone(),
        hvd_categories: d.hvd_categories.clone(),
        publish_dictionary: d.publish_dictionary,
        frequency: non_empty(&d.frequency),
        temporal_start: non_empty(&d.temporal_start),
        temporal_end: non_empty(&d.temporal_end),
        spatial: non_empty(&d.spatial).into_iter().collect(),
        landing_page: non_empty(&d.landing_page),
        issued: non_empty(&d.issued),
        today: describe::is_iso_date(today).then(|| today.to_owned()),
    };
    let input_errors = fields.iter().any(|f| !f.errors.is_empty());
    let draft = match &publisher {
        Some(publisher) if !input_errors => {
            match describe::describe(profile, &input.answers, publisher, &overrides) {
                Ok(draft) => Some(draft),
                Err(Error::Refused { reasons }) => {
                    view.refused = reasons.into_iter().map(|r| both(r.sv, r.en)).collect();
                    None
                }
                Err(e) => {
                    let text = both(
                        format!("Metadata kunde inte skrivas: {e}"),
                        format!("The metadata could not be written: {e}"),
                    );
                    view.findings.push(Finding::blocking(text));
                    None
                }
            }
        }
        _ => {
            // Say why there is nothing to publish even when the fields are fine.
            if recommendation.outcome != Outcome::Licence {
                view.refused = refusal(profile, &input.answers);
            }
            None
        }
    };

    if let (Some(draft), Some(publisher)) = (&draft, &publisher) {
        // Suggestions the draft made (with its notes), for the fields still empty.
        for m in draft.marked(Origin::Suggested) {
            let key = match m.property {
                "dcat:downloadURL" => "download_url",
                "dcterms:spatial" => "spatial",
                _ => continue,
            };
            let value = match key {
                "download_url" => draft
                    .dataset
                    .distributions
                    .first()
                    .and_then(|x| x.download_url.first().cloned()),
                _ => draft.dataset.spatial.first().cloned(),
            };
            if let Some(value) = value {
                suggest(
                    &mut fields,
                    key,
                    value,
                    both(
                        format!("{}.", capitalise(&m.note_sv)),
                        format!("{}.", capitalise(&m.note_en)),
                    ),
                );
            }
        }
        view.notices = draft
            .notices
            .iter()
            .map(|n| both(n.sv.clone(), n.en.clone()))
            .collect();
        view.dataset_iri = draft
            .dataset
            .id
            .as_ref()
            .and_then(|n| n.iri())
            .map(str::to_owned);
        catalogue(&mut view, &mut fields, draft, publisher, input);
        view.harvesting = harvesting(draft, publisher);
    }

    // The summary: field errors first, then the validation.
    let mut summary = Vec::new();
    for f in &fields {
        for e in &f.errors {
            summary.push(Finding {
                field: Some(f.key.clone()),
                violation: true,
                text: both(
                    format!("{}: {}", f.label.sv, e.sv),
                    format!("{}: {}", f.label.en, e.en),
                ),
            });
        }
        for w in &f.warnings {
            summary.push(Finding {
                field: Some(f.key.clone()),
                violation: false,
                text: both(
                    format!("{}: {}", f.label.sv, w.sv),
                    format!("{}: {}", f.label.en, w.en),
                ),
            });
        }
    }
    summary.append(&mut view.findings);
    view.findings = summary;
    view.violations = view.findings.iter().filter(|f| f.violation).count();
    view.warnings =
        view.findings.iter().filter(|f| !f.violation).count() - view.existing_violations;
    view.publishable = view.violations == 0 && view.refused.is_empty() && view.files.is_some();
    fields.sort_by_key(|f| (f.section != "dataset", !f.mandatory));
    view.fields = fields;
    view
}

/// The publisher settings from the form's fields, checked field by field: the
/// settings, or every field's error (`(key, message)`; mandatory fields left empty
/// say so).
pub fn publisher_from_fields(p: &PublisherFields) -> Result<Publisher, Vec<(String, Both)>> {
    let mut checked = Vec::new();
    let mut errors = Vec::new();
    // (the form's key, the settings' key, the value): the same but for the
    // description, whose form key must not be the dataset's `description`.
    for (field, key, value) in [
        ("name", "name", &p.name),
        (
            "organisation_number",
            "organisation_number",
            &p.organisation_number,
        ),
        ("publisher_type", "publisher_type", &p.publisher_type),
        ("email", "email", &p.email),
        ("base_uri", "base_uri", &p.base_uri),
        ("homepage", "homepage", &p.homepage),
        ("phone", "phone", &p.phone),
        ("street_address", "street_address", &p.street_address),
        ("postal_code", "postal_code", &p.postal_code),
        ("locality", "locality", &p.locality),
        ("publisher_description", "description", &p.description),
    ] {
        let value = value.trim();
        if value.is_empty() {
            if KEYS.contains(&(key, true)) {
                errors.push((
                    field.to_owned(),
                    both("Obligatoriskt: fyll i.", "Mandatory: fill it in."),
                ));
            }
            continue;
        }
        match check_field(key, value) {
            Ok(v) => checked.push((key, v)),
            Err(e) => errors.push((field.to_owned(), e)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let get = |key: &str| {
        checked
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    };
    Ok(Publisher {
        name: get("name").unwrap_or_default(),
        name_en: None,
        organisation_number: get("organisation_number").unwrap_or_default(),
        publisher_type: get("publisher_type").unwrap_or_default(),
        email: get("email").unwrap_or_default(),
        homepage: get("homepage"),
        base_uri: get("base_uri").unwrap_or_default(),
        contact_name: None,
        phone: get("phone"),
        street_address: get("street_address"),
        postal_code: get("postal_code"),
        locality: get("locality"),
        kommunkod: None,
        spatial: None,
        description: get("description"),
    })
}

/// The describe form's fields for a dataset already in a catalogue: title,
/// description, keywords and themes, with the same labels, help and choices as for a
/// new dataset and the dataset's current values (for the widget's catalogue view).
pub fn edit_fields(edits: &crate::catalog::DatasetEdits) -> Vec<Field> {
    FIELDS
        .iter()
        .filter(|s| matches!(s.key, "title" | "description" | "keywords" | "themes"))
        .map(|s| Field {
            key: s.key.to_owned(),
            section: s.section.to_owned(),
            mandatory: s.mandatory,
            label: both(s.label.0, s.label.1),
            help: both(s.help.0, s.help.1),
            value: match s.key {
                "title" => edits.title.clone().unwrap_or_default(),
                "description" => edits.description.clone().unwrap_or_default(),
                "keywords" => edits.keywords.clone().unwrap_or_default().join(", "),
                _ => edits.themes.clone().unwrap_or_default().join(", "),
            },
            suggested: None,
            choices: if s.key == "themes" {
                choices(THEMES)
            } else {
                Vec::new()
            },
            multiple: s.key == "themes",
            errors: Vec::new(),
            warnings: Vec::new(),
        })
        .collect()
}

/// Puts Datalots' suggestion into a field left empty.
fn suggest(fields: &mut [Field], key: &str, value: String, note: Both) {
    if let Some(f) = fields.iter_mut().find(|f| f.key == key)
        && f.value.is_empty()
        && !value.is_empty()
    {
        f.value = value;
        f.suggested = Some(note);
    }
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Why the answers do not allow publishing (or which answer is missing).
fn refusal(profile: &Profile, answers: &Answers) -> Vec<Both> {
    let mut out: Vec<Both> = describe::refuse_identity_numbers(profile)
        .err()
        .map(|e| match e {
            Error::Refused { reasons } => reasons.into_iter().map(|r| both(r.sv, r.en)).collect(),
            other => vec![both(other.to_string(), other.to_string())],
        })
        .unwrap_or_default();
    let r = recommend(answers);
    match r.outcome {
        Outcome::Licence => {}
        Outcome::Stop => out.extend(r.reasons.iter().map(|x| both(x.sv, x.en))),
        Outcome::Incomplete => out.push(both(
            "Licensfrågorna i steg 3 är inte besvarade.",
            "The licence questions in step 3 are not answered.",
        )),
    }
    out.extend(r.conflicts.iter().map(|x| both(x.sv, x.en)));
    out
}

/// Adds the draft to a new or the imported catalogue, validates and writes it.
fn catalogue(
    view: &mut FormView,
    fields: &mut [Field],
    draft: &Draft,
    publisher: &Publisher,
    input: &FormInput,
) {
    let mut catalog = match &input.catalog {
        Some(imported) => match open_imported(imported) {
            Ok(c) => {
                view.catalog = Some(CatalogInfo {
                    name: imported.name.clone(),
                    datasets: c.datasets.len(),
                    error: None,
                });
                c
            }
            Err(e) => {
                view.catalog = Some(CatalogInfo {
                    name: imported.name.clone(),
                    datasets: 0,
                    error: Some(e.clone()),
                });
                view.findings.push(Finding::blocking(e));
                return;
            }
        },
        None => match describe::new_catalog(publisher) {
            Ok(c) => c,
            Err(e) => {
                view.findings
                    .push(Finding::blocking(both(e.to_string(), e.to_string())));
                return;
            }
        },
    };
    if let Err(e) = draft.add_to(&mut catalog) {
        let text = both(
            format!(
                "Katalogen har redan en datamängd med samma adress ({}). Ändra titeln, eller uppdatera den befintliga med «datalots describe --update». ({e})",
                view.dataset_iri.as_deref().unwrap_or("?")
            ),
            format!(
                "The catalogue already holds a dataset with the same address ({}). Change the title, or update the existing one with «datalots describe --update». ({e})",
                view.dataset_iri.as_deref().unwrap_or("?")
            ),
        );
        if let Some(f) = fields.iter_mut().find(|f| f.key == "title") {
            f.errors.push(text);
        }
        return;
    }
    let report = match catalog.validate() {
        Ok(r) => r,
        Err(e) => {
            view.findings
                .push(Finding::blocking(both(e.to_string(), e.to_string())));
            return;
        }
    };
    let new = new_resources(draft);
    for f in &report.findings {
        let violation = f.severity == Severity::Violation;
        let ours = new.contains(&f.resource);
        let key = if ours {
            f.property
                .as_deref()
                .and_then(|p| field_of(&f.class, p))
                .filter(|k| fields.iter().any(|x| x.key == *k))
        } else {
            None
        };
        if !ours {
            if violation {
                view.existing_violations += 1;
                view.findings.push(Finding {
                    field: None,
                    violation: false,
                    text: both(
                        format!(
                            "Fel som redan fanns i den befintliga katalogen (hindrar inte publicering; «datalots catalog upgrade» rättar många): {} ({}): {}",
                            f.resource,
                            f.property.as_deref().unwrap_or("-"),
                            f.message_sv
                        ),
                        format!(
                            "An error already in the existing catalogue (does not block publishing; «datalots catalog upgrade» fixes many): {} ({}): {}",
                            f.resource,
                            f.property.as_deref().unwrap_or("-"),
                            f.message_en
                        ),
                    ),
                });
            } else {
                view.existing_warnings += 1;
            }
            continue;
        }
        let text = both(f.message_sv.clone(), f.message_en.clone());
        match key.and_then(|k| fields.iter_mut().find(|x| x.key == k)) {
            Some(field) if violation => field.errors.push(text),
            Some(field) => field.warnings.push(text),
            None => view.findings.push(Finding {
                field: None,
                violation,
                text,
            }),
        }
    }
    let write = |format: Format| catalog.write(format);
    let (Ok(rdfxml), Ok(turtle), Ok(jsonld)) = (
        write(Format::RdfXml),
        write(Format::Turtle),
        write(Format::JsonLd),
    ) else {
        view.findings.push(Finding::blocking(both(
            "Katalogen kunde inte skrivas.",
            "The catalogue could not be written.",
        )));
        return;
    };
    let csv_name = draft
        .dataset
        .distributions
        .first()
        .and_then(|x| x.download_url.first())
        .and_then(|u| u.rsplit('/').next())
        .map(describe::percent_decode)
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "data.csv".to_owned());
    let stem = csv_name
        .rsplit_once('.')
        .map_or(csv_name.as_str(), |(s, _)| s)
        .to_owned();
    let json = |v: &serde_json::Value| serde_json::to_string_pretty(v).unwrap_or_default() + "\n";
    let base = match &input.catalog {
        Some(i) => i
            .name
            .rsplit_once('.')
            .map_or(i.name.as_str(), |(s, _)| s)
            .to_owned(),
        None => "dcat".to_owned(),
    };
    view.files = Some(Files {
        rdfxml: File {
            name: format!("{base}.rdf"),
            media_type: "application/rdf+xml".into(),
            text: rdfxml,
        },
        turtle: File {
            name: format!("{base}.ttl"),
            media_type: "text/turtle".into(),
            text: turtle,
        },
        jsonld: File {
            name: format!("{base}.jsonld"),
            media_type: "application/ld+json".into(),
            text: jsonld,
        },
        csvw: File {
            name: format!("{csv_name}-metadata.json"),
            media_type: "application/csvm+json".into(),
            text: json(&draft.csvw),
        },
        frictionless: File {
            name: format!("{stem}.resource.json"),
            media_type: "application/json".into(),
            text: json(&draft.frictionless),
        },
    });
}

/// Reads an imported catalogue strictly (as `datalots describe --catalog` does).
fn open_imported(imported: &Imported) -> Result<Catalog, Both> {
    let format = Format::from_path(&imported.name).map_err(|_| {
        both(
            format!(
                "«{}»: okänt format; katalogen ska vara RDF/XML (.rdf), Turtle (.ttl) eller JSON-LD (.jsonld).",
                imported.name
            ),
            format!(
                "«{}»: unknown format; the catalogue must be RDF/XML (.rdf), Turtle (.ttl) or JSON-LD (.jsonld).",
                imported.name
            ),
        )
    })?;
    let opened = catalog::open(imported.text.as_bytes(), format, false, &imported.name)
        .map_err(|e| both(e.to_string(), e.to_string()))?;
    Catalog::from_graph(&opened.graph).map_err(|e| {
        both(
            format!("«{}»: {e}", imported.name),
            format!("«{}»: {e}", imported.name),
        )
    })
}

/// The IRIs of the resources the draft created.
fn new_resources(draft: &Draft) -> Vec<String> {
    let d = &draft.dataset;
    let mut out: Vec<Option<&dcat_ap_se::Node>> = vec![d.id.as_ref()];
    out.extend(d.distributions.iter().map(|x| x.id.as_ref()));
    out.extend(d.contact_point.iter().map(|x| x.id.as_ref()));
    out.push(d.publisher.as_ref().and_then(|p| p.id.as_ref()));
    out.into_iter()
        .flatten()
        .filter_map(|n| n.iri().map(str::to_owned))
        .collect()
}

/// The address dataportal.se harvests by default: `https://<host>/datasets/dcat`,
/// from the homepage or else the base URI.
pub fn harvest_address(publisher: &Publisher) -> String {
    let from = publisher.homepage.as_deref().unwrap_or(&publisher.base_uri);
    let (scheme, rest) = from.split_once("://").unwrap_or(("https", from));
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    format!("{scheme}://{host}/datasets/dcat")
}

/// How to get the files harvested by Sveriges dataportal.
fn harvesting(draft: &Draft, publisher: &Publisher) -> Vec<Both> {
    let download = draft
        .dataset
        .distributions
        .first()
        .and_then(|x| x.download_url.first().cloned())
        .unwrap_or_default();
    let address = harvest_address(publisher);
    let mut steps = vec![
        both(
            format!("Lägg CSV-filen på {download}: det är den adress metadata nu anger."),
            format!("Put the CSV file at {download}: that is the address the metadata now gives."),
        ),
        both(
            format!(
                "Lägg databeskrivningen (CSVW) bredvid, på {}.",
                draft.csvw_url
            ),
            format!(
                "Put the data dictionary (CSVW) next to it, at {}.",
                draft.csvw_url
            ),
        ),
        both(
            format!(
                "Lägg katalogfilen i RDF/XML så att den kan hämtas på {address}. Sveriges dataportal hämtar varje offentlig organisations katalog från adressen https://<organisation>.se/datasets/dcat om inget annat är angivet, och förväntar sig RDF/XML."
            ),
            format!(
                "Put the RDF/XML catalogue file where it can be fetched at {address}. Sveriges dataportal fetches each public organisation's catalogue from https://<organisation>.se/datasets/dcat unless told otherwise, and expects RDF/XML."
            ),
        ),
        both(
            "Logga in på admin.dataportal.se och kontrollera (eller ändra) adressen till er katalog. Saknar ni inloggning: kontakta DIGG, info@digg.se.",
            "Log in to admin.dataportal.se and check (or change) the address of your catalogue. Without a login: contact DIGG, info@digg.se.",
        ),
        both(
            "Skördningen sker en gång per natt (vanligen runt kl. 04); en skördning som startas för hand i admin.dataportal.se brukar gå på tio minuter.",
            "Harvesting runs once a night (usually around 04:00); a harvest started by hand in admin.dataportal.se usually takes ten minutes.",
        ),
        both(
            "Kontrollera resultatet: skördningens status på admin.dataportal.se/status/reports, och sök upp datamängden på www.dataportal.se dagen efter.",
            "Check the result: the harvest status at admin.dataportal.se/status/reports, and look the dataset up on www.dataportal.se the next day.",
        ),
    ];
    if draft.dataset.conforms_to.is_empty() {
        steps.remove(1);
    }
    steps
}

/// DIGG §8, "Främja användardialog och förvaltning", as a checklist.
fn maintenance() -> Vec<Both> {
    vec![
        both(
            "Svara på frågor och felrapporter som kommer till kontaktadressen; visa på webbsidan hur man når er.",
            "Answer the questions and error reports sent to the contact address; show on the web page how to reach you.",
        ),
        both(
            "Uppdatera filen och metadata (datum för ändring) när uppgifterna ändras, så ofta som uppdateringsfrekvensen lovar.",
            "Update the file and the metadata (date modified) when the data changes, as often as the update frequency promises.",
        ),
        both(
            "Behåll adresserna: flytta eller byt inte namn på filen och katalogen, det bryter användarnas tjänster.",
            "Keep the addresses: do not move or rename the file and the catalogue; that breaks the users' services.",
        ),
        both(
            "Ändra inte kolumnerna utan att tala om det i förväg; säg det i beskrivningen när det sker.",
            "Do not change the columns without saying so in advance; say it in the description when it happens.",
        ),
        both(
            "Fråga användarna vad de behöver och följ upp hur uppgifterna används.",
            "Ask the users what they need and follow up how the data is used.",
        ),
        both(
            "Ska ni köpa ett nytt verksamhetssystem? Ställ krav på öppna data från början: se «Upphandlingskrav» (datalots procurement).",
            "Buying a new system? Require open data from the start: see «Procurement requirements» (datalots procurement).",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Windows-1252 file with `;` and decimal commas, as Excel writes it.
    fn befolkning() -> Profile {
        let text = "Kommun;Kommunkod;Datum;Andel\r\nÖrebro;1880;2024-01-31;12,5\r\nLuleå;2580;2024-02-29;7,25\r\n";
        // Windows-1252 is Latin-1 for these letters.
        let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
        csv_profile::profile_bytes(&bytes).unwrap()
    }

    fn answers(json: &str) -> Answers {
        Answers::from_json(json).unwrap()
    }

    fn open_answers() -> Answers {
        answers(
            r#"{"confidential": false, "personal_data": false, "high_value": false,
                "own_content": true, "facts_only": true, "conditions": "none"}"#,
        )
    }

    fn input() -> FormInput {
        FormInput {
            answers: open_answers(),
            publisher: PublisherFields {
                name: "Exempelby kommun".into(),
                organisation_number: "212000-0000".into(),
                publisher_type: "LocalAuthority".into(),
                email: "oppnadata@exempelby.se".into(),
                base_uri: "https://exempelby.se/data".into(),
                homepage: String::new(),
                phone: String::new(),
                street_address: String::new(),
                postal_code: String::new(),
                locality: String::new(),
                description: String::new(),
            },
            dataset: DatasetFields::default(),
            file_name: "befolkning_2024.csv".into(),
            catalog: None,
            today: "2026-11-30".into(),
        }
    }

    fn field<'a>(v: &'a FormView, key: &str) -> &'a Field {
        v.fields.iter().find(|f| f.key == key).unwrap()
    }

    #[test]
    fn a_complete_form_gives_valid_files_in_three_formats() {
        let v = form(&befolkning(), &input());
        assert!(v.refused.is_empty(), "{:?}", v.refused);
        assert_eq!(v.violations, 0, "{:#?}", v.findings);
        assert!(v.publishable);
        let files = v.files.as_ref().unwrap();
        for (file, format) in [
            (&files.rdfxml, Format::RdfXml),
            (&files.turtle, Format::Turtle),
            (&files.jsonld, Format::JsonLd),
        ] {
            let graph = dcat_ap_se::parse(file.text.as_bytes(), format).unwrap();
            let report = dcat_ap_se::validate(&graph);
            assert!(!report.has_violations(), "{}: {report:?}", file.name);
            assert!(file.text.contains("Befolkning 2024"), "{}", file.name);
        }
        assert_eq!(files.rdfxml.name, "dcat.rdf");
        assert_eq!(files.csvw.name, "befolkning_2024.csv-metadata.json");
        let csvw: serde_json::Value = serde_json::from_str(&files.csvw.text).unwrap();
        assert_eq!(csvw["url"], "befolkning_2024.csv");
        assert!(files.frictionless.text.contains("\"Andel\""));
        // The harvesting guide names the addresses the metadata gives.
        assert!(v.harvesting.iter().any(|h| {
            h.sv.contains("https://exempelby.se/data/befolkning_2024.csv")
        }));
        assert!(
            v.harvesting
                .iter()
                .any(|h| h.en.contains("https://exempelby.se/datasets/dcat"))
        );
        assert!(!v.maintenance.is_empty());
    }

    #[test]
    fn empty_fields_get_marked_suggestions_and_typed_ones_are_kept() {
        let v = form(&befolkning(), &input());
        let title = field(&v, "title");
        assert_eq!(title.value, "Befolkning 2024");
        assert!(title.suggested.is_some());
        assert!(field(&v, "description").suggested.is_some());
        assert_eq!(field(&v, "temporal_start").value, "2024-01-31");
        assert_eq!(field(&v, "temporal_end").value, "2024-02-29");
        assert_eq!(
            field(&v, "download_url").value,
            "https://exempelby.se/data/befolkning_2024.csv"
        );

        let mut typed = input();
        typed.dataset.title = "  Folkmängd per kommun ".into();
        typed.dataset.keywords = "befolkning, kommuner".into();
        typed.dataset.themes = vec!["SOCI".into()];
        typed.dataset.frequency = "ANNUAL".into();
        let v = form(&befolkning(), &typed);
        let title = field(&v, "title");
        assert_eq!(title.value, "Folkmängd per kommun");
        assert!(title.suggested.is_none());
        assert!(field(&v, "keywords").suggested.is_none());
        let rdf = &v.files.as_ref().unwrap().turtle.text;
        assert!(rdf.contains("Folkmängd per kommun"), "{rdf}");
        assert!(rdf.contains("\"kommuner\"@sv"), "{rdf}");
        assert!(rdf.contains("data-theme/SOCI"), "{rdf}");
        assert!(rdf.contains("frequency/ANNUAL"), "{rdf}");
        assert_eq!(v.violations, 0, "{:#?}", v.findings);
        assert_eq!(
            v.dataset_iri.as_deref(),
            Some("https://exempelby.se/data/dataset/folkmangd-per-kommun")
        );
    }

    #[test]
    fn the_release_date_is_today_until_typed_and_its_recommendation_goes() {
        let v = form(&befolkning(), &input());
        let issued = field(&v, "issued");
        assert_eq!(
            (issued.value.as_str(), issued.mandatory),
            ("2026-11-30", false)
        );
        assert!(issued.suggested.is_some());
        let rdf = &v.files.as_ref().unwrap().turtle.text;
        assert!(rdf.contains("\"2026-11-30\"^^xsd:date"), "{rdf}");
        let lacks_issued = |v: &FormView| {
            v.findings.iter().any(|f| {
                f.text.en.contains("Dataset lacks") && f.text.en.contains("dcterms:issued")
            })
        };
        assert!(!lacks_issued(&v), "{:#?}", v.findings);
        // Without a clock the field stays empty and DCAT-AP-SE recommends it there.
        let mut no_clock = input();
        no_clock.today = String::new();
        let v = form(&befolkning(), &no_clock);
        assert_eq!(field(&v, "issued").value, "");
        assert!(
            !field(&v, "issued").warnings.is_empty(),
            "{:#?}",
            field(&v, "issued")
        );
        // Typed: kept, and checked as a date.
        let mut typed = input();
        typed.dataset.issued = "2025-03-01".into();
        let v = form(&befolkning(), &typed);
        assert!(field(&v, "issued").suggested.is_none());
        assert!(
            v.files
                .as_ref()
                .unwrap()
                .turtle
                .text
                .contains("\"2025-03-01\"^^xsd:date")
        );
        typed.dataset.issued = "1 mars".into();
        let v = form(&befolkning(), &typed);
        assert_eq!(field(&v, "issued").errors.len(), 1);
        assert!(!v.publishable);
    }

    #[test]
    fn a_contact_telephone_is_written_and_its_recommendation_goes() {
        let lacks_phone = |v: &FormView| {
            v.findings
                .iter()
                .any(|f| f.text.en.contains("vcard:hasTelephone"))
        };
        let v = form(&befolkning(), &input());
        assert!(!field(&v, "phone").mandatory);
        assert!(lacks_phone(&v), "recommended while empty");
        assert!(!field(&v, "phone").warnings.is_empty(), "next to the field");
        let mut i = input();
        i.publisher.phone = "0123-45 67 00".into();
        let v = form(&befolkning(), &i);
        assert!(!lacks_phone(&v), "{:#?}", v.findings);
        assert_eq!(v.violations, 0, "{:#?}", v.findings);
        let ttl = &v.files.as_ref().unwrap().turtle.text;
        assert!(ttl.contains("<tel:+46123456700>"), "{ttl}");
        i.publisher.phone = "ring växeln".into();
        let v = form(&befolkning(), &i);
        assert_eq!(field(&v, "phone").errors.len(), 1);
        assert!(!v.publishable);
    }

    #[test]
    fn a_contact_address_is_written_and_its_recommendation_goes() {
        let lacks_address = |v: &FormView| {
            v.findings
                .iter()
                .map(|f| &f.text)
                .chain(fields_findings(v))
                .any(|t| t.en.contains("vcard:hasAddress") || t.en.contains("vcard:street-address"))
        };
        let v = form(&befolkning(), &input());
        assert!(lacks_address(&v), "recommended while empty");
        let mut i = input();
        i.publisher.street_address = "Storgatan 1".into();
        i.publisher.postal_code = "12345".into();
        i.publisher.locality = "Exempelby".into();
        let v = form(&befolkning(), &i);
        assert!(!lacks_address(&v), "{:#?}", v.findings);
        assert_eq!(v.violations, 0, "{:#?}", v.findings);
        let ttl = &v.files.as_ref().unwrap().turtle.text;
        for text in [
            "\"Storgatan 1\"",
            "\"123 45\"",
            "\"Exempelby\"",
            "\"Sverige\"",
        ] {
            assert!(ttl.contains(text), "{text} in {ttl}");
        }
        i.publisher.postal_code = "1234".into();
        let v = form(&befolkning(), &i);
        assert_eq!(field(&v, "postal_code").errors.len(), 1);
    }

    #[test]
    fn the_publishers_description_goes_next_to_its_field_and_into_the_catalogue() {
        let empty = form(&befolkning(), &input());
        // Recommended while empty, shown at the field (not at the dataset's description).
        let at = |v: &FormView, key: &str| {
            v.fields.iter().find(|f| f.key == key).is_some_and(|f| {
                f.warnings
                    .iter()
                    .any(|w| w.en.contains("dcterms:description"))
            })
        };
        assert!(at(&empty, "publisher_description"), "{:#?}", empty.findings);
        assert!(!at(&empty, "description"));
        let mut i = input();
        assert!(i.set_field(
            "publisher_description",
            &["Kommunen i Exempelby län.".into()]
        ));
        assert_eq!(
            i.field_values("publisher_description"),
            Some(vec!["Kommunen i Exempelby län.".to_owned()])
        );
        assert_eq!(i.dataset.description, "", "not the dataset's description");
        let v = form(&befolkning(), &i);
        assert!(!at(&v, "publisher_description"), "{:#?}", v.findings);
        assert_eq!(v.violations, 0, "{:#?}", v.findings);
        let ttl = &v.files.as_ref().unwrap().turtle.text;
        assert!(ttl.contains("\"Kommunen i Exempelby län.\"@sv"), "{ttl}");
    }

    /// The texts of the findings shown next to fields.
    fn fields_findings(v: &FormView) -> impl Iterator<Item = &Both> {
        v.fields
            .iter()
            .flat_map(|f| f.warnings.iter().chain(&f.errors))
    }

    #[test]
    fn errors_land_next_to_the_field_and_block_publishing() {
        let mut i = input();
        i.publisher.email = "inte en adress".into();
        i.publisher.name = String::new();
        i.dataset.temporal_start = "31/1/2024".into();
        let v = form(&befolkning(), &i);
        assert!(!v.publishable);
        assert!(v.files.is_none());
        assert_eq!(field(&v, "email").errors.len(), 1);
        assert!(field(&v, "email").errors[0].en.contains("not an e-mail"));
        assert!(field(&v, "name").errors[0].sv.contains("Obligatoriskt"));
        assert!(
            field(&v, "temporal_start").errors[0]
                .en
                .contains("YYYY-MM-DD")
        );
        assert!(field(&v, "title").errors.is_empty());
        // Every error is in the summary too, with the field named.
        assert_eq!(v.violations, 3, "{:#?}", v.findings);
        assert!(
            v.findings
                .iter()
                .any(|f| f.field.as_deref() == Some("email"))
        );
        // Typed values stay as typed.
        assert_eq!(field(&v, "email").value, "inte en adress");
        // Suggestions are still made.
        assert!(field(&v, "title").suggested.is_some());
    }

    #[test]
    fn mandatory_fields_come_first_in_each_section() {
        let v = form(&befolkning(), &input());
        let order: Vec<(&str, bool)> = v
            .fields
            .iter()
            .map(|f| (f.section.as_str(), f.mandatory))
            .collect();
        let mut sorted = order.clone();
        sorted.sort_by_key(|(s, m)| (*s != "dataset", !*m));
        assert_eq!(order, sorted);
        let types = &field(&v, "publisher_type").choices;
        assert!(types.iter().any(|c| c.value == "LocalAuthority"));
        assert!(field(&v, "themes").choices.len() >= 13);
    }

    #[test]
    fn personnummer_and_a_stop_are_refused_with_reasons() {
        let text = "Namn;Personnummer\nAnna;19121212-1212\nBo;19800101-0005\n";
        let profile = csv_profile::profile_bytes(text.as_bytes()).unwrap();
        let v = form(&profile, &input());
        assert!(!v.refused.is_empty());
        assert!(!v.publishable);
        assert!(v.files.is_none());

        let mut i = input();
        i.answers = answers(r#"{"confidential": true}"#);
        let v = form(&befolkning(), &i);
        assert!(!v.refused.is_empty(), "{v:#?}");
        assert!(!v.publishable);
    }

    #[test]
    fn a_high_value_dataset_needs_a_category() {
        let mut i = input();
        i.answers = answers(include_str!("../../../tests/fixtures/answers/high-value.json"));
        let v = form(&befolkning(), &i);
        assert!(!field(&v, "hvd_categories").errors.is_empty());
        assert!(!v.publishable);
        i.dataset.hvd_categories = vec!["c_e1da4e07".into()];
        let v = form(&befolkning(), &i);
        assert!(field(&v, "hvd_categories").errors.is_empty(), "{v:#?}");
        assert!(v.files.unwrap().turtle.text.contains("c_e1da4e07"));
    }

    #[test]
    fn adding_to_an_imported_catalogue_keeps_every_triple() {
        let old = include_str!("../../../tests/fixtures/catalogs/dcat-ap-se-rekommenderat.ttl");
        let mut i = input();
        i.catalog = Some(Imported {
            name: "katalog.ttl".into(),
            text: old.into(),
        });
        let v = form(&befolkning(), &i);
        let info = v.catalog.as_ref().unwrap();
        assert!(info.error.is_none(), "{info:?}");
        assert!(info.datasets >= 1);
        // The official 2.x-era example has errors of its own (an old availability
        // IRI, a data service without format): listed, not blocking the new dataset.
        assert!(v.existing_violations > 0, "{v:#?}");
        assert_eq!(v.violations, 0, "{:#?}", v.findings);
        assert!(v.publishable);
        let files = v.files.as_ref().unwrap();
        assert_eq!(files.rdfxml.name, "katalog.rdf");
        let before = dcat_ap_se::parse(old.as_bytes(), Format::Turtle).unwrap();
        let after = dcat_ap_se::parse(files.turtle.text.as_bytes(), Format::Turtle).unwrap();
        let ground = |g: &dcat_ap_se::oxrdf::Graph| -> Vec<String> {
            g.iter()
                .filter(|t| !t.subject.is_blank_node() && !t.object.is_blank_node())
                .map(|t| t.to_string())
                .collect()
        };
        let after_set = ground(&after);
        for t in ground(&before) {
            assert!(after_set.contains(&t), "lost: {t}");
        }
        assert!(after.len() > before.len());

        // The same dataset twice is refused, next to the title.
        let mut again = input();
        again.catalog = Some(Imported {
            name: "dcat.ttl".into(),
            text: files.turtle.text.clone(),
        });
        let v = form(&befolkning(), &again);
        assert!(!field(&v, "title").errors.is_empty());
        assert!(!v.publishable);

        // A broken file is refused with its place.
        let mut broken = input();
        broken.catalog = Some(Imported {
            name: "trasig.ttl".into(),
            text: "<a> <b> .".into(),
        });
        let v = form(&befolkning(), &broken);
        let e = v.catalog.unwrap().error.unwrap();
        assert!(e.sv.contains("trasig.ttl"), "{e:?}");
        assert!(!v.publishable);
    }

    #[test]
    fn every_field_of_the_view_can_be_set_by_its_key() {
        let v = form(&befolkning(), &input());
        let mut i = FormInput::default();
        assert!(!i.has_dataset_text());
        for f in &v.fields {
            let values = vec![format!("x-{}", f.key)];
            assert!(i.set_field(&f.key, &values), "{}", f.key);
        }
        assert!(i.has_dataset_text());
        for f in &v.fields {
            assert_eq!(
                i.field_values(&f.key),
                Some(vec![format!("x-{}", f.key)]),
                "{}",
                f.key
            );
        }
        assert_eq!(i.field_values("nonsense"), None);
        assert_eq!(i.dataset.title, "x-title");
        assert_eq!(i.publisher.email, "x-email");
        assert_eq!(i.dataset.themes, vec!["x-themes".to_owned()]);
        assert!(!i.set_field("nonsense", &[]));
        assert!(i.set_field("publish_dictionary", &["false".into()]));
        assert!(!i.dataset.publish_dictionary);
    }

    #[test]
    fn a_catalogued_dataset_is_edited_in_the_same_fields() {
        let edits = crate::catalog::DatasetEdits {
            title: Some("Badplatser".into()),
            description: Some("Var man kan bada.".into()),
            keywords: Some(vec!["bad".into(), "sjö".into()]),
            themes: Some(vec!["ENVI".into()]),
        };
        let fields = edit_fields(&edits);
        let keys: Vec<&str> = fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["title", "description", "keywords", "themes"]);
        assert_eq!(fields[2].value, "bad, sjö");
        assert!(fields[3].multiple && fields[3].choices.iter().any(|c| c.value == "ENVI"));
        let new = form(&befolkning(), &input());
        let label = |k: &str, fs: &[Field]| fs.iter().find(|f| f.key == k).map(|f| f.label.clone());
        assert_eq!(label("title", &fields), label("title", &new.fields));
    }

    #[test]
    fn the_input_round_trips_through_json() {
        let mut i = input();
        i.dataset.themes = vec!["GOVE".into()];
        let text = serde_json::to_string(&i).unwrap();
        let back: FormInput = serde_json::from_str(&text).unwrap();
        assert_eq!(back, i);
        // A saved draft from an older build (missing keys) still loads.
        let old: FormInput = serde_json::from_str(r#"{"dataset": {"title": "T"}}"#).unwrap();
        assert_eq!(old.dataset.title, "T");
        assert!(old.dataset.publish_dictionary);
    }
}
