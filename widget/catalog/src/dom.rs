//! A few lines of DOM building: elements with attributes and text nodes, never HTML
//! parsed from a string, so that every text from the catalogue is only text.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

/// The page's document.
pub fn document() -> Document {
    #[allow(clippy::expect_used)] // the module runs in a page: there is a window and a document
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// An element under construction.
pub struct H(Element);

impl H {
    /// A new element.
    pub fn new(tag: &str) -> H {
        #[allow(clippy::expect_used)] // a literal, valid tag name: creating it cannot fail
        H(document().create_element(tag).expect("a valid tag name"))
    }

    /// Sets an attribute.
    pub fn attr(self, name: &str, value: &str) -> H {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets an attribute when there is a value.
    pub fn attr_if(self, name: &str, value: Option<&str>) -> H {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// Sets the class.
    pub fn class(self, class: &str) -> H {
        self.0.set_class_name(class);
        self
    }

    /// The test hook, `data-testid`.
    pub fn testid(self, id: &str) -> H {
        self.attr("data-testid", id)
    }

    /// Appends text (a text node: never markup).
    pub fn text(self, text: &str) -> H {
        let _ = self.0.append_child(&document().create_text_node(text));
        self
    }

    /// Appends a child.
    pub fn child(self, child: impl Into<Node>) -> H {
        let _ = self.0.append_child(&child.into());
        self
    }

    /// Appends children.
    pub fn children<N: Into<Node>>(self, children: impl IntoIterator<Item = N>) -> H {
        for c in children {
            let _ = self.0.append_child(&c.into());
        }
        self
    }

    /// The element.
    pub fn el(self) -> Element {
        self.0
    }
}

impl From<H> for Node {
    fn from(h: H) -> Node {
        h.0.into()
    }
}

/// Replaces an element's children.
pub fn replace<N: Into<Node>>(parent: &Element, children: impl IntoIterator<Item = N>) {
    parent.set_text_content(None);
    for c in children {
        let _ = parent.append_child(&c.into());
    }
}

/// A link.
pub fn link(href: &str, text: &str) -> H {
    H::new("a").attr("href", href).text(text)
}

/// Shows or hides an element (`hidden`).
pub fn show(el: &Element, shown: bool) {
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        h.set_hidden(!shown);
    }
}

/// Focuses an element, if it can be.
pub fn focus(el: &Element) {
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

/// A description list's rows: (term, value element or text).
pub fn facts(rows: Vec<(&str, Node)>) -> H {
    let mut dl = H::new("dl").class("datalots-facts");
    for (term, value) in rows {
        dl = dl
            .child(H::new("dt").text(term))
            .child(H::new("dd").child(value));
    }
    dl
}

/// A text node.
pub fn text(t: &str) -> Node {
    document().create_text_node(t).into()
}
