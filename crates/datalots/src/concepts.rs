//! The specification's controlled vocabularies (themes, HVD categories, frequencies,
//! publisher types) looked up the way a person names a value: by its IRI, its code
//! (the IRI's last segment, `GOVE`, `c_e1da4e07`, `LocalAuthority`) or its label.

use dcat_ap_se::spec::Concept;

use crate::Error;

/// A value of a vocabulary from its IRI or its code, case-insensitive.
pub fn by_code<'a>(list: &'a [Concept], given: &str) -> Option<&'a Concept> {
    list.iter().find(|c| {
        c.uri == given
            || c.uri
                .rsplit('/')
                .next()
                .is_some_and(|s| s.eq_ignore_ascii_case(given))
    })
}

/// The IRI of a value of a vocabulary, from its IRI, its code or its Swedish or
/// English label; [`Error::UnknownValue`] naming `list_name` (`theme`,
/// `hvd_category`, `frequency`) otherwise.
pub fn lookup(list: &[Concept], given: &str, list_name: &'static str) -> Result<String, Error> {
    let g = given.trim();
    by_code(list, g)
        .or_else(|| {
            list.iter()
                .find(|c| c.sv.eq_ignore_ascii_case(g) || c.en.eq_ignore_ascii_case(g))
        })
        .map(|c| c.uri.to_owned())
        .ok_or_else(|| Error::UnknownValue {
            option: list_name,
            value: given.to_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dcat_ap_se::vocab::THEMES;

    #[test]
    fn by_iri_code_or_label() {
        let gove = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
        assert_eq!(lookup(THEMES, "gove", "theme").ok().as_deref(), Some(gove));
        assert_eq!(lookup(THEMES, gove, "theme").ok().as_deref(), Some(gove));
        let label = by_code(THEMES, "GOVE").map(|c| c.sv).unwrap_or_default();
        assert_eq!(lookup(THEMES, label, "theme").ok().as_deref(), Some(gove));
        assert!(matches!(
            lookup(THEMES, "nonsense", "theme"),
            Err(Error::UnknownValue {
                option: "theme",
                ..
            })
        ));
    }
}
