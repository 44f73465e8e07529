//! Preamble, body and closing paragraphs as the export writes them (`export::body`): body
//! paragraphs in the body style, section lines in their heading's, footnote references and
//! the footnotes' own paragraphs.

use super::flow::{pt, Flow, Look, Para, Piece};
// The same paragraphs, in the same order, as the DOCX export writes.
use crate::export::body::{collect, document_lines, Line};
use crate::model::body::Counter;
use crate::model::{Block, Document, Paragraph, Section, SectionKind};
use crate::rules::{Align, RuleSet};

/// A paragraph in the body style (VBBody).
pub fn body_para(rules: &RuleSet) -> Para {
    let b = &rules.body;
    Para {
        pieces: Vec::new(),
        size_pt: b.size_pt,
        align: b.align,
        left_pt: 0.0,
        first_pt: pt(b.first_line_indent_mm),
        line: Some(b.line),
        before_pt: b.space_before_pt,
        after_pt: b.space_after_pt,
        keep_next: false,
        keep_lines: false,
        widow_control: b.widow_control,
    }
}

/// The runs of a model paragraph in `look` (its spans made bold, italic, underlined), its
/// footnotes numbered on from those already in `flow`.
pub fn add_model_runs(
    p: &mut Para,
    para: &Paragraph,
    look: Look,
    caps: bool,
    flow: &mut Flow,
    rules: &RuleSet,
) {
    for seg in para.segments() {
        let l = Look {
            bold: look.bold || seg.bold,
            italic: look.italic || seg.italic,
            underline: look.underline || seg.underline,
            ..look
        };
        p.push(seg.text, l, caps);
        for note in seg.notes {
            let n = flow.notes.len() + 1;
            p.pieces.push(Piece::Note(n, look));
            flow.notes.push(footnote(n, &note.text, rules));
        }
    }
}

/// A footnote's paragraph: its number raised, then its text (FootnoteText style).
fn footnote(n: usize, text: &str, rules: &RuleSet) -> Para {
    let size = rules.footnote.size_pt;
    let mut p = Para::block(size).align(Align::Justify);
    p.pieces.push(Piece::Note(n, Look::plain(size)));
    p.push(&format!(" {}", text.trim()), Look::plain(size), false);
    p.widow_control = rules.body.widow_control;
    p
}

/// The preamble, body and closing paragraphs, the last ones kept with the closing block
/// exactly as the file keeps them.
pub fn document_text(doc: &Document, rules: &RuleSet, flow: &mut Flow) {
    let lines = document_lines(doc);
    let (from, last_whole) = crate::export::body::kept_with_closing_block(doc, rules);
    let last = lines.len().saturating_sub(1);
    for (i, line) in lines.iter().enumerate() {
        let mut p = paragraph(line, rules, flow);
        if i >= from {
            p.keep_next = true;
            p.widow_control = true;
            if i == last && last_whole {
                p.keep_lines = true;
            }
        }
        flow.blocks.push(super::flow::Block::Para(p));
    }
}

/// An appendix's text: its sections numbered afresh.
pub fn appendix_text(blocks: &[Block], rules: &RuleSet, flow: &mut Flow) {
    let mut lines = Vec::new();
    collect(blocks, &Counter::default(), &mut lines);
    for line in &lines {
        let p = paragraph(line, rules, flow);
        flow.blocks.push(super::flow::Block::Para(p));
    }
}

fn paragraph(line: &Line, rules: &RuleSet, flow: &mut Flow) -> Para {
    let plain = Look::plain(rules.body.size_pt);
    match line {
        Line::Text(para) => {
            let mut p = body_para(rules);
            add_model_runs(&mut p, para, plain, false, flow, rules);
            p
        }
        Line::Section(s, label) => section_line(s, label, rules, flow),
    }
}

/// A section's own line, as `export::body::section_line` writes it.
fn section_line(s: &Section, label: &str, rules: &RuleSet, flow: &mut Flow) -> Para {
    let rule = rules.heading(s.style);
    let lead = if label.is_empty() {
        String::new()
    } else {
        format!("{label} ")
    };
    let plain = Look::plain(rules.body.size_pt);
    match s.kind {
        SectionKind::Heading => {
            let mut p = body_para(rules);
            p.align = rule.align;
            p.first_pt = if rule.indent { p.first_pt } else { 0.0 };
            p.keep_next = true;
            let look = Look {
                bold: rule.bold,
                italic: rule.italic,
                ..plain
            };
            if rule.title_below {
                p.push(label, look, false);
                if !s.title.is_empty() {
                    p.pieces.push(Piece::Break);
                }
                add_model_runs(&mut p, &s.title, look, rule.caps, flow, rules);
            } else {
                p.push(&lead, look, rule.caps);
                add_model_runs(&mut p, &s.title, look, rule.caps, flow, rules);
            }
            p
        }
        SectionKind::Item => {
            let mut p = body_para(rules);
            p.keep_next = !s.content.is_empty();
            let label_look = Look {
                bold: rule.item_label_bold,
                ..plain
            };
            p.push(&lead, label_look, false);
            add_model_runs(&mut p, &s.title, plain, false, flow, rules);
            p
        }
    }
}
