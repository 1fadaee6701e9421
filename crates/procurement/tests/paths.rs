//! The catalogue and the questions as a whole: the tree only points forward, every
//! template is reachable, every kind gets requirements in all seven areas, every
//! placeholder is filled, every consideration is served for every kind, and a table of
//! scenarios with the exact requirement IDs.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::collections::{BTreeMap, BTreeSet};

use procurement::catalogue::PLACEHOLDERS;
use procurement::tree::{Next, TREE};
use procurement::{
    AREAS, Answers, Kind, Licence, Outcome, QUESTIONS, QuestionId, RequirementKind, TEMPLATES,
    select,
};

fn answers(kind: Kind, flags: [bool; 4], licence: Licence) -> Answers {
    let [publishes_online, personal_data, high_value, running_service] = flags;
    Answers {
        kind: Some(kind),
        buyer: Some("Exempelby kommun".into()),
        publishes_online: Some(publishes_online),
        personal_data: Some(personal_data),
        high_value: Some(high_value),
        running_service: Some(running_service),
        contract_years: running_service.then_some(4),
        notice_months: running_service.then_some(9),
        licence: Some(licence),
    }
}

/// Every combination of answers that matters.
fn every_answer() -> Vec<Answers> {
    let mut all = Vec::new();
    for kind in Kind::ALL {
        for bits in 0..16u8 {
            let flags = [0, 1, 2, 3].map(|i| bits & (1 << i) != 0);
            for licence in Licence::ALL {
                all.push(answers(kind, flags, licence));
            }
        }
    }
    all
}

#[test]
fn questions_and_tree_are_in_declaration_order() {
    for (i, q) in QUESTIONS.iter().enumerate() {
        assert_eq!(q.id as usize, i, "{:?}", q.id);
        assert_eq!(TREE[i].question, q.id);
        assert_eq!(q.id.key(), q.key);
    }
}

#[test]
fn the_tree_only_points_forward() {
    for node in &TREE {
        assert!(
            !node.branches.is_empty(),
            "{:?} has no branch",
            node.question
        );
        for b in node.branches {
            if let Next::Ask(q) = b.next {
                assert!(
                    q > node.question,
                    "{:?} points back to {q:?}",
                    node.question
                );
            }
        }
    }
}

#[test]
fn every_question_is_reachable_and_answers_are_asked_in_order() {
    let mut seen = BTreeSet::new();
    for a in every_answer() {
        let s = select(&a);
        assert!(s.asked.windows(2).all(|w| w[0] < w[1]), "{:?}", s.asked);
        seen.extend(s.asked);
    }
    assert_eq!(seen.len(), QUESTIONS.len());
}

#[test]
fn templates_are_well_formed() {
    let mut ids = BTreeSet::new();
    for t in TEMPLATES {
        assert!(ids.insert(t.id), "{} twice", t.id);
        assert!(
            t.id.starts_with(&format!("D{}-", t.area)) && t.id.len() == 5,
            "{}: the ID must be D<area>-NN",
            t.id
        );
        let area = AREAS.iter().find(|a| a.number == t.area).unwrap();
        assert!(
            area.considerations.iter().any(|c| c.id == t.consideration),
            "{}: consideration {} is not in area {}",
            t.id,
            t.consideration,
            t.area
        );
        assert!(!t.kinds.is_empty(), "{}", t.id);
        assert_eq!(
            t.follow_up.is_some(),
            t.kind == RequirementKind::ContractCondition,
            "{}: contract conditions, and only they, have a follow-up and sanction",
            t.id
        );
        assert!(!t.references.is_empty(), "{} cites nothing", t.id);
        let texts = [t.title, t.text, t.motive, t.verification]
            .into_iter()
            .chain(t.follow_up);
        for text in texts {
            for s in [text.sv, text.en] {
                assert!(!s.trim().is_empty(), "{}: empty text", t.id);
                // Every {…} is a known placeholder.
                let mut rest = s;
                while let Some(start) = rest.find('{') {
                    let end = rest[start..].find('}').expect("closing brace") + start;
                    let name = &rest[start..=end];
                    assert!(PLACEHOLDERS.contains(&name), "{}: unknown {name}", t.id);
                    rest = &rest[end + 1..];
                }
            }
        }
        // Both languages use the same placeholders.
        for p in PLACEHOLDERS {
            assert_eq!(t.text.sv.contains(p), t.text.en.contains(p), "{} {p}", t.id);
        }
    }
    // Templates are listed area by area, numbered in order.
    let listed: Vec<_> = TEMPLATES.iter().map(|t| t.id).collect();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(listed, sorted);
    assert!(TEMPLATES.len() >= 40, "{} templates", TEMPLATES.len());
}

