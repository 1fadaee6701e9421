//! «Om filen»: what a file says about itself around its table — the lines before it
//! (SMHI's station, parameter and period blocks, an Excel report's title lines) and
//! the notes beside its first rows (SMHI's `Tidsutsnitt:`) — shown to the steward
//! ([`About`], in [`crate::view::ProfileView::about`] and `datalots profile`), and,
//! where they name a place or a period, offered for the metadata ([`area`],
//! [`period`]: `dcterms:spatial` and `dcterms:temporal`, as suggestions).
//!
//! csv-profile finds the lines and says which name a place or a period
//! ([`csv_profile::Profile::about`], [`csv_profile::AboutKind`]); this module words
//! them and decides what they give the metadata:
//!
//! - a place line whose value is a kommun (`Stationsnamn: Borås`) suggests that
//!   kommun's area: the publisher's own area (its `spatial` setting) when it is the
//!   publisher's kommun, else the kommun's IRI under the publisher's base address
//!   (`{base}/omrade/kommun-1490`);
//! - a place that is not a kommun (a station, coordinates, a län) is named, not
//!   mapped: the steward is told to give the area;
//! - the period lines' dates suggest the period when the table has no date column of
//!   its own (the table's dates are what it holds; a line such as «Uttagsdatum» is a
//!   date about the file, not the period it covers).
//!
//! **Invariant:** a value that looks like personal data (a personnummer, an e-mail
//! address, a phone number, a person's name) is masked in [`About`], as a column's
//! values are in the view.
//!
//! ```
//! use datalots::about::{About, period};
//!
//! let smhi = "Stationsnamn;Stationsnummer\nBorås;72450\n\n\
//!             Tidsperiod (fr.o.m);Tidsperiod (t.o.m)\n1961-01-01 00:00:00;2024-06-01 06:00:00\n\n\
//!             Tid (UTC);Lufttemperatur;Kvalitet;;Tidsutsnitt:\n\
//!             06:00:00;-1.2;G;;Kvalitetskontrollerade historiska data\n\
//!             12:00:00;0.4;G\n18:00:00;-0.6;G\n06:00:00;-2.4;G\n";
//! let p = datalots::csv_profile::profile_bytes(smhi.as_bytes())?;
//! let about = About::new(&p);
//! assert_eq!(about.lines[0].line, "Stationsnamn: Borås");
//! assert_eq!(about.notes[0].text.en, "Row 8, «Tidsutsnitt:»: Kvalitetskontrollerade historiska data");
//! // No date column: the period lines give the period.
//! assert_eq!(period(&p).map(|(r, _)| r.end), Some("2024-06-01".to_owned()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use csv_profile::places::{self, Kommun};
use csv_profile::{AboutEntry, AboutKind, ColumnType, DateRange, Profile};
use serde::Serialize;

use crate::publisher::Publisher;
use crate::text::Both;

/// One line about the file, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AboutLine {
    /// The label as the file writes it (`Stationsnamn`); empty for a title line.
    pub label: String,
    /// The values, as the file writes them (masked when they look like personal data).
    pub values: Vec<String>,
    /// The line as the file writes it: `Stationsnamn: Borås`.
    pub line: String,
    /// `place`, `period` or `other`.
    pub kind: String,
    /// What it names, when it is a place or a period: `plats` / `place`.
    pub kind_text: Option<Both>,
}

/// A note beside the table's first rows, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteLine {
    /// The row in the file (1-based).
    pub row: u64,
    /// The header above the notes (`Tidsutsnitt:`), or empty.
    pub label: String,
    /// The note (masked when it looks like personal data).
    pub note: String,
    /// The note with its row and label: `Rad 11, «Tidsutsnitt:»: …`.
    pub text: Both,
}

/// «Om filen»: the lines about the file and the notes beside its table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct About {
    /// The lines before the table, in file order.
    pub lines: Vec<AboutLine>,
    /// The notes beside the table's first rows.
    pub notes: Vec<NoteLine>,
}

impl About {
    /// The lines and notes of a profile, worded.
    pub fn new(p: &Profile) -> About {
        let lines: Vec<AboutLine> = p.about.iter().map(line).collect();
        let notes: Vec<NoteLine> = p
            .notes
            .iter()
            .map(|n| {
                let text = shown(&n.text);
                let label = if n.label.is_empty() {
                    String::new()
                } else {
                    format!(", «{}»", n.label)
                };
                NoteLine {
                    row: n.row,
                    label: n.label.clone(),
                    note: text.clone(),
                    text: Both::new(
                        format!("Rad {}{label}: {text}", n.row),
                        format!("Row {}{label}: {text}", n.row),
                    ),
                }
            })
            .collect();
        About { lines, notes }
    }

    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.notes.is_empty()
    }
}

