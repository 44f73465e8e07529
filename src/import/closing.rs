//! The end of a document: "Nơi nhận:" with its items, and the signature block.

use super::line::{Hint, Line};
use super::source::{is_archive_item, Mark, Source, Written};
use super::Warning;
use crate::model::{Authority, Cosigner, Recipient, Signature, SignerPlace};
use crate::rules::System;

/// Authority lines of both systems; the dotted forms are state forms.
const AUTHORITIES: [(&str, Authority); 7] = [
    ("T/M", Authority::OnBehalf),
    ("K/T", Authority::Deputy),
    ("T/L", Authority::Delegated),
    ("TM.", Authority::OnBehalf),
    ("KT.", Authority::Deputy),
    ("TL.", Authority::Delegated),
    ("TUQ.", Authority::Delegated),
];

/// "T/M BAN THƯỜNG VỤ" → (OnBehalf, "BAN THƯỜNG VỤ", typed prefix).
pub fn authority(text: &str) -> Option<(Authority, String, &'static str)> {
    let t = text.trim();
    AUTHORITIES.iter().find_map(|(prefix, a)| {
        let rest = t.strip_prefix(prefix)?;
        let starts_word = rest.starts_with(char::is_whitespace);
        (starts_word && t.chars().count() <= 90).then(|| (*a, rest.trim().to_owned(), *prefix))
    })
}

/// The roles that sign minutes (05-HD p. 22), and the state's forms of them.
const ROLES: [&str; 5] = [
    "NGƯỜI GHI BIÊN BẢN",
    "CHỦ TRÌ HỘI NGHỊ",
    "THƯ KÝ HỘI NGHỊ",
    "CHỦ TRÌ",
    "THƯ KÝ",
];

/// "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ": a signer's role at a meeting, alone on
/// its line.
pub fn role(text: &str) -> Option<String> {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let upper = t.to_uppercase();
    ROLES.contains(&upper.as_str()).then_some(upper)
}

/// The line that opens a confirmation of a signature under the minutes' signatures.
pub fn is_confirmation(text: &str) -> bool {
    text.trim_start()
        .to_lowercase()
        .starts_with("xác nhận chữ ký")
}

/// "Nơi nhận:" alone on its line (or first in a row of two columns), not a sentence that
/// happens to start with the words.
pub fn is_recipients_label(text: &str) -> bool {
    let t = text.trim_start();
    let Some(rest) = t
        .strip_prefix("Nơi nhận")
        .or_else(|| t.strip_prefix("NƠI NHẬN"))
    else {
        return false;
    };
    let rest = rest.trim_start_matches(':').trim_start_matches(' ');
    rest.is_empty() || rest.starts_with(['-', '\t', '–'])
}

#[derive(Debug, Default)]
pub struct Closing {
    pub recipients: Vec<Recipient>,
    pub archive: String,
    pub signature: Option<Signature>,
    /// Signers beside or under the main one (minutes, confirmations).
    pub cosigners: Vec<Cosigner>,
    /// The authority was written in the state's dotted form ("TM.").
    pub state_forms: bool,
    /// "NVH-25" at the end of Nơi nhận: the drafter's code and the number of copies.
    pub drafter: String,
    pub copies: Option<u32>,
}

/// The longest drafter's code: initials of a name.
const MAX_DRAFTER_CHARS: usize = 8;

/// "NVH-25", "NVH - 25": the drafter's initials and the copies (05-HD p. 26).
pub fn drafter(text: &str) -> Option<(String, Option<u32>)> {
    let (code, copies) = text.trim().split_once('-')?;
    let (code, copies) = (code.trim(), copies.trim());
    let letters = code.chars().count();
    let code_ok = (2..=MAX_DRAFTER_CHARS).contains(&letters)
        && code.chars().all(|c| c.is_alphabetic() && c.is_uppercase());
    let copies_ok = (1..=4).contains(&copies.len()) && copies.chars().all(|c| c.is_ascii_digit());
    (code_ok && copies_ok).then(|| (code.to_owned(), copies.parse().ok()))
}

fn is_item_start(text: &str) -> bool {
    text.starts_with(['-', '–', '—', '•', '+'])
}

