//! `datalots licence` end to end: the binary, answer files, exit codes, JSON.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use std::process::Output;

// `datalots ARGS` with what a person types at the questions.
use common::datalots_typed as datalots;

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn an_answers_file_gives_cc0_as_json() {
    let out = datalots(
        &[
            "licence",
            "--answers",
            "tests/fixtures/answers/open-facts.json",
            "--json",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["outcome"], "licence");
    assert_eq!(v["licence"]["id"], "CC0-1.0");
    assert_eq!(
        v["licence"]["uri"],
        "http://creativecommons.org/publicdomain/zero/1.0/"
    );
    assert_eq!(
        v["licence"]["eu_uri"],
        "http://publications.europa.eu/resource/authority/licence/CC0"
    );
    assert_eq!(
        v["access_rights"],
        "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
    );
    assert_eq!(v["open_data"], true);
    assert_eq!(v["reasons"][0]["id"], "facts_not_protected");
    assert_eq!(v["attribution"], serde_json::Value::Null);
}

#[test]
fn cc_by_comes_with_an_attribution_text() {
    let out = datalots(
        &[
            "licence",
            "--answers",
            "tests/fixtures/answers/attribution.json",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("http://creativecommons.org/licenses/by/4.0/"),
        "{text}"
    );
    assert!(
        text.contains("Källa: Exempelby kommun, «Badplatser 2024». Licens: CC BY 4.0"),
        "{text}"
    );
}

#[test]
fn personal_data_stops_with_exit_1() {
    let out = datalots(
        &[
            "licence",
            "--answers",
            "tests/fixtures/answers/personal-data.json",
            "--json",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["outcome"], "stop");
    assert_eq!(v["licence"], serde_json::Value::Null);
    assert_eq!(v["reasons"][0]["id"], "personal_data");
}

#[test]
fn broken_answers_name_file_line_and_column_with_exit_2() {
    let out = datalots(
        &["licence", "--answers", "tests/fixtures/answers/broken.json"],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.json"), "{err}");
    assert!(err.contains("rad 3, kolumn"), "{err}");
    assert!(err.contains("line 3, column"), "{err}");
    assert!(out.stdout.is_empty());

    let missing = datalots(
        &["licence", "--answers", "tests/fixtures/answers/nope.json"],
        "",
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nope.json"));
}

#[test]
fn without_answers_the_questions_are_asked_on_the_terminal() {
    let out = datalots(&["licence", "--json"], "nej\nnej\nnej\nnej\nCC-BY-4.0\n1\n");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let asked = String::from_utf8_lossy(&out.stderr);
    assert!(
        asked.contains("Vilka villkor gäller för det material som kommer från andra?"),
        "{asked}"
    );
    assert!(
        !asked.contains("Består filen bara av fakta"),
        "a decided question is skipped"
    );
    let v = json(&out);
    assert_eq!(v["licence"]["id"], "CC-BY-4.0");
    assert_eq!(v["reasons"][0]["id"], "attribution_input");
}

#[test]
fn input_that_ends_early_is_an_error() {
    let out = datalots(&["licence"], "nej\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("personal_data"));
}
