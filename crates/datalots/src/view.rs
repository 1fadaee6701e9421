//! A profile as a person reads it: the view model the widget renders (and any other
//! front end may), in Swedish and English, with personal data already masked.
//!
//! [`ProfileView::new`] turns a [`Profile`] into plain, serializable text: the type of
//! each column in words ("decimaltal med decimalkomma"), the missing share, the
//! distinct count, min and max, a small chart with its text alternative, one sentence
//! per warning with the place named as a spreadsheet user knows it ("rad 17, kolumn C
//! «Belopp»") and what to do, and a preview of the first rows.
//!
//! **Invariant:** no value of a column that holds personal data is in the view — not in
//! the preview, the min/max, the top values or the chart — so a screenshot of the
//! profile leaks nothing. The values are replaced by a mask such as `ÅÅÅÅMMDD-XXXX`
//! (tested in this module's tests by searching the serialized view for every value).
//!
//! ```
//! use datalots::view::ProfileView;
//!
//! let profile = datalots::csv_profile::profile_bytes(
//!     "namn;personnummer;belopp\nAnna;19811218-9876;1 234,50\nBo;19900101-0017;12,00\n".as_bytes(),
//! )?;
//! let view = ProfileView::new(&profile);
//! assert!(view.personal.iter().any(|p| p.column.name == "personnummer"));
//! let json = serde_json::to_string(&view)?;
//! assert!(!json.contains("19811218-9876"));
//! assert_eq!(view.columns[2].kind.sv, "decimaltal med decimalkomma och mellanslag mellan tusental");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use csv_profile::{
    ColumnProfile, ColumnType, LineTerminator, PersonalKind, Profile, Scalar, WarningCode,
};
use serde::{Deserialize, Serialize};

use crate::about::About;
/// The mask shown instead of a personal-data value (defined beside «Om filen», which
/// masks its values too, so that neither module imports the other round about).
pub use crate::about::mask;
use crate::read::Delimiter;
use crate::text::Both;

/// A column named the way a spreadsheet user knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnRef {
    /// 1-based position.
    pub number: usize,
    /// The spreadsheet letter: `A`, `B`, … `Z`, `AA`.
    pub letter: String,
    /// The header.
    pub name: String,
}

/// A column that holds personal data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonalColumn {
    /// Which column.
    pub column: ColumnRef,
    /// What it holds, as a code (`personnummer`, `samordningsnummer`, `email`,
    /// `phone`, `name`).
    pub kind: String,
    /// What it holds, in words.
    pub kind_text: Both,
    /// The share of non-missing cells that matched, 0–1.
    pub share: f64,
    /// Whether the column's identity numbers make the file unpublishable as it is
    /// (personnummer and samordningsnummer: `describe` refuses such a file).
    pub blocks_publishing: bool,
}

/// One bar of a chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    /// The label under the bar (a value, or a range of numbers).
    pub label: Both,
    /// How many cells.
    pub count: u64,
}

/// A small chart of one column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    /// `histogram` (numbers) or `top` (most frequent values).
    pub kind: String,
    /// The bars, left to right.
    pub bars: Vec<Bar>,
    /// The chart as a sentence, for screen readers and as its visible caption.
    pub alt: Both,
}

impl Chart {
    /// Each bar's height as a share of the tallest bar (0–1), for drawing.
    pub fn heights(&self) -> Vec<f64> {
        let max = self.bars.iter().map(|b| b.count).max().unwrap_or(0);
        self.bars
            .iter()
            .map(|b| {
                if max == 0 {
                    0.0
                } else {
                    b.count as f64 / max as f64
                }
            })
            .collect()
    }
}

/// One column of the profile, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnView {
    /// Which column.
    pub column: ColumnRef,
    /// The type as a code (`integer`, `decimal`, `date`, `text`…).
    pub type_code: String,
    /// The type in words, with the Swedish way of writing it named.
    pub kind: Both,
    /// Share of missing cells, 0–1.
    pub missing_share: f64,
    /// Missing cells as text ("2 av 40 (5 %)").
    pub missing: Both,
    /// Distinct values as text ("37", "cirka 120 000").
    pub distinct: Both,
    /// The smallest value, formatted in each language; masked for personal data.
    pub min: Option<Both>,
    /// The largest value.
    pub max: Option<Both>,
    /// Whether the values are hidden because the column holds personal data.
    pub masked: bool,
    /// The chart; `None` when there is nothing to draw or the values are hidden.
    pub chart: Option<Chart>,
}

/// A warning as one sentence: where, what, and what to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WarningView {
    /// What it is about (`ragged_row`, `stray_spaces`, `preamble`, `footer`,
    /// `nonconforming`…).
    pub code: String,
    /// The sentence.
    pub text: Both,
}

/// The first rows of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Preview {
    /// The headers.
    pub headers: Vec<String>,
    /// The rows, each cell as text; cells of personal-data columns are masked.
    pub rows: Vec<Vec<String>>,
    /// The 0-based positions of the masked columns.
    pub masked_columns: Vec<usize>,
}

/// A file fact: a label and a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// What (`Teckenkodning`).
    pub label: Both,
    /// The value (`UTF-8`).
    pub value: Both,
}

