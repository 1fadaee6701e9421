//! The streaming profiler: bytes in, a [`Profile`] out.
//!
//! The first [`SAMPLE_BYTES`] are buffered (up to their last line break; a quoted field
//! still open at the end of such a cut sample, opened in its second half, is a row cut
//! off there, not an unclosed quote) and handed to [`sniff`](crate::sniff) for the
//! encoding, the dialect, the preamble and the header; [`Options`] overrides any guess.
//! Then everything streams: the decoder (`enc::Decoder`: `encoding_rs` with the
//! `all-encodings` feature, else `small_encoding.rs`, byte for byte what encoding_rs
//! does and tested against it) → a `String` of decoded text → `split::Splitter`, with
//! our own tracking of lines, blank lines and line endings. A record cut off by the end
//! of a chunk stays in the text buffer for the next one (the buffer waits until it has
//! doubled, so a long record is not re-read for every small chunk).
//!
//! Row-level work (blank rows, ragged rows, the preview, footers) happens per record;
//! the cells of one piece of text are then handed to the columns a column at a time (a
//! `Batch` of spans), one `column::ColumnAcc` per column, so each column's type branches
//! stay predictable. Rows that look like footers wait in a small queue and are committed
//! as data when a normal row follows. A second table (the header again, or after a blank
//! line two rows of another width) ends the table: a `multiple_tables` warning with its
//! row, and nothing after it is read.
//!
//! Invariants: the result does not depend on how the input is chunked
//! (`tests/profile_basics.rs`, the `profile` fuzz target); memory does not grow with the
//! file (every per-column structure is capped, at most `MAX_COLUMNS` columns are
//! profiled, a record over [`MAX_RECORD_BYTES`] is an error: `tests/hostile.rs`).

use std::io::Read;

use crate::enc::{CoderResult, Decoder};

use crate::column::{ColumnAcc, may_start_space};
use crate::profile::*;
use crate::sniff::{self, Detected};
use crate::split::{Fields, Marks, Record, Span, Splitter};
use crate::{Error, cell};

/// Bytes at the start of the file used to detect encoding and dialect.
pub const SAMPLE_BYTES: usize = 64 * 1024;
/// Largest record accepted (a larger one is almost always an unterminated quote).
pub const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;
/// Warnings of one kind listed individually before they are summarised.
pub const MAX_LISTED: usize = 20;
/// Data rows kept for [`Profile::preview`].
pub const PREVIEW_ROWS: usize = 10;
/// Columns profiled, at most: Excel's own limit (16,384, column XFD). A wider file
/// (most often a wrong delimiter, or a line of nothing but delimiters) has its first
/// `MAX_COLUMNS` columns profiled and a [`WarningCode::TooManyColumns`] warning; the
/// preview keeps as many fields of a row. Memory per column is capped, so this caps
/// the profile's memory.
pub const MAX_COLUMNS: usize = 16_384;
/// Rows that look like footers are held back at most this many at a time.
const FOOTER_QUEUE: usize = 20;

/// Settings for a profile, and overrides of what would otherwise be guessed: each
/// override that is `Some` replaces the guess (the rest is still detected).
///
/// ```
/// let opts = csv_profile::Options {
///     delimiter: Some(','),
///     header_rows: Some(0),
///     ..csv_profile::Options::default()
/// }
/// .with_encoding("latin1")?;
/// let p = csv_profile::profile_reader(&b"1;2,3\n4;5,6\n"[..], opts)?;
/// assert_eq!((p.dialect.delimiter, p.columns.len(), p.encoding), (',', 2, "windows-1252"));
/// # Ok::<(), csv_profile::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Bytes used to detect the encoding and dialect.
    pub sample_bytes: usize,
    /// Largest record accepted.
    pub max_record_bytes: usize,
    /// Warnings of one kind listed individually.
    pub max_listed: usize,
    /// The delimiter (an ASCII character other than a quote or line end).
    pub delimiter: Option<char>,
    /// Whether spaces after the delimiter belong to it (`a, b`).
    pub skip_initial_space: Option<bool>,
    /// The quote character: `Some(Some('"'))`, or `Some(None)` for no quoting at all.
    pub quote: Option<Option<char>>,
    /// Header rows after the preamble (several are joined into one name per column,
    /// the parts separated by one space).
    pub header_rows: Option<u64>,
    /// Rows before the header to skip (titles, notes), counting rows with content.
    pub preamble_rows: Option<u64>,
    /// The encoding, as a WHATWG name (set it with [`Options::with_encoding`]).
    pub encoding: Option<&'static str>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            sample_bytes: SAMPLE_BYTES,
            max_record_bytes: MAX_RECORD_BYTES,
            max_listed: MAX_LISTED,
            delimiter: None,
            skip_initial_space: None,
            quote: None,
            header_rows: None,
            preamble_rows: None,
            encoding: None,
        }
    }
}

impl Options {
    /// The same options with the encoding given by any WHATWG label (`utf-8`,
    /// `latin1`, `windows-1252`, `utf-16le`…).
    pub fn with_encoding(mut self, label: &str) -> Result<Options, Error> {
        let enc = crate::enc::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            Error::BadOption(format!(
                "okänd teckenkodning «{label}» / unknown encoding «{label}»"
            ))
        })?;
        self.encoding = Some(enc.name());
        Ok(self)
    }

    /// The dialect overrides, checked.
    fn forced(&self) -> Result<sniff::Forced, Error> {
        let ascii = |c: char, what: &str| -> Result<u8, Error> {
            match u8::try_from(c) {
                Ok(b) if b.is_ascii() && b != b'\r' && b != b'\n' => Ok(b),
                _ => Err(Error::BadOption(format!(
                    "{what} måste vara ett ASCII-tecken, inte «{c}» / the {what} must be one ASCII character, not «{c}»",
                    what = what
                ))),
            }
        };
        let delimiter = self.delimiter.map(|c| ascii(c, "delimiter")).transpose()?;
        let quote = match self.quote {
            None => None,
            Some(None) => Some(None),
            Some(Some(c)) => Some(Some(ascii(c, "quote")?)),
        };
        if delimiter.is_some() && delimiter == quote.flatten() {
            return Err(Error::BadOption(
                "avgränsare och citattecken kan inte vara samma tecken / the delimiter and the quote cannot be the same character".into(),
            ));
        }
        Ok(sniff::Forced {
            delimiter,
            skip_space: self.skip_initial_space,
            quote,
            header_rows: self.header_rows,
            preamble: self.preamble_rows,
        })
    }
}

