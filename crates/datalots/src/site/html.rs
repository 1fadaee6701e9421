//! The catalogue as static pages: what `datalots site` writes and the widget zips.
//!
//! [`files`] gives every file of the folder with its path: `index.html` (every
//! dataset, with a search box that `site.js` shows and runs where scripts run),
//! `dataset/{slug}.html` (one page per dataset, with schema.org JSON-LD),
//! `site.css`, `site.js`, and, when the site's base address is known,
//! `sitemap.xml` and `robots.txt`. Links between the pages are relative, so the folder
//! works at any path. Every text from the catalogue is HTML-escaped; the pages need no
//! inline script or style, so they work under a strict Content-Security-Policy (they
//! carry one).

use std::fmt::Write as _;

use super::fold::Folded;
use super::index::{Entry, Site};
use super::page::DatasetPage;
use super::view::Sort;
use super::words::{Words, count, words};
use super::{page_path, schema_org};

/// The stylesheet of the static pages.
pub const SITE_CSS: &str = include_str!("../../assets/site.css");
/// The script that runs the index's search box (no other script is needed).
pub const SITE_JS: &str = include_str!("../../assets/site.js");
/// The policy the pages carry: nothing but their own files.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/// How the folder is written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The absolute address where the folder is published (`https://www.ex.se/data`):
    /// gives `sitemap.xml`, `robots.txt`, canonical links and the JSON-LD `url`.
    /// Without it those are left out (a sitemap needs absolute addresses).
    pub base_url: Option<String>,
    /// The catalogue file's address, linked from the index («the catalogue as a file»).
    pub catalogue_url: Option<String>,
}

/// Escapes text for HTML (element content and double-quoted attributes).
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Every file of the static folder: (path relative to the folder, contents).
pub fn files(site: &Site, opts: &Options) -> Vec<(String, String)> {
    let base = opts.base_url.as_deref().map(|b| b.trim_end_matches('/'));
    let mut out = vec![
        ("index.html".to_owned(), index(site, opts)),
        ("site.css".to_owned(), SITE_CSS.to_owned()),
        ("site.js".to_owned(), SITE_JS.to_owned()),
    ];
    for page in site.pages() {
        let url = base.map(|b| format!("{b}/{}", page_path(&page.slug)));
        out.push((page_path(&page.slug), dataset(site, &page, url.as_deref())));
    }
    if let Some(b) = base {
        out.push(("sitemap.xml".to_owned(), sitemap(site, b)));
        out.push((
            "robots.txt".to_owned(),
            format!("User-agent: *\nAllow: /\nSitemap: {b}/sitemap.xml\n"),
        ));
    }
    out
}

fn head(out: &mut String, lang: &str, title: &str, root: &str, canonical: Option<&str>) {
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <title>{}</title>\n<link rel=\"stylesheet\" href=\"{root}site.css\">\n",
        esc(CSP),
        esc(title)
    );
    if let Some(c) = canonical {
        let _ = writeln!(out, "<link rel=\"canonical\" href=\"{}\">", esc(c));
    }
}

/// `index.html`: the catalogue's title and description, then every dataset in title
/// order.
pub fn index(site: &Site, opts: &Options) -> String {
    let w = words(site.lang);
    let lang = site.lang.tag();
    let mut s = String::new();
    let canonical = opts
        .base_url
        .as_deref()
        .map(|b| format!("{}/index.html", b.trim_end_matches('/')));
    head(&mut s, lang, &site.title, "", canonical.as_deref());
    s.push_str("<script src=\"site.js\" defer></script>\n</head>\n<body>\n");
    s.push_str("<header>\n");
    if let Some(p) = &site.publisher {
        let _ = writeln!(s, "<p class=\"publisher\">{}</p>", esc(p));
    }
    let _ = writeln!(s, "<h1>{}</h1>", esc(&site.title));
    if !site.description.is_empty() {
        let _ = writeln!(s, "<p>{}</p>", esc(&site.description));
    }
    s.push_str("</header>\n<main data-testid=\"catalog-page\">\n");
    let _ = write!(
        s,
        "<div class=\"search\" data-search-box hidden>\n<label for=\"search\">{}</label>\n\
         <input id=\"search\" type=\"search\" data-testid=\"catalog-search\" aria-describedby=\"search-hint\" autocomplete=\"off\">\n\
         <p class=\"hint\" id=\"search-hint\">{}</p>\n</div>\n",
        esc(w.search),
        esc(w.search_hint)
    );
    let total = site.entries.len();
    let _ = writeln!(
        s,
        "<p id=\"count\" class=\"count\" role=\"status\" data-testid=\"catalog-count\" data-one=\"{}\" data-many=\"{}\">{}</p>",
        esc(&count(site.lang, 1)),
        esc(&count(site.lang, 2).replacen('2', "{n}", 1)),
        esc(&count(site.lang, total))
    );
    let _ = writeln!(s, "<ul class=\"datasets\" aria-label=\"{}\">", esc(w.list));
    for e in site.sorted(Sort::Title) {
        item(&mut s, e, w);
    }
    s.push_str("</ul>\n");
    let _ = writeln!(
        s,
        "<p class=\"nothing\" data-nothing hidden>{}</p>",
        esc(w.nothing)
    );
    s.push_str("</main>\n");
    footer(&mut s, site, opts, w);
    s.push_str("</body>\n</html>\n");
    s
}

