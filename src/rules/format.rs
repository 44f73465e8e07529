//! Small value types shared by the rule sets.

use crate::model::NumberStyle;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Align {
    Left,
    Center,
    Right,
    Justify,
}

/// Line height of body paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum LineRule {
    /// Exactly this many points.
    Exact(f32),
    /// At least this many points.
    AtLeast(f32),
    /// A multiple of single spacing (1.0, 1.15, 1.5).
    Multiple(f32),
}

/// The look of one printed element.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextFormat {
    pub size_pt: f32,
    #[serde(default)]
    pub bold: bool,
    #[serde(default)]
    pub italic: bool,
    #[serde(default)]
    pub underline: bool,
    /// Shown in capitals whatever the clerk typed.
    #[serde(default)]
    pub caps: bool,
}

/// How a section of a given numbering style looks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeadingRule {
    pub style: NumberStyle,
    /// A heading line ("I- MỤC TIÊU…"): label and title.
    pub bold: bool,
    pub italic: bool,
    /// The title in capitals whatever the clerk typed (with `title_below`, the name
    /// only: "Chương I" / "QUY ĐỊNH CHUNG").
    pub caps: bool,
    pub align: Align,
    /// Whether the first line is indented like body text.
    pub indent: bool,
    /// In a numbered paragraph ("(1) Tập trung…"): whether the label alone is bold.
    pub item_label_bold: bool,
    /// The label stands alone on the first line and the title under it, in the same
    /// format ("Chương I" / "QUY ĐỊNH CHUNG", "Mục 1" / its name).
    #[serde(default)]
    pub title_below: bool,
}

impl HeadingRule {
    pub fn plain(style: NumberStyle) -> Self {
        Self {
            style,
            bold: false,
            italic: false,
            caps: false,
            align: Align::Justify,
            indent: true,
            item_label_bold: false,
            title_below: false,
        }
    }
}
