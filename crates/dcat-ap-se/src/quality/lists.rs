//! The vocabularies and format lists the grade is computed with, as data (the files in
//! the crate's `data/` folder, sources and licences in `data/README.md` and `NOTICE`).
//!
//! - [`file_types`]: the EU file-type authority table (Publications Office of the EU),
//!   each code with the MQA's flags — machine-readable and non-proprietary, from the
//!   lists the EU portal's MQA uses (data.europa.eu `edp-vocabularies`:
//!   `edp-machine-readable-format.rdf`, `edp-non-proprietary-format.rdf`) — whether it
//!   is an RDF serialisation (the fourth star), and the IANA media types that name the
//!   same format (Datalots' crosswalk: the EU table's own `mime-type` mappings, else
//!   the media type IANA registers for the format).
//! - [`is_iana_media_type`]: the IANA media-type registry (via `mime-db` 1.54.0,
//!   entries whose source is IANA).
//! - [`licence`]: licences of the EU licence authority table and the IRIs that name
//!   them (`creativecommons.org`, `opendatacommons.org`), with whether each is an open
//!   licence (Open Definition).

use std::sync::OnceLock;

/// The namespace of the EU file-type authority table.
pub const FILE_TYPE_NS: &str = "http://publications.europa.eu/resource/authority/file-type/";
/// The namespace of the EU licence authority table.
pub const LICENCE_NS: &str = "http://publications.europa.eu/resource/authority/licence/";
/// The form of a media-type IRI in DCAT-AP (`dcat:mediaType`), after `http://` or
/// `https://`.
pub const IANA_MEDIA_TYPES: &str = "www.iana.org/assignments/media-types/";

/// One file type of the EU file-type authority table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FileType {
    /// The code, e.g. `CSV` (the IRI is [`FILE_TYPE_NS`] + code).
    pub code: &'static str,
    /// In the MQA's machine-readable list.
    pub machine_readable: bool,
    /// In the MQA's non-proprietary list.
    pub non_proprietary: bool,
    /// An RDF serialisation (the fourth star).
    pub rdf: bool,
    /// Media types that name the same format (lower case, no parameters).
    pub media_types: Vec<&'static str>,
}

/// A licence of the licence list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LicenceEntry {
    /// The EU licence authority code, e.g. `CC_BY_4_0`.
    pub code: &'static str,
    /// An open licence (the Open Definition's sense): what the first star needs.
    pub open: bool,
    /// Other IRIs that name it (`http://creativecommons.org/licenses/by/4.0/`).
    pub iris: Vec<&'static str>,
}

const FILE_TYPES_TSV: &str = include_str!("../../data/file-types.tsv");
#[cfg(feature = "iana-registry")]
const IANA_TXT: &str = include_str!("../../data/iana-media-types.txt");
/// Without the registry (feature `iana-registry` off): no list; the crosswalk's media
/// types count as registered ([`is_iana_media_type`]).
#[cfg(not(feature = "iana-registry"))]
const IANA_TXT: &str = "";
const LICENCES_TSV: &str = include_str!("../../data/licences.tsv");

/// Lines that are neither empty nor comments (`#`).
fn rows(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Every file type of the EU table (current codes), in code order.
pub fn file_types() -> &'static [FileType] {
    static CELL: OnceLock<Vec<FileType>> = OnceLock::new();
    CELL.get_or_init(|| {
        rows(FILE_TYPES_TSV)
            .filter_map(|l| {
                let mut f = l.split('\t');
                let (code, flags, media) = (f.next()?, f.next()?, f.next()?);
                Some(FileType {
                    code,
                    machine_readable: flags.contains('M'),
                    non_proprietary: flags.contains('N'),
                    rdf: flags.contains('R'),
                    media_types: media.split(',').filter(|m| *m != "-").collect(),
                })
            })
            .collect()
    })
}

/// The file type with this code.
pub fn file_type(code: &str) -> Option<&'static FileType> {
    let all = file_types();
    all.binary_search_by(|f| f.code.cmp(code))
        .ok()
        .map(|i| &all[i])
}

