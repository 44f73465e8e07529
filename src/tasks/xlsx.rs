//! The table as an Excel workbook: a title, a bold bordered header row frozen above the
//! tasks, wrapped text in set column widths, deadlines as real dates (dd/mm/yyyy) where
//! the day is known, a filter on the header, printed landscape on A4 with the header
//! repeated on each page.

use super::{annex_reference, TaskRow, COLUMNS, TABLE_SIZE_PT, TITLE};
use crate::error::Error;
use crate::model::Document;
use crate::rules::RuleSet;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

/// Column widths, in Excel's character units, in the order of [`COLUMNS`].
const WIDTHS: [f64; 7] = [6.0, 50.0, 28.0, 28.0, 14.0, 32.0, 16.0];
/// The row of the column headings (0-based): under the title and the reference line.
pub const HEADER_ROW: u32 = 2;
/// Excel's paper size number for A4.
const PAPER_A4: u8 = 9;
/// The sheet's name on its tab (Excel allows 31 characters).
const SHEET_NAME: &str = "Theo dõi nhiệm vụ";
/// Red, for a task past its deadline.
const OVERDUE_RED: u32 = 0xC0_00_00;

/// The workbook's bytes.
pub fn workbook(rows: &[TaskRow], doc: &Document, rules: &RuleSet) -> Result<Vec<u8>, Error> {
    build(rows, doc, rules).map_err(|e| Error::Spreadsheet(reason(&e)))
}

/// What went wrong, in Vietnamese where the clerk can act on it.
fn reason(e: &XlsxError) -> String {
    match e {
        XlsxError::MaxStringLengthExceeded => {
            "một ô có hơn 32 767 ký tự, quá giới hạn của Excel: hãy rút gọn nhiệm vụ quá dài"
                .to_owned()
        }
        other => other.to_string(),
    }
}

fn build(rows: &[TaskRow], doc: &Document, rules: &RuleSet) -> Result<Vec<u8>, XlsxError> {
    let base = Format::new()
        .set_font_name(rules.font.as_str())
        .set_font_size(TABLE_SIZE_PT);
    let cell = base
        .clone()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let centred = cell.clone().set_align(FormatAlign::Center);
    let header = centred
        .clone()
        .set_bold()
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(Color::RGB(0xE7_E6_E6));
    let date = centred.clone().set_num_format("dd/mm/yyyy");
    let overdue = centred.clone().set_font_color(Color::RGB(OVERDUE_RED));
    let title = base
        .clone()
        .set_bold()
        .set_font_size(rules.title.subject.size_pt)
        .set_align(FormatAlign::Center);
    let reference = base.clone().set_italic().set_align(FormatAlign::Center);

    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(TITLE)
            .set_author(doc.issuer.name.trim()),
    );
    let sheet = book.add_worksheet();
    sheet.set_name(SHEET_NAME)?;
    let last_col = (COLUMNS.len() - 1) as u16;
    sheet.merge_range(0, 0, 0, last_col, TITLE, &title)?;
    sheet.merge_range(1, 0, 1, last_col, &annex_reference(doc, rules), &reference)?;
    for (col, (name, width)) in COLUMNS.iter().zip(WIDTHS).enumerate() {
        let col = col as u16;
        sheet.set_column_width(col, width)?;
        sheet.write_string_with_format(HEADER_ROW, col, *name, &header)?;
    }

    for (i, r) in rows.iter().enumerate() {
        let row = HEADER_ROW + 1 + i as u32;
        sheet.write_number_with_format(row, 0, r.number as f64, &centred)?;
        sheet.write_string_with_format(row, 1, &r.content, &cell)?;
        sheet.write_string_with_format(row, 2, &r.lead, &cell)?;
        sheet.write_string_with_format(row, 3, r.cooperating.join(";\n"), &cell)?;
        write_deadline(sheet, row, r, &centred, &date)?;
        sheet.write_string_with_format(row, 5, &r.assigned_by, &cell)?;
        let status = if r.status == super::Status::Overdue {
            &overdue
        } else {
            &centred
        };
        sheet.write_string_with_format(row, 6, r.status.label(), status)?;
    }

    let last_row = HEADER_ROW + rows.len() as u32;
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.autofilter(HEADER_ROW, 0, last_row, last_col)?;
    sheet
        .set_landscape()
        .set_paper_size(PAPER_A4)
        .set_print_fit_to_pages(1, 0)
        .set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    book.save_to_buffer()
}

/// A real date when the day is known and valid, else the text ("tháng 12/2026"); an
/// empty bordered cell when there is no deadline.
fn write_deadline(
    sheet: &mut Worksheet,
    row: u32,
    r: &TaskRow,
    text: &Format,
    date: &Format,
) -> Result<(), XlsxError> {
    let day = r.deadline.filter(|d| d.is_valid()).and_then(|d| {
        let (month, day) = (d.month?, d.day?);
        ExcelDateTime::from_ymd(d.year, month, day).ok()
    });
    match day {
        Some(when) => sheet.write_date_with_format(row, 4, &when, date)?,
        None => sheet.write_string_with_format(row, 4, r.deadline_text(), text)?,
    };
    Ok(())
}
