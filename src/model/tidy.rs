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
}
