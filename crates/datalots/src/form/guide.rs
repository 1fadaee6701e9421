//! What to do after the form: how to get the files harvested by Sveriges dataportal,
//! and DIGG §8's checklist for keeping the data up (the widget's step 5 shows both).

use crate::describe::Draft;
use crate::publisher::Publisher;
use crate::text::Both;

/// The address dataportal.se harvests by default: `https://<host>/datasets/dcat`,
/// from the homepage or else the base URI.
pub fn harvest_address(publisher: &Publisher) -> String {
    let from = publisher.homepage.as_deref().unwrap_or(&publisher.base_uri);
    let (scheme, rest) = from.split_once("://").unwrap_or(("https", from));
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    format!("{scheme}://{host}/datasets/dcat")
}

/// How to get the files harvested by Sveriges dataportal.
pub(super) fn harvesting(draft: &Draft, publisher: &Publisher) -> Vec<Both> {
    let download = draft
        .dataset
        .distributions
        .first()
        .and_then(|x| x.download_url.first().cloned())
        .unwrap_or_default();
    let address = harvest_address(publisher);
    let mut steps = vec![
        Both::new(
            format!("Lägg CSV-filen på {download}: det är den adress metadata nu anger."),
            format!("Put the CSV file at {download}: that is the address the metadata now gives."),
        ),
        Both::new(
            format!(
                "Lägg databeskrivningen (CSVW) bredvid, på {}.",
                draft.csvw_url
            ),
            format!(
                "Put the data dictionary (CSVW) next to it, at {}.",
                draft.csvw_url
            ),
        ),
        Both::new(
            format!(
                "Lägg katalogfilen i RDF/XML så att den kan hämtas på {address}. Sveriges dataportal hämtar varje offentlig organisations katalog från adressen https://<organisation>.se/datasets/dcat om inget annat är angivet, och förväntar sig RDF/XML."
            ),
            format!(
                "Put the RDF/XML catalogue file where it can be fetched at {address}. Sveriges dataportal fetches each public organisation's catalogue from https://<organisation>.se/datasets/dcat unless told otherwise, and expects RDF/XML."
            ),
        ),
        Both::new(
            "Logga in på admin.dataportal.se och kontrollera (eller ändra) adressen till er katalog. Saknar ni inloggning: kontakta DIGG, info@digg.se.",
            "Log in to admin.dataportal.se and check (or change) the address of your catalogue. Without a login: contact DIGG, info@digg.se.",
        ),
        Both::new(
            "Skördningen sker en gång per natt (vanligen runt kl. 04); en skördning som startas för hand i admin.dataportal.se brukar gå på tio minuter.",
            "Harvesting runs once a night (usually around 04:00); a harvest started by hand in admin.dataportal.se usually takes ten minutes.",
        ),
        Both::new(
            "Kontrollera resultatet: skördningens status på admin.dataportal.se/status/reports, och sök upp datamängden på www.dataportal.se dagen efter.",
            "Check the result: the harvest status at admin.dataportal.se/status/reports, and look the dataset up on www.dataportal.se the next day.",
        ),
    ];
    if draft.dataset.conforms_to.is_empty() {
        steps.remove(1);
    }
    steps
}

/// DIGG §8, "Främja användardialog och förvaltning", as a checklist.
pub(super) fn maintenance() -> Vec<Both> {
    vec![
        Both::new(
            "Svara på frågor och felrapporter som kommer till kontaktadressen; visa på webbsidan hur man når er.",
            "Answer the questions and error reports sent to the contact address; show on the web page how to reach you.",
        ),
        Both::new(
            "Uppdatera filen och metadata (datum för ändring) när uppgifterna ändras, så ofta som uppdateringsfrekvensen lovar.",
            "Update the file and the metadata (date modified) when the data changes, as often as the update frequency promises.",
        ),
        Both::new(
            "Behåll adresserna: flytta eller byt inte namn på filen och katalogen, det bryter användarnas tjänster.",
            "Keep the addresses: do not move or rename the file and the catalogue; that breaks the users' services.",
        ),
        Both::new(
            "Ändra inte kolumnerna utan att tala om det i förväg; säg det i beskrivningen när det sker.",
            "Do not change the columns without saying so in advance; say it in the description when it happens.",
        ),
        Both::new(
            "Fråga användarna vad de behöver och följ upp hur uppgifterna används.",
            "Ask the users what they need and follow up how the data is used.",
        ),
        Both::new(
            "Ska ni köpa ett nytt verksamhetssystem? Ställ krav på öppna data från början: se «Upphandlingskrav» (datalots procurement).",
            "Buying a new system? Require open data from the start: see «Procurement requirements» (datalots procurement).",
        ),
    ]
}
