#![allow(clippy::unwrap_used)] // test code: a panic is a failed test

use dcat_ap_se::vocab::{self, CC0};
use dcat_ap_se::{
    Agent, Catalog, ContactPoint, Dataset, Date, Distribution, PeriodOfTime, Telephone, Text,
};

use super::*;
use crate::Lang;
use crate::site::html::{self, Options};
use crate::site::{FacetKind, Site, View};

const THEME: &str = "http://publications.europa.eu/resource/authority/data-theme/";
const CC_BY: &str = "http://creativecommons.org/licenses/by/4.0/";
const STATISTICS: &str = "http://data.europa.eu/bna/c_e1da4e07";

fn org() -> Agent {
    Agent::organisation(
        "http://dataportal.se/organisation/SE2120000000",
        vec![
            Text::sv("Exempelby kommun"),
            Text::en("Exempelby Municipality"),
        ],
        vocab::LOCAL_AUTHORITY,
    )
}

fn catalog(datasets: Vec<Dataset>) -> Catalog {
    let mut c = Catalog::new(
        "https://data.ex.se/katalog",
        vec![
            Text::sv("Exempelbys öppna data"),
            Text::en("Exempelby's open data"),
        ],
        vec![Text::sv("Allt vi publicerar.")],
        org(),
    );
    c.datasets = datasets;
    c
}

fn dataset(slug: &str, title: &str) -> Dataset {
    Dataset::new(
        format!("https://data.ex.se/dataset/{slug}"),
        vec![Text::sv(title)],
        vec![Text::sv(format!("Om {title}."))],
        org(),
    )
}

fn csv(slug: &str, licence: &str) -> Distribution {
    let mut d = Distribution::new(
        format!("https://data.ex.se/distribution/{slug}"),
        format!("https://data.ex.se/filer/{slug}.csv"),
        "text/csv",
    );
    d.download_url = vec![format!("https://data.ex.se/filer/{slug}.csv")];
    d.licence = Some(licence.to_owned());
    d
}

/// `n` datasets that vary in every facet: theme by i % 3, format CSV (and JSON for
/// even i), CC0 or CC BY by i % 2, keyword «skola» for i % 5 == 0, HVD for i % 7 == 0,
/// modified in January 2024 + i days (none for i % 10 == 9).
fn many(n: usize) -> Catalog {
    let themes = ["EDUC", "ENVI", "TRAN"];
    let datasets = (0..n)
        .map(|i| {
            let mut d = dataset(&format!("d{i:04}"), &format!("Datamängd {i:04}"));
            d.theme = vec![format!("{THEME}{}", themes[i % 3])];
            let licence = if i % 2 == 0 { CC0 } else { CC_BY };
            d.distributions.push(csv(&format!("d{i:04}"), licence));
            if i % 2 == 0 {
                let mut json = csv(&format!("d{i:04}-json"), licence);
                json.format = Some("application/json".into());
                d.distributions.push(json);
            }
            d.keyword = vec![Text::sv(format!("ord{}", i % 13))];
            if i % 5 == 0 {
                d.keyword.push(Text::sv("Skola"));
            }
            if i % 7 == 0 {
                d.mark_high_value(vec![STATISTICS.into()]);
            }
            if i % 10 != 9 {
                d.modified = Some(Date::day(format!(
                    "2024-{:02}-{:02}",
                    1 + (i / 28) % 12,
                    1 + i % 28
                )));
            }
            d
        })
        .collect();
    catalog(datasets)
}

fn titles(r: &Results<'_>) -> Vec<String> {
    r.items.iter().map(|e| e.title.clone()).collect()
}

