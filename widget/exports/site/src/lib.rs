//! The catalogue's static pages — the folder `datalots site` writes: `index.html`, a
//! page per dataset with schema.org JSON-LD, `site.css`, `site.js`, and `sitemap.xml`
//! with `robots.txt` when the datasets' landing pages give the pages' address — as one
//! zip file, for a kommun whose web site takes an uploaded folder.
//!
//! Built as a wasm module of its own, so that the publishing flow's module carries
//! neither the static pages' renderer nor the zip writer: the widget's worker imports
//! it only when someone asks for the zip ([`site_zip`]). The pages are the library's
//! (`datalots::site::html`); this crate reads the catalogue (RDF/XML or Turtle: the
//! worker turns JSON-LD into Turtle first) and zips them ([`zip_site`]).
//!
//! The module also draws the kommun's own page's section in step 5 and «Vår katalog»
//! ([`own_page`]: the snippet for the kommun's page, its copy button, the zip button),
//! which the flow loads when someone opens that section: the flow carries only its
//! heading.
//!
//! ```
//! use datalots::Lang;
//! use datalots_export_site::{Pages, zip_site};
//!
//! let ttl = "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dcterms: <http://purl.org/dc/terms/> .
//!     <https://ex.se/katalog> a dcat:Catalog ; dcterms:title \"Katalog\"@sv ;
//!         dcat:dataset <https://ex.se/dataset/skolor> .
//!     <https://ex.se/dataset/skolor> a dcat:Dataset ; dcterms:title \"Skolor\"@sv .";
//! let zip = zip_site(&Pages { name: "katalog.ttl", text: ttl, catalogue_url: None,
//!     lang: Lang::Sv, time: None })?;
//! assert_eq!(&zip[..4], b"PK\x03\x04");
//! # Ok::<(), datalots::Both>(())
//! ```
#![deny(missing_docs)]

use std::io::{Cursor, Write};

use datalots::dcat_ap_se::Catalog;
use datalots::site::{Site, html};
use datalots::{Both, Lang};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// What to make the pages of.
#[derive(Debug, Clone, Copy)]
pub struct Pages<'a> {
    /// The catalogue file's name: its extension gives the format (`.rdf`, `.ttl`).
    pub name: &'a str,
    /// The catalogue file's text.
    pub text: &'a str,
    /// The catalogue's address, linked from the index («the catalogue as a file»).
    pub catalogue_url: Option<&'a str>,
    /// The pages' language.
    pub lang: Lang,
    /// The files' time in the zip (local time: year, month, day, hour, minute,
    /// second); `None`: 1980-01-01, the earliest a zip file can say.
    pub time: Option<[u16; 6]>,
}

/// The folder's files, (path, contents), as `datalots site` writes them without
/// `--base-url`: the pages' address, when there is one, comes from the datasets'
/// landing pages.
pub fn pages(p: &Pages<'_>) -> Result<Vec<(String, String)>, Both> {
    let failed = |e: datalots::Error| {
        let why = e.text();
        Both::new(
            format!("Webbsidorna kunde inte skapas: {}", why.sv),
            format!("The web pages could not be made: {}", why.en),
        )
    };
    let format = datalots::catalog::format_of(p.name).map_err(failed)?;
    let catalog = Catalog::read(p.text.as_bytes(), format).map_err(|source| {
        failed(datalots::Error::Rdf {
            file: p.name.to_owned(),
            source,
        })
    })?;
    let site = Site::new(&catalog, p.lang);
    let options = html::Options {
        base_url: site.base_from_landing_pages(),
        catalogue_url: p.catalogue_url.map(str::to_owned),
    };
    Ok(html::files(&site, &options))
}

/// The files zipped (deflate), each with the time `time`.
pub fn zip(files: &[(String, String)], time: DateTime) -> Result<Vec<u8>, Both> {
    let failed = |e: &dyn std::fmt::Display| {
        Both::new(
            format!("Zip-filen kunde inte skrivas: {e}"),
            format!("The zip file could not be written: {e}"),
        )
    };
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(time)
        .unix_permissions(0o644);
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (path, contents) in files {
        writer
            .start_file(path.as_str(), options)
            .map_err(|e| failed(&e))?;
        writer
            .write_all(contents.as_bytes())
            .map_err(|e| failed(&e))?;
    }
    let out = writer.finish().map_err(|e| failed(&e))?;
    Ok(out.into_inner())
}

/// The catalogue's static pages as a zip file.
pub fn zip_site(p: &Pages<'_>) -> Result<Vec<u8>, Both> {
    let time = p
        .time
        .and_then(|[y, mo, d, h, mi, s]| {
            let b = |v: u16| u8::try_from(v).ok();
            DateTime::from_date_and_time(y, b(mo)?, b(d)?, b(h)?, b(mi)?, b(s)?).ok()
        })
        .unwrap_or_default();
    zip(&pages(p)?, time)
}

/// [`zip_site`] for the widget's worker: the catalogue file's name and text, its
/// address (empty: none), the language tag (`sv`, `en`) and the local time
/// `YYYY-MM-DD HH:MM:SS`. Throws what went wrong as JSON, `{"sv": …, "en": …}`.
#[wasm_bindgen]
pub fn site_zip(
    name: &str,
    text: &str,
    catalogue_url: &str,
    lang: &str,
    time: &str,
) -> Result<Vec<u8>, JsValue> {
    let numbers: Vec<u16> = time
        .split(['-', ' ', ':', 'T'])
        .filter_map(|n| n.parse().ok())
        .collect();
    let p = Pages {
        name,
        text,
        catalogue_url: Some(catalogue_url.trim()).filter(|u| !u.is_empty()),
        lang: Lang::from_tag(lang),
        time: numbers.try_into().ok(),
    };
    zip_site(&p).map_err(|e| JsValue::from_str(&serde_json::to_string(&e).unwrap_or_default()))
}

pub mod own_page;

#[cfg(test)]
mod tests;
