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
}

/// Letters used for "a)" items, in the order of Vietnamese legal texts (no f, j, w, z; đ after d).
const VIET_LETTERS: [&str; 23] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
];

impl NumberStyle {
    pub const ALL: [NumberStyle; 10] = [
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
    }
}