#[test]
fn a_list_item_has_title_start_of_description_themes_formats_licence_and_date() {
    let mut d = dataset("befolkning", "Befolkning per kommun");
    d.description = vec![Text::sv(format!(
        "Folkmängd {}",
        "per kommun och år, ".repeat(30)
    ))];
    d.theme = vec![format!("{THEME}SOCI")];
    d.distributions = vec![csv("befolkning", CC0)];
    d.modified = Some(Date {
        value: "2024-03-31T12:00:00Z".into(),
        kind: dcat_ap_se::DateKind::DateTime,
    });
    let site = Site::new(&catalog(vec![d]), Lang::Sv);
    let e = &site.entries[0];
    assert_eq!(e.title, "Befolkning per kommun");
    assert_eq!(e.slug, "befolkning");
    assert!(
        e.summary.ends_with('…') && e.summary.chars().count() <= SUMMARY_CHARS + 1,
        "{}",
        e.summary
    );
    assert!(e.summary.starts_with("Folkmängd per kommun och år"));
    assert_eq!(e.themes[0].label, "Befolkning och samhälle");
    assert_eq!(e.themes[0].key, "SOCI");
    assert_eq!(e.formats[0].label, "CSV");
    assert_eq!(e.formats[0].key, "text/csv");
    assert_eq!(e.licences[0].label, "Fri användning (CC0 1.0)");
    assert_eq!(e.modified.as_deref(), Some("2024-03-31"));
    let en = Site::new(&catalog(vec![site_dataset_en()]), Lang::En);
    assert_eq!(
        en.entries[0].licences[0].label,
        "Free to use with credit (CC BY 4.0)"
    );
    assert_eq!(
        en.entries[0].themes[0].label,
        "Education, culture and sport"
    );
    assert_eq!(en.title, "Exempelby's open data");
}

fn site_dataset_en() -> Dataset {
    let mut d = dataset("skolor", "Skolor");
    d.title.push(Text::en("Schools"));
    d.theme = vec![format!("{THEME}EDUC")];
    d.distributions = vec![csv("skolor", CC_BY)];
    d
}

#[test]
fn catalogue_texts_in_the_language_with_the_other_as_fallback() {
    let mut only_en = dataset("parks", "x");
    only_en.title = vec![Text::en("Parks")];
    only_en.keyword = vec![Text::en("green")];
    let both = site_dataset_en();
    let c = catalog(vec![only_en, both]);
    let sv = Site::new(&c, Lang::Sv);
    assert_eq!(sv.entries[0].title, "Parks");
    assert_eq!(sv.entries[0].keywords[0].label, "green");
    assert_eq!(sv.entries[1].title, "Skolor");
    let en = Site::new(&c, Lang::En);
    assert_eq!(en.entries[1].title, "Schools");
    // Both languages are searched.
    assert_eq!(sv.results(&View::from_fragment("q=schools")).total, 1);
    assert_eq!(en.results(&View::from_fragment("q=skolor")).total, 1);
}

#[test]
fn sorted_by_title_the_swedish_way_or_by_modified_newest_first() {
    let mut ds: Vec<Dataset> = ["Österåker", "avfall", "Ängar", "Åkrar", "Zoner", "Bad"]
        .iter()
        .map(|t| dataset(&crate::dcat_ap_se::mint::slug(t), t))
        .collect();
    ds[0].modified = Some(Date::day("2024-05-01"));
    ds[1].modified = Some(Date::day("2023-01-01"));
    ds[3].modified = Some(Date::day("2024-06-01"));
    // Never modified since it was published: its issued date counts.
    ds[4].issued = Some(Date::day("2023-06-01"));
    let site = Site::new(&catalog(ds), Lang::Sv);
    let r = site.results(&View::default());
    assert_eq!(
        titles(&r),
        ["avfall", "Bad", "Zoner", "Åkrar", "Ängar", "Österåker"]
    );
    let r = site.results(&View::from_fragment("sort=modified"));
    assert_eq!(
        titles(&r),
        ["Åkrar", "Österåker", "Zoner", "avfall", "Bad", "Ängar"]
    );
    assert_eq!(
        site.entry("zoner").and_then(|e| e.modified.as_deref()),
        Some("2023-06-01")
    );
}

