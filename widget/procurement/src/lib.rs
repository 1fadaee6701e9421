//! The procurement requirements view of the Datalots widget, built as a wasm module of
//! its own: a visitor who never opens it never downloads it.
//!
//! The loader `datalots-widget.js` loads it for `<datalots-widget mode="procurement">`
//! (the page `upphandling.html`); the publishing flow loads it when someone opens it
//! from the tools bar (`widget/src/flow.js`), mounts it beside the flow, which
//! is hidden meanwhile and keeps its state, and shows the flow again on «back».
//!
//! [`model`] is what the view keeps (plain Rust, tested natively); [`components`] the
//! yew components, one per file; [`texts`] the strings. Word and Excel are written by
//! two further modules (`widget/exports/*`) that `exports.js` imports only when asked.
//! The language, storage and downloads come from `datalots-widget-support`, shared
//! with the publishing flow, so this module links neither the flow nor the facade.
#![deny(missing_docs)]

pub mod components;
pub mod model;
pub mod texts;

use datalots_widget_support::Lang;
use wasm_bindgen::prelude::wasm_bindgen;
use yew::Callback;

pub use components::view::{ProcurementProps, ProcurementView};

/// A mounted procurement view; [`ProcurementHandle::destroy`] removes it.
#[wasm_bindgen]
pub struct ProcurementHandle(Option<yew::AppHandle<ProcurementView>>);

#[wasm_bindgen]
impl ProcurementHandle {
    /// Removes the view from the page and frees it.
    pub fn destroy(&mut self) {
        if let Some(app) = self.0.take() {
            app.destroy();
        }
    }
}

/// Mounts the procurement view into `root`, starting in `lang` (`"en"` or an `en-*`
/// tag for English, else Swedish). With `on_back`, a «back» button calls it.
#[wasm_bindgen]
pub fn mount_procurement_view(
    root: web_sys::Element,
    lang: String,
    on_back: Option<js_sys::Function>,
) -> ProcurementHandle {
    let on_back = on_back.map(|f| {
        Callback::from(move |()| {
            let _ = f.call0(&wasm_bindgen::JsValue::NULL);
        })
    });
    let props = ProcurementProps {
        lang: Lang::from_tag(&lang),
        on_back,
    };
    ProcurementHandle(Some(
        yew::Renderer::<ProcurementView>::with_root_and_props(root, props).render(),
    ))
}
