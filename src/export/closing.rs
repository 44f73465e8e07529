//! The end of the document: "Nơi nhận" on the left, the signature block on the right.

use super::header::{columns_table, Row};
use super::runs::{formatted, line};
use super::styles::{RECIPIENTS, SIGNATURE};
use super::units::pt_to_twips;
use crate::layout::parts::drafter_line;
use crate::layout::{recipient_lines, signature_space_pt, signer_lines};
use crate::model::{Document, Signature, SignerPlace};
use crate::rules::{mm_to_twips, RuleSet, TextFormat};
use docx_rs::{LineSpacing, Paragraph, SpecialIndentType, Table, TableCell, VAlignType};

/// Every paragraph of the block keeps with the next, so Word keeps the (unsplittable)
/// row together with the body paragraphs that keep with it.
fn kept(p: Paragraph) -> Paragraph {
    p.keep_next(true)
}

pub fn closing_table(doc: &Document, rules: &RuleSet) -> Table {
    let r = &rules.recipients;
    let recipients = recipient_lines(&doc.recipients, &doc.archive, rules);
    let drafter = drafter_line(doc, rules);
    let left_signer = doc.cosigners.iter().find(|c| c.place == SignerPlace::Left);
    let right = signer_cell(&doc.signature, "", rules);
    let mut rows = Vec::new();
    // 05-HD p. 22: the one chiefly responsible signs on the right, another signer on the
    // left where "Nơi nhận" stands otherwise; a confirmation centred under both, and the
    // list of recipients, if any, under all of them.
    match left_signer {
        Some(c) => rows.push(Row::pair(signer_cell(&c.signature, &c.lead, rules), right)),
        None => rows.push(Row::pair(
            recipients_cell(&recipients, drafter.as_deref(), 0.0, rules),
            right,
        )),
    }
    for c in doc
        .cosigners
        .iter()
        .filter(|c| c.place == SignerPlace::Centred)
    {
        rows.push(Row::across(signer_cell(&c.signature, &c.lead, rules)));
    }
    if left_signer.is_some() && !recipients.is_empty() {
        rows.push(Row::pair(
            recipients_cell(
                &recipients,
                drafter.as_deref(),
                rules.signature.lead_space_before_pt,
                rules,
            ),
            TableCell::new().add_paragraph(Paragraph::new().style(SIGNATURE)),
        ));
    }
    columns_table(rules, r.width_pct, rows)
}

/// "Nơi nhận:", its lines, and the drafter's code with the number of copies under them;
/// `space_before` above the label (a line's room under the signers' names).
fn recipients_cell(
    lines: &[String],
    drafter: Option<&str>,
    space_before: f32,
    rules: &RuleSet,
) -> TableCell {
    let r = &rules.recipients;
    let mut left = TableCell::new().vertical_align(VAlignType::Top);
    if lines.is_empty() {
        return left.add_paragraph(kept(Paragraph::new().style(RECIPIENTS)));
    }
    left = left.add_paragraph(kept(
        label(&r.label, &r.label_format).line_spacing(
            LineSpacing::new()
                .before(pt_to_twips(space_before))
                .after(pt_to_twips(r.label_space_after_pt)),
        ),
    ));
    let item = r.item_format();
    let hang = mm_to_twips(r.hang_mm) as i32;
    for l in lines {
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
    if let Some(d) = drafter {
        left = left.add_paragraph(kept(line(RECIPIENTS, d, &rules.parts.marks.drafter_format)));
    }
    left
}

/// A signer's block: the lead line ("Xác nhận chữ ký của đồng chí …") if any, the
/// authority or role, the title, the room for the signature and seal, the name.
fn signer_cell(signature: &Signature, lead: &str, rules: &RuleSet) -> TableCell {
    let s = &rules.signature;
    let sig = signer_lines(signature, rules);
    let mut cell = TableCell::new().vertical_align(VAlignType::Top);
    if !lead.trim().is_empty() {
        cell = cell.add_paragraph(kept(
            line(SIGNATURE, lead.trim(), &s.lead_format)
                .line_spacing(LineSpacing::new().before(pt_to_twips(s.lead_space_before_pt))),
        ));
    }
    if let Some(authority) = &sig.authority {
        cell = cell.add_paragraph(kept(line(SIGNATURE, authority, &s.authority_format)));
    }
    // A "kiêm" block prints both posts bold, the word between them plain.
    let title_format = match sig.concurrent {
        Some(_) => &s.concurrent_format,
        None => &s.title_format,
    };
    if !sig.title.is_empty() {
        cell = cell.add_paragraph(kept(line(SIGNATURE, &sig.title, title_format)));
    }
    if let Some((word, post)) = &sig.concurrent {
        let lower = TextFormat {
            caps: false,
            ..s.title_format.clone()
        };
        cell = cell.add_paragraph(kept(line(SIGNATURE, word, &lower)));
        cell = cell.add_paragraph(kept(line(SIGNATURE, post, title_format)));
    }
    cell.add_paragraph(kept(
        line(SIGNATURE, &sig.name, &s.name_format)
            .line_spacing(LineSpacing::new().before(pt_to_twips(signature_space_pt(rules)))),
    ))
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
