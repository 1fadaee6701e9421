//! The licence questionnaire as a form: the questions the decision tree asks for the
//! answers so far (each next one appears as soon as the one before is answered), each
//! with its options, help text and the answer given, and the recommendation worded for
//! people — what the widget's licence step renders, and any other front end may.
//!
//! The tree decides; this module only walks [`licence_advisor::recommend`] and words
//! the result. Answers are set from form values exactly as written in an answers JSON
//! file (`true`, `false`, `CC0-1.0`, `none`…) with [`answer`].
//!
//! ```
//! use datalots::Answers;
//! use datalots::questionnaire::{LicenceForm, answer};
//!
//! let mut answers = Answers::default();
//! let form = LicenceForm::new(&answers);
//! assert_eq!(form.questions.len(), 1); // only the first question is shown
//! assert_eq!(form.questions[0].key, "confidential");
//! answer(&mut answers, "confidential", &["false"])?;
//! let form = LicenceForm::new(&answers);
//! assert_eq!(form.questions[1].key, "personal_data"); // the tree asks the next one
//! # Ok::<(), datalots::Error>(())
//! ```

use licence_advisor::{AnswerKind, Answers, Finding, Outcome, QUESTIONS, QuestionId, recommend};
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::text::Both;

/// One answer option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionView {
    /// The value as written in an answers JSON file.
    pub value: String,
    /// What a person reads.
    pub label: Both,
    /// Whether it is the (or one of the) chosen answer(s).
    pub chosen: bool,
}

/// A question as the form shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    /// The answer key (`confidential`, `personal_data`…).
    pub key: String,
    /// The question.
    pub text: Both,
    /// Plain-language help.
    pub help: Both,
    /// Whether several options may be chosen (checkboxes rather than radios).
    pub multiple: bool,
    /// The options.
    pub options: Vec<OptionView>,
    /// Whether the question has an answer.
    pub answered: bool,
}

/// A reason, warning or conflict with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingView {
    /// The text.
    pub text: Both,
    /// What it rests on.
    pub source: Both,
    /// Where the source can be read.
    pub url: Option<String>,
}

impl From<&Finding> for FindingView {
    fn from(f: &Finding) -> FindingView {
        FindingView {
            text: Both {
                sv: f.sv.into(),
                en: f.en.into(),
            },
            source: Both {
                sv: f.source_text.sv.into(),
                en: f.source_text.en.into(),
            },
            url: f.source_url.map(str::to_owned),
        }
    }
}

/// The questionnaire for a set of answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LicenceForm {
    /// The questions the tree asks for these answers, in order; the last one is
    /// unanswered while the outcome is `incomplete`.
    pub questions: Vec<QuestionView>,
    /// `licence`, `stop` or `incomplete`.
    pub outcome: String,
    /// The recommended licence's name, when there is one.
    pub licence: Option<Both>,
    /// Its URI (for `dcterms:license`).
    pub licence_uri: Option<String>,
    /// Whether the result is open data.
    pub open_data: bool,
    /// Whether the dataset is a high-value dataset.
    pub high_value: bool,
    /// Why: the reasons of the result (none while a question is open).
    pub reasons: Vec<FindingView>,
    /// What to keep in mind.
    pub warnings: Vec<FindingView>,
    /// What must change before publishing.
    pub conflicts: Vec<FindingView>,
    /// A text a re-user can paste to credit the source, when the licence requires it.
    pub attribution: Option<Both>,
    /// Whether the flow may continue to publishing: a licence and no conflicts.
    pub can_publish: bool,
    /// What to do, in one paragraph: after a stop, what would have to change.
    pub summary: Both,
}

fn chosen_values(a: &Answers, q: QuestionId) -> Vec<String> {
    let b = |v: Option<bool>| v.map(|b| vec![b.to_string()]).unwrap_or_default();
    match q {
        QuestionId::Confidential => b(a.confidential),
        QuestionId::PersonalData => b(a.personal_data),
        QuestionId::HighValue => b(a.high_value),
        QuestionId::OwnContent => b(a.own_content),
        QuestionId::FactsOnly => b(a.facts_only),
        QuestionId::AuthorityRegister => b(a.authority_register),
        QuestionId::RequireAttribution => b(a.require_attribution),
        QuestionId::ThirdPartyLicences => a
            .third_party_licences
            .iter()
            .flatten()
            .map(|l| l.id().to_owned())
            .collect(),
        QuestionId::Conditions => a
            .conditions
            .iter()
            .flatten()
            .map(|c| c.id().to_owned())
            .collect(),
    }
}

