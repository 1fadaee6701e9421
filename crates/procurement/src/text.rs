//! Bilingual text, languages and the references a requirement cites.

use serde::{Deserialize, Serialize};

/// A text in Swedish and English, fixed in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Svenska.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }

    /// An owned copy.
    pub fn owned(&self) -> Bilingual {
        Bilingual {
            sv: self.sv.to_owned(),
            en: self.en.to_owned(),
        }
    }
}

pub(crate) const fn tx(sv: &'static str, en: &'static str) -> Text {
    Text { sv, en }
}

/// A text in Swedish and English that can be edited: what a [`crate::Selection`] holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bilingual {
    /// Svenska.
    pub sv: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }

    /// The text in one language, to edit.
    pub fn get_mut(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::Sv => &mut self.sv,
            Lang::En => &mut self.en,
        }
    }
}

/// The language of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Svenska, the default.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Reads `sv` or `en` (also `sv-SE`, `en-GB` …); anything else is `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        let primary = t.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

/// A rule or document a requirement rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reference {
    /// DIGG, *Rekommendationer för upphandling av data* (2022).
    DiggProcurement,
    /// Lag (2022:818) om den offentliga sektorns tillgängliggörande av data.
    OpenDataAct,
    /// Offentlighets- och sekretesslagen (2009:400).
    Osl,
    /// Commission Implementing Regulation (EU) 2023/138 on high-value datasets.
    HvdRegulation,
    /// DIGG's REST API-profil.
    RestApiProfile,
    /// DCAT-AP-SE 3.0.1.
    DcatApSe,
    /// CC0 1.0 and DIGG/PRV's licence recommendation.
    Cc0,
    /// CC BY 4.0 and DIGG/PRV's licence recommendation.
    CcBy,
    /// The GDPR, Regulation (EU) 2016/679.
    Gdpr,
    /// Språklag (2009:600).
    LanguageAct,
    /// Lag (2018:1937) om tillgänglighet till digital offentlig service.
    AccessibilityAct,
    /// Lag (1960:729) om upphovsrätt till litterära och konstnärliga verk.
    CopyrightAct,
    /// Data specifications published on Sveriges dataportal.
    Dataportal,
}

impl Reference {
    /// The citation, in Swedish and English.
    pub fn citation(self) -> Text {
        match self {
            Reference::DiggProcurement => tx(
                "DIGG, Rekommendationer för upphandling av data (2022)",
                "DIGG, Recommendations for the procurement of data (2022)",
            ),
            Reference::OpenDataAct => tx(
                "Lag (2022:818) om den offentliga sektorns tillgängliggörande av data",
                "Swedish Open Data Act (2022:818)",
            ),
            Reference::Osl => tx(
                "Offentlighets- och sekretesslagen (2009:400)",
                "Public Access to Information and Secrecy Act (2009:400)",
            ),
            Reference::HvdRegulation => tx(
                "Genomförandeförordning (EU) 2023/138 om värdefulla datamängder",
                "Implementing Regulation (EU) 2023/138 on high-value datasets",
            ),
            Reference::RestApiProfile => tx("DIGG:s REST API-profil", "DIGG's REST API profile"),
            Reference::DcatApSe => tx(
                "DCAT-AP-SE 3.0.1, Sveriges dataportal",
                "DCAT-AP-SE 3.0.1, Sveriges dataportal",
            ),
            Reference::Cc0 => tx(
                "CC0 1.0; DIGG/PRV, Rekommendation om öppna licenser",
                "CC0 1.0; DIGG/PRV, recommendation on open licences",
            ),
            Reference::CcBy => tx(
                "CC BY 4.0; DIGG/PRV, Rekommendation om öppna licenser",
                "CC BY 4.0; DIGG/PRV, recommendation on open licences",
            ),
            Reference::Gdpr => tx(
                "Dataskyddsförordningen (EU) 2016/679",
                "General Data Protection Regulation (EU) 2016/679",
            ),
            Reference::LanguageAct => tx("Språklag (2009:600)", "Swedish Language Act (2009:600)"),
            Reference::AccessibilityAct => tx(
                "Lag (2018:1937) om tillgänglighet till digital offentlig service",
                "Act (2018:1937) on accessibility to digital public services",
            ),
            Reference::CopyrightAct => tx(
                "Upphovsrättslagen (1960:729)",
                "Swedish Copyright Act (1960:729)",
            ),
            Reference::Dataportal => tx(
                "Specifikationer på Sveriges dataportal",
                "Specifications on Sveriges dataportal",
            ),
        }
    }

    /// Where it can be read, when it has a stable address.
    pub fn url(self) -> Option<&'static str> {
        match self {
            Reference::DiggProcurement => Some(
                "https://www.digg.se/kunskap-och-stod/oppna-och-delade-data/offentliga-aktorer/rekommendationer-for-upphandling-av-data",
            ),
            Reference::OpenDataAct => Some(
                "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2022818-om-den-offentliga-sektorns_sfs-2022-818/",
            ),
            Reference::HvdRegulation => Some("http://data.europa.eu/eli/reg_impl/2023/138/oj"),
            Reference::RestApiProfile => Some("https://dev.dataportal.se/rest-api-profil"),
            Reference::DcatApSe => Some("https://docs.dataportal.se/dcat/"),
            Reference::Cc0 => Some("http://creativecommons.org/publicdomain/zero/1.0/"),
            Reference::CcBy => Some("http://creativecommons.org/licenses/by/4.0/"),
            Reference::Gdpr => Some("http://data.europa.eu/eli/reg/2016/679/oj"),
            Reference::Dataportal => Some("https://www.dataportal.se/specifications"),
            Reference::Osl
            | Reference::LanguageAct
            | Reference::AccessibilityAct
            | Reference::CopyrightAct => None,
        }
    }
}
