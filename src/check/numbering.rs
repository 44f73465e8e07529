//! The body's structure: empty body and sections, numbering levels, and numbers typed
//! by hand into the text (the model numbers sections from their position).

use super::header::replace;
use super::scan::{q, Role};
use super::{Ctx, Finding, Fix, Place, Severity};
use crate::model::{Block, NumberStyle, SectionKind};

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    if ctx.doc.body.is_empty() {
        out.push(Finding::new(
            "body.empty",
            Severity::Error,
            Place::Body {
                path: vec![],
                range: None,
            },
            "Văn bản chưa có nội dung.",
        ));
    }
    let mut path = Vec::new();
    structure(&ctx.doc.body, None, &mut path, out);
    typed_labels(ctx, out);
    inline_sequences(ctx, out);
}

/// Level of a counted style: Phần › Chương › Mục › Điều › I. › 1. › 1.1. › (1), a);
/// bullets none.
fn level(style: NumberStyle) -> Option<u8> {
    match style {
        NumberStyle::Part => Some(1),
        NumberStyle::Chapter => Some(2),
        NumberStyle::Division => Some(3),
        NumberStyle::Article => Some(4),
        NumberStyle::RomanDash | NumberStyle::RomanDot => Some(ROMAN),
        NumberStyle::ArabicDot | NumberStyle::ArabicDash => Some(ARABIC),
        NumberStyle::Nested => Some(ARABIC + 1),
        NumberStyle::Paren | NumberStyle::Letter => Some(ARABIC + 2),
        NumberStyle::Dash | NumberStyle::Plus | NumberStyle::None => None,
    }
}

const ROMAN: u8 = 5;
const ARABIC: u8 = 6;

fn structure(
    blocks: &[Block],
    parent: Option<NumberStyle>,
    path: &mut Vec<usize>,
    out: &mut Vec<Finding>,
) {
    let mut first_roman: Option<NumberStyle> = None;
    let mut first_arabic: Option<NumberStyle> = None;
    for (i, block) in blocks.iter().enumerate() {
        let Block::Section(s) = block else { continue };
        path.push(i);
        let place = Place::Body {
            path: path.clone(),
            range: None,
        };
        if s.title.text.trim().is_empty() {
            out.push(Finding::new(
                "section.title-empty",
                Severity::Error,
                place.clone(),
                "Mục có số thứ tự nhưng chưa có tiêu đề hoặc nội dung.",
            ));
        } else if s.kind == SectionKind::Heading
            // "Điều 1. Thành lập Tổ công tác…": an article's title may be all of it.
            && s.style != NumberStyle::Article
            && s.content.iter().all(is_blank)
        {
            out.push(Finding::new(
                "section.empty",
                Severity::Warning,
                place.clone(),
                format!(
                    "Mục {} chưa có nội dung bên dưới tiêu đề.",
                    q(s.title.text.trim())
                ),
            ));
        }
        let parent_level = parent.and_then(level);
        if let Some(l) = level(s.style) {
            if s.style == NumberStyle::Nested
                && !matches!(parent_level, Some(l) if l == ARABIC || l == ARABIC + 1)
            {
                out.push(Finding::new(
                    "numbering.level-skip",
                    Severity::Error,
                    place.clone(),
                    "Mục đánh số kiểu “2.1.” không nằm trong một mục “1.”, “2.”: thiếu cấp số thứ tự ở giữa (cấp: I. › 1. › 1.1. › (1), a) › -, +).",
                ));
            } else if s.style != NumberStyle::Nested && parent_level.is_some_and(|p| l <= p) {
                out.push(Finding::new(
                    "numbering.level-order",
                    Severity::Error,
                    place.clone(),
                    format!(
                        "Mục đánh số kiểu “{}” nằm trong mục kiểu “{}” cùng cấp hoặc cấp thấp hơn: thứ tự cấp là I. › 1. › 1.1. › (1), a) › -, +.",
                        s.style.example(),
                        parent.map(|p| p.example()).unwrap_or_default()
                    ),
                ));
            }
        }
        let family = match s.style {
            NumberStyle::RomanDash | NumberStyle::RomanDot => Some(&mut first_roman),
            NumberStyle::ArabicDot | NumberStyle::ArabicDash => Some(&mut first_arabic),
            _ => None,
        };
        if let Some(first) = family {
            match first {
                None => *first = Some(s.style),
                Some(f) if *f != s.style => out.push(Finding::new(
                    "numbering.mixed-style",
                    Severity::Warning,
                    place.clone(),
                    format!(
                        "Các mục cùng cấp đánh số lẫn hai kiểu “{}” và “{}”: dùng thống nhất một kiểu.",
                        f.example(),
                        s.style.example()
                    ),
                )),
                _ => {}
            }
        }
        if let Some(len) = typed_legal_label(s.style, &s.title.text) {
            let typed: String = s.title.text.chars().take(len).collect();
            let typed = typed.trim();
            let at = Place::Body {
                path: path.clone(),
                range: Some((0, len)),
            };
            out.push(
                Finding::new(
                    "numbering.typed-label",
                    Severity::Error,
                    at.clone(),
                    format!(
                        "Số thứ tự {} được gõ tay vào đầu mục: chương trình đã tự đánh số mục theo vị trí, nên sẽ in hai lần.",
                        q(typed)
                    ),
                )
                .with_fix(Fix::safe(
                    format!("Bỏ {typed} gõ tay"),
                    vec![replace(at, String::new())],
                )),
            );
        }
        structure(&s.content, Some(s.style), path, out);
        path.pop();
    }
}