/// Sets the answer to the question `key` from the values a form sent (one for a
/// yes/no question, any number for a multi-valued one; none clears the answer).
pub fn answer(answers: &mut Answers, key: &str, values: &[&str]) -> Result<(), Error> {
    let Some(q) = QUESTIONS.iter().find(|q| q.key == key) else {
        return Err(Error::UnknownValue {
            option: "question",
            value: key.to_owned(),
        });
    };
    if values.is_empty() {
        clear(answers, q.id);
        return Ok(());
    }
    answers.set(q.id, &values.join(","))?;
    Ok(())
}

fn clear(a: &mut Answers, q: QuestionId) {
    match q {
        QuestionId::Confidential => a.confidential = None,
        QuestionId::PersonalData => a.personal_data = None,
        QuestionId::HighValue => a.high_value = None,
        QuestionId::OwnContent => a.own_content = None,
        QuestionId::FactsOnly => a.facts_only = None,
        QuestionId::AuthorityRegister => a.authority_register = None,
        QuestionId::RequireAttribution => a.require_attribution = None,
        QuestionId::ThirdPartyLicences => a.third_party_licences = None,
        QuestionId::Conditions => a.conditions = None,
    }
}

/// Pre-answers what the file's profile knows: personal data found means
/// `personal_data` is `true` (unless the person already answered). Returns whether
/// an answer was filled in.
pub fn prefill_from_profile(answers: &mut Answers, has_personal_data: bool) -> bool {
    if has_personal_data && answers.personal_data.is_none() {
        answers.personal_data = Some(true);
        return true;
    }
    false
}

