//! The exports: Markdown, JSON and CSV always; Word (`docx` feature) and Excel
//! (`xlsx` feature) when enabled, because those writers are heavy in wasm32.
//!
//! Every export contains the requirements that are [`Requirement::included`], in one
//! language, with the texts as edited.

use std::fmt::Write as _;

use crate::select::{Requirement, Selection};
use crate::text::{Lang, Text, tx};
use crate::{Error, QUESTIONS, QuestionId};

#[cfg(feature = "docx")]
mod docx;
#[cfg(feature = "xlsx")]
mod xlsx;

#[cfg(feature = "docx")]
pub use docx::docx;
#[cfg(feature = "xlsx")]
pub use xlsx::xlsx;

/// The file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Word (.docx).
    Docx,
    /// Excel (.xlsx).
    Xlsx,
    /// CSV, UTF-8 with BOM and `;`.
    Csv,
    /// Markdown.
    Markdown,
    /// JSON: the selection, to import and edit again.
    Json,
}

impl Format {
    /// Reads `docx`, `xlsx`, `csv`, `md` (or `markdown`) or `json`.
    pub fn parse(name: &str) -> Option<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "docx" | "word" => Some(Format::Docx),
            "xlsx" | "excel" => Some(Format::Xlsx),
            "csv" => Some(Format::Csv),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }

    /// The media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Csv => "text/csv; charset=utf-8",
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::Json => "application/json",
        }
    }
}

/// Fixed texts of the exports.
pub mod labels {
    use super::{Text, tx};

    /// The document's title.
    pub const TITLE: Text = tx(
        "Krav för inbyggd öppenhet",
        "Requirements for built-in openness",
    );
    /// Under the title.
    pub const SUBTITLE: Text = tx(
        "Bilaga till upphandlingsdokument: krav enligt DIGG:s sju kravområden för upphandling av data",
        "Annex to the procurement documents: requirements following DIGG's seven requirement areas for the procurement of data",
    );
    /// The introduction's heading.
    pub const INTRO_HEADING: Text = tx("Inbyggd öppenhet", "Built-in openness");
    /// The introduction.
    pub const INTRO: [Text; 3] = [
        tx(
            "Det mesta av en kommuns data finns i system, tjänster och rapporter som köps in. Ställs inga krav på rättigheter, format, åtkomst och dokumentation vid upphandlingen kan datan sällan delas eller publiceras senare; då ligger rättigheterna och formaten redan hos leverantören.",
            "Most of a municipality's data lives in systems, services and reports it buys. If the tender does not ask for rights, formats, access and documentation, the data can rarely be shared or published later: by then the rights and formats already lie with the supplier.",
        ),
        tx(
            "Kraven nedan bygger in möjligheten att dela data i upphandlingen, enligt EU:s öppna data-direktiv (2019/1024), lagen (2022:818) om den offentliga sektorns tillgängliggörande av data och DIGG:s rekommendationer för upphandling av data. De är ordnade efter DIGG:s sju kravområden. Varje krav har ett fast ID, en kravtyp, kravtext, motiv och hur leverantören visar att det uppfylls; särskilda kontraktsvillkor har dessutom uppföljning och påföljd.",
            "The requirements below build the possibility to share data into the purchase, following the EU open data directive (2019/1024), the Swedish Open Data Act (2022:818) and DIGG's recommendations for the procurement of data. They are ordered by DIGG's seven requirement areas. Each requirement has a fixed ID, a kind, the requirement text, a motive and how the supplier shows that it is met; special contract conditions also have follow-up and a sanction.",
        ),
        tx(
            "Kraven är framtagna med Datalots och ska anpassas av den som upphandlar. De är vägledning, inte juridisk rådgivning.",
            "The requirements were produced with Datalots and are to be adapted by the buyer. They are guidance, not legal advice.",
        ),
    ];
    /// Before the buyer's name.
    pub const BUYER: Text = tx("Upphandlande organisation", "Buying organisation");
    /// Before the kind of procurement.
    pub const PROCUREMENT: Text = tx("Upphandling av", "Procurement of");
    /// Before the licence.
    pub const LICENCE: Text = tx("Avsedd licens för data", "Intended licence for the data");
    /// Requirement ID.
    pub const ID: Text = tx("ID", "ID");
    /// Area.
    pub const AREA: Text = tx("Område", "Area");
    /// Consideration.
    pub const CONSIDERATION: Text = tx("Hänsyn", "Consideration");
    /// Requirement kind.
    pub const KIND: Text = tx("Kravtyp", "Kind");
    /// Title.
    pub const REQ_TITLE: Text = tx("Rubrik", "Title");
    /// Requirement text.
    pub const TEXT: Text = tx("Kravtext", "Requirement");
    /// Motive.
    pub const MOTIVE: Text = tx("Motiv", "Motive");
    /// Verification.
    pub const VERIFICATION: Text = tx("Verifiering", "Verification");
    /// Follow-up.
    pub const FOLLOW_UP: Text = tx("Uppföljning och påföljd", "Follow-up and sanction");
    /// References.
    pub const REFERENCES: Text = tx("Referenser", "References");
    /// Why chosen.
    pub const WHY: Text = tx("Varför valt", "Why chosen");
    /// The supplier's answer column of the answer sheet.
    pub const ANSWER: Text = tx("Leverantörens svar", "Supplier's answer");
    /// The supplier's comment column.
    pub const COMMENT: Text = tx("Kommentar / bilaga", "Comment / attachment");
    /// Sheet name for the requirements.
    pub const SHEET_REQUIREMENTS: Text = tx("Krav", "Requirements");
    /// Sheet name for the answers.
    pub const SHEET_ANSWERS: Text = tx("Svar", "Answers");
    /// Question column.
    pub const QUESTION: Text = tx("Fråga", "Question");
    /// Answer column of the answers sheet.
    pub const GIVEN: Text = tx("Svar", "Answer");
    /// An area with no requirement.
    pub const NONE_IN_AREA: Text = tx(
        "Inga krav valda i detta område.",
        "No requirements chosen in this area.",
    );
}

