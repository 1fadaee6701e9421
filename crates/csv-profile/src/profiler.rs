//! The streaming profiler: bytes in, a [`Profile`] out.

use std::io::Read;

use encoding_rs::{CoderResult, Decoder};

use crate::column::ColumnAcc;
use crate::profile::*;
use crate::sniff::{self, Detected};
use crate::{Error, cell};

/// Bytes at the start of the file used to detect encoding and dialect.
pub const SAMPLE_BYTES: usize = 64 * 1024;
/// Largest record accepted (a larger one is almost always an unterminated quote).
pub const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;
/// Warnings of one kind listed individually before they are summarised.
pub const MAX_LISTED: usize = 20;
/// Data rows kept for [`Profile::preview`].
pub const PREVIEW_ROWS: usize = 10;
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
    utf8: Vec<u8>,
    reader: csv_core::Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    outpos: usize,
    endpos: usize,
    // Lines and terminators.
    at_start: bool,
    line: u64,
    prev: u8,
    pending_cr: bool,
    record_line: u64,
    record_quotes: u64,
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

impl Stream {
    fn new(detected: Detected, dialect: sniff::Dialect, opts: Options) -> Stream {
        let reader = csv_core::ReaderBuilder::new()
            .delimiter(dialect.delimiter)
            .quote(dialect.quote.unwrap_or(b'"'))
            .quoting(dialect.quote.is_some())
            .build();
        Stream {
            decoder: detected.encoding.new_decoder_with_bom_removal(),
            detected,
            dialect,
            opts,
            utf8: vec![0; 64 * 1024],
            reader,
            out: vec![0; (64 * 1024).min(opts.max_record_bytes.max(1))],
            ends: vec![0; 256],
            outpos: 0,
            endpos: 0,
            at_start: true,
            line: 1,
            prev: 0,
            pending_cr: false,
            record_line: 1,
            record_quotes: 0,
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
        let mut buf = std::mem::take(&mut self.utf8);
        loop {
            let (result, read, written, _) = self.decoder.decode_to_utf8(input, &mut buf, last);
            input = &input[read..];
            let r = self.parse(&buf[..written]);
            if let Err(e) = r {
                self.utf8 = buf;
                return Err(e);
            }
            if result == CoderResult::InputEmpty {
                break;
            }
        }
        self.utf8 = buf;
        if last {
            self.parse_end()?;
        }
        Ok(())
    }

    /// One byte of line structure.
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

    /// Many bytes of a record at once: line numbers and the previous byte.
    fn see_slice(&mut self, bytes: &[u8]) {
        let Some(&first) = bytes.first() else { return };
        if self.pending_cr {
            self.see(first);
            return self.see_slice(&bytes[1..]);
        }
        for i in memchr::memchr2_iter(b'\r', b'\n', bytes) {
            let before = if i == 0 { self.prev } else { bytes[i - 1] };
            if bytes[i] == b'\r' || before != b'\r' {
                self.line += 1;
            }
        }
        self.prev = bytes[bytes.len() - 1];
    }

    fn parse(&mut self, mut input: &[u8]) -> Result<(), Error> {
        while !input.is_empty() {
            if self.at_start {
                // Blank lines (csv-core skips them silently) and the LF of a CRLF.
                while let Some(&b) = input.first() {
                    if b != b'\n' && b != b'\r' {
                        break;
                    }
                    let completes_crlf = b == b'\n' && self.prev == b'\r';
                    self.see(b);
                    if b == b'\r' {
                        self.pending_cr = true;
                    } else if !completes_crlf {
                        self.lf += 1;
                    }
                    if !completes_crlf && self.header_done {
                        self.blank_rows += 1;
                    }
                    input = &input[1..];
                }
                if input.is_empty() {
                    break;
                }
                self.record_line = self.line;
                self.record_quotes = 0;
                self.at_start = false;
            }
            let (res, nin, nout, nend) = self.reader.read_record(
                input,
                &mut self.out[self.outpos..],
                &mut self.ends[self.endpos..],
            );
            let consumed = &input[..nin];
            if let Some(q) = self.dialect.quote {
                self.record_quotes += memchr::memchr_iter(q, consumed).count() as u64;
            }
            self.see_slice(consumed);
            input = &input[nin..];
            self.outpos += nout;
            self.endpos += nend;
            match res {
                csv_core::ReadRecordResult::InputEmpty | csv_core::ReadRecordResult::End => {}
                csv_core::ReadRecordResult::OutputFull => self.grow_out()?,
                csv_core::ReadRecordResult::OutputEndsFull => {
                    let n = self.ends.len() * 2;
                    self.ends.resize(n, 0);
                }
                csv_core::ReadRecordResult::Record => {
                    match self.prev {
                        b'\n' => self.lf += 1,
                        b'\r' => self.pending_cr = true,
                        _ => {}
                    }
                    self.record_done();
                }
            }
        }
        Ok(())
    }

    /// Doubles the field buffer, up to the record-size limit.
    fn grow_out(&mut self) -> Result<(), Error> {
        if self.out.len() >= self.opts.max_record_bytes {
            return Err(Error::RecordTooLarge {
                line: self.record_line,
                limit: self.opts.max_record_bytes,
            });
        }
        let n = (self.out.len() * 2).min(self.opts.max_record_bytes);
        self.out.resize(n, 0);
        Ok(())
    }

    fn parse_end(&mut self) -> Result<(), Error> {
        if self.pending_cr {
            self.cr += 1;
            self.pending_cr = false;
        }
        loop {
            let (res, _, nout, nend) = self.reader.read_record(
                &[],
                &mut self.out[self.outpos..],
                &mut self.ends[self.endpos..],
            );
            self.outpos += nout;
            self.endpos += nend;
            match res {
                csv_core::ReadRecordResult::Record => {
                    if self.record_quotes % 2 == 1 {
                        self.unterminated = Some(self.record_line);
                    }
                    self.record_done();
                }
                csv_core::ReadRecordResult::End => break,
                csv_core::ReadRecordResult::OutputFull => self.grow_out()?,
                csv_core::ReadRecordResult::OutputEndsFull => {
                    let n = self.ends.len() * 2;
                    self.ends.resize(n, 0);
                }
                csv_core::ReadRecordResult::InputEmpty => break,
            }
        }
        // Rows still held back are footers (or trailing blank rows).
        for (_, row) in std::mem::take(&mut self.footer_queue) {
            if row.iter().all(|f| f.trim().is_empty()) {
                self.blank_rows += 1;
            } else {
                self.footer_rows += 1;
            }
        }
        Ok(())
    }

    fn record_done(&mut self) {
        let line = self.record_line;
        // Borrow the record's fields from the parser's buffers without copying them.
        let out = std::mem::take(&mut self.out);
        let ends = std::mem::take(&mut self.ends);
        let record_len = self.endpos.checked_sub(1).map_or(0, |i| ends[i]);
        let check_invalid = memchr::memchr(0xef, &out[..record_len]).is_some();
        let mut fields: Vec<&str> = Vec::with_capacity(self.endpos);
        // The decoder wrote UTF-8 and fields end at ASCII delimiters: validate the whole
        // record once, then slice it at the field ends (all character boundaries).
        let record = std::str::from_utf8(&out[..record_len]).unwrap_or("");
        let mut start = 0;
        for &e in &ends[..self.endpos] {
            fields.push(record.get(start..e).unwrap_or(""));
            start = e;
        }
        self.outpos = 0;
        self.endpos = 0;
        self.at_start = true;
        self.records += 1;
        if self.records > self.dialect.preamble {
            let is_header = !self.header_done && self.dialect.header;
            if !self.header_done {
                self.header_done = true;
                self.start_columns(&fields, line);
            }
            if !is_header {
                self.row(line, &fields, check_invalid);
            }
        }
        drop(fields);
        self.out = out;
        self.ends = ends;
    }

    fn start_columns(&mut self, first: &[&str], line: u64) {
        let width = first.len().max(1);
        let mut seen: Vec<String> = Vec::new();
        for (j, raw) in first.iter().enumerate().take(width) {
            let name = if self.dialect.header {
                let n = raw.trim().to_owned();
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
                    if seen.iter().any(|s| s.eq_ignore_ascii_case(&n)) {
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
            seen.push(name.clone());
            self.columns.push(ColumnAcc::new(name));
        }
    }

    /// A blank row, or a row whose only value is text in the first column (a source
    /// line, a note). Stops at the second value, without allocating.
    fn is_footer_like(&self, row: &[&str]) -> bool {
        let blank = |f: &str| f.is_empty() || f.trim().is_empty();
        let mut filled = row
            .iter()
            .enumerate()
            .filter(|(_, f)| !blank(f))
            .map(|(i, _)| i);
        match (filled.next(), filled.next()) {
            (None, _) => true,
            (Some(0), None) if self.columns.len() >= 2 => {
                cell::classify(row[0].trim()) == cell::Cell::Text
            }
            _ => false,
        }
    }

    fn row(&mut self, line: u64, row: &[&str], check_invalid: bool) {
        if self.is_footer_like(row) {
            self.footer_queue
                .push((line, row.iter().map(|f| (*f).to_owned()).collect()));
            if self.footer_queue.len() > FOOTER_QUEUE {
                let (l, r) = self.footer_queue.remove(0);
                let refs: Vec<&str> = r.iter().map(String::as_str).collect();
                self.commit(l, &refs, true);
            }
            return;
        }
        for (l, r) in std::mem::take(&mut self.footer_queue) {
            let refs: Vec<&str> = r.iter().map(String::as_str).collect();
            self.commit(l, &refs, true);
        }
        self.commit(line, row, check_invalid);
    }

    fn commit(&mut self, line: u64, row: &[&str], check_invalid: bool) {
        if row.iter().all(|f| f.trim().is_empty()) {
            self.blank_rows += 1;
            return;
        }
        self.rows += 1;
        if self.preview.len() < PREVIEW_ROWS {
            self.preview
                .push(row.iter().map(|f| (*f).to_owned()).collect());
        }
        let width = self.columns.len();
        let extra_filled = row.iter().skip(width).any(|f| !f.trim().is_empty());
        if row.len() < width || extra_filled {
            self.ragged += 1;
            if self.ragged <= self.opts.max_listed as u64 {
                self.warnings.push(Warning {
                    code: WarningCode::RaggedRow,
                    row: Some(line),
                    column: None,
                    message_sv: format!(
                        "raden har {} fält men tabellen har {width} kolumner",
                        row.len()
                    ),
                    message_en: format!(
                        "the row has {} fields but the table has {width} columns",
                        row.len()
                    ),
                });
            }
        }
        for (j, col) in self.columns.iter_mut().enumerate() {
            match row.get(j) {
                Some(f) => col.push(f, line, check_invalid),
                None => col.push_missing(),
            }
        }
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
        for (i, c) in self.columns.iter().enumerate() {
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
