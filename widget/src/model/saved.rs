//! What one widget keeps in `localStorage`, so a reload or a closed tab resumes where
//! the person was, and the drafts per file. The CSV file itself is never stored: only
//! what the person answered and typed. Widgets with the same `id` attribute share it
//! (the key is [`storage_key`]); others do not.

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
    /// Whether the personal-data answer in `answers` came from the file's flags
    /// (taken away when the steward dismisses every flag), not from the person.
    pub personal_prefilled: bool,
}

/// The `localStorage` key of the widget with the `id` attribute `id`.
pub fn storage_key(id: Option<&str>) -> String {
    format!("datalots-widget:{}", id.unwrap_or("default"))
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

    #[test]
    fn widgets_with_the_same_id_share_a_key_and_others_do_not() {
        assert_eq!(storage_key(None), "datalots-widget:default");
        assert_eq!(storage_key(Some("a")), "datalots-widget:a");
        assert_ne!(storage_key(Some("a")), storage_key(Some("b")));
    }
}
