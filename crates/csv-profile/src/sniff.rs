//! Guessing the encoding and the dialect from the first bytes of a file.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::Error;
use crate::cell::{self, Cell};

/// Delimiters tried, with a small prior: the usual ones first.
const DELIMITERS: [(u8, f64); 6] = [
    (b';', 1.0),
    (b',', 1.0),
    (b'\t', 1.0),
    (b'|', 1.0),
    (b':', 0.95),
    (b' ', 0.9),
];
/// Quote characters tried, with their prior.
const QUOTES: [(u8, f64); 2] = [(b'"', 1.0), (b'\'', 0.98)];
/// Rows of the sample used for the dialect.
const SNIFF_ROWS: usize = 400;

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

/// The dialect found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Dialect {
    pub delimiter: u8,
    pub quote: Option<u8>,
    /// Rows before the header (counting only rows with content).
    pub preamble: u64,
    /// Whether the first row after the preamble is a header.
    pub header: bool,
    /// The usual number of fields.
    pub width: usize,
}

pub(crate) fn parse_rows(
    text: &str,
    delimiter: u8,
    quote: Option<u8>,
    max_rows: usize,
) -> Vec<Vec<String>> {
    crate::split::Splitter { delimiter, quote }.rows(text, max_rows)
}

fn typed(c: Cell) -> Option<bool> {
    match c {
        Cell::Missing => None,
        Cell::Text => Some(false),
        _ => Some(true),
    }
}

fn non_empty(row: &[String]) -> usize {
    row.iter().filter(|f| !f.trim().is_empty()).count()
}

/// Scores one candidate: how consistent the field counts are, and how many cells read
/// as numbers, dates and the like (CleverCSV's pattern and type scores, simplified).
/// The prior of reading the file as a single column.
const SINGLE_COLUMN_PRIOR: f64 = 0.9;
/// A candidate whose rows agree less than this is no delimiter at all: the file has one
/// column (a list of numbers with thousands commas, say).
const MIN_CONSISTENCY: f64 = 0.5;

fn score(rows: &[Vec<String>]) -> (f64, usize) {
    let rows: Vec<&Vec<String>> = rows.iter().filter(|r| non_empty(r) > 0).collect();
    if rows.is_empty() {
        return (0.0, 1);
    }
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for r in &rows {
        match counts.iter_mut().find(|(k, _)| *k == r.len()) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.len(), 1)),
        }
    }
    let (width, n) = counts
        .iter()
        .copied()
        .max_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)))
        .unwrap_or((1, 0));
    if width <= 1 {
        return (0.0001, width);
    }
    let consistency = n as f64 / rows.len() as f64;
    if consistency < MIN_CONSISTENCY {
        return (0.0001, 1);
    }
    let (mut typed_cells, mut cells) = (0usize, 0usize);
    for r in rows.iter().filter(|r| r.len() == width).skip(1) {
        for f in r.iter() {
            if let Some(t) = typed(cell::classify(f.trim())) {
                cells += 1;
                typed_cells += usize::from(t);
            }
        }
    }
    let type_score = if cells > 0 {
        typed_cells as f64 / cells as f64
    } else {
        0.0
    };
    (consistency * (0.6 + 0.4 * type_score), width)
}

/// How often `q` opens a field: at the start of a line or right after `d`.
fn openings(text: &str, d: u8, q: u8) -> usize {
    let b = text.as_bytes();
    (0..b.len())
        .filter(|&i| {
            b[i] == q && (i == 0 || b[i - 1] == d || b[i - 1] == b'\n' || b[i - 1] == b'\r')
        })
        .count()
}

