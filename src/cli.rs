//! Command-line parsing for the `datalots` binary.
//!
//! Kept in the library so that it is tested like any other code; `main.rs` only runs
//! the command and maps the outcome to an exit code.

use std::fmt;
use std::path::PathBuf;

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `datalots --help`, `-h` or no arguments: print the usage text.
    Help,
    /// `datalots --version` or `-V`: print the version.
    Version,
    /// `datalots licence [--answers FILE.json] [--json]`.
    Licence {
        /// The answers file; without it the questions are asked on the terminal.
        answers: Option<PathBuf>,
        /// Print JSON instead of text.
        json: bool,
    },
    /// `datalots profile FILE [--json] [reading overrides]`.
    Profile {
        /// The CSV file.
        file: PathBuf,
        /// Print JSON instead of a table.
        json: bool,
        /// `--delimiter`, `--quote`, `--header-rows`, `--preamble-rows`, `--encoding`.
        read: crate::normalize::ReadArgs,
    },
    /// `datalots normalize FILE [--out FILE] [--header-names A,B,…|auto] [overrides]`.
    Normalize(Box<crate::normalize::NormalizeArgs>),
    /// `datalots validate FILE [--format F] [--json]`.
    Validate {
        /// The catalogue file.
        file: PathBuf,
        /// The RDF format, when the extension does not tell.
        format: Option<String>,
        /// Print JSON instead of text.
        json: bool,
    },
    /// `datalots describe CSV --publisher ORG.toml --answers SVAR.json [options]`.
    Describe(Box<crate::run::DescribeArgs>),
}

/// A command line that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageError {
    /// The first argument is not a known command.
    UnknownCommand(String),
    /// An option the command does not take.
    UnknownOption {
        /// The command.
        command: &'static str,
        /// The option.
        option: String,
    },
    /// An option that needs a value came last.
    MissingValue(&'static str),
    /// A required argument is missing.
    MissingArgument(&'static str),
    /// An option's value is not a number.
    NotANumber(&'static str, String),
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsageError::UnknownCommand(c) => write!(
                f,
                "okänt kommando «{c}»; se `datalots --help` / unknown command «{c}»; see `datalots --help`"
            ),
            UsageError::UnknownOption { command, option } => write!(
                f,
                "`datalots {command}` tar inte «{option}» / `datalots {command}` does not take «{option}»"
            ),
            UsageError::MissingValue(option) => {
                write!(f, "{option} behöver ett värde / {option} needs a value")
            }
            UsageError::MissingArgument(what) => {
                write!(f, "{what} saknas / {what} is missing")
            }
            UsageError::NotANumber(option, value) => write!(
                f,
                "{option} ska vara ett heltal, inte «{value}» / {option} must be a whole number, not «{value}»"
            ),
        }
    }
}

impl std::error::Error for UsageError {}

/// The usage text, in Swedish and English.
pub const USAGE: &str = "\
datalots – beskriv en CSV-fil och publicera den som öppna data enligt DCAT-AP-SE
datalots – describe a CSV file and publish it as open data following DCAT-AP-SE

