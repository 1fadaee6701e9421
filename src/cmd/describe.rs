//! `datalots describe`: a CSV file, the licence answers and the publisher settings
//! in; the whole catalogue (new, or `--catalog` with the dataset added) and the data
//! dictionary out.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use datalots::dcat_ap_se::quality::{DatasetAssessment, Profile};
use datalots::dcat_ap_se::{Catalog, Finding, Format, Node};
use datalots::describe::{self, Draft, Origin};
use datalots::{Answers, Error};

use crate::cli::DescribeCmd;
use crate::cmd::{inputs, report};
use crate::exit::{self, Command, Failure};
use crate::files::{self, Backup};

/// What `describe` produced.
#[derive(Debug)]
struct Described {
    /// The described dataset and its marks.
    draft: Draft,
    /// The whole catalogue, written in `format`.
    rdf: String,
    /// The format written.
    format: Format,
    /// Violations on the resources the describe step created (should be none).
    new_violations: Vec<Finding>,
    /// Violations on resources that were already in `--catalog`.
    old_violations: Vec<Finding>,
    /// The data dictionary files written.
    dictionary_files: Vec<PathBuf>,
    /// Where the catalogue was written (`None`: standard output).
    written: Option<PathBuf>,
    /// The new dataset's grade on Sveriges dataportal.
    grade: Option<DatasetAssessment>,
}

/// Runs `datalots describe` (without `--update`): `today` is the release date unless
/// `--date` gives one.
pub fn run(a: &DescribeCmd, today: &str) -> ExitCode {
    exit::run(Command::Describe, || {
        let described = describe(a, today)?;
        if a.out_path().is_none() {
            print!("{}", described.rdf);
        }
        eprint!("{}", summary(&described));
        Ok(exit::violations(described.new_violations.len()))
    })
}

/// The whole pipeline: profile, answers, describe, add to a catalogue, validate, and
/// write the catalogue (when `--out` is given) and the data dictionary.
fn describe(a: &DescribeCmd, today: &str) -> Result<Described, Failure> {
    let publisher = inputs::publisher(&a.publisher.clone().unwrap_or_default())?;
    let answers_path = a.answers.clone().unwrap_or_default();
    let answers = Answers::from_json(&files::read_text(&answers_path)?)
        .map_err(|e| Failure::in_file(&answers_path, e))?;
    let mut profile = inputs::profile(&a.csv, &a.read.to_options())?;
    if a.normalized {
        let header = profile.dialect.header_rows > 0;
        profile = datalots::normalize::normalized_profile(&profile, header);
    }
    let out = a.out_path();
    let format = files::rdf_format(a.format.as_deref(), out.as_deref(), Some(Format::RdfXml))?;
    let dictionary_dir = inputs::dictionary_dir(a.schema_dir.as_deref(), out.as_deref());

    let mut overrides = a.overrides();
    overrides.today = Some(today.to_owned());
    overrides.publish_dictionary = dictionary_dir.is_some();
    let draft = describe::describe(&profile, &answers, &publisher, &overrides)?;

    let mut catalog = match &a.catalog {
        Some(path) => {
            let opened = inputs::catalogue(path, a.recover)?;
            eprint!("{}", inputs::render_dropped(path, &opened.dropped));
            Catalog::from_graph(&opened.graph).map_err(|source| Error::Rdf {
                file: path.display().to_string(),
                source,
            })?
        }
        None => describe::new_catalog(&publisher)?,
    };
    draft.add_to(&mut catalog)?;

    let report = catalog.validate().map_err(Error::from)?;
    let new = draft.new_resources();
    let (new_violations, old_violations) = report
        .violations()
        .cloned()
        .partition(|f| a.catalog.is_none() || new.contains(&f.resource));
    let rdf = catalog.write(format).map_err(Error::from)?;
    let grade = catalog
        .assess(Profile::Dataportal)
        .map_err(Error::from)?
        .datasets
        .into_iter()
        .find(|d| new.contains(&d.dataset));

    let dictionary_files = match &dictionary_dir {
        Some(dir) => {
            let file_name = overrides.file_name.as_deref().unwrap_or("data.csv");
            inputs::write_dictionary(dir, file_name, &draft.csvw, &draft.frictionless)?
        }
        None => Vec::new(),
    };
    if let Some(out) = &out {
        let backup = if a.in_place { Backup::Keep } else { Backup::No };
        files::write(out, &rdf, backup)?;
    }
    Ok(Described {
        draft,
        rdf,
        format,
        new_violations,
        old_violations,
        dictionary_files,
        written: out,
        grade,
    })
}

