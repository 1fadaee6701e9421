//! The catalogue page's parts, built from the library's model (`datalots::site`):
//! the controls, the facets, the list and its pages, a dataset's page, and the message
//! for a catalogue that cannot be read.

use datalots::Lang;
use datalots::site::page::{Contact, DatasetPage, Download};
use datalots::site::problem::Problem;
use datalots::site::words::{Words, found, page_of, words};
use datalots::site::{Entry, Facet, FacetKind, Results, Site, Sort, View};
use web_sys::{Element, Node};

use crate::dom::{H, facts, link, text};

/// The element's fixed parts, built once; the rest is rebuilt on each change.
pub struct Parts {
    /// The whole element (`catalog-page`).
    pub page: Element,
    /// The search box.
    pub search: web_sys::HtmlInputElement,
    /// The sort choice.
    pub sort: web_sys::HtmlSelectElement,
    /// The list with its controls (hidden while a dataset is open).
    pub list_view: Element,
    /// The facets.
    pub facets: Element,
    /// The result count, in the live region.
    pub count: Element,
    /// The datasets of the page.
    pub list: Element,
    /// Previous and next.
    pub pager: Element,
    /// A dataset's page.
    pub dataset_view: Element,
}

/// An id for a facet value's checkbox that stays the same as the counts change (so
/// that focus can return to it): the facet and a hash of the value.
pub fn check_id(kind: FacetKind, key: &str) -> String {
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("dl-{}-{hash:016x}", kind.key())
}

/// Builds the fixed parts.
pub fn parts(site: &Site) -> Parts {
    let w = words(site.lang);
    let lang = site.lang;
    let search: web_sys::HtmlInputElement = wasm_bindgen::JsCast::unchecked_into(
        H::new("input")
            .attr("type", "search")
            .attr("id", "dl-search")
            .attr("autocomplete", "off")
            .attr("aria-describedby", "dl-search-hint")
            .testid("catalog-search")
            .el(),
    );
    let sort: web_sys::HtmlSelectElement = wasm_bindgen::JsCast::unchecked_into(
        H::new("select")
            .attr("id", "dl-sort")
            .testid("catalog-sort")
            .child(H::new("option").attr("value", "title").text(w.sort_title))
            .child(
                H::new("option")
                    .attr("value", "modified")
                    .text(w.sort_modified),
            )
            .el(),
    );
    let tools = H::new("div")
        .class("dl-tools")
        .child(
            H::new("div")
                .class("datalots-field dl-search")
                .child(H::new("label").attr("for", "dl-search").text(w.search))
                .child(search.clone())
                .child(
                    H::new("p")
                        .class("datalots-hint")
                        .attr("id", "dl-search-hint")
                        .text(w.search_hint),
                ),
        )
        .child(
            H::new("div")
                .class("datalots-field")
                .child(H::new("label").attr("for", "dl-sort").text(w.sort))
                .child(sort.clone()),
        );
    let facets = H::new("div").class("dl-facets").el();
    let count = H::new("p").testid("catalog-count").class("dl-count").el();
    let list = H::new("ul")
        .class("dl-list")
        .attr("aria-label", w.list)
        .el();
    let pager = H::new("nav")
        .class("dl-pager")
        .attr("aria-label", w.pages)
        .el();
    let list_view = H::new("div")
        .child(tools)
        .child(
            H::new("div")
                .class("dl-body")
                .child(
                    H::new("section")
                        .class("dl-filter")
                        .attr("aria-labelledby", "dl-filter-heading")
                        .child(H::new("h3").attr("id", "dl-filter-heading").text(w.filter))
                        .child(facets.clone()),
                )
                .child(
                    H::new("section")
                        .class("dl-results")
                        .attr("aria-label", w.list)
                        .child(
                            H::new("div")
                                .attr("role", "status")
                                .attr("aria-live", "polite")
                                .child(count.clone()),
                        )
                        .child(list.clone())
                        .child(pager.clone()),
                ),
        )
        .el();
    let dataset_view = H::new("div").testid("dataset-view").el();
    let mut header = H::new("header").class("dl-header");
    if let Some(p) = &site.publisher {
        header = header.child(H::new("p").class("datalots-hint").text(p));
    }
    header = header.child(H::new("h2").text(&site.title));
    if !site.description.is_empty() {
        header = header.child(H::new("p").text(&site.description));
    }
    let page = H::new("div")
        .class("datalots dl-catalog")
        .attr("lang", lang.tag())
        .testid("catalog-page")
        .child(header)
        .child(list_view.clone())
        .child(dataset_view.clone())
        .el();
    Parts {
        page,
        search,
        sort,
        list_view,
        facets,
        count,
        list,
        pager,
        dataset_view,
    }
}

