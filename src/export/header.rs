//! The first-page header table (issuer | motto and date) and the title block.

use super::runs::{formatted, line};
use super::styles::{BLOCK, SUBJECT, TITLE};
use super::units::pt_to_twips;
use crate::layout::{date_line, number_line};
use crate::model::Document;
use crate::rules::RuleSet;
use docx_rs::{LineSpacing, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType};

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

    let mut right = TableCell::new();
    for m in &h.motto {
        right = right.add_paragraph(line(BLOCK, &m.text, &m.format));
    }
    right = right.add_paragraph(
        Paragraph::new()
            .style(BLOCK)
            .line_spacing(LineSpacing::new().before(pt_to_twips(h.date_space_before_pt)))
            .add_run(formatted(&date_line(&doc.place, &doc.date, rules), &h.date)),
    );

    two_columns(rules, h.left_width_pct, left, right)
}

/// Type name, subject lines and the "-----" line under them.
pub fn title_block(doc: &Document, rules: &RuleSet) -> Vec<Paragraph> {
    let t = &rules.title;
    let mut out = Vec::new();
    let name = doc.kind.printed_name();
    if !name.is_empty() {
        out.push(line(TITLE, name, &t.kind));
    }
    for subject in doc.subject.iter().filter(|s| !s.trim().is_empty()) {
        out.push(line(SUBJECT, subject.trim(), &t.subject));
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

/// A borderless, fixed-width two-column table across the text width, in one row.
pub fn two_columns(rules: &RuleSet, left_pct: u32, left: TableCell, right: TableCell) -> Table {
    let width = rules.text_width_twips() as usize;
    let left_w = width * left_pct.min(100) as usize / 100;
    let right_w = width - left_w;
    // One row that never splits across pages (the closing block stays whole).
    Table::without_borders(vec![TableRow::new(vec![
        left.width(left_w, WidthType::Dxa),
        right.width(right_w, WidthType::Dxa),
    ])
    .cant_split()])
    .set_grid(vec![left_w, right_w])
    .width(width, WidthType::Dxa)
    .layout(TableLayoutType::Fixed)
}
