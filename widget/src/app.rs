//! The root component: the stepper and its steps.
//!
//! The app only renders. The file is profiled in the Web Worker (`datalots-worker`),
//! which answers with the facade's [`ProfileView`]: already masked, already worded in
//! both languages.

use std::rc::Rc;

use datalots::Answers;
use datalots::Both;
use datalots::form::{FieldKey, FormInput, FormView, Imported};
use datalots::questionnaire::{self, LicenceForm};
use datalots::read::{Delimiter, ReadOptions as ReadArgs};
use datalots::view::{Chart, ProfileView};
use datalots_worker::{Codec, Request, Response, WidgetWorker};
use gloo_worker::{Spawnable, WorkerBridge};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::{Closure, wasm_bindgen};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::config::Config;
use crate::i18n::{Lang, Texts};
use crate::store::{self, Saved};

/// What the page configured for one widget.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AppProps {
    /// The language the widget starts in.
    #[prop_or_default]
    pub lang: Lang,
    /// The rest of the element's attributes.
    #[prop_or_default]
    pub config: Config,
    /// A file chosen in the loader's file input while this module was still loading:
    /// it is read as soon as the app is up, as if chosen here.
    #[prop_or_default]
    pub initial_file: Option<web_sys::File>,
}

/// The steps of the flow, with DIGG's section numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Step {
    /// 1. Välj fil.
    File,
    /// 2. Granska innehållet (DIGG §3 and §4).
    Profile,
    /// 3. Villkor för användning (DIGG §5).
    Licence,
    /// 4. Beskriv datamängden (DIGG §6).
    Describe,
    /// 5. Publicera (DIGG §7–8).
    Publish,
}

impl Step {
    fn testid(self) -> &'static str {
        match self {
            Step::File => "step-file",
            Step::Profile => "step-profile",
            Step::Licence => "step-licence",
            Step::Describe => "step-describe",
            Step::Publish => "step-publish",
        }
    }

    fn title(self, t: &Texts) -> &'static str {
        match self {
            Step::File => t.step_file,
            Step::Profile => t.step_profile,
            Step::Licence => t.step_licence,
            Step::Describe => t.step_describe,
            Step::Publish => t.step_publish,
        }
    }

    fn digg(self) -> &'static str {
        match self {
            Step::File => "",
            Step::Profile => "3–4",
            Step::Licence => "5",
            Step::Describe => "6",
            Step::Publish => "7–8",
        }
    }
}

/// Where the file is.
#[derive(Debug, Clone, PartialEq)]
enum FileState {
    None,
    Reading {
        name: String,
        done: f64,
        total: f64,
    },
    Profiled {
        name: String,
        size: f64,
        view: Rc<ProfileView>,
        millis: f64,
    },
    Failed(Both),
    Cancelled,
}

/// The whole state of one widget.
#[derive(Debug, Clone, PartialEq)]
struct Model {
    lang: Lang,
    step: Step,
    job: u32,
    file: FileState,
    answers: Answers,
    /// The form as typed (publisher, dataset, file name, imported catalogue); its
    /// `answers` are filled in from [`Model::answers`] when it is sent.
    draft: FormInput,
    /// The file the saved draft is for.
    draft_file: Option<String>,
    /// Other files' drafts, newest first.
    drafts: Vec<(String, datalots::form::DatasetFields)>,
    /// How the person asked the file to be read.
    read: ReadArgs,
    /// The last form the worker computed, and its request number.
    form: Option<Rc<FormView>>,
    form_seq: u32,
    /// The describe engine could not answer.
    engine_error: Option<Both>,
}

