//! One page layout for the preview, the PDF and print: a document under a rule set becomes
//! pages of positioned words, rules and images, in points from the page's top-left corner.
//! What the preview draws and what the PDF holds are the same `Pages`, so the page the clerk
//! sees is the page that prints.
//!
//! The engine sets the text as LibreOffice and Word set our DOCX (the reference it is
//! measured against): the bundled Times-metric serif's own advances, no kerning, greedy
//! breaking at spaces, justified lines widened at their spaces, the rule set's line heights,
//! spacing and indents, keep-with-next, footnotes at the foot of their page.
//!
//! `flow` turns the document into paragraphs and tables (what the DOCX export writes),
//! `lines` breaks a paragraph into lines, `paginate` places them on pages.

/// Every page of a document, in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pages {
    pub pages: Vec<Page>,
    /// The document's title for the PDF's metadata: type name and subject.
    pub title: String,
    /// The issuing body, the PDF's author.
    pub author: String,
}

/// One page and what is printed on it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub width_pt: f32,
    pub height_pt: f32,
    pub items: Vec<Item>,
}

/// Something printed at a place on the page. Coordinates are points from the top-left
/// corner of the page, y growing downwards.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(Text),
    /// A straight line (an underline, the footnote separator, the rule under a title).
    Line(Line),
    /// A picture: the signature or the seal of the electronic version.
    Image(Image),
}

/// A run of text in one face and size on one baseline: a word, or words set with their
/// own spaces. Justified lines are written word by word, each at its own place.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub x_pt: f32,
    /// The baseline, from the top of the page.
    pub baseline_pt: f32,
    pub size_pt: f32,
    pub bold: bool,
    pub italic: bool,
    /// Already in capitals where the format asked for them.
    pub text: String,
    /// Its width as measured by the engine (the sum of the glyphs' advances).
    pub width_pt: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub x0_pt: f32,
    pub y0_pt: f32,
    pub x1_pt: f32,
    pub y1_pt: f32,
    pub width_pt: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub x_pt: f32,
    pub y_pt: f32,
    pub width_pt: f32,
    pub height_pt: f32,
    /// The PNG file's bytes, shared between pages and copies.
    pub png: std::sync::Arc<Vec<u8>>,
}

impl Pages {
    /// The text of page `index`, line by line as a reader would take it: items grouped by
    /// baseline, left to right, words of a line joined by one space. For tests and the
    /// comparison with other renders.
    pub fn page_text(&self, index: usize) -> Vec<String> {
        let Some(page) = self.pages.get(index) else {
            return Vec::new();
        };
        let mut texts: Vec<&Text> = page
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) => Some(t),
                _ => None,
            })
            .collect();
        texts.sort_by(|a, b| {
            a.baseline_pt
                .total_cmp(&b.baseline_pt)
                .then(a.x_pt.total_cmp(&b.x_pt))
        });
        // A raised footnote number shares its line's baseline within half a size.
        let mut lines: Vec<(f32, f32, Vec<&Text>)> = Vec::new();
        for t in texts {
            match lines.last_mut() {
                Some((y, size, words))
                    if (t.baseline_pt - *y).abs() < size.max(t.size_pt) / 2.0 =>
                {
                    *size = size.max(t.size_pt);
                    words.push(t);
                }
                _ => lines.push((t.baseline_pt, t.size_pt, vec![t])),
            }
        }
        lines
            .into_iter()
            .map(|(_, _, mut words)| {
                words.sort_by(|a, b| a.x_pt.total_cmp(&b.x_pt));
                // Pieces that touch are one word; a gap is a space.
                let mut line = String::new();
                let mut end: Option<f32> = None;
                for w in words {
                    if end.is_some_and(|e| w.x_pt - e > 1.0) {
                        line.push(' ');
                    }
                    line.push_str(&w.text);
                    end = Some(w.x_pt + w.width_pt);
                }
                line.split_whitespace().collect::<Vec<_>>().join(" ")
            })
            .collect()
    }

    /// The first page whose text holds the first words of `text` (case aside): where the
    /// preview scrolls to show the paragraph being edited.
    pub fn find(&self, text: &str) -> Option<usize> {
        const WORDS: usize = 8;
        let needle = text
            .split_whitespace()
            .take(WORDS)
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if needle.is_empty() {
            return None;
        }
        (0..self.pages.len())
            .find(|&i| self.page_text(i).join(" ").to_lowercase().contains(&needle))
    }
}

pub mod closing;
pub mod flow;
pub mod front;
pub mod lines;

pub mod paginate;
pub mod text;

use crate::model::Document;
use crate::rules::RuleSet;
use flow::{Block, Flow};

/// The document's flow, in the order the DOCX export writes it.
pub fn flow(doc: &Document, rules: &RuleSet) -> Flow {
    let mut flow = Flow::default();
    flow.blocks.extend(front::circulation(doc, rules));
    flow.blocks.push(Block::Para(front::hairline()));
    flow.blocks
        .push(Block::Table(front::header_table(doc, rules)));
    for p in front::title_block(doc, rules)
        .into_iter()
        .chain(front::addressee_block(doc, rules))
    {
        flow.blocks.push(Block::Para(p));
    }
    let bases = front::bases_block(doc, rules, &mut flow);
    flow.blocks.extend(bases.into_iter().map(Block::Para));
    text::document_text(doc, rules, &mut flow);
    flow.blocks.push(Block::Para(closing::spacer(rules)));
    flow.blocks
        .push(Block::Table(closing::closing_table(doc, rules)));
    flow.blocks.extend(closing::not_for_media(doc, rules));
    if doc.appendices.is_empty() {
        flow.blocks.push(Block::Para(front::hairline()));
    } else {
        closing::appendices(doc, rules, &mut flow);
    }
    flow
}

/// The document laid out on pages under `rules`.
pub fn layout(doc: &Document, rules: &RuleSet) -> Pages {
    layout_with(doc, rules, None)
}

/// The document laid out on pages, with the electronic version's signature and seal in the
/// signer's block when `electronic` is given.
pub fn layout_with(
    doc: &Document,
    rules: &RuleSet,
    electronic: Option<&crate::layout::esign::Electronic>,
) -> Pages {
    let mut flow = flow(doc, rules);
    flow.electronic = electronic.cloned();
    let title = std::iter::once(doc.kind.printed_name().to_owned())
        .chain(doc.subject.iter().map(|s| s.trim().to_owned()))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Pages {
        pages: paginate::paginate(&flow, rules),
        title,
        author: doc.issuer.name.trim().to_owned(),
    }
}
