//! Publisher settings: who publishes, how to reach them, where their IRIs live.
//!
//! Kept in a small TOML file for the command line (the widget keeps the same keys as
//! JSON):
//!
//! ```toml
//! name = "Exempelby kommun"
//! name_en = "Exempelby Municipality"          # optional
//! organisation_number = "212000-0000"
//! publisher_type = "LocalAuthority"             # ADMS code or its full IRI
//! email = "oppnadata@exempelby.se"
//! homepage = "https://www.exempelby.se"         # optional
//! base_uri = "https://data.exempelby.se"
//! contact_name = "Öppna data, Exempelby kommun" # optional
//! phone = "0123-45 67 00"                      # optional: the contact's telephone
//! street_address = "Storgatan 1"                # optional: the contact's address
//! postal_code = "123 45"                        # optional
//! locality = "Exempelby"                        # optional
//! kommunkod = "0114"                            # optional: the municipality's code (asked once)
//! spatial = "http://sws.geonames.org/0000000"   # optional: an IRI for the area the data (and a new catalogue) cover
//! description = "Kommunen i Exempelby län."     # optional: a sentence about the organisation
//! landing_pages = "https://www.exempelby.se/oppna-data" # optional: where the `site` pages are published
//! ```
//!
//! The area the publisher's data covers ([`Publisher::area`]) is the `spatial` IRI
//! when it is set, else the municipality of `kommunkod`, named under the base URI
//! (`{base_uri}/omrade/kommun-0114`) and labelled with its name in the catalogue: no
//! table of the municipalities' shared area IRIs (Geonames) could be shipped under a
//! licence, so Datalots names the area in the publisher's own namespace, as it names
//! the datasets, and says what it is (`rdfs:label`, as DIGG's own example labels its
//! Geonames IRI).
//!
//! Every problem is reported with the key it concerns, the line where it is, and a
//! message in Swedish and English; a misspelt key gets a "did you mean" suggestion.

use csv_profile::places::{self, Kommun};
use dcat_ap_se::vocab::PUBLISHER_TYPES;

use crate::Error;
use crate::text::Both;

/// The keys a settings file may have, mandatory first.
pub const KEYS: [(&str, bool); 16] = [
    ("name", true),
    ("organisation_number", true),
    ("publisher_type", true),
    ("email", true),
    ("base_uri", true),
    ("name_en", false),
    ("homepage", false),
    ("contact_name", false),
    ("phone", false),
    ("street_address", false),
    ("postal_code", false),
    ("locality", false),
    ("kommunkod", false),
    ("spatial", false),
    ("description", false),
    ("landing_pages", false),
];

const ADMS_PREFIX: &str = "http://purl.org/adms/publishertype/";

/// A publisher's settings, checked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Publisher {
    /// The organisation's name in Swedish (`foaf:name@sv`).
    pub name: String,
    /// The name in English, when there is one (`foaf:name@en`).
    pub name_en: Option<String>,
    /// Organisationsnummer, ten digits (`212000-0142`); gives the publisher's IRI.
    pub organisation_number: String,
    /// The ADMS publisher type IRI (`dcterms:type`), e.g. `…/publishertype/LocalAuthority`.
    pub publisher_type: String,
    /// The e-mail address of the contact point, without `mailto:`.
    pub email: String,
    /// The organisation's web site (`foaf:homepage`).
    pub homepage: Option<String>,
    /// The base IRI under which datasets, distributions and contacts are minted.
    pub base_uri: String,
    /// The contact point's name; the publisher's name when not set.
    pub contact_name: Option<String>,
    /// The contact point's telephone as a `tel:` IRI with the country code
    /// (`tel:+46123456700`, `vcard:hasTelephone`).
    pub phone: Option<String>,
    /// The contact point's street address (`vcard:street-address`).
    pub street_address: Option<String>,
    /// The contact point's postal code, `123 45` (`vcard:postal-code`).
    pub postal_code: Option<String>,
    /// The contact point's locality, the postal town (`vcard:locality`).
    pub locality: Option<String>,
    /// The municipality's four-digit code, when the publisher is a municipality: one
    /// of the 290 ([`csv_profile::places::KOMMUNER`]). Gives the area of its data when
    /// `spatial` is not set ([`Publisher::area`]).
    pub kommunkod: Option<String>,
    /// An IRI for the area the publisher's data covers (`dcterms:spatial`), e.g. the
    /// municipality on Geonames.
    pub spatial: Option<String>,
    /// A sentence or two about the organisation, in Swedish (`dcterms:description` of
    /// the publisher, which DCAT-AP-SE recommends).
    pub description: Option<String>,
    /// Where the static catalogue pages are published (`datalots site`): each new
    /// dataset's `dcat:landingPage` is its page there ([`crate::site::landing_page`]).
    pub landing_pages: Option<String>,
}

