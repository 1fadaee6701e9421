//! The kommun's own catalogue page, from the catalogue file: what the
//! `<datalots-catalog>` element shows and what `datalots site` writes as static pages.
//!
//! Plain Rust, no browser: the element (`widget/catalog`) and the command line render
//! the same model.
//!
//! | module | what it holds |
//! |---|---|
//! | [`fold`] | search folding (Swedish case, å/ä/ö) and the Swedish sort order |
//! | [`licence`] | a licence in words: its name, a short summary, what a re-user may do |
//! | [`index`] | the dataset list: [`Site`], its [`Entry`]s, search, sorting, paging, facets |
//! | [`view`] | the view state ⇄ URL fragment (search, facets, sort, page, dataset) |
//! | [`page`] | one dataset's page: everything a visitor reads about it |
//! | [`problem`] | reading the fetched catalogue; what to tell the visitor and the administrator |
//! | [`words`] | the interface's words in Swedish and English |
//! | [`html`] | static HTML: `index.html`, one page per dataset, `sitemap.xml` |
//! | [`schema_org`] | schema.org `Dataset` JSON-LD for search engines |
//! | [`embed`] | the snippet for the kommun's own page, the catalogue's address, the zip's name |
//!
//! ```
//! use datalots::dcat_ap_se::{Agent, Catalog, Dataset, Text, vocab};
//! use datalots::Lang;
//! use datalots::site::{Site, View};
//!
//! let org = Agent::organisation("http://dataportal.se/organisation/SE2120000000",
//!     vec![Text::sv("Exempelby kommun")], vocab::LOCAL_AUTHORITY);
//! let mut catalog = Catalog::new("https://ex.se/katalog", vec![Text::sv("Katalog")],
//!     vec![Text::sv("Öppna data")], org.clone());
//! for title in ["Badplatser", "Återvinningsstationer", "Skolor i Östra distriktet"] {
//!     catalog.datasets.push(Dataset::new(format!("https://ex.se/dataset/{}", title.len()),
//!         vec![Text::sv(title)], vec![Text::sv("Uppgifter om kommunen.")], org.clone()));
//! }
//! let site = Site::new(&catalog, Lang::Sv);
//! // "ostra" finds «Östra»; titles sort as in a Swedish dictionary (Å after Z).
//! let found = site.results(&View::from_fragment("#q=ostra"));
//! assert_eq!(found.total, 1);
//! let all = site.results(&View::default());
//! let titles: Vec<&str> = all.items.iter().map(|e| e.title.as_str()).collect();
//! assert_eq!(titles, ["Badplatser", "Skolor i Östra distriktet", "Återvinningsstationer"]);
//! ```

pub mod embed;
pub mod fold;
pub mod html;
pub mod index;
pub mod licence;
pub mod page;
pub mod problem;
pub mod schema_org;
pub mod view;
pub mod words;

pub use index::{Entry, Facet, FacetKind, FacetValue, Label, Results, Site};
pub use page::DatasetPage;
pub use view::{Sort, View};

use dcat_ap_se::Text;

use crate::text::Lang;

/// The text of a catalogue's language-tagged texts in `lang`: the one tagged with
/// it (`sv`, `sv-SE`…), else the other language's, else one without a tag, else the
/// first there is. `None` when there is none.
pub fn text_in(texts: &[Text], lang: Lang) -> Option<&str> {
    let tagged = |l: Lang| {
        texts.iter().find(|t| {
            t.lang.as_deref().is_some_and(|tag| {
                tag.split('-')
                    .next()
                    .is_some_and(|primary| primary.eq_ignore_ascii_case(l.tag()))
            })
        })
    };
    tagged(lang)
        .or_else(|| tagged(lang.other()))
        .or_else(|| texts.iter().find(|t| t.lang.is_none()))
        .or_else(|| texts.first())
        .map(|t| t.value.as_str())
}

/// The name of a dataset's page, unique in its catalogue once [`Site`] has made it so:
/// the last segment of the dataset's IRI as a slug (`…/dataset/befolkning-2024` →
/// `befolkning-2024`), else the title's slug. The static page is
/// `dataset/{slug}.html`; the element's view names the dataset by it.
pub fn page_slug(iri: Option<&str>, title: &str) -> String {
    let last = iri
        .map(|i| i.trim_end_matches(['/', '#']))
        .map(|i| i.rsplit(['/', '#']).next().unwrap_or(i))
        .map(crate::url::percent_decode)
        .filter(|s| !s.trim().is_empty());
    match last {
        Some(s) => dcat_ap_se::mint::slug(&s),
        None => dcat_ap_se::mint::slug(title),
    }
}

/// The address of a dataset's static page under the site's base address (where the
/// folder `datalots site` writes is published): `{base}/dataset/{slug}.html`. What
/// `describe --landing-pages BASE` sets as `dcat:landingPage`.
pub fn landing_page(base: &str, dataset_iri: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        page_path(&page_slug(Some(dataset_iri), ""))
    )
}