/// "Điều 3. " typed at the head of an article's title (or "Chương II " of a chapter's):
/// its length in chars with the spaces after it. The label is printed from the style.
fn typed_legal_label(style: NumberStyle, title: &str) -> Option<usize> {
    let word = match style {
        NumberStyle::Part => "phần",
        NumberStyle::Chapter => "chương",
        NumberStyle::Division => "mục",
        NumberStyle::Article => "điều",
        _ => return None,
    };
    let chars: Vec<char> = title.chars().collect();
    let head: String = chars.iter().take_while(|c| c.is_alphabetic()).collect();
    let mut i = head.chars().count();
    if head.to_lowercase() != word || chars.get(i) != Some(&' ') {
        return None;
    }
    i += 1;
    let digits = chars[i..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X' | 'L'))
        .count();
    if digits == 0 {
        return None;
    }
    i += digits;
    if matches!(chars.get(i), Some('.' | ':')) {
        i += 1;
    }
    match chars.get(i) {
        Some(c) if !c.is_whitespace() => None,
        _ => Some(i + chars[i..].iter().take_while(|c| c.is_whitespace()).count()),
    }
}

fn is_blank(b: &Block) -> bool {
    match b {
        Block::Para(p) => p.is_empty(),
        Block::Section(_) => false,
    }
}

/// The kind and value of a label typed at the head of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Typed {
    Roman(usize),
    Arabic(usize),
    Nested,
    Paren(usize),
    Letter,
    Bullet,
}

/// A hand-typed label at the start of `text`: its kind and byte length with the space.
fn typed_label(text: &str) -> Option<(Typed, usize)> {
    let b = text.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let space_at = |i: usize| b.get(i) == Some(&b' ') || b.get(i) == Some(&b'\t');
    // Bullets: "- ", "+ ", "• ", "– ".
    for bullet in ["- ", "+ ", "• ", "– ", "* "] {
        if text.starts_with(bullet) {
            return Some((Typed::Bullet, bullet.len()));
        }
    }
    // "(1) "
    if b.first() == Some(&b'(') {
        let n = digits(1);
        if (1..=2).contains(&n) && b.get(1 + n) == Some(&b')') && space_at(2 + n) {
            return Some((Typed::Paren(text[1..1 + n].parse().ok()?), 3 + n));
        }
        return None;
    }
    // "a) "
    if let Some(c) = text.chars().next() {
        let len = c.len_utf8();
        if c.is_lowercase() && b.get(len) == Some(&b')') && space_at(len + 1) {
            return Some((Typed::Letter, len + 2));
        }
    }
    // "I. ", "II- "
    let roman = b
        .iter()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L'))
        .count();
    if roman > 0 && matches!(b.get(roman), Some(b'.') | Some(b'-')) && space_at(roman + 1) {
        return Some((Typed::Roman(roman_value(&text[..roman])), roman + 2));
    }
    // "1. ", "1- ", "2.1. ", "2.1 "
    let mut i = 0;
    let mut parts = 0;
    let mut first = 0;
    loop {
        let n = digits(i);
        if !(1..=2).contains(&n) {
            break;
        }
        if parts == 0 {
            first = text[..n].parse().ok()?;
        }
        parts += 1;
        i += n;
        match b.get(i) {
            Some(b'.') | Some(b'-') if space_at(i + 1) => {
                let kind = if parts > 1 {
                    Typed::Nested
                } else {
                    Typed::Arabic(first)
                };
                return Some((kind, i + 2));
            }
            Some(b'.') if b.get(i + 1).is_some_and(u8::is_ascii_digit) => i += 1,
            Some(b' ') if parts > 1 => return Some((Typed::Nested, i + 1)),
            _ => break,
        }
    }
    None
}

fn roman_value(s: &str) -> usize {
    let v = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 0,
    };
    let chars: Vec<usize> = s.chars().map(v).collect();
    let mut total = 0;
    for (i, &c) in chars.iter().enumerate() {
        if chars.get(i + 1).is_some_and(|&n| n > c) {
            total -= c as isize;
        } else {
            total += c as isize;
        }
    }
    total.max(0) as usize
}

