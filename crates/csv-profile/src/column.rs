//! One column, accumulated cell by cell, then decided.
//!
//! A cell is trimmed and hashed; `stats::Values` either knows the value — then only its
//! count in the top-values table goes up — or the value is read (`cell::classify`:
//! Swedish numbers, codes, dates, booleans, missing markers, identity numbers, e-mail,
//! phone, length, name-likeness), added to the column (`ColumnAcc::tally`) and, if the
//! table takes it, stored with its `Memo`. What the repeats of a remembered value add
//! (type counts, lengths, sums, the reservoir) is added at `ColumnAcc::finish`, once per
//! value with its count. `finish` decides the type: the most specific one that fits at
//! least `TYPE_THRESHOLD` of the cells.
//!
//! Invariant: a remembered value gives the same column profile as reading it again, its
//! repeats added at the end (a unit test here compares both ways).

use crate::cell::{self, Cell, DatePattern};
use crate::identity::{self, Identity};
use crate::names::{self, HeaderHint, NameLook};
use crate::profile::*;
use crate::stats::{Moments, Reservoir, Values, hash64, histogram, quantile};

/// A type must fit at least this share of the non-missing cells, else the column is text.
pub const TYPE_THRESHOLD: f64 = 0.75;
/// A column is reported as personal data when at least this share of cells match (or
/// fewer, when the header says so too).
pub const PERSONAL_THRESHOLD: f64 = 0.05;
/// Values of a column looked at for people's names, at most (new values only: a
/// value seen before keeps its look). The share of names among the text cells found
/// in them stands for the whole column.
pub const NAME_CHECKS: u32 = 4096;

const GROUPS: [char; 5] = [' ', '\u{a0}', '\u{2009}', '.', ','];

#[derive(Debug, Default, Clone, Copy)]
struct Seen {
    count: u64,
    first_row: u64,
}

impl Seen {
    fn hit(&mut self, row: u64) {
        self.add(row, 1);
    }

    /// `r` cells, the first of them in `row` (which only counts if none came before).
    fn add(&mut self, row: u64, r: u64) {
        if self.count == 0 {
            self.first_row = row;
        }
        self.count += r;
    }
}

/// What one (trimmed) value holds, worked out the first time it is seen and kept with
/// it in the top-values table, so that a repeated value is not read again.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Memo {
    cell: Cell,
    about: About,
}

/// What a value holds besides its [`Cell`].
#[derive(Debug, Clone, Copy, PartialEq)]
struct About {
    /// A personal-data (or organisation) number, e-mail address or phone number.
    identity: Option<Identity>,
    /// Its length in characters, for cells read as text (codes, booleans…).
    chars: Option<u32>,
    /// Whether it looks like a person's name or a place (text cells only).
    name: NameLook,
    /// Whether it holds U+FFFD, the mark of a byte invalid in the encoding.
    invalid: bool,
}

impl About {
    /// What a number holds besides: nothing.
    const NOTHING: About = About {
        identity: None,
        chars: None,
        name: NameLook::Unchecked,
        invalid: false,
    };

    /// What `s`, read as `cell`, holds besides. `may_be_invalid`: whether `s` may hold
    /// U+FFFD at all (its row has the byte EF).
    #[inline]
    fn of(s: &str, cell: &Cell, check_names: bool, may_be_invalid: bool) -> About {
        // The cell was already read as an identity number or not: only text and codes
        // are checked for e-mail addresses and phone numbers.
        let identity = match cell {
            Cell::Identity(id) => Some(*id),
            Cell::Text | Cell::Code => identity::contact(s),
            _ => None,
        };
        let text_like = matches!(
            cell,
            Cell::Text | Cell::Code | Cell::Identity(_) | Cell::Bool(_)
        );
        let chars = text_like.then(|| {
            let n = if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            };
            u32::try_from(n).unwrap_or(u32::MAX)
        });
        About {
            identity,
            chars,
            name: if check_names && *cell == Cell::Text {
                names::look(s)
            } else {
                NameLook::Unchecked
            },
            invalid: may_be_invalid && s.contains('\u{fffd}'),
        }
    }
}

