//! The Datalots browser widget.
//!
//! A yew app (client-side rendering) that the loader `datalots-widget.js` mounts into
//! the open shadow root of every `<datalots-widget>` element on a page. Everything
//! happens in the browser: the file a person chooses is read locally and never sent
//! anywhere.
//!
//! - [`model`]: the state in plain Rust, by resource (the publishing flow, «Vår
//!   katalog»), each with its actions and `reduce`, tested natively;
//! - [`components`]: the yew components, one per file, rendering the models;
//! - [`runtime`]: holds a model for its component, runs the effects of each action;
//! - [`bridge`]: the one way the views talk to the worker (`datalots-worker`), which
//!   profiles the file and answers the describe form and the catalogue operations;
//! - [`i18n`]: the widget's own texts in Swedish and English;
//! - [`browser`], [`config`]: the browser glue, and the element's attributes.
//!
//! Only the crates under `widget/` (this one, its worker, the support crate shared with
//! the modules loaded later: the procurement view, the JSON-LD reader, the Word and
//! Excel writers) touch `web-sys`, `wasm-bindgen` or `yew`; what they show comes from
//! the plain crates through the `datalots` facade.
#![deny(missing_docs)]

pub mod bridge;
pub mod browser;
pub mod components;
pub mod config;
pub mod i18n;
pub mod model;
pub mod runtime;

pub use components::{App, AppProps};
pub use config::Config;
pub use datalots_widget_support::Lang;

use wasm_bindgen::prelude::wasm_bindgen;

/// Registers the widget's worker in this (worker) global scope: it profiles the file
/// and answers the describe form and catalogue operations. The page and the workers
/// share this one module; `widget/widget-worker.js`, the worker's entry script, calls
/// this after loading it.
#[wasm_bindgen]
pub fn run_widget_worker() {
    datalots_worker::register();
}

/// Mounts one widget into `root`.
///
/// `lang` is the value of the element's `data-lang` attribute: `"en"` (or any `en-*`
/// tag) starts in English, anything else in Swedish, the default.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, lang: String) {
    let props = AppProps {
        lang: Lang::from_tag(&lang),
        config: Config::default(),
        initial_file: None,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Mounts one widget into `root` with the element's attributes, as the loader reads
/// them (see [`Config`]): the publishing flow. (The loader mounts `mode="procurement"`
/// from the procurement module, `widget/procurement`; any other mode gets the
/// publishing flow, so a page never shows an empty box.) `file`: a file the
/// person chose in the loader's own file input while this module was loading; the
/// publishing flow reads it at once.
#[wasm_bindgen]
pub fn mount_widget(
    root: web_sys::Element,
    config: wasm_bindgen::JsValue,
    file: Option<web_sys::File>,
) {
    let config: Config = serde_wasm_bindgen::from_value(config).unwrap_or_default();
    let lang = Lang::from_tag(config.lang.as_deref().unwrap_or("sv"));
    let props = AppProps {
        lang,
        config,
        initial_file: file,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
