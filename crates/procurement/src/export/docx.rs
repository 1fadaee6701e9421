//! The Word export: a requirements annex written with `docx-rs`.

use docx_rs::{
    AlignmentType, BreakType, Docx, LineSpacing, Paragraph, Run, RunFonts, Style, StyleType,
};

use super::labels::*;
use super::{kind_label, references_line};
use crate::Error;
use crate::select::Selection;
use crate::text::{Lang, Text};

/// Space after a body paragraph, in twentieths of a point.
const AFTER: u32 = 100;

fn para(text: &str) -> Paragraph {
    Paragraph::new()
        .line_spacing(LineSpacing::new().after(AFTER))
        .add_run(Run::new().add_text(text))
}

fn labelled(label: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .line_spacing(LineSpacing::new().after(AFTER))
        .add_run(Run::new().add_text(format!("{label}: ")).bold())
        .add_run(Run::new().add_text(text))
}

fn heading(level: usize, text: &str) -> Paragraph {
    let before = if level == 1 { 360 } else { 240 };
    Paragraph::new()
        .style(&format!("Heading{level}"))
        .line_spacing(LineSpacing::new().before(before).after(120))
        .add_run(Run::new().add_text(text))
}

/// The requirements as a Word document: a title page, an introduction on built-in
/// openness, one numbered section per area (Heading 1), and each requirement
/// (Heading 2: ID and title) with its kind, text, motive, verification, follow-up and
/// references.
pub fn docx(s: &Selection, lang: Lang) -> Result<Vec<u8>, Error> {
    s.require_complete()?;
    let l = |t: Text| t.get(lang);
    let mut doc = Docx::new()
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(22)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(56)
                .bold(),
        )
        .add_style(
            Style::new("Subtitle", StyleType::Paragraph)
                .name("Subtitle")
                .size(28)
                .italic(),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("Heading 1")
                .size(32)
                .bold()
                .color("1F3864")
                .outline_lvl(0),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("Heading 2")
                .size(26)
                .bold()
                .color("2F5496")
                .outline_lvl(1),
        );
    // Title page.
    doc = doc
        .add_paragraph(
            Paragraph::new()
                .style("Title")
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(2400).after(240))
                .add_run(Run::new().add_text(l(TITLE))),
        )
        .add_paragraph(
            Paragraph::new()
                .style("Subtitle")
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().after(720))
                .add_run(Run::new().add_text(l(SUBTITLE))),
        );
    if let Some(b) = &s.answers.buyer {
        doc = doc.add_paragraph(labelled(l(BUYER), b.trim()));
    }
    doc = doc
        .add_paragraph(labelled(l(PROCUREMENT), &kind_label(s, lang)))
        .add_paragraph(labelled(l(LICENCE), s.answers.licence_or_default().name()))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
    // Introduction.
    doc = doc.add_paragraph(heading(1, l(INTRO_HEADING)));
    for p in INTRO {
        doc = doc.add_paragraph(para(p.get(lang)));
    }
    for area in &s.areas {
        doc = doc
            .add_paragraph(heading(
                1,
                &format!("{}. {}", area.number, area.title.get(lang)),
            ))
            .add_paragraph(
                Paragraph::new().add_run(Run::new().add_text(area.summary.get(lang)).italic()),
            );
        let mut any = false;
        for r in area.requirements.iter().filter(|r| r.included) {
            any = true;
            doc = doc
                .add_paragraph(heading(2, &format!("{} {}", r.id, r.title.get(lang))))
                .add_paragraph(labelled(l(ID), &r.id))
                .add_paragraph(labelled(l(KIND), r.kind.label().get(lang)))
                .add_paragraph(labelled(l(TEXT), r.text.get(lang)))
                .add_paragraph(labelled(l(MOTIVE), r.motive.get(lang)))
                .add_paragraph(labelled(l(VERIFICATION), r.verification.get(lang)));
            if let Some(f) = &r.follow_up {
                doc = doc.add_paragraph(labelled(l(FOLLOW_UP), f.get(lang)));
            }
            doc = doc.add_paragraph(labelled(l(REFERENCES), &references_line(r, lang)));
        }
        if !any {
            doc = doc.add_paragraph(para(l(NONE_IN_AREA)));
        }
    }
    let mut buf = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut buf)
        .map_err(|e| Error::Write(e.to_string()))?;
    Ok(buf.into_inner())
}
