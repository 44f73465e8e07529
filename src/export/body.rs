//! Preamble, numbered body and closing paragraphs.

use super::runs::{add_model_runs, heading_id, plain};
use super::styles::BODY;
use crate::model::body::number_siblings;
use crate::model::{Block, Document, Paragraph as ModelParagraph, Section, SectionKind};
use crate::rules::RuleSet;
use docx_rs::Paragraph;

/// A font-metric estimate, not a layout rule: Times New Roman averages about 0.45 em a
/// character; 0.4 em overestimates the characters a line holds, so the count of lines kept
/// with the closing block errs low and more text is kept.
const CHAR_WIDTH_EM_LOW: f32 = 0.4;

pub fn paragraphs(doc: &Document, rules: &RuleSet) -> Vec<Paragraph> {
    let mut out = Vec::new();
    for p in doc.preamble.iter().filter(|p| !p.is_empty()) {
        out.push(body_paragraph(p));
    }
    blocks(&doc.body, &[], rules, &mut out);
    for p in doc.closing.iter().filter(|p| !p.is_empty()) {
        out.push(body_paragraph(p));
    }
    keep_with_closing(&mut out, rules);
    out.into_iter().map(|(p, _)| p).collect()
}

/// A paragraph with the number of characters of its text (for a line estimate).
type Counted = (Paragraph, usize);

fn body_paragraph(p: &ModelParagraph) -> Counted {
    (
        add_model_runs(Paragraph::new().style(BODY), p),
        p.text.chars().count(),
    )
}

/// The last paragraphs travel with the closing block, so the signature page always
/// carries `keep_body_lines` lines of body text: keep-with-next on each paragraph from
/// the end until the (under-)estimated lines reach that number, widow/orphan control so
/// a paragraph split above the block leaves at least two lines with it, and keep-lines
/// on the last paragraph when it is short enough that splitting it would break that.
fn keep_with_closing(out: &mut [Counted], rules: &RuleSet) {
    let want = rules.signature.keep_body_lines as usize;
    if want == 0 {
        return;
    }
    let line_pt = rules.text_width_twips() as f32 / 20.0;
    let per_line = ((line_pt / (rules.body.size_pt * CHAR_WIDTH_EM_LOW)) as usize).max(1);
    let mut lines = 0;
    for (i, (p, chars)) in out.iter_mut().rev().enumerate() {
        let own = chars.div_ceil(per_line).max(1);
        let mut kept = std::mem::replace(p, Paragraph::new())
            .keep_next(true)
            .widow_control(true);
        if i == 0 && own <= want + 1 {
            kept = kept.keep_lines(true);
        }
        *p = kept;
        lines += own;
        if lines >= want {
            break;
        }
    }
}

fn blocks(list: &[Block], path: &[usize], rules: &RuleSet, out: &mut Vec<Counted>) {
    for (block, number) in list.iter().zip(number_siblings(list, path)) {
        match (block, number) {
            (Block::Para(p), _) => {
                if !p.is_empty() {
                    out.push(body_paragraph(p));
                }
            }
            (Block::Section(s), Some(n)) => {
                let chars = n.label.chars().count() + 1 + s.title.text.chars().count();
                out.push((section_line(s, &n.label, rules), chars));
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