/// Everything known about one column so far.
#[derive(Debug, Clone, Default)]
pub(crate) struct ColumnAcc {
    pub name: String,
    count: u64,
    missing: u64,
    bools: u64,
    true_spellings: Vec<String>,
    false_spellings: Vec<String>,
    ints: u64,
    zero_one: u64,
    decs: u64,
    compact_dates: u64,
    dec_comma: Seen,
    dec_point: Seen,
    ambiguous_point: u64,
    groups: [u64; GROUPS.len()],
    percent: u64,
    codes: u64,
    identities: u64,
    dates: [Seen; DatePattern::ALL.len()],
    /// Cells read as dates (all patterns but `yyyyMMdd`, which is counted with numbers).
    date_cells: u64,
    datetimes: u64,
    times: u64,
    num: Moments,
    num_min: f64,
    num_max: f64,
    reservoir: Reservoir,
    date_min: i32,
    date_max: i32,
    dt_min: (i32, u32),
    dt_max: (i32, u32),
    time_min: u32,
    time_max: u32,
    text_min: Option<String>,
    text_max: Option<String>,
    len_min: u64,
    len_max: u64,
    len_sum: u64,
    len_count: u64,
    values: Values<Memo>,
    personal: [u64; 5],
    /// Text cells, and those of them whose value was looked at for names.
    texts: u64,
    name_judged: u64,
    /// Cells looking like people's names: full names, first names, surnames; places.
    full_names: u64,
    first_names: u64,
    surnames: u64,
    places: u64,
    /// Values looked at for names so far (at most [`NAME_CHECKS`]).
    name_checks: u32,
    name_hint: Option<HeaderHint>,
    stray: Seen,
    invalid: Seen,
    #[cfg(test)]
    no_memo: bool,
}

/// Whether a cell starting with this byte may start with white space: ASCII white
/// space, or the lead byte of U+0085, U+00A0, U+1680, U+2000–U+205F or U+3000.
pub(crate) fn may_start_space(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3)
}

/// Whether a cell ending with this byte may end with white space: ASCII white space,
/// or the last byte of one of the Unicode spaces above (not of å, ä, ö and the like).
fn may_end_space(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, 0x80..=0x8a | 0x9f | 0xa0 | 0xa8 | 0xa9 | 0xaf)
}

/// Widens the range `min..=max` to take in `v`; `first`: it holds nothing yet. By
/// comparison, for numbers too (`f64::min` is a call to `fmin` on wasm32; numbers are
/// finite: `classify` reads no NaN or infinity).
#[inline]
fn widen<T: PartialOrd + Copy>(first: bool, min: &mut T, max: &mut T, v: T) {
    if first || v < *min {
        *min = v;
    }
    if first || v > *max {
        *max = v;
    }
}

/// `a < b`, deciding on the first byte when it differs (most comparisons) without a
/// call to memcmp.
fn before(a: &str, b: &str) -> bool {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x < y,
        _ => a < b,
    }
}

/// Whether a (lower-cased) header names a yes/no column (`är …`, `has_…`, `…?`): then
/// its 0 and 1 are booleans.
fn bool_header(header: &str) -> bool {
    header.starts_with("är ")
        || header.starts_with("har ")
        || header.starts_with("is_")
        || header.starts_with("has_")
        || header.contains("ja/nej")
        || header.contains("flagga")
        || header.ends_with('?')
}

/// A warning about `column` (1-based) that first shows in `row`.
fn column_warning(
    code: WarningCode,
    row: u64,
    column: Option<usize>,
    message_sv: String,
    message_en: String,
) -> Warning {
    Warning {
        code,
        row: Some(row),
        column,
        message_sv,
        message_en,
    }
}

/// The warning that the column `name` (1-based `column`) holds personal data `p`.
fn personal_warning(name: &str, p: &PersonalData, column: Option<usize>) -> Warning {
    let kind_sv = match p.kind {
        PersonalKind::Personnummer => "personnummer",
        PersonalKind::Samordningsnummer => "samordningsnummer",
        PersonalKind::Email => "e-postadresser",
        PersonalKind::Phone => "telefonnummer",
        PersonalKind::Name => "namn",
    };
    let kind_en = match p.kind {
        PersonalKind::Personnummer => "personal identity numbers",
        PersonalKind::Samordningsnummer => "coordination numbers",
        PersonalKind::Email => "e-mail addresses",
        PersonalKind::Phone => "phone numbers",
        PersonalKind::Name => "names",
    };
    Warning {
        code: WarningCode::PersonalData,
        row: None,
        column,
        message_sv: format!(
            "kolumnen «{}» verkar innehålla {kind_sv} ({:.0} % av cellerna): personuppgifter får inte publiceras som öppna data",
            name,
            p.share * 100.0
        ),
        message_en: format!(
            "column «{}» seems to hold {kind_en} ({:.0} % of the cells): personal data must not be published as open data",
            name,
            p.share * 100.0
        ),
    }
}