/// The whole profile, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileView {
    /// Encoding, delimiter, header and preamble rows, rows, size.
    pub facts: Vec<Fact>,
    /// The columns with personal data, first: the warning the widget shows on top.
    pub personal: Vec<PersonalColumn>,
    /// The personal-data warning as a paragraph (names the columns and kinds, says
    /// why and what to do), when there is personal data.
    pub personal_warning: Option<Both>,
    /// One per column.
    pub columns: Vec<ColumnView>,
    /// Every other warning, one sentence each.
    pub warnings: Vec<WarningView>,
    /// The explicit all-clear, when there are no warnings and no personal data.
    pub no_problems: Option<Both>,
    /// The first rows.
    pub preview: Preview,
    /// Data rows.
    pub rows: u64,
    /// Whether personal data was found (the licence question `personal_data`).
    pub has_personal_data: bool,
    /// Other ways the file could be read, when the detector was not sure: each a
    /// delimiter to read with instead ([`crate::read::ReadOptions::delimiter`]) and
    /// why, for a "read it with `,` instead?" control.
    #[serde(default)]
    pub alternatives: Vec<Alternative>,
    /// Whether the reading is in doubt (the detector's confidence under
    /// [`DOUBTFUL_READING`] and another reading came close): then the alternatives
    /// are offered openly; else they wait behind a "read it another way" disclosure.
    #[serde(default)]
    pub reading_doubtful: bool,
    /// «Om filen»: the lines about the file before its table
    /// ([`crate::about::AboutLine::text`]: `Stationsnamn: Borås (plats)`), shown before
    /// the columns.
    #[serde(default)]
    pub about: Vec<Both>,
    /// The notes beside the table's first rows (`Rad 11, «Tidsutsnitt:»: …`).
    #[serde(default)]
    pub notes: Vec<Both>,
    /// Set when the file was read a second time with another encoding
    /// ([`ProfileView::read_again`]): the sentence that says so.
    #[serde(default)]
    pub reread: Option<Both>,
}

/// Below this dialect confidence (0–1) a close second reading is offered openly. A
/// clean four-row file reads at 0.85; one where `;` and `,` split equally well at 0.75.
pub const DOUBTFUL_READING: f64 = 0.8;

/// Another reading of the file the person may choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alternative {
    /// The delimiter to read with (in JSON as the command line writes it: `,`, `;`,
    /// `tab`, `, `…).
    pub delimiter: Delimiter,
    /// "Read with comma (,): 4 columns", and why it came close.
    pub label: Both,
}

/// The spreadsheet letter of a 1-based column number: 1 → `A`, 27 → `AA`.
pub fn column_letter(mut n: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Formats a number in Swedish (`1 234,5`, no-break spaces) or English (`1,234.5`),
/// with at most `decimals` decimals (trailing zeros dropped).
pub fn format_number(x: f64, decimals: usize, english: bool) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    let s = format!("{:.*}", decimals, x.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_owned(), f.trim_end_matches('0').to_owned()),
        None => (s, String::new()),
    };
    let (group, dec) = if english { (',', '.') } else { ('\u{a0}', ',') };
    let mut out = String::new();
    if x < 0.0 && (int != "0" || !frac.is_empty()) {
        out.push(if english { '-' } else { '−' });
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(dec);
        out.push_str(&frac);
    }
    out
}

fn count(n: u64) -> Both {
    Both::new(
        format_number(n as f64, 0, false),
        format_number(n as f64, 0, true),
    )
}

fn percent(share: f64) -> Both {
    let p = share * 100.0;
    let d = if p > 0.0 && p < 1.0 { 1 } else { 0 };
    Both::new(
        format!("{} %", format_number(p, d, false)),
        format!("{}%", format_number(p, d, true)),
    )
}

fn kind_code(kind: PersonalKind) -> &'static str {
    match kind {
        PersonalKind::Personnummer => "personnummer",
        PersonalKind::Samordningsnummer => "samordningsnummer",
        PersonalKind::Email => "email",
        PersonalKind::Phone => "phone",
        PersonalKind::Name => "name",
    }
}

fn kind_text(kind: PersonalKind) -> Both {
    match kind {
        PersonalKind::Personnummer => Both::new("personnummer", "personal identity numbers"),
        PersonalKind::Samordningsnummer => Both::new("samordningsnummer", "coordination numbers"),
        PersonalKind::Email => Both::new("e-postadresser", "e-mail addresses"),
        PersonalKind::Phone => Both::new("telefonnummer", "phone numbers"),
        PersonalKind::Name => Both::new("namn på personer", "names of people"),
    }
}

/// An LDML date pattern written the way a Swedish and an English reader know it:
/// `yyyy-MM-dd` → `ÅÅÅÅ-MM-DD` / `YYYY-MM-DD`.
pub fn date_pattern_words(pattern: &str) -> Both {
    let sv = pattern.replace('y', "Å").replace('d', "D");
    let en = pattern.replace('y', "Y").replace('d', "D");
    let example = match pattern {
        "yyyy-MM-dd" => "2024-01-31",
        "yyyy-M-d" => "2024-1-31",
        "yyyyMMdd" => "20240131",
        "d/M/yyyy" => "31/1/2024",
        "d.M.yyyy" => "31.1.2024",
        "yyyy-MM" => "2024-01",
        _ => "",
    };
    if example.is_empty() {
        Both::new(sv, en)
    } else {
        Both::new(
            format!("{sv}, t.ex. {example}"),
            format!("{en}, e.g. {example}"),
        )
    }
}

