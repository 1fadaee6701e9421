//! The procurement view in a real browser (headless Chromium through
//! `wasm-bindgen-test-runner`).
//!
//! Run by `cargo xtask test`; by hand:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p datalots-procurement-view --target wasm32-unknown-unknown`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

#[path = "../../tests/browser/mod.rs"]
mod browser;
use browser::{fresh_root, settle, text_of};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_procurement_view_starts_with_the_first_question_and_goes_away_when_destroyed() {
    // Start from a clean slate: the view keeps its answers in localStorage.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("datalots.procurement.v1").unwrap();
    let root = fresh_root();
    // As the loader mounts it for `mode="procurement"`: no «back».
    let mut view = datalots_procurement::mount_procurement_view(root.clone(), "en".into(), None);
    settle().await;
    assert_eq!(
        text_of(&root, "[data-testid=procurement-heading]"),
        "Procurement requirements with built-in openness"
    );
    let questions = root
        .query_selector_all("[data-testid=procurement-question]")
        .unwrap();
    assert_eq!(questions.length(), 1, "one question at a time");
    let first: Element = questions.get(0).unwrap().dyn_into().unwrap();
    assert_eq!(
        first.get_attribute("data-question-id").as_deref(),
        Some("kind")
    );
    let values: Vec<String> = (0..4)
        .map(|i| {
            first
                .query_selector_all("input[type=radio]")
                .unwrap()
                .get(i)
                .unwrap()
                .dyn_into::<web_sys::HtmlInputElement>()
                .unwrap()
                .value()
        })
        .collect();
    assert_eq!(
        values,
        ["system", "service", "information_product", "survey"]
    );
    assert_eq!(
        text_of(&root, "[data-testid=procurement-incomplete]"),
        "Answer the questions above to see the requirements."
    );
    assert!(
        root.query_selector("[data-testid=procurement-back]")
            .unwrap()
            .is_none()
    );
    view.destroy();
    settle().await;
    assert_eq!(root.child_element_count(), 0, "{}", root.inner_html());
}
