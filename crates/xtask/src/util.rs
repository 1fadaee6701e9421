//! Running commands and reporting failures.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why an xtask command stopped: a message for the person at the terminal.
#[derive(Debug)]
pub struct Failure(String);

impl Failure {
    pub fn new(message: impl Into<String>) -> Failure {
        Failure(message.into())
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The workspace root (two levels above this crate).
pub fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| manifest.to_path_buf())
}

/// The `cargo` that runs us, so that the same toolchain builds everything.
pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

/// Prints a step heading.
pub fn step(what: &str) {
    println!("\n==> {what}");
}

/// Runs `cmd`, printing it first; a non-zero exit becomes a [`Failure`] naming `what`.
pub fn run(cmd: &mut Command, what: &str) -> Result<(), Failure> {
    println!("    $ {}", show(cmd));
    let status = cmd
        .status()
        .map_err(|e| Failure::new(format!("{what}: could not start `{}`: {e}", show(cmd))))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "{what} failed ({status}): `{}`",
            show(cmd)
        )))
    }
}

/// Runs `cmd` quietly and returns its standard output, or `None` when it cannot run
/// or fails.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn show(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}
