//! What a visitor is looking at — the search, the facet values chosen, the sort, the
//! page, the dataset opened — and its place in the URL fragment, so that a link can be
//! shared, a reload keeps the view and the back button works.
//!
//! The fragment is a query string: `#q=skola&theme=EDUC&format=text%2Fcsv&page=2`,
//! `#dataset=befolkning-2024` (the dataset's page name, [`super::page_slug`]). Keys:
//! `q`, one per chosen facet value `theme`, `format`, `licence`, `keyword`, `hvd`,
//! `sort=modified` (title is the default), `page` (from 2), `dataset`. [`View::to_fragment`]
//! writes them in that order; [`View::from_fragment`] reads any order, ignores what it
//! does not know, and never fails (a broken link shows the whole list).
//!
//! ```
//! use datalots::site::{FacetKind, View};
//!
//! let mut v = View::from_fragment("#q=f%C3%A4rdtj%C3%A4nst&page=3");
//! assert_eq!(v.query, "färdtjänst");
//! v.toggle(FacetKind::Theme, "TRAN");
//! assert_eq!(v.page, 1, "a new choice starts from the first page");
//! assert_eq!(v.to_fragment(), "#q=f%C3%A4rdtj%C3%A4nst&theme=TRAN");
//! assert_eq!(View::from_fragment(&v.to_fragment()), v);
//! ```

use super::index::FacetKind;
use crate::url::{percent_decode, percent_encode};

/// The longest search kept from a fragment, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// The most facet values kept from a fragment.
pub const MAX_FILTERS: usize = 50;

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// By title, as a Swedish dictionary orders words (the default).
    #[default]
    Title,
    /// The most recently modified first; datasets without a date last.
    Modified,
}

/// The view state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    /// The search as typed.
    pub query: String,
    /// The order.
    pub sort: Sort,
    /// The page of the list, from 1.
    pub page: usize,
    /// The facet values chosen, each with its facet; all must hold (AND).
    pub filters: Vec<(FacetKind, String)>,
    /// The dataset whose page is open (its page name), if one is.
    pub dataset: Option<String>,
}

impl Default for View {
    fn default() -> Self {
        View {
            query: String::new(),
            sort: Sort::Title,
            page: 1,
            filters: Vec::new(),
            dataset: None,
        }
    }
}

