//! The section tree from a flat run of numbered lines and paragraphs. Levels come from
//! the sequence, not from a fixed list: a label style not open yet starts a new level
//! under the current one; a style already open closes the levels below it and starts a
//! sibling; "2.1." goes under the section numbered 2. An unnumbered paragraph belongs to
//! the innermost open *heading* (an item is one paragraph; text after it is the parent's).

use super::label::Label;
use super::{Repair, Warning};
use crate::model::body::visit_sections;
use crate::model::{Block, NumberStyle, Paragraph, Section, SectionKind};

pub enum Entry {
    Para(Paragraph),
    Section {
        label: Label,
        kind: SectionKind,
        title: Paragraph,
        source: usize,
    },
}

struct Open {
    section: Section,
    numbers: Vec<usize>,
}

fn close_top(stack: &mut Vec<Open>, root: &mut Vec<Block>) {
    if let Some(top) = stack.pop() {
        let block = Block::Section(top.section);
        match stack.last_mut() {
            Some(parent) => parent.section.content.push(block),
            None => root.push(block),
        }
    }
}

/// The position in `stack` of the parent of a new section labelled `label`, as the
/// number of entries to keep.
fn keep_for(stack: &[Open], label: &Label) -> usize {
    let style = label.style;
    match style {
        NumberStyle::None => 0,
        // Phần › Chương › Mục › Điều: under the nearest open one of a higher rank, even
        // when the lines between left deeper levels open ("Mục 1" after a khoản).
        NumberStyle::Part | NumberStyle::Chapter | NumberStyle::Division | NumberStyle::Article => {
            let rank = legal_rank(style);
            stack
                .iter()
                .rposition(|o| legal_rank(o.section.style).is_some_and(|r| Some(r) < rank))
                .map_or(0, |p| p + 1)
        }
        NumberStyle::Nested => {
            let depth = label.numbers.len();
            let parent = stack.iter().rposition(|o| {
                let s = o.section.style;
                if depth == 2 {
                    matches!(s, NumberStyle::ArabicDot | NumberStyle::ArabicDash)
                        && o.numbers.first() == label.numbers.first()
                } else {
                    s == NumberStyle::Nested && o.numbers.len() + 1 == depth
                }
            });
            match parent {
                Some(p) => p + 1,
                // "2.1." under no "2.": a sibling of other nested sections if any.
                None => stack
                    .iter()
                    .rposition(|o| o.section.style == NumberStyle::Nested)
                    .unwrap_or(stack.len()),
            }
        }
        _ => stack
            .iter()
            .rposition(|o| o.section.style == style)
            .unwrap_or(stack.len()),
    }
}

/// The rank of the divisions of a regulation, largest first; `None` for other styles.
fn legal_rank(style: NumberStyle) -> Option<u8> {
    match style {
        NumberStyle::Part => Some(1),
        NumberStyle::Chapter => Some(2),
        NumberStyle::Division => Some(3),
        NumberStyle::Article => Some(4),
        _ => None,
    }
}

pub fn build(entries: Vec<Entry>, warnings: &mut Vec<Warning>) -> Vec<Block> {
    let mut root = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut typed: Vec<(usize, String)> = Vec::new();
    for entry in entries {
        match entry {
            Entry::Para(p) => {
                while stack
                    .last()
                    .is_some_and(|o| o.section.kind == SectionKind::Item)
                {
                    close_top(&mut stack, &mut root);
                }
                match stack.last_mut() {
                    Some(parent) => parent.section.content.push(Block::Para(p)),
                    None => root.push(Block::Para(p)),
                }
            }
            Entry::Section {
                label,
                kind,
                title,
                source,
            } => {
                let keep = keep_for(&stack, &label);
                while stack.len() > keep {
                    close_top(&mut stack, &mut root);
                }
                typed.push((source, label.typed.clone()));
                stack.push(Open {
                    section: Section {
                        style: label.style,
                        kind,
                        title,
                        content: Vec::new(),
                    },
                    numbers: label.numbers,
                });
            }
        }
    }
    while !stack.is_empty() {
        close_top(&mut stack, &mut root);
    }
    check_numbers(&root, &typed, warnings);
    root
}

/// Numbers are computed from position; where the clerk's typed number differs (a
/// skipped or repeated number), say so.
fn check_numbers(root: &[Block], typed: &[(usize, String)], warnings: &mut Vec<Warning>) {
    let mut i = 0;
    visit_sections(root, &mut |section, label, _| {
        if let Some((source, typed)) = typed.get(i) {
            let mut typed = typed.clone();
            if section.style == NumberStyle::Nested && !typed.ends_with('.') {
                typed.push('.');
            }
            let comparable = section.style.is_counted() && section.style != NumberStyle::None;
            if comparable && typed.replace('–', "-") != label {
                warnings.push(Warning::repaired(
                    Some(*source),
                    Repair::Renumbered {
                        typed: typed.clone(),
                        computed: label.to_owned(),
                    },
                    format!("số “{typed}” trong tệp gốc được đánh lại thành “{label}” theo vị trí"),
                ));
            }
        }
        i += 1;
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::label::parse;

    fn sec(text: &str, kind: SectionKind) -> Entry {
        let label = parse(text).expect("label");
        let title = Paragraph::plain(text.chars().skip(label.len).collect::<String>());
        Entry::Section {
            label,
            kind,
            title,
            source: 0,
        }
    }

    #[test]
    fn levels_follow_the_sequence() {
        use SectionKind::*;
        let entries = vec![
            sec("I. A", Heading),
            sec("1. a", Heading),
            Entry::Para(Paragraph::plain("p")),
            sec("2. b", Heading),
            sec("2.1. x", Heading),
            sec("- d", Item),
            Entry::Para(Paragraph::plain("q")),
            sec("- e", Item),
            sec("2.2. y", Heading),
            sec("II. B", Heading),
            sec("1. c", Item),
            sec("(1) z", Item),
            sec("2. d", Item),
        ];
        let mut w = Vec::new();
        let body = build(entries, &mut w);
        let mut seen = Vec::new();
        visit_sections(&body, &mut |_, label, depth| {
            seen.push(format!("{depth}{label}"))
        });
        assert_eq!(
            seen,
            ["0I.", "11.", "12.", "22.1.", "3-", "3-", "22.2.", "0II.", "11.", "2(1)", "12."]
        );
        assert!(w.is_empty(), "{w:?}");
    }
}
