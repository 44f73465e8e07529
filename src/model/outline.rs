//! Structural edits of the body tree, addressed by paths of indices
//! (`[2, 0]` = first block inside the third top-level block).

use super::body::{Block, Section, SectionKind};
use super::numbering::NumberStyle;
use super::text::Paragraph;

pub type Path = Vec<usize>;

/// The deepest level the editor nests a block at (a top-level block is level 1). The
/// Party's numbering runs Phần → I → 1 → 1.1 → (1) → a) → - → +: eight levels, plus a
/// paragraph inside the last, with room to spare. Drafts are read back to several times
/// this depth (`store::READABLE_DEPTH`), so whatever the editor makes can be reopened.
pub const MAX_DEPTH: usize = 12;

/// How many levels `blocks` spans: 0 for none, 1 for a flat list.
pub fn depth(blocks: &[Block]) -> usize {
    blocks.iter().map(height).max().unwrap_or(0)
}

/// Levels from `block` down to its deepest descendant, itself included.
fn height(block: &Block) -> usize {
    match block {
        Block::Para(_) => 1,
        Block::Section(s) => 1 + depth(&s.content),
    }
}

pub fn get<'a>(blocks: &'a [Block], path: &[usize]) -> Option<&'a Block> {
    let (first, rest) = path.split_first()?;
    let block = blocks.get(*first)?;
    if rest.is_empty() {
        return Some(block);
    }
    match block {
        Block::Section(s) => get(&s.content, rest),
        Block::Para(_) => None,
    }
}

pub fn get_mut<'a>(blocks: &'a mut [Block], path: &[usize]) -> Option<&'a mut Block> {
    let (first, rest) = path.split_first()?;
    let block = blocks.get_mut(*first)?;
    if rest.is_empty() {
        return Some(block);
    }
    match block {
        Block::Section(s) => get_mut(&mut s.content, rest),
        Block::Para(_) => None,
    }
}

/// The list that holds the block at `path`.
fn siblings_mut<'a>(blocks: &'a mut Vec<Block>, path: &[usize]) -> Option<&'a mut Vec<Block>> {
    let (_, parent) = path.split_last()?;
    if parent.is_empty() {
        return Some(blocks);
    }
    match get_mut(blocks, parent)? {
        Block::Section(s) => Some(&mut s.content),
        Block::Para(_) => None,
    }
}

/// The numbering style a new child of a section of `style` usually takes.
pub fn child_style(style: NumberStyle) -> NumberStyle {
    match style {
        NumberStyle::Part => NumberStyle::Chapter,
        NumberStyle::Chapter | NumberStyle::Division => NumberStyle::Article,
        // Khoản "1." of an article.
        NumberStyle::Article => NumberStyle::ArabicDot,
        NumberStyle::RomanDash | NumberStyle::RomanDot => NumberStyle::ArabicDot,
        NumberStyle::ArabicDot | NumberStyle::ArabicDash => NumberStyle::Nested,
        NumberStyle::Nested => NumberStyle::Paren,
        NumberStyle::Paren => NumberStyle::Letter,
        NumberStyle::Letter => NumberStyle::Dash,
        NumberStyle::Dash | NumberStyle::Plus | NumberStyle::None => NumberStyle::Plus,
    }
}

/// A new empty section like the one at `path` (same style and kind), or a heading "1.".
pub fn sibling_like(blocks: &[Block], path: &[usize]) -> Block {
    match get(blocks, path) {
        Some(Block::Section(s)) => Block::Section(Section {
            style: s.style,
            kind: s.kind,
            title: Paragraph::default(),
            content: Vec::new(),
        }),
        Some(Block::Para(_)) => Block::Para(Paragraph::default()),
        None => Block::Section(Section::heading(NumberStyle::ArabicDot, "")),
    }
}

/// Inserts `block` right after `path` (or at the end when `path` is empty); returns its path.
pub fn insert_after(blocks: &mut Vec<Block>, path: &[usize], block: Block) -> Option<Path> {
    if path.is_empty() {
        blocks.push(block);
        return Some(vec![blocks.len() - 1]);
    }
    let list = siblings_mut(blocks, path)?;
    let at = (*path.last()? + 1).min(list.len());
    list.insert(at, block);
    let mut new_path = path.to_vec();
    *new_path.last_mut()? = at;
    Some(new_path)
}

/// Appends `block` inside the section at `path`; returns its path. Refused (`None`) when
/// `block` or its content would sit deeper than [`MAX_DEPTH`].
pub fn insert_child(blocks: &mut [Block], path: &[usize], block: Block) -> Option<Path> {
    if path.len() + height(&block) > MAX_DEPTH {
        return None;
    }
    let Block::Section(s) = get_mut(blocks, path)? else {
        return None;
    };
    s.content.push(block);
    let mut new_path = path.to_vec();
    new_path.push(s.content.len() - 1);
    Some(new_path)
}

