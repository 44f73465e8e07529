//! The first-page header table (issuer | motto and date) and the title block.

use super::runs::{formatted, line};
use super::styles::{BLOCK, SUBJECT, TITLE};
use super::units::pt_to_twips;
use crate::layout::parts::{draft_line, subject_in_header, theme_block};
use crate::layout::{date_line, number_line, right_block_indent_mm, subject_format};
use crate::model::Document;
use crate::rules::{mm_to_twips, RuleSet};
use docx_rs::{
    LineSpacing, Paragraph, Table, TableCell, TableCellMargins, TableLayoutType, TableRow,
    WidthType,
};

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
    let parts = &rules.parts;
    if let Some(draft) = draft_line(doc, rules) {
        left = left.add_paragraph(line(BLOCK, &draft, &parts.marks.draft_format));
    }
    if subject_in_header(doc, rules) {
        for subject in doc
            .subject
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
        {
            left = left.add_paragraph(line(BLOCK, subject, &parts.letter_subject));
        }
    }
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
    let indent = match right_block_indent_mm(doc, rules) {
        mm if mm > 0.0 => Some(mm_to_twips(mm) as i32),
        _ => None,
    };
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

/// Type name, subject lines and the "-----" line under them.
pub fn title_block(doc: &Document, rules: &RuleSet) -> Vec<Paragraph> {
    let t = &rules.title;
    let mut out = Vec::new();
    let name = doc.kind.printed_name();
    let theme = theme_block(doc);
    if let Some((theme, subject)) = &theme {
        // A congress's theme stands where the type name does, the first line with the
        // title's space before; the subject follows in brackets.
        let p = &rules.parts;
        out.extend(theme.iter().enumerate().map(|(i, l)| match i {
            0 => line(TITLE, l, &p.theme_format),
            _ => line(TITLE, l, &p.theme_format).line_spacing(LineSpacing::new().before(0)),
        }));
        // In the block style: the subject style's bold would show through.
        out.extend(subject.iter().map(|l| {
            line(BLOCK, l, &p.theme_subject_format).align(docx_rs::AlignmentType::Center)
        }));
    } else if !name.is_empty() {
        out.push(
            line(TITLE, name, &t.kind)
                .line_spacing(LineSpacing::new().after(pt_to_twips(t.kind_space_after_pt))),
        );
    }
    let subjects = if subject_in_header(doc, rules) || theme.is_some() {
        &[][..]
    } else {
        &doc.subject[..]
    };
    for (i, subject) in subjects.iter().filter(|s| !s.trim().is_empty()).enumerate() {
        out.push(line(
            SUBJECT,
            subject.trim(),
            &subject_format(i, subject, rules),
        ));
    }
    // A công văn has neither type name nor subject here, and so no line under them.
    if !t.separator.is_empty() && !out.is_empty() {
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
pub(crate) fn column_widths(rules: &RuleSet, left_pct: u32) -> (u32, u32) {
    let width = rules.text_width_twips();
    let left = width * left_pct.min(100) / 100;
    (left, width - left)
}

/// A borderless, fixed-width two-column table across the text width, in one row. The
/// cells have no side padding: text spans its column exactly, so the blocks line up with
/// the body's margins as on the guideline's pages.
pub fn two_columns(rules: &RuleSet, left_pct: u32, left: TableCell, right: TableCell) -> Table {
    columns_table(rules, left_pct, vec![Row::pair(left, right)])
}

/// A row of a borderless two-column table: a cell per column, or one cell across both.
pub struct Row {
    first: TableCell,
    /// The right column's cell; `None` for a cell across both columns.
    second: Option<TableCell>,
}

impl Row {
    pub fn pair(left: TableCell, right: TableCell) -> Row {
        Row {
            first: left,
            second: Some(right),
        }
    }

    pub fn across(cell: TableCell) -> Row {
        Row {
            first: cell,
            second: None,
        }
    }
}

/// A borderless table of two columns, `left_pct` of the text width on the left; no row
/// splits across pages (the closing block stays whole).
pub fn columns_table(rules: &RuleSet, left_pct: u32, rows: Vec<Row>) -> Table {
    let width = rules.text_width_twips() as usize;
    let (left_w, right_w) = column_widths(rules, left_pct);
    let (left_w, right_w) = (left_w as usize, right_w as usize);
    let rows = rows
        .into_iter()
        .map(|r| {
            let cells = match r.second {
                Some(right) => vec![
                    r.first.width(left_w, WidthType::Dxa),
                    right.width(right_w, WidthType::Dxa),
                ],
                None => vec![r.first.width(left_w + right_w, WidthType::Dxa).grid_span(2)],
            };
            TableRow::new(cells).cant_split()
        })
        .collect();
    Table::without_borders(rows)
        .set_grid(vec![left_w, right_w])
        .width(width, WidthType::Dxa)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
        .layout(TableLayoutType::Fixed)
}
