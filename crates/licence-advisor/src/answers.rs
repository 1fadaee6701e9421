//! The answers a person gives, as read from JSON or typed at a prompt.

use std::fmt;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::questions::QuestionId;

/// Terms under which material from others, included in the file, is available.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InputLicence {
    /// CC0 1.0.
    #[serde(rename = "CC0-1.0")]
    Cc0,
    /// Public Domain Mark 1.0 (no known copyright).
    #[serde(rename = "PDM-1.0")]
    Pdm,
    /// CC BY 4.0.
    #[serde(rename = "CC-BY-4.0")]
    CcBy,
    /// CC BY-SA 4.0.
    #[serde(rename = "CC-BY-SA-4.0")]
    CcBySa,
    /// Open Database License 1.0.
    #[serde(rename = "ODbL-1.0")]
    Odbl,
    /// CC BY-NC 4.0.
    #[serde(rename = "CC-BY-NC-4.0")]
    CcByNc,
    /// CC BY-ND 4.0.
    #[serde(rename = "CC-BY-ND-4.0")]
    CcByNd,
    /// Unknown terms, or all rights reserved.
    #[serde(rename = "unknown")]
    Unknown,
}

impl InputLicence {
    /// Every option, in the order the question lists them.
    pub const ALL: [InputLicence; 8] = [
        InputLicence::Cc0,
        InputLicence::Pdm,
        InputLicence::CcBy,
        InputLicence::CcBySa,
        InputLicence::Odbl,
        InputLicence::CcByNc,
        InputLicence::CcByNd,
        InputLicence::Unknown,
    ];

    /// The identifier used in JSON answers.
    pub const fn id(self) -> &'static str {
        match self {
            InputLicence::Cc0 => "CC0-1.0",
            InputLicence::Pdm => "PDM-1.0",
            InputLicence::CcBy => "CC-BY-4.0",
            InputLicence::CcBySa => "CC-BY-SA-4.0",
            InputLicence::Odbl => "ODbL-1.0",
            InputLicence::CcByNc => "CC-BY-NC-4.0",
            InputLicence::CcByNd => "CC-BY-ND-4.0",
            InputLicence::Unknown => "unknown",
        }
    }
}

/// A condition the municipality wants to put on re-use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// No conditions.
    None,
    /// Re-users must register or get an API key (still open data).
    Registration,
    /// Re-users must pay.
    Fees,
    /// No commercial use.
    NonCommercial,
    /// Only some users or organisations may have the data.
    LimitedUsers,
}

impl Condition {
    /// Every option, in the order the question lists them.
    pub const ALL: [Condition; 5] = [
        Condition::None,
        Condition::Registration,
        Condition::Fees,
        Condition::NonCommercial,
        Condition::LimitedUsers,
    ];

    /// The identifier used in JSON answers.
    pub const fn id(self) -> &'static str {
        match self {
            Condition::None => "none",
            Condition::Registration => "registration",
            Condition::Fees => "fees",
            Condition::NonCommercial => "non_commercial",
            Condition::LimitedUsers => "limited_users",
        }
    }
}

/// The answers to the questionnaire. Every answer is optional: what is missing and
/// needed makes the recommendation `incomplete`.
///
/// `publisher` and `title` are not questions; when given, they fill in the attribution
/// text a re-user can paste.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// Does the file contain information covered by secrecy?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<bool>,
    /// Does the file contain personal data?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_data: Option<bool>,
    /// Is it a high-value dataset under Regulation (EU) 2023/138?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_value: Option<bool>,
    /// Did the municipality produce all of the content itself?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_content: Option<bool>,
    /// The terms of material from others (one entry per kind of terms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_party_licences: Option<Vec<InputLicence>>,
    /// Does the file hold only facts and measurements?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts_only: Option<bool>,
    /// Is the file an extract of a register kept for the exercise of public authority?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority_register: Option<bool>,
    /// Does the municipality want to require attribution?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_attribution: Option<bool>,
    /// Conditions on re-use: one value or a list.
    #[serde(
        default,
        deserialize_with = "one_or_many",
        skip_serializing_if = "Option::is_none"
    )]
    pub conditions: Option<Vec<Condition>>,
    /// Who to credit, e.g. "Upplands Väsby kommun" (not a question).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The dataset's title (not a question).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

