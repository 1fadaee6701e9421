//! Every reason, warning and conflict the advisor can give, with its source.

use serde::Serialize;

use crate::text::{Source, Text};

/// What a note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// Why the recommendation is what it is.
    Reason,
    /// Something to keep in mind.
    Warning,
    /// Answers that cannot all be satisfied: something must change before publishing.
    Conflict,
}

/// A note's identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)] // each variant is described by its text in NOTES
pub enum NoteId {
    Secrecy,
    PersonalData,
    HighValue,
    ThirdPartyWithoutRights,
    IncompatibleShareAlike,
    ShareAlikeInput,
    OdblInput,
    AttributionInput,
    PublicDomainInput,
    FactsNotProtected,
    AuthorityDatabase,
    AttributionWanted,
    LeastRestrictive,
    NoConditions,
    RegistrationStaysOpen,
    FeesMakeSharedData,
    NonCommercialMakesSharedData,
    LimitedUsersMakeSharedData,
    MetadataIsCc0,
    HvdFreeAndAvailable,
    AttributionStacking,
    FeeNeedsLegalBasis,
    ConditionMustBeProportionate,
    LicenceReachesEveryRecipient,
    HvdLicenceTooStrict,
    HvdNoFees,
    HvdNoLimitedUsers,
    OdblForbidsNonCommercial,
}

/// One reason, warning or conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The identifier.
    pub id: NoteId,
    /// Reason, warning or conflict.
    pub kind: NoteKind,
    /// The text.
    #[serde(flatten)]
    pub text: Text,
    /// What it rests on.
    pub source: Source,
}

impl NoteId {
    /// The full note.
    pub fn note(self) -> &'static Note {
        // NOTES lists every id exactly once, in declaration order (tested).
        &NOTES[self as usize]
    }
}

macro_rules! notes {
    ($($id:ident, $kind:ident, $source:ident, $sv:expr, $en:expr;)*) => {
        /// Every note, in the order of [`NoteId`].
        pub static NOTES: &[Note] = &[$(Note {
            id: NoteId::$id,
            kind: NoteKind::$kind,
            text: Text { sv: $sv, en: $en },
            source: Source::$source,
        }),*];
    };
}