/// Reads the closing lines: recipients after "Nơi nhận:", the signature from the
/// authority line (or, without one, from the lines after the "Lưu" item).
/// Reads the closing lines; the label, each recipient and the authority line go to
/// `source` as written.
pub fn parse(lines: &[Line], source: &mut Source, warnings: &mut Vec<Warning>) -> Closing {
    let mut left: Vec<Line> = Vec::new();
    let mut right: Vec<Line> = Vec::new();
    #[derive(PartialEq)]
    enum State {
        Start,
        Recipients,
        Signature,
        LeftSigner,
        Centred,
    }
    let mut left_signer: Vec<Line> = Vec::new();
    let mut centred: Vec<Vec<Line>> = Vec::new();
    let mut state = State::Start;
    let mut drafter_mark: Option<(String, Option<u32>)> = None;
    for line in lines {
        // A table cell says which column it is; a tab in text separates two columns.
        let cells: Vec<Line> = match line.hint {
            Hint::ClosingCell(true) => {
                right.push(line.clone());
                continue;
            }
            Hint::ClosingCell(false) => vec![line.clone()],
            _ => line
                .text
                .split('\t')
                .map(|t| {
                    let mut l = Line::new(t, line.source, line.hint);
                    l.tidy();
                    l
                })
                .filter(|l| !l.is_blank())
                .collect(),
        };
        for (k, cell) in cells.into_iter().enumerate() {
            if k > 0 {
                right.push(cell);
                continue;
            }
            if is_recipients_label(&cell.text) {
                state = State::Recipients;
                source.recipients_label = Some(Written::new(cell.source, cell.text.trim()));
                let rest = cell
                    .text
                    .split_once(':')
                    .map(|(_, r)| r.trim())
                    .unwrap_or("");
                if !rest.is_empty() {
                    left.push(Line::new(rest, cell.source, cell.hint));
                }
                continue;
            }
            if line.hint == Hint::ClosingCell(false) {
                // 05-HD p. 22: a second signer in the left column, a confirmation
                // across both; each keeps its lines until the next block starts.
                if is_confirmation(&cell.text) {
                    state = State::Centred;
                    centred.push(Vec::new());
                } else if role(&cell.text).is_some() {
                    state = State::LeftSigner;
                }
                match state {
                    State::LeftSigner => {
                        left_signer.push(cell);
                        continue;
                    }
                    State::Centred => {
                        if let Some(block) = centred.last_mut() {
                            block.push(cell);
                        }
                        continue;
                    }
                    _ => {}
                }
            }
            if (authority(&cell.text).is_some() || role(&cell.text).is_some())
                && line.hint != Hint::ClosingCell(false)
            {
                state = State::Signature;
            }
            // "NVH-25" at the end of Nơi nhận: the drafter's code and the copies.
            if state == State::Recipients {
                if let Some(mark) = drafter(&cell.text) {
                    drafter_mark = Some(mark);
                    continue;
                }
            }
            let ended = left.last().is_some_and(|l| is_archive_item(&l.text));
            if state == State::Recipients && ended && !is_item_start(&cell.text) {
                state = State::Signature;
            }
            match state {
                State::Recipients => left.push(cell),
                _ => right.push(cell),
            }
        }
    }
    let mut closing = Closing::default();
    if let Some((code, copies)) = drafter_mark {
        closing.drafter = code;
        closing.copies = copies;
    }
    read_recipients(&left, &mut closing, source, warnings);
    closing.signature = read_signature(&right, &mut closing.state_forms, source, warnings);
    if !left_signer.is_empty() {
        let mut ignored = false;
        if let Some(signature) = read_signature(&left_signer, &mut ignored, source, warnings) {
            closing.cosigners.push(Cosigner {
                place: SignerPlace::Left,
                lead: String::new(),
                signature,
            });
        }
    }
    for block in centred {
        let Some((lead, rest)) = block.split_first() else {
            continue;
        };
        let mut ignored = false;
        if let Some(signature) = read_signature(rest, &mut ignored, source, warnings) {
            closing.cosigners.push(Cosigner {
                place: SignerPlace::Centred,
                lead: lead.text.trim().to_owned(),
                signature,
            });
        }
    }
    closing
}

