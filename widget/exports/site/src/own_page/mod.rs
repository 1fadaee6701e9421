//! The kommun's own page, in step 5 and «Vår katalog»: the catalogue's address, the
//! snippet that shows the catalogue there (`<datalots-catalog>`) with a copy button,
//! and the static pages as a zip file.
//!
//! The publishing flow carries only the section's heading, a disclosure button; when
//! it is opened, the flow loads this module (`widget/src/flow.js`) and mounts the
//! section's body into the element under the heading ([`mount_own_page`]), then hands
//! it what it shows whenever that changes ([`OwnPageHandle::update`]). The body is
//! plain DOM (as `widget/catalog`), built once per language and updated in place, so
//! the field being typed in keeps its focus. Its state is [`model::OwnPage`] (plain
//! Rust, tested natively); the zip is made by a widget worker of the section's own
//! (`datalots_worker::Request::Site`), started only when the zip is asked for, which
//! loads this module's [`crate::site_zip`].

pub mod model;
pub mod texts;

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use datalots::session::CatalogFile;
use datalots::{Both, Lang};
use datalots_widget_support::{download, storage};
use datalots_worker::{Codec, Request, Response, WidgetWorker};
use gloo_worker::{Spawnable, WorkerBridge};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::{Closure, wasm_bindgen};
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

use model::{Action, Effect, OwnPage, Place, Zip};
use texts::{OwnPageTexts, texts};

/// Where the typed address is kept, for every widget of the site: one kommun, one
/// catalogue.
const STORAGE_KEY: &str = "datalots-catalogue-address";

/// The elements that change, of the body built in one language.
struct Parts {
    lang: Lang,
    field: Element,
    address: HtmlInputElement,
    /// The address last put in the field (what was typed stays as typed).
    shown_address: String,
    problem: Element,
    snippet: HtmlTextAreaElement,
    copy_status: Element,
    zip: Element,
    zip_status: Element,
    /// The body's event listeners (dropped with the body).
    _listeners: Vec<Closure<dyn FnMut(Event)>>,
}

/// The section's state: the model, what the flow gave, the body, the worker.
struct State {
    host: Element,
    model: OwnPage,
    place: Place,
    catalogue: Option<CatalogFile>,
    parts: Option<Parts>,
    worker: Option<WorkerBridge<WidgetWorker>>,
}

type Shared = Rc<RefCell<State>>;

/// The mounted section; dropping it (`free()`) stops its worker.
#[wasm_bindgen]
pub struct OwnPageHandle(Shared);

/// Mounts the own page's section's body into `host` (empty until the first
/// [`OwnPageHandle::update`]), with the address typed before, if any.
#[wasm_bindgen]
pub fn mount_own_page(host: Element) -> OwnPageHandle {
    let typed = storage::load::<String>(STORAGE_KEY);
    OwnPageHandle(Rc::new(RefCell::new(State {
        host,
        model: OwnPage::new(typed),
        place: Place::default(),
        catalogue: None,
        parts: None,
        worker: None,
    })))
}

#[wasm_bindgen]
impl OwnPageHandle {
    /// What the section shows: the language tag (`sv`, `en`), the loader's and the
    /// worker's addresses, the catalogue's address proposed, and the catalogue
    /// (`name` and `text`; without them, not yet: the zip button is off).
    pub fn update(
        &self,
        lang: &str,
        loader_url: Option<String>,
        worker_url: Option<String>,
        proposed: Option<String>,
        name: Option<String>,
        text: Option<String>,
    ) {
        {
            let mut s = self.0.borrow_mut();
            s.place = Place {
                lang: Lang::from_tag(lang),
                loader_url,
                worker_url,
                proposed,
            };
            s.catalogue = name
                .zip(text)
                .map(|(name, text)| CatalogFile { name, text });
        }
        render(&self.0);
    }
}

/// Applies `action`, runs its effects, and shows the result.
fn dispatch(shared: &Shared, action: Action) {
    let effects = shared.borrow_mut().model.reduce(action);
    for effect in effects {
        run(shared, effect);
    }
    render(shared);
}

fn run(shared: &Shared, effect: Effect) {
    match effect {
        Effect::Save(text) => storage::save(STORAGE_KEY, &text),
        Effect::Copy(text) => copy(shared, text),
        Effect::Zip {
            seq,
            file,
            catalogue_url,
            lang,
        } => {
            let request = Request::Site {
                seq,
                file: Box::new(file),
                catalogue_url,
                lang: lang.tag().to_owned(),
            };
            if !send(shared, request) {
                let message = Both::new(
                    "Widgetens arbetstråd saknas (worker-url).",
                    "The widget's worker is missing (worker-url).",
                );
                dispatch(shared, Action::ZipFailed { seq, message });
            }
        }
    }
}

