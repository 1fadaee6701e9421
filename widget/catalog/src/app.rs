//! The element's state — the catalogue prepared for showing and the view — and its
//! events: the search box, the facets' checkboxes and the sort choice change the view;
//! the view goes to the URL fragment (typing replaces the history entry, a choice adds
//! one), and a change of the fragment (a link, back, forward, a reload) renders it.

use std::cell::RefCell;
use std::rc::Rc;

use datalots::site::{FacetKind, Site, Sort, View};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, HtmlInputElement};

use crate::dom;
use crate::render::{self, Parts};

/// One catalogue page.
pub struct App {
    site: Site,
    view: View,
    parts: Parts,
}

type Shared = Rc<RefCell<App>>;

/// The fragment of the page's address, with its `#`.
fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The shadow root (or document) the element lives in: where focus is looked up.
fn active_id(root: &Element) -> Option<String> {
    let node = root.get_root_node();
    let active = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => dom::document().active_element(),
    }?;
    let id = active.id();
    (!id.is_empty()).then_some(id)
}

fn by_id(root: &Element, id: &str) -> Option<Element> {
    let node = root.get_root_node();
    match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => dom::document().get_element_by_id(id),
    }
}

impl App {
    /// Shows the catalogue in `root` and starts following the fragment.
    pub fn start(root: &Element, site: Site) {
        let parts = render::parts(&site);
        dom::replace(root, [parts.page.clone()]);
        let app = Rc::new(RefCell::new(App {
            view: View::from_fragment(&fragment()),
            site,
            parts,
        }));
        app.borrow_mut().render(None);
        listen(&app);
    }

    /// Renders the view. `before`: the view shown until now (for focus: into a
    /// dataset's page, its heading; back to the list, the dataset's link).
    fn render(&mut self, before: Option<&View>) {
        let p = &self.parts;
        let search = p.search.value();
        if search != self.view.query {
            p.search.set_value(&self.view.query);
        }
        match self.view.dataset.clone() {
            Some(slug) => {
                let page = self.site.page(&slug);
                render::dataset(p, page.as_ref(), &self.view, self.site.lang);
                dom::show(&p.list_view, false);
                dom::show(&p.dataset_view, true);
                if before.is_some_and(|b| b.dataset.as_deref() != Some(&slug)) {
                    if let Some(h) = by_id(&p.page, "dl-dataset-title") {
                        dom::focus(&h);
                    }
                    p.page.scroll_into_view();
                }
            }
            None => {
                let results = self.site.results(&self.view);
                render::list(p, &self.site, &self.view, &results);
                dom::show(&p.dataset_view, false);
                dom::replace::<web_sys::Node>(&p.dataset_view, []);
                dom::show(&p.list_view, true);
                if let Some(slug) = before.and_then(|b| b.dataset.as_deref()) {
                    let selector = format!("[data-slug=\"{}\"] a", slug.replace(['"', '\\'], ""));
                    match p.list.query_selector(&selector).ok().flatten() {
                        Some(a) => dom::focus(&a),
                        None => dom::focus(&p.search),
                    }
                }
            }
        }
    }

    /// A new view from the controls: to the fragment (a new history entry, or
    /// replacing the current one while typing) and on screen.
    fn go(&mut self, view: View, replace: bool) {
        let focused = active_id(&self.parts.page);
        let before = std::mem::replace(&mut self.view, view);
        let fragment = self.view.to_fragment();
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let state = wasm_bindgen::JsValue::NULL;
            let _ = if replace {
                history.replace_state_with_url(&state, "", Some(&fragment))
            } else {
                history.push_state_with_url(&state, "", Some(&fragment))
            };
        }
        self.render(Some(&before));
        // A checkbox that was rebuilt gets the focus back.
        if let Some(id) = focused
            && let Some(el) = by_id(&self.parts.page, &id)
        {
            dom::focus(&el);
        }
    }
}

/// The element's listeners: the search box, the facets, the sort choice, and the
/// window's fragment changes. They live as long as the page (the closures are kept by
/// the browser).
fn listen(app: &Shared) {
    let on = |target: &web_sys::EventTarget, event: &str, f: Box<dyn FnMut(web_sys::Event)>| {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        closure.forget();
    };
    let (search, facets, sort) = {
        let a = app.borrow();
        (
            a.parts.search.clone(),
            a.parts.facets.clone(),
            a.parts.sort.clone(),
        )
    };
    let a = app.clone();
    let input = search.clone();
    on(
        &search,
        "input",
        Box::new(move |_| {
            let Ok(mut a) = a.try_borrow_mut() else {
                return;
            };
            let mut view = a.view.clone();
            view.search(&input.value());
            a.go(view, true);
        }),
    );
    let a = app.clone();
    on(
        &facets,
        "change",
        Box::new(move |e| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let kind = input
                .get_attribute("data-facet")
                .and_then(|k| FacetKind::from_key(&k));
            let Some(kind) = kind else { return };
            let Ok(mut a) = a.try_borrow_mut() else {
                return;
            };
            let mut view = a.view.clone();
            view.toggle(kind, &input.value());
            // The checkbox is rebuilt; `go` gives the focus back to the new one (same id).
            a.go(view, false);
        }),
    );
    let a = app.clone();
    let select = sort.clone();
    on(
        &sort,
        "change",
        Box::new(move |_| {
            let Ok(mut a) = a.try_borrow_mut() else {
                return;
            };
            let mut view = a.view.clone();
            view.sort_by(if select.value() == "modified" {
                Sort::Modified
            } else {
                Sort::Title
            });
            a.go(view, false);
        }),
    );
    // A link, back or forward: the fragment changed (history entries made with
    // pushState fire popstate; links fire hashchange; both are handled the same).
    if let Some(window) = web_sys::window() {
        for event in ["hashchange", "popstate"] {
            let a = app.clone();
            on(
                &window,
                event,
                Box::new(move |_| {
                    let Ok(mut a) = a.try_borrow_mut() else {
                        return;
                    };
                    let view = View::from_fragment(&fragment());
                    if view != a.view {
                        let before = std::mem::replace(&mut a.view, view);
                        a.render(Some(&before));
                    }
                }),
            );
        }
    }
}