fn typed_labels(ctx: &Ctx, out: &mut Vec<Finding>) {
    // Last hand-typed value per kind among consecutive plain paragraphs of one list.
    let mut last: Option<Typed> = None;
    for item in &ctx.texts {
        let Some((typed, len)) = typed_label(item.text) else {
            if item.role != Role::Heading {
                last = None;
            }
            continue;
        };
        let label = item.text[..len].trim();
        match item.role {
            Role::Heading | Role::Item => out.push(
                Finding::new(
                    "numbering.typed-label",
                    Severity::Error,
                    item.at_bytes(0, len),
                    format!(
                        "Số thứ tự {} được gõ tay vào đầu mục: chương trình đã tự đánh số mục theo vị trí, nên sẽ in hai lần.",
                        q(label)
                    ),
                )
                .with_fix(Fix::safe(
                    format!("Bỏ {label} gõ tay"),
                    vec![replace(item.at_bytes(0, len), String::new())],
                )),
            ),
            Role::Para | Role::Preamble | Role::Closing => {
                out.push(Finding::new(
                    "numbering.hand-typed",
                    Severity::Warning,
                    item.at_bytes(0, len),
                    format!(
                        "Đoạn văn bắt đầu bằng số thứ tự gõ tay {}: hãy chuyển thành mục đánh số để số tự động đúng thứ tự, không nhảy hoặc lặp.",
                        q(label)
                    ),
                ));
                sequence(&mut last, item.at_bytes(0, len), typed, label, out);
            }
            Role::Subject => {}
        }
    }
}

/// Hand-typed numbers in consecutive paragraphs must count up by one.
fn sequence(
    last: &mut Option<Typed>,
    place: Place,
    typed: Typed,
    label: &str,
    out: &mut Vec<Finding>,
) {
    let value = |t: Typed| match t {
        Typed::Roman(v) | Typed::Arabic(v) | Typed::Paren(v) => Some(v),
        _ => None,
    };
    let same_kind = |a: Typed, b: Typed| std::mem::discriminant(&a) == std::mem::discriminant(&b);
    if let (Some(prev), Some(v)) = (*last, value(typed)) {
        if same_kind(prev, typed) {
            if let Some(p) = value(prev) {
                if v != p + 1 {
                    out.push(Finding::new(
                        "numbering.skip",
                        Severity::Error,
                        place,
                        format!(
                            "Số thứ tự gõ tay {} không nối tiếp số trước ({}): số bị {}.",
                            q(label),
                            p,
                            if v <= p { "lặp" } else { "nhảy" }
                        ),
                    ));
                }
            }
        }
    }
    *last = Some(typed);
}

/// "(1) … (2) … (4)" and "(i) … (ii) … (i3)" inside one paragraph must count up.
fn inline_sequences(ctx: &Ctx, out: &mut Vec<Finding>) {
    for item in ctx.texts.iter().filter(|t| t.is_paragraph()) {
        let b = item.text.as_bytes();
        let mut prev_num: Option<usize> = None;
        let mut prev_roman: Option<usize> = None;
        let mut start = 0;
        while let Some(off) = item.text[start..].find('(') {
            let open = start + off;
            start = open + 1;
            if open > 0 && !matches!(b[open - 1], b' ' | b':' | b';') {
                continue;
            }
            let Some(close) = item.text[open..].find(')').map(|c| open + c) else {
                break;
            };
            let inner = &item.text[open + 1..close];
            if inner.is_empty() || inner.len() > 4 {
                continue;
            }
            let written = &item.text[open..=close];
            if inner.bytes().all(|c| c.is_ascii_digit()) {
                let v: usize = inner.parse().unwrap_or(0);
                if let Some(p) = prev_num.filter(|&p| v != p + 1) {
                    out.push(inline_skip(
                        item.at_bytes(open, close + 1),
                        written,
                        &format!("({})", p + 1),
                    ));
                }
                prev_num = Some(v);
            } else if inner.starts_with('i') || inner.starts_with('v') || inner.starts_with('x') {
                let roman = roman_value(&inner.to_uppercase());
                let well_formed = inner.bytes().all(|c| matches!(c, b'i' | b'v' | b'x'));
                let expected = prev_roman.map_or(1, |p| p + 1);
                if (!well_formed && prev_roman.is_some())
                    || (well_formed && prev_roman.is_some() && roman != expected)
                {
                    let want = format!("({})", lower_roman(expected));
                    out.push(inline_skip(item.at_bytes(open, close + 1), written, &want));
                    prev_roman = Some(expected);
                } else if well_formed {
                    prev_roman = Some(roman);
                }
            }
        }
    }
}

fn inline_skip(place: Place, written: &str, expected: &str) -> Finding {
    Finding::new(
        "numbering.inline-sequence",
        Severity::Error,
        place,
        format!(
            "Số thứ tự {} trong đoạn không nối tiếp: ở vị trí này phải là {}.",
            q(written),
            q(expected)
        ),
    )
}

fn lower_roman(n: usize) -> String {
    crate::model::numbering::roman(n).to_lowercase()
}