/// The kind of procurement as words.
pub fn kind_label(s: &Selection, lang: Lang) -> String {
    s.answers
        .kind
        .and_then(|k| {
            QUESTIONS[QuestionId::Kind as usize]
                .options
                .iter()
                .find(|o| o.value == k.id())
        })
        .map(|o| o.label.get(lang).to_owned())
        .unwrap_or_default()
}

/// Each answer as (question, answer) in words, in question order.
pub fn answer_rows(s: &Selection, lang: Lang) -> Vec<(String, String)> {
    let a = &s.answers;
    let yes_no = |b: Option<bool>| {
        b.map(|b| {
            let t = if b { tx("Ja", "Yes") } else { tx("Nej", "No") };
            t.get(lang).to_owned()
        })
    };
    QUESTIONS
        .iter()
        .filter_map(|q| {
            let v = match q.id {
                QuestionId::Kind => a.kind.map(|_| kind_label(s, lang)),
                QuestionId::Buyer => a.buyer.clone(),
                QuestionId::PublishesOnline => yes_no(a.publishes_online),
                QuestionId::PersonalData => yes_no(a.personal_data),
                QuestionId::HighValue => yes_no(a.high_value),
                QuestionId::RunningService => yes_no(a.running_service),
                QuestionId::ContractYears => a.contract_years.map(|n| n.to_string()),
                QuestionId::NoticeMonths => a.notice_months.map(|n| n.to_string()),
                QuestionId::Licence => Some(a.licence_or_default().name().to_owned()),
            }?;
            Some((q.text.get(lang).to_owned(), v))
        })
        .collect()
}

