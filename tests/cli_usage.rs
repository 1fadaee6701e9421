//! The command line itself: help per command, "did you mean", bilingual usage errors
//! with exit code 2, shell completions.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod common;

use std::process::{Command, Output};
use std::time::{Duration, Instant};

use common::{datalots, stderr};

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn every_command_has_its_own_help_in_both_languages() {
    for (command, expected) in [
        ("licence", "--answers <SVAR.json>"),
        ("profile", "<FIL.csv>"),
        ("validate", "--format <FORMAT>"),
        ("describe", "--publisher <ORG.toml>"),
        ("completions", "<SHELL>"),
    ] {
        let out = datalots(&[command, "--help"]);
        assert_eq!(out.status.code(), Some(0), "{command}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains(&format!("Användning / usage: datalots {command}")),
            "{text}"
        );
        assert!(text.contains(expected), "{command}: {text}");
        assert!(text.contains("Visa hjälp / show help"), "{command}: {text}");
    }
    for (sub, expected) in [
        ("list", "--json"),
        ("remove", "<IRI>"),
        ("upgrade", "--set-format <IRI=MEDIETYP>"),
    ] {
        let out = datalots(&["catalog", sub, "--help"]);
        assert_eq!(out.status.code(), Some(0), "{sub}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains(&format!("Användning / usage: datalots catalog {sub}")),
            "{text}"
        );
        assert!(
            text.contains(expected) && text.contains("--recover"),
            "{sub}: {text}"
        );
    }
    let out = datalots(&["catalog", "lsit", "k.rdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("«list»"), "{}", stderr(&out));
    let out = datalots(&["describe", "x.csv", "--update", "--answers", "a.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--catalog"), "{}", stderr(&out));

    let out = datalots(&[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("Kommandon / commands"),
        "{}",
        stdout(&out)
    );
    let out = datalots(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out).trim(),
        format!("datalots {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_mistyped_command_or_option_gets_a_suggestion_and_exit_2() {
    let out = datalots(&["valdate", "x.rdf"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("okänt kommando «valdate»"), "{err}");
    assert!(err.contains("unknown command «valdate»"), "{err}");
    assert!(
        err.contains("did you mean «validera» or «validate»?"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let out = datalots(&[
        "describe",
        "x.csv",
        "--publisher",
        "p.toml",
        "--answer",
        "a.json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("okänd flagga «--answer»"), "{err}");
    assert!(err.contains("menade du «--answers»?"), "{err}");

    let out = datalots(&["describe", "x.csv", "--answers", "a.json"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("--publisher <ORG.toml> saknas"), "{err}");
    assert!(err.contains("--publisher <ORG.toml> is missing"), "{err}");
}

#[test]
fn completions_for_bash_zsh_and_fish() {
    for shell in ["bash", "zsh", "fish"] {
        let out = datalots(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains("datalots"), "{shell}");
        assert!(script.contains("publisher"), "{shell}: describe's options");
        assert!(script.contains("validate"), "{shell}");
    }
    let out = datalots(&["completions", "powershel"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("ogiltigt värde «powershel»"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_process_that_hangs_is_stopped_at_the_deadline_with_what_it_printed() {
    // Not the real deadline (that would hold the run 120 s): the same loop, shortened,
    // on a process that would sleep for an hour.
    let started = Instant::now();
    let result = std::panic::catch_unwind(|| {
        common::run_until(
            Command::new("sh").args(["-c", "echo started; sleep 3600; echo $((40 + 2))"]),
            "",
            Duration::from_secs(2),
        )
    });
    let message = result
        .err()
        .and_then(|e| e.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    assert!(
        message.contains("was stopped") && message.contains("started"),
        "{message}"
    );
    assert!(started.elapsed() < Duration::from_secs(30));
    assert!(
        !message.contains("\n42\n"),
        "the sleep was stopped, not waited for"
    );
}
