//! The licences a recommendation can name, with the URIs DCAT-AP-SE and the EU use.

use serde::Serialize;

use crate::text::Text;

/// A licence the advisor can recommend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum LicenceId {
    /// Creative Commons Zero 1.0: no rights reserved. The default.
    #[serde(rename = "CC0-1.0")]
    Cc0,
    /// Creative Commons Attribution 4.0.
    #[serde(rename = "CC-BY-4.0")]
    CcBy,
    /// Creative Commons Attribution-ShareAlike 4.0 (only when included material demands it).
    #[serde(rename = "CC-BY-SA-4.0")]
    CcBySa,
    /// Open Database License 1.0 (only when included material demands it).
    #[serde(rename = "ODbL-1.0")]
    Odbl,
    /// Creative Commons Attribution-NonCommercial 4.0: shared data, not open data.
    #[serde(rename = "CC-BY-NC-4.0")]
    CcByNc,
    /// Creative Commons Attribution-NonCommercial-ShareAlike 4.0: shared data.
    #[serde(rename = "CC-BY-NC-SA-4.0")]
    CcByNcSa,
}

/// Everything a catalogue or a person needs to know about one licence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Licence {
    /// The SPDX identifier.
    pub id: LicenceId,
    /// The URI exactly as DCAT-AP-SE lists it for `dcterms:license` (the
    /// `creativecommons.org` form: `http`, no language suffix, trailing slash).
    pub uri: &'static str,
    /// The EU Publications Office licence authority table URI.
    pub eu_uri: &'static str,
    /// The name in Swedish.
    pub name_sv: &'static str,
    /// The name in English.
    pub name_en: &'static str,
    /// Whether data under this licence is open data (the Open Definition's sense).
    pub open: bool,
    /// Whether the licence is CC BY 4.0 or more permissive, as high-value datasets
    /// require.
    pub allowed_for_hvd: bool,
    /// Whether re-users must credit the source.
    pub requires_attribution: bool,
    /// Whether DCAT-AP-SE's licence list contains the URI (otherwise it goes in
    /// "Licens – övrig", typed `dcterms:LicenseDocument`).
    pub in_dcat_ap_se_list: bool,
}

impl LicenceId {
    /// The full description of this licence.
    pub fn licence(self) -> Licence {
        let (uri, eu, sv, en) = match self {
            LicenceId::Cc0 => (
                "http://creativecommons.org/publicdomain/zero/1.0/",
                "CC0",
                "CC0 1.0 Universell (ingen upphovsrätt förbehålls)",
                "CC0 1.0 Universal (Public Domain Dedication)",
            ),
            LicenceId::CcBy => (
                "http://creativecommons.org/licenses/by/4.0/",
                "CC_BY_4_0",
                "Creative Commons Erkännande 4.0",
                "Creative Commons Attribution 4.0",
            ),
            LicenceId::CcBySa => (
                "http://creativecommons.org/licenses/by-sa/4.0/",
                "CC_BYSA_4_0",
                "Creative Commons Erkännande-DelaLika 4.0",
                "Creative Commons Attribution-ShareAlike 4.0",
            ),
            LicenceId::Odbl => (
                "http://opendatacommons.org/licenses/odbl/1.0/",
                "ODC_BL",
                "Open Database License 1.0 (ODbL)",
                "Open Database License 1.0 (ODbL)",
            ),
            LicenceId::CcByNc => (
                "http://creativecommons.org/licenses/by-nc/4.0/",
                "CC_BYNC_4_0",
                "Creative Commons Erkännande-IckeKommersiell 4.0",
                "Creative Commons Attribution-NonCommercial 4.0",
            ),
            LicenceId::CcByNcSa => (
                "http://creativecommons.org/licenses/by-nc-sa/4.0/",
                "CC_BYNCSA_4_0",
                "Creative Commons Erkännande-IckeKommersiell-DelaLika 4.0",
                "Creative Commons Attribution-NonCommercial-ShareAlike 4.0",
            ),
        };
        let eu_uri = match eu {
            "CC0" => "http://publications.europa.eu/resource/authority/licence/CC0",
            "CC_BY_4_0" => "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
            "CC_BYSA_4_0" => "http://publications.europa.eu/resource/authority/licence/CC_BYSA_4_0",
            "ODC_BL" => "http://publications.europa.eu/resource/authority/licence/ODC_BL",
            "CC_BYNC_4_0" => "http://publications.europa.eu/resource/authority/licence/CC_BYNC_4_0",
            _ => "http://publications.europa.eu/resource/authority/licence/CC_BYNCSA_4_0",
        };
        Licence {
            id: self,
            uri,
            eu_uri,
            name_sv: sv,
            name_en: en,
            open: matches!(
                self,
                LicenceId::Cc0 | LicenceId::CcBy | LicenceId::CcBySa | LicenceId::Odbl
            ),
            allowed_for_hvd: matches!(self, LicenceId::Cc0 | LicenceId::CcBy),
            requires_attribution: self != LicenceId::Cc0,
            in_dcat_ap_se_list: self != LicenceId::Odbl,
        }
    }