fn separator_words(c: char) -> Both {
    match c {
        ',' => Both::new("komma", "comma"),
        '.' => Both::new("punkt", "point"),
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => Both::new("mellanslag", "space"),
        '\'' => Both::new("apostrof", "apostrophe"),
        ';' => Both::new("semikolon", "semicolon"),
        '\t' => Both::new("tabb", "tab"),
        '|' => Both::new("lodstreck", "vertical bar"),
        ':' => Both::new("kolon", "colon"),
        c => Both::new(format!("«{c}»"), format!("«{c}»")),
    }
}

/// The type of a column in words, with the way the file writes it named.
pub fn type_words(c: &ColumnProfile) -> Both {
    let f = c.format.clone().unwrap_or_default();
    let mut out = match c.kind {
        ColumnType::Empty => Both::new("tom (inga värden)", "empty (no values)"),
        ColumnType::Boolean => {
            let spell = if f.true_values.is_empty() {
                String::new()
            } else {
                format!(
                    " ({} / {})",
                    f.true_values.join(", "),
                    f.false_values.join(", ")
                )
            };
            Both::new(
                format!("ja/nej-värden{spell}"),
                format!("yes/no values{spell}"),
            )
        }
        ColumnType::Integer => Both::new("heltal", "whole numbers"),
        ColumnType::Decimal => match f.decimal {
            Some(',') => Both::new(
                "decimaltal med decimalkomma",
                "decimal numbers with a decimal comma",
            ),
            Some('.') => Both::new(
                "decimaltal med decimalpunkt",
                "decimal numbers with a decimal point",
            ),
            _ => Both::new("decimaltal", "decimal numbers"),
        },
        ColumnType::Date => match f.date {
            Some(p) => {
                let w = date_pattern_words(p);
                Both::new(format!("datum ({})", w.sv), format!("dates ({})", w.en))
            }
            None => Both::new("datum", "dates"),
        },
        ColumnType::Datetime => Both::new("datum med klockslag", "dates with times"),
        ColumnType::Time => Both::new("klockslag", "times of day"),
        ColumnType::Text => {
            if let Some(p) = &c.personal_data {
                let k = kind_text(p.kind);
                Both::new(format!("text ({})", k.sv), format!("text ({})", k.en))
            } else if c
                .top
                .iter()
                .all(|t| !t.value.is_empty() && t.value.bytes().all(|b| b.is_ascii_digit()))
                && !c.top.is_empty()
            {
                Both::new(
                    "koder (siffror som läses som text, t.ex. kommunkod med inledande nolla)",
                    "codes (digits read as text, e.g. a municipality code with a leading zero)",
                )
            } else {
                Both::new("text", "text")
            }
        }
    };
    if matches!(c.kind, ColumnType::Integer | ColumnType::Decimal) {
        if let Some(g) = f.group {
            let w = separator_words(g);
            out.sv.push_str(&format!(" och {} mellan tusental", w.sv));
            out.en
                .push_str(&format!(" and a {} between thousands", w.en));
        }
        if f.percent {
            out.sv.push_str(", i procent");
            out.en.push_str(", in per cent");
        }
    }
    out
}

fn scalar_words(s: &Scalar) -> Both {
    match s {
        Scalar::Number(n) => Both::new(format_number(*n, 2, false), format_number(*n, 2, true)),
        Scalar::Text(t) => {
            let short: String = t.chars().take(40).collect();
            let short = if short.len() < t.len() {
                format!("{short}…")
            } else {
                short
            };
            Both::new(short.clone(), short)
        }
    }
}

