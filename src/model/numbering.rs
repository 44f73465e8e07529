//! Numbering of sections and items, computed from their position in the tree.

use serde::{Deserialize, Serialize};

/// How a section or item is numbered. The label is never stored: it follows from the
/// position of the block among its siblings (and, for `Nested`, from its parent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NumberStyle {
    /// "I-"
    RomanDash,
    /// "I."
    RomanDot,
    /// "1."
    ArabicDot,
    /// "1-"
    ArabicDash,
    /// "2.1." — the parent's number, then this one.
    Nested,
    /// "(1)"
    Paren,
    /// "a)" — Vietnamese letter order: a b c d đ e g h i k…
    Letter,
    /// "-"
    Dash,
    /// "+"
    Plus,
    /// No label: a heading or item without a number.
    None,
    /// "Phần I": the largest division of a long document (05-HD: "Phần I" / its name).
    Part,
    /// "Chương I": numbered on through the whole document, across parts.
    Chapter,
    /// "Mục 1": a division of a chapter ("Section" in English versions of Vietnamese
    /// laws), numbered afresh in each chapter.
    Division,
    /// "Điều 1.": an article, numbered on through the whole document, across parts,
    /// chapters and divisions; its khoản "1." and điểm "a)" start again in each.
    Article,
}

/// Letters used for "a)" items, in the order of Vietnamese legal texts (no f, j, w, z; đ after d).
const VIET_LETTERS: [&str; 23] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
];

impl NumberStyle {
    pub const ALL: [NumberStyle; 14] = [
        NumberStyle::Part,
        NumberStyle::Chapter,
        NumberStyle::Division,
        NumberStyle::Article,
        NumberStyle::RomanDash,
        NumberStyle::RomanDot,
        NumberStyle::ArabicDot,
        NumberStyle::ArabicDash,
        NumberStyle::Nested,
        NumberStyle::Paren,
        NumberStyle::Letter,
        NumberStyle::Dash,
        NumberStyle::Plus,
        NumberStyle::None,
    ];

    /// Whether siblings of this style count up (bullets and `None` do not).
    pub fn is_counted(self) -> bool {
        !matches!(
            self,
            NumberStyle::Dash | NumberStyle::Plus | NumberStyle::None
        )
    }

    /// Whether the number runs on through the whole document instead of starting again
    /// under each parent: "Chương III" may follow "Chương II" in another part, and
    /// "Điều 5." the last article of the chapter before.
    pub fn runs_on(self) -> bool {
        matches!(self, NumberStyle::Chapter | NumberStyle::Article)
    }

    /// Whether this style divides a long document (Phần, Chương, Mục): its line is the
    /// label alone and its name follows on the next line.
    pub fn is_division(self) -> bool {
        matches!(
            self,
            NumberStyle::Part | NumberStyle::Chapter | NumberStyle::Division
        )
    }

    /// The label for the `n`-th (1-based) sibling; `parent` is the parent's counter path,
    /// used by `Nested` ("2.1.").
    pub fn label(self, n: usize, parent: &[usize]) -> String {
        match self {
            NumberStyle::RomanDash => format!("{}-", roman(n)),
            NumberStyle::RomanDot => format!("{}.", roman(n)),
            NumberStyle::ArabicDot => format!("{n}."),
            NumberStyle::ArabicDash => format!("{n}-"),
            NumberStyle::Nested => {
                let mut s = String::new();
                for p in parent {
                    s.push_str(&format!("{p}."));
                }
                format!("{s}{n}.")
            }
            NumberStyle::Paren => format!("({n})"),
            NumberStyle::Letter => format!("{})", letter(n)),
            NumberStyle::Dash => "-".to_owned(),
            NumberStyle::Plus => "+".to_owned(),
            NumberStyle::None => String::new(),
            NumberStyle::Part => format!("Phần {}", roman(n)),
            NumberStyle::Chapter => format!("Chương {}", roman(n)),
            NumberStyle::Division => format!("Mục {n}"),
            NumberStyle::Article => format!("Điều {n}."),
        }
    }

    /// An example label, for menus ("I-", "2.1.", "a)").
    pub fn example(self) -> String {
        self.label(1, &[2])
    }
}

/// Upper-case Roman numeral; 0 gives an empty string.
pub fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            s.push_str(digits);
            n -= value;
        }
    }
    s
}

/// The `n`-th Vietnamese item letter; past "y" the letters double ("aa", "bb"…).
pub fn letter(n: usize) -> String {
    if n == 0 {
        return String::new();
    }
    let i = (n - 1) % VIET_LETTERS.len();
    let times = (n - 1) / VIET_LETTERS.len() + 1;
    VIET_LETTERS[i].repeat(times)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(NumberStyle::RomanDash.label(3, &[]), "III-");
        assert_eq!(NumberStyle::RomanDot.label(14, &[]), "XIV.");
        assert_eq!(NumberStyle::Nested.label(2, &[3]), "3.2.");
        assert_eq!(NumberStyle::Nested.label(1, &[2, 1]), "2.1.1.");
        assert_eq!(NumberStyle::Paren.label(20, &[]), "(20)");
        assert_eq!(NumberStyle::Letter.label(5, &[]), "đ)");
        assert_eq!(NumberStyle::Letter.label(7, &[]), "g)");
        assert_eq!(NumberStyle::Letter.label(24, &[]), "aa)");
        assert_eq!(NumberStyle::Dash.label(9, &[]), "-");
        assert_eq!(NumberStyle::Part.label(2, &[]), "Phần II");
        assert_eq!(NumberStyle::Chapter.label(4, &[1]), "Chương IV");
        assert_eq!(NumberStyle::Division.label(3, &[1]), "Mục 3");
        assert_eq!(NumberStyle::Article.label(12, &[3]), "Điều 12.");
    }

    /// Drafts saved before the legal-structure styles still load: the old variants keep
    /// their names in RON.
    #[test]
    fn old_names_still_load() {
        let old: Vec<NumberStyle> =
            ron::from_str("[RomanDash, ArabicDot, Nested, Letter, None]").expect("old names");
        assert_eq!(old[4], NumberStyle::None);
        let new: NumberStyle = ron::from_str("Article").expect("new name");
        assert_eq!(new, NumberStyle::Article);
    }
}
