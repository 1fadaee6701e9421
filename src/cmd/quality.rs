//! `datalots quality`: the grade Sveriges dataportal (or data.europa.eu) gives a
//! catalogue, computed by `datalots::dcat_ap_se::quality` before publishing: the
//! metadata points per dimension and per dataset, what earns each missing point, what
//! the portal checks itself, and the stars per distribution.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use datalots::dcat_ap_se;
use datalots::dcat_ap_se::quality::{
    self, Assessment, DatasetAssessment, IndicatorScore, Profile, Stars,
};

use crate::cli::QualityArgs;
use crate::cmd::{inputs, report};
use crate::exit::{self, Command, Failure};

/// Runs `datalots quality`: 0 when every metadata point is earned, 1 when some are
/// missing (each listed with what earns it), 2 when the file cannot be read.
pub fn run(a: &QualityArgs) -> ExitCode {
    exit::run(Command::Quality, || {
        let profile = Profile::from_name(&a.profile).unwrap_or_default();
        let (grade, syntax_errors) = grade_file(&a.file, a.format.as_deref(), profile)?;
        if a.json {
            println!("{}", serde_json::to_string_pretty(&grade)?);
        } else {
            print!("{}", render(&grade));
        }
        if !syntax_errors.is_empty() {
            for e in &syntax_errors {
                eprintln!("datalots quality: {}: {e}", a.file.display());
            }
            eprintln!(
                "datalots quality: filen kunde inte läsas helt; betyget gäller bara det som kunde läsas / \
                 the file could not be read completely; the grade covers only what could be read"
            );
            return Ok(ExitCode::from(2));
        }
        Ok(exit::violations(usize::from(
            grade.points < f64::from(grade.metadata_max),
        )))
    })
}

/// Reads a catalogue file and grades it; the syntax errors the parser read past come
/// with it.
fn grade_file(
    path: &Path,
    format: Option<&str>,
    profile: Profile,
) -> Result<(Assessment, Vec<dcat_ap_se::Error>), Failure> {
    let (triples, syntax_errors) = inputs::triples(path, format)?;
    Ok((quality::assess_triples(&triples, profile), syntax_errors))
}

/// Points as people read them: `255`, or `18,26` / `18.26`.
pub fn points(p: f64) -> (String, String) {
    if p.fract() == 0.0 {
        let whole = format!("{p:.0}");
        (whole.clone(), whole)
    } else {
        let en = format!("{p:.2}");
        (en.replace('.', ","), en)
    }
}

/// `255 av 295 / 255 of 295`.
fn of(p: f64, max: u32) -> String {
    of_units(p, max, "", "")
}

/// `255 av 295 poäng / 255 of 295 points`.
fn of_units(p: f64, max: u32, sv_unit: &str, en_unit: &str) -> String {
    let (sv, en) = points(p);
    format!("{sv} av {max}{sv_unit} / {en} of {max}{en_unit}")
}

/// The grade as text: the total and the rating, the dimensions, each dataset's missing
/// indicators with what earns them and its stars, and what the portal checks itself.
pub fn render(g: &Assessment) -> String {
    let mut s = String::new();
    let profile = match g.profile {
        Profile::Dataportal => "Sveriges dataportal",
        Profile::Eu => "data.europa.eu",
    };
    let (rating, reachable) = (g.rating.label(), g.rating_when_reachable.label());
    let _ = writeln!(
        s,
        "Metadatakvalitet / metadata quality ({profile}): {}",
        of_units(
            g.points,
            g.metadata_max,
            " poäng från metadata",
            " points from metadata"
        )
    );
    let _ = writeln!(
        s,
        "Betyg / rating: {} / {} ({}); när adresserna svarar / once the addresses answer: {} / {}",
        rating.sv,
        rating.en,
        of(g.points, g.max),
        reachable.sv,
        reachable.en
    );
    let _ = writeln!(s, "\nDimensioner / dimensions:");
    for d in &g.dimensions {
        let portal = d.max - d.metadata_max;
        let _ = write!(
            s,
            "  {:<36} {}",
            format!("{} / {}", d.label.sv, d.label.en),
            of(d.points, d.metadata_max)
        );
        if portal > 0 {
            let _ = write!(
                s,
                " (+{portal} som portalen kontrollerar / the portal checks)"
            );
        }
        s.push('\n');
    }
    let _ = writeln!(s, "\nDatamängder / datasets ({}):", g.datasets.len());
    for d in &g.datasets {
        dataset(&mut s, d);
    }
    let _ = writeln!(
        s,
        "\nKontrolleras av portalen varje natt / checked by the portal each night:"
    );
    for i in g.indicators.iter().filter(|i| i.checked_by_portal) {
        let _ = writeln!(
            s,
            "  {} ({}, {} poäng / points)\n    {}\n    {}",
            i.name, i.property, i.max, i.earn.sv, i.earn.en
        );
    }
    match g.stars_average {
        Some(avg) => {
            let (sv, en) = points(avg);
            let _ = writeln!(
                s,
                "\nStjärnor i snitt / average stars: {sv} av 5 / {en} of 5 ({} distributioner / distributions)",
                g.distributions
            );
        }
        None => {
            let _ = writeln!(
                s,
                "\nInga distributioner: inga stjärnor / no distributions: no stars"
            );
        }
    }
    s
}

/// One dataset: its points, what it misses, its distributions' stars.
fn dataset(s: &mut String, d: &DatasetAssessment) {
    let title = report::title(d.title.as_deref());
    let _ = writeln!(
        s,
        "  {}{title}: {}",
        d.dataset,
        of(d.points, d.metadata_max)
    );
    let missing: Vec<&IndicatorScore> = d.missing().filter(|i| !i.checked_by_portal).collect();
    if missing.is_empty() {
        let _ = writeln!(
            s,
            "    alla metadatapoäng / every metadata point ({} / {})",
            d.rating_when_reachable.label().sv,
            d.rating_when_reachable.label().en
        );
    }
    for i in missing {
        let _ = writeln!(
            s,
            "    saknas / missing: {} ({}) {}\n      {}\n      {}",
            i.name,
            i.property,
            of(i.points.unwrap_or(0.0), i.max),
            i.earn.sv,
            i.earn.en
        );
    }
    for x in &d.distributions {
        stars(s, x);
    }
}

fn stars(s: &mut String, x: &Stars) {
    let shown: String = (0..5)
        .map(|i| if i < x.stars { '★' } else { '☆' })
        .collect();
    let _ = writeln!(
        s,
        "    {shown} {} ({} av 5 / of 5)",
        x.distribution, x.stars
    );
    if let Some(next) = &x.next {
        let _ = writeln!(
            s,
            "      nästa stjärna / next star: {}\n      {}",
            next.sv, next.en
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_whole_or_two_decimals_in_each_language() {
        assert_eq!(points(255.0), ("255".into(), "255".into()));
        assert_eq!(points(18.26), ("18,26".into(), "18.26".into()));
        assert_eq!(of(18.26, 20), "18,26 av 20 / 18.26 of 20");
        assert_eq!(
            of_units(295.0, 295, " poäng", " points"),
            "295 av 295 poäng / 295 of 295 points"
        );
    }
}
