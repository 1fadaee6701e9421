//! What the procurement view keeps, in plain Rust (tested natively): the answers, the
//! requirements switched off and the texts edited, by requirement ID and language.
//! The requirements themselves are chosen by the `procurement` crate from the answers.

use std::collections::{BTreeMap, BTreeSet};

use procurement::{Answers, Lang, QuestionId, Selection, select};
use serde::{Deserialize, Serialize};

/// The `localStorage` key.
pub const STORAGE_KEY: &str = "datalots.procurement.v1";

/// What is kept between visits.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// The answers.
    #[serde(default)]
    pub answers: Answers,
    /// The IDs of the requirements switched off.
    #[serde(default)]
    pub off: BTreeSet<String>,
    /// The edited texts: requirement ID → language tag → text.
    #[serde(default)]
    pub edits: BTreeMap<String, BTreeMap<String, String>>,
}

/// Everything the person does in the view.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A question was answered: the input's value (empty or unreadable clears the
    /// answer where it can be cleared).
    Answer {
        /// The question.
        question: QuestionId,
        /// The value.
        value: String,
    },
    /// A requirement was switched on or off.
    Include {
        /// The requirement's ID.
        id: String,
        /// On.
        on: bool,
    },
    /// A requirement's text was edited in one language.
    Edit {
        /// The requirement's ID.
        id: String,
        /// The language.
        lang: Lang,
        /// The new text.
        text: String,
    },
    /// The catalogue's text comes back in one language.
    Restore {
        /// The requirement's ID.
        id: String,
        /// The language.
        lang: Lang,
    },
    /// Start over: everything goes.
    Reset,
}

impl Saved {
    /// Applies `action`.
    pub fn reduce(&mut self, action: Action) {
        match action {
            Action::Answer { question, value } => apply(&mut self.answers, question, &value),
            Action::Include { id, on } => {
                if on {
                    self.off.remove(&id);
                } else {
                    self.off.insert(id);
                }
            }
            Action::Edit { id, lang, text } => {
                self.edits
                    .entry(id)
                    .or_default()
                    .insert(lang.tag().to_owned(), text);
            }
            Action::Restore { id, lang } => {
                if let Some(e) = self.edits.get_mut(&id) {
                    e.remove(lang.tag());
                    if e.is_empty() {
                        self.edits.remove(&id);
                    }
                }
            }
            Action::Reset => *self = Saved::default(),
        }
    }

    /// The selection: chosen from the answers, with switched-off requirements marked
    /// and edited texts put in.
    pub fn selection(&self) -> Selection {
        let mut s = select(&self.answers);
        for area in &mut s.areas {
            for r in &mut area.requirements {
                r.included = !self.off.contains(&r.id);
                if let Some(edits) = self.edits.get(&r.id) {
                    if let Some(t) = edits.get("sv") {
                        r.text.sv = t.clone();
                    }
                    if let Some(t) = edits.get("en") {
                        r.text.en = t.clone();
                    }
                }
            }
        }
        s
    }

    /// Whether requirement `id`'s text was edited in `lang`.
    pub fn edited(&self, id: &str, lang: Lang) -> bool {
        self.edits
            .get(id)
            .is_some_and(|e| e.contains_key(lang.tag()))
    }

    /// The current answer of a question, as the value an input carries.
    pub fn current(&self, q: QuestionId) -> Option<String> {
        let a = &self.answers;
        let b = |v: Option<bool>| v.map(|v| v.to_string());
        match q {
            QuestionId::Kind => a.kind.map(|k| k.id().to_owned()),
            QuestionId::Buyer => a.buyer.clone(),
            QuestionId::PublishesOnline => b(a.publishes_online),
            QuestionId::PersonalData => b(a.personal_data),
            QuestionId::HighValue => b(a.high_value),
            QuestionId::RunningService => b(a.running_service),
            QuestionId::ContractYears => a.contract_years.map(|n| n.to_string()),
            QuestionId::NoticeMonths => a.notice_months.map(|n| n.to_string()),
            QuestionId::Licence => Some(a.licence_or_default().id().to_owned()),
        }
    }
}

