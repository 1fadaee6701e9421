//! `datalots describe FILE --catalog K --update`: the dataset in K refreshed from the
//! new version of FILE (`datalots::catalog::update`: what was derived is derived
//! again, what a person wrote is kept, a changed column structure is said).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use datalots::catalog::{self, UpdateRequest, Updated};
use datalots::dcat_ap_se::{self, Finding, Format};

use crate::cli::DescribeCmd;
use crate::cmd::{inputs, report};
use crate::exit::{self, Command, Failure};
use crate::files::{self, Backup};

/// What `datalots describe --update` produced.
#[derive(Debug)]
struct UpdatedFiles {
    /// What the update did.
    updated: Updated,
    /// The whole catalogue, in `format`.
    rdf: String,
    /// The format written.
    format: Format,
    /// Where it was written (`None`: standard output).
    written: Option<PathBuf>,
    /// The data dictionary files written.
    dictionary_files: Vec<PathBuf>,
    /// Violations on the updated dataset and what it reaches.
    violations: Vec<Finding>,
    /// Violations elsewhere in the catalogue.
    other_violations: usize,
}

/// Runs `datalots describe --update`; `today` is the new version's date unless
/// `--date` gives one.
pub fn run(a: &DescribeCmd, today: &str) -> ExitCode {
    exit::run(Command::Update, || {
        let date = a.date.as_deref().unwrap_or(today);
        let done = update(a, date)?;
        if done.written.is_none() {
            print!("{}", done.rdf);
        }
        eprint!("{}", render_update(&done));
        Ok(exit::violations(done.violations.len()))
    })
}

/// The previous version's data dictionary, when there is one where the new one goes
/// (none, or one that cannot be read, means the structure is compared with the drafted
/// description instead).
fn previous_csvw(path: Option<&Path>) -> Option<serde_json::Value> {
    let text = files::read_text(path?).ok()?;
    serde_json::from_str(&text).ok()
}

fn update(a: &DescribeCmd, date: &str) -> Result<UpdatedFiles, Failure> {
    let Some(catalog_path) = &a.catalog else {
        return Err(Failure::Said(datalots::Both::new(
            "--update behöver --catalog",
            "--update needs --catalog",
        )));
    };
    let publisher = a.publisher.as_deref().map(inputs::publisher).transpose()?;
    let mut opened = inputs::catalogue(catalog_path, a.recover)?;
    eprint!("{}", inputs::render_dropped(catalog_path, &opened.dropped));
    let profile = inputs::profile(&a.csv, &a.read.to_options())?;
    let file_name = a
        .csv
        .file_name()
        .map_or_else(|| "data.csv".into(), |f| f.to_string_lossy().into_owned());
    let out = a.out_path();
    let dictionary_dir = inputs::dictionary_dir(a.schema_dir.as_deref(), out.as_deref());
    let answers = match &a.answers {
        Some(path) => Some(
            datalots::Answers::from_json(&files::read_text(path)?)
                .map_err(|e| Failure::in_file(path, e))?,
        ),
        None => None,
    };
    let request = UpdateRequest {
        licence: answers.map(|a| datalots::licence_advisor::recommend(&a)),
        dataset: a.dataset.clone(),
        title: a.title.clone(),
        file_name: file_name.clone(),
        date: date.to_owned(),
        previous_csvw: previous_csvw(
            dictionary_dir
                .as_ref()
                .map(|d| inputs::csvw_path(d, &file_name))
                .as_deref(),
        ),
    };
    let updated = catalog::update(&mut opened.graph, &profile, publisher.as_ref(), &request)?;

    let format = files::rdf_format(a.format.as_deref(), out.as_deref(), Some(opened.format))?;
    let rdf = catalog::write(&opened.graph, format)?;
    let report = dcat_ap_se::validate(&opened.graph);
    let mine = dcat_ap_se::edit::reachable_from(&opened.graph, &updated.dataset);
    let violations: Vec<Finding> = report
        .violations()
        .filter(|f| mine.contains(f.resource.trim_matches(['<', '>'])))
        .cloned()
        .collect();
    let other_violations = report.violations().count() - violations.len();

    let dictionary_files = match &dictionary_dir {
        Some(dir) => {
            inputs::write_dictionary(dir, &file_name, &updated.csvw, &updated.frictionless)?
        }
        None => Vec::new(),
    };
    if let Some(path) = &out {
        let backup = if a.in_place { Backup::Keep } else { Backup::No };
        files::write(path, &rdf, backup)?;
    }
    Ok(UpdatedFiles {
        updated,
        rdf,
        format,
        written: out,
        dictionary_files,
        violations,
        other_violations,
    })
}

/// What `datalots describe --update` tells the person: a changed structure first.
fn render_update(u: &UpdatedFiles) -> String {
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
    let title = report::title(d.title.as_deref());
    let _ = writeln!(
        s,
        "Uppdaterad datamängd / dataset updated: {}{title}\n  ({} / {})",
        d.dataset, d.found.sv, d.found.en
    );
    let _ = writeln!(s, "Distribution: {}", d.distribution);
    let _ = writeln!(s, "\nÄndrat / changed:");
    report::changes(&mut s, &d.changes);
    let _ = writeln!(s, "\nBehållet / kept:");
    for k in &d.kept {
        let _ = writeln!(s, "  - {k}");
    }
    report::written(&mut s, u.written.as_deref(), u.format, &u.dictionary_files);
    report::violations(&mut s, &u.violations);
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