/// The area a publisher's data covers, for `dcterms:spatial`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Area {
    /// The area's IRI.
    pub iri: String,
    /// Its name, written with the IRI into the catalogue (`rdfs:label`) when Datalots
    /// named the area.
    pub label: Option<Both>,
    /// Where it comes from, for the person checking it.
    pub note: Both,
}

impl Publisher {
    /// The municipality of `kommunkod`.
    pub fn kommun(&self) -> Option<&'static Kommun> {
        self.kommunkod.as_deref().and_then(places::kommun_by_code)
    }

    /// The area the publisher's data covers: the `spatial` setting, else the
    /// municipality of `kommunkod` (an IRI under the base URI, with its name).
    pub fn area(&self) -> Option<Area> {
        if let Some(iri) = &self.spatial {
            return Some(Area {
                iri: iri.clone(),
                label: None,
                note: Both::new(
                    "utgivarens område från inställningarna (spatial)",
                    "the publisher's area from the settings (spatial)",
                ),
            });
        }
        let k = self.kommun()?;
        let iri = kommun_area_iri(&self.base_uri, k).ok()?;
        // The official name is the publisher's own when it names this municipality
        // (Swedish genitives cannot be derived: «Salems kommun», «Upplands Väsby kommun»).
        let own = places::kommun_by_name(&self.name).is_some_and(|n| n.code == k.code);
        let sv = if own {
            self.name.clone()
        } else {
            format!("{}, kommun {}", k.name, k.code)
        };
        Some(Area {
            iri,
            label: Some(Both::new(sv, format!("{} Municipality", k.name))),
            note: Both::new(
                format!(
                    "kommunen {} ({}) från utgivarinställningarna (kommunkod)",
                    k.name, k.code
                ),
                format!(
                    "the municipality {} ({}) from the publisher settings (kommunkod)",
                    k.name, k.code
                ),
            ),
        })
    }

    /// Reads settings from TOML. `file` names the source in error messages.
    pub fn from_toml(text: &str, file: &str) -> Result<Publisher, Error> {
        let table: toml::Table = toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| line_column(text, s.start))
                .unwrap_or((0, 0));
            Error::Settings {
                file: file.to_owned(),
                key: None,
                line,
                column,
                message: Both::new(
                    format!("filen är inte giltig TOML: {}", e.message().trim()),
                    format!("the file is not valid TOML: {}", e.message().trim()),
                ),
            }
        })?;
        let mut values = Vec::new();
        for (key, value) in &table {
            let value = match value {
                toml::Value::String(s) => Ok(s.clone()),
                other => Err(other.type_str()),
            };
            values.push((key.clone(), value));
        }
        Publisher::from_pairs(values, text, file)
    }

    /// Reads settings from a JSON object with the same keys (what the widget stores).
    pub fn from_json(text: &str, file: &str) -> Result<Publisher, Error> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| Error::Settings {
            file: file.to_owned(),
            key: None,
            line: e.line() as u64,
            column: e.column() as u64,
            message: Both::new(
                format!("filen är inte giltig JSON: {e}"),
                format!("the file is not valid JSON: {e}"),
            ),
        })?;
        let serde_json::Value::Object(map) = value else {
            return Err(Error::Settings {
                file: file.to_owned(),
                key: None,
                line: 1,
                column: 1,
                message: Both::new(
                    "inställningarna ska vara ett JSON-objekt",
                    "the settings must be a JSON object",
                ),
            });
        };
        let values = map
            .into_iter()
            .map(|(k, v)| {
                let v = match v {
                    serde_json::Value::String(s) => Ok(s),
                    serde_json::Value::Null => Err("null"),
                    serde_json::Value::Bool(_) => Err("boolean"),
                    serde_json::Value::Number(_) => Err("number"),
                    serde_json::Value::Array(_) => Err("array"),
                    serde_json::Value::Object(_) => Err("object"),
                };
                (k, v)
            })
            .collect();
        Publisher::from_pairs(values, text, file)
    }

    fn from_pairs(
        values: Vec<(String, Result<String, &'static str>)>,
        text: &str,
        file: &str,
    ) -> Result<Publisher, Error> {
        let error = |key: &str, sv: String, en: String| {
            let (line, column) = find_key(text, key);
            Error::Settings {
                file: file.to_owned(),
                key: Some(key.to_owned()),
                line,
                column,
                message: Both::new(sv, en),
            }
        };
        let mut found: Vec<(&'static str, String)> = Vec::new();
        for (key, value) in values {
            let Some((known, _)) = KEYS.iter().find(|(k, _)| *k == key) else {
                let hint = suggest(&key)
                    .map(|s| {
                        (
                            format!("; menade du «{s}»?"),
                            format!("; did you mean «{s}»?"),
                        )
                    })
                    .unwrap_or_default();
                let allowed = KEYS.map(|(k, _)| k).join(", ");
                return Err(error(
                    &key,
                    format!("okänd nyckel «{key}»{} (tillåtna: {allowed})", hint.0),
                    format!("unknown key «{key}»{} (allowed: {allowed})", hint.1),
                ));
            };
            let value = value.map_err(|kind| {
                error(
                    &key,
                    format!("«{key}» ska vara en text inom citattecken, inte {kind}"),
                    format!("«{key}» must be a quoted string, not {kind}"),
                )
            })?;
            let value = value.trim().to_owned();
            if value.is_empty() {
                return Err(error(
                    &key,
                    format!("«{key}» är tom"),
                    format!("«{key}» is empty"),
                ));
            }
            found.push((known, value));
        }
        let get = |key: &str| {
            found
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
        };
        for (key, mandatory) in KEYS {
            if mandatory && get(key).is_none() {
                return Err(Error::Settings {
                    file: file.to_owned(),
                    key: Some(key.to_owned()),
                    line: 0,
                    column: 0,
                    message: Both::new(
                        format!("obligatorisk nyckel «{key}» saknas"),
                        format!("the mandatory key «{key}» is missing"),
                    ),
                });
            }
        }
        let mut checked = Vec::new();
        for (key, value) in &found {
            match check_field(key, value) {
                Ok(v) => checked.push((*key, v)),
                Err(m) => return Err(error(key, m.sv, m.en)),
            }
        }
        let get = |key: &str| {
            checked
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
        };
        let required = |key: &str| get(key).unwrap_or_default();
        let organisation_number = required("organisation_number");
        let publisher_type = required("publisher_type");
        let email = required("email");
        let base_uri = required("base_uri");
        Ok(Publisher {
            name: required("name"),
            name_en: get("name_en"),
            organisation_number,
            publisher_type,
            email,
            homepage: get("homepage"),
            base_uri,
            contact_name: get("contact_name"),
            phone: get("phone"),
            street_address: get("street_address"),
            postal_code: get("postal_code"),
            locality: get("locality"),
            kommunkod: get("kommunkod"),
            spatial: get("spatial"),
            description: get("description"),
            landing_pages: get("landing_pages"),
        })
    }
}

/// The IRI Datalots names a municipality's area with: `{base_uri}/omrade/kommun-0114`.
pub fn kommun_area_iri(base_uri: &str, k: &Kommun) -> Result<String, Error> {
    Ok(dcat_ap_se::mint::mint(
        base_uri,
        "omrade",
        &format!("kommun {}", k.code),
    )?)
}

/// Checks one setting's value as typed (already trimmed, not empty) and returns it
/// as it is kept: the publisher type as its ADMS IRI, the e-mail address without
/// `mailto:`, the base URI without a trailing `/`. The message says what is wrong,
/// in Swedish and English, naming the key. Unknown keys pass unchanged.
pub fn check_field(key: &str, value: &str) -> Result<String, Both> {
    let both = Both::new;
    let named = |e: dcat_ap_se::Error| Error::from(e).text().map(|t| format!("«{key}»: {t}"));
    match key {
        "organisation_number" => match dcat_ap_se::mint::organisation_iri(value) {
            Ok(_) => Ok(value.to_owned()),
            Err(e) => Err(named(e)),
        },
        "publisher_type" => publisher_type_iri(value).ok_or_else(|| {
            let codes = PUBLISHER_TYPES
                .iter()
                .map(|c| c.uri.trim_start_matches(ADMS_PREFIX))
                .collect::<Vec<_>>()
                .join(", ");
            both(
                format!("«publisher_type» ska vara en ADMS-kod: {codes}"),
                format!("«publisher_type» must be an ADMS code: {codes}"),
            )
        }),
        "email" => {
            let email = value.trim_start_matches("mailto:").to_owned();
            if plausible_email(&email) {
                Ok(email)
            } else {
                Err(both(
                    format!("«email» är inte en e-postadress: «{email}»"),
                    format!("«email» is not an e-mail address: «{email}»"),
                ))
            }
        }
        "base_uri" | "homepage" | "spatial" | "landing_pages" => match dcat_ap_se::mint::check_base(value) {
            Ok(()) if key == "base_uri" || key == "landing_pages" => {
                Ok(value.trim_end_matches('/').to_owned())
            }
            Ok(()) => Ok(value.to_owned()),
            Err(e) => Err(named(e)),
        },
        "phone" => tel_iri(value).ok_or_else(|| {
            both(
                format!(
                    "«phone» är inget telefonnummer: «{value}»; skriv t.ex. 0123-45 67 00 eller +46 123 45 67 00"
                ),
                format!(
                    "«phone» is not a telephone number: «{value}»; write e.g. 0123-45 67 00 or +46 123 45 67 00"
                ),
            )
        }),
        "postal_code" => {
            let digits: String = value.chars().filter(|c| !c.is_whitespace()).collect();
            if digits.len() == 5 && digits.bytes().all(|b| b.is_ascii_digit()) {
                Ok(format!("{} {}", &digits[..3], &digits[3..]))
            } else {
                Err(both(
                    format!("«postal_code» är ett svenskt postnummer med fem siffror, t.ex. \"123 45\", inte «{value}»"),
                    format!("«postal_code» is a Swedish postal code of five digits, e.g. \"123 45\", not «{value}»"),
                ))
            }
        }
        "kommunkod" => {
            if !(value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit())) {
                Err(both(
                    format!("«kommunkod» har fyra siffror, t.ex. \"0114\", inte «{value}»"),
                    format!("«kommunkod» has four digits, e.g. \"0114\", not «{value}»"),
                ))
            } else if places::kommun_by_code(value).is_none() {
                Err(both(
                    format!("«kommunkod»: ingen av Sveriges 290 kommuner har koden «{value}»"),
                    format!("«kommunkod»: none of Sweden's 290 municipalities has the code «{value}»"),
                ))
            } else {
                Ok(value.to_owned())
            }
        }
        _ => Ok(value.to_owned()),
    }
}

