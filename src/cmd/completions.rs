//! `datalots completions SHELL`: the shell's completion script on standard output.

use std::process::ExitCode;

use crate::cli::{self, CompletionsArgs};

/// Runs `datalots completions`.
pub fn run(a: &CompletionsArgs) -> ExitCode {
    cli::completions(a.shell, &mut std::io::stdout());
    ExitCode::SUCCESS
}
