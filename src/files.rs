//! Files on disk: every read and write of the command line, the one error a file
//! gives ([`FileError`]), and the RDF format a command writes ([`rdf_format`]).

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use datalots::dcat_ap_se::{self, Format};

/// What went wrong with a file.
#[derive(Debug)]
pub enum Problem {
    /// It could not be read (missing, not allowed…).
    Read(io::Error),
    /// It could not be written.
    Write(io::Error),
    /// Its folder could not be created.
    Folder(io::Error),
    /// The copy of the previous file (`FILE.bak`) could not be written.
    Backup(io::Error),
    /// It is not UTF-8 text: the first byte that is not.
    NotUtf8(usize),
}

/// A file that could not be read or written: the path, and what went wrong, in
/// Swedish and English.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {problem}")]
pub struct FileError {
    /// The file (or folder), as given.
    pub path: String,
    /// What went wrong.
    pub problem: Problem,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Read(e) => write!(
                f,
                "filen kunde inte läsas / the file could not be read: {e}"
            ),
            Problem::Write(e) => {
                write!(
                    f,
                    "filen kunde inte skrivas / the file could not be written: {e}"
                )
            }
            Problem::Folder(e) => {
                write!(
                    f,
                    "mappen kunde inte skapas / the folder could not be created: {e}"
                )
            }
            Problem::Backup(e) => write!(
                f,
                "säkerhetskopian kunde inte skrivas / the backup could not be written: {e}"
            ),
            Problem::NotUtf8(at) => write!(f, "inte UTF-8 (byte {at}) / not UTF-8 (byte {at})"),
        }
    }
}

fn failed(path: &Path, problem: Problem) -> FileError {
    FileError {
        path: path.display().to_string(),
        problem,
    }
}

/// A file's bytes.
pub fn read(path: &Path) -> Result<Vec<u8>, FileError> {
    std::fs::read(path).map_err(|e| failed(path, Problem::Read(e)))
}

/// A file's text, which must be UTF-8.
pub fn read_text(path: &Path) -> Result<String, FileError> {
    String::from_utf8(read(path)?)
        .map_err(|e| failed(path, Problem::NotUtf8(e.utf8_error().valid_up_to())))
}

/// Opens a file to read it piece by piece.
pub fn open(path: &Path) -> Result<std::fs::File, FileError> {
    std::fs::File::open(path).map_err(|e| failed(path, Problem::Read(e)))
}

/// Creates a file to write it piece by piece (its folder first, when missing).
pub fn create(path: &Path) -> Result<std::fs::File, FileError> {
    make_folder(path)?;
    std::fs::File::create(path).map_err(|e| failed(path, Problem::Write(e)))
}

/// Whether a file that is replaced is kept as `FILE.bak` first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backup {
    /// Keep the previous file as `FILE.bak` (`--in-place`).
    Keep,
    /// Replace it.
    No,
}

/// Writes a file, creating its folder first when it is missing (`--out
/// publicera/katalog.rdf` makes `publicera/`, as a user expects).
pub fn write(path: &Path, contents: impl AsRef<[u8]>, backup: Backup) -> Result<(), FileError> {
    make_folder(path)?;
    if backup == Backup::Keep && path.exists() {
        let bak = PathBuf::from(format!("{}.bak", path.display()));
        std::fs::copy(path, &bak).map_err(|e| failed(&bak, Problem::Backup(e)))?;
    }
    std::fs::write(path, contents).map_err(|e| failed(path, Problem::Write(e)))
}

fn make_folder(path: &Path) -> Result<(), FileError> {
    match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => std::fs::create_dir_all(dir).map_err(|e| failed(dir, Problem::Folder(e))),
        None => Ok(()),
    }
}

/// The RDF format of a file a command reads or writes: `--format` when given, else
/// the extension of `file` (`--out`, or the file read), else `default` (the format of
/// the catalogue read, RDF/XML for a new one). An extension that names no RDF format
/// is an error, not a guess; so is a file without a format when there is no default.
pub fn rdf_format(
    format: Option<&str>,
    file: Option<&Path>,
    default: Option<Format>,
) -> Result<Format, datalots::Error> {
    let unknown = |name: String| datalots::Error::Dcat(dcat_ap_se::Error::UnknownFormat(name));
    if let Some(name) = format {
        return Format::from_name(name).ok_or_else(|| unknown(name.to_owned()));
    }
    let shown = file.map(|f| f.display().to_string());
    match (shown, default) {
        (Some(f), Some(d)) if Path::new(&f).extension().is_none() => Ok(d),
        (Some(f), _) => {
            Format::from_path(&f).map_err(|source| datalots::Error::Rdf { file: f, source })
        }
        (None, Some(d)) => Ok(d),
        (None, None) => Err(unknown(String::new())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_is_the_flag_else_the_extension_else_the_default() {
        let rdf = |f: Option<&str>, p: Option<&str>, d: Option<Format>| {
            rdf_format(f, p.map(Path::new), d).ok()
        };
        assert_eq!(rdf(Some("ttl"), Some("k.rdf"), None), Some(Format::Turtle));
        assert_eq!(
            rdf(None, Some("k.jsonld"), Some(Format::Turtle)),
            Some(Format::JsonLd)
        );
        assert_eq!(
            rdf(None, Some("katalog"), Some(Format::Turtle)),
            Some(Format::Turtle)
        );
        assert_eq!(rdf(None, None, Some(Format::RdfXml)), Some(Format::RdfXml));
        assert_eq!(rdf(None, Some("k.txt"), Some(Format::Turtle)), None);
        assert_eq!(rdf(None, Some("katalog"), None), None);
        assert_eq!(rdf(Some("pdf"), None, Some(Format::Turtle)), None);
    }

    #[test]
    fn a_missing_folder_is_made_and_the_previous_file_kept() {
        let dir = std::env::temp_dir().join(format!("datalots-files-{}", std::process::id()));
        let path = dir.join("ny/mapp/k.ttl");
        assert!(write(&path, "1", Backup::Keep).is_ok());
        assert!(write(&path, "2", Backup::Keep).is_ok());
        assert_eq!(read_text(&path).ok().as_deref(), Some("2"));
        let bak = dir.join("ny/mapp/k.ttl.bak");
        assert_eq!(read_text(&bak).ok().as_deref(), Some("1"));
        let missing = read(&dir.join("saknas.csv")).err().map(|e| e.to_string());
        assert!(missing.is_some_and(|m| {
            m.contains("saknas.csv: filen kunde inte läsas / the file could not be read")
        }));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
