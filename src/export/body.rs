//! Preamble, numbered body and closing paragraphs, written to WordprocessingML one at a
//! time: a docx-rs paragraph takes a few kilobytes of memory before it is written, so a long
//! draft (100 000 paragraphs) held as docx-rs paragraphs would take over a gigabyte; its
//! markup takes a tenth of that.

use super::runs::{add_model_runs, add_model_runs_in_caps, heading_id, plain};
use super::styles::BODY;
use crate::layout::measure;
use crate::model::body::{number_siblings, Counter};
use crate::model::{Block, Document, Paragraph as ModelParagraph, Section, SectionKind};
use crate::rules::{RuleSet, TextFormat};
use docx_rs::{BreakType, BuildXML, Footnote, Paragraph, Run};

/// One paragraph of the body, before it becomes markup (or, in `crate::page`, lines).
pub(crate) enum Line<'a> {
    Text(&'a ModelParagraph),
    /// A section's own line, with its computed label ("1.", "a)").
    Section(&'a Section, String),
}

impl Line<'_> {
    /// The lines it takes at least: its width in the body font (plain, so bold headings
    /// count a little short) plus the first-line indent, over the text width. Breaking at
    /// spaces only adds lines, so the count errs low and more text is kept with the
    /// closing block, never less.
    fn min_lines(&self, rules: &RuleSet) -> usize {
        let body = &rules.body;
        let format = TextFormat {
            size_pt: body.size_pt,
            bold: false,
            italic: false,
            underline: false,
            caps: false,
        };
        let width = match self {
            Line::Text(p) => measure::width_pt(&p.text, &format),
            Line::Section(s, label) => {
                measure::width_pt(&format!("{label} {}", s.title.text), &format)
            }
        };
        let indent_pt = body.first_line_indent_mm * measure::PT_PER_MM;
        let line_pt = rules.text_width_twips() as f32 / 20.0;
        (((width + indent_pt) / line_pt).ceil() as usize).max(1)
    }
}

/// The body's markup (a run of `<w:p>` elements) and the footnotes its paragraphs cite.
pub struct Body {
    pub xml: Vec<u8>,
    pub notes: Vec<Footnote>,
}

/// The paragraphs of preamble, body and closing text, in order.
pub(crate) fn document_lines(doc: &Document) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    for p in doc.preamble.iter().filter(|p| !p.is_empty()) {
        lines.push(Line::Text(p));
    }
    collect(&doc.body, &Counter::default(), &mut lines);
    for p in doc.closing.iter().filter(|p| !p.is_empty()) {
        lines.push(Line::Text(p));
    }
    lines
}

/// Which of the text's paragraphs (preamble, body, closing, counted in order) travel with
/// the closing block: from index `.0`, the last kept whole when `.1`. The page layout
/// (`crate::page`) keeps the same ones as the file does.
pub(crate) fn kept_with_closing_block(doc: &Document, rules: &RuleSet) -> (usize, bool) {
    let keep = kept_with_closing(&document_lines(doc), rules);
    (keep.from, keep.last_whole)
}

pub fn write(doc: &Document, rules: &RuleSet) -> Body {
    let lines = document_lines(doc);
    let keep = kept_with_closing(&lines, rules);
    let mut body = Body {
        xml: Vec::new(),
        notes: Vec::new(),
    };
    let last = lines.len().saturating_sub(1);
    for (i, line) in lines.iter().enumerate() {
        let mut p = paragraph(line, rules, &mut body.notes);
        if i >= keep.from {
            p = p.keep_next(true).widow_control(true);
            if i == last && keep.last_whole {
                p = p.keep_lines(true);
            }
        }
        body.xml.extend(p.build());
    }
    body
}

