//! Repairs of what text extraction breaks: footnote texts dropped mid-document and
//! paragraphs split at page breaks. Only for text input: a Word file's paragraphs and
//! footnotes are real and are taken as they are.

use super::label;
use super::line::{Hint, Line};
use super::markdown::SUPERSCRIPT;
use super::Warning;
use crate::model::{Footnote, Style};

fn superscript_value(s: &str) -> Option<usize> {
    let digits: String = s
        .chars()
        .map_while(|c| SUPERSCRIPT.iter().position(|&d| d == c))
        .map(|d| char::from(b'0' + d as u8))
        .collect();
    digits.parse().ok()
}

/// "¹Xây dựng Trung tâm…" → (1, "Xây dựng Trung tâm…").
fn footnote_definition(line: &Line) -> Option<(usize, usize, String)> {
    let marks = line
        .text
        .chars()
        .take_while(|c| SUPERSCRIPT.contains(c))
        .count();
    if marks == 0 || marks > 3 {
        return None;
    }
    let n = superscript_value(&line.text)?;
    let text: String = line.text.chars().skip(marks).collect();
    let text = text.trim().to_owned();
    (!text.is_empty()).then_some((n, marks, text))
}

/// Moves footnote texts ("¹…" lines) to the paragraph whose "¹" mark they explain,
/// as model footnotes; the mark leaves the text.
pub fn attach_footnotes(lines: &mut Vec<Line>, warnings: &mut Vec<Warning>) {
    let mut i = 0;
    while i < lines.len() {
        let Some((n, marks, text)) = footnote_definition(&lines[i]) else {
            i += 1;
            continue;
        };
        let mark: String = lines[i].text.chars().take(marks).collect();
        // The nearest paragraph above holding the mark, else the nearest below.
        let host = (0..i)
            .rev()
            .chain(i + 1..lines.len())
            .find(|&j| footnote_definition(&lines[j]).is_none() && lines[j].text.contains(&mark));
        let Some(host) = host else {
            warnings.push(Warning::at(
                lines[i].source,
                format!("chú thích {n} không có dấu chú thích trong văn bản; giữ lại như một đoạn"),
            ));
            i += 1;
            continue;
        };
        let def = lines.remove(i);
        let host = if host > i { host - 1 } else { host };
        let line = &mut lines[host];
        let Some(byte) = line.text.find(&mark) else {
            continue;
        };
        let at = line.text[..byte].chars().count();
        remove_chars(line, at, marks);
        line.notes.push(Footnote { at, text });
        warnings.push(Warning::at(
            def.source,
            format!("chú thích {n} gắn vào đoạn {}", line.source),
        ));
    }
}

/// Removes `count` chars at `at`, moving spans and notes after them.
fn remove_chars(line: &mut Line, at: usize, count: usize) {
    let chars: Vec<char> = line.text.chars().collect();
    line.text = chars[..at].iter().chain(&chars[at + count..]).collect();
    let shift = |x: usize| {
        if x >= at + count {
            x - count
        } else {
            x.min(at)
        }
    };
    for s in &mut line.spans {
        s.0 = shift(s.0);
        s.1 = shift(s.1);
    }
    line.spans.retain(|s| s.0 < s.1);
    for n in &mut line.notes {
        n.at = shift(n.at);
    }
}

/// Whether a line is a heading by its look: a heading hint, all bold, or a Roman,
/// "Phần", "Chương" or "Mục" label.
pub fn looks_like_heading(line: &Line) -> bool {
    if matches!(line.hint, Hint::Heading(_)) || line.all(Style::Bold) {
        return true;
    }
    matches!(
        label::parse(&line.text).map(|l| l.style),
        Some(
            crate::model::NumberStyle::RomanDash
                | crate::model::NumberStyle::RomanDot
                | crate::model::NumberStyle::Part
                | crate::model::NumberStyle::Chapter
                | crate::model::NumberStyle::Division
                | crate::model::NumberStyle::None
        )
    )
}

fn should_join(prev: &Line, next: &Line) -> bool {
    if label::parse(&next.text).is_some() || looks_like_heading(next) || looks_like_heading(prev) {
        return false;
    }
    let Some(last) = prev.text.chars().last() else {
        return false;
    };
    let Some(first) = next.text.chars().next() else {
        return false;
    };
    if ".:;!?…".contains(last) {
        return false;
    }
    let lower_start = first.is_lowercase() || first.is_ascii_digit();
    if "”\")»’".contains(last) {
        return lower_start;
    }
    if lower_start || last == ',' {
        return true;
    }
    // An upper-case start may be a proper noun ("… theo nguyên tắc “5 tại chỗ” tại /
    // Trung tâm Hành chính công"): join a long running paragraph, never a short
    // numbered line that may be a heading.
    let numbered_short = label::parse(&prev.text)
        .is_some_and(|l| l.style != crate::model::NumberStyle::Dash && prev.char_len() <= 160);
    first.is_uppercase() && prev.char_len() >= 60 && !numbered_short
}

/// Joins paragraphs split at a page break: the first part lacks closing punctuation and
/// the second does not start a new numbered item or heading.
pub fn join_page_breaks(lines: Vec<Line>, warnings: &mut Vec<Warning>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        match out.last_mut() {
            Some(prev) if should_join(prev, &line) => {
                warnings.push(Warning::at(
                    line.source,
                    format!("nối với đoạn {} (đoạn bị ngắt trang)", prev.source),
                ));
                prev.append(line);
            }
            _ => out.push(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnote_moves_to_its_mark() {
        let mut lines = vec![
            Line::new(
                "Khởi công các dự án trọng điểm¹. Tập trung hoàn thành",
                1,
                Hint::None,
            ),
            Line::new("¹Xây dựng Trung tâm Chính trị", 3, Hint::None),
            Line::new("các thủ tục, quy trình.", 5, Hint::None),
        ];
        let mut w = Vec::new();
        attach_footnotes(&mut lines, &mut w);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].notes[0].at, 30);
        assert_eq!(lines[0].notes[0].text, "Xây dựng Trung tâm Chính trị");
        let joined = join_page_breaks(lines, &mut w);
        assert_eq!(joined.len(), 1);
        assert!(joined[0]
            .text
            .ends_with("hoàn thành các thủ tục, quy trình."));
        assert_eq!(joined[0].notes[0].at, 30);
    }

    #[test]
    fn headings_and_items_stay_apart() {
        let mut w = Vec::new();
        let lines = vec![
            Line::new("1. Kết quả đạt được", 1, Hint::None),
            Line::new("Thành uỷ đã tập trung lãnh đạo", 2, Hint::None),
            Line::new("- Tiếp tục đổi mới", 3, Hint::None),
        ];
        assert_eq!(join_page_breaks(lines, &mut w).len(), 3);
    }
}
