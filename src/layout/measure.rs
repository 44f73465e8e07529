//! How much room a line of text takes on the printed page: glyph advances and line heights of
//! the bundled Times-metric serif (`crate::fonts`), so that blocks can be sized as Word and
//! LibreOffice will set them (the right header block flush with the right margin, the space
//! kept for the signature). Word applies no kerning by default, so advances simply add up.

use super::metrics::Metrics;
use crate::rules::TextFormat;

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// The width of `text` set in `format`, in points. Caps are measured as capitals, as Word
/// draws them. A character the font lacks counts as the width of "n" — the font covers
/// every Vietnamese letter, so only symbols fall back.
pub fn width_pt(text: &str, format: &TextFormat) -> f32 {
    let face = Metrics::get().face(format.bold, format.italic);
    if format.caps {
        face.width(&text.to_uppercase(), format.size_pt)
    } else {
        face.width(text, format.size_pt)
    }
}

/// The same width in millimetres.
pub fn width_mm(text: &str, format: &TextFormat) -> f32 {
    width_pt(text, format) / PT_PER_MM
}

/// The height of one single-spaced line at `size_pt`: ascent, descent and line gap of the
/// font (1.15 em for Times New Roman), what "Single" line spacing gives in Word.
pub fn single_line_pt(size_pt: f32) -> f32 {
    Metrics::get().single_pt(size_pt)
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