impl LicenceForm {
    /// The form for these answers.
    pub fn new(answers: &Answers) -> LicenceForm {
        let rec = recommend(answers);
        let questions = rec
            .asked
            .iter()
            .map(|id| {
                let q = id.question();
                let chosen = chosen_values(answers, *id);
                QuestionView {
                    key: q.key.into(),
                    text: Both {
                        sv: q.text.sv.into(),
                        en: q.text.en.into(),
                    },
                    help: Both {
                        sv: q.help.sv.into(),
                        en: q.help.en.into(),
                    },
                    multiple: q.kind == AnswerKind::ManyOf,
                    options: q
                        .options
                        .iter()
                        .map(|o| OptionView {
                            value: o.value.into(),
                            label: Both {
                                sv: o.label.sv.into(),
                                en: o.label.en.into(),
                            },
                            chosen: chosen.iter().any(|c| c == o.value),
                        })
                        .collect(),
                    answered: !chosen.is_empty(),
                }
            })
            .collect();
        let outcome = match rec.outcome {
            Outcome::Licence => "licence",
            Outcome::Stop => "stop",
            Outcome::Incomplete => "incomplete",
        };
        let can_publish = rec.outcome == Outcome::Licence && rec.conflicts.is_empty();
        let summary = match rec.outcome {
            Outcome::Incomplete => Both {
                sv: "Svara på frågan ovan.".into(),
                en: "Answer the question above.".into(),
            },
            Outcome::Stop => Both {
                sv: "Filen kan inte publiceras som öppna data med de här svaren. Läs skälen nedan: det som gör att den stoppas måste ändras (till exempel att personuppgifter tas bort eller att uppgifterna sammanställs) innan du kan gå vidare.".into(),
                en: "The file cannot be published as open data with these answers. Read the reasons below: what stops it must change (for example removing personal data or aggregating the data) before you can continue.".into(),
            },
            Outcome::Licence if !rec.conflicts.is_empty() => Both {
                sv: "Licensen går inte ihop med andra svar. Ändra det som konflikterna nedan nämner innan du går vidare.".into(),
                en: "The licence does not fit other answers. Change what the conflicts below name before you continue.".into(),
            },
            Outcome::Licence => Both {
                sv: "Datalots rekommenderar licensen ovan. Den anges för filen i metadata (dcterms:license).".into(),
                en: "Datalots recommends the licence above. It is given for the file in the metadata (dcterms:license).".into(),
            },
        };
        LicenceForm {
            questions,
            outcome: outcome.into(),
            licence: rec.licence.map(|l| Both {
                sv: l.name_sv.into(),
                en: l.name_en.into(),
            }),
            licence_uri: rec.licence.map(|l| l.uri.to_owned()),
            open_data: rec.open_data,
            high_value: rec.high_value,
            // Reasons explain a result: while a question is open there is none yet (the
            // advice's reasons for the licence it leans to would contradict «answer the
            // question above»).
            reasons: if rec.outcome == Outcome::Incomplete {
                Vec::new()
            } else {
                rec.reasons.iter().map(FindingView::from).collect()
            },
            warnings: rec.warnings.iter().map(FindingView::from).collect(),
            conflicts: rec.conflicts.iter().map(FindingView::from).collect(),
            attribution: rec.attribution.map(|a| Both { sv: a.sv, en: a.en }),
            can_publish,
            summary,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_come_with_a_result_only() {
        // Every answer given but the last: the recommendation still asks, and no
        // reason explains a licence that is not the result yet.
        let full = [
            ("confidential", "false"),
            ("personal_data", "false"),
            ("high_value", "false"),
            ("own_content", "true"),
            ("facts_only", "true"),
            ("conditions", "none"),
        ];
        let mut a = Answers::default();
        for (i, (key, value)) in full.iter().enumerate() {
            let form = LicenceForm::new(&a);
            if form.outcome == "incomplete" {
                assert!(
                    form.reasons.is_empty(),
                    "after {i} answers: {:?}",
                    form.reasons
                );
                assert!(form.licence.is_none());
                assert_eq!(form.summary.en, "Answer the question above.");
            }
            answer(&mut a, key, &[value]).unwrap();
        }
        let form = LicenceForm::new(&a);
        assert_eq!(form.outcome, "licence");
        assert!(!form.reasons.is_empty(), "a result comes with its reasons");
    }

    #[test]
    fn questions_appear_one_at_a_time_as_the_tree_decides() {
        let mut a = Answers::default();
        let keys = |a: &Answers| {
            LicenceForm::new(a)
                .questions
                .iter()
                .map(|q| q.key.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(&a), ["confidential"]);
        answer(&mut a, "confidential", &["false"]).unwrap();
        answer(&mut a, "personal_data", &["false"]).unwrap();
        assert_eq!(keys(&a), ["confidential", "personal_data", "high_value"]);
        let form = LicenceForm::new(&a);
        assert_eq!(form.outcome, "incomplete");
        assert!(!form.can_publish);
        assert!(form.questions[0].answered);
        assert!(
            form.questions[0]
                .options
                .iter()
                .any(|o| o.value == "false" && o.chosen)
        );
        assert!(!form.questions[2].answered);
    }

    #[test]
    fn the_open_facts_path_recommends_cc0() {
        let mut a = Answers::default();
        for (k, v) in [
            ("confidential", "false"),
            ("personal_data", "false"),
            ("high_value", "false"),
            ("own_content", "true"),
            ("facts_only", "true"),
        ] {
            answer(&mut a, k, &[v]).unwrap();
        }
        // Walk on until the tree is satisfied, answering "none" to conditions.
        let mut form = LicenceForm::new(&a);
        for _ in 0..5 {
            if form.outcome != "incomplete" {
                break;
            }
            let q = form.questions.last().unwrap().clone();
            let v = if q.key == "conditions" {
                "none"
            } else {
                "false"
            };
            answer(&mut a, &q.key, &[v]).unwrap();
            form = LicenceForm::new(&a);
        }
        assert_eq!(form.outcome, "licence", "{form:?}");
        assert_eq!(
            form.licence_uri.as_deref(),
            Some("http://creativecommons.org/publicdomain/zero/1.0/")
        );
        assert!(form.can_publish);
        assert!(!form.reasons.is_empty());
        assert!(form.reasons.iter().all(|r| !r.source.sv.is_empty()));
    }

    #[test]
    fn personal_data_from_the_profile_stops_publishing() {
        let mut a = Answers::default();
        assert!(prefill_from_profile(&mut a, true));
        assert_eq!(a.personal_data, Some(true));
        // A person's own answer is never overwritten.
        let mut b = Answers {
            personal_data: Some(false),
            ..Answers::default()
        };
        assert!(!prefill_from_profile(&mut b, true));
        assert_eq!(b.personal_data, Some(false));

        answer(&mut a, "confidential", &["false"]).unwrap();
        let form = LicenceForm::new(&a);
        assert_eq!(form.outcome, "stop");
        assert!(!form.can_publish);
        assert!(form.summary.sv.contains("kan inte publiceras"));
        assert!(
            form.questions
                .iter()
                .any(|q| q.key == "personal_data" && q.answered)
        );
    }

    #[test]
    fn multi_valued_answers_and_clearing() {
        let mut a = Answers::default();
        answer(&mut a, "third_party_licences", &["CC0-1.0", "CC-BY-4.0"]).unwrap();
        assert_eq!(
            chosen_values(&a, QuestionId::ThirdPartyLicences),
            ["CC0-1.0", "CC-BY-4.0"]
        );
        answer(&mut a, "third_party_licences", &[]).unwrap();
        assert!(a.third_party_licences.is_none());
        assert!(answer(&mut a, "conditions", &["none", "fees"]).is_err());
        assert!(answer(&mut a, "no_such_question", &["true"]).is_err());
        assert!(answer(&mut a, "confidential", &["kanske"]).is_err());
    }
}
