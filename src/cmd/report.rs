//! Lines several commands print the same way: the catalogue changes, the files
//! written, the violations.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use datalots::dcat_ap_se::upgrade::Change;
use datalots::dcat_ap_se::{Finding, Format};

/// A dataset's title after its IRI: ` «title»`, or nothing.
pub fn title(title: Option<&str>) -> String {
    title.map(|t| format!(" «{t}»")).unwrap_or_default()
}

/// One line (and its reason) per change: resource, property, old → new value.
pub fn changes(s: &mut String, changes: &[Change]) {
    for c in changes {
        let _ = writeln!(
            s,
            "  - {} {}: {} → {}\n      {} / {}",
            c.resource,
            c.property,
            c.from.as_deref().unwrap_or("–"),
            c.to.as_deref().unwrap_or("–"),
            c.sv,
            c.en
        );
    }
}

/// Where the catalogue (`None`: to standard output, nothing said) and the data
/// dictionary files were written.
pub fn written(s: &mut String, catalogue: Option<&Path>, format: Format, dictionary: &[PathBuf]) {
    if let Some(out) = catalogue {
        let _ = writeln!(
            s,
            "\nKatalog skriven / catalogue written: {} ({})",
            out.display(),
            format.name()
        );
    }
    for f in dictionary {
        let _ = writeln!(
            s,
            "Databeskrivning skriven / data dictionary written: {}",
            f.display()
        );
    }
}

/// One line per violation: resource, property, the message in both languages.
pub fn violations(s: &mut String, findings: &[Finding]) {
    for f in findings {
        let _ = writeln!(
            s,
            "ÖVERTRÄDELSE / VIOLATION {} {}: {} / {}",
            f.resource,
            f.property.as_deref().unwrap_or(""),
            f.message_sv,
            f.message_en
        );
    }
}
