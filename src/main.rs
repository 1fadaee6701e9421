//! The `datalots` command-line tool.

use std::io::{self, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use datalots::cli::{self, Command};
use datalots::licence;
use datalots::licence_advisor::{Answers, recommend};

fn main() -> ExitCode {
    let cli = match cli::parse(std::env::args_os().skip(1)) {
        Ok(cli) => cli,
        Err(e) if e.exit_code() == 0 => {
            // --help, --version: clap's rendered text on standard output.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("datalots: {}", cli::usage_error(&e));
            return ExitCode::from(2);
        }
    };
    match cli.command {
        None => {
            let _ = cli::command().print_help();
            ExitCode::SUCCESS
        }
        Some(Command::Licence(a)) => run_licence(a.answers.as_deref(), a.json),
        Some(Command::Profile(a)) => run_profile(&a.file, a.json),
        Some(Command::Validate(a)) => run_validate(&a.file, a.format.as_deref(), a.json),
        Some(Command::Describe(a)) => run_describe(&a.to_args()),
        Some(Command::Completions(a)) => {
            cli::completions(a.shell, &mut io::stdout());
            ExitCode::SUCCESS
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

fn run_profile(path: &Path, json: bool) -> ExitCode {
    let profile = std::fs::File::open(path)
        .map_err(|e| format!("{}: {e}", path.display()))
        .and_then(|f| {
            datalots::csv_profile::profile_reader(f, datalots::csv_profile::Options::default())
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
