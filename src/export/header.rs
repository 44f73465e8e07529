//! The first-page header table (issuer | motto and date) and the title block.

use super::runs::{formatted, line};
use super::styles::{BLOCK, SUBJECT, TITLE};
use super::units::pt_to_twips;
use crate::layout::measure;
use crate::layout::{date_line, is_author_line, number_line};
use crate::model::Document;
use crate::rules::{mm_to_twips, RuleSet, TextFormat};
use docx_rs::{
    LineSpacing, Paragraph, Table, TableCell, TableCellMargins, TableLayoutType, TableRow,
    WidthType,
};

/// Room left beside the right block's widest line when it is set flush right, so that a
/// word processor's own rounding of advances never wraps it: LibreOffice wrapped a date
/// line with 0.35 mm to spare. 85 twips = 1.5 mm, half of it on each side of the centred
/// line — not a layout choice, a tolerance.
const FLUSH_SLACK_TWIPS: u32 = 85;

/// Two borderless columns: issuer, "*" and number on the left; motto and date on the right.
pub fn header_table(doc: &Document, rules: &RuleSet) -> Table {
    let h = &rules.header;
    let mut left = TableCell::new();
    for upper in doc.issuer.upper.iter().filter(|s| !s.trim().is_empty()) {
        left = left.add_paragraph(line(BLOCK, upper.trim(), &h.upper));
    }
    left = left.add_paragraph(line(BLOCK, doc.issuer.name.trim(), &h.issuer));
    if !h.separator.is_empty() {
        left = left.add_paragraph(line(BLOCK, &h.separator, &h.separator_format));
    }
    left = left.add_paragraph(line(BLOCK, &number_line(doc, rules), &h.number));
    for mark in [
        doc.urgency.map(|u| u.printed()),
        doc.secrecy.map(|s| s.printed()),
    ]
    .into_iter()
    .flatten()
    {
        left = left.add_paragraph(line(BLOCK, mark, &h.marks));
    }

    let date = date_line(&doc.place, &doc.date, rules);
    let indent = right_indent(rules, &date);
    let mut right = TableCell::new();
    for m in &h.motto {
        right =
            right.add_paragraph(line(BLOCK, &m.text, &m.format).indent(indent, None, None, None));
    }
    right = right.add_paragraph(
        Paragraph::new()
            .style(BLOCK)
            .indent(indent, None, None, None)
            .line_spacing(LineSpacing::new().before(pt_to_twips(h.date_space_before_pt)))
            .add_run(formatted(&date, &h.date)),
    );

    two_columns(rules, h.left_width_pct, left, right)
}

/// The left indent that sets the right block flush with the right margin: the column's
/// width less the block's widest line (motto or date), so the centred lines share the
/// centre of that line. None when the rule set centres the block in its column, or the
/// widest line needs the whole column.
fn right_indent(rules: &RuleSet, date: &str) -> Option<i32> {
    let h = &rules.header;
    if !h.right_flush {
        return None;
    }
    let widest = h
        .motto
        .iter()
        .map(|m| measure::width_mm(&m.text, &m.format))
        .chain(std::iter::once(measure::width_mm(date, &h.date)))
        .fold(0.0, f32::max);
    let (_, column) = column_widths(rules, h.left_width_pct);
    let spare = column.saturating_sub(mm_to_twips(widest) + FLUSH_SLACK_TWIPS);
    (spare > 0).then_some(spare as i32)
}

/// Type name, subject lines and the "-----" line under them.
pub fn title_block(doc: &Document, rules: &RuleSet) -> Vec<Paragraph> {
    let t = &rules.title;
    let mut out = Vec::new();
    let name = doc.kind.printed_name();
    if !name.is_empty() {
        out.push(
            line(TITLE, name, &t.kind)
                .line_spacing(LineSpacing::new().after(pt_to_twips(t.kind_space_after_pt))),
        );
    }
    for subject in doc.subject.iter().filter(|s| !s.trim().is_empty()) {
        let caps = t.author_caps && is_author_line(subject);
        let format = TextFormat {
            caps: t.subject.caps || caps,
            ..t.subject.clone()
        };
        out.push(line(SUBJECT, subject.trim(), &format));
    }
    if !t.separator.is_empty() {
        let plain = crate::rules::TextFormat {
            bold: false,
            ..t.subject.clone()
        };
        out.push(
            line(SUBJECT, &t.separator, &plain).line_spacing(
                LineSpacing::new()
                    .before(0)
                    .after(pt_to_twips(t.space_after_pt)),
            ),
        );
    }
    out
}

/// The widths of the two columns, in twips: `left_pct` of the text width and the rest.
fn column_widths(rules: &RuleSet, left_pct: u32) -> (u32, u32) {
    let width = rules.text_width_twips();
    let left = width * left_pct.min(100) / 100;
    (left, width - left)
}

/// A borderless, fixed-width two-column table across the text width, in one row. The
/// cells have no side padding: text spans its column exactly, so the blocks line up with
/// the body's margins as on the guideline's pages.
pub fn two_columns(rules: &RuleSet, left_pct: u32, left: TableCell, right: TableCell) -> Table {
    let width = rules.text_width_twips() as usize;
    let (left_w, right_w) = column_widths(rules, left_pct);
    let (left_w, right_w) = (left_w as usize, right_w as usize);
    // One row that never splits across pages (the closing block stays whole).
    Table::without_borders(vec![TableRow::new(vec![
        left.width(left_w, WidthType::Dxa),
        right.width(right_w, WidthType::Dxa),
    ])
    .cant_split()])
    .set_grid(vec![left_w, right_w])
    .width(width, WidthType::Dxa)
    .margins(TableCellMargins::new().margin(0, 0, 0, 0))
    .layout(TableLayoutType::Fixed)
}