#[test]
fn every_template_is_reachable() {
    let mut reached = BTreeSet::new();
    for a in every_answer() {
        let s = select(&a);
        reached.extend(s.requirements().map(|r| r.id.clone()));
    }
    let all: BTreeSet<_> = TEMPLATES.iter().map(|t| t.id.to_owned()).collect();
    let missing: Vec<_> = all.difference(&reached).collect();
    assert!(missing.is_empty(), "never chosen: {missing:?}");
}

#[test]
fn every_kind_gets_requirements_in_all_seven_areas_with_every_placeholder_filled() {
    for a in every_answer() {
        let s = select(&a);
        assert_eq!(s.outcome, Outcome::Complete, "{a:?}");
        assert_eq!(s.areas.len(), 7);
        for area in &s.areas {
            assert!(
                !area.requirements.is_empty(),
                "{:?} with {a:?}: nothing in area {}",
                a.kind,
                area.number
            );
            for r in &area.requirements {
                assert_eq!(r.area, area.number);
                let mut texts = vec![&r.title, &r.text, &r.motive, &r.verification];
                texts.extend(&r.follow_up);
                for t in texts {
                    for s in [&t.sv, &t.en] {
                        assert!(!s.contains('{') && !s.contains('}'), "{}: {s}", r.id);
                    }
                }
                assert!(!r.why.is_empty());
            }
        }
    }
}

#[test]
fn every_consideration_is_served_for_every_kind() {
    let mut served: BTreeMap<(Kind, String), BTreeSet<String>> = BTreeMap::new();
    for a in every_answer() {
        for r in select(&a).requirements() {
            served
                .entry((a.kind.unwrap(), r.consideration.clone()))
                .or_default()
                .insert(r.id.clone());
        }
    }
    for kind in Kind::ALL {
        for area in &AREAS {
            for c in area.considerations {
                assert!(
                    served.contains_key(&(kind, c.id.to_owned())),
                    "{kind:?}: nothing serves {} ({})",
                    c.id,
                    c.text.en
                );
            }
        }
    }
}

