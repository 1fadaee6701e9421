//! Every command the README shows works as written.
//!
//! The test reads the `sh` blocks of `README.md`, joins continued lines, and runs each
//! `cargo run [--release] -- ARGS` line as `datalots ARGS`, in order, in a scratch
//! folder that holds what a reader would have at hand: `befolkning.csv`, `kommun.toml`,
//! `svar.json`, an old catalogue `gammal.rdf`, the answers under `tests/fixtures/`, and
//! the completion folders under `~`. A command that fails, or a command in an `sh`
//! block this test does not know how to run, fails the test; so a README edit is
//! checked the next time the tests run. (`cargo xtask …` lines are the test run itself.)
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// One command line of a README block, split into words as `sh` would.
#[derive(Debug, PartialEq)]
struct Line {
    /// The README line number where the command starts.
    at: usize,
    words: Vec<String>,
    /// `> FILE`: where standard output goes.
    stdout_to: Option<String>,
}

/// The `sh` blocks' command lines: continuation lines joined, comments dropped.
fn command_lines(readme: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut in_sh = false;
    let mut pending: Option<(usize, String)> = None;
    for (i, text) in readme.lines().enumerate() {
        let trimmed = text.trim_start();
        if trimmed.starts_with("```") {
            in_sh = !in_sh && trimmed == "```sh";
            assert!(
                pending.is_none(),
                "README.md:{}: a `\\` ends the block",
                i + 1
            );
            continue;
        }
        if !in_sh || trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let (at, mut joined) = pending.take().unwrap_or((i + 1, String::new()));
        let body = strip_comment(text);
        if let Some(cont) = body.trim_end().strip_suffix('\\') {
            joined.push_str(cont);
            joined.push(' ');
            pending = Some((at, joined));
            continue;
        }
        joined.push_str(&body);
        lines.push(split(at, &joined));
    }
    lines
}

/// The line without an unquoted `#` comment.
fn strip_comment(text: &str) -> String {
    let (mut single, mut double) = (false, false);
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && prev.is_whitespace() => return text[..i].to_owned(),
            _ => {}
        }
        prev = c;
    }
    text.to_owned()
}

/// Splits into words with `'…'` and `"…"` quoting; `>` takes the next word as the file
/// standard output goes to.
fn split(at: usize, text: &str) -> Line {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let (mut single, mut double) = (false, false);
    for c in text.chars() {
        match c {
            '\'' if !double => {
                single = !single;
                word.get_or_insert_with(String::new);
            }
            '"' if !single => {
                double = !double;
                word.get_or_insert_with(String::new);
            }
            c if c.is_whitespace() && !single && !double => {
                if let Some(w) = word.take() {
                    words.push(w);
                }
            }
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    assert!(!single && !double, "README.md:{at}: an unclosed quote");
    words.extend(word);
    let mut stdout_to = None;
    if let Some(i) = words.iter().position(|w| w == ">") {
        assert_eq!(
            i + 2,
            words.len(),
            "README.md:{at}: `>` FILE must end the line"
        );
        stdout_to = words.pop();
        words.pop();
    }
    Line {
        at,
        words,
        stdout_to,
    }
}

/// What a reader has at hand when they follow the README.
fn scratch() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("readme");
    let _ = std::fs::remove_dir_all(&dir);
    for sub in [
        "home/.local/share/bash-completion/completions",
        "home/.zfunc",
        "home/.config/fish/completions",
        "tests/fixtures/answers",
    ] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    let copy = |from: &str, to: &str| {
        std::fs::copy(root.join(from), dir.join(to))
            .unwrap_or_else(|e| panic!("{from} → {to}: {e}"));
    };
    copy("tests/fixtures/csv/befolkning_2024.csv", "befolkning.csv");
    copy("tests/fixtures/publisher/exempelby.toml", "kommun.toml");
    copy("tests/fixtures/answers/open-facts.json", "svar.json");
    // The second file the README adds to the catalogue.
    std::fs::write(
        dir.join("skolor.csv"),
        "skola;kommunkod;elever;andel_behöriga\r\nVäsbyskolan;0114;312;91,5\r\n\
         Runby skola;0114;287;88,0\r\nEdsbergs skola;0114;198;93,2\r\n",
    )
    .unwrap();
    // A DCAT-AP-SE 2.x catalogue, for `catalog upgrade` and `catalog list --recover`.
    copy(
        "tests/fixtures/catalogs/dcat-ap-se-rekommenderat.rdf",
        "gammal.rdf",
    );
    copy(
        "tests/fixtures/answers/procurement-system.json",
        "tests/fixtures/answers/procurement-system.json",
    );
    dir
}

/// What a person types at the questions the interactive commands ask.
fn typed(args: &[String]) -> &'static str {
    match args.first().map(String::as_str) {
        // Not confidential, no personal data, not high-value, own content, facts only,
        // no conditions.
        Some("licence") => "nej\nnej\nnej\nja\nja\n1\n",
        // A system, the buyer's name, and no to the rest.
        Some("procurement") => "1\nExempelby kommun\nja\nnej\nnej\nnej\n",
        _ => "",
    }
}

