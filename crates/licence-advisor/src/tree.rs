//! The decision tree, as data: which question follows which answer, and what each
//! answer decides. [`crate::recommend`] walks it; [`crate::mermaid`] draws it.
//!
//! The order follows DIGG's and PRV's guidance (each step's sources are the notes'
//! [`crate::text::Source`]s): gatekeeping (secrecy, personal data), the
//! high-value-dataset constraint, the rights in the content, whether it is protected at
//! all, the municipality's own choice, and finally the conditions that turn open data
//! into shared data.

use crate::answers::{Condition, InputLicence};
use crate::licences::LicenceId;
use crate::notes::NoteId;
use crate::questions::QuestionId;

/// A test on one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A yes-or-no answer is yes.
    Yes,
    /// A yes-or-no answer is no.
    No,
    /// At least one of these licences was chosen.
    AnyOf(&'static [InputLicence]),
    /// All of these licences were chosen.
    AllOf(&'static [InputLicence]),
    /// Every licence chosen is one of these.
    OnlyOf(&'static [InputLicence]),
    /// This condition was chosen.
    Has(Condition),
}

/// What an answer does to the recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Decides the licence.
    Decide(LicenceId),
    /// Adds a reason.
    Reason(NoteId),
    /// Adds a warning.
    Warn(NoteId),
    /// Marks the dataset as a high-value dataset.
    HighValue,
    /// Makes the data shared data: access RESTRICTED, not open data.
    SharedData,
    /// Turns the licence into its non-commercial variant.
    NonCommercial,
}

/// Where the walk goes after a branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Ask this question.
    Ask(QuestionId),
    /// Stop: nothing may be published under a licence.
    Stop,
    /// The recommendation is complete.
    Finish,
}

/// One branch of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Branch {
    /// When it applies.
    pub when: When,
    /// What it does.
    pub effects: &'static [Effect],
    /// Where the walk goes.
    pub next: Next,
}

/// How a node's branches are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The first matching branch applies (branches are ordered, strictest first).
    First,
    /// Every matching branch applies (all of them lead to the same place).
    Every,
}

/// A question in the tree and its branches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node {
    /// The question asked here.
    pub question: QuestionId,
    /// How branches are chosen.
    pub mode: Mode,
    /// The branches.
    pub branches: &'static [Branch],
}

/// The question the walk starts with.
pub const ROOT: QuestionId = QuestionId::Confidential;

use Effect::*;
use When::*;

const fn ask(q: QuestionId) -> Next {
    Next::Ask(q)
}

