//! `cargo xtask bench [--mb N]`: the csv-profile benchmark on a generated Swedish-style
//! CSV file, side by side with `xsv stats`, natively and in wasm32 (WASI under Node).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::util::{Failure, cargo, output, root, run, step};

const KOMMUNER: &[(&str, &str)] = &[
    ("0114", "Upplands Väsby"),
    ("0180", "Stockholm"),
    ("0380", "Uppsala"),
    ("1280", "Malmö"),
    ("1480", "Göteborg"),
    ("2480", "Umeå"),
    ("2580", "Luleå"),
    ("0581", "Norrköping"),
];
const KATEGORIER: &[&str] = &[
    "Bibliotek",
    "Förskola",
    "Äldreomsorg",
    "Gata/park",
    "Kultur – fritid",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Writes about `bytes` bytes of Swedish-style CSV (always the same content).
fn generate(path: &Path, bytes: u64) -> Result<(), Failure> {
    let err = |e: std::io::Error| Failure::new(format!("{}: {e}", path.display()));
    let mut w = BufWriter::new(File::create(path).map_err(err)?);
    let mut rng = Rng(0x5eed_da7a_1075_2024);
    let mut written = 0u64;
    let header =
        "kommunkod;kommun;datum;invånare;andel;belopp;aktiv;postnummer;kontakt;kategori\r\n";
    w.write_all(header.as_bytes()).map_err(err)?;
    written += header.len() as u64;
    while written < bytes {
        let (kod, namn) = KOMMUNER[rng.below(KOMMUNER.len() as u64) as usize];
        let inv = 1_000 + rng.below(990_000);
        let line = format!(
            "{kod};{namn};{}-{:02}-{:02};{} {:03};{},{};{} {:03},{:02};{};{} {:02};{};{}\r\n",
            2015 + rng.below(10),
            1 + rng.below(12),
            1 + rng.below(28),
            inv / 1000,
            inv % 1000,
            rng.below(100),
            rng.below(10),
            rng.below(900),
            rng.below(1000),
            rng.below(100),
            if rng.below(2) == 0 { "Ja" } else { "Nej" },
            100 + rng.below(900),
            rng.below(100),
            if rng.below(10) == 0 {
                "kontakt@kommun.se"
            } else {
                ""
            },
            KATEGORIER[rng.below(KATEGORIER.len() as u64) as usize],
        );
        w.write_all(line.as_bytes()).map_err(err)?;
        written += line.len() as u64;
    }
    w.flush().map_err(err)
}

fn json_field(line: &str, key: &str) -> Option<f64> {
    let at = line.find(&format!("\"{key}\": "))? + key.len() + 4;
    line[at..].split([',', '}']).next()?.trim().parse().ok()
}

/// Runs a command, returning its standard output, the wall time and the peak memory in
/// KiB (via `/usr/bin/time` when present).
fn timed(program: &Path, args: &[&std::ffi::OsStr]) -> Result<(String, f64, Option<u64>), Failure> {
    let gnu_time = Path::new("/usr/bin/time");
    let mut cmd = if gnu_time.exists() {
        let mut c = Command::new(gnu_time);
        c.arg("-f").arg("peak_kib=%M").arg(program);
        c
    } else {
        Command::new(program)
    };
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    let start = Instant::now();
    let out = cmd
        .output()
        .map_err(|e| Failure::new(format!("cannot run {}: {e}", program.display())))?;
    let seconds = start.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(Failure::new(format!(
            "{} failed: {}",
            program.display(),
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let peak = stderr
        .lines()
        .find_map(|l| l.strip_prefix("peak_kib="))
        .and_then(|v| v.trim().parse().ok());
    Ok((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        seconds,
        peak,
    ))
}

fn xsv() -> Result<PathBuf, Failure> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .ok_or_else(|| Failure::new("neither CARGO_HOME nor HOME is set"))?;
    let path = home.join("bin/xsv");
    if output(Command::new(&path).arg("--version")).is_some() {
        return Ok(path);
    }
    step("installing xsv (cargo install xsv) for the comparison");
    run(cargo().args(["install", "xsv"]), "cargo install xsv")
        .map_err(|e| Failure::new(format!("{e}\ninstall it by hand: `cargo install xsv`")))?;
    Ok(path)
}

/// Runs the benchmark on a file of about `mb` megabytes.
pub fn run_bench(mb: u64) -> Result<(), Failure> {
    let dir = root().join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| Failure::new(format!("{}: {e}", dir.display())))?;
    let file = dir.join(format!("swedish-{mb}mb.csv"));
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    if size < mb * 1_000_000 {
        step(&format!("generating {} ({mb} MB)", file.display()));
        generate(&file, mb * 1_000_000)?;
    }
    let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0) as f64;

    // The bench_profile example, natively or for `target`.
    let build = |target: Option<&str>| {
        let mut cmd = cargo();
        cmd.args([
            "build",
            "--release",
            "-p",
            "csv-profile",
            "--example",
            "bench_profile",
        ]);
        let mut what = String::from("cargo build");
        if let Some(t) = target {
            cmd.args(["--target", t]);
            what.push_str(&format!(" ({t})"));
        }
        run(&mut cmd, &what)
    };
    step("building the benchmark (native, release)");
    build(None)?;
    step("building the benchmark (wasm32-wasip1, release)");
    run(
        Command::new("rustup").args(["target", "add", "wasm32-wasip1"]),
        "rustup target add wasm32-wasip1",
    )?;
    build(Some("wasm32-wasip1"))?;
    let xsv = xsv()?;

    let native = root().join("target/release/examples/bench_profile");
    let wasm = root().join("target/wasm32-wasip1/release/examples/bench_profile.wasm");
    let runner = root().join("tests/bench/wasi-run.mjs");
    let node = PathBuf::from("node");

    // Wall time on a shared machine varies by ±30 % from run to run: native and xsv
    // take turns, five rounds, and each one's fastest run counts (wasm32: three runs).
    const ROUNDS: usize = 5;
    step(
        "running (native and xsv in turn, five rounds; wasm32 three times; the fastest run of each counts)",
    );
    type Run = (String, f64, Option<u64>);
    let faster = |a: Option<Run>, b: Run| match a {
        Some(a) if a.1 <= b.1 => a,
        _ => b,
    };
    let xsv_args = [
        "stats".as_ref(),
        "-d".as_ref(),
        ";".as_ref(),
        file.as_os_str(),
    ];
    let (mut native_run, mut xsv_run) = (None, None);
    for _ in 0..ROUNDS {
        native_run = Some(faster(native_run, timed(&native, &[file.as_os_str()])?));
        xsv_run = Some(faster(xsv_run, timed(&xsv, &xsv_args)?));
    }
    let (Some((line, native_wall, _)), Some((_, xsv_s, xsv_peak))) = (native_run, xsv_run) else {
        return Err(Failure::new("no benchmark run"));
    };
    // Inside the process (what the wasm32 run is compared with) and the whole process
    // (what xsv is compared with: its time includes starting and reading the file too).
    let native_s = json_field(&line, "seconds").unwrap_or(f64::NAN);
    let native_peak = json_field(&line, "peak_kib");
    let mut wasm_run = None;
    for _ in 0..3 {
        let run = timed(
            &node,
            &[runner.as_os_str(), wasm.as_os_str(), file.as_os_str()],
        )?;
        wasm_run = Some(faster(wasm_run, run));
    }
    let Some((wline, _, wasm_peak)) = wasm_run else {
        return Err(Failure::new("no wasm32 benchmark run"));
    };
    let wasm_s = json_field(&wline, "seconds").unwrap_or(f64::NAN);

    let mbs = |s: f64| bytes / 1e6 / s;
    println!(
        "\nfile: {} ({:.1} MB)\n{}",
        file.display(),
        bytes / 1e6,
        line.trim()
    );
    println!(
        "{:<34} {:>10} {:>10} {:>14}",
        "", "seconds", "MB/s", "peak memory"
    );
    let mem = |k: Option<f64>| k.map_or("-".to_owned(), |k| format!("{:.1} MiB", k / 1024.0));
    println!(
        "{:<34} {native_wall:>10.2} {:>10.1} {:>14}",
        "csv-profile, native (whole process)",
        mbs(native_wall),
        mem(native_peak)
    );
    println!(
        "{:<34} {native_s:>10.2} {:>10.1} {:>14}",
        "csv-profile, native (in process)",
        mbs(native_s),
        ""
    );
    println!(
        "{:<34} {wasm_s:>10.2} {:>10.1} {:>14}",
        "csv-profile, wasm32 (in Node WASI)",
        mbs(wasm_s),
        mem(wasm_peak.map(|k| k as f64))
    );
    println!(
        "{:<34} {xsv_s:>10.2} {:>10.1} {:>14}",
        "xsv stats",
        mbs(xsv_s),
        mem(xsv_peak.map(|k| k as f64))
    );
    let ratio = xsv_s / native_wall;
    let wasm_ratio = native_s / wasm_s;
    let peak_mib = native_peak.unwrap_or(f64::NAN) / 1024.0;
    println!("\ngoals:");
    println!(
        "  native throughput >= 2x xsv stats: {ratio:.2}x  {}",
        if ratio >= 2.0 { "met" } else { "NOT met" }
    );
    println!(
        "  peak memory < 64 MiB:               {peak_mib:.1} MiB  {}",
        if peak_mib < 64.0 { "met" } else { "NOT met" }
    );
    println!(
        "  wasm32 >= half of native:           {wasm_ratio:.2}x  {}",
        if wasm_ratio >= 0.5 { "met" } else { "NOT met" }
    );
    Ok(())
}
