//! The end of the document: "Nơi nhận" on the left, the signature block on the right.

use super::header::two_columns;
use super::runs::{formatted, line};
use super::styles::{RECIPIENTS, SIGNATURE};
use super::units::pt_to_twips;
use crate::layout::{recipient_lines, signature_lines, signature_space_pt};
use crate::model::Document;
use crate::rules::{mm_to_twips, RuleSet, TextFormat};
use docx_rs::{LineSpacing, Paragraph, SpecialIndentType, Table, TableCell, VAlignType};

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
        left = left
            .add_paragraph(kept(label(&r.label, &r.label_format).line_spacing(
                LineSpacing::new().after(pt_to_twips(r.label_space_after_pt)),
            )));
        let item = r.item_format();
        let hang = mm_to_twips(r.hang_mm) as i32;
        for l in &lines {
            let mut p = line(RECIPIENTS, l, &item);
            if hang > 0 {
                // The dash stays at the margin; wrapped lines start under the text.
                p = p.indent(
                    Some(hang),
                    Some(SpecialIndentType::Hanging(hang)),
                    None,
                    None,
                );
            }
            left = left.add_paragraph(kept(p));
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
    right = right.add_paragraph(kept(
        line(SIGNATURE, &sig.name, &s.name_format)
            .line_spacing(LineSpacing::new().before(pt_to_twips(signature_space_pt(rules)))),
    ));

    two_columns(rules, r.width_pct, left, right)
}

/// "Nơi nhận:" with the underline under the phrase only: the rule is "a solid line as long
/// as the phrase", and the colon is not part of it.
fn label(text: &str, format: &TextFormat) -> Paragraph {
    let p = Paragraph::new().style(RECIPIENTS);
    match text.strip_suffix(':') {
        Some(phrase) if format.underline => {
            let plain = TextFormat {
                underline: false,
                ..format.clone()
            };
            p.add_run(formatted(phrase, format))
                .add_run(formatted(":", &plain))
        }
        _ => p.add_run(formatted(text, format)),
    }
}
