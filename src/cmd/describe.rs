//! `datalots describe`: files in, a catalogue and a data dictionary out.
//!
//! Kept apart from `main.rs` so that the reading, checking and writing are library
//! code with errors instead of exits.

use std::path::{Path, PathBuf};

use datalots::dcat_ap_se::{Catalog, Finding, Format, Node, Report};

use datalots::describe::{self, Draft, Overrides};
use datalots::publisher::Publisher;
use datalots::{Answers, Error};

/// What `datalots describe` was asked to do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DescribeArgs {
    /// The CSV file.
    pub csv: PathBuf,
    /// The publisher settings (`.toml`, or `.json` as the widget keeps them).
    pub publisher: PathBuf,
    /// The answers to the licence questions (JSON).
    pub answers: PathBuf,
    /// An existing catalogue to add the dataset to (RDF/XML, Turtle or JSON-LD).
    pub catalog: Option<PathBuf>,
    /// The output format; from `--out`'s extension, else RDF/XML.
    pub format: Option<String>,
    /// Where to write the catalogue; standard output when not given.
    pub out: Option<PathBuf>,
    /// Where to write the data dictionary; next to `out` when not given, and not at
    /// all when neither is given.
    pub schema_dir: Option<PathBuf>,
    /// Title, description, download URL, keywords, themes, HVD categories.
    pub overrides: Overrides,
    /// Update the dataset in `catalog` from the file's new version instead of adding
    /// one (see [`crate::cmd::catalog::update_files`]).
    pub update: bool,
    /// The dataset to update, when not the IRI `describe` mints.
    pub dataset: Option<String>,
    /// The new version's date with `update` (`YYYY-MM-DD`; the command line gives
    /// today). A new dataset's release date is `overrides.issued` (or
    /// `overrides.today`).
    pub date: Option<String>,
    /// Read a broken `catalog` as far as it goes (what is left out is reported).
    pub recover: bool,
    /// `out` is the catalogue itself: keep the previous file as `FILE.bak`.
    pub in_place: bool,
    /// Reading overrides, as for `profile`.
    pub read: datalots::normalize::ReadArgs,
    /// Describe the normalised copy (`datalots normalize`: UTF-8, comma, CRLF, one
    /// header row) instead of the file as it is.
    pub normalized: bool,
}

/// What `describe` produced.
#[derive(Debug)]
pub struct Described {
    /// The described dataset and its marks.
    pub draft: Draft,
    /// The whole catalogue, written in `format`.
    pub rdf: String,
    /// The format written.
    pub format: Format,
    /// The validation of the whole catalogue.
    pub report: Report,
    /// Violations on the resources the describe step created (should be none).
    pub new_violations: Vec<Finding>,
    /// Violations on resources that were already in `--catalog`.
    pub old_violations: Vec<Finding>,
    /// The data dictionary files written.
    pub dictionary_files: Vec<PathBuf>,
    /// Where the catalogue was written (`None`: only returned, in `rdf`).
    pub written: Option<PathBuf>,
    /// What a recovering read of `--catalog` left out.
    pub dropped: Vec<datalots::catalog::Dropped>,
}

fn unreadable(path: &Path, e: &std::io::Error) -> Error {
    Error::Io {
        path: path.display().to_string(),
        message: format!("filen kunde inte läsas / the file could not be read: {e}"),
    }
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|e| unreadable(path, &e))
}

/// Writes a file, creating its folder first when it is missing (`--out
/// publicera/katalog.rdf` makes `publicera/`, as a user expects).
fn write(path: &Path, text: &str) -> Result<(), Error> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::Io {
            path: dir.display().to_string(),
            message: format!("mappen kunde inte skapas / the folder could not be created: {e}"),
        })?;
    }
    std::fs::write(path, text).map_err(|e| Error::Io {
        path: path.display().to_string(),
        message: format!("filen kunde inte skrivas / the file could not be written: {e}"),
    })
}

fn text(path: &Path) -> Result<String, Error> {
    String::from_utf8(read(path)?).map_err(|e| Error::Io {
        path: path.display().to_string(),
        message: format!(
            "inte UTF-8 (byte {}) / not UTF-8 (byte {})",
            e.utf8_error().valid_up_to(),
            e.utf8_error().valid_up_to()
        ),
    })
}

/// Reads the publisher settings: JSON when the file ends in `.json`, else TOML.
pub fn read_publisher(path: &Path) -> Result<Publisher, Error> {
    let shown = path.display().to_string();
    let body = text(path)?;
    if shown.to_ascii_lowercase().ends_with(".json") {
        Publisher::from_json(&body, &shown)
    } else {
        Publisher::from_toml(&body, &shown)
    }
}