impl ColumnAcc {
    pub fn new(name: String) -> ColumnAcc {
        let name_hint = Some(names::header_hint(&name.to_lowercase()));
        ColumnAcc {
            name,
            name_hint,
            ..ColumnAcc::default()
        }
    }

    /// Adds one cell of data row `row` (1-based row in the file). `check_invalid` says
    /// whether the row may hold U+FFFD (the mark of a byte invalid in the encoding).
    ///
    /// A value seen before (tracked by the top-values table) is only counted there: what
    /// it adds to the column is added at [`ColumnAcc::finish`], once for all its
    /// repeats (see [`ColumnAcc::tally`]).
    #[inline]
    pub fn push(&mut self, raw: &str, row: u64, check_invalid: bool) {
        if raw.is_empty() {
            self.missing += 1;
            return;
        }
        let rb = raw.as_bytes();
        let s = match (rb.first(), rb.last()) {
            (Some(&f), Some(&l)) if !may_start_space(f) && !may_end_space(l) => raw,
            _ => raw.trim(),
        };
        if s.len() != raw.len() && !s.is_empty() {
            self.stray.hit(row);
        }
        let h = hash64(s);
        let tracked = self.values.repeat(h);
        if tracked && !self.reads_every_cell() {
            return;
        }
        // The cell and what else it holds stay apart until the top-values table takes
        // them: copying a struct whole right after its fields were written stalls the
        // processor (store forwarding), and a full table takes nothing.
        let cell = cell::classify(s);
        if let Cell::Number(ref n) = cell {
            // The commonest new value: a number holds nothing else (no identity, no
            // length, no name, no U+FFFD: `classify` reads only digits, signs,
            // separators and spaces as a number), so only its own counters change.
            self.count += 1;
            self.tally_number(n, row, 1);
            if !tracked {
                self.values.insert_with(s, h, || Memo {
                    cell,
                    about: About::NOTHING,
                });
            }
            return;
        }
        let check_names = cell == Cell::Text && self.name_checks < NAME_CHECKS;
        self.name_checks += u32::from(check_names);
        let about = About::of(s, &cell, check_names, check_invalid);
        self.tally(&cell, &about, s, row, 1, tracked);
        if !tracked && cell != Cell::Missing {
            match cell {
                // `yyyy-mm-dd`: one text per day, counted by its day.
                Cell::Date(DatePattern::Iso, day) if s.len() == 10 => {
                    self.values
                        .insert_iso_date_with(s, h, day, || Memo { cell, about });
                }
                _ => self.values.insert_with(s, h, || Memo { cell, about }),
            }
        }
    }

    /// Whether every cell is read afresh: the reference the remembered values are
    /// tested against.
    #[inline]
    fn reads_every_cell(&self) -> bool {
        #[cfg(test)]
        return self.no_memo;
        #[cfg(not(test))]
        false
    }