/// A telephone number as a `tel:` IRI with the country code (DCAT-AP-SE asks for
/// it: `+4618100000`): spaces, dashes, dots and brackets go, a leading `00` becomes
/// `+`, and a Swedish trunk `0` becomes `+46`. `None` unless 7–15 digits remain.
pub fn tel_iri(value: &str) -> Option<String> {
    let value = value.trim();
    let value = value.strip_prefix("tel:").unwrap_or(value);
    if value.is_empty()
        || !value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '.' | '(' | ')'))
        || value.rfind('+').is_some_and(|i| i > 0)
    {
        return None;
    }
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let international = if value.starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("46{rest}")
    } else {
        return None;
    };
    (7..=15)
        .contains(&international.len())
        .then(|| format!("tel:+{international}"))
}

/// The ADMS IRI for a code (`LocalAuthority`, case-insensitive) or an IRI in the list.
fn publisher_type_iri(given: &str) -> Option<String> {
    crate::concepts::by_code(PUBLISHER_TYPES, given).map(|c| c.uri.to_owned())
}

fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>')
}

/// The known key closest to a misspelt one (underscores, dashes and case ignored, or
/// at most two edits away).
fn suggest(key: &str) -> Option<&'static str> {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let given = norm(key);
    let aliases: [(&str, &str); 8] = [
        ("epost", "email"),
        ("mail", "email"),
        ("orgnr", "organisation_number"),
        ("organizationnumber", "organisation_number"),
        ("namn", "name"),
        ("baseurl", "base_uri"),
        ("baseiri", "base_uri"),
        ("type", "publisher_type"),
    ];
    if let Some((_, k)) = aliases.iter().find(|(a, _)| *a == given) {
        return Some(k);
    }
    KEYS.iter()
        .map(|(k, _)| (*k, edit_distance(&norm(k), &given)))
        .filter(|(_, d)| *d <= 2)
        .min_by_key(|(_, d)| *d)
        .map(|(k, _)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (u64, u64) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() as u64 + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.chars().count() as u64)
        + 1;
    (line, column)
}

