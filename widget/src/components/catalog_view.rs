//! «Vår katalog»: the kommun's catalogue file over time (DIGG §8). Load the file, see
//! the datasets with their validation counts ([`CatalogList`]), edit a dataset's texts
//! ([`CatalogEditor`]), update one from a new version of its CSV file, remove one
//! (after a confirmation), upgrade a 2.x catalogue, download the result.
//!
//! The state is [`Catalogue`]; every operation is `datalots::session::apply` in a
//! worker of this view's own; a new CSV file is profiled there first, and the worker
//! updates the dataset from the profile it keeps.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use datalots::form::PublisherFields;
use datalots::read::ReadOptions;
use datalots::session::{CatalogFile, Op, SessionView};
use datalots_widget_support::download;
use datalots_worker::{Request, Response};
use yew::prelude::*;

use super::catalog_editor::CatalogEditor;
use super::catalog_list::CatalogList;
use super::own_page::for_catalogue;
use crate::bridge::Bridge;
use crate::browser::{chosen_file, file_text, today};
use crate::i18n::{Lang, catalog::CatalogTexts, catalog::texts, pick, worker_missing};
use crate::model::catalog::{Action, Catalogue, Effect, media_type};
use crate::model::flow;
use crate::runtime::{Runtime, use_runtime};

/// The view's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CatalogProps {
    /// The language.
    pub lang: Lang,
    /// The worker's entry script's URL.
    pub worker_url: Option<String>,
    /// The publisher settings as typed in the publishing flow.
    pub publisher: PublisherFields,
    /// Dispatches to the flow (back, switch the language).
    pub on_action: Callback<flow::Action>,
    /// The loader's address (the snippet for the kommun's own page).
    #[prop_or_default]
    pub loader_url: Option<String>,
}

/// What the view's effects need from the browser.
struct CatalogEnv {
    bridge: Bridge,
    /// The new version of a dataset's CSV file, chosen last.
    csv: RefCell<Option<web_sys::File>>,
    publisher: PublisherFields,
}

type CatalogRuntime = Runtime<Catalogue, CatalogEnv>;

fn run(rt: &Rc<CatalogRuntime>, effect: Effect) {
    let env = &rt.env;
    match effect {
        Effect::Send {
            seq,
            file,
            op,
            profile_job,
        } => {
            let publisher = Box::new(env.publisher.clone());
            let request = Request::Catalog {
                seq,
                file: file.clone(),
                op,
                profile_job,
                publisher,
            };
            if env.bridge.send(request).is_err() {
                let view = SessionView {
                    file: *file,
                    error: Some(worker_missing()),
                    ..SessionView::default()
                };
                let view = Box::new(view);
                rt.dispatch(Action::Answer { seq, view });
            }
        }
        Effect::Profile { job } => {
            if let Some(file) = env.csv.borrow().clone() {
                let read = ReadOptions::default();
                let _ = env.bridge.send(Request::Profile { job, file, read });
            }
        }
    }
}

fn answer(rt: &Weak<CatalogRuntime>, response: Response) {
    let action = match response {
        Response::Catalog { seq, view } => Action::Answer { seq, view },
        Response::CatalogFailed { seq, message } => Action::Answer {
            seq,
            view: Box::new(SessionView {
                error: Some(message),
                ..SessionView::default()
            }),
        },
        Response::Profiled { job, .. } => Action::Profiled {
            job,
            today: today(),
        },
        _ => return,
    };
    if let Some(rt) = rt.upgrade() {
        rt.dispatch(action);
    }
}

