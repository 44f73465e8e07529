//! Where the electronic version's marks go in a signer's block: the signature image
//! between the title line and the name, the seal image over the signature's left third.
//! One function, shared by the DOCX export and the page engine (preview, PDF).
//!
//! 05-HD/VPTW (2026), pp. 23–24 (`shared/spec/sources/hd05-2026/page-0023.png`, `-0024`):
//! - §7.2.2: "Chữ ký trên văn bản điện tử là màu xanh, định dạng Portable Network Graphics
//!   (.png) nền trong suốt, đặt canh giữa chức vụ người ký và họ tên người ký."
//! - §8.2.1: the seal and the organisation's digital signature go "dưới quyền hạn, chức vụ
//!   của người ký văn bản" (under the title line).
//! - §8.2.2: the seal "trùm lên khoảng 1/3 chữ ký của người có thẩm quyền về phía bên trái".
//! - §8.2.3: the organisation's digital signature is the seal's image, red, "kích thước bằng
//!   kích thước thực tế của con dấu", transparent PNG.
//!
//! p. 29 shows one such block as issued: the seal left of and under the signature, both
//! between the title line and the name.

use crate::rules::ElectronicRules;

/// One PNG as checked by the profile (`store::marks`), as every output takes it.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkPng {
    pub bytes: Vec<u8>,
    pub width_px: u32,
    pub height_px: u32,
}

impl MarkPng {
    pub fn aspect(&self) -> f32 {
        self.width_px as f32 / self.height_px.max(1) as f32
    }
}

/// What the electronic version adds to the signer's block: the signer's signature, and
/// the organisation's seal with its actual diameter in mm (none for a body without a
/// seal of its own).
#[derive(Debug, Clone, PartialEq)]
pub struct Electronic {
    pub signature: MarkPng,
    pub seal: Option<(MarkPng, f32)>,
}

impl Electronic {
    /// What [`electronic_marks`] needs of the images: proportions and the seal's size.
    pub fn images(&self) -> MarkImages {
        MarkImages {
            signature_aspect: self.signature.aspect(),
            seal: self.seal.as_ref().map(|(png, mm)| (png.aspect(), *mm)),
        }
    }
}

/// A box on the page, in mm: `x` from the left edge of whatever the geometry's x-range
/// is measured from, `y` down from the signer block's top.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkBox {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl MarkBox {
    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    pub fn centre(&self) -> (f32, f32) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
}

/// The signer's block as laid out: the x-range of its column, and how far below the
/// block's top the title line ends and the name begins (all in mm).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SignerGeometry {
    pub column_left: f32,
    pub column_right: f32,
    /// The bottom of the title line's (or the last post line's) line box.
    pub title_bottom: f32,
    /// The top of the name's line box.
    pub name_top: f32,
}

/// The images' own proportions and the seal's printed size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkImages {
    /// The signature image's width over its height, in pixels.
    pub signature_aspect: f32,
    /// The seal image's width over its height, and its printed width in mm (the seal's
    /// actual diameter); `None` without a seal image.
    pub seal: Option<(f32, f32)>,
}

/// Where the marks go.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ElectronicMarks {
    pub signature: MarkBox,
    pub seal: Option<MarkBox>,
}

/// The boxes of the signature image and the seal image in a signer's block.
///
/// The signature is fitted into the rule set's box (proportions kept, never taller than
/// the room between title and name) and centred between the title line and the name,
/// both ways (§7.2.2). The seal keeps its actual size; its right edge covers
/// `seal_covers_signature` of the signature's width from the left (§8.2.2), its centre at
/// the signature's height, and it stays under the title line (§8.2.1). When the seal
/// would stick out of the column on the left, seal and signature move right together,
/// so the share covered stays as the rules say.
pub fn electronic_marks(
    g: &SignerGeometry,
    images: &MarkImages,
    rules: &ElectronicRules,
) -> ElectronicMarks {
    let room = (g.name_top - g.title_bottom).max(0.0);
    let aspect = positive(images.signature_aspect);
    let max_h = rules.signature_max_height_mm.min(room);
    let (mut w, mut h) = (
        rules.signature_max_width_mm,
        rules.signature_max_width_mm / aspect,
    );
    if h > max_h {
        (w, h) = (max_h * aspect, max_h);
    }
    let centre_x = (g.column_left + g.column_right) / 2.0;
    let mut signature = MarkBox {
        x: centre_x - w / 2.0,
        y: g.title_bottom + (room - h) / 2.0,
        w,
        h,
    };
    let seal = images.seal.map(|(seal_aspect, diameter)| {
        let (sw, sh) = (diameter, diameter / positive(seal_aspect));
        let right = signature.x + signature.w * rules.seal_covers_signature;
        let (_, middle) = signature.centre();
        let mut seal = MarkBox {
            x: right - sw,
            y: (middle - sh / 2.0).max(g.title_bottom),
            w: sw,
            h: sh,
        };
        // Into the column: right, as far as the column's right edge lets the signature go.
        let spare_right = (g.column_right - signature.right()).max(0.0);
        let shift = (g.column_left - seal.x).clamp(0.0, spare_right);
        seal.x += shift;
        signature.x += shift;
        seal
    });
    ElectronicMarks { signature, seal }
}

