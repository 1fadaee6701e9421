//! The catalogue, as data: DIGG's seven requirement areas with what each must consider,
//! and the requirement templates written for Datalots under them.
//!
//! Texts hold placeholders in braces that [`crate::select`] fills from the answers:
//! [`PLACEHOLDERS`] lists them. Every template names the consideration it serves;
//! tests check that every consideration is served for every kind of procurement.

use serde::Serialize;

use crate::answers::Kind;
use crate::text::{Reference, Text, tx};

/// The kind of requirement, as Swedish tender documents name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequirementKind {
    /// Kvalificeringskrav: the supplier's capacity, checked before the tenders are compared.
    Qualification,
    /// Ska-krav: part of the technical specification; a tender that fails it is rejected.
    Mandatory,
    /// Bör-krav or tilldelningskriterium: scored when tenders are compared.
    Scored,
    /// Särskilt kontraktsvillkor: must hold during the contract; followed up, with a sanction.
    ContractCondition,
}

impl RequirementKind {
    /// The name in Swedish and English.
    pub fn label(self) -> Text {
        match self {
            RequirementKind::Qualification => tx("Kvalificeringskrav", "Qualification requirement"),
            RequirementKind::Mandatory => tx("Ska-krav", "Mandatory requirement"),
            RequirementKind::Scored => tx(
                "Bör-krav (tilldelningskriterium)",
                "Scored requirement (award criterion)",
            ),
            RequirementKind::ContractCondition => {
                tx("Särskilt kontraktsvillkor", "Special contract condition")
            }
        }
    }
}

/// An answer a template needs besides the kind of procurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// The solution publishes on the internet.
    PublishesOnline,
    /// The data holds personal data or other sensitive parts.
    PersonalData,
    /// The data may become a high-value dataset.
    HighValue,
    /// A running commitment over a contract period.
    RunningService,
    /// The buyer intends CC BY 4.0.
    CcBy,
}

impl Need {
    /// Why a template with this need was chosen, in Swedish and English.
    pub fn reason(self) -> Text {
        match self {
            Need::PublishesOnline => tx(
                "Lösningen publicerar information på internet.",
                "The solution publishes information on the internet.",
            ),
            Need::PersonalData => tx(
                "Datan innehåller personuppgifter eller andra känsliga delar.",
                "The data contains personal data or other sensitive parts.",
            ),
            Need::HighValue => tx(
                "Datan kan bli en värdefull datamängd enligt (EU) 2023/138.",
                "The data may become a high-value dataset under (EU) 2023/138.",
            ),
            Need::RunningService => tx(
                "Det är ett löpande åtagande under en avtalsperiod.",
                "It is a running commitment over a contract period.",
            ),
            Need::CcBy => tx(
                "Datan ska publiceras under CC BY 4.0.",
                "The data is to be published under CC BY 4.0.",
            ),
        }
    }
}

/// Something an area's requirements must consider, from DIGG's recommendations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Consideration {
    /// The identifier, area number and letter: `1A`.
    pub id: &'static str,
    /// What must be considered.
    pub text: Text,
}

/// One of DIGG's seven requirement areas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Area {
    /// 1–7.
    pub number: u8,
    /// The name, as in DIGG's 2022 presentation.
    pub title: Text,
    /// What the area is about, in a sentence or two.
    pub summary: Text,
    /// What the area's requirements must consider.
    pub considerations: &'static [Consideration],
}

/// A requirement template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Template {
    /// Stable identifier: `D`, the area, a dash and a running number (`D1-03`).
    pub id: &'static str,
    /// The area, 1–7.
    pub area: u8,
    /// The consideration it serves (`1B`).
    pub consideration: &'static str,
    /// The kinds of procurement it applies to.
    pub kinds: &'static [Kind],
    /// The kind of requirement.
    pub kind: RequirementKind,
    /// Answers it needs besides the kind (all of them).
    pub needs: &'static [Need],
    /// A short title.
    pub title: Text,
    /// The requirement text, with placeholders.
    pub text: Text,
    /// Why the buyer asks for it.
    pub motive: Text,
    /// How the supplier shows fulfilment.
    pub verification: Text,
    /// For contract conditions: how it is followed up and what happens otherwise.
    pub follow_up: Option<Text>,
    /// The rules and documents it rests on.
    pub references: &'static [Reference],
}

