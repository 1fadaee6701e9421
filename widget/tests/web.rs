//! The widget in a real browser (headless Chromium through `wasm-bindgen-test-runner`).
//!
//! Run by `cargo xtask test`; by hand:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p datalots-widget --target wasm32-unknown-unknown`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

mod browser;
use browser::{fresh_root, settle, text_of};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn mounts_swedish_by_default_with_a_labelled_file_input() {
    let root = fresh_root();
    datalots_widget::mount(root.clone(), String::new());
    settle().await;

    assert_eq!(
        text_of(&root, "[data-testid=heading]"),
        "Beskriv och publicera öppna data"
    );
    let section = root.query_selector("section").unwrap().unwrap();
    assert_eq!(section.get_attribute("lang").as_deref(), Some("sv"));

    let input = root
        .query_selector("[data-testid=file-input]")
        .unwrap()
        .unwrap();
    assert_eq!(input.get_attribute("type").as_deref(), Some("file"));
    let id = input.id();
    let label = root
        .query_selector(&format!("label[for='{id}']"))
        .unwrap()
        .expect("the file input has a label");
    assert_eq!(label.text_content().unwrap(), "Välj en CSV-fil");
    assert_eq!(
        text_of(&root, "[data-testid=file-status]"),
        "Ingen fil vald ännu."
    );
}

#[wasm_bindgen_test]
async fn the_language_switch_turns_everything_english_and_back() {
    let root = fresh_root();
    datalots_widget::mount(root.clone(), "sv".into());
    settle().await;

    let button: HtmlElement = root
        .query_selector("[data-testid=lang-toggle]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(button.get_attribute("lang").as_deref(), Some("en"));
    button.click();
    settle().await;

    assert_eq!(
        text_of(&root, "[data-testid=heading]"),
        "Describe and publish open data"
    );
    assert_eq!(text_of(&root, "label"), "Choose a CSV file");
    let section = root.query_selector("section").unwrap().unwrap();
    assert_eq!(section.get_attribute("lang").as_deref(), Some("en"));

    button.click();
    settle().await;
    assert_eq!(text_of(&root, "label"), "Välj en CSV-fil");
}

#[wasm_bindgen_test]
async fn data_lang_en_starts_in_english() {
    let root = fresh_root();
    datalots_widget::mount(root.clone(), "en-GB".into());
    settle().await;
    assert_eq!(text_of(&root, "[data-testid=lang-toggle]"), "På svenska");
}
