//! The root component: the publishing flow's model ([`Flow`]) with its worker bridge,
//! the tools bar, the stepper and the step shown; or «Vår katalog»; or nothing while
//! the procurement requirements are shown beside it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use datalots_widget_support::{download, storage};
use datalots_worker::{Request, Response};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::{Closure, wasm_bindgen};
use yew::prelude::*;

use super::catalog_view::CatalogView;
use super::describe_step::DescribeStep;
use super::file_step::FileStep;
use super::licence_step::LicenceStep;
use super::next_step::next_step;
use super::own_page::Urls;
use super::profile_step::ProfileStep;
use super::publish_step::PublishStep;
use super::stepper::Stepper;
use super::toolbar::toolbar;
use crate::bridge::Bridge;
use crate::browser::{confirm, today};
use crate::config::Config;
use crate::i18n::{Lang, pick, texts, worker_missing};
use crate::model::flow::{Action, Effect, FileState, Flow, Screen, Step};
use crate::model::saved::storage_key;
use crate::runtime::{Runtime, use_runtime};

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

#[wasm_bindgen(module = "/src/flow.js")]
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

/// What the flow's effects need from the browser.
struct FlowEnv {
    bridge: Bridge,
    /// The file chosen last (the model knows its name and size).
    file: RefCell<Option<web_sys::File>>,
    /// The element's `id`: the storage key.
    id: Option<String>,
    /// The flow's section: the procurement view is mounted beside its parent.
    section: NodeRef,
}

type FlowRuntime = Runtime<Flow, FlowEnv>;

fn run(rt: &Rc<FlowRuntime>, effect: Effect) {
    let env = &rt.env;
    match effect {
        Effect::Profile { job, read } => {
            let Some(file) = env.file.borrow().clone() else {
                return;
            };
            if env
                .bridge
                .send(Request::Profile { job, file, read })
                .is_err()
            {
                let message = worker_missing();
                rt.dispatch(Action::Failed { job, message });
            }
        }
        Effect::Cancel { job } => env.bridge.send_if_running(Request::Cancel { job }),
        Effect::Form {
            job,
            seq,
            mut input,
        } => {
            input.today = today();
            let _ = env.bridge.send(Request::Form { job, seq, input });
        }
        Effect::Normalize { job } => {
            let _ = env.bridge.send(Request::Normalize { job });
        }
        Effect::Save(saved) => storage::save(&storage_key(env.id.as_deref()), &*saved),
        Effect::OpenProcurement => mount_procurement(rt),
    }
}

/// The worker's answer as an action of the flow (the normalised copy is offered at
/// once).
fn answer(rt: &Weak<FlowRuntime>, response: Response) {
    let action = match response {
        Response::Normalized {
            job,
            name,
            blob,
            note,
        } => {
            let _ = download::blob_as(&blob, &name);
            Action::Normalized { job, note }
        }
        Response::Progress { job, done, total } => Action::Progress { job, done, total },
        Response::Profiled { job, view, millis } => Action::Profiled { job, view, millis },
        Response::Failed { job, message } => Action::Failed { job, message },
        Response::Cancelled { job } => Action::Cancelled { job },
        Response::Form { job, seq, view } => Action::FormReady { job, seq, view },
        Response::FormFailed { job, message } => Action::FormFailed { job, message },
        Response::Catalog { .. }
        | Response::CatalogFailed { .. }
        | Response::Site { .. }
        | Response::SiteFailed { .. } => return,
    };
    if let Some(rt) = rt.upgrade() {
        rt.dispatch(action);
    }
}

/// Loads the procurement module and mounts its view beside the flow's root (in the
/// same shadow root: same styles; the flow renders nothing meanwhile).
fn mount_procurement(rt: &Rc<FlowRuntime>) {
    let root = rt
        .env
        .section
        .cast::<web_sys::Element>()
        .and_then(|s| s.parent_element());
    let Some(root) = root else {
        rt.dispatch(Action::ProcurementFailed);
        return;
    };
    let lang = rt.model().lang;
    let back = {
        let rt = Rc::downgrade(rt);
        Closure::once_into_js(move || {
            if let Some(rt) = rt.upgrade() {
                rt.dispatch(Action::ProcurementClosed);
            }
        })
    };
    let rt = rt.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match open_procurement(root, lang.tag(), back).await {
            Ok(_) => rt.dispatch(Action::ProcurementOpened),
            Err(_) => rt.dispatch(Action::ProcurementFailed),
        }
    });
}

/// A chosen or dropped file: replacing a file the person typed metadata for asks
/// first, unless it was chosen in the loader's input while the widget loaded
/// (`early`; see [`Flow::asks_before_choosing`]).
fn choose(rt: &Rc<FlowRuntime>, file: web_sys::File, early: bool) {
    let (asks, lang) = {
        let m = rt.model();
        (m.asks_before_choosing(&file.name(), early), m.lang)
    };
    if asks && !confirm(texts(lang).confirm_replace) {
        return;
    }
    let (name, size) = (file.name(), file.size());
    rt.env.file.replace(Some(file));
    rt.dispatch(Action::Choose { name, size });
}

