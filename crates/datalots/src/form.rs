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
use dcat_ap_se::{Catalog, Format, Report, Severity};
use licence_advisor::{Answers, Outcome, recommend};
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::catalog::{self, DatasetEdits};
use crate::date::is_date;
use crate::describe::{self, Draft, Origin, Overrides};
use crate::publisher::{KEYS, Publisher, check_field};
use crate::text::Both;
use crate::url::{last_segment, percent_decode};

pub mod coverage;
mod fields;
mod guide;

pub use fields::{
    FIELD_COUNT, FIELDS, FieldKey, Fix, Input, Section, Spec, UnknownField, field_of, fix, fix_of,
};
pub use guide::harvest_address;

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
    /// The municipality's code (`0114`), when the publisher is one.
    pub kommunkod: String,
    /// An IRI for the area the publisher's data covers (the settings' `spatial`; the
    /// form's key is `publisher_spatial`).
    pub spatial: String,
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
    /// A high-value dataset's API: the address it answers at.
    pub api_endpoint: String,
    /// A high-value dataset's API: a page documenting it.
    pub api_documentation: String,
    /// Columns flagged as personal data that the steward said are not, with the
    /// reasons ([`crate::personal`]).
    pub not_personal: Vec<crate::personal::Dismissal>,
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
            api_endpoint: String::new(),
            api_documentation: String::new(),
            not_personal: Vec::new(),
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
    /// Sets one field: one value for a text field, several for
    /// [`FieldKey::Themes`] and [`FieldKey::HvdCategories`]. The values are kept
    /// exactly as typed.
    pub fn set(&mut self, key: FieldKey, values: &[String]) {
        use FieldKey as K;
        let one = values.first().cloned().unwrap_or_default();
        let (p, d) = (&mut self.publisher, &mut self.dataset);
        match key {
            K::Title => d.title = one,
            K::Description => d.description = one,
            K::Keywords => d.keywords = one,
            K::Themes => d.themes = values.to_vec(),
            K::Frequency => d.frequency = one,
            K::TemporalStart => d.temporal_start = one,
            K::TemporalEnd => d.temporal_end = one,
            K::Spatial => d.spatial = one,
            K::LandingPage => d.landing_page = one,
            K::Issued => d.issued = one,
            K::DownloadUrl => d.download_url = one,
            K::HvdCategories => d.hvd_categories = values.to_vec(),
            K::ApiEndpoint => d.api_endpoint = one,
            K::ApiDocumentation => d.api_documentation = one,
            K::Name => p.name = one,
            K::OrganisationNumber => p.organisation_number = one,
            K::PublisherType => p.publisher_type = one,
            K::Email => p.email = one,
            K::BaseUri => p.base_uri = one,
            K::Homepage => p.homepage = one,
            K::Phone => p.phone = one,
            K::StreetAddress => p.street_address = one,
            K::PostalCode => p.postal_code = one,
            K::Locality => p.locality = one,
            K::PublisherDescription => p.description = one,
            K::Kommunkod => p.kommunkod = one,
            K::PublisherSpatial => p.spatial = one,
        }
    }

    /// The values typed in one field (as [`FormInput::set`] takes them); empty when
    /// nothing is typed.
    pub fn values(&self, key: FieldKey) -> Vec<String> {
        use FieldKey as K;
        let (p, d) = (&self.publisher, &self.dataset);
        let text = match key {
            K::Themes => return d.themes.clone(),
            K::HvdCategories => return d.hvd_categories.clone(),
            K::Title => &d.title,
            K::Description => &d.description,
            K::Keywords => &d.keywords,
            K::Frequency => &d.frequency,
            K::TemporalStart => &d.temporal_start,
            K::TemporalEnd => &d.temporal_end,
            K::Spatial => &d.spatial,
            K::LandingPage => &d.landing_page,
            K::Issued => &d.issued,
            K::DownloadUrl => &d.download_url,
            K::ApiEndpoint => &d.api_endpoint,
            K::ApiDocumentation => &d.api_documentation,
            K::Name => &p.name,
            K::OrganisationNumber => &p.organisation_number,
            K::PublisherType => &p.publisher_type,
            K::Email => &p.email,
            K::BaseUri => &p.base_uri,
            K::Homepage => &p.homepage,
            K::Phone => &p.phone,
            K::StreetAddress => &p.street_address,
            K::PostalCode => &p.postal_code,
            K::Locality => &p.locality,
            K::PublisherDescription => &p.description,
            K::Kommunkod => &p.kommunkod,
            K::PublisherSpatial => &p.spatial,
        };
        if text.is_empty() {
            Vec::new()
        } else {
            vec![text.clone()]
        }
    }

    /// What is typed in a field as one text (several values joined with `, `), trimmed.
    fn typed(&self, key: FieldKey) -> String {
        self.values(key).join(", ").trim().to_owned()
    }

    /// Whether the person has typed anything about the dataset (not the publisher,
    /// which is kept across datasets).
    pub fn has_dataset_text(&self) -> bool {
        self.dataset != DatasetFields::default()
    }

    /// The CSV file's name, `data.csv` when there is none.
    fn file_name(&self) -> &str {
        match self.file_name.trim() {
            "" => "data.csv",
            name => name,
        }
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
    /// Which field (in JSON its stable key: `title`, `email`…).
    pub key: FieldKey,
    /// `dataset` or `publisher`.
    pub section: String,
    /// Mandatory: an error when empty.
    pub mandatory: bool,
    /// Shown with the first fields (the mandatory ones, the theme, a high-value
    /// dataset's API); the others are recommended, disclosed after.
    #[serde(default)]
    pub first: bool,
    /// The kind of control it is typed in.
    #[serde(default)]
    pub input: Input,
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
    pub field: Option<FieldKey>,
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
    /// The dataset's grade on Sveriges dataportal as the metadata stands, with where
    /// each missing point is earned (steps 4 and 5); `None` until a catalogue could be
    /// written.
    #[serde(default)]
    pub quality: Option<crate::quality::Grade>,
}

