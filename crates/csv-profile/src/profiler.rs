//! The streaming profiler: bytes in, a [`Profile`] out.

use std::io::Read;

use encoding_rs::{CoderResult, Decoder};

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

/// Settings for a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Bytes used to detect the encoding and dialect.
    pub sample_bytes: usize,
    /// Largest record accepted.
    pub max_record_bytes: usize,
    /// Warnings of one kind listed individually.
    pub max_listed: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            sample_bytes: SAMPLE_BYTES,
            max_record_bytes: MAX_RECORD_BYTES,
            max_listed: MAX_LISTED,
        }
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
    pub fn finish(mut self) -> Result<Profile, Error> {
        if self.stream.is_none() {
            self.start(true)?;
        }
        let Some(mut stream) = self.stream.take() else {
            return Err(Error::Io("internal: no stream".into()));
        };
        stream.push(&[], true)?;
        Ok(stream.finish(self.bytes))
    }

    fn start(&mut self, complete: bool) -> Result<(), Error> {
        let detected = sniff::encoding(&self.sample, complete)?;
        let (text, _) = detected.encoding.decode_with_bom_removal(&self.sample);
        let text: &str = if complete {
            &text
        } else {
            // Leave out the last, probably cut, line.
            text.rfind(['\n', '\r']).map_or(&text, |i| &text[..i + 1])
        };
        let dialect = sniff::dialect(text);
        let mut stream = Box::new(Stream::new(detected, dialect, self.opts));
        let sample = std::mem::take(&mut self.sample);
        stream.push(&sample, false)?;
        self.stream = Some(stream);
        Ok(())
    }
}

/// Profiles everything a reader yields, 64 KiB at a time.
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
    fn new(detected: Detected, dialect: sniff::Dialect, opts: Options) -> Stream {
        Stream {
            decoder: detected.encoding.new_decoder_with_bom_removal(),
            detected,
            splitter: Splitter {
                delimiter: dialect.delimiter,
                quote: dialect.quote,
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
        }
    }

    fn push(&mut self, mut input: &[u8], last: bool) -> Result<(), Error> {
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
                if !completes_crlf && self.header_done {
                    self.blank_rows += 1;
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
        // A record longer than the text read so far: wait for twice as much.
        self.wait_for = if text.is_empty() { 0 } else { 2 * text.len() };
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
        if self.records > self.dialect.preamble {
            let is_header = !self.header_done && self.dialect.header;
            if !self.header_done {
                self.header_done = true;
                self.start_columns(record, line);
            }
            if !is_header {
                self.row(line, record, check_invalid, batch);
            }
        }
    }

    fn start_columns<R: Fields + ?Sized>(&mut self, first: &R, line: u64) {
        let found = first.count().max(1);
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
        let mut seen = std::collections::HashSet::with_capacity(width);
        for j in 0..width {
            let name = if self.dialect.header {
                let n = first.field(j).trim().to_owned();
                if n.is_empty() {
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
            self.columns.push(ColumnAcc::new(name));
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
        let width = self.columns.len();
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

    fn finish(mut self, bytes: u64) -> Profile {
        let mut warnings = std::mem::take(&mut self.warnings);
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
        if self.rows == 0 {
            let (sv, en) = if self.records == 0 {
                ("filen är tom", "the file is empty")
            } else {
                ("filen har inga datarader", "the file has no data rows")
            };
            warnings.push(Warning {
                code: WarningCode::NoData,
                row: None,
                column: None,
                message_sv: sv.into(),
                message_en: en.into(),
            });
        }
        let kinds = [self.crlf, self.lf, self.cr]
            .iter()
            .filter(|n| **n > 0)
            .count();
        let line_terminator = match (kinds, self.crlf, self.lf, self.cr) {
            (0, ..) => LineTerminator::None,
            (1, c, _, _) if c > 0 => LineTerminator::CrLf,
            (1, _, l, _) if l > 0 => LineTerminator::Lf,
            (1, ..) => LineTerminator::Cr,
            _ => LineTerminator::Mixed,
        };
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
        let mut columns = Vec::with_capacity(self.columns.len());
        let mut range: Option<(i32, i32)> = None;
        for (i, c) in std::mem::take(&mut self.columns).into_iter().enumerate() {
            let (profile, r) = c.finish(i, &mut warnings);
            if let Some((a, b)) = r {
                range = Some(range.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
            }
            columns.push(profile);
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
            dialect: Dialect {
                delimiter: char::from(self.dialect.delimiter),
                quote: self.dialect.quote.map(char::from),
                line_terminator,
                header_rows: u64::from(self.dialect.header),
                preamble_rows: self.dialect.preamble,
                footer_rows: self.footer_rows,
            },
            columns,
            date_range: range.map(|(a, b)| DateRange {
                start: cell::iso_date(a),
                end: cell::iso_date(b),
            }),
            warnings,
            preview: self.preview,
        }
    }
}
