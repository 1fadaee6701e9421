//! The questions, as data: wording, help text and answer options in Swedish and English.
//!
//! *When* each question is asked is not here but in [`crate::tree`].

use serde::{Deserialize, Serialize};

use crate::text::{Text, tx};

/// A question's identifier: the key of its answer in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    /// What is procured.
    Kind,
    /// The buyer's name.
    Buyer,
    /// Publishes on the internet.
    PublishesOnline,
    /// Personal data or other sensitive parts.
    PersonalData,
    /// A possible high-value dataset.
    HighValue,
    /// A running service rather than a one-off delivery.
    RunningService,
    /// The contract's length.
    ContractYears,
    /// The notice period for changes.
    NoticeMonths,
    /// The intended licence.
    Licence,
}

impl QuestionId {
    /// The JSON key, e.g. `personal_data`.
    pub fn key(self) -> &'static str {
        self.question().key
    }

    /// The full question.
    pub fn question(self) -> &'static Question {
        // QUESTIONS lists every id exactly once, in declaration order (tested).
        &QUESTIONS[self as usize]
    }
}

impl std::fmt::Display for QuestionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum AnswerKind {
    /// Yes or no (`true`/`false` in JSON).
    YesNo,
    /// One of the options (a JSON string).
    OneOf,
    /// A whole number between `min` and `max` (a JSON number).
    Number {
        /// The smallest accepted.
        min: u32,
        /// The largest accepted.
        max: u32,
        /// A sensible value to suggest.
        suggested: u32,
    },
    /// A line of text (a JSON string).
    Text,
}

/// One answer option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AnswerOption {
    /// The value in JSON.
    pub value: &'static str,
    /// What a person reads.
    pub label: Text,
}

/// A question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Question {
    /// The identifier.
    pub id: QuestionId,
    /// The JSON key.
    pub key: &'static str,
    /// The question as a person reads it.
    pub text: Text,
    /// Plain-language help.
    pub help: Text,
    /// How it is answered.
    pub kind: AnswerKind,
    /// The options (for yes/no and one-of questions).
    pub options: &'static [AnswerOption],
}

const YES_NO: &[AnswerOption] = &[
    AnswerOption {
        value: "true",
        label: tx("Ja", "Yes"),
    },
    AnswerOption {
        value: "false",
        label: tx("Nej", "No"),
    },
];