impl FormView {
    fn empty() -> FormView {
        FormView {
            fields: Vec::new(),
            findings: Vec::new(),
            violations: 0,
            warnings: 0,
            refused: Vec::new(),
            notices: Vec::new(),
            files: None,
            publishable: false,
            harvesting: Vec::new(),
            maintenance: guide::maintenance(),
            catalog: None,
            existing_violations: 0,
            existing_warnings: 0,
            dataset_iri: None,
            quality: None,
        }
    }
}

/// The 290 municipalities, `0114 Upplands Väsby`, in code order.
fn kommun_choices() -> Vec<Choice> {
    csv_profile::places::KOMMUNER
        .iter()
        .map(|k| {
            let label = format!("{} {}", k.code, k.name);
            Choice {
                value: k.code.to_owned(),
                label: Both::new(label.clone(), label),
            }
        })
        .collect()
}

fn choices(list: &[Concept]) -> Vec<Choice> {
    list.iter()
        .map(|c| Choice {
            value: c.uri.rsplit('/').next().unwrap_or(c.uri).to_owned(),
            label: Both::new(c.sv, c.en),
        })
        .collect()
}

/// A field as its row in [`FIELDS`] shows it, with a value and nothing found yet.
fn new_field(key: FieldKey, value: String) -> Field {
    let s = key.spec();
    Field {
        key,
        section: s.section.as_str().to_owned(),
        mandatory: s.mandatory,
        first: s.first,
        input: s.input,
        label: Both::new(s.label.0, s.label.1),
        help: Both::new(s.help.0, s.help.1),
        value,
        suggested: None,
        choices: if key == FieldKey::Kommunkod {
            kommun_choices()
        } else {
            choices(s.choices)
        },
        multiple: s.input == Input::Choices,
        errors: Vec::new(),
        warnings: Vec::new(),
    }
}

/// The fields being filled in, by key.
struct Fields(Vec<Field>);

impl Fields {
    fn get_mut(&mut self, key: FieldKey) -> Option<&mut Field> {
        self.0.iter_mut().find(|f| f.key == key)
    }

    fn error(&mut self, key: FieldKey, e: Both) {
        if let Some(f) = self.get_mut(key) {
            f.errors.push(e);
        }
    }

    /// Puts Datalots' suggestion into a field left empty.
    fn suggest(&mut self, key: FieldKey, value: String, note: Both) {
        if let Some(f) = self.get_mut(key)
            && f.value.is_empty()
            && !value.is_empty()
        {
            f.value = value;
            f.suggested = Some(note);
        }
    }

    fn any_error(&self) -> bool {
        self.0.iter().any(|f| !f.errors.is_empty())
    }
}

/// Computes the form: suggestions, the draft, the catalogue, its validation and files.
pub fn form(profile: &Profile, input: &FormInput) -> FormView {
    let recommendation = recommend(&input.answers);
    let high_value = recommendation.high_value;
    let mut fields = Fields(
        FieldKey::ALL
            .into_iter()
            .filter(|k| high_value || !k.high_value_only())
            .map(|k| new_field(k, input.typed(k)))
            .collect(),
    );
    let publisher = match publisher_from_fields(&input.publisher) {
        Ok(p) => Some(p),
        Err(errors) => {
            for (key, e) in errors {
                fields.error(key, e);
            }
            None
        }
    };
    check_dataset_fields(&mut fields, input, high_value);
    suggest_from_file(&mut fields, profile, input);

    let mut view = FormView::empty();
    let draft = match &publisher {
        Some(publisher) if !fields.any_error() => draft(&mut view, profile, input, publisher),
        _ => {
            // Say why there is nothing to publish even when the fields are fine.
            if recommendation.outcome != Outcome::Licence {
                view.refused = refusal(profile, &input.answers);
            }
            None
        }
    };
    if let (Some(draft), Some(publisher)) = (&draft, &publisher) {
        from_draft(&mut view, &mut fields, draft, publisher, input);
    }
    summarise(view, fields)
}

