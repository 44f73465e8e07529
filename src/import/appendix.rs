//! Appendices (phụ lục) after the signature block (05-HD/VPTW 2026 p. 25): "PHỤ LỤC" or
//! "Phụ lục 1" centred on its own line, the title under it, then the line saying which
//! document it belongs to ("(Kèm theo Quyết định số 12-QĐ/TU …)"), then its text.

use super::closing::{authority, is_recipients_label, role};
use super::header::{is_rule, is_upper};
use super::line::Line;

/// Lines looked at for the note under an appendix's title.
const NOTE_LOOKAHEAD: usize = 6;
/// The most lines an appendix title takes.
const MAX_TITLE_LINES: usize = 4;
/// The most lines the "(Kèm theo …)" note wraps over.
const MAX_NOTE_LINES: usize = 3;
/// "PHỤ LỤC 12" is short; a longer line is a sentence about an appendix.
const MAX_LABEL_CHARS: usize = 16;

/// "PHỤ LỤC", "Phụ lục 2", "PHỤ LỤC 02" alone on a line.
pub fn is_label(text: &str) -> bool {
    let t = text.trim();
    if t.chars().count() > MAX_LABEL_CHARS {
        return false;
    }
    let lower = t.to_lowercase();
    let Some(rest) = lower.strip_prefix("phụ lục") else {
        return false;
    };
    let rest = rest.trim();
    rest.is_empty() || rest.chars().all(|c| c.is_ascii_digit())
}

/// One appendix as read: its title lines and its text lines.
pub struct Read {
    pub title: Vec<String>,
    /// Its label stands on landscape pages (a section of its own in a Word file).
    pub landscape: bool,
    pub body: Vec<Line>,
}

/// Removes the appendices from the end of `lines`: everything from the first appendix
/// label after the closing block (a "Nơi nhận" label or a signature's authority line),
/// split at each label.
pub fn split(lines: &mut Vec<Line>) -> Vec<Read> {
    let Some(closing) = lines.iter().position(|l| {
        let first_cell = l.text.split('\t').next().unwrap_or("");
        is_recipients_label(first_cell)
            || authority(first_cell).is_some()
            || role(first_cell).is_some()
    }) else {
        return Vec::new();
    };
    let Some(start) = (closing + 1..lines.len()).find(|&i| is_label(&lines[i].text)) else {
        return Vec::new();
    };
    let tail = lines.split_off(start);
    let mut groups: Vec<Vec<Line>> = Vec::new();
    for line in tail {
        if is_label(&line.text) || groups.is_empty() {
            groups.push(Vec::new());
        }
        if let Some(g) = groups.last_mut() {
            g.push(line);
        }
    }
    groups.into_iter().map(read).collect()
}

/// "(Kèm theo …)": the line saying which document the appendix belongs to.
fn is_note(text: &str) -> bool {
    let t = text.trim_start().trim_start_matches('(').trim_start();
    t.to_lowercase().starts_with("kèm theo")
}

/// One appendix's lines (its label first) → title and text.
fn read(mut group: Vec<Line>) -> Read {
    let landscape = group.first().is_some_and(|l| l.landscape);
    let rest = group.split_off(1.min(group.len()));
    let note = rest
        .iter()
        .take(NOTE_LOOKAHEAD)
        .position(|l| is_note(&l.text));
    let title_len = match note {
        Some(n) => n.min(MAX_TITLE_LINES),
        None => rest
            .iter()
            .take(MAX_TITLE_LINES)
            .take_while(|l| is_upper(&l.text) && !is_rule(&l.text))
            .count(),
    };
    let title = rest[..title_len]
        .iter()
        .map(|l| l.text.replace('\t', " ").trim().to_owned())
        .collect();
    let mut at = note.unwrap_or(title_len);
    if note.is_some() {
        // The note may wrap; it ends with its closing bracket.
        let wrapped = rest[at..]
            .iter()
            .take(MAX_NOTE_LINES)
            .position(|l| l.text.trim_end().ends_with(')'))
            .unwrap_or(0);
        at += wrapped + 1;
    }
    while rest.get(at).is_some_and(|l| is_rule(&l.text)) {
        at += 1;
    }
    let body = rest.into_iter().skip(at).collect();
    Read {
        title,
        landscape,
        body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::line::Hint;

    #[test]
    fn appendices_after_the_signature_are_split_at_their_labels() {
        let mut lines: Vec<Line> = [
            "1. Nội dung.",
            "Nơi nhận:",
            "- Lưu VPTU.",
            "T/M BAN THƯỜNG VỤ",
            "BÍ THƯ",
            "Nguyễn Văn A",
            "Phụ lục 1",
            "DANH SÁCH THÀNH VIÊN",
            "TỔ CÔNG TÁC",
            "(Kèm theo Quyết định số 12-QĐ/TU, ngày 05/3/2026",
            "của Ban Thường vụ Tỉnh uỷ)",
            "-----",
            "1. Đồng chí Trần Văn B.",
            "Phụ lục 2",
            "LỊCH LÀM VIỆC",
            "Tuần 1: khảo sát.",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| Line::new(*t, i + 1, Hint::None))
        .collect();
        let read = split(&mut lines);
        assert_eq!(lines.len(), 6);
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].title, ["DANH SÁCH THÀNH VIÊN", "TỔ CÔNG TÁC"]);
        assert_eq!(read[0].body.len(), 1);
        assert_eq!(read[1].title, ["LỊCH LÀM VIỆC"]);
        assert_eq!(read[1].body[0].text, "Tuần 1: khảo sát.");
        assert!(!is_label("Phụ lục kèm theo văn bản này"));
    }
}
