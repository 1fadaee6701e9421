//! Command-line parsing for the `datalots` binary.
//!
//! Kept in the library so that it is tested like any other code; `main.rs` only maps
//! the outcome to an exit code.

use std::fmt;

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `datalots --help`, `-h` or no arguments: print the usage text.
    Help,
    /// `datalots --version` or `-V`: print the version.
    Version,
}

/// A command line that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageError {
    /// The first argument is not a known command.
    UnknownCommand(String),
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsageError::UnknownCommand(c) => write!(
                f,
                "okänt kommando «{c}»; se `datalots --help` / unknown command «{c}»; see `datalots --help`"
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
  datalots --help       visa denna hjälp / show this help
  datalots --version    visa versionen / show the version
";

/// Parses the arguments after the program name.
pub fn parse<I, S>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Ok(Command::Help);
    };
    match first.as_ref() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        other => Err(UsageError::UnknownCommand(other.to_owned())),
    }
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
    fn unknown_command_is_named_in_both_languages() {
        let err = parse(["frobnicate"]).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("okänt kommando «frobnicate»"), "{text}");
        assert!(text.contains("unknown command «frobnicate»"), "{text}");
    }
}
