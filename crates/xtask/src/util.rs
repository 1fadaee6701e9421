//! Running commands and reporting failures.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

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

/// The steps begun so far: (heading, when it began, CPU seconds used by then), for
/// [`step_times`].
static STEPS: std::sync::Mutex<Vec<(String, Instant, Option<f64>)>> =
    std::sync::Mutex::new(Vec::new());

/// The CPU seconds (user and system) this process and the children it has waited for
/// have used, from `/proc/self/stat` (Linux; `None` elsewhere): a step's CPU time
/// does not grow when other work shares the machine, its wall-clock time does.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (in parentheses, which may hold spaces): utime,
    // stime, cutime and cstime are the 14th to 17th fields, in clock ticks (100 a
    // second on Linux).
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields
        .get(11..15)?
        .iter()
        .map(|f| f.parse::<u64>().ok())
        .sum::<Option<u64>>()?;
    Some(ticks as f64 / 100.0)
}

/// Prints a step heading, with how long the step before it took, and notes when it
/// began (see [`step_times`]).
pub fn step(what: &str) {
    let now = Instant::now();
    let cpu = cpu_seconds();
    if let Ok(mut steps) = STEPS.lock() {
        if let Some((_, began, cpu_before)) = steps.last() {
            let used = cpu.zip(*cpu_before).map(|(now, then)| now - then);
            println!(
                "    ({:.1} s{})",
                now.duration_since(*began).as_secs_f64(),
                used.map_or(String::new(), |c| format!(", CPU {c:.1} s"))
            );
        }
        steps.push((what.to_owned(), now, cpu));
    }
    println!("\n==> {what}");
}

/// Every step begun so far with its wall-clock and CPU seconds (the last one until
/// now), as a table: where the time of a run went.
pub fn step_times() -> String {
    let now = Instant::now();
    let cpu_now = cpu_seconds();
    let Ok(steps) = STEPS.lock() else {
        return String::new();
    };
    let mut table = String::from("    wall s     CPU s  step\n");
    let (mut wall, mut cpu) = (0.0, 0.0);
    for (i, (what, began, cpu_began)) in steps.iter().enumerate() {
        let (end, cpu_end) = steps
            .get(i + 1)
            .map_or((now, cpu_now), |(_, next, c)| (*next, *c));
        let seconds = end.duration_since(*began).as_secs_f64();
        let used = cpu_end.zip(*cpu_began).map(|(e, b)| e - b);
        wall += seconds;
        cpu += used.unwrap_or(0.0);
        let what: String = what.chars().take(90).collect();
        let used = used.map_or("?".to_owned(), |c| format!("{c:.1}"));
        table.push_str(&format!("{seconds:10.1} {used:>9}  {what}\n"));
    }
    table.push_str(&format!("{wall:10.1} {cpu:9.1}  in all\n"));
    table
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

/// Runs `cmd` like [`run`], printing its standard output as it comes and returning
/// it too, so that the caller can check what it says (how many tests ran).
pub fn run_tee(cmd: &mut Command, what: &str) -> Result<String, Failure> {
    use std::io::{BufRead, BufReader, Write};
    println!("    $ {}", show(cmd));
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| Failure::new(format!("{what}: could not start `{}`: {e}", show(cmd))))?;
    let mut seen = String::new();
    if let Some(out) = child.stdout.take() {
        let mut stdout = std::io::stdout();
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = writeln!(stdout, "{line}");
            seen.push_str(&line);
            seen.push('\n');
        }
    }
    let status = child
        .wait()
        .map_err(|e| Failure::new(format!("{what}: `{}`: {e}", show(cmd))))?;
    if status.success() {
        Ok(seen)
    } else {
        Err(Failure::new(format!(
            "{what} failed ({status}): `{}`",
            show(cmd)
        )))
    }
}

/// The number of tests a run reports: the sum of `N passed` over cargo's `test result:`
/// lines, or node's `# tests N` (TAP) / `ℹ tests N` (spec reporter). `None` when the
/// output has no such line.
pub fn tests_run(output: &str) -> Option<u64> {
    let mut total = None;
    for line in output.lines().map(str::trim) {
        let n = if let Some(rest) = line.strip_prefix("test result: ") {
            rest.split(';')
                .find_map(|part| part.trim().strip_suffix(" passed"))
                .and_then(|n| n.rsplit(' ').next())
                .and_then(|n| n.parse::<u64>().ok())
        } else {
            line.strip_prefix("# tests ")
                .or_else(|| line.strip_prefix("ℹ tests "))
                .and_then(|n| n.trim().parse::<u64>().ok())
        };
        if let Some(n) = n {
            total = Some(total.unwrap_or(0) + n);
        }
    }
    total
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

#[cfg(test)]
mod tests {
    use super::tests_run;

    #[test]
    fn counts_the_tests_cargo_and_node_report() {
        let cargo = "running 3 tests\ntest a ... ok\n\ntest result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.10s\n";
        assert_eq!(tests_run(cargo), Some(3));
        let two = format!("{cargo}test result: ok. 2 passed; 0 failed; 0 ignored\n");
        assert_eq!(tests_run(&two), Some(5));
        assert_eq!(
            tests_run("test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured"),
            Some(0)
        );
        assert_eq!(
            tests_run("TAP version 13\n1..4\n# tests 4\n# pass 4\n"),
            Some(4)
        );
        assert_eq!(tests_run("✔ a (1ms)\nℹ tests 2\nℹ pass 2\n"), Some(2));
        assert_eq!(tests_run("ℹ tests 0\n"), Some(0));
        assert_eq!(tests_run("no tests here\n"), None);
    }
}