/// Sends `request` to the section's worker, starting it first; `false` without the
/// worker's address.
fn send(shared: &Shared, request: Request) -> bool {
    let mut s = shared.borrow_mut();
    if s.worker.is_none() {
        let Some(url) = s.place.worker_url.clone() else {
            return false;
        };
        let weak = Rc::downgrade(shared);
        let bridge = WidgetWorker::spawner()
            .callback(move |r| answer(&weak, r))
            .encoding::<Codec>()
            .spawn(&url);
        s.worker = Some(bridge);
    }
    if let Some(worker) = &s.worker {
        worker.send(request);
    }
    true
}

fn answer(weak: &Weak<RefCell<State>>, response: Response) {
    let action = match response {
        Response::Site { seq, name, blob } => {
            let _ = download::blob_as(&blob, &name);
            Action::Zipped { seq, name }
        }
        Response::SiteFailed { seq, message } => Action::ZipFailed { seq, message },
        _ => return,
    };
    if let Some(shared) = weak.upgrade() {
        dispatch(&shared, action);
    }
}

/// Puts `text` on the clipboard; when the browser refuses, selects the snippet so the
/// person can copy it.
fn copy(shared: &Shared, text: String) {
    let shared = shared.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let written = match web_sys::window() {
            Some(w) => {
                let promise = w.navigator().clipboard().write_text(&text);
                wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
            }
            None => false,
        };
        let area = shared.borrow().parts.as_ref().map(|p| p.snippet.clone());
        if let Some(area) = area.filter(|_| !written) {
            let _ = area.focus();
            area.select();
        }
        dispatch(&shared, Action::Copied(written));
    });
}

/// The page's document.
fn document() -> web_sys::Document {
    #[allow(clippy::expect_used)] // the module runs in a page: there is a window and a document
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A new element with attributes (name, value) and a text.
fn el(tag: &str, attrs: &[(&str, &str)], text: &str) -> Element {
    #[allow(clippy::expect_used)] // a literal, valid tag name: creating it cannot fail
    let e = document().create_element(tag).expect("a valid tag name");
    for (name, value) in attrs {
        let _ = e.set_attribute(name, value);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    e
}

/// Appends `children` to `parent`; returns `parent`.
fn with(parent: Element, children: &[&Element]) -> Element {
    for c in children {
        let _ = parent.append_child(c);
    }
    parent
}

/// Calls `on` with the section's state on each `event` of `target`.
fn listen(
    shared: &Shared,
    target: &Element,
    event: &str,
    on: fn(&Shared, Event),
) -> Closure<dyn FnMut(Event)> {
    let weak = Rc::downgrade(shared);
    let f = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
        if let Some(shared) = weak.upgrade() {
            on(&shared, e);
        }
    });
    let _ = target.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
    f
}

fn on_type(shared: &Shared, e: Event) {
    if let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    {
        dispatch(shared, Action::Type(input.value()));
    }
}

fn on_copy(shared: &Shared, _: Event) {
    let snippet = {
        let s = shared.borrow();
        s.model.snippet(&s.place)
    };
    dispatch(shared, Action::Copy(snippet));
}

fn on_zip(shared: &Shared, _: Event) {
    let action = {
        let s = shared.borrow();
        s.catalogue.clone().map(|file| Action::Zip {
            file,
            catalogue_url: Some(s.model.address(&s.place)),
            lang: s.place.lang,
        })
    };
    if let Some(action) = action {
        dispatch(shared, action);
    }
}