impl View {
    /// Reads a fragment (with or without its `#`).
    pub fn from_fragment(fragment: &str) -> View {
        let mut v = View::default();
        let body = fragment.strip_prefix('#').unwrap_or(fragment);
        for pair in body.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(&value.replace('+', " "));
            match key {
                "q" => v.query = value.chars().take(MAX_QUERY_CHARS).collect(),
                "sort" if value == "modified" => v.sort = Sort::Modified,
                "page" => v.page = value.parse::<usize>().ok().filter(|p| *p > 0).unwrap_or(1),
                "dataset" if !value.is_empty() => v.dataset = Some(value),
                _ => {
                    if let Some(kind) = FacetKind::from_key(key)
                        && !value.is_empty()
                        && v.filters.len() < MAX_FILTERS
                        && !v.is_selected(kind, &value)
                    {
                        v.filters.push((kind, value));
                    }
                }
            }
        }
        v
    }

    /// Writes the fragment, with its `#` (`#` alone for the default view).
    pub fn to_fragment(&self) -> String {
        let mut parts = Vec::new();
        if !self.query.trim().is_empty() {
            parts.push(format!("q={}", percent_encode(&self.query)));
        }
        for kind in FacetKind::ALL {
            for (k, value) in &self.filters {
                if *k == kind {
                    parts.push(format!("{}={}", kind.key(), percent_encode(value)));
                }
            }
        }
        if self.sort == Sort::Modified {
            parts.push("sort=modified".to_owned());
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        if let Some(d) = &self.dataset {
            parts.push(format!("dataset={}", percent_encode(d)));
        }
        format!("#{}", parts.join("&"))
    }

    /// Whether a facet value is chosen.
    pub fn is_selected(&self, kind: FacetKind, value: &str) -> bool {
        self.filters.iter().any(|(k, v)| *k == kind && v == value)
    }

    /// Chooses a facet value, or removes it when it is chosen; back to page 1.
    pub fn toggle(&mut self, kind: FacetKind, value: &str) {
        if self.is_selected(kind, value) {
            self.filters.retain(|(k, v)| !(*k == kind && v == value));
        } else if self.filters.len() < MAX_FILTERS {
            self.filters.push((kind, value.to_owned()));
        }
        self.page = 1;
    }

    /// A new search; back to page 1.
    pub fn search(&mut self, query: &str) {
        self.query = query.chars().take(MAX_QUERY_CHARS).collect();
        self.page = 1;
    }

    /// A new order; back to page 1.
    pub fn sort_by(&mut self, sort: Sort) {
        self.sort = sort;
        self.page = 1;
    }

    /// The list as it is, without a dataset open (the «back» link's view).
    pub fn list(&self) -> View {
        View {
            dataset: None,
            ..self.clone()
        }
    }

    /// The same list with a dataset open (its page name).
    pub fn open(&self, slug: &str) -> View {
        View {
            dataset: Some(slug.to_owned()),
            ..self.clone()
        }
    }

    /// The same view on another page of the list.
    pub fn on_page(&self, page: usize) -> View {
        View {
            page: page.max(1),
            ..self.clone()
        }
    }

    /// Whether anything narrows the list (a search or a facet value).
    pub fn is_narrowed(&self) -> bool {
        !self.query.trim().is_empty() || !self.filters.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_view_is_an_empty_fragment() {
        assert_eq!(View::default().to_fragment(), "#");
        assert_eq!(View::from_fragment(""), View::default());
        assert_eq!(View::from_fragment("#"), View::default());
    }

    #[test]
    fn every_part_goes_there_and_back() {
        let v = View {
            query: "skola & förskola = 100%".into(),
            sort: Sort::Modified,
            page: 4,
            filters: vec![
                (FacetKind::Keyword, "elever/lärare".into()),
                (FacetKind::Theme, "EDUC".into()),
                (FacetKind::Format, "text/csv".into()),
                (FacetKind::Licence, "CC BY 4.0".into()),
                (FacetKind::Hvd, "c_e1da4e07".into()),
                (FacetKind::Theme, "SOCI".into()),
            ],
            dataset: Some("skolor-2024".into()),
        };
        let f = v.to_fragment();
        assert!(
            f.starts_with("#q=skola%20%26%20f%C3%B6rskola%20%3D%20100%25&theme=EDUC&theme=SOCI&format=text%2Fcsv&licence=CC%20BY%204.0&keyword=elever%2Fl%C3%A4rare&hvd=c_e1da4e07&sort=modified&page=4&dataset=skolor-2024"),
            "{f}"
        );
        let back = View::from_fragment(&f);
        assert_eq!(back.query, v.query);
        assert_eq!(back.sort, v.sort);
        assert_eq!(back.page, v.page);
        assert_eq!(back.dataset, v.dataset);
        // The same choices, in the fragment's (facet) order.
        assert_eq!(back.filters.len(), 6);
        assert!(v.filters.iter().all(|(k, val)| back.is_selected(*k, val)));
        assert_eq!(back.to_fragment(), f);
    }

    #[test]
    fn broken_fragments_give_a_usable_view() {
        let v = View::from_fragment("#page=-3&page=x&sort=upside&unknown=1&theme=&&=&q=%zz+a");
        assert_eq!(v.page, 1);
        assert_eq!(v.sort, Sort::Title);
        assert!(v.filters.is_empty());
        assert_eq!(v.query, "%zz a");
        let dup = View::from_fragment("theme=EDUC&theme=EDUC");
        assert_eq!(dup.filters.len(), 1);
        let long = format!("q={}", "a".repeat(10_000));
        assert_eq!(View::from_fragment(&long).query.len(), MAX_QUERY_CHARS);
        let many: Vec<String> = (0..500).map(|i| format!("keyword={i}")).collect();
        assert_eq!(
            View::from_fragment(&many.join("&")).filters.len(),
            MAX_FILTERS
        );
    }

    #[test]
    fn changes_start_the_list_from_its_first_page() {
        let mut v = View::from_fragment("page=3");
        v.toggle(FacetKind::Format, "text/csv");
        assert_eq!((v.page, v.filters.len()), (1, 1));
        v.page = 3;
        v.toggle(FacetKind::Format, "text/csv");
        assert_eq!((v.page, v.filters.len()), (1, 0));
        v.page = 2;
        v.search("bad");
        assert_eq!(v.page, 1);
        v.page = 2;
        v.sort_by(Sort::Modified);
        assert_eq!(v.page, 1);
        let open = v.on_page(2).open("bad-2024");
        assert_eq!(
            open.to_fragment(),
            "#q=bad&sort=modified&page=2&dataset=bad-2024"
        );
        assert_eq!(open.list().to_fragment(), "#q=bad&sort=modified&page=2");
        assert!(open.is_narrowed() && !View::default().is_narrowed());
    }
}
