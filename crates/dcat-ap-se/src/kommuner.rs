//! Sweden's 290 municipalities: kommunkod → name and county (län), from Statistics
//! Sweden's codes (`data/kommuner.tsv`; source and licence in `data/README.md`).
//!
//! The table has no area IRIs for `dcterms:spatial`: DCAT-AP-SE recommends Geonames
//! (`http://sws.geonames.org/<id>`), and no copy of Geonames with the municipalities'
//! ids (CC BY 4.0) could be obtained for the crate. A municipality's area is therefore
//! the publisher's own setting (its Geonames IRI); [`crate::vocab::SWEDEN`] is the
//! fallback to narrow. What the table does give: a valid kommunkod and the name to show
//! when the steward picks the municipality once.
//!
//! ```
//! let k = dcat_ap_se::kommuner::by_code("0114").unwrap();
//! assert_eq!(k.name, "Upplands Väsby");
//! assert_eq!(k.county, "01");
//! assert_eq!(dcat_ap_se::kommuner::by_name("upplands väsby kommun").unwrap().code, "0114");
//! ```

use std::sync::OnceLock;

use serde::Serialize;

const KOMMUNER_TSV: &str = include_str!("../data/kommuner.tsv");

/// A municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Kommun {
    /// The four-digit kommunkod (`0114`), always text.
    pub code: &'static str,
    /// The name without «kommun» (`Upplands Väsby`).
    pub name: &'static str,
    /// The two-digit county code (`01`).
    pub county: &'static str,
}

/// All 290, in code order.
pub fn all() -> &'static [Kommun] {
    static CELL: OnceLock<Vec<Kommun>> = OnceLock::new();
    CELL.get_or_init(|| {
        KOMMUNER_TSV
            .lines()
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some(Kommun {
                    code: f.next()?,
                    name: f.next()?,
                    county: f.next()?,
                })
            })
            .collect()
    })
}

/// The municipality with this kommunkod (`0114`; spaces around it are ignored).
pub fn by_code(code: &str) -> Option<&'static Kommun> {
    let code = code.trim();
    all()
        .binary_search_by(|k| k.code.cmp(code))
        .ok()
        .map(|i| &all()[i])
}

/// The municipality with this name, in any case, with or without «kommun» or a
/// genitive s (`Upplands Väsby`, `upplands väsby kommun`, `Göteborgs kommun`,
/// `Region Gotland`).
pub fn by_name(name: &str) -> Option<&'static Kommun> {
    let n = name.trim().to_lowercase();
    let n = n.strip_prefix("region ").unwrap_or(&n);
    let n = n.strip_suffix(" kommun").unwrap_or(n).trim();
    let same = |k: &Kommun| {
        let kn = k.name.to_lowercase();
        kn == n || n.strip_suffix('s') == Some(kn.as_str())
    };
    all().iter().find(|k| same(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_290_sorted_unique_codes() {
        let all = all();
        assert_eq!(all.len(), 290);
        assert!(all.windows(2).all(|w| w[0].code < w[1].code));
        for k in all {
            assert!(
                k.code.len() == 4 && k.code.bytes().all(|b| b.is_ascii_digit()),
                "{k:?}"
            );
            assert!(k.code.starts_with(k.county), "{k:?}");
            assert!(!k.name.is_empty() && !k.name.ends_with("kommun"), "{k:?}");
        }
        // 21 counties.
        let mut counties: Vec<&str> = all.iter().map(|k| k.county).collect();
        counties.dedup();
        assert_eq!(counties.len(), 21);
    }

    #[test]
    fn lookups() {
        assert_eq!(by_code("1480").map(|k| k.name), Some("Göteborg"));
        assert_eq!(by_code(" 2584 ").map(|k| k.name), Some("Kiruna"));
        assert!(by_code("114").is_none() && by_code("9999").is_none());
        assert_eq!(by_name("Göteborgs kommun").map(|k| k.code), Some("1480"));
        assert_eq!(by_name("Region Gotland").map(|k| k.code), Some("0980"));
        assert_eq!(by_name("MALUNG-SÄLEN").map(|k| k.code), Some("2023"));
        assert!(by_name("Atlantis").is_none());
    }
}
