//! The buyer's answers, as read from JSON or typed at a prompt.

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::questions::QuestionId;

/// What is procured: the four kinds of DIGG's recommendations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A digital or technical solution the buyer runs itself: a business system, a
    /// platform, a register, sensors.
    System,
    /// A digital service bought as a service: IoT devices, a solution run by the supplier.
    Service,
    /// An information product: e.g. nutrition data for school meals, product data, reports.
    InformationProduct,
    /// A survey or investigation done on commission.
    Survey,
}

impl Kind {
    /// Every kind, in the order the question lists them.
    pub const ALL: [Kind; 4] = [
        Kind::System,
        Kind::Service,
        Kind::InformationProduct,
        Kind::Survey,
    ];

    /// The identifier used in JSON answers.
    pub const fn id(self) -> &'static str {
        match self {
            Kind::System => "system",
            Kind::Service => "service",
            Kind::InformationProduct => "information_product",
            Kind::Survey => "survey",
        }
    }

    /// Reads an identifier.
    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// The licence the buyer intends to publish the data under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Licence {
    /// CC0 1.0: DIGG and PRV's first choice.
    #[default]
    #[serde(rename = "CC0-1.0")]
    Cc0,
    /// CC BY 4.0: when the source must be credited.
    #[serde(rename = "CC-BY-4.0")]
    CcBy,
}

impl Licence {
    /// Both options, in the order the question lists them.
    pub const ALL: [Licence; 2] = [Licence::Cc0, Licence::CcBy];

    /// The SPDX identifier used in JSON answers.
    pub const fn id(self) -> &'static str {
        match self {
            Licence::Cc0 => "CC0-1.0",
            Licence::CcBy => "CC-BY-4.0",
        }
    }

    /// The short name put in requirement texts.
    pub const fn name(self) -> &'static str {
        match self {
            Licence::Cc0 => "CC0 1.0",
            Licence::CcBy => "CC BY 4.0",
        }
    }

    /// The URI of the licence.
    pub const fn uri(self) -> &'static str {
        match self {
            Licence::Cc0 => "http://creativecommons.org/publicdomain/zero/1.0/",
            Licence::CcBy => "http://creativecommons.org/licenses/by/4.0/",
        }
    }
}

/// The shortest and longest contract the questions accept, in years.
pub const CONTRACT_YEARS: (u32, u32) = (1, 20);
/// The shortest and longest notice period the questions accept, in months.
pub const NOTICE_MONTHS: (u32, u32) = (1, 36);
/// The longest buyer name, in characters.
pub const MAX_BUYER_CHARS: usize = 200;

/// The answers. Every answer is optional: what is missing and needed makes the
/// selection `incomplete`; `licence` defaults to CC0 1.0 (DIGG/PRV).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// What is procured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// The buyer's name, e.g. «Exempelby kommun».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer: Option<String>,
    /// Does the solution publish information on the internet?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publishes_online: Option<bool>,
    /// Does it hold personal data or other sensitive parts?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_data: Option<bool>,
    /// May the data become a high-value dataset (Regulation (EU) 2023/138)?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_value: Option<bool>,
    /// A running service or maintenance over a contract period (true), or a one-off
    /// delivery (false)?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_service: Option<bool>,
    /// The contract's length in years (asked for running services).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_years: Option<u32>,
    /// The notice, in months, the buyer wants before changes that affect the data
    /// (asked for running services).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_months: Option<u32>,
    /// The licence the buyer intends; CC0 1.0 when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Licence>,
}

fn bool_answer(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "ja" | "j" | "yes" | "y" | "true" => Some(true),
        "nej" | "n" | "no" | "false" => Some(false),
        _ => None,
    }
}