/// Every question, in the order of [`QuestionId`].
pub static QUESTIONS: [Question; 9] = [
    Question {
        id: QuestionId::Kind,
        key: "kind",
        text: tx("Vad ska ni upphandla?", "What are you procuring?"),
        help: tx(
            "System: en lösning ni själva driver (verksamhetssystem, plattform, register, sensorer). Tjänst: något leverantören driver åt er (t.ex. sakernas internet som tjänst). Informationsprodukt: information eller data ni köper (t.ex. näringsinnehåll i skolmåltider, produktdata, rapporter). Undersökning: någon tar fram data och underlag på ert uppdrag (t.ex. enkäter, utredningar inför detaljplan).",
            "System: a solution you run yourselves (business system, platform, register, sensors). Service: something the supplier runs for you (e.g. the Internet of things as a service). Information product: information or data you buy (e.g. nutrition data for school meals, product data, reports). Survey: someone produces data and findings on your commission (e.g. questionnaires, investigations before a detailed plan).",
        ),
        kind: AnswerKind::OneOf,
        options: &[
            AnswerOption {
                value: "system",
                label: tx(
                    "Ett system eller en teknisk lösning",
                    "A system or technical solution",
                ),
            },
            AnswerOption {
                value: "service",
                label: tx("En digital tjänst", "A digital service"),
            },
            AnswerOption {
                value: "information_product",
                label: tx("En informationsprodukt", "An information product"),
            },
            AnswerOption {
                value: "survey",
                label: tx(
                    "En undersökning eller utredning",
                    "A survey or investigation",
                ),
            },
        ],
    },
    Question {
        id: QuestionId::Buyer,
        key: "buyer",
        text: tx(
            "Vad heter den upphandlande organisationen?",
            "What is the name of the buying organisation?",
        ),
        help: tx(
            "Namnet skrivs in i kraven, t.ex. «Exempelby kommun».",
            "The name is written into the requirements, e.g. «Exempelby kommun».",
        ),
        kind: AnswerKind::Text,
        options: &[],
    },
    Question {
        id: QuestionId::PublishesOnline,
        key: "publishes_online",
        text: tx(
            "Ska lösningen publicera information på internet?",
            "Will the solution publish information on the internet?",
        ),
        help: tx(
            "Till exempel en webbplats, en karta, ett API eller filer som allmänheten kan hämta. Då behövs krav på domäner, länkar och beständiga adresser.",
            "For example a web site, a map, an API or files the public can download. Then requirements on domains, links and persistent addresses are needed.",
        ),
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::PersonalData,
        key: "personal_data",
        text: tx(
            "Kommer datan att innehålla personuppgifter eller andra känsliga delar?",
            "Will the data contain personal data or other sensitive parts?",
        ),
        help: tx(
            "Personuppgifter är allt som kan knytas till en levande person. Känsliga delar kan också vara uppgifter som omfattas av sekretess, t.ex. om säkerhet. Då ska känsliga och öppna delar kunna hållas isär.",
            "Personal data is anything that can be linked to a living person. Sensitive parts can also be information covered by secrecy, e.g. about security. Then sensitive and open parts must be kept apart.",
        ),
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::HighValue,
        key: "high_value",
        text: tx(
            "Kan datan bli en värdefull datamängd enligt EU:s förordning 2023/138?",
            "May the data become a high-value dataset under EU Regulation 2023/138?",
        ),
        help: tx(
            "Värdefulla datamängder finns i sex kategorier: geodata, jordobservation och miljö, meteorologi, statistik, företag och ägande, samt mobilitet. De ska vara fria, via API och som nedladdning.",
            "High-value datasets come in six categories: geospatial, earth observation and environment, meteorological, statistics, companies and company ownership, and mobility. They must be free, through an API and as bulk download.",
        ),
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::RunningService,
        key: "running_service",
        text: tx(
            "Är det ett löpande åtagande under en avtalsperiod (drift, förvaltning, återkommande leveranser)?",
            "Is it a running commitment over a contract period (operation, maintenance, recurring deliveries)?",
        ),
        help: tx(
            "Svara nej för en engångsleverans, t.ex. en enstaka undersökning. Löpande åtaganden behöver krav på förvarning vid förändringar och på stöd under avtalstiden.",
            "Answer no for a one-off delivery, e.g. a single survey. Running commitments need requirements on notice of changes and on support during the contract.",
        ),
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::ContractYears,
        key: "contract_years",
        text: tx(
            "Hur många år ska avtalet gälla, med förlängningar?",
            "How many years will the contract run, with extensions?",
        ),
        help: tx(
            "Avtalstiden skrivs in i kraven på dokumentation och stöd.",
            "The contract length is written into the requirements on documentation and support.",
        ),
        kind: AnswerKind::Number {
            min: 1,
            max: 20,
            suggested: 4,
        },
        options: &[],
    },
    Question {
        id: QuestionId::NoticeMonths,
        key: "notice_months",
        text: tx(
            "Hur många månaders förvarning vill ni ha före förändringar som påverkar datan?",
            "How many months' notice do you want before changes that affect the data?",
        ),
        help: tx(
            "Till exempel nya API-versioner, borttagna fält eller ändrade kodlistor. Sex månader ger tid att anpassa egna tjänster och andras.",
            "For example new API versions, removed fields or changed code lists. Six months gives time to adapt your own services and others'.",
        ),
        kind: AnswerKind::Number {
            min: 1,
            max: 36,
            suggested: 6,
        },
        options: &[],
    },
    Question {
        id: QuestionId::Licence,
        key: "licence",
        text: tx(
            "Under vilken licens vill ni kunna publicera datan?",
            "Under which licence do you want to be able to publish the data?",
        ),
        help: tx(
            "DIGG och PRV rekommenderar CC0: alla får använda datan fritt. Välj CC BY 4.0 bara om källan måste anges.",
            "DIGG and PRV recommend CC0: anyone may use the data freely. Choose CC BY 4.0 only if the source must be credited.",
        ),
        kind: AnswerKind::OneOf,
        options: &[
            AnswerOption {
                value: "CC0-1.0",
                label: tx("CC0 1.0 (rekommenderas)", "CC0 1.0 (recommended)"),
            },
            AnswerOption {
                value: "CC-BY-4.0",
                label: tx(
                    "CC BY 4.0 (källan ska anges)",
                    "CC BY 4.0 (credit the source)",
                ),
            },
        ],
    },
];