/// Profiles a CSV file pushed in as chunks of bytes, of any size: the result is the
/// same however the file is cut. Memory stays bounded whatever the file size.
///
/// ```
/// let mut p = csv_profile::Profiler::new();
/// p.feed(b"kommun;inv\xc3\xa5nare\nUme\xc3\xa5;130 224\n")?;
/// p.feed(b"Lule\xc3\xa5;79 116\n")?;
/// let profile = p.finish()?;
/// assert_eq!(profile.rows, 2);
/// assert_eq!(profile.columns[1].kind, csv_profile::ColumnType::Integer);
/// # Ok::<(), csv_profile::Error>(())
/// ```
pub struct Profiler {
    opts: Options,
    bytes: u64,
    sample: Vec<u8>,
    stream: Option<Box<Stream>>,
    /// The normalised copy being written, when asked for (until the stream starts).
    sink: Option<Sink>,
}

impl Default for Profiler {
    fn default() -> Self {
        Profiler::new()
    }
}

impl Profiler {
    /// A profiler with the default options.
    pub fn new() -> Profiler {
        Profiler::with_options(Options::default())
    }

    /// A profiler with these options.
    pub fn with_options(opts: Options) -> Profiler {
        Profiler {
            opts,
            bytes: 0,
            sample: Vec::new(),
            stream: None,
            sink: None,
        }
    }

    /// A profiler that also writes the table as it reads it, as RFC 4180 CSV (see
    /// [`crate::Normalizer`]).
    pub(crate) fn normalizing(opts: Options, sink: Sink) -> Profiler {
        Profiler {
            sink: Some(sink),
            ..Profiler::with_options(opts)
        }
    }

    /// Moves the normalised output written so far to the end of `out`.
    pub(crate) fn take_output(&mut self, out: &mut Vec<u8>) {
        if let Some(sink) = self.stream.as_mut().and_then(|s| s.sink.as_mut()) {
            out.append(&mut sink.buf);
        }
    }

    /// Pushes the next bytes of the file.
    pub fn feed(&mut self, mut chunk: &[u8]) -> Result<(), Error> {
        self.bytes += chunk.len() as u64;
        if self.stream.is_none() {
            let take = self
                .opts
                .sample_bytes
                .saturating_sub(self.sample.len())
                .min(chunk.len());
            self.sample.extend_from_slice(&chunk[..take]);
            chunk = &chunk[take..];
            if self.sample.len() < self.opts.sample_bytes {
                return Ok(());
            }
            self.start(false)?;
        }
        match &mut self.stream {
            Some(s) if !chunk.is_empty() => s.push(chunk, false),
            _ => Ok(()),
        }
    }

    /// Ends the file and returns its profile.
    pub fn finish(self) -> Result<Profile, Error> {
        self.finish_with(&mut Vec::new())
    }

    /// Ends the file, moves the rest of the normalised output to `out`.
    pub(crate) fn finish_with(mut self, out: &mut Vec<u8>) -> Result<Profile, Error> {
        if self.stream.is_none() {
            self.start(true)?;
        }
        let Some(mut stream) = self.stream.take() else {
            return Err(Error::Io("internal: no stream".into()));
        };
        stream.push(&[], true)?;
        let profile = stream.finish(self.bytes);
        if let Some(sink) = stream.sink.as_mut() {
            out.append(&mut sink.buf);
        }
        Ok(profile)
    }

    fn start(&mut self, complete: bool) -> Result<(), Error> {
        let forced = self.opts.forced()?;
        let detected = match self
            .opts
            .encoding
            .and_then(|n| crate::enc::Encoding::for_label(n.as_bytes()))
        {
            Some(enc) => Detected {
                encoding: enc,
                bom: crate::enc::Encoding::for_bom(&self.sample).is_some_and(|(b, _)| b == enc),
            },
            None => sniff::encoding(&self.sample, complete)?,
        };
        let (text, _) = detected.encoding.decode_with_bom_removal(&self.sample);
        // A second byte-order mark (a file saved twice with one) is not the header's.
        let text = text.trim_start_matches('\u{feff}');
        let text: &str = if complete {
            text
        } else {
            // Leave out the last, probably cut, line.
            text.rfind(['\n', '\r']).map_or(text, |i| &text[..i + 1])
        };
        let dialect = sniff::dialect(text, &forced, !complete);
        let mut stream = Box::new(Stream::new(detected, dialect, self.opts, self.sink.take()));
        // Bytes that are not UTF-8 after the sample may be a Windows-1252 file whose
        // first letter outside ASCII comes late: watched for when the encoding was
        // found (not given) to be UTF-8.
        if self.opts.encoding.is_none() && detected.encoding == crate::enc::UTF_8 {
            stream.watch = Some(Watch {
                skip: if detected.bom { 3 } else { 0 },
                ..Watch::default()
            });
        }
        let sample = std::mem::take(&mut self.sample);
        stream.push(&sample, false)?;
        self.stream = Some(stream);
        Ok(())
    }
}

/// Profiles everything a reader yields, 64 KiB at a time. One pass: see
/// [`profile_seekable`] for a source that can be read again.
pub fn profile_reader(mut reader: impl Read, opts: Options) -> Result<Profile, Error> {
    let mut p = Profiler::with_options(opts);
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::Io(e.to_string())),
        };
        p.feed(&buf[..n])?;
    }
    p.finish()
}

