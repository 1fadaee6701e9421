//! Guessing the encoding and the dialect from the first bytes of a file.
//!
//! Encoding: BOM → UTF-16 zero-byte pattern → valid UTF-8 → chardetng. Dialect: every
//! delimiter present × quote `"`, `'` (when present) or none × "spaces after the
//! delimiter belong to it" (when ≥ 90 % of delimiters are followed by one) × a backslash
//! escape inside quotes (only when `\"` or `\'` occurs), each read with a small parser
//! of its own that also counts quoted fields with text after the closing quote,
//! unclosed quotes and, without quoting, fields wrapped in quotes. Each reading is
//! scored on its main table (the block with the most rows) by row-length consistency ×
//! share of typed cells × a quoting factor, against a "one column" reading; the
//! confidence and the close runners-up with why they lost go into `Profile::dialect` (a
//! runner-up whose delimiter the winner reads only inside numbers and dates, such as the
//! decimal comma of a `;` file, does not lower the confidence). Preamble: leading rows
//! with at most one value or a width far from the table's, and metadata blocks; a row
//! one field off is the header, with a `header_width` warning. Header (`is_header`): a
//! quoted first row over unquoted numbers, years over columns of other numbers that
//! never repeat them, numbers over text; else a first row with a number or date over the
//! same kind is data.

use crate::enc::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::Error;
use crate::cell::{self, Cell};
use crate::profile::{AboutEntry, AboutKind};

/// The encoding found.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Detected {
    pub encoding: &'static Encoding,
    pub bom: bool,
}

/// Finds the encoding: a BOM, else UTF-16 by its zero bytes, else valid UTF-8, else
/// chardetng's guess (windows-1252 for Latin-1 text).
pub(crate) fn encoding(sample: &[u8], complete: bool) -> Result<Detected, Error> {
    if let Some((enc, _)) = Encoding::for_bom(sample) {
        return Ok(Detected {
            encoding: enc,
            bom: true,
        });
    }
    let head = &sample[..sample.len().min(4096)];
    if head.starts_with(b"PK\x03\x04") {
        return Err(Error::NotText(
                "filen ser ut att vara en Excel-fil (.xlsx); spara den som CSV / the file looks like an Excel workbook (.xlsx); save it as CSV".into(),
            ));
    }
    if head.len() >= 4 {
        let (mut even, mut odd) = (0usize, 0usize);
        for (i, b) in head.iter().enumerate() {
            if *b == 0 {
                if i % 2 == 0 { even += 1 } else { odd += 1 }
            }
        }
        let half = head.len() / 2;
        if odd * 10 > half * 3 && even * 10 < half {
            return Ok(Detected {
                encoding: UTF_16LE,
                bom: false,
            });
        }
        if even * 10 > half * 3 && odd * 10 < half {
            return Ok(Detected {
                encoding: UTF_16BE,
                bom: false,
            });
        }
        if even + odd > 0 {
            return Err(Error::NotText(
                "filen innehåller nollbyte och verkar inte vara text / the file contains zero bytes and does not look like text".into(),
            ));
        }
    }
    let utf8_ok = match std::str::from_utf8(sample) {
        Ok(_) => true,
        // A character cut off at the end of the sample is fine.
        Err(e) => !complete && e.error_len().is_none() && e.valid_up_to() + 4 > sample.len(),
    };
    if utf8_ok {
        return Ok(Detected {
            encoding: UTF_8,
            bom: false,
        });
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(sample, complete);
    let guess = det.guess(None, chardetng::Utf8Detection::Allow);
    Ok(Detected {
        encoding: guess,
        bom: false,
    })
}

/// What the caller already knows about the dialect: each `Some` replaces a guess.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Forced {
    pub delimiter: Option<u8>,
    pub skip_space: Option<bool>,
    pub quote: Option<Option<u8>>,
    pub header_rows: Option<u64>,
    pub preamble: Option<u64>,
}

/// A reading that lost, and why.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Runner {
    pub delimiter: u8,
    pub quote: Option<u8>,
    pub skip_space: bool,
    pub width: usize,
    pub score: f64,
    pub reason_sv: String,
    pub reason_en: String,
}

/// The dialect found.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Dialect {
    pub delimiter: u8,
    pub quote: Option<u8>,
    /// Spaces after a delimiter belong to it (`, `).
    pub skip_space: bool,
    /// Inside quotes, a backslash makes the next character literal.
    pub escape: Option<u8>,
    /// Rows before the header (counting only rows with content).
    pub preamble: u64,
    /// Header rows after the preamble (0 or 1 when guessed).
    pub header_rows: u64,
    /// The usual number of fields of a data row.
    pub width: usize,
    /// How sure the reading is (0–1).
    pub confidence: f64,
    /// Close readings that lost.
    pub alternatives: Vec<Runner>,
    /// The line where a `"` opens that is never closed, when the file is read without
    /// quoting for that reason.
    pub unclosed_quote: Option<u64>,
    /// Lines about the file: the blocks and title rows before the table.
    pub about: Vec<crate::profile::AboutEntry>,
}

#[cfg(test)]
impl Dialect {
    /// Whether the first row after the preamble is a header.
    pub fn header(&self) -> bool {
        self.header_rows > 0
    }
}

/// Whether a field of a candidate reading holds a value of a known kind, for the
/// reading's type score: what [`typed`] says, and an e-mail address also counts (as in
/// CleverCSV's type score), so that a column of addresses weighs as much as one of
/// numbers when readings compete.
fn typed_field(f: &str) -> Option<bool> {
    typed(cell::classify(f)).map(|t| t || crate::identity::email(f))
}

fn typed(c: Cell) -> Option<bool> {
    match c {
        Cell::Missing => None,
        Cell::Text => Some(false),
        _ => Some(true),
    }
}

/// How far `best` explains the bytes another reading splits on: 1 when every cell
/// holding `delimiter` is one `best` reads as a number or a date (a decimal comma, a
/// thousands space), else 0 (one of them is in text, or no cell holds it).
fn explained(best: &Scored, delimiter: u8) -> f64 {
    let (mut holding, mut typed_cells) = (0usize, 0usize);
    // Every row, the header too: `a;b,c` above `1;2,3` leaves the doubt (the header's
    // `b,c` is text).
    for f in best.parsed.rows.iter().flat_map(|r| &r.fields) {
        if f.as_bytes().contains(&delimiter) {
            holding += 1;
            typed_cells += usize::from(typed_field(f.trim()) == Some(true));
        }
    }
    if holding == 0 || typed_cells < holding {
        0.0
    } else {
        1.0
    }
}

