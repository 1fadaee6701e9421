//! The indicators of the Metadata Quality Assessment, as data: name, dimension,
//! property, weight, and what earns each, in Swedish and English.

use serde::Serialize;

use crate::spec::Text;

/// One of the five dimensions of the MQA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Upptäckbarhet (100 points).
    Findability,
    /// Åtkomlighet (100 points, 80 of them checked by the portal).
    Accessibility,
    /// Interoperabilitet (110 points; 80 on dataportal.se).
    Interoperability,
    /// Återanvändbarhet (75 points).
    Reusability,
    /// Kontextualitet (20 points).
    Contextuality,
}

impl Dimension {
    /// The five, in the methodology's order.
    pub const ALL: [Dimension; 5] = [
        Dimension::Findability,
        Dimension::Accessibility,
        Dimension::Interoperability,
        Dimension::Reusability,
        Dimension::Contextuality,
    ];

    /// The name, as sv/en labels («Upptäckbarhet» / "Findability").
    pub fn label(self) -> Text {
        let (sv, en) = match self {
            Dimension::Findability => ("Upptäckbarhet", "Findability"),
            Dimension::Accessibility => ("Åtkomlighet", "Accessibility"),
            Dimension::Interoperability => ("Interoperabilitet", "Interoperability"),
            Dimension::Reusability => ("Återanvändbarhet", "Reusability"),
            Dimension::Contextuality => ("Kontextualitet", "Contextuality"),
        };
        Text { sv, en }
    }
}

/// What an indicator's share is counted over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The share of datasets that pass.
    Dataset,
    /// The share of distributions that pass.
    Distribution,
    /// The share of datasets whose best distribution (the one with the most
    /// interoperability points) passes.
    BestDistribution,
}

/// An indicator of the MQA. The serialised name ([`Indicator::name`]) is stable: the
/// widget links each to the form field that earns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    /// `dcat:keyword` on the dataset (30).
    Keyword,
    /// `dcat:theme` on the dataset (30).
    Theme,
    /// `dcterms:spatial` on the dataset (20).
    Spatial,
    /// `dcterms:temporal` on the dataset (20).
    Temporal,
    /// The `dcat:accessURL` answers (50): checked by the portal.
    AccessUrlReachable,
    /// `dcat:downloadURL` on the distribution (20).
    DownloadUrl,
    /// The `dcat:downloadURL` answers (30): checked by the portal.
    DownloadUrlReachable,
    /// `dcterms:format` on the distribution (20).
    Format,
    /// `dcat:mediaType` on the distribution (10).
    MediaType,
    /// Format and media type from a vocabulary (10).
    FormatVocabulary,
    /// A non-proprietary format (20).
    NonProprietary,
    /// A machine-readable format (20).
    MachineReadable,
    /// DCAT-AP compliance (30 on the EU portal, 0 on dataportal.se).
    DcatApCompliance,
    /// `dcterms:license` on the distribution (20).
    Licence,
    /// The licence from a vocabulary (10).
    LicenceVocabulary,
    /// `dcterms:accessRights` on the dataset (10).
    AccessRights,
    /// The access rights from the EU access-right vocabulary (5).
    AccessRightsVocabulary,
    /// `dcat:contactPoint` on the dataset (20).
    ContactPoint,
    /// `dcterms:publisher` on the dataset (10).
    Publisher,
    /// `dcterms:rights` on the distribution (5).
    Rights,
    /// `dcat:byteSize` on the distribution (5).
    ByteSize,
    /// `dcterms:issued` on the dataset (5).
    Issued,
    /// `dcterms:modified` on the dataset (5).
    Modified,
}

