//! The common currency of the readers: one source paragraph (or line) with its formatting,
//! before any structure is recognised.

use crate::model::{Footnote, NumberStyle, Paragraph, Span, Style};

/// What the source itself says about a line, when it says anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Nothing but the text.
    None,
    /// The document type name (our DOCX style VBTitle).
    Title,
    /// A subject line (VBSubject).
    Subject,
    /// A heading: Markdown "#", a Word heading style, or our VBHeading<Style>.
    Heading(Option<NumberStyle>),
    /// A body paragraph of our own export (VBBody): a numbered one is an item, not a heading.
    Body,
    /// A cell of the first-page header table; `true` for the right column.
    HeaderCell(bool),
    /// A cell of the final table; `true` for the right column (the signature).
    ClosingCell(bool),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub spans: Vec<Span>,
    pub notes: Vec<Footnote>,
    /// 1-based number of the paragraph (DOCX) or line (text) in the source, for warnings.
    pub source: usize,
    pub hint: Hint,
    /// On landscape pages (a DOCX section laid out for a wide table).
    pub landscape: bool,
}

impl Line {
    pub fn new(text: impl Into<String>, source: usize, hint: Hint) -> Self {
        Self {
            text: text.into(),
            spans: Vec::new(),
            notes: Vec::new(),
            source,
            hint,
            landscape: false,
        }
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.notes.is_empty()
    }

    pub fn char_len(&self) -> usize {
        self.text.chars().count()
    }

    /// Whether every non-space char carries `style`.
    pub fn all(&self, style: Style) -> bool {
        if !self.spans.iter().any(|s| s.2 == style) {
            return false;
        }
        let chars: Vec<char> = self.text.chars().collect();
        !chars.is_empty()
            && chars.iter().enumerate().all(|(i, c)| {
                c.is_whitespace()
                    || self
                        .spans
                        .iter()
                        .any(|s| s.2 == style && s.0 <= i && i < s.1)
            })
    }

    /// Spaces tidied: runs of white space (no-break spaces included) become one space,
    /// or one tab when they hold a tab or are three spaces or more (two columns of a
    /// header or closing block typed side by side); the ends are trimmed. Span and note
    /// offsets follow the text.
    pub fn tidy(&mut self) {
        let chars: Vec<char> = self.text.chars().collect();
        let mut map = vec![0usize; chars.len() + 1];
        let mut out = String::with_capacity(self.text.len());
        let mut n = 0;
        let (mut run, mut tab) = (0usize, false);
        for (i, &c) in chars.iter().enumerate() {
            map[i] = n;
            if c.is_whitespace() || matches!(c, '\u{A0}' | '\u{FEFF}' | '\u{200B}') {
                run += 1;
                tab |= c == '\t';
                continue;
            }
            if run > 0 && n > 0 {
                out.push(if tab || run >= 3 { '\t' } else { ' ' });
                n += 1;
                map[i] = n;
            }
            (run, tab) = (0, false);
            out.push(c);
            n += 1;
        }
        map[chars.len()] = n;
        let at = |i: usize| map[i.min(chars.len())];
        for s in &mut self.spans {
            s.0 = at(s.0);
            s.1 = at(s.1);
        }
        self.spans.retain(|s| s.0 < s.1);
        merge_spans(&mut self.spans);
        for note in &mut self.notes {
            note.at = at(note.at);
        }
        self.text = out;
    }

    /// Tabs become spaces: inside running text a tab is only a wide space.
    pub fn untab(&mut self) {
        if self.text.contains('\t') {
            self.text = self.text.replace('\t', " ");
        }
    }

    /// Removes the first `n` chars, moving spans and notes.
    pub fn drop_prefix(&mut self, n: usize) {
        self.text = self.text.chars().skip(n).collect();
        for s in &mut self.spans {
            s.0 = s.0.saturating_sub(n);
            s.1 = s.1.saturating_sub(n);
        }
        self.spans.retain(|s| s.0 < s.1);
        for note in &mut self.notes {
            note.at = note.at.saturating_sub(n);
        }
        self.tidy();
    }

    /// Appends `other` after a space.
    pub fn append(&mut self, other: Line) {
        let offset = self.char_len() + 1;
        self.text.push(' ');
        self.text.push_str(&other.text);
        self.spans.extend(
            other
                .spans
                .into_iter()
                .map(|s| Span(s.0 + offset, s.1 + offset, s.2)),
        );
        self.notes.extend(other.notes.into_iter().map(|n| Footnote {
            at: n.at + offset,
            text: n.text,
        }));
        self.tidy();
    }

    pub fn into_paragraph(self) -> Paragraph {
        Paragraph {
            text: self.text,
            spans: self.spans,
            notes: self.notes,
        }
    }
}

/// Sorts spans and merges touching or overlapping ones of the same style.
pub fn merge_spans(spans: &mut Vec<Span>) {
    spans.sort_by_key(|s| (style_rank(s.2), s.0, s.1));
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        match out.last_mut() {
            Some(last) if last.2 == s.2 && s.0 <= last.1 => last.1 = last.1.max(s.1),
            _ => out.push(s),
        }
    }
    out.sort_by_key(|s| (s.0, style_rank(s.2), s.1));
    *spans = out;
}

fn style_rank(s: Style) -> u8 {
    match s {
        Style::Bold => 0,
        Style::Italic => 1,
        Style::Underline => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_moves_spans() {
        let mut l = Line::new("  Về  kinh tế:   tăng ", 1, Hint::None);
        l.spans.push(Span(2, 14, Style::Bold));
        l.tidy();
        assert_eq!(l.text, "Về kinh tế:\ttăng");
        assert_eq!(l.spans, vec![Span(0, 11, Style::Bold)]);
    }
}
