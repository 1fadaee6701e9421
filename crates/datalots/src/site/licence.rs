//! A licence in words, for a citizen: its short name (`CC BY 4.0`), a summary for the
//! list («Fri användning med källangivelse») and what a re-user may do, in Swedish and
//! English.
//!
//! Read from the licence's IRI: the Creative Commons and Open Data Commons addresses
//! (`http` or `https`, with or without `deed`/`legalcode`) and the EU licence
//! authority's codes (`…/authority/licence/CC_BY_4_0`). Another licence is shown by
//! its address, with «read the licence» as its meaning.
//!
//! ```
//! use datalots::site::licence::Licence;
//! use datalots::Lang;
//!
//! let l = Licence::of("https://creativecommons.org/licenses/by/4.0/deed.sv");
//! assert_eq!(l.name, "CC BY 4.0");
//! assert_eq!(l.summary.get(Lang::Sv), "Fri användning med källangivelse");
//! assert!(l.meaning.get(Lang::En).contains("crediting the source"));
//! ```

use crate::Both;

/// What a licence lets a re-user do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terms {
    /// No conditions (CC0, Public Domain Mark, PDDL).
    Free,
    /// Credit the source (CC BY, ODC-By).
    By,
    /// Credit, share adaptations alike (CC BY-SA).
    BySa,
    /// Credit, adapted databases shared alike (ODbL).
    Odbl,
    /// Credit, not commercially (CC BY-NC).
    ByNc,
    /// Credit, not commercially, share alike (CC BY-NC-SA).
    ByNcSa,
    /// Credit, no changed versions shared (CC BY-ND).
    ByNd,
    /// Credit, not commercially, no changed versions (CC BY-NC-ND).
    ByNcNd,
}

/// A licence as a visitor reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Licence {
    /// The licence's IRI as the catalogue gives it.
    pub iri: String,
    /// The usual short name (`CC0 1.0`, `CC BY-SA 4.0`, `ODbL 1.0`), or the address.
    pub name: String,
    /// A few words for the list: «Fri användning», «Icke-kommersiell användning…».
    pub summary: Both,
    /// What a re-user may do and must do, in one or two sentences.
    pub meaning: Both,
    /// Whether the licence is known (otherwise the summary and meaning say to read it).
    pub known: bool,
}

impl Licence {
    /// The licence with this IRI.
    pub fn of(iri: &str) -> Licence {
        match recognise(iri) {
            Some((terms, name)) => Licence {
                iri: iri.to_owned(),
                name,
                summary: summary(terms),
                meaning: meaning(terms),
                known: true,
            },
            None => Licence {
                iri: iri.to_owned(),
                name: iri.to_owned(),
                summary: Both::new("Egen licens", "Own licence"),
                meaning: Both::new(
                    "Läs licensen för att se vad du får göra med uppgifterna.",
                    "Read the licence to see what you may do with the data.",
                ),
                known: false,
            },
        }
    }

    /// The key the licence facet and the view use: the short name when known (two
    /// addresses of the same licence are one value), else the IRI.
    pub fn key(&self) -> String {
        if self.known {
            self.name.clone()
        } else {
            self.iri.clone()
        }
    }

    /// «summary (name)» for the list, e.g. «Fri användning (CC0 1.0)».
    pub fn in_words(&self) -> Both {
        if self.known {
            self.summary.map(|s| format!("{s} ({})", self.name))
        } else {
            Both::same(&self.name)
        }
    }
}