impl AboutLine {
    /// The line with what it names, in one text: `Stationsnamn: Borås (plats)` /
    /// `… (place)` (what the profile view carries).
    pub fn text(&self) -> Both {
        match &self.kind_text {
            Some(k) => Both::new(
                format!("{} ({})", self.line, k.sv),
                format!("{} ({})", self.line, k.en),
            ),
            None => Both::same(self.line.clone()),
        }
    }
}

/// The mask shown instead of a personal-data value (in «Om filen» and, as
/// [`crate::view::mask`], in the profile view).
pub fn mask(kind: csv_profile::PersonalKind) -> &'static str {
    use csv_profile::PersonalKind as K;
    match kind {
        K::Personnummer | K::Samordningsnummer => "ÅÅÅÅMMDD-XXXX",
        K::Email => "•••@•••",
        K::Phone => "0XX-XXX XX XX",
        K::Name => "••••",
    }
}

/// A value as shown: masked when it looks like personal data ([`mask`]).
fn shown(value: &str) -> String {
    use csv_profile::PersonalKind as K;
    use csv_profile::identity::{self, Identity};
    let v = value.trim();
    let kind = match identity::classify(v) {
        Some(Identity::Personnummer) => Some(K::Personnummer),
        Some(Identity::Samordningsnummer) => Some(K::Samordningsnummer),
        Some(Identity::Email) => Some(K::Email),
        Some(Identity::Phone) => Some(K::Phone),
        _ if csv_profile::names::look(v) == csv_profile::names::NameLook::FullName => Some(K::Name),
        _ => None,
    };
    match kind {
        Some(k) => mask(k).to_owned(),
        None => value.to_owned(),
    }
}

fn line(a: &AboutEntry) -> AboutLine {
    let values: Vec<String> = a.values.iter().map(|v| shown(v)).collect();
    let joined = values.join(", ");
    let body = match (a.label.is_empty(), joined.is_empty()) {
        (true, _) => joined.clone(),
        (false, true) => a.label.clone(),
        (false, false) => format!("{}: {joined}", a.label),
    };
    let (kind, kind_text) = match a.kind {
        AboutKind::Place => ("place", Some(Both::new("plats", "place"))),
        AboutKind::Period => ("period", Some(Both::same("period"))),
        AboutKind::Other => ("other", None),
    };
    AboutLine {
        label: a.label.clone(),
        values,
        line: body,
        kind: kind.to_owned(),
        kind_text,
    }
}

/// The line as the file writes it, for a note: `«Stationsnamn: Borås»`.
fn quoted(a: &AboutEntry) -> String {
    if a.label.is_empty() {
        format!("«{}»", a.values.join(", "))
    } else {
        format!("«{}: {}»", a.label, a.values.join(", "))
    }
}

/// What the lines about the file say of the area the data covers.
#[derive(Debug, Clone, PartialEq)]
pub enum Named<'a> {
    /// A kommun, by its name (`Stationsnamn: Borås`).
    Kommun {
        /// The kommun (SCB's code and name).
        kommun: &'static Kommun,
        /// The line that names it.
        line: &'a AboutEntry,
    },
    /// Places that are not kommuner (a station, coordinates, a län): named, not mapped.
    Other(Vec<&'a AboutEntry>),
}

/// The area the lines about the file name: the first kommun among the place lines'
/// values, else the place lines themselves; `None` when no line names a place.
pub fn named_area(p: &Profile) -> Option<Named<'_>> {
    let lines: Vec<&AboutEntry> = p.about_places().collect();
    for line in &lines {
        if let Some(kommun) = line.values.iter().find_map(|v| places::kommun_by_name(v)) {
            return Some(Named::Kommun { kommun, line });
        }
    }
    (!lines.is_empty()).then_some(Named::Other(lines))
}

/// An area for `dcterms:spatial` and why it is suggested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaSuggestion {
    /// The area's IRI.
    pub iri: String,
    /// The kommun's name and code.
    pub label: Both,
    /// Where it came from and what to check.
    pub note: Both,
}