/// Profiles a source that can be read again: when the profile says the file must be
/// read with another encoding ([`Profile::encoding_retry`]: bytes invalid in UTF-8
/// after the sample, all Windows-1252), it goes back to where it started and profiles
/// it again with that encoding — the second pass a caller would otherwise make. With
/// an encoding given in `opts`, one pass.
///
/// ```
/// let mut bytes = b"kommun;antal\n".repeat(1);
/// while bytes.len() < 100_000 {
///     bytes.extend_from_slice(b"Kiruna;7\n");
/// }
/// bytes.extend_from_slice(b"Ume\xe5;5\n"); // Windows-1252, after the sample
/// let p = csv_profile::profile_seekable(std::io::Cursor::new(bytes), Default::default())?;
/// assert_eq!((p.encoding, p.replaced_cells), ("windows-1252", 0));
/// # Ok::<(), csv_profile::Error>(())
/// ```
pub fn profile_seekable<R: Read + std::io::Seek>(
    mut reader: R,
    opts: Options,
) -> Result<Profile, Error> {
    let io = |e: std::io::Error| Error::Io(e.to_string());
    let start = reader.stream_position().map_err(io)?;
    let p = profile_reader(&mut reader, opts)?;
    match p.encoding_retry() {
        Some(enc) if opts.encoding.is_none() => {
            reader.seek(std::io::SeekFrom::Start(start)).map_err(io)?;
            profile_reader(reader, opts.with_encoding(enc)?)
        }
        _ => Ok(p),
    }
}

/// Profiles the file at `path`, reading it a second time when its encoding asks for
/// it (see [`profile_seekable`]).
pub fn profile_path(path: impl AsRef<std::path::Path>, opts: Options) -> Result<Profile, Error> {
    let path = path.as_ref();
    let file =
        std::fs::File::open(path).map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
    profile_seekable(file, opts)
}

/// Profiles bytes in memory.
pub fn profile_bytes(bytes: &[u8]) -> Result<Profile, Error> {
    let mut p = Profiler::new();
    p.feed(bytes)?;
    p.finish()
}

struct Stream {
    detected: Detected,
    dialect: sniff::Dialect,
    opts: Options,
    decoder: Decoder,
    splitter: Splitter,
    /// Decoded text not read yet: at most one record cut off by the end of a chunk.
    text: String,
    /// Don't read `text` again before it is this long (a long record is not re-read
    /// for every small chunk).
    wait_for: usize,
    spans: Vec<Span>,
    scratch: String,
    /// Kept from one piece of text to the next, so that its memory is reused.
    batch: Batch,
    // Lines and terminators.
    line: u64,
    prev: u8,
    pending_cr: bool,
    crlf: u64,
    lf: u64,
    cr: u64,
    // The table.
    records: u64,
    header_done: bool,
    columns: Vec<ColumnAcc>,
    rows: u64,
    blank_rows: u64,
    footer_queue: Vec<(u64, Vec<String>)>,
    ragged: u64,
    footer_rows: u64,
    preview: Vec<Vec<String>>,
    warnings: Vec<Warning>,
    unterminated: Option<u64>,
    /// Header rows read so far, as read.
    header_parts: Vec<Vec<String>>,
    /// The line of the first header row.
    header_line: u64,
    /// The header row as read, to see it again when a second table repeats it.
    header_raw: Vec<String>,
    /// The width rows are checked against (the data's, when the header's differs).
    row_width: usize,
    /// A blank line came after the last record.
    after_blank: bool,
    /// A row after a blank line with another width, held back (as the last row of
    /// the footer queue) until the next row says whether a second table starts there:
    /// its line and field count.
    candidate: Option<(u64, usize)>,
    /// Where a second table starts: everything from there on is left out.
    ended: Option<u64>,
    /// The normalised copy, when one is written.
    pub(crate) sink: Option<Sink>,
    /// The header above notes beside the table (SMHI's `Tidsutsnitt:`), when it has
    /// such notes: fields after the table's width and an empty column are notes.
    notes_label: Option<String>,
    notes: Vec<Note>,
    /// The bytes of a UTF-8 file, watched for Windows-1252 (see [`Watch`]).
    watch: Option<Watch>,
    /// Leading U+FEFF still to be dropped (a second byte-order mark).
    bom_checked: bool,
}

/// What the bytes of a file read as UTF-8 say about it: whether it holds letters
/// outside ASCII as UTF-8 (then it is UTF-8), and bytes invalid in UTF-8 that all are
/// Windows-1252 letters and signs (then, without the former, it is Windows-1252).
#[derive(Debug, Default)]
struct Watch {
    /// Bytes at the start not to look at (the byte-order mark).
    skip: usize,
    /// The start of a character cut off by the end of the last chunk.
    carry: Vec<u8>,
    /// Characters outside ASCII read as valid UTF-8.
    utf8: u64,
    /// Invalid bytes that Windows-1252 reads as letters or signs, and others.
    cp1252: u64,
    other: u64,
}

impl Watch {
    /// Looks at the next bytes of the file.
    fn see(&mut self, chunk: &[u8], last: bool) {
        let chunk = if self.skip > 0 {
            let k = self.skip.min(chunk.len());
            self.skip -= k;
            &chunk[k..]
        } else {
            chunk
        };
        if self.carry.is_empty() && chunk.is_ascii() {
            return;
        }
        let joined;
        let bytes: &[u8] = if self.carry.is_empty() {
            chunk
        } else {
            let mut v = std::mem::take(&mut self.carry);
            v.extend_from_slice(chunk);
            joined = v;
            &joined
        };
        let mut rest = bytes;
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    self.utf8 += s.bytes().filter(|b| *b >= 0xc0).count() as u64;
                    break;
                }
                Err(e) => {
                    let ok = &rest[..e.valid_up_to()];
                    self.utf8 += ok.iter().filter(|b| **b >= 0xc0).count() as u64;
                    match e.error_len() {
                        Some(n) => {
                            for &b in &rest[e.valid_up_to()..e.valid_up_to() + n] {
                                // Undefined in Windows-1252 (C1 controls in WHATWG's).
                                if matches!(b, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d) {
                                    self.other += 1;
                                } else {
                                    self.cp1252 += 1;
                                }
                            }
                            rest = &rest[e.valid_up_to() + n..];
                        }
                        None if last => {
                            self.cp1252 += (rest.len() - e.valid_up_to()) as u64;
                            break;
                        }
                        None => {
                            self.carry = rest[e.valid_up_to()..].to_vec();
                            break;
                        }
                    }
                }
            }
        }
    }

    /// The encoding to read the file with again, if any.
    fn verdict(&self) -> Option<&'static str> {
        (self.cp1252 > 0 && self.utf8 == 0 && self.other == 0).then_some("windows-1252")
    }
}

