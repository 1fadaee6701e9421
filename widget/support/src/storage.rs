//! Values kept in the browser's `localStorage`, as JSON text.
//!
//! The JSON is written and read by the browser (`JSON.stringify`, `JSON.parse`) from
//! serde-wasm-bindgen values: the widget links that serializer already, serde_json's
//! would add to the first load. A full, forbidden or missing storage is not an error
//! a person can act on: the widget keeps working, it just does not resume.

use serde::Serialize;
use serde::de::DeserializeOwned;

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// JSON text of a value.
pub fn to_json<T: Serialize>(value: &T) -> Option<String> {
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&js).ok()?.as_string()
}

/// A value from JSON text (`None` when the text is not JSON or not such a value).
pub fn from_json<T: DeserializeOwned>(text: &str) -> Option<T> {
    let js = js_sys::JSON::parse(text).ok()?;
    serde_wasm_bindgen::from_value(js).ok()
}

/// The value saved under `key`, if any (unreadable data counts as nothing).
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = local_storage()?.get_item(key).ok()??;
    from_json(&text)
}

/// Saves `value` under `key` (silently not, when the storage refuses).
pub fn save<T: Serialize>(key: &str, value: &T) {
    if let (Some(s), Some(text)) = (local_storage(), to_json(value)) {
        let _ = s.set_item(key, &text);
    }
}
