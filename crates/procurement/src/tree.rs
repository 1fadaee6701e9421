//! The order of the questions, as data: which question follows which answer.
//! [`crate::select`] walks it; a test checks that it only points forward.

use crate::questions::QuestionId;

/// A test on one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Any answer.
    Any,
    /// A yes-or-no answer is yes.
    Yes,
    /// A yes-or-no answer is no.
    No,
}

/// Where the walk goes after a branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Ask this question.
    Ask(QuestionId),
    /// Every needed answer is given.
    Finish,
}

/// One branch of a node: the first that matches is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Branch {
    /// When it applies.
    pub when: When,
    /// Where the walk goes.
    pub next: Next,
}

/// A question in the tree and its branches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node {
    /// The question asked here.
    pub question: QuestionId,
    /// The branches, in order.
    pub branches: &'static [Branch],
}

/// The question the walk starts with.
pub const ROOT: QuestionId = QuestionId::Kind;

use QuestionId as Q;

/// The tree: one node per question, in the order of [`QuestionId`].
pub static TREE: [Node; 9] = [
    Node {
        question: Q::Kind,
        branches: &[Branch {
            when: When::Any,
            next: Next::Ask(Q::Buyer),
        }],
    },
    Node {
        question: Q::Buyer,
        branches: &[Branch {
            when: When::Any,
            next: Next::Ask(Q::PublishesOnline),
        }],
    },
    Node {
        question: Q::PublishesOnline,
        branches: &[Branch {
            when: When::Any,
            next: Next::Ask(Q::PersonalData),
        }],
    },
    Node {
        question: Q::PersonalData,
        branches: &[Branch {
            when: When::Any,
            next: Next::Ask(Q::HighValue),
        }],
    },
    Node {
        question: Q::HighValue,
        branches: &[Branch {
            when: When::Any,
            next: Next::Ask(Q::RunningService),
        }],
    },
    Node {
        question: Q::RunningService,
        branches: &[
            Branch {
                when: When::Yes,
                next: Next::Ask(Q::ContractYears),
            },
            Branch {
                when: When::No,
                next: Next::Ask(Q::Licence),
            },
        ],
    },
    Node {
        question: Q::ContractYears,
        branches: &[Branch {
            when: When::Any,
            next: Next::Ask(Q::NoticeMonths),
        }],
    },
    Node {
        question: Q::NoticeMonths,
        branches: &[Branch {
            when: When::Any,
            next: Next::Ask(Q::Licence),
        }],
    },
    Node {
        question: Q::Licence,
        branches: &[Branch {
            when: When::Any,
            next: Next::Finish,
        }],
    },
];

/// The node of a question.
pub fn node(q: QuestionId) -> &'static Node {
    &TREE[q as usize]
}
