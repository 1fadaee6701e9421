//! The normalised copy of a CSV file (what `datalots normalize` writes and the widget
//! offers as a download): UTF-8, RFC 4180, comma, CRLF, one header row, only the
//! first table, nothing before or after it.
//!
//! The streaming writer itself is [`csv_profile::Normalizer`]: the decisions about
//! preamble, header, footer and second tables are made inside the profiler's stream,
//! so the normalised copy is exactly the table the profile describes. This module
//! gives the profile of that copy, for its data dictionary.

use csv_profile::Profile;

use crate::text::Both;

/// The profile of the normalised copy: the same columns and rows, written as UTF-8
/// RFC 4180 CSV (comma, `"`, CRLF, one header row or none, nothing before or after
/// the table). For the data dictionary of the normalised file (`describe
/// --normalized`, the widget's normalised download).
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

/// What to say about a normalised copy whose cells were changed: bytes the encoding
/// read could not decode became U+FFFD (`�`) in [`Profile::replaced_cells`] cells.
/// `None` when every cell is as in the file. A copy is never written with such
/// cells without this being said.
pub fn replaced_note(p: &Profile) -> Option<Both> {
    let n = p.replaced_cells;
    (n > 0).then(|| {
        let (sv, en) = if n == 1 {
            ("1 cell".to_owned(), "1 cell".to_owned())
        } else {
            (
                format!("{} celler", crate::view::format_number(n as f64, 0, false)),
                format!("{} cells", crate::view::format_number(n as f64, 0, true)),
            )
        };
        Both::new(
            format!(
                "{sv} i kopian skiljer sig från filen: tecken som inte kunde läsas som {enc} har blivit ersättningstecknet �. Ange filens teckenkodning, eller spara den i Excel som ”CSV UTF-8”, och gör kopian igen.",
                enc = p.encoding
            ),
            format!(
                "{en} in the copy differ from the file: characters that could not be read as {enc} became the replacement character �. Name the file's encoding, or save it from Excel as “CSV UTF-8”, and make the copy again.",
                enc = p.encoding
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_with_replaced_cells_says_how_many() {
        // Named UTF-8 (no second pass), a Windows-1252 file loses its letters.
        let bytes = b"kommun;antal\nUme\xe5;5\nV\xe4rnamo;3\nLund;2\n";
        let opts = csv_profile::Options::default()
            .with_encoding("utf-8")
            .unwrap();
        let mut n = csv_profile::Normalizer::new(opts, None);
        let mut out = Vec::new();
        n.feed(bytes, &mut out).unwrap();
        let p = n.finish(&mut out).unwrap();
        assert_eq!(p.replaced_cells, 2);
        let note = replaced_note(&p).unwrap();
        assert!(note.sv.starts_with("2 celler i kopian"), "{}", note.sv);
        assert!(
            note.en.contains("could not be read as UTF-8"),
            "{}",
            note.en
        );
        let clean = csv_profile::profile_bytes(b"a;b\n1;2\n").unwrap();
        assert_eq!(replaced_note(&clean), None);
    }
}
