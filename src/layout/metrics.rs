//! Glyph advances and vertical metrics of the bundled Times-metric serif, read once with
//! skrifa and kept in tables: a 60-page draft measures some hundred thousand characters, and
//! asking the font each time would cost more than the rest of the layout.

use crate::fonts;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Characters below this code point are kept in a flat table; Vietnamese letters
/// (U+1EA0–U+1EF9) are under it.
const TABLE_END: u32 = 0x2000;

/// One face's advances at 1 pt, and where its underline goes.
pub struct Face {
    table: Vec<f32>,
    others: HashMap<char, f32>,
    fallback: f32,
    /// Underline position below the baseline and thickness, at 1 pt.
    pub underline_offset: f32,
    pub underline_thickness: f32,
}

impl Face {
    fn read(data: &[u8]) -> Face {
        let empty = Face {
            table: vec![0.5; TABLE_END as usize],
            others: HashMap::new(),
            fallback: 0.5,
            underline_offset: 0.1,
            underline_thickness: 0.05,
        };
        let Ok(font) = FontRef::new(data) else {
            return empty;
        };
        let charmap = font.charmap();
        let advances = font.glyph_metrics(Size::new(1.0), LocationRef::default());
        let advance = |c: char| charmap.map(c).and_then(|g| advances.advance_width(g));
        // A character the font lacks counts as the width of "n" (see layout::measure).
        let fallback = advance('n').unwrap_or(0.5);
        let table = (0..TABLE_END)
            .map(|u| char::from_u32(u).and_then(advance).unwrap_or(fallback))
            .collect();
        let mut others = HashMap::new();
        for (u, _) in charmap.mappings() {
            if u >= TABLE_END {
                if let Some(c) = char::from_u32(u) {
                    others.insert(c, advance(c).unwrap_or(fallback));
                }
            }
        }
        let m = font.metrics(Size::new(1.0), LocationRef::default());
        let (underline_offset, underline_thickness) = m
            .underline
            .map_or((0.1, 0.05), |d| (-d.offset, d.thickness));
        Face {
            table,
            others,
            fallback,
            underline_offset,
            underline_thickness,
        }
    }

    /// The advance of `c` at 1 pt.
    pub fn advance(&self, c: char) -> f32 {
        match self.table.get(c as usize) {
            Some(a) => *a,
            None => self.others.get(&c).copied().unwrap_or(self.fallback),
        }
    }

    /// The width of `text` at `size_pt`: advances simply add up (no kerning, as Word and
    /// LibreOffice set our files).
    pub fn width(&self, text: &str, size_pt: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size_pt
    }
}

/// The four serif faces and the font's vertical metrics.
pub struct Metrics {
    faces: [Face; 4],
    /// Ascent and descent (positive) at 1 pt, and the line gap: a single-spaced line is
    /// their sum.
    pub ascent: f32,
    pub descent: f32,
    pub gap: f32,
}

impl Metrics {
    pub fn get() -> &'static Metrics {
        static METRICS: OnceLock<Metrics> = OnceLock::new();
        METRICS.get_or_init(|| {
            let (ascent, descent, gap) = FontRef::new(fonts::SERIF_REGULAR)
                .map(|f| {
                    let m = f.metrics(Size::new(1.0), LocationRef::default());
                    (m.ascent, -m.descent, m.leading)
                })
                .unwrap_or((0.891, 0.216, 0.042));
            Metrics {
                faces: [
                    Face::read(fonts::serif(false, false)),
                    Face::read(fonts::serif(true, false)),
                    Face::read(fonts::serif(false, true)),
                    Face::read(fonts::serif(true, true)),
                ],
                ascent,
                descent,
                gap,
            }
        })
    }

    pub fn face(&self, bold: bool, italic: bool) -> &Face {
        &self.faces[usize::from(bold) + 2 * usize::from(italic)]
    }

    /// The height of a single-spaced line at `size_pt`.
    pub fn single_pt(&self, size_pt: f32) -> f32 {
        (self.ascent + self.descent + self.gap) * size_pt
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables against the font itself, asked glyph by glyph.
    fn font_width(text: &str, bold: bool, italic: bool, size: f32) -> f32 {
        let font = FontRef::new(fonts::serif(bold, italic)).expect("font");
        let charmap = font.charmap();
        let advances = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .and_then(|g| advances.advance_width(g))
                    .unwrap_or(0.0)
            })
            .sum()
    }

    #[test]
    fn tables_agree_with_the_font() {
        let m = Metrics::get();
        let text = "Tỉnh ủy Quảng Ninh – ĐẢNG CỘNG SẢN VIỆT NAM “x”";
        for (bold, italic) in [(false, false), (true, false), (false, true), (true, true)] {
            let ours = m.face(bold, italic).width(text, 14.0);
            let font = font_width(text, bold, italic, 14.0);
            assert!((ours - font).abs() < 0.01, "{ours} vs {font}");
        }
        let font = FontRef::new(fonts::SERIF_REGULAR).expect("font");
        let f = font.metrics(Size::new(14.0), LocationRef::default());
        assert!((m.single_pt(14.0) - (f.ascent - f.descent + f.leading)).abs() < 0.01);
    }
}