struct Scenario {
    name: &'static str,
    answers: &'static str,
    ids: &'static [&'static str],
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "system, published online, running, CC0",
        answers: r#"{"kind": "system", "buyer": "Exempelby kommun", "publishes_online": true,
            "personal_data": false, "high_value": false, "running_service": true,
            "contract_years": 4, "notice_months": 6}"#,
        ids: &[
            "D1-01", "D1-02", "D1-04", "D1-05", "D1-06", "D1-08", "D1-09", //
            "D2-01", "D2-04", "D2-05", //
            "D3-01", "D3-02", "D3-03", "D3-04", "D3-05", //
            "D4-01", "D4-02", "D4-03", "D4-04", //
            "D5-01", "D5-03", "D5-04", "D5-07", "D5-08", "D5-09", //
            "D6-01", "D6-02", "D6-03", "D6-05", "D6-06", //
            "D7-01", "D7-02", "D7-03", "D7-04",
        ],
    },
    Scenario {
        name: "system run by the buyer, nothing online, no maintenance",
        answers: r#"{"kind": "system", "buyer": "Exempelby kommun", "publishes_online": false,
            "personal_data": false, "high_value": false, "running_service": false}"#,
        ids: &[
            "D1-01", "D1-02", "D1-04", "D1-05", "D1-06", "D1-08", "D1-09", //
            "D2-01", "D2-04", "D2-05", //
            "D3-01", "D3-02", "D3-04", //
            "D4-02", "D4-04", //
            "D5-01", "D5-03", "D5-04", "D5-07", "D5-08", "D5-09", //
            "D6-01", "D6-02", "D6-03", "D6-06", //
            "D7-04",
        ],
    },
    Scenario {
        name: "service with personal data, online, CC BY",
        answers: r#"{"kind": "service", "buyer": "Exempelby kommun", "publishes_online": true,
            "personal_data": true, "high_value": false, "running_service": true,
            "contract_years": 3, "notice_months": 12, "licence": "CC-BY-4.0"}"#,
        ids: &[
            "D1-01", "D1-02", "D1-04", "D1-05", "D1-06", "D1-08", "D1-09", "D1-10", "D1-11",
            "D1-12", //
            "D2-01", "D2-04", "D2-05", "D2-06", //
            "D3-01", "D3-02", "D3-03", "D3-04", "D3-05", //
            "D4-01", "D4-02", "D4-03", "D4-04", "D4-05", //
            "D5-01", "D5-03", "D5-04", "D5-07", "D5-08", "D5-09", //
            "D6-01", "D6-02", "D6-03", "D6-05", "D6-06", //
            "D7-01", "D7-02", "D7-03", "D7-04",
        ],
    },
    Scenario {
        name: "information product, high-value dataset, recurring deliveries",
        answers: r#"{"kind": "information_product", "buyer": "Exempelby kommun",
            "publishes_online": false, "personal_data": false, "high_value": true,
            "running_service": true, "contract_years": 2, "notice_months": 3}"#,
        ids: &[
            "D1-01", "D1-03", "D1-04", "D1-05", "D1-06", "D1-07", "D1-09", //
            "D2-02", "D2-04", "D2-05", "D2-08", //
            "D3-01", "D3-02", "D3-04", //
            "D4-02", "D4-04", //
            "D5-02", "D5-05", "D5-06", "D5-07", "D5-08", "D5-11", "D5-12", //
            "D6-01", "D6-02", "D6-04", "D6-06", "D6-07", "D6-08", //
            "D7-05", "D7-06", "D7-07", "D7-08", "D7-09",
        ],
    },
    Scenario {
        name: "survey with personal data, one-off",
        answers: r#"{"kind": "survey", "buyer": "Exempelby kommun", "publishes_online": false,
            "personal_data": true, "high_value": false, "running_service": false}"#,
        ids: &[
            "D1-01", "D1-03", "D1-04", "D1-05", "D1-06", "D1-07", "D1-09", "D1-10",
            "D1-12", //
            "D2-03", "D2-04", "D2-05", "D2-06", "D2-07", //
            "D3-01", "D3-02", "D3-04", "D3-06", //
            "D4-02", "D4-04", //
            "D5-02", "D5-06", "D5-07", "D5-08", "D5-10", "D5-11", //
            "D6-01", "D6-02", "D6-04", "D6-06", //
            "D7-05", "D7-06", "D7-07", "D7-08",
        ],
    },
    Scenario {
        name: "survey published online as a high-value dataset",
        answers: r#"{"kind": "survey", "buyer": "Exempelby kommun", "publishes_online": true,
            "personal_data": false, "high_value": true, "running_service": false}"#,
        ids: &[
            "D1-01", "D1-03", "D1-04", "D1-05", "D1-06", "D1-07", "D1-09", //
            "D2-03", "D2-04", "D2-05", "D2-08", //
            "D3-01", "D3-02", "D3-03", "D3-04", "D3-05", "D3-06", //
            "D4-01", "D4-02", "D4-03", "D4-04", //
            "D5-02", "D5-06", "D5-07", "D5-08", "D5-11", "D5-12", //
            "D6-01", "D6-02", "D6-04", "D6-06", "D6-08", //
            "D7-05", "D7-06", "D7-07", "D7-08",
        ],
    },
];