notes! {
    Secrecy, Reason, Secrecy,
        "Uppgifter som omfattas av sekretess får inte publiceras. Ta bort dem innan något publiceras.",
        "Information covered by secrecy must not be published. Remove it before anything is published.";
    PersonalData, Reason, DataProtection,
        "Filen innehåller personuppgifter. En licens ger ingen rätt att behandla personuppgifter: ta bort eller anonymisera dem och gör en riskbedömning, eller dela inte filen som öppna data.",
        "The file contains personal data. A licence gives no right to process personal data: remove or anonymise it and assess the risks, or do not share the file as open data.";
    HighValue, Reason, HvdRegulation,
        "En värdefull datamängd ska ha CC BY 4.0 eller en friare licens, vara avgiftsfri och märkas med förordningen och en HVD-kategori i metadata.",
        "A high-value dataset must carry CC BY 4.0 or a more permissive licence, be free of charge, and be marked with the regulation and an HVD category in its metadata.";
    ThirdPartyWithoutRights, Reason, LicenceTerms,
        "En del av materialet har okända villkor, eller villkor som förbjuder bearbetning (ND) eller kommersiell användning (NC). Kommunen kan inte ge andra rättigheter den inte själv har: be rättighetshavaren om tillstånd eller ta bort materialet.",
        "Part of the material has unknown terms, or terms that forbid adaptation (ND) or commercial use (NC). The municipality cannot grant rights it does not have: ask the rights holder for permission, or remove the material.";
    IncompatibleShareAlike, Reason, LicenceTerms,
        "Filen blandar material under CC BY-SA och ODbL. Båda kräver att bearbetningar delas under samma licens, så de kan inte kombineras: ta bort det ena materialet eller be om en annan licens.",
        "The file mixes material under CC BY-SA and ODbL. Both require adaptations to be shared under the same licence, so they cannot be combined: remove one of them or ask for a different licence.";
    ShareAlikeInput, Reason, LicenceTerms,
        "Filen innehåller material under CC BY-SA 4.0, som kräver att bearbetningar delas under samma licens.",
        "The file contains material under CC BY-SA 4.0, which requires adaptations to be shared under the same licence.";
    OdblInput, Reason, LicenceTerms,
        "Filen innehåller material under ODbL 1.0 (till exempel från OpenStreetMap). En härledd databas måste delas under ODbL.",
        "The file contains material under ODbL 1.0 (for example from OpenStreetMap). A derived database must be shared under the ODbL.";
    AttributionInput, Reason, LicenceTerms,
        "Filen innehåller material under CC BY 4.0. Källangivelsen måste följa med, så hela filen kan inte få CC0; CC BY 4.0 är det friaste som går.",
        "The file contains material under CC BY 4.0. Its attribution must be kept, so the whole file cannot be CC0; CC BY 4.0 is the most permissive choice possible.";
    PublicDomainInput, Reason, LicenceTerms,
        "Materialet från andra är fritt (CC0 eller Public Domain Mark) och begränsar inte valet av licens.",
        "The material from others is free (CC0 or Public Domain Mark) and does not limit the choice of licence.";
    FactsNotProtected, Reason, DiggPrv,
        "För information och data som inte skyddas av upphovsrätt rekommenderar Digg och PRV PDM eller CC0. Datalots föreslår CC0: den finns i DCAT-AP-SE:s licenslista och avstår även från ett eventuellt databasskydd (katalogskydd).",
        "For information and data not protected by copyright, DIGG and PRV recommend PDM or CC0. Datalots proposes CC0: it is in DCAT-AP-SE's licence list and also waives any database right (katalogskydd).";
    AuthorityDatabase, Reason, DiggPrv,
        "För databaser som skapas i myndighetsutövning rekommenderar Digg och PRV CC0.",
        "For databases created in exercising public authority, DIGG and PRV recommend CC0.";
    AttributionWanted, Reason, DiggPrv,
        "Kommunen vill kräva källangivelse. CC BY 4.0 är den standardlicens som gör det, och den är fortfarande öppen och tillåten för värdefulla datamängder.",
        "The municipality wants to require attribution. CC BY 4.0 is the standard licence that does so; it is still open and allowed for high-value datasets.";
    LeastRestrictive, Reason, DiggPrv,
        "Lagen tillåter bara villkor som är nödvändiga och proportionerliga, och Digg rekommenderar så få villkor som möjligt. CC0 låter vem som helst använda datan för vilket ändamål som helst.",
        "The law allows only conditions that are necessary and proportionate, and DIGG recommends as few conditions as possible. CC0 lets anyone use the data for any purpose.";
    NoConditions, Reason, OpenDataAct,
        "Inga villkor utöver licensen: datan är öppna data och åtkomsten är publik.",
        "No conditions beyond the licence: the data is open data and access is public.";
    RegistrationStaysOpen, Reason, DcatApSe,
        "Registrering eller API-nyckel är tillåtet för öppna data så länge vem som helst kan få en; åtkomsten är fortfarande publik.",
        "Registration or an API key is allowed for open data as long as anyone can get one; access is still public.";
    FeesMakeSharedData, Reason, OpenDataAct,
        "Med avgift blir datan delade data, inte öppna data, och åtkomsten är begränsad.",
        "With a fee the data becomes shared data, not open data, and access is restricted.";
    NonCommercialMakesSharedData, Reason, OpenDataAct,
        "Ett förbud mot kommersiell användning gör datan till delade data, inte öppna data. Licensen blir en icke-kommersiell CC-licens och åtkomsten begränsad.",
        "A ban on commercial use makes the data shared data, not open data. The licence becomes a non-commercial CC licence and access is restricted.";
    LimitedUsersMakeSharedData, Reason, OpenDataAct,
        "När bara vissa användare får datan är den delade data, inte öppna data, och åtkomsten är begränsad.",
        "When only some users may have the data it is shared data, not open data, and access is restricted.";
    MetadataIsCc0, Reason, DcatApSe,
        "Metadata om datamängden (katalogen) har alltid licensen CC0, oavsett vilken licens datan har.",
        "The metadata about the dataset (the catalogue) always carries CC0, whatever the licence of the data.";
    HvdFreeAndAvailable, Warning, HvdRegulation,
        "En värdefull datamängd ska vara avgiftsfri, maskinläsbar och gå att ladda ned i sin helhet eller nå via API.",
        "A high-value dataset must be free of charge, machine-readable, and available for bulk download or through an API.";
    AttributionStacking, Warning, Datalots,
        "Krav på källangivelse kan försvåra användning när data från många källor kombineras. SCB och Lantmäteriet har gått över till CC0.",
        "An attribution requirement can make re-use harder when data from many sources is combined. Statistics Sweden and Lantmäteriet moved to CC0.";
    FeeNeedsLegalBasis, Warning, OpenDataAct,
        "En avgift kräver stöd i annan lag, för en kommun en taxa enligt självkostnadsprincipen, och ska beräknas enligt 4 kap. lagen (2022:818).",
        "A fee needs a basis in other law, for a municipality a tariff under the cost-price principle, and must be calculated under chapter 4 of the Open Data Act (2022:818).";
    ConditionMustBeProportionate, Warning, OpenDataAct,
        "Ett villkor måste vara motiverat av ett allmänintresse, sakligt, proportionerligt och icke-diskriminerande (2 kap. 5 §).",
        "A condition must serve a public interest and be objective, proportionate and non-discriminatory (chapter 2 section 5).";
    LicenceReachesEveryRecipient, Warning, Datalots,
        "En CC-licens gäller alla som får datan och låter dem dela den vidare. Ska datan stanna hos vissa användare behövs ett avtal och en rättighetsförklaring i stället.",
        "A CC licence applies to everyone who receives the data and lets them share it on. If the data must stay with certain users, use an agreement and a rights statement instead.";
    HvdLicenceTooStrict, Conflict, HvdRegulation,
        "En värdefull datamängd kräver CC BY 4.0 eller en friare licens, men svaren leder till en strängare licens. Ta bort materialet som kräver den, be om en annan licens eller avstå från villkoret.",
        "A high-value dataset requires CC BY 4.0 or a more permissive licence, but the answers lead to a stricter one. Remove the material that demands it, ask for a different licence, or drop the condition.";
    HvdNoFees, Conflict, HvdRegulation,
        "En värdefull datamängd ska vara avgiftsfri.",
        "A high-value dataset must be free of charge.";
    HvdNoLimitedUsers, Conflict, HvdRegulation,
        "En värdefull datamängd ska vara tillgänglig för alla, inte bara för vissa användare.",
        "A high-value dataset must be available to everyone, not only to some users.";
    OdblForbidsNonCommercial, Conflict, LicenceTerms,
        "ODbL kräver att en härledd databas delas under ODbL, utan tillagda villkor; ett förbud mot kommersiell användning går inte att kombinera med det.",
        "The ODbL requires a derived database to be shared under the ODbL without added terms; a ban on commercial use cannot be combined with it.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_id_order() {
        for (i, n) in NOTES.iter().enumerate() {
            assert_eq!(n.id as usize, i, "{:?}", n.id);
        }
        assert_eq!(NOTES.len(), NoteId::OdblForbidsNonCommercial as usize + 1);
    }
}
