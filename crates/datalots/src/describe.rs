//! The describe pipeline: a profiled CSV file, the licence answers and the publisher's
//! settings become a DCAT-AP-SE dataset with one distribution.
//!
//! Every value [`describe`] fills in is listed in [`Draft::marks`] as
//! [`Origin::Given`] (typed by a person: the settings, the answers, the command line)
//! or [`Origin::Suggested`] (derived from the file or drafted by Datalots, to be
//! checked by a person before publishing).

use csv_profile::{ColumnProfile, ColumnType, PersonalKind, Profile, Scalar};
use dcat_ap_se::mint::{mint, organisation_iri};
use dcat_ap_se::oxrdf::{Literal, NamedNode, Triple};
use dcat_ap_se::vocab::{self, SWEDEN, SWEDISH};
use dcat_ap_se::{
    Address, Agent, Catalog, ContactPoint, DataService, Dataset, Date, Distribution, Node,
    PeriodOfTime, RightsStatement, Telephone, Text,
};
use licence_advisor::{Answers, Outcome, Recommendation, recommend};
use serde::Serialize;

use crate::Error;
use crate::concepts::lookup;
use crate::date::is_date;
use crate::dictionary;
use crate::publisher::Publisher;
use crate::text::Both;
use crate::url::{percent_decode, percent_encode};

/// The IANA IRI of `text/csv`, for `dcat:mediaType`.
pub const CSV_MEDIA_TYPE: &str = "https://www.iana.org/assignments/media-types/text/csv";

/// Where a value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Typed by a person: the publisher settings, the licence answers, the command line.
    Given,
    /// Derived from the file or drafted by Datalots: check it before publishing.
    Suggested,
}

/// One filled-in property and where its value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mark {
    /// The resource (IRI) the property belongs to.
    pub resource: String,
    /// The property, as a prefixed name (`dcterms:title`).
    pub property: &'static str,
    /// Given or suggested.
    pub origin: Origin,
    /// Where it came from and what to check.
    pub note: Both,
}

/// What a person typed beyond the answers and the settings. Everything is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Overrides {
    /// The CSV file's name (`befolkning_2024.csv`): drafts the title and the download
    /// address when they are not given.
    pub file_name: Option<String>,
    /// The dataset's title in Swedish.
    pub title: Option<String>,
    /// The dataset's description in Swedish.
    pub description: Option<String>,
    /// Where the CSV file is (or will be) published; drafted under the base URI when
    /// not given.
    pub download_url: Option<String>,
    /// Keywords in Swedish; replace the ones suggested from the headers.
    pub keywords: Vec<String>,
    /// EU data themes: codes (`GOVE`, `EDUC`), IRIs or labels.
    pub themes: Vec<String>,
    /// HVD categories for a high-value dataset: IRIs, codes (`c_e1da4e07`) or labels
    /// (`Statistik`).
    pub hvd_categories: Vec<String>,
    /// Whether the data dictionary ([`Draft::csvw`]) is published next to the file;
    /// then the distribution's `dcterms:conformsTo` points at it.
    pub publish_dictionary: bool,
    /// How often the data is updated (`dcterms:accrualPeriodicity`): a code of the EU
    /// frequency list (`MONTHLY`), its IRI or its label (`månatlig`).
    pub frequency: Option<String>,
    /// The first day the data covers, `YYYY-MM-DD`; replaces the one drafted from the
    /// date columns (with `temporal_end`).
    pub temporal_start: Option<String>,
    /// The last day the data covers, `YYYY-MM-DD`.
    pub temporal_end: Option<String>,
    /// The areas the data covers (`dcterms:spatial`), as IRIs (e.g. a Geonames
    /// address); replace the one derived from area-code columns or the settings.
    pub spatial: Vec<String>,
    /// A web page about the dataset (`dcat:landingPage`).
    pub landing_page: Option<String>,
    /// Where the static catalogue pages are published: without
    /// [`Overrides::landing_page`], the dataset's landing page is its page there
    /// ([`crate::site::landing_page`]); the publisher's `landing_pages` otherwise.
    pub landing_pages: Option<String>,
    /// The day the dataset is first published, `YYYY-MM-DD` (`dcterms:issued`).
    pub issued: Option<String>,
    /// Today's date, `YYYY-MM-DD`: suggested as `dcterms:issued` when `issued` is not
    /// given (the library has no clock of its own; the command line and the widget
    /// pass it).
    pub today: Option<String>,
    /// A high-value dataset's API: the address it answers at (`dcat:endpointURL` of
    /// the `dcat:DataService` [`describe`] writes with the dataset).
    pub api_endpoint: Option<String>,
    /// A page documenting the API (`foaf:page` of the service).
    pub api_documentation: Option<String>,
    /// Columns flagged as personal data that the steward said are not, with the
    /// reasons ([`crate::personal`]): the notices say the decision.
    pub not_personal: Vec<crate::personal::Dismissal>,
}

/// A described dataset, ready to be added to a catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct Draft {
    /// The dataset with its one distribution.
    pub dataset: Dataset,
    /// Where each filled-in value came from.
    pub marks: Vec<Mark>,
    /// The licence advice the answers gave.
    pub recommendation: Recommendation,
    /// What to check before publishing (personal-data hints, the area covered…).
    pub notices: Vec<Both>,
    /// The CSVW metadata document for the file (`FILE.csv-metadata.json`).
    pub csvw: serde_json::Value,
    /// The Frictionless Data Resource with its Table Schema (`FILE.resource.json`).
    pub frictionless: serde_json::Value,
    /// Where the CSVW document belongs: the download address + `-metadata.json`.
    pub csvw_url: String,
    /// Today's date when the caller gave it ([`Overrides::today`]): a new catalogue
    /// is dated with it ([`Draft::add_to`]).
    pub today: Option<String>,
    /// The areas the dataset refers to that Datalots named, with their names: written
    /// into the catalogue with the dataset ([`Draft::add_to`]).
    pub places: Vec<Place>,
    /// A high-value dataset's API, when its address was given: a `dcat:DataService`
    /// serving the dataset, added to the catalogue with it ([`Draft::add_to`]).
    pub service: Option<DataService>,
}

/// A named area (`dcterms:spatial`) and its name, which the catalogue states
/// (`rdfs:label`) so that a harvester can show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The area's IRI.
    pub iri: String,
    /// Its name in Swedish and English.
    pub label: Both,
}

/// `rdfs:label`.
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";

impl Place {
    /// Sweden, the area suggested when nothing narrower is known.
    pub fn sweden() -> Place {
        Place {
            iri: SWEDEN.to_owned(),
            label: Both::new("Sverige", "Sweden"),
        }
    }

    /// The label statements, as N-Triples lines ([`Catalog::extra`]).
    fn triples(&self) -> Vec<String> {
        let Ok(iri) = NamedNode::new(self.iri.clone()) else {
            return Vec::new();
        };
        [("sv", &self.label.sv), ("en", &self.label.en)]
            .into_iter()
            .map(|(lang, text)| {
                // "sv" and "en" are well-formed tags: no check needed (and none linked).
                let l = Literal::new_language_tagged_literal_unchecked(text.clone(), lang);
                let t = Triple::new(iri.clone(), NamedNode::new_unchecked(RDFS_LABEL), l);
                format!("{t} .")
            })
            .collect()
    }

    /// Adds the label statements to a catalogue, once; a place the catalogue already
    /// names (in any language) keeps its names, and nothing is added about it.
    pub fn label_in(places: &[Place], catalog: &mut Catalog) {
        for p in places {
            let subject = format!("<{}> <{RDFS_LABEL}> ", p.iri);
            if catalog.extra.iter().any(|t| t.starts_with(&subject)) {
                continue;
            }
            catalog.extra.extend(p.triples());
        }
    }
}

impl Draft {
    /// Adds the dataset to a catalogue (refused when a dataset with the same IRI is
    /// already there: nothing is replaced behind the user's back).
    ///
    /// A catalogue that is being started (no datasets and no dates yet) gets today's
    /// date as `dcterms:issued` and `dcterms:modified`, when [`Draft::today`] is known;
    /// an existing catalogue keeps its own dates, as it keeps everything else.
    pub fn add_to(&self, catalog: &mut Catalog) -> Result<(), Error> {
        let new =
            catalog.datasets.is_empty() && catalog.issued.is_none() && catalog.modified.is_none();
        catalog.add_dataset(self.dataset.clone())?;
        Place::label_in(&self.places, catalog);
        if let Some(service) = &self.service {
            add_service(catalog, service);
        }
        if new && let Some(today) = &self.today {
            catalog.issued = Some(Date::day(today));
            catalog.modified = Some(Date::day(today));
        }
        Ok(())
    }

    /// The marks of one origin.
    pub fn marked(&self, origin: Origin) -> impl Iterator<Item = &Mark> {
        self.marks.iter().filter(move |m| m.origin == origin)
    }

    /// The IRIs of the resources the draft creates: the dataset, its distributions and
    /// contact points, and its publisher (what a validation finding on the new
    /// dataset is about, as against one on a catalogue it joins).
    pub fn new_resources(&self) -> Vec<String> {
        let d = &self.dataset;
        let mut out: Vec<Option<&dcat_ap_se::Node>> = vec![d.id.as_ref()];
        out.extend(d.distributions.iter().map(|x| x.id.as_ref()));
        out.extend(d.contact_point.iter().map(|x| x.id.as_ref()));
        out.push(d.publisher.as_ref().and_then(|p| p.id.as_ref()));
        out.extend(self.service.iter().map(|s| s.id.as_ref()));
        out.into_iter()
            .flatten()
            .filter_map(|n| n.iri().map(str::to_owned))
            .collect()
    }
}