/// The path of a dataset's page in the static folder: `dataset/{slug}.html`.
pub fn page_path(slug: &str) -> String {
    format!("dataset/{slug}.html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_in_the_language_else_the_other_else_untagged() {
        let texts = vec![Text::en("Schools"), Text::sv("Skolor")];
        assert_eq!(text_in(&texts, Lang::Sv), Some("Skolor"));
        assert_eq!(text_in(&texts, Lang::En), Some("Schools"));
        let only_sv = vec![Text::sv("Skolor")];
        assert_eq!(text_in(&only_sv, Lang::En), Some("Skolor"));
        let regional = vec![
            Text {
                value: "Schools".into(),
                lang: Some("en-GB".into()),
            },
            Text {
                value: "Skolor".into(),
                lang: Some("sv-SE".into()),
            },
        ];
        assert_eq!(text_in(&regional, Lang::Sv), Some("Skolor"));
        assert_eq!(text_in(&regional, Lang::En), Some("Schools"));
        let untagged = vec![
            Text {
                value: "Skolen".into(),
                lang: Some("nb".into()),
            },
            Text {
                value: "x".into(),
                lang: None,
            },
        ];
        assert_eq!(text_in(&untagged, Lang::Sv), Some("x"));
        assert_eq!(text_in(&untagged[..1], Lang::Sv), Some("Skolen"));
        assert_eq!(text_in(&[], Lang::Sv), None);
    }

    /// `describe` with the publisher's `landing_pages` sets each new dataset's
    /// landing page to the page `datalots site` writes for it, and the site finds its
    /// base address from them.
    #[test]
    fn describe_points_the_landing_page_at_the_static_page() {
        let toml = "name = \"Exempelby kommun\"\norganisation_number = \"212000-0000\"\n\
            publisher_type = \"LocalAuthority\"\nemail = \"oppnadata@exempelby.se\"\n\
            base_uri = \"https://data.exempelby.se\"\n\
            landing_pages = \"https://www.exempelby.se/oppna-data/\"\n";
        let publisher =
            crate::Publisher::from_toml(toml, "p.toml").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            publisher.landing_pages.as_deref(),
            Some("https://www.exempelby.se/oppna-data")
        );
        let profile = csv_profile::profile_bytes(b"kommun;antal\nA;1\nB;2\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let answers = crate::Answers::from_json(
            r#"{"confidential": false, "personal_data": false, "high_value": false,
                "own_content": true, "facts_only": true, "conditions": "none"}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let describe = |o: crate::Overrides| {
            crate::describe(&profile, &answers, &publisher, &o).unwrap_or_else(|e| panic!("{e}"))
        };
        let draft = describe(crate::Overrides {
            title: Some("Badplatser i Östra".into()),
            ..Default::default()
        });
        let page = "https://www.exempelby.se/oppna-data/dataset/badplatser-i-ostra.html";
        assert_eq!(draft.dataset.landing_page, [page]);
        let mut catalog =
            crate::describe::new_catalog(&publisher).unwrap_or_else(|e| panic!("{e}"));
        draft.add_to(&mut catalog).unwrap_or_else(|e| panic!("{e}"));
        let site = Site::new(&catalog, Lang::Sv);
        assert_eq!(
            page_path(&site.entries[0].slug),
            "dataset/badplatser-i-ostra.html"
        );
        assert_eq!(
            site.base_from_landing_pages().as_deref(),
            Some("https://www.exempelby.se/oppna-data")
        );
        // A base given for this dataset wins over the setting; a page given wins over both.
        let other = describe(crate::Overrides {
            title: Some("Skolor".into()),
            landing_pages: Some("https://kommun.se/data".into()),
            ..Default::default()
        });
        assert_eq!(
            other.dataset.landing_page,
            ["https://kommun.se/data/dataset/skolor.html"]
        );
        let own = describe(crate::Overrides {
            title: Some("Skolor".into()),
            landing_pages: Some("https://kommun.se/data".into()),
            landing_page: Some("https://kommun.se/skolor".into()),
            ..Default::default()
        });
        assert_eq!(own.dataset.landing_page, ["https://kommun.se/skolor"]);
        let wrong = crate::describe(
            &profile,
            &answers,
            &publisher,
            &crate::Overrides {
                landing_pages: Some("kommun.se/data".into()),
                ..Default::default()
            },
        );
        assert!(wrong.is_err());
    }

    #[test]
    fn page_names_come_from_the_iri_else_the_title() {
        assert_eq!(
            page_slug(Some("https://data.ex.se/dataset/befolkning-2024"), "x"),
            "befolkning-2024"
        );
        assert_eq!(
            page_slug(
                Some("https://data.ex.se/dataset/Skolor%20i%20%C3%96stra/"),
                "x"
            ),
            "skolor-i-ostra"
        );
        assert_eq!(page_slug(None, "Äldre i kommunen"), "aldre-i-kommunen");
        assert_eq!(
            landing_page(
                "https://www.ex.se/oppna-data/",
                "https://data.ex.se/dataset/b"
            ),
            "https://www.ex.se/oppna-data/dataset/b.html"
        );
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("sv"), Lang::Sv);
        assert_eq!(Lang::from_tag("english"), Lang::Sv);
    }
}