/// The area suggested by the lines about the file, when they name a kommun: the
/// publisher's own area (its `spatial` setting) when it is the publisher's kommun
/// (`kommunkod`), else the kommun's area under the base address
/// ([`crate::publisher::kommun_area_iri`]). `None` when they name no kommun ([`named_area`] says what
/// they name instead).
pub fn area(p: &Profile, publisher: &Publisher) -> Option<AreaSuggestion> {
    let Named::Kommun { kommun: k, line } = named_area(p)? else {
        return None;
    };
    let own = publisher.kommunkod.as_deref() == Some(k.code);
    let (iri, sv, en) = match (&publisher.spatial, own) {
        (Some(area), true) => (
            area.clone(),
            "utgivarens kommun: området från utgivarinställningarna",
            "the publisher's municipality: the area from the publisher settings",
        ),
        _ => (
            crate::publisher::kommun_area_iri(&publisher.base_uri, k).ok()?,
            "kommunens område under utgivarens basadress",
            "the municipality's area under the publisher's base address",
        ),
    };
    let line = quoted(line);
    Some(AreaSuggestion {
        iri,
        label: Both::new(
            format!("{}, kommun {}", k.name, k.code),
            format!("{} Municipality ({})", k.name, k.code),
        ),
        note: Both::new(
            format!(
                "raden {line} i filen namnger kommunen {} ({}): {sv}; ange ett mindre område om uppgifterna gäller en del av kommunen",
                k.name, k.code
            ),
            format!(
                "the line {line} in the file names the municipality {} ({}): {en}; give a smaller area if the data covers part of it",
                k.name, k.code
            ),
        ),
    })
}

/// What to tell the steward when the lines about the file name places that are not
/// kommuner: the lines, and to give the area.
pub fn other_places_notice(p: &Profile) -> Option<Both> {
    let Named::Other(lines) = named_area(p)? else {
        return None;
    };
    let list: Vec<String> = lines.iter().map(|l| quoted(l)).collect();
    let list = list.join(", ");
    Some(Both::new(
        format!(
            "Filen namnger en plats som inte är en kommun ({list}): ange området uppgifterna gäller (dcterms:spatial), t.ex. kommunen den ligger i."
        ),
        format!(
            "The file names a place that is not a municipality ({list}): give the area the data covers (dcterms:spatial), e.g. the municipality it lies in."
        ),
    ))
}

/// The period the lines about the file name, with a note, when the table has no date
/// or date-time column of its own (then its dates are the period).
pub fn period(p: &Profile) -> Option<(DateRange, Both)> {
    let dated = p
        .columns
        .iter()
        .any(|c| matches!(c.kind, ColumnType::Date | ColumnType::Datetime));
    if dated || p.date_range.is_some() {
        return None;
    }
    let range = p.about_period()?;
    let lines: Vec<String> = p
        .about
        .iter()
        .filter(|a| a.kind == AboutKind::Period)
        .map(quoted)
        .collect();
    let lines = lines.join(", ");
    let note = Both::new(
        format!(
            "från raderna om filen {lines}: {} till {}",
            range.start, range.end
        ),
        format!(
            "from the lines about the file {lines}: {} to {}",
            range.start, range.end
        ),
    );
    Some((range, note))
}

#[cfg(test)]
mod tests {
    use super::*;
    use csv_profile::profile_bytes;

    fn smhi() -> Profile {
        let bytes = include_bytes!("../../csv-profile/tests/data/sniff/smhi_blocks.csv");
        profile_bytes(bytes).unwrap()
    }

    fn publisher(extra: &str) -> Publisher {
        Publisher::from_toml(
            &format!(
                "name = \"Exempelby kommun\"\norganisation_number = \"212000-0000\"\npublisher_type = \"LocalAuthority\"\nemail = \"a@exempelby.se\"\nbase_uri = \"https://data.exempelby.se\"\n{extra}"
            ),
            "p.toml",
        )
        .unwrap()
    }

    #[test]
    fn smhis_blocks_are_lines_about_the_file_and_its_notes_are_notes() {
        let about = About::new(&smhi());
        let texts: Vec<&str> = about.lines.iter().map(|l| l.line.as_str()).collect();
        assert_eq!(texts.len(), 12, "{texts:?}");
        assert_eq!(texts[0], "Stationsnamn: Borås");
        assert!(
            texts.contains(&"Tidsperiod (fr.o.m): 1961-01-01 00:00:00"),
            "{texts:?}"
        );
        assert!(texts.contains(&"Enhet: degree celsius"), "{texts:?}");
        assert_eq!(about.lines[0].kind, "place");
        assert_eq!(about.lines[0].kind_text.as_ref().unwrap().en, "place");
        let unit = about.lines.iter().find(|l| l.label == "Enhet").unwrap();
        assert_eq!((unit.kind.as_str(), &unit.kind_text), ("other", &None));
        assert_eq!(about.notes.len(), 7);
        assert_eq!(
            about.notes[0].text.sv,
            "Rad 11, «Tidsutsnitt:»: Kvalitetskontrollerade historiska data (utom de senaste 3 mån)"
        );
        // The profile view carries them worded, before the columns.
        let view = crate::view::ProfileView::new(&smhi());
        assert_eq!(
            view.about[0],
            Both::new("Stationsnamn: Borås (plats)", "Stationsnamn: Borås (place)")
        );
        assert_eq!(view.about.len(), 12);
        assert_eq!(
            view.notes[1].en,
            "Row 12, «Tidsutsnitt:»: Tidsperiod (fr.o.m.) = 1961-01-01 00:00:00 (UTC)"
        );
        // A plain file has nothing to say about itself.
        let plain = About::new(&profile_bytes(b"a;b\n1;2\n3;4\n").unwrap());
        assert!(plain.is_empty());
    }