/// Adds a dataset's API to a catalogue; a service with the same IRI already there
/// (the same API serving several datasets) gets the dataset added to those it serves.
fn add_service(catalog: &mut Catalog, service: &DataService) {
    match catalog
        .services
        .iter_mut()
        .find(|s| s.id.is_some() && s.id == service.id)
    {
        Some(known) => {
            for d in &service.serves_dataset {
                if !known.serves_dataset.contains(d) {
                    known.serves_dataset.push(d.clone());
                }
            }
        }
        None => catalog.services.push(service.clone()),
    }
}

/// The publisher as a DCAT-AP-SE agent (`foaf:Organization` with its ADMS type).
pub fn agent(publisher: &Publisher) -> Result<Agent, Error> {
    let mut name = vec![Text::sv(&publisher.name)];
    if let Some(en) = &publisher.name_en {
        name.push(Text::en(en));
    }
    let mut agent = Agent::organisation(
        organisation_iri(&publisher.organisation_number)?,
        name,
        &publisher.publisher_type,
    );
    agent.homepage = publisher.homepage.clone();
    agent.description = publisher.description.iter().map(Text::sv).collect();
    // DCAT-AP-SE: "a Swedish organisation should use the organisationsnummer".
    agent.identifier = vec![publisher.organisation_number.clone()];
    Ok(agent)
}

/// A new catalogue for the publisher: titled after it, licence CC0, Swedish; its area
/// (`dcterms:spatial`, recommended) is the publisher's area ([`Publisher::area`]: the
/// `spatial` setting, else its municipality) when there is one (a kommun's catalogue
/// covers the kommun).
pub fn new_catalog(publisher: &Publisher) -> Result<Catalog, Error> {
    let name = &publisher.name;
    let genitive = if name.ends_with(['s', 'x', 'z', 'S', 'X', 'Z']) {
        name.clone()
    } else {
        format!("{name}s")
    };
    let name_en = publisher.name_en.as_deref().unwrap_or(name);
    let mut catalog = Catalog::new(
        mint(&publisher.base_uri, "katalog", "datakatalog")?,
        vec![
            Text::sv(format!("{genitive} datakatalog")),
            Text::en(format!("Data catalogue of {name_en}")),
        ],
        vec![
            Text::sv(format!("Öppna data och delade data från {name}.")),
            Text::en(format!("Open and shared data from {name_en}.")),
        ],
        agent(publisher)?,
    );
    catalog.language = vec![SWEDISH.into()];
    catalog.homepage = publisher.homepage.clone();
    if let Some(area) = publisher.area() {
        catalog.spatial = vec![area.iri.clone()];
        if let Some(label) = area.label {
            Place::label_in(
                &[Place {
                    iri: area.iri,
                    label,
                }],
                &mut catalog,
            );
        }
    }
    Ok(catalog)
}

/// Describes a profiled CSV file.
///
/// Refuses ([`Error::Refused`]) when the answers stop publication, leave a
/// question open or conflict, and when the file holds personnummer or
/// samordningsnummer (which never belong in open data); the reasons come with it.
///
/// The work is done section by section, in the order of the describe form
/// ([`Drafting`]): title and text, contact, coverage, licence and rights, the
/// distribution. Each section can be read and re-run on its own.
pub fn describe(
    profile: &Profile,
    answers: &Answers,
    publisher: &Publisher,
    overrides: &Overrides,
) -> Result<Draft, Error> {
    let recommendation = recommend(answers);
    refuse_unless_publishable(profile, &recommendation)?;
    let mut d = Drafting::new(profile, publisher, overrides)?;
    let mut dataset = d.title_and_text()?;
    d.contact(&mut dataset)?;
    d.coverage(&mut dataset)?;
    d.licence_and_rights(&mut dataset, &recommendation)?;
    d.distribution(&mut dataset, &recommendation)?;
    d.high_value(&mut dataset, &recommendation)?;
    d.personal_data_notices(&recommendation);
    Ok(d.finish(dataset, recommendation))
}

/// The state of one describe run: the inputs, the dataset's IRI and what has been
/// marked and noticed so far. [`describe`] runs the sections in order; a caller may
/// run one section again on a dataset (e.g. [`Drafting::coverage`] after the file
/// changed) without touching the others.
#[derive(Debug)]
pub struct Drafting<'a> {
    profile: &'a Profile,
    publisher: &'a Publisher,
    overrides: &'a Overrides,
    /// The dataset's title as it will be written.
    pub title: String,
    /// The dataset's IRI, minted under the base URI from the title.
    pub dataset_iri: String,
    title_origin: Origin,
    /// Where each filled-in value came from, so far.
    pub marks: Vec<Mark>,
    /// What to check before publishing, so far.
    pub notices: Vec<Both>,
    csvw_url: String,
    published: String,
    /// The areas Datalots named, with their names.
    pub places: Vec<Place>,
    /// A high-value dataset's API.
    pub service: Option<DataService>,
}

