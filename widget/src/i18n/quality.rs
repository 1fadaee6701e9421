//! The texts of the grade Sveriges dataportal gives (steps 4 and 5, «Vår katalog»), in
//! Swedish and English: one field per string, so a language is complete or it does
//! not compile. The indicators' names and what earns them come from the facade
//! (`datalots::quality`).

use datalots_widget_support::Lang;

/// Every string of the grade, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QualityTexts {
    /// The grade's heading.
    pub heading: &'static str,
    /// Under it in step 4.
    pub intro_live: &'static str,
    /// Under it in step 5.
    pub intro_publish: &'static str,
    /// «av» in «80 av 100».
    pub of: &'static str,
    /// «poäng».
    pub points: &'static str,
    /// After the score: where the points come from.
    pub from_metadata: &'static str,
    /// Before the rating of the metadata alone.
    pub rating_now: &'static str,
    /// Before the rating to expect.
    pub rating_expected: &'static str,
    /// The dimensions' list.
    pub dimensions: &'static str,
    /// The missing points' heading.
    pub missing_heading: &'static str,
    /// When nothing is missing.
    pub none_missing: &'static str,
    /// Link to the field that earns the points.
    pub go_to_field: &'static str,
    /// Link to the licence questions.
    pub go_to_licence: &'static str,
    /// When the file itself earns the points.
    pub from_file: &'static str,
    /// When Datalots' validation earns them.
    pub from_validation: &'static str,
    /// The disclosure with every indicator.
    pub all_indicators: &'static str,
    /// What the portal checks itself: heading.
    pub portal_heading: &'static str,
    /// Under it.
    pub portal_intro: &'static str,
    /// Before the address the portal requests.
    pub portal_address: &'static str,
    /// The stars' heading.
    pub stars_heading: &'static str,
    /// Under it.
    pub stars_intro: &'static str,
    /// «av 5 stjärnor».
    pub of_five_stars: &'static str,
    /// Before what earns the next star.
    pub next_star: &'static str,
    /// The catalogue's grade: heading.
    pub catalogue_heading: &'static str,
    /// What pulls the catalogue's grade down: heading.
    pub pulling_down: &'static str,
    /// The column of each dataset's points.
    pub points_column: &'static str,
    /// «datamängder» after a count.
    pub datasets_word: &'static str,
    /// «distributioner» after a count.
    pub distributions_word: &'static str,
    /// The catalogue's average stars.
    pub stars_average: &'static str,
}

const SV: QualityTexts = QualityTexts {
    heading: "Betyg på Sveriges dataportal",
    intro_live: "Så bedömer portalen metadatan medan du skriver (EU:s metod för metadatakvalitet). Varje poäng som saknas leder till fältet som ger den.",
    intro_publish: "Poängen metadatan ger, det portalen kontrollerar själv och betyget att vänta.",
    of: "av",
    points: "poäng",
    from_metadata: "från metadata.",
    rating_now: "Betyg för metadatan ensam:",
    rating_expected: "Betyg att vänta när filerna finns på sina adresser:",
    dimensions: "Poäng per dimension",
    missing_heading: "Poäng som saknas",
    none_missing: "Metadatan får alla poäng som metadata kan ge.",
    go_to_field: "Gå till fältet",
    go_to_licence: "Ändra svaren i steg 3",
    from_file: "Kommer från filen.",
    from_validation: "Rätta felen i kontrollen mot DCAT-AP-SE.",
    all_indicators: "Alla indikatorer",
    portal_heading: "Det här kontrollerar portalen själv",
    portal_intro: "Varje natt begär portalen filen på den adress metadatan anger och ger 80 poäng när den svarar (HTTP 200–399). Lägg filerna på sina adresser innan katalogen skördas.",
    portal_address: "Filens adress:",
    stars_heading: "Datakvalitet: stjärnor",
    stars_intro: "Tim Berners-Lees fem stjärnor per distribution; den femte (länkar till andra data) kan portalen inte bedöma.",
    of_five_stars: "av 5 stjärnor",
    next_star: "Nästa stjärna:",
    catalogue_heading: "Katalogens betyg på Sveriges dataportal",
    pulling_down: "Det här drar ner betyget",
    points_column: "Poäng",
    datasets_word: "datamängder",
    distributions_word: "distributioner",
    stars_average: "Stjärnor i snitt:",
};

const EN: QualityTexts = QualityTexts {
    heading: "Grade on Sveriges dataportal",
    intro_live: "How the portal grades the metadata as you type (the EU's metadata quality method). Each missing point leads to the field that earns it.",
    intro_publish: "The points the metadata earns, what the portal checks itself and the grade to expect.",
    of: "of",
    points: "points",
    from_metadata: "from the metadata.",
    rating_now: "Rating of the metadata alone:",
    rating_expected: "Grade to expect once the files are at their addresses:",
    dimensions: "Points per dimension",
    missing_heading: "Points missing",
    none_missing: "The metadata earns every point metadata can earn.",
    go_to_field: "Go to the field",
    go_to_licence: "Change the answers in step 3",
    from_file: "Comes from the file.",
    from_validation: "Fix the errors of the check against DCAT-AP-SE.",
    all_indicators: "Every indicator",
    portal_heading: "What the portal checks itself",
    portal_intro: "Each night the portal requests the file at the address the metadata names and gives 80 points when it answers (HTTP 200–399). Put the files at their addresses before the catalogue is harvested.",
    portal_address: "The file's address:",
    stars_heading: "Data quality: stars",
    stars_intro: "Tim Berners-Lee's five stars per distribution; the fifth (links to other data) the portal cannot judge.",
    of_five_stars: "of 5 stars",
    next_star: "Next star:",
    catalogue_heading: "The catalogue's grade on Sveriges dataportal",
    pulling_down: "What pulls the grade down",
    points_column: "Points",
    datasets_word: "datasets",
    distributions_word: "distributions",
    stars_average: "Average stars:",
};

/// The grade's texts in `lang`.
pub fn texts(lang: Lang) -> &'static QualityTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
