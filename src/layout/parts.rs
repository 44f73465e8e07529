//! The printed strings of the parts a document has only sometimes: the punctuation of the
//! legal bases, the addressee block, the marks and the appendix headings. Shared by the
//! DOCX export and the preview.

use super::number_line;
use crate::model::tidy::list_item_bounds;
use crate::model::{DocDate, Document, Paragraph};
use crate::rules::{Addressed, RuleSet};

/// The punctuation printed after basis `i` of `n`: the rule set's separator, and its own
/// mark after the last.
pub fn basis_end(i: usize, n: usize, rules: &RuleSet) -> &str {
    let b = &rules.parts.bases;
    if i + 1 == n {
        &b.last
    } else {
        &b.separator
    }
}

/// The bases as printed: without what the clerk typed around them (the rule set adds the
/// dash and the punctuation), empty ones left out.
pub fn bases(doc: &Document) -> Vec<Paragraph> {
    doc.bases
        .iter()
        .map(Paragraph::without_list_marks)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The addressee block: "Kính gửi:" (or "Kính trình:" for a tờ trình) and the lines after
/// it. One addressee stands on the label's line without dash or punctuation; several
/// take the rule set's dash and separator, one per line.
pub struct Addressees {
    pub label: String,
    pub lines: Vec<String>,
}

pub fn addressees(doc: &Document, rules: &RuleSet) -> Option<Addressees> {
    let a = &rules.parts.addressees;
    // What the clerk typed around a name (a dash, a ";") is the rule set's to print.
    let names: Vec<String> = doc
        .addressees
        .iter()
        .map(|s| {
            let (start, end) = list_item_bounds(s);
            s.chars().skip(start).take(end - start).collect::<String>()
        })
        .filter(|s| !s.is_empty())
        .collect();
    if names.is_empty() {
        return None;
    }
    let label = match rules.kind(doc.kind).addressed {
        Some(Addressed::Submission) => a.submission_label.clone(),
        _ => a.letter_label.clone(),
    };
    let lines = match names.as_slice() {
        [one] => vec![one.clone()],
        many => many
            .iter()
            .map(|n| format!("{}{n}{}", a.prefix, a.separator))
            .collect(),
    };
    Some(Addressees { label, lines })
}

/// A congress's theme lines, and the subject lines that follow it in brackets: the first
/// opens the bracket, the last closes it. `None` when the document has no theme.
pub fn theme_block(doc: &Document) -> Option<(Vec<String>, Vec<String>)> {
    let theme: Vec<String> = doc
        .theme
        .iter()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    if theme.is_empty() {
        return None;
    }
    let mut subject: Vec<String> = doc
        .subject
        .iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(first) = subject.first_mut() {
        if !first.starts_with('(') {
            first.insert(0, '(');
        }
    }
    if let Some(last) = subject.last_mut() {
        if !last.ends_with(')') {
            last.push(')');
        }
    }
    Some((theme, subject))
}

/// Whether the subject (trích yếu) stands in the header's left column under the number
/// instead of under a type name: a công văn's (05-HD p. 11).
pub fn subject_in_header(doc: &Document, rules: &RuleSet) -> bool {
    rules.kind(doc.kind).letter
}

/// "Dự thảo lần 2", when the document is a draft.
pub fn draft_line(doc: &Document, rules: &RuleSet) -> Option<String> {
    doc.marks.draft.map(|n| {
        rules
            .parts
            .marks
            .draft_pattern
            .replace("{n}", &n.to_string())
    })
}

/// The drafter's code and the number of copies at the end of Nơi nhận ("NVH-25"); the
/// code alone when the copies are not counted.
pub fn drafter_line(doc: &Document, rules: &RuleSet) -> Option<String> {
    let m = &doc.marks;
    let drafter = m.drafter.trim();
    match (drafter.is_empty(), m.copies) {
        (true, None) => None,
        (false, None) => Some(drafter.to_owned()),
        (_, Some(c)) => Some(
            rules
                .parts
                .marks
                .drafter_pattern
                .replace("{drafter}", drafter)
                .replace("{copies}", &c.to_string())
                .trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_owned(),
        ),
    }
}

/// The circulation marks at the top right of page 1, as entered.
pub fn circulation_lines(doc: &Document) -> Vec<&str> {
    doc.marks
        .circulation
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The heading lines of appendix `i` of `n`: its label ("Phụ lục" or "Phụ lục 2"), its
/// title lines, and the note saying which document it belongs to.
pub struct AppendixHeading {
    pub label: String,
    pub title: Vec<String>,
    pub note: String,
}

pub fn appendix_heading(doc: &Document, i: usize, rules: &RuleSet) -> AppendixHeading {
    let r = &rules.parts.appendix;
    let label = if doc.appendices.len() > 1 {
        r.numbered_label.replace("{n}", &(i + 1).to_string())
    } else {
        r.label.clone()
    };
    let title = doc
        .appendices
        .get(i)
        .map(|a| {
            a.title
                .iter()
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
                .collect()
        })
        .unwrap_or_default();
    AppendixHeading {
        label,
        title,
        note: appendix_note(doc, rules),
    }
}

/// "(Kèm theo Kết luận số 15-KL/TU, ngày 20/12/2026 của Ban Thường vụ Thành ủy)": the
/// document's type, number and date, and its issuer as the signature names it.
pub fn appendix_note(doc: &Document, rules: &RuleSet) -> String {
    rules
        .parts
        .appendix
        .note_pattern
        .replace("{document}", &document_reference(doc, rules))
        .replace("{author}", &author(doc))
}

/// "Kết luận số 15-KL/TU, ngày 20/12/2026": how another text cites this document, with
/// the rule set's blanks where the number or the date is not fixed yet.
pub fn document_reference(doc: &Document, rules: &RuleSet) -> String {
    let line = number_line(doc, rules);
    let number = line
        .trim_start()
        .strip_prefix("Số")
        // "Số: " or "Số ": one space off, not the blank of a number not given yet.
        .map(|rest| rest.strip_prefix(':').unwrap_or(rest))
        .map(|rest| rest.strip_prefix(' ').unwrap_or(rest))
        .unwrap_or(&line);
    format!(
        "{} số {number}, {}",
        doc.kind.label(),
        short_date(&doc.date, rules)
    )
}

/// "ngày 20/12/2026", zero-padded by the rule set; its blank for a day or month not
/// fixed yet.
pub fn short_date(d: &DocDate, rules: &RuleSet) -> String {
    let (day, month) = super::day_and_month(d, rules);
    format!("ngày {day}/{month}/{}", d.year)
}

/// The issuing body as a sentence names it: the signature's collective of the issuer
/// ("Ban Thường vụ Thành ủy Hạ Long"), else the issuer ("Thành ủy Hạ Long").
fn author(doc: &Document) -> String {
    let names = crate::model::names::Names::of(&doc.issuer);
    match crate::model::Collective::from_printed(&doc.signature.on_behalf_of) {
        Some(k) => names.collective(k),
        None => names.full,
    }
}
