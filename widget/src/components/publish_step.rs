//! Step 5: publish (DIGG §7–8): add to an existing catalogue, the downloads, the
//! check, how to get harvested by Sveriges dataportal, and what comes after.

use datalots::Both;
use datalots::form::{File, FormView, Imported};
use datalots::personal::Dismissal;
use datalots::view::ProfileView;
use datalots_widget_support::download;
use yew::prelude::*;

use super::own_page::{Urls, for_form};
use super::personal_review::personal_checklist;
use super::refused::refused;
use super::summary::summary;
use crate::browser::{chosen_file, file_text};
use crate::i18n::{Lang, pick, publish::PublishTexts, publish::texts};
use crate::model::Shared;
use crate::model::flow::Action;

/// Step 5's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PublishStepProps {
    /// The language.
    pub lang: Lang,
    /// The last form the worker computed (none yet: "checking").
    pub form: Option<Shared<FormView>>,
    /// Dispatches to the flow.
    pub on_action: Callback<Action>,
    /// The loader's and the worker's addresses (the kommun's own page).
    #[prop_or_default]
    pub urls: Urls,
    /// The file's profile: its flagged columns for the checklist.
    #[prop_or_default]
    pub view: Option<Shared<ProfileView>>,
    /// The steward's «not personal data» for flagged columns.
    #[prop_or_default]
    pub not_personal: Vec<Dismissal>,
    /// What the last normalised copy changed, when it changed cells.
    #[prop_or_default]
    pub normalized_note: Option<Both>,
}

/// Step 5.
#[function_component(PublishStep)]
pub fn publish_step(props: &PublishStepProps) -> Html {
    let (lang, on_action) = (props.lang, &props.on_action);
    let t = texts(lang);
    let Some(form) = props.form.clone() else {
        return html! {
            <div id="datalots-step-publish"><h3>{t.publish_heading}</h3><p role="status">{t.computing}</p></div>
        };
    };
    let ok = form.publishable;
    let files = form.files.as_ref();
    let download = |file: Option<&File>, testid: &'static str, label: &'static str| {
        download_button(file, testid, label, ok)
    };
    let on_normalized = on_action.reform(|_: MouseEvent| Action::Normalize);
    html! {
        <div id="datalots-step-publish" data-testid="publish">
            <h3>{t.publish_heading}</h3>
            {refused(&form, lang)}
            if !ok {
                <p class="datalots-alert" data-testid="not-publishable">{t.not_publishable}</p>
            }
            if let Some(iri) = &form.dataset_iri {
                <p>{t.dataset_address}{" "}<code data-testid="dataset-iri">{iri.clone()}</code></p>
            }
            if let Some(g) = &form.quality {
                {super::quality::grade(g, true, address(&form).as_deref(), lang, on_action)}
            }
            {import(&form, lang, t, on_action)}
            <section aria-labelledby="datalots-downloads-heading">
                <h4 id="datalots-downloads-heading">{t.downloads_heading}</h4>
                <p>{t.downloads_intro}</p>
                <ul class="datalots-downloads">
                    {download(files.map(|f| &f.rdfxml), "download-rdfxml", t.download_rdfxml)}
                    {download(files.map(|f| &f.turtle), "download-turtle", t.download_turtle)}
                    {download(files.map(|f| &f.jsonld), "download-jsonld", t.download_jsonld)}
                    {download(files.map(|f| &f.csvw), "download-csvw", t.download_csvw)}
                    {download(files.map(|f| &f.frictionless), "download-frictionless", t.download_frictionless)}
                    <li>
                        <button type="button" class="datalots-button" data-testid="download-normalized"
                                aria-describedby="datalots-normalized-help" onclick={on_normalized}>{t.download_normalized}</button>
                        <span id="datalots-normalized-help" class="datalots-hint">{" "}{t.normalized_help}</span>
                        if let Some(note) = &props.normalized_note {
                            <p class="datalots-alert" role="alert" data-testid="normalized-note">{pick(note, lang)}</p>
                        }
                    </li>
                </ul>
            </section>
            {personal_checklist(props.view.as_deref(), &props.not_personal, lang)}
            {summary(&form, lang)}
            <section aria-labelledby="datalots-harvest-heading">
                <h4 id="datalots-harvest-heading">{t.harvest_heading}</h4>
                <ol data-testid="harvesting">{ for form.harvesting.iter().map(|h| html! { <li>{pick(h, lang)}</li> }) }</ol>
            </section>
            {for_form(&form, lang, &props.urls)}
            <section aria-labelledby="datalots-maintenance-heading">
                <h4 id="datalots-maintenance-heading">{t.maintenance_heading}</h4>
                <ul data-testid="maintenance">{ for form.maintenance.iter().map(|h| html! { <li>{pick(h, lang)}</li> }) }</ul>
            </section>
        </div>
    }
}

/// Where the file is to be published: the download address in the metadata.
fn address(form: &FormView) -> Option<String> {
    form.fields
        .iter()
        .find(|f| f.key == datalots::form::FieldKey::DownloadUrl)
        .map(|f| f.value.clone())
        .filter(|v| !v.is_empty())
}

/// An existing catalogue to add the dataset to: the file input, and what was read.
fn import(form: &FormView, lang: Lang, t: &PublishTexts, on_action: &Callback<Action>) -> Html {
    let on_import = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let Some(file) = chosen_file(&e) else {
                return;
            };
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let text = file_text(&file).await;
                on_action.emit(Action::Import(Some(Imported { name, text })));
            });
        })
    };
    let on_forget = on_action.reform(|_: MouseEvent| Action::Import(None));
    let catalog = form.catalog.as_ref().map(|c| html! {
        <div data-testid="imported-catalog" data-datasets={c.datasets.to_string()}>
            if let Some(e) = &c.error {
                <p class="datalots-error" role="alert">{pick(e, lang)}</p>
            } else {
                <p role="status">{t.imported}{" "}<strong>{c.name.clone()}</strong>
                    {format!(", {} {}.", lang.format_count(c.datasets as u64), t.imported_datasets)}</p>
            }
            <button type="button" class="datalots-button" data-testid="forget-catalog" onclick={on_forget}>{t.import_forget}</button>
        </div>
    });
    html! {
        <section aria-labelledby="datalots-import-heading">
            <h4 id="datalots-import-heading">{t.import_heading}</h4>
            <p>{t.import_intro}</p>
            <div class="datalots-field">
                <label for="datalots-import">{t.import_label}</label>
                <input id="datalots-import" type="file" accept=".rdf,.xml,.ttl,.jsonld,.json,application/rdf+xml,text/turtle,application/ld+json"
                       data-testid="import-catalog" onchange={on_import} />
            </div>
            {catalog}
        </section>
    }
}

/// A download button for one of the files (disabled until the form is publishable).
fn download_button(
    file: Option<&File>,
    testid: &'static str,
    label: &'static str,
    enabled: bool,
) -> Html {
    let onclick = {
        let file = file.cloned();
        Callback::from(move |_: MouseEvent| {
            if let Some(f) = &file {
                let _ = download::bytes(f.text.as_bytes(), &f.name, &f.media_type);
            }
        })
    };
    let name = file.map(|f| f.name.clone()).unwrap_or_default();
    html! {
        <li>
            <button type="button" class="datalots-button" data-testid={testid} disabled={!enabled || file.is_none()}
                    data-file-name={name.clone()} {onclick}>{label}</button>
            if !name.is_empty() { {" "}<code>{name}</code> }
        </li>
    }
}