/// The file type an EU file-type IRI names, if it is one of the table.
pub fn file_type_of_iri(iri: &str) -> Option<&'static FileType> {
    iri.strip_prefix(FILE_TYPE_NS).and_then(file_type)
}

/// The file types a media type names (`text/csv` → CSV).
pub fn file_types_of_media_type(media_type: &str) -> impl Iterator<Item = &'static FileType> {
    let m = normalise_media_type(media_type);
    file_types()
        .iter()
        .filter(move |f| f.media_types.iter().any(|x| *x == m))
}

/// A media type in lower case without parameters or spaces (`Text/CSV; charset=UTF-8`
/// → `text/csv`).
pub fn normalise_media_type(m: &str) -> String {
    m.split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Whether the value has the shape of a media type: `type/subtype`, both non-empty,
/// without spaces.
pub fn looks_like_media_type(m: &str) -> bool {
    let m = normalise_media_type(m);
    match m.split_once('/') {
        Some((t, s)) => {
            !t.is_empty()
                && !s.is_empty()
                && !s.contains('/')
                && m.chars().all(|c| !c.is_whitespace())
        }
        None => false,
    }
}

/// The IANA registry: (top-level type, its subtypes sorted).
fn iana() -> &'static [(&'static str, Vec<&'static str>)] {
    static CELL: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut out: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
        for line in rows(IANA_TXT) {
            if let Some(top) = line.strip_prefix('@') {
                out.push((top, Vec::new()));
            } else if let Some((_, subs)) = out.last_mut() {
                subs.push(line);
            }
        }
        for (_, subs) in &mut out {
            subs.sort_unstable();
        }
        out
    })
}

/// Whether IANA registers this media type (parameters and case ignored). Without the
/// feature `iana-registry` (the widget's build): whether the EU file-type crosswalk
/// names it.
pub fn is_iana_media_type(media_type: &str) -> bool {
    let m = normalise_media_type(media_type);
    if cfg!(not(feature = "iana-registry")) {
        return file_types_of_media_type(&m).next().is_some();
    }
    let Some((top, sub)) = m.split_once('/') else {
        return false;
    };
    iana()
        .iter()
        .find(|(t, _)| *t == top)
        .is_some_and(|(_, subs)| subs.binary_search(&sub).is_ok())
}

/// The number of media types in the IANA list (for tests and reports).
pub fn iana_media_type_count() -> usize {
    iana().iter().map(|(_, s)| s.len()).sum()
}

/// Every licence of the list.
pub fn licences() -> &'static [LicenceEntry] {
    static CELL: OnceLock<Vec<LicenceEntry>> = OnceLock::new();
    CELL.get_or_init(|| {
        rows(LICENCES_TSV)
            .filter_map(|l| {
                let mut f = l.split('\t');
                let (code, open, iris) = (f.next()?, f.next()?, f.next()?);
                Some(LicenceEntry {
                    code,
                    open: open == "Y",
                    iris: iris.split(',').collect(),
                })
            })
            .collect()
    })
}

/// An IRI compared loosely: no scheme, no `www.`, no trailing `/`, and without a
/// `legalcode` or `deed.xx` page at the end (`https://creativecommons.org/licenses/by/4.0/deed.sv`
/// names the same licence as `http://creativecommons.org/licenses/by/4.0/`).
fn loose(iri: &str) -> String {
    let s = iri.trim();
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(s);
    let s = s.strip_prefix("www.").unwrap_or(s);
    let mut s = s.trim_end_matches('/').to_ascii_lowercase();
    if let Some((head, last)) = s.rsplit_once('/')
        && (last == "legalcode" || last.starts_with("legalcode.") || last.starts_with("deed"))
    {
        s = head.to_owned();
    }
    s
}

