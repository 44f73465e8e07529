//! The top of the document as the export writes it (`export::header`, `export::parts`):
//! the header table, the title block, Kính gửi, the legal bases, the circulation marks.

use super::flow::{pt, text_width_pt, Block, Cell, Flow, Frame, Look, Para, Piece, Table};
use super::text::{add_model_runs, body_para};
use crate::layout::parts::{
    addressees, bases, basis_end, circulation_lines, draft_line, subject_in_header, theme_block,
};
use crate::layout::{date_line, measure, number_line, right_block_indent_mm, subject_format};
use crate::model::Document;
use crate::rules::{Align, LineRule, RuleSet, TextFormat};

/// The 1 pt paragraph the export puts first and last (`export::hairline_paragraph`).
pub fn hairline() -> Para {
    let mut p = Para::block(1.0);
    p.line = Some(LineRule::Exact(1.0));
    p
}

/// A borderless table of two columns, `left_pct` of the text width on the left, as
/// `export::header::columns_table` sizes it (whole twips).
pub fn two_columns(rules: &RuleSet, left_pct: u32, rows: Vec<Vec<Cell>>) -> Table {
    let width = rules.text_width_twips();
    let left = width * left_pct.min(100) / 100;
    Table {
        columns_pt: vec![left as f32 / 20.0, (width - left) as f32 / 20.0],
        rows,
    }
}

pub fn cell(paras: Vec<Para>) -> Cell {
    Cell {
        paras,
        span: 1,
        signer: None,
    }
}

pub fn header_table(doc: &Document, rules: &RuleSet) -> Table {
    let h = &rules.header;
    let size = rules.body.size_pt;
    let line = |text: &str, f: &TextFormat| Para::block(size).text(text, f);
    let mut left = Vec::new();
    for upper in doc.issuer.upper.iter().filter(|s| !s.trim().is_empty()) {
        left.push(line(upper.trim(), &h.upper));
    }
    left.push(line(doc.issuer.name.trim(), &h.issuer));
    if !h.separator.is_empty() {
        left.push(line(&h.separator, &h.separator_format));
    }
    left.push(line(&number_line(doc, rules), &h.number));
    let parts = &rules.parts;
    if let Some(draft) = draft_line(doc, rules) {
        left.push(line(&draft, &parts.marks.draft_format));
    }
    if subject_in_header(doc, rules) {
        for s in doc
            .subject
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
        {
            left.push(line(s, &parts.letter_subject));
        }
    }
    for mark in [
        doc.urgency.map(|u| u.printed()),
        doc.secrecy.map(|s| s.printed()),
    ]
    .into_iter()
    .flatten()
    {
        left.push(line(mark, &h.marks));
    }
    // The export writes the indent in whole twips.
    let indent = match right_block_indent_mm(doc, rules) {
        mm if mm > 0.0 => super::flow::as_written(mm),
        _ => 0.0,
    };
    let mut right: Vec<Para> = h
        .motto
        .iter()
        .map(|m| {
            let mut p = line(&m.text, &m.format);
            p.left_pt = indent;
            p
        })
        .collect();
    let mut date = line(&date_line(&doc.place, &doc.date, rules), &h.date);
    date.left_pt = indent;
    date.before_pt = h.date_space_before_pt;
    right.push(date);
    two_columns(rules, h.left_width_pct, vec![vec![cell(left), cell(right)]])
}

/// Type name (or a congress's theme), subject lines and the line under them.
pub fn title_block(doc: &Document, rules: &RuleSet) -> Vec<Para> {
    let t = &rules.title;
    let size = rules.body.size_pt;
    // The title style: its own size, centred, the space before the type name.
    let title = |text: &str, f: &TextFormat| {
        let mut p = Para::block(t.kind.size_pt).text(text, f);
        p.before_pt = t.space_before_pt;
        p
    };
    let mut out = Vec::new();
    let name = doc.kind.printed_name();
    let theme = theme_block(doc);
    if let Some((theme, subject)) = &theme {
        let p = &rules.parts;
        for (i, l) in theme.iter().enumerate() {
            let mut para = title(l, &p.theme_format);
            if i > 0 {
                para.before_pt = 0.0;
            }
            out.push(para);
        }
        out.extend(
            subject
                .iter()
                .map(|l| Para::block(size).text(l, &p.theme_subject_format)),
        );
    } else if !name.is_empty() {
        let mut p = title(name, &t.kind);
        p.after_pt = t.kind_space_after_pt;
        out.push(p);
    }
    let subjects = if subject_in_header(doc, rules) || theme.is_some() {
        &[][..]
    } else {
        &doc.subject[..]
    };
    for (i, s) in subjects.iter().filter(|s| !s.trim().is_empty()).enumerate() {
        out.push(Para::block(t.subject.size_pt).text(s.trim(), &subject_format(i, s, rules)));
    }
    if !t.separator.is_empty() && !out.is_empty() {
        let plain = TextFormat {
            bold: false,
            ..t.subject.clone()
        };
        out.push(
            Para::block(t.subject.size_pt)
                .text(&t.separator, &plain)
                .spacing(0.0, t.space_after_pt),
        );
    }
    out
}

