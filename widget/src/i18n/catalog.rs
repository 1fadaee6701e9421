//! The texts of «Vår katalog», in Swedish and English: one field per string, so a
//! language is complete or it does not compile.

use datalots_widget_support::Lang;

/// Every string of the view, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogTexts {
    /// Heading.
    pub heading: &'static str,
    /// Under it.
    pub intro: &'static str,
    /// Back to the publishing flow.
    pub back: &'static str,
    /// The file input's label.
    pub file_label: &'static str,
    /// While the worker works.
    pub working: &'static str,
    /// Table caption.
    pub datasets: &'static str,
    /// Column.
    pub title: &'static str,
    /// Column.
    pub licence: &'static str,
    /// Column.
    pub modified: &'static str,
    /// Column.
    pub check: &'static str,
    /// Column.
    pub actions: &'static str,
    /// Between counts.
    pub errors: &'static str,
    /// Between counts.
    pub recommendations: &'static str,
    /// Button.
    pub edit: &'static str,
    /// Button.
    pub remove: &'static str,
    /// Confirmation.
    pub confirm_remove: &'static str,
    /// File input label.
    pub update: &'static str,
    /// Button.
    pub upgrade: &'static str,
    /// Button.
    pub download: &'static str,
    /// Heading of the edit form.
    pub edit_heading: &'static str,
    /// Field.
    pub field_title: &'static str,
    /// Field.
    pub field_description: &'static str,
    /// Field.
    pub field_keywords: &'static str,
    /// Button.
    pub save: &'static str,
    /// Button.
    pub cancel: &'static str,
    /// Heading of what needs a person.
    pub todo: &'static str,
    /// Heading of what was done.
    pub done: &'static str,
    /// The button in the publishing flow's tools bar.
    pub open: &'static str,
}

const SV: CatalogTexts = CatalogTexts {
    heading: "Vår katalog",
    intro: "Kommunens katalogfil över tid: läs in den, uppdatera en datamängd från en ny version av filen, ta bort eller rätta, och ladda ner resultatet. Filen läses bara i webbläsaren.",
    back: "Tillbaka till publiceringen",
    file_label: "Katalogfil (RDF/XML, Turtle eller JSON-LD)",
    working: "Arbetar …",
    datasets: "Datamängder i katalogen",
    title: "Titel",
    licence: "Licens",
    modified: "Ändrad",
    check: "Kontroll",
    actions: "Åtgärder",
    errors: "fel",
    recommendations: "rekommendationer",
    edit: "Redigera",
    remove: "Ta bort",
    confirm_remove: "Ta bort datamängden ur katalogen? Distributionerna och det som bara den använder tas bort med den.",
    update: "Uppdatera från ny fil",
    upgrade: "Uppgradera från DCAT-AP-SE 2.x",
    download: "Ladda ner katalogen",
    edit_heading: "Redigera datamängden",
    field_title: "Titel",
    field_description: "Beskrivning",
    field_keywords: "Nyckelord (åtskilda med kommatecken)",
    save: "Spara",
    cancel: "Avbryt",
    todo: "Behöver en person",
    done: "Gjort",
    open: "Vår katalog",
};

const EN: CatalogTexts = CatalogTexts {
    heading: "Our catalogue",
    intro: "The municipality's catalogue file over time: load it, update a dataset from a new version of its file, remove or correct, and download the result. The file is only read in the browser.",
    back: "Back to publishing",
    file_label: "Catalogue file (RDF/XML, Turtle or JSON-LD)",
    working: "Working …",
    datasets: "Datasets in the catalogue",
    title: "Title",
    licence: "Licence",
    modified: "Modified",
    check: "Check",
    actions: "Actions",
    errors: "errors",
    recommendations: "recommendations",
    edit: "Edit",
    remove: "Remove",
    confirm_remove: "Remove the dataset from the catalogue? Its distributions and what only it uses go with it.",
    update: "Update from a new file",
    upgrade: "Upgrade from DCAT-AP-SE 2.x",
    download: "Download the catalogue",
    edit_heading: "Edit the dataset",
    field_title: "Title",
    field_description: "Description",
    field_keywords: "Keywords (separated by commas)",
    save: "Save",
    cancel: "Cancel",
    todo: "Needs a person",
    done: "Done",
    open: "Our catalogue",
};

/// The texts in one language.
pub fn texts(lang: Lang) -> &'static CatalogTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
