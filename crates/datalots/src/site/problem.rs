//! Reading the catalogue a page names, and what to say when it cannot be read: a short
//! message for the visitor, and for the site's administrator what to fix — the
//! address, the HTTP status, or the error with its line and column.
//!
//! ```
//! use datalots::site::problem::{Problem, read};
//!
//! let broken = b"@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<a> dcat:x ;; .";
//! let e = read(broken, Some("text/turtle"), "https://ex.se/katalog.ttl").unwrap_err();
//! assert!(matches!(e, Problem::Syntax { line: 2, .. }));
//! assert!(e.admin().en.contains("line 2"));
//! ```

use dcat_ap_se::{Catalog, Format};

use crate::Both;
use crate::Lang;

/// Why the catalogue cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// No address was given (the element's `src` is missing).
    NoAddress,
    /// The request failed: no answer, or refused by CORS.
    Unreachable {
        /// The catalogue's address.
        url: String,
    },
    /// The server answered with an error status.
    Status {
        /// The catalogue's address.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// The file is not well-formed RDF.
    Syntax {
        /// The catalogue's address.
        url: String,
        /// The format it was read as.
        format: &'static str,
        /// 1-based line (0 when unknown).
        line: u64,
        /// 1-based column (0 when unknown).
        column: u64,
        /// The reader's message.
        message: String,
    },
    /// The file is RDF but holds no catalogue, or cannot be read as one.
    NotACatalogue {
        /// The catalogue's address.
        url: String,
        /// What is wrong, in Swedish and English.
        message: Both,
    },
}

impl Problem {
    /// The short message a visitor reads.
    pub fn visitor(&self, lang: Lang) -> &'static str {
        super::words::words(lang).unavailable
    }

    /// What the site's administrator should fix, in Swedish and English.
    pub fn admin(&self) -> Both {
        match self {
            Problem::NoAddress => Both::new(
                "Elementet <datalots-catalog> saknar attributet src med katalogens adress, till exempel src=\"/datasets/dcat\".",
                "The <datalots-catalog> element has no src attribute with the catalogue's address, for example src=\"/datasets/dcat\".",
            ),
            Problem::Unreachable { url } => Both::new(
                format!(
                    "Katalogen {url} kunde inte hämtas. Kontrollera adressen; ligger filen på en annan webbplats måste den servern skicka rubriken Access-Control-Allow-Origin."
                ),
                format!(
                    "The catalogue {url} could not be fetched. Check the address; when the file is on another site, that server must send the Access-Control-Allow-Origin header."
                ),
            ),
            Problem::Status { url, status } => Both::new(
                format!(
                    "Katalogen {url} svarade med HTTP-status {status}. Kontrollera adressen och att filen finns på servern."
                ),
                format!(
                    "The catalogue {url} answered with HTTP status {status}. Check the address and that the file is on the server."
                ),
            ),
            Problem::Syntax {
                url,
                format,
                line,
                column,
                message,
            } => Both::new(
                format!(
                    "Katalogen {url} kunde inte läsas som {format}: fel på rad {line}, kolumn {column}: {message}. Rätta filen, till exempel med datalots validate."
                ),
                format!(
                    "The catalogue {url} could not be read as {format}: error at line {line}, column {column}: {message}. Correct the file, for example with datalots validate."
                ),
            ),
            Problem::NotACatalogue { url, message } => Both::new(
                format!(
                    "Katalogen {url} kunde inte läsas som en DCAT-katalog: {}",
                    message.sv
                ),
                format!(
                    "The catalogue {url} could not be read as a DCAT catalogue: {}",
                    message.en
                ),
            ),
        }
    }
}

/// The RDF format of a catalogue: by the media type the server sends, else by the
/// address's extension, else by its first character (`<` RDF/XML, `{` or `[` JSON-LD,
/// else Turtle).
pub fn format_of(bytes: &[u8], media_type: Option<&str>, url: &str) -> Format {
    let media = media_type
        .and_then(|m| m.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase());
    match media.as_deref() {
        Some("application/rdf+xml") => return Format::RdfXml,
        Some("text/turtle" | "application/x-turtle") => return Format::Turtle,
        Some("application/ld+json") => return Format::JsonLd,
        _ => {}
    }
    let path = crate::url::last_segment(url);
    if let Ok(f) = Format::from_path(path) {
        return f;
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match text.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => Format::RdfXml,
        Some(b'{' | b'[') => Format::JsonLd,
        _ => Format::Turtle,
    }
}

/// Reads a fetched catalogue (`media_type`: the answer's `Content-Type`).
pub fn read(bytes: &[u8], media_type: Option<&str>, url: &str) -> Result<Catalog, Problem> {
    let format = format_of(bytes, media_type, url);
    Catalog::read(bytes, format).map_err(|e| match e {
        dcat_ap_se::Error::Syntax {
            format,
            line,
            column,
            message,
        } => Problem::Syntax {
            url: url.to_owned(),
            format,
            line,
            column,
            message,
        },
        other => Problem::NotACatalogue {
            url: url.to_owned(),
            message: crate::Error::from(other).text(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://ex.se/datasets/dcat";

    #[test]
    fn the_format_by_media_type_then_extension_then_content() {
        assert_eq!(
            format_of(b"", Some("application/rdf+xml; charset=utf-8"), URL),
            Format::RdfXml
        );
        assert_eq!(format_of(b"<x>", Some("text/turtle"), URL), Format::Turtle);
        assert_eq!(
            format_of(b"", Some("text/plain"), "https://ex.se/k.jsonld?v=1"),
            Format::JsonLd
        );
        assert_eq!(format_of(b"\xEF\xBB\xBF  <?xml", None, URL), Format::RdfXml);
        assert_eq!(
            format_of(b"\n[{", Some("application/octet-stream"), URL),
            Format::JsonLd
        );
        assert_eq!(format_of(b"@prefix", None, URL), Format::Turtle);
    }

    #[test]
    fn a_broken_file_names_its_line_and_column() {
        let xml = b"<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n  <rdf:Description>\n</rdf:RDF>";
        let e = read(xml, Some("application/rdf+xml"), URL).unwrap_err();
        let Problem::Syntax { line, format, .. } = &e else {
            panic!("{e:?}");
        };
        assert_eq!((*line, *format), (4, "RDF/XML"));
        let admin = e.admin();
        assert!(
            admin.sv.contains("rad 4") && admin.sv.contains(URL),
            "{admin:?}"
        );
        assert!(admin.en.contains("line 4, column"), "{admin:?}");
        assert_eq!(
            e.visitor(Lang::Sv),
            "Katalogen kan inte visas just nu. Försök igen senare."
        );
    }

    #[test]
    fn rdf_without_a_catalogue_says_so() {
        let ttl = b"<http://ex.se/a> <http://purl.org/dc/terms/title> \"A\" .";
        let e = read(ttl, None, "https://ex.se/k.ttl").unwrap_err();
        assert!(matches!(e, Problem::NotACatalogue { .. }), "{e:?}");
        assert!(e.admin().en.contains("dcat:Catalog"), "{:?}", e.admin());
        let s = Problem::Status {
            url: URL.into(),
            status: 404,
        };
        assert!(s.admin().sv.contains("HTTP-status 404"));
        assert!(
            Problem::Unreachable { url: URL.into() }
                .admin()
                .en
                .contains("Access-Control-Allow-Origin")
        );
        assert!(Problem::NoAddress.admin().en.contains("src"));
    }
}