impl Answers {
    /// Reads answers from JSON, with the line and column of what is wrong, and checks
    /// the numbers and the name against the questions' limits.
    pub fn from_json(text: &str) -> Result<Answers, Error> {
        let answers: Answers = serde_json::from_str(text).map_err(|e| Error::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        answers.check()?;
        Ok(answers)
    }

    /// Checks every given answer against its question's limits.
    pub fn check(&self) -> Result<(), Error> {
        let range = |q: QuestionId, v: Option<u32>, (lo, hi): (u32, u32), expected| match v {
            Some(n) if n < lo || n > hi => Err(Error::InvalidAnswer {
                question: q,
                value: n.to_string(),
                expected,
            }),
            _ => Ok(()),
        };
        range(
            QuestionId::ContractYears,
            self.contract_years,
            CONTRACT_YEARS,
            "1–20",
        )?;
        range(
            QuestionId::NoticeMonths,
            self.notice_months,
            NOTICE_MONTHS,
            "1–36",
        )?;
        if let Some(b) = &self.buyer
            && (b.trim().is_empty()
                || b.chars().count() > MAX_BUYER_CHARS
                || b.contains(['\n', '\r']))
        {
            return Err(Error::InvalidAnswer {
                question: QuestionId::Buyer,
                value: b.chars().take(40).collect(),
                expected: "1–200 tecken på en rad / 1–200 characters on one line",
            });
        }
        Ok(())
    }

    /// The licence, with CC0 1.0 when none is given.
    pub fn licence_or_default(&self) -> Licence {
        self.licence.unwrap_or_default()
    }

    /// Sets the answer to one question from what a person typed: `ja`/`nej`
    /// (`yes`/`no`), a number, an option's number or identifier, or a name.
    pub fn set(&mut self, question: QuestionId, typed: &str) -> Result<(), Error> {
        let typed = typed.trim();
        let invalid = |expected| Error::InvalidAnswer {
            question,
            value: typed.chars().take(40).collect(),
            expected,
        };
        let yes_no = || bool_answer(typed).ok_or_else(|| invalid("ja/nej, yes/no"));
        let mut next = self.clone();
        match question {
            QuestionId::Kind => {
                let kind = typed
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| Kind::ALL.get(i).copied())
                    .or_else(|| Kind::from_id(typed))
                    .ok_or_else(|| invalid("1–4, system, service, information_product, survey"))?;
                next.kind = Some(kind);
            }
            QuestionId::Buyer => next.buyer = Some(typed.to_owned()),
            QuestionId::PublishesOnline => next.publishes_online = Some(yes_no()?),
            QuestionId::PersonalData => next.personal_data = Some(yes_no()?),
            QuestionId::HighValue => next.high_value = Some(yes_no()?),
            QuestionId::RunningService => next.running_service = Some(yes_no()?),
            QuestionId::ContractYears => {
                next.contract_years = Some(typed.parse().map_err(|_| invalid("1–20"))?)
            }
            QuestionId::NoticeMonths => {
                next.notice_months = Some(typed.parse().map_err(|_| invalid("1–36"))?)
            }
            QuestionId::Licence => {
                let licence = if typed.is_empty() {
                    Licence::default()
                } else {
                    typed
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| n.checked_sub(1))
                        .and_then(|i| Licence::ALL.get(i).copied())
                        .or_else(|| Licence::ALL.into_iter().find(|l| l.id() == typed))
                        .ok_or_else(|| invalid("1, 2, CC0-1.0, CC-BY-4.0"))?
                };
                next.licence = Some(licence);
            }
        }
        next.check()?;
        *self = next;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_errors_have_a_place_and_limits_are_checked() {
        let e = Answers::from_json("{\n \"kind\": \"car\"}").unwrap_err();
        assert!(matches!(e, Error::Json { line: 2, .. }), "{e}");
        let e = Answers::from_json(r#"{"notice_months": 0}"#).unwrap_err();
        assert!(e.to_string().contains("notice_months"), "{e}");
        let e = Answers::from_json(r#"{"colour": "red"}"#).unwrap_err();
        assert!(e.to_string().contains("colour"), "{e}");
    }

    #[test]
    fn typed_answers_are_read() {
        let mut a = Answers::default();
        a.set(QuestionId::Kind, "3").unwrap();
        assert_eq!(a.kind, Some(Kind::InformationProduct));
        a.set(QuestionId::Kind, "survey").unwrap();
        assert_eq!(a.kind, Some(Kind::Survey));
        a.set(QuestionId::PersonalData, "Ja").unwrap();
        assert_eq!(a.personal_data, Some(true));
        assert!(a.set(QuestionId::NoticeMonths, "40").is_err());
        assert_eq!(a.notice_months, None);
        a.set(QuestionId::Licence, "").unwrap();
        assert_eq!(a.licence, Some(Licence::Cc0));
        assert!(a.set(QuestionId::Buyer, "  ").is_err());
    }
}