/// The body in `t`'s language, in `host`: its parts.
fn build(shared: &Shared, host: &Element, lang: Lang, t: &OwnPageTexts) -> Parts {
    let id = |i: &str| format!("datalots-own-page-{i}");
    let (address_id, hint_id, snippet_id, zip_id) = (
        id("address"),
        id("address-hint"),
        id("snippet"),
        id("zip-status"),
    );
    let address = el(
        "input",
        &[
            ("id", &address_id),
            ("type", "url"),
            ("data-testid", "own-page-address"),
            ("aria-describedby", &hint_id),
        ],
        "",
    );
    let hint = el(
        "p",
        &[("id", &hint_id), ("class", "datalots-hint")],
        t.address_hint,
    );
    let label = el("label", &[("for", &address_id)], t.address_label);
    let field = with(
        el("div", &[("class", "datalots-field")], ""),
        &[&label, &address, &hint],
    );
    let problem = el(
        "p",
        &[
            ("class", "datalots-error"),
            ("data-testid", "own-page-address-problem"),
        ],
        "",
    );
    let snippet = el(
        "textarea",
        &[
            ("id", &snippet_id),
            ("class", "datalots-code"),
            ("data-testid", "own-page-snippet"),
            ("readonly", ""),
            ("rows", "3"),
        ],
        "",
    );
    let snippet_label = el("label", &[("for", &snippet_id)], t.snippet_label);
    let copy = el(
        "button",
        &[
            ("type", "button"),
            ("class", "datalots-button"),
            ("data-testid", "copy-snippet"),
        ],
        t.copy,
    );
    let copy_status = el(
        "span",
        &[("role", "status"), ("data-testid", "copy-status")],
        "",
    );
    let zip = el(
        "button",
        &[
            ("type", "button"),
            ("class", "datalots-button"),
            ("data-testid", "download-site-zip"),
            ("aria-describedby", &zip_id),
        ],
        t.zip,
    );
    let zip_status = el(
        "span",
        &[
            ("id", &zip_id),
            ("role", "status"),
            ("data-testid", "site-zip-status"),
        ],
        "",
    );
    let space = || document().create_text_node(" ");
    let copy_line = with(el("p", &[], ""), &[&copy]);
    let _ = copy_line.append_child(&space());
    let _ = copy_line.append_child(&copy_status);
    let zip_line = with(el("p", &[], ""), &[&zip]);
    let _ = zip_line.append_child(&space());
    let _ = zip_line.append_child(&zip_status);
    host.set_text_content(None);
    let snippet_field = with(
        el("div", &[("class", "datalots-field")], ""),
        &[&snippet_label, &snippet],
    );
    let intro = el("p", &[], t.intro);
    let pages = el("h5", &[("class", "datalots-subheading")], t.pages_heading);
    let pages_intro = el("p", &[], t.pages_intro);
    for part in [
        &intro,
        &field,
        &snippet_field,
        &copy_line,
        &pages,
        &pages_intro,
        &zip_line,
    ] {
        let _ = host.append_child(part);
    }
    let listeners = vec![
        listen(shared, &address, "input", on_type),
        listen(shared, &copy, "click", on_copy),
        listen(shared, &zip, "click", on_zip),
    ];
    Parts {
        lang,
        field,
        address: address.unchecked_into(),
        shown_address: String::new(),
        problem,
        snippet: snippet.unchecked_into(),
        copy_status,
        zip,
        zip_status,
        _listeners: listeners,
    }
}

/// Shows the state: builds the body when the language changed, then updates the
/// parts that change.
fn render(shared: &Shared) {
    let mut s = shared.borrow_mut();
    let lang = s.place.lang;
    let t = texts(lang);
    if s.parts.as_ref().is_none_or(|p| p.lang != lang) {
        let host = s.host.clone();
        s.parts = None;
        s.parts = Some(build(shared, &host, lang, t));
    }
    let s = &mut *s;
    let Some(p) = s.parts.as_mut() else { return };
    let address = s.model.address(&s.place);
    if p.shown_address != address {
        p.address.set_value(&address);
        p.shown_address = address;
    }
    let problem = s.model.problem(&s.place);
    let invalid = problem.is_some();
    p.field.set_class_name(if invalid {
        "datalots-field datalots-invalid"
    } else {
        "datalots-field"
    });
    let _ = p
        .address
        .set_attribute("aria-invalid", if invalid { "true" } else { "false" });
    match &problem {
        Some(why) => {
            p.problem.set_text_content(Some(why.get(lang)));
            let _ = p.field.append_child(&p.problem);
        }
        None => p.problem.remove(),
    }
    p.snippet.set_value(&s.model.snippet(&s.place));
    let copied = s
        .model
        .copied
        .map(|ok| if ok { t.copied } else { t.copy_by_hand });
    p.copy_status
        .set_text_content(Some(copied.unwrap_or_default()));
    let building = s.model.zip == Zip::Building;
    if let Some(zip) = p.zip.dyn_ref::<HtmlElement>() {
        let _ = zip.toggle_attribute_with_force("disabled", s.catalogue.is_none() || building);
    }
    zip_status(&p.zip_status, &s.model.zip, s.catalogue.is_none(), lang, t);
}

/// The zip's status line.
fn zip_status(status: &Element, zip: &Zip, not_yet: bool, lang: Lang, t: &OwnPageTexts) {
    status.set_text_content(None);
    let shown = match zip {
        _ if not_yet => el("span", &[], t.zip_not_yet),
        Zip::Idle => return,
        Zip::Building => el("span", &[], t.zip_building),
        Zip::Done { name } => {
            let code = el("code", &[], name);
            let line = el("span", &[], &format!("{} ", t.zip_done));
            with(line, &[&code])
        }
        Zip::Failed(e) => el("span", &[("class", "datalots-error")], e.get(lang)),
    };
    let _ = status.append_child(&shown);
}
