//! The top of a document: header cells (issuer, "*", number, motto, place and date),
//! the type name and the subject lines.

use super::line::{Hint, Line};
use super::source::{Mark, Source, Written};
use super::Warning;
use crate::model::{DocDate, DocKind, Issuer, Secrecy, Urgency};
use crate::rules::System;

/// The type named by a title line, longest names first ("THÔNG BÁO KẾT LUẬN" before
/// "THÔNG BÁO"), and what follows the name on the same line.
pub fn kind_of(text: &str) -> Option<(DocKind, String)> {
    let upper = text.trim().to_uppercase();
    let mut kinds: Vec<DocKind> = DocKind::ALL
        .into_iter()
        .filter(|k| !k.printed_name().is_empty())
        .collect();
    kinds.sort_by_key(|k| std::cmp::Reverse(k.printed_name().len()));
    kinds.into_iter().find_map(|k| {
        let rest = upper.strip_prefix(k.printed_name())?;
        if rest.is_empty() {
            return Some((k, String::new()));
        }
        // "KẾT LUẬN CỦA BAN THƯỜNG VỤ": the subject typed on the title line.
        let original: String = text
            .trim()
            .chars()
            .skip(k.printed_name().chars().count())
            .collect();
        let first_word = rest.split_whitespace().next().unwrap_or("");
        let joins = matches!(first_word, "CỦA" | "VỀ" | "TẠI" | "HỘI");
        (rest.starts_with(' ') && joins).then(|| (k, original.trim().to_owned()))
    })
}

pub fn is_upper(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| !c.is_lowercase())
}

/// "-----", "*", "___": decoration, not text.
pub fn is_rule(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars()
            .all(|c| matches!(c, '-' | '–' | '—' | '_' | '*' | ' ' | '='))
}

/// Whether a line after the type name continues the subject (trích yếu).
pub fn is_subject_line(line: &Line) -> bool {
    let t = line.text.trim();
    let Some(first) = t.chars().next() else {
        return false;
    };
    let ends_sentence = t.ends_with(['.', ';', ':']);
    t.chars().count() <= 200
        && !ends_sentence
        && super::label::parse(t).is_none()
        && (first.is_lowercase() || is_upper(t) || t.starts_with("Về "))
}

/// What the header cells say.
#[derive(Debug, Default)]
pub struct Header {
    pub issuer: Issuer,
    pub number: String,
    pub type_symbol: Option<String>,
    pub place: Option<String>,
    pub date: Option<DocDate>,
    pub urgency: Option<Urgency>,
    pub secrecy: Option<Secrecy>,
    pub system: Option<System>,
    /// "Dự thảo lần 2" under the number.
    pub draft: Option<u32>,
    /// Circulation marks ("LƯU HÀNH NỘI BỘ"), as written.
    pub circulation: Vec<String>,
    /// A công văn's subject under its number, one entry per line ("về việc …").
    pub letter_subject: Vec<String>,
}