/// Dataset fields that are addresses or dates, and the HVD category, checked before
/// drafting so that the error lands next to the field.
fn check_dataset_fields(fields: &mut Fields, input: &FormInput, high_value: bool) {
    use FieldKey as K;
    for key in [
        K::DownloadUrl,
        K::LandingPage,
        K::Spatial,
        K::ApiEndpoint,
        K::ApiDocumentation,
    ] {
        let value = input.typed(key);
        if !value.is_empty()
            && let Err(e) = dcat_ap_se::mint::check_base(&value)
        {
            let e = Error::from(e).text();
            fields.error(
                key,
                Both::new(
                    format!("Inte en fullständig webbadress: {}", e.sv),
                    format!("Not a complete web address: {}", e.en),
                ),
            );
        }
    }
    for key in [K::Issued, K::TemporalStart, K::TemporalEnd] {
        let value = input.typed(key);
        if !value.is_empty() && !is_date(&value) {
            fields.error(
                key,
                Both::new(
                    format!("«{value}» är inget datum: skriv ÅÅÅÅ-MM-DD, t.ex. 2024-01-31."),
                    format!("«{value}» is not a date: write YYYY-MM-DD, e.g. 2024-01-31."),
                ),
            );
        }
    }
    let d = &input.dataset;
    let (start, end) = (d.temporal_start.trim(), d.temporal_end.trim());
    if is_date(start) && is_date(end) && start > end {
        fields.error(
            K::TemporalEnd,
            Both::new(
                "Perioden slutar före den börjar.",
                "The period ends before it starts.",
            ),
        );
    }
    if high_value && d.hvd_categories.is_empty() {
        fields.error(
            K::HvdCategories,
            Both::new(
                "Svaren säger att datamängden är värdefull: välj minst en HVD-kategori.",
                "The answers say the dataset is high-value: choose at least one HVD category.",
            ),
        );
    }
}

/// Suggestions from the file for what was left empty: title, description, keywords,
/// the period its dates cover, and today as the release date.
fn suggest_from_file(fields: &mut Fields, profile: &Profile, input: &FormInput) {
    use FieldKey as K;
    fields.suggest(
        K::Title,
        describe::title_from_file_name(input.file_name()),
        Both::new(
            "Utkast från filnamnet: skriv en titel som säger vad uppgifterna handlar om.",
            "Drafted from the file name: write a title that says what the data is about.",
        ),
    );
    let description = describe::draft_description(profile);
    fields.suggest(
        K::Description,
        description
            .iter()
            .find(|t| t.lang.as_deref() == Some("sv"))
            .or(description.first())
            .map(|t| t.value.clone())
            .unwrap_or_default(),
        Both::new(
            "Utkast från filens kolumner: beskriv vad uppgifterna är, varifrån de kommer och hur ofta de uppdateras.",
            "Drafted from the file's columns: describe what the data is, where it comes from and how often it is updated.",
        ),
    );
    fields.suggest(
        K::Keywords,
        describe::keywords_from_headers(profile).join(", "),
        Both::new(
            "Från kolumnrubrikerna: lägg till ord som en sökande skulle använda.",
            "From the column headers: add words someone searching would use.",
        ),
    );
    let d = &input.dataset;
    if d.temporal_start.trim().is_empty()
        && d.temporal_end.trim().is_empty()
        && let Some(p) = describe::period(profile)
    {
        let note = Both::new(
            format!(
                "{}; ändra om uppgifterna gäller en annan period.",
                capitalise(&p.note.sv)
            ),
            format!(
                "{}; change it if the data covers another period.",
                capitalise(&p.note.en)
            ),
        );
        fields.suggest(K::TemporalStart, p.start.clone(), note.clone());
        fields.suggest(K::TemporalEnd, p.end, note);
    }
    about_period(fields, profile, d);
    let today = input.today.trim();
    let released = [d.issued.trim(), today].into_iter().find(|v| is_date(v));
    if d.temporal_start.trim().is_empty()
        && d.temporal_end.trim().is_empty()
        && describe::period(profile).is_none()
        && let Some(v) = released
    {
        fields.suggest(
            K::TemporalStart,
            v.to_owned(),
            Both::new(
                "Filen har inga datum eller årtal: uppgifterna antas gälla från utgivningsdatumet; ange den period de gäller.",
                "The file has no dates or years: the data is taken to hold from the release date; give the period it covers.",
            ),
        );
    }
    if is_date(today) {
        fields.suggest(
            K::Issued,
            today.to_owned(),
            Both::new(
                "Dagens datum: ändra om datamängden publicerades tidigare.",
                "Today's date: change it if the dataset was published earlier.",
            ),
        );
    }
}

/// «Om filen»: the period the lines about the file name, for a table without dates
/// ([`crate::about::period`]).
fn about_period(fields: &mut Fields, profile: &Profile, d: &DatasetFields) {
    if !d.temporal_start.trim().is_empty() || !d.temporal_end.trim().is_empty() {
        return;
    }
    if let Some((range, note)) = crate::about::period(profile) {
        let note = Both::new(
            format!(
                "{}; ändra om uppgifterna gäller en annan period.",
                capitalise(&note.sv)
            ),
            format!(
                "{}; change it if the data covers another period.",
                capitalise(&note.en)
            ),
        );
        fields.suggest(FieldKey::TemporalStart, range.start, note.clone());
        fields.suggest(FieldKey::TemporalEnd, range.end, note);
    }
}

/// What the person typed, as the describe step takes it.
fn overrides(input: &FormInput) -> Overrides {
    let d = &input.dataset;
    let today = input.today.trim();
    Overrides {
        file_name: Some(input.file_name().to_owned()),
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
        landing_pages: None,
        issued: non_empty(&d.issued),
        today: is_date(today).then(|| today.to_owned()),
        api_endpoint: non_empty(&d.api_endpoint),
        api_documentation: non_empty(&d.api_documentation),
        not_personal: d.not_personal.clone(),
    }
}