fn read_recipients(
    lines: &[Line],
    closing: &mut Closing,
    source: &mut Source,
    warnings: &mut Vec<Warning>,
) {
    let mut items: Vec<(usize, String)> = Vec::new();
    for line in lines {
        let text = line.text.trim();
        match items.last_mut() {
            // A recipient wrapped over two lines is still one item.
            Some(last) if !is_item_start(text) => {
                warnings.push(Warning::at(
                    line.source,
                    "dòng nơi nhận bị xuống dòng; nối với dòng trên".to_owned(),
                ));
                last.1.push(' ');
                last.1.push_str(text);
            }
            _ => items.push((line.source, text.to_owned())),
        }
    }
    for (at, item) in items {
        source.recipients.push(Written::new(at, item.trim()));
        // The punctuation is the layout's: the export adds it by the rule set, and
        // `check` judges the punctuation as written.
        let item = item.trim_start_matches(['-', '–', '—', '•', '+']).trim();
        let item = item.trim_end_matches([',', ';', '.', ' ']);
        if let Some(office) = item.strip_prefix("Lưu") {
            closing.archive = office.trim_start_matches([':', ' ']).trim().to_owned();
            continue;
        }
        if !item.is_empty() {
            closing.recipients.push(recipient(item, at, warnings));
        }
    }
}

/// "Thường trực Tỉnh ủy (để b/cáo)" → name and note; the note may also stand in quotes.
fn recipient(item: &str, source: usize, warnings: &mut Vec<Warning>) -> Recipient {
    let item = item.split_whitespace().collect::<Vec<_>>().join(" ");
    for (open, close) in [('(', ')'), ('“', '”'), ('"', '"')] {
        let Some(inner) = item.strip_suffix(close) else {
            continue;
        };
        let Some(start) = inner.rfind(open) else {
            continue;
        };
        let note = inner[start + open.len_utf8()..].trim();
        let lower = note.to_lowercase();
        if !(lower.starts_with("để") || lower.starts_with("đề ") || lower.starts_with("b/c"))
        {
            continue;
        }
        let mut note = note.to_owned();
        if lower.starts_with("đề ") {
            // An OCR slip of the seeds: "đề báo cáo" for "để báo cáo".
            note = format!("để{}", &note["đề".len()..]);
            warnings.push(Warning::at(
                source,
                format!("sửa “đề” thành “để” trong ghi chú “{note}”"),
            ));
        }
        let name = inner[..start].trim();
        return Recipient::noted(name, note);
    }
    Recipient::new(item)
}

fn is_upper(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.iter().all(|c| !c.is_lowercase())
}

fn read_signature(
    lines: &[Line],
    state_forms: &mut bool,
    source: &mut Source,
    warnings: &mut Vec<Warning>,
) -> Option<Signature> {
    let lines: Vec<&Line> = lines.iter().filter(|l| !l.is_blank()).collect();
    let first = lines.first()?;
    let (authority, on_behalf_of, rest) = match authority(&first.text) {
        Some((a, of, prefix)) => {
            *state_forms = prefix.ends_with('.');
            source.authority = Some(Mark {
                system: if *state_forms {
                    System::State
                } else {
                    System::Party
                },
                line: Written::new(first.source, first.text.trim()),
            });
            (a, of, &lines[1..])
        }
        None => match role(&first.text) {
            Some(r) => (Authority::Role, r, &lines[1..]),
            None => (Authority::None, String::new(), &lines[..]),
        },
    };
    let (title, name) = match rest {
        [] => (String::new(), String::new()),
        [one] if is_upper(&one.text) && authority != Authority::None => {
            (one.text.clone(), String::new())
        }
        [one] => (String::new(), one.text.clone()),
        [titles @ .., name] => {
            let t: Vec<&str> = titles.iter().map(|l| l.text.as_str()).collect();
            (t.join(" "), name.text.clone())
        }
    };
    // "PHÓ BÍ THƯ / kiêm / TRƯỞNG BAN CHỈ ĐẠO" (05-HD p. 20): the post after "kiêm" is
    // the one the document is signed in.
    let (title, concurrent) = split_concurrent(&title);
    if name.is_empty() {
        warnings.push(Warning::new(
            "không thấy tên người ký trong khối chữ ký".to_owned(),
        ));
    }
    Some(Signature {
        authority,
        on_behalf_of,
        title,
        name,
        concurrent,
    })
}