/// Everything about one indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IndicatorInfo {
    /// The indicator.
    pub indicator: Indicator,
    /// Its stable name (`keyword`, `download_url`, …).
    pub name: &'static str,
    /// Its dimension.
    pub dimension: Dimension,
    /// The DCAT property it concerns (`dcat:keyword`).
    pub property: &'static str,
    /// What the share is counted over.
    pub on: Level,
    /// The EU methodology's weight (the points for a full share).
    pub weight: u32,
    /// Checked by the portal (it requests the address), never computed from metadata.
    pub checked_by_portal: bool,
    /// The indicator's name for people.
    pub label: Text,
    /// What earns the points.
    pub earn: Text,
}

macro_rules! info {
    ($i:ident, $name:literal, $dim:ident, $prop:literal, $on:ident, $w:literal, $portal:literal,
     $lsv:literal, $len:literal, $esv:literal, $een:literal) => {
        IndicatorInfo {
            indicator: Indicator::$i,
            name: $name,
            dimension: Dimension::$dim,
            property: $prop,
            on: Level::$on,
            weight: $w,
            checked_by_portal: $portal,
            label: Text { sv: $lsv, en: $len },
            earn: Text { sv: $esv, en: $een },
        }
    };
}

/// The 23 indicators, in the methodology's order.
pub static INDICATORS: [IndicatorInfo; 23] = [
    info!(
        Keyword,
        "keyword",
        Findability,
        "dcat:keyword",
        Dataset,
        30,
        false,
        "Nyckelord",
        "Keywords",
        "Ge datamängden minst ett nyckelord (dcat:keyword).",
        "Give the dataset at least one keyword (dcat:keyword)."
    ),
    info!(
        Theme,
        "theme",
        Findability,
        "dcat:theme",
        Dataset,
        30,
        false,
        "Kategori",
        "Categories",
        "Välj minst ett tema (dcat:theme) ur EU:s datateman.",
        "Choose at least one theme (dcat:theme) from the EU data themes."
    ),
    info!(
        Spatial,
        "spatial",
        Findability,
        "dcterms:spatial",
        Dataset,
        20,
        false,
        "Geografiskt område",
        "Geographical coverage",
        "Ange vilket område datamängden gäller (dcterms:spatial), t.ex. kommunens Geonames-IRI.",
        "Say which area the dataset covers (dcterms:spatial), e.g. the municipality's Geonames IRI."
    ),
    info!(
        Temporal,
        "temporal",
        Findability,
        "dcterms:temporal",
        Dataset,
        20,
        false,
        "Tidsperiod",
        "Temporal coverage",
        "Ange vilken tidsperiod datamängden gäller (dcterms:temporal).",
        "Say which period the dataset covers (dcterms:temporal)."
    ),
    info!(
        AccessUrlReachable,
        "access_url_reachable",
        Accessibility,
        "dcat:accessURL",
        Distribution,
        50,
        true,
        "Åtkomstadressen svarar",
        "Access URL reachable",
        "Portalen kontrollerar varje natt att åtkomstadressen (dcat:accessURL) svarar med HTTP 200–399: lägg filen på den adress metadatan anger.",
        "The portal checks each night that the access URL (dcat:accessURL) answers with HTTP 200–399: put the file at the address the metadata names."
    ),
    info!(
        DownloadUrl,
        "download_url",
        Accessibility,
        "dcat:downloadURL",
        Distribution,
        20,
        false,
        "Nedladdningsadress",
        "Download URL",
        "Ange filens direkta nedladdningsadress (dcat:downloadURL).",
        "Give the file's direct download address (dcat:downloadURL)."
    ),
    info!(
        DownloadUrlReachable,
        "download_url_reachable",
        Accessibility,
        "dcat:downloadURL",
        Distribution,
        30,
        true,
        "Nedladdningsadressen svarar",
        "Download URL reachable",
        "Portalen kontrollerar varje natt att nedladdningsadressen (dcat:downloadURL) svarar med HTTP 200–399: lägg filen på den adress metadatan anger.",
        "The portal checks each night that the download URL (dcat:downloadURL) answers with HTTP 200–399: put the file at the address the metadata names."
    ),
    info!(
        Format,
        "format",
        Interoperability,
        "dcterms:format",
        BestDistribution,
        20,
        false,
        "Format",
        "Format",
        "Ange distributionens format (dcterms:format), t.ex. text/csv.",
        "Give the distribution's format (dcterms:format), e.g. text/csv."
    ),
    info!(
        MediaType,
        "media_type",
        Interoperability,
        "dcat:mediaType",
        BestDistribution,
        10,
        false,
        "Medietyp",
        "Media type",
        "Ange medietypen som IANA-IRI (dcat:mediaType), t.ex. https://www.iana.org/assignments/media-types/text/csv.",
        "Give the media type as an IANA IRI (dcat:mediaType), e.g. https://www.iana.org/assignments/media-types/text/csv."
    ),
    info!(
        FormatVocabulary,
        "format_vocabulary",
        Interoperability,
        "dcterms:format",
        BestDistribution,
        10,
        false,
        "Format/medietyp från ordlista",
        "Format/media type from vocabulary",
        "Använd ett format ur EU:s filtypslista eller en medietyp som IANA registrerat (dcterms:format, dcat:mediaType).",
        "Use a format from the EU file-type list or a media type registered with IANA (dcterms:format, dcat:mediaType)."
    ),
    info!(
        NonProprietary,
        "non_proprietary",
        Interoperability,
        "dcterms:format",
        BestDistribution,
        20,
        false,
        "Icke-proprietärt format",
        "Non-proprietary format",
        "Publicera i ett öppet format som CSV, JSON eller XML, inte bara Excel (dcterms:format).",
        "Publish in an open format such as CSV, JSON or XML, not only Excel (dcterms:format)."
    ),
    info!(
        MachineReadable,
        "machine_readable",
        Interoperability,
        "dcterms:format",
        BestDistribution,
        20,
        false,
        "Maskinläsbart format",
        "Machine-readable format",
        "Publicera i ett maskinläsbart format som CSV, JSON eller XML, inte PDF (dcterms:format).",
        "Publish in a machine-readable format such as CSV, JSON or XML, not PDF (dcterms:format)."
    ),
    info!(
        DcatApCompliance,
        "dcat_ap_compliance",
        Interoperability,
        "dcat:Dataset",
        Dataset,
        30,
        false,
        "DCAT-AP-överensstämmelse",
        "DCAT-AP compliance",
        "Rätta de fel valideringen visar för datamängden och dess distributioner.",
        "Fix the errors validation shows for the dataset and its distributions."
    ),
    info!(
        Licence,
        "licence",
        Reusability,
        "dcterms:license",
        Distribution,
        20,
        false,
        "Licens",
        "Licence information",
        "Ange distributionens licens (dcterms:license), t.ex. CC0 1.0.",
        "Give the distribution's licence (dcterms:license), e.g. CC0 1.0."
    ),
    info!(
        LicenceVocabulary,
        "licence_vocabulary",
        Reusability,
        "dcterms:license",
        Distribution,
        10,
        false,
        "Licens från ordlista",
        "Licence vocabulary",
        "Välj en känd licens, t.ex. CC0 1.0 eller CC BY 4.0, i stället för en egen licenstext.",
        "Choose a known licence such as CC0 1.0 or CC BY 4.0 instead of a licence text of your own."
    ),
    info!(
        AccessRights,
        "access_rights",
        Reusability,
        "dcterms:accessRights",
        Dataset,
        10,
        false,
        "Åtkomsträttigheter",
        "Access restrictions",
        "Ange åtkomsträttigheter (dcterms:accessRights), t.ex. offentlig.",
        "Give the access rights (dcterms:accessRights), e.g. public."
    ),
    info!(
        AccessRightsVocabulary,
        "access_rights_vocabulary",
        Reusability,
        "dcterms:accessRights",
        Dataset,
        5,
        false,
        "Åtkomsträttigheter från ordlista",
        "Access restrictions vocabulary",
        "Välj åtkomsträttigheter ur EU:s lista: offentlig, begränsad eller icke-offentlig.",
        "Choose the access rights from the EU list: public, restricted or non-public."
    ),
    info!(
        ContactPoint,
        "contact_point",
        Reusability,
        "dcat:contactPoint",
        Dataset,
        20,
        false,
        "Kontaktpunkt",
        "Contact point",
        "Ange en kontaktpunkt med e-postadress (dcat:contactPoint).",
        "Give a contact point with an e-mail address (dcat:contactPoint)."
    ),
    info!(
        Publisher,
        "publisher",
        Reusability,
        "dcterms:publisher",
        Dataset,
        10,
        false,
        "Utgivare",
        "Publisher",
        "Ange utgivaren (dcterms:publisher).",
        "Give the publisher (dcterms:publisher)."
    ),
    info!(
        Rights,
        "rights",
        Contextuality,
        "dcterms:rights",
        Distribution,
        5,
        false,
        "Rättigheter",
        "Rights",
        "Lägg till en kort rättighetsbeskrivning (dcterms:rights), t.ex. «Fri att använda enligt CC0 1.0».",
        "Add a short rights statement (dcterms:rights), e.g. \"Free to use under CC0 1.0\"."
    ),
    info!(
        ByteSize,
        "byte_size",
        Contextuality,
        "dcat:byteSize",
        Distribution,
        5,
        false,
        "Filstorlek",
        "File size",
        "Ange filens storlek i byte (dcat:byteSize).",
        "Give the file's size in bytes (dcat:byteSize)."
    ),
    info!(
        Issued,
        "issued",
        Contextuality,
        "dcterms:issued",
        Dataset,
        5,
        false,
        "Utgivningsdatum",
        "Date of issue",
        "Ange när datamängden först publicerades (dcterms:issued).",
        "Give the date the dataset was first published (dcterms:issued)."
    ),
    info!(
        Modified,
        "modified",
        Contextuality,
        "dcterms:modified",
        Dataset,
        5,
        false,
        "Ändringsdatum",
        "Modification date",
        "Ange när datamängden senast ändrades (dcterms:modified); för en ny datamängd samma som utgivningsdatumet.",
        "Give the date the dataset last changed (dcterms:modified); for a new dataset the same as its date of issue."
    ),
];

