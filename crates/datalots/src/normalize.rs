//! The normalised copy of a CSV file (what `datalots normalize` writes and the widget
//! offers as a download): UTF-8, RFC 4180, comma, CRLF, one header row, only the
//! first table, nothing before or after it.
//!
//! The streaming writer itself is [`csv_profile::Normalizer`]: the decisions about
//! preamble, header, footer and second tables are made inside the profiler's stream,
//! so the normalised copy is exactly the table the profile describes. This module
//! gives the profile of that copy, for its data dictionary.

use csv_profile::Profile;

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
