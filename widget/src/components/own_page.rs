//! The kommun's own page, in step 5 and «Vår katalog»: the section's heading only, a
//! disclosure button. Opened, the section (the catalogue's address, the snippet that
//! shows the catalogue on the kommun's page with a copy button, the static pages as a
//! zip file) is drawn into the element under the heading by the static pages' module,
//! loaded then (`datalots_export_site::own_page`, through `flow.js`), and told what
//! it shows whenever that changes; it keeps its state while closed.
//!
//! `flow.js` (short: its gzip size counts in the flow's) keeps the section's handle
//! and its latest contents on the host element, opens and closes it (`hidden`,
//! `aria-expanded`), loads the module at the first opening (a failed load shows the
//! flow's `own_page_failed` text as an alert, and is tried again at the next opening),
//! and frees the section once the host has left the page. Same origin as the widget:
//! no request leaves the site.

use datalots::form::{FieldKey, FormView};
use datalots::session::CatalogFile;
use datalots::site::embed::catalogue_address;
use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

use crate::config::Config;
use crate::i18n::{Lang, texts};

#[wasm_bindgen(module = "/src/flow.js")]
extern "C" {
    /// Gives the section's contents (drawn at once if it is open, else when opened).
    fn show_own_page(
        host: &web_sys::Element,
        lang: &str,
        loader_url: Option<String>,
        worker_url: Option<String>,
        proposed: Option<String>,
        name: Option<String>,
        text: Option<String>,
    );
    /// Opens or closes the section; loads its module at the first opening.
    fn toggle_own_page(button: web_sys::Element, host: web_sys::Element);
    /// Frees the section drawn into `host` once `host` has left the page.
    fn close_own_page(host: &web_sys::Element);
}

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

/// The own page's section: its heading, a button that opens and closes it (in
/// `flow.js`, which draws the rest), and the element it is drawn into.
#[function_component(OwnPageView)]
pub fn own_page(props: &OwnPageProps) -> Html {
    let (button, host) = (use_node_ref(), use_node_ref());
    {
        let host = host.clone();
        use_effect_with(props.clone(), move |p| {
            let el = host.cast::<web_sys::Element>();
            if let Some(el) = &el {
                let p = p.clone();
                let (name, text) = p.catalogue.map(|c| (c.name, c.text)).unzip();
                let (loader, worker) = (p.loader_url, p.worker_url);
                show_own_page(el, p.lang.tag(), loader, worker, p.proposed, name, text);
            }
            move || el.iter().for_each(close_own_page)
        });
    }
    let t = texts(props.lang);
    let toggle = {
        let (button, host) = (button.clone(), host.clone());
        Callback::from(move |_: MouseEvent| {
            if let (Some(b), Some(h)) = (button.cast(), host.cast()) {
                toggle_own_page(b, h);
            }
        })
    };
    html! {
        <section aria-labelledby="datalots-own-page-heading" data-testid="own-page">
            <h4 id="datalots-own-page-heading">
                <button type="button" class="datalots-button" data-testid="open-own-page" ref={button}
                        onclick={toggle} aria-expanded="false" aria-controls="datalots-own-page-body">{t.own_page}</button>
            </h4>
            <div id="datalots-own-page-body" ref={host} hidden=true data-failed={t.own_page_failed} />
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
