//! `datalots validate`: a catalogue file checked against DCAT-AP-SE 3.0.1.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use datalots::dcat_ap_se::{self, Report, Severity};

use crate::cli::ValidateArgs;
use crate::cmd::inputs;
use crate::exit::{self, Command, Failure};

/// A validated file: the findings, and the syntax errors the parser read past.
#[derive(Debug)]
struct Validated {
    /// The findings for what could be read.
    report: Report,
    /// Syntax errors, with line and column. Non-empty means the file is not fully
    /// readable: a harvester may reject all of it.
    syntax_errors: Vec<dcat_ap_se::Error>,
}

/// Runs `datalots validate`.
pub fn run(a: &ValidateArgs) -> ExitCode {
    exit::run(Command::Validate, || {
        let validated = validate_file(&a.file, a.format.as_deref())?;
        let report = &validated.report;
        if a.json {
            println!("{}", serde_json::to_string_pretty(report)?);
        } else {
            print!("{}", render(report));
        }
        if !validated.syntax_errors.is_empty() {
            for e in &validated.syntax_errors {
                eprintln!("datalots validate: {}: {e}", a.file.display());
            }
            eprintln!(
                "datalots validate: filen kunde inte läsas helt; fynden gäller bara det som kunde läsas / \
                 the file could not be read completely; the findings cover only what could be read"
            );
            return Ok(ExitCode::from(2));
        }
        Ok(exit::violations(report.violations().count()))
    })
}

/// Reads and validates a catalogue file.
///
/// The parser goes on after a syntax error where it can, so that the findings for the
/// rest of the file are shown too; a file of which nothing could be read is an error.
fn validate_file(path: &Path, format: Option<&str>) -> Result<Validated, Failure> {
    // The triples as read, validated without building a graph's indexes (what
    // `validate(&graph)` reports, at a fraction of the cost on a large catalogue).
    let (triples, syntax_errors) = inputs::triples(path, format)?;
    Ok(Validated {
        report: dcat_ap_se::validate_triples(&triples),
        syntax_errors,
    })
}

/// The findings as text, grouped by resource.
fn render(report: &Report) -> String {
    // Built with `push_str`: at 10,000 datasets there are some 120,000 findings, and
    // `write!` with padding cost a twentieth of `datalots validate`.
    fn padded(s: &mut String, text: &str, width: usize) {
        s.push_str(text);
        for _ in text.chars().count()..width {
            s.push(' ');
        }
    }
    let mut s = String::new();
    for (resource, findings) in report.by_resource() {
        s.push_str(resource);
        s.push_str("  (");
        s.push_str(&findings[0].class);
        s.push_str(")\n");
        for f in findings {
            let tag = match f.severity {
                Severity::Violation => "FEL/VIOLATION",
                Severity::Warning => "VARNING/WARNING",
            };
            s.push_str("  ");
            padded(&mut s, tag, 15);
            s.push(' ');
            padded(&mut s, f.property.as_deref().unwrap_or("-"), 28);
            s.push_str(" [");
            s.push_str(&f.rule);
            s.push_str("]\n      ");
            s.push_str(&f.message_sv);
            s.push_str("\n      ");
            s.push_str(&f.message_en);
            s.push('\n');
        }
    }
    let violations = report.violations().count();
    let warnings = report.warnings().count();
    let _ = writeln!(
        s,
        "{violations} överträdelser, {warnings} varningar / {violations} violations, {warnings} warnings"
    );
    s
}
