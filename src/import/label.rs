//! Section labels as clerks type them at the start of a paragraph: "I-", "II.", "1.",
//! "1-", "2.1.", "(1)", "a)", "-", "+", and the "Phần I" / "Chương II" / "Mục 1" forms.

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
    if let Some(l) = part(text) {
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

/// "Phần I", "Chương II", "Mục 1": kept as an unnumbered heading (NumberStyle::None), the
/// words stay in its title since the model has no such style.
fn part(text: &str) -> Option<Label> {
    let mut words = text.split_whitespace();
    let head = words.next()?;
    let number = words.next()?.trim_end_matches(['.', ':', '-']);
    let is_part = matches!(
        head.to_lowercase().as_str(),
        "phần" | "chương" | "mục" | "điều"
    );
    let is_number = roman_value(number).is_some() || number.parse::<usize>().is_ok();
    (is_part && is_number && head.starts_with(char::is_uppercase)).then(|| Label {
        style: NumberStyle::None,
        numbers: vec![],
        len: 0,
        typed: format!("{head} {number}"),
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
        assert_eq!(style("Phần II"), Some((None, vec![])));
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
}