/// The list's changing parts for a view.
pub fn list(parts: &Parts, site: &Site, view: &View, r: &Results<'_>) {
    let w = words(site.lang);
    let last = if r.items.is_empty() {
        0
    } else {
        r.first + r.items.len() - 1
    };
    parts
        .count
        .set_text_content(Some(&found(site.lang, r.total, r.first, last)));
    let items: Vec<Node> = if r.items.is_empty() {
        vec![H::new("li").class("dl-nothing").text(w.nothing).into()]
    } else {
        r.items.iter().map(|e| item(e, view, w).into()).collect()
    };
    crate::dom::replace(&parts.list, items);
    crate::dom::replace(&parts.facets, facets(&r.facets, view, site.lang));
    crate::dom::replace(&parts.pager, pager(view, r, site.lang));
    parts.sort.set_value(match view.sort {
        Sort::Title => "title",
        Sort::Modified => "modified",
    });
}

fn item(e: &Entry, view: &View, w: &Words) -> H {
    let joined = |kind: FacetKind| {
        e.labels(kind)
            .iter()
            .map(|l| l.label.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut rows: Vec<(&str, Node)> = Vec::new();
    for (name, value) in [
        (w.themes, joined(FacetKind::Theme)),
        (w.formats, joined(FacetKind::Format)),
        (w.licence, joined(FacetKind::Licence)),
        (w.modified, e.modified.clone().unwrap_or_default()),
    ] {
        if !value.is_empty() {
            rows.push((name, text(&value)));
        }
    }
    let mut li = H::new("li")
        .class("dl-item")
        .testid("catalog-item")
        .attr("data-slug", &e.slug)
        .child(H::new("h3").child(link(&view.open(&e.slug).to_fragment(), &e.title)));
    if !e.summary.is_empty() {
        li = li.child(H::new("p").text(&e.summary));
    }
    li.child(facts(rows))
}

fn facets(facets: &[Facet], view: &View, lang: Lang) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    if view.is_narrowed() {
        let cleared = View {
            sort: view.sort,
            ..View::default()
        };
        out.push(
            H::new("p")
                .child(link(&cleared.to_fragment(), words(lang).clear).testid("catalog-clear"))
                .into(),
        );
    }
    for f in facets {
        let mut set = H::new("fieldset")
            .class("dl-facet")
            .testid("catalog-facet")
            .attr("data-facet", f.kind.key())
            .child(H::new("legend").text(f.kind.title(lang)));
        for v in &f.values {
            let id = check_id(f.kind, &v.key);
            let mut input = H::new("input")
                .attr("type", "checkbox")
                .attr("id", &id)
                .attr("value", &v.key)
                .attr("data-facet", f.kind.key());
            if v.selected {
                input = input.attr("checked", "");
            }
            set = set.child(
                H::new("div").class("datalots-option").child(input).child(
                    H::new("label").attr("for", &id).text(&v.label).child(
                        H::new("span")
                            .class("dl-n")
                            .text(&format!(" ({})", v.count)),
                    ),
                ),
            );
        }
        out.push(set.into());
    }
    out
}

fn pager(view: &View, r: &Results<'_>, lang: Lang) -> Vec<Node> {
    let w = words(lang);
    if r.pages <= 1 {
        return Vec::new();
    }
    let mut out: Vec<Node> = Vec::new();
    if r.page > 1 {
        out.push(
            link(&view.on_page(r.page - 1).to_fragment(), w.previous)
                .testid("catalog-previous-page")
                .attr("rel", "prev")
                .into(),
        );
    }
    out.push(H::new("span").text(&page_of(lang, r.page, r.pages)).into());
    if r.page < r.pages {
        out.push(
            link(&view.on_page(r.page + 1).to_fragment(), w.next)
                .testid("catalog-next-page")
                .attr("rel", "next")
                .into(),
        );
    }
    out
}

/// A dataset's page (or that it is not in the catalogue), with links back.
pub fn dataset(parts: &Parts, page: Option<&DatasetPage>, view: &View, lang: Lang) {
    let w = words(lang);
    let back = || {
        H::new("p")
            .class("dl-back")
            .child(link(&view.list().to_fragment(), w.back).testid("catalog-back"))
    };
    let Some(p) = page else {
        crate::dom::replace(
            &parts.dataset_view,
            [
                back().into(),
                H::new("p")
                    .attr("role", "alert")
                    .testid("dataset-missing")
                    .text(w.no_dataset)
                    .into(),
            ]
            .into_iter()
            .collect::<Vec<Node>>(),
        );
        return;
    };
    let mut section = H::new("section")
        .testid("dataset-page")
        .attr("aria-labelledby", "dl-dataset-title")
        .child(back())
        .child(
            H::new("h2")
                .attr("id", "dl-dataset-title")
                .attr("tabindex", "-1")
                .text(&p.title),
        );
    for para in &p.description {
        section = section.child(H::new("p").text(para));
    }
    section = section.child(facts(dataset_facts(p, w)));
    if !p.downloads.is_empty() {
        section = section.child(H::new("h3").text(w.downloads)).child(
            H::new("ul")
                .class("dl-downloads")
                .children(p.downloads.iter().map(|d| download(d, w))),
        );
    }
    if !p.dictionaries.is_empty() {
        section = section
            .child(H::new("h3").text(w.dictionary))
            .child(H::new("ul").children(p.dictionaries.iter().map(|d| {
                H::new("li")
                    .testid("dataset-dictionary")
                    .child(link(d, w.dictionary_link))
                    .text(" ")
                    .child(H::new("code").text(d))
            })));
    }
    crate::dom::replace(&parts.dataset_view, [section.child(back())]);
}

fn dataset_facts<'a>(p: &DatasetPage, w: &'a Words) -> Vec<(&'a str, Node)> {
    let mut rows: Vec<(&str, Node)> = Vec::new();
    let labels = |l: &[datalots::site::Label]| {
        l.iter()
            .map(|x| x.label.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !p.keywords.is_empty() {
        rows.push((w.keywords, text(&p.keywords.join(", "))));
    }
    if !p.themes.is_empty() {
        rows.push((w.themes, text(&labels(&p.themes))));
    }
    if !p.hvd.is_empty() {
        rows.push((w.hvd, text(&labels(&p.hvd))));
    }
    if let Some(x) = &p.period {
        rows.push((w.period, text(x)));
    }
    if !p.areas.is_empty() {
        let mut span = H::new("span");
        for (i, a) in p.areas.iter().enumerate() {
            if i > 0 {
                span = span.text(", ");
            }
            span = match &a.href {
                Some(h) => span.child(link(h, &a.text)),
                None => span.text(&a.text),
            };
        }
        rows.push((w.area, span.into()));
    }
    if let Some(pb) = &p.publisher {
        let value: Node = match &pb.homepage {
            Some(h) => link(h, &pb.name).into(),
            None => text(&pb.name),
        };
        rows.push((w.publisher, value));
    }
    for c in &p.contacts {
        rows.push((w.contact, contact(c).into()));
    }
    for l in &p.licences {
        rows.push((w.licence, link(&l.iri, &l.name).into()));
        rows.push((w.may_do, text(&l.meaning)));
    }
    for (name, value) in [
        (w.frequency, &p.frequency),
        (w.modified, &p.modified),
        (w.issued, &p.issued),
    ] {
        if let Some(v) = value {
            rows.push((name, text(v)));
        }
    }
    if let Some(iri) = &p.iri {
        rows.push((w.identifier, H::new("code").text(iri).into()));
    }
    for l in &p.landing_pages {
        rows.push((w.more, link(l, l).into()));
    }
    rows
}

fn contact(c: &Contact) -> H {
    let mut span = H::new("span").text(&c.name);
    let lines = c
        .email
        .iter()
        .map(|e| link(&format!("mailto:{e}"), e))
        .chain(c.phone.iter().map(|p| link(&format!("tel:{p}"), p)))
        .chain(c.url.iter().map(|u| link(u, u)));
    for l in lines {
        span = span.child(H::new("br")).child(l);
    }
    for a in &c.address {
        span = span.child(H::new("br")).text(a);
    }
    span
}

fn download(d: &Download, w: &Words) -> H {
    let mut rows: Vec<(&str, Node)> = Vec::new();
    if let Some(f) = &d.format {
        rows.push((w.format, text(&f.label)));
    }
    if let Some(s) = &d.size {
        rows.push((w.size, text(s)));
    }
    if let Some(l) = &d.licence {
        rows.push((w.licence, text(&l.name)));
    }
    let mut li = H::new("li")
        .class("dl-download")
        .testid("dataset-distribution")
        .child(H::new("h4").text(&d.title));
    if let Some(t) = &d.description {
        li = li.child(H::new("p").text(t));
    }
    li = li.child(facts(rows));
    if let Some(h) = &d.href {
        li = li.child(
            H::new("p").child(
                H::new("a")
                    .class("dl-download-link")
                    .attr("href", h)
                    .text(w.download)
                    .child(
                        H::new("span")
                            .class("dl-visually-hidden")
                            .text(&format!(" {}", d.title)),
                    ),
            ),
        );
    }
    li
}

/// The message for a catalogue that cannot be read: a short one for the visitor, and
/// what to fix for the administrator, in both languages.
pub fn problem(root: &Element, problem: &Problem, lang: Lang) {
    let admin = problem.admin();
    let w = words(lang);
    let other = words(lang.other());
    let box_ = H::new("div")
        .class("datalots dl-catalog")
        .attr("lang", lang.tag())
        .testid("catalog-page")
        .child(
            H::new("div")
                .class("dl-error")
                .attr("role", "alert")
                .testid("catalog-error")
                .child(H::new("p").class("dl-visitor").text(problem.visitor(lang)))
                .child(
                    H::new("div")
                        .class("datalots-admin")
                        .testid("catalog-admin")
                        .child(H::new("p").text(&format!("{}: {}", w.to_admin, admin.get(lang))))
                        .child(H::new("p").attr("lang", lang.other().tag()).text(&format!(
                            "{}: {}",
                            other.to_admin,
                            admin.get(lang.other())
                        ))),
                ),
        );
    crate::dom::replace(root, [box_]);
}