    /// The SPDX identifier, e.g. `CC0-1.0`.
    pub fn spdx(self) -> &'static str {
        match self {
            LicenceId::Cc0 => "CC0-1.0",
            LicenceId::CcBy => "CC-BY-4.0",
            LicenceId::CcBySa => "CC-BY-SA-4.0",
            LicenceId::Odbl => "ODbL-1.0",
            LicenceId::CcByNc => "CC-BY-NC-4.0",
            LicenceId::CcByNcSa => "CC-BY-NC-SA-4.0",
        }
    }

    /// The usual short name, e.g. `CC BY-NC-SA 4.0`.
    pub fn short_name(self) -> &'static str {
        match self {
            LicenceId::Cc0 => "CC0 1.0",
            LicenceId::CcBy => "CC BY 4.0",
            LicenceId::CcBySa => "CC BY-SA 4.0",
            LicenceId::Odbl => "ODbL 1.0",
            LicenceId::CcByNc => "CC BY-NC 4.0",
            LicenceId::CcByNcSa => "CC BY-NC-SA 4.0",
        }
    }

    /// A short rights statement for `dcterms:rights` (DCAT-AP-SE: an
    /// `odrs:RightsStatement`, the text as its `odrs:attributionText`), in Swedish and
    /// English: what a re-user may do and must do, in one line. It earns the MQA's
    /// «rights» indicator and says the licence in words on the dataset's page.
    ///
    /// ```
    /// use licence_advisor::LicenceId;
    /// let t = LicenceId::Cc0.rights_statement();
    /// assert_eq!(t.sv, "Fri att använda enligt CC0 1.0");
    /// assert_eq!(t.en, "Free to use under CC0 1.0");
    /// ```
    pub fn rights_statement(self) -> Text {
        let (sv, en) = match self {
            LicenceId::Cc0 => (
                "Fri att använda enligt CC0 1.0",
                "Free to use under CC0 1.0",
            ),
            LicenceId::CcBy => (
                "Fri att använda enligt CC BY 4.0 med angivande av källan",
                "Free to use under CC BY 4.0, crediting the source",
            ),
            LicenceId::CcBySa => (
                "Fri att använda enligt CC BY-SA 4.0 med angivande av källan; bearbetningar delas under samma licens",
                "Free to use under CC BY-SA 4.0, crediting the source; adaptations are shared under the same licence",
            ),
            LicenceId::Odbl => (
                "Fri att använda enligt ODbL 1.0 med angivande av källan; bearbetade databaser delas under samma licens",
                "Free to use under ODbL 1.0, crediting the source; adapted databases are shared under the same licence",
            ),
            LicenceId::CcByNc => (
                "Får användas för icke-kommersiella ändamål enligt CC BY-NC 4.0 med angivande av källan",
                "May be used for non-commercial purposes under CC BY-NC 4.0, crediting the source",
            ),
            LicenceId::CcByNcSa => (
                "Får användas för icke-kommersiella ändamål enligt CC BY-NC-SA 4.0 med angivande av källan; bearbetningar delas under samma licens",
                "May be used for non-commercial purposes under CC BY-NC-SA 4.0, crediting the source; adaptations are shared under the same licence",
            ),
        };
        Text { sv, en }
    }

    /// The licence with this IRI: the DCAT-AP-SE form ([`Licence::uri`]) or the EU
    /// one ([`Licence::eu_uri`]); `https`, a missing trailing slash and a `deed` or
    /// `legalcode` page are accepted.
    pub fn from_uri(uri: &str) -> Option<LicenceId> {
        let loose = |u: &str| {
            let u = u.trim();
            let u = u
                .strip_prefix("https://")
                .or_else(|| u.strip_prefix("http://"))
                .unwrap_or(u);
            let u = u.trim_end_matches('/');
            let u = match u.rsplit_once('/') {
                Some((head, last)) if last.starts_with("deed") || last.starts_with("legalcode") => {
                    head
                }
                _ => u,
            };
            u.to_ascii_lowercase()
        };
        let wanted = loose(uri);
        LicenceId::ALL.into_iter().find(|id| {
            let l = id.licence();
            loose(l.uri) == wanted || loose(l.eu_uri) == wanted
        })
    }

    /// Every licence, most permissive first.
    pub const ALL: [LicenceId; 6] = [
        LicenceId::Cc0,
        LicenceId::CcBy,
        LicenceId::CcBySa,
        LicenceId::Odbl,
        LicenceId::CcByNc,
        LicenceId::CcByNcSa,
    ];
}

