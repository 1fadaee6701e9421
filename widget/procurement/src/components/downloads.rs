//! The exports of the requirements as downloads: CSV, Markdown and JSON written here;
//! Word and Excel by separate wasm modules (`widget/exports/*`) that `exports.js`
//! imports only when asked.

use std::rc::Rc;

use datalots_widget_support::{Lang, download};
use procurement::Selection;
use procurement::export::{self, Format};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::plang;
use crate::texts::texts;

#[wasm_bindgen(module = "/src/exports.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn export_office(kind: &str, selection: &str, lang: &str) -> Result<JsValue, JsValue>;
}

/// The downloads' properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DownloadsProps {
    /// The language.
    pub lang: Lang,
    /// The requirements to export.
    pub selection: Rc<Selection>,
}

/// Where the last download is.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Working,
    Saved(String),
    Failed(String),
}

/// What became of a download.
fn finish(result: Result<(), JsValue>, name: String, status: &UseStateHandle<Status>) {
    status.set(match result {
        Ok(()) => Status::Saved(name),
        Err(e) => Status::Failed(download::error_text(&e)),
    });
}

/// Writes `format` and offers it; `status` follows.
fn export(sel: &Selection, format: Format, pl: procurement::Lang, status: UseStateHandle<Status>) {
    let name = export::file_name(format, pl);
    let local = match format {
        Format::Csv => Some(export::csv(sel, pl)),
        Format::Markdown => Some(export::markdown(sel, pl).map(String::into_bytes)),
        Format::Json => Some(Ok(export::json(sel).into_bytes())),
        Format::Docx | Format::Xlsx => None,
    };
    match local {
        Some(Ok(bytes)) => {
            let result = download::bytes(&bytes, &name, format.media_type());
            finish(result, name, &status);
        }
        Some(Err(e)) => status.set(Status::Failed(e.to_string())),
        None => {
            status.set(Status::Working);
            let json = sel.to_json();
            wasm_bindgen_futures::spawn_local(async move {
                let result = export_office(format.extension(), &json, pl.tag())
                    .await
                    .map(|v| js_sys::Uint8Array::new(&v).to_vec())
                    .and_then(|bytes| download::bytes(&bytes, &name, format.media_type()));
                finish(result, name, &status);
            });
        }
    }
}

/// The download buttons and what became of the last one.
#[function_component(Downloads)]
pub fn downloads(props: &DownloadsProps) -> Html {
    let status = use_state(|| Status::Idle);
    let (pl, t) = (plang(props.lang), texts(props.lang));
    let button = |format: Format, testid: &'static str, label: &'static str| {
        let (sel, status) = (props.selection.clone(), status.clone());
        let onclick = Callback::from(move |_: MouseEvent| export(&sel, format, pl, status.clone()));
        html! { <button type="button" data-testid={testid} {onclick}>{label}</button> }
    };
    let text = match &*status {
        Status::Idle => String::new(),
        Status::Working => t.working.to_owned(),
        Status::Saved(name) => format!("{} {name}", t.saved),
        Status::Failed(e) => format!("{} {e}", t.failed),
    };
    html! {
        <section class="datalots-downloads" aria-labelledby="datalots-downloads-heading">
            <h3 id="datalots-downloads-heading">{t.downloads_heading}</h3>
            <p>{t.downloads_note}</p>
            <div class="datalots-buttons">
                {button(Format::Docx, "download-docx", t.download_docx)}
                {button(Format::Xlsx, "download-xlsx", t.download_xlsx)}
                {button(Format::Csv, "download-csv", t.download_csv)}
                {button(Format::Markdown, "download-md", t.download_md)}
                {button(Format::Json, "download-json", t.download_json)}
            </div>
            <p role="status" aria-live="polite" data-testid="download-status"
               class={if matches!(*status, Status::Failed(_)) { "datalots-error" } else { "" }}>{text}</p>
        </section>
    }
}