impl<'a> Drafting<'a> {
    /// Starts a run: decides the title (typed, or drafted from the file name) and
    /// mints the dataset's IRI from it.
    pub fn new(
        profile: &'a Profile,
        publisher: &'a Publisher,
        overrides: &'a Overrides,
    ) -> Result<Drafting<'a>, Error> {
        let (title, title_origin) = match (&overrides.title, &overrides.file_name) {
            (Some(t), _) if !t.trim().is_empty() => (t.trim().to_owned(), Origin::Given),
            (_, Some(f)) => (title_from_file_name(f), Origin::Suggested),
            _ => ("Namnlös datamängd".to_owned(), Origin::Suggested),
        };
        let dataset_iri = mint(&publisher.base_uri, "dataset", &title)?;
        Ok(Drafting {
            profile,
            publisher,
            overrides,
            title,
            dataset_iri,
            title_origin,
            marks: Vec::new(),
            notices: Vec::new(),
            csvw_url: String::new(),
            published: String::from("data.csv"),
            places: Vec::new(),
            service: None,
        })
    }

    fn mark(&mut self, resource: &str, property: &'static str, origin: Origin, sv: &str, en: &str) {
        self.marks.push(Mark {
            resource: resource.to_owned(),
            property,
            origin,
            note: Both::new(sv, en),
        });
    }

    fn mark_dataset(&mut self, property: &'static str, origin: Origin, sv: &str, en: &str) {
        let iri = self.dataset_iri.clone();
        self.mark(&iri, property, origin, sv, en);
    }

    /// Title, description, keywords, themes and language: the dataset itself, with
    /// its publisher.
    pub fn title_and_text(&mut self) -> Result<Dataset, Error> {
        match self.title_origin {
            Origin::Given => self.mark_dataset("dcterms:title", Origin::Given, "angiven", "given"),
            Origin::Suggested => self.mark_dataset(
                "dcterms:title",
                Origin::Suggested,
                "utkast från filnamnet: skriv en titel som säger vad uppgifterna handlar om",
                "drafted from the file name: write a title that says what the data is about",
            ),
        }
        let description = match &self.overrides.description {
            Some(d) if !d.trim().is_empty() => {
                self.mark_dataset("dcterms:description", Origin::Given, "angiven", "given");
                vec![Text::sv(d.trim())]
            }
            _ => {
                self.mark_dataset(
                    "dcterms:description",
                    Origin::Suggested,
                    "utkast från filens kolumner: beskriv vad uppgifterna är, varifrån de kommer och hur ofta de uppdateras",
                    "drafted from the file's columns: describe what the data is, where it comes from and how often it is updated",
                );
                draft_description(self.profile)
            }
        };
        let agent = agent(self.publisher)?;
        let mut dataset = Dataset::new(
            &self.dataset_iri,
            vec![Text::sv(&self.title)],
            description,
            agent,
        );
        self.mark_dataset(
            "dcterms:publisher",
            Origin::Given,
            "från utgivarinställningarna",
            "from the publisher settings",
        );

        let typed: Vec<&String> = self
            .overrides
            .keywords
            .iter()
            .filter(|k| !k.trim().is_empty())
            .collect();
        if typed.is_empty() {
            let suggested = keywords_from_headers(self.profile);
            if !suggested.is_empty() {
                self.mark_dataset(
                    "dcat:keyword",
                    Origin::Suggested,
                    "från kolumnrubrikerna: lägg till ord som en sökande skulle använda",
                    "from the column headers: add words someone searching would use",
                );
            }
            dataset.keyword = suggested.into_iter().map(Text::sv).collect();
        } else {
            self.mark_dataset("dcat:keyword", Origin::Given, "angivna", "given");
            dataset.keyword = typed.iter().map(|k| Text::sv(k.trim())).collect();
        }

        for theme in &self.overrides.themes {
            dataset.theme.push(lookup(vocab::THEMES, theme, "theme")?);
        }
        if self.overrides.themes.is_empty() {
            self.suggest_themes(&mut dataset);
        } else {
            self.mark_dataset("dcat:theme", Origin::Given, "angivna", "given");
        }

        dataset.language = vec![SWEDISH.into()];
        self.mark_dataset(
            "dcterms:language",
            Origin::Suggested,
            "antaget svenska: ändra om uppgifterna är på ett annat språk",
            "assumed Swedish: change it if the data is in another language",
        );
        if let Some(page) = filled(&self.overrides.landing_page) {
            dcat_ap_se::mint::check_base(page)?;
            dataset.landing_page = vec![page.to_owned()];
            self.mark_dataset("dcat:landingPage", Origin::Given, "angiven", "given");
        } else if let Some(base) =
            filled(&self.overrides.landing_pages).or(self.publisher.landing_pages.as_deref())
        {
            dcat_ap_se::mint::check_base(base)?;
            let page = crate::site::landing_page(base, &self.dataset_iri);
            dataset.landing_page = vec![page];
            self.mark_dataset(
                "dcat:landingPage",
                Origin::Given,
                "datamängdens sida bland kommunens katalogsidor",
                "the dataset's page among the kommun's catalogue pages",
            );
        }
        Ok(dataset)
    }

    /// Themes suggested from the title, the column names and the keywords
    /// ([`dcat_ap_se::themes::suggest`]): the best (two on a tie); when no word
    /// points at one, «Government and public sector», the theme of a public body's own
    /// data, to be replaced by one that fits better.
    fn suggest_themes(&mut self, dataset: &mut Dataset) {
        let columns: Vec<&str> = self
            .profile
            .columns
            .iter()
            .filter(|c| c.personal_data.is_none() && !c.name.starts_with("column_"))
            .map(|c| c.name.as_str())
            .collect();
        let keywords: Vec<&str> = dataset.keyword.iter().map(|k| k.value.as_str()).collect();
        let found = dcat_ap_se::themes::suggest(&self.title, &columns, &keywords);
        let best: Vec<_> = found
            .iter()
            .take_while(|t| found.first().is_some_and(|b| b.score == t.score))
            .take(2)
            .collect();
        if best.is_empty() {
            dataset.theme = vec![GOVERNMENT_THEME.to_owned()];
            self.mark_dataset(
                "dcat:theme",
                Origin::Suggested,
                "inget ord i titeln, kolumnerna eller nyckelorden pekar ut ett tema: «Regeringen och den offentliga sektorn» föreslås för en offentlig aktörs uppgifter; välj ett tema som passar bättre",
                "no word of the title, the columns or the keywords points at a theme: «Government and public sector» is suggested for a public body's data; choose a theme that fits better",
            );
            return;
        }
        dataset.theme = best.iter().map(|t| t.uri.to_owned()).collect();
        let names = |sv: bool| -> String {
            best.iter()
                .map(|t| format!("«{}»", if sv { t.label.sv } else { t.label.en }))
                .collect::<Vec<_>>()
                .join(if sv { " och " } else { " and " })
        };
        let words: Vec<String> = best
            .iter()
            .flat_map(|t| t.because.iter())
            .map(|w| format!("«{w}»"))
            .fold(Vec::new(), |mut v, w| {
                if !v.contains(&w) {
                    v.push(w);
                }
                v
            });
        let words = words.join(", ");
        self.mark_dataset(
            "dcat:theme",
            Origin::Suggested,
            &format!(
                "{} föreslås av orden {words}: ändra om ett annat tema passar bättre",
                names(true)
            ),
            &format!(
                "{} is suggested by the words {words}: change it if another theme fits better",
                names(false)
            ),
        );
    }

    /// The contact point, from the publisher settings.
    pub fn contact(&mut self, dataset: &mut Dataset) -> Result<(), Error> {
        let p = self.publisher;
        let contact_name = p.contact_name.as_deref().unwrap_or(&p.name);
        let contact_iri = mint(&p.base_uri, "kontakt", contact_name)?;
        let mut contact =
            ContactPoint::organisation(&contact_iri, vec![Text::sv(contact_name)], &p.email);
        if let Some(tel) = &p.phone {
            contact.telephone = vec![Telephone {
                id: None,
                types: vec![dcat_ap_se::ns::VCARD_VOICE.into()],
                value: Some(tel.clone()),
            }];
        }
        if p.street_address.is_some() || p.postal_code.is_some() || p.locality.is_some() {
            contact.address = vec![Address {
                id: None,
                types: vec![dcat_ap_se::ns::VCARD_ADDRESS.into()],
                street: p.street_address.clone(),
                postal_code: p.postal_code.clone(),
                locality: p.locality.clone(),
                country: Some("Sverige".into()),
            }];
        }
        dataset.contact_point = vec![contact];
        self.mark_dataset(
            "dcat:contactPoint",
            Origin::Given,
            "från utgivarinställningarna",
            "from the publisher settings",
        );
        Ok(())
    }

    /// Time and area covered, the release date, and how often the data is updated:
    /// typed, or derived from the date and area-code columns, the publisher settings
    /// and today's date.
    pub fn coverage(&mut self, dataset: &mut Dataset) -> Result<(), Error> {
        let o = self.overrides;
        let (start, end) = (filled(&o.temporal_start), filled(&o.temporal_end));
        dataset.temporal.clear();
        if start.is_some() || end.is_some() {
            check_dates("dcterms:temporal", [start, end])?;
            dataset
                .temporal
                .push(PeriodOfTime::new(start.map(Date::day), end.map(Date::day)));
            self.mark_dataset("dcterms:temporal", Origin::Given, "angiven", "given");
        } else if let Some(p) = period(self.profile) {
            dataset.temporal.push(PeriodOfTime::new(
                Some(Date::day(&p.start)),
                Some(Date::day(&p.end)),
            ));
            self.mark_dataset(
                "dcterms:temporal",
                Origin::Suggested,
                &p.note.sv,
                &p.note.en,
            );
        } else if let Some((range, note)) = crate::about::period(self.profile) {
            dataset.temporal.push(PeriodOfTime::new(
                Some(Date::day(&range.start)),
                Some(Date::day(&range.end)),
            ));
            self.mark_dataset("dcterms:temporal", Origin::Suggested, &note.sv, &note.en);
        }

        dataset.spatial.clear();
        let typed: Vec<&str> = o
            .spatial
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        if typed.is_empty() && !self.area_from_about(dataset) {
            let iri = self.dataset_iri.clone();
            let mut marks = std::mem::take(&mut self.marks);
            let mut mark =
                |resource: &str, property: &'static str, origin: Origin, sv: &str, en: &str| {
                    marks.push(Mark {
                        resource: resource.to_owned(),
                        property,
                        origin,
                        note: Both::new(sv, en),
                    });
                };
            if let Some(place) = spatial(self.profile, self.publisher, &iri, dataset, &mut mark) {
                self.places.push(place);
            }
            self.marks = marks;
        } else if !typed.is_empty() {
            for s in typed {
                dcat_ap_se::mint::check_base(s)?;
                dataset.spatial.push(s.to_owned());
            }
            self.mark_dataset("dcterms:spatial", Origin::Given, "angivet", "given");
        }

        // The release date: given, else today (the dataset is published now).
        dataset.issued = None;
        let (given, today) = (filled(&o.issued), filled(&o.today));
        check_dates("dcterms:issued", [given, today])?;
        if let Some(v) = given {
            dataset.issued = Some(Date::day(v));
            self.mark_dataset("dcterms:issued", Origin::Given, "angivet", "given");
        } else if let Some(v) = today {
            dataset.issued = Some(Date::day(v));
            self.mark_dataset(
                "dcterms:issued",
                Origin::Suggested,
                &format!("dagens datum, {v}: ändra om datamängden publicerades tidigare"),
                &format!("today's date, {v}: change it if the dataset was published earlier"),
            );
        }
        // A file that says nothing of time: a snapshot, valid from its release.
        if dataset.temporal.is_empty()
            && let Some(d) = &dataset.issued
        {
            let v = d.value.clone();
            dataset
                .temporal
                .push(PeriodOfTime::new(Some(Date::day(&v)), None));
            self.mark_dataset(
                "dcterms:temporal",
                Origin::Suggested,
                &format!("filen har inga datum eller årtal: uppgifterna antas gälla från utgivningsdatumet, {v}; ange den period de gäller"),
                &format!("the file has no dates or years: the data is taken to hold from the release date, {v}; give the period it covers"),
            );
        }
        // A new dataset has not changed since it was released.
        dataset.modified = dataset.issued.clone();
        if let Some(d) = &dataset.modified {
            let v = d.value.clone();
            self.mark_dataset(
                "dcterms:modified",
                Origin::Suggested,
                &format!("utgivningsdatumet, {v}: en ny datamängd har inte ändrats sedan dess; en uppdatering sätter dagens datum"),
                &format!("the release date, {v}: a new dataset has not changed since; an update sets the day's date"),
            );
        }

        dataset.accrual_periodicity = None;
        if let Some(f) = filled(&o.frequency) {
            dataset.accrual_periodicity = Some(lookup(vocab::FREQUENCIES, f, "frequency")?);
            self.mark_dataset(
                "dcterms:accrualPeriodicity",
                Origin::Given,
                "angiven",
                "given",
            );
        }
        Ok(())
    }

    /// «Om filen» ([`crate::about`]): a kommun the lines about the file name is the
    /// area covered — after a kommunkod or länskod column (the data's own codes) and
    /// before the publisher's area; a place that is not a kommun is said in a notice.
    /// Returns whether it set the area.
    fn area_from_about(&mut self, dataset: &mut Dataset) -> bool {
        if self.profile.columns.iter().any(|c| area_code(c).is_some()) {
            return false;
        }
        if let Some(notice) = crate::about::other_places_notice(self.profile) {
            self.notices.push(notice);
        }
        let Some(area) = crate::about::area(self.profile, self.publisher) else {
            return false;
        };
        dataset.spatial.push(area.iri);
        let note = area.note;
        self.mark_dataset("dcterms:spatial", Origin::Suggested, &note.sv, &note.en);
        true
    }

    /// Access rights, from the licence answers.
    pub fn licence_and_rights(
        &mut self,
        dataset: &mut Dataset,
        recommendation: &Recommendation,
    ) -> Result<(), Error> {
        if recommendation.licence.is_none() {
            return Err(Error::Refused {
                reasons: vec![Both::new(
                    "svaren gav ingen licens",
                    "the answers gave no licence",
                )],
            });
        }
        if let Some(rights) = recommendation.access_rights {
            dataset.access_rights = Some(rights.uri().to_owned());
            self.mark_dataset(
                "dcterms:accessRights",
                Origin::Given,
                "från svaren på licensfrågorna",
                "from the answers to the licence questions",
            );
        }
        Ok(())
    }

    /// The distribution: the CSV file, its address, size, format, licence and (when
    /// it is published) the data dictionary.
    pub fn distribution(
        &mut self,
        dataset: &mut Dataset,
        recommendation: &Recommendation,
    ) -> Result<(), Error> {
        let Some(licence) = recommendation.licence else {
            return Err(Error::Refused {
                reasons: vec![Both::new(
                    "svaren gav ingen licens",
                    "the answers gave no licence",
                )],
            });
        };
        let profile = self.profile;
        let base = self.publisher.base_uri.clone();
        let file_name = self
            .overrides
            .file_name
            .as_deref()
            .map(|f| f.rsplit(['/', '\\']).next().unwrap_or(f))
            .unwrap_or("data.csv")
            .to_owned();
        let typed_url = filled(&self.overrides.download_url);
        let (download_url, download_origin) = match typed_url {
            Some(u) => {
                dcat_ap_se::mint::check_base(u)?;
                (u.to_owned(), Origin::Given)
            }
            None => (suggested_download_url(&base, &file_name), Origin::Suggested),
        };
        // The dictionary sits next to the published file, so it names the file relatively.
        self.published = download_url
            .rsplit('/')
            .next()
            .filter(|s| !s.is_empty())
            .unwrap_or("data.csv")
            .to_owned();
        let distribution_iri = mint(&base, "distribution", &format!("{} csv", self.title))?;
        let mut csv = Distribution::new(&distribution_iri, &download_url, "text/csv");
        csv.download_url = vec![download_url.clone()];
        csv.media_type = Some(CSV_MEDIA_TYPE.into());
        csv.byte_size = Some(profile.bytes);
        csv.title = vec![
            Text::sv(format!("CSV-fil: {file_name}")),
            Text::en(format!("CSV file: {file_name}")),
        ];
        csv.licence = Some(licence.uri.to_owned());
        let rights = licence.id.rights_statement();
        csv.rights = vec![self.rights_statement(licence, dataset)?];
        csv.language = vec![SWEDISH.into()];
        csv.availability = Some(vocab::AVAILABLE.into());
        csv.description = distribution_description(profile);
        let (where_sv, where_en) = match download_origin {
            Origin::Given => ("angiven".to_owned(), "given".to_owned()),
            Origin::Suggested => (
                format!(
                    "föreslagen under basadressen: lägg filen på {download_url} eller ange var den finns"
                ),
                format!(
                    "proposed under the base URI: put the file at {download_url} or say where it is"
                ),
            ),
        };
        let d = distribution_iri.as_str();
        self.mark(d, "dcat:accessURL", download_origin, &where_sv, &where_en);
        self.mark(d, "dcat:downloadURL", download_origin, &where_sv, &where_en);
        self.mark(
            d,
            "dcterms:description",
            Origin::Suggested,
            "från filen",
            "from the file",
        );
        self.mark(
            d,
            "dcatap:availability",
            Origin::Suggested,
            "«tillgänglig»: ändra om filen bara finns tillfälligt",
            "«available»: change it if the file is only there for a while",
        );
        self.mark(
            d,
            "dcterms:format",
            Origin::Suggested,
            "från filen",
            "from the file",
        );
        self.mark(
            d,
            "dcat:byteSize",
            Origin::Suggested,
            &format!(
                "från filen: {} byte; ändra om den publicerade filen är en annan",
                profile.bytes
            ),
            &format!(
                "from the file: {} bytes; change it if the published file differs",
                profile.bytes
            ),
        );
        self.mark(
            d,
            "dcterms:rights",
            Origin::Suggested,
            &format!("från licensen: «{}»", rights.sv),
            &format!("from the licence: «{}»", rights.en),
        );
        self.mark(
            d,
            "dcterms:license",
            Origin::Given,
            &format!("{}: följer av svaren på licensfrågorna", licence.name_sv),
            &format!(
                "{}: follows from the answers to the licence questions",
                licence.name_en
            ),
        );
        self.csvw_url = format!("{download_url}-metadata.json");
        if self.overrides.publish_dictionary {
            let csvw_url = self.csvw_url.clone();
            csv.conforms_to = vec![csvw_url.clone()];
            dataset.conforms_to = vec![csvw_url.clone()];
            let sv = format!("databeskrivningen (CSVW) ska publiceras på {csvw_url}");
            let en = format!("the data dictionary (CSVW) is to be published at {csvw_url}");
            self.mark_dataset("dcterms:conformsTo", Origin::Suggested, &sv, &en);
            self.mark(d, "dcterms:conformsTo", Origin::Suggested, &sv, &en);
        }
        dataset.distributions = vec![csv];
        Ok(())
    }

    /// The rights statement (`odrs:RightsStatement`) of the distribution: the licence
    /// in words, Swedish and English ([`licence_advisor::LicenceId::rights_statement`]),
    /// the licence as the copyright statement, the publisher as the holder, Swedish law
    /// as the jurisdiction, and the page to credit (the dataset's web page, else the
    /// publisher's) when there is one.
    fn rights_statement(
        &self,
        licence: licence_advisor::Licence,
        dataset: &Dataset,
    ) -> Result<RightsStatement, Error> {
        let words = licence.id.rights_statement();
        let holder = organisation_iri(&self.publisher.organisation_number)?;
        Ok(RightsStatement {
            types: vec![dcat_ap_se::ns::ODRS_RIGHTS_STATEMENT.into()],
            attribution_text: vec![Text::sv(words.sv), Text::en(words.en)],
            attribution_url: dataset
                .landing_page
                .first()
                .or(self.publisher.homepage.as_ref())
                .cloned()
                .into_iter()
                .collect(),
            copyright_statement: vec![licence.uri.to_owned()],
            copyright_holder: vec![holder],
            jurisdiction: vec![SWEDEN.to_owned()],
            ..RightsStatement::default()
        })
    }

    /// The high-value marking, when the answers said the dataset is one: the HVD
    /// categories must be given ([`Error::HvdCategoryMissing`] otherwise). What the
    /// regulation asks beyond a file is said in the notices; the API, when its address
    /// is given, is written as a `dcat:DataService` serving the dataset.
    pub fn high_value(
        &mut self,
        dataset: &mut Dataset,
        recommendation: &Recommendation,
    ) -> Result<(), Error> {
        if !recommendation.high_value {
            return Ok(());
        }
        if self.overrides.hvd_categories.is_empty() {
            return Err(Error::HvdCategoryMissing);
        }
        let mut categories = Vec::new();
        for c in &self.overrides.hvd_categories {
            categories.push(lookup(vocab::HVD_CATEGORIES, c, "hvd_category")?);
        }
        dataset.mark_high_value(categories);
        self.mark_dataset("dcatap:hvdCategory", Origin::Given, "angivna", "given");
        self.mark_dataset(
            "dcatap:applicableLegislation",
            Origin::Given,
            "värdefull datamängd enligt svaren",
            "a high-value dataset according to the answers",
        );
        self.notices.push(Both::new(HVD_ASKS_SV, HVD_ASKS_EN));
        self.api(dataset, recommendation)
    }

    /// A high-value dataset's API as a `dcat:DataService`: its endpoint and
    /// documentation page, the dataset's contact point, licence and access rights,
    /// serving the dataset, which reaches it through its distribution's
    /// `dcat:accessService`. Without an endpoint, a notice says what is missing.
    fn api(&mut self, dataset: &mut Dataset, recommendation: &Recommendation) -> Result<(), Error> {
        let (endpoint, page) = (
            filled(&self.overrides.api_endpoint),
            filled(&self.overrides.api_documentation),
        );
        let Some(endpoint) = endpoint else {
            self.notices.push(Both::new(
                "Ange API:ets adress och dess dokumentationssida, så skrivs API:et in i katalogen som en datatjänst (dcat:DataService) som datamängden nås genom.",
                "Give the API's address and its documentation page, and the API is written into the catalogue as a data service (dcat:DataService) the dataset is reached through.",
            ));
            return Ok(());
        };
        dcat_ap_se::mint::check_base(endpoint)?;
        if let Some(p) = page {
            dcat_ap_se::mint::check_base(p)?;
        } else {
            self.notices.push(Both::new(
                "Förordningen kräver en dokumentationssida för API:et: ange den.",
                "The regulation asks for a documentation page for the API: give it.",
            ));
        }
        let iri = mint(&self.publisher.base_uri, "api", &self.title)?;
        let dataset_iri = self.dataset_iri.clone();
        let licence = recommendation.licence.map(|l| l.uri.to_owned());
        self.service = Some(DataService {
            id: Some(Node::Iri(iri.clone())),
            types: vec![dcat_ap_se::ns::DCAT_DATA_SERVICE.into()],
            title: vec![
                Text::sv(format!("API: {}", self.title)),
                Text::en(format!("API: {}", self.title)),
            ],
            endpoint_url: vec![endpoint.to_owned()],
            page: page.iter().map(|p| (*p).to_owned()).collect(),
            publisher: dataset.publisher.clone(),
            contact_point: dataset.contact_point.clone(),
            keyword: dataset.keyword.clone(),
            theme: dataset.theme.clone(),
            format: Some("application/json".into()),
            licence,
            access_rights: dataset.access_rights.clone(),
            serves_dataset: vec![dataset_iri],
            applicable_legislation: vec![vocab::HVD_LEGISLATION.into()],
            hvd_category: dataset.hvd_category.clone(),
            ..DataService::default()
        });
        for x in &mut dataset.distributions {
            x.access_service = vec![iri.clone()];
        }
        self.mark(&iri, "dcat:endpointURL", Origin::Given, "angiven", "given");
        if page.is_some() {
            self.mark(&iri, "foaf:page", Origin::Given, "angiven", "given");
        }
        self.mark(
            &iri,
            "dcterms:format",
            Origin::Suggested,
            "antaget JSON: ändra om API:et svarar i ett annat format",
            "assumed JSON: change it if the API answers in another format",
        );
        Ok(())
    }

    /// Notices for columns that look like e-mail addresses, phone numbers or names,
    /// and the licence advice's warnings.
    pub fn personal_data_notices(&mut self, recommendation: &Recommendation) {
        let said = crate::personal::notices(self.profile, &self.overrides.not_personal);
        self.notices.extend(said);
        for w in &recommendation.warnings {
            self.notices.push(Both::new(w.sv, w.en));
        }
    }

    /// The draft: the dataset, the marks and notices, and the data dictionary.
    pub fn finish(self, dataset: Dataset, recommendation: Recommendation) -> Draft {
        let csvw = dictionary::csvw(self.profile, &self.published, Some(&self.title));
        let frictionless = dictionary::frictionless_resource(
            self.profile,
            &percent_decode(&self.published),
            Some(&self.title),
        );
        Draft {
            dataset,
            marks: self.marks,
            recommendation,
            notices: self.notices,
            csvw,
            frictionless,
            csvw_url: self.csvw_url,
            today: filled(&self.overrides.today)
                .filter(|t| is_date(t))
                .map(str::to_owned),
            places: self.places,
            service: self.service,
        }
    }
}