impl Answers {
    /// Reads answers from JSON; an error names the line, column and problem.
    pub fn from_json(text: &str) -> Result<Answers, Error> {
        let answers: Answers = serde_json::from_str(text).map_err(|e| Error::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        answers.check()?;
        Ok(answers)
    }

    /// Checks combinations that JSON alone cannot rule out.
    pub fn check(&self) -> Result<(), Error> {
        if let Some(list) = &self.conditions
            && list.contains(&Condition::None)
            && list.len() > 1
        {
            return Err(Error::InvalidAnswer {
                question: QuestionId::Conditions,
                value: list.iter().map(|c| c.id()).collect::<Vec<_>>().join(","),
                expected: "\"none\" alone, or any of the other conditions / \"none\" ensamt, eller något av de andra villkoren",
            });
        }
        Ok(())
    }

    /// Sets one answer from what a person typed: `ja`/`nej` (or `yes`/`no`, `j`/`n`,
    /// `true`/`false`) for yes-or-no questions, an option's id or number for the
    /// others (several separated by commas where the question allows).
    pub fn set(&mut self, question: QuestionId, typed: &str) -> Result<(), Error> {
        let typed = typed.trim();
        let invalid = |expected: &'static str| Error::InvalidAnswer {
            question,
            value: typed.to_owned(),
            expected,
        };
        let yes_no = || match typed.to_lowercase().as_str() {
            "ja" | "j" | "yes" | "y" | "true" | "1" => Ok(true),
            "nej" | "n" | "no" | "false" | "0" => Ok(false),
            _ => Err(invalid("ja/nej or yes/no")),
        };
        match question {
            QuestionId::Confidential => self.confidential = Some(yes_no()?),
            QuestionId::PersonalData => self.personal_data = Some(yes_no()?),
            QuestionId::HighValue => self.high_value = Some(yes_no()?),
            QuestionId::OwnContent => self.own_content = Some(yes_no()?),
            QuestionId::FactsOnly => self.facts_only = Some(yes_no()?),
            QuestionId::AuthorityRegister => self.authority_register = Some(yes_no()?),
            QuestionId::RequireAttribution => self.require_attribution = Some(yes_no()?),
            QuestionId::ThirdPartyLicences => {
                let list =
                    pick_many(typed, &InputLicence::ALL, InputLicence::id).ok_or_else(|| {
                        invalid(
                            "one or more of the listed option numbers or ids, separated by commas",
                        )
                    })?;
                self.third_party_licences = Some(list);
            }
            QuestionId::Conditions => {
                let list = pick_many(typed, &Condition::ALL, Condition::id).ok_or_else(|| {
                    invalid("one or more of the listed option numbers or ids, separated by commas")
                })?;
                let previous = self.conditions.replace(list);
                if let Err(e) = self.check() {
                    self.conditions = previous;
                    return Err(e);
                }
            }
        }
        Ok(())
    }
}

/// Parses `2,fees` into options: each item is a 1-based number or an id (any case).
fn pick_many<T: Copy + PartialEq>(
    typed: &str,
    all: &[T],
    id: fn(T) -> &'static str,
) -> Option<Vec<T>> {
    let mut out = Vec::new();
    for item in typed.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let found = match item.parse::<usize>() {
            Ok(n) => n.checked_sub(1).and_then(|i| all.get(i)).copied(),
            Err(_) => all
                .iter()
                .copied()
                .find(|o| id(*o).eq_ignore_ascii_case(item)),
        }?;
        if !out.contains(&found) {
            out.push(found);
        }
    }
    (!out.is_empty()).then_some(out)
}

fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<Condition>>, D::Error> {
    struct OneOrMany;
    impl<'de> Visitor<'de> for OneOrMany {
        type Value = Option<Vec<Condition>>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a condition (none, registration, fees, non_commercial, limited_users) or a list of them")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Condition::deserialize(de::value::StrDeserializer::<E>::new(v)).map(|c| Some(vec![c]))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(c) = seq.next_element::<Condition>()? {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            Ok(if out.is_empty() { None } else { Some(out) })
        }
    }
    d.deserialize_any(OneOrMany)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_take_one_value_or_a_list() {
        let one = Answers::from_json(r#"{"conditions": "fees"}"#).unwrap();
        assert_eq!(one.conditions, Some(vec![Condition::Fees]));
        let many = Answers::from_json(r#"{"conditions": ["registration", "fees"]}"#).unwrap();
        assert_eq!(
            many.conditions,
            Some(vec![Condition::Registration, Condition::Fees])
        );
    }

    #[test]
    fn bad_json_names_line_column_and_problem() {
        let err = Answers::from_json("{\n  \"confidential\": \"kanske\"\n}").unwrap_err();
        let Error::Json {
            line,
            column,
            message,
        } = &err
        else {
            panic!("{err:?}")
        };
        assert_eq!(*line, 2);
        assert!(*column > 10, "{column}");
        assert!(message.contains("expected a boolean"), "{message}");

        let err = Answers::from_json(r#"{"third_party_licences": ["CC-BY-3.0"]}"#).unwrap_err();
        assert!(err.to_string().contains("CC-BY-3.0"), "{err}");
        let err = Answers::from_json(r#"{"confidentail": false}"#).unwrap_err();
        assert!(err.to_string().contains("confidentail"), "{err}");
    }

    #[test]
    fn none_does_not_combine_with_other_conditions() {
        let err = Answers::from_json(r#"{"conditions": ["none", "fees"]}"#).unwrap_err();
        assert!(matches!(
            err,
            Error::InvalidAnswer {
                question: QuestionId::Conditions,
                ..
            }
        ));
    }

    #[test]
    fn typed_answers() {
        let mut a = Answers::default();
        a.set(QuestionId::Confidential, " Nej ").unwrap();
        assert_eq!(a.confidential, Some(false));
        a.set(QuestionId::HighValue, "yes").unwrap();
        assert_eq!(a.high_value, Some(true));
        a.set(QuestionId::ThirdPartyLicences, "3, odbl-1.0")
            .unwrap();
        assert_eq!(
            a.third_party_licences,
            Some(vec![InputLicence::CcBy, InputLicence::Odbl])
        );
        a.set(QuestionId::Conditions, "fees").unwrap();
        assert!(a.set(QuestionId::Conditions, "1,3").is_err());
        assert_eq!(
            a.conditions,
            Some(vec![Condition::Fees]),
            "a refused answer keeps the earlier one"
        );
        assert!(a.set(QuestionId::PersonalData, "kanske").is_err());
        assert!(a.set(QuestionId::ThirdPartyLicences, "9").is_err());
        assert!(a.set(QuestionId::ThirdPartyLicences, "").is_err());
        assert_eq!(a.personal_data, None);
    }
}