Användning / Usage:
  datalots licence [--answers SVAR.json] [--json]
        rekommendera en licens; utan --answers ställs frågorna i terminalen
        recommend a licence; without --answers the questions are asked on the terminal
        (slutkod / exit: 0 licens / licence, 1 stopp, konflikt eller svar saknas /
        stop, conflict or missing answer, 2 oläsbar indata / unreadable input)
  datalots profile FIL.csv [--json] [--delimiter D] [--quote Q|none] [--header-rows N]
                [--preamble-rows N] [--encoding KODNING]
        beskriv en CSV-fil: teckenkodning, dialekt, kolumntyper, statistik, varningar;
        flaggorna ersätter gissningen (D: ; , | tab space eller \", \")
        describe a CSV file: encoding, dialect, column types, statistics, warnings;
        the options replace the guess (D: ; , | tab space or \", \")
        (slutkod / exit: 0, eller 1 om filen inte kan läsas / or 1 if it cannot be read)
  datalots normalize FIL.csv [--out UT.csv] [--header-names A,B,…|auto] [samma flaggor
                som profile / the same options as profile]
        skriv tabellen så som Datalots läste den: UTF-8, RFC 4180, komma, CRLF, en
        rubrikrad, utan inledande och avslutande rader; bara första tabellen
        write the table as Datalots read it: UTF-8, RFC 4180, comma, CRLF, one header
        row, no preamble or footer rows; only the first table
        (slutkod / exit: 0 skriven / written, 1 oläsbar / unreadable, 2 fel flagga / bad option)
  datalots validate FIL.rdf|.ttl|.jsonld [--format rdfxml|turtle|jsonld] [--json]
        validera en katalog mot DCAT-AP-SE 3.0.1 / validate a catalogue against DCAT-AP-SE 3.0.1
        (slutkod / exit: 0 inga överträdelser / no violations, 1 överträdelser /
        violations, 2 oläsbar indata / unreadable input)
  datalots describe FIL.csv --publisher ORG.toml --answers SVAR.json
                [--title T] [--description D] [--catalog KATALOG.rdf|.ttl|.jsonld]
                [--format rdfxml|turtle|jsonld] [--out UT.rdf] [--schema-dir KATALOG]
                [--download-url URL] [--keyword ORD]… [--theme KOD]… [--hvd-category KOD]…
                [--normalized] [samma flaggor som profile / the same options as profile]
        beskriv filen som en datamängd i DCAT-AP-SE och skriv hela katalogen (ny, eller
        --catalog med datamängden tillagd) samt en databeskrivning (CSVW och Frictionless)
        bredvid --out eller i --schema-dir
        describe the file as a DCAT-AP-SE dataset and write the whole catalogue (new, or
        --catalog with the dataset added) and a data dictionary (CSVW and Frictionless)
        next to --out or in --schema-dir
        (slutkod / exit: 0 skriven / written, 1 vägrad (stopp, personnummer, saknat svar)
        eller överträdelser / refused (stop, personal identity numbers, missing answer) or
        violations, 2 oläsbar indata / unreadable input)
  datalots --help       visa denna hjälp / show this help
  datalots --version    visa versionen / show the version
";

/// Parses the arguments after the program name.
pub fn parse<I, S>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let args: Vec<String> = args.into_iter().map(|a| a.as_ref().to_owned()).collect();
    let Some(first) = args.first() else {
        return Ok(Command::Help);
    };
    match first.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "licence" | "license" | "licens" => {
            let mut answers = None;
            let mut json = false;
            let mut rest = args[1..].iter();
            while let Some(arg) = rest.next() {
                match arg.as_str() {
                    "--json" => json = true,
                    "--answers" => {
                        let value = rest.next().ok_or(UsageError::MissingValue("--answers"))?;
                        answers = Some(PathBuf::from(value));
                    }
                    other => {
                        return Err(UsageError::UnknownOption {
                            command: "licence",
                            option: other.to_owned(),
                        });
                    }
                }
            }
            Ok(Command::Licence { answers, json })
        }
        "profile" | "profil" => {
            let mut file = None;
            let mut json = false;
            let mut read = crate::normalize::ReadArgs::default();
            let mut rest = args[1..].iter();
            while let Some(arg) = rest.next() {
                if read_option(arg, &mut rest, &mut read)? {
                    continue;
                }
                match arg.as_str() {
                    "--json" => json = true,
                    other if other.starts_with("--") || file.is_some() => {
                        return Err(UsageError::UnknownOption {
                            command: "profile",
                            option: other.to_owned(),
                        });
                    }
                    other => file = Some(PathBuf::from(other)),
                }
            }
            let file = file.ok_or(UsageError::MissingArgument("FILE / FIL"))?;
            Ok(Command::Profile { file, json, read })
        }
        "normalize" | "normalise" | "normalisera" => {
            let mut a = crate::normalize::NormalizeArgs::default();
            let mut file = None;
            let mut rest = args[1..].iter();
            while let Some(arg) = rest.next() {
                if read_option(arg, &mut rest, &mut a.read)? {
                    continue;
                }
                match arg.as_str() {
                    "--out" => {
                        let v = rest.next().ok_or(UsageError::MissingValue("--out"))?;
                        a.out = Some(PathBuf::from(v));
                    }
                    "--header-names" => {
                        let v = rest
                            .next()
                            .ok_or(UsageError::MissingValue("--header-names"))?;
                        a.header_names = Some(if v == "auto" {
                            Vec::new()
                        } else {
                            v.split(',').map(str::to_owned).collect()
                        });
                    }
                    other if other.starts_with("--") || file.is_some() => {
                        return Err(UsageError::UnknownOption {
                            command: "normalize",
                            option: other.to_owned(),
                        });
                    }
                    other => file = Some(PathBuf::from(other)),
                }
            }
            a.file = file.ok_or(UsageError::MissingArgument("FILE / FIL"))?;
            Ok(Command::Normalize(Box::new(a)))
        }
        "validate" | "validera" => {
            let mut file = None;
            let mut format = None;
            let mut json = false;
            let mut rest = args[1..].iter();
            while let Some(arg) = rest.next() {
                match arg.as_str() {
                    "--json" => json = true,
                    "--format" => {
                        let value = rest.next().ok_or(UsageError::MissingValue("--format"))?;
                        format = Some(value.clone());
                    }
                    other if other.starts_with("--") || file.is_some() => {
                        return Err(UsageError::UnknownOption {
                            command: "validate",
                            option: other.to_owned(),
                        });
                    }
                    other => file = Some(PathBuf::from(other)),
                }
            }
            let file = file.ok_or(UsageError::MissingArgument("FILE / FIL"))?;
            Ok(Command::Validate { file, format, json })
        }
        "describe" | "beskriv" => {
            parse_describe(&args[1..]).map(|a| Command::Describe(Box::new(a)))
        }
        other => Err(UsageError::UnknownCommand(other.to_owned())),
    }
}

