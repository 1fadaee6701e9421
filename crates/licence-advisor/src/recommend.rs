//! Walking the tree with a set of answers.

use serde::Serialize;

use crate::answers::{Answers, Condition};
use crate::licences::{HVD_LEGISLATION, Licence, LicenceId, METADATA_LICENCE};
use crate::notes::{NoteId, NoteKind};
use crate::questions::{QUESTIONS, Question, QuestionId};
use crate::text::{Source, Text};
use crate::tree::{self, Effect, Given, Mode, Next};

/// How the walk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A licence is recommended.
    Licence,
    /// Do not publish under a licence: see the reasons.
    Stop,
    /// A needed answer is missing: see `next_question`.
    Incomplete,
}

/// Access rights from the EU vocabulary, for `dcterms:accessRights`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessRight {
    /// Anyone may access the data (registration or an API key allowed).
    Public,
    /// Access is restricted: fees, agreements, a limited set of users.
    Restricted,
    /// Not public.
    NonPublic,
}

impl AccessRight {
    /// The URI in the EU access-right authority table.
    pub fn uri(self) -> &'static str {
        match self {
            AccessRight::Public => {
                "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
            }
            AccessRight::Restricted => {
                "http://publications.europa.eu/resource/authority/access-right/RESTRICTED"
            }
            AccessRight::NonPublic => {
                "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC"
            }
        }
    }

    /// The label DCAT-AP-SE uses.
    pub fn label(self) -> Text {
        match self {
            AccessRight::Public => Text {
                sv: "Publik",
                en: "Public",
            },
            AccessRight::Restricted => Text {
                sv: "Begränsad",
                en: "Restricted",
            },
            AccessRight::NonPublic => Text {
                sv: "Ej offentlig",
                en: "Non-public",
            },
        }
    }
}

impl Serialize for AccessRight {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.uri())
    }
}

/// A reason, warning or conflict as it appears in a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The note's identifier.
    pub id: NoteId,
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
    /// What it rests on.
    pub source: Source,
    /// The source's citation.
    pub source_text: Text,
    /// Where the source can be read.
    pub source_url: Option<&'static str>,
}

impl From<NoteId> for Finding {
    fn from(id: NoteId) -> Finding {
        let note = id.note();
        Finding {
            id,
            sv: note.text.sv,
            en: note.text.en,
            source: note.source,
            source_text: note.source.citation(),
            source_url: note.source.url(),
        }
    }
}

/// A text a re-user can paste to credit the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// Swedish.
    pub sv: String,
    /// English.
    pub en: String,
}

/// The advice for one set of answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recommendation {
    /// How the walk ended.
    pub outcome: Outcome,
    /// The recommended licence (`null` unless the outcome is `licence`).
    pub licence: Option<Licence>,
    /// The access right for `dcterms:accessRights` (`null` while incomplete).
    pub access_rights: Option<AccessRight>,
    /// Whether the result is open data (false for shared data and for a stop).
    pub open_data: bool,
    /// Whether the dataset is a high-value dataset.
    pub high_value: bool,
    /// For a high-value dataset, the ELI for `dcatap:applicableLegislation`.
    pub applicable_legislation: Option<&'static str>,
    /// The licence of the metadata itself: always CC0 in DCAT-AP-SE.
    pub metadata_licence: &'static str,
    /// Why, in order.
    pub reasons: Vec<Finding>,
    /// What to keep in mind.
    pub warnings: Vec<Finding>,
    /// What must change before publishing.
    pub conflicts: Vec<Finding>,
    /// For licences that require attribution, a text to paste.
    pub attribution: Option<Attribution>,
    /// The questions asked, in order (including the one still unanswered).
    pub asked: Vec<QuestionId>,
    /// When incomplete, the question to ask next.
    pub next_question: Option<&'static Question>,
    /// The branches of [`tree::TREE`] the walk took: (question, branch index).
    #[serde(skip)]
    pub branches_taken: Vec<(QuestionId, usize)>,
}