/// A value a person typed, trimmed; `None` when nothing was typed.
fn filled(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Refuses the first of `values` that is not `YYYY-MM-DD`, naming the property.
fn check_dates<const N: usize>(
    property: &'static str,
    values: [Option<&str>; N],
) -> Result<(), Error> {
    match values.into_iter().flatten().find(|v| !is_date(v)) {
        Some(v) => Err(Error::NotADate {
            property,
            value: v.to_owned(),
        }),
        None => Ok(()),
    }
}

/// The distribution's description Datalots drafts from the file: encoding and delimiter.
pub fn distribution_description(profile: &Profile) -> Vec<Text> {
    let delimiter = match profile.dialect.delimiter {
        ';' => ("semikolon", "semicolon"),
        ',' => ("kommatecken", "comma"),
        '\t' => ("tabb", "tab"),
        '|' => ("lodstreck", "vertical bar"),
        _ => ("annat tecken", "another character"),
    };
    vec![
        Text::sv(format!(
            "{DISTRIBUTION_DRAFT_SV} teckenkodning {}, fälten åtskilda med {}.",
            profile.encoding, delimiter.0
        )),
        Text::en(format!(
            "{DISTRIBUTION_DRAFT_EN} {} encoding, fields separated by {}.",
            profile.encoding, delimiter.1
        )),
    ]
}

/// How a drafted distribution description begins, in Swedish.
pub const DISTRIBUTION_DRAFT_SV: &str = "Hela datamängden som en CSV-fil:";
/// How a drafted distribution description begins, in English.
pub const DISTRIBUTION_DRAFT_EN: &str = "The whole dataset as one CSV file:";

/// Refuses a file that holds personnummer or samordningsnummer, with the columns.
pub fn refuse_identity_numbers(profile: &Profile) -> Result<(), Error> {
    let reasons = identity_number_reasons(profile);
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(Error::Refused { reasons })
    }
}

