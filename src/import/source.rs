//! What a file says, as written, beside what the importer understood of it (issue 12).
//!
//! The importer rightly repairs what it reads: it drops the punctuation of "Nơi nhận"
//! (the export adds it), parses the number and date lines into fields, renumbers by
//! position, converts old encodings and normalises to NFC. A draft built from the file is
//! then clean — and an audit of it would miss the file's own mistakes. So the importer
//! keeps, beside the draft, the lines that carry form (as written, with their paragraph
//! in the file), and every repair it made is a [`Repair`] on its warning. The checker
//! judges these under the rule set of the document's family and date
//! (`check::received`); the importer only reports them.

use crate::model::DocKind;
use crate::rules::System;

/// One line of the file as written: its 1-based paragraph (DOCX `w:p` in document order,
/// table cells included) or line (text), and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub paragraph: usize,
    pub text: String,
}

impl Written {
    pub fn new(paragraph: usize, text: impl Into<String>) -> Self {
        Self {
            paragraph,
            text: text.into(),
        }
    }
}

/// A family mark and where it stands: which system's form a line is written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub system: System,
    pub line: Written,
}

/// The lines of a file that carry its form, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    /// Every non-blank paragraph as read (old encodings converted, not yet NFC), to find
    /// a draft's text back in the file.
    pub paragraphs: Vec<Written>,
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    pub motto: Option<Mark>,
    /// "Độc lập - Tự do - Hạnh phúc", the state motto's second line.
    pub motto_second: Option<Written>,
    /// "Số 15-KL/TU" (Party form) or "Số: 15/QĐ-UBND" (state form).
    pub number: Option<Mark>,
    /// "Hạ Long, ngày 20 tháng 8 năm 2021".
    pub date: Option<Written>,
    /// A công văn's subject under its number ("V/v …"), or any sentence-case line of the
    /// header's left column.
    pub header_subject: Option<Written>,
    /// "Kính gửi:" / "Kính trình:" as written, and each addressee line under or beside it.
    pub addressee_label: Option<Written>,
    pub addressees: Vec<Written>,
    /// Each legal basis (căn cứ) as written, with its dash and punctuation.
    pub bases: Vec<Written>,
    /// The type-name line ("KẾT LUẬN").
    pub title: Option<Written>,
    /// The type recognised from the title line, None when the file has none.
    pub kind: Option<DocKind>,
    /// The "Nơi nhận:" label.
    pub recipients_label: Option<Written>,
    /// Each recipient as written, wrapped lines joined, the "Lưu …" line last.
    pub recipients: Vec<Written>,
    /// "T/M BAN THƯỜNG VỤ" (Party) or "TM. ỦY BAN NHÂN DÂN" (state).
    pub authority: Option<Mark>,
}

impl Source {
    /// The marks that say which family the document belongs to, strongest first: the
    /// motto, the number line, the authority line, the "Lưu" line.
    pub fn marks(&self) -> Vec<&Mark> {
        [&self.motto, &self.number, &self.authority]
            .into_iter()
            .flatten()
            .collect()
    }

    /// The family the document says it belongs to: the one most of its marks show (a
    /// state motto over a Party number and a Party signature is a Party document with a
    /// wrong motto); on a tie, the strongest mark's. None when nothing says.
    pub fn family(&self) -> Option<System> {
        self.deciding_mark().map(|m| m.system)
    }

    /// The strongest mark of the family most marks show.
    pub fn deciding_mark(&self) -> Option<&Mark> {
        let marks = self.marks();
        let party = marks.iter().filter(|m| m.system == System::Party).count();
        let state = marks.len() - party;
        let winner = match party.cmp(&state) {
            std::cmp::Ordering::Greater => System::Party,
            std::cmp::Ordering::Less => System::State,
            std::cmp::Ordering::Equal => marks.first()?.system,
        };
        marks.into_iter().find(|m| m.system == winner)
    }

    /// The "Lưu …" line, when the list ends with one.
    pub fn archive(&self) -> Option<&Written> {
        self.recipients.last().filter(|w| is_archive_item(&w.text))
    }
}

/// "- Lưu VPTU." / "- Lưu: VT, NC." as written.
pub fn is_archive_item(text: &str) -> bool {
    let t = text.trim_start_matches(['-', '–', '—', '•', '+', ' ']);
    t.starts_with("Lưu ") || t.starts_with("Lưu:") || t == "Lưu"
}

/// A repair the importer made to what the file says. Each is worded for the clerk as an
/// import warning and judged by `check` as a finding: the file was wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repair {
    /// A typed section number that does not follow from its position ("4." after "2."),
    /// renumbered.
    Renumbered { typed: String, computed: String },
    /// Text in decomposed Unicode (NFD) or another non-NFC form, normalised.
    Normalized,
    /// Paragraphs typed in an old font encoding (TCVN3, VNI), converted to Unicode.
    Legacy {
        encoding: &'static str,
        paragraphs: Vec<usize>,
    },
    /// The type name and the subject on one line, split.
    KindWithSubject,
}