/// The draft, or why there is none (in the view: refused, or a blocking finding).
fn draft(
    view: &mut FormView,
    profile: &Profile,
    input: &FormInput,
    publisher: &Publisher,
) -> Option<Draft> {
    match describe::describe(profile, &input.answers, publisher, &overrides(input)) {
        Ok(draft) => Some(draft),
        Err(Error::Refused { reasons }) => {
            view.refused = reasons;
            None
        }
        Err(e) => {
            let e = e.text();
            view.findings.push(Finding::blocking(Both::new(
                format!("Metadata kunde inte skrivas: {}", e.sv),
                format!("The metadata could not be written: {}", e.en),
            )));
            None
        }
    }
}

/// What the draft adds to the view: its suggestions for the fields still empty, its
/// notices, the catalogue with its findings and files, the harvesting steps.
fn from_draft(
    view: &mut FormView,
    fields: &mut Fields,
    draft: &Draft,
    publisher: &Publisher,
    input: &FormInput,
) {
    for m in draft.marked(Origin::Suggested) {
        let (key, value) = match m.property {
            "dcat:downloadURL" => (
                FieldKey::DownloadUrl,
                draft
                    .dataset
                    .distributions
                    .first()
                    .and_then(|x| x.download_url.first().cloned()),
            ),
            "dcterms:spatial" => (FieldKey::Spatial, draft.dataset.spatial.first().cloned()),
            "dcat:theme" => (FieldKey::Themes, Some(theme_codes(&draft.dataset.theme))),
            _ => continue,
        };
        if let Some(value) = value {
            fields.suggest(key, value, m.note.map(|n| format!("{}.", capitalise(n))));
        }
    }
    view.notices = draft.notices.clone();
    view.dataset_iri = draft
        .dataset
        .id
        .as_ref()
        .and_then(|n| n.iri())
        .map(str::to_owned);
    catalogue(view, fields, draft, publisher, input);
    view.harvesting = guide::harvesting(draft, publisher);
}

/// The summary (field errors and warnings first, then the validation), the counts,
/// and the fields in their order: mandatory first in each section.
fn summarise(mut view: FormView, fields: Fields) -> FormView {
    let mut fields = fields.0;
    let mut summary = Vec::new();
    for f in &fields {
        let said = |t: &Both| {
            Both::new(
                format!("{}: {}", f.label.sv, t.sv),
                format!("{}: {}", f.label.en, t.en),
            )
        };
        for (violation, list) in [(true, &f.errors), (false, &f.warnings)] {
            summary.extend(list.iter().map(|t| Finding {
                field: Some(f.key),
                violation,
                text: said(t),
            }));
        }
    }
    summary.append(&mut view.findings);
    view.findings = summary;
    view.violations = view.findings.iter().filter(|f| f.violation).count();
    view.warnings =
        view.findings.iter().filter(|f| !f.violation).count() - view.existing_violations;
    view.publishable = view.violations == 0 && view.refused.is_empty() && view.files.is_some();
    fields.sort_by_key(|f| (f.section != Section::Dataset.as_str(), !f.first));
    view.fields = fields;
    view
}

/// The publisher settings from the form's fields, checked field by field: the
/// settings, or every field's error (mandatory fields left empty say so).
pub fn publisher_from_fields(p: &PublisherFields) -> Result<Publisher, Vec<(FieldKey, Both)>> {
    use FieldKey as K;
    let mut checked = Vec::new();
    let mut errors = Vec::new();
    // (the field, the settings' key, the value): the same but for the description,
    // whose field must not be the dataset's `description`.
    for (field, key, value) in [
        (K::Name, "name", &p.name),
        (
            K::OrganisationNumber,
            "organisation_number",
            &p.organisation_number,
        ),
        (K::PublisherType, "publisher_type", &p.publisher_type),
        (K::Email, "email", &p.email),
        (K::BaseUri, "base_uri", &p.base_uri),
        (K::Homepage, "homepage", &p.homepage),
        (K::Phone, "phone", &p.phone),
        (K::StreetAddress, "street_address", &p.street_address),
        (K::PostalCode, "postal_code", &p.postal_code),
        (K::Locality, "locality", &p.locality),
        (K::PublisherDescription, "description", &p.description),
        (K::Kommunkod, "kommunkod", &p.kommunkod),
        (K::PublisherSpatial, "spatial", &p.spatial),
    ] {
        let value = value.trim();
        if value.is_empty() {
            if KEYS.contains(&(key, true)) {
                errors.push((
                    field,
                    Both::new("Obligatoriskt: fyll i.", "Mandatory: fill it in."),
                ));
            }
            continue;
        }
        match check_field(key, value) {
            Ok(v) => checked.push((key, v)),
            Err(e) => errors.push((field, e)),
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
        kommunkod: get("kommunkod"),
        spatial: get("spatial"),
        description: get("description"),
        landing_pages: None,
    })
}

/// The describe form's fields for a dataset already in a catalogue: title,
/// description, keywords and themes, with the same labels, help and choices as for a
/// new dataset and the dataset's current values (for the widget's catalogue view).
pub fn edit_fields(edits: &DatasetEdits) -> Vec<Field> {
    use FieldKey as K;
    let list = |v: &Option<Vec<String>>| v.clone().unwrap_or_default().join(", ");
    [
        (K::Title, edits.title.clone().unwrap_or_default()),
        (
            K::Description,
            edits.description.clone().unwrap_or_default(),
        ),
        (K::Keywords, list(&edits.keywords)),
        (K::Themes, list(&edits.themes)),
    ]
    .into_iter()
    .map(|(key, value)| new_field(key, value))
    .collect()
}

