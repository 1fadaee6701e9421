//! The questions, as data: wording, help text and answer options in Swedish and English.
//!
//! *When* each question is asked is not here but in [`crate::tree`]: a question is asked
//! when the walk through the tree reaches it, so an answer that decides skips the rest.

use serde::{Deserialize, Serialize};

use crate::answers::{Condition, InputLicence};
use crate::text::Text;

/// A question's identifier: the key of its answer in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    /// Secrecy.
    Confidential,
    /// Personal data.
    PersonalData,
    /// High-value dataset.
    HighValue,
    /// Whether the municipality made all of the content.
    OwnContent,
    /// The terms of material from others.
    ThirdPartyLicences,
    /// Only facts and measurements.
    FactsOnly,
    /// A register kept for the exercise of public authority.
    AuthorityRegister,
    /// Whether to require attribution.
    RequireAttribution,
    /// Conditions on re-use.
    Conditions,
}

impl QuestionId {
    /// The JSON key, e.g. `personal_data`.
    pub fn key(self) -> &'static str {
        // Not `self.question().key`: a program that names a question's key (in an
        // error) would then carry every question's wording too.
        match self {
            QuestionId::Confidential => "confidential",
            QuestionId::PersonalData => "personal_data",
            QuestionId::HighValue => "high_value",
            QuestionId::OwnContent => "own_content",
            QuestionId::ThirdPartyLicences => "third_party_licences",
            QuestionId::FactsOnly => "facts_only",
            QuestionId::AuthorityRegister => "authority_register",
            QuestionId::RequireAttribution => "require_attribution",
            QuestionId::Conditions => "conditions",
        }
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
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// Yes or no (`true`/`false` in JSON).
    YesNo,
    /// One or more of the options (a JSON list).
    ManyOf,
}

/// One answer option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AnswerOption {
    /// The value in JSON.
    pub value: &'static str,
    /// What a person reads.
    pub label: Text,
}

/// A question of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Question {
    /// The identifier.
    pub id: QuestionId,
    /// The JSON key.
    pub key: &'static str,
    /// A few words for diagrams and summaries.
    pub short: Text,
    /// The question as a person reads it.
    pub text: Text,
    /// Plain-language help: what the legal words mean.
    pub help: Text,
    /// How it is answered.
    pub kind: AnswerKind,
    /// The options (yes and no for [`AnswerKind::YesNo`]).
    pub options: &'static [AnswerOption],
}

const YES_NO: &[AnswerOption] = &[
    AnswerOption {
        value: "true",
        label: Text {
            sv: "Ja",
            en: "Yes",
        },
    },
    AnswerOption {
        value: "false",
        label: Text {
            sv: "Nej",
            en: "No",
        },
    },
];

const THIRD_PARTY_OPTIONS: &[AnswerOption] = &[
    AnswerOption {
        value: InputLicence::Cc0.id(),
        label: Text {
            sv: "CC0 (ingen upphovsrätt förbehålls)",
            en: "CC0 (no rights reserved)",
        },
    },
    AnswerOption {
        value: InputLicence::Pdm.id(),
        label: Text {
            sv: "Public Domain Mark (fritt från upphovsrätt)",
            en: "Public Domain Mark (free of copyright)",
        },
    },
    AnswerOption {
        value: InputLicence::CcBy.id(),
        label: Text {
            sv: "CC BY 4.0 (källan ska anges)",
            en: "CC BY 4.0 (credit the source)",
        },
    },
    AnswerOption {
        value: InputLicence::CcBySa.id(),
        label: Text {
            sv: "CC BY-SA 4.0 (dela lika)",
            en: "CC BY-SA 4.0 (share alike)",
        },
    },
    AnswerOption {
        value: InputLicence::Odbl.id(),
        label: Text {
            sv: "ODbL 1.0 (t.ex. OpenStreetMap)",
            en: "ODbL 1.0 (e.g. OpenStreetMap)",
        },
    },
    AnswerOption {
        value: InputLicence::CcByNc.id(),
        label: Text {
            sv: "CC BY-NC 4.0 (inte kommersiellt)",
            en: "CC BY-NC 4.0 (non-commercial)",
        },
    },
    AnswerOption {
        value: InputLicence::CcByNd.id(),
        label: Text {
            sv: "CC BY-ND 4.0 (inga bearbetningar)",
            en: "CC BY-ND 4.0 (no derivatives)",
        },
    },
    AnswerOption {
        value: InputLicence::Unknown.id(),
        label: Text {
            sv: "Okänt, eller alla rättigheter förbehållna",
            en: "Unknown, or all rights reserved",
        },
    },
];

