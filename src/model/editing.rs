//! Edits of a paragraph that keep its formatting in place: replacing the text (as a text
//! widget does after each keystroke) or a range of it (as a fix does), and toggling a
//! style over a range.

use super::text::{Footnote, Paragraph, Span, Style};

impl Paragraph {
    /// Replaces the text by `new`, moving spans and footnotes as an editor would: the
    /// changed stretch is found by common prefix and suffix, then replaced in place.
    pub fn replace_text(&mut self, new: &str) {
        if new == self.text {
            return;
        }
        let old: Vec<char> = self.text.chars().collect();
        let fresh: Vec<char> = new.chars().collect();
        let prefix = old.iter().zip(&fresh).take_while(|(a, b)| a == b).count();
        let max_suffix = old.len().min(fresh.len()) - prefix;
        let suffix = old
            .iter()
            .rev()
            .zip(fresh.iter().rev())
            .take(max_suffix)
            .take_while(|(a, b)| a == b)
            .count();
        let inserted: String = fresh[prefix..fresh.len() - suffix].iter().collect();
        self.replace_range(prefix, old.len() - suffix, &inserted);
    }

    /// Replaces chars `start..end` by `with`. Offsets after the range shift; offsets inside
    /// it move to its new end, except span starts at `start`, which stay: text typed at
    /// the end of a span extends it, as in Word. Spans that become empty disappear.
    pub fn replace_range(&mut self, start: usize, end: usize, with: &str) {
        let len = self.char_len();
        let start = start.min(len);
        let end = end.clamp(start, len);
        let new_end = start + with.chars().count();
        let map_end = |i: usize| {
            if i < start {
                i
            } else if i >= end {
                i - end + new_end
            } else {
                new_end
            }
        };
        let map_start = |i: usize| if i <= start { i } else { map_end(i) };
        for s in &mut self.spans {
            let (a, b) = (map_start(s.0), map_end(s.1));
            s.0 = a;
            s.1 = b.max(a);
        }
        self.spans.retain(|s| s.0 < s.1);
        for n in &mut self.notes {
            n.at = map_end(n.at);
        }
        let byte = |c: usize| {
            self.text
                .char_indices()
                .nth(c)
                .map_or(self.text.len(), |(b, _)| b)
        };
        let (a, b) = (byte(start), byte(end));
        self.text.replace_range(a..b, with);
    }

    /// Applies `style` to `start..end`, or removes it if the whole range already has it.
    pub fn toggle_style(&mut self, start: usize, end: usize, style: Style) {
        let (start, end) = (start.min(end), start.max(end).min(self.char_len()));
        if start >= end {
            return;
        }
        if self.has_style(start, end, style) {
            let mut kept = Vec::with_capacity(self.spans.len() + 1);
            for s in self.spans.drain(..) {
                if s.2 != style || s.1 <= start || s.0 >= end {
                    kept.push(s);
                    continue;
                }
                if s.0 < start {
                    kept.push(Span(s.0, start, style));
                }
                if s.1 > end {
                    kept.push(Span(end, s.1, style));
                }
            }
            self.spans = kept;
        } else {
            self.spans.push(Span(start, end, style));
            self.merge_spans(style);
        }
    }

    /// Joins overlapping or touching spans of one style.
    fn merge_spans(&mut self, style: Style) {
        let (mut same, other): (Vec<Span>, Vec<Span>) =
            self.spans.drain(..).partition(|s| s.2 == style);
        same.sort_by_key(|s| s.0);
        let mut merged: Vec<Span> = Vec::with_capacity(same.len());
        for s in same {
            match merged.last_mut() {
                Some(last) if s.0 <= last.1 => last.1 = last.1.max(s.1),
                _ => merged.push(s),
            }
        }
        self.spans = other;
        self.spans.extend(merged);
    }

    /// Adds a footnote after char `at`; returns its index among the paragraph's notes.
    pub fn add_note(&mut self, at: usize, text: impl Into<String>) -> usize {
        let at = at.min(self.char_len());
        let index = self.notes.iter().filter(|n| n.at <= at).count();
        self.notes.insert(
            index,
            Footnote {
                at,
                text: text.into(),
            },
        );
        index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_inside_and_after_a_span() {
        let mut p = Paragraph::plain("Về kinh tế: tăng").with(0, 11, Style::Bold);
        p.replace_text("Về nền kinh tế: tăng");
        assert_eq!(p.spans, vec![Span(0, 15, Style::Bold)]);
        p.replace_text("Về nền kinh tế: tăng trưởng");
        assert_eq!(p.spans, vec![Span(0, 15, Style::Bold)]);
        // Deleting the whole bold stretch removes the span.
        p.replace_text(" tăng trưởng");
        assert!(p.spans.is_empty());
    }

    #[test]
    fn notes_follow_their_word() {
        let mut p = Paragraph::plain("dự án trọng điểm. Tiếp").note(16, "x");
        p.replace_text("các dự án trọng điểm. Tiếp");
        assert_eq!(p.notes[0].at, 20);
    }

    #[test]
    fn toggle_adds_merges_and_removes() {
        let mut p = Paragraph::plain("một hai ba bốn");
        p.toggle_style(0, 3, Style::Bold);
        p.toggle_style(2, 7, Style::Bold);
        assert_eq!(p.spans, vec![Span(0, 7, Style::Bold)]);
        p.toggle_style(4, 7, Style::Bold);
        assert_eq!(p.spans, vec![Span(0, 4, Style::Bold)]);
        p.toggle_style(0, 14, Style::Italic);
        p.toggle_style(0, 14, Style::Italic);
        assert!(!p.has_style(0, 1, Style::Italic));
    }
}
