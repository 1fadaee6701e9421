//! The procurement view: the questions of the `procurement` crate with their help
//! texts, the requirements it chooses grouped by area — each can be switched off or
//! have its text edited (kept in `localStorage`) — and the exports as downloads.
//!
//! CSV, Markdown and JSON are written here; Word and Excel by separate wasm modules
//! (`widget/exports/*`) that `exports.js` imports only when asked.

use std::collections::{BTreeMap, BTreeSet};

use procurement::export::{self, Format};
use procurement::{AnswerKind, Answers, Outcome, Question, QuestionId, Selection, select};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::texts::texts;
use datalots_widget::Lang;

#[wasm_bindgen(module = "/src/exports.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn export_office(kind: &str, selection: &str, lang: &str) -> Result<JsValue, JsValue>;
}

/// The `localStorage` key.
const STORAGE_KEY: &str = "datalots.procurement.v1";

/// What is kept between visits: the answers, the switched-off requirements and the
/// edited texts (by requirement ID, then language tag).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Saved {
    #[serde(default)]
    answers: Answers,
    #[serde(default)]
    off: BTreeSet<String>,
    #[serde(default)]
    edits: BTreeMap<String, BTreeMap<String, String>>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn load() -> Saved {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|text| datalots_widget::store::from_json(&text))
        .unwrap_or_default()
}

fn store(saved: &Saved) {
    if let (Some(s), Some(text)) = (storage(), datalots_widget::store::to_json(saved)) {
        // A full or forbidden storage only loses persistence, not the work on screen.
        let _ = s.set_item(STORAGE_KEY, &text);
    }
}

fn plang(lang: Lang) -> procurement::Lang {
    match lang {
        Lang::Sv => procurement::Lang::Sv,
        Lang::En => procurement::Lang::En,
    }
}

/// The selection for the saved state: chosen from the answers, with switched-off
/// requirements marked and edited texts put in.
fn selection(saved: &Saved) -> Selection {
    let mut s = select(&saved.answers);
    for area in &mut s.areas {
        for r in &mut area.requirements {
            r.included = !saved.off.contains(&r.id);
            if let Some(edits) = saved.edits.get(&r.id) {
                if let Some(t) = edits.get("sv") {
                    r.text.sv = t.clone();
                }
                if let Some(t) = edits.get("en") {
                    r.text.en = t.clone();
                }
            }
        }
    }
    s
}

/// The current answer of a question, as the JSON value an input carries.
fn current(a: &Answers, q: QuestionId) -> Option<String> {
    let b = |v: Option<bool>| v.map(|v| v.to_string());
    match q {
        QuestionId::Kind => a.kind.map(|k| k.id().to_owned()),
        QuestionId::Buyer => a.buyer.clone(),
        QuestionId::PublishesOnline => b(a.publishes_online),
        QuestionId::PersonalData => b(a.personal_data),
        QuestionId::HighValue => b(a.high_value),
        QuestionId::RunningService => b(a.running_service),
        QuestionId::ContractYears => a.contract_years.map(|n| n.to_string()),
        QuestionId::NoticeMonths => a.notice_months.map(|n| n.to_string()),
        QuestionId::Licence => Some(a.licence_or_default().id().to_owned()),
    }
}

/// Sets one answer from an input's value; an empty or unreadable value clears it.
fn apply(a: &mut Answers, q: QuestionId, value: &str) {
    let mut next = a.clone();
    if next.set(q, value).is_err() {
        match q {
            QuestionId::Buyer => next.buyer = None,
            QuestionId::ContractYears => next.contract_years = None,
            QuestionId::NoticeMonths => next.notice_months = None,
            _ => return,
        }
    }
    *a = next;
}

fn error_text(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// What the page configured for the procurement view.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProcurementProps {
    /// The language the view starts in.
    #[prop_or_default]
    pub lang: Lang,
    /// When set, a «back» button calls it (the view was opened from the first screen).
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
}

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Working,
    Saved(String),
    Failed(String),
}

