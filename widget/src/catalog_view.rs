//! "Vår katalog": the kommun's catalogue file over time (DIGG §8). Load the file, see
//! the datasets with their validation counts, edit a dataset's texts, update one from
//! a new version of its CSV file, remove one (after a confirmation), upgrade a 2.x
//! catalogue, download the result. Rendering only: every operation is
//! `datalots::session::apply` in the widget's worker; a new CSV file is profiled there
//! first, and the worker updates the dataset from the profile it keeps.

use std::rc::Rc;

use datalots::Both;
use datalots::catalog::DatasetEdits;
use datalots::form::{FieldKey, FormInput, PublisherFields, edit_fields};
use datalots::read::ReadOptions as ReadArgs;
use datalots::session::{CatalogFile, Op, SessionView};
use datalots_worker::{Codec, Request, Response, WidgetWorker};
use gloo_worker::{Spawnable, WorkerBridge};
use yew::prelude::*;

use crate::i18n::Lang;

/// Every string of the view, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogTexts {
    /// Heading.
    pub heading: &'static str,
    /// Under it.
    pub intro: &'static str,
    /// Back to the publishing flow.
    pub back: &'static str,
    /// The file input's label.
    pub file_label: &'static str,
    /// While the worker works.
    pub working: &'static str,
    /// Table caption.
    pub datasets: &'static str,
    /// Column.
    pub title: &'static str,
    /// Column.
    pub licence: &'static str,
    /// Column.
    pub modified: &'static str,
    /// Column.
    pub check: &'static str,
    /// Column.
    pub actions: &'static str,
    /// Between counts.
    pub errors: &'static str,
    /// Between counts.
    pub recommendations: &'static str,
    /// Button.
    pub edit: &'static str,
    /// Button.
    pub remove: &'static str,
    /// Confirmation.
    pub confirm_remove: &'static str,
    /// File input label.
    pub update: &'static str,
    /// Button.
    pub upgrade: &'static str,
    /// Button.
    pub download: &'static str,
    /// Heading of the edit form.
    pub edit_heading: &'static str,
    /// Field.
    pub field_title: &'static str,
    /// Field.
    pub field_description: &'static str,
    /// Field.
    pub field_keywords: &'static str,
    /// Button.
    pub save: &'static str,
    /// Button.
    pub cancel: &'static str,
    /// Heading of what needs a person.
    pub todo: &'static str,
    /// Heading of what was done.
    pub done: &'static str,
    /// The button in the publishing flow's tools bar.
    pub open: &'static str,
}

const SV: CatalogTexts = CatalogTexts {
    heading: "Vår katalog",
    intro: "Kommunens katalogfil över tid: läs in den, uppdatera en datamängd från en ny version av filen, ta bort eller rätta, och ladda ner resultatet. Filen läses bara i webbläsaren.",
    back: "Tillbaka till publiceringen",
    file_label: "Katalogfil (RDF/XML, Turtle eller JSON-LD)",
    working: "Arbetar …",
    datasets: "Datamängder i katalogen",
    title: "Titel",
    licence: "Licens",
    modified: "Ändrad",
    check: "Kontroll",
    actions: "Åtgärder",
    errors: "fel",
    recommendations: "rekommendationer",
    edit: "Redigera",
    remove: "Ta bort",
    confirm_remove: "Ta bort datamängden ur katalogen? Distributionerna och det som bara den använder tas bort med den.",
    update: "Uppdatera från ny fil",
    upgrade: "Uppgradera från DCAT-AP-SE 2.x",
    download: "Ladda ner katalogen",
    edit_heading: "Redigera datamängden",
    field_title: "Titel",
    field_description: "Beskrivning",
    field_keywords: "Nyckelord (åtskilda med kommatecken)",
    save: "Spara",
    cancel: "Avbryt",
    todo: "Behöver en person",
    done: "Gjort",
    open: "Vår katalog",
};

const EN: CatalogTexts = CatalogTexts {
    heading: "Our catalogue",
    intro: "The municipality's catalogue file over time: load it, update a dataset from a new version of its file, remove or correct, and download the result. The file is only read in the browser.",
    back: "Back to publishing",
    file_label: "Catalogue file (RDF/XML, Turtle or JSON-LD)",
    working: "Working …",
    datasets: "Datasets in the catalogue",
    title: "Title",
    licence: "Licence",
    modified: "Modified",
    check: "Check",
    actions: "Actions",
    errors: "errors",
    recommendations: "recommendations",
    edit: "Edit",
    remove: "Remove",
    confirm_remove: "Remove the dataset from the catalogue? Its distributions and what only it uses go with it.",
    update: "Update from a new file",
    upgrade: "Upgrade from DCAT-AP-SE 2.x",
    download: "Download the catalogue",
    edit_heading: "Edit the dataset",
    field_title: "Title",
    field_description: "Description",
    field_keywords: "Keywords (separated by commas)",
    save: "Save",
    cancel: "Cancel",
    todo: "Needs a person",
    done: "Done",
    open: "Our catalogue",
};