/// Finds delimiter, quote, preamble and header from the decoded start of the file.
pub(crate) fn dialect(text: &str) -> Dialect {
    let mut best = (f64::MIN, b',', Some(b'"'), 1usize);
    for (d, dp) in DELIMITERS {
        // The quote character: the one that opens more fields; `"` unless `'` clearly does.
        let (q, qp) = if openings(text, d, b'\'') > openings(text, d, b'"') {
            QUOTES[1]
        } else {
            QUOTES[0]
        };
        let rows = parse_rows(text, d, Some(q), SNIFF_ROWS);
        let (s, width) = score(&rows);
        let s = s * dp * qp;
        if s > best.0 + 1e-9 {
            best = (s, d, Some(q), width);
        }
    }
    // The file read as one column: every line a value. Wins when that reads better than
    // any split (a list of decimal-comma numbers is not a two-column table).
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SNIFF_ROWS)
        .collect();
    let (mut typed_lines, mut counted) = (0usize, 0usize);
    for l in lines.iter().skip(1) {
        if let Some(t) = typed(cell::classify(l.trim())) {
            counted += 1;
            typed_lines += usize::from(t);
        }
    }
    let single = if counted > 0 {
        (0.6 + 0.4 * typed_lines as f64 / counted as f64) * SINGLE_COLUMN_PRIOR
    } else {
        0.0
    };
    if single > best.0 {
        best = (single, b';', Some(b'"'), 1);
    }
    let (_, mut delimiter, quote, width) = best;
    if width <= 1 {
        // One column: a delimiter that does not occur, so every line is one field.
        delimiter = DELIMITERS
            .iter()
            .map(|(d, _)| *d)
            .find(|d| !text.as_bytes().contains(d))
            .unwrap_or(b';');
    }
    let rows: Vec<Vec<String>> = parse_rows(text, delimiter, quote, SNIFF_ROWS);
    // Preamble: leading rows that are narrower than the table or have at most one
    // value (titles, notes; Excel pads them with delimiters).
    let mut preamble = 0usize;
    if width >= 2 {
        while preamble < rows.len() {
            let r = &rows[preamble];
            if r.len() == width && non_empty(r) >= 2 {
                break;
            }
            preamble += 1;
        }
        if preamble == rows.len() {
            preamble = 0;
        }
    }
    let header = match rows.get(preamble) {
        None => false,
        Some(first) => !looks_like_data(first, &rows[preamble + 1..]),
    };
    Dialect {
        delimiter,
        quote,
        preamble: preamble as u64,
        header,
        width,
    }
}

/// Whether a first row is data rather than a header: it has a number, date or the like
/// in a column whose other values are of the same kind; or everything in it is typed.
fn looks_like_data(first: &[String], rest: &[Vec<String>]) -> bool {
    let kinds: Vec<Option<bool>> = first
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
            if let Some(x) = r.get(j).and_then(|f| typed(cell::classify(f.trim()))) {
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

    #[test]
    fn swedish_semicolons_win_over_decimal_commas() {
        let d = dialect("namn;värde;andel\nUmeå;1 234,5;7,7\nLuleå;2 345,0;8,1\n");
        assert_eq!(
            (d.delimiter, d.header, d.width, d.preamble),
            (b';', true, 3, 0)
        );
    }

    #[test]
    fn one_column_of_numbers_with_thousands_commas() {
        let d = dialect("100,000.00\n300,000.20\n300,000,000.40\n50\n9999999999.20\n");
        assert_eq!((d.width, d.delimiter, d.header), (1, b';', false));
    }

    #[test]
    fn one_column_of_decimal_commas() {
        let d = dialect("värde\n12,5\n145,00\n5,25\n");
        assert_eq!((d.width, d.header), (1, true));
    }

    #[test]
    fn commas_tabs_and_pipes() {
        assert_eq!(dialect("a,b\n1,2\n3,4\n").delimiter, b',');
        assert_eq!(dialect("a\tb\n1\t2\n3\t4\n").delimiter, b'\t');
        assert_eq!(dialect("a|b\n1|2\n3|4\n").delimiter, b'|');
    }

    #[test]
    fn excel_report_with_title_lines() {
        let text = "Befolkning 2024;;\nKälla: SCB;;\n;;\nKommun;Män;Kvinnor\nUmeå;64 000;65 000\nLuleå;39 000;38 000\n";
        let d = dialect(text);
        assert_eq!(
            (d.delimiter, d.preamble, d.header, d.width),
            (b';', 3, true, 3)
        );
    }

    #[test]
    fn no_header_when_the_first_row_is_data() {
        assert!(!dialect("1,english\n2,svenska\n3,suomi\n").header);
        assert!(dialect("id,språk\n1,english\n2,svenska\n").header);
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
