//! `<datalots-catalog src="URL">`: the kommun's catalogue as a public page for
//! citizens — every dataset, a search, facets, a page per dataset — from the catalogue
//! file the kommun already publishes.
//!
//! A wasm module of its own (`pkg/datalots_catalog*`), loaded by the widget's loader
//! (`datalots-widget.js`) for the `<datalots-catalog>` element; it does not load the
//! publishing flow's module. Everything it shows comes from the library's model,
//! `datalots::site`; this crate only builds the DOM (plain `web-sys`, no framework:
//! measured smaller than yew for the same page, see the crate's README) and follows
//! the URL fragment.
//!
//! Language: the facade's `datalots::Lang` (`lang="sv"|"en"`), the one the publishing
//! flow and the procurement module speak too.
#![deny(missing_docs)]

mod app;
mod dom;
mod fetch;
mod render;

use datalots::Lang;
use datalots::site::Site;
use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts a catalogue page into `root`: says it is loading, fetches the catalogue at
/// `src` (an absolute address; the loader resolves the attribute against the page),
/// and shows it in `lang` (`sv` or `en`), or what went wrong. `early` is the loader's
/// own `fetch(src)`, started while this module loaded; without it the page fetches.
#[wasm_bindgen]
pub fn mount_catalog(
    root: web_sys::Element,
    src: String,
    lang: String,
    early: Option<js_sys::Promise>,
) {
    let lang = Lang::from_tag(&lang);
    dom::replace(
        &root,
        [dom::H::new("p")
            .attr("role", "status")
            .class("datalots-hint")
            .text(lang.pick("Katalogen laddas…", "Loading the catalogue…"))],
    );
    wasm_bindgen_futures::spawn_local(async move {
        match fetch::catalogue(&src, early).await {
            Ok(catalog) => app::App::start(&root, Site::new(&catalog, lang)),
            Err(problem) => render::problem(&root, &problem, lang),
        }
    });
}