#[test]
fn ten_to_a_page() {
    let site = Site::new(&many(25), Lang::Sv);
    let r = site.results(&View::default());
    assert_eq!(
        (r.total, r.pages, r.page, r.first, r.items.len()),
        (25, 3, 1, 1, 10)
    );
    let r3 = site.results(&View::from_fragment("page=3"));
    assert_eq!((r3.page, r3.first, r3.items.len()), (3, 21, 5));
    assert_eq!(r3.items[0].title, "Datamängd 0020");
    let beyond = site.results(&View::from_fragment("page=99"));
    assert_eq!(beyond.page, 3, "a page past the end shows the last");
    let none = site.results(&View::from_fragment("q=finnsinte"));
    assert_eq!(
        (none.total, none.pages, none.first, none.items.len()),
        (0, 1, 0, 0)
    );
}

#[test]
fn search_covers_titles_descriptions_and_keywords_with_swedish_folding() {
    let mut a = dataset("a", "Badplatser i Östersund");
    a.keyword = vec![Text::sv("strand")];
    let mut b = dataset("b", "Återvinningsstationer");
    b.description = vec![Text::sv("Var du lämnar förpackningar.")];
    let c = dataset("c", "Skolor");
    let site = Site::new(&catalog(vec![a, b, c]), Lang::Sv);
    let hits = |q: &str| titles(&site.results(&View::from_fragment(&format!("q={q}"))));
    assert_eq!(hits("ostersund"), ["Badplatser i Östersund"]);
    assert_eq!(hits("STRAND"), ["Badplatser i Östersund"], "keywords");
    assert_eq!(
        hits("forpackning"),
        ["Återvinningsstationer"],
        "descriptions"
    );
    assert_eq!(hits("atervinning"), ["Återvinningsstationer"]);
    assert!(hits("ätervinning").is_empty(), "ä is not å");
    assert_eq!(hits("om%20skolor"), ["Skolor"], "every word, anywhere");
    assert!(hits("skolor%20strand").is_empty());
    assert_eq!(hits("").len(), 3);
}

#[test]
fn facets_count_the_current_result_and_combine_with_and() {
    let site = Site::new(&many(30), Lang::Sv);
    let r = site.results(&View::default());
    let facet = |r: &Results<'_>, k: FacetKind| r.facets.iter().find(|f| f.kind == k).cloned();
    let count = |r: &Results<'_>, k: FacetKind, key: &str| {
        facet(r, k)
            .and_then(|f| f.values.into_iter().find(|v| v.key == key))
            .map(|v| v.count)
    };
    assert_eq!(count(&r, FacetKind::Theme, "EDUC"), Some(10));
    assert_eq!(count(&r, FacetKind::Format, "text/csv"), Some(30));
    assert_eq!(count(&r, FacetKind::Format, "application/json"), Some(15));
    assert_eq!(count(&r, FacetKind::Licence, "CC0 1.0"), Some(15));
    assert_eq!(count(&r, FacetKind::Keyword, "skola"), Some(6));
    assert_eq!(count(&r, FacetKind::Hvd, "c_e1da4e07"), Some(5));
    let hvd = facet(&r, FacetKind::Hvd).unwrap();
    assert_eq!(hvd.values[0].label, "Statistik");
    // Most datasets first.
    let formats = facet(&r, FacetKind::Format).unwrap();
    assert_eq!(formats.values[0].label, "CSV");
    assert_eq!(formats.values[1].label, "JSON");

    // Two facets: theme EDUC (0, 3, 6…) and JSON (even): 0, 6, 12, 18, 24.
    let v = View::from_fragment("theme=EDUC&format=application%2Fjson");
    let r2 = site.results(&v);
    assert_eq!(r2.total, 5);
    assert!(
        r2.items
            .iter()
            .all(|e| e.themes[0].key == "EDUC" && e.formats.len() == 2)
    );
    assert_eq!(count(&r2, FacetKind::Theme, "EDUC"), Some(5));
    assert!(facet(&r2, FacetKind::Theme).unwrap().values[0].selected);
    assert_eq!(
        count(&r2, FacetKind::Theme, "ENVI"),
        None,
        "no dataset left: not shown"
    );
    assert_eq!(count(&r2, FacetKind::Licence, "CC0 1.0"), Some(5));
    // Two values of one facet: AND too (a dataset has one theme here: none left).
    let r3 = site.results(&View::from_fragment("theme=EDUC&theme=ENVI"));
    assert_eq!(r3.total, 0);
    let chosen: Vec<(String, usize, bool)> = facet(&r3, FacetKind::Theme)
        .unwrap()
        .values
        .into_iter()
        .map(|v| (v.key, v.count, v.selected))
        .collect();
    assert_eq!(chosen, [("EDUC".into(), 0, true), ("ENVI".into(), 0, true)]);
    // With a search.
    let r4 = site.results(&View::from_fragment("q=skola&licence=CC0%201.0"));
    assert_eq!(r4.total, 3, "0, 10, 20");
}

