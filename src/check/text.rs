//! Running text: spacing around punctuation, repeated punctuation, quotes, and how the
//! body ends ("." — never the state habit "./.").

use super::header::replace;
use super::scan::{is_all_caps, is_letter, q, Role, TextItem};
use super::{Ctx, Finding, Fix, Severity};
use crate::rules::System;

const PUNCT: [char; 6] = ['.', ',', ';', ':', '!', '?'];

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    for item in &ctx.texts {
        spacing(item, out);
        repeated(item, out);
    }
    quotes(ctx, out);
    endings(ctx, out);
    for item in &ctx.texts {
        blanks(item, out);
    }
}

/// "khóa …", "lần thứ …" and a template's "{khoa}" left in the text: a fact to fill in
/// before signing. An ellipsis written after a word ("các lĩnh vực,...") is not a blank.
fn blanks(item: &TextItem, out: &mut Vec<Finding>) {
    let t = item.text;
    let mut i = 0;
    while i < t.len() {
        let rest = &t[i..];
        let before_ok = t[..i]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '(');
        let dots = if rest.starts_with('…') {
            '…'.len_utf8()
        } else if rest.starts_with("...") {
            rest.bytes().take_while(|&b| b == b'.').count()
        } else {
            0
        };
        if dots > 0 {
            let after_ok = rest[dots..]
                .chars()
                .next()
                .is_none_or(|c| c.is_whitespace() || PUNCT.contains(&c) || c == ')');
            if before_ok && after_ok {
                out.push(Finding::new(
                    "text.blank",
                    Severity::Warning,
                    item.at_bytes(i, i + dots),
                    format!(
                        "Chỗ trống {} chưa điền (khóa, lần thứ của hội nghị, tên…): điền trước khi trình ký.",
                        q(&rest[..dots])
                    ),
                ));
            }
            i += dots;
            continue;
        }
        if let Some(inner) = rest.strip_prefix('{') {
            let name_len = inner
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
                .count();
            if name_len > 0 && inner[name_len..].starts_with('}') {
                let end = i + name_len + 2;
                out.push(Finding::new(
                    "text.blank",
                    Severity::Warning,
                    item.at_bytes(i, end),
                    format!(
                        "Chỗ {} của mẫu chưa được thay bằng thông tin của cơ quan: sửa thành nội dung cụ thể.",
                        q(&t[i..end])
                    ),
                ));
                i = end;
                continue;
            }
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
}

fn spacing(item: &TextItem, out: &mut Vec<Finding>) {
    let t = item.text;
    let b = t.as_bytes();
    // Spaces at the edges: the first-line indent comes from the layout.
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    if (lead > 0 || trail > 0) && !t.trim().is_empty() {
        let (a, e) = if lead > 0 {
            (0, lead)
        } else {
            (t.len() - trail, t.len())
        };
        out.push(
            Finding::new(
                "text.edge-space",
                Severity::Hint,
                item.at_bytes(a, e),
                "Khoảng trắng thừa ở đầu hoặc cuối đoạn: thụt đầu dòng do định dạng đoạn văn tạo ra, không gõ dấu cách.",
            )
            .with_fix(Fix::safe("Bỏ khoảng trắng thừa", vec![replace(item.at_bytes(a, e), String::new())])),
        );
    }
    let inner_start = lead;
    let inner_end = t.len() - trail;
    let mut i = inner_start;
    while i < inner_end {
        if b[i] != b' ' {
            i += 1;
            continue;
        }
        let run_end = (i..inner_end).find(|&j| b[j] != b' ').unwrap_or(inner_end);
        let next = t[run_end..].chars().next();
        let prev = t[..i].chars().next_back();
        let before_punct = next.is_some_and(|c| PUNCT.contains(&c) || c == ')')
            && !t[run_end..].starts_with("...")
            && !prev.is_some_and(|c| PUNCT.contains(&c));
        if before_punct {
            let c = next.unwrap_or(' ');
            out.push(
                Finding::new(
                    "text.space-before-punct",
                    Severity::Warning,
                    item.at_bytes(i, run_end),
                    format!(
                        "Dấu cách trước dấu {}: dấu câu viết liền sau chữ đứng trước.",
                        q(&c.to_string())
                    ),
                )
                .with_fix(Fix::safe(
                    "Bỏ dấu cách",
                    vec![replace(item.at_bytes(i, run_end), String::new())],
                )),
            );
        } else if run_end - i > 1 {
            out.push(
                Finding::new(
                    "text.double-space",
                    Severity::Hint,
                    item.at_bytes(i, run_end),
                    "Nhiều dấu cách liền nhau: giữa hai chữ chỉ có một dấu cách.",
                )
                .with_fix(Fix::safe(
                    "Chỉ giữ một dấu cách",
                    vec![replace(item.at_bytes(i, run_end), " ".into())],
                )),
            );
        } else if prev == Some('(') {
            out.push(
                Finding::new(
                    "text.space-before-punct",
                    Severity::Warning,
                    item.at_bytes(i, run_end),
                    "Dấu cách sau dấu mở ngoặc: chữ viết liền sau “(”.",
                )
                .with_fix(Fix::safe(
                    "Bỏ dấu cách",
                    vec![replace(item.at_bytes(i, run_end), String::new())],
                )),
            );
        }
        i = run_end;
    }
    missing_space_after(item, out);
}

/// ",chữ" ";chữ" ":chữ" and "câu.Câu": a space is missing after the mark. The marks
/// are ASCII: scan bytes, decode chars only around them.
fn missing_space_after(item: &TextItem, out: &mut Vec<Finding>) {
    let t = item.text;
    for (i, &byte) in t.as_bytes().iter().enumerate() {
        if !matches!(byte, b',' | b';' | b':' | b'.') {
            continue;
        }
        let Some(next) = t[i + 1..].chars().next() else {
            continue;
        };
        let prev = t[..i].chars().next_back();
        let missing = if byte == b'.' {
            next.is_uppercase() && prev.is_some_and(char::is_lowercase)
        } else {
            is_letter(next) && prev.is_none_or(|p| p != '/')
        };
        if missing {
            let c = byte as char;
            out.push(
                Finding::new(
                    "text.space-after-punct",
                    Severity::Warning,
                    item.at_bytes(i, i + 1),
                    format!("Thiếu dấu cách sau dấu {}.", q(&c.to_string())),
                )
                .with_fix(Fix::safe(
                    "Thêm dấu cách",
                    vec![replace(item.at_bytes(i, i + 1), format!("{c} "))],
                )),
            );
        }
    }
}

/// ". ." ",," ";." — but not the ellipsis "..." nor ",...". All marks are ASCII, so the
/// scan works on bytes.
fn repeated(item: &TextItem, out: &mut Vec<Finding>) {
    let t = item.text;
    let b = t.as_bytes();
    let is_mark = |c: u8| matches!(c, b'.' | b',' | b';' | b':');
    let dots_at = |i: usize| b[i..].iter().take_while(|&&c| c == b'.').count();
    let mut k = 0;
    while k < b.len() {
        let c = b[k];
        if !is_mark(c) {
            k += 1;
            continue;
        }
        // A run of dots of three or more is an ellipsis.
        let dots = dots_at(k);
        if dots >= 3 {
            k += dots;
            continue;
        }
        let mut j = k + 1;
        while j < b.len() && b[j] == b' ' {
            j += 1;
        }
        if j >= b.len() {
            break;
        }
        let c2 = b[j];
        if is_mark(c2) && dots_at(j) < 3 {
            let keep = if c == b'.' || c2 == b'.' {
                '.'
            } else {
                c as char
            };
            let end = j + 1;
            out.push(
                Finding::new(
                    "text.repeated-punct",
                    Severity::Warning,
                    item.at_bytes(k, end),
                    format!("Dấu câu lặp {}: chỉ giữ một dấu.", q(&t[k..end])),
                )
                .with_fix(Fix::safe(
                    format!("Chỉ giữ {}", q(&keep.to_string())),
                    vec![replace(item.at_bytes(k, end), keep.to_string())],
                )),
            );
            k = end;
            continue;
        }
        k += 1;
    }
}

fn quotes(ctx: &Ctx, out: &mut Vec<Finding>) {
    let straight: usize = ctx.texts.iter().map(|t| t.text.matches('"').count()).sum();
    let curly: usize = ctx
        .texts
        .iter()
        .map(|t| t.text.matches('“').count() + t.text.matches('”').count())
        .sum();
    for item in &ctx.texts {
        let t = item.text;
        let s = t.matches('"').count();
        let (open, close) = (t.matches('“').count(), t.matches('”').count());
        if straight > 0 && curly > 0 && s > 0 && straight <= curly {
            let i = t.find('"').unwrap_or(0);
            let fixed = curl(t);
            out.push(
                Finding::new(
                    "text.quotes-mixed",
                    Severity::Warning,
                    item.at_bytes(i, i + 1),
                    "Văn bản dùng lẫn ngoặc kép thẳng (\") và ngoặc kép cong (“ ”): dùng thống nhất ngoặc kép cong.",
                )
                .with_fix(Fix {
                    label: "Đổi sang ngoặc kép cong".into(),
                    safe: s % 2 == 0,
                    edits: vec![replace(item.place.clone(), fixed)],
                }),
            );
        } else if straight > curly && curly > 0 && open + close > 0 {
            let i = t.find(['“', '”']).unwrap_or(0);
            out.push(
                Finding::new(
                    "text.quotes-mixed",
                    Severity::Warning,
                    item.at_bytes(i, i + '“'.len_utf8()),
                    "Văn bản dùng lẫn ngoặc kép thẳng (\") và ngoặc kép cong (“ ”): dùng thống nhất một kiểu.",
                )
                .with_fix(Fix::safe(
                    "Đổi sang ngoặc kép thẳng",
                    vec![replace(item.place.clone(), t.replace(['“', '”'], "\""))],
                )),
            );
        }
        if open != close {
            // The first quote without a partner.
            let mut depth = 0i32;
            let mut at = None;
            for (i, c) in t.char_indices() {
                match c {
                    '“' => depth += 1,
                    '”' if depth == 0 => {
                        at = Some(i);
                        break;
                    }
                    '”' => depth -= 1,
                    _ => {}
                }
            }
            let i = at.or_else(|| t.rfind('“')).unwrap_or(0);
            out.push(Finding::new(
                "text.quote-unbalanced",
                Severity::Warning,
                item.at_bytes(i, i + '“'.len_utf8()),
                format!(
                    "Ngoặc kép không khớp trong đoạn: có {open} dấu mở “ và {close} dấu đóng ”. Kiểm tra đoạn trích dẫn."
                ),
            ));
        } else if s % 2 == 1 {
            let i = t.rfind('"').unwrap_or(0);
            out.push(Finding::new(
                "text.quote-unbalanced",
                Severity::Warning,
                item.at_bytes(i, i + 1),
                "Ngoặc kép không khớp trong đoạn: số dấu \" là số lẻ. Kiểm tra đoạn trích dẫn.",
            ));
        }
    }
}

/// Straight quotes to curly: opening after a space, a bracket or at the start.
fn curl(t: &str) -> String {
    let mut out = String::with_capacity(t.len() + 8);
    let mut prev: Option<char> = None;
    for c in t.chars() {
        if c == '"' {
            let opening = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | ':'));
            out.push(if opening { '“' } else { '”' });
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

fn endings(ctx: &Ctx, out: &mut Vec<Finding>) {
    let paragraphs: Vec<&TextItem> = ctx
        .texts
        .iter()
        .filter(|t| t.is_paragraph() && !t.text.trim().is_empty())
        .collect();
    let last_index = paragraphs.len().checked_sub(1);
    // A state document ends with "./." (NĐ 30/2020); a Party document never does.
    let state = ctx.rules.system == System::State;
    for (k, item) in paragraphs.iter().enumerate() {
        let t = item.text.trim_end();
        let end = t.len();
        let is_last = Some(k) == last_index;
        if state {
            if is_last && !t.ends_with("./.") {
                let at = end - usize::from(t.ends_with('.'));
                out.push(
                    Finding::new(
                        "body.end-mark-missing",
                        Severity::Error,
                        item.at_bytes(at, end),
                        "Văn bản hành chính nhà nước kết thúc nội dung bằng dấu “./.” (NĐ 30/2020).",
                    )
                    .with_fix(Fix::safe("Kết thúc bằng “./.”", vec![replace(item.at_bytes(at, end), "./.".into())])),
                );
                continue;
            }
            if t.ends_with("./.") {
                continue;
            }
        } else if t.ends_with("./.") {
            out.push(
                Finding::new(
                    "body.end-state-mark",
                    Severity::Error,
                    item.at_bytes(end - 3, end),
                    "Đoạn kết thúc bằng “./.”: đó là thói quen của văn bản nhà nước; văn bản của Đảng kết thúc bằng dấu chấm “.”.",
                )
                .with_fix(Fix::safe("Thay bằng dấu chấm", vec![replace(item.at_bytes(end - 3, end), ".".into())])),
            );
            continue;
        }
        let last_char = t.chars().next_back().unwrap_or('.');
        if is_last && last_char != '.' {
            let (a, with) = if matches!(last_char, ';' | ',' | ':') {
                (end - 1, ".".to_owned())
            } else {
                (end, ".".to_owned())
            };
            out.push(
                Finding::new(
                    "body.end-period",
                    Severity::Warning,
                    item.at_bytes(a, end),
                    "Đoạn cuối của văn bản không kết thúc bằng dấu chấm: văn bản kết thúc bằng dấu chấm “.”.",
                )
                .with_fix(Fix::safe("Kết thúc bằng dấu chấm", vec![replace(item.at_bytes(a, end), with)])),
            );
        } else if !is_last
            && item.role != Role::Heading
            && last_char.is_alphanumeric()
            // A line in capitals is a heading of its own ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
            && !is_all_caps(t)
        {
            out.push(
                Finding::new(
                    "text.paragraph-end",
                    Severity::Warning,
                    item.at_bytes(end, end),
                    "Đoạn văn không có dấu câu ở cuối: đoạn văn kết thúc bằng dấu chấm (hoặc “;”, “:” trong một liệt kê).",
                )
                .with_fix(Fix::unsafe_("Thêm dấu chấm", vec![replace(item.at_bytes(end, end), ".".into())])),
            );
        }
    }
}