/// A child for the section at `path`, in the style its children usually take.
pub fn new_child(blocks: &[Block], path: &[usize]) -> Block {
    let (style, kind) = match get(blocks, path) {
        Some(Block::Section(s)) => match s.content.iter().rev().find_map(|b| match b {
            Block::Section(c) => Some((c.style, c.kind)),
            Block::Para(_) => None,
        }) {
            Some(existing) => existing,
            None => {
                // A numbered paragraph ("1. Giao …") takes "(1)" items, as in the seeds;
                // a heading ("2. Nhiệm vụ") takes "2.1." sub-headings; a khoản "1." of an
                // article takes điểm "a)".
                let in_article = path.len() >= 2
                    && matches!(
                        get(blocks, &path[..path.len() - 1]),
                        Some(Block::Section(p)) if p.style == NumberStyle::Article
                    );
                let style = match (s.style, s.kind) {
                    (NumberStyle::ArabicDot, _) if in_article => NumberStyle::Letter,
                    (NumberStyle::ArabicDot | NumberStyle::ArabicDash, SectionKind::Item) => {
                        NumberStyle::Paren
                    }
                    (style, _) => child_style(style),
                };
                let kind = match style {
                    // Khoản "1." of an article is a numbered paragraph.
                    _ if s.style == NumberStyle::Article => SectionKind::Item,
                    NumberStyle::Part
                    | NumberStyle::Chapter
                    | NumberStyle::Division
                    | NumberStyle::Article
                    | NumberStyle::RomanDash
                    | NumberStyle::RomanDot
                    | NumberStyle::ArabicDot
                    | NumberStyle::ArabicDash
                    | NumberStyle::Nested => SectionKind::Heading,
                    _ => SectionKind::Item,
                };
                (style, kind)
            }
        },
        _ => (NumberStyle::ArabicDot, SectionKind::Heading),
    };
    Block::Section(Section {
        style,
        kind,
        title: Paragraph::default(),
        content: Vec::new(),
    })
}

pub fn remove(blocks: &mut Vec<Block>, path: &[usize]) -> Option<Block> {
    let list = siblings_mut(blocks, path)?;
    let i = *path.last()?;
    (i < list.len()).then(|| list.remove(i))
}

/// Swaps the block with its previous sibling; returns the new path.
pub fn move_up(blocks: &mut Vec<Block>, path: &[usize]) -> Option<Path> {
    let i = *path.last()?;
    if i == 0 {
        return None;
    }
    siblings_mut(blocks, path)?.swap(i - 1, i);
    let mut p = path.to_vec();
    *p.last_mut()? = i - 1;
    Some(p)
}

/// Swaps the block with its next sibling; returns the new path.
pub fn move_down(blocks: &mut Vec<Block>, path: &[usize]) -> Option<Path> {
    let i = *path.last()?;
    let list = siblings_mut(blocks, path)?;
    if i + 1 >= list.len() {
        return None;
    }
    list.swap(i, i + 1);
    let mut p = path.to_vec();
    *p.last_mut()? = i + 1;
    Some(p)
}

/// Makes the block the last child of its previous sibling section (Tab); a section
/// takes the style its new siblings have, or the usual child style. Refused (`None`)
/// when its content would then sit deeper than [`MAX_DEPTH`].
pub fn indent(blocks: &mut Vec<Block>, path: &[usize]) -> Option<Path> {
    let i = *path.last()?;
    if i == 0 || path.len() + height(get(blocks, path)?) > MAX_DEPTH {
        return None;
    }
    let mut prev = path.to_vec();
    *prev.last_mut()? = i - 1;
    if !matches!(get(blocks, &prev)?, Block::Section(_)) {
        return None;
    }
    let template = new_child(blocks, &prev);
    let mut block = remove(blocks, path)?;
    if let (Block::Section(s), Block::Section(t)) = (&mut block, &template) {
        s.style = t.style;
        s.kind = t.kind;
    }
    insert_child(blocks, &prev, block)
}

