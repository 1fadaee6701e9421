//! The Excel export: an answer sheet written with `rust_xlsxwriter`.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

use super::labels::*;
use super::{answer_rows, columns, row};
use crate::Error;
use crate::select::Selection;
use crate::text::{Lang, Text};

fn err(e: XlsxError) -> Error {
    Error::Write(e.to_string())
}

/// The requirements as an Excel workbook: a sheet with one row per requirement, the
/// fields as columns plus empty columns for the supplier's answer and comment, and a
/// sheet with the buyer's answers.
pub fn xlsx(s: &Selection, lang: Lang) -> Result<Vec<u8>, Error> {
    s.require_complete()?;
    let l = |t: Text| t.get(lang);
    let mut book = Workbook::new();
    // A fixed creation date keeps the file reproducible, and needs no clock in wasm32.
    let created = ExcelDateTime::from_ymd(2026, 1, 1).map_err(err)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(l(TITLE))
            .set_creation_datetime(&created),
    );
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let sheet = book.add_worksheet();
    sheet.set_name(l(SHEET_REQUIREMENTS)).map_err(err)?;
    let mut cols: Vec<&str> = columns(lang);
    cols.push(l(ANSWER));
    cols.push(l(COMMENT));
    let widths = [
        8.0, 24.0, 8.0, 18.0, 28.0, 70.0, 45.0, 40.0, 40.0, 35.0, 30.0, 18.0, 30.0,
    ];
    for (c, name) in cols.iter().enumerate() {
        let c = c as u16;
        sheet
            .write_string_with_format(0, c, *name, &head)
            .map_err(err)?;
        sheet
            .set_column_width(c, widths.get(c as usize).copied().unwrap_or(20.0))
            .map_err(err)?;
    }
    let mut r: u32 = 1;
    for req in s.included() {
        for (c, value) in row(s, req, lang).iter().enumerate() {
            sheet
                .write_string_with_format(r, c as u16, value, &wrap)
                .map_err(err)?;
        }
        r += 1;
    }
    sheet.set_freeze_panes(1, 1).map_err(err)?;
    sheet
        .autofilter(0, 0, r.saturating_sub(1).max(1), (cols.len() - 1) as u16)
        .map_err(err)?;

    let answers = book.add_worksheet();
    answers.set_name(l(SHEET_ANSWERS)).map_err(err)?;
    answers
        .write_string_with_format(0, 0, l(QUESTION), &head)
        .map_err(err)?;
    answers
        .write_string_with_format(0, 1, l(GIVEN), &head)
        .map_err(err)?;
    answers.set_column_width(0, 70.0).map_err(err)?;
    answers.set_column_width(1, 30.0).map_err(err)?;
    for (i, (q, a)) in answer_rows(s, lang).iter().enumerate() {
        let i = i as u32 + 1;
        answers
            .write_string_with_format(i, 0, q, &wrap)
            .map_err(err)?;
        answers
            .write_string_with_format(i, 1, a, &wrap)
            .map_err(err)?;
    }
    book.save_to_buffer().map_err(err)
}
