//! The end of the document: "Nơi nhận" on the left, the signature block on the right.

use super::esign::{self, Electronic};
use super::header::{column_widths, columns_table, Row};
use super::runs::{formatted, line};
use super::styles::{RECIPIENTS, SIGNATURE};
use super::units::pt_to_twips;
use crate::layout::parts::drafter_line;
use crate::layout::{recipient_lines, signature_space_pt, signer_lines};
use crate::model::{Document, Signature, SignerPlace};
use crate::rules::{mm_to_twips, RuleSet, TextFormat};
/// Twips and millimetres in an inch: a unit conversion, not a layout choice.
const TWIPS_PER_INCH: f32 = 1440.0;
const MM_PER_INCH: f32 = 25.4;

use docx_rs::{LineSpacing, Paragraph, SpecialIndentType, Table, TableCell, VAlignType};

/// Every paragraph of the block keeps with the next, so Word keeps the (unsplittable)
/// row together with the body paragraphs that keep with it.
fn kept(p: Paragraph) -> Paragraph {
    p.keep_next(true)
}

/// `electronic`: the images of the electronic version, in the main signer's block.
pub fn closing_table(doc: &Document, rules: &RuleSet, electronic: Option<&Electronic>) -> Table {
    let r = &rules.recipients;
    let recipients = recipient_lines(&doc.recipients, &doc.archive, rules);
    let drafter = drafter_line(doc, rules);
    let left_signer = doc.cosigners.iter().find(|c| c.place == SignerPlace::Left);
    let marks = electronic.map(|e| {
        let (_, right_w) = column_widths(rules, r.width_pct);
        (e, right_w as f32 * MM_PER_INCH / TWIPS_PER_INCH)
    });
    let right = signer_cell(&doc.signature, "", marks, rules);
    let mut rows = Vec::new();
    // 05-HD p. 22: the one chiefly responsible signs on the right, another signer on the
    // left where "Nơi nhận" stands otherwise; a confirmation centred under both, and the
    // list of recipients, if any, under all of them.
    match left_signer {
        Some(c) => rows.push(Row::pair(
            signer_cell(&c.signature, &c.lead, None, rules),
            right,
        )),
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
        rows.push(Row::across(signer_cell(&c.signature, &c.lead, None, rules)));
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
/// authority or role, the title, the room for the signature and seal, the name. With
/// `electronic` (the images and the cell's width in mm), the images float from the line
/// right above the name.
fn signer_cell(
    signature: &Signature,
    lead: &str,
    electronic: Option<(&Electronic, f32)>,
    rules: &RuleSet,
) -> TableCell {
    let s = &rules.signature;
    let sig = signer_lines(signature, rules);
    // (paragraph, its text size): the last one before the name carries the images.
    let mut lines: Vec<(Paragraph, f32)> = Vec::new();
    if !lead.trim().is_empty() {
        lines.push((
            line(SIGNATURE, lead.trim(), &s.lead_format)
                .line_spacing(LineSpacing::new().before(pt_to_twips(s.lead_space_before_pt))),
            s.lead_format.size_pt,
        ));
    }
    if let Some(authority) = &sig.authority {
        lines.push((
            line(SIGNATURE, authority, &s.authority_format),
            s.authority_format.size_pt,
        ));
    }
    // A "kiêm" block prints both posts bold, the word between them plain.
    let title_format = match sig.concurrent {
        Some(_) => &s.concurrent_format,
        None => &s.title_format,
    };
    if !sig.title.is_empty() {
        lines.push((
            line(SIGNATURE, &sig.title, title_format),
            title_format.size_pt,
        ));
    }
    if let Some((word, post)) = &sig.concurrent {
        let lower = TextFormat {
            caps: false,
            ..s.title_format.clone()
        };
        lines.push((line(SIGNATURE, word, &lower), lower.size_pt));
        lines.push((line(SIGNATURE, post, title_format), title_format.size_pt));
    }
    if let Some((e, width_mm)) = electronic {
        if let Some((last, size)) = lines.pop() {
            let with_marks = esign::runs(e, width_mm, size, rules)
                .into_iter()
                .fold(last, Paragraph::add_run);
            lines.push((with_marks, size));
        }
    }
    let cell = lines.into_iter().fold(
        TableCell::new().vertical_align(VAlignType::Top),
        |c, (p, _)| c.add_paragraph(kept(p)),
    );
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
