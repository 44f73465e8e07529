//! Plain text and Markdown into lines: `**bold**`, `*italic*`, `***both***` become spans,
//! `#` headings become heading hints, `[^1]` footnotes become the "¹" marks that text
//! extracted from Word or PDF already uses. Plain text goes through the same reader: it
//! simply has no marks.
//!
//! Marks may span several lines of one block (text between blank lines), as in
//! "**T/M THÀNH ỦY⏎BÍ THƯ**"; a mark left open at the end of its block runs to that end
//! (the seeds hold "***2.2. …**", bold and italic opened, only bold closed).

use super::line::{Hint, Line};
use crate::model::{Span, Style};

/// Superscript digits, the footnote marks of extracted text.
pub const SUPERSCRIPT: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

pub fn superscript(n: &str) -> String {
    n.chars()
        .filter_map(|c| c.to_digit(10).map(|d| SUPERSCRIPT[d as usize]))
        .collect()
}

/// Every non-blank line of `text`, with formatting.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut block: Vec<(usize, String, bool)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        if raw.trim().is_empty() {
            flush(&mut block, &mut out);
            continue;
        }
        let (rest, heading) = strip_heading(raw);
        block.push((i + 1, footnote_marks(rest), heading));
    }
    flush(&mut block, &mut out);
    out
}

/// "## II- NHIỆM VỤ" → ("II- NHIỆM VỤ", true).
fn strip_heading(line: &str) -> (&str, bool) {
    let t = line.trim_start();
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with([' ', '\t']) {
        (t[hashes..].trim_start(), true)
    } else {
        (line, false)
    }
}

/// Markdown footnotes: the definition `[^1]: text` → "¹text", the reference `[^1]` → "¹".
fn footnote_marks(line: &str) -> String {
    if !line.contains("[^") {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("[^") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find(']') {
            Some(end) if end > 0 && after[..end].chars().all(|c| c.is_ascii_digit()) => {
                out.push_str(&superscript(&after[..end]));
                rest = &after[end + 1..];
                if out.chars().all(|c| SUPERSCRIPT.contains(&c)) {
                    rest = rest.strip_prefix(':').unwrap_or(rest);
                }
            }
            _ => {
                out.push_str("[^");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn flush(block: &mut Vec<(usize, String, bool)>, out: &mut Vec<Line>) {
    if block.is_empty() {
        return;
    }
    let joined: Vec<&str> = block.iter().map(|(_, s, _)| s.as_str()).collect();
    let (text, spans) = parse_inline(&joined.join("\n"));
    let mut start = 0usize;
    for ((source, _, heading), piece) in block.drain(..).zip(text.split('\n')) {
        let len = piece.chars().count();
        let end = start + len;
        let mut line = Line::new(piece, source, Hint::None);
        if heading {
            line.hint = Hint::Heading(None);
        }
        line.spans = spans
            .iter()
            .filter(|s| s.0 < end && s.1 > start)
            .map(|s| Span(s.0.max(start) - start, s.1.min(end) - start, s.2))
            .collect();
        line.tidy();
        if !line.is_blank() {
            out.push(line);
        }
        start = end + 1;
    }
}

/// Emphasis marks of one block → (text without marks, spans in chars).
pub fn parse_inline(src: &str) -> (String, Vec<Span>) {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut n = 0usize;
    let mut spans = Vec::new();
    let mut open: [Option<usize>; 2] = [None, None]; // bold, italic
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && chars.get(i + 1) == Some(&'*') {
            out.push('*');
            n += 1;
            i += 2;
            continue;
        }
        if c != '*' {
            out.push(c);
            n += 1;
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|&&c| c == '*').count();
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + run).copied();
        let can_open = next.is_some_and(|c| !c.is_whitespace());
        let can_close = prev.is_some_and(|c| !c.is_whitespace());
        let kinds: &[usize] = match run {
            1 => &[1],
            2 => &[0],
            3 => &[0, 1],
            _ => &[],
        };
        let mut used = false;
        for &k in kinds {
            let style = if k == 0 { Style::Bold } else { Style::Italic };
            match open[k] {
                Some(start) if can_close => {
                    if start < n {
                        spans.push(Span(start, n, style));
                    }
                    open[k] = None;
                    used = true;
                }
                None if can_open => {
                    open[k] = Some(n);
                    used = true;
                }
                _ => {}
            }
        }
        if !used {
            for _ in 0..run {
                out.push('*');
            }
            n += run;
        }
        i += run;
    }
    for (k, start) in open.iter().enumerate() {
        if let Some(start) = *start {
            if start < n {
                let style = if k == 0 { Style::Bold } else { Style::Italic };
                spans.push(Span(start, n, style));
            }
        }
    }
    (out, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_become_spans() {
        let (t, s) = parse_inline("**1. Mục tiêu** và *ý*");
        assert_eq!(t, "1. Mục tiêu và ý");
        assert_eq!(
            s,
            vec![Span(0, 11, Style::Bold), Span(15, 16, Style::Italic)]
        );
        let (t, s) = parse_inline("***2.2. Nâng cao**");
        assert_eq!(t, "2.2. Nâng cao");
        assert!(s.contains(&Span(0, 13, Style::Bold)) && s.contains(&Span(0, 13, Style::Italic)));
        assert_eq!(parse_inline("*").0, "*");
        assert_eq!(parse_inline("a * b").0, "a * b");
    }

    #[test]
    fn bold_across_lines_and_headings() {
        let ls = lines("## **T/M THÀNH ỦY  \nBÍ THƯ**\n\n\nx[^1]\n[^1]: ghi chú");
        assert_eq!(ls.len(), 4);
        assert_eq!(ls[0].text, "T/M THÀNH ỦY");
        assert_eq!(ls[0].hint, Hint::Heading(None));
        assert!(ls[1].all(Style::Bold));
        assert_eq!(ls[2].text, "x¹");
        assert_eq!(ls[3].text, "¹ ghi chú");
        assert_eq!(ls[3].source, 6);
    }
}
