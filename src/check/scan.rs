//! The running text of a document as one list, and small text helpers shared by the rules.

use super::Place;
use crate::model::{Block, Document, Paragraph, SectionKind};
use std::cell::Cell;

/// What a piece of running text is, for rules that treat headings differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Subject,
    Preamble,
    /// A section title on its own line ("I- MỤC TIÊU…").
    Heading,
    /// A numbered paragraph ("(1) Tập trung…").
    Item,
    Para,
    Closing,
}

pub struct TextItem<'a> {
    /// The field, without a range.
    pub place: Place,
    pub text: &'a str,
    pub role: Role,
    /// The last (byte, char) offset converted by [`TextItem::at_bytes`]: rules find their
    /// matches left to right, so counting on from there keeps a paragraph with thousands
    /// of findings linear, where counting from the start each time was quadratic.
    cursor: Cell<(usize, usize)>,
}

impl<'a> TextItem<'a> {
    fn new(place: Place, text: &'a str, role: Role) -> Self {
        Self {
            place,
            text,
            role,
            cursor: Cell::new((0, 0)),
        }
    }

    /// The place of chars `start..end` of this text.
    pub fn at(&self, start: usize, end: usize) -> Place {
        with_range(&self.place, Some((start, end)))
    }

    /// The place of bytes `start..end` of this text, converted to chars.
    pub fn at_bytes(&self, start: usize, end: usize) -> Place {
        let a = self.char_at(start);
        let b = a + self.text[start..end].chars().count();
        self.at(a, b)
    }

    /// The char offset of byte `at`, counted from the cursor when it is before `at`.
    fn char_at(&self, at: usize) -> usize {
        let (byte, char) = self.cursor.get();
        let (from, base) = if byte <= at { (byte, char) } else { (0, 0) };
        let n = base + self.text[from..at].chars().count();
        self.cursor.set((at, n));
        n
    }

    /// Running paragraphs (not the subject lines).
    pub fn is_paragraph(&self) -> bool {
        self.role != Role::Subject
    }
}

pub fn with_range(place: &Place, r: Option<(usize, usize)>) -> Place {
    let mut p = place.clone();
    match &mut p {
        Place::Subject { range, .. }
        | Place::Preamble { range, .. }
        | Place::Body { range, .. }
        | Place::Closing { range, .. }
        | Place::Recipient { range, .. } => *range = r,
        _ => {}
    }
    p
}

/// Subject lines, preamble, body (section titles included) and closing, in reading order.
pub fn texts(doc: &Document) -> Vec<TextItem<'_>> {
    let mut out = Vec::new();
    for (index, s) in doc.subject.iter().enumerate() {
        out.push(TextItem::new(
            Place::Subject { index, range: None },
            s,
            Role::Subject,
        ));
    }
    for (index, p) in doc.preamble.iter().enumerate() {
        out.push(TextItem::new(
            Place::Preamble { index, range: None },
            &p.text,
            Role::Preamble,
        ));
    }
    let mut path = Vec::new();
    body_texts(&doc.body, &mut path, &mut out);
    for (index, p) in doc.closing.iter().enumerate() {
        out.push(TextItem::new(
            Place::Closing { index, range: None },
            &p.text,
            Role::Closing,
        ));
    }
    out
}

fn body_texts<'a>(blocks: &'a [Block], path: &mut Vec<usize>, out: &mut Vec<TextItem<'a>>) {
    for (i, block) in blocks.iter().enumerate() {
        path.push(i);
        let place = Place::Body {
            path: path.clone(),
            range: None,
        };
        match block {
            Block::Para(p) => out.push(TextItem::new(place, &p.text, Role::Para)),
            Block::Section(s) => {
                let role = match s.kind {
                    SectionKind::Heading => Role::Heading,
                    SectionKind::Item => Role::Item,
                };
                out.push(TextItem::new(place, &s.title.text, role));
                body_texts(&s.content, path, out);
            }
        }
        path.pop();
    }
}

pub fn body_paragraph_mut<'a>(
    blocks: &'a mut [Block],
    path: &[usize],
) -> Option<&'a mut Paragraph> {
    let (&first, rest) = path.split_first()?;
    match (blocks.get_mut(first)?, rest.is_empty()) {
        (Block::Para(p), true) => Some(p),
        (Block::Section(s), true) => Some(&mut s.title),
        (Block::Section(s), false) => body_paragraph_mut(&mut s.content, rest),
        (Block::Para(_), false) => None,
    }
}

/// Byte range → char range within `text`.
pub fn char_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let a = text[..start].chars().count();
    let b = a + text[start..end].chars().count();
    (a, b)
}

/// Whether every letter of `s` is upper case (and there is at least one).
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| !c.is_lowercase())
}

/// Upper-case form for comparisons ("Ban Chấp hành" → "BAN CHẤP HÀNH").
pub fn upper(s: &str) -> String {
    s.trim().to_uppercase()
}

/// Quotes a piece of text for a message: “…”.
pub fn q(s: &str) -> String {
    format!("“{s}”")
}

/// `char::is_alphabetic` with fast paths for ASCII and the Vietnamese letters (the
/// general Unicode lookup dominated the checker's time on long documents).
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        0x2000..=0x206F => false,
        _ => c.is_alphabetic(),
    }
}