/// One record of the sample as a candidate dialect reads it.
#[derive(Debug, Clone, Default)]
struct Row {
    fields: Vec<String>,
    quoted: Vec<bool>,
    /// A blank line (or a row of empty fields) comes right before it.
    after_blank: bool,
    /// Its place among the records (rows of empty fields count, empty lines do not),
    /// as the stream counts them.
    rec: usize,
    /// Quoted fields of it with text after their closing quote.
    stray: usize,
}

impl Row {
    fn len(&self) -> usize {
        self.fields.len()
    }
    fn filled(&self) -> usize {
        self.fields.iter().filter(|f| !f.trim().is_empty()).count()
    }
}

/// The sample read with one candidate dialect, with what went wrong in the quoting.
#[derive(Debug, Clone, Default)]
struct Parsed {
    rows: Vec<Row>,
    /// Quoted fields with text after the closing quote (`"a";"b` read with `,`).
    stray: usize,
    /// Whether a quoted field runs to the end of the sample.
    unterminated: bool,
    /// The line where that field opens.
    unterminated_line: u64,
    /// Read without quoting: fields wrapped in `"` or `'` (a quote not read as one).
    wrapped: usize,
    /// Fields read.
    fields: usize,
}

/// Reads the sample as the stream's splitter would (RFC 4180, text after a closing quote
/// kept in the field, blank lines skipped), noting the quotes that do not fit and which
/// fields were quoted.
fn parse(
    text: &str,
    d: u8,
    q: Option<u8>,
    skip_space: bool,
    escape: Option<u8>,
    max_rows: usize,
    cut: bool,
) -> Parsed {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Parsed::default();
    let mut i = 0;
    let mut first = true;
    let mut pending_blank = false;
    let mut rec = 0;
    while out.rows.len() < max_rows {
        let mut ends = 0;
        while i < n && (b[i] == b'\r' || b[i] == b'\n') {
            if !(b[i] == b'\n' && i > 0 && b[i - 1] == b'\r') {
                ends += 1;
            }
            i += 1;
        }
        if i >= n {
            break;
        }
        let after_blank = pending_blank || if first { ends > 0 } else { ends > 1 };
        first = false;
        let mut row = Row {
            after_blank,
            rec,
            ..Row::default()
        };
        rec += 1;
        loop {
            if skip_space && !row.fields.is_empty() {
                while i < n && b[i] == b' ' {
                    i += 1;
                }
            }
            let mut field: Vec<u8> = Vec::new();
            let mut quoted = false;
            if let Some(q) = q
                && b.get(i) == Some(&q)
            {
                quoted = true;
                let open = i;
                i += 1;
                loop {
                    let rest = &b[i.min(n)..];
                    let found = match escape {
                        Some(e) => memchr::memchr2(q, e, rest),
                        None => memchr::memchr(q, rest),
                    };
                    match found {
                        None => {
                            if cut && open >= n / 2 {
                                // The sample ends inside this quoted field and the
                                // file goes on: the row is cut, not broken (a long
                                // description with line breaks). It is left out.
                                return out;
                            }
                            field.extend_from_slice(rest);
                            i = n;
                            let body = rest
                                .iter()
                                .rposition(|c| *c != b'\n' && *c != b'\r')
                                .map_or(&rest[..0], |k| &rest[..=k]);
                            if !body.contains(&b'\n') && !body.contains(&b'\r') && !cut {
                                // Opened on the file's last line: a stray quote in
                                // one field, not one that swallows the file.
                                out.stray += 1;
                                break;
                            }
                            out.unterminated_line = line_of(b, open);
                            out.unterminated = true;
                            break;
                        }
                        Some(k) => {
                            field.extend_from_slice(&b[i..i + k]);
                            let at = i + k;
                            if b[at] != q {
                                // The escape: the next byte is the field's.
                                if let Some(&c) = b.get(at + 1) {
                                    field.push(c);
                                }
                                i = (at + 2).min(n);
                                continue;
                            }
                            i = at + 1;
                            if b.get(i) == Some(&q) {
                                field.push(q);
                                i += 1;
                                continue;
                            }
                            // As the splitter reads `'`: an apostrophe in a word.
                            if q == b'\'' && crate::split::apostrophe(b, open, at) {
                                field.push(q);
                                continue;
                            }
                            break;
                        }
                    }
                }
                let s = i;
                while i < n && b[i] != d && b[i] != b'\r' && b[i] != b'\n' {
                    i += 1;
                }
                if i > s {
                    if !b[s..i].iter().all(|&c| c == b' ') {
                        out.stray += 1;
                        row.stray += 1;
                    }
                    field.extend_from_slice(&b[s..i]);
                }
            } else {
                let s = i;
                while i < n && b[i] != d && b[i] != b'\r' && b[i] != b'\n' {
                    i += 1;
                }
                field.extend_from_slice(&b[s..i]);
            }
            out.fields += 1;
            if q.is_none()
                && field.len() >= 2
                && (field[0] == b'"' || field[0] == b'\'')
                && field.last() == Some(&field[0])
            {
                out.wrapped += 1;
            }
            row.fields
                .push(String::from_utf8_lossy(&field).into_owned());
            row.quoted.push(quoted);
            if i < n && b[i] == d {
                i += 1;
                continue;
            }
            break;
        }
        pending_blank = row.filled() == 0;
        if !pending_blank {
            out.rows.push(row);
        }
    }
    out
}

/// The line (1-based) of byte `at`: `\r\n`, `\n` and `\r` each end a line.
fn line_of(b: &[u8], at: usize) -> u64 {
    let before = &b[..at.min(b.len())];
    let crlf = before.windows(2).filter(|w| w == b"\r\n").count();
    let ends = memchr::memchr2_iter(b'\r', b'\n', before).count();
    (ends - crlf) as u64 + 1
}