enum Action {
    Answer { key: String, values: Vec<String> },
    Set { key: FieldKey, values: Vec<String> },
    Import(Option<Imported>),
    Read(ReadArgs),
    Lang(Lang),
    Go(Step),
    Start { job: u32, name: String, total: f64 },
    Worker(Response),
    Reset,
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut m = (*self).clone();
        match action {
            Action::Lang(l) => m.lang = l,
            Action::Answer { key, values } => {
                let values: Vec<&str> = values.iter().map(String::as_str).collect();
                // The form only offers valid values; a refused one changes nothing.
                if questionnaire::answer(&mut m.answers, &key, &values).is_err() {
                    return self;
                }
            }
            Action::Go(s) => m.step = s,
            Action::Set { key, values } => {
                m.draft.set(key, &values);
            }
            Action::Import(i) => m.draft.catalog = i,
            Action::Read(r) => m.read = r,
            Action::Start { job, name, total } => {
                m.form = None;
                m.job = job;
                m.step = Step::File;
                m.file = FileState::Reading {
                    name,
                    done: 0.0,
                    total,
                };
            }
            Action::Reset => {
                m.step = Step::File;
                m.file = FileState::None;
                m.answers = Answers::default();
                m.draft.dataset = Default::default();
                m.draft.catalog = None;
                m.draft.file_name = String::new();
                m.draft_file = None;
                m.drafts.clear();
                m.read = ReadArgs::default();
                m.form = None;
            }
            Action::Worker(r) => match r {
                Response::Form { job, seq, view } if job == m.job && seq >= m.form_seq => {
                    m.form_seq = seq;
                    m.form = Some(Rc::new(*view));
                    m.engine_error = None;
                }
                Response::FormFailed { job, message } if job == m.job => {
                    m.engine_error = Some(message);
                }
                Response::Progress { job, done, total } if job == m.job => {
                    if let FileState::Reading { name, .. } = &m.file {
                        m.file = FileState::Reading {
                            name: name.clone(),
                            done,
                            total,
                        };
                    }
                }
                Response::Profiled {
                    job, view, millis, ..
                } if job == m.job => {
                    if let FileState::Reading { name, total, .. } = &m.file {
                        // Another file, once read, gets its own draft (the one typed
                        // before for a file of that name, or an empty one); the current
                        // draft is kept for its file. A file that cannot be read
                        // changes no draft. Nothing typed is lost.
                        if m.draft_file.as_deref() != Some(name.as_str()) {
                            if let Some(old) = m.draft_file.clone() {
                                let dataset = std::mem::take(&mut m.draft.dataset);
                                store::stash(&mut m.drafts, &old, dataset);
                            }
                            m.draft.dataset = store::take(&mut m.drafts, name);
                            m.draft.catalog = None;
                        }
                        m.draft_file = Some(name.clone());
                        m.draft.file_name = name.clone();
                        questionnaire::prefill_from_profile(&mut m.answers, view.has_personal_data);
                        m.file = FileState::Profiled {
                            name: name.clone(),
                            size: *total,
                            view: Rc::new(*view),
                            millis,
                        };
                        m.step = Step::Profile;
                    }
                }
                Response::Failed { job, message } if job == m.job => {
                    m.file = FileState::Failed(message);
                }
                Response::Cancelled { job } if job == m.job => {
                    m.file = FileState::Cancelled;
                }

                _ => return self,
            },
        }
        Rc::new(m)
    }
}

#[wasm_bindgen(module = "/src/procurement.js")]
extern "C" {
    /// Loads the procurement module (once) and mounts its view beside `root`;
    /// `on_back` is called when the person goes back.
    #[wasm_bindgen(catch)]
    async fn open_procurement(
        root: web_sys::Element,
        lang: &str,
        on_back: JsValue,
    ) -> Result<JsValue, JsValue>;
}

/// The procurement requirements, opened from the tools bar (a module of their own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Procurement {
    /// Not open.
    Closed,
    /// The module is loading.
    Opening,
    /// Shown beside the flow, which renders nothing meanwhile.
    Open,
    /// Back from them: the flow again, focus on the button that opened them.
    Back,
    /// The module could not be loaded.
    Failed,
}

fn pick(b: &Both, lang: Lang) -> String {
    b.get(lang.tag()).to_owned()
}

