//! Paragraphs read from a DOCX → lines with hints: our export's styles, Word's heading
//! styles, and the role of each table (header, closing, or plain text).

use super::closing;
use super::docx_body::Para;
use super::line::{merge_spans, Hint, Line};
use super::Warning;
use crate::model::{Footnote, NumberStyle, Span, Style};
use std::collections::HashMap;

fn style_hint(style: &str, heading_styles: &[String]) -> Hint {
    match style {
        "VBTitle" => Hint::Title,
        "VBSubject" => Hint::Subject,
        "VBBody" => Hint::Body,
        _ => match style.strip_prefix("VBHeading") {
            Some(suffix) => Hint::Heading(
                NumberStyle::ALL
                    .into_iter()
                    .find(|s| format!("{s:?}") == suffix),
            ),
            None if heading_styles.iter().any(|h| h == style) => Hint::Heading(None),
            None => Hint::None,
        },
    }
}

/// A paragraph's lines: text with spans and notes, split at line breaks.
fn lines_of(p: &Para, hint: Hint) -> Vec<Line> {
    let mut line = Line::new(String::new(), p.source, hint);
    line.landscape = p.landscape;
    let mut at = 0usize;
    let mut pending_notes = p.notes.iter().peekable();
    for (i, r) in p.runs.iter().enumerate() {
        while let Some((_, text)) = pending_notes.next_if(|(after, _)| *after == i) {
            line.notes.push(Footnote {
                at,
                text: text.clone(),
            });
        }
        let len = r.text.chars().count();
        for (on, style) in [
            (r.bold, Style::Bold),
            (r.italic, Style::Italic),
            (r.underline, Style::Underline),
        ] {
            if on && len > 0 {
                line.spans.push(Span(at, at + len, style));
            }
        }
        line.text.push_str(&r.text);
        at += len;
    }
    for (_, text) in pending_notes {
        line.notes.push(Footnote {
            at,
            text: text.clone(),
        });
    }
    merge_spans(&mut line.spans);
    split_breaks(line)
}

/// Splits a line at '\n' (soft line breaks), keeping spans and notes with their part.
fn split_breaks(line: Line) -> Vec<Line> {
    if !line.text.contains('\n') {
        let mut line = line;
        line.tidy();
        return vec![line];
    }
    let mut out = Vec::new();
    let mut start = 0usize;
    for piece in line.text.split('\n') {
        let end = start + piece.chars().count();
        let mut l = Line::new(piece, line.source, line.hint);
        l.spans = line
            .spans
            .iter()
            .filter(|s| s.0 < end && s.1 > start)
            .map(|s| Span(s.0.max(start) - start, s.1.min(end) - start, s.2))
            .collect();
        l.notes = line
            .notes
            .iter()
            .filter(|n| n.at >= start && n.at <= end)
            .map(|n| Footnote {
                at: n.at - start,
                text: n.text.clone(),
            })
            .collect();
        l.tidy();
        out.push(l);
        start = end + 1;
    }
    out
}

/// Gives table paragraphs their role: header cells, closing cells, or plain text.
pub(super) fn assign_tables(
    paragraphs: Vec<Para>,
    heading_styles: &[String],
    warnings: &mut Vec<Warning>,
) -> Vec<Line> {
    // A circulation mark ("LƯU HÀNH NỘI BỘ") may stand above the header table, top right
    // of page 1 (05-HD p. 26): it does not make the header table a body table.
    let first_text = paragraphs.iter().position(|p| {
        let text: String = p.runs.iter().map(|r| r.text.as_str()).collect();
        p.cell.is_none() && !text.trim().is_empty() && !super::header::is_circulation(&text)
    });
    let table_role = |table: usize, paragraphs: &[Para]| -> Hint {
        let members = paragraphs
            .iter()
            .filter(|p| p.cell.map(|c| c.0) == Some(table));
        let before_text = paragraphs
            .iter()
            .position(|p| p.cell.map(|c| c.0) == Some(table))
            .is_some_and(|i| first_text.is_none_or(|f| i < f));
        let mut members =
            members.map(|p| p.runs.iter().map(|r| r.text.as_str()).collect::<String>());
        if members.any(|t| {
            closing::is_recipients_label(&t)
                || closing::authority(&t).is_some()
                || closing::role(&t).is_some()
        }) {
            Hint::ClosingCell(false)
        } else if before_text && table == 1 {
            Hint::HeaderCell(false)
        } else {
            Hint::None
        }
    };
    let mut roles: HashMap<usize, Hint> = HashMap::new();
    let mut out = Vec::new();
    for p in &paragraphs {
        let hint = match p.cell {
            Some((table, column)) => {
                let role = *roles
                    .entry(table)
                    .or_insert_with(|| table_role(table, &paragraphs));
                match role {
                    Hint::HeaderCell(_) => Hint::HeaderCell(column > 0),
                    Hint::ClosingCell(_) => Hint::ClosingCell(column > 0),
                    _ => {
                        // Said once, for the first such table.
                        if let std::collections::hash_map::Entry::Vacant(e) =
                            roles.entry(usize::MAX)
                        {
                            e.insert(Hint::None);
                            warnings.push(Warning::at(
                                p.source,
                                "bảng trong thân văn bản được đọc thành các đoạn văn".to_owned(),
                            ));
                        }
                        Hint::None
                    }
                }
            }
            None => style_hint(&p.style, heading_styles),
        };
        out.extend(lines_of(p, hint));
    }
    out
}