    /// Adds what `r` cells holding the value `s` add to the column. `repeated`: the
    /// value was added before, so it can't be a new smallest or largest text or a new
    /// spelling of a boolean, and `row` is not its first row.
    fn tally(&mut self, cell: &Cell, about: &About, s: &str, row: u64, r: u64, repeated: bool) {
        if about.invalid {
            self.invalid.add(row, r);
        }
        if *cell == Cell::Missing {
            self.missing += r;
            return;
        }
        self.count += r;
        // By reference: the cell is read field by field, never copied whole.
        match *cell {
            Cell::Missing => {}
            Cell::Bool(b) => {
                self.bools += r;
                let list = if b {
                    &mut self.true_spellings
                } else {
                    &mut self.false_spellings
                };
                if !repeated && list.len() < 4 && !list.iter().any(|x| x == s) {
                    list.push(s.to_owned());
                }
            }
            Cell::Number(ref n) => self.tally_number(n, row, r),
            Cell::Code => self.codes += r,
            Cell::Identity(_) => self.identities += r,
            Cell::Date(p, d) => {
                // `ALL` lists the patterns in their declared order.
                if let Some(seen) = self.dates.get_mut(p as usize) {
                    seen.add(row, r);
                }
                let first_date = self.date_cells + self.compact_dates == 0;
                self.date_cells += r;
                widen(first_date, &mut self.date_min, &mut self.date_max, d);
            }
            Cell::DateTime(d, t) => {
                widen(
                    self.datetimes == 0,
                    &mut self.dt_min,
                    &mut self.dt_max,
                    (d, t),
                );
                self.datetimes += r;
            }
            Cell::Time(t) => {
                widen(self.times == 0, &mut self.time_min, &mut self.time_max, t);
                self.times += r;
            }
            Cell::Text => {
                self.texts += r;
                if about.name != NameLook::Unchecked {
                    self.name_judged += r;
                    match about.name {
                        NameLook::FullName => self.full_names += r,
                        NameLook::FirstName => self.first_names += r,
                        NameLook::Surname => self.surnames += r,
                        NameLook::Place => self.places += r,
                        _ => {}
                    }
                }
            }
        }
        if let Some(id) = about.identity {
            let i = match id {
                Identity::Personnummer => 0,
                Identity::Samordningsnummer => 1,
                Identity::Email => 2,
                Identity::Phone => 3,
                Identity::Organisationsnummer => 4,
            };
            self.personal[i] += r;
        }
        if let Some(chars) = about.chars {
            // Text lengths, in characters, of the cells read as text.
            let chars = u64::from(chars);
            widen(
                self.len_count == 0,
                &mut self.len_min,
                &mut self.len_max,
                chars,
            );
            self.len_count += r;
            self.len_sum += r * chars;
            // A value seen before can't be a new smallest or largest.
            if !repeated {
                if self.text_min.as_deref().is_none_or(|m| before(s, m)) {
                    self.text_min = Some(s.to_owned());
                }
                if self.text_max.as_deref().is_none_or(|m| before(m, s)) {
                    self.text_max = Some(s.to_owned());
                }
            }
        }
    }

    /// What `r` cells holding the number `n` add to the number counters (the cell
    /// count aside).
    #[inline]
    fn tally_number(&mut self, n: &cell::Number, row: u64, r: u64) {
        let numbers = self.ints + self.decs;
        if n.integer {
            self.ints += r;
            if n.value == 0.0 || n.value == 1.0 {
                self.zero_one += r;
            }
            if let Some(d) = n.compact_date {
                let first_date = self.date_cells + self.compact_dates == 0;
                self.compact_dates += r;
                widen(first_date, &mut self.date_min, &mut self.date_max, d);
            }
        } else {
            self.decs += r;
        }
        match n.decimal {
            Some(',') => self.dec_comma.add(row, r),
            Some('.') if n.ambiguous_point => self.ambiguous_point += r,
            Some(_) => self.dec_point.add(row, r),
            None => {}
        }
        if let Some(g) = n.group
            && let Some(i) = GROUPS.iter().position(|x| *x == g)
        {
            self.groups[i] += r;
        }
        if n.percent {
            self.percent += r;
        }
        widen(numbers == 0, &mut self.num_min, &mut self.num_max, n.value);
        if r == 1 {
            self.num.push(n.value);
            self.reservoir.push(n.value);
        } else {
            self.num.push_many(n.value, r);
            self.reservoir.push_many(n.value, r);
        }
    }

    /// Adds the repeats of the values the top-values table counted (every occurrence
    /// but the first, which [`ColumnAcc::push`] added).
    fn fold_repeats(&mut self) {
        if self.reads_every_cell() {
            return;
        }
        let values = std::mem::take(&mut self.values);
        for (count, memo, s) in values.entries() {
            if count > 1 {
                self.tally(&memo.cell, &memo.about, s, 0, count - 1, true);
            }
        }
        self.values = values;
    }