/// Moves the block out of its parent, right after it (Shift+Tab); a section takes the
/// parent's style.
pub fn outdent(blocks: &mut Vec<Block>, path: &[usize]) -> Option<Path> {
    if path.len() < 2 {
        return None;
    }
    let parent = &path[..path.len() - 1];
    let (style, kind) = match get(blocks, parent)? {
        Block::Section(p) => (p.style, p.kind),
        Block::Para(_) => return None,
    };
    let mut block = remove(blocks, path)?;
    if let Block::Section(s) = &mut block {
        s.style = style;
        s.kind = kind;
    }
    insert_after(blocks, parent, block)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::body::visit_sections;

    fn labels(blocks: &[Block]) -> Vec<String> {
        let mut out = Vec::new();
        visit_sections(blocks, &mut |s, label, depth| {
            out.push(format!("{depth}{label}{}", s.title.text))
        });
        out
    }

    fn sample() -> Vec<Block> {
        vec![
            Section::heading(NumberStyle::ArabicDot, "a").into(),
            Section::heading(NumberStyle::ArabicDot, "b").into(),
            Section::heading(NumberStyle::ArabicDot, "c").into(),
        ]
    }

    #[test]
    fn indent_outdent_and_move() {
        let mut b = sample();
        let p = indent(&mut b, &[1]).expect("indent");
        assert_eq!(p, vec![0, 0]);
        assert_eq!(labels(&b), ["01.a", "11.1.b", "02.c"]);
        let p = indent(&mut b, &[1]).expect("indent c under a");
        assert_eq!(p, vec![0, 1]);
        assert_eq!(labels(&b), ["01.a", "11.1.b", "11.2.c"]);
        let p = move_up(&mut b, &p).expect("up");
        assert_eq!(labels(&b), ["01.a", "11.1.c", "11.2.b"]);
        let p = outdent(&mut b, &p).expect("outdent");
        assert_eq!(p, vec![1]);
        assert_eq!(labels(&b), ["01.a", "11.1.b", "02.c"]);
        assert!(move_down(&mut b, &[1]).is_none());
        assert!(indent(&mut b, &[0]).is_none());
    }

    #[test]
    fn insert_and_remove() {
        let mut b = sample();
        let new = sibling_like(&b, &[0]);
        let p = insert_after(&mut b, &[0], new).expect("insert");
        assert_eq!(p, vec![1]);
        let child = new_child(&b, &[2]);
        let c = insert_child(&mut b, &[2], child).expect("child");
        assert_eq!(c, vec![2, 0]);
        assert_eq!(labels(&b)[3], "13.1.");
        assert!(remove(&mut b, &[2]).is_some());
        assert_eq!(labels(&b), ["01.a", "02.", "03.c"]);
    }

    /// Tab on the second of two top-level sections, over and over: each press nests it
    /// (with everything under it) one level deeper until the bound.
    #[test]
    fn indenting_stops_at_the_maximum_depth() {
        let mut b = sample();
        let mut path = vec![1];
        // A subtree two levels high: "b" with a paragraph inside.
        insert_child(&mut b, &path, Block::Para(Paragraph::default())).expect("child");
        while let Some(p) = indent(&mut b, &path) {
            // An empty section after it, then swapped before it: the next Tab's parent.
            let sibling = sibling_like(&b, &p);
            insert_after(&mut b, &p, sibling).expect("sibling");
            path = move_down(&mut b, &p).expect("down");
        }
        assert_eq!(depth(&b), MAX_DEPTH);
        assert_eq!(path.len() + 1, MAX_DEPTH);
        // A paragraph still fits beside the deepest one, a section holding one does not.
        let two_high = || Section::heading(NumberStyle::Plus, "").with(Paragraph::default());
        assert!(insert_child(&mut b, &path, Paragraph::default().into()).is_some());
        assert!(insert_child(&mut b, &path, two_high().into()).is_none());
        // Outdenting makes room again.
        let out = outdent(&mut b, &path).expect("outdent");
        assert!(insert_child(&mut b, &out, two_high().into()).is_some());
    }

    /// In a regulation a new child follows the legal levels: Chương › Điều › khoản "1."
    /// (a numbered paragraph) › điểm "a)".
    #[test]
    fn new_children_of_a_regulation() {
        let mut b: Vec<Block> = vec![Section::heading(NumberStyle::Chapter, "CHUNG").into()];
        let style_kind = |b: &Block| match b {
            Block::Section(s) => Some((s.style, s.kind)),
            Block::Para(_) => None,
        };
        let child = new_child(&b, &[0]);
        assert_eq!(
            style_kind(&child),
            Some((NumberStyle::Article, SectionKind::Heading))
        );
        let article = insert_child(&mut b, &[0], child).expect("article");
        let child = new_child(&b, &article);
        assert_eq!(
            style_kind(&child),
            Some((NumberStyle::ArabicDot, SectionKind::Item))
        );
        let khoan = insert_child(&mut b, &article, child).expect("khoản");
        let child = new_child(&b, &khoan);
        assert_eq!(
            style_kind(&child),
            Some((NumberStyle::Letter, SectionKind::Item))
        );
        insert_child(&mut b, &khoan, child).expect("điểm");
        // Outside an article, a numbered paragraph "1." still takes "(1)".
        let mut party: Vec<Block> =
            vec![Section::item(NumberStyle::ArabicDot, Paragraph::plain("x")).into()];
        let child = new_child(&party, &[0]);
        assert_eq!(
            style_kind(&child),
            Some((NumberStyle::Paren, SectionKind::Item))
        );
        insert_child(&mut party, &[0], child).expect("(1)");
        assert_eq!(labels(&b), ["0Chương ICHUNG", "1Điều 1.", "21.", "3a)"]);
    }
}
