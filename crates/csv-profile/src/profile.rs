//! The result of profiling a file.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How lines end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineTerminator {
    /// `\r\n` (Windows, Excel).
    #[serde(rename = "CRLF")]
    CrLf,
    /// `\n`.
    #[serde(rename = "LF")]
    Lf,
    /// `\r` (old Mac).
    #[serde(rename = "CR")]
    Cr,
    /// More than one kind: still parsed, row by row.
    #[serde(rename = "mixed")]
    Mixed,
    /// A single line without terminator.
    #[serde(rename = "none")]
    None,
}

fn char_as_string<S: Serializer>(c: &char, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(c.encode_utf8(&mut [0; 4]))
}

/// A name from a fixed list (an encoding, a date pattern): `&'static str`. The alias
/// keeps serde from treating the field as borrowed from the input.
type StaticName = &'static str;

fn string_as_char<'de, D: Deserializer<'de>>(d: D) -> Result<char, D::Error> {
    let s = String::deserialize(d)?;
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(serde::de::Error::custom(format!(
            "expected one character, not «{s}»"
        ))),
    }
}

fn opt_string_as_char<'de, D: Deserializer<'de>>(d: D) -> Result<Option<char>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => {
            string_as_char(serde::de::value::StringDeserializer::<D::Error>::new(s)).map(Some)
        }
    }
}

/// A date pattern by its LDML text: one of [`crate::cell::DatePattern::ALL`].
fn date_pattern<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'static str>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => crate::cell::DatePattern::ALL
            .iter()
            .map(|p| p.as_str())
            .find(|p| *p == s)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown date pattern «{s}»"))),
    }
}

/// An encoding by its WHATWG name or label (`UTF-8`, `windows-1252`).
fn encoding_name<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    let s = String::deserialize(d)?;
    crate::enc::Encoding::for_label(s.as_bytes())
        .map(|e| e.name())
        .ok_or_else(|| serde::de::Error::custom(format!("unknown encoding «{s}»")))
}

fn opt_char_as_string<S: Serializer>(c: &Option<char>, s: S) -> Result<S::Ok, S::Error> {
    match c {
        Some(c) => char_as_string(c, s),
        None => s.serialize_none(),
    }
}

/// How the file is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dialect {
    /// The field delimiter (`;` is normal in Sweden).
    #[serde(serialize_with = "char_as_string", deserialize_with = "string_as_char")]
    pub delimiter: char,
    /// The quote character, if quoting is used.
    #[serde(
        serialize_with = "opt_char_as_string",
        deserialize_with = "opt_string_as_char"
    )]
    pub quote: Option<char>,
    /// How lines end.
    pub line_terminator: LineTerminator,
    /// Header rows (0 or 1).
    pub header_rows: u64,
    /// Rows before the header: titles and notes, as Excel reports have.
    pub preamble_rows: u64,
    /// Rows after the data: sources and notes.
    pub footer_rows: u64,
    /// Whether spaces after a delimiter belong to it (`a, b, c`): a field starts after
    /// them (CSVW's `skipInitialSpace`).
    pub skip_initial_space: bool,
    /// Inside quotes, this character makes the next one literal (`\"`), besides `""`.
    #[serde(
        serialize_with = "opt_char_as_string",
        deserialize_with = "opt_string_as_char"
    )]
    pub escape: Option<char>,
    /// How sure the reading of delimiter, quote and table is, from 0 to 1: how
    /// consistent the rows are, whether the quotes fit, how many rows there were and
    /// how far the next best reading is behind.
    pub confidence: f64,
    /// The next best readings when they came close (at least half the winner's score),
    /// best first, each with why it lost: what a user may want to try instead.
    pub alternatives: Vec<Alternative>,
}

/// Another way to read the file, and why it was not chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alternative {
    /// Its delimiter.
    #[serde(serialize_with = "char_as_string", deserialize_with = "string_as_char")]
    pub delimiter: char,
    /// Its quote character.
    #[serde(
        serialize_with = "opt_char_as_string",
        deserialize_with = "opt_string_as_char"
    )]
    pub quote: Option<char>,
    /// Whether spaces after the delimiter belong to it.
    pub skip_initial_space: bool,
    /// The number of columns it reads.
    pub columns: usize,
    /// Its score (the chosen reading's is higher).
    pub score: f64,
    /// Why it lost, in Swedish.
    pub reason_sv: String,
    /// Why it lost, in English.
    pub reason_en: String,
}

/// The type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnType {
    /// No values at all.
    Empty,
    /// Ja/Nej and the like.
    Boolean,
    /// Whole numbers.
    Integer,
    /// Numbers with a fraction.
    Decimal,
    /// Dates.
    Date,
    /// Dates with times.
    Datetime,
    /// Times of day.
    Time,
    /// Anything else, including codes with leading zeros and identity numbers.
    Text,
}