fn identity_number_reasons(profile: &Profile) -> Vec<Both> {
    let mut reasons = Vec::new();
    for (column, finding) in profile.personal_data() {
        let (sv, en) = match finding.kind {
            PersonalKind::Personnummer => ("personnummer", "personal identity numbers"),
            PersonalKind::Samordningsnummer => ("samordningsnummer", "co-ordination numbers"),
            _ => continue,
        };
        if finding.matched == 0 {
            continue;
        }
        reasons.push(Both {
            sv: format!(
                "Kolumnen «{}» innehåller {sv} ({} av cellerna). Ta bort kolumnen innan filen publiceras.",
                column.name, finding.matched
            ),
            en: format!(
                "Column «{}» holds {en} ({} of the cells). Remove the column before publishing the file.",
                column.name, finding.matched
            ),
        });
    }
    reasons
}

/// Refuses unless the answers give a licence: a stop, an open question or a conflict
/// is refused with the reasons.
pub fn refuse_unless_licence(recommendation: &Recommendation) -> Result<(), Error> {
    licence_reasons(Vec::new(), recommendation)
}

fn refuse_unless_publishable(
    profile: &Profile,
    recommendation: &Recommendation,
) -> Result<(), Error> {
    licence_reasons(identity_number_reasons(profile), recommendation)
}

fn licence_reasons(mut reasons: Vec<Both>, recommendation: &Recommendation) -> Result<(), Error> {
    match recommendation.outcome {
        Outcome::Licence => {}
        Outcome::Stop => {
            for r in &recommendation.reasons {
                reasons.push(Both::new(r.sv, r.en));
            }
        }
        Outcome::Incomplete => {
            let (key, sv, en) = recommendation
                .next_question
                .map(|q| (q.key, q.text.sv, q.text.en))
                .unwrap_or(("?", "?", "?"));
            reasons.push(Both {
                sv: format!("Svaret på en fråga saknas i svarsfilen («{key}»): {sv}"),
                en: format!("An answer is missing from the answers file («{key}»): {en}"),
            });
        }
    }
    for c in &recommendation.conflicts {
        reasons.push(Both::new(c.sv, c.en));
    }
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(Error::Refused { reasons })
    }
}

type MarkFn<'a> = dyn FnMut(&str, &'static str, Origin, &str, &str) + 'a;

/// What the HVD regulation asks beyond a file, in Swedish.
pub const HVD_ASKS_SV: &str = "Värdefull datamängd (EU 2023/138): förordningen kräver mer än en fil: ett API (i katalogen en datatjänst, dcat:DataService, med adress, dokumentationssida och kontaktpunkt, som datamängden nås genom), massnedladdning, och en licens som inte är mer begränsande än CC BY 4.0 (CC0 eller CC BY 4.0), utan avgift.";
/// What the HVD regulation asks beyond a file, in English.
pub const HVD_ASKS_EN: &str = "High-value dataset (EU 2023/138): the regulation asks for more than a file: an API (in the catalogue a data service, dcat:DataService, with its address, documentation page and contact point, through which the dataset is reached), bulk download, and a licence no more restrictive than CC BY 4.0 (CC0 or CC BY 4.0), free of charge.";

/// The EU data theme «Government and public sector», suggested when no word points at
/// another.
pub const GOVERNMENT_THEME: &str =
    "http://publications.europa.eu/resource/authority/data-theme/GOVE";

/// `dcterms:spatial`: the publisher's area ([`Publisher::area`]) unless a kommunkod or
/// länskod column names other areas; Sweden, to be narrowed, when that is all that is
/// known. Every area is a suggestion: the data may cover less. Returns the place to
/// name in the catalogue, when Datalots named it.
fn spatial(
    profile: &Profile,
    publisher: &Publisher,
    iri: &str,
    dataset: &mut Dataset,
    mark: &mut MarkFn<'_>,
) -> Option<Place> {
    let code_column = profile
        .columns
        .iter()
        .find_map(|c| area_code(c).map(|k| (c, k)));
    let own_code = |column: &ColumnProfile| {
        column.distinct == 1
            && publisher.kommunkod.is_some()
            && column.top.first().map(|t| t.value.as_str()) == publisher.kommunkod.as_deref()
    };
    let area = publisher.area();
    let (sv, en) = match (code_column, &area) {
        (Some((column, AreaCode::Kommun)), Some(area)) if own_code(column) => (
            format!(
                "kolumnen «{}» har bara utgivarens kommunkod: {}",
                column.name, area.note.sv
            ),
            format!(
                "column «{}» holds only the publisher's municipality code: {}",
                column.name, area.note.en
            ),
        ),
        (Some((column, kind)), _) => {
            let (what_sv, what_en) = match kind {
                AreaCode::Kommun => ("kommunkoder", "municipality codes"),
                AreaCode::Lan => ("länskoder", "county codes"),
            };
            dataset.spatial.push(SWEDEN.into());
            mark(
                iri,
                "dcterms:spatial",
                Origin::Suggested,
                &format!(
                    "kolumnen «{}» har {} olika {what_sv}: Sverige föreslås; ange ett mindre område om det stämmer bättre",
                    column.name, column.distinct
                ),
                &format!(
                    "column «{}» holds {} different {what_en}: Sweden is suggested; give a smaller area if that fits better",
                    column.name, column.distinct
                ),
            );
            return Some(Place::sweden());
        }
        (None, Some(area)) => (
            format!(
                "{}: ange ett mindre område om uppgifterna gäller en del av det",
                area.note.sv
            ),
            format!(
                "{}: give a smaller area if the data covers part of it",
                area.note.en
            ),
        ),
        (None, None) => {
            dataset.spatial.push(SWEDEN.into());
            mark(
                iri,
                "dcterms:spatial",
                Origin::Suggested,
                "inget område är känt: Sverige föreslås; ange kommunen (kommunkod) i utgivarinställningarna eller ett mindre område här",
                "no area is known: Sweden is suggested; give the municipality (kommunkod) in the publisher settings or a smaller area here",
            );
            return Some(Place::sweden());
        }
    };
    let area = area?;
    dataset.spatial.push(area.iri.clone());
    mark(iri, "dcterms:spatial", Origin::Suggested, &sv, &en);
    area.label.map(|label| Place {
        iri: area.iri,
        label,
    })
}

/// The period a file covers, and where it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    /// The first day, `YYYY-MM-DD`.
    pub start: String,
    /// The last day.
    pub end: String,
    /// Which columns it was read from, for the person checking it.
    pub note: Both,
}

/// The years a year may be, for a column or a header read as years.
const YEARS: std::ops::RangeInclusive<i64> = 1800..=2200;

/// The period a file covers: the span of its date and date-time columns; else of
/// its year columns (a header such as «År», «Årtal» or «Year» over whole numbers that
/// are years: 2014…2021 covers 2014-01-01 to 2021-12-31); else of headers that are
/// years (`"region","2017","2018"`). `None` when the file says nothing of time.
pub fn period(profile: &Profile) -> Option<Period> {
    dates_period(profile)
        .or_else(|| year_columns_period(profile))
        .or_else(|| year_headers_period(profile))
}