/// One of the reading overrides, with its value from `rest`: whether `arg` was one.
fn read_option<'a>(
    arg: &str,
    rest: &mut impl Iterator<Item = &'a String>,
    read: &mut crate::normalize::ReadArgs,
) -> Result<bool, UsageError> {
    let number = |name: &'static str, v: &String| {
        v.parse::<u64>()
            .map_err(|_| UsageError::NotANumber(name, v.clone()))
    };
    match arg {
        "--delimiter" => {
            read.delimiter = Some(
                rest.next()
                    .ok_or(UsageError::MissingValue("--delimiter"))?
                    .clone(),
            );
        }
        "--quote" => {
            read.quote = Some(
                rest.next()
                    .ok_or(UsageError::MissingValue("--quote"))?
                    .clone(),
            );
        }
        "--encoding" => {
            read.encoding = Some(
                rest.next()
                    .ok_or(UsageError::MissingValue("--encoding"))?
                    .clone(),
            );
        }
        "--header-rows" => {
            let v = rest
                .next()
                .ok_or(UsageError::MissingValue("--header-rows"))?;
            read.header_rows = Some(number("--header-rows", v)?);
        }
        "--preamble-rows" => {
            let v = rest
                .next()
                .ok_or(UsageError::MissingValue("--preamble-rows"))?;
            read.preamble_rows = Some(number("--preamble-rows", v)?);
        }
        _ => return Ok(false),
    }
    Ok(true)
}