#[test]
fn facets_show_at_most_a_dozen_values_and_always_the_chosen() {
    let site = Site::new(&many(60), Lang::Sv);
    let r = site.results(&View::default());
    let kw = r
        .facets
        .iter()
        .find(|f| f.kind == FacetKind::Keyword)
        .unwrap();
    assert_eq!(kw.values.len(), FACET_VALUES_SHOWN);
    assert_eq!(kw.values[0].key, "skola", "the most used first");
    let rare = "ord9";
    let v = View::from_fragment(&format!("keyword={rare}"));
    let r = site.results(&v);
    let kw = r
        .facets
        .iter()
        .find(|f| f.kind == FacetKind::Keyword)
        .unwrap();
    assert!(kw.values.iter().any(|x| x.key == rare && x.selected));
}

#[test]
fn a_thousand_datasets_agree_with_counting_by_hand() {
    let cat = many(1000);
    let site = Site::new(&cat, Lang::Sv);
    let all = site.results(&View::default());
    assert_eq!((all.total, all.pages, all.items.len()), (1000, 100, 10));
    let last = site.results(&View::from_fragment("page=100"));
    assert_eq!(last.items.last().unwrap().title, "Datamängd 0999");
    // By hand: EDUC (i % 3 == 0), CC0 (even), HVD (i % 7 == 0) = i % 42 == 0.
    let expected = (0..1000).filter(|i| i % 42 == 0).count();
    let v = View::from_fragment("theme=EDUC&licence=CC0%201.0&hvd=c_e1da4e07");
    let r = site.results(&v);
    assert_eq!(r.total, expected);
    assert_eq!(r.pages, expected.div_ceil(10));
    // Search for a title number: «0420» is in one title (and no keyword).
    assert_eq!(site.results(&View::from_fragment("q=0420")).total, 1);
    // Every facet value's count is the size of the result with it chosen too.
    for f in &all.facets {
        for value in &f.values {
            let mut narrowed = View::default();
            narrowed.toggle(f.kind, &value.key);
            assert_eq!(
                site.results(&narrowed).total,
                value.count,
                "{:?} {}",
                f.kind,
                value.key
            );
        }
    }
    // Sorted by modified: dated first, newest first, undated (i % 10 == 9) last.
    let by_date: Vec<&Entry> = site.sorted(Sort::Modified).collect();
    assert!(by_date.windows(2).all(|w| w[0].modified >= w[1].modified));
    assert_eq!(by_date.iter().filter(|e| e.modified.is_none()).count(), 100);
    assert!(by_date[899].modified.is_some() && by_date[900].modified.is_none());
}

#[test]
fn page_names_are_unique_in_the_catalogue() {
    let a = dataset("skolor", "Skolor");
    let mut b = dataset("x", "Skolor 2");
    b.id = Some(dcat_ap_se::Node::Iri("https://annan.se/data/skolor".into()));
    let site = Site::new(&catalog(vec![a, b]), Lang::Sv);
    assert_eq!(site.entries[0].slug, "skolor");
    assert_eq!(site.entries[1].slug, "skolor-2");
    assert!(site.page("skolor-2").is_some_and(|p| p.title == "Skolor 2"));
    assert!(site.page("saknas").is_none());
}

