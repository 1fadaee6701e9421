//! The widget's own texts in Swedish and English, one struct per part, one field per
//! string, so that a language is complete or it does not compile: [`Texts`] (the
//! flow's frame and steps 1–3, and DIGG's [`sections`]), [`publish::PublishTexts`]
//! (steps 4 and 5) and [`catalog::CatalogTexts`] («Vår katalog»). The procurement
//! module has its own (`datalots_procurement::texts`).
//!
//! What the facade computes comes from it in both languages (`datalots::Both`:
//! the profile's facts and warnings, the licence questions and reasons, the describe
//! form's labels, help and findings, the worker's errors); [`pick`] shows it in the
//! person's language.

pub mod about;
pub mod catalog;
pub mod publish;
pub mod quality;

use datalots::Both;
pub use datalots_widget_support::Lang;

/// A text of the facade in `lang`.
pub fn pick(b: &Both, lang: Lang) -> String {
    b.get(lang).to_owned()
}

/// Seconds with one decimal, written the language's way (`1,5` in Swedish).
pub fn format_seconds(millis: f64, lang: Lang) -> String {
    let s = format!("{:.1}", millis / 1000.0);
    match lang {
        Lang::Sv => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Why nothing can be read when the page gave the widget no worker (the loader
/// always gives one).
pub fn worker_missing() -> Both {
    Both {
        sv: SV.worker_missing.into(),
        en: EN.worker_missing.into(),
    }
}

/// Every string of the flow's frame and of steps 1–3, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts {
    /// The widget's heading.
    pub heading: &'static str,
    /// One sentence under the heading: what the widget does.
    pub intro: &'static str,
    /// The promise that nothing leaves the browser.
    pub privacy: &'static str,
    /// The visible label of the file input.
    pub file_label: &'static str,
    /// Under the file input: what files are accepted.
    pub drop_hint: &'static str,
    /// The text of the button that switches to the other language.
    pub switch_language: &'static str,
    /// The tools bar's button to the procurement requirements (a module of its own).
    pub open_procurement: &'static str,
    /// When the procurement requirements could not be loaded; the reason follows.
    pub procurement_failed: &'static str,
    /// The own page's heading, the button that opens it (step 5, «Vår katalog»).
    pub own_page: &'static str,
    /// When the own page's module could not be loaded.
    pub own_page_failed: &'static str,
    /// Shown when no file has been chosen yet.
    pub no_file: &'static str,
    /// The word before the name of the chosen file.
    pub chosen_file: &'static str,
    /// The unit after a byte count.
    pub bytes: &'static str,
    /// Before the progress while a file is read.
    pub reading: &'static str,
    /// The progress bar's accessible name.
    pub progress_label: &'static str,
    /// Between bytes read and the size.
    pub read_of: &'static str,
    /// The cancel button.
    pub cancel: &'static str,
    /// After a cancel.
    pub cancelled: &'static str,
    /// Before the time the profile took.
    pub profiled_in: &'static str,
    /// Unit.
    pub seconds: &'static str,
    /// The stepper's accessible name.
    pub steps_label: &'static str,
    /// Step 1.
    pub step_file: &'static str,
    /// Step 2.
    pub step_profile: &'static str,
    /// Step 3.
    pub step_licence: &'static str,
    /// Step 4.
    pub step_describe: &'static str,
    /// Step 5.
    pub step_publish: &'static str,
    /// Before a DIGG section number.
    pub digg_section: &'static str,
    /// A step that cannot be opened yet.
    pub not_yet: &'static str,
    /// The next-step button.
    pub next: &'static str,
    /// The heading of the DIGG overview.
    pub overview_heading: &'static str,
    /// One sentence before the overview.
    pub overview_intro: &'static str,
    /// Marker for a section the widget does.
    pub widget_does: &'static str,
    /// "steg" / "step", before a step number in the overview.
    pub step_word: &'static str,
    /// Heading of step 2.
    pub profile_heading: &'static str,
    /// Heading of the personal data warning.
    pub personal_heading: &'static str,
    /// Heading of the other warnings.
    pub warnings_heading: &'static str,
    /// Heading of the columns table.
    pub columns_heading: &'static str,
    /// Column header.
    pub col_column: &'static str,
    /// Column header.
    pub col_type: &'static str,
    /// Column header.
    pub col_missing: &'static str,
    /// Column header.
    pub col_distinct: &'static str,
    /// Column header.
    pub col_min: &'static str,
    /// Column header.
    pub col_max: &'static str,
    /// Column header.
    pub col_chart: &'static str,
    /// Instead of a chart of hidden values.
    pub hidden_values: &'static str,
    /// Caption of the preview.
    pub preview_heading: &'static str,
    /// Under the preview when columns are masked.
    pub masked_note: &'static str,
    /// Heading of the file facts.
    pub facts_heading: &'static str,
    /// The start over button.
    pub start_over: &'static str,
    /// The confirmation of start over.
    pub confirm_start_over: &'static str,
    /// Confirmation before a second file replaces the first.
    pub confirm_replace: &'static str,
    /// Under the profile while steps 3-5 are not open.
    pub later_steps: &'static str,
    /// Heading of step 3.
    pub licence_heading: &'static str,
    /// Under the heading of step 3.
    pub licence_intro: &'static str,
    /// When personal_data was pre-answered.
    pub prefilled_personal: &'static str,
    /// Heading of the recommendation.
    pub licence_result: &'static str,
    /// Heading of reasons.
    pub reasons: &'static str,
    /// Heading of warnings.
    pub warnings: &'static str,
    /// Heading of conflicts.
    pub conflicts: &'static str,
    /// Before a source.
    pub source: &'static str,
    /// Before the attribution text.
    pub attribution: &'static str,
    /// When the page gave no worker URL.
    pub worker_missing: &'static str,
}

/// One section of DIGG's guidance ("Vägledning för att tillgängliggöra information"),
/// as the first screen's overview shows it. The titles are Datalots' short wording of
/// each section, not quotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// The section's number in the guidance.
    pub number: u8,
    /// Short title.
    pub title: &'static str,
    /// What it means for a municipality, in one sentence.
    pub meaning: &'static str,
    /// Whether the widget helps with it (and in which of its steps, 1-5).
    pub step: Option<u8>,
}

const SECTIONS_SV: [Section; 8] = [
    Section {
        number: 1,
        title: "Förutsättningar",
        meaning: "Bestäm vem i kommunen som ansvarar för öppna data och hur beslut tas.",
        step: None,
    },
    Section {
        number: 2,
        title: "Välj information",
        meaning: "Inventera vilken information kommunen har och prioritera den som efterfrågas.",
        step: None,
    },
    Section {
        number: 3,
        title: "Bedöm informationen",
        meaning: "Kontrollera att filen inte innehåller personuppgifter eller sekretessbelagda uppgifter.",
        step: Some(2),
    },
    Section {
        number: 4,
        title: "Förbered informationen",
        meaning: "Se till att filen är maskinläsbar: rätt teckenkodning, en rubrikrad, samma format i varje kolumn.",
        step: Some(2),
    },
    Section {
        number: 5,
        title: "Villkor för användning",
        meaning: "Välj licens, i första hand CC0.",
        step: Some(3),
    },
    Section {
        number: 6,
        title: "Beskriv informationen",
        meaning: "Skriv metadata enligt DCAT-AP-SE så att informationen går att hitta.",
        step: Some(4),
    },
    Section {
        number: 7,
        title: "Tillgängliggör",
        meaning: "Lägg filerna på kommunens webbplats och anmäl katalogen till Sveriges dataportal.",
        step: Some(5),
    },
    Section {
        number: 8,
        title: "Dialog och förvaltning",
        meaning: "Håll informationen aktuell och svara på frågor från dem som använder den.",
        step: Some(5),
    },
];

const SECTIONS_EN: [Section; 8] = [
    Section {
        number: 1,
        title: "Prerequisites",
        meaning: "Decide who in the municipality is responsible for open data and how decisions are made.",
        step: None,
    },
    Section {
        number: 2,
        title: "Choose information",
        meaning: "Take stock of the information the municipality holds and prioritise what is asked for.",
        step: None,
    },
    Section {
        number: 3,
        title: "Assess the information",
        meaning: "Check that the file holds no personal data and nothing covered by secrecy.",
        step: Some(2),
    },
    Section {
        number: 4,
        title: "Prepare the information",
        meaning: "Make the file machine-readable: the right encoding, one header row, one format per column.",
        step: Some(2),
    },
    Section {
        number: 5,
        title: "Terms of use",
        meaning: "Choose a licence, CC0 first of all.",
        step: Some(3),
    },
    Section {
        number: 6,
        title: "Describe the information",
        meaning: "Write DCAT-AP-SE metadata so that the information can be found.",
        step: Some(4),
    },
    Section {
        number: 7,
        title: "Make it available",
        meaning: "Put the files on the municipality's web site and register the catalogue with Sveriges dataportal.",
        step: Some(5),
    },
    Section {
        number: 8,
        title: "Dialogue and maintenance",
        meaning: "Keep the information up to date and answer the questions of those who use it.",
        step: Some(5),
    },
];

const SV: Texts = Texts {
    heading: "Beskriv och publicera öppna data",
    intro: "Välj en CSV-fil. Datalots beskriver filen, föreslår en licens och skriver metadata enligt DCAT-AP-SE för Sveriges dataportal.",
    privacy: "Filen läses bara i din webbläsare. Ingenting laddas upp, och filen sparas inte.",
    file_label: "Välj en CSV-fil",
    drop_hint: "CSV, TSV eller TXT, till exempel sparad från Excel. Du kan också dra filen hit.",
    switch_language: "In English",
    open_procurement: "Skriv upphandlingskrav med inbyggd öppenhet",
    procurement_failed: "Upphandlingskraven kunde inte laddas. Ladda om sidan och försök igen.",
    own_page: "Visa katalogen på er egen webbplats",
    own_page_failed: "Delen om er egen webbplats kunde inte laddas. Stäng och öppna den igen, eller ladda om sidan.",
    no_file: "Ingen fil vald ännu.",
    chosen_file: "Vald fil:",
    bytes: "byte",
    reading: "Läser",
    progress_label: "Hur mycket av filen som är läst",
    read_of: "av",
    cancel: "Avbryt",
    cancelled: "Läsningen avbröts. Välj en fil igen när du vill.",
    profiled_in: "Filen lästes på",
    seconds: "sekunder",
    steps_label: "Steg",
    step_file: "Välj fil",
    step_profile: "Granska innehållet",
    step_licence: "Villkor för användning",
    step_describe: "Beskriv datamängden",
    step_publish: "Publicera",
    digg_section: "DIGG avsnitt",
    not_yet: "(välj en fil först)",
    next: "Nästa steg",
    overview_heading: "Så här publicerar en kommun öppna data (DIGG:s vägledning)",
    overview_intro: "DIGG:s vägledning har åtta avsnitt. Datalots hjälper dig med dem som är markerade.",
    widget_does: "Datalots hjälper här",
    step_word: "steg",
    profile_heading: "Vad filen innehåller",
    personal_heading: "Varning: personuppgifter",
    warnings_heading: "Att rätta innan publicering",
    columns_heading: "Kolumner",
    col_column: "Kolumn",
    col_type: "Typ",
    col_missing: "Saknas",
    col_distinct: "Unika värden",
    col_min: "Minsta",
    col_max: "Största",
    col_chart: "Fördelning",
    hidden_values: "Värdena visas inte (personuppgifter)",
    preview_heading: "De första raderna",
    masked_note: "Värden i kolumner med personuppgifter är dolda.",
    facts_heading: "Om filen",
    start_over: "Börja om",
    confirm_start_over: "Börja om? Det du har skrivit och valt tas bort från den här webbläsaren.",
    confirm_replace: "En annan fil ersätter den du har beskrivit. Fortsätta?",
    later_steps: "Gå vidare till licensfrågorna när du har granskat filen.",
    licence_heading: "Villkor för användning",
    licence_intro: "Svara på frågorna. Nästa fråga visas när du har svarat; svaren avgör vilken licens Datalots rekommenderar enligt DIGG:s och PRV:s rekommendation.",
    prefilled_personal: "Frågan om personuppgifter är redan besvarad med ”Ja”, eftersom filen verkar innehålla personuppgifter. Du kan ändra svaret.",
    licence_result: "Rekommendation",
    reasons: "Skäl",
    warnings: "Att tänka på",
    conflicts: "Måste ändras",
    source: "Källa",
    attribution: "Text för erkännande:",
    worker_missing: "Widgetens arbetstråd saknas (worker-url).",
};

const EN: Texts = Texts {
    heading: "Describe and publish open data",
    intro: "Choose a CSV file. Datalots describes the file, suggests a licence and writes DCAT-AP-SE metadata for Sveriges dataportal.",
    privacy: "The file is only read in your browser. Nothing is uploaded, and the file is not stored.",
    file_label: "Choose a CSV file",
    drop_hint: "CSV, TSV or TXT, for example saved from Excel. You can also drop the file here.",
    switch_language: "På svenska",
    open_procurement: "Write procurement requirements with built-in openness",
    procurement_failed: "The procurement requirements could not be loaded. Reload the page and try again.",
    own_page: "Show the catalogue on your own web site",
    own_page_failed: "The part about your own web site could not be loaded. Close and open it again, or reload the page.",
    no_file: "No file chosen yet.",
    chosen_file: "Chosen file:",
    bytes: "bytes",
    reading: "Reading",
    progress_label: "How much of the file has been read",
    read_of: "of",
    cancel: "Cancel",
    cancelled: "Reading was cancelled. Choose a file again when you like.",
    profiled_in: "The file was read in",
    seconds: "seconds",
    steps_label: "Steps",
    step_file: "Choose file",
    step_profile: "Review the content",
    step_licence: "Terms of use",
    step_describe: "Describe the dataset",
    step_publish: "Publish",
    digg_section: "DIGG section",
    not_yet: "(choose a file first)",
    next: "Next step",
    overview_heading: "How a municipality publishes open data (DIGG's guidance)",
    overview_intro: "DIGG's guidance has eight sections. Datalots helps you with the marked ones.",
    widget_does: "Datalots helps here",
    step_word: "step",
    profile_heading: "What the file holds",
    personal_heading: "Warning: personal data",
    warnings_heading: "To correct before publishing",
    columns_heading: "Columns",
    col_column: "Column",
    col_type: "Type",
    col_missing: "Missing",
    col_distinct: "Distinct values",
    col_min: "Smallest",
    col_max: "Largest",
    col_chart: "Distribution",
    hidden_values: "Values not shown (personal data)",
    preview_heading: "The first rows",
    masked_note: "Values in columns with personal data are hidden.",
    facts_heading: "About the file",
    start_over: "Start over",
    confirm_start_over: "Start over? What you typed and chose is removed from this browser.",
    confirm_replace: "Another file replaces the one you described. Continue?",
    later_steps: "Go on to the licence questions when you have reviewed the file.",
    licence_heading: "Terms of use",
    licence_intro: "Answer the questions. The next question appears once you have answered; the answers decide which licence Datalots recommends, following the DIGG/PRV recommendation.",
    prefilled_personal: "The question about personal data is already answered “Yes”, because the file seems to hold personal data. You can change the answer.",
    licence_result: "Recommendation",
    reasons: "Reasons",
    warnings: "To keep in mind",
    conflicts: "Must change",
    source: "Source",
    attribution: "Attribution text:",
    worker_missing: "The widget's worker is missing (worker-url).",
};

/// All the flow's strings in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// DIGG's eight sections, in `lang`.
pub fn sections(lang: Lang) -> &'static [Section; 8] {
    match lang {
        Lang::Sv => &SECTIONS_SV,
        Lang::En => &SECTIONS_EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_button_is_written_in_the_language_it_offers() {
        assert_eq!(texts(Lang::Sv).switch_language, "In English");
        assert_eq!(texts(Lang::En).switch_language, "På svenska");
        assert_ne!(texts(Lang::Sv), texts(Lang::En));
    }

    #[test]
    fn the_facades_texts_are_picked_in_the_persons_language() {
        let b = Both {
            sv: "Hej".into(),
            en: "Hello".into(),
        };
        assert_eq!(pick(&b, Lang::Sv), "Hej");
        assert_eq!(pick(&b, Lang::En), "Hello");
        assert_eq!(worker_missing().sv, SV.worker_missing);
        assert_eq!(worker_missing().en, EN.worker_missing);
    }

    #[test]
    fn seconds_take_the_languages_decimal_mark() {
        assert_eq!(format_seconds(1_540.0, Lang::Sv), "1,5");
        assert_eq!(format_seconds(1_540.0, Lang::En), "1.5");
    }
}
