//! The widget's Excel export, built as its own wasm module so that the widget's first
//! load does not carry the xlsx writer: the procurement view imports it only when
//! someone asks for a .xlsx file.
#![deny(missing_docs)]

use wasm_bindgen::prelude::{JsError, wasm_bindgen};

/// Writes the selection (JSON, as the widget keeps it, edits included) as a .xlsx
/// file in the language `lang` (`sv` or `en`).
#[wasm_bindgen]
pub fn export_xlsx(selection_json: &str, lang: &str) -> Result<Vec<u8>, JsError> {
    let selection = procurement::Selection::from_json(selection_json)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let lang = procurement::Lang::parse(lang).unwrap_or_default();
    procurement::export::xlsx(&selection, lang).map_err(|e| JsError::new(&e.to_string()))
}