/// The procurement view.
#[function_component(ProcurementView)]
pub fn procurement_view(props: &ProcurementProps) -> Html {
    let lang = use_state(|| props.lang);
    let saved = use_state(load);
    let status = use_state(|| Status::Idle);
    let t = texts(*lang);
    let pl = plang(*lang);
    let sel = selection(&saved);

    let update = {
        let saved = saved.clone();
        move |f: &dyn Fn(&mut Saved)| {
            let mut next = (*saved).clone();
            f(&mut next);
            store(&next);
            saved.set(next);
        }
    };

    let on_switch = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(lang.other()))
    };
    let on_reset = {
        let update = update.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            update(&|s: &mut Saved| *s = Saved::default());
            status.set(Status::Idle);
        })
    };

    // The questions the walk reached, in order.
    let questions = sel.asked.iter().map(|q| {
        let q: &Question = q.question();
        let value = current(&saved.answers, q.id);
        let on_value = {
            let update = update.clone();
            let id = q.id;
            Callback::from(move |v: String| update(&|s: &mut Saved| apply(&mut s.answers, id, &v)))
        };
        question_html(q, value.as_deref(), pl, t, on_value)
    });

    let results = if sel.outcome == Outcome::Complete {
        let total = sel.requirements().count();
        let included = sel.included().count();
        let areas = sel.areas.iter().map(|area| {
            let reqs = area.requirements.iter().map(|r| {
                let id = r.id.clone();
                let edited = saved
                    .edits
                    .get(&r.id)
                    .is_some_and(|e| e.contains_key(pl.tag()));
                let on_toggle = {
                    let update = update.clone();
                    let id = id.clone();
                    Callback::from(move |e: Event| {
                        let on = e
                            .target_dyn_into::<HtmlInputElement>()
                            .is_some_and(|i| i.checked());
                        update(&|s: &mut Saved| {
                            if on {
                                s.off.remove(&id);
                            } else {
                                s.off.insert(id.clone());
                            }
                        })
                    })
                };
                let on_edit = {
                    let update = update.clone();
                    let id = id.clone();
                    let tag = pl.tag();
                    Callback::from(move |e: InputEvent| {
                        if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                            let text = area.value();
                            update(&|s: &mut Saved| {
                                s.edits
                                    .entry(id.clone())
                                    .or_default()
                                    .insert(tag.to_owned(), text.clone());
                            })
                        }
                    })
                };
                let on_restore = {
                    let update = update.clone();
                    let id = id.clone();
                    let tag = pl.tag();
                    Callback::from(move |_: MouseEvent| {
                        update(&|s: &mut Saved| {
                            if let Some(e) = s.edits.get_mut(&id) {
                                e.remove(tag);
                                if e.is_empty() {
                                    s.edits.remove(&id);
                                }
                            }
                        })
                    })
                };
                let check_id = format!("datalots-req-on-{}", r.id);
                let text_id = format!("datalots-req-text-{}", r.id);
                let class = if r.included { "datalots-req" } else { "datalots-req datalots-req-off" };
                html! {
                    <li key={r.id.clone()} class={class} data-testid="requirement" data-requirement-id={r.id.clone()}>
                        <h4>{format!("{} {}", r.id, r.title.get(pl))}</h4>
                        <p class="datalots-req-kind">{format!("{}: {}", t.kind, r.kind.label().get(pl))}</p>
                        <div class="datalots-check">
                            <input type="checkbox" id={check_id.clone()} checked={r.included}
                                   data-testid="requirement-include" onchange={on_toggle} />
                            <label for={check_id}>{t.include}</label>
                        </div>
                        <label for={text_id.clone()}>
                            {format!("{} {}", t.text_label, r.id)}
                            if edited { {" "}{t.edited} }
                        </label>
                        <textarea id={text_id} rows="4" data-testid="requirement-text"
                                  value={r.text.get(pl).to_owned()} oninput={on_edit} />
                        if edited {
                            <button type="button" class="datalots-link" onclick={on_restore}>{t.restore}</button>
                        }
                        <p><strong>{format!("{}: ", t.motive)}</strong>{r.motive.get(pl)}</p>
                        <p><strong>{format!("{}: ", t.verification)}</strong>{r.verification.get(pl)}</p>
                        if let Some(f) = &r.follow_up {
                            <p><strong>{format!("{}: ", t.follow_up)}</strong>{f.get(pl)}</p>
                        }
                        <p class="datalots-why"><strong>{format!("{}: ", t.why)}</strong>
                            {r.why.iter().map(|w| w.get(pl)).collect::<Vec<_>>().join(" ")}</p>
                    </li>
                }
            });
            html! {
                <section key={area.number.to_string()} class="datalots-area" aria-labelledby={format!("datalots-area-{}", area.number)}>
                    <h3 id={format!("datalots-area-{}", area.number)}>
                        {format!("{}. {}", area.number, area.title.get(pl))}
                    </h3>
                    <p>{area.summary.get(pl)}</p>
                    <ul class="datalots-reqs">{for reqs}</ul>
                </section>
            }
        });
        let download_with = |format: Format| {
            let status = status.clone();
            let sel = sel.clone();
            Callback::from(move |_: MouseEvent| {
                let name = export::file_name(format, pl);
                let status = status.clone();
                let local = match format {
                    Format::Csv => Some(export::csv(&sel, pl)),
                    Format::Markdown => Some(export::markdown(&sel, pl).map(String::into_bytes)),
                    Format::Json => Some(Ok(export::json(&sel).into_bytes())),
                    Format::Docx | Format::Xlsx => None,
                };
                match local {
                    Some(Ok(bytes)) => {
                        match datalots_widget::files::download(&bytes, &name, format.media_type()) {
                            Ok(()) => status.set(Status::Saved(name)),
                            Err(e) => status.set(Status::Failed(error_text(&e))),
                        }
                    }
                    Some(Err(e)) => status.set(Status::Failed(e.to_string())),
                    None => {
                        status.set(Status::Working);
                        let json = sel.to_json();
                        wasm_bindgen_futures::spawn_local(async move {
                            let kind = format.extension();
                            let result = export_office(kind, &json, pl.tag())
                                .await
                                .map(|v| js_sys::Uint8Array::new(&v).to_vec())
                                .and_then(|bytes| {
                                    datalots_widget::files::download(
                                        &bytes,
                                        &name,
                                        format.media_type(),
                                    )
                                });
                            match result {
                                Ok(()) => status.set(Status::Saved(name)),
                                Err(e) => status.set(Status::Failed(error_text(&e))),
                            }
                        });
                    }
                }
            })
        };
        let status_text = match &*status {
            Status::Idle => String::new(),
            Status::Working => t.working.to_owned(),
            Status::Saved(name) => format!("{} {name}", t.saved),
            Status::Failed(e) => format!("{} {e}", t.failed),
        };
        html! {
            <>
                <h3 class="datalots-results-heading">{t.results_heading}</h3>
                <p data-testid="requirement-count">{format!("{} {included} {} {total}", t.chosen, t.of)}</p>
                <p>{t.dcat_note}</p>
                {for areas}
                <section class="datalots-downloads" aria-labelledby="datalots-downloads-heading">
                    <h3 id="datalots-downloads-heading">{t.downloads_heading}</h3>
                    <p>{t.downloads_note}</p>
                    <div class="datalots-buttons">
                        <button type="button" data-testid="download-docx" onclick={download_with(Format::Docx)}>{t.download_docx}</button>
                        <button type="button" data-testid="download-xlsx" onclick={download_with(Format::Xlsx)}>{t.download_xlsx}</button>
                        <button type="button" data-testid="download-csv" onclick={download_with(Format::Csv)}>{t.download_csv}</button>
                        <button type="button" data-testid="download-md" onclick={download_with(Format::Markdown)}>{t.download_md}</button>
                        <button type="button" data-testid="download-json" onclick={download_with(Format::Json)}>{t.download_json}</button>
                    </div>
                    <p role="status" aria-live="polite" data-testid="download-status"
                       class={if matches!(*status, Status::Failed(_)) { "datalots-error" } else { "" }}>{status_text}</p>
                </section>
            </>
        }
    } else {
        html! { <p data-testid="procurement-incomplete">{t.incomplete}</p> }
    };

    let other = lang.other();
    let back = props.on_back.clone().map(|cb| {
        html! { <button type="button" class="datalots-link" data-testid="procurement-back"
        onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>{t.back}</button> }
    });
    html! {
        <section class="datalots datalots-procurement" lang={lang.tag()} aria-labelledby="datalots-procurement-heading">
            <div class="datalots-bar">
                <h2 id="datalots-procurement-heading" data-testid="procurement-heading">{t.heading}</h2>
                <button type="button" class="datalots-lang" lang={other.tag()}
                        data-testid="procurement-lang-switch" onclick={on_switch}>{t.switch_language}</button>
            </div>
            {for back}
            <p>{t.intro}</p>
            <form class="datalots-questions" aria-labelledby="datalots-questions-heading"
                  onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h3 id="datalots-questions-heading">{t.questions_heading}</h3>
                {for questions}
                <button type="button" class="datalots-link" onclick={on_reset}>{t.reset}</button>
            </form>
            {results}
        </section>
    }
}