/// Whether `r` repeats most of `head` (a table's header again, perhaps with a column
/// more or less): two or more of its values, and two thirds of them, are in `head`.
fn repeats(r: &Row, head: &Row) -> bool {
    // A header is a few dozen names: a row of thousands of fields is no header again
    // (and comparing it with another such would take their product).
    if r.len() > REPEAT_FIELDS || head.len() > REPEAT_FIELDS {
        return false;
    }
    // A header again starts as the header did (most rows are decided here).
    fn first(row: &Row) -> Option<&str> {
        row.fields.first().map(|f| f.trim())
    }
    if first(r) != first(head) {
        return false;
    }
    let filled: Vec<&str> = r
        .fields
        .iter()
        .map(|f| f.trim())
        .filter(|f| !f.is_empty())
        .collect();
    let shared = filled
        .iter()
        .filter(|f| head.fields.iter().any(|h| h.trim() == **f))
        .count();
    shared >= 2 && shared * 3 >= filled.len() * 2
}

/// Fields of a row compared with a header, at most.
pub(crate) const REPEAT_FIELDS: usize = 256;

/// The blocks of a reading, as ranges of `rows`: a block ends where a row repeats its
/// first row (its header again, also with a column more or less), or where, after a
/// blank line, rows of another width start (two such rows in a row, or one that is
/// the last row read). A file of one table is one block; SMHI's downloads are a
/// station, a parameter and a period block, each a header and a row, then the data.
fn blocks(rows: &[Row]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..rows.len() {
        let r = &rows[k];
        let head = &rows[start];
        let width = rows
            .get(start + 1)
            .filter(|_| k > start + 1)
            .map_or(head.len(), Row::len);
        let new_header = k > start + 1 && r.filled() >= 2 && repeats(r, head);
        let new_width = r.after_blank
            && r.filled() >= 2
            && trimmed_len(r, width) != width
            && rows
                .get(k + 1)
                .is_none_or(|n| n.len() == r.len() || n.after_blank);
        // After a small block (SMHI's station, parameter and period blocks: a header
        // and a row or two) and a blank line, a row of text only is a new header even
        // at the same width.
        let after_small = r.after_blank
            && k - start <= 3
            && r.filled() >= 2
            && r.fields
                .iter()
                .all(|f| typed(cell::classify(f.trim())) != Some(true));
        if new_header || new_width || after_small {
            out.push((start, k));
            start = k;
        }
    }
    if !rows.is_empty() {
        out.push((start, rows.len()));
    }
    out
}

/// The main table among `blocks`: the one with the most rows (the first of equals).
fn main_block(blocks: &[(usize, usize)]) -> (usize, usize) {
    blocks
        .iter()
        .copied()
        .fold(None, |best: Option<(usize, usize)>, b| match best {
            Some(x) if x.1 - x.0 >= b.1 - b.0 => Some(x),
            _ => Some(b),
        })
        .unwrap_or((0, 0))
}

/// A row's length without the empty fields after the table's `width` (Excel pads
/// rows with delimiters).
fn trimmed_len(r: &Row, width: usize) -> usize {
    let mut n = r.len();
    while n > width && r.fields[n - 1].trim().is_empty() {
        n -= 1;
    }
    // Notes beside a table, after an empty column (SMHI's `;;Tidsutsnitt:`).
    if n > width + 1 && width > 0 && r.fields[width].trim().is_empty() {
        n = width;
    }
    n
}

/// A header row with a stray quote (`id,"namn,antal,"kommentar"`) that has the
/// table's width when split at every delimiter.
fn broken_header(r: &Row, delimiter: u8, width: usize) -> bool {
    r.stray > 0 && r.filled() >= 2 && r.len() < width && resplit_len(r, delimiter) == width
}

/// The fields of a row split at every delimiter, quoted or not.
fn resplit_len(r: &Row, delimiter: u8) -> usize {
    r.fields
        .iter()
        .map(|f| 1 + f.bytes().filter(|b| *b == delimiter).count())
        .sum()
}

/// The most common width among rows (ties: the wider).
fn modal_width<'a>(rows: impl Iterator<Item = &'a Row>) -> (usize, usize) {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for r in rows {
        match counts.iter_mut().find(|(k, _)| *k == r.len()) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.len(), 1)),
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)))
        .unwrap_or((1, 0))
}

/// Delimiters tried, with a small prior: the usual ones first.
const DELIMITERS: [(u8, f64); 6] = [
    (b';', 1.0),
    (b',', 1.0),
    (b'\t', 1.0),
    (b'|', 1.0),
    (b':', 0.95),
    (b' ', 0.9),
];
/// Quote readings tried, with their prior: `"`, `'` and no quoting at all.
const QUOTES: [(Option<u8>, f64); 3] = [(Some(b'"'), 1.0), (Some(b'\''), 0.98), (None, 0.99)];
/// Rows of the sample used for the dialect.
const SNIFF_ROWS: usize = 400;
/// The prior of reading the file as a single column.
const SINGLE_COLUMN_PRIOR: f64 = 0.9;
/// A candidate whose rows agree less than this is no delimiter at all: the file has one
/// column (a list of numbers with thousands commas, say).
const MIN_CONSISTENCY: f64 = 0.5;
/// The weight of a quoted field with text after its closing quote, per row of the
/// sample: one such field in a two-row sample all but rules the reading out.
const STRAY_WEIGHT: f64 = 2.0;

/// One candidate's score and what it is made of.
#[derive(Debug, Clone)]
struct Scored {
    delimiter: u8,
    quote: Option<u8>,
    escape: Option<u8>,
    skip_space: bool,
    width: usize,
    /// Share of the table's rows with the usual width.
    consistency: f64,
    /// Share of typed cells (numbers, dates, codes…) among non-empty ones.
    types: f64,
    /// 1 for clean quoting, near 0 for quotes that do not fit.
    quoting: f64,
    stray: usize,
    unterminated: bool,
    score: f64,
    /// The main table's block (`blocks`): the rows before it are about the file.
    main: (usize, usize),
    parsed: Parsed,
}

