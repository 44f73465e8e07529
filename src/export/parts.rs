//! The parts a document has only sometimes: Kính gửi / Kính trình, the legal bases and
//! the enacting line, the marks outside the text flow.

use super::runs::{add_model_runs, formatted};
use super::styles::{BLOCK, BODY};
use super::units::pt_to_twips;
use crate::layout::measure;
use crate::layout::parts::{addressees, bases, basis_end, circulation_lines, subject_in_header};
use crate::model::Document;
use crate::rules::{mm_to_twips, RuleSet};
use docx_rs::{AlignmentType, FrameProperty, LineSpacing, Paragraph, Run, SpecialIndentType};

/// "Kính gửi: …" centred: one addressee on the label's line; several in a list whose
/// dashes line up under the first, the label hanging before it (a tab to the hanging
/// indent, so the alignment does not depend on the font's measure), the whole block
/// centred on the page as far as its longest line allows.
pub fn addressee_block(doc: &Document, rules: &RuleSet) -> Vec<Paragraph> {
    let Some(block) = addressees(doc, rules) else {
        return Vec::new();
    };
    let a = &rules.parts.addressees;
    // A công văn has no title block: the space the type name takes elsewhere is here.
    let before = if subject_in_header(doc, rules) {
        rules.title.space_before_pt
    } else {
        a.space_pt
    };
    let spacing = |first: bool, last: bool| {
        LineSpacing::new()
            .before(if first { pt_to_twips(before) } else { 0 })
            .after(if last { pt_to_twips(a.space_pt) } else { 0 })
    };
    let label_mm = measure::width_mm(&format!("{} ", block.label), &a.label_format);
    if let [one] = block.lines.as_slice() {
        return vec![Paragraph::new()
            .style(BLOCK)
            .align(AlignmentType::Center)
            .line_spacing(spacing(true, true))
            .add_run(formatted(&block.label, &a.label_format))
            .add_run(formatted(&format!(" {one}"), &a.item_format))];
    }
    let widest = block
        .lines
        .iter()
        .map(|l| measure::width_mm(l, &a.item_format))
        .fold(0.0, f32::max);
    let text_mm = rules.text_width_twips() as f32 / mm_to_twips(1.0) as f32;
    let start_mm = ((text_mm - label_mm - widest) / 2.0).max(0.0);
    let list_at = mm_to_twips(start_mm + label_mm) as i32;
    let hang = mm_to_twips(label_mm) as i32;
    let last = block.lines.len() - 1;
    block
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let p = Paragraph::new()
                .style(BLOCK)
                .align(AlignmentType::Left)
                .line_spacing(spacing(i == 0, i == last));
            if i == 0 {
                p.indent(
                    Some(list_at),
                    Some(SpecialIndentType::Hanging(hang)),
                    None,
                    None,
                )
                .add_run(formatted(&block.label, &a.label_format))
                .add_run(Run::new().add_tab())
                .add_run(formatted(l, &a.item_format))
            } else {
                p.indent(Some(list_at), None, None, None)
                    .add_run(formatted(l, &a.item_format))
            }
        })
        .collect()
}

/// The legal bases, each a body paragraph with the rule set's dash and punctuation, and
/// the enacting line centred after them.
pub fn bases_block(doc: &Document, rules: &RuleSet) -> Vec<Paragraph> {
    let b = &rules.parts.bases;
    let bases = bases(doc);
    let mut notes = Vec::new();
    let mut out: Vec<Paragraph> = bases
        .iter()
        .enumerate()
        .map(|(i, basis)| {
            let mut p = Paragraph::new().style(BODY);
            if !b.prefix.is_empty() {
                p = p.add_run(formatted(&b.prefix, &b.format));
            }
            let p = add_model_runs(p, basis, &mut notes);
            let p = if b.format.italic { italic_runs(p) } else { p };
            p.add_run(formatted(basis_end(i, bases.len(), rules), &b.format))
        })
        .collect();
    if !doc.enacting.trim().is_empty() {
        out.push(
            Paragraph::new()
                .style(BODY)
                .align(AlignmentType::Center)
                .indent(Some(0), Some(SpecialIndentType::FirstLine(0)), None, None)
                .keep_next(true)
                .add_run(formatted(doc.enacting.trim(), &b.enacting_format)),
        );
    }
    out
}

/// Every run of `p` in italics: a rule set that prints the bases italic (state
/// documents) whatever their own spans say.
fn italic_runs(mut p: Paragraph) -> Paragraph {
    for child in &mut p.children {
        if let docx_rs::ParagraphChild::Run(r) = child {
            r.run_property = r.run_property.clone().italic();
        }
    }
    p
}

/// The circulation marks at the top right of page 1, the rule set's distance from the top
/// edge: paragraphs in one frame anchored to the page, so they neither move the header
/// nor repeat on other pages (a page-1 header would repeat on each appendix's first page).
pub fn circulation_frame(doc: &Document, rules: &RuleSet) -> Vec<Paragraph> {
    let m = &rules.parts.marks;
    circulation_lines(doc)
        .into_iter()
        .map(|mark| {
            let mut frame = FrameProperty::new()
                .wrap("around")
                .v_anchor("page")
                .h_anchor("margin");
            frame.x_align = Some("right".to_owned());
            frame.y = Some(mm_to_twips(m.from_edge_mm) as i32);
            let mut p = Paragraph::new()
                .style(BLOCK)
                .align(AlignmentType::Right)
                .add_run(formatted(mark, &m.circulation_format));
            p.property = p.property.frame_property(frame);
            p
        })
        .collect()
}

/// "Không phổ biến trên phương tiện thông tin đại chúng": a frame centred on the page
/// whose paragraph it follows (the last of the document), its foot the rule set's
/// distance above the bottom edge.
pub fn not_for_media(doc: &Document, rules: &RuleSet) -> Option<Paragraph> {
    if !doc.marks.not_for_media {
        return None;
    }
    let m = &rules.parts.marks;
    let line_pt = measure::single_line_pt(m.not_for_media_format.size_pt);
    let top_mm = rules.page.height_mm - m.from_edge_mm - line_pt / measure::PT_PER_MM;
    let mut frame = FrameProperty::new()
        .wrap("notBeside")
        .v_anchor("page")
        .h_anchor("margin");
    frame.x_align = Some("center".to_owned());
    frame.y = Some(mm_to_twips(top_mm) as i32);
    frame.w = Some(rules.text_width_twips());
    let mut p = Paragraph::new()
        .style(BLOCK)
        .align(AlignmentType::Center)
        .add_run(formatted(&m.not_for_media, &m.not_for_media_format));
    p.property = p.property.frame_property(frame);
    Some(p)
}
