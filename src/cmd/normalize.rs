//! `datalots normalize`: the table as Datalots read it, written as UTF-8 RFC 4180 CSV
//! (comma, CRLF, one header row, only the first table) to `--out` or standard output.
//!
//! The streaming writer is [`csv_profile::Normalizer`]: the file goes through it
//! 64 KiB at a time, so memory stays flat whatever its size.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use datalots::csv_profile::{self, Normalizer, Options, Profile, WarningCode};
use datalots::read::ReadOptions;

use crate::cli::NormalizeCmd;
use crate::cmd::inputs;
use crate::exit::{self, Command, Failure};
use crate::files::{self, FileError, Problem};

/// Runs `datalots normalize`.
///
/// A file whose first reading asks for a second one (bytes after the first 64 KiB
/// that are not UTF-8 but all Windows-1252, [`datalots::read::second_pass`]) is
/// written as Windows-1252 read it, and that is said: with `--out` the copy is written
/// again; on standard output, which cannot be taken back, a file with bytes that are
/// not UTF-8 is profiled first. A copy with cells that differ from the file (bytes the
/// encoding could not read, now `�`) is written, the count said on standard error,
/// and the exit code is 1.
pub fn run(a: &NormalizeCmd) -> ExitCode {
    exit::run(Command::Normalize, || {
        let mut read = a.read.to_options();
        if a.out.is_none() && read.encoding.is_none() && !utf8(&a.file)? {
            let first = inputs::profile_once(&a.file, &read)?;
            if let Some(encoding) = datalots::read::second_pass(&first, &read) {
                inputs::say_read_again(&a.file, encoding);
                read = read.with_encoding(encoding);
            }
        }
        let mut written = write(a, &read)?;
        if let Some(encoding) = datalots::read::second_pass(&written, &read) {
            inputs::say_read_again(&a.file, encoding);
            written = write(a, &read.with_encoding(encoding))?;
        }
        // What the copy leaves out, said once more where the person looks.
        for w in written.warnings.iter().filter(|w| {
            matches!(
                w.code,
                WarningCode::MultipleTables | WarningCode::NoDataRows | WarningCode::HeaderWidth
            )
        }) {
            eprintln!("datalots normalize: {} / {}", w.message_sv, w.message_en);
        }
        match datalots::normalize::replaced_note(&written) {
            Some(note) => {
                eprintln!(
                    "datalots normalize: {} / {}\n  --encoding windows-1252 (eller filens teckenkodning / or the file's encoding)",
                    note.sv, note.en
                );
                Ok(ExitCode::from(1))
            }
            None => Ok(ExitCode::SUCCESS),
        }
    })
}

/// Writes the normalised copy to `--out` (created anew) or standard output, read as
/// `read` says; returns the profile of the table written.
fn write(a: &NormalizeCmd, read: &ReadOptions) -> Result<Profile, Failure> {
    let opts = read.options()?;
    let input = files::open(&a.file)?;
    let names = a.header_names();
    match &a.out {
        Some(out) => {
            let w = io::BufWriter::new(files::create(out)?);
            normalize_stream(input, w, opts, names, &a.file, out)
        }
        None => normalize_stream(
            input,
            io::stdout().lock(),
            opts,
            names,
            &a.file,
            Path::new("-"),
        ),
    }
}

/// Whether the whole file is UTF-8 (then no second reading can be asked for).
fn utf8(path: &Path) -> Result<bool, Failure> {
    let mut input = files::open(path)?;
    let mut buf = vec![0u8; 64 * 1024];
    let mut carry = 0;
    loop {
        let k = match input.read(&mut buf[carry..]) {
            Ok(0) => return Ok(carry == 0),
            Ok(k) => k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(FileError {
                    path: path.display().to_string(),
                    problem: Problem::Read(e),
                }
                .into());
            }
        };
        let filled = carry + k;
        match std::str::from_utf8(&buf[..filled]) {
            Ok(_) => carry = 0,
            // A character cut off by the end of the piece: kept for the next.
            Err(e) if e.error_len().is_none() => {
                let from = e.valid_up_to();
                buf.copy_within(from..filled, 0);
                carry = filled - from;
            }
            Err(_) => return Ok(false),
        }
    }
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
