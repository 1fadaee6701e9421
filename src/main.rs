//! The `datalots` command-line tool.

use std::io::{self, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use datalots::cli::{self, Command};
use datalots::licence;
use datalots::licence_advisor::{Answers, recommend};

fn main() -> ExitCode {
    match cli::parse(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            print!("{}", cli::USAGE);
            ExitCode::SUCCESS
        }
        Ok(Command::Version) => {
            println!("datalots {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Ok(Command::Licence { answers, json }) => run_licence(answers.as_deref(), json),
        Ok(Command::Profile { file, json, read }) => run_profile(&file, json, &read),
        Ok(Command::Normalize(args)) => run_normalize(&args),
        Ok(Command::Validate { file, format, json }) => {
            run_validate(&file, format.as_deref(), json)
        }
        Ok(Command::Describe(args)) => run_describe(&args),
        Err(e) => {
            eprintln!("datalots: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_describe(args: &datalots::run::DescribeArgs) -> ExitCode {
    let described = match datalots::run::describe_files(args) {
        Ok(d) => d,
        Err(
            e @ (datalots::Error::Refused { .. }
            | datalots::Error::HvdCategoryMissing
            | datalots::Error::UnknownValue { .. }),
        ) => {
            eprintln!("datalots describe: {e}");
            return ExitCode::from(1);
        }
        Err(e) => {
            eprintln!("datalots describe: {e}");
            return ExitCode::from(2);
        }
    };
    if args.out.is_none() {
        print!("{}", described.rdf);
    }
    eprint!("{}", datalots::run::summary(&described));
    if described.new_violations.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn run_licence(path: Option<&Path>, json: bool) -> ExitCode {
    let answers = match path {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| format!("{}: {e}", path.display()))
            .and_then(|text| {
                Answers::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))
            }),
        None => {
            let stdin = io::stdin();
            let mut input = stdin.lock();
            // With --json the questions go to stderr, so stdout stays one JSON document.
            let asked = if json || !io::stdout().is_terminal() {
                licence::ask(&mut input, &mut io::stderr())
            } else {
                licence::ask(&mut input, &mut io::stdout())
            };
            asked.map_err(|e| e.to_string())
        }
    };
    let answers = match answers {
        Ok(a) => a,
        Err(e) => {
            eprintln!("datalots licence: {e}");
            return ExitCode::from(2);
        }
    };
    let advice = recommend(&answers);
    if json {
        match serde_json::to_string_pretty(&advice) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("datalots licence: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        print!("{}", licence::render(&advice));
    }
    ExitCode::from(licence::exit_code(&advice))
}

fn run_validate(path: &Path, format: Option<&str>, json: bool) -> ExitCode {
    let validated = match datalots::validate::validate_file(path, format) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("datalots validate: {e}");
            return ExitCode::from(2);
        }
    };
    let report = &validated.report;
    if json {
        match serde_json::to_string_pretty(report) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("datalots validate: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        print!("{}", datalots::validate::render(report));
    }
    if !validated.syntax_errors.is_empty() {
        for e in &validated.syntax_errors {
            eprintln!("datalots validate: {}: {e}", path.display());
        }
        eprintln!(
            "datalots validate: filen kunde inte läsas helt; fynden gäller bara det som kunde läsas / \
             the file could not be read completely; the findings cover only what could be read"
        );
        return ExitCode::from(2);
    }
    if report.has_violations() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_normalize(args: &datalots::normalize::NormalizeArgs) -> ExitCode {
    if let Err(e) = args.read.options() {
        eprintln!("datalots normalize: {e}");
        return ExitCode::from(2);
    }
    match datalots::normalize::run(args) {
        Ok(p) => {
            for w in p.warnings.iter().filter(|w| {
                matches!(
                    w.code,
                    datalots::csv_profile::WarningCode::MultipleTables
                        | datalots::csv_profile::WarningCode::NoDataRows
                        | datalots::csv_profile::WarningCode::HeaderWidth
                )
            }) {
                eprintln!("datalots normalize: {} / {}", w.message_sv, w.message_en);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("datalots normalize: {e}");
            ExitCode::from(1)
        }
    }
}

fn run_profile(path: &Path, json: bool, read: &datalots::normalize::ReadArgs) -> ExitCode {
    let opts = match read.options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("datalots profile: {e}");
            return ExitCode::from(2);
        }
    };
    let profile = std::fs::File::open(path)
        .map_err(|e| format!("{}: {e}", path.display()))
        .and_then(|f| {
            datalots::csv_profile::profile_reader(f, opts)
                .map_err(|e| format!("{}: {e}", path.display()))
        });
    let profile = match profile {
        Ok(p) => p,
        Err(e) => {
            eprintln!("datalots profile: {e}");
            return ExitCode::from(1);
        }
    };
    if json {
        match serde_json::to_string_pretty(&profile) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("datalots profile: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        print!(
            "{}",
            datalots::profile::render(&path.display().to_string(), &profile)
        );
    }
    ExitCode::SUCCESS
}
