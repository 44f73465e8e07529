//! Section labels as clerks type them at the start of a paragraph: "I-", "II.", "1.",
//! "1-", "2.1.", "(1)", "a)", "-", "+", and the "Phần I" / "Chương II" / "Mục 1" /
//! "Điều 1." forms of regulations and state documents.

use crate::model::NumberStyle;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub style: NumberStyle,
    /// The numbers as typed: [2, 1] for "2.1.", [3] for "III-" or "c)", [] for bullets.
    pub numbers: Vec<usize>,
    /// Chars of the label and the space after it.
    pub len: usize,
    /// The label as typed, for messages.
    pub typed: String,
}

/// The label at the start of `text`, if any.
pub fn parse(text: &str) -> Option<Label> {
    let chars: Vec<char> = text.chars().take(24).collect();
    let first = *chars.first()?;
    let label = |style, numbers, label_len: usize| {
        // A label is followed by a space (or ends the text), never glued to a word.
        let rest = &chars[label_len..];
        let spaces = rest.iter().take_while(|c| c.is_whitespace()).count();
        if !rest.is_empty() && spaces == 0 {
            return None;
        }
        Some(Label {
            style,
            numbers,
            len: label_len + spaces,
            typed: chars[..label_len].iter().collect(),
        })
    };
    match first {
        '-' | '–' | '—' | '•' | '·' | '\u{F0B7}' => {
            // "-----" is a rule, "- " an item; "-5%" is text.
            if chars.get(1).is_some_and(|c| *c == '-') {
                return None;
            }
            return label(NumberStyle::Dash, vec![], 1);
        }
        '+' => return label(NumberStyle::Plus, vec![], 1),
        '(' => {
            let digits = chars[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if (1..=3).contains(&digits) && chars.get(1 + digits) == Some(&')') {
                let n = to_number(&chars[1..1 + digits])?;
                return label(NumberStyle::Paren, vec![n], digits + 2);
            }
            return None;
        }
        _ => {}
    }
    if first.is_ascii_digit() {
        return arabic(&chars, label);
    }
    if let Some(l) = roman(&chars, &label) {
        return Some(l);
    }
    if let Some(l) = part(&chars) {
        return Some(l);
    }
    // "a)", "đ)": one Vietnamese item letter and a closing bracket.
    if chars.get(1) == Some(&')') && first.is_lowercase() {
        let n = letter_index(first)?;
        return label(NumberStyle::Letter, vec![n], 2);
    }
    None
}

fn to_number(digits: &[char]) -> Option<usize> {
    digits.iter().collect::<String>().parse().ok()
}

/// "1.", "1-", "2.1.", "2.1" (the final dot is often forgotten).
fn arabic(
    chars: &[char],
    label: impl Fn(NumberStyle, Vec<usize>, usize) -> Option<Label>,
) -> Option<Label> {
    let mut numbers = Vec::new();
    let mut i = 0;
    loop {
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || digits > 3 {
            return None;
        }
        numbers.push(to_number(&chars[i..i + digits])?);
        i += digits;
        match chars.get(i) {
            // "2.1": a further level, but "1.000" is a thousand.
            Some('.')
                if chars
                    .get(i + 1)
                    .is_some_and(|c| c.is_ascii_digit() && *c != '0') =>
            {
                i += 1
            }
            Some('.') => {
                i += 1;
                break;
            }
            Some('-') | Some('/') if numbers.len() == 1 => {
                // "1- Kết quả", but not "2021-2025" or "15/8".
                if chars[i] == '/' || chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
                    return None;
                }
                i += 1;
                return label(NumberStyle::ArabicDash, numbers, i);
            }
            _ if numbers.len() >= 2 => break,
            _ => return None,
        }
    }
    let style = if numbers.len() == 1 {
        NumberStyle::ArabicDot
    } else {
        NumberStyle::Nested
    };
    label(style, numbers, i)
}

/// "I-", "IV.", "XII-": capital Roman numerals (up to 39) and a dash or dot.
fn roman(
    chars: &[char],
    label: &impl Fn(NumberStyle, Vec<usize>, usize) -> Option<Label>,
) -> Option<Label> {
    let digits = chars
        .iter()
        .take_while(|c| matches!(c, 'I' | 'V' | 'X'))
        .count();
    if digits == 0 {
        return None;
    }
    let numeral: String = chars[..digits].iter().collect();
    let n = roman_value(&numeral)?;
    let style = match chars.get(digits) {
        Some('-') | Some('–') => NumberStyle::RomanDash,
        Some('.') => NumberStyle::RomanDot,
        _ => return None,
    };
    label(style, vec![n], digits + 1)
}

/// The value of a canonical Roman numeral below 40.
pub fn roman_value(s: &str) -> Option<usize> {
    (1..40).find(|&n| crate::model::numbering::roman(n) == s)
}

