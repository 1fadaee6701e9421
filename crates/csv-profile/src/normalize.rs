//! The table as it was read, written out as plain RFC 4180 CSV.

use crate::profiler::{Profiler, Sink};
use crate::{Error, Options, Profile};

/// Writes the table the profiler reads as UTF-8 RFC 4180 CSV, while profiling it:
/// comma delimiter, `"` only where needed (a field with `,`, `"`, CR or LF, and a row
/// whose only field is empty, written `""`), CRLF line ends. The header comes first (a
/// header of several rows joined into one, the parts of a name separated by one
/// space); preamble, footer and blank lines are dropped, and so is everything from a
/// second table on; every cell is written exactly as decoded (not trimmed, numbers and
/// dates untouched), ragged rows as they are. A file without a header gets no header
/// row unless names are given.
///
/// Push-style, like [`Profiler`]: chunks in, output out, memory flat. Output starts
/// once the first [`crate::SAMPLE_BYTES`] are in (the dialect is decided on them).
///
/// ```
/// let mut n = csv_profile::Normalizer::new(csv_profile::Options::default(), None);
/// let mut out = Vec::new();
/// n.feed("Befolkning 2024\n\nkommun;andel\nUmeå;7,5\n\"Luleå\";\"8,1\"\n".as_bytes(), &mut out)?;
/// let profile = n.finish(&mut out)?;
/// assert_eq!(String::from_utf8(out).unwrap(), "kommun,andel\r\nUmeå,\"7,5\"\r\nLuleå,\"8,1\"\r\n");
/// assert_eq!(profile.rows, 2);
/// # Ok::<(), csv_profile::Error>(())
/// ```
pub struct Normalizer {
    profiler: Profiler,
}

impl Normalizer {
    /// A normaliser with these options (overrides as for a profile). `header_names`:
    /// names to write as the header row instead of the file's (or above a file without
    /// one); an empty list writes the profile's own names (`column_1`…).
    pub fn new(opts: Options, header_names: Option<Vec<String>>) -> Normalizer {
        Normalizer {
            profiler: Profiler::normalizing(
                opts,
                Sink {
                    buf: Vec::new(),
                    names: header_names,
                },
            ),
        }
    }

    /// Pushes the next bytes of the file; appends the output ready so far to `out`.
    pub fn feed(&mut self, chunk: &[u8], out: &mut Vec<u8>) -> Result<(), Error> {
        self.profiler.feed(chunk)?;
        self.profiler.take_output(out);
        Ok(())
    }

    /// Ends the file: appends the rest of the output to `out` and returns the profile
    /// of the table written.
    pub fn finish(self, out: &mut Vec<u8>) -> Result<Profile, Error> {
        self.profiler.finish_with(out)
    }
}