/// Where a key is written (TOML `key =` or JSON `"key":`), for error messages; (0, 0)
/// when it cannot be found.
fn find_key(text: &str, key: &str) -> (u64, u64) {
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let rest = trimmed
            .strip_prefix('"')
            .and_then(|r| r.strip_prefix(key))
            .and_then(|r| r.strip_prefix('"'))
            .or_else(|| trimmed.strip_prefix(key));
        if let Some(rest) = rest
            && matches!(rest.trim_start().chars().next(), Some('=' | ':'))
        {
            return (i as u64 + 1, line[..indent].chars().count() as u64 + 1);
        }
        if let Some(pos) = line.find(&format!("\"{key}\""))
            && line[pos + key.len() + 2..].trim_start().starts_with(':')
        {
            return (i as u64 + 1, line[..pos].chars().count() as u64 + 1);
        }
    }
    (0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
name = "Exempelby kommun"
organisation_number = "212000-0000"
publisher_type = "LocalAuthority"
email = "oppnadata@exempelby.se"
base_uri = "https://data.exempelby.se/"
"#;

    fn settings_error(text: &str) -> (Option<String>, u64, String) {
        match Publisher::from_toml(text, "org.toml") {
            Err(Error::Settings {
                key, line, message, ..
            }) => (key, line, message.en),
            other => panic!("expected a settings error, got {other:?}"),
        }
    }

    #[test]
    fn reads_good_settings() {
        let p = Publisher::from_toml(GOOD, "org.toml").unwrap();
        assert_eq!(p.publisher_type, format!("{ADMS_PREFIX}LocalAuthority"));
        assert_eq!(p.base_uri, "https://data.exempelby.se");
        assert_eq!(p.name_en, None);
        let json = r#"{"name": "Exempelby kommun", "organisation_number": "2120000000",
            "publisher_type": "http://purl.org/adms/publishertype/LocalAuthority",
            "email": "mailto:oppnadata@exempelby.se", "base_uri": "https://data.exempelby.se"}"#;
        let q = Publisher::from_json(json, "org.json").unwrap();
        assert_eq!(q.email, "oppnadata@exempelby.se");
        assert_eq!(q.publisher_type, p.publisher_type);
    }

    #[test]
    fn missing_key_is_named() {
        let text = GOOD.replace("email = \"oppnadata@exempelby.se\"\n", "");
        let (key, _, message) = settings_error(&text);
        assert_eq!(key.as_deref(), Some("email"));
        assert!(message.contains("mandatory key «email»"), "{message}");
    }

    #[test]
    fn misspelt_key_gets_a_suggestion_and_a_line() {
        let text = GOOD.replace("email =", "e-mail =");
        let (key, line, message) = settings_error(&text);
        assert_eq!(key.as_deref(), Some("e-mail"));
        assert_eq!(line, 5);
        assert!(message.contains("did you mean «email»"), "{message}");
        let (_, _, message) = settings_error(&GOOD.replace("base_uri", "orgnr_base"));
        assert!(message.contains("unknown key «orgnr_base»"), "{message}");
    }

    #[test]
    fn bad_values_name_their_key() {
        let (key, line, m) = settings_error(&GOOD.replace("LocalAuthority", "Kommun"));
        assert_eq!((key.as_deref(), line), (Some("publisher_type"), 4));
        assert!(m.contains("NationalAuthority"), "{m}");
        let (key, _, _) = settings_error(&GOOD.replace("212000-0000", "212000"));
        assert_eq!(key.as_deref(), Some("organisation_number"));
        let (key, _, _) = settings_error(&GOOD.replace("oppnadata@exempelby.se", "oppnadata"));
        assert_eq!(key.as_deref(), Some("email"));
        let (key, _, _) = settings_error(&GOOD.replace("https://data", "data"));
        assert_eq!(key.as_deref(), Some("base_uri"));
        let (key, _, m) = settings_error(&format!("{GOOD}kommunkod = 114\n"));
        assert_eq!(key.as_deref(), Some("kommunkod"));
        assert!(m.contains("quoted string, not integer"), "{m}");
    }

    #[test]
    fn a_phone_number_becomes_a_tel_iri_with_the_country_code() {
        for (typed, tel) in [
            ("0123-45 67 00", "tel:+46123456700"),
            ("08-123 456 78", "tel:+46812345678"),
            ("+46 (0)8 123 456 78", "tel:+460812345678"),
            ("+47 22 33 44 55", "tel:+4722334455"),
            ("0046 8 123 456 78", "tel:+46812345678"),
            ("tel:+4618100000", "tel:+4618100000"),
        ] {
            assert_eq!(tel_iri(typed).as_deref(), Some(tel), "{typed}");
        }
        for wrong in [
            "",
            "växeln",
            "08-12",
            "123 456 78",
            "08+123",
            "0123-45 67 00 ank. 12",
        ] {
            assert_eq!(tel_iri(wrong), None, "{wrong}");
        }
        let p =
            Publisher::from_toml(&format!("{GOOD}phone = \"0123-45 67 00\"\n"), "o.toml").unwrap();
        assert_eq!(p.phone.as_deref(), Some("tel:+46123456700"));
        let (key, line, m) = settings_error(&format!("{GOOD}phone = \"ring växeln\"\n"));
        assert_eq!((key.as_deref(), line), (Some("phone"), 7));
        assert!(m.contains("not a telephone number"), "{m}");
    }

    #[test]
    fn a_description_of_the_organisation_is_kept_and_a_misspelt_key_named() {
        let p = Publisher::from_toml(
            &format!("{GOOD}description = \"Kommunen i Exempelby län.\"\n"),
            "o.toml",
        )
        .unwrap();
        assert_eq!(p.description.as_deref(), Some("Kommunen i Exempelby län."));
        assert_eq!(
            Publisher::from_toml(GOOD, "o.toml").unwrap().description,
            None
        );
        let (key, _, m) = settings_error(&format!("{GOOD}descripton = \"x\"\n"));
        assert_eq!(key.as_deref(), Some("descripton"));
        assert!(m.contains("description"), "did you mean: {m}");
    }

    #[test]
    fn a_postal_code_is_five_digits_written_as_sweden_writes_it() {
        let text = format!("{GOOD}postal_code = \"12345\"\nlocality = \"Exempelby\"\n");
        let p = Publisher::from_toml(&text, "o.toml").unwrap();
        assert_eq!(p.postal_code.as_deref(), Some("123 45"));
        assert_eq!(p.locality.as_deref(), Some("Exempelby"));
        assert_eq!(p.street_address, None);
        let (key, line, m) = settings_error(&format!("{GOOD}postal_code = \"1234\"\n"));
        assert_eq!((key.as_deref(), line), (Some("postal_code"), 7));
        assert!(m.contains("five digits"), "{m}");
    }

    #[test]
    fn toml_syntax_errors_have_a_position() {
        let (key, line, m) = settings_error("name = \"Exempelby\nemail = 1");
        assert_eq!(key, None);
        assert_eq!(line, 1);
        assert!(m.contains("not valid TOML"), "{m}");
    }
}