/// The texts in one language.
pub fn texts(lang: Lang) -> &'static CatalogTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

fn pick(b: &Both, lang: Lang) -> String {
    b.get(lang.tag()).to_owned()
}

/// The view's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CatalogProps {
    /// The language.
    pub lang: Lang,
    /// The worker's entry script's URL.
    pub worker_url: Option<String>,
    /// The publisher settings as typed in the publishing flow.
    pub publisher: PublisherFields,
    /// Back to the publishing flow.
    pub on_back: Callback<()>,
    /// Switch the language (kept by the app).
    pub on_switch: Callback<MouseEvent>,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct State {
    seq: u32,
    busy: bool,
    file: Option<CatalogFile>,
    view: Option<Rc<SessionView>>,
    /// The dataset being edited and its fields as typed (the dataset part of a
    /// describe form, so the same fields render it).
    editing: Option<(String, FormInput)>,
}

fn confirm(text: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(text).ok())
        .unwrap_or(false)
}

/// The catalogue view.
#[function_component(CatalogView)]
pub fn catalog_view(props: &CatalogProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let state = use_state(State::default);
    let latest = use_mut_ref(State::default);
    let worker = use_mut_ref(|| None::<WorkerBridge<WidgetWorker>>);
    // What to do once the worker has read a new file: (job, iri, file name).
    let pending = use_mut_ref(|| None::<(u32, String, String)>);
    // The job the worker has just profiled (for an update).
    let profiled = use_state(|| None::<u32>);
    {
        let latest = latest.clone();
        let s = (*state).clone();
        use_effect_with(s, move |s| *latest.borrow_mut() = s.clone());
    }

    // Spawns the worker on first use; false when the page gave no worker URL.
    let spawn = {
        let worker = worker.clone();
        let state = state.clone();
        let latest = latest.clone();
        let url = props.worker_url.clone();
        let profiled = profiled.setter();
        Rc::new(move || -> bool {
            let mut slot = worker.borrow_mut();
            if slot.is_some() {
                return true;
            }
            let Some(url) = url.as_deref() else {
                return false;
            };
            let state = state.clone();
            let latest = latest.clone();
            let profiled = profiled.clone();
            *slot = Some(
                WidgetWorker::spawner()
                    .callback(move |r| match r {
                        Response::Catalog { seq, view } => {
                            let mut s = latest.borrow().clone();
                            if seq < s.seq {
                                return;
                            }
                            s.busy = false;
                            if view.error.is_none() {
                                s.file = Some(view.file.clone());
                            }
                            if let Some(fields) = &view.fields
                                && let Some((iri, _)) = &s.editing
                            {
                                let mut input = FormInput::default();
                                for f in edit_fields(fields) {
                                    let values: Vec<String> = if f.multiple {
                                        fields.themes.clone().unwrap_or_default()
                                    } else {
                                        vec![f.value]
                                    };
                                    input.set(f.key, &values);
                                }
                                s.editing = Some((iri.clone(), input));
                            }
                            s.view = Some(Rc::new(*view));
                            *latest.borrow_mut() = s.clone();
                            state.set(s);
                        }
                        Response::Profiled { job, .. } => profiled.set(Some(job)),
                        _ => {}
                    })
                    .encoding::<Codec>()
                    .spawn(url),
            );
            true
        })
    };

    let send = {
        let worker = worker.clone();
        let spawn = spawn.clone();
        let state = state.clone();
        let latest = latest.clone();
        let publisher = props.publisher.clone();
        Rc::new(move |file: CatalogFile, op: Op, profile_job: Option<u32>| {
            if !spawn() {
                return;
            }
            let mut s = latest.borrow().clone();
            s.seq += 1;
            s.busy = true;
            if let Some(b) = worker.borrow().as_ref() {
                b.send(Request::Catalog {
                    seq: s.seq,
                    file: Box::new(file),
                    op,
                    profile_job,
                    publisher: Box::new(publisher.clone()),
                });
            }
            *latest.borrow_mut() = s.clone();
            state.set(s);
        })
    };

    {
        // A new version of a dataset's file has been profiled: update the dataset
        // from the profile the worker keeps.
        let send = send.clone();
        let pending = pending.clone();
        let current = state.file.clone();
        use_effect_with(*profiled, move |job| {
            if let Some(job) = *job {
                let next = pending.borrow_mut().take_if(|(j, _, _)| *j == job);
                if let (Some((_, iri, name)), Some(f)) = (next, current) {
                    send(
                        f,
                        Op::Update {
                            iri,
                            file_name: name,
                            date: crate::files::today(),
                        },
                        Some(job),
                    );
                }
            }
        });
    }

    let on_file = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            let Some(file) = crate::files::chosen_file(&e) else {
                return;
            };
            let send = send.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let text = crate::files::file_text(&file).await;
                send(CatalogFile { name, text }, Op::Open, None);
            });
        })
    };

    let current = state.file.clone();
    let run = {
        let send = send.clone();
        let current = current.clone();
        move |op: Op| {
            let send = send.clone();
            let current = current.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(f) = current.clone() {
                    send(f, op.clone(), None);
                }
            })
        }
    };

    // A new version of a dataset's file: profiled first, then the update.
    let update_from = {
        let worker = worker.clone();
        let spawn = spawn.clone();
        let pending = pending.clone();
        move |iri: String| {
            let worker = worker.clone();
            let spawn = spawn.clone();
            let pending = pending.clone();
            Callback::from(move |e: Event| {
                let Some(file) = crate::files::chosen_file(&e) else {
                    return;
                };
                if !spawn() {
                    return;
                }
                // Job numbers far from the publishing flow's, so answers never mix.
                let job = 1_000_000 + js_sys::Math::floor(js_sys::Math::random() * 1e6) as u32;
                *pending.borrow_mut() = Some((job, iri.clone(), file.name()));
                if let Some(b) = worker.borrow().as_ref() {
                    b.send(Request::Profile {
                        job,
                        file,
                        read: ReadArgs::default(),
                    });
                }
            })
        }
    };

    let on_download = {
        let current = current.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(f) = &current {
                let media = match f.name.rsplit('.').next().unwrap_or("") {
                    "ttl" => "text/turtle",
                    "jsonld" | "json" => "application/ld+json",
                    _ => "application/rdf+xml",
                };
                let _ = crate::files::download(f.text.as_bytes(), &f.name, media);
            }
        })
    };

    let view = state.view.clone();
    let listing = view.as_ref().and_then(|v| v.listing.as_ref());
    let rows = listing.map(|l| {
        html! {
            <div class="datalots-scroll" tabindex="0" role="region" aria-labelledby="datalots-catalog-caption">
            <table class="datalots-table" data-testid="catalog-list">
                <caption id="datalots-catalog-caption">{t.datasets}</caption>
                <thead><tr>
                    <th scope="col">{t.title}</th><th scope="col">{t.licence}</th>
                    <th scope="col">{t.modified}</th><th scope="col">{t.check}</th><th scope="col">{t.actions}</th>
                </tr></thead>
                <tbody>
                { for l.datasets.iter().map(|d| {
                    let title = d.title.iter().find(|x| x.lang.as_deref() == Some(lang.tag()))
                        .or(d.title.first()).map(|x| x.value.clone()).unwrap_or_else(|| d.iri.clone());
                    let remove = {
                        let run = run.clone();
                        let iri = d.iri.clone();
                        let cb = run(Op::Remove { iri });
                        Callback::from(move |e: MouseEvent| if confirm(t.confirm_remove) { cb.emit(e) })
                    };
                    let edit = {
                        let state = state.clone();
                        let latest = latest.clone();
                        let run = run.clone();
                        let iri = d.iri.clone();
                        let cb = run(Op::Fields { iri: iri.clone() });
                        Callback::from(move |e: MouseEvent| {
                            let mut s = latest.borrow().clone();
                            s.editing = Some((iri.clone(), FormInput::default()));
                            *latest.borrow_mut() = s.clone();
                            state.set(s);
                            cb.emit(e);
                        })
                    };
                    let upd_id = format!("datalots-update-{}", d.iri.len() + title.len());
                    html! {
                        <tr data-testid="catalog-row" data-iri={d.iri.clone()}
                            data-violations={d.violations.to_string()} data-modified={d.modified.clone()}>
                            <th scope="row">{title.clone()}<br/><code>{d.iri.clone()}</code></th>
                            <td>{d.licence_names.iter().map(|n| pick(n, lang)).collect::<Vec<_>>().join(", ")}</td>
                            <td>{d.modified.clone().unwrap_or_default()}</td>
                            <td>{format!("{} {}, {} {}", d.violations, t.errors, d.warnings, t.recommendations)}</td>
                            <td>
                                <button type="button" class="datalots-button" data-testid="edit-dataset"
                                        aria-label={format!("{}: {title}", t.edit)} onclick={edit}>{t.edit}</button>{" "}
                                <button type="button" class="datalots-button" data-testid="remove-dataset"
                                        aria-label={format!("{}: {title}", t.remove)} onclick={remove}>{t.remove}</button>
                                <div class="datalots-field">
                                    <label for={upd_id.clone()}>{format!("{}: {title}", t.update)}</label>
                                    <input id={upd_id} type="file" accept=".csv,.tsv,.txt,text/csv" data-testid="update-from-file"
                                           onchange={update_from(d.iri.clone())} />
                                </div>
                            </td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </div>
        }
    });

    let editor = state.editing.clone().map(|(iri, input)| {
        let on_set = {
            let state = state.clone();
            let latest = latest.clone();
            Callback::from(move |(key, values): (FieldKey, Vec<String>)| {
                let mut s = latest.borrow().clone();
                if let Some((_, input)) = s.editing.as_mut() {
                    input.set(key, &values);
                }
                *latest.borrow_mut() = s.clone();
                state.set(s);
            })
        };
        let d = &input.dataset;
        let edits = DatasetEdits {
            title: Some(d.title.clone()),
            description: Some(d.description.clone()),
            keywords: Some(
                d.keywords
                    .split([',', ';'])
                    .map(|k| k.trim().to_owned())
                    .filter(|k| !k.is_empty())
                    .collect(),
            ),
            themes: Some(d.themes.clone()),
        };
        let fields = edit_fields(&edits);
        let save = {
            let send = send.clone();
            let current = current.clone();
            let state = state.clone();
            let latest = latest.clone();
            let iri = iri.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(f) = current.clone() {
                    let mut s = latest.borrow().clone();
                    s.editing = None;
                    *latest.borrow_mut() = s.clone();
                    state.set(s);
                    send(f, Op::Edit { iri: iri.clone(), edits: edits.clone() }, None);
                }
            })
        };
        let cancel = {
            let state = state.clone();
            let latest = latest.clone();
            Callback::from(move |_: MouseEvent| {
                let mut s = latest.borrow().clone();
                s.editing = None;
                *latest.borrow_mut() = s.clone();
                state.set(s);
            })
        };
        html! {
            <section class="datalots-form-section" aria-labelledby="datalots-edit-heading" data-testid="edit-form">
                <h4 id="datalots-edit-heading">{t.edit_heading}{" "}<code>{iri}</code></h4>
                { for fields.iter().map(|f| crate::publish::field(f, &input, lang, false, &on_set)) }
                <p>
                    <button type="button" class="datalots-button" data-testid="save-dataset" onclick={save}>{t.save}</button>{" "}
                    <button type="button" class="datalots-button" onclick={cancel}>{t.cancel}</button>
                </p>
            </section>
        }
    });

    let report = view.as_ref().map(|v| html! {
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
    });
    let back = {
        let on_back = props.on_back.clone();
        Callback::from(move |_: MouseEvent| on_back.emit(()))
    };
    html! {
        <section class="datalots" lang={lang.tag()} aria-labelledby="datalots-catalog-heading" data-testid="catalog-view">
            <div class="datalots-bar">
                <h2 id="datalots-catalog-heading">{t.heading}</h2>
                <div class="datalots-tools">
                    <button type="button" class="datalots-button" lang={lang.other().tag()} data-testid="lang-toggle"
                            onclick={props.on_switch.clone()}>{lang.texts().switch_language}</button>
                    <button type="button" class="datalots-button" data-testid="catalog-back" onclick={back}>{t.back}</button>
                </div>
            </div>
            <p>{t.intro}</p>
            <div class="datalots-field">
                <label for="datalots-catalog-file">{t.file_label}</label>
                <input id="datalots-catalog-file" type="file" data-testid="catalog-file"
                       accept=".rdf,.xml,.ttl,.jsonld,.json" onchange={on_file} />
            </div>
            <p role="status" aria-live="polite" data-testid="catalog-status" data-busy={state.busy.to_string()}>
                if state.busy { {t.working} }
                else if let Some(l) = listing {
                    {format!("{}: {}", t.datasets, l.datasets.len())}
                }
            </p>
            {report}
            {editor}
            {rows.unwrap_or_default()}
            if current.is_some() {
                <p class="datalots-buttons-plain">
                    <button type="button" class="datalots-button" data-testid="upgrade-catalog" onclick={run(Op::Upgrade)}>{t.upgrade}</button>{" "}
                    <button type="button" class="datalots-button" data-testid="download-catalog" onclick={on_download}>{t.download}</button>
                </p>
            }
        </section>
    }
}
