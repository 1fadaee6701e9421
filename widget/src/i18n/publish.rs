//! The texts of steps 4 (describe) and 5 (publish), in Swedish and English: one field
//! per string, so a language is complete or it does not compile. The field labels,
//! help texts, findings and instructions come from the facade (`datalots::form`).

use datalots_widget_support::Lang;

/// Every string of steps 4 and 5, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublishTexts {
    /// Heading of step 4.
    pub describe_heading: &'static str,
    /// Under it.
    pub describe_intro: &'static str,
    /// The dataset section.
    pub dataset_heading: &'static str,
    /// The publisher section.
    pub publisher_heading: &'static str,
    /// Under the publisher heading.
    pub publisher_intro: &'static str,
    /// Under the publisher heading when the page locked the settings.
    pub publisher_locked: &'static str,
    /// The disclosure with the recommended fields.
    pub recommended: &'static str,
    /// Marks a mandatory field.
    pub mandatory: &'static str,
    /// Before a suggestion's note.
    pub suggestion: &'static str,
    /// The button that accepts a suggestion.
    pub accept: &'static str,
    /// The empty choice of a select.
    pub choose: &'static str,
    /// Shown while the form is computed for the first time.
    pub computing: &'static str,
    /// The summary's heading.
    pub summary_heading: &'static str,
    /// Summary when all is well.
    pub summary_ok: &'static str,
    /// Between counts.
    pub errors_word: &'static str,
    /// Between counts.
    pub recommendations_word: &'static str,
    /// Before the refusal reasons.
    pub refused_heading: &'static str,
    /// Under them.
    pub refused_help: &'static str,
    /// The notices' heading.
    pub notices_heading: &'static str,
    /// Heading of step 5.
    pub publish_heading: &'static str,
    /// When the form has errors.
    pub not_publishable: &'static str,
    /// The downloads' heading.
    pub downloads_heading: &'static str,
    /// Under it.
    pub downloads_intro: &'static str,
    /// Download button: RDF/XML.
    pub download_rdfxml: &'static str,
    /// Download button: Turtle.
    pub download_turtle: &'static str,
    /// Download button: JSON-LD.
    pub download_jsonld: &'static str,
    /// Download button: CSVW.
    pub download_csvw: &'static str,
    /// Download button: Frictionless.
    pub download_frictionless: &'static str,
    /// Download button: the normalised copy.
    pub download_normalized: &'static str,
    /// Under the normalised copy's button.
    pub normalized_help: &'static str,
    /// The import section's heading.
    pub import_heading: &'static str,
    /// Under it.
    pub import_intro: &'static str,
    /// The import input's label.
    pub import_label: &'static str,
    /// After a catalogue was read: before its name.
    pub imported: &'static str,
    /// After the dataset count.
    pub imported_datasets: &'static str,
    /// Button that forgets the imported catalogue.
    pub import_forget: &'static str,
    /// The harvesting heading.
    pub harvest_heading: &'static str,
    /// The DIGG §8 heading.
    pub maintenance_heading: &'static str,
    /// The dataset's address, before the IRI.
    pub dataset_address: &'static str,
    /// The reading alternatives' heading (step 2).
    pub read_other_heading: &'static str,
    /// Shown on step 1 when a saved draft waits for its file.
    pub draft_waiting: &'static str,
}