#[test]
fn scenarios_choose_exactly_the_expected_requirements() {
    for sc in SCENARIOS {
        let s = select(&Answers::from_json(sc.answers).unwrap());
        assert_eq!(s.outcome, Outcome::Complete, "{}", sc.name);
        let got: Vec<_> = s.requirements().map(|r| r.id.as_str()).collect();
        assert_eq!(got, sc.ids, "{}", sc.name);
    }
}

#[test]
fn missing_answers_give_the_next_question_in_tree_order() {
    let steps = [
        ("{}", QuestionId::Kind),
        (r#"{"kind": "survey"}"#, QuestionId::Buyer),
        (
            r#"{"kind": "survey", "buyer": "X"}"#,
            QuestionId::PublishesOnline,
        ),
        (
            r#"{"kind": "survey", "buyer": "X", "publishes_online": true, "personal_data": false, "high_value": false, "running_service": true}"#,
            QuestionId::ContractYears,
        ),
        (
            r#"{"kind": "survey", "buyer": "X", "publishes_online": true, "personal_data": false, "high_value": false, "running_service": true, "contract_years": 2}"#,
            QuestionId::NoticeMonths,
        ),
    ];
    for (json, next) in steps {
        let s = select(&Answers::from_json(json).unwrap());
        assert_eq!(s.outcome, Outcome::Incomplete, "{json}");
        assert_eq!(s.next_question, Some(next), "{json}");
        assert!(s.areas.is_empty());
        assert_eq!(s.asked.last(), Some(&next));
    }
    // A one-off delivery is complete without the contract questions; the licence
    // defaults to CC0.
    let s = select(
        &Answers::from_json(
            r#"{"kind": "survey", "buyer": "X", "publishes_online": true, "personal_data": false, "high_value": false, "running_service": false}"#,
        )
        .unwrap(),
    );
    assert_eq!(s.outcome, Outcome::Complete);
    assert_eq!(s.answers.licence, Some(Licence::Cc0));
    assert!(!s.asked.contains(&QuestionId::NoticeMonths));
    let d1_04 = s.requirements().find(|r| r.id == "D1-04").unwrap();
    assert!(
        d1_04
            .text
            .sv
            .contains("CC0 1.0 (http://creativecommons.org/publicdomain/zero/1.0/)")
    );
}

#[test]
fn why_names_the_kind_and_each_answer_that_chose_it() {
    let s = select(&Answers::from_json(SCENARIOS[2].answers).unwrap());
    let r = s.requirements().find(|r| r.id == "D1-10").unwrap();
    assert_eq!(r.why.len(), 2);
    assert!(r.why[0].sv.contains("digital tjänst"), "{:?}", r.why);
    assert!(r.why[1].en.contains("personal data"), "{:?}", r.why);
    let notice = s.requirements().find(|r| r.id == "D7-02").unwrap();
    assert!(
        notice.text.en.contains("at least 12 months"),
        "{}",
        notice.text.en
    );
}

#[test]
fn area_six_asks_for_dcat_ap_se_metadata_that_datalots_checks() {
    for kind in Kind::ALL {
        let s = select(&answers(kind, [false; 4], Licence::Cc0));
        let r = s.requirements().find(|r| r.id == "D6-02").unwrap();
        assert_eq!(r.area, 6);
        assert!(r.text.sv.contains("DCAT-AP-SE 3.0.1"));
        assert!(r.verification.sv.contains("datalots validate"));
    }
}
