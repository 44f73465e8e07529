//! Preamble, numbered body and closing paragraphs.

use super::runs::{add_model_runs, heading_id, plain};
use super::styles::BODY;
use crate::model::body::number_siblings;
use crate::model::{Block, Document, Paragraph as ModelParagraph, Section, SectionKind};
use crate::rules::RuleSet;
use docx_rs::Paragraph;

pub fn paragraphs(doc: &Document, rules: &RuleSet) -> Vec<Paragraph> {
    let mut out = Vec::new();
    for p in doc.preamble.iter().filter(|p| !p.is_empty()) {
        out.push(body_paragraph(p));
    }
    blocks(&doc.body, &[], rules, &mut out);
    for p in doc.closing.iter().filter(|p| !p.is_empty()) {
        out.push(body_paragraph(p));
    }
    out
}

fn body_paragraph(p: &ModelParagraph) -> Paragraph {
    add_model_runs(Paragraph::new().style(BODY), p)
}

fn blocks(list: &[Block], path: &[usize], rules: &RuleSet, out: &mut Vec<Paragraph>) {
    for (block, number) in list.iter().zip(number_siblings(list, path)) {
        match (block, number) {
            (Block::Para(p), _) => {
                if !p.is_empty() {
                    out.push(body_paragraph(p));
                }
            }
            (Block::Section(s), Some(n)) => {
                out.push(section_line(s, &n.label, rules));
                blocks(&s.content, &n.child_path, rules, out);
            }
            // number_siblings gives every section a number.
            (Block::Section(_), None) => {}
        }
    }
}

/// The section's own line: a heading in its level's style, or a numbered body paragraph.
fn section_line(s: &Section, label: &str, rules: &RuleSet) -> Paragraph {
    let lead = if label.is_empty() {
        String::new()
    } else {
        format!("{label} ")
    };
    match s.kind {
        SectionKind::Heading => {
            let p = Paragraph::new().style(&heading_id(s.style)).keep_next(true);
            add_model_runs(p.add_run(plain(&lead)), &s.title)
        }
        SectionKind::Item => {
            let mut label_run = plain(&lead);
            if rules.heading(s.style).item_label_bold {
                label_run = label_run.bold();
            }
            add_model_runs(Paragraph::new().style(BODY).add_run(label_run), &s.title)
        }
    }
}
