//! What the CLI tests share.

use std::path::{Path, PathBuf};

/// The Python that runs the independent checkers (rdflib, frictionless, csvw,
/// python-docx, openpyxl, the `csv` module): `DATALOTS_PYTHON`, else the venv
/// `cargo xtask test` installs (`target/tools/venv`). Without either the test fails — a
/// missing tool is not a pass — unless `DATALOTS_SKIP_PYTHON=1` opts out; the skip is
/// then written straight to the terminal, past the test harness's output capture, so it
/// shows in the summary of a passing run. `needs` names the packages, for the message.
#[allow(dead_code)] // each test binary uses its own part of this module
pub fn python(test: &str, needs: &str) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DATALOTS_PYTHON") {
        return Some(PathBuf::from(p));
    }
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../tools/venv/bin/python");
    if venv.exists() {
        return Some(venv);
    }
    if std::env::var_os("DATALOTS_SKIP_PYTHON").is_some_and(|v| v == "1") {
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED {test}: DATALOTS_SKIP_PYTHON=1 (no Python with {needs})"
        );
        return None;
    }
    panic!(
        "{test} needs a Python with {needs}: run `cargo xtask test`, or set \
         DATALOTS_PYTHON to one, or DATALOTS_SKIP_PYTHON=1 to skip this check knowingly"
    )
}

/// Runs `cmd` with `stdin` typed into it (what a person answers at the terminal's
/// questions) and returns its output.
#[allow(dead_code)] // each test binary uses its own part of this module
pub fn typed_into(cmd: &mut std::process::Command, stdin: &str) -> std::process::Output {
    use std::io::Write as _;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the datalots binary starts");
    child
        .stdin
        .take()
        .expect("a piped stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin written");
    child.wait_with_output().expect("the datalots binary ends")
}
