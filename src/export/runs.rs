//! Runs of text: plain formatted strings and model paragraphs with spans and footnotes.

use super::styles::{self, FOOTNOTE_REF, FOOTNOTE_TEXT};
use super::units::half_points;
use crate::layout::xml_safe;
use crate::model::Paragraph as ModelParagraph;
use crate::rules::TextFormat;
use docx_rs::{Footnote, Paragraph, Run};

/// A private-use character standing for Word's `<w:footnoteRef/>` mark, which docx-rs
/// cannot write; `package` swaps it for the real element.
pub const FOOTNOTE_MARK: char = '\u{E000}';

/// A run of `text` in format `f`.
pub fn formatted(text: &str, f: &TextFormat) -> Run {
    let mut r = Run::new()
        .add_text(clean(text))
        .size(half_points(f.size_pt));
    if f.bold {
        r = r.bold();
    }
    if f.italic {
        r = r.italic();
    }
    if f.underline {
        r = r.underline("single");
    }
    if f.caps {
        r.run_property = r.run_property.caps();
    }
    r
}

/// A plain run that takes its look from the paragraph style.
pub fn plain(text: &str) -> Run {
    Run::new().add_text(clean(text))
}

/// Text as Word may hold it: no XML-forbidden characters, no stray footnote placeholder.
fn clean(text: &str) -> String {
    xml_safe(text).replace(FOOTNOTE_MARK, "")
}

/// Appends the runs of a model paragraph (bold/italic/underline spans, footnotes); each
/// footnote is also handed to `notes`, for a paragraph written out on its own.
pub fn add_model_runs(p: Paragraph, para: &ModelParagraph, notes: &mut Vec<Footnote>) -> Paragraph {
    add_runs(p, para, notes, false)
}

/// As [`add_model_runs`], each run shown in capitals: the name of a chapter under its
/// label, where the paragraph style cannot carry the capitals without the label too.
pub fn add_model_runs_in_caps(
    p: Paragraph,
    para: &ModelParagraph,
    notes: &mut Vec<Footnote>,
) -> Paragraph {
    add_runs(p, para, notes, true)
}

fn add_runs(
    mut p: Paragraph,
    para: &ModelParagraph,
    notes: &mut Vec<Footnote>,
    caps: bool,
) -> Paragraph {
    for seg in para.segments() {
        if !seg.text.is_empty() {
            let mut r = plain(seg.text);
            if caps {
                r.run_property = r.run_property.caps();
            }
            if seg.bold {
                r = r.bold();
            }
            if seg.italic {
                r = r.italic();
            }
            if seg.underline {
                r = r.underline("single");
            }
            p = p.add_run(r);
        }
        for note in seg.notes {
            let f = footnote(&note.text);
            notes.push(f.clone());
            p = p.add_run(Run::new().add_footnote_reference(f));
        }
    }
    p
}

fn footnote(text: &str) -> Footnote {
    let mark = Run::new()
        .style(FOOTNOTE_REF)
        .add_text(FOOTNOTE_MARK.to_string());
    let body = Paragraph::new()
        .style(FOOTNOTE_TEXT)
        .add_run(mark)
        .add_run(plain(&format!(" {}", text.trim())));
    Footnote::new().add_content(body)
}

/// A paragraph of one formatted string in the given style.
pub fn line(style: &str, text: &str, f: &TextFormat) -> Paragraph {
    Paragraph::new().style(style).add_run(formatted(text, f))
}

/// Re-exported for the block builders.
pub use styles::heading_id;