/// The Datalots widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let config = props.config.clone();
    let procurement = use_state(|| Procurement::Closed);
    let section = use_node_ref();
    let procurement_button = use_node_ref();
    {
        let button = procurement_button.clone();
        use_effect_with(*procurement, move |p| {
            if *p == Procurement::Back
                && let Some(b) = button.cast::<web_sys::HtmlElement>()
            {
                let _ = b.focus();
            }
        });
    }
    let catalog_open = use_state(|| false);
    let model = {
        let id = config.id.clone();
        let config = config.clone();
        use_reducer(move || {
            let saved = store::load(&id).unwrap_or_default();
            let mut draft = FormInput {
                publisher: saved.publisher,
                dataset: saved.dataset,
                file_name: saved.file_name.clone().unwrap_or_default(),
                ..FormInput::default()
            };
            // The page's attributes preset the publisher (and, locked, always win).
            for (key, value) in config.publisher_presets() {
                if draft.values(key).is_empty() || config.lock_publisher {
                    draft.set(key, &[value]);
                }
            }
            Model {
                lang: props.lang,
                step: Step::File,
                job: 0,
                file: FileState::None,
                answers: saved.answers,
                draft,
                draft_file: saved.file_name,
                drafts: saved.drafts,
                read: ReadArgs::default(),
                form: None,
                form_seq: 0,
                engine_error: None,
            }
        })
    };
    {
        // Everything the person answered and typed is saved on every change.
        let id = config.id.clone();
        use_effect_with(
            (
                model.answers.clone(),
                model.draft.publisher.clone(),
                model.draft.dataset.clone(),
                model.draft_file.clone(),
                model.drafts.clone(),
            ),
            move |(answers, publisher, dataset, file_name, drafts)| {
                store::save(
                    &id,
                    &Saved {
                        answers: answers.clone(),
                        publisher: publisher.clone(),
                        dataset: dataset.clone(),
                        file_name: file_name.clone(),
                        drafts: drafts.clone(),
                    },
                );
            },
        );
    }
    // The worker: it profiles the file, keeps the profile and computes the describe
    // form from it.
    let bridge = use_mut_ref(|| None::<WorkerBridge<WidgetWorker>>);
    let seq = use_mut_ref(|| 0u32);
    {
        // The form is recomputed in the worker on every change, once a file is read.
        let bridge = bridge.clone();
        let seq = seq.clone();
        let profiled = matches!(model.file, FileState::Profiled { .. });
        let mut input = model.draft.clone();
        input.answers = model.answers.clone();
        input.today = crate::files::today();
        use_effect_with(
            (model.job, profiled, input),
            move |(job, profiled, input)| {
                if *profiled && let Some(b) = bridge.borrow().as_ref() {
                    *seq.borrow_mut() += 1;
                    b.send(Request::Form {
                        job: *job,
                        seq: *seq.borrow(),
                        input: Box::new(input.clone()),
                    });
                }
            },
        );
    }
    let lang = model.lang;
    let t = lang.texts();

    let on_switch = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(Action::Lang(model.lang.other())))
    };

    let last_file = use_mut_ref(|| None::<web_sys::File>);
    let start_file = {
        let model = model.clone();
        let bridge = bridge.clone();
        let last_file = last_file.clone();
        let worker_url = config.worker_url.clone();
        Callback::from(move |(file, read): (web_sys::File, ReadArgs)| {
            *last_file.borrow_mut() = Some(file.clone());
            let Some(url) = worker_url.clone() else {
                model.dispatch(Action::Worker(Response::Failed {
                    job: model.job,
                    message: Both {
                        sv: "Widgetens arbetstråd saknas (worker-url).".into(),
                        en: "The widget's worker is missing (worker-url).".into(),
                    },
                }));
                return;
            };
            let mut slot = bridge.borrow_mut();
            if slot.is_none() {
                let dispatch = model.dispatcher();
                *slot = Some(
                    WidgetWorker::spawner()
                        .callback(move |r| {
                            if let Response::Normalized { name, blob, .. } = &r {
                                let _ = crate::files::download_blob(blob, name);
                                return;
                            }
                            dispatch.dispatch(Action::Worker(r))
                        })
                        .encoding::<Codec>()
                        .spawn(&url),
                );
            }
            let job = model.job + 1;
            if let Some(b) = slot.as_ref() {
                // A newer file replaces the one being read.
                b.send(Request::Cancel { job: model.job });
                model.dispatch(Action::Start {
                    job,
                    name: file.name(),
                    total: file.size(),
                });
                model.dispatch(Action::Read(read.clone()));
                b.send(Request::Profile { job, file, read });
            }
        })
    };

    // A chosen or dropped file: replacing a file the person typed metadata for asks
    // first.
    let offer_file = {
        let start_file = start_file.clone();
        let model = model.clone();
        Callback::from(move |f: web_sys::File| {
            let other = model.draft_file.as_deref() != Some(f.name().as_str());
            if other
                && model.draft.has_dataset_text()
                && !confirm(model.lang.texts().confirm_replace)
            {
                return;
            }
            start_file.emit((f, ReadArgs::default()));
        })
    };
    {
        // The file chosen in the loader's input before the app was up.
        let offer_file = offer_file.clone();
        let initial = props.initial_file.clone();
        use_effect_with((), move |_| {
            if let Some(f) = initial {
                offer_file.emit(f);
            }
        });
    }
    let on_file = {
        let offer_file = offer_file.clone();
        Callback::from(move |e: Event| {
            if let Some(f) = crate::files::chosen_file(&e) {
                offer_file.emit(f);
            }
        })
    };
    let on_drop = {
        let offer_file = offer_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(f) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                offer_file.emit(f);
            }
        })
    };
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());

    let on_cancel = {
        let model = model.clone();
        let bridge = bridge.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(b) = bridge.borrow().as_ref() {
                b.send(Request::Cancel { job: model.job });
            }
        })
    };
    let on_start_over = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| {
            if confirm(model.lang.texts().confirm_start_over) {
                model.dispatch(Action::Reset);
            }
        })
    };

    let on_set = {
        let model = model.clone();
        Callback::from(move |(key, values): (FieldKey, Vec<String>)| {
            model.dispatch(Action::Set { key, values })
        })
    };
    let on_read = {
        let start_file = start_file.clone();
        let last_file = last_file.clone();
        Callback::from(move |delimiter: Delimiter| {
            // Cloned out first: `start_file` borrows `last_file` mutably.
            let file = last_file.borrow().clone();
            if let Some(f) = file {
                start_file.emit((
                    f,
                    ReadArgs {
                        delimiter: Some(delimiter),
                        ..ReadArgs::default()
                    },
                ));
            }
        })
    };
    let actions = crate::publish::PublishActions {
        on_import: {
            let model = model.clone();
            Callback::from(move |e: Event| {
                let Some(file) = crate::files::chosen_file(&e) else {
                    return;
                };
                let model = model.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let name = file.name();
                    let text = crate::files::file_text(&file).await;
                    model.dispatch(Action::Import(Some(Imported { name, text })));
                });
            })
        },
        on_forget: {
            let model = model.clone();
            Callback::from(move |_: MouseEvent| model.dispatch(Action::Import(None)))
        },
        on_normalized: {
            let model = model.clone();
            let bridge = bridge.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(b) = bridge.borrow().as_ref() {
                    b.send(Request::Normalize { job: model.job });
                }
            })
        },
    };

    let other = lang.other();
    let profiled = matches!(model.file, FileState::Profiled { .. });
    let licensed = profiled && LicenceForm::new(&model.answers).can_publish;
    let steps = [
        Step::File,
        Step::Profile,
        Step::Licence,
        Step::Describe,
        Step::Publish,
    ];
    let stepper = html! {
        <nav aria-label={t.steps_label} class="datalots-steps">
            <ol>
            { for steps.iter().enumerate().map(|(i, s)| {
                let current = model.step == *s;
                let enabled = match s {
                    Step::File => true,
                    Step::Profile | Step::Licence => profiled,
                    Step::Describe | Step::Publish => licensed,
                };
                let go = {
                    let model = model.clone();
                    let s = *s;
                    Callback::from(move |e: MouseEvent| { e.prevent_default(); model.dispatch(Action::Go(s)); })
                };
                let digg = if s.digg().is_empty() { String::new() } else { format!(" ({} {})", t.digg_section, s.digg()) };
                let label = format!("{}. {}{}", i + 1, s.title(&t), digg);
                if enabled {
                    html! { <li><a href={format!("#datalots-{}", s.testid())} data-testid={s.testid()}
                        aria-current={current.then_some("step")} onclick={go}>{label}</a></li> }
                } else {
                    html! { <li><span data-testid={s.testid()} aria-disabled="true">{label}{" "}{t.not_yet}</span></li> }
                }
            }) }
            </ol>
        </nav>
    };

    let body = match model.step {
        Step::File => file_step(&model, &t, on_file, on_drop, on_dragover, on_cancel),
        Step::Describe | Step::Publish if profiled && !licensed => licence_step(&model, &t),
        Step::Profile | Step::Licence | Step::Describe | Step::Publish if !profiled => file_step(
            &model,
            &t,
            Callback::noop(),
            Callback::noop(),
            Callback::noop(),
            Callback::noop(),
        ),
        Step::Profile => match &model.file {
            FileState::Profiled { view, .. } => profile_step(view, lang, &t, &model.read, &on_read),
            _ => html! {},
        },
        Step::Licence => licence_step(&model, &t),
        Step::Describe => crate::publish::describe_step(
            model.form.as_deref(),
            &model.draft,
            lang,
            config.lock_publisher,
            &on_set,
        ),
        Step::Publish => crate::publish::publish_step(model.form.as_deref(), lang, &actions),
    };
    let body = match (&model.engine_error, model.step) {
        (Some(e), Step::Describe | Step::Publish) => html! {
            <>
            <p class="datalots-alert" role="alert" data-testid="engine-error">{pick(e, lang)}</p>
            {body}
            </>
        },
        _ => body,
    };
    let next = match model.step {
        Step::Profile => Some((Step::Licence, true)),
        Step::Licence => licensed.then_some((Step::Describe, true)),
        Step::Describe => Some((Step::Publish, true)),
        Step::Publish => None,
        Step::File => profiled.then_some((Step::Profile, true)),
    };
    let next = next.map(|(step, _)| {
        let model = model.clone();
        let go = Callback::from(move |_: MouseEvent| model.dispatch(Action::Go(step)));
        html! {
            <p><button type="button" class="datalots-button datalots-next" data-testid="next-step" onclick={go}>
                {format!("{}: {}", t.next, step.title(&t))}
            </button></p>
        }
    });

    // The procurement requirements, opened from the tools bar, are shown beside the
    // flow by their own module (src/procurement.js); the flow keeps its state.
    if *procurement == Procurement::Open {
        return html! {};
    }
    if *catalog_open {
        let back = catalog_open.clone();
        return html! {
            <crate::catalog_view::CatalogView lang={lang}
                worker_url={config.worker_url.clone()} publisher={model.draft.publisher.clone()}
                on_switch={on_switch.clone()}
                on_back={Callback::from(move |()| back.set(false))} />
        };
    }
    let open_catalog = {
        let catalog_open = catalog_open.clone();
        Callback::from(move |_: MouseEvent| catalog_open.set(true))
    };
    let open_procurement = {
        let procurement = procurement.clone();
        let section = section.clone();
        Callback::from(move |_: MouseEvent| {
            let root = section
                .cast::<web_sys::Element>()
                .and_then(|s| s.parent_element());
            let Some(root) = root.filter(|_| *procurement != Procurement::Opening) else {
                return;
            };
            procurement.set(Procurement::Opening);
            let procurement = procurement.clone();
            let back = {
                let procurement = procurement.clone();
                Closure::once_into_js(move || procurement.set(Procurement::Back))
            };
            wasm_bindgen_futures::spawn_local(async move {
                match open_procurement(root, lang.tag(), back).await {
                    Ok(_) => procurement.set(Procurement::Open),
                    Err(_) => procurement.set(Procurement::Failed),
                }
            });
        })
    };
    let procurement_failed = (*procurement == Procurement::Failed).then(|| {
        html! { <p class="datalots-alert" role="alert" data-testid="procurement-failed">{t.procurement_failed}</p> }
    });

    html! {
        <section class="datalots" lang={lang.tag()} aria-labelledby="datalots-heading" ref={section}>
            <div class="datalots-bar">
                <h2 id="datalots-heading" data-testid="heading">{t.heading}</h2>
                <div class="datalots-tools">
                    <button type="button" class="datalots-button" lang={other.tag()}
                            data-testid="lang-toggle" onclick={on_switch}>
                        {t.switch_language}
                    </button>
                    <button type="button" class="datalots-button" data-testid="start-over" onclick={on_start_over}>
                        {t.start_over}
                    </button>
                    <button type="button" class="datalots-button" data-testid="open-catalog"
                            onclick={open_catalog}>
                        {crate::catalog_view::texts(lang).open}
                    </button>
                    <button type="button" class="datalots-button" data-testid="open-procurement"
                            aria-busy={(*procurement == Procurement::Opening).to_string()}
                            ref={procurement_button} onclick={open_procurement}>
                        {t.open_procurement}
                    </button>
                </div>
            </div>
            {procurement_failed}
            {stepper}
            {body}
            {next}
        </section>
    }
}

