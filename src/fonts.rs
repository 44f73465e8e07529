//! The font files bundled in the binary, with their licence in `assets/fonts/`. Liberation
//! Serif has the advance widths of Times New Roman (the faces LibreOffice substitutes for
//! it), so text measured or drawn with it takes the room it takes in Word. Shared by the
//! interface (`ui::fonts`) and the page measurements (`layout::measure`).

pub const SANS_REGULAR: &[u8] = include_bytes!("../assets/fonts/LiberationSans-Regular.ttf");
pub const SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/LiberationSans-Bold.ttf");
pub const SERIF_REGULAR: &[u8] = include_bytes!("../assets/fonts/LiberationSerif-Regular.ttf");
pub const SERIF_BOLD: &[u8] = include_bytes!("../assets/fonts/LiberationSerif-Bold.ttf");
pub const SERIF_ITALIC: &[u8] = include_bytes!("../assets/fonts/LiberationSerif-Italic.ttf");
pub const SERIF_BOLD_ITALIC: &[u8] =
    include_bytes!("../assets/fonts/LiberationSerif-BoldItalic.ttf");

/// The serif face for a combination of bold and italic.
pub fn serif(bold: bool, italic: bool) -> &'static [u8] {
    match (bold, italic) {
        (false, false) => SERIF_REGULAR,
        (true, false) => SERIF_BOLD,
        (false, true) => SERIF_ITALIC,
        (true, true) => SERIF_BOLD_ITALIC,
    }
}
