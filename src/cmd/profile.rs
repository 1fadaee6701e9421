//! `datalots profile`: a CSV file described, as a table for people (or JSON).

use std::fmt::Write as _;
use std::process::ExitCode;

use datalots::csv_profile::{Profile, Scalar};

use crate::cli::ProfileArgs;
use crate::cmd::inputs;
use crate::exit::{self, Command};

/// Runs `datalots profile`.
pub fn run(a: &ProfileArgs) -> ExitCode {
    exit::run(Command::Profile, || {
        let profile = inputs::profile(&a.file, &a.read.to_options())?;
        if a.json {
            println!("{}", serde_json::to_string_pretty(&profile)?);
        } else {
            print!("{}", render(&a.file.display().to_string(), &profile));
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn scalar(s: &Option<Scalar>) -> String {
    match s {
        Some(Scalar::Number(n)) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
        Some(Scalar::Number(n)) => format!("{n:.2}"),
        Some(Scalar::Text(t)) => t.chars().take(16).collect(),
        None => String::new(),
    }
}

/// A column's minimum or maximum, or the mask when the column holds personal data
/// (a terminal's text ends up in tickets and e-mails; the widget masks them too).
fn masked(c: &datalots::csv_profile::ColumnProfile, value: &Option<Scalar>) -> String {
    match (&c.personal_data, value) {
        (Some(pd), Some(_)) => datalots::view::mask(pd.kind).to_owned(),
        _ => scalar(value),
    }
}

fn shown(c: char) -> String {
    match c {
        '\t' => "TAB".into(),
        ' ' => "space".into(),
        '\u{a0}' => "NBSP".into(),
        '\u{2009}' => "thin space".into(),
        c => format!("'{c}'"),
    }
}

/// «Om filen»: the lines before the table and the notes beside it, as the widget
/// shows them (values that look like personal data masked).
fn about(p: &Profile) -> String {
    let about = datalots::about::About::new(p);
    let mut s = String::new();
    if !about.lines.is_empty() {
        let _ = writeln!(
            s,
            "\nOm filen (före tabellen; inte kolumner) / About the file (before the table; not columns):"
        );
        for l in &about.lines {
            let kind = l
                .kind_text
                .as_ref()
                .map(|k| format!("  ({})", k))
                .unwrap_or_default();
            let _ = writeln!(s, "  {}{kind}", l.line);
        }
    }
    if !about.notes.is_empty() {
        let _ = writeln!(
            s,
            "\nAnteckningar bredvid tabellen / notes beside the table:"
        );
        for n in &about.notes {
            let label = if n.label.is_empty() {
                String::new()
            } else {
                format!(" «{}»", n.label)
            };
            let _ = writeln!(s, "  rad/row {}{label}: {}", n.row, n.note);
        }
    }
    s
}

/// The profile as text: file facts, one line per column, then the warnings.
fn render(name: &str, p: &Profile) -> String {
    let mut s = String::new();
    let d = &p.dialect;
    let _ = writeln!(
        s,
        "{name}: {}{}, {} byte, {} rader / rows",
        p.encoding,
        if p.bom { " (BOM)" } else { "" },
        p.bytes,
        p.rows
    );
    // Personal data before anything else, in the words the widget uses.
    if let Some(w) = datalots::view::personal_warning(p) {
        let _ = writeln!(
            s,
            "\nPERSONUPPGIFTER / PERSONAL DATA\n  {}\n  {}\n",
            w.sv, w.en
        );
    }
    let _ = writeln!(
        s,
        "avgränsare / delimiter {}, citattecken / quote {}, radslut / line endings {:?}, rubrikrader / header rows {}, inledande / preamble {}, avslutande / footer {}",
        shown(d.delimiter),
        d.quote.map_or("-".into(), shown),
        d.line_terminator,
        d.header_rows,
        d.preamble_rows,
        d.footer_rows
    );
    let _ = writeln!(
        s,
        "säkerhet / confidence {:.2}{}",
        d.confidence,
        if d.skip_initial_space {
            ", mellanslag efter avgränsaren hör till den / spaces after the delimiter belong to it"
        } else {
            ""
        }
    );
    for a in &d.alternatives {
        let _ = writeln!(
            s,
            "  alternativ / alternative: avgränsare / delimiter {}, citattecken / quote {}, {} kolumner / columns: {} / {}",
            shown(a.delimiter),
            a.quote.map_or("-".into(), shown),
            a.columns,
            a.reason_sv,
            a.reason_en
        );
    }
    if let Some(r) = &p.date_range {
        let _ = writeln!(s, "datum / dates {} – {}", r.start, r.end);
    }
    s.push_str(&about(p));
    let _ = writeln!(
        s,
        "\n{:<24} {:<9} {:>8} {:>8} {:>16} {:>16} {:>12}  format, personuppgifter / personal data",
        "kolumn / column", "typ/type", "saknas", "unika", "min", "max", "medel/mean",
    );
    for c in &p.columns {
        let mut extra = Vec::new();
        if let Some(f) = &c.format {
            if let Some(x) = f.decimal {
                extra.push(format!("decimal {}", shown(x)));
            }
            if let Some(x) = f.group {
                extra.push(format!("group {}", shown(x)));
            }
            if let Some(x) = f.date {
                extra.push(x.to_owned());
            }
            if f.percent {
                extra.push("%".into());
            }
        }
        if let Some(pd) = &c.personal_data {
            extra.push(format!(
                "PERSONUPPGIFTER / PERSONAL DATA: {:?} {:.0} %",
                pd.kind,
                pd.share * 100.0
            ));
        }
        let name: String = c.name.chars().take(24).collect();
        let _ = writeln!(
            s,
            "{name:<24} {:<9} {:>8} {:>8} {:>16} {:>16} {:>12}  {}",
            format!("{:?}", c.kind).to_lowercase(),
            c.missing,
            c.distinct,
            masked(c, &c.min),
            masked(c, &c.max),
            c.mean.map_or(String::new(), |m| format!("{m:.2}")),
            extra.join(", ")
        );
    }
    if !p.warnings.is_empty() {
        let _ = writeln!(s, "\nVarningar / Warnings:");
        for w in &p.warnings {
            let place = match (w.row, w.column) {
                (Some(r), Some(c)) => format!("rad/row {r}, kolumn/column {c}: "),
                (Some(r), None) => format!("rad/row {r}: "),
                (None, Some(c)) => format!("kolumn/column {c}: "),
                (None, None) => String::new(),
            };
            let _ = writeln!(s, "  {place}{}\n    {}", w.message_sv, w.message_en);
        }
    }
    s
}