/// The tree: one node per question, in the order of [`QuestionId`].
pub static TREE: [Node; 9] = [
    Node {
        question: QuestionId::Confidential,
        mode: Mode::First,
        branches: &[
            Branch {
                when: Yes,
                effects: &[Reason(NoteId::Secrecy)],
                next: Next::Stop,
            },
            Branch {
                when: No,
                effects: &[],
                next: ask(QuestionId::PersonalData),
            },
        ],
    },
    Node {
        question: QuestionId::PersonalData,
        mode: Mode::First,
        branches: &[
            Branch {
                when: Yes,
                effects: &[Reason(NoteId::PersonalData)],
                next: Next::Stop,
            },
            Branch {
                when: No,
                effects: &[],
                next: ask(QuestionId::HighValue),
            },
        ],
    },
    Node {
        question: QuestionId::HighValue,
        mode: Mode::First,
        branches: &[
            Branch {
                when: Yes,
                effects: &[
                    HighValue,
                    Reason(NoteId::HighValue),
                    Warn(NoteId::HvdFreeAndAvailable),
                ],
                next: ask(QuestionId::OwnContent),
            },
            Branch {
                when: No,
                effects: &[],
                next: ask(QuestionId::OwnContent),
            },
        ],
    },
    Node {
        question: QuestionId::OwnContent,
        mode: Mode::First,
        branches: &[
            Branch {
                when: Yes,
                effects: &[],
                next: ask(QuestionId::FactsOnly),
            },
            Branch {
                when: No,
                effects: &[],
                next: ask(QuestionId::ThirdPartyLicences),
            },
        ],
    },
    Node {
        question: QuestionId::ThirdPartyLicences,
        mode: Mode::First,
        branches: &[
            Branch {
                when: AnyOf(&[
                    InputLicence::Unknown,
                    InputLicence::CcByNc,
                    InputLicence::CcByNd,
                ]),
                effects: &[Reason(NoteId::ThirdPartyWithoutRights)],
                next: Next::Stop,
            },
            Branch {
                when: AllOf(&[InputLicence::CcBySa, InputLicence::Odbl]),
                effects: &[Reason(NoteId::IncompatibleShareAlike)],
                next: Next::Stop,
            },
            Branch {
                when: AnyOf(&[InputLicence::CcBySa]),
                effects: &[Decide(LicenceId::CcBySa), Reason(NoteId::ShareAlikeInput)],
                next: ask(QuestionId::Conditions),
            },
            Branch {
                when: AnyOf(&[InputLicence::Odbl]),
                effects: &[Decide(LicenceId::Odbl), Reason(NoteId::OdblInput)],
                next: ask(QuestionId::Conditions),
            },
            Branch {
                when: AnyOf(&[InputLicence::CcBy]),
                effects: &[Decide(LicenceId::CcBy), Reason(NoteId::AttributionInput)],
                next: ask(QuestionId::Conditions),
            },
            Branch {
                when: OnlyOf(&[InputLicence::Cc0, InputLicence::Pdm]),
                effects: &[Reason(NoteId::PublicDomainInput)],
                next: ask(QuestionId::FactsOnly),
            },
        ],
    },
    Node {
        question: QuestionId::FactsOnly,
        mode: Mode::First,
        branches: &[
            Branch {
                when: Yes,
                effects: &[Decide(LicenceId::Cc0), Reason(NoteId::FactsNotProtected)],
                next: ask(QuestionId::Conditions),
            },
            Branch {
                when: No,
                effects: &[],
                next: ask(QuestionId::AuthorityRegister),
            },
        ],
    },
    Node {
        question: QuestionId::AuthorityRegister,
        mode: Mode::First,
        branches: &[
            Branch {
                when: Yes,
                effects: &[Decide(LicenceId::Cc0), Reason(NoteId::AuthorityDatabase)],
                next: ask(QuestionId::Conditions),
            },
            Branch {
                when: No,
                effects: &[],
                next: ask(QuestionId::RequireAttribution),
            },
        ],
    },
    Node {
        question: QuestionId::RequireAttribution,
        mode: Mode::First,
        branches: &[
            Branch {
                when: Yes,
                effects: &[
                    Decide(LicenceId::CcBy),
                    Reason(NoteId::AttributionWanted),
                    Warn(NoteId::AttributionStacking),
                ],
                next: ask(QuestionId::Conditions),
            },
            Branch {
                when: No,
                effects: &[Decide(LicenceId::Cc0), Reason(NoteId::LeastRestrictive)],
                next: ask(QuestionId::Conditions),
            },
        ],
    },
    Node {
        question: QuestionId::Conditions,
        mode: Mode::Every,
        branches: &[
            Branch {
                when: Has(Condition::None),
                effects: &[Reason(NoteId::NoConditions)],
                next: Next::Finish,
            },
            Branch {
                when: Has(Condition::Registration),
                effects: &[Reason(NoteId::RegistrationStaysOpen)],
                next: Next::Finish,
            },
            Branch {
                when: Has(Condition::Fees),
                effects: &[
                    SharedData,
                    Reason(NoteId::FeesMakeSharedData),
                    Warn(NoteId::FeeNeedsLegalBasis),
                ],
                next: Next::Finish,
            },
            Branch {
                when: Has(Condition::NonCommercial),
                effects: &[
                    SharedData,
                    NonCommercial,
                    Reason(NoteId::NonCommercialMakesSharedData),
                    Warn(NoteId::ConditionMustBeProportionate),
                ],
                next: Next::Finish,
            },
            Branch {
                when: Has(Condition::LimitedUsers),
                effects: &[
                    SharedData,
                    Reason(NoteId::LimitedUsersMakeSharedData),
                    Warn(NoteId::ConditionMustBeProportionate),
                    Warn(NoteId::LicenceReachesEveryRecipient),
                ],
                next: Next::Finish,
            },
        ],
    },
];

