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
}

fn key(id: &Option<String>) -> String {
    format!("datalots-widget:{}", id.as_deref().unwrap_or("default"))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// What this widget saved earlier, if anything (unreadable data counts as nothing).
pub fn load(id: &Option<String>) -> Option<Saved> {
    let text = storage()?.get_item(&key(id)).ok()??;
    serde_json::from_str(&text).ok()
}

/// Saves; a full or forbidden storage is not an error the person can act on, so it is
/// ignored (the widget keeps working, it just does not resume).
pub fn save(id: &Option<String>, saved: &Saved) {
    if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(saved)) {
        let _ = s.set_item(&key(id), &text);
    }
}

/// Forgets everything this widget saved.
pub fn clear(id: &Option<String>) {
    if let Some(s) = storage() {
        let _ = s.remove_item(&key(id));
    }
}