fn item(s: &mut String, e: &Entry, w: &Words) {
    let search = Folded::of_all(
        std::iter::once(e.title.as_str())
            .chain(std::iter::once(e.summary.as_str()))
            .chain(e.keywords.iter().map(|k| k.label.as_str())),
    );
    let _ = writeln!(
        s,
        "<li class=\"dataset\" data-testid=\"catalog-item\" data-search=\"{}\">\n<h2><a href=\"{}\">{}</a></h2>",
        esc(&search.as_string()),
        esc(&page_path(&e.slug)),
        esc(&e.title)
    );
    if !e.summary.is_empty() {
        let _ = writeln!(s, "<p>{}</p>", esc(&e.summary));
    }
    s.push_str("<dl class=\"facts\">\n");
    let joined = |labels: &[super::Label]| {
        labels
            .iter()
            .map(|l| l.label.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (name, value) in [
        (w.themes, joined(&e.themes)),
        (w.formats, joined(&e.formats)),
        (w.licence, joined(&e.licences)),
        (w.modified, e.modified.clone().unwrap_or_default()),
    ] {
        if !value.is_empty() {
            let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", esc(name), esc(&value));
        }
    }
    s.push_str("</dl>\n</li>\n");
}

fn footer(s: &mut String, site: &Site, opts: &Options, w: &Words) {
    s.push_str("<footer>\n");
    if let Some(c) = &opts.catalogue_url {
        let _ = writeln!(
            s,
            "<p><a href=\"{}\">{}</a> ({})</p>",
            esc(c),
            esc(w.catalogue_file),
            esc(w.catalogue_file_hint)
        );
    }
    if let (Some(p), Some(h)) = (&site.publisher, &site.homepage) {
        let _ = writeln!(s, "<p><a href=\"{}\">{}</a></p>", esc(h), esc(p));
    }
    s.push_str("</footer>\n");
}

/// A dataset's page, `dataset/{slug}.html`. `url`: its absolute address, when known.
pub fn dataset(site: &Site, page: &DatasetPage, url: Option<&str>) -> String {
    let w = words(site.lang);
    let lang = site.lang.tag();
    let mut s = String::new();
    head(
        &mut s,
        lang,
        &format!("{} – {}", page.title, site.title),
        "../",
        url,
    );
    s.push_str("</head>\n<body>\n<header>\n");
    let _ = writeln!(
        s,
        "<p><a href=\"../index.html\">{}</a> · {}</p>",
        esc(w.back),
        esc(&site.title)
    );
    s.push_str("</header>\n<main data-testid=\"dataset-page\">\n");
    let _ = writeln!(s, "<h1>{}</h1>", esc(&page.title));
    for p in &page.description {
        let _ = writeln!(s, "<p>{}</p>", esc(p));
    }
    facts(&mut s, page, w);
    downloads(&mut s, page, w);
    if !page.dictionaries.is_empty() {
        let _ = writeln!(s, "<h2>{}</h2>\n<ul>", esc(w.dictionary));
        for d in &page.dictionaries {
            let _ = writeln!(
                s,
                "<li><a href=\"{}\">{}</a> <span class=\"address\">{}</span></li>",
                esc(d),
                esc(w.dictionary_link),
                esc(d)
            );
        }
        s.push_str("</ul>\n");
    }
    let json = schema_org::dataset(page, url, &site.title, lang);
    let _ = writeln!(
        s,
        "<script type=\"application/ld+json\">\n{}\n</script>",
        schema_org::script_text(&json)
    );
    let _ = writeln!(
        s,
        "</main>\n<footer>\n<p><a href=\"../index.html\">{}</a></p>\n</footer>\n</body>\n</html>",
        esc(w.back)
    );
    s
}

/// The facts of a dataset's page as a description list.
fn facts(s: &mut String, page: &DatasetPage, w: &Words) {
    let mut rows: Vec<(&str, String)> = Vec::new();
    let text = |v: &[String]| v.iter().map(|x| esc(x)).collect::<Vec<_>>().join(", ");
    let link = |href: &str, t: &str| format!("<a href=\"{}\">{}</a>", esc(href), esc(t));
    if !page.keywords.is_empty() {
        rows.push((w.keywords, text(&page.keywords)));
    }
    let labels = |l: &[super::Label]| {
        l.iter()
            .map(|x| esc(&x.label))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !page.themes.is_empty() {
        rows.push((w.themes, labels(&page.themes)));
    }
    if !page.hvd.is_empty() {
        rows.push((w.hvd, labels(&page.hvd)));
    }
    if let Some(p) = &page.period {
        rows.push((w.period, esc(p)));
    }
    if !page.areas.is_empty() {
        let areas: Vec<String> = page
            .areas
            .iter()
            .map(|a| match &a.href {
                Some(h) => link(h, &a.text),
                None => esc(&a.text),
            })
            .collect();
        rows.push((w.area, areas.join(", ")));
    }
    if let Some(p) = &page.publisher {
        rows.push((
            w.publisher,
            match &p.homepage {
                Some(h) => link(h, &p.name),
                None => esc(&p.name),
            },
        ));
    }
    for c in &page.contacts {
        let mut parts = vec![esc(&c.name)];
        parts.extend(c.email.iter().map(|e| link(&format!("mailto:{e}"), e)));
        parts.extend(c.phone.iter().map(|p| link(&format!("tel:{p}"), p)));
        parts.extend(c.address.iter().map(|a| esc(a)));
        parts.extend(c.url.iter().map(|u| link(u, u)));
        rows.push((w.contact, parts.join("<br>")));
    }
    for l in &page.licences {
        rows.push((w.licence, link(&l.iri, &l.name)));
        rows.push((w.may_do, esc(&l.meaning)));
    }
    if let Some(f) = &page.frequency {
        rows.push((w.frequency, esc(f)));
    }
    if let Some(m) = &page.modified {
        rows.push((w.modified, esc(m)));
    }
    if let Some(i) = &page.issued {
        rows.push((w.issued, esc(i)));
    }
    if let Some(iri) = &page.iri {
        rows.push((
            w.identifier,
            format!("<span class=\"address\">{}</span>", esc(iri)),
        ));
    }
    for l in &page.landing_pages {
        rows.push((w.more, link(l, l)));
    }
    s.push_str("<dl class=\"facts\">\n");
    for (name, value) in rows {
        let _ = writeln!(s, "<dt>{}</dt><dd>{value}</dd>", esc(name));
    }
    s.push_str("</dl>\n");
}

fn downloads(s: &mut String, page: &DatasetPage, w: &Words) {
    if page.downloads.is_empty() {
        return;
    }
    let _ = writeln!(s, "<h2>{}</h2>\n<ul class=\"downloads\">", esc(w.downloads));
    for d in &page.downloads {
        let _ = writeln!(
            s,
            "<li data-testid=\"dataset-distribution\">\n<h3>{}</h3>",
            esc(&d.title)
        );
        if let Some(t) = &d.description {
            let _ = writeln!(s, "<p>{}</p>", esc(t));
        }
        s.push_str("<dl class=\"facts\">\n");
        if let Some(f) = &d.format {
            let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", esc(w.format), esc(&f.label));
        }
        if let Some(z) = &d.size {
            let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", esc(w.size), esc(z));
        }
        if let Some(l) = &d.licence {
            let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", esc(w.licence), esc(&l.name));
        }
        s.push_str("</dl>\n");
        if let Some(h) = &d.href {
            let _ = writeln!(
                s,
                "<p><a class=\"download\" href=\"{}\">{} <span class=\"visually-hidden\">{}</span></a></p>",
                esc(h),
                esc(w.download),
                esc(&d.title)
            );
        }
        s.push_str("</li>\n");
    }
    s.push_str("</ul>\n");
}

/// `sitemap.xml`: the index and every dataset's page, with their last modification.
pub fn sitemap(site: &Site, base: &str) -> String {
    let base = base.trim_end_matches('/');
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let _ = writeln!(s, "<url><loc>{}/index.html</loc></url>", esc(base));
    for e in site.sorted(Sort::Title) {
        let _ = write!(
            s,
            "<url><loc>{}/{}</loc>",
            esc(base),
            esc(&page_path(&e.slug))
        );
        if let Some(m) = e.modified.as_deref().filter(|m| is_w3c_date(m)) {
            let _ = write!(s, "<lastmod>{}</lastmod>", esc(m));
        }
        s.push_str("</url>\n");
    }
    s.push_str("</urlset>\n");
    s
}

/// `YYYY-MM-DD` (what a sitemap's `lastmod` takes here).
fn is_w3c_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