fn names(columns: &[&str]) -> String {
    columns
        .iter()
        .map(|c| format!("«{c}»"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn dates_period(profile: &Profile) -> Option<Period> {
    let day = |s: &Option<Scalar>| match s {
        Some(Scalar::Text(t)) => t.get(..10).filter(|d| is_date(d)).map(str::to_owned),
        _ => None,
    };
    let mut span: Option<(String, String)> = profile
        .date_range
        .as_ref()
        .map(|r| (r.start.clone(), r.end.clone()));
    let mut columns = Vec::new();
    for c in &profile.columns {
        match c.kind {
            ColumnType::Date => columns.push(c.name.as_str()),
            ColumnType::Datetime => {
                if let (Some(a), Some(b)) = (day(&c.min), day(&c.max)) {
                    span = Some(match span {
                        Some((x, y)) => (x.min(a), y.max(b)),
                        None => (a, b),
                    });
                    columns.push(c.name.as_str());
                }
            }
            _ => {}
        }
    }
    let (start, end) = span?;
    let cols = names(&columns);
    Some(Period {
        note: Both::new(
            format!("från datumkolumnerna {cols}: {start} till {end}"),
            format!("from the date columns {cols}: {start} to {end}"),
        ),
        start,
        end,
    })
}

/// Whether a header names a column of years.
fn is_year_header(name: &str) -> bool {
    let words = dcat_ap_se::themes::words(name);
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "år" | "årtal"
                | "ar"
                | "artal"
                | "year"
                | "years"
                | "verksamhetsår"
                | "budgetår"
                | "läsår"
                | "kalenderår"
        )
    })
}

fn year_of(s: &Option<Scalar>) -> Option<i64> {
    match s {
        Some(Scalar::Number(n)) if n.fract() == 0.0 => Some(*n as i64),
        Some(Scalar::Text(t)) => t.trim().parse().ok(),
        _ => None,
    }
    .filter(|y| YEARS.contains(y))
}

fn years_period(first: i64, last: i64, sv: String, en: String) -> Period {
    Period {
        start: format!("{first:04}-01-01"),
        end: format!("{last:04}-12-31"),
        note: Both::new(
            format!("{sv}: {first}–{last}, dvs. {first:04}-01-01 till {last:04}-12-31"),
            format!("{en}: {first}–{last}, that is {first:04}-01-01 to {last:04}-12-31"),
        ),
    }
}

fn year_columns_period(profile: &Profile) -> Option<Period> {
    let mut span: Option<(i64, i64)> = None;
    let mut columns = Vec::new();
    for c in &profile.columns {
        if !matches!(c.kind, ColumnType::Integer | ColumnType::Text) || !is_year_header(&c.name) {
            continue;
        }
        if let (Some(a), Some(b)) = (year_of(&c.min), year_of(&c.max)) {
            span = Some(span.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
            columns.push(c.name.as_str());
        }
    }
    let (first, last) = span?;
    let cols = names(&columns);
    Some(years_period(
        first,
        last,
        format!("från årskolumnen {cols}"),
        format!("from the year column {cols}"),
    ))
}

fn year_headers_period(profile: &Profile) -> Option<Period> {
    let years: Vec<i64> = profile
        .columns
        .iter()
        .filter_map(|c| {
            let t = c.name.trim();
            (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse::<i64>().ok())
                .flatten()
                .filter(|y| YEARS.contains(y))
        })
        .collect();
    let (first, last) = (*years.iter().min()?, *years.iter().max()?);
    Some(years_period(
        first,
        last,
        "från kolumnrubrikerna, som är årtal".to_owned(),
        "from the column headers, which are years".to_owned(),
    ))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AreaCode {
    Kommun,
    Lan,
}

/// Whether a column holds kommunkoder or länskoder: by its header, and every value
/// seen being a code of the right length.
fn area_code(column: &ColumnProfile) -> Option<AreaCode> {
    let header: String = column
        .name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let kind = if ["kommunkod", "kommunnummer", "kommunnr", "kommunid"]
        .iter()
        .any(|h| header.contains(h))
    {
        AreaCode::Kommun
    } else if ["länskod", "lanskod", "länsnummer", "länsnr", "lansnr"]
        .iter()
        .any(|h| header.contains(h))
    {
        AreaCode::Lan
    } else {
        return None;
    };
    let len = match kind {
        AreaCode::Kommun => 4,
        AreaCode::Lan => 2,
    };
    let codes = !column.top.is_empty()
        && column
            .top
            .iter()
            .all(|t| t.value.len() == len && t.value.bytes().all(|b| b.is_ascii_digit()));
    (column.kind == ColumnType::Text && codes).then_some(kind)
}

/// `befolkning_2024-01.csv` → `Befolkning 2024 01`.
pub fn title_from_file_name(file_name: &str) -> String {
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 4 => stem,
        _ => name,
    };
    let words: Vec<&str> = stem
        .split(|c: char| c == '_' || c == '-' || c == '.' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let mut chars = joined.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Namnlös datamängd".to_owned(),
    }
}

fn type_name(kind: ColumnType) -> (&'static str, &'static str) {
    match kind {
        ColumnType::Empty => ("tom", "empty"),
        ColumnType::Boolean => ("ja/nej", "yes/no"),
        ColumnType::Integer => ("heltal", "integer"),
        ColumnType::Decimal => ("decimaltal", "decimal"),
        ColumnType::Date => ("datum", "date"),
        ColumnType::Datetime => ("datum och tid", "date and time"),
        ColumnType::Time => ("klockslag", "time"),
        ColumnType::Text => ("text", "text"),
    }
}

fn list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// Groups digits the Swedish way: `12345` → `12 345`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// A draft description that names the columns and the row count, in Swedish and
/// English.
pub fn draft_description(profile: &Profile) -> Vec<Text> {
    let sv_cols: Vec<String> = profile
        .columns
        .iter()
        .map(|c| format!("{} ({})", c.name, type_name(c.kind).0))
        .collect();
    let en_cols: Vec<String> = profile
        .columns
        .iter()
        .map(|c| format!("{} ({})", c.name, type_name(c.kind).1))
        .collect();
    let rows = grouped(profile.rows);
    let n = profile.columns.len();
    let mut sv = format!(
        "Tabell med {rows} {} och {n} {}: {}.",
        if profile.rows == 1 { "rad" } else { "rader" },
        if n == 1 { "kolumn" } else { "kolumner" },
        list(&sv_cols, "och")
    );
    let mut en = format!(
        "Table with {rows} {} and {n} {}: {}.",
        if profile.rows == 1 { "row" } else { "rows" },
        if n == 1 { "column" } else { "columns" },
        list(&en_cols, "and")
    );
    if let Some(r) = &profile.date_range {
        sv.push_str(&format!(
            " Uppgifterna gäller perioden {} till {}.",
            r.start, r.end
        ));
        en.push_str(&format!(" The data covers {} to {}.", r.start, r.end));
    }
    vec![Text::sv(sv), Text::en(en)]
}

const STOP_WORDS: &[&str] = &[
    "och", "eller", "för", "med", "per", "till", "från", "som", "den", "det", "att", "kod", "nr",
    "id", "typ", "antal", "summa", "datum", "namn", "värde", "varde", "the", "and", "of", "column",
    "kolumn",
];

/// Keyword suggestions from the headers: the words, lower-cased, without short and
/// generic ones, at most ten.
pub fn keywords_from_headers(profile: &Profile) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in &profile.columns {
        if c.personal_data.is_some() || c.name.starts_with("column_") {
            continue;
        }
        for word in c.name.split(|ch: char| !ch.is_alphanumeric()) {
            let w = word.to_lowercase();
            if w.chars().count() < 3
                || w.chars().all(|ch| ch.is_ascii_digit())
                || STOP_WORDS.contains(&w.as_str())
                || out.contains(&w)
            {
                continue;
            }
            out.push(w);
            if out.len() == 10 {
                return out;
            }
        }
    }
    out
}