/// Runs the whole pipeline: profile, answers, describe, add to a catalogue, validate,
/// and write the catalogue (when `out` is given) and the data dictionary.
pub fn describe_files(args: &DescribeArgs) -> Result<Described, Error> {
    let publisher = read_publisher(&args.publisher)?;
    let answers_text = text(&args.answers)?;
    let answers = Answers::from_json(&answers_text).map_err(|e| Error::Io {
        path: args.answers.display().to_string(),
        message: e.to_string(),
    })?;
    let file = std::fs::File::open(&args.csv).map_err(|e| unreadable(&args.csv, &e))?;
    let profile =
        datalots::csv_profile::profile_reader(file, args.read.options()?).map_err(|e| Error::Io {
            path: args.csv.display().to_string(),
            message: e.to_string(),
        })?;
    let profile = if args.normalized {
        let header = profile.dialect.header_rows > 0;
        datalots::normalize::normalized_profile(&profile, header)
    } else {
        profile
    };

    let format = match (&args.format, &args.out) {
        (Some(name), _) => {
            Format::from_name(name).ok_or_else(|| datalots::dcat_ap_se::Error::UnknownFormat(name.clone()))?
        }
        (None, Some(out)) => Format::from_path(&out.display().to_string())?,
        (None, None) => Format::RdfXml,
    };

    let dictionary_dir = args.schema_dir.clone().or_else(|| {
        args.out
            .as_ref()
            .map(|o| o.parent().map(Path::to_path_buf).unwrap_or_default())
    });

    let mut overrides = args.overrides.clone();
    if overrides.file_name.is_none() {
        overrides.file_name = args
            .csv
            .file_name()
            .map(|f| f.to_string_lossy().into_owned());
    }
    overrides.publish_dictionary = dictionary_dir.is_some();
    let draft = describe::describe(&profile, &answers, &publisher, &overrides)?;

    let mut dropped = Vec::new();
    let mut catalog = match &args.catalog {
        Some(path) => {
            let opened = crate::cmd::catalog::read_catalogue(path, args.recover)?;
            dropped = opened.dropped;
            Catalog::from_graph(&opened.graph).map_err(|source| Error::Rdf {
                path: path.display().to_string(),
                source,
            })?
        }
        None => describe::new_catalog(&publisher)?,
    };
    draft.add_to(&mut catalog)?;

    let report = catalog.validate()?;
    let new: Vec<String> = new_resources(&draft);
    let (new_violations, old_violations) = report
        .violations()
        .cloned()
        .partition(|f| args.catalog.is_none() || new.contains(&f.resource));

    let rdf = catalog.write(format)?;

    let mut dictionary_files = Vec::new();
    if let Some(dir) = dictionary_dir {
        let file_name = overrides.file_name.as_deref().unwrap_or("data.csv");
        let stem = file_name
            .rsplit_once('.')
            .map_or(file_name, |(stem, _)| stem);
        let csvw_path = dir.join(format!("{file_name}-metadata.json"));
        let resource_path = dir.join(format!("{stem}.resource.json"));
        for (path, doc) in [
            (csvw_path, &draft.csvw),
            (resource_path, &draft.frictionless),
        ] {
            let body = serde_json::to_string_pretty(doc).map_err(|e| Error::Io {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            write(&path, &format!("{body}\n"))?;
            dictionary_files.push(path);
        }
    }
    if let Some(out) = &args.out {
        if args.in_place {
            crate::cmd::catalog::write_file(out, &rdf, true)?;
        } else {
            write(out, &rdf)?;
        }
    }

    Ok(Described {
        draft,
        rdf,
        format,
        report,
        new_violations,
        old_violations,
        dictionary_files,
        written: args.out.clone(),
        dropped,
    })
}

/// The IRIs of the resources the draft created: the dataset, its distributions and
/// contact points, and its publisher.
fn new_resources(draft: &Draft) -> Vec<String> {
    let d = &draft.dataset;
    let mut out: Vec<Option<&Node>> = vec![d.id.as_ref()];
    out.extend(d.distributions.iter().map(|x| x.id.as_ref()));
    out.extend(d.contact_point.iter().map(|x| x.id.as_ref()));
    out.push(d.publisher.as_ref().and_then(|p| p.id.as_ref()));
    out.into_iter()
        .flatten()
        .filter_map(|n| n.iri().map(str::to_owned))
        .collect()
}

/// What `datalots describe` tells the person on the terminal: what to check, what was
/// written, and any violations.
pub fn summary(d: &Described) -> String {
    use std::fmt::Write as _;
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
    for m in d.draft.marked(describe::Origin::Suggested) {
        if m.resource != resource {
            resource = &m.resource;
            let _ = writeln!(s, "  {resource}");
        }
        let _ = writeln!(
            s,
            "    - {}: {}\n      {}",
            m.property, m.note_sv, m.note_en
        );
    }
    if !d.draft.notices.is_empty() {
        let _ = writeln!(s, "\nAtt tänka på / keep in mind:");
        for n in &d.draft.notices {
            let _ = writeln!(s, "  - {}\n    {}", n.sv, n.en);
        }
    }
    if let Some(out) = &d.written {
        let _ = writeln!(
            s,
            "\nKatalog skriven / catalogue written: {} ({})",
            out.display(),
            d.format.name()
        );
    }
    for f in &d.dictionary_files {
        let _ = writeln!(
            s,
            "Databeskrivning skriven / data dictionary written: {}",
            f.display()
        );
    }
    if !d.dictionary_files.is_empty() {
        let _ = writeln!(
            s,
            "  publicera CSVW-filen på / publish the CSVW file at: {}",
            d.draft.csvw_url
        );
    }
    for f in &d.new_violations {
        let _ = writeln!(
            s,
            "ÖVERTRÄDELSE / VIOLATION {} {}: {} / {}",
            f.resource,
            f.property.as_deref().unwrap_or(""),
            f.message_sv,
            f.message_en
        );
    }
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