    /// Decides the type and summarises. `index` is 0-based. Also returns the date
    /// range of a date column and the cells holding U+FFFD.
    pub fn finish(
        mut self,
        index: usize,
        warnings: &mut Vec<Warning>,
    ) -> (ColumnProfile, Option<(i32, i32)>, u64) {
        self.fold_repeats();
        let n = self.count;
        let header = self.name.to_lowercase();
        let bool_header = bool_header(&header);
        let (kind, fit) = self.decide_type(bool_header);
        let column = Some(index + 1);
        let format = self.format(kind, bool_header, column, warnings);
        let (min, max) = self.min_max(kind);
        let numeric = matches!(kind, ColumnType::Integer | ColumnType::Decimal);
        let (quantiles, hist) = self.quantiles_and_histogram(numeric);
        let personal = self.personal_data(&header);
        if let Some(p) = &personal {
            warnings.push(personal_warning(&self.name, p, column));
        }
        self.cell_warnings(column, warnings);
        let nonconforming = n - fit.min(n);
        let profile = ColumnProfile {
            name: self.name.clone(),
            kind,
            count: n,
            missing: self.missing,
            distinct: self.values.distinct(),
            distinct_exact: self.values.is_exact(),
            min,
            max,
            mean: if numeric { self.num.mean() } else { None },
            std_dev: if numeric { self.num.std_dev() } else { None },
            quantiles: if numeric { quantiles } else { None },
            format,
            nonconforming,
            nonconforming_share: if n > 0 {
                nonconforming as f64 / n as f64
            } else {
                0.0
            },
            personal_data: personal,
            top: self
                .values
                .top(5)
                .into_iter()
                .map(|(value, count)| TopValue { value, count })
                .collect(),
            length: (self.len_count > 0).then(|| Lengths {
                min: self.len_min,
                max: self.len_max,
                mean: self.len_sum as f64 / self.len_count as f64,
            }),
            histogram: hist,
        };
        let range = (kind == ColumnType::Date).then_some((self.date_min, self.date_max));
        (profile, range, self.invalid.count)
    }

    /// Whether the integers are all compact dates (`yyyyMMdd`), and there are some.
    fn all_compact(&self) -> bool {
        self.ints > 0 && self.compact_dates == self.ints
    }

    /// Decides the type, and how many cells fit it: the type most cells fit (the most
    /// specific on a tie) when at least [`TYPE_THRESHOLD`] of them do, else text (which
    /// every cell fits); empty when the column has no cells. `bool_header`: the header
    /// names a yes/no column, so 0 and 1 count as booleans.
    fn decide_type(&self, bool_header: bool) -> (ColumnType, u64) {
        let n = self.count;
        let date_count: u64 = self.dates.iter().map(|d| d.count).sum();
        let all_compact = self.all_compact();
        // (type, cells that fit), most specific first: the first best wins ties.
        let mut candidates = [
            (
                ColumnType::Boolean,
                self.bools + if bool_header { self.zero_one } else { 0 },
            ),
            (
                ColumnType::Date,
                date_count + if all_compact { self.compact_dates } else { 0 },
            ),
            (
                ColumnType::Integer,
                if self.codes > 0 { 0 } else { self.ints },
            ),
            (ColumnType::Datetime, self.datetimes),
            (ColumnType::Time, self.times),
            (ColumnType::Decimal, self.ints + self.decs),
        ];
        if self.ints == self.zero_one && !bool_header {
            candidates[0].1 = self.bools;
        }
        let (mut kind, mut fit) = (ColumnType::Text, n);
        if n == 0 {
            kind = ColumnType::Empty;
        } else {
            let best = candidates
                .iter()
                .copied()
                .fold(
                    (ColumnType::Text, 0u64),
                    |acc, c| if c.1 > acc.1 { c } else { acc },
                );
            if best.1 as f64 >= TYPE_THRESHOLD * n as f64 {
                (kind, fit) = best;
            }
        }
        (kind, fit)
    }

    /// Decides how the values of a column of type `kind` are written (numbers, dates
    /// and booleans; none for other types), warning of mixed decimal separators or
    /// date formats. `column`: 1-based.
    fn format(
        &self,
        kind: ColumnType,
        bool_header: bool,
        column: Option<usize>,
        warnings: &mut Vec<Warning>,
    ) -> Option<Format> {
        match kind {
            ColumnType::Integer | ColumnType::Decimal => {
                Some(self.number_format(kind, column, warnings))
            }
            ColumnType::Date => Some(self.date_format(column, warnings)),
            ColumnType::Boolean => Some(self.bool_format(bool_header)),
            _ => None,
        }
    }