/// The references of a requirement as one line.
pub fn references_line(r: &Requirement, lang: Lang) -> String {
    r.references
        .iter()
        .map(|c| c.text.get(lang).to_owned())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The requirements as Markdown: a heading per area, a section per requirement.
pub fn markdown(s: &Selection, lang: Lang) -> Result<String, Error> {
    s.require_complete()?;
    use labels::*;
    let l = |t: Text| t.get(lang);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n\n{}\n", l(TITLE), l(SUBTITLE));
    if let Some(b) = &s.answers.buyer {
        let _ = writeln!(out, "- {}: {}", l(BUYER), b.trim());
    }
    let _ = writeln!(out, "- {}: {}", l(PROCUREMENT), kind_label(s, lang));
    let _ = writeln!(
        out,
        "- {}: {}\n",
        l(LICENCE),
        s.answers.licence_or_default().name()
    );
    let _ = writeln!(out, "## {}\n", l(INTRO_HEADING));
    for p in INTRO {
        let _ = writeln!(out, "{}\n", p.get(lang));
    }
    for area in &s.areas {
        let _ = writeln!(
            out,
            "## {}. {}\n\n{}\n",
            area.number,
            area.title.get(lang),
            area.summary.get(lang)
        );
        let mut any = false;
        for r in area.requirements.iter().filter(|r| r.included) {
            any = true;
            let _ = writeln!(out, "### {} {}\n", r.id, r.title.get(lang));
            let _ = writeln!(out, "- **{}:** {}", l(KIND), r.kind.label().get(lang));
            let _ = writeln!(out, "- **{}:** {}", l(CONSIDERATION), r.consideration);
            let _ = writeln!(out, "\n{}\n", r.text.get(lang));
            let _ = writeln!(out, "**{}:** {}\n", l(MOTIVE), r.motive.get(lang));
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                l(VERIFICATION),
                r.verification.get(lang)
            );
            if let Some(f) = &r.follow_up {
                let _ = writeln!(out, "**{}:** {}\n", l(FOLLOW_UP), f.get(lang));
            }
            let _ = writeln!(out, "**{}:** {}\n", l(REFERENCES), references_line(r, lang));
        }
        if !any {
            let _ = writeln!(out, "{}\n", l(NONE_IN_AREA));
        }
    }
    Ok(out)
}

/// The selection as JSON, to import and edit again ([`Selection::from_json`]).
pub fn json(s: &Selection) -> String {
    s.to_json()
}

/// The column headings of the CSV and Excel exports.
pub fn columns(lang: Lang) -> Vec<&'static str> {
    use labels::*;
    [
        ID,
        AREA,
        CONSIDERATION,
        KIND,
        REQ_TITLE,
        TEXT,
        MOTIVE,
        VERIFICATION,
        FOLLOW_UP,
        REFERENCES,
        WHY,
    ]
    .iter()
    .map(|t| t.get(lang))
    .collect()
}

/// One requirement as the values of [`columns`].
pub fn row(s: &Selection, r: &Requirement, lang: Lang) -> Vec<String> {
    let area = s
        .areas
        .iter()
        .find(|a| a.number == r.area)
        .map(|a| format!("{}. {}", a.number, a.title.get(lang)))
        .unwrap_or_else(|| r.area.to_string());
    vec![
        r.id.clone(),
        area,
        r.consideration.clone(),
        r.kind.label().get(lang).to_owned(),
        r.title.get(lang).to_owned(),
        r.text.get(lang).to_owned(),
        r.motive.get(lang).to_owned(),
        r.verification.get(lang).to_owned(),
        r.follow_up
            .as_ref()
            .map(|f| f.get(lang).to_owned())
            .unwrap_or_default(),
        references_line(r, lang),
        r.why
            .iter()
            .map(|w| w.get(lang))
            .collect::<Vec<_>>()
            .join(" "),
    ]
}

fn csv_field(out: &mut String, value: &str) {
    // RFC 4180 quoting. A field starting with = + - @ would be run as a formula by a
    // spreadsheet (CSV injection), so it gets a leading apostrophe, as OWASP advises.
    let needs_quotes = value.contains([';', '"', '\n', '\r']);
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if needs_quotes {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&value);
    }
}

/// The requirements as CSV for Swedish Excel: UTF-8 with a byte-order mark, `;`
/// between fields, CRLF between records, one row per requirement.
pub fn csv(s: &Selection, lang: Lang) -> Result<Vec<u8>, Error> {
    s.require_complete()?;
    let mut out = String::from("\u{feff}");
    let mut line = |fields: &[String]| {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(';');
            }
            csv_field(&mut out, f);
        }
        out.push_str("\r\n");
    };
    let head: Vec<String> = columns(lang).into_iter().map(str::to_owned).collect();
    line(&head);
    for r in s.included() {
        line(&row(s, r, lang));
    }
    Ok(out.into_bytes())
}

/// A file name for an export, e.g. `krav-oppenhet.docx`.
pub fn file_name(format: Format, lang: Lang) -> String {
    let stem = match lang {
        Lang::Sv => "krav-inbyggd-oppenhet",
        Lang::En => "requirements-built-in-openness",
    };
    format!("{stem}.{}", format.extension())
}
