//! The document as a flow of paragraphs and tables, each with the look the DOCX export
//! gives it (its style's size, alignment, indents, line height and spacing, keep-with-next),
//! so that the engine sets what LibreOffice and Word set. The strings come from
//! `crate::layout`, as the export's do.

use crate::rules::{Align, LineRule, RuleSet, TextFormat};

/// How a piece of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    pub size_pt: f32,
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    /// Raised and smaller: a footnote's number.
    pub superscript: bool,
}

impl Look {
    pub fn of(f: &TextFormat) -> Look {
        Look {
            size_pt: f.size_pt,
            bold: f.bold,
            italic: f.italic,
            underline: f.underline,
            superscript: false,
        }
    }

    pub fn plain(size_pt: f32) -> Look {
        Look {
            size_pt,
            bold: false,
            italic: false,
            underline: false,
            superscript: false,
        }
    }
}

/// What a paragraph is made of.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Text, already in capitals where its format asks.
    Text(String, Look),
    /// A tab: to the paragraph's left indent when the text is short of it (a hanging
    /// label), else to the next default stop.
    Tab(Look),
    /// A line break inside the paragraph ("Chương I", then its name).
    Break,
    /// The reference to footnote `n` (from 1), raised.
    Note(usize, Look),
}

/// One paragraph and its look.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub pieces: Vec<Piece>,
    /// The size of an empty paragraph's line (its style's).
    pub size_pt: f32,
    pub align: Align,
    pub left_pt: f32,
    /// The first line's indent from `left_pt`: negative for a hanging indent.
    pub first_pt: f32,
    /// None: single spacing.
    pub line: Option<LineRule>,
    pub before_pt: f32,
    pub after_pt: f32,
    pub keep_next: bool,
    pub keep_lines: bool,
    pub widow_control: bool,
}

impl Para {
    /// An empty paragraph of `size_pt`, centred, single spaced: the block style.
    pub fn block(size_pt: f32) -> Para {
        Para {
            pieces: Vec::new(),
            size_pt,
            align: Align::Center,
            left_pt: 0.0,
            first_pt: 0.0,
            line: None,
            before_pt: 0.0,
            after_pt: 0.0,
            keep_next: false,
            keep_lines: false,
            widow_control: false,
        }
    }

    pub fn text(mut self, text: &str, f: &TextFormat) -> Para {
        self.push(text, Look::of(f), f.caps);
        self
    }

    pub fn push(&mut self, text: &str, look: Look, caps: bool) {
        if text.is_empty() {
            return;
        }
        let text = if caps {
            text.to_uppercase()
        } else {
            text.to_owned()
        };
        self.pieces.push(Piece::Text(text, look));
    }

    pub fn align(mut self, a: Align) -> Para {
        self.align = a;
        self
    }

    pub fn spacing(mut self, before_pt: f32, after_pt: f32) -> Para {
        self.before_pt = before_pt;
        self.after_pt = after_pt;
        self
    }

    pub fn kept(mut self) -> Para {
        self.keep_next = true;
        self
    }
}

/// A cell: its paragraphs, across `span` columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub paras: Vec<Para>,
    pub span: usize,
    /// For the signer's cell: which paragraphs are the last title line and the name,
    /// between which the electronic version puts the signature and the seal.
    pub signer: Option<(usize, usize)>,
}

/// A borderless table whose rows never split across pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns_pt: Vec<f32>,
    pub rows: Vec<Vec<Cell>>,
}

/// A paragraph placed on the page, outside the flow (the circulation and media marks).
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub para: Para,
    /// The top of its line, from the top edge of the page. It is printed on the page the
    /// flow has reached when it comes: the first for the circulation marks, the last of the
    /// document for the media mark.
    pub top_pt: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Para(Para),
    Table(Table),
    /// A new section on a new page: an appendix, its pages numbered from 1.
    Section {
        landscape: bool,
    },
    Frame(Frame),
}

/// The document's flow and its footnotes' paragraphs, footnote `n` at index `n - 1`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Flow {
    pub blocks: Vec<Block>,
    pub notes: Vec<Para>,
    /// The electronic version's images, placed in the signer's cell.
    pub electronic: Option<crate::layout::esign::Electronic>,
}

/// Millimetres to points.
pub fn pt(mm: f32) -> f32 {
    mm * crate::layout::measure::PT_PER_MM
}

/// A length in millimetres as the export writes it, in whole twips, back in points: what
/// LibreOffice and Word read from the file.
pub fn as_written(mm: f32) -> f32 {
    crate::rules::mm_to_twips(mm) as f32 / 20.0
}

/// The text width of the page in points, as the export computes it (whole twips).
pub fn text_width_pt(rules: &RuleSet) -> f32 {
    rules.text_width_twips() as f32 / 20.0
}
