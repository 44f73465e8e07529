//! The electronic version's marks in the DOCX: the signature image and the seal image,
//! floating in the signer's cell where [`crate::layout::esign::electronic_marks`] puts
//! them, ready for the digital signing tool. The text of the block is the paper one,
//! unchanged: the images sit in the room already kept between the title and the name.

use crate::error::Error;
pub use crate::layout::esign::{Electronic, MarkPng};

use crate::layout::esign::{electronic_marks, MarkBox, SignerGeometry};
use crate::layout::{measure, signature_space_pt};
use crate::rules::{ElectronicRules, RuleSet};
use docx_rs::{Pic, RelativeFromHType, RelativeFromVType, Run};

/// How a document is exported; the default is the paper version.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExportOptions<'a> {
    /// The electronic version's images, placed in the main signer's block.
    pub electronic: Option<&'a Electronic>,
}

/// The rule set's electronic-version numbers, or why there are none.
pub fn rules_of(rules: &RuleSet) -> Result<&ElectronicRules, Error> {
    rules.signature.electronic.as_ref().ok_or_else(|| {
        Error::Export(format!(
            "bộ quy tắc “{}” không quy định cách trình bày bản điện tử.",
            rules.name
        ))
    })
}

/// EMU per mm: DrawingML's unit (914 400 per inch).
const EMU_PER_MM: f32 = 36_000.0;
/// Stacking order among the document's drawings: the seal over the signature (05-HD
/// §8.2.2: "trùm lên" — the seal covers the signature).
const SIGNATURE_Z: u32 = 1;
const SEAL_Z: u32 = 2;

fn emu(mm: f32) -> i32 {
    (mm * EMU_PER_MM).round() as i32
}

/// The runs holding the floating images, for the paragraph right above the name (the
/// title line, or the post of a "kiêm" block). Offsets are from the cell's left edge
/// (the table's cells have no padding) and from that paragraph's top, which is the
/// block's top for [`electronic_marks`].
pub fn runs(e: &Electronic, cell_width_mm: f32, line_size_pt: f32, rules: &RuleSet) -> Vec<Run> {
    let Some(er) = rules.signature.electronic.as_ref() else {
        return Vec::new();
    };
    let title_bottom = measure::single_line_pt(line_size_pt) / measure::PT_PER_MM;
    let geometry = SignerGeometry {
        column_left: 0.0,
        column_right: cell_width_mm,
        title_bottom,
        name_top: title_bottom + signature_space_pt(rules) / measure::PT_PER_MM,
    };
    let marks = electronic_marks(&geometry, &e.images(), er);
    let mut out = vec![floating(&e.signature, &marks.signature, SIGNATURE_Z)];
    if let (Some((png, _)), Some(b)) = (&e.seal, &marks.seal) {
        out.push(floating(png, b, SEAL_Z));
    }
    out
}

/// An image in front of the text, overlapping whatever is there, laid out in its cell.
fn floating(png: &MarkPng, b: &MarkBox, z: u32) -> Run {
    let mut pic = Pic::new_with_dimensions(png.bytes.clone(), png.width_px, png.height_px)
        .size(emu(b.w).max(0) as u32, emu(b.h).max(0) as u32)
        .floating()
        .overlapping()
        .relative_from_h(RelativeFromHType::Column)
        .relative_from_v(RelativeFromVType::Paragraph)
        .offset_x(emu(b.x))
        .offset_y(emu(b.y))
        .relative_height(z);
    pic.layout_in_cell = true;
    Run::new().add_image(pic)
}

/// The names the images carry in the file, in the order [`runs`] writes them; the
/// signing tool and Word's selection pane show them.
const NAMES: [&str; 2] = ["Chữ ký", "Con dấu"];

/// document.xml with what docx-rs writes alike for every picture made distinct: each
/// drawing its own id and name (Word wants unique `wp:docPr` ids), and the anchors
/// allowed to overlap — with `allowOverlap="0"` Word moves the seal off the signature
/// it must cover.
pub fn finish_xml(document: &[u8]) -> Vec<u8> {
    let xml = String::from_utf8_lossy(document);
    let mut out = String::with_capacity(xml.len());
    let mut rest: &str = &xml;
    let mut n = 0usize;
    const DOC_PR: &str = r#"<wp:docPr id="1" name="Figure" />"#;
    while let Some(at) = rest.find(DOC_PR) {
        out.push_str(&rest[..at]);
        n += 1;
        let name = NAMES.get(n - 1).copied().unwrap_or("Hình");
        out.push_str(&format!(r#"<wp:docPr id="{n}" name="{name}" />"#));
        rest = &rest[at + DOC_PR.len()..];
    }
    out.push_str(rest);
    out.replace(
        r#"<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" allowOverlap="0""#,
        r#"<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" allowOverlap="1""#,
    )
    .into_bytes()
}
