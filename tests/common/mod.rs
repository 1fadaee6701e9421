//! What the CLI tests share: running `datalots` (and every other child process) under
//! a deadline, scratch folders, and the Python the independent checkers run with.
#![allow(dead_code)] // each test binary uses its own part of this module

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a child process may run: far beyond what any of them takes (the slowest,
/// rdflib reading a catalogue, takes seconds), so only a hang reaches it — and then
/// the test fails with what the process printed, instead of stalling the run.
pub const DEADLINE: Duration = Duration::from_secs(120);

/// The repository's root (where the tests' relative paths start).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `datalots ARGS`, run in the repository's root with nothing on standard input.
pub fn datalots(args: &[&str]) -> Output {
    datalots_typed(args, "")
}

/// `datalots ARGS` with `stdin` typed into it (what a person answers at the terminal's
/// questions), run in the repository's root.
pub fn datalots_typed(args: &[&str], stdin: &str) -> Output {
    run(
        Command::new(env!("CARGO_BIN_EXE_datalots"))
            .args(args)
            .current_dir(root()),
        stdin,
    )
}

/// Runs `cmd` with `stdin` typed into it and returns its output; a process still
/// running at [`DEADLINE`] is killed and the test fails with what it printed.
pub fn run(cmd: &mut Command, stdin: &str) -> Output {
    run_until(cmd, stdin, DEADLINE)
}

/// [`run`] with another deadline.
pub fn run_until(cmd: &mut Command, stdin: &str, deadline: Duration) -> Output {
    let shown = format!("{cmd:?}");
    // Its own process group, so that at the deadline the processes it started go too
    // (they would hold its output open).
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut *cmd, 0);
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{shown} does not start: {e}"));
    // Each pipe on a thread of its own, so that a full one never blocks the others;
    // what arrives is kept where the test can read it even if a pipe never closes.
    let typed = stdin.as_bytes().to_vec();
    let mut input = child.stdin.take().expect("a piped stdin");
    std::thread::spawn(move || {
        // A process that exits without reading all of it closes the pipe: not an error.
        let _ = input.write_all(&typed);
    });
    let read = |mut pipe: Box<dyn Read + Send>| {
        let got = Arc::new(Mutex::new(Vec::new()));
        let into = Arc::clone(&got);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n @ 1..) = pipe.read(&mut buf) {
                into.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .extend_from_slice(&buf[..n]);
            }
        });
        (got, reader)
    };
    let (stdout, out_reader) = read(Box::new(child.stdout.take().expect("a piped stdout")));
    let (stderr, err_reader) = read(Box::new(child.stderr.take().expect("a piped stderr")));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Ok(None) => {
                stop(&mut child);
                break None;
            }
            Err(e) => panic!("{shown}: {e}"),
        }
    };
    let taken = |got: Arc<Mutex<Vec<u8>>>| {
        std::mem::take(&mut *got.lock().unwrap_or_else(|e| e.into_inner()))
    };
    match status {
        Some(status) => {
            // Ended: its pipes close (unless a process it left behind holds them).
            for reader in [out_reader, err_reader] {
                let waited = Instant::now();
                while !reader.is_finished() && waited.elapsed() < Duration::from_secs(10) {
                    std::thread::sleep(Duration::from_millis(10));
                }
            }
            Output {
                status,
                stdout: taken(stdout),
                stderr: taken(stderr),
            }
        }
        None => panic!(
            "{shown} ran longer than {:.1} s and was stopped\n--- stdout\n{}\n--- stderr\n{}",
            deadline.as_secs_f64(),
            String::from_utf8_lossy(&taken(stdout)),
            String::from_utf8_lossy(&taken(stderr))
        ),
    }
}

/// Stops a child at its deadline: its whole process group where there is one.
fn stop(child: &mut Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh, empty folder for one test: `GROUP/NAME` under the tests' scratch space.
pub fn scratch(group: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(group)
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// The Python that runs the independent checkers (rdflib, frictionless, csvw,
/// python-docx, openpyxl, the `csv` module): `DATALOTS_PYTHON`, else the venv
/// `cargo xtask test` installs (`target/tools/venv`). Without either the test fails — a
/// missing tool is not a pass — unless `DATALOTS_SKIP_PYTHON=1` opts out; the skip is
/// then written straight to the terminal, past the test harness's output capture, so it
/// shows in the summary of a passing run. `needs` names the packages, for the message.
pub fn python(test: &str, needs: &str) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DATALOTS_PYTHON") {
        return Some(PathBuf::from(p));
    }
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../tools/venv/bin/python");
    if venv.exists() {
        return Some(venv);
    }
    if std::env::var_os("DATALOTS_SKIP_PYTHON").is_some_and(|v| v == "1") {
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

/// `python tests/python/SCRIPT ARGS…` under the deadline.
pub fn python_script(python: &Path, script: &str, args: &[&str]) -> Output {
    run(
        Command::new(python)
            .arg(root().join("tests/python").join(script))
            .args(args),
        "",
    )
}

/// A Windows-1252 file whose first byte outside ASCII comes after 800 KB (as
/// Socialstyrelsen's indicator list): ASCII rows, then `rows` rows with å, ä and ö
/// in Windows-1252. Returns the bytes and the text as it should read.
#[allow(dead_code)] // not every test binary uses it
pub fn late_windows_1252(rows: usize) -> (Vec<u8>, String) {
    let mut text = String::from("indikator;kommun;varde\r\n");
    let mut i = 0;
    while text.len() < 800 * 1024 {
        text.push_str(&format!("Indikator {i};Kiruna;{},5\r\n", i % 97));
        i += 1;
    }
    let places = ["Umeå", "Västerås", "Örebro", "Härnösand", "Åre"];
    for r in 0..rows {
        text.push_str(&format!(
            "Väntetid i {} dagar;{};{},25\r\n",
            r % 7,
            places[r % places.len()],
            r % 13
        ));
    }
    let bytes = text
        .chars()
        .map(|c| match c {
            'å' => 0xe5,
            'ä' => 0xe4,
            'ö' => 0xf6,
            'Å' => 0xc5,
            'Ä' => 0xc4,
            'Ö' => 0xd6,
            c if c.is_ascii() => c as u8,
            c => panic!("{c} is not in the fixture's alphabet"),
        })
        .collect();
    (bytes, text)
}