/// The node of a question.
pub fn node(q: QuestionId) -> &'static Node {
    // TREE lists every question exactly once, in the order of QuestionId (tested).
    &TREE[q as usize]
}

/// An answer as the tree sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given<'a> {
    /// A yes-or-no answer.
    Bool(bool),
    /// Chosen input licences.
    Licences(&'a [InputLicence]),
    /// Chosen conditions.
    Conditions(&'a [Condition]),
}

impl When {
    /// Whether the test holds for an answer.
    pub fn matches(self, given: Given<'_>) -> bool {
        match (self, given) {
            (Yes, Given::Bool(b)) => b,
            (No, Given::Bool(b)) => !b,
            (AnyOf(set), Given::Licences(l)) => l.iter().any(|x| set.contains(x)),
            (AllOf(set), Given::Licences(l)) => set.iter().all(|x| l.contains(x)),
            (OnlyOf(set), Given::Licences(l)) => !l.is_empty() && l.iter().all(|x| set.contains(x)),
            (Has(c), Given::Conditions(cs)) => cs.contains(&c),
            _ => false,
        }
    }

    /// A short label in Swedish, for diagrams.
    pub fn label_sv(self) -> String {
        let ids = |set: &[InputLicence]| set.iter().map(|l| l.id()).collect::<Vec<_>>().join(", ");
        match self {
            Yes => "ja".into(),
            No => "nej".into(),
            AnyOf(set) if set.len() == 1 => ids(set),
            AnyOf(set) => format!("något av {}", ids(set)),
            AllOf(set) => format!("både {}", ids(set).replace(", ", " och ")),
            OnlyOf(set) => format!("bara {}", ids(set)),
            Has(c) => c.id().into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::QUESTIONS;

    #[test]
    fn one_node_per_question_in_order() {
        for (i, n) in TREE.iter().enumerate() {
            assert_eq!(n.question, QUESTIONS[i].id);
        }
    }

    #[test]
    fn the_tree_has_no_cycles_and_reaches_every_question() {
        // Every edge goes to a later question: the walk always ends.
        let mut reached = vec![false; TREE.len()];
        reached[ROOT as usize] = true;
        for n in &TREE {
            for b in n.branches {
                if let Next::Ask(q) = b.next {
                    assert!(
                        q as usize > n.question as usize,
                        "{:?} -> {q:?}",
                        n.question
                    );
                    reached[q as usize] = true;
                }
            }
        }
        assert!(reached.iter().all(|r| *r), "{reached:?}");
    }

    #[test]
    fn every_set_of_input_licences_is_decided() {
        let all = InputLicence::ALL;
        for mask in 1u32..(1 << all.len()) {
            let chosen: Vec<_> = (0..all.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| all[i])
                .collect();
            let hits = node(QuestionId::ThirdPartyLicences)
                .branches
                .iter()
                .filter(|b| b.when.matches(Given::Licences(&chosen)))
                .count();
            assert!(hits >= 1, "{chosen:?} matches no branch");
        }
    }

    #[test]
    fn every_mode_nodes_all_finish() {
        for n in TREE.iter().filter(|n| n.mode == Mode::Every) {
            assert!(n.branches.iter().all(|b| b.next == Next::Finish));
        }
    }
}