fn parse_describe(args: &[String]) -> Result<crate::run::DescribeArgs, UsageError> {
    let mut out = crate::run::DescribeArgs::default();
    let mut csv = None;
    let mut publisher = None;
    let mut answers = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if read_option(arg, &mut rest, &mut out.read)? {
            continue;
        }
        if arg == "--normalized" {
            out.normalized = true;
            continue;
        }
        let mut value =
            |name: &'static str| rest.next().cloned().ok_or(UsageError::MissingValue(name));
        match arg.as_str() {
            "--publisher" => publisher = Some(PathBuf::from(value("--publisher")?)),
            "--answers" => answers = Some(PathBuf::from(value("--answers")?)),
            "--title" => out.overrides.title = Some(value("--title")?),
            "--description" => out.overrides.description = Some(value("--description")?),
            "--catalog" => out.catalog = Some(PathBuf::from(value("--catalog")?)),
            "--format" => out.format = Some(value("--format")?),
            "--out" => out.out = Some(PathBuf::from(value("--out")?)),
            "--schema-dir" => out.schema_dir = Some(PathBuf::from(value("--schema-dir")?)),
            "--download-url" => out.overrides.download_url = Some(value("--download-url")?),
            "--keyword" => out.overrides.keywords.push(value("--keyword")?),
            "--theme" => out.overrides.themes.push(value("--theme")?),
            "--hvd-category" => out.overrides.hvd_categories.push(value("--hvd-category")?),
            other if other.starts_with("--") || csv.is_some() => {
                return Err(UsageError::UnknownOption {
                    command: "describe",
                    option: other.to_owned(),
                });
            }
            other => csv = Some(PathBuf::from(other)),
        }
    }
    out.csv = csv.ok_or(UsageError::MissingArgument("FILE.csv / FIL.csv"))?;
    out.publisher = publisher.ok_or(UsageError::MissingArgument("--publisher"))?;
    out.answers = answers.ok_or(UsageError::MissingArgument("--answers"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_arguments_means_help() {
        assert_eq!(parse(Vec::<String>::new()), Ok(Command::Help));
        assert_eq!(parse(["--help"]), Ok(Command::Help));
        assert_eq!(parse(["-V"]), Ok(Command::Version));
    }

    #[test]
    fn licence_takes_an_answers_file_and_json() {
        assert_eq!(
            parse(["licence", "--answers", "a.json", "--json"]),
            Ok(Command::Licence {
                answers: Some("a.json".into()),
                json: true
            })
        );
        assert_eq!(
            parse(["licence"]),
            Ok(Command::Licence {
                answers: None,
                json: false
            })
        );
        assert_eq!(
            parse(["licence", "--answers"]),
            Err(UsageError::MissingValue("--answers"))
        );
        assert!(matches!(
            parse(["licence", "--jsno"]),
            Err(UsageError::UnknownOption { .. })
        ));
    }

    #[test]
    fn validate_takes_a_file_a_format_and_json() {
        assert_eq!(
            parse(["validate", "katalog.rdf", "--json", "--format", "turtle"]),
            Ok(Command::Validate {
                file: "katalog.rdf".into(),
                format: Some("turtle".into()),
                json: true
            })
        );
        assert_eq!(
            parse(["validate"]),
            Err(UsageError::MissingArgument("FILE / FIL"))
        );
        assert!(matches!(
            parse(["validate", "a.rdf", "b.rdf"]),
            Err(UsageError::UnknownOption { .. })
        ));
    }

    #[test]
    fn describe_takes_files_and_overrides() {
        let Ok(Command::Describe(a)) = parse([
            "describe",
            "x.csv",
            "--publisher",
            "org.toml",
            "--answers",
            "a.json",
            "--title",
            "Badplatser",
            "--keyword",
            "bad",
            "--keyword",
            "sjö",
            "--out",
            "k.ttl",
        ]) else {
            panic!("not parsed");
        };
        assert_eq!(a.csv, PathBuf::from("x.csv"));
        assert_eq!(a.overrides.title.as_deref(), Some("Badplatser"));
        assert_eq!(a.overrides.keywords, ["bad", "sjö"]);
        assert_eq!(a.out, Some(PathBuf::from("k.ttl")));
        assert_eq!(
            parse(["describe", "x.csv", "--answers", "a.json"]),
            Err(UsageError::MissingArgument("--publisher"))
        );
        assert_eq!(
            parse(["describe", "x.csv", "--publisher"]),
            Err(UsageError::MissingValue("--publisher"))
        );
    }

    #[test]
    fn profile_and_normalize_take_reading_overrides() {
        let Ok(Command::Profile { file, json, read }) = parse([
            "profile",
            "x.csv",
            "--delimiter",
            "tab",
            "--header-rows",
            "2",
            "--encoding",
            "latin1",
        ]) else {
            panic!("not parsed");
        };
        assert_eq!((file, json), (PathBuf::from("x.csv"), false));
        assert_eq!(read.delimiter.as_deref(), Some("tab"));
        assert_eq!(read.header_rows, Some(2));
        assert_eq!(read.encoding.as_deref(), Some("latin1"));
        assert_eq!(
            parse(["profile", "x.csv", "--preamble-rows", "två"]),
            Err(UsageError::NotANumber("--preamble-rows", "två".into()))
        );
        let Ok(Command::Normalize(a)) = parse([
            "normalize",
            "x.csv",
            "--out",
            "y.csv",
            "--quote",
            "none",
            "--header-names",
            "kommun,antal",
        ]) else {
            panic!("not parsed");
        };
        assert_eq!(a.out, Some(PathBuf::from("y.csv")));
        assert_eq!(a.read.quote.as_deref(), Some("none"));
        assert_eq!(a.header_names, Some(vec!["kommun".into(), "antal".into()]));
        let Ok(Command::Normalize(a)) = parse(["normalize", "x.csv", "--header-names", "auto"])
        else {
            panic!("not parsed");
        };
        assert_eq!(a.header_names, Some(vec![]));
        assert_eq!(
            parse(["normalize"]),
            Err(UsageError::MissingArgument("FILE / FIL"))
        );
    }

    #[test]
    fn unknown_command_is_named_in_both_languages() {
        let err = parse(["frobnicate"]).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("okänt kommando «frobnicate»"), "{text}");
        assert!(text.contains("unknown command «frobnicate»"), "{text}");
    }
}
