//! `cargo xtask fuzz [--seconds N] [TARGET…]`: the `cargo fuzz` targets in `fuzz/`, one
//! after another, each for N seconds, with a summary of executions per target.
//!
//! Runs on the pinned nightly toolchain ([`install::NIGHTLY`]: libFuzzer and the
//! sanitizers) and installs it, and `cargo-fuzz` at a pinned version, when missing.
//! New inputs go to `target/fuzz/corpus/TARGET` (`target/fuzz/smoke/TARGET` in the
//! smoke run of `cargo xtask test`, see [`Mode`]; the committed seeds in
//! `fuzz/corpus/TARGET` are read, never written); crashes, timeouts and out-of-memory
//! inputs to `target/fuzz/artifacts/TARGET/`.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::install;
use crate::util::{Failure, output, root, run, step};

/// Every fuzz target in `fuzz/fuzz_targets/`, in the order they run.
pub const TARGETS: &[&str] = &[
    "profile",
    "rdfxml",
    "turtle",
    "jsonld",
    "answers",
    "publisher",
];

/// The cargo-fuzz release `cargo xtask` installs.
const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// Limits for one input: a run longer than this is a timeout, more memory is an
/// out-of-memory failure.
const TIMEOUT_S: u32 = 10;
const RSS_LIMIT_MB: u32 = 1024;

/// A long run (`cargo xtask fuzz`) or the smoke run of `cargo xtask test`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Optimised targets (`cargo fuzz`'s default), adding to the corpus kept in
    /// `target/fuzz/corpus/TARGET` from run to run.
    Long,
    /// Unoptimised targets (`cargo fuzz build --dev`: the same sanitizer, debug
    /// assertions and overflow checks; building takes far longer than the seconds of
    /// fuzzing, and half as long unoptimised), from the seeds alone: new inputs go to
    /// `target/fuzz/smoke/TARGET`, emptied first, so that the run takes as long on a
    /// machine with a large corpus as on a fresh clone.
    Smoke,
}

impl Mode {
    fn build_args(self) -> &'static [&'static str] {
        match self {
            Mode::Long => &[],
            Mode::Smoke => &["--dev"],
        }
    }

    fn shown(self) -> &'static str {
        match self {
            Mode::Long => "",
            Mode::Smoke => " --dev",
        }
    }

    /// The folder new inputs go to (created; emptied first for the smoke run).
    fn corpus(self, target: &str) -> Result<PathBuf, Failure> {
        let dir = match self {
            Mode::Long => root().join("target/fuzz/corpus").join(target),
            Mode::Smoke => {
                let dir = root().join("target/fuzz/smoke").join(target);
                if dir.exists() {
                    std::fs::remove_dir_all(&dir)
                        .map_err(|e| Failure::new(format!("{}: {e}", dir.display())))?;
                }
                dir
            }
        };
        std::fs::create_dir_all(&dir)
            .map_err(|e| Failure::new(format!("{}: {e}", dir.display())))?;
        Ok(dir)
    }
}

/// What one target's run measured.
pub struct Outcome {
    /// The target's name.
    pub target: String,
    /// Wall time in seconds.
    pub seconds: f64,
    /// Inputs executed (libFuzzer's `number_of_executed_units`).
    pub executions: Option<u64>,
    /// The corpus size at the end (libFuzzer's last `corp:` figure).
    pub corpus: Option<String>,
}

/// `cargo +NIGHTLY` for the fuzz targets, building into `target/fuzz/build` (out of
/// the stable build's way, beside it under target/).
fn cargo_nightly() -> Command {
    let mut cmd = install::cargo_nightly();
    cmd.env("CARGO_TARGET_DIR", root().join("target/fuzz/build"));
    cmd
}