/// How values of a column are written, so that other tools can read them the same way.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Format {
    /// The decimal separator.
    #[serde(
        serialize_with = "opt_char_as_string",
        deserialize_with = "opt_string_as_char",
        skip_serializing_if = "Option::is_none",
        default
    )]
    pub decimal: Option<char>,
    /// The digit-group separator.
    #[serde(
        serialize_with = "opt_char_as_string",
        deserialize_with = "opt_string_as_char",
        skip_serializing_if = "Option::is_none",
        default
    )]
    pub group: Option<char>,
    /// Whether values end in `%`.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub percent: bool,
    /// The date pattern (LDML, e.g. `d/M/yyyy`).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "date_pattern",
        default
    )]
    pub date: Option<StaticName>,
    /// Spellings of true, for booleans.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub true_values: Vec<String>,
    /// Spellings of false, for booleans.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub false_values: Vec<String>,
}

/// A minimum, maximum or quantile: a number, or text (ISO dates, times, text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    /// A number.
    Number(f64),
    /// Text.
    Text(String),
}

/// Personal data found in a column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonalData {
    /// What kind.
    pub kind: PersonalKind,
    /// The share of non-missing cells that matched (0–1).
    pub share: f64,
    /// How many cells matched.
    pub matched: u64,
    /// Whether the header suggests it.
    pub header_hint: bool,
}

/// A kind of personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonalKind {
    /// Personnummer.
    Personnummer,
    /// Samordningsnummer.
    Samordningsnummer,
    /// E-mail addresses.
    Email,
    /// Phone numbers.
    Phone,
    /// Names (from the header and the look of the values).
    Name,
}

/// A frequent value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopValue {
    /// The value.
    pub value: String,
    /// How often it occurs.
    pub count: u64,
}

/// Text lengths in characters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lengths {
    /// Shortest.
    pub min: u64,
    /// Longest.
    pub max: u64,
    /// Mean.
    pub mean: f64,
}

/// One bar of a histogram.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bin {
    /// Lower bound.
    pub from: f64,
    /// Upper bound.
    pub to: f64,
    /// Values in the bin (estimated from a sample for large files).
    pub count: u64,
}

/// The profile of one column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnProfile {
    /// The header, or `column_N` without a header.
    pub name: String,
    /// The type.
    #[serde(rename = "type")]
    pub kind: ColumnType,
    /// Non-missing cells.
    pub count: u64,
    /// Missing cells (empty, `..`, `-`, `#N/A`…).
    pub missing: u64,
    /// Distinct non-missing values.
    pub distinct: u64,
    /// Whether `distinct` is exact (it is estimated above a few thousand).
    pub distinct_exact: bool,
    /// Smallest value.
    pub min: Option<Scalar>,
    /// Largest value.
    pub max: Option<Scalar>,
    /// Mean, for numbers.
    pub mean: Option<f64>,
    /// Standard deviation, for numbers.
    pub std_dev: Option<f64>,
    /// 25th, 50th and 75th percentiles, for numbers.
    pub quantiles: Option<[f64; 3]>,
    /// How values are written.
    pub format: Option<Format>,
    /// Cells that do not fit the type.
    pub nonconforming: u64,
    /// Their share of non-missing cells.
    pub nonconforming_share: f64,
    /// Personal data, or `null`.
    pub personal_data: Option<PersonalData>,
    /// The most frequent values.
    pub top: Vec<TopValue>,
    /// Text lengths.
    pub length: Option<Lengths>,
    /// A small histogram, for numbers.
    pub histogram: Vec<Bin>,
}

/// What a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningCode {
    /// A row has another number of fields than the header.
    RaggedRow,
    /// A quoted field is never closed.
    UnterminatedQuote,
    /// Cells with spaces before or after the value.
    StraySpaces,
    /// More than one date format in a column.
    MixedDateFormats,
    /// Both decimal comma and decimal point in a column.
    MixedDecimalSeparators,
    /// Two columns have the same name.
    DuplicateHeader,
    /// A column has no name.
    EmptyHeader,
    /// Bytes that are not valid in the detected encoding (with a column: the cells
    /// holding them; without: the whole file should be read again with the encoding
    /// [`Profile::encoding_retry`] names).
    InvalidBytes,
    /// More than one kind of line ending.
    MixedLineEndings,
    /// A column holds personal data.
    PersonalData,
    /// Warnings of one kind beyond the listed ones.
    MoreOfTheSame,
    /// More columns than [`crate::MAX_COLUMNS`]: only the first ones are described.
    TooManyColumns,
    /// The header has another number of fields than the data rows.
    HeaderWidth,
    /// A second table starts further down; only the first is profiled.
    MultipleTables,
    /// The file has no data rows (empty, blank, or only a header).
    NoDataRows,
}

/// A quality warning, with where it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    /// What it is about.
    pub code: WarningCode,
    /// The row in the file (1-based, counting every row including header and
    /// preamble), when it is about one place.
    pub row: Option<u64>,
    /// The column (1-based), when it is about one column.
    pub column: Option<usize>,
    /// Swedish.
    pub message_sv: String,
    /// English.
    pub message_en: String,
}