/// The cells of the data rows read from one piece of text, row by row (as many a row
/// as there are columns), handed to the columns a column at a time: each column's
/// branches (its type) and tables stay warm, where cell by cell the processor would
/// mispredict at every column change.
#[derive(Default)]
struct Batch {
    /// The cells, row after row; an empty span for a cell a short row lacks.
    cells: Vec<Span>,
    /// The cells that are not slices of the text (quoted fields with `""` inside).
    copies: String,
    lines: Vec<u64>,
    invalid: Vec<bool>,
}

/// Whether a field is empty or only white space, deciding most fields on their first
/// byte.
fn is_blank(f: &str) -> bool {
    match f.as_bytes().first() {
        None => true,
        Some(&b) if !may_start_space(b) => false,
        Some(_) => f.trim().is_empty(),
    }
}

/// Room kept free in the text buffer for the decoder.
const TEXT_ROOM: usize = 64 * 1024;

impl Stream {
    fn new(
        detected: Detected,
        dialect: sniff::Dialect,
        opts: Options,
        sink: Option<Sink>,
    ) -> Stream {
        Stream {
            decoder: detected.encoding.new_decoder_with_bom_removal(),
            detected,
            splitter: Splitter {
                delimiter: dialect.delimiter,
                quote: dialect.quote,
                skip_space: dialect.skip_space,
                escape: dialect.escape,
                apostrophes: dialect.quote == Some(b'\''),
            },
            dialect,
            opts,
            text: String::with_capacity(2 * TEXT_ROOM),
            wait_for: 0,
            spans: Vec::with_capacity(64),
            scratch: String::new(),
            batch: Batch::default(),
            line: 1,
            prev: 0,
            pending_cr: false,
            crlf: 0,
            lf: 0,
            cr: 0,
            records: 0,
            header_done: false,
            columns: Vec::new(),
            rows: 0,
            blank_rows: 0,
            footer_queue: Vec::new(),
            ragged: 0,
            footer_rows: 0,
            preview: Vec::new(),
            warnings: Vec::new(),
            unterminated: None,
            header_parts: Vec::new(),
            header_line: 0,
            header_raw: Vec::new(),
            row_width: 0,
            after_blank: false,
            candidate: None,
            ended: None,
            sink,
            notes_label: None,
            notes: Vec::new(),
            watch: None,
            bom_checked: false,
        }
    }

    fn push(&mut self, mut input: &[u8], last: bool) -> Result<(), Error> {
        if let Some(w) = self.watch.as_mut() {
            w.see(input, last);
            if w.utf8 > 0 {
                // Letters outside ASCII as UTF-8: a UTF-8 file (invalid bytes in it
                // are errors, not another encoding).
                self.watch = None;
            }
        }
        loop {
            let room = TEXT_ROOM.max(self.text.len());
            self.text.reserve(room);
            let (result, read, _) = self.decoder.decode_to_string(input, &mut self.text, last);
            input = &input[read..];
            let eof = last && result == CoderResult::InputEmpty;
            if eof || self.text.len() >= self.wait_for {
                self.parse(eof)?;
            }
            if result == CoderResult::InputEmpty {
                break;
            }
        }
        if last {
            self.parse_end();
        }
        Ok(())
    }

    /// One line-terminator byte between records.
    fn see(&mut self, b: u8) {
        if b == b'\r' || (b == b'\n' && self.prev != b'\r') {
            self.line += 1;
        }
        if self.pending_cr && b != b'\r' {
            if b == b'\n' {
                self.crlf += 1;
            } else {
                self.cr += 1;
            }
            self.pending_cr = false;
        } else if self.pending_cr {
            self.cr += 1;
        }
        self.prev = b;
    }

    /// Line breaks inside a record (in quoted fields).
    fn lines_inside(&mut self, bytes: &[u8]) {
        for i in memchr::memchr2_iter(b'\r', b'\n', bytes) {
            let before = if i == 0 { self.prev } else { bytes[i - 1] };
            if bytes[i] == b'\r' || before != b'\r' {
                self.line += 1;
            }
        }
    }