/// An appendix's text after its heading: its sections numbered afresh, nothing kept with
/// a closing block, its footnotes handed to `body` with the document's.
pub fn write_appendix(blocks: &[Block], rules: &RuleSet, body: &mut Body) {
    let mut lines = Vec::new();
    collect(blocks, &Counter::default(), &mut lines);
    for line in &lines {
        body.xml
            .extend(paragraph(line, rules, &mut body.notes).build());
    }
}

/// Which paragraphs travel with the closing block: from index `from` to the end, and
/// whether the last one is kept whole.
struct Keep {
    from: usize,
    last_whole: bool,
}

/// The last paragraphs travel with the closing block, so the signature page always
/// carries `keep_body_lines` lines of body text: keep-with-next on each paragraph from
/// the end until their (under-)estimated lines reach that number, widow/orphan control so
/// a paragraph split above the block leaves at least two lines with it, and keep-lines
/// on the last paragraph when it is short enough that splitting it would break that.
fn kept_with_closing(lines: &[Line], rules: &RuleSet) -> Keep {
    let want = rules.signature.keep_body_lines as usize;
    let none = Keep {
        from: lines.len(),
        last_whole: false,
    };
    if want == 0 || lines.is_empty() {
        return none;
    }
    let own = |l: &Line| l.min_lines(rules);
    let last_whole = lines.last().is_some_and(|l| own(l) <= want + 1);
    let mut counted = 0;
    for (i, line) in lines.iter().enumerate().rev() {
        counted += own(line);
        if counted >= want {
            return Keep {
                from: i,
                last_whole,
            };
        }
    }
    Keep {
        from: 0,
        last_whole,
    }
}

pub(crate) fn collect<'a>(list: &'a [Block], counter: &Counter, out: &mut Vec<Line<'a>>) {
    for (block, number) in list.iter().zip(number_siblings(list, counter)) {
        match (block, number) {
            (Block::Para(p), _) => {
                if !p.is_empty() {
                    out.push(Line::Text(p));
                }
            }
            (Block::Section(s), Some(n)) => {
                out.push(Line::Section(s, n.label));
                collect(&s.content, &n.child, out);
            }
            // number_siblings gives every section a number.
            (Block::Section(_), None) => {}
        }
    }
}

fn paragraph(line: &Line, rules: &RuleSet, notes: &mut Vec<Footnote>) -> Paragraph {
    match line {
        Line::Text(p) => add_model_runs(Paragraph::new().style(BODY), p, notes),
        Line::Section(s, label) => section_line(s, label, rules, notes),
    }
}

/// The section's own line: a heading in its level's style, or a numbered body paragraph.
fn section_line(s: &Section, label: &str, rules: &RuleSet, notes: &mut Vec<Footnote>) -> Paragraph {
    let lead = if label.is_empty() {
        String::new()
    } else {
        format!("{label} ")
    };
    let rule = rules.heading(s.style);
    match s.kind {
        // "Chương I", a line break, then "QUY ĐỊNH CHUNG": one paragraph, so the name
        // never parts from its label.
        SectionKind::Heading if rule.title_below => {
            let mut p = Paragraph::new()
                .style(&heading_id(s.style))
                .keep_next(true)
                .add_run(plain(label));
            if !s.title.is_empty() {
                p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
            }
            if rule.caps {
                add_model_runs_in_caps(p, &s.title, notes)
            } else {
                add_model_runs(p, &s.title, notes)
            }
        }
        SectionKind::Heading => {
            let p = Paragraph::new().style(&heading_id(s.style)).keep_next(true);
            add_model_runs(p.add_run(plain(&lead)), &s.title, notes)
        }
        SectionKind::Item => {
            let mut label_run = plain(&lead);
            if rule.item_label_bold {
                label_run = label_run.bold();
            }
            // A numbered lead-in with items under it ("5. Tổ chức thực hiện:") never
            // ends a page alone.
            let mut p = Paragraph::new().style(BODY);
            if !s.content.is_empty() {
                p = p.keep_next(true);
            }
            let p = p.add_run(label_run);
            add_model_runs(p, &s.title, notes)
        }
    }
}