/// A width-over-height ratio that cannot divide by zero or flip a box.
fn positive(aspect: f32) -> f32 {
    if aspect.is_finite() && aspect > 0.0 {
        aspect
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> ElectronicRules {
        crate::rules::RuleSet::by_id("dang-hd05-2026")
            .and_then(|r| r.signature.electronic.clone())
            .expect("05-HD has electronic rules")
    }

    /// The right column of a 05-HD page: 165 mm of text, recipients 45 %.
    fn block() -> SignerGeometry {
        SignerGeometry {
            column_left: 74.25,
            column_right: 165.0,
            title_bottom: 12.0,
            name_top: 47.0,
        }
    }

    const EPS: f32 = 1e-3;

    #[test]
    fn the_signature_is_centred_between_title_and_name() {
        let r = rules();
        let g = block();
        let m = electronic_marks(
            &g,
            &MarkImages {
                signature_aspect: 2.0,
                seal: None,
            },
            &r,
        );
        let s = m.signature;
        // 2:1 in a 50 × 22 box: the height binds.
        assert!((s.h - r.signature_max_height_mm).abs() < EPS);
        assert!((s.w - 2.0 * s.h).abs() < EPS);
        let (cx, cy) = s.centre();
        assert!((cx - (g.column_left + g.column_right) / 2.0).abs() < EPS);
        assert!((cy - (g.title_bottom + g.name_top) / 2.0).abs() < EPS);
        assert!(m.seal.is_none());
    }

    #[test]
    fn a_wide_signature_is_held_by_the_width() {
        let r = rules();
        let m = electronic_marks(
            &block(),
            &MarkImages {
                signature_aspect: 5.0,
                seal: None,
            },
            &r,
        );
        assert!((m.signature.w - r.signature_max_width_mm).abs() < EPS);
        assert!((m.signature.h - r.signature_max_width_mm / 5.0).abs() < EPS);
    }

    #[test]
    fn the_seal_covers_a_third_of_the_signature_from_the_left() {
        let r = rules();
        let g = block();
        let m = electronic_marks(
            &g,
            &MarkImages {
                signature_aspect: 2.0,
                seal: Some((1.0, 36.0)),
            },
            &r,
        );
        let (s, seal) = (m.signature, m.seal.expect("seal"));
        // Actual size, round.
        assert!((seal.w - 36.0).abs() < EPS && (seal.h - 36.0).abs() < EPS);
        // Its right edge a third into the signature: about 1/3 covered, on the left.
        let covered = (seal.right() - s.x) / s.w;
        assert!((covered - r.seal_covers_signature).abs() < EPS);
        assert!(seal.x < s.x);
        // Under the title line, at the signature's height, inside the column.
        assert!(seal.y >= g.title_bottom - EPS);
        assert!(seal.x >= g.column_left - EPS);
        assert!(s.right() <= g.column_right + EPS);
    }

    #[test]
    fn a_seal_past_the_column_moves_the_pair_right() {
        let r = rules();
        let narrow = SignerGeometry {
            column_left: 90.0,
            column_right: 165.0,
            ..block()
        };
        let m = electronic_marks(
            &narrow,
            &MarkImages {
                signature_aspect: 2.0,
                seal: Some((1.0, 40.0)),
            },
            &r,
        );
        let (s, seal) = (m.signature, m.seal.expect("seal"));
        assert!((seal.x - narrow.column_left).abs() < EPS);
        let covered = (seal.right() - s.x) / s.w;
        assert!((covered - r.seal_covers_signature).abs() < EPS);
    }

    #[test]
    fn no_room_and_broken_proportions_stay_finite() {
        let r = rules();
        let squeezed = SignerGeometry {
            name_top: 12.0,
            ..block()
        };
        let m = electronic_marks(
            &squeezed,
            &MarkImages {
                signature_aspect: f32::NAN,
                seal: Some((0.0, 36.0)),
            },
            &r,
        );
        assert_eq!(m.signature.h, 0.0);
        let seal = m.seal.expect("seal");
        assert!(seal.x.is_finite() && seal.y.is_finite() && seal.h.is_finite());
    }
}
