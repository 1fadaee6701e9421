//! The kommun's own page, in step 5 and «Vår katalog»: the catalogue's address, the
//! snippet that shows the catalogue there (`<datalots-catalog>`) with a copy button,
//! and the static pages as a zip file. Its state is [`OwnPage`]; the zip is made by a
//! worker of this view's own (started only when the zip is asked for).

use std::rc::{Rc, Weak};

use datalots::form::{FieldKey, FormView};
use datalots::session::CatalogFile;
use datalots::site::embed::catalogue_address;
use datalots_widget_support::{download, storage};
use datalots_worker::{Request, Response};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::bridge::Bridge;
use crate::config::Config;
use crate::i18n::{Lang, own_page::texts, pick, worker_missing};
use crate::model::own_page::{Action, Effect, OwnPage, Place, Zip};
use crate::runtime::{Model, Runtime, use_runtime};

/// Where the typed address is kept, for every widget of the site: one kommun, one
/// catalogue.
const STORAGE_KEY: &str = "datalots-catalogue-address";

/// The view's properties.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct OwnPageProps {
    /// The language.
    pub lang: Lang,
    /// The loader's address (`import.meta.url`, from the loader).
    pub loader_url: Option<String>,
    /// The worker's entry script's address.
    pub worker_url: Option<String>,
    /// The catalogue's address proposed (base address + file name).
    pub proposed: Option<String>,
    /// The catalogue to make the pages of; `None`: not yet (the zip button is off).
    pub catalogue: Option<CatalogFile>,
}

impl Model for OwnPage {
    type Action = Action;
    type Effect = Effect;
    fn reduce(&mut self, action: Action) -> Vec<Effect> {
        OwnPage::reduce(self, action)
    }
}

/// What the effects need: the worker, and the snippet's text box (selected when the
/// clipboard refuses).
struct OwnPageEnv {
    bridge: Bridge,
    snippet: NodeRef,
}

type OwnPageRuntime = Runtime<OwnPage, OwnPageEnv>;

fn run(rt: &Rc<OwnPageRuntime>, effect: Effect) {
    match effect {
        Effect::Save(text) => storage::save(STORAGE_KEY, &text),
        Effect::Copy(text) => copy(rt, text),
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
            if rt.env.bridge.send(request).is_err() {
                let message = worker_missing();
                rt.dispatch(Action::ZipFailed { seq, message });
            }
        }
    }
}

/// Puts `text` on the clipboard; when the browser refuses, selects the snippet so the
/// person can copy it.
fn copy(rt: &Rc<OwnPageRuntime>, text: String) {
    let rt = rt.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let written = match web_sys::window() {
            Some(w) => {
                let promise = w.navigator().clipboard().write_text(&text);
                wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
            }
            None => false,
        };
        if !written && let Some(area) = rt.env.snippet.cast::<HtmlTextAreaElement>() {
            let _ = area.focus();
            area.select();
        }
        rt.dispatch(Action::Copied(written));
    });
}

fn answer(rt: &Weak<OwnPageRuntime>, response: Response) {
    let action = match response {
        Response::Site { seq, name, blob } => {
            let _ = download::blob_as(&blob, &name);
            Action::Zipped { seq, name }
        }
        Response::SiteFailed { seq, message } => Action::ZipFailed { seq, message },
        _ => return,
    };
    if let Some(rt) = rt.upgrade() {
        rt.dispatch(action);
    }
}

