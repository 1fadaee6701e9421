//! The widget's Word export, built as its own wasm module so that the widget's first
//! load does not carry the docx writer: the procurement view imports it only when
//! someone asks for a .docx file.
#![deny(missing_docs)]

use wasm_bindgen::prelude::{JsError, wasm_bindgen};

/// Writes the selection (JSON, as the widget keeps it, edits included) as a .docx
/// file in the language `lang` (`sv` or `en`).
#[wasm_bindgen]
pub fn export_docx(selection_json: &str, lang: &str) -> Result<Vec<u8>, JsError> {
    let selection = procurement::Selection::from_json(selection_json)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let lang = procurement::Lang::parse(lang).unwrap_or_default();
    procurement::export::docx(&selection, lang).map_err(|e| JsError::new(&e.to_string()))
}
