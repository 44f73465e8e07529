//! The body of a document: a tree of numbered sections and plain paragraphs.

use super::numbering::NumberStyle;
use super::text::Paragraph;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// An unnumbered body paragraph.
    Para(Paragraph),
    Section(Section),
}

/// How a section's own line is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SectionKind {
    /// The title stands on its own line in the heading format of its level ("I- MỤC TIÊU…").
    Heading,
    /// The label starts a body paragraph whose text is the title ("(1) Tập trung chỉ đạo…");
    /// a bold or italic lead phrase is a span of that text.
    Item,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub style: NumberStyle,
    pub kind: SectionKind,
    pub title: Paragraph,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content: Vec<Block>,
}

impl Section {
    pub fn heading(style: NumberStyle, title: impl Into<String>) -> Self {
        Self {
            style,
            kind: SectionKind::Heading,
            title: Paragraph::plain(title),
            content: Vec::new(),
        }
    }

    pub fn item(style: NumberStyle, text: Paragraph) -> Self {
        Self {
            style,
            kind: SectionKind::Item,
            title: text,
            content: Vec::new(),
        }
    }

    pub fn with(mut self, block: impl Into<Block>) -> Self {
        self.content.push(block.into());
        self
    }
}

impl From<Section> for Block {
    fn from(s: Section) -> Self {
        Block::Section(s)
    }
}

impl From<Paragraph> for Block {
    fn from(p: Paragraph) -> Self {
        Block::Para(p)
    }
}

/// The computed number of a section: its label and the counter path its children inherit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    pub label: String,
    pub child_path: Vec<usize>,
}

/// Numbers the sections among `blocks`, given the counter path of their parent.
/// Each style counts separately among siblings, so "1." items and "(1)" items can share
/// a parent. Returns one entry per block (`None` for paragraphs).
pub fn number_siblings(blocks: &[Block], parent_path: &[usize]) -> Vec<Option<Numbered>> {
    let mut counters: Vec<(NumberStyle, usize)> = Vec::new();
    blocks
        .iter()
        .map(|block| {
            let Block::Section(s) = block else {
                return None;
            };
            let n = match counters.iter_mut().find(|(st, _)| *st == s.style) {
                Some((_, c)) => {
                    *c += 1;
                    *c
                }
                None => {
                    counters.push((s.style, 1));
                    1
                }
            };
            let child_path = match s.style {
                NumberStyle::ArabicDot | NumberStyle::ArabicDash => vec![n],
                NumberStyle::Nested => {
                    let mut p = parent_path.to_vec();
                    p.push(n);
                    p
                }
                _ => parent_path.to_vec(),
            };
            Some(Numbered {
                label: s.style.label(n, parent_path),
                child_path,
            })
        })
        .collect()
}

/// Visits every section depth-first with its label and depth (0 = top level).
pub fn visit_sections<'a>(blocks: &'a [Block], f: &mut impl FnMut(&'a Section, &str, usize)) {
    fn walk<'a>(
        blocks: &'a [Block],
        path: &[usize],
        depth: usize,
        f: &mut impl FnMut(&'a Section, &str, usize),
    ) {
        for (block, num) in blocks.iter().zip(number_siblings(blocks, path)) {
            if let (Block::Section(s), Some(num)) = (block, num) {
                f(s, &num.label, depth);
                walk(&s.content, &num.child_path, depth + 1, f);
            }
        }
    }
    walk(blocks, &[], 0, f);
}

/// Visits every paragraph of the tree (section titles included), mutably.
pub fn for_each_paragraph_mut(blocks: &mut [Block], f: &mut impl FnMut(&mut Paragraph)) {
    for block in blocks {
        match block {
            Block::Para(p) => f(p),
            Block::Section(s) => {
                f(&mut s.title);
                for_each_paragraph_mut(&mut s.content, f);
            }
        }
    }
}

/// Visits every paragraph of the tree (section titles included).
pub fn for_each_paragraph<'a>(blocks: &'a [Block], f: &mut impl FnMut(&'a Paragraph)) {
    for block in blocks {
        match block {
            Block::Para(p) => f(p),
            Block::Section(s) => {
                f(&s.title);
                for_each_paragraph(&s.content, f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_position() {
        let body: Vec<Block> = vec![
            Section::heading(NumberStyle::RomanDot, "A")
                .with(Section::heading(NumberStyle::ArabicDot, "a1"))
                .with(
                    Section::heading(NumberStyle::ArabicDot, "a2")
                        .with(Section::heading(NumberStyle::Nested, "x"))
                        .with(Paragraph::plain("text"))
                        .with(
                            Section::heading(NumberStyle::Nested, "y")
                                .with(Section::item(NumberStyle::Letter, Paragraph::plain("q"))),
                        ),
                )
                .into(),
            Section::heading(NumberStyle::RomanDot, "B")
                .with(Section::heading(NumberStyle::ArabicDot, "b1"))
                .into(),
        ];
        let mut seen = Vec::new();
        visit_sections(&body, &mut |_, label, depth| {
            seen.push(format!("{depth}:{label}"))
        });
        assert_eq!(
            seen,
            ["0:I.", "1:1.", "1:2.", "2:2.1.", "2:2.2.", "3:a)", "0:II.", "1:1."]
        );
    }
}
