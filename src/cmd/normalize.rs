//! `datalots normalize`: the table as Datalots read it, written as UTF-8 RFC 4180 CSV
//! (comma, CRLF, one header row, only the first table) to `--out` or standard output.
//!
//! The streaming writer is [`csv_profile::Normalizer`]: the file goes through it
//! 64 KiB at a time, so memory stays flat whatever its size.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use datalots::csv_profile::{self, Normalizer, Options, Profile, WarningCode};

use crate::cli::NormalizeCmd;
use crate::exit::{self, Command, Failure};
use crate::files::{self, FileError, Problem};

/// Runs `datalots normalize`.
pub fn run(a: &NormalizeCmd) -> ExitCode {
    exit::run(Command::Normalize, || {
        let opts = a.read.to_options().options()?;
        let input = files::open(&a.file)?;
        let names = a.header_names();
        let written = match &a.out {
            Some(out) => {
                let w = io::BufWriter::new(files::create(out)?);
                normalize_stream(input, w, opts, names, &a.file, out)?
            }
            None => normalize_stream(
                input,
                io::stdout().lock(),
                opts,
                names,
                &a.file,
                Path::new("-"),
            )?,
        };
        // What the copy leaves out, said once more where the person looks.
        for w in written.warnings.iter().filter(|w| {
            matches!(
                w.code,
                WarningCode::MultipleTables | WarningCode::NoDataRows | WarningCode::HeaderWidth
            )
        }) {
            eprintln!("datalots normalize: {} / {}", w.message_sv, w.message_en);
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// Streams `input` through the normaliser into `output`, 64 KiB at a time. Returns
/// the profile of the table written. `from` and `to` name the files in errors.
fn normalize_stream(
    mut input: impl Read,
    mut output: impl Write,
    opts: Options,
    header_names: Option<Vec<String>>,
    from: &Path,
    to: &Path,
) -> Result<Profile, Failure> {
    let failed = |path: &Path, problem| FileError {
        path: path.display().to_string(),
        problem,
    };
    let read = |e| failed(from, Problem::Read(e));
    let write = |e| failed(to, Problem::Write(e));
    let csv = |e: csv_profile::Error| Failure::in_file(from, e);
    let mut n = Normalizer::new(opts, header_names);
    let mut buf = vec![0u8; 64 * 1024];
    let mut out = Vec::with_capacity(128 * 1024);
    loop {
        let k = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(k) => k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(read(e).into()),
        };
        n.feed(&buf[..k], &mut out).map_err(csv)?;
        output.write_all(&out).map_err(write)?;
        out.clear();
    }
    let profile = n.finish(&mut out).map_err(csv)?;
    output.write_all(&out).map_err(write)?;
    output.flush().map_err(write)?;
    Ok(profile)
}