    /// Reads every complete record in `text`; keeps what is left for the next chunk.
    fn parse(&mut self, eof: bool) -> Result<(), Error> {
        let mut text = std::mem::take(&mut self.text);
        let mut spans = std::mem::take(&mut self.spans);
        let mut scratch = std::mem::take(&mut self.scratch);
        let mut batch = std::mem::take(&mut self.batch);
        if !self.bom_checked && !text.is_empty() {
            // A second byte-order mark (the decoder drops the first).
            let extra = text.len() - text.trim_start_matches('\u{feff}').len();
            text.drain(..extra);
            self.bom_checked = !text.is_empty() || eof;
        }
        // Where the delimiters and line ends are: worked out for this text only.
        let mut marks = Marks::default();
        let b = text.as_bytes();
        let mut pos = 0;
        // U+FFFD (EF BF BD), the mark of an invalid byte, is rare: most text has none.
        let any_invalid = memchr::memchr(0xef, b).is_some();
        loop {
            // Blank lines, and the terminator of the record before.
            while let Some(&c) = b.get(pos) {
                if c != b'\n' && c != b'\r' {
                    break;
                }
                let completes_crlf = c == b'\n' && self.prev == b'\r';
                self.see(c);
                if c == b'\r' {
                    self.pending_cr = true;
                } else if !completes_crlf {
                    self.lf += 1;
                }
                if !completes_crlf && self.header_done && self.ended.is_none() {
                    self.blank_rows += 1;
                    self.after_blank = true;
                }
                pos += 1;
            }
            if pos >= b.len() {
                break;
            }
            let Some(end) =
                self.splitter
                    .record(&text, pos, eof, &mut spans, &mut scratch, &mut marks)
            else {
                break;
            };
            if end.at - pos > self.opts.max_record_bytes {
                // Too large even when it arrived whole: the same error as for one
                // that arrives in pieces, so the chunking does not decide.
                let line = self.line;
                self.text = text;
                self.spans = spans;
                self.scratch = scratch;
                self.batch = batch;
                return Err(Error::RecordTooLarge {
                    line,
                    limit: self.opts.max_record_bytes,
                });
            }
            if self.pending_cr {
                // A lone `\r` ended the record before this one.
                self.cr += 1;
                self.pending_cr = false;
            }
            let line = self.line;
            let body = &b[pos..end.at];
            if end.quoted {
                self.lines_inside(body);
            }
            if let Some(&l) = body.last() {
                self.prev = l;
            }
            if end.unterminated {
                self.unterminated = Some(line);
            }
            let check_invalid = any_invalid && memchr::memchr(0xef, body).is_some();
            let record = Record {
                text: &text,
                scratch: &scratch,
                spans: &spans,
            };
            self.record_done(&record, line, check_invalid, &mut batch);
            pos = end.at;
            // The record's own terminator.
            if let Some(&c @ (b'\n' | b'\r')) = b.get(pos) {
                self.see(c);
                if c == b'\n' {
                    self.lf += 1;
                } else {
                    self.pending_cr = true;
                }
                pos += 1;
            }
        }
        self.flush(&text, &mut batch);
        self.batch = batch;
        text.drain(..pos.min(text.len()));
        // A record longer than the text read so far: wait for twice as much, but no
        // more than one byte past the record limit, so that a record too large is
        // refused when it passes the limit (not at up to twice the limit).
        self.wait_for = if text.is_empty() {
            0
        } else {
            (2 * text.len()).min(self.opts.max_record_bytes + 1)
        };
        self.text = text;
        self.spans = spans;
        self.scratch = scratch;
        if self.text.len() > self.opts.max_record_bytes {
            return Err(Error::RecordTooLarge {
                line: self.line,
                limit: self.opts.max_record_bytes,
            });
        }
        Ok(())
    }

    fn parse_end(&mut self) {
        if self.pending_cr {
            self.cr += 1;
            self.pending_cr = false;
        }
        if !self.header_done && !self.header_parts.is_empty() {
            // Only preamble and header rows: the columns still get their names.
            self.start_columns(None, self.header_line);
        }
        // Rows still held back are footers (or trailing blank rows).
        for (_, row) in std::mem::take(&mut self.footer_queue) {
            if row.iter().all(|f| is_blank(f)) {
                self.blank_rows += 1;
            } else {
                self.footer_rows += 1;
            }
        }
    }

    fn record_done(
        &mut self,
        record: &Record<'_>,
        line: u64,
        check_invalid: bool,
        batch: &mut Batch,
    ) {
        self.records += 1;
        if self.records <= self.dialect.preamble || self.ended.is_some() {
            return;
        }
        if !self.header_done {
            if (self.header_parts.len() as u64) < self.dialect.header_rows {
                if self.header_parts.is_empty() {
                    self.header_line = line;
                }
                self.header_parts.push(owned(record));
                if self.header_parts.len() as u64 == self.dialect.header_rows {
                    self.start_columns(None, self.header_line);
                }
                return;
            }
            self.start_columns(Some(record), line);
        }
        if let Some((at, count)) = self.candidate.take()
            && record.count() == count
        {
            // Two rows of another width after a blank line: a second table.
            self.second_table(at, true);
            return;
        }
        if self.rows > 0 || !self.footer_queue.is_empty() {
            if self.repeats_header(record)
                || (record.count() != self.row_width && self.resembles_header(record))
            {
                self.second_table(line, false);
                return;
            }
            if (self.after_blank || !self.footer_queue.is_empty())
                && record.count() != self.row_width
                && (0..record.count())
                    .filter(|&i| !is_blank(record.field(i)))
                    .nth(1)
                    .is_some()
            {
                self.after_blank = false;
                self.footer_queue.push((line, owned(record)));
                self.candidate = Some((line, record.count()));
                return;
            }
        }
        self.after_blank = false;
        self.row(line, record, check_invalid, batch);
    }

    /// Whether a row is the header again.
    #[inline]
    fn repeats_header(&self, record: &Record<'_>) -> bool {
        !self.header_raw.is_empty()
            && record.count() == self.header_raw.len()
            && record.field(0) == self.header_raw[0]
            && (1..record.count()).all(|i| record.field(i) == self.header_raw[i])
    }

    /// Whether a row of another width repeats most of the header (a second table
    /// with a column more or less): two or more of its values, and two thirds of them,
    /// are header names.
    fn resembles_header(&self, record: &Record<'_>) -> bool {
        if self.header_raw.len() < 2
            || self.header_raw.len() > sniff::REPEAT_FIELDS
            || record.count() > sniff::REPEAT_FIELDS
        {
            return false;
        }
        // A header again starts as the header did.
        if record.count() == 0 || record.field(0).trim() != self.header_raw[0].trim() {
            return false;
        }
        let (mut filled, mut shared) = (0usize, 0usize);
        for i in 0..record.count() {
            let f = record.field(i).trim();
            if !f.is_empty() {
                filled += 1;
                shared += usize::from(self.header_raw.iter().any(|h| h.trim() == f));
            }
        }
        shared >= 2 && shared * 3 >= filled * 2
    }

