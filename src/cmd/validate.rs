//! `datalots validate`: a catalogue file checked against DCAT-AP-SE 3.0.1.

use std::fmt::Write as _;
use std::path::Path;

use datalots::dcat_ap_se::{Format, Report, Severity};

use datalots::Error;

/// A validated file: the findings, and the syntax errors the parser read past.
#[derive(Debug)]
pub struct Validated {
    /// The findings for what could be read.
    pub report: Report,
    /// Syntax errors, with line and column. Non-empty means the file is not fully
    /// readable: a harvester may reject all of it.
    pub syntax_errors: Vec<datalots::dcat_ap_se::Error>,
}

/// Reads and validates a catalogue file.
///
/// The parser goes on after a syntax error where it can, so that the findings for the
/// rest of the file are shown too; a file of which nothing could be read is an error.
pub fn validate_file(path: &Path, format: Option<&str>) -> Result<Validated, Error> {
    let shown = path.display().to_string();
    let format = match format {
        Some(name) => Format::from_name(name).ok_or_else(|| Error::Rdf {
            path: shown.clone(),
            source: datalots::dcat_ap_se::Error::UnknownFormat(name.to_owned()),
        })?,
        None => Format::from_path(&shown).map_err(|source| Error::Rdf {
            path: shown.clone(),
            source,
        })?,
    };
    let bytes = std::fs::read(path).map_err(|e| Error::Io {
        path: shown.clone(),
        message: e.to_string(),
    })?;
    // The triples as read, validated without building a graph's indexes (what
    // `validate(&graph)` reports, at a fraction of the cost on a large catalogue).
    let (triples, syntax_errors) =
        datalots::dcat_ap_se::parse_triples_recovering(&bytes, format).map_err(|source| Error::Rdf {
            path: shown.clone(),
            source,
        })?;
    Ok(Validated {
        report: datalots::dcat_ap_se::validate_triples(&triples),
        syntax_errors,
    })
}

/// The findings as text, grouped by resource.
pub fn render(report: &Report) -> String {
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
