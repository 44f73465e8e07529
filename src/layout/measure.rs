//! How much room a line of text takes on the printed page: glyph advances and line heights of
//! the bundled Times-metric serif (`crate::fonts`), so that blocks can be sized as Word and
//! LibreOffice will set them (the right header block flush with the right margin, the space
//! kept for the signature). Word applies no kerning by default, so advances simply add up.

use crate::fonts;
use crate::rules::TextFormat;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// The width of `text` set in `format`, in points. Caps are measured as capitals, as Word
/// draws them. A character the font lacks counts as the width of "n" — the font covers
/// every Vietnamese letter, so only symbols fall back.
pub fn width_pt(text: &str, format: &TextFormat) -> f32 {
    let Ok(font) = FontRef::new(fonts::serif(format.bold, format.italic)) else {
        return 0.0;
    };
    let charmap = font.charmap();
    let advances = font.glyph_metrics(Size::new(format.size_pt), LocationRef::default());
    let advance = |c: char| {
        charmap
            .map(c)
            .and_then(|g| advances.advance_width(g))
            .or_else(|| charmap.map('n').and_then(|g| advances.advance_width(g)))
            .unwrap_or(0.0)
    };
    if format.caps {
        text.chars().flat_map(char::to_uppercase).map(advance).sum()
    } else {
        text.chars().map(advance).sum()
    }
}

/// The same width in millimetres.
pub fn width_mm(text: &str, format: &TextFormat) -> f32 {
    width_pt(text, format) / PT_PER_MM
}

/// The height of one single-spaced line at `size_pt`: ascent, descent and line gap of the
/// font (1.15 em for Times New Roman), what "Single" line spacing gives in Word.
pub fn single_line_pt(size_pt: f32) -> f32 {
    let Ok(font) = FontRef::new(fonts::SERIF_REGULAR) else {
        return size_pt;
    };
    let m = font.metrics(Size::new(size_pt), LocationRef::default());
    m.ascent - m.descent + m.leading
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(size_pt: f32, bold: bool, italic: bool, caps: bool) -> TextFormat {
        TextFormat {
            size_pt,
            bold,
            italic,
            underline: false,
            caps,
        }
    }

    #[test]
    fn widths_match_the_guideline_scan() {
        // 05-HD/VPTW (2026), page 1: "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold) spans
        // 122.0–195.1 mm and the date line (14 pt italic) 124.1–193.4 mm.
        let motto = width_mm("ĐẢNG CỘNG SẢN VIỆT NAM", &format(15.0, true, false, false));
        assert!((motto - 73.1).abs() < 1.5, "motto {motto} mm");
        let date = width_mm(
            "Hà Nội, ngày 27 tháng 5 năm 2026",
            &format(14.0, false, true, false),
        );
        assert!((date - 69.3).abs() < 1.5, "date {date} mm");
    }

    #[test]
    fn caps_measure_as_capitals() {
        let lower = width_pt("của ban", &format(14.0, true, false, true));
        let upper = width_pt("CỦA BAN", &format(14.0, true, false, false));
        assert_eq!(lower, upper);
    }

    #[test]
    fn single_line_is_a_little_more_than_the_size() {
        let h = single_line_pt(14.0);
        assert!((h - 16.1).abs() < 0.1, "{h}");
    }
}
