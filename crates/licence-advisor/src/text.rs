//! Bilingual text and the sources a statement rests on.

use serde::Serialize;

/// A text in Swedish and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Svenska.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

/// Where a reason, warning or conflict comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// DIGG and PRV, *Rekommendation om öppna licenser och immaterialrätt*.
    DiggPrv,
    /// Lagen (2022:818) om den offentliga sektorns tillgängliggörande av data, as DIGG
    /// explains it.
    OpenDataAct,
    /// Offentlighets- och sekretesslagen (2009:400) and Sveriges dataportal's terms.
    Secrecy,
    /// The GDPR and 2 kap. 1 § of the open data act.
    DataProtection,
    /// Commission Implementing Regulation (EU) 2023/138 on high-value datasets.
    HvdRegulation,
    /// The terms of the Creative Commons or Open Data Commons licence concerned.
    LicenceTerms,
    /// DCAT-AP-SE and the EU access-right vocabulary.
    DcatApSe,
    /// Datalots' own reading, where no official text decides.
    Datalots,
}

impl Source {
    /// A short citation, in Swedish and English.
    pub fn citation(self) -> Text {
        match self {
            Source::DiggPrv => Text {
                sv: "Digg och PRV, Rekommendation om öppna licenser och immaterialrätt",
                en: "DIGG and PRV, Recommendation on open licences and intellectual property",
            },
            Source::OpenDataAct => Text {
                sv: "Lagen (2022:818) om den offentliga sektorns tillgängliggörande av data",
                en: "Swedish Open Data Act (2022:818)",
            },
            Source::Secrecy => Text {
                sv: "Offentlighets- och sekretesslagen (2009:400); villkoren för Sveriges dataportal",
                en: "Public Access to Information and Secrecy Act (2009:400); Sveriges dataportal's terms",
            },
            Source::DataProtection => Text {
                sv: "Dataskyddsförordningen (GDPR); 2 kap. 1 § lagen (2022:818)",
                en: "General Data Protection Regulation (GDPR); chapter 2 section 1 of the Open Data Act (2022:818)",
            },
            Source::HvdRegulation => Text {
                sv: "Genomförandeförordning (EU) 2023/138 om värdefulla datamängder",
                en: "Implementing Regulation (EU) 2023/138 on high-value datasets",
            },
            Source::LicenceTerms => Text {
                sv: "Licensvillkoren för det ingående materialet",
                en: "The licence terms of the included material",
            },
            Source::DcatApSe => Text {
                sv: "DCAT-AP-SE 3.0.1 och EU:s vokabulär för åtkomsträttigheter",
                en: "DCAT-AP-SE 3.0.1 and the EU access-rights vocabulary",
            },
            Source::Datalots => Text {
                sv: "Datalots bedömning (ingen officiell text avgör frågan)",
                en: "Datalots' own reading (no official text decides this)",
            },
        }
    }

    /// A page where the source can be read, when there is one.
    pub fn url(self) -> Option<&'static str> {
        match self {
            Source::DiggPrv => Some(
                "https://www.digg.se/kunskap-och-stod/oppna-och-delade-data/offentliga-aktorer/rekommendation-om-oppna-licenser-och-immaterialratt",
            ),
            Source::OpenDataAct => Some("https://rkrattsbaser.gov.se/sfst?bet=2022%3A818"),
            Source::Secrecy => Some(
                "https://www.dataportal.se/om-webbplatsen/villkor-for-att-tillgangliggora-data-via-sveriges-dataportal",
            ),
            Source::DataProtection => Some(
                "https://www.digg.se/kunskap-och-stod/oppna-och-delade-data/offentliga-aktorer/vagledning-om-oppna-datalagen/krav-vid-tillgangliggorande-av-data-for-vidareutnyttjande/krav-pa-sakerhet-och-skydd-av-personuppgifter",
            ),
            Source::HvdRegulation => Some("http://data.europa.eu/eli/reg_impl/2023/138/oj"),
            Source::LicenceTerms => None,
            Source::DcatApSe => Some("https://docs.dataportal.se/dcat/"),
            Source::Datalots => None,
        }
    }
}
