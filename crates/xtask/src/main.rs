//! `cargo xtask`: build, serve and test automation for Datalots.
//!
//! See the README beside this crate for the commands. Every step prints what it runs,
//! and every failure says what to do about it.

mod bench;
mod bench_page;
mod fuzz;
mod install;
mod serve;
mod site;
mod test;
mod util;

use std::process::ExitCode;

use util::Failure;

const USAGE: &str = "\
cargo xtask dist                 build the widget and write the static site to target/site/
cargo xtask serve [--port PORT]  dist, then serve target/site/ on http://127.0.0.1:8080
cargo xtask test                 run every check and test, stopping at the first failure
cargo xtask bench [--mb N] [--gb] [--rounds N] [--shape NAME]… [--part csv|wasm|catalog|page]… [--check]
                                 the benchmark suite: six CSV shapes of N MB (100) against xsv, DuckDB
                                 and frictionless; wasm32 in Chromium; catalogue writers and validate;
                                 <datalots-catalog> on 1,000 datasets in Chromium
cargo xtask fuzz [--seconds N] [TARGET…]
                                 run the cargo fuzz targets one after another, N seconds each (600)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dist") => no_more_args(&args[1..]).and_then(|()| site::dist().map(|_| ())),
        Some("serve") => serve_command(&args[1..]),
        Some("test") => {
            let result = no_more_args(&args[1..]).and_then(|()| test::all());
            println!(
                "\nxtask: where the time went (wall clock, per step)\n{}",
                util::step_times()
            );
            result
        }
        Some("bench") => bench_command(&args[1..]),
        Some("fuzz") => fuzz_command(&args[1..]),
        Some("-h" | "--help" | "help") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(Failure::new(format!(
            "unknown command `{other}`\n\n{USAGE}"
        ))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn no_more_args(rest: &[String]) -> Result<(), Failure> {
    match rest.first() {
        None => Ok(()),
        Some(a) => Err(Failure::new(format!(
            "unexpected argument `{a}`\n\n{USAGE}"
        ))),
    }
}

fn serve_command(rest: &[String]) -> Result<(), Failure> {
    let port = match rest {
        [] => 8080,
        [flag, value] if flag == "--port" => value.parse::<u16>().map_err(|_| {
            Failure::new(format!(
                "--port takes a number from 0 to 65535, not `{value}`"
            ))
        })?,
        _ => {
            return Err(Failure::new(format!(
                "usage: cargo xtask serve [--port PORT]\n\n{USAGE}"
            )));
        }
    };
    let site = site::dist()?;
    serve::serve(&site, port)
}

fn bench_command(rest: &[String]) -> Result<(), Failure> {
    let usage = || {
        Failure::new(format!(
            "usage: cargo xtask bench [--mb N] [--gb] [--rounds N] [--shape NAME]… [--part csv|wasm|catalog|page]… [--check]\n\n{USAGE}"
        ))
    };
    let number =
        |flag: &str, value: Option<&String>| {
            let value = value.map_or("", String::as_str);
            value.parse::<u64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                Failure::new(format!("{flag} takes a positive number, not `{value}`"))
            })
        };
    let mut args = bench::Args::default();
    let mut rest = rest.iter();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--mb" => args.mb = number("--mb", rest.next())?,
            "--rounds" => args.rounds = number("--rounds", rest.next())? as usize,
            "--gb" => args.gb = true,
            "--check" => args.check = true,
            "--shape" => args.shapes.push(rest.next().ok_or_else(usage)?.clone()),
            "--part" => {
                let part = rest.next().ok_or_else(usage)?;
                if !["csv", "wasm", "catalog", "page"].contains(&part.as_str()) {
                    return Err(usage());
                }
                args.parts.push(part.clone());
            }
            _ => return Err(usage()),
        }
    }
    bench::run_bench(&args)
}

fn fuzz_command(rest: &[String]) -> Result<(), Failure> {
    let mut seconds = 600;
    let mut targets = Vec::new();
    let mut args = rest.iter();
    while let Some(a) = args.next() {
        if a == "--seconds" {
            let value = args.next().map_or("", String::as_str);
            seconds = value
                .parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| {
                    Failure::new(format!("--seconds takes a positive number, not `{value}`"))
                })?;
        } else if a.starts_with('-') {
            return Err(Failure::new(format!(
                "usage: cargo xtask fuzz [--seconds N] [TARGET…]\n\n{USAGE}"
            )));
        } else {
            targets.push(a.clone());
        }
    }
    fuzz::fuzz(seconds, &targets, fuzz::Mode::Long)
}