fn question_html(
    q: &Question,
    value: Option<&str>,
    pl: procurement::Lang,
    t: &crate::texts::ProcurementTexts,
    on_value: Callback<String>,
) -> Html {
    let key = q.key;
    let help_id = format!("datalots-q-help-{key}");
    let on_change = {
        let on_value = on_value.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                on_value.emit(i.value());
            }
        })
    };
    let choices = |options: Vec<(String, String)>| -> Html {
        options
            .into_iter()
            .enumerate()
            .map(|(i, (v, label))| {
                let id = format!("datalots-q-{key}-{i}");
                html! {
                    <div key={v.clone()} class="datalots-check">
                        <input type="radio" name={format!("datalots-q-{key}")} id={id.clone()}
                               value={v.clone()} checked={value == Some(v.as_str())}
                               onchange={on_change.clone()} />
                        <label for={id}>{label}</label>
                    </div>
                }
            })
            .collect()
    };
    let input = match q.kind {
        AnswerKind::YesNo => choices(vec![
            ("true".into(), t.yes.into()),
            ("false".into(), t.no.into()),
        ]),
        AnswerKind::OneOf => choices(
            q.options
                .iter()
                .map(|o| (o.value.to_owned(), o.label.get(pl).to_owned()))
                .collect(),
        ),
        AnswerKind::Number { min, max, .. } => {
            let id = format!("datalots-q-{key}");
            html! {
                <input type="number" id={id} min={min.to_string()} max={max.to_string()} step="1"
                       inputmode="numeric" aria-labelledby={format!("datalots-q-legend-{key}")}
                       aria-describedby={help_id.clone()}
                       value={value.unwrap_or_default().to_owned()} onchange={on_change.clone()} />
            }
        }
        AnswerKind::Text => {
            let id = format!("datalots-q-{key}");
            html! {
                <input type="text" id={id} autocomplete="organization" maxlength="200"
                       aria-labelledby={format!("datalots-q-legend-{key}")}
                       aria-describedby={help_id.clone()}
                       value={value.unwrap_or_default().to_owned()} onchange={on_change.clone()} />
            }
        }
    };
    html! {
        // Keyed: yew matches unkeyed lists from the end, which would move a clicked
        // radio button into the question that appears after it.
        <fieldset key={key} class="datalots-question" data-testid="procurement-question" data-question-id={key}
                  aria-describedby={help_id.clone()}>
            <legend id={format!("datalots-q-legend-{key}")}>{q.text.get(pl)}</legend>
            <p class="datalots-help" id={help_id}>{q.help.get(pl)}</p>
            {input}
        </fieldset>
    }
}