/// Makes sure `cargo fuzz` runs (installs cargo-fuzz when it does not).
pub fn cargo_fuzz() -> Result<(), Failure> {
    // `cargo fuzz --version` prints `cargo-fuzz 0.13.2`: the pinned release, no other.
    let works = || {
        output(cargo_nightly().args(["fuzz", "--version"]))
            .is_some_and(|v| v.split_whitespace().nth(1) == Some(CARGO_FUZZ_VERSION))
    };
    if works() {
        return Ok(());
    }
    step(&format!(
        "installing cargo-fuzz {CARGO_FUZZ_VERSION} (cargo install; takes a few minutes once)"
    ));
    run(
        Command::new("cargo").args([
            "install",
            "cargo-fuzz",
            "--locked",
            "--force",
            "--version",
            CARGO_FUZZ_VERSION,
        ]),
        "cargo install cargo-fuzz",
    )
    .map_err(|e| {
        Failure::new(format!(
            "{e}\ninstall it by hand: `cargo install cargo-fuzz --locked --version {CARGO_FUZZ_VERSION}`"
        ))
    })?;
    if works() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "`cargo +{} fuzz --version` still does not report {CARGO_FUZZ_VERSION} after installing it",
            install::NIGHTLY
        )))
    }
}

/// Reads libFuzzer's final statistics from its standard error.
fn parse_stats(stderr: &str) -> (Option<u64>, Option<String>) {
    let executions = stderr.lines().find_map(|l| {
        l.strip_prefix("stat::number_of_executed_units:")
            .and_then(|v| v.trim().parse().ok())
    });
    let corpus = stderr.lines().rev().find_map(|l| {
        let at = l.find(" corp: ")? + 7;
        l[at..].split_whitespace().next().map(str::to_owned)
    });
    (executions, corpus)
}

/// Runs one target for `seconds`; fails with the artifact's path when libFuzzer finds
/// a crash, a timeout or an out-of-memory input.
pub fn run_target(target: &str, seconds: u64, mode: Mode) -> Result<Outcome, Failure> {
    let root = root();
    let corpus = mode.corpus(target)?;
    let artifacts = root.join("target/fuzz/artifacts").join(target);
    std::fs::create_dir_all(&artifacts)
        .map_err(|e| Failure::new(format!("{}: {e}", artifacts.display())))?;
    let seeds = root.join("fuzz/corpus").join(target);
    let mut cmd = cargo_nightly();
    cmd.args(["fuzz", "run"])
        .args(mode.build_args())
        .arg(target)
        .arg(&corpus)
        .arg(&seeds)
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-timeout={TIMEOUT_S}"))
        .arg(format!("-rss_limit_mb={RSS_LIMIT_MB}"))
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        .arg("-print_final_stats=1")
        .stdout(Stdio::inherit())
        .stderr(Stdio::piped());
    println!(
        "    $ cargo +{} fuzz run{} {target} {} {} -- -max_total_time={seconds} …",
        install::NIGHTLY,
        mode.shown(),
        corpus.display(),
        seeds.display()
    );
    let start = Instant::now();
    let out = cmd
        .output()
        .map_err(|e| Failure::new(format!("cannot run cargo +{} fuzz: {e}", install::NIGHTLY)))?;
    let elapsed = start.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let log = root.join("target/fuzz").join(format!("{target}.log"));
    let _ = std::fs::write(&log, stderr.as_bytes());
    let (executions, corpus_size) = parse_stats(&stderr);
    if !out.status.success() {
        let artifact = stderr
            .lines()
            .find_map(|l| l.split("Test unit written to ").nth(1))
            .unwrap_or("(no artifact written)");
        let tail: Vec<&str> = stderr.lines().rev().take(30).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(Failure::new(format!(
            "fuzz target `{target}` failed after {elapsed:.0} s ({})\n{}\n\nthe input: {artifact}\nthe whole log: {}\nreproduce: cargo +{} fuzz run{} {target} {artifact}",
            out.status,
            tail.join("\n"),
            log.display(),
            install::NIGHTLY,
            mode.shown()
        )));
    }
    Ok(Outcome {
        target: target.to_owned(),
        seconds: elapsed,
        executions,
        corpus: corpus_size,
    })
}