impl Indicator {
    /// Everything about the indicator.
    pub fn info(self) -> &'static IndicatorInfo {
        // INDICATORS is in declaration order.
        &INDICATORS[self as usize]
    }

    /// The stable name (`keyword`, `download_url`, …).
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The indicator with this name.
    pub fn from_name(name: &str) -> Option<Indicator> {
        INDICATORS
            .iter()
            .find(|i| i.name == name)
            .map(|i| i.indicator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_declaration_order_and_the_weights_add_up() {
        for (i, info) in INDICATORS.iter().enumerate() {
            assert_eq!(info.indicator as usize, i, "{}", info.name);
            assert_eq!(Indicator::from_name(info.name), Some(info.indicator));
            let json = serde_json::to_string(&info.indicator).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", info.name));
        }
        let sum = |f: &dyn Fn(&IndicatorInfo) -> bool| -> u32 {
            INDICATORS.iter().filter(|i| f(i)).map(|i| i.weight).sum()
        };
        assert_eq!(sum(&|_| true), 405);
        assert_eq!(sum(&|i| i.checked_by_portal), 80);
        assert_eq!(
            sum(&|i| !i.checked_by_portal && i.indicator != Indicator::DcatApCompliance),
            295
        );
        let dim = |d: Dimension| sum(&|i| i.dimension == d);
        assert_eq!(
            Dimension::ALL.map(dim),
            [100, 100, 110, 75, 20],
            "the methodology's dimension maxima"
        );
    }
}