fn chart(c: &ColumnProfile, name: &str) -> Option<Chart> {
    if !c.histogram.is_empty() {
        let bars: Vec<Bar> = c
            .histogram
            .iter()
            .map(|b| Bar {
                label: Both::new(
                    format!(
                        "{}–{}",
                        format_number(b.from, 2, false),
                        format_number(b.to, 2, false)
                    ),
                    format!(
                        "{}–{}",
                        format_number(b.from, 2, true),
                        format_number(b.to, 2, true)
                    ),
                ),
                count: b.count,
            })
            .collect();
        let peak = bars.iter().max_by_key(|b| b.count)?;
        let (first, last) = (c.histogram.first()?, c.histogram.last()?);
        let alt = Both::new(
            format!(
                "Histogram över «{name}»: {} staplar från {} till {}; flest värden ({}) mellan {}.",
                bars.len(),
                format_number(first.from, 2, false),
                format_number(last.to, 2, false),
                format_number(peak.count as f64, 0, false),
                peak.label.sv
            ),
            format!(
                "Histogram of «{name}»: {} bars from {} to {}; most values ({}) between {}.",
                bars.len(),
                format_number(first.from, 2, true),
                format_number(last.to, 2, true),
                format_number(peak.count as f64, 0, true),
                peak.label.en
            ),
        );
        return Some(Chart {
            kind: "histogram".into(),
            bars,
            alt,
        });
    }
    if c.top.is_empty() {
        return None;
    }
    let bars: Vec<Bar> = c
        .top
        .iter()
        .map(|t| {
            let v: String = t.value.chars().take(30).collect();
            Bar {
                label: Both::new(v.clone(), v),
                count: t.count,
            }
        })
        .collect();
    let list = |english: bool| {
        bars.iter()
            .map(|b| {
                format!(
                    "{} ({})",
                    if english { &b.label.en } else { &b.label.sv },
                    format_number(b.count as f64, 0, english)
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let alt = Both::new(
        format!("Vanligaste värden i «{name}»: {}.", list(false)),
        format!("Most frequent values in «{name}»: {}.", list(true)),
    );
    Some(Chart {
        kind: "top".into(),
        bars,
        alt,
    })
}

fn place(row: Option<u64>, col: Option<&ColumnRef>) -> Both {
    match (row, col) {
        (Some(r), Some(c)) => Both::new(
            format!("Rad {r}, kolumn {} «{}»", c.letter, c.name),
            format!("Row {r}, column {} «{}»", c.letter, c.name),
        ),
        (Some(r), None) => Both::new(format!("Rad {r}"), format!("Row {r}")),
        (None, Some(c)) => Both::new(
            format!("Kolumn {} «{}»", c.letter, c.name),
            format!("Column {} «{}»", c.letter, c.name),
        ),
        (None, None) => Both::new("I filen", "In the file"),
    }
}

fn advice(code: WarningCode) -> Both {
    match code {
        WarningCode::RaggedRow => Both::new(
            "Öppna filen i Excel och rätta raden (ofta ett semikolon eller en radbrytning i en text).",
            "Open the file in Excel and correct the row (often a semicolon or a line break inside a text).",
        ),
        WarningCode::UnterminatedQuote => Both::new(
            "Kontrollera citattecknet och spara filen på nytt från Excel.",
            "Check the quote and save the file again from Excel.",
        ),
        WarningCode::StraySpaces => Both::new(
            "Ta bort mellanslagen (i Excel med funktionen RENSA) innan du publicerar.",
            "Remove the spaces (in Excel with the TRIM function) before publishing.",
        ),
        WarningCode::MixedDateFormats => Both::new(
            "Skriv alla datum i kolumnen på samma sätt, helst ÅÅÅÅ-MM-DD.",
            "Write every date in the column the same way, preferably YYYY-MM-DD.",
        ),
        WarningCode::MixedDecimalSeparators => Both::new(
            "Använd samma decimaltecken i hela kolumnen.",
            "Use the same decimal separator in the whole column.",
        ),
        WarningCode::DuplicateHeader => Both::new(
            "Ge kolumnerna olika namn i rubrikraden.",
            "Give the columns different names in the header row.",
        ),
        WarningCode::EmptyHeader => Both::new(
            "Skriv ett namn på kolumnen i rubrikraden.",
            "Write a name for the column in the header row.",
        ),
        WarningCode::InvalidBytes => Both::new(
            "Spara filen i Excel som ”CSV UTF-8” och välj den igen.",
            "Save the file in Excel as “CSV UTF-8” and choose it again.",
        ),
        WarningCode::MixedLineEndings => Both::new(
            "Spara filen på nytt från Excel så att alla rader slutar likadant.",
            "Save the file again from Excel so that every row ends the same way.",
        ),
        WarningCode::TooManyColumns => Both::new(
            "Kontrollera avgränsaren: så många kolumner beror oftast på att filen lästes med fel tecken.",
            "Check the delimiter: that many columns most often means the file was read with the wrong character.",
        ),
        WarningCode::HeaderWidth => Both::new(
            "Kontrollera rubrikraden: ge varje kolumn ett namn och ta bort överblivna avgränsare.",
            "Check the header row: give every column a name and remove extra delimiters.",
        ),
        WarningCode::MultipleTables => Both::new(
            "Lägg varje tabell i en egen fil innan du publicerar.",
            "Put each table in a file of its own before publishing.",
        ),
        WarningCode::NoDataRows => Both::new(
            "Välj en fil med minst en rad data under rubrikraden.",
            "Choose a file with at least one row of data below the header row.",
        ),
        WarningCode::PersonalData | WarningCode::MoreOfTheSame => Both::default(),
    }
}

fn code_name(code: WarningCode) -> String {
    serde_json::to_value(code)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn sentence(place: &Both, what: &Both, todo: &Both) -> Both {
    let join = |p: &str, w: &str, t: &str| {
        let w = w.trim_end_matches('.');
        if t.is_empty() {
            format!("{p}: {w}.")
        } else {
            format!("{p}: {w}. {t}")
        }
    };
    Both::new(
        join(&place.sv, &what.sv, &todo.sv),
        join(&place.en, &what.en, &todo.en),
    )
}

/// Each column's number, spreadsheet letter and name.
fn column_refs(p: &Profile) -> Vec<ColumnRef> {
    p.columns
        .iter()
        .enumerate()
        .map(|(i, c)| ColumnRef {
            number: i + 1,
            letter: column_letter(i + 1),
            name: c.name.clone(),
        })
        .collect()
}

/// The columns that seem to hold personal data.
fn personal_columns(p: &Profile, refs: &[ColumnRef]) -> Vec<PersonalColumn> {
    p.columns
        .iter()
        .zip(refs)
        .filter_map(|(c, r)| {
            c.personal_data.as_ref().map(|pd| PersonalColumn {
                column: r.clone(),
                kind: kind_code(pd.kind).into(),
                kind_text: kind_text(pd.kind),
                share: pd.share,
                blocks_publishing: matches!(
                    pd.kind,
                    PersonalKind::Personnummer | PersonalKind::Samordningsnummer
                ),
            })
        })
        .collect()
}

/// The warning that names the personal-data columns, when there are any.
pub(crate) fn warning_for(personal: &[PersonalColumn]) -> Option<Both> {
    (!personal.is_empty()).then(|| {
        let list = |english: bool| {
            personal
                .iter()
                .map(|pc| {
                    format!(
                        "{} «{}» ({})",
                        pc.column.letter,
                        pc.column.name,
                        if english { &pc.kind_text.en } else { &pc.kind_text.sv }
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        Both::new(
            format!(
                "Filen verkar innehålla personuppgifter i kolumn {}. Personuppgifter får inte publiceras som öppna data: dataskyddsförordningen (GDPR) kräver en rättslig grund, och offentlighets- och sekretesslagen kan hindra att uppgifterna lämnas ut. Ta bort kolumnerna eller sammanställ (aggregera) uppgifterna innan du publicerar (DIGG:s vägledning, avsnitt 3). Värdena visas inte här.",
                list(false)
            ),
            format!(
                "The file seems to hold personal data in column {}. Personal data must not be published as open data: the GDPR requires a legal basis, and the Swedish Public Access to Information and Secrecy Act may prevent disclosure. Remove the columns or aggregate the data before publishing (DIGG's guidance, section 3). The values are not shown here.",
                list(true)
            ),
        )
    })
}

/// The columns of a profile that seem to hold personal data, as the view names them
/// ([`ProfileView::personal`]).
pub fn personal(p: &Profile) -> Vec<PersonalColumn> {
    personal_columns(p, &column_refs(p))
}

/// The personal-data warning of a profile alone ([`ProfileView::personal_warning`]),
/// without the rest of the view (for `datalots profile`'s table).
pub fn personal_warning(p: &Profile) -> Option<Both> {
    warning_for(&personal_columns(p, &column_refs(p)))
}

impl ProfileView {
    /// The view of a profile. Values of personal-data columns are masked everywhere.
    pub fn new(p: &Profile) -> ProfileView {
        let refs = column_refs(p);
        let about = About::new(p);
        let personal = personal_columns(p, &refs);
        let mut warnings = dialect_warnings(p);
        warnings.extend(profile_warnings(p, &refs));
        warnings.extend(nonconforming_warnings(p, &refs));
        let no_problems = (warnings.is_empty() && personal.is_empty()).then(|| {
            Both::new(
                "Inga problem hittades i filen.",
                "No problems were found in the file.",
            )
        });
        ProfileView {
            facts: facts(p),
            has_personal_data: !personal.is_empty(),
            personal_warning: warning_for(&personal),
            personal,
            columns: p
                .columns
                .iter()
                .zip(&refs)
                .map(|(c, r)| column_view(c, r))
                .collect(),
            warnings,
            no_problems,
            preview: preview(p),
            rows: p.rows,
            alternatives: alternatives(p),
            reading_doubtful: p.dialect.confidence < DOUBTFUL_READING
                && !p.dialect.alternatives.is_empty(),
            about: about.lines.iter().map(|l| l.text()).collect(),
            notes: about.notes.into_iter().map(|n| n.text).collect(),
            reread: None,
        }
    }

    /// The view of a file read a second time, as `encoding`, because the first
    /// reading asked for it ([`crate::read::second_pass`]): says so.
    pub fn read_again(mut self, encoding: &str) -> ProfileView {
        self.reread = Some(crate::read::reread_note(encoding));
        self
    }
}

/// One column, ready to show: its values masked when it holds personal data.
fn column_view(c: &ColumnProfile, r: &ColumnRef) -> ColumnView {
    let total = c.count + c.missing;
    let share = if total > 0 {
        c.missing as f64 / total as f64
    } else {
        0.0
    };
    let pct = percent(share);
    let (n, t) = (count(c.missing), count(total));
    let missing = Both::new(
        format!("{} av {} ({})", n.sv, t.sv, pct.sv),
        format!("{} of {} ({})", n.en, t.en, pct.en),
    );
    let d = count(c.distinct);
    let distinct = if c.distinct_exact {
        d
    } else {
        Both::new(format!("cirka {}", d.sv), format!("about {}", d.en))
    };
    let masked = c.personal_data.is_some();
    let hidden = |s: &Option<Scalar>| {
        s.as_ref().map(|v| match &c.personal_data {
            Some(pd) => Both::new(mask(pd.kind), mask(pd.kind)),
            None => scalar_words(v),
        })
    };
    ColumnView {
        column: r.clone(),
        type_code: serde_json::to_value(c.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        kind: type_words(c),
        missing_share: share,
        missing,
        distinct,
        min: hidden(&c.min),
        max: hidden(&c.max),
        masked,
        chart: if masked { None } else { chart(c, &c.name) },
    }
}

/// What the dialect says about rows that are not data: a preamble, a footer, blank
/// rows among the data.
fn dialect_warnings(p: &Profile) -> Vec<WarningView> {
    let mut warnings = Vec::new();
    let d = &p.dialect;
    if d.preamble_rows > 0 {
        let rows = if d.preamble_rows == 1 {
            Both::new("Rad 1", "Row 1")
        } else {
            Both::new(
                format!("Rad 1–{}", d.preamble_rows),
                format!("Rows 1–{}", d.preamble_rows),
            )
        };
        warnings.push(WarningView {
            code: "preamble".into(),
            text: sentence(
                &rows,
                &Both::new(
                    "ovanför rubrikraden står titlar eller anteckningar, inte data",
                    "above the header row there are titles or notes, not data",
                ),
                &Both::new(
                    "Ta helst bort dem så att rubrikraden blir rad 1; datalots räknar med dem i dataordboken.",
                    "Preferably remove them so that the header row is row 1; Datalots accounts for them in the data dictionary.",
                ),
            ),
        });
    }
    if d.footer_rows > 0 {
        warnings.push(WarningView {
            code: "footer".into(),
            text: sentence(
                &Both::new(
                    format!("De sista {} raderna", d.footer_rows),
                    format!("The last {} rows", d.footer_rows),
                ),
                &Both::new(
                    "är en fotnot (källa eller kommentar), inte data",
                    "are a footer (a source or a note), not data",
                ),
                &Both::new(
                    "Ta bort dem och skriv källan i beskrivningen i stället.",
                    "Remove them and put the source in the description instead.",
                ),
            ),
        });
    }
    if p.blank_rows > 0 {
        warnings.push(WarningView {
            code: "blank_rows".into(),
            text: sentence(
                &Both::new("I filen", "In the file"),
                &Both::new(
                    format!("{} tomma rader står bland data", count(p.blank_rows).sv),
                    format!("{} blank rows are among the data", count(p.blank_rows).en),
                ),
                &Both::new("Ta bort de tomma raderna.", "Remove the blank rows."),
            ),
        });
    }
    warnings
}

/// The profiler's warnings (but personal data, which has its own), each as one
/// sentence with its place and what to do.
fn profile_warnings(p: &Profile, refs: &[ColumnRef]) -> Vec<WarningView> {
    let mut warnings = Vec::new();
    for w in &p.warnings {
        if w.code == WarningCode::PersonalData {
            continue;
        }
        let col = w.column.and_then(|c| refs.get(c.wrapping_sub(1)));
        warnings.push(WarningView {
            code: code_name(w.code),
            text: sentence(
                &place(w.row, col),
                &Both::new(w.message_sv.clone(), w.message_en.clone()),
                &advice(w.code),
            ),
        });
    }
    warnings
}

/// Columns with cells that do not fit the column's type.
fn nonconforming_warnings(p: &Profile, refs: &[ColumnRef]) -> Vec<WarningView> {
    let mut warnings = Vec::new();
    for (c, r) in p.columns.iter().zip(refs) {
        if c.nonconforming > 0 && c.kind != ColumnType::Text && c.personal_data.is_none() {
            let kind = type_words(c);
            warnings.push(WarningView {
                code: "nonconforming".into(),
                text: sentence(
                    &place(None, Some(r)),
                    &Both::new(
                        format!(
                            "{} {} ({}) passar inte kolumnens typ, {}",
                            count(c.nonconforming).sv,
                            if c.nonconforming == 1 {
                                "cell"
                            } else {
                                "celler"
                            },
                            percent(c.nonconforming_share).sv,
                            kind.sv
                        ),
                        format!(
                            "{} {} ({}) {} not fit the column's type, {}",
                            count(c.nonconforming).en,
                            if c.nonconforming == 1 {
                                "cell"
                            } else {
                                "cells"
                            },
                            percent(c.nonconforming_share).en,
                            if c.nonconforming == 1 { "does" } else { "do" },
                            kind.en
                        ),
                    ),
                    &Both::new(
                        "Rätta cellerna eller skriv saknade värden som tomma celler.",
                        "Correct the cells or leave missing values empty.",
                    ),
                ),
            });
        }
    }

    warnings
}

/// The first rows, with the cells of personal-data columns masked.
fn preview(p: &Profile) -> Preview {
    let masks: Vec<Option<&'static str>> = p
        .columns
        .iter()
        .map(|c| c.personal_data.as_ref().map(|pd| mask(pd.kind)))
        .collect();
    Preview {
        headers: p.columns.iter().map(|c| c.name.clone()).collect(),
        rows: p
            .preview
            .iter()
            .map(|row| {
                row.iter()
                    .enumerate()
                    .map(|(i, cell)| match masks.get(i) {
                        Some(Some(m)) if !cell.trim().is_empty() => (*m).to_owned(),
                        // A ragged row's extra cells have no column to say whether
                        // they are safe: hide them when anything is masked.
                        None if masks.iter().any(Option::is_some) => "•••".to_owned(),
                        _ => cell.clone(),
                    })
                    .collect()
            })
            .collect(),
        masked_columns: masks
            .iter()
            .enumerate()
            .filter_map(|(i, m)| m.map(|_| i))
            .collect(),
    }
}

/// The file facts: encoding, delimiter, header, rows before it, data rows, columns,
/// size, line endings.
fn facts(p: &Profile) -> Vec<Fact> {
    let d = &p.dialect;
    let delimiter = separator_words(d.delimiter);
    let encoding = match p.encoding {
        "windows-1252" => Both::new(
            "Windows-1252 (vanligt när Excel sparar CSV på en svensk dator)",
            "Windows-1252 (common when Excel saves CSV on a Swedish computer)",
        ),
        e if p.bom => Both::new(format!("{e} med BOM"), format!("{e} with BOM")),
        e => Both::new(e, e),
    };
    let yes_no = |b: bool| {
        if b {
            Both::new("ja", "yes")
        } else {
            Both::new("nej", "no")
        }
    };
    let line = match d.line_terminator {
        LineTerminator::CrLf => Both::new("CRLF (Windows)", "CRLF (Windows)"),
        LineTerminator::Lf => Both::new("LF", "LF"),
        LineTerminator::Cr => Both::new("CR", "CR"),
        LineTerminator::Mixed => Both::new("blandade", "mixed"),
        LineTerminator::None => Both::new("en enda rad", "a single line"),
    };
    vec![
        Fact {
            label: Both::new("Teckenkodning", "Encoding"),
            value: encoding,
        },
        Fact {
            label: Both::new("Avgränsare", "Delimiter"),
            value: Both::new(
                format!("{} ({})", delimiter.sv, printable(d.delimiter)),
                format!("{} ({})", delimiter.en, printable(d.delimiter)),
            ),
        },
        Fact {
            label: Both::new("Rubrikrad", "Header row"),
            value: yes_no(d.header_rows > 0),
        },
        Fact {
            label: Both::new("Rader före rubriken", "Rows before the header"),
            value: count(d.preamble_rows),
        },
        Fact {
            label: Both::new("Datarader", "Data rows"),
            value: count(p.rows),
        },
        Fact {
            label: Both::new("Kolumner", "Columns"),
            value: count(p.columns.len() as u64),
        },
        Fact {
            label: Both::new("Storlek", "Size"),
            value: Both::new(
                format!("{} byte", count(p.bytes).sv),
                format!("{} bytes", count(p.bytes).en),
            ),
        },
        Fact {
            label: Both::new("Radslut", "Line endings"),
            value: line,
        },
    ]
}

fn alternatives(p: &Profile) -> Vec<Alternative> {
    p.dialect
        .alternatives
        .iter()
        .filter(|a| {
            a.delimiter != p.dialect.delimiter
                || a.skip_initial_space != p.dialect.skip_initial_space
        })
        .map(|a| {
            let (sv, en) = match (a.delimiter, a.skip_initial_space) {
                (',', true) => ("kommatecken och mellanslag (, )", "comma and space (, )"),
                (',', false) => ("kommatecken (,)", "comma (,)"),
                (';', _) => ("semikolon (;)", "semicolon (;)"),
                ('\t', _) => ("tabb", "tab"),
                ('|', _) => ("lodstreck (|)", "vertical bar (|)"),
                (' ', _) => ("mellanslag", "space"),
                _ => ("annat tecken", "another character"),
            };
            let arg = Delimiter {
                char: a.delimiter,
                skip_spaces: a.skip_initial_space && a.delimiter == ',',
            };
            Alternative {
                delimiter: arg,
                label: Both::new(
                    format!(
                        "Läs med {sv} i stället: {} kolumner ({})",
                        a.columns, a.reason_sv
                    ),
                    format!(
                        "Read with {en} instead: {} columns ({})",
                        a.columns, a.reason_en
                    ),
                ),
            }
        })
        .collect()
}

fn printable(c: char) -> String {
    match c {
        '\t' => "\\t".into(),
        c => c.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use csv_profile::profile_bytes;

    #[test]
    fn a_close_second_reading_is_offered_with_its_delimiter() {
        let p = profile_bytes(b"a;b,c\n1;2,3\n4;5,6\n").unwrap();
        assert_eq!(p.dialect.delimiter, ';');
        let v = ProfileView::new(&p);
        assert_eq!(v.alternatives.len(), 1, "{:?}", v.alternatives);
        assert_eq!(v.alternatives[0].delimiter, Delimiter::new(','));
        let json = serde_json::to_value(&v.alternatives[0]).unwrap();
        assert_eq!(json["delimiter"], ",", "as the command line writes it");
        assert!(
            v.alternatives[0]
                .label
                .sv
                .starts_with("Läs med kommatecken (,) i stället: 2 kolumner")
        );
        // Read that way, the file has the other shape.
        let args = crate::read::ReadOptions {
            delimiter: Some(v.alternatives[0].delimiter),
            ..Default::default()
        };
        let mut profiler = csv_profile::Profiler::with_options(args.options().unwrap());
        profiler.feed(b"a;b,c\n1;2,3\n4;5,6\n").unwrap();
        let p = profiler.finish().unwrap();
        assert_eq!(p.dialect.delimiter, ',');
        assert_eq!(p.columns[0].name, "a;b");
        assert!(v.reading_doubtful);
        // A clean file still has a runner-up (`,` inside `1 234,50`), but no doubt.
        let clean = profile_bytes(
            "kommun;kod;andel;belopp\nUpplands Väsby;0114;12,5;1 234,50\nVallentuna;0115;7,25;48 013,00\nÖsteråker;0117;3,0;12,75\nVärmdö;0120;9,75;310,00\n"
                .as_bytes(),
        )
        .unwrap();
        let v = ProfileView::new(&clean);
        assert!(!v.reading_doubtful, "{}", clean.dialect.confidence);
    }

    #[test]
    fn letters_are_spreadsheet_letters() {
        assert_eq!(column_letter(1), "A");
        assert_eq!(column_letter(3), "C");
        assert_eq!(column_letter(26), "Z");
        assert_eq!(column_letter(27), "AA");
        assert_eq!(column_letter(52), "AZ");
        assert_eq!(column_letter(703), "AAA");
    }

    #[test]
    fn numbers_are_written_per_language() {
        assert_eq!(format_number(1234.5, 2, false), "1\u{a0}234,5");
        assert_eq!(format_number(1234.5, 2, true), "1,234.5");
        assert_eq!(format_number(-12.0, 2, false), "−12");
        assert_eq!(format_number(0.0, 2, true), "0");
        assert_eq!(format_number(1_000_000.0, 0, true), "1,000,000");
    }

    fn personnummer_file() -> Vec<u8> {
        let mut s = String::from("namn;personnummer;epost;belopp\n");
        let pnr = [
            "19811218-9876",
            "19900101-0017",
            "19850505-1234",
            "20000229-0008",
        ];
        for (i, p) in pnr.iter().enumerate() {
            s.push_str(&format!("Person{i};{p};p{i}@exempel.se;{i}00,50\n"));
        }
        s.into_bytes()
    }

    #[test]
    fn personal_data_values_never_reach_the_view() {
        let bytes = personnummer_file();
        let profile = profile_bytes(&bytes).unwrap();
        let personal: Vec<_> = profile
            .personal_data()
            .map(|(c, _)| c.name.clone())
            .collect();
        assert!(
            personal.contains(&"personnummer".to_owned()),
            "{personal:?}"
        );
        let view = ProfileView::new(&profile);
        assert!(view.has_personal_data);
        let warning = view.personal_warning.clone().unwrap();
        assert!(
            warning.sv.contains("B «personnummer» (personnummer)"),
            "{}",
            warning.sv
        );
        assert!(warning.en.contains("GDPR"));
        assert!(view.no_problems.is_none());
        let json = serde_json::to_string(&view).unwrap();
        // Every value of every personal-data column, and every part of it, is absent.
        for (c, _) in profile.personal_data() {
            let i = profile
                .columns
                .iter()
                .position(|x| x.name == c.name)
                .unwrap();
            assert!(view.columns[i].masked);
            assert!(view.columns[i].chart.is_none());
            assert!(view.preview.masked_columns.contains(&i));
            for row in &profile.preview {
                let v = &row[i];
                assert!(!json.contains(v.as_str()), "{v} leaked into {json}");
            }
        }
        for p in ["19811218", "9876", "0017", "@exempel.se"] {
            assert!(!json.contains(p), "{p} leaked");
        }
        assert_eq!(view.columns[1].min.as_ref().unwrap().sv, "ÅÅÅÅMMDD-XXXX");
        // The other columns are shown.
        assert!(json.contains("100,5") || json.contains("100,50"), "{json}");
    }

    #[test]
    fn swedish_formats_are_named() {
        let csv = "kommunkod;datum;andel;antal;svar\n0114;31/1/2024;12,5;1 234;Ja\n0115;1/2/2024;7,25;48 013;Nej\n0117;2/2/2024;3,0;12;Ja\n";
        let profile = profile_bytes(csv.as_bytes()).unwrap();
        let view = ProfileView::new(&profile);
        let kinds: Vec<&str> = view.columns.iter().map(|c| c.kind.sv.as_str()).collect();
        assert!(kinds[0].starts_with("koder"), "{kinds:?}");
        assert_eq!(kinds[1], "datum (D/M/ÅÅÅÅ, t.ex. 31/1/2024)");
        assert_eq!(kinds[2], "decimaltal med decimalkomma");
        assert_eq!(kinds[3], "heltal och mellanslag mellan tusental");
        assert!(kinds[4].starts_with("ja/nej-värden"), "{kinds:?}");
        assert_eq!(
            view.columns[2].kind.en,
            "decimal numbers with a decimal comma"
        );
        assert_eq!(view.columns[3].max.as_ref().unwrap().sv, "48\u{a0}013");
        assert_eq!(view.columns[3].max.as_ref().unwrap().en, "48,013");
        assert_eq!(view.facts[1].value.sv, "semikolon (;)");
        assert_eq!(
            view.no_problems.as_ref().unwrap().sv,
            "Inga problem hittades i filen."
        );
        assert!(view.warnings.is_empty());
        let chart = view.columns[3].chart.as_ref().unwrap();
        assert_eq!(chart.kind, "histogram");
        assert!(
            chart.alt.sv.starts_with("Histogram över «antal»"),
            "{}",
            chart.alt.sv
        );
        let top = view.columns[4].chart.as_ref().unwrap();
        assert_eq!(top.kind, "top");
        assert!(top.alt.en.contains("Ja (2)"), "{}", top.alt.en);
    }

    #[test]
    fn warnings_name_the_place_as_a_spreadsheet_does() {
        let mut csv = String::from("namn;antal;Belopp\n");
        for i in 0..15 {
            csv.push_str(&format!("rad{i};{i};{i},5\n"));
        }
        csv.push_str("trasig;1;2;3\n");
        let profile = profile_bytes(csv.as_bytes()).unwrap();
        let view = ProfileView::new(&profile);
        let ragged = view
            .warnings
            .iter()
            .find(|w| w.code == "ragged_row")
            .unwrap_or_else(|| panic!("{:?}", view.warnings));
        assert!(ragged.text.sv.starts_with("Rad 17"), "{}", ragged.text.sv);
        assert!(
            ragged.text.sv.contains("Öppna filen i Excel"),
            "{}",
            ragged.text.sv
        );
        assert!(ragged.text.en.starts_with("Row 17"), "{}", ragged.text.en);
        assert!(view.no_problems.is_none());

        let profile = profile_bytes("namn;Belopp\nA; 12,5\nB;3,5\nC;4,5\n".as_bytes()).unwrap();
        let view = ProfileView::new(&profile);
        let stray = view
            .warnings
            .iter()
            .find(|w| w.code == "stray_spaces")
            .unwrap_or_else(|| panic!("{:?}", view.warnings));
        assert!(
            stray.text.sv.starts_with("Rad 2, kolumn B «Belopp»: "),
            "{}",
            stray.text.sv
        );
        assert!(
            stray.text.sv.ends_with("innan du publicerar."),
            "{}",
            stray.text.sv
        );
        assert!(
            stray.text.en.starts_with("Row 2, column B «Belopp»: "),
            "{}",
            stray.text.en
        );
    }

    #[test]
    fn the_view_round_trips_through_json() {
        let profile = profile_bytes(&personnummer_file()).unwrap();
        let view = ProfileView::new(&profile);
        let json = serde_json::to_string(&view).unwrap();
        let back: ProfileView = serde_json::from_str(&json).unwrap();
        assert_eq!(back, view);
    }
}