/// Where the file is suggested to be published: `{base}/data/{file}`, or
/// `{base}/{file}` when the base address already ends in `/data`
/// (`https://exempelby.se/data/befolkning.csv`, not `…/data/data/befolkning.csv`).
pub fn suggested_download_url(base: &str, file_name: &str) -> String {
    let base = base.trim_end_matches('/');
    let file = percent_encode(file_name);
    if base.rsplit('/').next() == Some("data") {
        format!("{base}/{file}")
    } else {
        format!("{base}/data/{file}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUBLISHER: &str = r#"
name = "Exempelby kommun"
organisation_number = "212000-0000"
publisher_type = "LocalAuthority"
email = "oppnadata@exempelby.se"
base_uri = "https://data.exempelby.se"
kommunkod = "0114"
spatial = "http://sws.geonames.org/2664855"
"#;

    fn draft(csv: &str, overrides: Overrides) -> Result<Draft, Error> {
        let profile = csv_profile::profile_bytes(csv.as_bytes()).unwrap();
        let publisher = Publisher::from_toml(PUBLISHER, "p.toml").unwrap();
        let answers = Answers::from_json(
            r#"{"confidential": false, "personal_data": false, "high_value": false,
                "own_content": true, "facts_only": true, "conditions": "none"}"#,
        )
        .unwrap();
        describe(&profile, &answers, &publisher, &overrides)
    }

    fn origin(d: &Draft, property: &str) -> Option<Origin> {
        d.marks
            .iter()
            .find(|m| m.property == property)
            .map(|m| m.origin)
    }

    #[test]
    fn the_release_date_is_given_or_today_and_never_invented() {
        let csv = "plats;antal\nA;1\nB;2\n";
        let issued = |o: Overrides| {
            draft(csv, o).map(|d| {
                (
                    d.dataset.issued.as_ref().map(|x| x.value.clone()),
                    origin(&d, "dcterms:issued"),
                )
            })
        };
        // No date known: none is written (the library has no clock).
        assert_eq!(issued(Overrides::default()).unwrap(), (None, None));
        let today = Overrides {
            today: Some("2026-11-30".into()),
            ..Overrides::default()
        };
        assert_eq!(
            issued(today.clone()).unwrap(),
            (Some("2026-11-30".into()), Some(Origin::Suggested))
        );
        let given = Overrides {
            issued: Some(" 2025-03-01 ".into()),
            ..today.clone()
        };
        assert_eq!(
            issued(given).unwrap(),
            (Some("2025-03-01".into()), Some(Origin::Given))
        );
        let wrong = Overrides {
            issued: Some("1/3/2025".into()),
            ..today
        };
        assert!(matches!(
            issued(wrong),
            Err(Error::NotADate {
                property: "dcterms:issued",
                ..
            })
        ));
    }

    #[test]
    fn a_new_catalogue_is_dated_today_and_an_existing_one_keeps_its_dates() {
        let publisher = Publisher::from_toml(PUBLISHER, "p.toml").unwrap();
        let day = |d: &Option<Date>| d.as_ref().map(|d| d.value.clone());
        let today = |file: &str| Overrides {
            file_name: Some(file.into()),
            today: Some("2026-11-30".into()),
            ..Overrides::default()
        };
        let mut catalog = new_catalog(&publisher).unwrap();
        draft("a;b\n1;2\n", today("a.csv"))
            .unwrap()
            .add_to(&mut catalog)
            .unwrap();
        assert_eq!(day(&catalog.issued).as_deref(), Some("2026-11-30"));
        assert_eq!(day(&catalog.modified).as_deref(), Some("2026-11-30"));
        // Adding to it later (a catalogue with datasets) leaves its dates alone.
        let mut later = today("b.csv");
        later.today = Some("2027-01-15".into());
        draft("a;b\n1;2\n", later)
            .unwrap()
            .add_to(&mut catalog)
            .unwrap();
        assert_eq!(day(&catalog.modified).as_deref(), Some("2026-11-30"));
        // Without a clock, no date is invented.
        let mut undated = new_catalog(&publisher).unwrap();
        draft("a;b\n1;2\n", Overrides::default())
            .unwrap()
            .add_to(&mut undated)
            .unwrap();
        assert_eq!((undated.issued, undated.modified), (None, None));
    }

    #[test]
    fn a_new_catalogue_covers_the_publishers_area_when_it_is_set() {
        let area = "http://sws.geonames.org/2664855";
        let with = Publisher::from_toml(PUBLISHER, "p.toml").unwrap();
        let unset = PUBLISHER.replace(&format!("spatial = \"{area}\""), "");
        let kommun = Publisher::from_toml(&unset, "p.toml").unwrap();
        let without =
            Publisher::from_toml(&unset.replace("kommunkod = \"0114\"", ""), "p.toml").unwrap();
        assert!(without.spatial.is_none() && without.kommunkod.is_none());
        assert!(new_catalog(&without).unwrap().spatial.is_empty());
        assert_eq!(new_catalog(&with).unwrap().spatial, vec![area.to_owned()]);
        // Only the kommunkod: the municipality, named under the base URI and labelled.
        let by_code = new_catalog(&kommun).unwrap();
        let named = "https://data.exempelby.se/omrade/kommun-0114";
        assert_eq!(by_code.spatial, [named]);
        assert!(
            by_code.extra.contains(&format!(
                "<{named}> <http://www.w3.org/2000/01/rdf-schema#label> \"Upplands Väsby, kommun 0114\"@sv ."
            )),
            "{:?}",
            by_code.extra
        );
        // With a dataset, written and validated: whether DCAT-AP-SE still recommends
        // an area for the catalogue.
        let area_missing =
            |publisher: &Publisher| {
                let mut catalog = new_catalog(publisher).unwrap();
                draft("a;b\n1;2\n", Overrides::default())
                    .unwrap()
                    .add_to(&mut catalog)
                    .unwrap();
                catalog.validate().unwrap().findings.iter().any(|f| {
                    f.class == "Catalog" && f.property.as_deref() == Some("dcterms:spatial")
                })
            };
        assert!(!area_missing(&with));
        assert!(area_missing(&without), "the check can fail");
    }

    #[test]
    fn typed_values_are_given_and_drafted_ones_suggested() {
        let csv = "kommunkod;plats;datum\n0114;A;2024-05-01\n0114;B;2024-06-30\n";
        let drafted = draft(
            csv,
            Overrides {
                file_name: Some("badplatser.csv".into()),
                ..Overrides::default()
            },
        )
        .unwrap();
        assert_eq!(drafted.dataset.title, [Text::sv("Badplatser")]);
        assert_eq!(origin(&drafted, "dcterms:title"), Some(Origin::Suggested));
        assert_eq!(
            origin(&drafted, "dcterms:description"),
            Some(Origin::Suggested)
        );
        assert_eq!(origin(&drafted, "dcterms:publisher"), Some(Origin::Given));
        assert_eq!(origin(&drafted, "dcterms:license"), Some(Origin::Given));
        assert_eq!(
            origin(&drafted, "dcterms:temporal"),
            Some(Origin::Suggested)
        );
        // One kommunkod, the publisher's own: the publisher's area, suggested (the
        // data may cover part of it).
        assert_eq!(drafted.dataset.spatial, ["http://sws.geonames.org/2664855"]);
        assert_eq!(origin(&drafted, "dcterms:spatial"), Some(Origin::Suggested));
        assert_eq!(origin(&drafted, "dcterms:conformsTo"), None);

        let typed = draft(
            csv,
            Overrides {
                title: Some("Badplatser i Exempelby".into()),
                description: Some("Alla badplatser.".into()),
                keywords: vec!["bad".into()],
                publish_dictionary: true,
                ..Overrides::default()
            },
        )
        .unwrap();
        assert_eq!(origin(&typed, "dcterms:title"), Some(Origin::Given));
        assert_eq!(origin(&typed, "dcterms:description"), Some(Origin::Given));
        assert_eq!(origin(&typed, "dcat:keyword"), Some(Origin::Given));
        assert_eq!(typed.dataset.description, [Text::sv("Alla badplatser.")]);
        assert_eq!(
            typed.dataset.distributions[0].conforms_to[0],
            typed.csvw_url
        );
    }

    #[test]
    fn a_column_of_another_kommun_gives_no_publisher_area() {
        let d = draft("kommunkod;x\n0180;1\n0180;2\n", Overrides::default()).unwrap();
        assert_eq!(d.dataset.spatial, [SWEDEN]);
        assert_eq!(origin(&d, "dcterms:spatial"), Some(Origin::Suggested));
        // No code column: the publisher's area.
        let d = draft("plats;x\nA;1\nB;2\n", Overrides::default()).unwrap();
        assert_eq!(d.dataset.spatial, ["http://sws.geonames.org/2664855"]);
    }

    fn grade(d: &Draft) -> dcat_ap_se::quality::DatasetAssessment {
        let publisher = Publisher::from_toml(PUBLISHER, "p.toml").unwrap();
        let mut catalog = new_catalog(&publisher).unwrap();
        d.add_to(&mut catalog).unwrap();
        let iri = d
            .dataset
            .id
            .as_ref()
            .and_then(Node::iri)
            .unwrap()
            .to_owned();
        let grade = catalog
            .assess(dcat_ap_se::quality::Profile::Dataportal)
            .unwrap();
        grade.dataset(&iri).unwrap().clone()
    }

    fn today() -> Overrides {
        Overrides {
            today: Some("2026-11-30".into()),
            ..Overrides::default()
        }
    }

    #[test]
    fn the_theme_is_suggested_from_the_words_else_the_public_sectors() {
        let d = draft(
            "kommun;invånare\nA;1\nB;2\n",
            Overrides {
                file_name: Some("befolkning_2024.csv".into()),
                ..Overrides::default()
            },
        )
        .unwrap();
        assert_eq!(
            d.dataset.theme,
            ["http://publications.europa.eu/resource/authority/data-theme/SOCI"]
        );
        assert_eq!(origin(&d, "dcat:theme"), Some(Origin::Suggested));
        let note = &d
            .marks
            .iter()
            .find(|m| m.property == "dcat:theme")
            .unwrap()
            .note;
        assert!(note.sv.contains("«befolkning»"), "{note:?}");
        // Nothing points at a theme: the public sector's, said to be a guess.
        let d = draft("a;b\n1;2\n", Overrides::default()).unwrap();
        assert_eq!(d.dataset.theme, [GOVERNMENT_THEME]);
        let note = &d
            .marks
            .iter()
            .find(|m| m.property == "dcat:theme")
            .unwrap()
            .note;
        assert!(
            note.en.contains("choose a theme that fits better"),
            "{note:?}"
        );
        // A theme typed is the person's.
        let d = draft(
            "a;b\n1;2\n",
            Overrides {
                themes: vec!["EDUC".into()],
                ..Overrides::default()
            },
        )
        .unwrap();
        assert_eq!(origin(&d, "dcat:theme"), Some(Origin::Given));
        assert!(d.dataset.theme[0].ends_with("/EDUC"));
    }

    fn period_of(csv: &str) -> Option<(String, String)> {
        let profile = csv_profile::profile_bytes(csv.as_bytes()).unwrap();
        period(&profile).map(|p| (p.start, p.end))
    }

    #[test]
    fn the_period_comes_from_dates_date_times_years_and_year_headers() {
        let p = |a: &str, b: &str| Some((a.to_owned(), b.to_owned()));
        assert_eq!(
            period_of("plats;datum\nA;31/1/2024\nB;29/2/2024\n"),
            p("2024-01-31", "2024-02-29")
        );
        // A date-time column (no period before).
        assert_eq!(
            period_of("id;tid\n1;2023-05-25 14:21\n2;2023-06-02 09:10\n"),
            p("2023-05-25", "2023-06-02")
        );
        // A year column: whole years.
        assert_eq!(
            period_of("År;antal\n2014;3\n2021;4\n2016;5\n"),
            p("2014-01-01", "2021-12-31")
        );
        // Headers that are years.
        assert_eq!(
            period_of("\"region\",\"2017\",\"2018\"\n\"Norr\",1,2\n\"Söder\",3,4\n"),
            p("2017-01-01", "2018-12-31")
        );
        // Numbers under another header, or not years, are no period.
        assert_eq!(period_of("antal;värde\n2014;3\n2021;4\n"), None);
        assert_eq!(period_of("år;antal\n1;3\n12;4\n"), None);
        assert_eq!(period_of("region;2017x\nA;1\n"), None);
    }

    #[test]
    fn a_new_dataset_earns_every_metadata_point_with_its_suggestions() {
        for (csv, name) in [
            ("plats;antal\nA;1\nB;2\n", "platser.csv"),
            ("kommunkod;antal\n0180;1\n0114;2\n", "koder.csv"),
            ("År;elever\n2014;3\n2021;4\n", "elever.csv"),
        ] {
            let d = draft(
                csv,
                Overrides {
                    file_name: Some(name.into()),
                    ..today()
                },
            )
            .unwrap();
            let g = grade(&d);
            let missing: Vec<&str> = g
                .missing()
                .filter(|i| !i.checked_by_portal)
                .map(|i| i.name)
                .collect();
            assert_eq!((g.points, missing), (295.0, vec![]), "{csv}");
            // Every value that earns a point and was not typed is marked as a suggestion.
            for property in [
                "dcat:theme",
                "dcterms:spatial",
                "dcterms:temporal",
                "dcterms:modified",
                "dcterms:rights",
            ] {
                assert_eq!(origin(&d, property), Some(Origin::Suggested), "{property}");
            }
        }
    }

    #[test]
    fn the_distribution_has_a_rights_statement_from_the_licence() {
        let d = draft("a;b\n1;2\n", today()).unwrap();
        let r = &d.dataset.distributions[0].rights[0];
        assert_eq!(
            r.attribution_text,
            [
                Text::sv("Fri att använda enligt CC0 1.0"),
                Text::en("Free to use under CC0 1.0")
            ]
        );
        assert_eq!(r.copyright_statement, [vocab::CC0]);
        assert_eq!(
            r.copyright_holder,
            ["http://dataportal.se/organisation/SE2120000000"]
        );
        // A new dataset's modification date is its release date.
        assert_eq!(d.dataset.modified, d.dataset.issued);
        assert_eq!(
            d.dataset.modified.as_ref().map(|m| m.value.as_str()),
            Some("2026-11-30")
        );
        let g = grade(&d);
        let points = |n: &str| g.indicators.iter().find(|i| i.name == n).unwrap().points;
        assert_eq!(
            (points("rights"), points("modified")),
            (Some(5.0), Some(5.0))
        );
    }

    #[test]
    fn sweden_is_suggested_to_narrow_when_no_area_is_known_and_named_in_the_catalogue() {
        let bare = PUBLISHER
            .replace("kommunkod = \"0114\"", "")
            .replace("spatial = \"http://sws.geonames.org/2664855\"", "");
        let publisher = Publisher::from_toml(&bare, "p.toml").unwrap();
        let profile = csv_profile::profile_bytes(b"a;b\n1;2\n").unwrap();
        let answers = Answers::from_json(
            r#"{"confidential": false, "personal_data": false, "high_value": false,
                "own_content": true, "facts_only": true, "conditions": "none"}"#,
        )
        .unwrap();
        let d = describe(&profile, &answers, &publisher, &Overrides::default()).unwrap();
        assert_eq!(d.dataset.spatial, [SWEDEN]);
        assert_eq!(origin(&d, "dcterms:spatial"), Some(Origin::Suggested));
        let mut catalog = new_catalog(&publisher).unwrap();
        d.add_to(&mut catalog).unwrap();
        let ttl = catalog.write(dcat_ap_se::Format::Turtle).unwrap();
        assert!(ttl.contains("\"Sverige\"@sv"), "{ttl}");
        // And once only, however many datasets name it.
        let again = describe(
            &profile,
            &answers,
            &publisher,
            &Overrides {
                title: Some("Andra".into()),
                ..Overrides::default()
            },
        )
        .unwrap();
        again.add_to(&mut catalog).unwrap();
        assert_eq!(
            catalog
                .extra
                .iter()
                .filter(|t| t.contains("\"Sverige\"@sv"))
                .count(),
            1
        );
        assert!(!catalog.validate().unwrap().has_violations());
    }

    fn note(d: &Draft, property: &str) -> Both {
        d.marks
            .iter()
            .find(|m| m.property == property)
            .map(|m| m.note.clone())
            .unwrap_or_default()
    }

    #[test]
    fn the_lines_about_the_file_suggest_the_area_after_a_code_column_and_before_the_publisher() {
        let smhi = include_str!("../../csv-profile/tests/data/sniff/smhi_blocks.csv");
        // «Stationsnamn: Borås»: the kommun Borås, not the publisher's area.
        let d = draft(smhi, Overrides::default()).unwrap();
        assert_eq!(
            d.dataset.spatial,
            ["https://data.exempelby.se/omrade/kommun-1490"]
        );
        assert_eq!(origin(&d, "dcterms:spatial"), Some(Origin::Suggested));
        assert!(
            note(&d, "dcterms:spatial")
                .sv
                .contains("«Stationsnamn: Borås»"),
            "{:?}",
            note(&d, "dcterms:spatial")
        );
        // The table has its dates: they give the period, not the lines.
        assert!(
            note(&d, "dcterms:temporal")
                .sv
                .starts_with("från datumkolumnerna"),
            "{:?}",
            note(&d, "dcterms:temporal")
        );
        // Typed: given, whatever the file says.
        let typed = draft(
            smhi,
            Overrides {
                spatial: vec!["http://sws.geonames.org/2720501".into()],
                ..Overrides::default()
            },
        )
        .unwrap();
        assert_eq!(typed.dataset.spatial, ["http://sws.geonames.org/2720501"]);
        assert_eq!(origin(&typed, "dcterms:spatial"), Some(Origin::Given));
        // A kommunkod column beats the lines: the data's own codes.
        let coded = "Kommun;Borås\n\nkommunkod;antal;andel\n0180;1;0,5\n0180;2;1,5\n0180;3;2,5\n0180;4;3,5\n";
        let d = draft(coded, Overrides::default()).unwrap();
        assert_eq!(d.dataset.spatial, [SWEDEN]);
        assert!(
            note(&d, "dcterms:spatial")
                .sv
                .contains("kolumnen «kommunkod»")
        );
        // A place that is no kommun: said, and the publisher's area stays.
        let abisko = smhi.replacen("Borås;72450", "Abisko Aut;188790", 1);
        let d = draft(&abisko, Overrides::default()).unwrap();
        assert_eq!(d.dataset.spatial, ["http://sws.geonames.org/2664855"]);
        assert!(
            d.notices
                .iter()
                .any(|n| n.sv.contains("namnger en plats som inte är en kommun")),
            "{:?}",
            d.notices
        );
    }

    #[test]
    fn the_lines_about_the_file_give_the_period_of_a_table_without_dates() {
        let report = "Antal besök per bibliotek\nPeriod;2023-01-01;2023-12-31\n\nbibliotek;besök;lån\nHuvudbiblioteket;120 400;88 000\nFilial Norr;30 200;21 000\nFilial Syd;18 500;9 800\nBokbussen;4 100;3 900\n";
        let d = draft(report, Overrides::default()).unwrap();
        let t = &d.dataset.temporal[0];
        assert_eq!(
            (
                t.start.as_ref().map(|x| x.value.as_str()),
                t.end.as_ref().map(|x| x.value.as_str())
            ),
            (Some("2023-01-01"), Some("2023-12-31"))
        );
        assert_eq!(origin(&d, "dcterms:temporal"), Some(Origin::Suggested));
        assert!(
            note(&d, "dcterms:temporal")
                .en
                .starts_with("from the lines about the file «Period")
        );
    }

    #[test]
    fn functional_contact_columns_are_flagged_not_refused() {
        let d = draft(
            "plats;epost\nA;info@exempelby.se\nB;bad@exempelby.se\nC;x@exempelby.se\n",
            Overrides::default(),
        )
        .unwrap();
        assert!(
            d.notices
                .iter()
                .any(|n| n.en.contains("Column «epost» seems to hold e-mail")),
            "{:?}",
            d.notices
        );
    }

    #[test]
    fn unknown_themes_are_refused_by_name() {
        let e = draft(
            "a;b\n1;2\n",
            Overrides {
                themes: vec!["KULTUR".into()],
                ..Overrides::default()
            },
        )
        .unwrap_err();
        assert!(
            e.to_string().contains("unknown value «KULTUR» for theme"),
            "{e}"
        );
    }

    #[test]
    fn the_file_is_suggested_under_data_once() {
        assert_eq!(
            suggested_download_url("https://data.exempelby.se", "befolkning 2024.csv"),
            "https://data.exempelby.se/data/befolkning%202024.csv"
        );
        assert_eq!(
            suggested_download_url("https://exempelby.se/data/", "a.csv"),
            "https://exempelby.se/data/a.csv"
        );
        assert_eq!(
            suggested_download_url("https://exempelby.se/opendata", "a.csv"),
            "https://exempelby.se/opendata/data/a.csv"
        );
    }

    #[test]
    fn titles_from_file_names() {
        assert_eq!(
            title_from_file_name("befolkning_2024.csv"),
            "Befolkning 2024"
        );
        assert_eq!(title_from_file_name("/tmp/x/öppet-data.CSV"), "Öppet data");
        assert_eq!(title_from_file_name(".csv"), "Csv");
        assert_eq!(title_from_file_name("___.csv"), "Namnlös datamängd");
    }

    #[test]
    fn file_names_survive_percent_encoding() {
        let name = "Badplatser i Umeå 2024.csv";
        assert_eq!(
            percent_encode(name),
            "Badplatser%20i%20Ume%C3%A5%202024.csv"
        );
        assert_eq!(percent_decode(&percent_encode(name)), name);
        assert_eq!(percent_decode("100%"), "100%");
    }

    #[test]
    fn numbers_are_grouped_the_swedish_way() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(1234), "1 234");
        assert_eq!(grouped(1_234_567), "1 234 567");
    }

    #[test]
    fn lists_use_och() {
        let l = |v: &[&str]| list(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "och");
        assert_eq!(l(&["a"]), "a");
        assert_eq!(l(&["a", "b", "c"]), "a, b och c");
    }
}