/// "Kính gửi: …" as `export::parts::addressee_block` sets it.
pub fn addressee_block(doc: &Document, rules: &RuleSet) -> Vec<Para> {
    let Some(block) = addressees(doc, rules) else {
        return Vec::new();
    };
    let a = &rules.parts.addressees;
    let size = rules.body.size_pt;
    let before = if subject_in_header(doc, rules) {
        rules.title.space_before_pt
    } else {
        a.space_pt
    };
    let spacing = |p: Para, first: bool, last: bool| {
        p.spacing(
            if first { before } else { 0.0 },
            if last { a.space_pt } else { 0.0 },
        )
    };
    let label_mm = measure::width_mm(&format!("{} ", block.label), &a.label_format);
    if let [one] = block.lines.as_slice() {
        let p = Para::block(size)
            .text(&block.label, &a.label_format)
            .text(&format!(" {one}"), &a.item_format);
        return vec![spacing(p, true, true)];
    }
    let widest = block
        .lines
        .iter()
        .map(|l| measure::width_mm(l, &a.item_format))
        .fold(0.0, f32::max);
    let text_mm = text_width_pt(rules) / pt(1.0);
    let start_mm = ((text_mm - label_mm - widest) / 2.0).max(0.0);
    let list_at = super::flow::as_written(start_mm + label_mm);
    let hang = super::flow::as_written(label_mm);
    let last = block.lines.len() - 1;
    block
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut p = Para::block(size).align(Align::Left);
            p.left_pt = list_at;
            if i == 0 {
                p.first_pt = -hang;
                p = p.text(&block.label, &a.label_format);
                p.pieces.push(Piece::Tab(Look::of(&a.label_format)));
            }
            spacing(p.text(l, &a.item_format), i == 0, i == last)
        })
        .collect()
}

/// The legal bases and the enacting line, as `export::parts::bases_block` writes them.
pub fn bases_block(doc: &Document, rules: &RuleSet, flow: &mut Flow) -> Vec<Para> {
    let b = &rules.parts.bases;
    let list = bases(doc);
    let look = Look::of(&b.format);
    let mut out: Vec<Para> = list
        .iter()
        .enumerate()
        .map(|(i, basis)| {
            let mut p = body_para(rules);
            if !b.prefix.is_empty() {
                p = p.text(&b.prefix, &b.format);
            }
            // The basis's own spans, italic throughout when the rule set prints bases so.
            let base = Look {
                italic: b.format.italic,
                ..Look::plain(rules.body.size_pt)
            };
            add_model_runs(&mut p, basis, base, false, flow, rules);
            p.push(basis_end(i, list.len(), rules), look, b.format.caps);
            p
        })
        .collect();
    if !doc.enacting.trim().is_empty() {
        let mut p = body_para(rules)
            .align(Align::Center)
            .text(doc.enacting.trim(), &b.enacting_format)
            .kept();
        p.first_pt = 0.0;
        out.push(p);
    }
    out
}

/// The circulation marks, top right of page 1, the rule set's distance from the top edge.
pub fn circulation(doc: &Document, rules: &RuleSet) -> Vec<Block> {
    let m = &rules.parts.marks;
    let size = rules.body.size_pt;
    let line = measure::single_line_pt(m.circulation_format.size_pt);
    circulation_lines(doc)
        .into_iter()
        .enumerate()
        .map(|(i, mark)| {
            Block::Frame(Frame {
                para: Para::block(size)
                    .align(Align::Right)
                    .text(mark, &m.circulation_format),
                top_pt: pt(m.from_edge_mm) + i as f32 * line,
            })
        })
        .collect()
}
