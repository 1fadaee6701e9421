//! Choosing the requirements: walking the questions, then filtering the catalogue.

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::answers::{Answers, Kind, Licence};
use crate::catalogue::{AREAS, Need, RequirementKind, TEMPLATES, Template};
use crate::questions::{QUESTIONS, QuestionId};
use crate::text::{Bilingual, Reference};
use crate::tree::{self, Next, When};

/// How far the answers go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every needed answer is given: the requirements are chosen.
    Complete,
    /// A needed answer is missing: see `next_question`.
    Incomplete,
}

/// A reference as it appears in a selection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cited {
    /// Which.
    pub id: Reference,
    /// The citation.
    pub text: Bilingual,
    /// Where it can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A chosen requirement, with its placeholders filled. Its texts can be edited and it
/// can be switched off (`included: false`) before export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirement {
    /// The template's stable identifier (`D1-03`).
    pub id: String,
    /// The area, 1–7.
    pub area: u8,
    /// The consideration it serves (`1B`).
    pub consideration: String,
    /// The kind of requirement.
    pub kind: RequirementKind,
    /// A short title.
    pub title: Bilingual,
    /// The requirement.
    pub text: Bilingual,
    /// Why the buyer asks for it.
    pub motive: Bilingual,
    /// How the supplier shows fulfilment.
    pub verification: Bilingual,
    /// For contract conditions: follow-up and sanction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<Bilingual>,
    /// What it rests on.
    pub references: Vec<Cited>,
    /// Why it was chosen for these answers.
    pub why: Vec<Bilingual>,
    /// Whether it goes into the exports (`true` unless switched off).
    #[serde(default = "yes")]
    pub included: bool,
}

fn yes() -> bool {
    true
}

/// One area of a selection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaSelection {
    /// 1–7.
    pub number: u8,
    /// The area's name.
    pub title: Bilingual,
    /// What the area is about.
    pub summary: Bilingual,
    /// The requirements chosen, in catalogue order.
    pub requirements: Vec<Requirement>,
}

/// The requirements chosen for a set of answers, grouped by area. Serialises to JSON
/// that [`Selection::from_json`] reads back, edits included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    /// Whether every needed answer was given.
    pub outcome: Outcome,
    /// The answers, with the licence's default filled in.
    pub answers: Answers,
    /// The questions asked, in order (including the one still unanswered).
    pub asked: Vec<QuestionId>,
    /// When incomplete, the question to ask next.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_question: Option<QuestionId>,
    /// The seven areas with their requirements (empty while incomplete).
    pub areas: Vec<AreaSelection>,
}