const CONDITION_OPTIONS: &[AnswerOption] = &[
    AnswerOption {
        value: Condition::None.id(),
        label: Text {
            sv: "Inga villkor",
            en: "No conditions",
        },
    },
    AnswerOption {
        value: Condition::Registration.id(),
        label: Text {
            sv: "Registrering eller API-nyckel",
            en: "Registration or an API key",
        },
    },
    AnswerOption {
        value: Condition::Fees.id(),
        label: Text {
            sv: "Avgift",
            en: "A fee",
        },
    },
    AnswerOption {
        value: Condition::NonCommercial.id(),
        label: Text {
            sv: "Ingen kommersiell användning",
            en: "No commercial use",
        },
    },
    AnswerOption {
        value: Condition::LimitedUsers.id(),
        label: Text {
            sv: "Bara vissa användare eller organisationer",
            en: "Only some users or organisations",
        },
    },
];

/// Every question, in the order of [`QuestionId`].
pub static QUESTIONS: [Question; 9] = [
    Question {
        id: QuestionId::Confidential,
        key: "confidential",
        short: Text {
            sv: "Sekretess?",
            en: "Secrecy?",
        },
        text: Text {
            sv: "Innehåller filen uppgifter som omfattas av sekretess?",
            en: "Does the file contain information covered by secrecy?",
        },
        help: Text {
            sv: "Sekretess betyder att uppgifterna inte får lämnas ut enligt offentlighets- och sekretesslagen, till exempel uppgifter om enskildas hälsa eller om säkerhet. Sådana uppgifter får aldrig publiceras.",
            en: "Secrecy means the information may not be disclosed under the Public Access to Information and Secrecy Act, for example about individuals' health or about security. Such information must never be published.",
        },
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::PersonalData,
        key: "personal_data",
        short: Text {
            sv: "Personuppgifter?",
            en: "Personal data?",
        },
        text: Text {
            sv: "Innehåller filen personuppgifter, alltså uppgifter som direkt eller indirekt kan kopplas till en levande person?",
            en: "Does the file contain personal data, i.e. anything that can directly or indirectly identify a living person?",
        },
        help: Text {
            sv: "Personuppgifter är till exempel namn, personnummer, e-postadresser, telefonnummer, adresser till privatpersoner eller fritext om enskilda. En licens ger ingen rätt att behandla personuppgifter.",
            en: "Personal data is for example names, personal identity numbers, e-mail addresses, phone numbers, private addresses or free text about individuals. A licence gives no right to process personal data.",
        },
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::HighValue,
        key: "high_value",
        short: Text {
            sv: "Värdefull datamängd?",
            en: "High-value dataset?",
        },
        text: Text {
            sv: "Är datamängden en värdefull datamängd enligt EU:s genomförandeförordning 2023/138?",
            en: "Is this a high-value dataset under Regulation (EU) 2023/138?",
        },
        help: Text {
            sv: "Värdefulla datamängder är data som EU har pekat ut inom sex områden: geodata (t.ex. adresser och byggnader), jordobservation och miljö, meteorologi, statistik, företag och rörlighet (t.ex. kollektivtrafik). De ska vara avgiftsfria, maskinläsbara och gå att ladda ned eller nå via API. Reglerna gäller även kommuner.",
            en: "High-value datasets are data the EU has singled out in six areas: geospatial (e.g. addresses and buildings), earth observation and environment, meteorology, statistics, companies and mobility (e.g. public transport). They must be free of charge, machine-readable and available for download or through an API. The rules apply to municipalities too.",
        },
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::OwnContent,
        key: "own_content",
        short: Text {
            sv: "Eget innehåll?",
            en: "Own content?",
        },
        text: Text {
            sv: "Har kommunen själv tagit fram allt innehåll i filen (egen personal, eller konsulter och leverantörer vars avtal ger kommunen rätt att publicera)?",
            en: "Did the municipality produce all of the content itself (its own staff, or contractors whose agreement lets it publish)?",
        },
        help: Text {
            sv: "Svara nej om filen innehåller material från andra, till exempel data från en annan myndighet, från OpenStreetMap eller från en leverantörs system där avtalet inte klart ger kommunen rätten. Är du osäker, svara nej.",
            en: "Answer no if the file includes material from others, for example data from another authority, from OpenStreetMap, or from a supplier's system where the contract does not clearly give the municipality the right. If unsure, answer no.",
        },
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::ThirdPartyLicences,
        key: "third_party_licences",
        short: Text {
            sv: "Andras villkor?",
            en: "Others' terms?",
        },
        text: Text {
            sv: "Vilka villkor gäller för det material som kommer från andra? Välj alla som förekommer.",
            en: "Under which terms is the material from others available? Choose all that occur.",
        },
        help: Text {
            sv: "Villkoren står ofta i en licenstext där materialet hämtades. Upphovsrätt skyddar texter, bilder och andra verk; databasrätt (katalogskydd) skyddar stora sammanställningar av uppgifter. Kommunen kan bara ge andra de rättigheter den själv har fått.",
            en: "The terms are usually in a licence text where the material was obtained. Copyright protects texts, images and other works; the database right (katalogskydd) protects large compilations of data. The municipality can only pass on the rights it has itself received.",
        },
        kind: AnswerKind::ManyOf,
        options: THIRD_PARTY_OPTIONS,
    },
    Question {
        id: QuestionId::FactsOnly,
        key: "facts_only",
        short: Text {
            sv: "Bara fakta?",
            en: "Facts only?",
        },
        text: Text {
            sv: "Består filen bara av fakta och mätvärden (till exempel siffror, datum, adresser, koordinater, öppettider), utan egna texter, bilder eller kreativt urval?",
            en: "Does the file contain only facts and measurements (for example numbers, dates, addresses, coordinates, opening hours), with no original texts, images or creative selection?",
        },
        help: Text {
            sv: "Fakta i sig skyddas inte av upphovsrätt. Upphovsrätt gäller verk med egen kreativ prägel, som längre texter, bilder och kartor med egna val.",
            en: "Facts as such are not protected by copyright. Copyright applies to works with their own creative character, such as longer texts, images and maps with original choices.",
        },
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::AuthorityRegister,
        key: "authority_register",
        short: Text {
            sv: "Register i myndighetsutövning?",
            en: "Authority register?",
        },
        text: Text {
            sv: "Är filen ett utdrag ur ett register eller en databas som kommunen för i sin myndighetsutövning (till exempel tillstånd, tillsyn eller bygglov)?",
            en: "Is the file an extract of a register or database the municipality keeps in exercising public authority (for example permits, inspections or building permits)?",
        },
        help: Text {
            sv: "Myndighetsutövning är när kommunen med stöd av lag beslutar om rättigheter eller skyldigheter för enskilda, till exempel bygglov, serveringstillstånd eller livsmedelstillsyn.",
            en: "Exercising public authority means that the municipality, by law, decides on the rights or duties of individuals, for example building permits, licences to serve alcohol or food inspections.",
        },
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::RequireAttribution,
        key: "require_attribution",
        short: Text {
            sv: "Kräva källangivelse?",
            en: "Require attribution?",
        },
        text: Text {
            sv: "Vill kommunen kräva att den som använder datan anger kommunen som källa?",
            en: "Does the municipality want to require re-users to credit it as the source?",
        },
        help: Text {
            sv: "Källangivelse kan vara ett rimligt krav, men den som kombinerar data från många källor måste då ange alla. Digg rekommenderar så få villkor som möjligt; SCB och Lantmäteriet har slutat kräva källangivelse.",
            en: "Attribution can be a reasonable requirement, but whoever combines data from many sources must then credit all of them. DIGG recommends as few conditions as possible; Statistics Sweden and Lantmäteriet no longer require attribution.",
        },
        kind: AnswerKind::YesNo,
        options: YES_NO,
    },
    Question {
        id: QuestionId::Conditions,
        key: "conditions",
        short: Text {
            sv: "Villkor?",
            en: "Conditions?",
        },
        text: Text {
            sv: "Vill kommunen ställa villkor för användningen? Välj alla som gäller.",
            en: "Does the municipality want to set conditions on use? Choose all that apply.",
        },
        help: Text {
            sv: "Öppna data får användas av vem som helst, för vilket ändamål som helst. Registrering eller API-nyckel går bra så länge alla kan få en. Avgifter, förbud mot kommersiell användning eller ett begränsat urval av användare gör datan till delade data, inte öppna data.",
            en: "Open data may be used by anyone for any purpose. Registration or an API key is fine as long as anyone can get one. Fees, a ban on commercial use or a limited set of users make the data shared data, not open data.",
        },
        kind: AnswerKind::ManyOf,
        options: CONDITION_OPTIONS,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_id_order_and_keys_match_serde() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(q.id as usize, i, "{:?}", q.id);
            assert_eq!(
                serde_json::to_string(&q.id).unwrap(),
                format!("\"{}\"", q.key)
            );
            assert_eq!(q.id.key(), q.key, "{:?}", q.id);
        }
    }
}