/// Scores one reading: row-length consistency of its first table × share of typed
/// cells × quoting that fits (CleverCSV's pattern and type scores, with its penalty for
/// malformed quoting).
fn score(
    parsed: Parsed,
    delimiter: u8,
    quote: Option<u8>,
    skip_space: bool,
    escape: Option<u8>,
    prior: f64,
) -> Scored {
    let rows = &parsed.rows;
    let mut s = Scored {
        delimiter,
        quote,
        escape,
        skip_space,
        width: 1,
        consistency: 0.0,
        types: 0.0,
        quoting: 1.0,
        stray: parsed.stray,
        unterminated: parsed.unterminated,
        score: 0.0001,
        main: (0, rows.len()),
        parsed: Parsed::default(),
    };
    // The table: the block with the most rows, from its first row of the usual width.
    let (bs, end) = main_block(&blocks(rows));
    s.main = (bs, end);
    let (width, _) = modal_width(rows[bs..end].iter());
    let start = (bs..end)
        .find(|&k| trimmed_len(&rows[k], width) == width)
        .unwrap_or(bs);
    let table = &rows[start.min(end)..end];
    let (width, _) = modal_width(table.iter());
    // Rows of the width, also with notes beside them or padded with delimiters.
    let n = table
        .iter()
        .filter(|r| trimmed_len(r, width) == width)
        .count();
    s.width = width;
    if width > 1 && !table.is_empty() {
        // Rows above the table count against it: fully when they split into another
        // number of fields, half when they do not split, a quarter when a blank line
        // sets the table apart (titles) or when it is the row right above, a field
        // longer or shorter (a header off by one).
        let apart = rows.get(start).is_some_and(|r| r.after_blank);
        let lead: f64 = rows[..start]
            .iter()
            .enumerate()
            .map(|(k, r)| {
                let header = k + 1 == start && r.filled() >= 2 && r.len().abs_diff(width) == 1;
                if k + 1 == start && broken_header(r, delimiter, width) {
                    return 0.0;
                }
                match (apart || header, r.len() > 1) {
                    (true, _) => 0.25,
                    (false, false) => 0.5,
                    (false, true) => 1.0,
                }
            })
            .sum();
        s.consistency = n as f64 / (table.len() as f64 + lead);
        let (mut typed_cells, mut cells) = (0usize, 0usize);
        for r in table.iter().filter(|r| r.len() == width).skip(1) {
            for f in &r.fields {
                if let Some(t) = typed_field(f.trim()) {
                    cells += 1;
                    typed_cells += usize::from(t);
                }
            }
        }
        s.types = if cells > 0 {
            typed_cells as f64 / cells as f64
        } else {
            0.0
        };
        let total = rows.len().max(1) as f64;
        // The strays of a header whose quotes are broken are the header's, not the
        // reading's.
        let stray = match start.checked_sub(1).map(|k| &rows[k]) {
            Some(h) if broken_header(h, delimiter, width) => parsed.stray - h.stray,
            _ => parsed.stray,
        };
        s.quoting = (1.0 - STRAY_WEIGHT * stray as f64 / total).max(0.02)
            * if parsed.unterminated { 0.1 } else { 1.0 }
            * (1.0 - 0.5 * parsed.wrapped as f64 / parsed.fields.max(1) as f64);
        if s.consistency >= MIN_CONSISTENCY {
            s.score = s.consistency * (0.6 + 0.4 * s.types) * s.quoting * prior;
        } else {
            s.width = 1;
        }
    } else {
        s.width = 1;
    }
    s.parsed = parsed;
    s
}

/// Whether the spaces after a delimiter belong to it: nearly every one is followed by
/// a space (`a, b, c`).
fn spaced(text: &str, d: u8) -> bool {
    if d == b' ' {
        return false;
    }
    let b = text.as_bytes();
    let (mut all, mut spaced) = (0usize, 0usize);
    for i in memchr::memchr_iter(d, b) {
        all += 1;
        spaced += usize::from(b.get(i + 1) == Some(&b' '));
    }
    all >= 2 && spaced * 10 >= all * 9
}

/// The file read as one column: every line a value. Wins when that reads better than
/// any split (a list of decimal-comma numbers is not a two-column table).
fn single_column(text: &str) -> f64 {
    let (mut typed_lines, mut counted) = (0usize, 0usize);
    for l in text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SNIFF_ROWS)
        .skip(1)
    {
        if let Some(t) = typed(cell::classify(l.trim())) {
            counted += 1;
            typed_lines += usize::from(t);
        }
    }
    if counted > 0 {
        (0.6 + 0.4 * typed_lines as f64 / counted as f64) * SINGLE_COLUMN_PRIOR
    } else {
        0.0
    }
}

/// Why `lost` reads worse than `won`, in Swedish and English.
fn why(won: &Scored, lost: &Scored) -> (String, String) {
    if lost.unterminated && !won.unterminated {
        return (
            "ett citattecken stängs aldrig".into(),
            "a quote is never closed".into(),
        );
    }
    if lost.parsed.wrapped > 0 && lost.quote.is_none() {
        let n = lost.parsed.wrapped;
        return (
            format!("{n} fält står inom citattecken som då inte läses som citattecken"),
            format!("{n} fields are wrapped in quotes that are then not read as quotes"),
        );
    }
    if lost.quoting < won.quoting * 0.9 {
        return (
            format!(
                "{} fält har text efter det avslutande citattecknet",
                lost.stray
            ),
            format!("{} fields have text after the closing quote", lost.stray),
        );
    }
    if lost.width <= 1 {
        return (
            "raderna delas inte upp i samma antal fält".into(),
            "the rows do not split into the same number of fields".into(),
        );
    }
    if lost.consistency < won.consistency * 0.95 {
        let pct = (lost.consistency * 100.0).round();
        return (
            format!("bara {pct} % av raderna har {} fält", lost.width),
            format!("only {pct} % of the rows have {} fields", lost.width),
        );
    }
    let (a, b) = ((lost.types * 100.0).round(), (won.types * 100.0).round());
    (
        format!("färre celler läses som tal eller datum ({a} % mot {b} %)"),
        format!("fewer cells read as numbers or dates ({a} % against {b} %)"),
    )
}

/// Finds delimiter, quote, preamble and header from the decoded start of the file,
/// keeping whatever `forced` says.
/// `cut`: the text is the start of a longer file (a quoted field still open at its end,
/// in its second half, is cut off there, not unclosed).
pub(crate) fn dialect(text: &str, forced: &Forced, cut: bool) -> Dialect {
    let mut scored = score_readings(text, forced, cut);
    cap_number_splits(&mut scored);
    scored.sort_by(|a, b| b.score.total_cmp(&a.score));
    let single = if forced.delimiter.is_none() {
        single_column(text)
    } else {
        0.0
    };
    match scored.first().filter(|b| b.width > 1 && b.score >= single) {
        Some(best) => table_dialect(best, &scored, single, forced),
        None => one_column_dialect(text, forced, cut, scored.first(), single),
    }
}