/// The exit code a README command ends with, and why when it is not 0. The README
/// says: "0 when the result has no violations, 1 when it has some".
fn expected_exit(args: &[String]) -> (i32, &'static str) {
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["catalog", "list", "gammal.rdf", ..] => (
            1,
            "gammal.rdf is a DCAT-AP-SE 2.x catalogue: it has violations under 3.0.1 until \
             upgraded, and `catalog list` says so with exit 1",
        ),
        _ => (0, ""),
    }
}

#[test]
fn every_command_of_the_readme_works_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let lines = command_lines(&readme);
    let dir = scratch();
    let home = dir.join("home");
    let mut ran = Vec::new();
    for line in &lines {
        let args: Vec<String> = match line.words.iter().map(String::as_str).collect::<Vec<_>>()[..]
        {
            ["cargo", "xtask", ..] => continue,
            ["cargo", "run", "--release", "--", ..] => line.words[4..].to_vec(),
            ["cargo", "run", "--", ..] => line.words[3..].to_vec(),
            _ => panic!(
                "README.md:{}: this test does not know how to run `{}`; teach it, so that \
                 the command is checked",
                line.at,
                line.words.join(" ")
            ),
        };
        let args: Vec<String> = args
            .into_iter()
            .map(|a| match a.strip_prefix("~/") {
                Some(rest) => home.join(rest).to_string_lossy().into_owned(),
                None => a,
            })
            .collect();
        let out = common::run(
            Command::new(env!("CARGO_BIN_EXE_datalots"))
                .args(&args)
                .current_dir(&dir)
                .env("HOME", &home),
            typed(&args),
        );
        let shown = format!(
            "README.md:{}: `datalots {}` exited with {:?}\n--- stdout\n{}\n--- stderr\n{}",
            line.at,
            args.join(" "),
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        match expected_exit(&args) {
            (0, _) => assert_eq!(out.status.code(), Some(0), "{shown}"),
            (code, why) => {
                assert_eq!(out.status.code(), Some(code), "{why}\n{shown}");
                assert!(
                    String::from_utf8_lossy(&out.stdout).contains(" violations"),
                    "exit {code} is explained on the terminal\n{shown}"
                );
            }
        }
        if let Some(to) = &line.stdout_to {
            let to = match to.strip_prefix("~/") {
                Some(rest) => home.join(rest),
                None => dir.join(to),
            };
            std::fs::write(&to, &out.stdout).unwrap();
        }
        ran.push(args.first().cloned().unwrap_or_default());
    }
    // The README's walk, checked by what it leaves behind.
    for (file, starts) in [
        ("publicera/katalog.rdf", "<?xml"),
        ("befolkning-utf8.csv", ""),
        ("krav.json", "{"),
    ] {
        let text = std::fs::read_to_string(dir.join(file))
            .unwrap_or_else(|e| panic!("{file} was not written: {e}"));
        assert!(
            text.starts_with(starts) && !text.is_empty(),
            "{file}: {text:.200}"
        );
    }
    for file in ["krav.docx", "krav.xlsx"] {
        let bytes = std::fs::read(dir.join(file)).unwrap();
        assert!(bytes.starts_with(b"PK"), "{file} is a zip (OOXML)");
    }
    let bash =
        std::fs::read_to_string(home.join(".local/share/bash-completion/completions/datalots"))
            .unwrap();
    assert!(bash.contains("datalots"), "the bash completions");
    // Every kind of command the README teaches ran.
    for command in [
        "profile",
        "normalize",
        "licence",
        "describe",
        "validate",
        "completions",
        "catalog",
        "procurement",
    ] {
        assert!(
            ran.iter().any(|c| c == command),
            "the README shows no `{command}`: {ran:?}"
        );
    }
}

#[test]
fn the_readme_parser_reads_quotes_comments_continuations_and_redirects() {
    let text = "x\n```sh\ncargo run -- profile a.csv --delimiter ';'   # comment ' quote\n\
                cargo run -- describe \"b c.csv\" \\\n    --out d#e.rdf   # continued\n\
                # a whole comment line\ncargo run -- completions zsh > ~/.zfunc/_d\n```\n\
                ```\nnot sh\n```\n";
    let lines = command_lines(text);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0].at, 3);
    assert_eq!(
        lines[0].words[3..],
        ["profile", "a.csv", "--delimiter", ";"]
    );
    assert_eq!(
        lines[1].words[3..],
        ["describe", "b c.csv", "--out", "d#e.rdf"]
    );
    assert_eq!(lines[2].words[3..], ["completions", "zsh"]);
    assert_eq!(lines[2].stdout_to.as_deref(), Some("~/.zfunc/_d"));
}