/// The own page's section.
#[function_component(OwnPageView)]
pub fn own_page(props: &OwnPageProps) -> Html {
    let snippet_ref = use_node_ref();
    let rt = use_runtime(
        |weak| {
            let weak = weak.clone();
            let bridge = Bridge::new(props.worker_url.clone(), move |r| answer(&weak, r));
            let typed = storage::load::<String>(STORAGE_KEY);
            let env = OwnPageEnv {
                bridge,
                snippet: snippet_ref.clone(),
            };
            (OwnPage::new(typed), env)
        },
        run,
    );
    let lang = props.lang;
    let t = texts(lang);
    let place = Place {
        lang,
        loader_url: props.loader_url.clone(),
        worker_url: props.worker_url.clone(),
        proposed: props.proposed.clone(),
    };
    let on_action = rt.dispatcher();
    let m = rt.model();
    let address = m.address(&place);
    let snippet = m.snippet(&place);
    let on_type = super::reform_some(&on_action, |e: InputEvent| {
        e.target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| Action::Type(i.value()))
    });
    let on_copy = {
        let snippet = snippet.clone();
        on_action.reform(move |_: MouseEvent| Action::Copy(snippet.clone()))
    };
    let on_zip = {
        let (file, url) = (props.catalogue.clone(), address.clone());
        super::reform_some(&on_action, move |_: MouseEvent| {
            file.clone().map(|file| Action::Zip {
                file,
                catalogue_url: Some(url.clone()),
                lang,
            })
        })
    };
    let problem = m.problem(&place);
    let copied = m
        .copied
        .map(|ok| if ok { t.copied } else { t.copy_by_hand });
    let building = m.zip == Zip::Building;
    let zip_status = match &m.zip {
        Zip::Idle => Html::default(),
        Zip::Building => html! { {t.zip_building} },
        Zip::Done { name } => html! { <>{t.zip_done}{" "}<code>{name.clone()}</code></> },
        Zip::Failed(e) => html! { <span class="datalots-error">{pick(e, lang)}</span> },
    };
    html! {
        <section aria-labelledby="datalots-own-page-heading" data-testid="own-page">
            <h4 id="datalots-own-page-heading">{t.heading}</h4>
            <p>{t.intro}</p>
            <div class={classes!("datalots-field", problem.is_some().then_some("datalots-invalid"))}>
                <label for="datalots-own-page-address">{t.address_label}</label>
                <input id="datalots-own-page-address" type="url" data-testid="own-page-address" value={address}
                       aria-describedby="datalots-own-page-address-hint" aria-invalid={problem.is_some().to_string()}
                       oninput={on_type} />
                <p id="datalots-own-page-address-hint" class="datalots-hint">{t.address_hint}</p>
                if let Some(p) = &problem {
                    <p class="datalots-error" data-testid="own-page-address-problem">{pick(p, lang)}</p>
                }
            </div>
            <div class="datalots-field">
                <label for="datalots-own-page-snippet">{t.snippet_label}</label>
                <textarea id="datalots-own-page-snippet" class="datalots-code" data-testid="own-page-snippet" readonly=true
                          rows="3" ref={snippet_ref} value={snippet} />
            </div>
            <p>
                <button type="button" class="datalots-button" data-testid="copy-snippet" onclick={on_copy}>{t.copy}</button>
                {" "}<span role="status" data-testid="copy-status">{copied.unwrap_or_default()}</span>
            </p>
            <h5 class="datalots-subheading">{t.pages_heading}</h5>
            <p>{t.pages_intro}</p>
            <p>
                <button type="button" class="datalots-button" data-testid="download-site-zip" onclick={on_zip}
                        disabled={props.catalogue.is_none() || building} aria-describedby="datalots-own-page-zip-status">{t.zip}</button>
                {" "}<span id="datalots-own-page-zip-status" role="status" data-testid="site-zip-status">
                    if props.catalogue.is_none() { {t.zip_not_yet} } else { {zip_status} }
                </span>
            </p>
        </section>
    }
}

/// The loader's and the worker's addresses, as the loader gave them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Urls {
    /// The loader's (`datalots-widget.js`).
    pub loader: Option<String>,
    /// The worker's entry script's.
    pub worker: Option<String>,
}

impl From<&Config> for Urls {
    fn from(c: &Config) -> Urls {
        Urls {
            loader: c.loader_url.clone(),
            worker: c.worker_url.clone(),
        }
    }
}

/// The section in step 5: the address proposed from the base address and the catalogue
/// file's name, and the pages of the catalogue as it will be published, once it can be.
pub fn for_form(form: &FormView, lang: Lang, urls: &Urls) -> Html {
    let rdfxml = form.files.as_ref().map(|f| &f.rdfxml);
    let base = form.fields.iter().find(|f| f.key == FieldKey::BaseUri);
    let proposed = base
        .zip(rdfxml)
        .and_then(|(b, f)| catalogue_address(&b.value, &f.name));
    let catalogue = rdfxml.filter(|_| form.publishable).map(|f| CatalogFile {
        name: f.name.clone(),
        text: f.text.clone(),
    });
    html! {
        <OwnPageView {lang} loader_url={urls.loader.clone()} worker_url={urls.worker.clone()} {proposed} {catalogue} />
    }
}

/// The section in «Vår katalog»: the catalogue as the last operation left it.
pub fn for_catalogue(
    file: &CatalogFile,
    base_uri: &str,
    lang: Lang,
    loader_url: &Option<String>,
    worker_url: &Option<String>,
) -> Html {
    let proposed = catalogue_address(base_uri, &file.name);
    html! {
        <OwnPageView {lang} loader_url={loader_url.clone()} worker_url={worker_url.clone()}
            {proposed} catalogue={Some(file.clone())} />
    }
}