/// The new dataset's points on Sveriges dataportal, and what earns those missing.
fn grade(g: &DatasetAssessment) -> String {
    let mut s = String::new();
    let (sv, en) = crate::cmd::quality::points(g.points);
    let _ = writeln!(
        s,
        "\nMetadatakvalitet på Sveriges dataportal / metadata quality on Sveriges dataportal: \
         {sv} av {max} poäng / {en} of {max} points",
        max = g.metadata_max
    );
    for i in g.missing().filter(|i| !i.checked_by_portal) {
        let _ = writeln!(
            s,
            "  - {} ({}): {}\n    {}",
            i.name, i.property, i.earn.sv, i.earn.en
        );
    }
    let (now, reachable) = (g.rating.label(), g.rating_when_reachable.label());
    let _ = writeln!(
        s,
        "  Betyg / rating: {} / {}; när filen finns på sin adress / once the file is at its address: {} / {} \
         (`datalots quality` visar allt / shows all)",
        now.sv, now.en, reachable.sv, reachable.en
    );
    s
}

/// What `datalots describe` tells the person on the terminal: what to check, what was
/// written, and any violations.
fn summary(d: &Described) -> String {
    let mut s = String::new();
    let dataset = d
        .draft
        .dataset
        .id
        .as_ref()
        .and_then(Node::iri)
        .unwrap_or_default();
    let _ = writeln!(s, "Datamängd / dataset: {dataset}");
    if let Some(l) = &d.draft.recommendation.licence {
        let _ = writeln!(s, "Licens / licence: {} ({})", l.name_sv, l.uri);
    }
    let _ = writeln!(
        s,
        "\nKontrollera innan publicering (förslag) / check before publishing (suggested):"
    );
    let mut resource = "";
    for m in d.draft.marked(Origin::Suggested) {
        if m.resource != resource {
            resource = &m.resource;
            let _ = writeln!(s, "  {resource}");
        }
        let _ = writeln!(
            s,
            "    - {}: {}\n      {}",
            m.property, m.note.sv, m.note.en
        );
    }
    if !d.draft.notices.is_empty() {
        let _ = writeln!(s, "\nAtt tänka på / keep in mind:");
        for n in &d.draft.notices {
            let _ = writeln!(s, "  - {}\n    {}", n.sv, n.en);
        }
    }
    if let Some(g) = &d.grade {
        s.push_str(&grade(g));
    }
    report::written(&mut s, d.written.as_deref(), d.format, &d.dictionary_files);
    if !d.dictionary_files.is_empty() {
        let _ = writeln!(
            s,
            "  publicera CSVW-filen på / publish the CSVW file at: {}",
            d.draft.csvw_url
        );
    }
    report::violations(&mut s, &d.new_violations);
    if !d.old_violations.is_empty() {
        let _ = writeln!(
            s,
            "\nDen befintliga katalogen har {n} överträdelser som inte gäller den nya datamängden; \
             kör `datalots validate` på den.\nThe existing catalogue has {n} violations that do not \
             concern the new dataset; run `datalots validate` on it.",
            n = d.old_violations.len()
        );
    }
    let _ = writeln!(
        s,
        "\nNästa gång systemet som filen kommer från upphandlas: `datalots procurement` skriver \
         krav med inbyggd öppenhet, så att datan kan publiceras utan omvägar.\nThe next time the \
         system the file comes from is procured: `datalots procurement` writes requirements with \
         built-in openness, so the data can be published without detours."
    );
    s
}