/// "PHÓ BÍ THƯ kiêm TRƯỞNG BAN CHỈ ĐẠO" (the title lines joined) → the title and the
/// concurrent post.
fn split_concurrent(title: &str) -> (String, String) {
    let words: Vec<&str> = title.split_whitespace().collect();
    match words.iter().position(|w| w.to_lowercase() == "kiêm") {
        Some(k) if k > 0 && k + 1 < words.len() => (words[..k].join(" "), words[k + 1..].join(" ")),
        _ => (title.to_owned(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        super::super::markdown::lines(text)
    }

    #[test]
    fn seed_like_closing() {
        let mut w = Vec::new();
        let mut source = Source::default();
        let c = parse(
            &lines(
                "Nơi nhận:\n- TT. Tỉnh ủy (*để b/cáo*),\n- Các ban, cơ quan  \nTổ chức - Nội vụ,\n- Lưu VPTU.\n\n**T/M THÀNH ỦY  \nBÍ THƯ**\n\n\n**Vũ Văn Điện**",
            ),
            &mut source,
            &mut w,
        );
        // As written, beside what was understood: punctuation kept, wrapped lines joined.
        let written: Vec<&str> = source.recipients.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            written,
            [
                "- TT. Tỉnh ủy (để b/cáo),",
                "- Các ban, cơ quan Tổ chức - Nội vụ,",
                "- Lưu VPTU."
            ]
        );
        assert_eq!(
            source.archive().map(|a| a.text.as_str()),
            Some("- Lưu VPTU.")
        );
        let authority = source.authority.expect("authority line kept");
        assert_eq!(authority.system, System::Party);
        assert_eq!(c.recipients.len(), 2);
        assert_eq!(c.recipients[0], Recipient::noted("TT. Tỉnh ủy", "để b/cáo"));
        assert_eq!(c.recipients[1].name, "Các ban, cơ quan Tổ chức - Nội vụ");
        assert_eq!(c.archive, "VPTU");
        let s = c.signature.expect("signature");
        assert_eq!(s.authority, Authority::OnBehalf);
        assert_eq!(s.on_behalf_of, "THÀNH ỦY");
        assert_eq!(s.title, "BÍ THƯ");
        assert_eq!(s.name, "Vũ Văn Điện");
    }

    #[test]
    fn drafter_codes_and_concurrent_posts() {
        assert_eq!(drafter("NVH-25"), Some(("NVH".to_owned(), Some(25))));
        assert_eq!(drafter("ĐTH - 7"), Some(("ĐTH".to_owned(), Some(7))));
        for not in ["- Lưu VPTU.", "Nvh-25", "NVH-", "VPTU-12345", "A-1"] {
            assert_eq!(drafter(not), None, "{not}");
        }
        assert_eq!(
            split_concurrent("PHÓ BÍ THƯ kiêm TRƯỞNG BAN CHỈ ĐẠO"),
            ("PHÓ BÍ THƯ".to_owned(), "TRƯỞNG BAN CHỈ ĐẠO".to_owned())
        );
        assert_eq!(
            split_concurrent("PHÓ BÍ THƯ"),
            ("PHÓ BÍ THƯ".to_owned(), String::new())
        );
    }

    #[test]
    fn columns_side_by_side_and_quoted_notes() {
        let mut w = Vec::new();
        let c = parse(
            &lines("Nơi nhận:\tT/M BAN CHẤP HÀNH\n- Ban Bí thư “đề báo cáo”,\tBÍ THƯ\n- Lưu VPTU.\n\tNguyễn Văn A"),
            &mut Source::default(),
            &mut w,
        );
        assert_eq!(
            c.recipients,
            vec![Recipient::noted("Ban Bí thư", "để báo cáo")]
        );
        let s = c.signature.expect("signature");
        assert_eq!(
            (s.title.as_str(), s.name.as_str()),
            ("BÍ THƯ", "Nguyễn Văn A")
        );
    }
}