/// The answer to a question, if one was given.
fn given(a: &Answers, q: QuestionId) -> Option<Given<'_>> {
    let b = |v: Option<bool>| v.map(Given::Bool);
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
            .as_deref()
            .filter(|l| !l.is_empty())
            .map(Given::Licences),
        QuestionId::Conditions => a
            .conditions
            .as_deref()
            .filter(|c| !c.is_empty())
            .map(Given::Conditions),
    }
}

#[derive(Default)]
struct Walk {
    licence: Option<LicenceId>,
    high_value: bool,
    shared: bool,
    non_commercial: bool,
    reasons: Vec<NoteId>,
    warnings: Vec<NoteId>,
    asked: Vec<QuestionId>,
    taken: Vec<(QuestionId, usize)>,
}

impl Walk {
    fn apply(&mut self, effect: Effect) {
        let push = |list: &mut Vec<NoteId>, id| {
            if !list.contains(&id) {
                list.push(id);
            }
        };
        match effect {
            Effect::Decide(l) => self.licence = Some(l),
            Effect::Reason(id) => push(&mut self.reasons, id),
            Effect::Warn(id) => push(&mut self.warnings, id),
            Effect::HighValue => self.high_value = true,
            Effect::SharedData => self.shared = true,
            Effect::NonCommercial => self.non_commercial = true,
        }
    }
}

/// Recommends terms of use for the answers given.
///
/// Never fails: missing answers that are needed give [`Outcome::Incomplete`] with the
/// next question; answers that are not needed (because an earlier one decided) are
/// ignored.
pub fn recommend(answers: &Answers) -> Recommendation {
    let mut walk = Walk::default();
    let mut question = tree::ROOT;
    // The tree only points forward (tested), so it ends within QUESTIONS.len() steps.
    for _ in 0..=QUESTIONS.len() {
        walk.asked.push(question);
        let Some(answer) = given(answers, question) else {
            return finish(walk, Outcome::Incomplete, Some(question), answers);
        };
        let node = tree::node(question);
        let mut matching = node
            .branches
            .iter()
            .enumerate()
            .filter(|(_, b)| b.when.matches(answer));
        let chosen: Vec<_> = match node.mode {
            Mode::First => matching.next().into_iter().collect(),
            Mode::Every => matching.collect(),
        };
        walk.taken
            .extend(chosen.iter().map(|(i, _)| (question, *i)));
        let chosen: Vec<_> = chosen.into_iter().map(|(_, b)| b).collect();
        let Some(next) = chosen.first().map(|b| b.next) else {
            // An answer no branch accepts (cannot happen with a valid tree): ask again.
            return finish(walk, Outcome::Incomplete, Some(question), answers);
        };
        for effect in chosen.iter().flat_map(|b| b.effects) {
            walk.apply(*effect);
        }
        match next {
            Next::Ask(q) => question = q,
            Next::Stop => return finish(walk, Outcome::Stop, None, answers),
            Next::Finish => return finish(walk, Outcome::Licence, None, answers),
        }
    }
    finish(walk, Outcome::Incomplete, Some(question), answers)
}