/// Runs `targets` (all when empty) one after another, `seconds` each, and prints and
/// writes (`target/fuzz/summary.md`) a table of what ran.
pub fn fuzz(seconds: u64, targets: &[String], mode: Mode) -> Result<(), Failure> {
    install::nightly()?;
    cargo_fuzz()?;
    let chosen: Vec<&str> = if targets.is_empty() {
        TARGETS.to_vec()
    } else {
        for t in targets {
            if !TARGETS.contains(&t.as_str()) {
                return Err(Failure::new(format!(
                    "no fuzz target `{t}`; the targets: {}",
                    TARGETS.join(", ")
                )));
            }
        }
        targets.iter().map(String::as_str).collect()
    };
    step(&format!(
        "building the fuzz targets (cargo +{} fuzz build)",
        install::NIGHTLY
    ));
    run(
        cargo_nightly()
            .args(["fuzz", "build"])
            .args(mode.build_args()),
        "cargo fuzz build",
    )?;
    let mut rows = Vec::new();
    for target in chosen {
        step(&format!("fuzzing `{target}` for {seconds} s"));
        let o = run_target(target, seconds, mode)?;
        println!(
            "    {target}: {} executions in {:.0} s, corpus {}",
            o.executions.map_or("?".to_owned(), |n| n.to_string()),
            o.seconds,
            o.corpus.as_deref().unwrap_or("?")
        );
        rows.push(o);
    }
    let mut table = String::from(
        "| target | seconds | executions | executions/s | corpus |\n|---|---:|---:|---:|---:|\n",
    );
    for o in &rows {
        table.push_str(&format!(
            "| `{}` | {:.0} | {} | {} | {} |\n",
            o.target,
            o.seconds,
            o.executions.map_or("?".to_owned(), |n| n.to_string()),
            o.executions
                .map_or("?".to_owned(), |n| format!("{:.0}", n as f64 / o.seconds)),
            o.corpus.as_deref().unwrap_or("?")
        ));
    }
    let summary: PathBuf = root().join("target/fuzz/summary.md");
    let _ = std::fs::write(&summary, &table);
    println!("\n{table}\n(written to {})", summary.display());
    Ok(())
}

/// Seconds per target in the smoke run of `cargo xtask test`.
pub const SMOKE_SECONDS: u64 = 5;

/// The fuzz smoke run of `cargo xtask test`: every target for [`SMOKE_SECONDS`]
/// seconds, from the committed seeds, built unoptimised ([`Mode::Smoke`]: the
/// optimised sanitizer build took 476 s of CPU, this one 216 s). What it needs (the
/// pinned nightly, cargo-fuzz) is installed first; when that fails, the run fails: it
/// is never skipped.
pub fn smoke() -> Result<(), Failure> {
    fuzz(SMOKE_SECONDS, &[], Mode::Smoke)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_libfuzzer_final_statistics() {
        let stderr = "#2\tINITED cov: 10 ft: 11 corp: 3/120b exec/s: 0 rss: 30Mb\n\
                      #4096\tpulse  cov: 50 ft: 90 corp: 17/1310b lim: 4096 exec/s: 2048 rss: 31Mb\n\
                      Done 5000 runs in 3 second(s)\n\
                      stat::number_of_executed_units: 5003\n\
                      stat::peak_rss_mb:              31\n";
        let (n, corpus) = parse_stats(stderr);
        assert_eq!(n, Some(5003));
        assert_eq!(corpus.as_deref(), Some("17/1310b"));
    }

    #[test]
    fn every_target_has_a_source_file_and_seeds() {
        for t in TARGETS {
            let src = root().join(format!("fuzz/fuzz_targets/{t}.rs"));
            assert!(src.is_file(), "{} is missing", src.display());
            let seeds = std::fs::read_dir(root().join(format!("fuzz/corpus/{t}")))
                .map(|d| d.count())
                .unwrap_or(0);
            assert!(seeds >= 2, "fuzz/corpus/{t} holds {seeds} seeds");
        }
    }
}