/// A range of dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRange {
    /// The earliest date (`yyyy-mm-dd`).
    pub start: String,
    /// The latest date.
    pub end: String,
}

/// What a line about the file names, so that a caller can offer it for the metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AboutKind {
    /// A place: a station, a kommun, coordinates (`dcterms:spatial`).
    Place,
    /// A period or a date (`dcterms:temporal`).
    Period,
    /// Anything else (a parameter, a unit, a title).
    Other,
}

/// A line about the file, from the blocks before the main table: SMHI's station,
/// parameter and period blocks, an Excel report's title lines ("Om filen").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AboutEntry {
    /// The label (a block's column header, or a line's first value); empty for a
    /// title line.
    pub label: String,
    /// Its values (a block's rows under that header, or the rest of the line).
    pub values: Vec<String>,
    /// Whether it names a place or a period.
    pub kind: AboutKind,
}

/// A note written beside the table, in columns to the right of its first rows (SMHI's
/// `Tidsutsnitt:`): not a column of the table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// The row in the file (1-based, as [`Warning::row`]).
    pub row: u64,
    /// The header above the notes (`Tidsutsnitt:`), or empty.
    pub label: String,
    /// The note.
    pub text: String,
}

/// The profile of a CSV file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    #[serde(deserialize_with = "encoding_name")]
    /// The WHATWG name of the encoding: `UTF-8`, `windows-1252`, `UTF-16LE`…
    pub encoding: StaticName,
    /// Whether the file starts with a byte-order mark.
    pub bom: bool,
    /// The size in bytes.
    pub bytes: u64,
    /// Data rows (not counting header, preamble, footer and blank rows).
    pub rows: u64,
    /// Blank rows among the data.
    pub blank_rows: u64,
    /// How the file is written.
    pub dialect: Dialect,
    /// The columns.
    pub columns: Vec<ColumnProfile>,
    /// The span of all date columns, for `dcterms:temporal`.
    pub date_range: Option<DateRange>,
    /// Quality and personal-data warnings.
    pub warnings: Vec<Warning>,
    /// The first data rows as read (at most [`crate::PREVIEW_ROWS`]), for a preview.
    pub preview: Vec<Vec<String>>,
    /// Lines about the file from the blocks before the main table, in file order (at
    /// most [`crate::MAX_LISTED`] × 3; only those within the first
    /// [`crate::SAMPLE_BYTES`] or so, where they are read).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<AboutEntry>,
    /// Notes beside the table's first rows (at most [`crate::MAX_LISTED`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// Set when bytes invalid in the encoding read came after the first
    /// [`crate::SAMPLE_BYTES`] and they all read as this encoding (`windows-1252`):
    /// read the file again with it ([`Profile::encoding_retry`]).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "opt_encoding_name"
    )]
    pub reread_as: Option<StaticName>,
    /// Cells holding U+FFFD, the mark of a byte invalid in the encoding read: cells
    /// changed from the file (in a normalised copy, written changed).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub replaced_cells: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// An optional encoding by its WHATWG name or label.
fn opt_encoding_name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'static str>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => crate::enc::Encoding::for_label(s.as_bytes())
            .map(|e| Some(e.name()))
            .ok_or_else(|| serde::de::Error::custom(format!("unknown encoding «{s}»"))),
    }
}

impl Profile {
    /// The encoding to read the file with again, when bytes invalid in the one used
    /// came after the sample and all read as it (a Windows-1252 file whose first
    /// `å` comes after 800 KB): profile (or normalise) again with
    /// `Options { encoding: Some(e), .. }`, or let [`crate::profile_seekable`] do it.
    pub fn encoding_retry(&self) -> Option<&'static str> {
        self.reread_as
    }

    /// The lines about the file that name a place (`dcterms:spatial`).
    pub fn about_places(&self) -> impl Iterator<Item = &AboutEntry> {
        self.about.iter().filter(|a| a.kind == AboutKind::Place)
    }

    /// The period the lines about the file name (`dcterms:temporal`): the earliest and
    /// latest date among their values, as `yyyy-mm-dd`.
    pub fn about_period(&self) -> Option<DateRange> {
        let mut range: Option<(i32, i32)> = None;
        for a in self.about.iter().filter(|a| a.kind == AboutKind::Period) {
            for v in &a.values {
                let day = match crate::cell::classify(v.trim()) {
                    crate::cell::Cell::Date(_, d) | crate::cell::Cell::DateTime(d, _) => d,
                    _ => continue,
                };
                range = Some(range.map_or((day, day), |(x, y)| (x.min(day), y.max(day))));
            }
        }
        range.map(|(a, b)| DateRange {
            start: crate::cell::iso_date(a),
            end: crate::cell::iso_date(b),
        })
    }

    /// The columns that hold personal data.
    pub fn personal_data(&self) -> impl Iterator<Item = (&ColumnProfile, &PersonalData)> {
        self.columns
            .iter()
            .filter_map(|c| c.personal_data.as_ref().map(|p| (c, p)))
    }
}
