//! Paragraph text: plain text plus formatting spans and footnote anchors.
//!
//! Offsets are in `char`s, not bytes, so that they survive re-encoding and match the
//! cursor positions of a text widget. Text is kept in Unicode NFC.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// Inline formatting a clerk can apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Style {
    Bold,
    Italic,
    Underline,
}

/// `Span(start, end, style)`: `style` applies to chars `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span(pub usize, pub usize, pub Style);

/// A footnote whose reference mark stands after char `at` of the paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    pub at: usize,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<Span>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Footnote>,
}

/// A stretch of text with one set of styles, and the footnotes that follow it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    /// Footnotes anchored at the end of this segment.
    pub notes: Vec<&'a Footnote>,
}

impl Paragraph {
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }

    /// Builder: mark `start..end` (chars) with `style`.
    pub fn with(mut self, start: usize, end: usize, style: Style) -> Self {
        self.spans.push(Span(start, end, style));
        self
    }

    /// Builder: the whole paragraph in `style`.
    pub fn all(self, style: Style) -> Self {
        let n = self.char_len();
        self.with(0, n, style)
    }

    /// Builder: a footnote after char `at`.
    pub fn note(mut self, at: usize, text: impl Into<String>) -> Self {
        self.notes.push(Footnote {
            at,
            text: text.into(),
        });
        self
    }

    pub fn char_len(&self) -> usize {
        self.text.chars().count()
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.notes.is_empty()
    }

    /// Whether chars `start..end` all carry `style`.
    pub fn has_style(&self, start: usize, end: usize, style: Style) -> bool {
        (start..end).all(|i| {
            self.spans
                .iter()
                .any(|s| s.2 == style && s.0 <= i && i < s.1)
        })
    }

    /// Splits the text at every span and footnote boundary, in order.
    pub fn segments(&self) -> Vec<Segment<'_>> {
        let len = self.char_len();
        let mut cuts: Vec<usize> = vec![0, len];
        for s in &self.spans {
            cuts.push(s.0.min(len));
            cuts.push(s.1.min(len));
        }
        for n in &self.notes {
            cuts.push(n.at.min(len));
        }
        cuts.sort_unstable();
        cuts.dedup();
        let byte_at = char_to_byte_map(&self.text);
        let mut out = Vec::with_capacity(cuts.len());
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            let style = |st: Style| self.spans.iter().any(|s| s.2 == st && s.0 <= a && b <= s.1);
            out.push(Segment {
                text: &self.text[byte_at[a]..byte_at[b]],
                bold: style(Style::Bold),
                italic: style(Style::Italic),
                underline: style(Style::Underline),
                notes: self.notes.iter().filter(|n| n.at.min(len) == b).collect(),
            });
        }
        // A note at offset 0 of an empty paragraph still needs a home.
        if out.is_empty() {
            out.push(Segment {
                text: "",
                bold: false,
                italic: false,
                underline: false,
                notes: self.notes.iter().collect(),
            });
        }
        out
    }

    /// Normalises text and notes to NFC, moving span and note offsets with the text.
    /// An offset that falls between a letter and its combining mark (possible in NFD
    /// input) moves past the mark, so that the letter is composed whole.
    pub fn normalize(&mut self) {
        if self.is_nfc() {
            return;
        }
        let chars: Vec<char> = self.text.chars().collect();
        let len = chars.len();
        let snap = |mut i: usize| {
            i = i.min(len);
            while i < len && unicode_normalization::char::is_combining_mark(chars[i]) {
                i += 1;
            }
            i
        };
        let mut cuts: Vec<usize> = vec![0, len];
        for s in &self.spans {
            cuts.extend([snap(s.0), snap(s.1)]);
        }
        for n in &self.notes {
            cuts.push(snap(n.at));
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut new_text = String::with_capacity(self.text.len());
        let mut new_pos = vec![0usize; len + 1];
        let mut count = 0;
        for w in cuts.windows(2) {
            let piece: String = chars[w[0]..w[1]].iter().copied().nfc().collect();
            count += piece.chars().count();
            new_text.push_str(&piece);
            new_pos[w[1]] = count;
        }
        let map = |i: usize| new_pos[snap(i)];
        for s in &mut self.spans {
            s.0 = map(s.0);
            s.1 = map(s.1);
        }
        for n in &mut self.notes {
            n.at = map(n.at);
            n.text = nfc(&n.text);
        }
        self.text = new_text;
    }

    fn is_nfc(&self) -> bool {
        is_nfc(&self.text) && self.notes.iter().all(|n| is_nfc(&n.text))
    }
}

/// `map[i]` is the byte offset of char `i`; `map[len]` is the text's byte length.
fn char_to_byte_map(text: &str) -> Vec<usize> {
    let mut map: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    map.push(text.len());
    map
}

/// NFC form of `s` (a no-op copy when it already is).
pub fn nfc(s: &str) -> String {
    if is_nfc(s) {
        s.to_owned()
    } else {
        s.nfc().collect()
    }
}

/// Whether `s` is in NFC. The quick check answers from a table for almost all text
/// (Vietnamese in NFC answers "yes" char by char); only a "maybe" runs the full check.
pub fn is_nfc(s: &str) -> bool {
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => unicode_normalization::is_nfc(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_split_at_spans_and_notes() {
        let p = Paragraph::plain("Về kinh tế: tăng trưởng")
            .with(0, 11, Style::Bold)
            .note(23, "Số liệu sơ bộ.");
        let segs = p.segments();
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[0].text, "Về kinh tế:");
        assert!(segs[0].bold);
        assert_eq!(segs[1].text, " tăng trưởng");
        assert!(!segs[1].bold);
        assert_eq!(segs[1].notes.len(), 1);
    }

    #[test]
    fn normalize_moves_offsets() {
        // "Đảng" in NFD: the a + hook above is two chars.
        let nfd: String = "Đảng ủy".nfd().collect();
        let len = nfd.chars().count();
        let mut p = Paragraph::plain(nfd)
            .with(0, len, Style::Italic)
            .note(len, "x");
        p.normalize();
        assert_eq!(p.text, "Đảng ủy");
        assert_eq!(p.spans, vec![Span(0, 7, Style::Italic)]);
        assert_eq!(p.notes[0].at, 7);
    }

    #[test]
    fn normalize_never_splits_a_letter_from_its_mark() {
        // NFD "tác" with a span ending between "a" and its acute accent.
        let mut p = Paragraph::plain("ta\u{301}c").with(0, 2, Style::Bold);
        p.normalize();
        assert_eq!(p.text, "tác");
        assert_eq!(p.spans, vec![Span(0, 2, Style::Bold)]);
    }
}
