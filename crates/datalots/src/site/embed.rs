//! The kommun's own page, as the publishing tools hand it over: the snippet that shows
//! the catalogue with `<datalots-catalog>` (one script tag and the element), the
//! catalogue's address it names, and the name of the static pages' zip file.
//!
//! ```
//! use datalots::Lang;
//! use datalots::site::embed::{catalogue_address, snippet};
//!
//! let address = catalogue_address("https://data.exempelby.se/", "dcat.rdf");
//! assert_eq!(address.as_deref(), Some("https://data.exempelby.se/dcat.rdf"));
//! let s = snippet("https://www.exempelby.se/datalots/datalots-widget.js",
//!     "https://data.exempelby.se/dcat.rdf", Lang::Sv);
//! assert_eq!(s, "<script type=\"module\" src=\"https://www.exempelby.se/datalots/datalots-widget.js\"></script>\n\
//!     <datalots-catalog src=\"https://data.exempelby.se/dcat.rdf\" lang=\"sv\"></datalots-catalog>");
//! ```

use super::html::esc;
use crate::text::{Both, Lang};

/// Where the catalogue file will be, proposed from the publisher's base address
/// (`https://data.exempelby.se`) and the file's name (`dcat.rdf`): the two joined.
/// `None` without an absolute `http` or `https` base address or without a name.
pub fn catalogue_address(base_uri: &str, file_name: &str) -> Option<String> {
    let base = base_uri.trim();
    let name = file_name.trim();
    if name.is_empty() || dcat_ap_se::mint::check_base(base).is_err() {
        return None;
    }
    let name =
        crate::url::percent_encode_except(name, |b| matches!(b, b'-' | b'.' | b'_' | b'~' | b'/'));
    Some(format!("{}/{}", base.trim_end_matches('/'), name))
}

/// What is wrong with a catalogue address a person typed, in Swedish and English:
/// `None` for an absolute `http`/`https` address, or one on the same site as the page
/// (starting with `/`).
pub fn address_problem(address: &str) -> Option<Both> {
    let a = address.trim();
    if a.is_empty() {
        return Some(Both::new(
            "Skriv adressen där katalogfilen ligger, till exempel https://www.exempelby.se/datasets/dcat.",
            "Type the address where the catalogue file is, for example https://www.exempelby.se/datasets/dcat.",
        ));
    }
    let same_site = a.starts_with('/') && !a.starts_with("//");
    if a.chars().any(char::is_whitespace) || !(same_site || dcat_ap_se::mint::check_base(a).is_ok())
    {
        return Some(Both::new(
            format!(
                "«{a}» är ingen fullständig adress: den ska börja med https:// (eller med / när katalogen ligger på samma webbplats som sidan) och inte innehålla mellanslag."
            ),
            format!(
                "«{a}» is not a complete address: it should start with https:// (or with / when the catalogue is on the same site as the page) and contain no spaces."
            ),
        ));
    }
    None
}

/// The HTML a kommun pastes into its own page to show its catalogue: the loader's
/// script tag (`loader_url`: where `datalots-widget.js` is) and `<datalots-catalog>`
/// with the catalogue's address and the page's language. Attribute values are
/// escaped.
pub fn snippet(loader_url: &str, catalogue_url: &str, lang: Lang) -> String {
    format!(
        "<script type=\"module\" src=\"{}\"></script>\n<datalots-catalog src=\"{}\" lang=\"{}\"></datalots-catalog>",
        esc(loader_url.trim()),
        esc(catalogue_url.trim()),
        lang.tag()
    )
}

/// The name of the static pages' zip file for the catalogue file `catalogue_name`:
/// `dcat.rdf` → `dcat-webbsidor.zip`.
pub fn zip_name(catalogue_name: &str) -> String {
    let stem = catalogue_name
        .rsplit_once('.')
        .map_or(catalogue_name, |(s, _)| s);
    let stem = if stem.trim().is_empty() {
        "katalog"
    } else {
        stem
    };
    format!("{}-webbsidor.zip", dcat_ap_se::mint::slug(stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_joins_the_base_and_the_name() {
        assert_eq!(
            catalogue_address(" https://data.ex.se// ", "katalog.rdf").as_deref(),
            Some("https://data.ex.se/katalog.rdf")
        );
        assert_eq!(
            catalogue_address("https://ex.se/oppna-data", "vår katalog.rdf").as_deref(),
            Some("https://ex.se/oppna-data/v%C3%A5r%20katalog.rdf")
        );
        assert_eq!(catalogue_address("", "dcat.rdf"), None);
        assert_eq!(catalogue_address("data.ex.se", "dcat.rdf"), None);
        assert_eq!(catalogue_address("https://data.ex.se", " "), None);
    }

    #[test]
    fn typed_addresses_are_absolute_or_on_the_same_site() {
        assert_eq!(address_problem("https://www.ex.se/datasets/dcat"), None);
        assert_eq!(address_problem("/datasets/dcat"), None);
        assert!(address_problem("").is_some());
        let p = address_problem("www.ex.se/dcat.rdf").unwrap_or_default();
        assert!(p.sv.contains("https://") && p.en.contains("www.ex.se/dcat.rdf"));
        assert!(address_problem("//ex.se/dcat").is_some());
        assert!(address_problem("https://ex.se/min katalog.rdf").is_some());
    }

    #[test]
    fn the_snippet_names_the_loader_and_the_catalogue_escaped() {
        let s = snippet(
            "https://ex.se/datalots/datalots-widget.js",
            "https://ex.se/k.rdf?a=1&b=\"2\"",
            Lang::En,
        );
        assert!(s.starts_with(
            "<script type=\"module\" src=\"https://ex.se/datalots/datalots-widget.js\"></script>\n"
        ));
        assert!(s.ends_with(
            "<datalots-catalog src=\"https://ex.se/k.rdf?a=1&amp;b=&quot;2&quot;\" lang=\"en\"></datalots-catalog>"
        ));
    }

    #[test]
    fn the_zip_is_named_after_the_catalogue() {
        assert_eq!(zip_name("dcat.rdf"), "dcat-webbsidor.zip");
        assert_eq!(zip_name("Vår Katalog.ttl"), "var-katalog-webbsidor.zip");
        assert_eq!(zip_name(".rdf"), "katalog-webbsidor.zip");
    }
}