fn confirm(text: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(text).ok())
        .unwrap_or(false)
}

fn file_step(
    model: &Model,
    t: &Texts,
    on_file: Callback<Event>,
    on_drop: Callback<DragEvent>,
    on_dragover: Callback<DragEvent>,
    on_cancel: Callback<MouseEvent>,
) -> Html {
    let lang = model.lang;
    let status = match &model.file {
        FileState::None => html! { {t.no_file} },
        FileState::Reading { name, done, total } => {
            let pct = if *total > 0.0 {
                (done / total * 100.0).floor()
            } else {
                0.0
            };
            // Announced in quarters, not on every piece.
            let announced = (pct / 25.0).floor() * 25.0;
            html! { <>{t.reading}{" "}<strong>{name}</strong>{format!(": {announced:.0} %")}</> }
        }
        FileState::Profiled {
            name, size, millis, ..
        } => html! {
            <>{t.chosen_file}{" "}<strong>{name}</strong>
              {format!(", {} {}. {} {} {}.", lang.format_count(*size as u64), t.bytes, t.profiled_in,
                  format_seconds(*millis, lang), t.seconds)}</>
        },
        FileState::Failed(m) => html! { <span class="datalots-error">{pick(m, lang)}</span> },
        FileState::Cancelled => html! { {t.cancelled} },
    };
    // How long the worker took, for benchmarks (tests/bench/widget-profile.mjs).
    let millis = match &model.file {
        FileState::Profiled { millis, .. } => Some(format!("{millis:.0}")),
        _ => None,
    };
    let progress = if let FileState::Reading { done, total, .. } = &model.file {
        let value = if *total > 0.0 {
            done / total * 100.0
        } else {
            0.0
        };
        html! {
            <div class="datalots-progress">
                <progress id="datalots-progress" data-testid="progress" max="100" value={format!("{value:.0}")}
                    aria-label={t.progress_label}
                    aria-valuetext={format!("{} {} {} {}", lang.format_count(*done as u64), t.read_of, lang.format_count(*total as u64), t.bytes)}>
                </progress>
                <span>{format!("{} / {} {}", lang.format_count(*done as u64), lang.format_count(*total as u64), t.bytes)}</span>
                <button type="button" class="datalots-button" data-testid="cancel" onclick={on_cancel}>{t.cancel}</button>
            </div>
        }
    } else {
        html! {}
    };
    html! {
        <div id="datalots-step-file">
            <p>{t.intro}</p>
            <p class="datalots-privacy">{t.privacy}</p>
            <div class="datalots-field datalots-drop" ondrop={on_drop} ondragover={on_dragover}>
                <label for="datalots-file">{t.file_label}</label>
                <input id="datalots-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
                       aria-describedby="datalots-file-hint" data-testid="file-input" onchange={on_file} />
                <span id="datalots-file-hint" class="datalots-hint">{t.drop_hint}</span>
            </div>
            {progress}
            <p role="status" aria-live="polite" data-testid="file-status" data-millis={millis}>{status}</p>
            if let (FileState::None, Some(name)) = (&model.file, &model.draft_file) {
                if model.draft.has_dataset_text() {
                    <p data-testid="draft-waiting">{crate::publish_texts::texts(lang).draft_waiting}{" "}<strong>{name.clone()}</strong></p>
                }
            }
            {overview(lang, t)}
        </div>
    }
}

