//! The `datalots catalog` commands and `datalots describe --update` as library code:
//! reading the catalogue file, writing the result (`--out`, `--in-place` with a
//! `.bak`, or returned for standard output), and what the terminal shows.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use datalots::dcat_ap_se::{Finding, Format, Report};

use datalots::Error;
use datalots::catalog::{self, Dropped, Opened, Removal, Updated, Upgrade, UpgradeOptions};
use crate::cmd::describe::{DescribeArgs, read_publisher};

/// Reads a catalogue file; its format from the extension.
pub fn read_catalogue(path: &Path, recover: bool) -> Result<Opened, Error> {
    let shown = path.display().to_string();
    let format = Format::from_path(&shown).map_err(|source| Error::Rdf {
        path: shown.clone(),
        source,
    })?;
    let bytes = std::fs::read(path).map_err(|e| Error::Io {
        path: shown.clone(),
        message: format!("filen kunde inte läsas / the file could not be read: {e}"),
    })?;
    catalog::open(&bytes, format, recover, &shown)
}

/// The format to write: `--format`, else the extension of `--out`, else the input's.
pub fn output_format(
    format: Option<&str>,
    out: Option<&Path>,
    input: Format,
) -> Result<Format, Error> {
    if let Some(name) = format {
        return Format::from_name(name)
            .ok_or_else(|| datalots::dcat_ap_se::Error::UnknownFormat(name.to_owned()).into());
    }
    Ok(out
        .and_then(|o| Format::from_path(&o.display().to_string()).ok())
        .unwrap_or(input))
}

/// Writes `text` to `out`; with `backup`, the file that was there is kept as
/// `FILE.bak` first.
pub fn write_file(out: &Path, text: &str, backup: bool) -> Result<(), Error> {
    let shown = out.display().to_string();
    if backup && out.exists() {
        let bak = PathBuf::from(format!("{shown}.bak"));
        std::fs::copy(out, &bak).map_err(|e| Error::Io {
            path: bak.display().to_string(),
            message: format!(
                "säkerhetskopian kunde inte skrivas / the backup could not be written: {e}"
            ),
        })?;
    }
    std::fs::write(out, text).map_err(|e| Error::Io {
        path: shown,
        message: format!("filen kunde inte skrivas / the file could not be written: {e}"),
    })
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

/// The findings on these resources.
fn on<'r>(report: &'r Report, resources: &std::collections::HashSet<String>) -> Vec<&'r Finding> {
    report
        .violations()
        .filter(|f| resources.contains(f.resource.trim_matches(['<', '>'])))
        .collect()
}

/// What `datalots describe --update` produced.
#[derive(Debug)]
pub struct UpdatedFiles {
    /// What the update did.
    pub updated: Updated,
    /// The whole catalogue, in `format`.
    pub rdf: String,
    /// The format written.
    pub format: Format,
    /// Where it was written (`None`: standard output).
    pub written: Option<PathBuf>,
    /// The data dictionary files written.
    pub dictionary_files: Vec<PathBuf>,
    /// Whether a previous data dictionary was found to compare the columns with.
    pub previous_dictionary: Option<PathBuf>,
    /// What a recovering read left out.
    pub dropped: Vec<Dropped>,
    /// Violations on the updated dataset and what it reaches.
    pub violations: Vec<Finding>,
    /// Violations elsewhere in the catalogue.
    pub other_violations: usize,
}