/// Theme IRIs as the form's values: their codes, joined with `, `.
fn theme_codes(themes: &[String]) -> String {
    themes
        .iter()
        .map(|t| t.rsplit('/').next().unwrap_or(t))
        .collect::<Vec<_>>()
        .join(", ")
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
    let mut out: Vec<Both> = match describe::refuse_identity_numbers(profile) {
        Ok(()) => Vec::new(),
        Err(Error::Refused { reasons }) => reasons,
        Err(other) => vec![other.text()],
    };
    let r = recommend(answers);
    match r.outcome {
        Outcome::Licence => {}
        Outcome::Stop => out.extend(r.reasons.iter().map(|x| Both::new(x.sv, x.en))),
        Outcome::Incomplete => out.push(Both::new(
            "Licensfrågorna i steg 3 är inte besvarade.",
            "The licence questions in step 3 are not answered.",
        )),
    }
    out.extend(r.conflicts.iter().map(|x| Both::new(x.sv, x.en)));
    out
}

/// Adds the draft to a new or the imported catalogue, validates it, puts each finding
/// next to its field (or in the summary) and writes the files.
fn catalogue(
    view: &mut FormView,
    fields: &mut Fields,
    draft: &Draft,
    publisher: &Publisher,
    input: &FormInput,
) {
    let Some(mut catalog) = target_catalogue(view, publisher, input) else {
        return;
    };
    if let Err(e) = draft.add_to(&mut catalog) {
        let (iri, e) = (view.dataset_iri.as_deref().unwrap_or("?"), e.text());
        fields.error(
            FieldKey::Title,
            Both::new(
                format!(
                    "Katalogen har redan en datamängd med samma adress ({iri}). Ändra titeln, eller uppdatera den befintliga datamängden från den nya filen i stället. ({})",
                    e.sv
                ),
                format!(
                    "The catalogue already holds a dataset with the same address ({iri}). Change the title, or update the existing dataset from the new file instead. ({})",
                    e.en
                ),
            ),
        );
        return;
    }
    let report = match catalog.validate() {
        Ok(r) => r,
        Err(e) => {
            view.findings.push(Finding::blocking(Error::from(e).text()));
            return;
        }
    };
    place_findings(view, fields, &report, &draft.new_resources());
    view.quality = grade(&catalog, view.dataset_iri.as_deref());
    match files(&catalog, draft, input) {
        Some(files) => view.files = Some(files),
        None => view.findings.push(Finding::blocking(Both::new(
            "Katalogen kunde inte skrivas.",
            "The catalogue could not be written.",
        ))),
    }
}

/// The new dataset's grade on Sveriges dataportal, in the catalogue it joins.
fn grade(catalog: &Catalog, dataset: Option<&str>) -> Option<crate::quality::Grade> {
    let assessment = catalog.assess(crate::quality::Profile::Dataportal).ok()?;
    Some(crate::quality::Grade::of(assessment.dataset(dataset?)?))
}

/// The catalogue the dataset goes into: the imported one (its name and size in the
/// view), else a new one; `None`, with the reason in the view, when it cannot be used.
fn target_catalogue(
    view: &mut FormView,
    publisher: &Publisher,
    input: &FormInput,
) -> Option<Catalog> {
    let Some(imported) = &input.catalog else {
        return match describe::new_catalog(publisher) {
            Ok(c) => Some(c),
            Err(e) => {
                view.findings.push(Finding::blocking(e.text()));
                None
            }
        };
    };
    let opened = open_imported(imported);
    view.catalog = Some(CatalogInfo {
        name: imported.name.clone(),
        datasets: opened.as_ref().map_or(0, |c| c.datasets.len()),
        error: opened.as_ref().err().cloned(),
    });
    match opened {
        Ok(c) => Some(c),
        Err(e) => {
            view.findings.push(Finding::blocking(e));
            None
        }
    }
}

/// `org:classification`: recommended for an agent, but its only value in DCAT-AP-SE
/// marks an agent that by law must charge fees for some data; a kommun's open data is
/// free, so the form has no field for it and does not count its absence as a missing
/// recommendation (`coverage`: omitted, with this reason). `datalots validate` still
/// reports it, with that advice.
const ORG_CLASSIFICATION: &str = "org:classification";

/// Each finding of the validation next to the field it concerns, or in the summary;
/// the imported catalogue's own findings are counted apart (its violations listed, not
/// blocking: they were there before).
fn place_findings(view: &mut FormView, fields: &mut Fields, report: &Report, new: &[String]) {
    for f in &report.findings {
        let violation = f.severity == Severity::Violation;
        if !violation && f.property.as_deref() == Some(ORG_CLASSIFICATION) {
            continue;
        }
        if !new.contains(&f.resource) {
            if violation {
                view.existing_violations += 1;
                let at = format!("{} ({})", f.resource, f.property.as_deref().unwrap_or("-"));
                view.findings.push(Finding {
                    field: None,
                    violation: false,
                    text: Both::new(
                        format!(
                            "Fel som redan fanns i den befintliga katalogen (hindrar inte publicering; «datalots catalog upgrade» rättar många): {at}: {}",
                            f.message_sv
                        ),
                        format!(
                            "An error already in the existing catalogue (does not block publishing; «datalots catalog upgrade» fixes many): {at}: {}",
                            f.message_en
                        ),
                    ),
                });
            } else {
                view.existing_warnings += 1;
            }
            continue;
        }
        let text = Both::new(f.message_sv.clone(), f.message_en.clone());
        let field = f
            .property
            .as_deref()
            .and_then(|p| field_of(&f.class, p))
            .and_then(|k| fields.get_mut(k));
        match field {
            Some(field) if violation => field.errors.push(text),
            Some(field) => field.warnings.push(text),
            None => view.findings.push(Finding {
                field: None,
                violation,
                text,
            }),
        }
    }
}

