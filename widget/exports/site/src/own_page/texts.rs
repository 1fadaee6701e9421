//! The texts of the kommun's own page (step 5 and «Vår katalog»: the snippet and the
//! static pages' zip), in Swedish and English: one field per string, so a language is
//! complete or it does not compile. What is wrong with an address, and why a zip could
//! not be made, come from the facade and the worker.

use datalots::Lang;

/// Every string of the own page's section, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OwnPageTexts {
    /// Under the section's heading (the flow's disclosure button).
    pub intro: &'static str,
    /// The address field's label.
    pub address_label: &'static str,
    /// Under the address field.
    pub address_hint: &'static str,
    /// The snippet's label.
    pub snippet_label: &'static str,
    /// The copy button.
    pub copy: &'static str,
    /// After a copy.
    pub copied: &'static str,
    /// When the clipboard refused.
    pub copy_by_hand: &'static str,
    /// The static pages' heading.
    pub pages_heading: &'static str,
    /// Under it.
    pub pages_intro: &'static str,
    /// The zip button.
    pub zip: &'static str,
    /// Why the zip button is off in step 5.
    pub zip_not_yet: &'static str,
    /// While the zip is made.
    pub zip_building: &'static str,
    /// Once it is offered (the file's name follows).
    pub zip_done: &'static str,
}

const SV: OwnPageTexts = OwnPageTexts {
    intro: "Klistra in koden på en sida på er webbplats (till exempel i ett HTML-block i publiceringssystemet), så visas alla datamängder i katalogen där, sökbara, med en sida per datamängd. Sidan läser katalogfilen varje gång den visas, så den visar alltid det ni har publicerat.",
    address_label: "Katalogfilens adress",
    address_hint: "Där katalogfilen ligger när den är publicerad. Förslaget är er basadress och filens namn; ändra det om ni lägger filen någon annanstans. Ligger katalogen på en annan webbplats än sidan måste den servern tillåta det (Access-Control-Allow-Origin).",
    snippet_label: "Kod till er webbsida",
    copy: "Kopiera koden",
    copied: "Koden är kopierad.",
    copy_by_hand: "Koden kunde inte kopieras automatiskt. Den är markerad: kopiera den med Ctrl+C (Cmd+C på Mac).",
    pages_heading: "Eller som färdiga webbsidor",
    pages_intro: "Samma innehåll som statiska sidor i en zip-fil: index.html med alla datamängder och en sida per datamängd, med uppgifter som sökmotorer läser (schema.org). Packa upp den och lägg mappen på webbplatsen, om ert publiceringssystem tar emot en uppladdad mapp. Gör om den när katalogen ändras.",
    zip: "Ladda ner webbsidorna (zip)",
    zip_not_yet: "Webbsidorna kan laddas ner när metadata är klar att publicera.",
    zip_building: "Webbsidorna skapas…",
    zip_done: "Webbsidorna är klara:",
};

const EN: OwnPageTexts = OwnPageTexts {
    intro: "Paste the code into a page of your web site (for example in an HTML block of your content management system), and every dataset of the catalogue is shown there, searchable, with a page for each. The page reads the catalogue file each time it is shown, so it always shows what you have published.",
    address_label: "The catalogue file's address",
    address_hint: "Where the catalogue file is once it is published. The suggestion is your base address and the file's name; change it if you put the file somewhere else. When the catalogue is on another site than the page, that server must allow it (Access-Control-Allow-Origin).",
    snippet_label: "Code for your web page",
    copy: "Copy the code",
    copied: "The code is copied.",
    copy_by_hand: "The code could not be copied automatically. It is selected: copy it with Ctrl+C (Cmd+C on a Mac).",
    pages_heading: "Or as ready-made web pages",
    pages_intro: "The same content as static pages in a zip file: index.html with every dataset and a page for each, with the details search engines read (schema.org). Unpack it and put the folder on your web site, if your content management system takes an uploaded folder. Make it again when the catalogue changes.",
    zip: "Download the web pages (zip)",
    zip_not_yet: "The web pages can be downloaded once the metadata is ready to publish.",
    zip_building: "Making the web pages…",
    zip_done: "The web pages are ready:",
};

/// The texts in one language.
pub fn texts(lang: Lang) -> &'static OwnPageTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