/// Reads the header cells; the lines that carry form go to `source` as written.
pub fn parse(cells: &[Line], source: &mut Source, warnings: &mut Vec<Warning>) -> Header {
    let mut h = Header::default();
    let mut issuer_lines: Vec<String> = Vec::new();
    for line in cells {
        let mut parts: Vec<String> = Vec::new();
        for cell in line
            .text
            .split('\t')
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            // "Số      -KL/TU", "ngày      tháng 11": a blank number is wide space, not a
            // column gap.
            let blank_number = |last: &str| {
                (matches!(last, "Số" | "Số:" | "SỐ" | "SỐ:") && cell.starts_with(['-', '/']))
                    || (last.ends_with("ngày") && cell.starts_with("tháng"))
                    || (last.ends_with("tháng") && cell.starts_with("năm"))
            };
            match parts.last_mut() {
                Some(last) if blank_number(last) => {
                    last.push(' ');
                    last.push_str(cell);
                }
                _ => parts.push(cell.to_owned()),
            }
        }
        for cell in parts.iter().map(String::as_str) {
            let upper = cell.to_uppercase();
            let written = || Written::new(line.source, cell);
            if upper == "ĐẢNG CỘNG SẢN VIỆT NAM" {
                h.system = Some(System::Party);
                source.motto = Some(Mark {
                    system: System::Party,
                    line: written(),
                });
            } else if upper.starts_with("CỘNG HÒA XÃ HỘI") || upper.starts_with("CỘNG HOÀ XÃ HỘI")
            {
                h.system = Some(System::State);
                source.motto = Some(Mark {
                    system: System::State,
                    line: written(),
                });
            } else if upper.starts_with("ĐỘC LẬP") {
                source.motto_second = Some(written());
            } else if is_rule(cell) {
            } else if let Some((n, system)) = number_line(cell, &mut h) {
                h.number = n;
                source.number = Some(Mark {
                    system,
                    line: written(),
                });
            } else if let Some((place, date)) = date_line(cell) {
                h.place = Some(place);
                h.date = Some(date);
                source.date = Some(written());
            } else if let Some(n) = draft(cell) {
                h.draft = Some(n);
            } else if is_circulation(cell) {
                h.circulation.push(cell.to_owned());
            } else if is_vv(cell) && source.header_subject.is_none() {
                source.header_subject = Some(written());
                h.letter_subject.push(cell.to_owned());
            } else if let Some(u) = urgency(&upper) {
                h.urgency = Some(u);
            } else if let Some(s) = secrecy(&upper) {
                h.secrecy = Some(s);
            } else if is_upper(cell) {
                issuer_lines.push(cell.to_owned());
            } else if source.number.is_some() && source.header_subject.is_none() {
                // Sentence case under the number: a công văn's subject, "V/v" or not.
                source.header_subject = Some(written());
                h.letter_subject.push(cell.to_owned());
            } else if continues_letter_subject(&h, line) {
                // The subject wraps over two or three lines of the left column.
                h.letter_subject.push(cell.to_owned());
            } else {
                warnings.push(Warning::at(
                    line.source,
                    format!("bỏ qua dòng “{cell}” ở phần đầu văn bản"),
                ));
            }
        }
    }
    if let Some(name) = issuer_lines.pop() {
        h.issuer.name = name;
        h.issuer.upper = issuer_lines;
    }
    h
}

/// The most lines a công văn's subject takes in the left column.
const MAX_LETTER_SUBJECT_LINES: usize = 4;

/// Whether a sentence-case line of the left column continues the công văn's subject.
fn continues_letter_subject(h: &Header, line: &Line) -> bool {
    !h.letter_subject.is_empty()
        && h.letter_subject.len() < MAX_LETTER_SUBJECT_LINES
        && line.hint != Hint::HeaderCell(true)
}

/// "Dự thảo lần 2" (05-HD p. 26: under the number) → 2.
pub fn draft(cell: &str) -> Option<u32> {
    let t = cell.trim();
    let lower = t.to_lowercase();
    let rest = lower.strip_prefix("dự thảo lần")?;
    let digits: String = rest
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let trailing = rest.trim()[digits.len()..].trim();
    if !trailing.is_empty() {
        return None;
    }
    digits.parse().ok()
}

/// The circulation marks of 05-HD p. 26, top right of page 1.
const CIRCULATION: [&str; 4] = [
    "lưu hành nội bộ",
    "tài liệu thu hồi",
    "xem xong trả lại",
    "tài liệu hội nghị",
];

/// "LƯU HÀNH NỘI BỘ", "Xem xong trả lại" alone on a line.
pub fn is_circulation(cell: &str) -> bool {
    let t = cell.trim().trim_end_matches(['.', ' ']).to_lowercase();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    CIRCULATION.contains(&t.as_str())
}