impl Selection {
    /// Reads a selection written by [`Selection::to_json`], possibly edited.
    pub fn from_json(text: &str) -> Result<Selection, Error> {
        let s: Selection = serde_json::from_str(text).map_err(|e| Error::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        s.answers.check()?;
        for a in &s.areas {
            if !(1..=7).contains(&a.number) {
                return Err(Error::InvalidSelection(format!(
                    "område {0} finns inte / there is no area {0}",
                    a.number
                )));
            }
        }
        Ok(s)
    }

    /// The selection as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        // Plain data with string keys: serialising cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Every requirement, included or not, in order.
    pub fn requirements(&self) -> impl Iterator<Item = &Requirement> {
        self.areas.iter().flat_map(|a| a.requirements.iter())
    }

    /// The requirements that go into an export.
    pub fn included(&self) -> impl Iterator<Item = &Requirement> {
        self.requirements().filter(|r| r.included)
    }

    /// Finds a requirement by its identifier, to switch it off or edit it.
    pub fn requirement_mut(&mut self, id: &str) -> Option<&mut Requirement> {
        self.areas
            .iter_mut()
            .flat_map(|a| a.requirements.iter_mut())
            .find(|r| r.id == id)
    }

    /// An error when the selection is incomplete, for the exports.
    pub fn require_complete(&self) -> Result<(), Error> {
        match (self.outcome, self.next_question) {
            (Outcome::Complete, _) => Ok(()),
            (Outcome::Incomplete, q) => Err(Error::Incomplete(q.unwrap_or(tree::ROOT))),
        }
    }
}

fn answered(a: &Answers, q: QuestionId) -> Option<Option<bool>> {
    let flag = |v: Option<bool>| v.map(Some);
    match q {
        QuestionId::Kind => a.kind.map(|_| None),
        QuestionId::Buyer => a
            .buyer
            .as_deref()
            .filter(|b| !b.trim().is_empty())
            .map(|_| None),
        QuestionId::PublishesOnline => flag(a.publishes_online),
        QuestionId::PersonalData => flag(a.personal_data),
        QuestionId::HighValue => flag(a.high_value),
        QuestionId::RunningService => flag(a.running_service),
        QuestionId::ContractYears => a.contract_years.map(|_| None),
        QuestionId::NoticeMonths => a.notice_months.map(|_| None),
        // The licence has a default: CC0 1.0, as DIGG and PRV recommend.
        QuestionId::Licence => Some(None),
    }
}

/// Whether a template's needs hold for complete answers.
fn needs_hold(t: &Template, a: &Answers) -> bool {
    t.needs.iter().all(|n| match n {
        Need::PublishesOnline => a.publishes_online == Some(true),
        Need::PersonalData => a.personal_data == Some(true),
        Need::HighValue => a.high_value == Some(true),
        Need::RunningService => a.running_service == Some(true),
        Need::CcBy => a.licence_or_default() == Licence::CcBy,
    })
}

/// Fills the placeholders of a text from the answers.
pub fn fill(text: &str, a: &Answers) -> String {
    let licence = a.licence_or_default();
    let buyer = a.buyer.as_deref().map(str::trim).unwrap_or_default();
    let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    text.replace("{köpare}", buyer)
        .replace("{licens_uri}", licence.uri())
        .replace("{licens}", licence.name())
        .replace("{avtalsår}", &number(a.contract_years))
        .replace("{varsel_månader}", &number(a.notice_months))
}

fn kind_reason(k: Kind) -> Bilingual {
    let (sv, en) = match k {
        Kind::System => (
            "ett system eller en teknisk lösning",
            "a system or technical solution",
        ),
        Kind::Service => ("en digital tjänst", "a digital service"),
        Kind::InformationProduct => ("en informationsprodukt", "an information product"),
        Kind::Survey => (
            "en undersökning eller utredning",
            "a survey or investigation",
        ),
    };
    Bilingual {
        sv: format!("Gäller vid upphandling av {sv}."),
        en: format!("Applies when procuring {en}."),
    }
}

fn requirement(t: &Template, a: &Answers, kind: Kind) -> Requirement {
    let f = |text: &crate::text::Text| Bilingual {
        sv: fill(text.sv, a),
        en: fill(text.en, a),
    };
    let mut why = vec![kind_reason(kind)];
    why.extend(t.needs.iter().map(|n| n.reason().owned()));
    Requirement {
        id: t.id.to_owned(),
        area: t.area,
        consideration: t.consideration.to_owned(),
        kind: t.kind,
        title: f(&t.title),
        text: f(&t.text),
        motive: f(&t.motive),
        verification: f(&t.verification),
        follow_up: t.follow_up.as_ref().map(f),
        references: t
            .references
            .iter()
            .map(|r| Cited {
                id: *r,
                text: r.citation().owned(),
                url: r.url().map(str::to_owned),
            })
            .collect(),
        why,
        included: true,
    }
}

/// Chooses the requirements for the answers given.
///
/// Never fails: a missing answer that is needed gives [`Outcome::Incomplete`] with the
/// next question and no requirements; answers that are not needed (the contract's
/// length for a one-off delivery) are kept but do not change the choice.
pub fn select(answers: &Answers) -> Selection {
    let mut asked = Vec::new();
    let mut question = tree::ROOT;
    let mut a = answers.clone();
    if a.licence.is_none() {
        a.licence = Some(Licence::default());
    }
    // The tree only points forward (tested), so it ends within QUESTIONS.len() steps.
    for _ in 0..=QUESTIONS.len() {
        asked.push(question);
        let Some(given) = answered(&a, question) else {
            return Selection {
                outcome: Outcome::Incomplete,
                answers: a,
                asked,
                next_question: Some(question),
                areas: Vec::new(),
            };
        };
        let next = tree::node(question)
            .branches
            .iter()
            .find(|b| match b.when {
                When::Any => true,
                When::Yes => given == Some(true),
                When::No => given == Some(false),
            })
            .map(|b| b.next);
        match next {
            Some(Next::Ask(q)) => question = q,
            Some(Next::Finish) => break,
            // No branch takes this answer (cannot happen with a valid tree): ask again.
            None => {
                return Selection {
                    outcome: Outcome::Incomplete,
                    answers: a,
                    asked,
                    next_question: Some(question),
                    areas: Vec::new(),
                };
            }
        }
    }
    let Some(kind) = a.kind else {
        return Selection {
            outcome: Outcome::Incomplete,
            answers: a,
            asked,
            next_question: Some(QuestionId::Kind),
            areas: Vec::new(),
        };
    };
    let areas = AREAS
        .iter()
        .map(|area| AreaSelection {
            number: area.number,
            title: area.title.owned(),
            summary: area.summary.owned(),
            requirements: TEMPLATES
                .iter()
                .filter(|t| t.area == area.number && t.applies_to(kind) && needs_hold(t, &a))
                .map(|t| requirement(t, &a, kind))
                .collect(),
        })
        .collect();
    Selection {
        outcome: Outcome::Complete,
        answers: a,
        asked,
        next_question: None,
        areas,
    }
}