    /// Decides the decimal separator (decimals only), the digit grouping and whether
    /// the numbers are percentages; warns when decimal commas and points mix.
    fn number_format(
        &self,
        kind: ColumnType,
        column: Option<usize>,
        warnings: &mut Vec<Warning>,
    ) -> Format {
        let decimal = match (self.dec_comma.count, self.dec_point.count) {
            (0, 0) => None,
            (c, p) if c >= p => Some(','),
            _ => Some('.'),
        };
        let group = GROUPS
            .iter()
            .zip(self.groups)
            .filter(|(_, c)| *c > 0)
            .max_by_key(|(_, c)| *c)
            .map(|(g, _)| *g)
            .or((decimal == Some(',') && self.ambiguous_point > 0).then_some('.'));
        let format = Format {
            decimal: if kind == ColumnType::Decimal {
                decimal.or((self.ambiguous_point > 0).then_some('.'))
            } else {
                None
            },
            group,
            percent: self.percent * 2 > self.count,
            ..Format::default()
        };
        if self.dec_comma.count > 0 && self.dec_point.count > 0 {
            let minority = if self.dec_comma.count >= self.dec_point.count {
                self.dec_point
            } else {
                self.dec_comma
            };
            warnings.push(column_warning(
                WarningCode::MixedDecimalSeparators,
                minority.first_row,
                column,
                format!(
                    "kolumnen «{}» blandar decimalkomma och decimalpunkt ({} + {} celler)",
                    self.name, self.dec_comma.count, self.dec_point.count
                ),
                format!(
                    "column «{}» mixes decimal comma and decimal point ({} + {} cells)",
                    self.name, self.dec_comma.count, self.dec_point.count
                ),
            ));
        }
        format
    }

    /// Decides the date pattern: the one most cells are written in (`yyyyMMdd` when
    /// the dates are all compact numbers); warns when patterns mix.
    fn date_format(&self, column: Option<usize>, warnings: &mut Vec<Warning>) -> Format {
        let used: Vec<(DatePattern, Seen)> = DatePattern::ALL
            .iter()
            .copied()
            .zip(self.dates)
            .filter(|(_, s)| s.count > 0)
            .collect();
        let main = if self.all_compact() && used.is_empty() {
            DatePattern::Compact
        } else {
            used.iter()
                .max_by_key(|(_, s)| s.count)
                .map_or(DatePattern::Iso, |(p, _)| *p)
        };
        if used.len() > 1 {
            let minority = used
                .iter()
                .filter(|(p, _)| *p != main)
                .map(|(_, s)| s.first_row)
                .min()
                .unwrap_or(0);
            let names: Vec<&str> = used.iter().map(|(p, _)| p.as_str()).collect();
            warnings.push(column_warning(
                WarningCode::MixedDateFormats,
                minority,
                column,
                format!(
                    "kolumnen «{}» blandar datumformat: {}",
                    self.name,
                    names.join(", ")
                ),
                format!(
                    "column «{}» mixes date formats: {}",
                    self.name,
                    names.join(", ")
                ),
            ));
        }
        Format {
            date: Some(main.as_str()),
            ..Format::default()
        }
    }

    /// Decides the spellings of true and false: those seen, and 1 and 0 when the
    /// header names a yes/no column (`bool_header`) and they occur.
    fn bool_format(&self, bool_header: bool) -> Format {
        let mut true_values = self.true_spellings.clone();
        let mut false_values = self.false_spellings.clone();
        if bool_header && self.zero_one > 0 {
            true_values.push("1".into());
            false_values.push("0".into());
        }
        Format {
            true_values,
            false_values,
            ..Format::default()
        }
    }