/// "Không phổ biến trên phương tiện thông tin đại chúng", alone on a line.
pub fn is_not_for_media(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ' ']).to_lowercase();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    t == "không phổ biến trên phương tiện thông tin đại chúng"
}

fn urgency(upper: &str) -> Option<Urgency> {
    match upper {
        "KHẨN" => Some(Urgency::Khan),
        "THƯỢNG KHẨN" => Some(Urgency::ThuongKhan),
        "HỎA TỐC" | "HOẢ TỐC" => Some(Urgency::HoaToc),
        _ => None,
    }
}

fn secrecy(upper: &str) -> Option<Secrecy> {
    match upper {
        "MẬT" => Some(Secrecy::Mat),
        "TUYỆT MẬT" => Some(Secrecy::TuyetMat),
        "TỐI MẬT" => Some(Secrecy::ToiMat),
        _ => None,
    }
}

/// A công văn's subject under its number: "V/v …" (also "V/V", "v/v").
fn is_vv(cell: &str) -> bool {
    let lower = cell.trim_start().to_lowercase();
    lower.starts_with("v/v") || lower.starts_with("về việc")
}

/// "Số 15-KL/TU" (Party form) or "Số: 15/QĐ-UBND" (state form); the number may be a
/// blank. The form ("-" then "/", or "/" then "-") says which family wrote it; the colon
/// is judged by `check` under the family's rules.
fn number_line(cell: &str, h: &mut Header) -> Option<(String, System)> {
    // "SỐ": a number line typed in a capitals font and converted from TCVN3.
    let rest = cell
        .strip_prefix("Số")
        .or_else(|| cell.strip_prefix("SỐ"))?;
    let rest = rest.trim_start().trim_start_matches(':').trim();
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let after = rest[digits.len()..].trim_start();
    let (party, tail) = if let Some(t) = after.strip_prefix('-') {
        (true, t)
    } else if let Some(t) = after.strip_prefix('/') {
        (false, t)
    } else {
        return None;
    };
    let (symbol, body) = if party {
        tail.split_once('/')?
    } else {
        // "15/2024/QĐ-UBND": a year before the symbols (legal documents).
        let tail = match tail.split_once('/') {
            Some((year, t)) if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) => t,
            _ => tail,
        };
        tail.rsplit_once('-').unwrap_or((tail, ""))
    };
    h.type_symbol = Some(symbol.trim().to_owned());
    h.issuer.symbol = body.trim().to_owned();
    let system = if party { System::Party } else { System::State };
    if !party && h.system.is_none() {
        h.system = Some(System::State);
    }
    Some((digits, system))
}

/// "Hạ Long, ngày 20 tháng 8 năm 2021"; a blank day or month stays open.
pub fn date_line(cell: &str) -> Option<(String, DocDate)> {
    let (place, rest) = cell.split_once(',')?;
    let rest = rest.trim().strip_prefix("ngày")?;
    let (day, rest) = rest.split_once("tháng")?;
    let (month, year) = rest.split_once("năm")?;
    let num = |s: &str| -> Result<Option<u8>, ()> {
        let s = s.trim();
        if s.is_empty() || s.chars().all(|c| c == '.' || c == '…') {
            Ok(None)
        } else {
            s.parse().map(Some).map_err(|_| ())
        }
    };
    let year: u16 = year.trim().trim_end_matches('.').parse().ok()?;
    let date = DocDate {
        year,
        month: num(month).ok()?,
        day: num(day).ok()?,
    };
    date.is_valid().then(|| (place.trim().to_owned(), date))
}

