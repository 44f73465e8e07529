//! The lossy part of editing, done when a value is committed (a field loses the keyboard,
//! the draft is saved or exported), never between two keystrokes: NFC, trimming, and
//! dropping the empty lines of one-entry-per-line fields.
//!
//! While the clerk types, fields reach the model through the lossless conversions
//! (`split_lines`), so that a trailing space or a new empty line survives until the next
//! keystroke arrives.

use super::text::nfc;
use super::{body, Document, Paragraph};

/// Splits a multi-line field into entries, keeping empty and untrimmed lines: the lossless
/// conversion used while typing (`join("\n")` gives the text back exactly).
pub fn split_lines(text: &str) -> Vec<String> {
    text.split('\n').map(str::to_owned).collect()
}

/// One committed line: NFC, without surrounding white space.
pub fn line(text: &str) -> String {
    nfc(text.trim())
}

/// Committed entries of a multi-line field: NFC, trimmed, empty lines dropped.
pub fn lines<S: AsRef<str>>(entries: &[S]) -> Vec<String> {
    entries
        .iter()
        .flat_map(|e| e.as_ref().split('\n'))
        .map(line)
        .filter(|l| !l.is_empty())
        .collect()
}

fn tidy_line(s: &mut String) {
    let t = line(s);
    if t != *s {
        *s = t;
    }
}

fn tidy_lines(v: &mut Vec<String>) {
    let t = lines(v);
    if t != *v {
        *v = t;
    }
}

/// The chars of a list entry without what the rule set prints around it: a leading dash
/// and the ";", "," or "." after it, which a clerk types out of habit (căn cứ, Kính gửi).
pub fn list_item_bounds(text: &str) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    while start < chars.len() && (chars[start].is_whitespace() || is_dash(chars[start])) {
        start += 1;
    }
    let mut end = chars.len();
    while end > start
        && (chars[end - 1].is_whitespace() || matches!(chars[end - 1], ';' | ',' | '.'))
    {
        end -= 1;
    }
    (start, end)
}

impl Paragraph {
    /// This paragraph without a leading dash and trailing ";", "," or "." (see
    /// [`list_item_bounds`]), its spans and notes kept on their text.
    pub fn without_list_marks(&self) -> Paragraph {
        let (start, end) = list_item_bounds(&self.text);
        let mut p = self.clone();
        p.replace_range(end, p.char_len(), "");
        p.replace_range(0, start, "");
        p
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '+' | '•')
}

impl Document {
    /// Commits every field at once (save, export): NFC everywhere, one-line values
    /// trimmed, empty entries of line lists dropped. Running text keeps its spaces: the
    /// checker reports doubled or trailing spaces there, with their place.
    pub fn tidy(&mut self) {
        self.normalize();
        tidy_lines(&mut self.issuer.upper);
        tidy_line(&mut self.issuer.name);
        tidy_line(&mut self.issuer.symbol);
        tidy_line(&mut self.number);
        tidy_line(&mut self.place);
        tidy_lines(&mut self.subject);
        tidy_lines(&mut self.addressees);
        tidy_lines(&mut self.theme);
        for a in &mut self.addressees {
            let (start, end) = list_item_bounds(a);
            if (start, end) != (0, a.chars().count()) {
                *a = a.chars().skip(start).take(end - start).collect();
            }
        }
        self.addressees.retain(|a| !a.is_empty());
        for b in &mut self.bases {
            *b = b.without_list_marks();
        }
        self.bases.retain(|b| !b.is_empty());
        tidy_line(&mut self.enacting);
        tidy_lines(&mut self.marks.circulation);
        tidy_line(&mut self.marks.drafter);
        for a in &mut self.appendices {
            tidy_lines(&mut a.title);
        }
        for r in &mut self.recipients {
            tidy_line(&mut r.name);
            if let Some(n) = &mut r.note {
                tidy_line(n);
            }
            if r.note.as_deref() == Some("") {
                r.note = None;
            }
        }
        tidy_line(&mut self.archive);
        tidy_line(&mut self.signature.on_behalf_of);
        tidy_line(&mut self.signature.title);
        tidy_line(&mut self.signature.name);
        tidy_line(&mut self.signature.concurrent);
        let notes = |p: &mut Paragraph| p.notes.iter_mut().for_each(|n| tidy_line(&mut n.text));
        self.preamble.iter_mut().for_each(notes);
        body::for_each_paragraph_mut(&mut self.body, &mut |p| notes(p));
        self.closing.iter_mut().for_each(notes);
        if let Some(c) = &mut self.conference {
            tidy_line(&mut c.name);
            tidy_line(&mut c.place);
            tidy_line(&mut c.chair);
            tidy_lines(&mut c.attendees);
            tidy_lines(&mut c.reports);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keeps_what_was_typed() {
        let typed = "ĐẢNG BỘ TỈNH \n\nĐỒNG NAI ";
        assert_eq!(split_lines(typed).join("\n"), typed);
        assert_eq!(split_lines("a\n"), vec!["a", ""]);
    }

    #[test]
    fn committed_lines_are_nfc_trimmed_and_not_empty() {
        // "ê" typed as e + combining circumflex.
        let typed = vec![" Ðe\u{302}m ".to_owned(), String::new(), "  ".to_owned()];
        assert_eq!(lines(&typed), vec!["Ðêm"]);
        assert_eq!(line(" a b "), "a b");
    }

    #[test]
    fn tidy_commits_the_whole_document() {
        let mut doc = crate::templates::sample().expect("sample");
        doc.subject = vec!["về việc ".into(), String::new()];
        doc.place = " Hạ Long".into();
        doc.recipients[0].note = Some(" ".into());
        doc.tidy();
        assert_eq!(doc.subject, vec!["về việc"]);
        assert_eq!(doc.place, "Hạ Long");
        assert_eq!(doc.recipients[0].note, None);
    }

    #[test]
    fn bases_and_addressees_lose_the_marks_the_rule_set_prints() {
        let mut doc = crate::templates::sample().expect("sample");
        doc.bases = vec![
            Paragraph::plain("- Căn cứ Điều lệ Đảng;").with(2, 20, crate::model::Style::Italic),
            Paragraph::plain(" ;"),
        ];
        doc.addressees = vec![
            "- Ban Thường vụ Tỉnh ủy,".into(),
            "Văn phòng Tỉnh ủy".into(),
        ];
        doc.tidy();
        assert_eq!(doc.bases.len(), 1);
        assert_eq!(doc.bases[0].text, "Căn cứ Điều lệ Đảng");
        // The italic span moved with its text.
        assert!(doc.bases[0].has_style(0, 18, crate::model::Style::Italic));
        assert_eq!(
            doc.addressees,
            ["Ban Thường vụ Tỉnh ủy", "Văn phòng Tỉnh ủy"]
        );
    }
}
