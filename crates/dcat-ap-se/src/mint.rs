//! Minting stable IRIs under a publisher's base IRI.
//!
//! The same base and name always give the same IRI, so re-running Datalots on the same
//! file updates a dataset instead of adding a new one.

use crate::Error;

/// Turns a name into a lower-case ASCII slug: `Befolkning i Umeå 2024` → `befolkning-i-umea-2024`.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => 'a',
            'ö' | 'ø' | 'ò' | 'ó' | 'ô' | 'õ' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ù' | 'ú' | 'û' => 'u',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ç' => 'c',
            'ñ' => 'n',
            'ß' => {
                out.push('s');
                's'
            }
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if mapped == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(mapped);
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "namnlos".to_owned()
    } else {
        out
    }
}

/// Checks that `base` is an absolute `http` or `https` IRI.
pub fn check_base(base: &str) -> Result<(), Error> {
    let invalid = |message: &str| Error::InvalidIri {
        iri: base.to_owned(),
        message: message.to_owned(),
    };
    let iri = oxiri::Iri::parse(base).map_err(|e| invalid(&e.to_string()))?;
    match iri.scheme() {
        "http" | "https" if iri.authority().is_some_and(|a| !a.is_empty()) => Ok(()),
        _ => Err(invalid(
            "basadressen måste vara en absolut http- eller https-adress / the base must be an absolute http or https IRI",
        )),
    }
}

/// `{base}/{kind}/{slug(name)}`, e.g. `https://data.exempel.se/dataset/befolkning-2024`.
pub fn mint(base: &str, kind: &str, name: &str) -> Result<String, Error> {
    check_base(base)?;
    let iri = format!(
        "{}/{}/{}",
        base.trim_end_matches('/'),
        slug(kind),
        slug(name)
    );
    check_base(&iri)?;
    Ok(iri)
}

/// The IRI dataportal.se recommends for a Swedish organisation:
/// `http://dataportal.se/organisation/SE<10 digits>`.
pub fn organisation_iri(organisation_number: &str) -> Result<String, Error> {
    let digits: String = organisation_number
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let other = organisation_number
        .chars()
        .any(|c| !c.is_ascii_digit() && c != '-' && !c.is_whitespace());
    if digits.len() != 10 || other {
        return Err(Error::InvalidIri {
            iri: organisation_number.to_owned(),
            message: "ett organisationsnummer har tio siffror, t.ex. 212000-0142 / an organisation number has ten digits, e.g. 212000-0142".into(),
        });
    }
    Ok(format!("http://dataportal.se/organisation/SE{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_stable() {
        assert_eq!(slug("Befolkning i Umeå 2024"), "befolkning-i-umea-2024");
        assert_eq!(
            slug("  Öppettider: bibliotek & badhus! "),
            "oppettider-bibliotek-badhus"
        );
        assert_eq!(slug("!!!"), "namnlos");
        assert_eq!(slug("Straße 1"), "strasse-1");
    }

    #[test]
    fn minted_iris_are_absolute_and_repeatable() {
        let a = mint("https://data.exempel.se/", "dataset", "Befolkning 2024").unwrap();
        assert_eq!(a, "https://data.exempel.se/dataset/befolkning-2024");
        assert_eq!(
            a,
            mint("https://data.exempel.se", "dataset", "Befolkning 2024").unwrap()
        );
        assert!(mint("data.exempel.se", "dataset", "x").is_err());
        assert!(mint("ftp://data.exempel.se", "dataset", "x").is_err());
        assert!(mint("https://", "dataset", "x").is_err());
    }

    #[test]
    fn organisation_numbers() {
        assert_eq!(
            organisation_iri("212000-0142").unwrap(),
            "http://dataportal.se/organisation/SE2120000142"
        );
        assert!(organisation_iri("212000-014").is_err());
        assert!(organisation_iri("21200A-0142").is_err());
    }
}
