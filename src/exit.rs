//! Where a failure becomes what the person reads and the exit code: the one place.
//!
//! The library's errors say what is wrong in the data; here the command line adds how
//! to say it differently on the command line (the flag: `--recover`, `--date`,
//! `--hvd-category`…) and chooses the exit code.
//!
//! **Exit codes**, every command alike:
//! - 0: done (for `validate`, `catalog` and `describe`: and the result has no
//!   violations; for `quality`: and the catalogue earns every metadata point);
//! - 1: the input was read, but the result is refused or flawed: a refusal (stop
//!   answers, personnummer, a missing answer), a value that is not allowed (a date
//!   that is not a day, an unknown theme, a missing HVD category), violations in the
//!   result, metadata points missing (`quality`, each listed with what earns it); a
//!   normalised copy with cells that differ from the file (written, and the count
//!   said); and for `profile` and `normalize`, a file they cannot read (their codes
//!   from the start, kept for scripts);
//! - 2: the input could not be read or the result not written (a missing file, a file
//!   that is not well-formed, settings with an unknown key, an unknown dataset), or
//!   the command line itself is wrong (clap's usage errors).
//!
//! The same mistake gives the same code in every command: a date that is not a day is
//! 1 for a new dataset's `--date` and for `describe --update --date` alike
//! (`tests/cli_catalog.rs`).

use std::process::ExitCode;

use datalots::Error;

use crate::files::FileError;

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// A file could not be read or written.
    #[error(transparent)]
    File(#[from] FileError),
    /// What the library says is wrong with a file's contents, the file named first.
    #[error("{path}: {source}")]
    In {
        /// The file.
        path: String,
        /// What is wrong.
        #[source]
        source: Box<Error>,
    },
    /// What the library says is wrong.
    #[error(transparent)]
    Library(Box<Error>),
    /// What the procurement crate says is wrong, the file named first when there is one.
    #[error("{}{source}", path.as_ref().map(|p| format!("{p}: ")).unwrap_or_default())]
    Procurement {
        /// The answers file.
        path: Option<String>,
        /// What is wrong.
        #[source]
        source: procurement::Error,
    },
    /// A result that could not be turned into JSON.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// Something else the command line says, in Swedish and English.
    #[error("{0}")]
    Said(datalots::Both),
}

impl Failure {
    /// A library error about the contents of the file at `path`.
    pub fn in_file(path: &std::path::Path, source: impl Into<Error>) -> Failure {
        Failure::In {
            path: path.display().to_string(),
            source: Box::new(source.into()),
        }
    }

    /// A procurement error, in the file at `path` when there is one.
    pub fn procurement(path: Option<&std::path::Path>, source: procurement::Error) -> Failure {
        Failure::Procurement {
            path: path.map(|p| p.display().to_string()),
            source,
        }
    }

    fn library(&self) -> Option<&Error> {
        match self {
            Failure::In { source, .. } | Failure::Library(source) => Some(source.as_ref()),
            _ => None,
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Library(Box::new(e))
    }
}

/// The commands, as far as their exit codes and hints differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// `datalots licence`.
    Licence,
    /// `datalots profile`.
    Profile,
    /// `datalots normalize`.
    Normalize,
    /// `datalots validate`.
    Validate,
    /// `datalots quality`.
    Quality,
    /// `datalots describe`.
    Describe,
    /// `datalots describe --update`.
    Update,
    /// `datalots catalog list`.
    CatalogList,
    /// `datalots catalog remove`.
    CatalogRemove,
    /// `datalots catalog upgrade`.
    CatalogUpgrade,
    /// `datalots procurement`.
    Procurement,
    /// `datalots site`.
    Site,
}