/// The first "dd/mm/yyyy" in `text` (a conference date in a subject or preamble).
pub fn first_slash_date(text: &str) -> Option<DocDate> {
    let chars: Vec<char> = text.chars().collect();
    let digits_at = |i: usize| chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let value = |i: usize, n: usize| {
        chars[i..i + n]
            .iter()
            .collect::<String>()
            .parse::<u16>()
            .ok()
    };
    let mut i = 0;
    while i < chars.len() {
        let d = digits_at(i);
        if d == 0 {
            i += 1;
            continue;
        }
        let start = i;
        i += d;
        if !(1..=2).contains(&d) || chars.get(i) != Some(&'/') {
            continue;
        }
        let m = digits_at(i + 1);
        if !(1..=2).contains(&m) || chars.get(i + 1 + m) != Some(&'/') {
            continue;
        }
        let y = digits_at(i + 2 + m);
        if y != 4 {
            continue;
        }
        let day = value(start, d)? as u8;
        let month = value(i + 1, m)? as u8;
        let year = value(i + 2 + m, 4)?;
        let date = DocDate::ymd(year, month, day);
        if date.is_valid() {
            return Some(date);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_circulation_and_media_marks() {
        assert_eq!(draft("Dự thảo lần 2"), Some(2));
        assert_eq!(draft("DỰ THẢO LẦN 12"), Some(12));
        assert_eq!(draft("Dự thảo lần 2 của Ban"), None);
        assert_eq!(draft("Dự thảo Nghị quyết"), None);
        assert!(is_circulation("LƯU HÀNH NỘI BỘ"));
        assert!(is_circulation("Xem xong  trả lại."));
        assert!(!is_circulation("Lưu hành nội bộ trong Đảng bộ tỉnh"));
        assert!(is_not_for_media(
            "Không phổ biến trên phương tiện thông tin đại chúng"
        ));
    }

    #[test]
    fn number_and_date_lines() {
        let mut w = Vec::new();
        let cells = vec![
            Line::new(
                "ĐẢNG BỘ TỈNH QUẢNG NINH\tĐẢNG CỘNG SẢN VIỆT NAM",
                1,
                super::super::line::Hint::None,
            ),
            Line::new("THÀNH ỦY HẠ LONG", 2, super::super::line::Hint::None),
            Line::new(
                "*\tHạ Long, ngày 20 tháng 8 năm 2021",
                3,
                super::super::line::Hint::None,
            ),
            Line::new("Số: 15-KL/TU", 4, super::super::line::Hint::None),
        ];
        let mut source = Source::default();
        let h = parse(&cells, &mut source, &mut w);
        assert_eq!(h.issuer.name, "THÀNH ỦY HẠ LONG");
        assert_eq!(h.issuer.upper, ["ĐẢNG BỘ TỈNH QUẢNG NINH"]);
        assert_eq!(h.issuer.symbol, "TU");
        assert_eq!(h.number, "15");
        assert_eq!(h.type_symbol.as_deref(), Some("KL"));
        assert_eq!(h.place.as_deref(), Some("Hạ Long"));
        assert_eq!(h.date, Some(DocDate::ymd(2021, 8, 20)));
        assert_eq!(h.system, Some(System::Party));
        assert!(w.is_empty(), "{w:?}");
        let number = source.number.expect("number line kept as written");
        assert_eq!(
            (number.line.paragraph, number.line.text.as_str()),
            (4, "Số: 15-KL/TU")
        );
        assert_eq!(number.system, System::Party);
        assert_eq!(source.motto.map(|m| m.system), Some(System::Party));
        assert_eq!(source.date.map(|d| d.paragraph), Some(3));
        let open = date_line("Hạ Long, ngày      tháng 11 năm 2026").expect("open date");
        assert_eq!(open.1.day, None);
        assert_eq!(
            first_slash_date("tại Hội nghị ngày 20/8/2021"),
            Some(DocDate::ymd(2021, 8, 20))
        );
        assert_eq!(
            kind_of("THÔNG BÁO KẾT LUẬN").map(|k| k.0),
            Some(DocKind::ThongBaoKetLuan)
        );
        assert_eq!(kind_of("Kết luận này").map(|k| k.0), None);
    }
}