/// The licence a catalogue's own metadata always carries in DCAT-AP-SE: CC0.
pub const METADATA_LICENCE: LicenceId = LicenceId::Cc0;

/// The ELI of the high-value-dataset regulation, for `dcatap:applicableLegislation`.
pub const HVD_LEGISLATION: &str = "http://data.europa.eu/eli/reg_impl/2023/138/oj";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_id_is_the_spdx_id() {
        for id in LicenceId::ALL {
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(json, format!("\"{}\"", id.spdx()));
        }
    }

    #[test]
    fn uris_are_the_dcat_ap_se_strings() {
        for id in LicenceId::ALL {
            let l = id.licence();
            assert!(
                l.uri.starts_with("http://") && l.uri.ends_with('/'),
                "{}",
                l.uri
            );
            assert!(!l.uri.contains("deed"), "{}", l.uri);
            assert!(
                l.eu_uri
                    .starts_with("http://publications.europa.eu/resource/authority/licence/")
            );
        }
        let eu: std::collections::HashSet<_> =
            LicenceId::ALL.iter().map(|l| l.licence().eu_uri).collect();
        assert_eq!(eu.len(), LicenceId::ALL.len(), "EU URIs are distinct");
        assert_eq!(
            METADATA_LICENCE.licence().uri,
            "http://creativecommons.org/publicdomain/zero/1.0/"
        );
    }

    #[test]
    fn every_licence_has_a_rights_statement_naming_it() {
        for id in LicenceId::ALL {
            let t = id.rights_statement();
            assert!(t.sv.contains(id.short_name()), "{}", t.sv);
            assert!(t.en.contains(id.short_name()), "{}", t.en);
            // Attribution licences say so; CC0 does not ask for it.
            assert_eq!(
                t.sv.contains("angivande av källan"),
                id.licence().requires_attribution,
                "{}",
                t.sv
            );
            assert_eq!(
                t.en.contains("crediting the source"),
                id.licence().requires_attribution
            );
            // Shared data (NC) is not «free to use».
            assert_eq!(
                t.sv.starts_with("Fri att använda"),
                id.licence().open,
                "{}",
                t.sv
            );
            assert!(t.sv.len() < 160 && t.en.len() < 160);
        }
        assert_eq!(
            LicenceId::CcBy.rights_statement().sv,
            "Fri att använda enligt CC BY 4.0 med angivande av källan"
        );
    }

    #[test]
    fn licences_are_found_by_their_iris() {
        for id in LicenceId::ALL {
            assert_eq!(LicenceId::from_uri(id.licence().uri), Some(id));
            assert_eq!(LicenceId::from_uri(id.licence().eu_uri), Some(id));
        }
        assert_eq!(
            LicenceId::from_uri("https://creativecommons.org/licenses/by/4.0/deed.sv"),
            Some(LicenceId::CcBy)
        );
        assert_eq!(
            LicenceId::from_uri("https://creativecommons.org/publicdomain/zero/1.0/legalcode"),
            Some(LicenceId::Cc0)
        );
        assert_eq!(
            LicenceId::from_uri("http://creativecommons.org/licenses/by-nd/4.0/"),
            None
        );
        assert_eq!(LicenceId::from_uri(""), None);
    }

    #[test]
    fn only_cc0_and_cc_by_are_allowed_for_high_value_datasets() {
        let hvd: Vec<_> = LicenceId::ALL
            .into_iter()
            .filter(|l| l.licence().allowed_for_hvd)
            .collect();
        assert_eq!(hvd, [LicenceId::Cc0, LicenceId::CcBy]);
    }
}