/// The terms and short name of a licence IRI.
fn recognise(iri: &str) -> Option<(Terms, String)> {
    let lower = iri.trim().to_ascii_lowercase();
    let path = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let path = path.strip_prefix("www.").unwrap_or(path);
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        ["creativecommons.org", "publicdomain", "zero", v, ..] => {
            Some((Terms::Free, format!("CC0 {v}")))
        }
        ["creativecommons.org", "publicdomain", "mark", v, ..] => {
            Some((Terms::Free, format!("Public Domain Mark {v}")))
        }
        ["creativecommons.org", "licenses", code, v, ..] => {
            let terms = cc_terms(code)?;
            Some((terms, format!("CC {} {v}", code.to_ascii_uppercase())))
        }
        ["opendatacommons.org", "licenses", code, v, ..] => match *code {
            "pddl" => Some((Terms::Free, format!("PDDL {v}"))),
            "by" => Some((Terms::By, format!("ODC-By {v}"))),
            "odbl" => Some((Terms::Odbl, format!("ODbL {v}"))),
            _ => None,
        },
        [
            "publications.europa.eu",
            "resource",
            "authority",
            "licence",
            code,
        ] => eu_code(code),
        _ => None,
    }
}

fn cc_terms(code: &str) -> Option<Terms> {
    Some(match code {
        "by" => Terms::By,
        "by-sa" => Terms::BySa,
        "by-nc" => Terms::ByNc,
        "by-nc-sa" => Terms::ByNcSa,
        "by-nd" => Terms::ByNd,
        "by-nc-nd" => Terms::ByNcNd,
        _ => return None,
    })
}

/// The EU licence authority's codes: `CC0`, `CC_BY_4_0`, `CC_BYNCSA_3_0`,
/// `PDM_1_0`, `ODC_PDDL`, `ODC_BY`, `ODC_BL`.
fn eu_code(code: &str) -> Option<(Terms, String)> {
    let code = code.to_ascii_uppercase();
    match code.as_str() {
        "CC0" => return Some((Terms::Free, "CC0 1.0".into())),
        "PDM_1_0" => return Some((Terms::Free, "Public Domain Mark 1.0".into())),
        "ODC_PDDL" => return Some((Terms::Free, "PDDL 1.0".into())),
        "ODC_BY" => return Some((Terms::By, "ODC-By 1.0".into())),
        "ODC_BL" => return Some((Terms::Odbl, "ODbL 1.0".into())),
        _ => {}
    }
    let rest = code.strip_prefix("CC_")?;
    let (kind, version) = rest.split_once('_')?;
    let (terms, short) = match kind {
        "BY" => (Terms::By, "BY"),
        "BYSA" => (Terms::BySa, "BY-SA"),
        "BYNC" => (Terms::ByNc, "BY-NC"),
        "BYNCSA" => (Terms::ByNcSa, "BY-NC-SA"),
        "BYND" => (Terms::ByNd, "BY-ND"),
        "BYNCND" => (Terms::ByNcNd, "BY-NC-ND"),
        _ => return None,
    };
    Some((terms, format!("CC {short} {}", version.replace('_', "."))))
}

fn summary(t: Terms) -> Both {
    let (sv, en) = match t {
        Terms::Free => ("Fri användning", "Free to use"),
        Terms::By => (
            "Fri användning med källangivelse",
            "Free to use with credit",
        ),
        Terms::BySa | Terms::Odbl => (
            "Fri användning med källangivelse, dela lika",
            "Free to use with credit, share alike",
        ),
        Terms::ByNc => ("Icke-kommersiell användning", "Non-commercial use"),
        Terms::ByNcSa => (
            "Icke-kommersiell användning, dela lika",
            "Non-commercial use, share alike",
        ),
        Terms::ByNd => ("Användning utan bearbetning", "Use without changes"),
        Terms::ByNcNd => (
            "Icke-kommersiell användning utan bearbetning",
            "Non-commercial use without changes",
        ),
    };
    Both::new(sv, en)
}