/// The step shown, as its component.
fn step_body(
    m: &Flow,
    config: &Config,
    on_choose: &Callback<web_sys::File>,
    on_action: &Callback<Action>,
) -> Html {
    let lang = m.lang;
    match (m.shown_step(), &m.file) {
        (Step::Profile, FileState::Profiled { view, .. }) => html! {
            <ProfileStep {lang} view={view.clone()} read_other={m.read.delimiter.is_some()}
                not_personal={m.draft.dataset.not_personal.clone()} dismiss_error={m.dismiss_error.clone()}
                on_action={on_action.clone()} />
        },
        (Step::Licence, _) => html! {
            <LicenceStep {lang} answers={m.answers.clone()} prefilled={m.personal_data_prefilled()}
                on_action={on_action.clone()} />
        },
        (Step::Describe, _) => html! {
            <DescribeStep {lang} form={m.form.clone()} draft={m.draft.clone()}
                locked={config.lock_publisher} on_action={on_action.clone()} />
        },
        (Step::Publish, file) => html! {
            <PublishStep {lang} form={m.form.clone()} on_action={on_action.clone()}
                view={match file { FileState::Profiled { view, .. } => Some(view.clone()), _ => None }}
                not_personal={m.draft.dataset.not_personal.clone()} normalized_note={m.normalized_note.clone()}
                urls={Urls::from(config)} />
        },
        _ => html! {
            <FileStep {lang} file={m.file.clone()} draft_waiting={m.draft_waiting().map(str::to_owned)}
                on_choose={on_choose.clone()} on_action={on_action.clone()} />
        },
    }
}

/// The Datalots widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let section = use_node_ref();
    let procurement_button = use_node_ref();
    let rt = use_runtime(
        |weak| {
            let config = &props.config;
            let id = config.id.clone();
            let saved = storage::load(&storage_key(id.as_deref())).unwrap_or_default();
            let presets = config.publisher_presets();
            let flow = Flow::new(props.lang, saved, &presets, config.lock_publisher);
            let weak = weak.clone();
            let bridge = Bridge::new(config.worker_url.clone(), move |r| answer(&weak, r));
            let file = RefCell::new(None);
            let section = section.clone();
            (
                flow,
                FlowEnv {
                    bridge,
                    file,
                    id,
                    section,
                },
            )
        },
        run,
    );
    let on_choose = {
        let rt = rt.clone();
        use_memo((), move |_| Callback::from(move |f| choose(&rt, f, false)))
    };
    {
        // Saved at once (with the page's presets), and the file chosen in the
        // loader's input before the app was up is read.
        let (rt, initial) = (rt.clone(), props.initial_file.clone());
        use_effect_with((), move |_| {
            storage::save(&storage_key(rt.env.id.as_deref()), &rt.model().saved());
            if let Some(f) = initial {
                choose(&rt, f, true);
            }
        });
    }
    {
        // Back from the procurement requirements: focus on the button that opened
        // them.
        let (button, screen) = (procurement_button.clone(), rt.model().screen);
        use_effect_with(screen, move |screen| {
            if *screen == Screen::BackFromProcurement
                && let Some(b) = button.cast::<web_sys::HtmlElement>()
            {
                let _ = b.focus();
            }
        });
    }
    let on_action = rt.dispatcher();
    let m = rt.model();
    let lang = m.lang;
    match m.screen {
        Screen::Procurement => return html! {},
        Screen::Catalogue => {
            return html! {
                <CatalogView {lang} worker_url={props.config.worker_url.clone()}
                    publisher={m.draft.publisher.clone()} {on_action} loader_url={props.config.loader_url.clone()} />
            };
        }
        _ => {}
    }
    let step = m.shown_step();
    let body = step_body(&m, &props.config, &on_choose, &on_action);
    let engine_error = match (&m.engine_error, step) {
        (Some(e), Step::Describe | Step::Publish) => Some(html! {
            <p class="datalots-alert" role="alert" data-testid="engine-error">{pick(e, lang)}</p>
        }),
        _ => None,
    };
    html! {
        <section class="datalots" lang={lang.tag()} aria-labelledby="datalots-heading" ref={section}>
            {toolbar(lang, m.screen, procurement_button, &on_action)}
            if m.screen == Screen::ProcurementFailed {
                <p class="datalots-alert" role="alert" data-testid="procurement-failed">{texts(lang).procurement_failed}</p>
            }
            <Stepper {lang} step={m.step} enabled={Step::ALL.map(|s| m.enabled(s))} on_action={on_action.clone()} />
            {engine_error}
            {body}
            {next_step(lang, m.next_step(), &on_action)}
        </section>
    }
}