/// A dataset with everything its page shows.
fn full() -> Dataset {
    let mut d = dataset("badplatser", "Badplatser");
    d.description = vec![Text::sv(
        "Kommunens badplatser.\n\nVattnet provas varje vecka\nunder sommaren.",
    )];
    d.keyword = vec![Text::sv("bad"), Text::sv("strand"), Text::en("swimming")];
    d.theme = vec![format!("{THEME}ENVI")];
    d.temporal = vec![PeriodOfTime::new(
        Some(Date::day("2024-06-01")),
        Some(Date::day("2024-08-31")),
    )];
    d.spatial = vec![vocab::SWEDEN.into()];
    let mut contact = ContactPoint::organisation(
        "https://data.ex.se/kontakt/oppna-data",
        vec![Text::sv("Öppna data")],
        "oppnadata@ex.se",
    );
    contact.telephone = vec![Telephone {
        value: Some("tel:+46123456700".into()),
        ..Telephone::default()
    }];
    d.contact_point = vec![contact];
    d.accrual_periodicity =
        Some("http://publications.europa.eu/resource/authority/frequency/WEEKLY".into());
    d.modified = Some(Date::day("2024-09-01"));
    d.issued = Some(Date::day("2020-05-01"));
    let mut dist = csv("badplatser", CC_BY);
    dist.byte_size = Some(12_345);
    dist.conforms_to = vec!["https://data.ex.se/filer/badplatser.csv-metadata.json".into()];
    let mut api = Distribution::new(
        "https://data.ex.se/distribution/badplatser-api",
        "https://api.ex.se/bad",
        "application/json",
    );
    api.title = vec![Text::sv("Badplatser som JSON")];
    d.distributions = vec![dist, api];
    d.mark_high_value(vec![STATISTICS.into()]);
    d
}

#[test]
fn a_dataset_page_has_everything_a_visitor_needs() {
    let site = Site::new(&catalog(vec![full()]), Lang::Sv);
    let p = site.page("badplatser").unwrap();
    assert_eq!(p.title, "Badplatser");
    assert_eq!(
        p.description,
        [
            "Kommunens badplatser.",
            "Vattnet provas varje vecka under sommaren."
        ]
    );
    assert_eq!(p.keywords, ["bad", "strand"], "the page's language");
    assert_eq!(p.themes[0].label, "Miljö");
    assert_eq!(p.hvd[0].label, "Statistik");
    assert_eq!(p.period.as_deref(), Some("2024-06-01 – 2024-08-31"));
    assert_eq!(p.period_iso.as_deref(), Some("2024-06-01/2024-08-31"));
    assert_eq!(p.areas[0].text, "Sverige");
    assert_eq!(p.publisher.as_ref().unwrap().name, "Exempelby kommun");
    assert_eq!(p.contacts[0].name, "Öppna data");
    assert_eq!(p.contacts[0].email, ["oppnadata@ex.se"]);
    assert_eq!(p.contacts[0].phone, ["+46123456700"]);
    assert_eq!(p.licences.len(), 1);
    assert_eq!(
        p.licences[0].name,
        "Fri användning med källangivelse (CC BY 4.0)"
    );
    assert!(p.licences[0].meaning.contains("om du anger källan"));
    assert_eq!(p.frequency.as_deref(), Some("veckovis"));
    assert_eq!(p.modified.as_deref(), Some("2024-09-01"));
    assert_eq!(p.issued.as_deref(), Some("2020-05-01"));
    assert_eq!(p.downloads.len(), 2);
    let csv = &p.downloads[0];
    assert_eq!(csv.title, "CSV", "no title: the format's name");
    assert_eq!(csv.size.as_deref(), Some("12,3 kB"));
    assert_eq!(
        csv.href.as_deref(),
        Some("https://data.ex.se/filer/badplatser.csv")
    );
    let api = &p.downloads[1];
    assert_eq!(api.title, "Badplatser som JSON");
    assert_eq!(
        api.href.as_deref(),
        Some("https://api.ex.se/bad"),
        "the access URL"
    );
    assert_eq!(api.format.as_ref().unwrap().label, "JSON");
    assert_eq!(
        p.dictionaries,
        ["https://data.ex.se/filer/badplatser.csv-metadata.json"]
    );
    let en = Site::new(&catalog(vec![full()]), Lang::En)
        .page("badplatser")
        .unwrap();
    assert_eq!(en.keywords, ["swimming"]);
    assert_eq!(en.frequency.as_deref(), Some("weekly"));
    assert_eq!(en.areas[0].text, "Sweden");
    assert_eq!(en.downloads[0].size.as_deref(), Some("12.3 kB"));
    assert!(en.licences[0].meaning.contains("crediting the source"));
}