fn meaning(t: Terms) -> Both {
    let (sv, en) = match t {
        Terms::Free => (
            "Du får använda, kopiera, ändra och sprida uppgifterna fritt, även kommersiellt, utan att ange källan.",
            "You may use, copy, change and share the data freely, also commercially, without crediting the source.",
        ),
        Terms::By => (
            "Du får använda, kopiera, ändra och sprida uppgifterna, även kommersiellt, om du anger källan.",
            "You may use, copy, change and share the data, also commercially, crediting the source.",
        ),
        Terms::BySa => (
            "Du får använda, kopiera, ändra och sprida uppgifterna, även kommersiellt, om du anger källan och delar det du gör av dem under samma licens.",
            "You may use, copy, change and share the data, also commercially, crediting the source and sharing what you make from it under the same licence.",
        ),
        Terms::Odbl => (
            "Du får använda, kopiera, ändra och sprida uppgifterna, även kommersiellt, om du anger källan och delar databaser du gör av dem under samma licens.",
            "You may use, copy, change and share the data, also commercially, crediting the source and sharing databases you make from it under the same licence.",
        ),
        Terms::ByNc => (
            "Du får använda, kopiera, ändra och sprida uppgifterna om du anger källan, men inte i kommersiellt syfte.",
            "You may use, copy, change and share the data crediting the source, but not for commercial purposes.",
        ),
        Terms::ByNcSa => (
            "Du får använda, kopiera, ändra och sprida uppgifterna om du anger källan och delar det du gör av dem under samma licens, men inte i kommersiellt syfte.",
            "You may use, copy, change and share the data crediting the source and sharing what you make from it under the same licence, but not for commercial purposes.",
        ),
        Terms::ByNd => (
            "Du får använda, kopiera och sprida uppgifterna oförändrade, även kommersiellt, om du anger källan; ändrade versioner får inte spridas.",
            "You may use, copy and share the data unchanged, also commercially, crediting the source; changed versions may not be shared.",
        ),
        Terms::ByNcNd => (
            "Du får använda, kopiera och sprida uppgifterna oförändrade om du anger källan, men inte i kommersiellt syfte; ändrade versioner får inte spridas.",
            "You may use, copy and share the data unchanged crediting the source, but not for commercial purposes; changed versions may not be shared.",
        ),
    };
    Both::new(sv, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creative_commons_in_every_spelling() {
        for iri in [
            "http://creativecommons.org/publicdomain/zero/1.0/",
            "https://creativecommons.org/publicdomain/zero/1.0/legalcode.sv",
            "http://publications.europa.eu/resource/authority/licence/CC0",
        ] {
            let l = Licence::of(iri);
            assert_eq!(l.name, "CC0 1.0", "{iri}");
            assert_eq!(l.key(), "CC0 1.0");
            assert_eq!(l.in_words().sv, "Fri användning (CC0 1.0)");
            assert!(l.meaning.sv.contains("utan att ange källan"));
        }
        let sa =
            Licence::of("http://publications.europa.eu/resource/authority/licence/CC_BYSA_4_0");
        assert_eq!(sa.name, "CC BY-SA 4.0");
        assert!(sa.meaning.en.contains("same licence"));
        let nc = Licence::of("https://creativecommons.org/licenses/by-nc/4.0/");
        assert_eq!(nc.name, "CC BY-NC 4.0");
        assert!(nc.meaning.sv.contains("inte i kommersiellt syfte"));
        assert!(
            Licence::of("http://creativecommons.org/licenses/by-nd/3.0/")
                .meaning
                .en
                .contains("unchanged")
        );
        assert_eq!(
            Licence::of("http://creativecommons.org/licenses/by/3.0/").name,
            "CC BY 3.0"
        );
    }

    #[test]
    fn open_data_commons_and_unknown_licences() {
        assert_eq!(
            Licence::of("http://opendatacommons.org/licenses/odbl/1.0/").name,
            "ODbL 1.0"
        );
        assert_eq!(
            Licence::of("http://publications.europa.eu/resource/authority/licence/ODC_BL").name,
            "ODbL 1.0"
        );
        let own = Licence::of("https://www.ex.se/villkor");
        assert!(!own.known);
        assert_eq!(own.name, "https://www.ex.se/villkor");
        assert_eq!(own.key(), "https://www.ex.se/villkor");
        assert!(own.meaning.sv.contains("Läs licensen"));
        assert!(!Licence::of("http://creativecommons.org/licenses/xx/4.0/").known);
    }
}