/// The catalogue view.
#[function_component(CatalogView)]
pub fn catalog_view(props: &CatalogProps) -> Html {
    let rt = use_runtime(
        |weak| {
            let weak = weak.clone();
            let bridge = Bridge::new(props.worker_url.clone(), move |r| answer(&weak, r));
            let csv = RefCell::new(None);
            let publisher = props.publisher.clone();
            (
                Catalogue::default(),
                CatalogEnv {
                    bridge,
                    csv,
                    publisher,
                },
            )
        },
        run,
    );
    let lang = props.lang;
    let t = texts(lang);
    let on_action = rt.dispatcher();
    let on_file = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let Some(file) = chosen_file(&e) else {
                return;
            };
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let text = file_text(&file).await;
                on_action.emit(Action::Open(CatalogFile { name, text }));
            });
        })
    };
    let on_update = {
        let rt = rt.clone();
        Callback::from(move |(iri, file): (String, web_sys::File)| {
            let file_name = file.name();
            rt.env.csv.replace(Some(file));
            rt.dispatch(Action::UpdateFrom { iri, file_name });
        })
    };
    let m = rt.model();
    let listing = m.view.as_ref().and_then(|v| v.listing.as_ref());
    let back = props
        .on_action
        .reform(|_: MouseEvent| flow::Action::CloseCatalogue);
    let switch = props
        .on_action
        .reform(|_: MouseEvent| flow::Action::SwitchLang);
    html! {
        <section class="datalots" lang={lang.tag()} aria-labelledby="datalots-catalog-heading" data-testid="catalog-view">
            <div class="datalots-bar">
                <h2 id="datalots-catalog-heading">{t.heading}</h2>
                <div class="datalots-tools">
                    <button type="button" class="datalots-button" lang={lang.other().tag()} data-testid="lang-toggle"
                            onclick={switch}>{crate::i18n::texts(lang).switch_language}</button>
                    <button type="button" class="datalots-button" data-testid="catalog-back" onclick={back}>{t.back}</button>
                </div>
            </div>
            <p>{t.intro}</p>
            <div class="datalots-field">
                <label for="datalots-catalog-file">{t.file_label}</label>
                <input id="datalots-catalog-file" type="file" data-testid="catalog-file"
                       accept=".rdf,.xml,.ttl,.jsonld,.json" onchange={on_file} />
            </div>
            <p role="status" aria-live="polite" data-testid="catalog-status" data-busy={m.busy.to_string()}>
                if m.busy { {t.working} }
                else if let Some(l) = &listing {
                    {format!("{}: {}", t.datasets, l.datasets.len())}
                }
            </p>
            {m.view.as_deref().map(|v| report(v, lang, t))}
            if let Some(g) = m.view.as_ref().and_then(|v| v.grade.as_ref()) {
                {super::quality::catalogue(g, lang)}
            }
            if let Some(editing) = &m.editing {
                <CatalogEditor {lang} editing={editing.clone()} on_action={on_action.clone()} />
            }
            if let Some(view) = m.view.clone().filter(|v| v.listing.is_some()) {
                <CatalogList {lang} {view} on_action={on_action.clone()} {on_update} />
            }
            if let Some(file) = &m.file {
                <p class="datalots-buttons-plain">
                    <button type="button" class="datalots-button" data-testid="upgrade-catalog"
                            onclick={on_action.reform(|_: MouseEvent| Action::Run(Op::Upgrade))}>{t.upgrade}</button>{" "}
                    <button type="button" class="datalots-button" data-testid="download-catalog"
                            onclick={download_file(file.clone())}>{t.download}</button>
                </p>
                {for_catalogue(file, &props.publisher.base_uri, lang, &props.loader_url, &props.worker_url)}
            }
        </section>
    }
}

/// Offers the catalogue as it is now.
fn download_file(file: CatalogFile) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let _ = download::bytes(file.text.as_bytes(), &file.name, media_type(&file.name));
    })
}

/// Why the last operation was refused, what it did, and what needs a person.
fn report(v: &SessionView, lang: Lang, t: &CatalogTexts) -> Html {
    html! {
        <>
        if let Some(e) = &v.error {
            <p class="datalots-alert" role="alert" data-testid="catalog-error">{pick(e, lang)}</p>
        }
        if !v.done.is_empty() {
            <section aria-labelledby="datalots-done-heading">
                <h4 id="datalots-done-heading">{t.done}</h4>
                <ul data-testid="catalog-done">{ for v.done.iter().map(|d| html! { <li>{pick(d, lang)}</li> }) }</ul>
            </section>
        }
        if !v.todo.is_empty() {
            <section aria-labelledby="datalots-todo-heading">
                <h4 id="datalots-todo-heading">{t.todo}</h4>
                <ul data-testid="catalog-todo">{ for v.todo.iter().map(|d| html! { <li>{pick(d, lang)}</li> }) }</ul>
            </section>
        }
        </>
    }
}