const SV: PublishTexts = PublishTexts {
    describe_heading: "Beskriv datamängden",
    describe_intro: "Fyll i det som är obligatoriskt först. Värden som Datalots har föreslagit är märkta «Förslag»: kontrollera dem, skriv över eller godta dem. Allt kontrolleras mot DCAT-AP-SE medan du skriver.",
    dataset_heading: "Datamängden",
    publisher_heading: "Utgivaren",
    publisher_intro: "Sparas i webbläsaren och används för nästa datamängd också.",
    publisher_locked: "Webbplatsen har angett utgivaren; uppgifterna kan inte ändras här.",
    recommended: "Rekommenderade uppgifter",
    mandatory: "obligatorisk",
    suggestion: "Förslag:",
    accept: "Godta förslaget",
    choose: "— välj —",
    computing: "Kontrollerar …",
    summary_heading: "Kontroll mot DCAT-AP-SE",
    summary_ok: "Inga fel: metadata kan publiceras.",
    errors_word: "fel",
    recommendations_word: "rekommendationer",
    refused_heading: "Filen kan inte publiceras så här",
    refused_help: "Ändra svaren i steg 3 eller filen i steg 1.",
    notices_heading: "Kontrollera innan du publicerar",
    publish_heading: "Publicera",
    not_publishable: "Det finns fel kvar i steg 4. Rätta dem först: filerna blir tillgängliga när kontrollen inte hittar några fel.",
    downloads_heading: "Ladda ner",
    downloads_intro: "Hela katalogen i tre format (RDF/XML är den som Sveriges dataportal hämtar) och databeskrivningen som ska ligga bredvid CSV-filen.",
    download_rdfxml: "Katalogen, RDF/XML",
    download_turtle: "Katalogen, Turtle",
    download_jsonld: "Katalogen, JSON-LD",
    download_csvw: "Databeskrivning, CSVW",
    download_frictionless: "Databeskrivning, Frictionless",
    download_normalized: "Normaliserad kopia av CSV-filen",
    normalized_help: "UTF-8, kommatecken, utan rader ovanför rubriken: lättast för andra att läsa. Databeskrivningen gäller båda.",
    import_heading: "Lägg till i en befintlig katalog",
    import_intro: "Har kommunen redan en katalogfil? Välj den, så läggs datamängden till utan att något av det gamla försvinner.",
    import_label: "Befintlig katalogfil (RDF/XML, Turtle eller JSON-LD)",
    imported: "Inläst katalog:",
    imported_datasets: "datamängder sedan tidigare",
    import_forget: "Använd en ny katalog i stället",
    harvest_heading: "Så blir datamängden synlig på Sveriges dataportal",
    maintenance_heading: "Efter publiceringen (DIGG:s steg 8: användardialog och förvaltning)",
    dataset_address: "Datamängdens adress:",
    read_other_heading: "Läsa filen på ett annat sätt?",
    draft_waiting: "Ditt utkast finns kvar. Välj filen igen för att fortsätta:",
};

const EN: PublishTexts = PublishTexts {
    describe_heading: "Describe the dataset",
    describe_intro: "Fill in what is mandatory first. Values Datalots suggested are marked «Suggestion»: check them, overwrite or accept them. Everything is checked against DCAT-AP-SE as you type.",
    dataset_heading: "The dataset",
    publisher_heading: "The publisher",
    publisher_intro: "Saved in the browser and used for the next dataset too.",
    publisher_locked: "The web site set the publisher; it cannot be changed here.",
    recommended: "Recommended details",
    mandatory: "mandatory",
    suggestion: "Suggestion:",
    accept: "Accept the suggestion",
    choose: "— choose —",
    computing: "Checking …",
    summary_heading: "Check against DCAT-AP-SE",
    summary_ok: "No errors: the metadata can be published.",
    errors_word: "errors",
    recommendations_word: "recommendations",
    refused_heading: "The file cannot be published like this",
    refused_help: "Change the answers in step 3 or the file in step 1.",
    notices_heading: "Check before publishing",
    publish_heading: "Publish",
    not_publishable: "There are errors left in step 4. Correct them first: the files become available when the check finds no errors.",
    downloads_heading: "Download",
    downloads_intro: "The whole catalogue in three formats (RDF/XML is the one Sveriges dataportal fetches) and the data dictionary that goes next to the CSV file.",
    download_rdfxml: "Catalogue, RDF/XML",
    download_turtle: "Catalogue, Turtle",
    download_jsonld: "Catalogue, JSON-LD",
    download_csvw: "Data dictionary, CSVW",
    download_frictionless: "Data dictionary, Frictionless",
    download_normalized: "Normalised copy of the CSV file",
    normalized_help: "UTF-8, commas, no rows above the header: easiest for others to read. The data dictionary fits both.",
    import_heading: "Add to an existing catalogue",
    import_intro: "Does the municipality already have a catalogue file? Choose it and the dataset is added with nothing of the old one lost.",
    import_label: "Existing catalogue file (RDF/XML, Turtle or JSON-LD)",
    imported: "Catalogue read:",
    imported_datasets: "datasets already",
    import_forget: "Use a new catalogue instead",
    harvest_heading: "How the dataset shows up on Sveriges dataportal",
    maintenance_heading: "After publishing (DIGG's step 8: user dialogue and maintenance)",
    dataset_address: "The dataset's address:",
    read_other_heading: "Read the file another way?",
    draft_waiting: "Your draft is kept. Choose the file again to go on:",
};

/// The texts in one language.
pub fn texts(lang: Lang) -> &'static PublishTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
