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

/// What a list of sibling blocks inherits for its numbers from above.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counter {
    /// The counter path "2.1." children extend: `[2]` under "2.".
    pub path: Vec<usize>,
    /// Sections numbered on through the document ("Chương", "Điều") that come before
    /// this list, per style: "Điều 5." follows the four articles of the chapter before.
    pub before: Vec<(NumberStyle, usize)>,
}

impl Counter {
    fn before(&self, style: NumberStyle) -> usize {
        self.before
            .iter()
            .find(|(s, _)| *s == style)
            .map_or(0, |(_, n)| *n)
    }
}

/// The computed number of a section: its label and what its children inherit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    pub label: String,
    pub child: Counter,
}

/// Numbers the sections among `blocks`, given what their parent passes down. Each style
/// counts separately among siblings, so "1." items and "(1)" items can share a parent;
/// styles that run on ("Chương", "Điều") count on from the sections of that style before
/// this list, and those inside earlier siblings. Returns one entry per block (`None` for
/// paragraphs).
pub fn number_siblings(blocks: &[Block], parent: &Counter) -> Vec<Option<Numbered>> {
    let mut counters: Vec<(NumberStyle, usize)> = Vec::new();
    // Running counts of run-on styles, seeded from the parent, advanced past each
    // sibling's subtree.
    let mut running: Vec<(NumberStyle, usize)> = NumberStyle::ALL
        .into_iter()
        .filter(|s| s.runs_on())
        .map(|s| (s, parent.before(s)))
        .collect();
    blocks
        .iter()
        .map(|block| {
            let Block::Section(s) = block else {
                return None;
            };
            let n = if s.style.runs_on() {
                let entry = running.iter_mut().find(|(st, _)| *st == s.style)?;
                entry.1 += 1;
                entry.1
            } else {
                match counters.iter_mut().find(|(st, _)| *st == s.style) {
                    Some((_, c)) => {
                        *c += 1;
                        *c
                    }
                    None => {
                        counters.push((s.style, 1));
                        1
                    }
                }
            };
            let path = match s.style {
                NumberStyle::ArabicDot | NumberStyle::ArabicDash => vec![n],
                NumberStyle::Nested => {
                    let mut p = parent.path.clone();
                    p.push(n);
                    p
                }
                _ => parent.path.clone(),
            };
            let child = Counter {
                path,
                before: running.clone(),
            };
            for (style, count) in &mut running {
                *count += count_in(&s.content, *style);
            }
            Some(Numbered {
                label: s.style.label(n, &parent.path),
                child,
            })
        })
        .collect()
}

/// How many sections of `style` the tree holds.
fn count_in(blocks: &[Block], style: NumberStyle) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::Section(s) => usize::from(s.style == style) + count_in(&s.content, style),
            Block::Para(_) => 0,
        })
        .sum()
}

/// Visits every section depth-first with its label and depth (0 = top level).
pub fn visit_sections<'a>(blocks: &'a [Block], f: &mut impl FnMut(&'a Section, &str, usize)) {
    fn walk<'a>(
        blocks: &'a [Block],
        counter: &Counter,
        depth: usize,
        f: &mut impl FnMut(&'a Section, &str, usize),
    ) {
        for (block, num) in blocks.iter().zip(number_siblings(blocks, counter)) {
            if let (Block::Section(s), Some(num)) = (block, num) {
                f(s, &num.label, depth);
                walk(&s.content, &num.child, depth + 1, f);
            }
        }
    }
    walk(blocks, &Counter::default(), 0, f);
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

    /// A regulation: articles count on across chapters and divisions, khoản "1." and
    /// điểm "a)" start again in each article, "Mục 1" again in each chapter.
    #[test]
    fn articles_run_on_across_chapters() {
        let article = |t: &str| {
            Section::item(NumberStyle::Article, Paragraph::plain(t))
                .with(Section::item(NumberStyle::ArabicDot, Paragraph::plain("k")))
                .with(
                    Section::item(NumberStyle::ArabicDot, Paragraph::plain("k"))
                        .with(Section::item(NumberStyle::Letter, Paragraph::plain("d"))),
                )
        };
        let body: Vec<Block> = vec![
            Section::heading(NumberStyle::Chapter, "QUY ĐỊNH CHUNG")
                .with(article("a"))
                .with(article("b"))
                .into(),
            Section::heading(NumberStyle::Chapter, "TỔ CHỨC")
                .with(
                    Section::heading(NumberStyle::Division, "X")
                        .with(article("c"))
                        .with(Paragraph::plain("text")),
                )
                .with(Section::heading(NumberStyle::Division, "Y").with(article("d")))
                .into(),
            Section::heading(NumberStyle::Chapter, "ĐIỀU KHOẢN THI HÀNH")
                .with(Section::heading(NumberStyle::Division, "Z").with(article("e")))
                .with(article("f"))
                .into(),
        ];
        let mut seen = Vec::new();
        visit_sections(&body, &mut |_, label, _| seen.push(label.to_owned()));
        let articles: Vec<&String> = seen.iter().filter(|l| l.starts_with("Điều")).collect();
        assert_eq!(
            articles,
            [
                "Điều 1.",
                "Điều 2.",
                "Điều 3.",
                "Điều 4.",
                "Điều 5.",
                "Điều 6."
            ]
        );
        let chapters: Vec<&String> = seen.iter().filter(|l| l.starts_with("Chương")).collect();
        assert_eq!(chapters, ["Chương I", "Chương II", "Chương III"]);
        let divisions: Vec<&String> = seen.iter().filter(|l| l.starts_with("Mục")).collect();
        assert_eq!(divisions, ["Mục 1", "Mục 2", "Mục 1"]);
        assert_eq!(
            &seen[..5],
            ["Chương I", "Điều 1.", "1.", "2.", "a)"],
            "khoản and điểm restart in each article"
        );
        assert_eq!(&seen[5..8], ["Điều 2.", "1.", "2."]);
    }
}
