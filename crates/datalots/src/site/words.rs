//! The catalogue page's own words, in Swedish and English (the catalogue's texts come
//! from the catalogue).

use crate::Lang;

/// Every fixed word the list, the facets and the dataset page use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    /// The search box's label.
    pub search: &'static str,
    /// The hint under the search box.
    pub search_hint: &'static str,
    /// The sort select's label.
    pub sort: &'static str,
    /// Sort by title.
    pub sort_title: &'static str,
    /// Sort by last modified.
    pub sort_modified: &'static str,
    /// The facets' heading.
    pub filter: &'static str,
    /// Clears search and facets.
    pub clear: &'static str,
    /// The theme facet.
    pub themes: &'static str,
    /// The format facet.
    pub formats: &'static str,
    /// The licence facet.
    pub licence: &'static str,
    /// The keyword facet.
    pub keywords: &'static str,
    /// The HVD category facet.
    pub hvd: &'static str,
    /// Previous page.
    pub previous: &'static str,
    /// Next page.
    pub next: &'static str,
    /// The list's navigation label.
    pub pages: &'static str,
    /// When nothing matches.
    pub nothing: &'static str,
    /// Last modified.
    pub modified: &'static str,
    /// First published.
    pub issued: &'static str,
    /// The time period the data covers.
    pub period: &'static str,
    /// The area the data covers.
    pub area: &'static str,
    /// The publisher.
    pub publisher: &'static str,
    /// The contact.
    pub contact: &'static str,
    /// What the licence lets you do.
    pub may_do: &'static str,
    /// How often the data is updated.
    pub frequency: &'static str,
    /// The distributions' heading.
    pub downloads: &'static str,
    /// A distribution's format.
    pub format: &'static str,
    /// A distribution's size.
    pub size: &'static str,
    /// The download link.
    pub download: &'static str,
    /// The data dictionary.
    pub dictionary: &'static str,
    /// The data dictionary's link text.
    pub dictionary_link: &'static str,
    /// Back to the list.
    pub back: &'static str,
    /// The dataset's identifier.
    pub identifier: &'static str,
    /// More about the dataset (its landing pages).
    pub more: &'static str,
    /// The licence's own text.
    pub read_licence: &'static str,
    /// A dataset that is not in the catalogue.
    pub no_dataset: &'static str,
    /// The list's label.
    pub list: &'static str,
    /// The catalogue could not be read (for visitors).
    pub unavailable: &'static str,
    /// The heading of the administrator's part of that message.
    pub to_admin: &'static str,
    /// The page's heading when the catalogue has no title.
    pub catalogue: &'static str,
    /// Where the catalogue file is.
    pub catalogue_file: &'static str,
    /// Machine-readable catalogue.
    pub catalogue_file_hint: &'static str,
}

const SV: Words = Words {
    search: "Sök bland datamängderna",
    search_hint: "Söker i titlar, beskrivningar och nyckelord. Du kan skriva a för å och ä och o för ö.",
    sort: "Sortera efter",
    sort_title: "Titel (A–Ö)",
    sort_modified: "Senast ändrad",
    filter: "Avgränsa",
    clear: "Rensa sökning och val",
    themes: "Tema",
    formats: "Format",
    licence: "Licens",
    keywords: "Nyckelord",
    hvd: "Värdefull datamängd (HVD)",
    previous: "Föregående sida",
    next: "Nästa sida",
    pages: "Sidor",
    nothing: "Inga datamängder matchar. Prova ett annat ord eller ta bort ett val.",
    modified: "Senast ändrad",
    issued: "Publicerad",
    period: "Tidsperiod",
    area: "Område",
    publisher: "Utgivare",
    contact: "Kontakt",
    may_do: "Det här får du göra",
    frequency: "Uppdateras",
    downloads: "Ladda ner",
    format: "Format",
    size: "Storlek",
    download: "Ladda ner",
    dictionary: "Databeskrivning",
    dictionary_link: "Beskrivning av kolumnerna",
    back: "Tillbaka till listan",
    identifier: "Identifierare",
    more: "Mer om datamängden",
    read_licence: "Licensens text",
    no_dataset: "Datamängden finns inte i katalogen. Den kan ha tagits bort.",
    list: "Datamängder",
    unavailable: "Katalogen kan inte visas just nu. Försök igen senare.",
    to_admin: "Till webbplatsens administratör",
    catalogue: "Öppna data",
    catalogue_file: "Katalogen som fil",
    catalogue_file_hint: "DCAT-AP-SE, för Sveriges dataportal",
};