    /// The least and greatest value of a column of type `kind`, as shown: numbers,
    /// ISO dates, datetimes and times, text in byte order; none for other types.
    fn min_max(&self, kind: ColumnType) -> (Option<Scalar>, Option<Scalar>) {
        match kind {
            ColumnType::Integer | ColumnType::Decimal if self.ints + self.decs > 0 => (
                Some(Scalar::Number(self.num_min)),
                Some(Scalar::Number(self.num_max)),
            ),
            ColumnType::Date => (
                Some(Scalar::Text(cell::iso_date(self.date_min))),
                Some(Scalar::Text(cell::iso_date(self.date_max))),
            ),
            ColumnType::Datetime => {
                let show = |(d, t): (i32, u32)| {
                    Scalar::Text(format!(
                        "{}T{:02}:{:02}:{:02}",
                        cell::iso_date(d),
                        t / 3600,
                        t / 60 % 60,
                        t % 60
                    ))
                };
                (Some(show(self.dt_min)), Some(show(self.dt_max)))
            }
            ColumnType::Time => {
                let show = |t: u32| {
                    Scalar::Text(format!("{:02}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60))
                };
                (Some(show(self.time_min)), Some(show(self.time_max)))
            }
            ColumnType::Text => (
                self.text_min.clone().map(Scalar::Text),
                self.text_max.clone().map(Scalar::Text),
            ),
            _ => (None, None),
        }
    }

    /// The quartiles and the 10-bin histogram of a `numeric` column, from its
    /// reservoir sample (none for other columns, and no histogram when all values are
    /// equal).
    fn quantiles_and_histogram(&self, numeric: bool) -> (Option<[f64; 3]>, Vec<Bin>) {
        let sorted = if numeric {
            self.reservoir.sorted()
        } else {
            Vec::new()
        };
        let quantiles = match (
            quantile(&sorted, 0.25),
            quantile(&sorted, 0.5),
            quantile(&sorted, 0.75),
        ) {
            (Some(a), Some(b), Some(c)) => Some([a, b, c]),
            _ => None,
        };
        let bins = 10usize;
        let hist = if numeric && self.num_max > self.num_min {
            let counts = histogram(
                &sorted,
                self.num_min,
                self.num_max,
                self.ints + self.decs,
                bins,
            );
            let width = (self.num_max - self.num_min) / bins as f64;
            counts
                .into_iter()
                .enumerate()
                .map(|(i, count)| Bin {
                    from: self.num_min + width * i as f64,
                    to: self.num_min + width * (i + 1) as f64,
                    count,
                })
                .collect()
        } else {
            Vec::new()
        };
        (quantiles, hist)
    }

    /// Warns of cells with spaces around the value and of cells holding bytes invalid
    /// in the encoding, each at its first row. `column`: 1-based.
    fn cell_warnings(&self, column: Option<usize>, warnings: &mut Vec<Warning>) {
        if self.stray.count > 0 {
            warnings.push(column_warning(
                WarningCode::StraySpaces,
                self.stray.first_row,
                column,
                format!(
                    "{} celler i kolumnen «{}» har mellanslag före eller efter värdet",
                    self.stray.count, self.name
                ),
                format!(
                    "{} cells in column «{}» have spaces before or after the value",
                    self.stray.count, self.name
                ),
            ));
        }
        if self.invalid.count > 0 {
            warnings.push(column_warning(
                WarningCode::InvalidBytes,
                self.invalid.first_row,
                column,
                format!("{} celler i kolumnen «{}» innehåller byte som inte är giltiga i filens teckenkodning (visas som �)", self.invalid.count, self.name),
                format!("{} cells in column «{}» contain bytes that are invalid in the file's encoding (shown as �)", self.invalid.count, self.name),
            ));
        }
    }

    fn personal_data(&self, header: &str) -> Option<PersonalData> {
        let n = self.count;
        if n == 0 {
            return None;
        }
        let hint = |words: &[&str]| words.iter().any(|w| header.contains(w));
        let kinds = [
            (
                PersonalKind::Personnummer,
                self.personal[0],
                hint(&["personnummer", "pnr", "persnr", "personnr"]),
            ),
            (
                PersonalKind::Samordningsnummer,
                self.personal[1],
                hint(&["samordningsnummer", "samordningsnr"]),
            ),
            (
                PersonalKind::Email,
                self.personal[2],
                hint(&["e-post", "epost", "email", "e-mail", "mejl", "mail"]),
            ),
            (
                PersonalKind::Phone,
                self.personal[3],
                hint(&["telefon", "tel", "mobil", "phone"]),
            ),
        ];
        // The most frequent kind; on a tie the first (personnummer before samordningsnummer).
        let best = kinds.iter().copied().filter(|(_, c, _)| *c > 0).fold(
            None,
            |acc: Option<(PersonalKind, u64, bool)>, k| match acc {
                Some(a) if a.1 >= k.1 => Some(a),
                _ => Some(k),
            },
        );
        if let Some((kind, matched, header_hint)) = best {
            let share = matched as f64 / n as f64;
            if share >= PERSONAL_THRESHOLD || header_hint {
                return Some(PersonalData {
                    kind,
                    share,
                    matched,
                    header_hint,
                });
            }
        }
        self.names()
    }

    /// People's names, by the values: full names and first names count under any
    /// header, surnames alone only under a header for people; the header sets the
    /// share needed ([`HeaderHint::threshold`]) but decides nothing alone, and places
    /// (kommuner, län, landskap) count against.
    fn names(&self) -> Option<PersonalData> {
        let hint = self.name_hint.unwrap_or(HeaderHint::Neutral);
        if self.name_judged == 0 || self.count == 0 {
            return None;
        }
        let people = self.full_names
            + self.first_names
            + if hint == HeaderHint::People {
                self.surnames
            } else {
                0
            };
        // The values looked at stand for all the text cells.
        let scale = self.texts as f64 / self.name_judged as f64;
        let matched = (people as f64 * scale).round() as u64;
        let share = matched as f64 / self.count as f64;
        let places = self.places as f64 * scale / self.count as f64;
        (people > 0 && share >= hint.threshold() && places < 0.25).then_some(PersonalData {
            kind: PersonalKind::Name,
            share,
            matched,
            header_hint: hint == HeaderHint::People,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cells of every kind, with repeats that come back in other rows, spellings that
    /// differ only in case, surrounding spaces and U+FFFD.
    fn cells() -> Vec<String> {
        let base = [
            "Ja",
            "ja",
            "JA",
            "J",
            "Nej",
            "nej",
            "N",
            "Sant",
            "falskt",
            "1 234,50",
            "17,7",
            "0114",
            "123 45",
            "2024-01-31",
            "31/1/2024",
            "20240131",
            "12:30",
            "..",
            "-",
            "Anna Svensson",
            "Umeå",
            " Umeå ",
            "b\u{fffd}d",
            "anna@example.se",
            "070-123 45 67",
            "199001012384",
            "556036-0793",
            "Ö",
            "a",
            "zz",
            "−12,5 %",
        ];
        let mut out = Vec::new();
        for round in 0..7 {
            for (i, c) in base.iter().enumerate() {
                if (i + round) % 3 != 0 {
                    out.push((*c).to_owned());
                }
            }
            out.push(format!("värde {round}"));
        }
        out
    }

    #[test]
    fn compact_dates_after_other_cells_give_their_own_range() {
        let mut col = ColumnAcc::new("datum".into());
        for (row, c) in ["okänt", "20240131", "20240201", "20231224", "20240131"]
            .iter()
            .enumerate()
        {
            col.push(c, row as u64 + 2, false);
        }
        let (profile, range, _) = col.finish(0, &mut Vec::new());
        assert_eq!(profile.kind, ColumnType::Date);
        assert_eq!(profile.min, Some(Scalar::Text("2023-12-24".into())));
        assert_eq!(profile.max, Some(Scalar::Text("2024-02-01".into())));
        assert!(range.is_some());
    }

    #[test]
    fn remembered_values_give_the_same_profile_as_reading_every_cell() {
        for header in ["namn", "värde", "är aktiv"] {
            let mut memo = ColumnAcc::new(header.into());
            let mut fresh = ColumnAcc {
                no_memo: true,
                ..ColumnAcc::new(header.into())
            };
            for (row, c) in cells().iter().enumerate() {
                let row = row as u64 + 2;
                memo.push(c, row, true);
                fresh.push(c, row, true);
            }
            let (mut w1, mut w2) = (Vec::new(), Vec::new());
            assert_eq!(
                memo.finish(0, &mut w1),
                fresh.finish(0, &mut w2),
                "{header}"
            );
            assert_eq!(w1, w2, "{header}");
        }
    }
}