fn finish(
    mut walk: Walk,
    outcome: Outcome,
    next: Option<QuestionId>,
    answers: &Answers,
) -> Recommendation {
    let mut conflicts = Vec::new();
    let licence = match (outcome, walk.licence) {
        (Outcome::Licence, Some(base)) => {
            let id = if walk.non_commercial {
                match base {
                    LicenceId::Cc0 | LicenceId::CcBy | LicenceId::CcByNc => LicenceId::CcByNc,
                    LicenceId::CcBySa | LicenceId::CcByNcSa => LicenceId::CcByNcSa,
                    LicenceId::Odbl => {
                        conflicts.push(NoteId::OdblForbidsNonCommercial);
                        LicenceId::Odbl
                    }
                }
            } else {
                base
            };
            Some(id.licence())
        }
        _ => None,
    };
    if walk.high_value && outcome == Outcome::Licence {
        if licence.is_some_and(|l| !l.allowed_for_hvd) {
            conflicts.push(NoteId::HvdLicenceTooStrict);
        }
        let conditions = answers.conditions.as_deref().unwrap_or_default();
        if conditions.contains(&Condition::Fees) {
            conflicts.push(NoteId::HvdNoFees);
        }
        if conditions.contains(&Condition::LimitedUsers) {
            conflicts.push(NoteId::HvdNoLimitedUsers);
        }
    }
    let access_rights = match outcome {
        Outcome::Incomplete => None,
        Outcome::Stop => Some(AccessRight::NonPublic),
        Outcome::Licence if walk.shared => Some(AccessRight::Restricted),
        Outcome::Licence => Some(AccessRight::Public),
    };
    if outcome == Outcome::Licence {
        walk.reasons.push(NoteId::MetadataIsCc0);
    }
    let open_data = outcome == Outcome::Licence && !walk.shared && licence.is_some_and(|l| l.open);
    let attribution = licence
        .filter(|l| l.requires_attribution)
        .map(|l| attribution(&l, answers));
    debug_assert!(
        conflicts
            .iter()
            .all(|c| c.note().kind == NoteKind::Conflict)
    );
    Recommendation {
        outcome,
        licence,
        access_rights,
        open_data,
        high_value: walk.high_value,
        applicable_legislation: walk.high_value.then_some(HVD_LEGISLATION),
        metadata_licence: METADATA_LICENCE.licence().uri,
        reasons: walk.reasons.into_iter().map(Finding::from).collect(),
        warnings: walk.warnings.into_iter().map(Finding::from).collect(),
        conflicts: conflicts.into_iter().map(Finding::from).collect(),
        attribution,
        asked: walk.asked,
        branches_taken: walk.taken,
        next_question: next.map(QuestionId::question),
    }
}

fn attribution(l: &Licence, answers: &Answers) -> Attribution {
    let holder = answers
        .publisher
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let title = answers
        .title
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let sv_holder = holder.unwrap_or("[kommunens namn]");
    let en_holder = holder.unwrap_or("[name of the municipality]");
    let sv_title = title.map(|t| format!(", «{t}»")).unwrap_or_default();
    let en_title = title.map(|t| format!(", “{t}”")).unwrap_or_default();
    let short = l.id.short_name();
    Attribution {
        sv: format!("Källa: {sv_holder}{sv_title}. Licens: {short} ({}).", l.uri),
        en: format!(
            "Source: {en_holder}{en_title}. Licence: {short} ({}).",
            l.uri
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_answered_asks_about_secrecy_first() {
        let r = recommend(&Answers::default());
        assert_eq!(r.outcome, Outcome::Incomplete);
        assert_eq!(
            r.next_question.map(|q| q.id),
            Some(QuestionId::Confidential)
        );
        assert_eq!(r.licence, None);
        assert_eq!(r.access_rights, None);
        assert!(!r.open_data);
    }

    #[test]
    fn attribution_names_publisher_and_title() {
        let a = Answers {
            confidential: Some(false),
            personal_data: Some(false),
            high_value: Some(false),
            own_content: Some(true),
            facts_only: Some(false),
            authority_register: Some(false),
            require_attribution: Some(true),
            conditions: Some(vec![Condition::None]),
            publisher: Some("Upplands Väsby kommun".into()),
            title: Some("Befolkning 2024".into()),
            ..Answers::default()
        };
        let r = recommend(&a);
        let text = r.attribution.unwrap();
        assert_eq!(
            text.sv,
            "Källa: Upplands Väsby kommun, «Befolkning 2024». Licens: CC BY 4.0 (http://creativecommons.org/licenses/by/4.0/)."
        );
        assert!(
            text.en.starts_with(
                "Source: Upplands Väsby kommun, “Befolkning 2024”. Licence: CC BY 4.0"
            )
        );
    }
}