/// The files to download: the catalogue in three formats (named after the imported
/// file, else `dcat`), and the data dictionary named after the CSV file as published.
fn files(catalog: &Catalog, draft: &Draft, input: &FormInput) -> Option<Files> {
    let file = |name: String, media_type: &str, text: String| File {
        name,
        media_type: media_type.to_owned(),
        text,
    };
    let csv_name = draft
        .dataset
        .distributions
        .first()
        .and_then(|x| x.download_url.first())
        .map(|u| percent_decode(last_segment(u)))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "data.csv".to_owned());
    let stem = |name: &str| name.rsplit_once('.').map_or(name, |(s, _)| s).to_owned();
    let json = |v: &serde_json::Value| serde_json::to_string_pretty(v).unwrap_or_default() + "\n";
    let base = input
        .catalog
        .as_ref()
        .map_or_else(|| "dcat".to_owned(), |i| stem(&i.name));
    Some(Files {
        rdfxml: file(
            format!("{base}.rdf"),
            "application/rdf+xml",
            catalog.write(Format::RdfXml).ok()?,
        ),
        turtle: file(
            format!("{base}.ttl"),
            "text/turtle",
            catalog.write(Format::Turtle).ok()?,
        ),
        jsonld: file(
            format!("{base}.jsonld"),
            "application/ld+json",
            catalog.write(Format::JsonLd).ok()?,
        ),
        csvw: file(
            format!("{csv_name}-metadata.json"),
            "application/csvm+json",
            json(&draft.csvw),
        ),
        frictionless: file(
            format!("{}.resource.json", stem(&csv_name)),
            "application/json",
            json(&draft.frictionless),
        ),
    })
}