fn format_seconds(millis: f64, lang: Lang) -> String {
    let s = format!("{:.1}", millis / 1000.0);
    match lang {
        Lang::Sv => s.replace('.', ","),
        Lang::En => s,
    }
}

fn overview(lang: Lang, t: &Texts) -> Html {
    html! {
        <section class="datalots-overview" aria-labelledby="datalots-overview-heading">
            <h3 id="datalots-overview-heading">{t.overview_heading}</h3>
            <p>{t.overview_intro}</p>
            <ol class="datalots-sections">
                { for lang.sections().iter().map(|s| html! {
                    <li value={s.number.to_string()}>
                        <strong>{s.title}</strong>{": "}{s.meaning}
                        if let Some(step) = s.step {
                            {" "}<span class="datalots-mark">{format!("{} ({} {step})", t.widget_does, t.step_word)}</span>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}

fn chart(c: &Chart, lang: Lang) -> Html {
    let heights = c.heights();
    let w = 120.0;
    let h = 32.0;
    let n = heights.len().max(1) as f64;
    let bw = w / n;
    html! {
        <svg class="datalots-chart" viewBox={format!("0 0 {w} {h}")} width="120" height="32"
             role="img" aria-label={pick(&c.alt, lang)} focusable="false">
            { for heights.iter().enumerate().map(|(i, frac)| {
                let bh = (frac * (h - 2.0)).max(1.0);
                html! { <rect x={format!("{:.1}", i as f64 * bw + 1.0)} y={format!("{:.1}", h - bh)}
                              width={format!("{:.1}", (bw - 2.0).max(1.0))} height={format!("{bh:.1}")} /> }
            }) }
        </svg>
    }
}

fn profile_step(
    view: &ProfileView,
    lang: Lang,
    t: &Texts,
    read: &ReadArgs,
    on_read: &Callback<Delimiter>,
) -> Html {
    let pt = crate::publish_texts::texts(lang);
    let choices = html! {
        <ul>
        { for view.alternatives.iter().map(|a| {
            let onclick = {
                let on_read = on_read.clone();
                let d = a.delimiter;
                Callback::from(move |_: MouseEvent| on_read.emit(d))
            };
            html! { <li><button type="button" class="datalots-button" data-testid="read-with"
                                data-delimiter={a.delimiter.to_string()} {onclick}>{pick(&a.label, lang)}</button></li> }
        }) }
        </ul>
    };
    // In doubt (or already read another way) the choices are offered openly; else
    // they wait behind a disclosure, so a clean file shows no question.
    let alternatives = if view.reading_doubtful || read.delimiter.is_some() {
        Some(html! {
            <section aria-labelledby="datalots-read-heading" data-testid="read-alternatives">
                <h4 id="datalots-read-heading">{pt.read_other_heading}</h4>
                {choices}
            </section>
        })
    } else {
        (!view.alternatives.is_empty()).then(|| {
            html! {
                <details data-testid="read-alternatives">
                    <summary>{pt.read_other_heading}</summary>
                    {choices}
                </details>
            }
        })
    };
    let personal = view.personal_warning.as_ref().map(|w| {
        html! {
            <div class="datalots-alert" data-testid="personal-data-warning" role="alert">
                <h3>{t.personal_heading}</h3>
                <p>{pick(w, lang)}</p>
            </div>
        }
    });
    let warnings = if let Some(ok) = &view.no_problems {
        html! { <p class="datalots-ok" data-testid="no-problems">{"✓ "}{pick(ok, lang)}</p> }
    } else if view.warnings.is_empty() {
        html! {}
    } else {
        html! {
            <section aria-labelledby="datalots-warnings-heading">
                <h3 id="datalots-warnings-heading">{t.warnings_heading}</h3>
                <ul data-testid="warnings">
                    { for view.warnings.iter().map(|w| html! { <li data-code={w.code.clone()}>{pick(&w.text, lang)}</li> }) }
                </ul>
            </section>
        }
    };
    let opt = |b: &Option<Both>| b.as_ref().map(|b| pick(b, lang)).unwrap_or_default();
    html! {
        <div id="datalots-step-profile" data-testid="profile">
            <h3 tabindex="-1" id="datalots-profile-heading">{t.profile_heading}</h3>
            {personal}
            <section aria-labelledby="datalots-facts-heading">
                <h4 id="datalots-facts-heading">{t.facts_heading}</h4>
                <dl class="datalots-facts">
                    { for view.facts.iter().map(|f| html! { <><dt>{pick(&f.label, lang)}</dt><dd>{pick(&f.value, lang)}</dd></> }) }
                </dl>
            </section>
            {alternatives}
            {warnings}
            <div class="datalots-scroll" tabindex="0" role="region" aria-labelledby="datalots-columns-caption">
            <table class="datalots-table">
                <caption id="datalots-columns-caption">{t.columns_heading}</caption>
                <thead><tr>
                    <th scope="col">{t.col_column}</th><th scope="col">{t.col_type}</th>
                    <th scope="col">{t.col_missing}</th><th scope="col">{t.col_distinct}</th>
                    <th scope="col">{t.col_min}</th><th scope="col">{t.col_max}</th>
                    <th scope="col">{t.col_chart}</th>
                </tr></thead>
                <tbody>
                { for view.columns.iter().map(|c| html! {
                    <tr data-testid="column-row" data-masked={c.masked.to_string()}>
                        <th scope="row">{format!("{} «{}»", c.column.letter, c.column.name)}</th>
                        <td>{pick(&c.kind, lang)}</td>
                        <td>{pick(&c.missing, lang)}</td>
                        <td>{pick(&c.distinct, lang)}</td>
                        <td>{opt(&c.min)}</td>
                        <td>{opt(&c.max)}</td>
                        <td>{ match &c.chart {
                            Some(ch) => chart(ch, lang),
                            None if c.masked => html! { <span>{t.hidden_values}</span> },
                            None => html! {},
                        } }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
            <div class="datalots-scroll" tabindex="0" role="region" aria-labelledby="datalots-preview-caption">
            <table class="datalots-table" data-testid="preview">
                <caption id="datalots-preview-caption">{t.preview_heading}</caption>
                <thead><tr>{ for view.preview.headers.iter().map(|h| html! { <th scope="col">{h}</th> }) }</tr></thead>
                <tbody>
                { for view.preview.rows.iter().map(|r| html! {
                    <tr>{ for r.iter().map(|c| html! { <td>{c}</td> }) }</tr>
                }) }
                </tbody>
            </table>
            </div>
            if !view.preview.masked_columns.is_empty() {
                <p>{t.masked_note}</p>
            }
            <p>{t.later_steps}</p>
        </div>
    }
}

fn licence_step(model: &UseReducerHandle<Model>, t: &Texts) -> Html {
    let lang = model.lang;
    let form = LicenceForm::new(&model.answers);
    let questions = form.questions.iter().map(|q| {
        let name = format!("datalots-q-{}", q.key);
        let options = q.options.iter().map(|o| {
            let id = format!("{name}-{}", o.value);
            let onchange = {
                let model = model.clone();
                let key = q.key.clone();
                let multiple = q.multiple;
                let value = o.value.clone();
                let chosen: Vec<String> = q.options.iter().filter(|x| x.chosen).map(|x| x.value.clone()).collect();
                Callback::from(move |e: Event| {
                    let on = e.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
                    let values = if multiple {
                        let mut v: Vec<String> = chosen.iter().filter(|c| **c != value).cloned().collect();
                        if on {
                            // "none" excludes the other conditions and they exclude it.
                            if value == "none" { v.clear(); } else { v.retain(|c| c != "none"); }
                            v.push(value.clone());
                        }
                        v
                    } else {
                        vec![value.clone()]
                    };
                    model.dispatch(Action::Answer { key: key.clone(), values });
                })
            };
            html! {
                <div class="datalots-option">
                    <input type={if q.multiple { "checkbox" } else { "radio" }} id={id.clone()} name={name.clone()}
                           value={o.value.clone()} checked={o.chosen} {onchange} />
                    <label for={id}>{pick(&o.label, lang)}</label>
                </div>
            }
        });
        let help_id = format!("{name}-help");
        html! {
            <fieldset class="datalots-question" data-testid="licence-question" data-question-id={q.key.clone()}
                      aria-describedby={help_id.clone()}>
                <legend>{pick(&q.text, lang)}</legend>
                <p id={help_id} class="datalots-hint">{pick(&q.help, lang)}</p>
                { for options }
            </fieldset>
        }
    });
    let findings = |title: &str, list: &[questionnaire::FindingView], class: &str| {
        if list.is_empty() {
            return html! {};
        }
        html! {
            <>
            <h4>{title.to_owned()}</h4>
            <ul class={class.to_owned()}>
                { for list.iter().map(|f| html! {
                    <li>{pick(&f.text, lang)}{" "}
                        <span class="datalots-source">{format!("({}: {})", t.source, pick(&f.source, lang))}</span>
                    </li>
                }) }
            </ul>
            </>
        }
    };
    let result = html! {
        <section class={classes!("datalots-result", (form.outcome == "stop" || !form.conflicts.is_empty()).then_some("datalots-stop"))}
                 data-testid="licence-result" data-outcome={form.outcome.clone()} aria-live="polite"
                 aria-labelledby="datalots-licence-result-heading">
            <h4 id="datalots-licence-result-heading">{t.licence_result}</h4>
            if let Some(l) = &form.licence {
                <p class="datalots-licence"><strong>{pick(l, lang)}</strong></p>
            }
            <p>{pick(&form.summary, lang)}</p>
            {findings(t.conflicts, &form.conflicts, "datalots-conflicts")}
            {findings(t.reasons, &form.reasons, "datalots-reasons")}
            {findings(t.warnings, &form.warnings, "datalots-warnings")}
            if let Some(a) = &form.attribution {
                <p>{t.attribution}{" "}<q>{pick(a, lang)}</q></p>
            }
        </section>
    };
    html! {
        <div id="datalots-step-licence">
            <h3>{t.licence_heading}</h3>
            <p>{t.licence_intro}</p>
            if model.answers.personal_data == Some(true) && matches!(&model.file, FileState::Profiled { view, .. } if view.has_personal_data) {
                <p class="datalots-mark">{t.prefilled_personal}</p>
            }
            { for questions }
            {result}
        </div>
    }
}
