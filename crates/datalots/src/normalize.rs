//! `datalots normalize` and the reading overrides `profile`, `normalize` and `describe`
//! share: the command's logic as library code (typed arguments, a run function), so
//! that the CLI, the widget's worker and other Rust code call the same thing.
//!
//! The streaming writer itself is [`csv_profile::Normalizer`]: the decisions about
//! preamble, header, footer and second tables are made inside the profiler's stream,
//! so the normalised copy is exactly the table the profile describes.

use std::io::{Read, Write};
use std::path::PathBuf;

use csv_profile::{Normalizer, Options, Profile};

use crate::Error;

/// Overrides of what `csv-profile` would otherwise guess (`--delimiter`, `--quote`,
/// `--header-rows`, `--preamble-rows`, `--encoding`), as typed on the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ReadArgs {
    /// `;`, `,`, `|`, `tab`, `space`, or `", "` (a comma and the spaces after it).
    pub delimiter: Option<String>,
    /// `"`, `'` or `none`.
    pub quote: Option<String>,
    /// Header rows after the preamble.
    pub header_rows: Option<u64>,
    /// Rows before the header to skip.
    pub preamble_rows: Option<u64>,
    /// A WHATWG encoding label (`utf-8`, `windows-1252`, `latin1`…).
    pub encoding: Option<String>,
}

fn bad(what: &str, message: String) -> Error {
    Error::Io {
        path: what.to_owned(),
        message,
    }
}

impl ReadArgs {
    /// The profiler options these overrides give.
    ///
    /// ```
    /// let args = datalots::normalize::ReadArgs {
    ///     delimiter: Some(", ".into()),
    ///     quote: Some("none".into()),
    ///     header_rows: Some(2),
    ///     ..Default::default()
    /// };
    /// let o = args.options()?;
    /// assert_eq!((o.delimiter, o.skip_initial_space, o.quote, o.header_rows), (Some(','), Some(true), Some(None), Some(2)));
    /// # Ok::<(), datalots::Error>(())
    /// ```
    pub fn options(&self) -> Result<Options, Error> {
        let mut o = Options::default();
        if let Some(d) = &self.delimiter {
            let (c, skip) = match d.as_str() {
                "tab" | "\\t" | "\t" | "TAB" => ('\t', false),
                "space" | " " => (' ', false),
                other => {
                    let mut chars = other.chars();
                    match (chars.next(), chars.as_str()) {
                        (Some(c), "") => (c, false),
                        (Some(c), rest) if rest.trim().is_empty() => (c, true),
                        _ => {
                            return Err(bad(
                                "--delimiter",
                                format!(
                                    "avgränsaren ska vara ett tecken (eller tab, space), inte «{other}» / the delimiter must be one character (or tab, space), not «{other}»"
                                ),
                            ));
                        }
                    }
                }
            };
            o.delimiter = Some(c);
            o.skip_initial_space = Some(skip);
        }
        if let Some(q) = &self.quote {
            o.quote = Some(match q.as_str() {
                "none" | "ingen" | "" => None,
                other => {
                    let mut chars = other.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => Some(c),
                        _ => {
                            return Err(bad(
                                "--quote",
                                format!(
                                    "citattecknet ska vara ett tecken eller none, inte «{other}» / the quote must be one character or none, not «{other}»"
                                ),
                            ));
                        }
                    }
                }
            });
        }
        o.header_rows = self.header_rows;
        o.preamble_rows = self.preamble_rows;
        if let Some(e) = &self.encoding {
            o = o
                .with_encoding(e)
                .map_err(|err| bad("--encoding", err.to_string()))?;
        }
        Ok(o)
    }
}

/// What `datalots normalize FILE [--out FILE] [--header-names ...]` was asked to do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NormalizeArgs {
    /// The CSV file.
    pub file: PathBuf,
    /// Where to write; standard output when not given.
    pub out: Option<PathBuf>,
    /// Names for the header row (comma-separated on the command line); `auto` (an
    /// empty list) writes `column_1`… for a file without a header.
    pub header_names: Option<Vec<String>>,
    /// Reading overrides, as for `profile`.
    pub read: ReadArgs,
}

/// Streams `input` through the normaliser into `output`, 64 KiB at a time: memory
/// stays flat whatever the size. Returns the profile of the table written.
pub fn normalize_stream(
    mut input: impl Read,
    mut output: impl Write,
    opts: Options,
    header_names: Option<Vec<String>>,
    name: &str,
) -> Result<Profile, Error> {
    let io = |e: std::io::Error| Error::Io {
        path: name.to_owned(),
        message: e.to_string(),
    };
    let csv = |e: csv_profile::Error| Error::Io {
        path: name.to_owned(),
        message: e.to_string(),
    };
    let mut n = Normalizer::new(opts, header_names);
    let mut buf = vec![0u8; 64 * 1024];
    let mut out = Vec::with_capacity(128 * 1024);
    loop {
        let k = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(k) => k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io(e)),
        };
        n.feed(&buf[..k], &mut out).map_err(csv)?;
        output.write_all(&out).map_err(io)?;
        out.clear();
    }
    let profile = n.finish(&mut out).map_err(csv)?;
    output.write_all(&out).map_err(io)?;
    output.flush().map_err(io)?;
    Ok(profile)
}

/// Runs `datalots normalize`: reads `args.file`, writes `args.out` (or standard
/// output). Returns the profile of the table written.
pub fn run(args: &NormalizeArgs) -> Result<Profile, Error> {
    let opts = args.read.options()?;
    let name = args.file.display().to_string();
    let file = std::fs::File::open(&args.file).map_err(|e| Error::Io {
        path: name.clone(),
        message: format!("filen kunde inte läsas / the file could not be read: {e}"),
    })?;
    let names = args.header_names.clone();
    match &args.out {
        Some(out) => {
            let w = std::fs::File::create(out).map_err(|e| Error::Io {
                path: out.display().to_string(),
                message: format!("filen kunde inte skrivas / the file could not be written: {e}"),
            })?;
            normalize_stream(file, std::io::BufWriter::new(w), opts, names, &name)
        }
        None => normalize_stream(file, std::io::stdout().lock(), opts, names, &name),
    }
}

/// The profile of the normalised copy: the same columns and rows, written as UTF-8
/// RFC 4180 CSV (comma, `"`, CRLF, one header row or none, nothing before or after
/// the table). For the data dictionary of the normalised file (`describe
/// --normalized`).
pub fn normalized_profile(p: &Profile, header_written: bool) -> Profile {
    let mut n = p.clone();
    n.encoding = "UTF-8";
    n.bom = false;
    n.dialect.delimiter = ',';
    n.dialect.quote = Some('"');
    n.dialect.skip_initial_space = false;
    n.dialect.escape = None;
    n.dialect.line_terminator = csv_profile::LineTerminator::CrLf;
    n.dialect.header_rows = u64::from(header_written);
    n.dialect.preamble_rows = 0;
    n.dialect.footer_rows = 0;
    n.dialect.confidence = 1.0;
    n.dialect.alternatives.clear();
    n
}