/// Reads an imported catalogue strictly (as `datalots describe --catalog` does).
fn open_imported(imported: &Imported) -> Result<Catalog, Both> {
    let format = catalog::format_of(&imported.name).map_err(|e| e.text())?;
    let opened = catalog::open(imported.text.as_bytes(), format, false, &imported.name)
        .map_err(|e| e.text())?;
    Catalog::from_graph(&opened.graph).map_err(|source| {
        Error::Rdf {
            file: imported.name.clone(),
            source,
        }
        .text()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quality::PortalPoints;

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
                kommunkod: String::new(),
                spatial: String::new(),
            },
            dataset: DatasetFields::default(),
            file_name: "befolkning_2024.csv".into(),
            catalog: None,
            today: "2026-11-30".into(),
        }
    }

    fn field(v: &FormView, key: FieldKey) -> &Field {
        v.fields.iter().find(|f| f.key == key).unwrap()
    }

    #[test]
    fn a_kommun_is_not_told_to_add_the_fee_marker_it_must_leave_out() {
        let v = form(&befolkning(), &input());
        let shown: Vec<&str> = v
            .findings
            .iter()
            .map(|f| f.text.en.as_str())
            .chain(
                v.fields
                    .iter()
                    .flat_map(|f| f.warnings.iter().map(|w| w.en.as_str())),
            )
            .collect();
        assert!(
            !shown.iter().any(|t| t.contains("classification")),
            "{shown:#?}"
        );
        // The validator still reports it (`datalots validate`): only the form leaves it
        // out, as the coverage table does.
        let rdf = &v.files.as_ref().unwrap().rdfxml.text;
        let report =
            dcat_ap_se::validate(&dcat_ap_se::parse(rdf.as_bytes(), Format::RdfXml).unwrap());
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.property.as_deref() == Some(ORG_CLASSIFICATION)),
            "{report:?}"
        );
    }

    #[test]
    fn the_lines_about_the_file_fill_the_area_and_the_period_as_suggestions() {
        let smhi = include_bytes!("../../csv-profile/tests/data/sniff/smhi_blocks.csv");
        let v = form(&csv_profile::profile_bytes(smhi).unwrap(), &input());
        let spatial = field(&v, FieldKey::Spatial);
        assert_eq!(
            spatial.value,
            "https://exempelby.se/data/omrade/kommun-1490"
        );
        assert!(
            spatial
                .suggested
                .as_ref()
                .unwrap()
                .sv
                .starts_with("Raden «Stationsnamn: Borås»"),
            "{:?}",
            spatial.suggested
        );
        assert!(v.publishable, "{:#?}", v.findings);
        let report = "Antal besök per bibliotek\nPeriod;2023-01-01;2023-12-31\n\nbibliotek;besök;lån\nHuvudbiblioteket;120 400;88 000\nFilial Norr;30 200;21 000\nFilial Syd;18 500;9 800\nBokbussen;4 100;3 900\n";
        let v = form(
            &csv_profile::profile_bytes(report.as_bytes()).unwrap(),
            &input(),
        );
        let start = field(&v, FieldKey::TemporalStart);
        assert_eq!(start.value, "2023-01-01");
        assert!(
            start
                .suggested
                .as_ref()
                .unwrap()
                .sv
                .starts_with("Från raderna om filen «Period"),
            "{:?}",
            start.suggested
        );
        assert_eq!(field(&v, FieldKey::TemporalEnd).value, "2023-12-31");
    }

    #[test]
    fn a_dismissed_name_flag_is_said_and_personnummer_are_still_refused() {
        let csv = "Fynd;Observatörer;personnummer\nBlåmes;Johan Nilsson;19811218-9876\nTalgoxe;Anna Berg;19900101-0017\nKoltrast;Erik Lindqvist;19850505-1234\n";
        let p = csv_profile::profile_bytes(csv.as_bytes()).unwrap();
        let mut i = input();
        let personal = crate::view::personal(&p);
        i.dataset.not_personal = vec![
            crate::personal::check(
                &personal,
                "Observatörer",
                "Namnen är fältstationer, inte personer",
            )
            .unwrap(),
        ];
        let v = form(&p, &i);
        assert!(
            v.refused.iter().any(|r| r.sv.contains("«personnummer»")),
            "{:?}",
            v.refused
        );
        assert!(!v.publishable);
        // Without the personnummer column the form is publishable, and says the decision.
        let without: String = csv
            .lines()
            .map(|l| l.rsplit_once(';').unwrap().0.to_owned() + "\n")
            .collect();
        let p = csv_profile::profile_bytes(without.as_bytes()).unwrap();
        let v = form(&p, &i);
        assert!(v.publishable, "{:?} {:#?}", v.refused, v.findings);
        assert!(
            v.notices.iter().any(|n| n
                .en
                .contains("you said it is not personal data: «Namnen är fältstationer")),
            "{:?}",
            v.notices
        );
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
        let title = field(&v, FieldKey::Title);
        assert_eq!(title.value, "Befolkning 2024");
        assert!(title.suggested.is_some());
        assert!(field(&v, FieldKey::Description).suggested.is_some());
        assert_eq!(field(&v, FieldKey::TemporalStart).value, "2024-01-31");
        assert_eq!(field(&v, FieldKey::TemporalEnd).value, "2024-02-29");
        assert_eq!(
            field(&v, FieldKey::DownloadUrl).value,
            "https://exempelby.se/data/befolkning_2024.csv"
        );

        let mut typed = input();
        typed.dataset.title = "  Folkmängd per kommun ".into();
        typed.dataset.keywords = "befolkning, kommuner".into();
        typed.dataset.themes = vec!["SOCI".into()];
        typed.dataset.frequency = "ANNUAL".into();
        let v = form(&befolkning(), &typed);
        let title = field(&v, FieldKey::Title);
        assert_eq!(title.value, "Folkmängd per kommun");
        assert!(title.suggested.is_none());
        assert!(field(&v, FieldKey::Keywords).suggested.is_none());
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
        let issued = field(&v, FieldKey::Issued);
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
        assert_eq!(field(&v, FieldKey::Issued).value, "");
        assert!(
            !field(&v, FieldKey::Issued).warnings.is_empty(),
            "{:#?}",
            field(&v, FieldKey::Issued)
        );
        // Typed: kept, and checked as a date.
        let mut typed = input();
        typed.dataset.issued = "2025-03-01".into();
        let v = form(&befolkning(), &typed);
        assert!(field(&v, FieldKey::Issued).suggested.is_none());
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
        assert_eq!(field(&v, FieldKey::Issued).errors.len(), 1);
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
        assert!(!field(&v, FieldKey::Phone).mandatory);
        assert!(lacks_phone(&v), "recommended while empty");
        assert!(
            !field(&v, FieldKey::Phone).warnings.is_empty(),
            "next to the field"
        );
        let mut i = input();
        i.publisher.phone = "0123-45 67 00".into();
        let v = form(&befolkning(), &i);
        assert!(!lacks_phone(&v), "{:#?}", v.findings);
        assert_eq!(v.violations, 0, "{:#?}", v.findings);
        let ttl = &v.files.as_ref().unwrap().turtle.text;
        assert!(ttl.contains("<tel:+46123456700>"), "{ttl}");
        i.publisher.phone = "ring växeln".into();
        let v = form(&befolkning(), &i);
        assert_eq!(field(&v, FieldKey::Phone).errors.len(), 1);
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
        assert_eq!(field(&v, FieldKey::PostalCode).errors.len(), 1);
    }

    #[test]
    fn the_publishers_description_goes_next_to_its_field_and_into_the_catalogue() {
        let empty = form(&befolkning(), &input());
        // Recommended while empty, shown at the field (not at the dataset's description).
        let at = |v: &FormView, key: FieldKey| {
            v.fields.iter().find(|f| f.key == key).is_some_and(|f| {
                f.warnings
                    .iter()
                    .any(|w| w.en.contains("dcterms:description"))
            })
        };
        assert!(
            at(&empty, FieldKey::PublisherDescription),
            "{:#?}",
            empty.findings
        );
        assert!(!at(&empty, FieldKey::Description));
        let mut i = input();
        i.set(
            FieldKey::PublisherDescription,
            &["Kommunen i Exempelby län.".into()],
        );
        assert_eq!(
            i.values(FieldKey::PublisherDescription),
            vec!["Kommunen i Exempelby län.".to_owned()]
        );
        assert_eq!(i.dataset.description, "", "not the dataset's description");
        let v = form(&befolkning(), &i);
        assert!(!at(&v, FieldKey::PublisherDescription), "{:#?}", v.findings);
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
        assert_eq!(field(&v, FieldKey::Email).errors.len(), 1);
        assert!(
            field(&v, FieldKey::Email).errors[0]
                .en
                .contains("not an e-mail")
        );
        assert!(
            field(&v, FieldKey::Name).errors[0]
                .sv
                .contains("Obligatoriskt")
        );
        assert!(
            field(&v, FieldKey::TemporalStart).errors[0]
                .en
                .contains("YYYY-MM-DD")
        );
        assert!(field(&v, FieldKey::Title).errors.is_empty());
        // Every error is in the summary too, with the field named.
        assert_eq!(v.violations, 3, "{:#?}", v.findings);
        assert!(v.findings.iter().any(|f| f.field == Some(FieldKey::Email)));
        // Typed values stay as typed.
        assert_eq!(field(&v, FieldKey::Email).value, "inte en adress");
        // Suggestions are still made.
        assert!(field(&v, FieldKey::Title).suggested.is_some());
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
        let types = &field(&v, FieldKey::PublisherType).choices;
        assert!(types.iter().any(|c| c.value == "LocalAuthority"));
        assert!(field(&v, FieldKey::Themes).choices.len() >= 13);
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
        i.answers = answers(include_str!(
            "../../../tests/fixtures/answers/high-value.json"
        ));
        let v = form(&befolkning(), &i);
        assert!(!field(&v, FieldKey::HvdCategories).errors.is_empty());
        assert!(!v.publishable);
        i.dataset.hvd_categories = vec!["c_e1da4e07".into()];
        let v = form(&befolkning(), &i);
        assert!(
            field(&v, FieldKey::HvdCategories).errors.is_empty(),
            "{v:#?}"
        );
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
        assert!(!field(&v, FieldKey::Title).errors.is_empty());
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
    fn the_grade_follows_the_fields_and_links_each_missing_point_to_its_field() {
        let v = form(&befolkning(), &input());
        let g = v
            .quality
            .as_ref()
            .expect("a grade once the catalogue is written");
        assert_eq!(
            (g.whole_points(), g.metadata_max(), g.max()),
            (295, 295, 375)
        );
        assert_eq!(g.rating_when_reachable().sv, "Utmärkt");
        assert_eq!(g.rating().sv, "Bra");
        assert_eq!(g.dimensions().len(), 5);
        assert_eq!(g.indicators().len(), 23);
        assert_eq!(g.stars()[0].1, 3);
        assert!(
            g.stars()[0]
                .2
                .as_ref()
                .is_some_and(|n| n.en.contains("RDF"))
        );
        // The view travels from the worker as JSON, the grade with it.
        let back: FormView = serde_json::from_str(&serde_json::to_string(&v).unwrap()).unwrap();
        assert_eq!(back.quality, v.quality);
        // Headers without a word to suggest: no keyword, 30 points missing, and the
        // field that earns them named; typing one earns them.
        let bare = csv_profile::profile_bytes(b"a;b\n1;2\n3;4\n").unwrap();
        let g = form(&bare, &input()).quality.unwrap();
        let missing: Vec<(&str, Option<Fix>)> = g
            .missing()
            .iter()
            .map(|i| (i.name, fix_of(i.name)))
            .collect();
        assert_eq!(missing, [("keyword", Some(Fix::Field(FieldKey::Keywords)))]);
        assert_eq!(g.whole_points(), 265);
        let mut typed = input();
        typed.set(FieldKey::Keywords, &["befolkning".into()]);
        assert_eq!(form(&bare, &typed).quality.unwrap().whole_points(), 295);
    }

    #[test]
    fn every_field_can_be_set_and_read_back_by_its_key() {
        let v = form(&befolkning(), &input());
        let mut i = FormInput::default();
        assert!(!i.has_dataset_text());
        for k in FieldKey::ALL {
            i.set(k, &[format!("x-{k}")]);
        }
        assert!(i.has_dataset_text());
        for k in FieldKey::ALL {
            assert_eq!(i.values(k), vec![format!("x-{k}")], "{k}");
        }
        // The view shows every field but the HVD category and the API (not a
        // high-value dataset).
        let shown: Vec<FieldKey> = v.fields.iter().map(|f| f.key).collect();
        for k in FieldKey::ALL {
            assert_eq!(shown.contains(&k), !k.high_value_only(), "{k}");
        }
        assert_eq!(i.dataset.title, "x-title");
        assert_eq!(i.publisher.email, "x-email");
        assert_eq!(i.dataset.themes, vec!["x-themes".to_owned()]);
        assert_eq!(i.dataset.landing_page, "x-landing_page");
        assert_eq!(i.publisher.description, "x-publisher_description");
        // In JSON a field is its stable key, as the widget and saved drafts have it.
        let json = serde_json::to_value(field(&v, FieldKey::LandingPage)).unwrap();
        assert_eq!(json["key"], "landing_page");
        assert_eq!(json["input"], "url");
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
        let label =
            |k: FieldKey, fs: &[Field]| fs.iter().find(|f| f.key == k).map(|f| f.label.clone());
        assert_eq!(
            label(FieldKey::Title, &fields),
            label(FieldKey::Title, &new.fields)
        );
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