    /// A second table starts at `line`: rows held back before it are footers, and
    /// nothing after it is read. `held` when its first row is the last one held back.
    fn second_table(&mut self, line: u64, held: bool) {
        if held {
            self.footer_queue.pop();
        }
        self.ended = Some(line);
        self.warnings.push(Warning {
            code: WarningCode::MultipleTables,
            row: Some(line),
            column: None,
            message_sv: format!("en andra tabell börjar på rad {line}; bara den första beskrivs"),
            message_en: format!(
                "a second table starts at row {line}; only the first one is described"
            ),
        });
    }

    /// Names the columns: from the header rows read (joined with a space), or
    /// `column_N` for the fields of `first` (the first data row) without a header.
    fn start_columns(&mut self, first: Option<&Record<'_>>, line: u64) {
        self.header_done = true;
        let mut parts = std::mem::take(&mut self.header_parts);
        // A header row with a stray quote (`DATE,"TIME,Qty,…`) read as fewer fields
        // than the data's: split at every delimiter, it has their width.
        if let [only] = parts.as_mut_slice()
            && self.dialect.width > only.len()
            && let Some(q) = self.dialect.quote
        {
            let d = char::from(self.dialect.delimiter);
            let split: Vec<String> = only
                .iter()
                .flat_map(|f| f.split(d))
                .map(|f| f.trim_matches(char::from(q)).to_owned())
                .collect();
            if split.len() == self.dialect.width {
                *only = split;
            }
        }
        let data_width = if self.dialect.width > 1 {
            self.dialect.width
        } else {
            first.map_or(1, |f| f.count())
        };
        // Notes beside the table: the header goes on after the data's width with an
        // empty field, then a label (SMHI's `Datum;Tid (UTC);…;Kvalitet;;Tidsutsnitt:`).
        if let [only] = parts.as_slice()
            && data_width > 1
            && only.len() > data_width + 1
            && only[data_width].trim().is_empty()
        {
            let label: Vec<&str> = only[data_width + 1..]
                .iter()
                .map(|f| f.trim())
                .filter(|f| !f.is_empty())
                .collect();
            if !label.is_empty() {
                self.notes_label = Some(label.join(" "));
            }
        }
        let notes_width = self.notes_label.as_ref().map(|_| data_width);
        // Empty fields after the data's width do not make the header wider.
        let header_width = parts
            .iter()
            .map(|p| {
                let mut n = p.len();
                while n > data_width && p[n - 1].trim().is_empty() {
                    n -= 1;
                }
                n
            })
            .max()
            .unwrap_or(0);
        let header_width = notes_width.unwrap_or(header_width);
        let found = header_width.max(data_width).max(1);
        let width = found.min(MAX_COLUMNS);
        if found > width {
            self.warnings.push(Warning {
                code: WarningCode::TooManyColumns,
                row: Some(line),
                column: None,
                message_sv: format!(
                    "filen har {found} kolumner; bara de första {MAX_COLUMNS} beskrivs (fel avgränsare?)"
                ),
                message_en: format!(
                    "the file has {found} columns; only the first {MAX_COLUMNS} are described (the wrong delimiter?)"
                ),
            });
        }
        self.row_width = if parts.is_empty() {
            first.map_or(width, |f| f.count().max(1))
        } else {
            data_width.max(1)
        };
        if !parts.is_empty() && header_width != self.row_width && self.row_width > 1 {
            self.warnings.push(Warning {
                code: WarningCode::HeaderWidth,
                row: Some(line),
                column: None,
                message_sv: format!(
                    "rubrikraden har {header_width} fält men dataraderna har {}",
                    self.row_width
                ),
                message_en: format!(
                    "the header has {header_width} fields but the data rows have {}",
                    self.row_width
                ),
            });
        }
        if parts.len() == 1 {
            self.header_raw = parts[0].clone();
        }
        // The names, and their lower-case forms to find a duplicate in constant time
        // (a file may have up to MAX_COLUMNS columns).
        let mut names: Vec<String> = Vec::with_capacity(width);
        let mut seen = std::collections::HashSet::with_capacity(width);
        for j in 0..width {
            let name = if !parts.is_empty() {
                let n = parts
                    .iter()
                    .filter_map(|p| p.get(j).map(|f| f.trim()))
                    .filter(|f| !f.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                if n.is_empty() && j >= header_width {
                    format!("column_{}", j + 1)
                } else if n.is_empty() {
                    self.warnings.push(Warning {
                        code: WarningCode::EmptyHeader,
                        row: Some(line),
                        column: Some(j + 1),
                        message_sv: format!("kolumn {} saknar rubrik", j + 1),
                        message_en: format!("column {} has no header", j + 1),
                    });
                    format!("column_{}", j + 1)
                } else {
                    if !seen.insert(n.to_ascii_lowercase()) {
                        self.warnings.push(Warning {
                            code: WarningCode::DuplicateHeader,
                            row: Some(line),
                            column: Some(j + 1),
                            message_sv: format!("rubriken «{n}» finns redan i en tidigare kolumn"),
                            message_en: format!(
                                "the header «{n}» is already used by an earlier column"
                            ),
                        });
                    }
                    n
                }
            } else {
                format!("column_{}", j + 1)
            };
            names.push(name.clone());
            self.columns.push(ColumnAcc::new(name));
        }
        if let Some(sink) = self.sink.as_mut() {
            sink.header(&names, !parts.is_empty());
        }
    }

    /// A blank row, or a row whose only value is text in the first column (a source
    /// line, a note). Stops at the second value, without allocating.
    fn is_footer_like<R: Fields + ?Sized>(&self, row: &R) -> bool {
        let mut filled = (0..row.count()).filter(|&i| !is_blank(row.field(i)));
        match (filled.next(), filled.next()) {
            (None, _) => true,
            (Some(0), None) if self.columns.len() >= 2 => {
                cell::classify(row.field(0).trim()) == cell::Cell::Text
            }
            _ => false,
        }
    }

    fn row(&mut self, line: u64, row: &Record<'_>, check_invalid: bool, batch: &mut Batch) {
        if self.is_footer_like(row) {
            // At most one field more than the columns: enough to tell a ragged row.
            let keep = row.count().min(self.columns.len() + 1);
            self.footer_queue
                .push((line, (0..keep).map(|i| row.field(i).to_owned()).collect()));
            if self.footer_queue.len() > FOOTER_QUEUE {
                let (l, r) = self.footer_queue.remove(0);
                self.commit_owned(row.text, l, &r, batch);
            }
            return;
        }
        if !self.footer_queue.is_empty() {
            for (l, r) in std::mem::take(&mut self.footer_queue) {
                self.commit_owned(row.text, l, &r, batch);
            }
        }
        if self.commit(line, row) {
            let width = self.columns.len();
            match row.spans.get(..width) {
                // The common row: as many fields as columns (or more), none copied.
                Some(spans) if row.scratch.is_empty() => batch.cells.extend_from_slice(spans),
                _ => {
                    for j in 0..width {
                        let span = row
                            .spans
                            .get(j)
                            .map_or(Span::EMPTY, |s| s.keep(row.scratch, &mut batch.copies));
                        batch.cells.push(span);
                    }
                }
            }
            batch.lines.push(line);
            batch.invalid.push(check_invalid);
        }
    }

    /// Hands the batched cells to the columns, one column at a time.
    fn flush(&mut self, text: &str, batch: &mut Batch) {
        let width = self.columns.len();
        if width == 0 {
            return;
        }
        for (j, col) in self.columns.iter_mut().enumerate() {
            let rows = batch.cells.chunks_exact(width);
            for ((cells, line), invalid) in rows.zip(&batch.lines).zip(&batch.invalid) {
                let cell = cells.get(j).map_or("", |s| s.resolve(text, &batch.copies));
                col.push(cell, *line, *invalid);
            }
        }
        batch.cells.clear();
        batch.copies.clear();
        batch.lines.clear();
        batch.invalid.clear();
    }

    /// A row held back (as a possible footer) that turned out to be data.
    fn commit_owned(&mut self, text: &str, line: u64, row: &[String], batch: &mut Batch) {
        // Cells go to the columns in row order: the batch first.
        self.flush(text, batch);
        if self.commit(line, row) {
            for (j, col) in self.columns.iter_mut().enumerate() {
                col.push(row.field(j), line, true);
            }
        }
    }

    /// The row-level part of a data row: blank rows, the row count, the preview and
    /// ragged rows. Returns whether its cells go to the columns.
    fn commit<R: Fields + ?Sized>(&mut self, line: u64, row: &R) -> bool {
        let n = row.count();
        let width = self.row_width;
        // Notes beside the table: after its width and an empty field.
        let noted = self.notes_label.is_some() && n > width + 1 && is_blank(row.field(width));
        if let Some(sink) = self.sink.as_mut() {
            sink.row(row, if noted { width } else { n });
        }
        if noted {
            let text: Vec<&str> = (width + 1..n)
                .map(|i| row.field(i).trim())
                .filter(|f| !f.is_empty())
                .collect();
            if !text.is_empty() && self.notes.len() < self.opts.max_listed {
                self.notes.push(Note {
                    row: line,
                    label: self.notes_label.clone().unwrap_or_default(),
                    text: text.join(" "),
                });
            }
        }
        let n = if noted { width } else { n };
        if (0..n).all(|i| is_blank(row.field(i))) {
            self.blank_rows += 1;
            return false;
        }
        self.rows += 1;
        if self.preview.len() < PREVIEW_ROWS {
            self.preview.push(
                (0..n.min(MAX_COLUMNS))
                    .map(|i| row.field(i).to_owned())
                    .collect(),
            );
        }
        let extra_filled = (width..n).any(|i| !is_blank(row.field(i)));
        if n < width || extra_filled {
            self.ragged += 1;
            if self.ragged <= self.opts.max_listed as u64 {
                self.warnings.push(Warning {
                    code: WarningCode::RaggedRow,
                    row: Some(line),
                    column: None,
                    message_sv: format!("raden har {n} fält men tabellen har {width} kolumner"),
                    message_en: format!("the row has {n} fields but the table has {width} columns"),
                });
            }
        }
        true
    }

    /// How the lines ended: one kind, or mixed.
    fn line_terminator(&self) -> LineTerminator {
        let kinds = [self.crlf, self.lf, self.cr]
            .iter()
            .filter(|n| **n > 0)
            .count();
        match (kinds, self.crlf, self.lf, self.cr) {
            (0, ..) => LineTerminator::None,
            (1, c, _, _) if c > 0 => LineTerminator::CrLf,
            (1, _, l, _) if l > 0 => LineTerminator::Lf,
            (1, ..) => LineTerminator::Cr,
            _ => LineTerminator::Mixed,
        }
    }

    /// The dialect as the profile reports it.
    fn dialect_out(&self, line_terminator: LineTerminator) -> Dialect {
        Dialect {
            delimiter: char::from(self.dialect.delimiter),
            quote: self.dialect.quote.map(char::from),
            line_terminator,
            header_rows: self.dialect.header_rows,
            preamble_rows: self.dialect.preamble,
            footer_rows: self.footer_rows,
            skip_initial_space: self.dialect.skip_space,
            escape: self.dialect.escape.map(char::from),
            confidence: self.dialect.confidence,
            alternatives: self
                .dialect
                .alternatives
                .iter()
                .map(|a| Alternative {
                    delimiter: char::from(a.delimiter),
                    quote: a.quote.map(char::from),
                    skip_initial_space: a.skip_space,
                    columns: a.width,
                    score: a.score,
                    reason_sv: a.reason_sv.clone(),
                    reason_en: a.reason_en.clone(),
                })
                .collect(),
        }
    }

    fn finish(&mut self, bytes: u64) -> Profile {
        let mut warnings = std::mem::take(&mut self.warnings);
        if self.rows == 0 {
            warnings.push(Warning {
                code: WarningCode::NoDataRows,
                row: None,
                column: None,
                message_sv: if self.columns.is_empty() {
                    "filen är tom".into()
                } else {
                    format!(
                        "filen har inga rader med data, bara en rubrikrad med {} kolumner",
                        self.columns.len()
                    )
                },
                message_en: if self.columns.is_empty() {
                    "the file is empty".into()
                } else {
                    format!(
                        "the file has no data rows, only a header with {} columns",
                        self.columns.len()
                    )
                },
            });
        }
        if self.ragged > self.opts.max_listed as u64 {
            let more = self.ragged - self.opts.max_listed as u64;
            warnings.push(Warning {
                code: WarningCode::MoreOfTheSame,
                row: None,
                column: None,
                message_sv: format!("ytterligare {more} rader med fel antal fält"),
                message_en: format!("{more} more rows with the wrong number of fields"),
            });
        }
        if let Some(line) = self.dialect.unclosed_quote {
            warnings.push(Warning {
                code: WarningCode::UnterminatedQuote,
                row: Some(line),
                column: None,
                message_sv: "ett citattecken öppnas men stängs aldrig; filen lästes utan citattecken, så att inget fält slukar resten av filen".into(),
                message_en: "a quote is opened but never closed; the file was read without quoting, so that no field swallows the rest of the file".into(),
            });
        }
        if let Some(line) = self.unterminated {
            warnings.push(Warning {
                code: WarningCode::UnterminatedQuote,
                row: Some(line),
                column: None,
                message_sv:
                    "ett citattecken öppnas men stängs aldrig; resten av filen lästes som ett fält"
                        .into(),
                message_en:
                    "a quote is opened but never closed; the rest of the file was read as one field"
                        .into(),
            });
        }
        let line_terminator = self.line_terminator();
        if line_terminator == LineTerminator::Mixed {
            warnings.push(Warning {
                code: WarningCode::MixedLineEndings,
                row: None,
                column: None,
                message_sv: format!(
                    "filen blandar radslut: {} CRLF, {} LF, {} CR",
                    self.crlf, self.lf, self.cr
                ),
                message_en: format!(
                    "the file mixes line endings: {} CRLF, {} LF, {} CR",
                    self.crlf, self.lf, self.cr
                ),
            });
        }
        let mut replaced_cells = 0;
        let mut columns = Vec::with_capacity(self.columns.len());
        let mut range: Option<(i32, i32)> = None;
        for (i, c) in std::mem::take(&mut self.columns).into_iter().enumerate() {
            let (profile, r, invalid) = c.finish(i, &mut warnings);
            if let Some((a, b)) = r {
                range = Some(range.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
            }
            replaced_cells += invalid;
            columns.push(profile);
        }
        let reread_as = self.watch.as_ref().and_then(Watch::verdict);
        if let Some(enc) = reread_as {
            warnings.push(Warning {
                code: WarningCode::InvalidBytes,
                row: None,
                column: None,
                message_sv: format!(
                    "filen lästes som UTF-8, men längre ner har den byte som inte är UTF-8 och som alla läses som {enc}: läs filen igen som {enc} ({replaced_cells} celler ändrades annars)"
                ),
                message_en: format!(
                    "the file was read as UTF-8, but further down it has bytes that are not UTF-8 and all read as {enc}: read the file again as {enc} ({replaced_cells} cells were changed otherwise)"
                ),
            });
        }
        warnings.sort_by(|a, b| {
            (a.row.unwrap_or(0), a.column.unwrap_or(0), a.code).cmp(&(
                b.row.unwrap_or(0),
                b.column.unwrap_or(0),
                b.code,
            ))
        });
        Profile {
            encoding: self.detected.encoding.name(),
            bom: self.detected.bom,
            bytes,
            rows: self.rows,
            blank_rows: self.blank_rows,
            dialect: self.dialect_out(line_terminator),
            columns,
            date_range: range.map(|(a, b)| DateRange {
                start: cell::iso_date(a),
                end: cell::iso_date(b),
            }),
            warnings,
            preview: std::mem::take(&mut self.preview),
            about: std::mem::take(&mut self.dialect.about),
            notes: std::mem::take(&mut self.notes),
            reread_as,
            replaced_cells,
        }
    }
}

/// A record's fields as owned strings.
fn owned<R: Fields + ?Sized>(r: &R) -> Vec<String> {
    (0..r.count()).map(|i| r.field(i).to_owned()).collect()
}

/// Where the normalised copy goes: RFC 4180 CSV, comma, `"` only where needed, CRLF.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    /// Output not handed out yet.
    pub buf: Vec<u8>,
    /// Names to write instead of the header (or above a file without one): `Some(vec![])`
    /// for the profile's own names (`column_1`…).
    pub names: Option<Vec<String>>,
}

impl Sink {
    fn field(&mut self, f: &str, only: bool) {
        if (only && f.is_empty()) || f.bytes().any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n')) {
            self.buf.push(b'"');
            for part in f.split_inclusive('"') {
                self.buf.extend_from_slice(part.as_bytes());
                if part.ends_with('"') {
                    self.buf.push(b'"');
                }
            }
            self.buf.push(b'"');
        } else {
            self.buf.extend_from_slice(f.as_bytes());
        }
    }

    /// The header row: the columns' names (several header rows already joined), or
    /// the names asked for; nothing for a file without a header unless asked.
    fn header(&mut self, names: &[String], has_header: bool) {
        let given = self.names.take();
        let names: Vec<String> = match given {
            Some(g) if !g.is_empty() => g,
            Some(_) => names.to_vec(),
            None if has_header => names.to_vec(),
            None => return,
        };
        self.row(&names[..], names.len());
    }

    /// One row, fields as read (the first `n`).
    fn row<R: Fields + ?Sized>(&mut self, row: &R, n: usize) {
        let n = n.min(row.count());
        for i in 0..n {
            if i > 0 {
                self.buf.push(b',');
            }
            self.field(row.field(i), n == 1);
        }
        self.buf.extend_from_slice(b"\r\n");
    }
}
