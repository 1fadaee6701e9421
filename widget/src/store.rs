//! What one widget keeps in `localStorage`, so a reload or a closed tab resumes where
//! the person was. The CSV file itself is never stored: only what the person answered
//! and typed. Widgets with the same `id` attribute share it; others do not.

use datalots::Answers;
use datalots::form::{DatasetFields, PublisherFields};
use serde::{Deserialize, Serialize};

/// Everything a widget saves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    /// The licence answers.
    pub answers: Answers,
    /// The publisher settings (kept across datasets and after "start over").
    pub publisher: PublisherFields,
    /// The dataset fields as typed.
    pub dataset: DatasetFields,
    /// The name of the file the draft is for (the file itself is never stored).
    pub file_name: Option<String>,
    /// The drafts of other files chosen before, newest first (at most
    /// [`MAX_DRAFTS`]): choosing one of them again brings its draft back.
    pub drafts: Vec<(String, DatasetFields)>,
}

/// How many other files' drafts are kept.
pub const MAX_DRAFTS: usize = 20;

/// Keeps `dataset` as the draft of `name` (newest first, at most [`MAX_DRAFTS`]); an
/// empty draft is not kept.
pub fn stash(drafts: &mut Vec<(String, DatasetFields)>, name: &str, dataset: DatasetFields) {
    drafts.retain(|(n, _)| n != name);
    if dataset != DatasetFields::default() {
        drafts.insert(0, (name.to_owned(), dataset));
        drafts.truncate(MAX_DRAFTS);
    }
}

/// Takes the draft of `name` out of `drafts` (empty when there is none).
pub fn take(drafts: &mut Vec<(String, DatasetFields)>, name: &str) -> DatasetFields {
    match drafts.iter().position(|(n, _)| n == name) {
        Some(i) => drafts.remove(i).1,
        None => DatasetFields::default(),
    }
}

fn key(id: &Option<String>) -> String {
    format!("datalots-widget:{}", id.as_deref().unwrap_or("default"))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// JSON text of a value, written by the browser's `JSON.stringify` from a
/// serde-wasm-bindgen value (the widget already links that serializer; serde_json's
/// would add to the first load).
pub fn to_json<T: Serialize>(value: &T) -> Option<String> {
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&js).ok()?.as_string()
}

/// A value from JSON text, read by the browser's `JSON.parse`.
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    let js = js_sys::JSON::parse(text).ok()?;
    serde_wasm_bindgen::from_value(js).ok()
}

/// What this widget saved earlier, if anything (unreadable data counts as nothing).
pub fn load(id: &Option<String>) -> Option<Saved> {
    let text = storage()?.get_item(&key(id)).ok()??;
    from_json(&text)
}

/// Saves; a full or forbidden storage is not an error the person can act on, so it is
/// ignored (the widget keeps working, it just does not resume).
pub fn save(id: &Option<String>, saved: &Saved) {
    if let (Some(s), Some(text)) = (storage(), to_json(saved)) {
        let _ = s.set_item(&key(id), &text);
    }
}

/// Forgets everything this widget saved.
pub fn clear(id: &Option<String>) {
    if let Some(s) = storage() {
        let _ = s.remove_item(&key(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(title: &str) -> DatasetFields {
        DatasetFields {
            title: title.into(),
            ..DatasetFields::default()
        }
    }

    #[test]
    fn drafts_are_kept_per_file_newest_first_and_bounded() {
        let mut d = Vec::new();
        stash(&mut d, "a.csv", draft("A"));
        stash(&mut d, "b.csv", draft("B"));
        stash(&mut d, "empty.csv", DatasetFields::default());
        assert_eq!(
            d.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            ["b.csv", "a.csv"]
        );
        assert_eq!(take(&mut d, "a.csv").title, "A");
        assert_eq!(take(&mut d, "a.csv"), DatasetFields::default());
        for i in 0..30 {
            stash(&mut d, &format!("{i}.csv"), draft("x"));
        }
        assert_eq!(d.len(), MAX_DRAFTS);
        assert_eq!(d[0].0, "29.csv");
    }
}