impl Template {
    /// Whether it applies to a kind of procurement.
    pub fn applies_to(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// The placeholders templates may use, each filled from the answers.
pub const PLACEHOLDERS: [&str; 5] = [
    "{köpare}",
    "{licens}",
    "{licens_uri}",
    "{avtalsår}",
    "{varsel_månader}",
];

const ALL: &[Kind] = &[
    Kind::System,
    Kind::Service,
    Kind::InformationProduct,
    Kind::Survey,
];
const SYS_SVC: &[Kind] = &[Kind::System, Kind::Service];
const PROD_SURV: &[Kind] = &[Kind::InformationProduct, Kind::Survey];

use Need as N;
use Reference as R;
use RequirementKind::{
    ContractCondition as CC, Mandatory as SKA, Qualification as KVAL, Scored as BOR,
};

const fn c(id: &'static str, sv: &'static str, en: &'static str) -> Consideration {
    Consideration {
        id,
        text: tx(sv, en),
    }
}

/// The seven areas, in order.
pub static AREAS: [Area; 7] = [
    Area {
        number: 1,
        title: tx(
            "Rätten till information ska säkras",
            "Secure the right to the information",
        ),
        summary: tx(
            "Köparen ska ha tillräckliga rättigheter att använda informationen som den behöver över tid, vilket också gör en senare publicering enklare och billigare.",
            "The buyer must have enough rights to use the information as it needs over time, which also makes publishing it later simpler and cheaper.",
        ),
        considerations: &[
            c(
                "1A",
                "Klassa informationssäkerheten i den data som upphandlas.",
                "Classify the information security of the data procured.",
            ),
            c(
                "1B",
                "Gör datans upphovsrättsliga status tydlig, både för information köparen skapar och för information leverantören skapar.",
                "Make the copyright status of the data explicit, both for information the buyer creates and for information the supplier creates.",
            ),
            c(
                "1C",
                "Hantera data som inhyrda konsulter tar fram inom organisationen.",
                "Handle data that hired consultants produce inside the organisation.",
            ),
            c(
                "1D",
                "Undvik att i onödan binda data till statistiksekretess (24 kap. 8 § OSL).",
                "Avoid needlessly tying data to statistical secrecy (OSL chapter 24 section 8).",
            ),
            c(
                "1E",
                "Förbered för större organisationsförändringar, så att rättigheterna består.",
                "Prepare for larger organisational changes, so that the rights survive.",
            ),
            c(
                "1F",
                "Låt andra använda informationen: rätten att publicera under en öppen licens.",
                "Let others use the information: the right to publish under an open licence.",
            ),
        ],
    },
    Area {
        number: 2,
        title: tx(
            "Strukturerad data för delning",
            "Structured data for sharing",
        ),
        summary: tx(
            "Krav på format, struktur och specifikationer, så att data kan användas effektivt och delas för vidareutnyttjande.",
            "Requirements on format, structure and specifications, so that data can be used efficiently and shared for re-use.",
        ),
        considerations: &[
            c(
                "2A",
                "Kräv strukturerade och maskinläsbara data.",
                "Require structured and machine-readable data.",
            ),
            c(
                "2B",
                "Sträva efter öppna specifikationer och format; följ befintliga dataspecifikationer.",
                "Strive for open specifications and formats; follow existing data specifications.",
            ),
            c(
                "2C",
                "Separera data med olika känslighet.",
                "Separate data of different sensitivity.",
            ),
        ],
    },
    Area {
        number: 3,
        title: tx(
            "Terminologi och språk som möjliggör interoperabilitet",
            "Terminology and language that enable interoperability",
        ),
        summary: tx(
            "Data ska kunna tolkas, även av maskiner, för att kunna kombineras.",
            "Data must be interpretable, also by machines, to be combined.",
        ),
        considerations: &[
            c(
                "3A",
                "Kräv befintliga terminologier och kodlistor.",
                "Require existing terminologies and code lists.",
            ),
            c(
                "3B",
                "Överväg om ny terminologi behövs, och hur den publiceras med stabila adresser.",
                "Consider whether new terminology is needed, and how it is published with stable addresses.",
            ),
            c("3C", "Ställ språkkrav.", "Set language requirements."),
        ],
    },
    Area {
        number: 4,
        title: tx(
            "Långsiktigt hållbara domäner och länkar",
            "Sustainable domains and links",
        ),
        summary: tx(
            "Information på internet ska finnas på adresser som köparen kontrollerar och som består när leverantören byts.",
            "Information on the internet must be at addresses the buyer controls and that last when the supplier changes.",
        ),
        considerations: &[
            c(
                "4A",
                "Tillhandahåll informationen på en webbadress som köparen kontrollerar.",
                "Provide the information at a web address the buyer controls.",
            ),
            c(
                "4B",
                "Använd beständiga identifierare.",
                "Use persistent identifiers.",
            ),
            c(
                "4C",
                "Länka till andras information.",
                "Link to others' information.",
            ),
        ],
    },
    Area {
        number: 5,
        title: tx(
            "Möjliggör åtkomst till informationen",
            "Enable access to the information",
        ),
        summary: tx(
            "Köparen ska kunna nå och använda all information i upphandlingen på överenskomna villkor, även när den förvaltas utanför organisationen.",
            "The buyer must be able to reach and use all information in the procurement under agreed terms, even when it is managed outside the organisation.",
        ),
        considerations: &[
            c(
                "5A",
                "Kräv öppenhet som standard.",
                "Require openness by default.",
            ),
            c(
                "5B",
                "Möt olika målgruppers behov av åtkomst.",
                "Meet different audiences' access needs.",
            ),
            c(
                "5C",
                "Hantera datatjänster och API:er (DIGG:s REST API-profil).",
                "Handle data services and APIs (DIGG's REST API profile).",
            ),
            c(
                "5D",
                "Använd maskinläsbara öppna format.",
                "Use machine-readable open formats.",
            ),
            c("5E", "Skapa säker åtkomst.", "Create secure access."),
        ],
    },
    Area {
        number: 6,
        title: tx(
            "Dokumentation som stödjer god datahantering",
            "Documentation that supports good data management",
        ),
        summary: tx(
            "Information och åtkomsttekniker ska komma med dokumentation och stöd som hålls aktuella.",
            "Information and access techniques come with documentation and support that are kept up to date.",
        ),
        considerations: &[
            c(
                "6A",
                "Ange vad som dokumenteras: datamodell och kodlistor.",
                "Specify what is documented: data model and code lists.",
            ),
            c(
                "6B",
                "Beskriv åtkomstsätten: API-beskrivning, filer och metod.",
                "Describe the means of access: API description, files and method.",
            ),
            c(
                "6C",
                "Kräv metadata enligt DCAT-AP-SE.",
                "Require metadata following DCAT-AP-SE.",
            ),
            c(
                "6D",
                "Bestäm hur dokumentation och stöd hålls uppdaterade över tid.",
                "Decide how documentation and support are kept up over time.",
            ),
        ],
    },
    Area {
        number: 7,
        title: tx(
            "Rätt till förvarning och stöd vid förändringar i informationshanteringen",
            "Right to notice and support when the information handling changes",
        ),
        summary: tx(
            "Rätt till förvarning om förändringar som påverkar data, för bättre planering, och förberedelse för när datahanteringen upphör.",
            "The right to advance notice of changes that affect the data, for better planning, and preparation for the end of the data handling.",
        ),
        considerations: &[
            c(
                "7A",
                "Ange hur förvarning ges.",
                "Specify how notice is given.",
            ),
            c(
                "7B",
                "Kräv en period med båda versionerna vid förändringar.",
                "Require a period with both versions during changes.",
            ),
            c(
                "7C",
                "Kräv annat stöd vid förändringar.",
                "Require other support during changes.",
            ),
            c(
                "7D",
                "Förbered för när datahanteringen upphör: fullständig export och överföring.",
                "Prepare for the end of the data handling: full export and transfer.",
            ),
        ],
    },
];

const fn fu(sv: &'static str, en: &'static str) -> Option<Text> {
    Some(tx(sv, en))
}

const SANCTION_SV: &str = "Följs upp vid avtalsuppföljning minst en gång per år. Brister ska åtgärdas inom 30 dagar från skriftlig anmärkning; därefter utgår vite enligt avtalet, och ett väsentligt avtalsbrott ger {köpare} rätt att häva avtalet.";
const SANCTION_EN: &str = "Followed up at contract reviews at least once a year. Shortcomings must be remedied within 30 days of written notice; after that a penalty is due under the contract, and a material breach entitles {köpare} to terminate the contract.";

/// Every template, grouped by area and numbered in order.
pub static TEMPLATES: &[Template] = &[
    // ── Area 1: the right to the information ──────────────────────────────────────
    Template {
        id: "D1-01",
        area: 1,
        consideration: "1A",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "Informationssäkerhetsklassning",
            "Information security classification",
        ),
        text: tx(
            "Leverantören ska hantera data i uppdraget enligt den informationsklassning som {köpare} bifogar upphandlingsdokumenten, och ska kunna ange för varje datamängd eller fält vilken klass den har.",
            "The supplier shall handle the data of the contract according to the information classification that {köpare} attaches to the procurement documents, and shall be able to state the class of each dataset or field.",
        ),
        motive: tx(
            "Klassningen avgör vad som kan publiceras och hur resten skyddas; utan den blir allt behandlat som det känsligaste.",
            "The classification decides what can be published and how the rest is protected; without it everything is treated as the most sensitive.",
        ),
        verification: tx(
            "Ja/nej i anbudet, och en beskrivning enligt {köpare}s mall av hur klassningen tillämpas.",
            "Yes/no in the tender, and a description to {köpare}'s template of how the classification is applied.",
        ),
        follow_up: None,
        references: &[R::DiggProcurement, R::Osl],
    },
    Template {
        id: "D1-02",
        area: 1,
        consideration: "1B",
        kinds: SYS_SVC,
        kind: CC,
        needs: &[],
        title: tx(
            "Köparens rätt till data i lösningen",
            "The buyer's right to the data in the solution",
        ),
        text: tx(
            "All data som {köpare} eller dess användare för in i lösningen, och all data som lösningen skapar om {köpare}s verksamhet, tillhör {köpare}. Leverantören förvärvar inga rättigheter till datan och får använda den endast för att fullgöra avtalet.",
            "All data that {köpare} or its users enter into the solution, and all data the solution creates about {köpare}'s operations, belongs to {köpare}. The supplier acquires no rights to the data and may use it only to perform the contract.",
        ),
        motive: tx(
            "Rätten till datan måste vara klar från början; efteråt ligger den hos leverantören och kan inte publiceras.",
            "The right to the data must be clear from the start; afterwards it lies with the supplier and cannot be published.",
        ),
        verification: tx(
            "Accepteras genom undertecknat avtal.",
            "Accepted by signing the contract.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement, R::CopyrightAct],
    },
    Template {
        id: "D1-03",
        area: 1,
        consideration: "1B",
        kinds: PROD_SURV,
        kind: CC,
        needs: &[],
        title: tx(
            "Nyttjanderätt till levererat material",
            "Rights to the material delivered",
        ),
        text: tx(
            "Leverantören upplåter till {köpare} en icke-exklusiv, tidsobegränsad och överlåtbar rätt att använda, bearbeta, kombinera och sprida levererade data, bilder, rapporter och underlag, utan ytterligare ersättning.",
            "The supplier grants {köpare} a non-exclusive, perpetual and transferable right to use, adapt, combine and distribute the data, images, reports and material delivered, without further payment.",
        ),
        motive: tx(
            "Utan uttrycklig upplåtelse behåller leverantören upphovsrätten, och {köpare} kan varken bearbeta eller publicera materialet.",
            "Without an explicit grant the supplier keeps the copyright, and {köpare} can neither adapt nor publish the material.",
        ),
        verification: tx(
            "Accepteras genom undertecknat avtal.",
            "Accepted by signing the contract.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement, R::CopyrightAct],
    },
    Template {
        id: "D1-04",
        area: 1,
        consideration: "1F",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "Publicering under öppen licens",
            "Publication under an open licence",
        ),
        text: tx(
            "Leverantören ska godta att {köpare} tillgängliggör data som omfattas av avtalet som öppna data under licensen {licens} ({licens_uri}), och får inte förse levererade data med villkor som hindrar det.",
            "The supplier shall accept that {köpare} makes the data covered by the contract available as open data under the licence {licens} ({licens_uri}), and shall not attach terms to the data delivered that prevent it.",
        ),
        motive: tx(
            "Lagen (2022:818) och DIGG/PRV:s rekommendation förutsätter att data kan delas med så få villkor som möjligt; det måste vara tillåtet redan i avtalet.",
            "The Open Data Act (2022:818) and DIGG/PRV's recommendation assume that data can be shared with as few conditions as possible; the contract must already allow it.",
        ),
        verification: tx("Ja/nej i anbudet.", "Yes/no in the tender."),
        follow_up: None,
        references: &[R::OpenDataAct, R::Cc0, R::CcBy],
    },
    Template {
        id: "D1-05",
        area: 1,
        consideration: "1B",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "Redovisning av material från tredje part",
            "Disclosure of third-party material",
        ),
        text: tx(
            "Leverantören ska i anbudet redovisa allt material från tredje part som ingår i leveransen (t.ex. kartunderlag, bilder, kodlistor, databaser) och villkoren för att använda och sprida det. Material som inte får spridas under {licens} ska hållas avskilt och märkas.",
            "The supplier shall list in the tender all third-party material included in the delivery (e.g. base maps, images, code lists, databases) and the terms for using and distributing it. Material that may not be distributed under {licens} shall be kept apart and marked.",
        ),
        motive: tx(
            "Tredjepartsmaterial med okända villkor hindrar publicering av hela leveransen.",
            "Third-party material with unknown terms prevents publication of the whole delivery.",
        ),
        verification: tx(
            "Förteckning bifogad anbudet.",
            "List attached to the tender.",
        ),
        follow_up: None,
        references: &[R::CopyrightAct, R::DiggProcurement],
    },
    Template {
        id: "D1-06",
        area: 1,
        consideration: "1C",
        kinds: ALL,
        kind: CC,
        needs: &[],
        title: tx(
            "Arbetsresultat från konsulter",
            "Work produced by consultants",
        ),
        text: tx(
            "Data, dokumentation och annat arbetsresultat som leverantörens personal eller underleverantörer tar fram i {köpare}s lokaler, system eller på {köpare}s uppdrag omfattas av samma rättigheter för {köpare} som övriga leveranser.",
            "Data, documentation and other work that the supplier's staff or subcontractors produce on {köpare}'s premises, in its systems or on its commission are covered by the same rights for {köpare} as other deliveries.",
        ),
        motive: tx(
            "Konsulter skapar ofta data inne i organisationen utan att rättigheterna är reglerade.",
            "Consultants often create data inside the organisation without the rights being settled.",
        ),
        verification: tx(
            "Accepteras genom undertecknat avtal.",
            "Accepted by signing the contract.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement, R::CopyrightAct],
    },
    Template {
        id: "D1-07",
        area: 1,
        consideration: "1D",
        kinds: PROD_SURV,
        kind: SKA,
        needs: &[],
        title: tx(
            "Ingen onödig statistiksekretess",
            "No needless statistical secrecy",
        ),
        text: tx(
            "Uppgifter ska samlas in för de ändamål {köpare} anger i uppdraget. Leverantören får inte beskriva insamlingen som framställning av statistik, så att uppgifterna omfattas av sekretess enligt 24 kap. 8 § OSL, om inte {köpare} skriftligen begär det.",
            "Information shall be collected for the purposes {köpare} states in the commission. The supplier shall not describe the collection as the production of statistics, bringing the information under secrecy under OSL chapter 24 section 8, unless {köpare} asks for it in writing.",
        ),
        motive: tx(
            "Uppgifter som samlats in för statistikändamål är svåra att lämna ut senare; det ska vara ett medvetet val.",
            "Information collected for statistical purposes is hard to release later; it should be a deliberate choice.",
        ),
        verification: tx(
            "Utkast till missivbrev, enkät eller insamlingsbeskrivning godkänns av {köpare} före insamlingen.",
            "Drafts of the cover letter, questionnaire or collection description are approved by {köpare} before collection.",
        ),
        follow_up: None,
        references: &[R::Osl, R::DiggProcurement],
    },
    Template {
        id: "D1-08",
        area: 1,
        consideration: "1D",
        kinds: SYS_SVC,
        kind: SKA,
        needs: &[],
        title: tx(
            "Statistikuppgifter hålls isär",
            "Statistics-only data kept apart",
        ),
        text: tx(
            "Lösningen ska kunna märka och lagra uppgifter som samlas in enbart för statistikändamål åtskilda från övriga uppgifter, så att statistiksekretess inte omfattar mer data än nödvändigt.",
            "The solution shall be able to mark and store information collected solely for statistical purposes apart from other information, so that statistical secrecy covers no more data than necessary.",
        ),
        motive: tx(
            "Blandas statistikuppgifter med verksamhetsdata kan sekretessen smitta av sig på allt.",
            "When statistics-only information is mixed with operational data, the secrecy can spread to all of it.",
        ),
        verification: tx(
            "Beskrivning i anbudet; visas vid demonstration.",
            "Description in the tender; shown at a demonstration.",
        ),
        follow_up: None,
        references: &[R::Osl, R::DiggProcurement],
    },
    Template {
        id: "D1-09",
        area: 1,
        consideration: "1E",
        kinds: ALL,
        kind: CC,
        needs: &[],
        title: tx(
            "Rättigheter vid organisationsförändringar",
            "Rights through organisational changes",
        ),
        text: tx(
            "{köpare} får överlåta avtalet och sina rättigheter till data till en annan offentlig aktör som tar över verksamheten, till exempel vid sammanslagning, samverkan eller bolagisering, utan leverantörens samtycke och utan extra kostnad. Rättigheterna till data består efter avtalets slut.",
            "{köpare} may transfer the contract and its rights to the data to another public body that takes over the operations, for example on a merger, joint arrangement or incorporation, without the supplier's consent and at no extra cost. The rights to the data survive the end of the contract.",
        ),
        motive: tx(
            "Kommuner slås samman och verksamheter flyttas; datan ska följa med verksamheten.",
            "Municipalities merge and operations move; the data should follow the operations.",
        ),
        verification: tx(
            "Accepteras genom undertecknat avtal.",
            "Accepted by signing the contract.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D1-10",
        area: 1,
        consideration: "1A",
        kinds: ALL,
        kind: SKA,
        needs: &[N::PersonalData],
        title: tx("Personuppgifter identifieras", "Personal data identified"),
        text: tx(
            "Leverantören ska ingå {köpare}s personuppgiftsbiträdesavtal och ska för varje datamängd ange vilka fält som innehåller personuppgifter eller andra känsliga uppgifter.",
            "The supplier shall sign {köpare}'s data processing agreement and shall state for each dataset which fields contain personal data or other sensitive information.",
        ),
        motive: tx(
            "Bara när de känsliga fälten är kända kan resten av datan delas.",
            "Only when the sensitive fields are known can the rest of the data be shared.",
        ),
        verification: tx(
            "Undertecknat personuppgiftsbiträdesavtal och en fältförteckning med markering.",
            "Signed data processing agreement and a list of fields with the marking.",
        ),
        follow_up: None,
        references: &[R::Gdpr, R::Osl],
    },
    Template {
        id: "D1-11",
        area: 1,
        consideration: "1F",
        kinds: ALL,
        kind: SKA,
        needs: &[N::CcBy],
        title: tx(
            "Källangivelse under CC BY 4.0",
            "Attribution under CC BY 4.0",
        ),
        text: tx(
            "Leverantören ska godta att {köpare} anges som källa när datan publiceras under {licens}, och får inte kräva att själv anges som upphovsperson eller källa.",
            "The supplier shall accept that {köpare} is named as the source when the data is published under {licens}, and shall not require to be named as author or source itself.",
        ),
        motive: tx(
            "En enda tydlig källangivelse gör datan lätt att återanvända; flera krav på namngivning staplas hos användarna.",
            "One clear attribution makes the data easy to re-use; several naming demands pile up for users.",
        ),
        verification: tx("Ja/nej i anbudet.", "Yes/no in the tender."),
        follow_up: None,
        references: &[R::CcBy],
    },
    Template {
        id: "D1-12",
        area: 1,
        consideration: "1A",
        kinds: ALL,
        kind: KVAL,
        needs: &[N::PersonalData],
        title: tx(
            "Leverantörens informationssäkerhetsarbete",
            "The supplier's information security management",
        ),
        text: tx(
            "Leverantören ska ha ett systematiskt informationssäkerhetsarbete, till exempel enligt ISO/IEC 27001 eller likvärdigt, som omfattar den verksamhet som ska utföra uppdraget.",
            "The supplier shall have systematic information security management, for example following ISO/IEC 27001 or equivalent, covering the operations that will perform the contract.",
        ),
        motive: tx(
            "Känsliga uppgifter kräver en leverantör som kan skydda dem; det prövas före anbudsutvärderingen.",
            "Sensitive information needs a supplier that can protect it; this is checked before the tenders are evaluated.",
        ),
        verification: tx(
            "Certifikat eller en beskrivning av ledningssystemet bifogad anbudet.",
            "Certificate or a description of the management system attached to the tender.",
        ),
        follow_up: None,
        references: &[R::Gdpr, R::DiggProcurement],
    },
    // ── Area 2: structured data for sharing ───────────────────────────────────────
    Template {
        id: "D2-01",
        area: 2,
        consideration: "2A",
        kinds: SYS_SVC,
        kind: SKA,
        needs: &[],
        title: tx("Export av all data", "Export of all data"),
        text: tx(
            "Lösningen ska kunna exportera all data som tillhör {köpare} i ett strukturerat och maskinläsbart format (t.ex. CSV, JSON eller XML) med dokumenterad struktur, utan handpåläggning från leverantören och utan extra kostnad.",
            "The solution shall be able to export all data belonging to {köpare} in a structured and machine-readable format (e.g. CSV, JSON or XML) with a documented structure, without manual work by the supplier and at no extra cost.",
        ),
        motive: tx(
            "Data som bara kan läsas i leverantörens gränssnitt kan varken delas eller flyttas.",
            "Data that can only be read in the supplier's user interface can neither be shared nor moved.",
        ),
        verification: tx(
            "Beskrivning i anbudet och exempelfil; visas vid demonstration.",
            "Description in the tender and a sample file; shown at a demonstration.",
        ),
        follow_up: None,
        references: &[R::OpenDataAct, R::DiggProcurement],
    },
    Template {
        id: "D2-02",
        area: 2,
        consideration: "2A",
        kinds: &[Kind::InformationProduct],
        kind: SKA,
        needs: &[],
        title: tx(
            "Informationen levereras som data",
            "The information delivered as data",
        ),
        text: tx(
            "Leverantören ska leverera informationen som strukturerad, maskinläsbar data (t.ex. CSV eller JSON), inte enbart som PDF, bild eller tryck. Tabeller och diagram i rapporter ska levereras med sina underliggande data.",
            "The supplier shall deliver the information as structured, machine-readable data (e.g. CSV or JSON), not only as PDF, images or print. Tables and charts in reports shall be delivered with their underlying data.",
        ),
        motive: tx(
            "En PDF kan läsas men inte återanvändas; strukturerad data kan båda.",
            "A PDF can be read but not re-used; structured data can be both.",
        ),
        verification: tx(
            "Exempelleverans bifogad anbudet.",
            "Sample delivery attached to the tender.",
        ),
        follow_up: None,
        references: &[R::OpenDataAct, R::DiggProcurement],
    },
    Template {
        id: "D2-03",
        area: 2,
        consideration: "2A",
        kinds: &[Kind::Survey],
        kind: SKA,
        needs: &[],
        title: tx("Underlagsdata levereras", "The underlying data delivered"),
        text: tx(
            "Utöver rapporten ska leverantören leverera all insamlad och bearbetad data som uppdraget bygger på, i maskinläsbart format med en rad per observation och en kolumn per variabel, samt eventuella geodata i öppet format (t.ex. GeoPackage eller GeoJSON).",
            "Besides the report, the supplier shall deliver all collected and processed data the commission rests on, in a machine-readable format with one row per observation and one column per variable, and any geodata in an open format (e.g. GeoPackage or GeoJSON).",
        ),
        motive: tx(
            "Underlaget är ofta mer värt än rapporten: det kan granskas, uppdateras och återanvändas.",
            "The underlying data is often worth more than the report: it can be checked, updated and re-used.",
        ),
        verification: tx(
            "Leveransplan i anbudet; kontrolleras vid leveransgodkännande.",
            "Delivery plan in the tender; checked at acceptance of the delivery.",
        ),
        follow_up: None,
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D2-04",
        area: 2,
        consideration: "2B",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "Öppna format och befintliga specifikationer",
            "Open formats and existing specifications",
        ),
        text: tx(
            "Data ska levereras i öppna, dokumenterade format som kan läsas utan programvara från en viss leverantör. Finns en dataspecifikation för informationen på Sveriges dataportal ska den följas.",
            "Data shall be delivered in open, documented formats that can be read without software from a particular vendor. Where a data specification for the information exists on Sveriges dataportal, it shall be followed.",
        ),
        motive: tx(
            "Gemensamma specifikationer gör att data från olika kommuner kan läggas ihop utan omarbetning.",
            "Shared specifications let data from different municipalities be combined without rework.",
        ),
        verification: tx(
            "Ange format och specifikation i anbudet.",
            "State the formats and specification in the tender.",
        ),
        follow_up: None,
        references: &[R::Dataportal, R::OpenDataAct],
    },
    Template {
        id: "D2-05",
        area: 2,
        consideration: "2B",
        kinds: ALL,
        kind: BOR,
        needs: &[],
        title: tx(
            "Etablerade standarder för området",
            "Established standards for the domain",
        ),
        text: tx(
            "Anbud där datan dessutom följer en etablerad nationell eller europeisk standard för informationsområdet (t.ex. INSPIRE för geodata) värderas högre.",
            "Tenders where the data also follows an established national or European standard for the domain (e.g. INSPIRE for geodata) score higher.",
        ),
        motive: tx(
            "Ju bredare standard, desto fler kan använda datan utan anpassning.",
            "The broader the standard, the more people can use the data without adaptation.",
        ),
        verification: tx(
            "Ange standard och hur den följs; poängsätts enligt {köpare}s utvärderingsmodell.",
            "State the standard and how it is followed; scored by {köpare}'s evaluation model.",
        ),
        follow_up: None,
        references: &[R::Dataportal],
    },
    Template {
        id: "D2-06",
        area: 2,
        consideration: "2C",
        kinds: ALL,
        kind: SKA,
        needs: &[N::PersonalData],
        title: tx("Känsliga delar hålls isär", "Sensitive parts kept apart"),
        text: tx(
            "Personuppgifter och andra känsliga uppgifter ska lagras och kunna exporteras åtskilda från övrig data, så att {köpare} kan lämna ut eller publicera de öppna delarna utan att rensa dem för hand.",
            "Personal data and other sensitive information shall be stored and exportable apart from the other data, so that {köpare} can release or publish the open parts without cleaning them by hand.",
        ),
        motive: tx(
            "När känsligt och öppet blandas blir allt svårt att dela.",
            "When sensitive and open data are mixed, all of it becomes hard to share.",
        ),
        verification: tx(
            "Beskrivning i anbudet och exempelexport.",
            "Description in the tender and a sample export.",
        ),
        follow_up: None,
        references: &[R::Gdpr, R::Osl, R::OpenDataAct],
    },
    Template {
        id: "D2-07",
        area: 2,
        consideration: "2C",
        kinds: PROD_SURV,
        kind: SKA,
        needs: &[N::PersonalData],
        title: tx(
            "Avidentifierad version för publicering",
            "A de-identified version for publication",
        ),
        text: tx(
            "Leverantören ska utöver den fullständiga datan leverera en avidentifierad eller aggregerad version som kan publiceras, och beskriva metoden.",
            "Besides the complete data, the supplier shall deliver a de-identified or aggregated version that can be published, and describe the method.",
        ),
        motive: tx(
            "Den som har samlat in datan vet bäst hur den avidentifieras.",
            "Whoever collected the data knows best how to de-identify it.",
        ),
        verification: tx(
            "Kontrolleras vid leveransgodkännande.",
            "Checked at acceptance of the delivery.",
        ),
        follow_up: None,
        references: &[R::Gdpr, R::OpenDataAct],
    },
    Template {
        id: "D2-08",
        area: 2,
        consideration: "2A",
        kinds: ALL,
        kind: SKA,
        needs: &[N::HighValue],
        title: tx(
            "Format för värdefulla datamängder",
            "Formats for high-value datasets",
        ),
        text: tx(
            "Data som kan omfattas av (EU) 2023/138 om värdefulla datamängder ska levereras i de maskinläsbara format och med de attribut som förordningen anger för kategorin.",
            "Data that may fall under (EU) 2023/138 on high-value datasets shall be delivered in the machine-readable formats and with the attributes the regulation sets out for its category.",
        ),
        motive: tx(
            "Värdefulla datamängder ska tillhandahållas enligt förordningen; det är billigast att få det rätt vid inköpet.",
            "High-value datasets must be provided as the regulation requires; it is cheapest to get it right at purchase.",
        ),
        verification: tx(
            "Beskrivning i anbudet per datamängd.",
            "Description in the tender for each dataset.",
        ),
        follow_up: None,
        references: &[R::HvdRegulation],
    },
    // ── Area 3: terminology and language ──────────────────────────────────────────
    Template {
        id: "D3-01",
        area: 3,
        consideration: "3A",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "Befintliga begrepp och kodlistor",
            "Existing concepts and code lists",
        ),
        text: tx(
            "Leverantören ska använda de begrepp, kodlistor och klassifikationer som {köpare} anger och i övrigt etablerade nationella eller internationella (t.ex. SCB:s kommun- och länskoder, EU:s kontrollerade vokabulärer), och ange i leveransen vilka som används.",
            "The supplier shall use the concepts, code lists and classifications that {köpare} specifies and otherwise established national or international ones (e.g. Statistics Sweden's municipality and county codes, the EU controlled vocabularies), and state in the delivery which are used.",
        ),
        motive: tx(
            "Samma begrepp för samma sak gör att data kan kombineras, också av maskiner.",
            "The same concept for the same thing lets data be combined, also by machines.",
        ),
        verification: tx("Förteckning i leveransen.", "List in the delivery."),
        follow_up: None,
        references: &[R::Dataportal, R::DiggProcurement],
    },
    Template {
        id: "D3-02",
        area: 3,
        consideration: "3B",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx("Nya begrepp definieras", "New concepts defined"),
        text: tx(
            "Behövs nya begrepp eller koder ska leverantören definiera dem i en begreppslista (term, definition, förhållande till befintliga begrepp) som {köpare} får publicera, till exempel på Sveriges dataportal, under {licens}.",
            "Where new concepts or codes are needed, the supplier shall define them in a concept list (term, definition, relation to existing concepts) that {köpare} may publish, for example on Sveriges dataportal, under {licens}.",
        ),
        motive: tx(
            "Odefinierade egna koder gör datan obegriplig för alla utom leverantören.",
            "Undefined home-made codes make the data incomprehensible to everyone but the supplier.",
        ),
        verification: tx(
            "Begreppslista i leveransen.",
            "Concept list in the delivery.",
        ),
        follow_up: None,
        references: &[R::Dataportal],
    },
    Template {
        id: "D3-03",
        area: 3,
        consideration: "3B",
        kinds: ALL,
        kind: SKA,
        needs: &[N::PublishesOnline],
        title: tx(
            "Begrepp med stabila adresser",
            "Concepts with stable addresses",
        ),
        text: tx(
            "Begrepp och koder som publiceras ska ha beständiga HTTP(S)-adresser under en domän som {köpare} kontrollerar; en adress som har använts får inte ändras eller återanvändas för ett annat begrepp.",
            "Concepts and codes that are published shall have persistent HTTP(S) addresses under a domain {köpare} controls; an address once used shall not change or be re-used for another concept.",
        ),
        motive: tx(
            "Andra länkar till begrepp som en gång har publicerats; ändrade adresser bryter deras data.",
            "Others link to concepts once published; changed addresses break their data.",
        ),
        verification: tx("Beskrivning i anbudet.", "Description in the tender."),
        follow_up: None,
        references: &[R::Dataportal, R::DiggProcurement],
    },
    Template {
        id: "D3-04",
        area: 3,
        consideration: "3C",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx("Svenska", "Swedish"),
        text: tx(
            "Användargränssnitt, dokumentation, begreppsdefinitioner och rubriker i data ska finnas på svenska. Kolumn- och fältnamn ska vara konsekventa och förklaras i dokumentationen.",
            "User interfaces, documentation, concept definitions and headings in data shall be available in Swedish. Column and field names shall be consistent and explained in the documentation.",
        ),
        motive: tx(
            "Offentlig verksamhet använder svenska (språklagen); data som bara förklaras på ett annat språk används mindre.",
            "Public bodies use Swedish (Language Act); data explained only in another language is used less.",
        ),
        verification: tx("Ja/nej i anbudet.", "Yes/no in the tender."),
        follow_up: None,
        references: &[R::LanguageAct],
    },
    Template {
        id: "D3-05",
        area: 3,
        consideration: "3C",
        kinds: ALL,
        kind: BOR,
        needs: &[N::PublishesOnline],
        title: tx("Engelska benämningar", "English labels"),
        text: tx(
            "Anbud där begrepp, kodlistor och metadata även har engelska benämningar värderas högre.",
            "Tenders where concepts, code lists and metadata also have English labels score higher.",
        ),
        motive: tx(
            "Engelska benämningar gör datan användbar på den europeiska dataportalen.",
            "English labels make the data usable on the European data portal.",
        ),
        verification: tx(
            "Exempel i anbudet; poängsätts enligt {köpare}s utvärderingsmodell.",
            "Examples in the tender; scored by {köpare}'s evaluation model.",
        ),
        follow_up: None,
        references: &[R::DcatApSe],
    },
    Template {
        id: "D3-06",
        area: 3,
        consideration: "3A",
        kinds: &[Kind::Survey],
        kind: SKA,
        needs: &[],
        title: tx("Kodbok för undersökningen", "Codebook for the survey"),
        text: tx(
            "Leverantören ska leverera frågor, svarsalternativ och variabeldefinitioner som en kodbok, och använda {köpare}s och etablerade indelningar (t.ex. åldersgrupper och geografiska indelningar enligt SCB).",
            "The supplier shall deliver questions, answer options and variable definitions as a codebook, and use {köpare}'s and established groupings (e.g. age groups and geographic divisions following Statistics Sweden).",
        ),
        motive: tx(
            "Med gemensamma indelningar kan undersökningen jämföras med andra och med tidigare år.",
            "Shared groupings let the survey be compared with others and with earlier years.",
        ),
        verification: tx("Kodbok i leveransen.", "Codebook in the delivery."),
        follow_up: None,
        references: &[R::DiggProcurement],
    },
    // ── Area 4: sustainable domains and links ─────────────────────────────────────
    Template {
        id: "D4-01",
        area: 4,
        consideration: "4A",
        kinds: ALL,
        kind: SKA,
        needs: &[N::PublishesOnline],
        title: tx(
            "Publicering under köparens domän",
            "Publication under the buyer's domain",
        ),
        text: tx(
            "Information som publiceras på internet inom uppdraget ska nås under en domän som {köpare} äger och kontrollerar (t.ex. en underdomän till {köpare}s webbplats), så att leverantören kan bytas utan att adresserna ändras.",
            "Information published on the internet under the contract shall be reached under a domain that {köpare} owns and controls (e.g. a subdomain of {köpare}'s web site), so that the supplier can change without the addresses changing.",
        ),
        motive: tx(
            "Adresser under leverantörens domän försvinner med leverantören, och alla länkar bryts.",
            "Addresses under the supplier's domain disappear with the supplier, and every link breaks.",
        ),
        verification: tx("Ja/nej i anbudet.", "Yes/no in the tender."),
        follow_up: None,
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D4-02",
        area: 4,
        consideration: "4B",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx("Beständiga identifierare", "Persistent identifiers"),
        text: tx(
            "Varje objekt i datan (t.ex. post, plats, anläggning, svar) ska ha en unik identifierare som inte ändras vid uppdatering, export eller byte av system, och som följer med i alla leveranser och exporter.",
            "Every object in the data (e.g. record, place, facility, response) shall have a unique identifier that does not change on update, export or change of system, and that is included in every delivery and export.",
        ),
        motive: tx(
            "Utan stabila identifierare går det inte att följa ett objekt över tid eller koppla ihop data.",
            "Without stable identifiers an object cannot be followed over time and data cannot be joined.",
        ),
        verification: tx("Beskrivning i anbudet.", "Description in the tender."),
        follow_up: None,
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D4-03",
        area: 4,
        consideration: "4B",
        kinds: ALL,
        kind: SKA,
        needs: &[N::PublishesOnline],
        title: tx(
            "Beständiga HTTP(S)-adresser",
            "Persistent HTTP(S) addresses",
        ),
        text: tx(
            "Publicerade datamängder, objekt och dokument ska ha beständiga HTTP(S)-adresser. Information som flyttas ska vidarebefordras permanent (HTTP 301), och en adress får inte återanvändas för annan information.",
            "Published datasets, objects and documents shall have persistent HTTP(S) addresses. Information that moves shall be redirected permanently (HTTP 301), and an address shall not be re-used for other information.",
        ),
        motive: tx(
            "Beständiga adresser gör att andra kan länka till informationen och lita på länken.",
            "Persistent addresses let others link to the information and trust the link.",
        ),
        verification: tx("Beskrivning i anbudet.", "Description in the tender."),
        follow_up: None,
        references: &[R::DiggProcurement, R::DcatApSe],
    },
    Template {
        id: "D4-04",
        area: 4,
        consideration: "4C",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "Länkar till andras information",
            "Links to others' information",
        ),
        text: tx(
            "Där datan hänvisar till information som andra förvaltar (t.ex. adresser, fastigheter, organisationer, begrepp) ska hänvisningen göras med den förvaltande aktörens identifierare eller länk, inte med fritext eller en egen kopia.",
            "Where the data refers to information others manage (e.g. addresses, properties, organisations, concepts), the reference shall use the managing body's identifier or link, not free text or a copy of its own.",
        ),
        motive: tx(
            "Länkar till källan håller datan aktuell och gör den möjlig att kombinera.",
            "Links to the source keep the data up to date and make it combinable.",
        ),
        verification: tx("Beskrivning i anbudet.", "Description in the tender."),
        follow_up: None,
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D4-05",
        area: 4,
        consideration: "4A",
        kinds: &[Kind::Service],
        kind: CC,
        needs: &[N::PublishesOnline],
        title: tx(
            "Domäner och certifikat tillhör köparen",
            "Domains and certificates belong to the buyer",
        ),
        text: tx(
            "Domännamn som tjänsten använder ska vara registrerade på {köpare}. När avtalet upphör ska leverantören medverka till att domäner, certifikat och vidarebefordringar flyttas till {köpare} eller den {köpare} anvisar.",
            "Domain names the service uses shall be registered to {köpare}. When the contract ends, the supplier shall help move domains, certificates and redirects to {köpare} or whoever {köpare} designates.",
        ),
        motive: tx(
            "En tjänst som leverantören driver får inte låsa adresserna till leverantören.",
            "A service the supplier runs must not lock the addresses to the supplier.",
        ),
        verification: tx(
            "Accepteras genom undertecknat avtal.",
            "Accepted by signing the contract.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement],
    },
    // ── Area 5: access ────────────────────────────────────────────────────────────
    Template {
        id: "D5-01",
        area: 5,
        consideration: "5A",
        kinds: SYS_SVC,
        kind: SKA,
        needs: &[],
        title: tx("Köparens fulla åtkomst", "The buyer's full access"),
        text: tx(
            "{köpare} ska när som helst, utan extra kostnad och utan att anlita leverantören, kunna hämta all data som omfattas av avtalet, i sin helhet.",
            "{köpare} shall at any time, at no extra cost and without engaging the supplier, be able to retrieve all data covered by the contract, in full.",
        ),
        motive: tx(
            "Öppenhet som standard börjar med att köparen själv når sin data.",
            "Openness by default begins with the buyer reaching its own data.",
        ),
        verification: tx("Visas vid demonstration.", "Shown at a demonstration."),
        follow_up: None,
        references: &[R::DiggProcurement, R::OpenDataAct],
    },
    Template {
        id: "D5-02",
        area: 5,
        consideration: "5A",
        kinds: PROD_SURV,
        kind: SKA,
        needs: &[],
        title: tx("Öppenhet som standard", "Openness by default"),
        text: tx(
            "Leveransen ska utformas så att den kan publiceras som öppna data. Delar som inte kan publiceras (t.ex. på grund av sekretess eller personuppgifter) ska leverantören ange och motivera i leveransen.",
            "The delivery shall be designed so that it can be published as open data. Parts that cannot be published (e.g. because of secrecy or personal data) shall be stated and explained by the supplier in the delivery.",
        ),
        motive: tx(
            "Att utgå från öppenhet och motivera undantagen är lagens (2022:818) och DIGG:s utgångspunkt.",
            "Starting from openness and explaining the exceptions is the approach of the Open Data Act (2022:818) and DIGG.",
        ),
        verification: tx(
            "Kontrolleras vid leveransgodkännande.",
            "Checked at acceptance of the delivery.",
        ),
        follow_up: None,
        references: &[R::OpenDataAct, R::DiggProcurement],
    },
    Template {
        id: "D5-03",
        area: 5,
        consideration: "5C",
        kinds: SYS_SVC,
        kind: SKA,
        needs: &[],
        title: tx(
            "API enligt REST API-profilen",
            "API following the REST API profile",
        ),
        text: tx(
            "Lösningen ska ha ett dokumenterat API för att läsa data, som uppfyller SKALL- och SKALL INTE-reglerna i DIGG:s REST API-profil.",
            "The solution shall have a documented API for reading data that meets the SHALL and SHALL NOT rules of DIGG's REST API profile.",
        ),
        motive: tx(
            "Ett API som följer en nationell profil kan användas av andra utan särskild anpassning.",
            "An API that follows a national profile can be used by others without special adaptation.",
        ),
        verification: tx(
            "API-beskrivning bifogad anbudet, med en förteckning över profilens regler och hur de uppfylls.",
            "API description attached to the tender, with a list of the profile's rules and how they are met.",
        ),
        follow_up: None,
        references: &[R::RestApiProfile],
    },
    Template {
        id: "D5-04",
        area: 5,
        consideration: "5C",
        kinds: SYS_SVC,
        kind: BOR,
        needs: &[],
        title: tx(
            "REST API-profilens BÖR-regler",
            "The REST API profile's SHOULD rules",
        ),
        text: tx(
            "Anbud vars API också följer BÖR- och BÖR INTE-reglerna i DIGG:s REST API-profil värderas högre; avvikelser ska redovisas.",
            "Tenders whose API also follows the SHOULD and SHOULD NOT rules of DIGG's REST API profile score higher; deviations shall be listed.",
        ),
        motive: tx(
            "BÖR-reglerna gör API:et enklare att använda och förvalta.",
            "The SHOULD rules make the API simpler to use and maintain.",
        ),
        verification: tx(
            "Förteckning i anbudet; poängsätts enligt {köpare}s utvärderingsmodell.",
            "List in the tender; scored by {köpare}'s evaluation model.",
        ),
        follow_up: None,
        references: &[R::RestApiProfile],
    },
    Template {
        id: "D5-05",
        area: 5,
        consideration: "5C",
        kinds: &[Kind::InformationProduct],
        kind: SKA,
        needs: &[N::RunningService],
        title: tx(
            "Löpande uppdateringar via API",
            "Running updates through an API",
        ),
        text: tx(
            "Information som uppdateras under avtalstiden ska kunna hämtas via ett dokumenterat API eller en stabil nedladdningsadress med den senaste versionen, enligt DIGG:s REST API-profil där det är ett API.",
            "Information updated during the contract shall be retrievable through a documented API or a stable download address with the latest version, following DIGG's REST API profile where it is an API.",
        ),
        motive: tx(
            "Manuella filöverföringar blir snabbt inaktuella; en stabil åtkomstpunkt kan andra bygga på.",
            "Manual file transfers soon go out of date; a stable access point is something others can build on.",
        ),
        verification: tx("Beskrivning i anbudet.", "Description in the tender."),
        follow_up: None,
        references: &[R::RestApiProfile],
    },
    Template {
        id: "D5-06",
        area: 5,
        consideration: "5C",
        kinds: PROD_SURV,
        kind: SKA,
        needs: &[],
        title: tx("Massnedladdning", "Bulk download"),
        text: tx(
            "Levererad data ska kunna tillhandahållas som massnedladdning (hela datamängden i en eller ett fåtal filer) och ska kunna läsas in i {köpare}s API eller dataportal utan omarbetning.",
            "The data delivered shall be providable as a bulk download (the whole dataset in one or a few files) and shall be loadable into {köpare}'s API or data portal without rework.",
        ),
        motive: tx(
            "Datatjänster bygger på att hela datamängden finns i en form som kan läsas in direkt.",
            "Data services rely on the whole dataset being available in a form that can be loaded directly.",
        ),
        verification: tx(
            "Kontrolleras vid leveransgodkännande.",
            "Checked at acceptance of the delivery.",
        ),
        follow_up: None,
        references: &[R::OpenDataAct],
    },
    Template {
        id: "D5-07",
        area: 5,
        consideration: "5D",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "Maskinläsbara öppna format, UTF-8",
            "Machine-readable open formats, UTF-8",
        ),
        text: tx(
            "Data ska kunna hämtas i minst ett öppet, maskinläsbart format (t.ex. CSV enligt RFC 4180, JSON eller GeoJSON) med teckenkodningen UTF-8, så att å, ä och ö bevaras.",
            "Data shall be retrievable in at least one open, machine-readable format (e.g. CSV following RFC 4180, JSON or GeoJSON) encoded in UTF-8, so that å, ä and ö are preserved.",
        ),
        motive: tx(
            "Lagen (2022:818) kräver maskinläsbara format; fel teckenkodning är det vanligaste felet i kommunala filer.",
            "The Open Data Act (2022:818) requires machine-readable formats; the wrong encoding is the commonest fault in municipal files.",
        ),
        verification: tx(
            "Exempelfil bifogad anbudet.",
            "Sample file attached to the tender.",
        ),
        follow_up: None,
        references: &[R::OpenDataAct],
    },
    Template {
        id: "D5-08",
        area: 5,
        consideration: "5B",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "För människor och för maskiner",
            "For people and for machines",
        ),
        text: tx(
            "Informationen ska finnas både i en form för människor (t.ex. tabell, rapport eller webbsida som uppfyller tillgänglighetskraven) och i en form för maskiner (strukturerad fil eller API).",
            "The information shall be available both in a form for people (e.g. a table, report or web page meeting the accessibility requirements) and in a form for machines (a structured file or an API).",
        ),
        motive: tx(
            "Invånare, journalister, forskare och utvecklare behöver olika åtkomst till samma data.",
            "Residents, journalists, researchers and developers need different access to the same data.",
        ),
        verification: tx("Beskrivning i anbudet.", "Description in the tender."),
        follow_up: None,
        references: &[R::AccessibilityAct, R::OpenDataAct],
    },
    Template {
        id: "D5-09",
        area: 5,
        consideration: "5E",
        kinds: SYS_SVC,
        kind: SKA,
        needs: &[],
        title: tx("Säker åtkomst", "Secure access"),
        text: tx(
            "Åtkomst till data som inte är öppen ska kräva autentisering och behörigheter som {köpare} själv administrerar, och åtkomsten ska loggas. Öppna data ska kunna nås utan inloggning.",
            "Access to data that is not open shall require authentication and permissions that {köpare} administers itself, and access shall be logged. Open data shall be reachable without logging in.",
        ),
        motive: tx(
            "Säker åtkomst till det som är skyddat är en förutsättning för att resten ska kunna vara öppet.",
            "Secure access to what is protected is a precondition for the rest being open.",
        ),
        verification: tx("Beskrivning i anbudet.", "Description in the tender."),
        follow_up: None,
        references: &[R::DiggProcurement, R::Osl],
    },
    Template {
        id: "D5-10",
        area: 5,
        consideration: "5E",
        kinds: PROD_SURV,
        kind: SKA,
        needs: &[N::PersonalData],
        title: tx("Säker överföring", "Secure transfer"),
        text: tx(
            "Data med personuppgifter eller andra känsliga uppgifter ska överföras till {köpare} krypterad, via en kanal som {köpare} anvisar, och aldrig som e-postbilaga.",
            "Data with personal data or other sensitive information shall be transferred to {köpare} encrypted, through a channel {köpare} designates, and never as an e-mail attachment.",
        ),
        motive: tx(
            "Leveransen är det ögonblick då känsliga uppgifter oftast hamnar fel.",
            "The delivery is the moment when sensitive information most often goes astray.",
        ),
        verification: tx("Ja/nej i anbudet.", "Yes/no in the tender."),
        follow_up: None,
        references: &[R::Gdpr],
    },
    Template {
        id: "D5-11",
        area: 5,
        consideration: "5E",
        kinds: PROD_SURV,
        kind: SKA,
        needs: &[],
        title: tx(
            "Kontrollsummor för leveransen",
            "Checksums for the delivery",
        ),
        text: tx(
            "Varje leverans ska åtföljas av en förteckning över filerna med kontrollsummor (SHA-256), så att {köpare} kan kontrollera att filerna är kompletta och oförändrade.",
            "Every delivery shall come with a list of its files with checksums (SHA-256), so that {köpare} can check that the files are complete and unchanged.",
        ),
        motive: tx(
            "Den som publicerar data ska kunna lita på att den är den levererade.",
            "Whoever publishes the data must be able to trust that it is what was delivered.",
        ),
        verification: tx(
            "Kontrolleras vid leveransgodkännande.",
            "Checked at acceptance of the delivery.",
        ),
        follow_up: None,
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D5-12",
        area: 5,
        consideration: "5C",
        kinds: ALL,
        kind: SKA,
        needs: &[N::HighValue],
        title: tx(
            "API och massnedladdning för värdefulla datamängder",
            "API and bulk download for high-value datasets",
        ),
        text: tx(
            "Värdefulla datamängder ska kunna tillhandahållas kostnadsfritt via API och som massnedladdning, under {licens} ({licens_uri}), enligt genomförandeförordning (EU) 2023/138.",
            "High-value datasets shall be providable free of charge through an API and as bulk download, under {licens} ({licens_uri}), as Implementing Regulation (EU) 2023/138 requires.",
        ),
        motive: tx(
            "Förordningen kräver API, massnedladdning, avgiftsfrihet och en licens som CC BY 4.0 eller friare.",
            "The regulation requires an API, bulk download, no charge and a licence such as CC BY 4.0 or freer.",
        ),
        verification: tx("Beskrivning i anbudet.", "Description in the tender."),
        follow_up: None,
        references: &[R::HvdRegulation, R::RestApiProfile],
    },
    // ── Area 6: documentation ─────────────────────────────────────────────────────
    Template {
        id: "D6-01",
        area: 6,
        consideration: "6A",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "Datamodell och kodlistor dokumenteras",
            "Data model and code lists documented",
        ),
        text: tx(
            "Leverantören ska dokumentera datamodellen: varje datamängd, fält, datatyp, enhet, tillåtna värden och kodlistor, både läsbart för människor och maskinläsbart (t.ex. CSVW eller Frictionless Table Schema).",
            "The supplier shall document the data model: every dataset, field, data type, unit, allowed values and code lists, both readable by people and machine-readable (e.g. CSVW or a Frictionless Table Schema).",
        ),
        motive: tx(
            "Utan datamodell måste varje användare gissa vad fälten betyder.",
            "Without a data model every user has to guess what the fields mean.",
        ),
        verification: tx(
            "Exempel bifogat anbudet; fullständig dokumentation i leveransen.",
            "Sample attached to the tender; full documentation in the delivery.",
        ),
        follow_up: None,
        references: &[R::DiggProcurement, R::Dataportal],
    },
    Template {
        id: "D6-02",
        area: 6,
        consideration: "6C",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "Metadata enligt DCAT-AP-SE",
            "Metadata following DCAT-AP-SE",
        ),
        text: tx(
            "Leverantören ska för varje datamängd som levereras eller tillhandahålls leverera metadata enligt DCAT-AP-SE 3.0.1 (RDF/XML, Turtle eller JSON-LD) som valideras utan överträdelser mot specifikationens SHACL-regler, med {köpare} som utgivare och licensen {licens}, så att {köpare} kan publicera den på Sveriges dataportal.",
            "For every dataset delivered or provided, the supplier shall deliver metadata following DCAT-AP-SE 3.0.1 (RDF/XML, Turtle or JSON-LD) that validates without violations against the specification's SHACL shapes, with {köpare} as publisher and the licence {licens}, so that {köpare} can publish it on Sveriges dataportal.",
        ),
        motive: tx(
            "Data som inte är beskriven hittas inte; DCAT-AP-SE är det format Sveriges dataportal skördar.",
            "Data that is not described is not found; DCAT-AP-SE is the format Sveriges dataportal harvests.",
        ),
        verification: tx(
            "Metadatafilen bifogas leveransen; {köpare} kontrollerar den med Datalots (`datalots validate`) eller dataportalens validering.",
            "The metadata file is attached to the delivery; {köpare} checks it with Datalots (`datalots validate`) or the data portal's validation.",
        ),
        follow_up: None,
        references: &[R::DcatApSe, R::OpenDataAct],
    },
    Template {
        id: "D6-03",
        area: 6,
        consideration: "6B",
        kinds: SYS_SVC,
        kind: SKA,
        needs: &[],
        title: tx("API-beskrivning", "API description"),
        text: tx(
            "API:et ska beskrivas med en OpenAPI-specifikation (version 3) som hålls aktuell och som {köpare}, och de {köpare} ger åtkomst, fritt får använda och publicera.",
            "The API shall be described with an OpenAPI specification (version 3) that is kept up to date and that {köpare}, and those {köpare} gives access, may freely use and publish.",
        ),
        motive: tx(
            "En maskinläsbar API-beskrivning gör att andra kan använda API:et utan leverantörens hjälp.",
            "A machine-readable API description lets others use the API without the supplier's help.",
        ),
        verification: tx(
            "OpenAPI-fil bifogad anbudet.",
            "OpenAPI file attached to the tender.",
        ),
        follow_up: None,
        references: &[R::RestApiProfile],
    },
    Template {
        id: "D6-04",
        area: 6,
        consideration: "6B",
        kinds: PROD_SURV,
        kind: SKA,
        needs: &[],
        title: tx("Metod- och filbeskrivning", "Method and file description"),
        text: tx(
            "Leverantören ska beskriva hur datan har tagits fram (källor, metod, urval, bortfall, bearbetning, kvalitet) och hur filerna är uppbyggda och ska läsas.",
            "The supplier shall describe how the data was produced (sources, method, sample, non-response, processing, quality) and how the files are structured and to be read.",
        ),
        motive: tx(
            "Utan metodbeskrivning kan datan inte tolkas rätt eller återanvändas i andra sammanhang.",
            "Without a method description the data cannot be interpreted correctly or re-used in other contexts.",
        ),
        verification: tx("Beskrivning i leveransen.", "Description in the delivery."),
        follow_up: None,
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D6-05",
        area: 6,
        consideration: "6D",
        kinds: SYS_SVC,
        kind: CC,
        needs: &[N::RunningService],
        title: tx(
            "Aktuell dokumentation och support",
            "Up-to-date documentation and support",
        ),
        text: tx(
            "Leverantören ska hålla dokumentationen av data, API och metadata aktuell under hela avtalstiden ({avtalsår} år); ändringar ska vara dokumenterade senast när de tas i drift. Leverantören ska ge {köpare} support på svenska i frågor om data och API.",
            "The supplier shall keep the documentation of data, API and metadata up to date throughout the contract ({avtalsår} years); changes shall be documented no later than when they go live. The supplier shall give {köpare} support in Swedish on questions about data and API.",
        ),
        motive: tx(
            "Dokumentation som inte följer med förändringarna blir fel, och fel dokumentation är värre än ingen.",
            "Documentation that does not follow the changes becomes wrong, and wrong documentation is worse than none.",
        ),
        verification: tx(
            "Beskrivning av rutinen i anbudet.",
            "Description of the routine in the tender.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D6-06",
        area: 6,
        consideration: "6D",
        kinds: ALL,
        kind: SKA,
        needs: &[],
        title: tx(
            "Dokumentationen får spridas",
            "The documentation may be shared",
        ),
        text: tx(
            "{köpare} får fritt använda, ändra och publicera dokumentationen tillsammans med datan, även efter att avtalet har upphört.",
            "{köpare} may freely use, change and publish the documentation together with the data, also after the contract has ended.",
        ),
        motive: tx(
            "Dokumentationen måste kunna följa datan till dem som använder den, och överleva avtalet.",
            "The documentation must be able to follow the data to those who use it, and outlast the contract.",
        ),
        verification: tx("Ja/nej i anbudet.", "Yes/no in the tender."),
        follow_up: None,
        references: &[R::CopyrightAct],
    },
    Template {
        id: "D6-07",
        area: 6,
        consideration: "6D",
        kinds: PROD_SURV,
        kind: CC,
        needs: &[N::RunningService],
        title: tx(
            "Ändringar dokumenteras i varje leverans",
            "Changes documented in every delivery",
        ),
        text: tx(
            "Varje ny leverans under avtalstiden ({avtalsår} år) ska åtföljas av uppdaterad dokumentation och en ändringslogg mot föregående leverans.",
            "Every new delivery during the contract ({avtalsår} years) shall come with updated documentation and a change log against the previous delivery.",
        ),
        motive: tx(
            "Återkommande leveranser kan bara jämföras när förändringarna är kända.",
            "Recurring deliveries can only be compared when the changes are known.",
        ),
        verification: tx(
            "Kontrolleras vid leveransgodkännande.",
            "Checked at acceptance of the delivery.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D6-08",
        area: 6,
        consideration: "6C",
        kinds: ALL,
        kind: SKA,
        needs: &[N::HighValue],
        title: tx(
            "Metadata för värdefulla datamängder",
            "Metadata for high-value datasets",
        ),
        text: tx(
            "Metadata för värdefulla datamängder ska ange tillämplig lagstiftning (dcatap:applicableLegislation <http://data.europa.eu/eli/reg_impl/2023/138/oj>) och datamängdens HVD-kategori.",
            "Metadata for high-value datasets shall state the applicable legislation (dcatap:applicableLegislation <http://data.europa.eu/eli/reg_impl/2023/138/oj>) and the dataset's HVD category.",
        ),
        motive: tx(
            "Så hittar och följer EU och Sveriges dataportal upp de värdefulla datamängderna.",
            "This is how the EU and Sveriges dataportal find and follow up the high-value datasets.",
        ),
        verification: tx(
            "Kontrolleras med Datalots (`datalots validate`).",
            "Checked with Datalots (`datalots validate`).",
        ),
        follow_up: None,
        references: &[R::HvdRegulation, R::DcatApSe],
    },
    // ── Area 7: notice and support when things change ─────────────────────────────
    Template {
        id: "D7-01",
        area: 7,
        consideration: "7A",
        kinds: SYS_SVC,
        kind: CC,
        needs: &[N::RunningService],
        title: tx("Förvarning om förändringar", "Notice of changes"),
        text: tx(
            "Leverantören ska skriftligen meddela {köpare} minst {varsel_månader} månader i förväg om förändringar som påverkar data, format, API eller dokumentation (t.ex. borttagna fält, ändrade kodlistor, nya API-versioner), med en beskrivning av förändringen.",
            "The supplier shall notify {köpare} in writing at least {varsel_månader} months in advance of changes that affect data, formats, API or documentation (e.g. removed fields, changed code lists, new API versions), with a description of the change.",
        ),
        motive: tx(
            "{köpare} och andra som använder datan behöver tid att anpassa sina tjänster.",
            "{köpare} and others who use the data need time to adapt their services.",
        ),
        verification: tx(
            "Accepteras genom undertecknat avtal.",
            "Accepted by signing the contract.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement, R::RestApiProfile],
    },
    Template {
        id: "D7-02",
        area: 7,
        consideration: "7B",
        kinds: SYS_SVC,
        kind: CC,
        needs: &[N::RunningService],
        title: tx(
            "Båda versionerna under en övergångstid",
            "Both versions during a transition",
        ),
        text: tx(
            "Vid förändringar som inte är bakåtkompatibla ska den tidigare versionen av API och exportformat fungera parallellt med den nya i minst {varsel_månader} månader.",
            "For changes that are not backward compatible, the previous version of the API and export formats shall keep working alongside the new one for at least {varsel_månader} months.",
        ),
        motive: tx(
            "En parallell period låter alla som använder datan byta i sin egen takt.",
            "A parallel period lets everyone using the data switch at their own pace.",
        ),
        verification: tx(
            "Accepteras genom undertecknat avtal.",
            "Accepted by signing the contract.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::RestApiProfile, R::DiggProcurement],
    },
    Template {
        id: "D7-03",
        area: 7,
        consideration: "7C",
        kinds: SYS_SVC,
        kind: CC,
        needs: &[N::RunningService],
        title: tx("Stöd vid förändringar", "Support during changes"),
        text: tx(
            "Vid förändringar som påverkar datan ska leverantören utan extra kostnad tillhandahålla en migreringsanvisning, exempeldata i det nya formatet och en testmiljö under förvarningstiden.",
            "For changes that affect the data, the supplier shall provide at no extra cost a migration guide, sample data in the new format and a test environment during the notice period.",
        ),
        motive: tx(
            "Förvarning räcker inte om {köpare} inte kan pröva förändringen innan den gäller.",
            "Notice is not enough if {köpare} cannot try the change before it applies.",
        ),
        verification: tx(
            "Accepteras genom undertecknat avtal.",
            "Accepted by signing the contract.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D7-04",
        area: 7,
        consideration: "7D",
        kinds: SYS_SVC,
        kind: CC,
        needs: &[],
        title: tx(
            "Fullständig export när avtalet upphör",
            "Full export when the contract ends",
        ),
        text: tx(
            "Senast när avtalet upphör, oavsett orsak, ska leverantören utan extra kostnad lämna över all data som tillhör {köpare}, med dokumentation och metadata, i öppna maskinläsbara format, medverka vid överföring till {köpare} eller ny leverantör och därefter radera datan och intyga det skriftligt.",
            "No later than when the contract ends, for whatever reason, the supplier shall hand over at no extra cost all data belonging to {köpare}, with documentation and metadata, in open machine-readable formats, assist in the transfer to {köpare} or a new supplier, and then delete the data and confirm it in writing.",
        ),
        motive: tx(
            "Utan en ordnad exit blir {köpare} inlåst hos leverantören och datan kan gå förlorad.",
            "Without an orderly exit {köpare} is locked in with the supplier and the data may be lost.",
        ),
        verification: tx(
            "Exitplan bifogad anbudet.",
            "Exit plan attached to the tender.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement, R::OpenDataAct],
    },
    Template {
        id: "D7-05",
        area: 7,
        consideration: "7A",
        kinds: PROD_SURV,
        kind: SKA,
        needs: &[],
        title: tx("Besked om ändrad leverans", "Notice of a changed delivery"),
        text: tx(
            "Leverantören ska i god tid före leverans meddela {köpare} ändringar i format, variabler, indelningar eller metod jämfört med uppdragsbeskrivningen eller tidigare leveranser, och redovisa dem i leveransen.",
            "The supplier shall notify {köpare} in good time before delivery of changes to formats, variables, groupings or method compared with the commission or earlier deliveries, and report them in the delivery.",
        ),
        motive: tx(
            "Oväntade ändringar bryter tidsserier och de tjänster som bygger på datan.",
            "Unexpected changes break time series and the services that build on the data.",
        ),
        verification: tx("Ja/nej i anbudet.", "Yes/no in the tender."),
        follow_up: None,
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D7-06",
        area: 7,
        consideration: "7B",
        kinds: PROD_SURV,
        kind: SKA,
        needs: &[],
        title: tx(
            "Jämförbarhet vid ändrade indelningar",
            "Comparability when groupings change",
        ),
        text: tx(
            "Ändras indelningar, variabler eller metod ska leverantören leverera den senaste perioden även enligt den tidigare indelningen, så att resultaten kan jämföras över tid.",
            "When groupings, variables or method change, the supplier shall deliver the latest period also according to the previous grouping, so that the results can be compared over time.",
        ),
        motive: tx(
            "Den gamla och den nya versionen sida vid sida gör övergången begriplig.",
            "The old and the new version side by side make the transition understandable.",
        ),
        verification: tx(
            "Kontrolleras vid leveransgodkännande.",
            "Checked at acceptance of the delivery.",
        ),
        follow_up: None,
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D7-07",
        area: 7,
        consideration: "7C",
        kinds: PROD_SURV,
        kind: CC,
        needs: &[],
        title: tx("Stöd efter leverans", "Support after delivery"),
        text: tx(
            "Leverantören ska under tre månader efter varje leverans utan extra kostnad besvara frågor från {köpare} om datan, metoden och dokumentationen, och rätta fel som upptäcks.",
            "For three months after each delivery the supplier shall at no extra cost answer questions from {köpare} about the data, the method and the documentation, and correct errors found.",
        ),
        motive: tx(
            "Frågorna kommer när datan börjar användas och publiceras, ofta efter leveransen.",
            "The questions come when the data starts being used and published, often after delivery.",
        ),
        verification: tx(
            "Accepteras genom undertecknat avtal.",
            "Accepted by signing the contract.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement],
    },
    Template {
        id: "D7-08",
        area: 7,
        consideration: "7D",
        kinds: PROD_SURV,
        kind: CC,
        needs: &[],
        title: tx(
            "Slutleverans av allt underlag",
            "Final delivery of all material",
        ),
        text: tx(
            "När uppdraget avslutas ska leverantören leverera all insamlad data, bearbetningsskript eller syntax och dokumentation till {köpare}, i öppna format, och därefter radera eventuella personuppgifter enligt {köpare}s anvisning.",
            "When the commission ends, the supplier shall deliver all collected data, processing scripts or syntax and documentation to {köpare}, in open formats, and then delete any personal data as {köpare} instructs.",
        ),
        motive: tx(
            "Med underlag och skript kan {köpare} eller någon annan göra om och uppdatera arbetet.",
            "With the material and scripts, {köpare} or someone else can redo and update the work.",
        ),
        verification: tx(
            "Kontrolleras vid slutleverans.",
            "Checked at the final delivery.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement, R::Gdpr],
    },
    Template {
        id: "D7-09",
        area: 7,
        consideration: "7C",
        kinds: &[Kind::InformationProduct],
        kind: CC,
        needs: &[N::RunningService],
        title: tx(
            "Förvarning om ändrade leveranser under avtalet",
            "Notice of changed deliveries during the contract",
        ),
        text: tx(
            "Leverantören ska meddela {köpare} minst {varsel_månader} månader i förväg om ändringar i innehåll, struktur eller leveranssätt för informationsprodukten, och under den tiden leverera både i det gamla och det nya utförandet.",
            "The supplier shall notify {köpare} at least {varsel_månader} months in advance of changes to the content, structure or means of delivery of the information product, and during that time deliver in both the old and the new form.",
        ),
        motive: tx(
            "Produktdata och liknande används i {köpare}s egna system, som måste hinna anpassas.",
            "Product data and the like are used in {köpare}'s own systems, which must have time to adapt.",
        ),
        verification: tx(
            "Accepteras genom undertecknat avtal.",
            "Accepted by signing the contract.",
        ),
        follow_up: fu(SANCTION_SV, SANCTION_EN),
        references: &[R::DiggProcurement],
    },
];