#[test]
fn static_pages_escape_every_catalogue_text() {
    let mut d = full();
    d.title = vec![Text::sv("<script>alert(1)</script> & \"citat\"")];
    d.description = vec![Text::sv("</script><img src=x onerror=alert(2)>")];
    d.keyword = vec![Text::sv("<b>fet</b>")];
    d.distributions[0].download_url = vec!["https://ex.se/a.csv?x=1&y=\"2\"".into()];
    let site = Site::new(&catalog(vec![d]), Lang::Sv);
    let opts = Options {
        base_url: Some("https://www.ex.se/data/".into()),
        catalogue_url: None,
    };
    let files = html::files(&site, &opts);
    let get = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c.clone())
            .unwrap()
    };
    let index = get("index.html");
    assert!(!index.contains("<script>alert"), "{index}");
    assert!(index.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot;"));
    let page = get("dataset/badplatser.html");
    assert!(
        !page.contains("<script>alert") && !page.contains("<img"),
        "{page}"
    );
    assert!(!page.contains("<b>"));
    assert!(page.contains("href=\"https://ex.se/a.csv?x=1&amp;y=&quot;2&quot;\""));
    // The JSON-LD cannot end its element.
    let json_start = page.find("application/ld+json").unwrap();
    let json_end = page[json_start..].find("</script>").unwrap() + json_start;
    let json = &page[page[json_start..].find('\n').unwrap() + json_start..json_end];
    assert!(!json.contains('<'));
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(value["name"], "<script>alert(1)</script> & \"citat\"");
    assert_eq!(
        value["url"],
        "https://www.ex.se/data/dataset/badplatser.html"
    );
    assert!(get("sitemap.xml").contains(
        "<loc>https://www.ex.se/data/dataset/badplatser.html</loc><lastmod>2024-09-01</lastmod>"
    ));
}

#[test]
fn without_a_base_address_no_sitemap_and_no_url() {
    let site = Site::new(&catalog(vec![full()]), Lang::Sv);
    let files = html::files(&site, &Options::default());
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "index.html",
            "site.css",
            "site.js",
            "dataset/badplatser.html"
        ]
    );
    let page = &files[3].1;
    assert!(!page.contains("\"url\""));
    assert!(!page.contains("rel=\"canonical\""));
    assert!(page.contains("href=\"../index.html\"") && page.contains("href=\"../site.css\""));
    assert!(files[0].1.contains("href=\"dataset/badplatser.html\""));
}

#[test]
fn the_schema_org_dataset_has_every_property() {
    let site = Site::new(&catalog(vec![full()]), Lang::Sv);
    let page = site.page("badplatser").unwrap();
    let v = crate::site::schema_org::dataset(
        &page,
        Some("https://www.ex.se/dataset/badplatser.html"),
        &site.title,
        "sv",
    );
    assert_eq!(v["@type"], "Dataset");
    assert_eq!(v["identifier"], "https://data.ex.se/dataset/badplatser");
    assert_eq!(v["keywords"], serde_json::json!(["bad", "strand"]));
    assert_eq!(v["license"], CC_BY);
    assert_eq!(v["publisher"]["name"], "Exempelby kommun");
    assert_eq!(v["temporalCoverage"], "2024-06-01/2024-08-31");
    assert_eq!(v["spatialCoverage"]["sameAs"], vocab::SWEDEN);
    assert_eq!(v["dateModified"], "2024-09-01");
    assert_eq!(v["distribution"][0]["@type"], "DataDownload");
    assert_eq!(
        v["distribution"][0]["contentUrl"],
        "https://data.ex.se/filer/badplatser.csv"
    );
    assert_eq!(v["distribution"][0]["encodingFormat"], "text/csv");
    assert_eq!(v["distribution"][1]["encodingFormat"], "application/json");
}