/// Sets one answer from an input's value; an empty or unreadable value clears it.
fn apply(a: &mut Answers, q: QuestionId, value: &str) {
    let mut next = a.clone();
    if next.set(q, value).is_err() {
        match q {
            QuestionId::Buyer => next.buyer = None,
            QuestionId::ContractYears => next.contract_years = None,
            QuestionId::NoticeMonths => next.notice_months = None,
            _ => return,
        }
    }
    *a = next;
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code

    use super::*;
    use procurement::Outcome;

    /// Answers every question the walk asks with the first value it offers.
    fn complete() -> Saved {
        let mut s = Saved::default();
        for _ in 0..20 {
            let sel = s.selection();
            if sel.outcome == Outcome::Complete {
                return s;
            }
            let q = sel.asked.last().unwrap().question();
            let value = match q.kind {
                procurement::AnswerKind::YesNo => "true".to_owned(),
                procurement::AnswerKind::OneOf => q.options[0].value.to_owned(),
                procurement::AnswerKind::Number { min, .. } => min.to_string(),
                procurement::AnswerKind::Text => "Exempelby kommun".to_owned(),
            };
            s.reduce(Action::Answer {
                question: q.id,
                value,
            });
        }
        panic!("the walk did not end: {:?}", s.answers);
    }

    fn first_id(s: &Saved) -> String {
        s.selection().requirements().next().unwrap().id.clone()
    }

    #[test]
    fn an_answer_is_kept_and_an_empty_one_clears_what_can_be_cleared() {
        let mut s = Saved::default();
        s.reduce(Action::Answer {
            question: QuestionId::Kind,
            value: "system".into(),
        });
        assert_eq!(s.current(QuestionId::Kind).as_deref(), Some("system"));
        s.reduce(Action::Answer {
            question: QuestionId::ContractYears,
            value: "4".into(),
        });
        assert_eq!(s.current(QuestionId::ContractYears).as_deref(), Some("4"));
        s.reduce(Action::Answer {
            question: QuestionId::ContractYears,
            value: String::new(),
        });
        assert_eq!(s.current(QuestionId::ContractYears), None);
        s.reduce(Action::Answer {
            question: QuestionId::Kind,
            value: "no such kind".into(),
        });
        assert_eq!(
            s.current(QuestionId::Kind).as_deref(),
            Some("system"),
            "a refused value changes nothing"
        );
    }

    #[test]
    fn the_answers_lead_to_a_complete_selection() {
        assert_ne!(Saved::default().selection().outcome, Outcome::Complete);
        let s = complete();
        let sel = s.selection();
        assert!(sel.requirements().count() > 0);
        assert_eq!(sel.included().count(), sel.requirements().count());
    }

    #[test]
    fn a_requirement_switched_off_is_left_out_and_back_on_in() {
        let mut s = complete();
        let id = first_id(&s);
        let total = s.selection().requirements().count();
        s.reduce(Action::Include {
            id: id.clone(),
            on: false,
        });
        assert_eq!(s.selection().included().count(), total - 1);
        assert!(!s.selection().included().any(|r| r.id == id));
        s.reduce(Action::Include { id, on: true });
        assert_eq!(s.selection().included().count(), total);
    }

    #[test]
    fn an_edited_text_replaces_one_language_until_restored() {
        let mut s = complete();
        let id = first_id(&s);
        let original = s.selection().requirements().next().unwrap().text.clone();
        s.reduce(Action::Edit {
            id: id.clone(),
            lang: Lang::Sv,
            text: "Leverantören ska …".into(),
        });
        assert!(s.edited(&id, Lang::Sv));
        assert!(!s.edited(&id, Lang::En));
        let r = s.selection().requirements().next().unwrap().clone();
        assert_eq!(r.text.sv, "Leverantören ska …");
        assert_eq!(r.text.en, original.en);
        s.reduce(Action::Restore {
            id: id.clone(),
            lang: Lang::Sv,
        });
        assert!(!s.edited(&id, Lang::Sv));
        assert!(s.edits.is_empty());
        assert_eq!(s.selection().requirements().next().unwrap().text, original);
    }

    #[test]
    fn start_over_forgets_everything() {
        let mut s = complete();
        let id = first_id(&s);
        s.reduce(Action::Include {
            id: id.clone(),
            on: false,
        });
        s.reduce(Action::Edit {
            id,
            lang: Lang::En,
            text: "x".into(),
        });
        s.reduce(Action::Reset);
        assert_eq!(s, Saved::default());
    }
}