/// "Phần I", "Chương II", "Mục 1", "Điều 1.": the divisions and articles of regulations
/// and state documents, in any case ("CHƯƠNG I"), with or without a mark after the
/// number ("Điều 1:", "Điều 1 Phạm vi", "Chương I. QUY ĐỊNH CHUNG", "Mục 2 -"). The
/// number may be Roman or Arabic for any of them. `typed` is the label as this program
/// writes it ("Điều 1."), so that a number typed right is not reported as renumbered.
fn part(chars: &[char]) -> Option<Label> {
    let word_len = chars.iter().take_while(|c| c.is_alphabetic()).count();
    let head: String = chars[..word_len].iter().collect();
    let style = match head.to_lowercase().as_str() {
        "phần" => NumberStyle::Part,
        "chương" => NumberStyle::Chapter,
        "mục" => NumberStyle::Division,
        "điều" => NumberStyle::Article,
        _ => return None,
    };
    if !head.starts_with(char::is_uppercase) || chars.get(word_len) != Some(&' ') {
        return None;
    }
    let from = word_len + 1;
    let digits = chars[from..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X' | 'L'))
        .count();
    let numeral: String = chars[from..from + digits].iter().collect();
    let n = match numeral.parse::<usize>() {
        Ok(n) if (1..1000).contains(&n) => n,
        Ok(_) => return None,
        Err(_) => roman_value(&numeral)?,
    };
    let mut end = from + digits;
    // One mark after the number: "Điều 1." "Điều 1:" "Chương I -".
    let rest = &chars[end..];
    let spaces = rest.iter().take_while(|c| **c == ' ').count();
    match rest.get(spaces) {
        // "Điều 1.Phạm vi" or "Mục 1.1" is not a label.
        Some('.' | ':') if spaces == 0 && rest.get(1).is_none_or(|c| c.is_whitespace()) => end += 1,
        Some('-' | '–' | '—') if rest.get(spaces + 1).is_none_or(|c| c.is_whitespace()) => {
            end += spaces + 1
        }
        // "Điều 1 Phạm vi", "Chương I" alone.
        Some(c) if spaces > 0 && !c.is_ascii_digit() && *c != '/' => {}
        None => {}
        _ => return None,
    }
    let spaces = chars[end..]
        .iter()
        .take_while(|c| c.is_whitespace())
        .count();
    Some(Label {
        style,
        numbers: vec![n],
        len: end + spaces,
        typed: style.label(n, &[]),
    })
}

/// Position (1-based) of an item letter in the Vietnamese order a b c d đ e g h i k …
fn letter_index(c: char) -> Option<usize> {
    (1..=23).find(|&n| crate::model::numbering::letter(n).starts_with(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(t: &str) -> Option<(NumberStyle, Vec<usize>)> {
        parse(t).map(|l| (l.style, l.numbers))
    }

    #[test]
    fn every_seed_form() {
        use NumberStyle::*;
        assert_eq!(style("I- MỤC TIÊU"), Some((RomanDash, vec![1])));
        assert_eq!(style("II. Về một số"), Some((RomanDot, vec![2])));
        assert_eq!(style("1. Kết quả"), Some((ArabicDot, vec![1])));
        assert_eq!(style("3- Kết quả"), Some((ArabicDash, vec![3])));
        assert_eq!(style("2.1. Về công tác"), Some((Nested, vec![2, 1])));
        assert_eq!(style("7.3 Về phát triển"), Some((Nested, vec![7, 3])));
        assert_eq!(style("(12) Tỷ lệ"), Some((Paren, vec![12])));
        assert_eq!(style("đ) Các"), Some((Letter, vec![5])));
        assert_eq!(style("- Ban Tuyên giáo"), Some((Dash, vec![])));
        assert_eq!(style("+ Tăng"), Some((Plus, vec![])));
        assert_eq!(style("Phần II"), Some((Part, vec![2])));
        assert_eq!(parse("1. Kết quả").map(|l| l.len), Some(3));
        for text in [
            "-----",
            "2021-2025 là",
            "15/8/2021",
            "42,4%, Nông",
            "Ia Grai",
            "Idea.",
            "1.000 doanh nghiệp",
            "(i) nghiên cứu",
            "e-mail",
        ] {
            assert_eq!(style(text), Option::None, "{text}");
        }
    }

    /// The label, its length with the spaces after it, and the text left for the title.
    fn split(t: &str) -> Option<(NumberStyle, usize, String)> {
        let l = parse(t)?;
        Some((l.style, l.numbers[0], t.chars().skip(l.len).collect()))
    }

    #[test]
    fn articles_chapters_and_divisions() {
        use NumberStyle::*;
        for (text, want) in [
            (
                "Điều 1. Thành lập Tổ công tác",
                (Article, 1, "Thành lập Tổ công tác"),
            ),
            (
                "Điều 12: Phạm vi điều chỉnh",
                (Article, 12, "Phạm vi điều chỉnh"),
            ),
            (
                "Điều 3 Đối tượng áp dụng",
                (Article, 3, "Đối tượng áp dụng"),
            ),
            ("ĐIỀU 4. Hiệu lực", (Article, 4, "Hiệu lực")),
            ("Điều 5.", (Article, 5, "")),
            ("Chương I", (Chapter, 1, "")),
            ("CHƯƠNG II", (Chapter, 2, "")),
            ("Chương III. QUY ĐỊNH CHUNG", (Chapter, 3, "QUY ĐỊNH CHUNG")),
            (
                "Chương IV - TỔ CHỨC THỰC HIỆN",
                (Chapter, 4, "TỔ CHỨC THỰC HIỆN"),
            ),
            ("Chương 2", (Chapter, 2, "")),
            ("Mục 1", (Division, 1, "")),
            ("MỤC 2. NHIỆM VỤ", (Division, 2, "NHIỆM VỤ")),
            ("Phần I", (Part, 1, "")),
        ] {
            let got = split(text);
            assert_eq!(got, Some((want.0, want.1, want.2.to_owned())), "{text}");
        }
        assert_eq!(
            parse("Điều 1: A").map(|l| l.typed),
            Some("Điều 1.".to_owned())
        );
        assert_eq!(
            parse("CHƯƠNG II").map(|l| l.typed),
            Some("Chương II".to_owned())
        );
        for text in [
            "Điều này có hiệu lực",
            "Điều 2/2024 của",
            "Điều 15/8",
            "Mục tiêu chung",
            "Mục 1.1 của",
            "điều 3 quy định",
            "Chương trình 135",
            "Phần lớn",
            "Điều 1,2 và 3",
            "Điều 0",
        ] {
            assert_eq!(style(text), Option::None, "{text}");
        }
    }
}