/// The licence an IRI names: an EU licence authority IRI ([`LICENCE_NS`] + code) or
/// one of the other IRIs of the list (compared without scheme, `www.`, trailing slash
/// or `legalcode`/`deed` page).
pub fn licence(iri: &str) -> Option<&'static LicenceEntry> {
    if let Some(code) = iri.trim().strip_prefix(LICENCE_NS) {
        return licences().iter().find(|l| l.code == code);
    }
    let l = loose(iri);
    licences()
        .iter()
        .find(|e| e.iris.iter().any(|x| loose(x) == l))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn the_file_type_table_is_sorted_and_has_the_mqa_lists() {
        let all = file_types();
        assert!(all.len() > 150, "{}", all.len());
        assert!(all.windows(2).all(|w| w[0].code < w[1].code));
        // The MQA's lists: 29 non-proprietary and 20 machine-readable codes.
        assert_eq!(all.iter().filter(|f| f.non_proprietary).count(), 29);
        assert_eq!(all.iter().filter(|f| f.machine_readable).count(), 20);
        let csv = file_type("CSV").unwrap();
        assert!(csv.machine_readable && csv.non_proprietary && !csv.rdf);
        let xlsx = file_type("XLSX").unwrap();
        assert!(xlsx.machine_readable && !xlsx.non_proprietary);
        assert!(file_type("PDF").is_some_and(|f| !f.machine_readable));
        assert!(file_type("RDF_TURTLE").unwrap().rdf);
        assert!(file_type("NOPE").is_none());
    }

    #[test]
    fn media_types_name_file_types() {
        let of = |m: &str| {
            file_types_of_media_type(m)
                .map(|f| f.code)
                .collect::<Vec<_>>()
        };
        assert_eq!(of("text/csv"), ["CSV"]);
        assert_eq!(of("Text/CSV; charset=utf-8"), ["CSV"]);
        assert_eq!(of("text/turtle"), ["RDF_TURTLE"]);
        assert!(of("application/x-unknown").is_empty());
        // Every media type of the crosswalk has the shape of one.
        for f in file_types() {
            for m in &f.media_types {
                assert!(looks_like_media_type(m), "{}: {m}", f.code);
            }
        }
    }

    #[test]
    #[cfg(not(feature = "iana-registry"))]
    fn without_the_registry_the_crosswalk_names_the_registered_types() {
        assert_eq!(iana_media_type_count(), 0);
        for m in ["text/csv", "application/json", "TEXT/CSV;charset=utf-8"] {
            assert!(is_iana_media_type(m), "{m}");
        }
        assert!(!is_iana_media_type("application/x-unknown"));
    }

    #[test]
    #[cfg(feature = "iana-registry")]
    fn the_iana_registry_is_looked_up() {
        assert!(iana_media_type_count() > 2000);
        for m in [
            "text/csv",
            "application/json",
            "TEXT/CSV;charset=utf-8",
            "text/turtle",
        ] {
            assert!(is_iana_media_type(m), "{m}");
        }
        for m in [
            "text/csv+zip",
            "application/x-shapefile",
            "csv",
            "",
            "text/",
        ] {
            assert!(!is_iana_media_type(m), "{m}");
        }
    }

    #[test]
    fn licences_are_found_by_any_of_their_iris() {
        let cc0 = licence("http://creativecommons.org/publicdomain/zero/1.0/").unwrap();
        assert_eq!(cc0.code, "CC0");
        assert!(cc0.open);
        for iri in [
            "https://creativecommons.org/licenses/by/4.0/",
            "http://creativecommons.org/licenses/by/4.0",
            "https://creativecommons.org/licenses/by/4.0/deed.sv",
            "https://creativecommons.org/licenses/by/4.0/legalcode",
            "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
        ] {
            assert_eq!(licence(iri).map(|l| l.code), Some("CC_BY_4_0"), "{iri}");
        }
        assert!(
            !licence("http://creativecommons.org/licenses/by-nc/4.0/")
                .unwrap()
                .open
        );
        assert!(licence("https://example.org/my-licence").is_none());
        assert!(licence("http://publications.europa.eu/resource/authority/licence/NOPE").is_none());
    }
}