/// Scores every reading `forced` leaves open: each delimiter that occurs in the text,
/// with each quote that would change the reading, and with a backslash escape too when
/// the text has one before that quote.
fn score_readings(text: &str, forced: &Forced, cut: bool) -> Vec<Scored> {
    let bytes = text.as_bytes();
    let mut scored: Vec<Scored> = Vec::new();
    for (d, dp) in DELIMITERS {
        if forced.delimiter.is_some_and(|f| f != d) {
            continue;
        }
        if forced.delimiter.is_none() && !bytes.contains(&d) {
            continue;
        }
        let skip = forced.skip_space.unwrap_or_else(|| spaced(text, d));
        for (q, qp) in QUOTES {
            match forced.quote {
                Some(f) if f != q => continue,
                Some(_) => {}
                // `'` only when it is there; no quoting only when `"` is there (else it
                // reads the same as `"`).
                None => match q {
                    Some(b'\'') if !bytes.contains(&b'\'') => continue,
                    None if !bytes.contains(&b'"') => continue,
                    _ => {}
                },
            }
            // A backslash escape, when the text has one before a quote (`\"`).
            let escapes: &[(Option<u8>, f64)] = match q {
                Some(q) if bytes.windows(2).any(|w| w == [b'\\', q]) => {
                    &[(None, 1.0), (Some(b'\\'), 0.99)]
                }
                _ => &[(None, 1.0)],
            };
            for &(e, ep) in escapes {
                let parsed = parse(text, d, q, skip, e, SNIFF_ROWS, cut);
                scored.push(score(parsed, d, q, skip, e, dp * qp * ep));
            }
        }
    }
    scored
}

/// Ranks a reading that splits only what another reading reads as numbers or dates
/// (the decimal commas of a `;` file: `I1;Kommun;0,5` read with `,`) below that
/// reading: it splits numbers, not fields. It stays offered as an alternative.
fn cap_number_splits(scored: &mut [Scored]) {
    let caps: Vec<Option<f64>> = scored
        .iter()
        .map(|s| {
            scored
                .iter()
                .filter(|t| {
                    s.width > 1
                        && t.delimiter != s.delimiter
                        && t.quote == s.quote
                        && t.width > 1
                        && t.consistency >= 0.9 * s.consistency
                        && s.score > 0.95 * t.score
                        && explained(t, s.delimiter) == 1.0
                })
                .map(|t| t.score * 0.95)
                .reduce(f64::max)
        })
        .collect();
    for (s, cap) in scored.iter_mut().zip(caps) {
        if let Some(cap) = cap {
            s.score = s.score.min(cap);
        }
    }
}

/// The dialect when the file reads best as one column (every line a value, scoring
/// `single`): a delimiter that does not occur, so every line is one field; whether
/// the first line is a header; and `runner`, the best split, as the alternative when
/// it comes close.
fn one_column_dialect(
    text: &str,
    forced: &Forced,
    cut: bool,
    runner: Option<&Scored>,
    single: f64,
) -> Dialect {
    let bytes = text.as_bytes();
    let delimiter = forced.delimiter.unwrap_or_else(|| {
        DELIMITERS
            .iter()
            .map(|(d, _)| *d)
            .find(|d| !bytes.contains(d))
            .unwrap_or(b';')
    });
    let quote = forced.quote.unwrap_or(Some(b'"'));
    let parsed = parse(text, delimiter, quote, false, None, SNIFF_ROWS, cut);
    let rows = &parsed.rows;
    let header_rows = forced.header_rows.unwrap_or_else(|| {
        let preamble = forced.preamble.unwrap_or(0) as usize;
        match rows.get(preamble) {
            None => 0,
            Some(first) => u64::from(!looks_like_data(
                first,
                rows.get(preamble + 1..).unwrap_or(&[]),
            )),
        }
    });
    let confidence = match runner {
        Some(r) if single > 0.0 => (1.0 - 0.5 * r.score / single).clamp(0.0, 1.0),
        _ => 0.5,
    } * size_factor(rows.len());
    let confidence = if rows.is_empty() { 0.0 } else { confidence };
    Dialect {
        delimiter,
        quote,
        skip_space: false,
        escape: None,
        preamble: forced.preamble.unwrap_or(0),
        header_rows,
        width: 1,
        confidence: round2(confidence),
        unclosed_quote: None,
        about: Vec::new(),
        alternatives: runner
            .filter(|r| r.width > 1 && r.score >= 0.5 * single)
            .map(|r| Runner {
                delimiter: r.delimiter,
                quote: r.quote,
                skip_space: r.skip_space,
                width: r.width,
                score: round2(r.score),
                reason_sv: "varje rad läses bättre som ett enda värde".into(),
                reason_en: "every line reads better as one value".into(),
            })
            .into_iter()
            .collect(),
    }
}

/// The dialect of `best`, the winning split of `scored` (sorted, best first): its
/// preamble, header and confidence, the runners-up, and the line of a quote never
/// closed when that is why it reads without quoting.
fn table_dialect(best: &Scored, scored: &[Scored], single: f64, forced: &Forced) -> Dialect {
    let (alternatives, runner_score) = runners_up(best, scored, single);
    let rows = &best.parsed.rows;
    let first = header_place(best, forced.preamble);
    let preamble = forced
        .preamble
        .unwrap_or_else(|| rows.get(first).map_or(0, |r| r.rec as u64));
    let header_rows = forced
        .header_rows
        .unwrap_or_else(|| guess_header_rows(best, first));
    // The margin: a runner-up at 80 % of the score or less leaves no doubt, one as good
    // halves the confidence.
    let margin = (0.5 + 2.5 * (1.0 - runner_score / best.score)).clamp(0.5, 1.0);
    let confidence = best.consistency * best.quoting * margin * size_factor(rows.len());
    let unclosed_quote = if best.quote.is_none() && forced.quote.is_none() {
        unclosed_quote_line(best, scored)
    } else {
        None
    };
    Dialect {
        unclosed_quote,
        delimiter: best.delimiter,
        quote: best.quote,
        skip_space: best.skip_space,
        escape: best.escape,
        preamble,
        header_rows,
        width: best.width,
        confidence: round2(confidence.clamp(0.0, 1.0)),
        alternatives,
        about: about(&rows[..first.min(rows.len())]),
    }
}

