//! Every path through the tree, with its expected licence, access right, open-data
//! verdict, reasons and conflicts; and a check that the table covers every branch.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::collections::BTreeSet;

use licence_advisor::{Answers, NoteId, Outcome, QuestionId, recommend, tree};

const CC0: &str = "http://creativecommons.org/publicdomain/zero/1.0/";
const CC_BY: &str = "http://creativecommons.org/licenses/by/4.0/";
const CC_BY_SA: &str = "http://creativecommons.org/licenses/by-sa/4.0/";
const ODBL: &str = "http://opendatacommons.org/licenses/odbl/1.0/";
const CC_BY_NC: &str = "http://creativecommons.org/licenses/by-nc/4.0/";
const CC_BY_NC_SA: &str = "http://creativecommons.org/licenses/by-nc-sa/4.0/";
const PUBLIC: &str = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
const RESTRICTED: &str = "http://publications.europa.eu/resource/authority/access-right/RESTRICTED";
const NON_PUBLIC: &str = "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC";

/// The gatekeeping answers that let a file through, plus `rest`.
fn open(rest: &str) -> String {
    format!(r#"{{"confidential": false, "personal_data": false, "high_value": false, {rest}}}"#)
}
fn hvd(rest: &str) -> String {
    format!(r#"{{"confidential": false, "personal_data": false, "high_value": true, {rest}}}"#)
}
const OWN_FACTS: &str = r#""own_content": true, "facts_only": true"#;

struct Case {
    name: &'static str,
    answers: String,
    outcome: Outcome,
    licence: Option<&'static str>,
    access: Option<&'static str>,
    open_data: bool,
    reasons: &'static [NoteId],
    conflicts: &'static [NoteId],
}

use NoteId::*;

#[allow(clippy::too_many_lines)] // one table of cases, a row each
fn cases() -> Vec<Case> {
    let c = |name, answers: String, outcome, licence, access, open_data, reasons, conflicts| Case {
        name,
        answers,
        outcome,
        licence,
        access,
        open_data,
        reasons,
        conflicts,
    };
    use Outcome::{Licence as L, Stop as S};
    vec![
        c(
            "secrecy stops",
            r#"{"confidential": true, "personal_data": false, "own_content": true}"#.into(),
            S,
            None,
            Some(NON_PUBLIC),
            false,
            &[Secrecy],
            &[],
        ),
        c(
            "personal data stops",
            r#"{"confidential": false, "personal_data": true}"#.into(),
            S,
            None,
            Some(NON_PUBLIC),
            false,
            &[PersonalData],
            &[],
        ),
        c(
            "own facts: CC0",
            open(&format!(r#"{OWN_FACTS}, "conditions": "none""#)),
            L,
            Some(CC0),
            Some(PUBLIC),
            true,
            &[FactsNotProtected, NoConditions, MetadataIsCc0],
            &[],
        ),
        c(
            "own authority register: CC0",
            open(
                r#""own_content": true, "facts_only": false, "authority_register": true, "conditions": "none""#,
            ),
            L,
            Some(CC0),
            Some(PUBLIC),
            true,
            &[AuthorityDatabase, NoConditions, MetadataIsCc0],
            &[],
        ),
        c(
            "own protected, attribution wanted: CC BY",
            open(
                r#""own_content": true, "facts_only": false, "authority_register": false, "require_attribution": true, "conditions": "none""#,
            ),
            L,
            Some(CC_BY),
            Some(PUBLIC),
            true,
            &[AttributionWanted, NoConditions, MetadataIsCc0],
            &[],
        ),
        c(
            "own protected, no attribution: CC0",
            open(
                r#""own_content": true, "facts_only": false, "authority_register": false, "require_attribution": false, "conditions": "none""#,
            ),
            L,
            Some(CC0),
            Some(PUBLIC),
            true,
            &[LeastRestrictive, NoConditions, MetadataIsCc0],
            &[],
        ),
        c(
            "third-party unknown terms stop",
            open(r#""own_content": false, "third_party_licences": ["CC0-1.0", "unknown"]"#),
            S,
            None,
            Some(NON_PUBLIC),
            false,
            &[ThirdPartyWithoutRights],
            &[],
        ),
        c(
            "third-party NC stops",
            open(r#""own_content": false, "third_party_licences": ["CC-BY-NC-4.0"]"#),
            S,
            None,
            Some(NON_PUBLIC),
            false,
            &[ThirdPartyWithoutRights],
            &[],
        ),
        c(
            "third-party ND stops",
            open(
                r#""own_content": false, "third_party_licences": ["CC-BY-ND-4.0", "CC-BY-SA-4.0"]"#,
            ),
            S,
            None,
            Some(NON_PUBLIC),
            false,
            &[ThirdPartyWithoutRights],
            &[],
        ),
        c(
            "BY-SA and ODbL together stop",
            open(r#""own_content": false, "third_party_licences": ["CC-BY-SA-4.0", "ODbL-1.0"]"#),
            S,
            None,
            Some(NON_PUBLIC),
            false,
            &[IncompatibleShareAlike],
            &[],
        ),
        c(
            "third-party BY-SA: BY-SA",
            open(
                r#""own_content": false, "third_party_licences": ["CC-BY-SA-4.0", "CC-BY-4.0"], "conditions": "none""#,
            ),
            L,
            Some(CC_BY_SA),
            Some(PUBLIC),
            true,
            &[ShareAlikeInput, NoConditions, MetadataIsCc0],
            &[],
        ),
        c(
            "third-party ODbL: ODbL",
            open(
                r#""own_content": false, "third_party_licences": ["ODbL-1.0"], "conditions": "none""#,
            ),
            L,
            Some(ODBL),
            Some(PUBLIC),
            true,
            &[OdblInput, NoConditions, MetadataIsCc0],
            &[],
        ),
        c(
            "third-party CC BY: CC BY",
            open(
                r#""own_content": false, "third_party_licences": ["CC0-1.0", "CC-BY-4.0"], "conditions": "none""#,
            ),
            L,
            Some(CC_BY),
            Some(PUBLIC),
            true,
            &[AttributionInput, NoConditions, MetadataIsCc0],
            &[],
        ),
        c(
            "third-party public domain, facts: CC0",
            open(
                r#""own_content": false, "third_party_licences": ["CC0-1.0", "PDM-1.0"], "facts_only": true, "conditions": "none""#,
            ),
            L,
            Some(CC0),
            Some(PUBLIC),
            true,
            &[
                PublicDomainInput,
                FactsNotProtected,
                NoConditions,
                MetadataIsCc0,
            ],
            &[],
        ),
        c(
            "high-value own facts: CC0",
            hvd(&format!(r#"{OWN_FACTS}, "conditions": "none""#)),
            L,
            Some(CC0),
            Some(PUBLIC),
            true,
            &[HighValue, FactsNotProtected, NoConditions, MetadataIsCc0],
            &[],
        ),
        c(
            "high-value with attribution: CC BY is allowed",
            hvd(
                r#""own_content": true, "facts_only": false, "authority_register": false, "require_attribution": true, "conditions": "none""#,
            ),
            L,
            Some(CC_BY),
            Some(PUBLIC),
            true,
            &[HighValue, AttributionWanted, NoConditions, MetadataIsCc0],
            &[],
        ),
        c(
            "high-value with BY-SA input conflicts",
            hvd(
                r#""own_content": false, "third_party_licences": ["CC-BY-SA-4.0"], "conditions": "none""#,
            ),
            L,
            Some(CC_BY_SA),
            Some(PUBLIC),
            true,
            &[HighValue, ShareAlikeInput, NoConditions, MetadataIsCc0],
            &[HvdLicenceTooStrict],
        ),
        c(
            "high-value with ODbL input conflicts",
            hvd(
                r#""own_content": false, "third_party_licences": ["ODbL-1.0"], "conditions": "none""#,
            ),
            L,
            Some(ODBL),
            Some(PUBLIC),
            true,
            &[HighValue, OdblInput, NoConditions, MetadataIsCc0],
            &[HvdLicenceTooStrict],
        ),
        c(
            "registration stays open",
            open(&format!(r#"{OWN_FACTS}, "conditions": ["registration"]"#)),
            L,
            Some(CC0),
            Some(PUBLIC),
            true,
            &[FactsNotProtected, RegistrationStaysOpen, MetadataIsCc0],
            &[],
        ),
        c(
            "fees: shared data",
            open(&format!(r#"{OWN_FACTS}, "conditions": "fees""#)),
            L,
            Some(CC0),
            Some(RESTRICTED),
            false,
            &[FactsNotProtected, FeesMakeSharedData, MetadataIsCc0],
            &[],
        ),
        c(
            "registration and fees: shared data",
            open(&format!(
                r#"{OWN_FACTS}, "conditions": ["registration", "fees"]"#
            )),
            L,
            Some(CC0),
            Some(RESTRICTED),
            false,
            &[
                FactsNotProtected,
                RegistrationStaysOpen,
                FeesMakeSharedData,
                MetadataIsCc0,
            ],
            &[],
        ),
        c(
            "non-commercial: CC BY-NC, shared data",
            open(&format!(r#"{OWN_FACTS}, "conditions": "non_commercial""#)),
            L,
            Some(CC_BY_NC),
            Some(RESTRICTED),
            false,
            &[
                FactsNotProtected,
                NonCommercialMakesSharedData,
                MetadataIsCc0,
            ],
            &[],
        ),
        c(
            "non-commercial on BY-SA input: CC BY-NC-SA",
            open(
                r#""own_content": false, "third_party_licences": ["CC-BY-SA-4.0"], "conditions": "non_commercial""#,
            ),
            L,
            Some(CC_BY_NC_SA),
            Some(RESTRICTED),
            false,
            &[ShareAlikeInput, NonCommercialMakesSharedData, MetadataIsCc0],
            &[],
        ),
        c(
            "non-commercial on ODbL input conflicts",
            open(
                r#""own_content": false, "third_party_licences": ["ODbL-1.0"], "conditions": "non_commercial""#,
            ),
            L,
            Some(ODBL),
            Some(RESTRICTED),
            false,
            &[OdblInput, NonCommercialMakesSharedData, MetadataIsCc0],
            &[OdblForbidsNonCommercial],
        ),
        c(
            "limited users: shared data",
            open(&format!(r#"{OWN_FACTS}, "conditions": "limited_users""#)),
            L,
            Some(CC0),
            Some(RESTRICTED),
            false,
            &[FactsNotProtected, LimitedUsersMakeSharedData, MetadataIsCc0],
            &[],
        ),
        c(
            "high-value with fees conflicts",
            hvd(&format!(r#"{OWN_FACTS}, "conditions": "fees""#)),
            L,
            Some(CC0),
            Some(RESTRICTED),
            false,
            &[
                HighValue,
                FactsNotProtected,
                FeesMakeSharedData,
                MetadataIsCc0,
            ],
            &[HvdNoFees],
        ),
        c(
            "high-value with limited users conflicts",
            hvd(&format!(r#"{OWN_FACTS}, "conditions": "limited_users""#)),
            L,
            Some(CC0),
            Some(RESTRICTED),
            false,
            &[
                HighValue,
                FactsNotProtected,
                LimitedUsersMakeSharedData,
                MetadataIsCc0,
            ],
            &[HvdNoLimitedUsers],
        ),
        c(
            "high-value non-commercial conflicts",
            hvd(&format!(r#"{OWN_FACTS}, "conditions": "non_commercial""#)),
            L,
            Some(CC_BY_NC),
            Some(RESTRICTED),
            false,
            &[
                HighValue,
                FactsNotProtected,
                NonCommercialMakesSharedData,
                MetadataIsCc0,
            ],
            &[HvdLicenceTooStrict],
        ),
    ]
}

#[test]
fn every_path_gives_its_licence_access_right_and_reasons() {
    for case in cases() {
        let answers =
            Answers::from_json(&case.answers).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        let r = recommend(&answers);
        let name = case.name;
        assert_eq!(r.outcome, case.outcome, "{name}");
        assert_eq!(r.licence.map(|l| l.uri), case.licence, "{name}");
        assert_eq!(r.access_rights.map(|a| a.uri()), case.access, "{name}");
        assert_eq!(r.open_data, case.open_data, "{name}");
        let reasons: Vec<_> = r.reasons.iter().map(|f| f.id).collect();
        assert_eq!(reasons, case.reasons, "{name}");
        let conflicts: Vec<_> = r.conflicts.iter().map(|f| f.id).collect();
        assert_eq!(conflicts, case.conflicts, "{name}");
        assert_eq!(r.next_question, None, "{name}");
        assert_eq!(
            r.high_value,
            case.answers.contains(r#""high_value": true"#),
            "{name}"
        );
        assert_eq!(
            r.applicable_legislation.is_some(),
            r.high_value,
            "{name}: the ELI is given exactly for high-value datasets"
        );
        if r.outcome == Outcome::Stop {
            assert!(r.attribution.is_none() && r.licence.is_none(), "{name}");
        }
    }
}

#[test]
fn the_table_takes_every_branch_of_the_tree() {
    let taken: BTreeSet<(usize, usize)> = cases()
        .iter()
        .flat_map(|c| recommend(&Answers::from_json(&c.answers).unwrap()).branches_taken)
        .map(|(q, i)| (q as usize, i))
        .collect();
    let all: BTreeSet<(usize, usize)> = tree::TREE
        .iter()
        .flat_map(|n| (0..n.branches.len()).map(move |i| (n.question as usize, i)))
        .collect();
    let missing: Vec<_> = all.difference(&taken).collect();
    assert!(missing.is_empty(), "branches no case takes: {missing:?}");
}

#[test]
fn decided_questions_skip_the_rest() {
    // Third-party CC BY decides the licence: facts_only and the rest are never asked.
    let a = Answers::from_json(&open(
        r#""own_content": false, "third_party_licences": ["CC-BY-4.0"]"#,
    ))
    .unwrap();
    let r = recommend(&a);
    assert_eq!(r.outcome, Outcome::Incomplete);
    assert_eq!(r.next_question.map(|q| q.id), Some(QuestionId::Conditions));
    assert_eq!(
        r.asked,
        [
            QuestionId::Confidential,
            QuestionId::PersonalData,
            QuestionId::HighValue,
            QuestionId::OwnContent,
            QuestionId::ThirdPartyLicences,
            QuestionId::Conditions
        ]
    );
    assert_eq!(r.licence, None, "no licence while incomplete");
    assert_eq!(r.access_rights, None);
}

#[test]
fn a_missing_answer_names_the_next_question() {
    let gate = r#"{"confidential": false, "personal_data": false, "high_value": false}"#;
    let cases: Vec<(String, QuestionId)> = vec![
        ("{}".into(), QuestionId::Confidential),
        (
            r#"{"confidential": false}"#.into(),
            QuestionId::PersonalData,
        ),
        (
            r#"{"confidential": false, "personal_data": false}"#.into(),
            QuestionId::HighValue,
        ),
        (gate.into(), QuestionId::OwnContent),
        (
            open(r#""own_content": false"#),
            QuestionId::ThirdPartyLicences,
        ),
        (
            open(r#""own_content": false, "third_party_licences": []"#),
            QuestionId::ThirdPartyLicences,
        ),
        (open(r#""own_content": true"#), QuestionId::FactsOnly),
        (
            open(r#""own_content": true, "facts_only": false"#),
            QuestionId::AuthorityRegister,
        ),
        (
            open(r#""own_content": true, "facts_only": false, "authority_register": false"#),
            QuestionId::RequireAttribution,
        ),
        (open(OWN_FACTS), QuestionId::Conditions),
    ];
    for (json, next) in cases {
        let r = recommend(&Answers::from_json(&json).unwrap());
        assert_eq!(r.outcome, Outcome::Incomplete, "{json}");
        assert_eq!(r.next_question.map(|q| q.id), Some(next), "{json}");
    }
}

#[test]
fn the_json_has_the_documented_keys() {
    let mut a = Answers::from_json(&open(r#""own_content": true, "facts_only": false, "authority_register": false, "require_attribution": true, "conditions": "none""#)).unwrap();
    a.publisher = Some("Exempels kommun".into());
    let v = serde_json::to_value(recommend(&a)).unwrap();
    assert_eq!(v["outcome"], "licence");
    assert_eq!(v["licence"]["id"], "CC-BY-4.0");
    assert_eq!(v["licence"]["uri"], CC_BY);
    assert_eq!(
        v["licence"]["eu_uri"],
        "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"
    );
    assert_eq!(v["licence"]["name_sv"], "Creative Commons Erkännande 4.0");
    assert_eq!(v["licence"]["name_en"], "Creative Commons Attribution 4.0");
    assert_eq!(v["access_rights"], PUBLIC);
    assert_eq!(v["open_data"], true);
    assert_eq!(v["reasons"][0]["id"], "attribution_wanted");
    assert_eq!(v["reasons"][0]["source"], "digg_prv");
    assert!(
        v["reasons"][0]["sv"]
            .as_str()
            .unwrap()
            .contains("källangivelse")
    );
    assert_eq!(v["warnings"][0]["id"], "attribution_stacking");
    assert_eq!(v["conflicts"], serde_json::json!([]));
    assert!(
        v["attribution"]["sv"]
            .as_str()
            .unwrap()
            .starts_with("Källa: Exempels kommun.")
    );
    assert_eq!(v["next_question"], serde_json::Value::Null);
    assert_eq!(v["metadata_licence"], CC0);

    let stop = serde_json::to_value(recommend(
        &Answers::from_json(r#"{"confidential": true}"#).unwrap(),
    ))
    .unwrap();
    assert_eq!(stop["outcome"], "stop");
    assert_eq!(stop["licence"], serde_json::Value::Null);
    assert_eq!(stop["open_data"], false);

    let incomplete = serde_json::to_value(recommend(&Answers::default())).unwrap();
    assert_eq!(incomplete["outcome"], "incomplete");
    assert_eq!(incomplete["next_question"]["key"], "confidential");
    assert!(
        incomplete["next_question"]["text"]["sv"]
            .as_str()
            .unwrap()
            .contains("sekretess")
    );
}