/// `datalots describe FILE --catalog K --update`: the dataset in K refreshed from the
/// new version of FILE.
pub fn update_files(args: &DescribeArgs, date: &str) -> Result<UpdatedFiles, Error> {
    let catalog_path = args.catalog.as_ref().ok_or_else(|| Error::Io {
        path: "--catalog".into(),
        message: "--update behöver --catalog / --update needs --catalog".into(),
    })?;
    let publisher = if args.publisher.as_os_str().is_empty() {
        None
    } else {
        Some(read_publisher(&args.publisher)?)
    };
    let mut opened = read_catalogue(catalog_path, args.recover)?;
    let file = std::fs::File::open(&args.csv).map_err(|e| Error::Io {
        path: args.csv.display().to_string(),
        message: format!("filen kunde inte läsas / the file could not be read: {e}"),
    })?;
    let profile =
        datalots::csv_profile::profile_reader(file, args.read.options()?).map_err(|e| Error::Io {
            path: args.csv.display().to_string(),
            message: e.to_string(),
        })?;
    let file_name = args
        .csv
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| "data.csv".into());
    let dictionary_dir = args.schema_dir.clone().or_else(|| {
        args.out
            .as_ref()
            .map(|o| o.parent().map(Path::to_path_buf).unwrap_or_default())
    });
    let csvw_path = dictionary_dir
        .as_ref()
        .map(|d| d.join(format!("{file_name}-metadata.json")));
    let previous = csvw_path.as_ref().and_then(|p| {
        let text = std::fs::read_to_string(p).ok()?;
        serde_json::from_str::<serde_json::Value>(&text).ok()
    });
    let previous_dictionary = previous.as_ref().and(csvw_path.clone());
    let request = catalog::UpdateRequest {
        dataset: args.dataset.clone(),
        title: args.overrides.title.clone(),
        file_name: file_name.clone(),
        date: date.to_owned(),
        previous_csvw: previous,
    };
    let updated = catalog::update(&mut opened.graph, &profile, publisher.as_ref(), &request)?;

    let format = output_format(args.format.as_deref(), args.out.as_deref(), opened.format)?;
    let rdf = catalog::write(&opened.graph, format)?;
    let report = datalots::dcat_ap_se::validate(&opened.graph);
    let mine = datalots::dcat_ap_se::edit::reachable_from(&opened.graph, &updated.dataset);
    let violations: Vec<Finding> = on(&report, &mine).into_iter().cloned().collect();
    let other_violations = report.violations().count() - violations.len();

    let mut dictionary_files = Vec::new();
    if let Some(dir) = &dictionary_dir {
        let stem = file_name
            .rsplit_once('.')
            .map_or(file_name.as_str(), |(s, _)| s);
        for (path, doc) in [
            (
                dir.join(format!("{file_name}-metadata.json")),
                &updated.csvw,
            ),
            (
                dir.join(format!("{stem}.resource.json")),
                &updated.frictionless,
            ),
        ] {
            let body = serde_json::to_string_pretty(doc).map_err(|e| Error::Io {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            write_file(&path, &format!("{body}\n"), false)?;
            dictionary_files.push(path);
        }
    }
    if let Some(out) = &args.out {
        write_file(out, &rdf, args.in_place)?;
    }
    Ok(UpdatedFiles {
        updated,
        rdf,
        format,
        written: args.out.clone(),
        dictionary_files,
        previous_dictionary,
        dropped: opened.dropped,
        violations,
        other_violations,
    })
}

/// What `datalots describe --update` tells the person: a changed structure first.
pub fn render_update(u: &UpdatedFiles) -> String {
    let mut s = String::new();
    let d = &u.updated;
    match &d.structure {
        Some(c) if !c.is_empty() => {
            let (sv, en) = c.describe();
            let _ = writeln!(
                s,
                "!!! KOLUMNERNA HAR ÄNDRATS / THE COLUMNS HAVE CHANGED !!!\n  {sv}\n  {en}\n  \
                 Berätta för dem som använder uppgifterna (DIGG §8); det står nu i adms:versionNotes. /\n  \
                 Tell those who use the data (DIGG §8); it is now in adms:versionNotes.\n"
            );
        }
        Some(_) => {
            let _ = writeln!(
                s,
                "Kolumnerna är desamma som förut / the columns are the same as before."
            );
        }
        None => {
            let _ = writeln!(
                s,
                "Den förra versionens kolumner är okända (ingen databeskrivning, ingen utkastbeskrivning): \
                 jämför själv. / The previous version's columns are unknown (no data dictionary, no \
                 drafted description): compare them yourself."
            );
        }
    }
    let _ = writeln!(s, "Datamängd / dataset: {}", d.dataset);
    let _ = writeln!(s, "Distribution: {}", d.distribution);
    let _ = writeln!(s, "\nÄndrat / changed:");
    for c in &d.changes {
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
    let _ = writeln!(s, "\nBehållet / kept:");
    for k in &d.kept {
        let _ = writeln!(s, "  - {k}");
    }
    if let Some(out) = &u.written {
        let _ = writeln!(
            s,
            "\nKatalog skriven / catalogue written: {} ({})",
            out.display(),
            u.format.name()
        );
    }
    for f in &u.dictionary_files {
        let _ = writeln!(
            s,
            "Databeskrivning skriven / data dictionary written: {}",
            f.display()
        );
    }
    for f in &u.violations {
        let _ = writeln!(
            s,
            "ÖVERTRÄDELSE / VIOLATION {} {}: {} / {}",
            f.resource,
            f.property.as_deref().unwrap_or(""),
            f.message_sv,
            f.message_en
        );
    }
    if u.other_violations > 0 {
        let _ = writeln!(
            s,
            "\nResten av katalogen har {n} överträdelser; kör `datalots validate`. / \
             The rest of the catalogue has {n} violations; run `datalots validate`.",
            n = u.other_violations
        );
    }
    s
}

/// What `datalots catalog remove` tells the person.
pub fn render_removal(r: &Removal) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Borttaget / removed: <{}> med {} resurser och {} tripplar / with {} resources and {} triples",
        r.dataset,
        r.resources.len(),
        r.triples.len(),
        r.resources.len(),
        r.triples.len()
    );
    for x in &r.resources {
        let _ = writeln!(s, "  - {x}");
    }
    s
}

/// What `datalots catalog upgrade` tells the person.
pub fn render_upgrade(u: &Upgrade) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Uppgraderat till DCAT-AP-SE 3.0.1 / upgraded to DCAT-AP-SE 3.0.1: {} ändringar / changes",
        u.changes.len()
    );
    for c in &u.changes {
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
    if u.needs_person.is_empty() {
        let _ = writeln!(s, "\nInga överträdelser kvar / no violations left.");
    } else {
        let _ = writeln!(
            s,
            "\nBehöver en person ({n}) / needs a person ({n}):",
            n = u.needs_person.len()
        );
        for t in &u.needs_person {
            let _ = writeln!(
                s,
                "  - {} {}\n      {}\n      {}",
                t.resource,
                t.property.as_deref().unwrap_or(""),
                t.sv,
                t.en
            );
        }
    }
    s
}

/// The upgrade options from the command line and the settings file.
pub fn upgrade_options(
    formats: &[(String, String)],
    publisher_types: &[(String, String)],
) -> UpgradeOptions {
    UpgradeOptions {
        formats: formats.to_vec(),
        publisher_types: publisher_types.to_vec(),
        ..UpgradeOptions::default()
    }
}