    #[test]
    fn personal_data_in_the_lines_is_masked() {
        let csv = "Rapport över besök\nHandläggare;Johan Nilsson\nKontakt;johan.nilsson@exempelby.se\nPersonnummer;19811218-9876\nKommun;Borås\n\nplats;antal;andel;typ\nA;1;0,5;x\nB;2;1,5;y\nC;3;2,5;z\nD;4;3,5;w\nE;5;4,5;v\n";
        let p = profile_bytes(csv.as_bytes()).unwrap();
        let json = serde_json::to_string(&About::new(&p)).unwrap();
        assert!(json.contains("Borås"), "{json}");
        for leak in ["Johan", "Nilsson", "johan.nilsson", "19811218", "9876"] {
            assert!(!json.contains(leak), "{leak} in {json}");
        }
        assert!(json.contains("ÅÅÅÅMMDD-XXXX"), "{json}");
    }

    #[test]
    fn a_kommun_named_in_the_lines_is_its_area_and_another_place_is_said() {
        let p = smhi();
        // Borås is not the publisher's kommun: its area under the base address.
        let a = area(&p, &publisher("")).unwrap();
        assert_eq!(a.iri, "https://data.exempelby.se/omrade/kommun-1490");
        assert_eq!(a.label.sv, "Borås, kommun 1490");
        assert!(
            a.note
                .sv
                .starts_with("raden «Stationsnamn: Borås» i filen namnger kommunen Borås (1490)"),
            "{}",
            a.note.sv
        );
        // The publisher's own kommun: its own area from the settings.
        let own = publisher("kommunkod = \"1490\"\nspatial = \"http://sws.geonames.org/2720501\"");
        let a = area(&p, &own).unwrap();
        assert_eq!(a.iri, "http://sws.geonames.org/2720501");
        assert!(
            a.note.en.contains("the publisher's municipality"),
            "{}",
            a.note.en
        );
        assert_eq!(other_places_notice(&p), None);
        // A station that is no kommun's name: named, not mapped.
        let abisko = String::from_utf8(
            include_bytes!("../../csv-profile/tests/data/sniff/smhi_blocks.csv").to_vec(),
        )
        .unwrap()
        .replacen("Borås;72450", "Abisko Aut;188790", 1);
        let p = profile_bytes(abisko.as_bytes()).unwrap();
        assert_eq!(area(&p, &publisher("")), None);
        let n = other_places_notice(&p).unwrap();
        assert!(n.sv.contains("«Stationsnamn: Abisko Aut»"), "{}", n.sv);
        assert!(
            n.en.contains("«Latitud (decimalgrader): 57.7185»"),
            "{}",
            n.en
        );
        // No place lines at all: nothing.
        let plain = profile_bytes(b"a;b\n1;2\n3;4\n").unwrap();
        assert!(named_area(&plain).is_none() && other_places_notice(&plain).is_none());
    }

    #[test]
    fn the_lines_give_the_period_only_when_the_table_has_no_dates() {
        // SMHI's table has a date column: its dates are the period, not the lines'.
        assert_eq!(period(&smhi()), None);
        let report = "Antal besök per bibliotek\nPeriod;2023-01-01;2023-12-31\n\nbibliotek;besök;lån\nHuvudbiblioteket;120 400;88 000\nFilial Norr;30 200;21 000\nFilial Syd;18 500;9 800\nBokbussen;4 100;3 900\n";
        let p = profile_bytes(report.as_bytes()).unwrap();
        let (range, note) = period(&p).unwrap();
        assert_eq!(
            (range.start.as_str(), range.end.as_str()),
            ("2023-01-01", "2023-12-31")
        );
        assert_eq!(
            note.sv,
            "från raderna om filen «Period: 2023-01-01, 2023-12-31»: 2023-01-01 till 2023-12-31"
        );
    }
}
