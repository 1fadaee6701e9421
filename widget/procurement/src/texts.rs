//! The procurement view's own texts, in Swedish and English: one field per string, so
//! a language is complete or it does not compile.

use datalots_widget_support::Lang;

/// Every string the procurement view shows, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProcurementTexts {
    /// The view's heading.
    pub heading: &'static str,
    /// Under the heading.
    pub intro: &'static str,
    /// The questions' heading.
    pub questions_heading: &'static str,
    /// Shown while answers are missing.
    pub incomplete: &'static str,
    /// The requirements' heading.
    pub results_heading: &'static str,
    /// Before the count of chosen requirements.
    pub chosen: &'static str,
    /// Between the included and the total count.
    pub of: &'static str,
    /// The label of a requirement's include checkbox.
    pub include: &'static str,
    /// The label of a requirement's text box.
    pub text_label: &'static str,
    /// The button that brings back the catalogue text.
    pub restore: &'static str,
    /// Marks an edited text.
    pub edited: &'static str,
    /// Requirement kind.
    pub kind: &'static str,
    /// Motive.
    pub motive: &'static str,
    /// Verification.
    pub verification: &'static str,
    /// Follow-up and sanction.
    pub follow_up: &'static str,
    /// Why chosen.
    pub why: &'static str,
    /// The downloads' heading.
    pub downloads_heading: &'static str,
    /// Under the downloads' heading.
    pub downloads_note: &'static str,
    /// Word.
    pub download_docx: &'static str,
    /// Excel.
    pub download_xlsx: &'static str,
    /// CSV.
    pub download_csv: &'static str,
    /// Markdown.
    pub download_md: &'static str,
    /// JSON.
    pub download_json: &'static str,
    /// While a module loads and writes the file.
    pub working: &'static str,
    /// After a download.
    pub saved: &'static str,
    /// When the file could not be made.
    pub failed: &'static str,
    /// Start again.
    pub reset: &'static str,
    /// Back to the first screen.
    pub back: &'static str,
    /// The language switch.
    pub switch_language: &'static str,
    /// Links area 6 to the describe flow.
    pub dcat_note: &'static str,
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
}

const SV: ProcurementTexts = ProcurementTexts {
    heading: "Upphandlingskrav med inbyggd öppenhet",
    intro: "Svara på några frågor om inköpet, så får ni krav enligt DIGG:s sju kravområden att klistra in i upphandlingsdokumenten – med motiv och hur leverantören visar att kravet uppfylls. Inget skickas någonstans; era svar och ändringar sparas bara i den här webbläsaren.",
    questions_heading: "Om upphandlingen",
    incomplete: "Besvara frågorna ovan för att se kraven.",
    results_heading: "Kraven",
    chosen: "Valda krav:",
    of: "av",
    include: "Ta med kravet",
    text_label: "Kravtext",
    restore: "Återställ texten",
    edited: "(ändrad)",
    kind: "Kravtyp",
    motive: "Motiv",
    verification: "Verifiering",
    follow_up: "Uppföljning och påföljd",
    why: "Varför valt",
    downloads_heading: "Ladda ner",
    downloads_note: "Word- och Excelfilerna skapas av en separat modul som hämtas från samma webbplats först när ni ber om dem.",
    download_docx: "Word (.docx)",
    download_xlsx: "Excel (.xlsx)",
    download_csv: "CSV för Excel",
    download_md: "Markdown",
    download_json: "JSON (för att fortsätta senare)",
    working: "Skapar filen …",
    saved: "Filen är skapad:",
    failed: "Filen kunde inte skapas:",
    reset: "Börja om",
    back: "Tillbaka",
    switch_language: "In English",
    dcat_note: "Krav D6-02 ber leverantören om metadata enligt DCAT-AP-SE, som Datalots kan kontrollera när datan ska publiceras.",
    yes: "Ja",
    no: "Nej",
};

const EN: ProcurementTexts = ProcurementTexts {
    heading: "Procurement requirements with built-in openness",
    intro: "Answer a few questions about the purchase and get requirements following DIGG's seven requirement areas to paste into the tender documents – with motives and how the supplier shows each one is met. Nothing is sent anywhere; your answers and edits are kept only in this browser.",
    questions_heading: "About the procurement",
    incomplete: "Answer the questions above to see the requirements.",
    results_heading: "The requirements",
    chosen: "Requirements chosen:",
    of: "of",
    include: "Include the requirement",
    text_label: "Requirement text",
    restore: "Restore the text",
    edited: "(edited)",
    kind: "Kind",
    motive: "Motive",
    verification: "Verification",
    follow_up: "Follow-up and sanction",
    why: "Why chosen",
    downloads_heading: "Download",
    downloads_note: "The Word and Excel files are made by a separate module, fetched from this same site only when you ask for them.",
    download_docx: "Word (.docx)",
    download_xlsx: "Excel (.xlsx)",
    download_csv: "CSV for Excel",
    download_md: "Markdown",
    download_json: "JSON (to continue later)",
    working: "Making the file …",
    saved: "The file is ready:",
    failed: "The file could not be made:",
    reset: "Start again",
    back: "Back",
    switch_language: "På svenska",
    dcat_note: "Requirement D6-02 asks the supplier for DCAT-AP-SE metadata, which Datalots can check when the data is published.",
    yes: "Yes",
    no: "No",
};

/// The texts in a language.
pub fn texts(lang: Lang) -> &'static ProcurementTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
