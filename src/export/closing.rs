//! The end of the document: "Nơi nhận" on the left, the signature block on the right.

use super::header::two_columns;
use super::runs::{blank, line};
use super::styles::{RECIPIENTS, SIGNATURE};
use crate::layout::{recipient_lines, signature_lines};
use crate::model::Document;
use crate::rules::RuleSet;
use docx_rs::{Paragraph, Table, TableCell, VAlignType};

/// Every paragraph of the block keeps with the next, so Word keeps the (unsplittable)
/// row together with the body paragraphs that keep with it.
fn kept(p: Paragraph) -> Paragraph {
    p.keep_next(true)
}

pub fn closing_table(doc: &Document, rules: &RuleSet) -> Table {
    let r = &rules.recipients;
    let mut left = TableCell::new().vertical_align(VAlignType::Top);
    let lines = recipient_lines(&doc.recipients, &doc.archive, rules);
    if lines.is_empty() {
        left = left.add_paragraph(kept(Paragraph::new().style(RECIPIENTS)));
    } else {
        left = left.add_paragraph(kept(line(RECIPIENTS, &r.label, &r.label_format)));
        let item = r.item_format();
        for l in &lines {
            left = left.add_paragraph(kept(line(RECIPIENTS, l, &item)));
        }
    }

    let s = &rules.signature;
    let sig = signature_lines(doc, rules);
    let mut right = TableCell::new().vertical_align(VAlignType::Top);
    if let Some(authority) = &sig.authority {
        right = right.add_paragraph(kept(line(SIGNATURE, authority, &s.authority_format)));
    }
    if !sig.title.is_empty() {
        right = right.add_paragraph(kept(line(SIGNATURE, &sig.title, &s.title_format)));
    }
    for _ in 0..s.blank_lines {
        right = right.add_paragraph(kept(blank(SIGNATURE)));
    }
    right = right.add_paragraph(kept(line(SIGNATURE, &sig.name, &s.name_format)));

    two_columns(rules, r.width_pct, left, right)
}
