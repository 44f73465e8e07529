//! The end of the document as the export writes it (`export::closing`, `export::parts`,
//! `export::appendix`): the closing table, the media mark, the appendices.

use super::flow::{Block, Cell, Flow, Frame, Para, Table};
use super::front::{cell, hairline, two_columns};
use super::text::appendix_text;
use crate::layout::parts::{appendix_heading, drafter_line};
use crate::layout::{measure, recipient_lines, signature_space_pt, signer_lines};
use crate::model::{Document, Signature, SignerPlace};
use crate::rules::{Align, LineRule, RuleSet, TextFormat};

/// The empty paragraph of exactly the signature's space before it, kept with the table.
pub fn spacer(rules: &RuleSet) -> Para {
    let mut p = Para::block(rules.body.size_pt).kept();
    p.line = Some(LineRule::Exact(rules.signature.space_before_pt));
    p
}

pub fn closing_table(doc: &Document, rules: &RuleSet) -> Table {
    let recipients = recipient_lines(&doc.recipients, &doc.archive, rules);
    let drafter = drafter_line(doc, rules);
    let left_signer = doc.cosigners.iter().find(|c| c.place == SignerPlace::Left);
    let right = signer_cell(&doc.signature, "", rules);
    // Only the main signer's block takes the electronic marks.
    let unmarked = |c: Cell| Cell { signer: None, ..c };
    let mut rows = Vec::new();
    match left_signer {
        Some(c) => rows.push(vec![
            unmarked(signer_cell(&c.signature, &c.lead, rules)),
            right,
        ]),
        None => rows.push(vec![
            recipients_cell(&recipients, drafter.as_deref(), 0.0, rules),
            right,
        ]),
    }
    for c in doc
        .cosigners
        .iter()
        .filter(|c| c.place == SignerPlace::Centred)
    {
        let mut across = unmarked(signer_cell(&c.signature, &c.lead, rules));
        across.span = 2;
        rows.push(vec![across]);
    }
    if left_signer.is_some() && !recipients.is_empty() {
        rows.push(vec![
            recipients_cell(
                &recipients,
                drafter.as_deref(),
                rules.signature.lead_space_before_pt,
                rules,
            ),
            cell(vec![Para::block(rules.body.size_pt).kept()]),
        ]);
    }
    two_columns(rules, rules.recipients.width_pct, rows)
}

fn recipients_cell(lines: &[String], drafter: Option<&str>, before: f32, rules: &RuleSet) -> Cell {
    let r = &rules.recipients;
    let size = r.item_size_pt;
    let left = |p: Para| p.align(Align::Left).kept();
    if lines.is_empty() {
        return cell(vec![left(Para::block(size))]);
    }
    let mut paras =
        vec![left(label(&r.label, &r.label_format, size)).spacing(before, r.label_space_after_pt)];
    let item = r.item_format();
    let hang = super::flow::as_written(r.hang_mm);
    for l in lines {
        let mut p = left(Para::block(size).text(l, &item));
        if hang > 0.0 {
            p.left_pt = hang;
            p.first_pt = -hang;
        }
        paras.push(p);
    }
    if let Some(d) = drafter {
        paras.push(left(
            Para::block(size).text(d, &rules.parts.marks.drafter_format),
        ));
    }
    cell(paras)
}

/// "Nơi nhận:" underlined but for its colon.
fn label(text: &str, format: &TextFormat, size: f32) -> Para {
    match text.strip_suffix(':') {
        Some(phrase) if format.underline => {
            let plain = TextFormat {
                underline: false,
                ..format.clone()
            };
            Para::block(size).text(phrase, format).text(":", &plain)
        }
        _ => Para::block(size).text(text, format),
    }
}

fn signer_cell(signature: &Signature, lead: &str, rules: &RuleSet) -> Cell {
    let s = &rules.signature;
    let size = rules.body.size_pt;
    let line = |text: &str, f: &TextFormat| Para::block(size).text(text, f).kept();
    let sig = signer_lines(signature, rules);
    let mut paras = Vec::new();
    if !lead.trim().is_empty() {
        paras.push(line(lead.trim(), &s.lead_format).spacing(s.lead_space_before_pt, 0.0));
    }
    if let Some(a) = &sig.authority {
        paras.push(line(a, &s.authority_format));
    }
    let title_format = match sig.concurrent {
        Some(_) => &s.concurrent_format,
        None => &s.title_format,
    };
    if !sig.title.is_empty() {
        paras.push(line(&sig.title, title_format));
    }
    if let Some((word, post)) = &sig.concurrent {
        let lower = TextFormat {
            caps: false,
            ..s.title_format.clone()
        };
        paras.push(line(word, &lower));
        paras.push(line(post, title_format));
    }
    let title = paras.len().saturating_sub(1);
    paras.push(line(&sig.name, &s.name_format).spacing(signature_space_pt(rules), 0.0));
    let mut c = cell(paras);
    c.signer = Some((title, c.paras.len() - 1));
    c
}

/// "Không phổ biến trên phương tiện thông tin đại chúng", its foot the rule set's distance
/// above the bottom edge of the page the document ends on.
pub fn not_for_media(doc: &Document, rules: &RuleSet) -> Option<Block> {
    if !doc.marks.not_for_media {
        return None;
    }
    let m = &rules.parts.marks;
    let line_pt = measure::single_line_pt(m.not_for_media_format.size_pt);
    let top_mm = rules.page.height_mm - m.from_edge_mm - line_pt / measure::PT_PER_MM;
    Some(Block::Frame(Frame {
        para: Para::block(rules.body.size_pt).text(&m.not_for_media, &m.not_for_media_format),
        top_pt: super::flow::as_written(top_mm),
    }))
}

/// Each appendix: a section on a new page, its heading, its text.
pub fn appendices(doc: &Document, rules: &RuleSet, flow: &mut Flow) {
    let r = &rules.parts.appendix;
    let size = rules.body.size_pt;
    for (i, appendix) in doc.appendices.iter().enumerate() {
        // The hairline that ends the section before.
        flow.blocks.push(Block::Para(hairline()));
        flow.blocks.push(Block::Section {
            landscape: appendix.landscape,
        });
        let h = appendix_heading(doc, i, rules);
        let centred = |text: &str, f: &TextFormat| Para::block(size).text(text, f).kept();
        flow.blocks
            .push(Block::Para(centred(&h.label, &r.label_format)));
        for t in &h.title {
            flow.blocks.push(Block::Para(centred(t, &r.title_format)));
        }
        flow.blocks.push(Block::Para(
            centred(&h.note, &r.note_format).spacing(0.0, r.space_after_pt),
        ));
        appendix_text(&appendix.body, rules, flow);
    }
}
