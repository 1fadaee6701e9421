//! `datalots procurement` end to end: the binary, answer files, exit codes, every
//! format; the Word and Excel files opened by independent readers (python-docx and
//! openpyxl, with the interpreter `common::python` finds: `DATALOTS_PYTHON` or the venv
//! `cargo xtask test` installs, else a failure unless `DATALOTS_SKIP_PYTHON=1`); and LibreOffice
//! converting the Word file to PDF when `soffice` is installed (skipped visibly
//! otherwise).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

// `datalots ARGS` with what a person types at the questions.
use common::datalots_typed as datalots;

use serde_json::Value;

const SYSTEM: &str = "tests/fixtures/answers/procurement-system.json";
const INCOMPLETE: &str = "tests/fixtures/answers/procurement-incomplete.json";

fn tmp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli_procurement");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn selection(args: &[&str]) -> Value {
    let mut all = vec!["procurement", "--format", "json"];
    all.extend_from_slice(args);
    let out = datalots(&all, "");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// (id, text) of every included requirement, in one language.
fn requirements(sel: &Value, lang: &str) -> Vec<(String, String)> {
    sel["areas"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["requirements"].as_array().unwrap())
        .filter(|r| r["included"] == true)
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["text"][lang].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn area_headings(sel: &Value, lang: &str) -> Vec<String> {
    sel["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| format!("{}. {}", a["number"], a["title"][lang].as_str().unwrap()))
        .collect()
}

#[test]
fn markdown_has_the_seven_areas_and_the_filled_requirements() {
    let out = datalots(&["procurement", "--answers", SYSTEM], "");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    let sel = selection(&["--answers", SYSTEM]);
    for h in area_headings(&sel, "sv") {
        assert!(md.contains(&format!("## {h}\n")), "{h}");
    }
    assert!(md.contains("### D7-01 Förvarning om förändringar"), "{md}");
    assert!(md.contains("minst 6 månader i förväg"), "{md}");
    assert!(!md.contains('{'), "a placeholder was left: {md}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("krav i 7 områden"), "{stderr}");
}

#[test]
fn csv_is_utf8_with_bom_and_semicolons_one_row_per_requirement() {
    let out = datalots(
        &[
            "procurement",
            "--answers",
            SYSTEM,
            "--format",
            "csv",
            "--lang",
            "en",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    let bytes = out.stdout;
    assert!(bytes.starts_with(b"\xef\xbb\xbfID;Area;Consideration;Kind;Title;Requirement;"));
    let text = String::from_utf8(bytes).unwrap();
    let sel = selection(&["--answers", SYSTEM]);
    let reqs = requirements(&sel, "en");
    assert_eq!(text.matches("\r\n").count(), reqs.len() + 1);
    for (id, _) in &reqs {
        assert!(text.contains(&format!("\r\n{id};")), "{id}");
    }
}

#[test]
fn a_saved_selection_is_read_back_with_its_edits() {
    let mut sel = selection(&["--answers", SYSTEM]);
    let reqs = sel["areas"][0]["requirements"].as_array_mut().unwrap();
    reqs[0]["included"] = Value::Bool(false);
    reqs[1]["text"]["sv"] = Value::String("Egen kravtext: Åsa och Örjan äger datan.".into());
    let path = tmp("edited.json");
    std::fs::write(&path, serde_json::to_string(&sel).unwrap()).unwrap();
    let out = datalots(&["procurement", "--answers", path.to_str().unwrap()], "");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(!md.contains("D1-01"), "switched off");
    assert!(md.contains("Egen kravtext: Åsa och Örjan äger datan."));
}

#[test]
fn a_missing_answer_exits_1_naming_the_question() {
    let out = datalots(&["procurement", "--answers", INCOMPLETE], "");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("«publishes_online»"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn unreadable_input_exits_2_with_file_line_and_column() {
    let out = datalots(
        &[
            "procurement",
            "--answers",
            "tests/fixtures/answers/procurement-broken.json",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("procurement-broken.json") && err.contains("rad 3, kolumn"),
        "{err}"
    );
    let out = datalots(&["procurement", "--format", "pdf"], "");
    assert_eq!(out.status.code(), Some(2));
    // Licence answers are not procurement answers: the unknown key is named.
    let out = datalots(
        &[
            "procurement",
            "--answers",
            "tests/fixtures/answers/open-facts.json",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("confidential"));
}

#[test]
fn without_answers_the_questions_are_asked() {
    let typed = "4\nÖvre Exempelby kommun\nnej\nja\nnej\nnej\n2\n";
    let out = datalots(&["procurement", "--format", "json"], typed);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let asked = String::from_utf8_lossy(&out.stderr);
    assert!(asked.contains("Vad ska ni upphandla?"), "{asked}");
    assert!(
        !asked.contains("Hur många år"),
        "one-off: no contract length"
    );
    let sel: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sel["answers"]["kind"], "survey");
    assert_eq!(sel["answers"]["licence"], "CC-BY-4.0");
    let ids: Vec<_> = requirements(&sel, "sv")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert!(
        ids.contains(&"D1-11".to_owned()),
        "CC BY attribution: {ids:?}"
    );
    assert!(ids.contains(&"D2-07".to_owned()), "personal data: {ids:?}");
}

fn read_office(python: &Path, file: &Path) -> Value {
    let out = common::python_script(python, "read_office.py", &[file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Writes the requirements as `format` in `lang` to a file of the calling test's own
/// (`test`): tests run in parallel, and two writing one path removed each other's file.
fn write(format: &str, lang: &str, test: &str) -> PathBuf {
    let path = tmp(&format!("krav-{test}-{lang}.{format}"));
    let _ = std::fs::remove_file(&path);
    let out = datalots(
        &[
            "procurement",
            "--answers",
            SYSTEM,
            "--lang",
            lang,
            "--out",
            path.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    path
}

#[test]
fn the_word_file_opens_in_python_docx_with_every_area_and_requirement() {
    let docx_sv = write("docx", "sv", "python-docx");
    let docx_en = write("docx", "en", "python-docx");
    assert!(std::fs::read(&docx_sv).unwrap().starts_with(b"PK"));
    let Some(python) = common::python(module_path!(), "python-docx and openpyxl") else {
        return;
    };
    let sel = selection(&["--answers", SYSTEM]);
    for (path, lang) in [(docx_sv, "sv"), (docx_en, "en")] {
        let doc = read_office(&python, &path);
        let paras = doc["paragraphs"].as_array().unwrap();
        let styled = |style: &str| -> Vec<String> {
            paras
                .iter()
                .filter(|p| p["style"] == style)
                .map(|p| p["text"].as_str().unwrap().to_owned())
                .collect()
        };
        let h1 = styled("Heading 1");
        for h in area_headings(&sel, lang) {
            assert!(h1.contains(&h), "{lang}: no heading «{h}» in {h1:?}");
        }
        assert_eq!(styled("Title").len(), 1);
        let all: Vec<&str> = paras.iter().map(|p| p["text"].as_str().unwrap()).collect();
        let h2 = styled("Heading 2");
        for (id, text) in requirements(&sel, lang) {
            assert!(h2.iter().any(|h| h.starts_with(&format!("{id} "))), "{id}");
            assert!(
                all.iter().any(|p| p.ends_with(&text)),
                "{lang} {id}: «{text}» missing"
            );
        }
        if lang == "sv" {
            assert!(
                all.iter()
                    .any(|p| p.contains("Rätten till information ska säkras"))
            );
            assert!(all.iter().any(|p| p.contains("Exempelby kommun")));
            assert!(all.iter().any(|p| p.contains("Särskilt kontraktsvillkor")));
        }
    }
}

#[test]
fn the_excel_file_opens_in_openpyxl_as_an_answer_sheet() {
    let xlsx = write("xlsx", "sv", "openpyxl");
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    let Some(python) = common::python(module_path!(), "python-docx and openpyxl") else {
        return;
    };
    let sel = selection(&["--answers", SYSTEM]);
    let book = read_office(&python, &xlsx);
    let rows = book["sheets"]["Krav"].as_array().unwrap();
    let head: Vec<&str> = rows[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(
        &head[..6],
        ["ID", "Område", "Hänsyn", "Kravtyp", "Rubrik", "Kravtext"]
    );
    assert_eq!(head.last(), Some(&"Kommentar / bilaga"));
    let reqs = requirements(&sel, "sv");
    assert_eq!(rows.len(), reqs.len() + 1);
    for ((id, text), row) in reqs.iter().zip(&rows[1..]) {
        assert_eq!(row[0], id.as_str());
        assert_eq!(row[5], text.as_str(), "{id}");
    }
    assert!(
        rows[1][1]
            .as_str()
            .unwrap()
            .starts_with("1. Rätten till information ska säkras")
    );
    let answers = book["sheets"]["Svar"].as_array().unwrap();
    assert!(answers.iter().any(|r| r[1] == "Exempelby kommun"));
    assert!(
        answers
            .iter()
            .any(|r| r[0].as_str().unwrap().contains("månaders förvarning") && r[1] == "6")
    );
}

#[test]
fn libreoffice_converts_the_word_file_to_pdf_when_installed() {
    let soffice = ["soffice", "libreoffice"].into_iter().find(|p| {
        // On the PATH: looked up rather than started, so nothing runs without a deadline.
        std::env::var_os("PATH")
            .is_some_and(|path| std::env::split_paths(&path).any(|d| d.join(p).is_file()))
    });
    let Some(soffice) = soffice else {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    let docx = write("docx", "sv", "libreoffice");
    let dir = tmp("pdf");
    let _ = std::fs::remove_dir_all(&dir);
    let profile = tmp("lo-profile");
    let out = common::run(
        Command::new(soffice)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&docx),
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = std::fs::read(dir.join("krav-libreoffice-sv.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
}