impl Command {
    /// As the person typed it, for the start of each message.
    pub fn name(self) -> &'static str {
        match self {
            Command::Licence => "licence",
            Command::Profile => "profile",
            Command::Normalize => "normalize",
            Command::Validate => "validate",
            Command::Quality => "quality",
            Command::Describe => "describe",
            Command::Update => "describe --update",
            Command::CatalogList => "catalog list",
            Command::CatalogRemove => "catalog remove",
            Command::CatalogUpgrade => "catalog upgrade",
            Command::Procurement => "procurement",
            Command::Site => "site",
        }
    }

    /// Whether the command reads a catalogue that `--recover` can read past errors.
    fn recovers(self) -> bool {
        matches!(
            self,
            Command::Describe
                | Command::Update
                | Command::CatalogList
                | Command::CatalogRemove
                | Command::CatalogUpgrade
        )
    }
}

/// Prints the failure (`datalots COMMAND: …`, with a hint where a flag helps) on
/// standard error and gives its exit code.
pub fn fail(command: Command, failure: &Failure) -> ExitCode {
    let hint = failure
        .library()
        .and_then(|e| hint(command, e))
        .map(|h| format!("\n  {h}"))
        .unwrap_or_default();
    eprintln!("datalots {}: {failure}{hint}", command.name());
    ExitCode::from(code(command, failure))
}

/// Runs a command's work and reports its failure: the exit code either way.
pub fn run(command: Command, work: impl FnOnce() -> Result<ExitCode, Failure>) -> ExitCode {
    work().unwrap_or_else(|f| fail(command, &f))
}

/// 0 for a result without violations, 1 with (validate's codes).
pub fn violations(n: usize) -> ExitCode {
    if n == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The exit code of a failure (see the module's documentation).
fn code(command: Command, failure: &Failure) -> u8 {
    if matches!(command, Command::Profile | Command::Normalize) {
        return 1;
    }
    match failure.library() {
        Some(
            Error::Refused { .. }
            | Error::HvdCategoryMissing
            | Error::UnknownValue { .. }
            | Error::NotADate { .. },
        ) => 1,
        _ => 2,
    }
}

/// How to say it on the command line, when a flag is the way.
fn hint(command: Command, e: &Error) -> Option<String> {
    let both = |sv: &str, en: &str| Some(format!("{sv} / {en}"));
    match e {
        Error::Rdf {
            source: datalots::dcat_ap_se::Error::Syntax { .. },
            ..
        } if command.recovers() => both(
            "`--recover` läser det som går att läsa och visar vad som utelämnas",
            "`--recover` reads what can be read and shows what is left out",
        ),
        Error::HvdCategoryMissing
        | Error::UnknownValue {
            option: "hvd_category",
            ..
        } => both(
            "ange kategorin med --hvd-category",
            "give the category with --hvd-category",
        ),
        Error::UnknownValue {
            option: "theme", ..
        } => both("ange temat med --theme", "give the theme with --theme"),
        Error::NotADate {
            property: "dcterms:issued" | "dcterms:modified",
            ..
        } => both("--date ÅÅÅÅ-MM-DD", "--date YYYY-MM-DD"),
        Error::WhichDataset => both(
            "ange datamängden med --dataset IRI eller utgivarinställningarna med --publisher",
            "give the dataset with --dataset IRI or the publisher settings with --publisher",
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_mistake_has_the_same_code_and_the_flag_is_named_here() {
        let bad_date = |property| {
            Failure::from(Error::NotADate {
                property,
                value: "2025-02-31".into(),
            })
        };
        for (command, property) in [
            (Command::Describe, "dcterms:issued"),
            (Command::Update, "dcterms:modified"),
        ] {
            let f = bad_date(property);
            assert_eq!(code(command, &f), 1);
            assert!(
                hint(command, f.library().unwrap())
                    .unwrap()
                    .contains("--date")
            );
        }
        let broken = Failure::from(Error::Rdf {
            file: "k.ttl".into(),
            source: datalots::dcat_ap_se::Error::Syntax {
                format: "Turtle",
                line: 1,
                column: 2,
                message: "x".into(),
            },
        });
        assert_eq!(code(Command::CatalogList, &broken), 2);
        assert!(
            hint(Command::CatalogList, broken.library().unwrap())
                .unwrap()
                .contains("--recover")
        );
        assert_eq!(hint(Command::Validate, broken.library().unwrap()), None);
    }
}