const EN: Words = Words {
    search: "Search the datasets",
    search_hint: "Searches titles, descriptions and keywords. You can type a for å and ä, and o for ö.",
    sort: "Sort by",
    sort_title: "Title (A–Z)",
    sort_modified: "Last modified",
    filter: "Narrow down",
    clear: "Clear search and choices",
    themes: "Theme",
    formats: "Format",
    licence: "Licence",
    keywords: "Keyword",
    hvd: "High-value dataset (HVD)",
    previous: "Previous page",
    next: "Next page",
    pages: "Pages",
    nothing: "No datasets match. Try another word or remove a choice.",
    modified: "Last modified",
    issued: "Published",
    period: "Time period",
    area: "Area",
    publisher: "Publisher",
    contact: "Contact",
    may_do: "What you may do",
    frequency: "Updated",
    downloads: "Download",
    format: "Format",
    size: "Size",
    download: "Download",
    dictionary: "Data dictionary",
    dictionary_link: "Description of the columns",
    back: "Back to the list",
    identifier: "Identifier",
    more: "More about the dataset",
    read_licence: "The licence's text",
    no_dataset: "The dataset is not in the catalogue. It may have been removed.",
    list: "Datasets",
    unavailable: "The catalogue cannot be shown right now. Please try again later.",
    to_admin: "To the site's administrator",
    catalogue: "Open data",
    catalogue_file: "The catalogue as a file",
    catalogue_file_hint: "DCAT-AP-SE, for Sveriges dataportal",
};

/// The words in a language.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// «30 datamängder» / «1 dataset».
pub fn count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => "1 datamängd".to_owned(),
        (Lang::Sv, n) => format!("{} datamängder", number(lang, n as u64)),
        (Lang::En, 1) => "1 dataset".to_owned(),
        (Lang::En, n) => format!("{} datasets", number(lang, n as u64)),
    }
}

/// The result line: «30 datamängder» when all are shown on one page, else with the
/// range: «12 datamängder, visar 11–12».
pub fn found(lang: Lang, total: usize, first: usize, last: usize) -> String {
    let n = count(lang, total);
    if total == 0 || total <= (last + 1).saturating_sub(first) {
        n
    } else {
        match lang {
            Lang::Sv => format!("{n}, visar {first}–{last}"),
            Lang::En => format!("{n}, showing {first}–{last}"),
        }
    }
}

/// «Sida 2 av 3».
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    match lang {
        Lang::Sv => format!("Sida {page} av {pages}"),
        Lang::En => format!("Page {page} of {pages}"),
    }
}

/// A whole number with the language's digit grouping: `12 345` (a narrow no-break
/// space) or `12,345`.
pub fn number(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let sep = lang.pick("\u{a0}", ",");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A file size in words: `512 byte`, `12,3 kB`, `4,5 MB` (decimal comma in Swedish).
pub fn size(lang: Lang, bytes: u64) -> String {
    if bytes < 1000 {
        return format!("{} {}", bytes, lang.pick("byte", "bytes"));
    }
    let units = ["kB", "MB", "GB", "TB"];
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    while value >= 999.95 && unit + 1 < units.len() {
        value /= 1000.0;
        unit += 1;
    }
    let shown = format!("{value:.1}");
    let shown = match lang {
        Lang::Sv => shown.replace('.', ","),
        Lang::En => shown,
    };
    format!("{shown} {}", units[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_sizes() {
        assert_eq!(count(Lang::Sv, 1), "1 datamängd");
        assert_eq!(count(Lang::Sv, 30), "30 datamängder");
        assert_eq!(count(Lang::En, 0), "0 datasets");
        assert_eq!(count(Lang::Sv, 1000), "1\u{a0}000 datamängder");
        assert_eq!(count(Lang::En, 1000), "1,000 datasets");
        assert_eq!(found(Lang::Sv, 30, 11, 20), "30 datamängder, visar 11–20");
        assert_eq!(found(Lang::En, 7, 1, 7), "7 datasets");
        assert_eq!(found(Lang::En, 0, 1, 0), "0 datasets");
        assert_eq!(size(Lang::Sv, 512), "512 byte");
        assert_eq!(size(Lang::Sv, 12_345), "12,3 kB");
        assert_eq!(size(Lang::En, 4_500_000), "4.5 MB");
        assert_eq!(size(Lang::En, 999_990), "1.0 MB");
        assert_eq!(page_of(Lang::En, 2, 3), "Page 2 of 3");
    }
}
