//! What several commands read and write the same way: the publisher settings, a
//! catalogue (and what a recovering read left out, or its triples alone), the CSV
//! file's profile, and the data dictionary next to the catalogue.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use datalots::Publisher;
use datalots::catalog::{self, Dropped, Opened};
use datalots::csv_profile::Profile;
use datalots::dcat_ap_se::{self, oxrdf::Triple};
use datalots::read::ReadOptions;

use crate::exit::Failure;
use crate::files::{self, Backup};

/// Reads the publisher settings: JSON when the file ends in `.json` (as the widget
/// keeps them), else TOML.
pub fn publisher(path: &Path) -> Result<Publisher, Failure> {
    let shown = path.display().to_string();
    let body = files::read_text(path)?;
    Ok(if shown.to_ascii_lowercase().ends_with(".json") {
        Publisher::from_json(&body, &shown)?
    } else {
        Publisher::from_toml(&body, &shown)?
    })
}

/// Reads a catalogue file, its format from the extension; with `recover`, past its
/// syntax errors ([`Opened::dropped`]).
pub fn catalogue(path: &Path, recover: bool) -> Result<Opened, Failure> {
    let shown = path.display().to_string();
    let format = catalog::format_of(&shown)?;
    let bytes = files::read(path)?;
    Ok(catalog::open(&bytes, format, recover, &shown)?)
}

/// Reads a catalogue file's triples (its format from `--format` or the extension),
/// going on after syntax errors where it can: the triples and the errors read past. A
/// file of which nothing could be read is an error.
pub fn triples(
    path: &Path,
    format: Option<&str>,
) -> Result<(Vec<Triple>, Vec<dcat_ap_se::Error>), Failure> {
    let format = files::rdf_format(format, Some(path), None)?;
    let bytes = files::read(path)?;
    Ok(
        dcat_ap_se::parse_triples_recovering(&bytes, format).map_err(|source| {
            datalots::Error::Rdf {
                file: path.display().to_string(),
                source,
            }
        })?,
    )
}

/// Profiles the CSV file, read as `read` says; a second time, as Windows-1252, when
/// the first reading asks for it and `--encoding` was not given
/// ([`datalots::read::second_pass`]), which is said on standard error.
pub fn profile(path: &Path, read: &ReadOptions) -> Result<Profile, Failure> {
    let first = profile_once(path, read)?;
    match datalots::read::second_pass(&first, read) {
        Some(encoding) => {
            say_read_again(path, encoding);
            profile_once(path, &read.with_encoding(encoding))
        }
        None => Ok(first),
    }
}

/// Profiles the CSV file once, read as `read` says.
pub fn profile_once(path: &Path, read: &ReadOptions) -> Result<Profile, Failure> {
    let file = files::open(path)?;
    datalots::csv_profile::profile_reader(file, read.options()?)
        .map_err(|e| Failure::in_file(path, e))
}

/// Says on standard error that `path` is read again as `encoding`.
pub fn say_read_again(path: &Path, encoding: &str) {
    let note = datalots::read::reread_note(encoding);
    eprintln!("datalots: {}: {} / {}", path.display(), note.sv, note.en);
}

/// What a recovering read left out, for the terminal.
pub fn render_dropped(path: &Path, dropped: &[Dropped]) -> String {
    let mut s = String::new();
    if dropped.is_empty() {
        return s;
    }
    let _ = writeln!(
        s,
        "UTELÄMNAT / LEFT OUT: {} kunde inte läsas helt; {} ställen hoppades över / \
         could not be read completely; {} places were skipped:",
        path.display(),
        dropped.len(),
        dropped.len()
    );
    for d in dropped {
        let _ = writeln!(
            s,
            "  rad/line {}, kolumn/column {}: «{}»\n    {}",
            d.line, d.column, d.text, d.message
        );
    }
    s
}

/// Where the data dictionary goes: `--schema-dir`, else next to `--out`; nowhere
/// when neither is given.
pub fn dictionary_dir(schema_dir: Option<&Path>, out: Option<&Path>) -> Option<PathBuf> {
    schema_dir
        .map(Path::to_path_buf)
        .or_else(|| out.map(|o| o.parent().map(Path::to_path_buf).unwrap_or_default()))
}

/// The CSVW document's path for a file: `FILE.csv-metadata.json` in `dir`.
pub fn csvw_path(dir: &Path, file_name: &str) -> PathBuf {
    dir.join(format!("{file_name}-metadata.json"))
}

/// Writes the data dictionary for `file_name` into `dir`: the CSVW document and the
/// Frictionless Data Resource (`STEM.resource.json`). Returns the files written.
pub fn write_dictionary(
    dir: &Path,
    file_name: &str,
    csvw: &serde_json::Value,
    frictionless: &serde_json::Value,
) -> Result<Vec<PathBuf>, Failure> {
    let stem = file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem);
    let mut written = Vec::new();
    for (path, doc) in [
        (csvw_path(dir, file_name), csvw),
        (dir.join(format!("{stem}.resource.json")), frictionless),
    ] {
        let body = serde_json::to_string_pretty(doc)?;
        files::write(&path, format!("{body}\n"), Backup::No)?;
        written.push(path);
    }
    Ok(written)
}
