//! Citations of other Party documents: "Nghị quyết số 11-NQ/TU, ngày 09/3/2018 của …" —
//! number-symbol matching the cited type, a comma before the date, a real date that is
//! not later than the document citing it.

use super::date::find_dates;
use super::header::{date_text, replace};
use super::scan::{q, TextItem};
use super::{Ctx, Finding, Fix, Severity};
use crate::rules::System;

/// Type names as written in running text, longest first, with their symbols (spec §7).
const KINDS: [(&str, &str); 19] = [
    ("thông báo kết luận", "TB"),
    ("nghị quyết", "NQ"),
    ("kết luận", "KL"),
    ("thông báo", "TB"),
    ("chỉ thị", "CT"),
    ("quyết định", "QĐ"),
    ("quy định", "QĐ"),
    ("quy chế", "QC"),
    ("thông tri", "TT"),
    ("hướng dẫn", "HD"),
    ("thông cáo", "TC"),
    ("báo cáo", "BC"),
    ("kế hoạch", "KH"),
    ("chương trình", "CTr"),
    ("đề án", "ĐA"),
    ("phương án", "PA"),
    ("tờ trình", "TTr"),
    ("biên bản", "BB"),
    ("công văn", "CV"),
];

/// Longer than the longest type name ("thông báo kết luận").
const KIND_WINDOW_CHARS: usize = 32;

const SYMBOLS: [&str; 19] = [
    "NQ", "KL", "TB", "CT", "QĐ", "QC", "TT", "HD", "TC", "BC", "KH", "CTr", "ĐA", "PA", "TTr",
    "BB", "CV", "BS", "QĐi",
];

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for item in ctx.texts.iter().filter(|t| t.is_paragraph()) {
        for (at, _) in item.text.match_indices("số ") {
            citation(ctx, item, at, out);
        }
    }
}

/// A Party-form citation number after "số " at byte `at`: "11-NQ/TU".
struct Cited<'a> {
    number: &'a str,
    kind_symbol: &'a str,
    end: usize,
}

fn parse(text: &str, start: usize) -> Option<Cited<'_>> {
    let rest = &text[start..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || rest.as_bytes().get(digits) != Some(&b'-') {
        return None;
    }
    let after = &rest[digits + 1..];
    let sym_len: usize = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    if sym_len == 0 || !after[sym_len..].starts_with('/') {
        return None;
    }
    let body_len: usize = after[sym_len + 1..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .map(char::len_utf8)
        .sum();
    if body_len == 0 {
        return None;
    }
    Some(Cited {
        number: &rest[..digits],
        kind_symbol: &after[..sym_len],
        end: start + digits + 1 + sym_len + 1 + body_len,
    })
}

fn citation(ctx: &Ctx, item: &TextItem, at: usize, out: &mut Vec<Finding>) {
    let t = item.text;
    if at > 0
        && t[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        return;
    }
    let num_start = at + "số ".len();
    let Some(c) = parse(t, num_start) else { return };
    let written = &t[num_start..c.end];
    // The type name just before "số": only the last few words are looked at, so that a
    // paragraph of many citations is not lowercased whole for each of them.
    let before = tail_chars(t[..at].trim_end(), KIND_WINDOW_CHARS).to_lowercase();
    let kind = KINDS.iter().find(|(name, _)| before.ends_with(name));
    if let Some((name, symbol)) = kind {
        if *symbol != c.kind_symbol && *name != "công văn" {
            out.push(Finding::new(
                "citation.symbol-kind",
                Severity::Error,
                item.at_bytes(num_start, c.end),
                format!(
                    "Trích dẫn {} {}: ký hiệu loại {} không khớp loại văn bản được trích dẫn (“{}” có ký hiệu {}).",
                    first_upper(name),
                    q(&format!("số {written}")),
                    q(c.kind_symbol),
                    name,
                    q(symbol)
                ),
            ));
        }
    }
    if !SYMBOLS.contains(&c.kind_symbol) {
        out.push(Finding::new(
            "citation.symbol-unknown",
            Severity::Warning,
            item.at_bytes(num_start, c.end),
            format!(
                "Ký hiệu loại {} trong trích dẫn {} không có trong danh mục ký hiệu văn bản của Đảng (NQ, KL, TB, CT, QĐ, HD, BC, KH, CTr…).",
                q(c.kind_symbol),
                q(written)
            ),
        ));
    }
    if c.number.len() == 1 {
        let padded = format!("0{}", c.number);
        let range = item.at_bytes(num_start, num_start + 1);
        out.push(
            Finding::new(
                "citation.number-zero",
                Severity::Warning,
                range.clone(),
                format!(
                    "Số văn bản trong trích dẫn {} nhỏ hơn 10 phải có số 0 đứng trước ({}).",
                    q(written),
                    q(&format!("{padded}-{}", &written[c.number.len() + 1..]))
                ),
            )
            .with_fix(Fix::safe(
                format!("Sửa thành {padded}"),
                vec![replace(range, padded)],
            )),
        );
    }
    let tail = &t[c.end..];
    // The comma is the Party's form; a state document cites "Nghị định số 30/2020/NĐ-CP
    // ngày 05 tháng 3 năm 2020" without one (NĐ 30/2020).
    let party = ctx.rules.system == System::Party;
    let date_start = if tail.starts_with(" ngày ") && !party {
        c.end + " ngày ".len()
    } else if tail.starts_with(" ngày ") {
        let comma = item.at_bytes(c.end, c.end);
        out.push(
            Finding::new(
                "citation.comma",
                Severity::Warning,
                comma.clone(),
                format!(
                    "Trích dẫn {}: giữa số, ký hiệu và ngày tháng có dấu phẩy (“Nghị quyết số 11-NQ/TU, ngày 09/3/2018 của …”).",
                    q(&format!("số {written} ngày"))
                ),
            )
            .with_fix(Fix::safe("Thêm dấu phẩy", vec![replace(comma, ",".into())])),
        );
        c.end + " ngày ".len()
    } else if tail.starts_with(", ngày ") {
        c.end + ", ngày ".len()
    } else {
        return;
    };
    let window_end = (date_start + 12).min(t.len());
    let window_end = (window_end..=t.len())
        .find(|&e| t.is_char_boundary(e))
        .unwrap_or(t.len());
    let Some(d) = find_dates(&t[date_start..window_end])
        .into_iter()
        .find(|d| d.start == 0 && d.day.is_some())
    else {
        return;
    };
    let doc_date = &ctx.doc.date;
    if d.is_real() && doc_date.is_valid() {
        let cited = d.as_doc_date();
        if cited.latest() > doc_date.latest() {
            out.push(Finding::new(
                "citation.date-after",
                Severity::Error,
                item.at_bytes(date_start + d.start, date_start + d.end),
                format!(
                    "Văn bản được trích dẫn {} ghi ngày {}, sau ngày ký của chính văn bản này ({}): kiểm tra lại ngày hoặc số văn bản.",
                    q(written),
                    date_text(&cited),
                    date_text(doc_date)
                ),
            ));
        }
    }
}

/// The last `n` chars of `s`.
fn tail_chars(s: &str, n: usize) -> &str {
    let start = s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &s[start..]
}

fn first_upper(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
