//! The static pages of a catalogue as a zip file ([`crate::Request::Site`]): the worker
//! loads the module that makes them (`datalots_export_site`, `widget/exports/site`: the
//! library's pages and a zip writer, which the publishing flow's module does not carry)
//! the first time someone asks, and hands the zip to the page as a `Blob`.
//!
//! The module reads RDF/XML and Turtle; a JSON-LD catalogue is read here first (with the
//! JSON-LD module, `datalots_json_ld::loader`) and handed over as Turtle.

use datalots::Both;
use datalots::dcat_ap_se::{Catalog, Format};
use datalots::session::CatalogFile;
use datalots_json_ld::loader::{ensure_reader, is_json_ld};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::Response;

#[wasm_bindgen(module = "/src/modules.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn zip_site(
        name: &str,
        text: &str,
        catalogue_url: &str,
        lang: &str,
        time: &str,
    ) -> Result<JsValue, JsValue>;
}

/// The catalogue as the module reads it: RDF/XML and Turtle as they are, JSON-LD read
/// and written as Turtle.
async fn readable(file: CatalogFile) -> Result<CatalogFile, Both> {
    if !is_json_ld(&file.name) {
        return Ok(file);
    }
    ensure_reader().await;
    let rdf = |source| {
        datalots::Error::Rdf {
            file: file.name.clone(),
            source,
        }
        .text()
    };
    let catalog = Catalog::read(file.text.as_bytes(), Format::JsonLd).map_err(rdf)?;
    let text = catalog.write(Format::Turtle).map_err(rdf)?;
    let stem = file
        .name
        .rsplit_once('.')
        .map_or(file.name.as_str(), |(s, _)| s);
    Ok(CatalogFile {
        name: format!("{stem}.ttl"),
        text,
    })
}

/// What went wrong: the module's `{sv, en}`, else why it could not be loaded.
fn problem(e: &JsValue) -> Both {
    if e.is_object()
        && !e.is_instance_of::<js_sys::Error>()
        && let Ok(both) = serde_wasm_bindgen::from_value::<Both>(e.clone())
    {
        return both;
    }
    let why = crate::js_error(e);
    Both::new(
        format!("Modulen som skapar webbsidorna kunde inte laddas: {why}. Försök igen."),
        format!("The module that makes the web pages could not be loaded: {why}. Try again."),
    )
}

/// The local time now, `YYYY-MM-DD HH:MM:SS`: the files' time in the zip.
fn now() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

/// Makes the zip of `file`'s pages in `lang`, linking the catalogue at
/// `catalogue_url`: [`Response::Site`], or [`Response::SiteFailed`] with why.
pub async fn answer(
    seq: u32,
    file: CatalogFile,
    catalogue_url: Option<String>,
    lang: &str,
) -> Response {
    let name = datalots::site::embed::zip_name(&file.name);
    let made = async {
        let file = readable(file).await?;
        let url = catalogue_url.as_deref().unwrap_or("");
        let blob = zip_site(&file.name, &file.text, url, lang, &now())
            .await
            .map_err(|e| problem(&e))?;
        blob.dyn_into::<web_sys::Blob>().map_err(|e| problem(&e))
    };
    match made.await {
        Ok(blob) => Response::Site { seq, name, blob },
        Err(message) => Response::SiteFailed { seq, message },
    }
}