/// The runners-up of `best` among `scored` (sorted, `best` first), at most two, and
/// the score of the strongest doubt they raise: the best reading that gives other rows
/// (another delimiter, or a quote that changes the fields); reading the file as one
/// column (scoring `single`) counts only when the winner's rows do not agree.
fn runners_up(best: &Scored, scored: &[Scored], single: f64) -> (Vec<Runner>, f64) {
    let mut alternatives: Vec<Runner> = Vec::new();
    let mut runner_score = if best.consistency < 0.9 { single } else { 0.0 };
    for s in scored.iter().skip(1) {
        if s.width <= 1
            || s.parsed.rows.iter().map(|r| &r.fields).eq(best
                .parsed
                .rows
                .iter()
                .map(|r| &r.fields))
        {
            continue;
        }
        if alternatives.iter().any(|a| a.delimiter == s.delimiter) {
            continue;
        }
        // A reading that splits what the winner reads as numbers or dates (`12,5` in
        // a `;` file: the comma is the decimal comma) leaves that much less doubt.
        runner_score = runner_score.max(s.score * (1.0 - explained(best, s.delimiter)));
        if s.score >= 0.5 * best.score && alternatives.len() < 2 {
            let (reason_sv, reason_en) = why(best, s);
            alternatives.push(Runner {
                delimiter: s.delimiter,
                quote: s.quote,
                skip_space: s.skip_space,
                width: s.width,
                score: round2(s.score),
                reason_sv,
                reason_en,
            });
        }
    }
    (alternatives, runner_score)
}

/// The place in `best`'s rows of the header (or first data row), after the rows given
/// as `preamble` or else after the guessed preamble: leading rows with at most one
/// value (titles, notes; Excel pads them with delimiters), and rows whose width is far
/// from the table's. A row one field wider or narrower than the table is its header,
/// with a warning.
fn header_place(best: &Scored, preamble: Option<u64>) -> usize {
    let rows = &best.parsed.rows;
    let width = best.width;
    match preamble {
        Some(p) => rows
            .iter()
            .position(|r| r.rec as u64 >= p)
            .unwrap_or(rows.len()),
        None => {
            let mut p = best.main.0;
            while p < rows.len() {
                let r = &rows[p];
                if r.filled() >= 2 && trimmed_len(r, width).abs_diff(width) <= 1 {
                    break;
                }
                // A first row with a stray quote (`DATE,"TIME,Qty,…`) that splits into
                // the table's width at every delimiter: the header, its quotes broken.
                if p == best.main.0 && broken_header(r, best.delimiter, width) {
                    break;
                }
                p += 1;
            }
            if p == rows.len() { best.main.0 } else { p }
        }
    }
}

/// Header rows (0 or 1) of `best`'s table whose first row is at `first`: whether that
/// row reads as a header over the rest of its block.
fn guess_header_rows(best: &Scored, first: usize) -> u64 {
    let rows = &best.parsed.rows;
    match rows.get(first) {
        None => 0,
        Some(head) => {
            let end = if first < best.main.1 {
                best.main.1
            } else {
                rows.len()
            };
            let rest = rows.get(first + 1..end.max(first + 1)).unwrap_or(&[]);
            u64::from(is_header(head, rest))
        }
    }
}

/// The line where a `"` opens that is never closed, when that is why `best` reads
/// without quoting: the reading of the same delimiter with `"` among `scored` is
/// unterminated.
fn unclosed_quote_line(best: &Scored, scored: &[Scored]) -> Option<u64> {
    scored
        .iter()
        .find(|s| s.delimiter == best.delimiter && s.quote == Some(b'"'))
        .filter(|s| s.unterminated)
        .map(|s| s.parsed.unterminated_line)
}

/// Lines about the file kept, at most, and values a line, and characters a value.
const ABOUT_LINES: usize = 3 * crate::MAX_LISTED;
const ABOUT_VALUES: usize = 16;
const ABOUT_CHARS: usize = 256;

/// What a label and its values name.
fn about_kind(label: &str, values: &[String]) -> AboutKind {
    let l = label.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    let dated = values.iter().any(|v| {
        matches!(
            cell::classify(v.trim()),
            Cell::Date(..) | Cell::DateTime(..)
        ) || year_like(v)
    });
    if dated
        && has(&[
            "period", "tid", "datum", "date", "från", "till", "fr.o.m", "t.o.m", "år", "year",
            "from", "start", "slut", "end",
        ])
    {
        return AboutKind::Period;
    }
    let names_a_place = values.iter().any(|v| crate::places::is_place(v));
    // About the station but not a place: its number (`Stationsnummer: 72450`) or its
    // network (`Stationsnät: SMHIs stationsnät`). A code may be a place's
    // (`Kommunkod: 1490`), and coordinates are numbers.
    let digits = |v: &String| {
        let v = v.trim();
        !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit())
    };
    let identifier = has(&["nummer", "number", "nät", "network"])
        || !values.is_empty()
            && values.iter().all(digits)
            && !has(&["kod", "code", "lat", "lon", "koordinat"]);
    if identifier && !names_a_place {
        return AboutKind::Other;
    }
    if has(&[
        "station",
        "plats",
        "ort",
        "kommun",
        "län",
        "latitud",
        "longitud",
        "koordinat",
        "område",
        "region",
        "place",
        "location",
        "site",
        "adress",
        "lat",
        "lon",
    ]) || names_a_place
    {
        return AboutKind::Place;
    }
    AboutKind::Other
}

