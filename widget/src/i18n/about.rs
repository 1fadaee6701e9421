//! The texts of «Om filen» (the lines about the file and the notes beside its table),
//! the steward's «not personal data» for a flagged column, and the note by the
//! normalised copy, in Swedish and English. The lines, notes, decisions and sentences
//! themselves come from the facade (`datalots::about`, `datalots::personal`).

use datalots_widget_support::Lang;

/// Every string of these parts, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AboutTexts {
    /// The heading of the lines about the file.
    pub about_heading: &'static str,
    /// Under it: what the lines and notes are.
    pub about_intro: &'static str,
    /// The heading of the notes beside the table.
    pub notes_heading: &'static str,
    /// The heading of the flagged columns.
    pub flagged_heading: &'static str,
    /// The disclosure that opens «not personal data».
    pub dismiss_open: &'static str,
    /// The reason's label.
    pub reason_label: &'static str,
    /// Under the reason: what a reason is.
    pub reason_hint: &'static str,
    /// The button that saves the decision.
    pub dismiss_save: &'static str,
    /// The button that takes it back.
    pub undismiss: &'static str,
    /// The publish step's checklist heading.
    pub checklist_heading: &'static str,
}

const SV: AboutTexts = AboutTexts {
    about_heading: "Rader om filen före tabellen",
    about_intro: "Det här skriver filen om sig själv före tabellen och bredvid dess första rader. Det är inte kolumner och kommer inte med i den normaliserade kopian; en kommun och en period som nämns här föreslås i steg 4.",
    notes_heading: "Anteckningar bredvid tabellen",
    flagged_heading: "Kolumner markerade som personuppgifter",
    dismiss_open: "Det här är inte personuppgifter …",
    reason_label: "Varför är det inte personuppgifter?",
    reason_hint: "Till exempel «Namnen är badplatser, inte personer». Skälet sparas med utkastet och visas i steg 5.",
    dismiss_save: "Spara beslutet",
    undismiss: "Ångra beslutet",
    checklist_heading: "Personuppgifter: kontroll före publicering",
};

const EN: AboutTexts = AboutTexts {
    about_heading: "Lines about the file before the table",
    about_intro: "This is what the file says about itself before its table and beside its first rows. These are not columns and are left out of the normalised copy; a municipality and a period named here are suggested in step 4.",
    notes_heading: "Notes beside the table",
    flagged_heading: "Columns marked as personal data",
    dismiss_open: "This is not personal data …",
    reason_label: "Why is this not personal data?",
    reason_hint: "For example «The names are bathing places, not people». The reason is kept with the draft and shown in step 5.",
    dismiss_save: "Save the decision",
    undismiss: "Take the decision back",
    checklist_heading: "Personal data: check before publishing",
};

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static AboutTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
