//! Bundled fonts with full Vietnamese coverage (egui's own font lacks most of it): Liberation
//! Sans for the interface, Liberation Serif (Times New Roman metrics) for text shown as it
//! will print.

use egui::{FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

pub const SERIF: &str = "serif";
pub const SERIF_BOLD: &str = "serif-bold";
pub const SERIF_ITALIC: &str = "serif-italic";
pub const SERIF_BOLD_ITALIC: &str = "serif-bold-italic";
pub const SANS_BOLD: &str = "sans-bold";

const FILES: [(&str, &[u8]); 6] = [
    ("sans", crate::fonts::SANS_REGULAR),
    (SANS_BOLD, crate::fonts::SANS_BOLD),
    (SERIF, crate::fonts::SERIF_REGULAR),
    (SERIF_BOLD, crate::fonts::SERIF_BOLD),
    (SERIF_ITALIC, crate::fonts::SERIF_ITALIC),
    (SERIF_BOLD_ITALIC, crate::fonts::SERIF_BOLD_ITALIC),
];

pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in FILES {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    // Ours first; egui's fonts stay behind as fallback for symbols.
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "sans".to_owned());
    }
    for name in [
        SERIF,
        SERIF_BOLD,
        SERIF_ITALIC,
        SERIF_BOLD_ITALIC,
        SANS_BOLD,
    ] {
        let mut chain = vec![name.to_owned()];
        chain.extend(fonts.families[&FontFamily::Proportional].iter().cloned());
        fonts.families.insert(FontFamily::Name(name.into()), chain);
    }
    ctx.set_fonts(fonts);
}

/// The serif face for a combination of bold and italic.
pub fn serif(bold: bool, italic: bool) -> FontFamily {
    let name = match (bold, italic) {
        (false, false) => SERIF,
        (true, false) => SERIF_BOLD,
        (false, true) => SERIF_ITALIC,
        (true, true) => SERIF_BOLD_ITALIC,
    };
    FontFamily::Name(name.into())
}