/// Lines about the file from the rows before the table: a block of a header and rows
/// gives one line a column (`Stationsnamn: Borås`); other rows one line each, their
/// first value the label (a title alone has none).
fn about(rows: &[Row]) -> Vec<AboutEntry> {
    let clip = |v: &str| v.trim().chars().take(ABOUT_CHARS).collect::<String>();
    let mut out: Vec<AboutEntry> = Vec::new();
    let mut push = |label: String, values: Vec<String>| {
        if out.len() < ABOUT_LINES && !(label.is_empty() && values.is_empty()) {
            let kind = about_kind(&label, &values);
            out.push(AboutEntry {
                label,
                values,
                kind,
            });
        }
    };
    for (bs, be) in blocks(rows) {
        let block = &rows[bs..be];
        let head = &block[0];
        let titled = block.len() >= 2
            && head.filled() >= 2
            && head
                .fields
                .iter()
                .all(|f| typed(cell::classify(f.trim())) != Some(true));
        if titled {
            for (j, label) in head.fields.iter().enumerate() {
                let values: Vec<String> = block[1..]
                    .iter()
                    .filter_map(|r| r.fields.get(j))
                    .filter(|v| !v.trim().is_empty())
                    .take(ABOUT_VALUES)
                    .map(|v| clip(v))
                    .collect();
                push(clip(label), values);
            }
            continue;
        }
        for r in block {
            let mut filled = r.fields.iter().filter(|f| !f.trim().is_empty());
            let first = filled.next().map(|f| clip(f)).unwrap_or_default();
            let rest: Vec<String> = filled.take(ABOUT_VALUES).map(|f| clip(f)).collect();
            if rest.is_empty() {
                push(String::new(), vec![first]);
            } else {
                push(first, rest);
            }
        }
    }
    out
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A few rows say less than many: 2 rows 0.7, 5 rows 0.85, 10 or more 1.
fn size_factor(rows: usize) -> f64 {
    (0.6 + 0.05 * rows as f64).min(1.0)
}

/// A four-digit year from 1900 to 2100.
fn year_like(s: &str) -> bool {
    let s = s.trim();
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && s.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Whether the first row is a header over the rows below it.
///
/// - Its cells are all quoted while a column of numbers below is not: a header.
/// - A number or date in it over a column of the same kind: data, unless it is a year
///   over numbers that are not years and appears nowhere below (`"region","2017"` over
///   `"0114 Upplands Väsby",44605`).
/// - A number over a column of text: a header.
/// - Nothing below: a header unless every cell is a number or date.
fn is_header(first: &Row, rest: &[Row]) -> bool {
    let sample = &rest[..rest.len().min(200)];
    let filled: Vec<usize> = (0..first.len())
        .filter(|&j| !first.fields[j].trim().is_empty())
        .collect();
    if sample.is_empty() {
        return !looks_like_data(first, rest);
    }
    let column = |j: usize| {
        let (mut t, mut n, mut q, mut years) = (0usize, 0usize, 0usize, 0usize);
        for r in sample {
            if let Some(f) = r.fields.get(j)
                && let Some(x) = typed(cell::classify(f.trim()))
            {
                n += 1;
                t += usize::from(x);
                q += usize::from(x && r.quoted.get(j) == Some(&true));
                years += usize::from(x && year_like(f));
            }
        }
        (t, n, q, years)
    };
    // Quoted header over unquoted numbers.
    if !filled.is_empty() && filled.iter().all(|&j| first.quoted.get(j) == Some(&true)) {
        let unquoted_numbers = (0..first.len()).any(|j| {
            let (t, n, q, _) = column(j);
            n > 0 && t * 2 >= n && q * 2 < t
        });
        if unquoted_numbers
            && filled.iter().any(|&j| {
                typed(cell::classify(first.fields[j].trim())) == Some(false)
                    || year_like(&first.fields[j])
            })
        {
            return true;
        }
    }
    for &j in &filled {
        let f = first.fields[j].trim();
        if typed(cell::classify(f)) != Some(true) {
            continue;
        }
        let (t, n, _, years) = column(j);
        if n == 0 || t * 2 < n {
            // A number over text: a header's number.
            continue;
        }
        let appears = sample
            .iter()
            .any(|r| r.fields.get(j).is_some_and(|g| g.trim() == f));
        if year_like(f) && years * 5 < t * 4 && !appears {
            continue;
        }
        return false;
    }
    // All text (or years over other numbers): distinct values make a header.
    let mut names: Vec<&str> = filled.iter().map(|&j| first.fields[j].trim()).collect();
    let all = names.len();
    names.sort_unstable();
    names.dedup();
    names.len() == all
        || filled
            .iter()
            .any(|&j| typed(cell::classify(first.fields[j].trim())) == Some(false))
}

/// Whether a first row is data rather than a header: it has a number, date or the like
/// in a column whose other values are of the same kind; or everything in it is typed.
fn looks_like_data(first: &Row, rest: &[Row]) -> bool {
    let kinds: Vec<Option<bool>> = first
        .fields
        .iter()
        .map(|f| typed(cell::classify(f.trim())))
        .collect();
    if kinds.iter().all(|k| *k == Some(true)) {
        return true;
    }
    kinds.iter().enumerate().any(|(j, k)| {
        if *k != Some(true) {
            return false;
        }
        let (mut t, mut n) = (0, 0);
        for r in rest.iter().take(200) {
            if let Some(x) = r
                .fields
                .get(j)
                .and_then(|f| typed(cell::classify(f.trim())))
            {
                n += 1;
                t += usize::from(x);
            }
        }
        n > 0 && t * 2 >= n
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guess(text: &str) -> Dialect {
        dialect(text, &Forced::default(), false)
    }

    #[test]
    fn a_comma_that_is_a_decimal_comma_leaves_no_doubt_on_a_small_file() {
        // Six rows as a kommun exports them: the `,` reading splits every amount and
        // keeps 92 % of its rows alike, which used to halve the confidence.
        let mut text = String::from("namn;skola;epost;belopp\n");
        for i in 0..6 {
            text.push_str(&format!("Elev {i};Skola {i};elev{i}@exempel.se;{i}12,50\n"));
        }
        let d = guess(&text);
        assert_eq!((d.delimiter, d.width), (b';', 4));
        assert!(d.confidence >= 0.8, "{}", d.confidence);
        assert!(
            d.alternatives.iter().any(|a| a.delimiter == b','),
            "still offered"
        );
        let semi = |text: &str| {
            let parsed = parse(text, b';', Some(b'"'), false, None, SNIFF_ROWS, false);
            score(parsed, b';', Some(b'"'), false, None, 1.0)
        };
        assert_eq!(explained(&semi(&text), b','), 1.0);
        // A comma in text is not explained away, nor one that is in no cell.
        assert_eq!(
            explained(&semi(&text.replace("Skola ", "Skola, hus ")), b','),
            0.0
        );
        assert_eq!(explained(&semi(&text), b'|'), 0.0);
        // Nor one in the header: the widget's "a close second reading" case.
        assert_eq!(explained(&semi("a;b,c\n1;2,3\n4;5,6\n"), b','), 0.0);
        assert!(guess("a;b,c\n1;2,3\n4;5,6\n").confidence < 0.8);
    }

    #[test]
    fn a_sample_that_ends_inside_a_quoted_field_is_cut_not_broken() {
        // The profiler hands over the sample up to its last line break, which may be
        // inside a long quoted description with line breaks (the bench's `quoted`
        // file was read as one column because of this).
        let mut text = String::from("id;beskrivning;kostnad\n");
        for i in 0..20 {
            text.push_str(&format!(
                "{i};\"rad ett\nrad två med \"\"citat\"\"\";12,5\n"
            ));
        }
        text.push_str("20;\"början av en lång\ntext som");
        let sample = &text[..=text.rfind('\n').unwrap()];
        let d = dialect(sample, &Forced::default(), true);
        assert_eq!((d.delimiter, d.quote, d.width), (b';', Some(b'"'), 3));
        assert_eq!(d.unclosed_quote, None);
        // A quote that opens early and never closes is still unclosed, cut or not.
        let mut early = String::from("id;namn;antal\n1;\"Umeå;3\n");
        for i in 2..40 {
            early.push_str(&format!("{i};Kiruna;{i}\n"));
        }
        for cut in [true, false] {
            let d = dialect(&early, &Forced::default(), cut);
            assert_eq!(
                (d.delimiter, d.unclosed_quote),
                (b';', Some(2)),
                "cut {cut}"
            );
        }
    }

    #[test]
    fn swedish_semicolons_win_over_decimal_commas() {
        let d = guess("namn;värde;andel\nUmeå;1 234,5;7,7\nLuleå;2 345,0;8,1\n");
        assert_eq!(
            (d.delimiter, d.header(), d.width, d.preamble),
            (b';', true, 3, 0)
        );
    }

    #[test]
    fn one_column_of_numbers_with_thousands_commas() {
        let d = guess("100,000.00\n300,000.20\n300,000,000.40\n50\n9999999999.20\n");
        assert_eq!((d.width, d.delimiter, d.header()), (1, b';', false));
    }

    #[test]
    fn one_column_of_decimal_commas() {
        let d = guess("värde\n12,5\n145,00\n5,25\n");
        assert_eq!((d.width, d.header()), (1, true));
    }

    #[test]
    fn commas_tabs_and_pipes() {
        assert_eq!(guess("a,b\n1,2\n3,4\n").delimiter, b',');
        assert_eq!(guess("a\tb\n1\t2\n3\t4\n").delimiter, b'\t');
        assert_eq!(guess("a|b\n1|2\n3|4\n").delimiter, b'|');
    }

    #[test]
    fn excel_report_with_title_lines() {
        let text = "Befolkning 2024;;\nKälla: SCB;;\n;;\nKommun;Män;Kvinnor\nUmeå;64 000;65 000\nLuleå;39 000;38 000\n";
        let d = guess(text);
        assert_eq!(
            (d.delimiter, d.preamble, d.header(), d.width),
            (b';', 3, true, 3)
        );
    }

    #[test]
    fn no_header_when_the_first_row_is_data() {
        assert!(!guess("1,english\n2,svenska\n3,suomi\n").header());
        assert!(guess("id,språk\n1,english\n2,svenska\n").header());
    }

    #[test]
    fn text_after_a_closing_quote_weighs_heavily() {
        let text = "\"kommun\";\"text\"\n\"Umeå\";\"a, b\"\n";
        let read = |d: u8| {
            let parsed = parse(text, d, Some(b'"'), false, None, 400, false);
            score(parsed, d, Some(b'"'), false, None, 1.0)
        };
        let (comma, semi) = (read(b','), read(b';'));
        // Read with `,`, three fields have text after their closing quote.
        assert_eq!(comma.stray, 2);
        assert!(comma.quoting <= 0.05, "{}", comma.quoting);
        assert!(semi.quoting == 1.0 && semi.score > 10.0 * comma.score);
        let d = guess(text);
        assert_eq!((d.delimiter, d.quote, d.header()), (b';', Some(b'"'), true));
    }

    #[test]
    fn a_header_above_years_and_a_header_a_field_short() {
        let d = guess("2017;2018\n44605;45388\n949761;962154\n");
        assert!(d.header());
        // Years as data: no header.
        assert!(!guess("2017;44605\n2018;45388\n2019;46170\n").header());
        let d = guess("kommun;antal\nUmeå;130224;\nLuleå;79116;\n");
        assert_eq!((d.width, d.preamble, d.header()), (3, 0, true));
    }

    #[test]
    fn backslash_escapes_inside_quotes() {
        let d = guess("id,text\n1,\"sa \\\"hej\\\", sen\"\n2,\"a \\\"b\\\"\"\n3,\"c\"\n");
        assert_eq!(
            (d.delimiter, d.quote, d.escape),
            (b',', Some(b'"'), Some(b'\\'))
        );
        assert_eq!(guess("a,b\n\"x\\\\y\",1\n").escape, None);
    }

    #[test]
    fn encodings() {
        assert_eq!(
            encoding(b"a;b\n\xc3\xa5;1\n", true).unwrap().encoding,
            UTF_8
        );
        let bom = encoding(b"\xef\xbb\xbfa;b\n", true).unwrap();
        assert!(bom.bom && bom.encoding == UTF_8);
        let latin = encoding(
            b"stad;antal\nG\xf6teborg;5\nUme\xe5;7\nM\xf6lndal;8\n",
            true,
        )
        .unwrap();
        assert_eq!(latin.encoding.name(), "windows-1252");
        let utf16: Vec<u8> = "a;b\n1;2\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(encoding(&utf16, true).unwrap().encoding, UTF_16LE);
        assert!(encoding(b"PK\x03\x04\x14\x00\x06\x00", true).is_err());
    }
}
