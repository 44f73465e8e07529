//! The signature image and the seal image of the electronic version (05-HD §7.2.2,
//! §8.2.3): given once in the profile, checked when chosen and again when read.
//!
//! The PNG files are copied beside `profile.ron` (`chu-ky.png`, `con-dau.png`) rather than
//! written into it as base64: the profile stays a few KB of text that a clerk can read,
//! and can hand to another office as an example without handing over a signature; the
//! configuration folder, copied whole, still carries both. The profile names no path, so
//! a hand-edited profile cannot point the export at another file.

use super::bounded;
use crate::error::Error;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Largest image accepted: a signature or seal scanned at 600 dpi is well under 1 MB.
pub const MAX_BYTES: u64 = 2 * 1024 * 1024;
/// Largest side, in pixels: a 42 mm seal at 2400 dpi.
pub const MAX_SIDE_PX: u32 = 4000;
/// Millimetres in a metre, for the PNG's pHYs (pixels per metre).
const MM_PER_M: f32 = 1000.0;

/// Which of the two images.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Signature,
    Seal,
}

impl MarkKind {
    /// The file beside profile.ron.
    pub fn file_name(self) -> &'static str {
        match self {
            MarkKind::Signature => "chu-ky.png",
            MarkKind::Seal => "con-dau.png",
        }
    }

    /// What the clerk calls it.
    pub fn noun(self) -> &'static str {
        match self {
            MarkKind::Signature => "ảnh chữ ký",
            MarkKind::Seal => "ảnh con dấu",
        }
    }
}

/// What the profile keeps of an image: what the dialog shows. The pixels are in the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarkImage {
    /// The name of the file the clerk chose.
    pub source: String,
    pub width_px: u32,
    pub height_px: u32,
}

/// A PNG that passed the checks, with its pixels for a thumbnail.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedPng {
    pub bytes: Vec<u8>,
    pub width_px: u32,
    pub height_px: u32,
    /// The printed width from the image's pHYs (pixels per metre), when it has one.
    pub width_mm: Option<f32>,
    /// 8-bit RGBA, row by row.
    pub rgba: Vec<u8>,
    /// What the guideline asks and the image lacks (transparency, colour), in Vietnamese;
    /// said, not refused: the clerk knows the office's files.
    pub warnings: Vec<String>,
}

impl CheckedPng {
    pub fn aspect(&self) -> f32 {
        self.width_px as f32 / self.height_px.max(1) as f32
    }
}

/// Checks that `bytes` are a PNG vanban can place: the signature, magic and header, at
/// most [`MAX_BYTES`] and [`MAX_SIDE_PX`], and pixels that decode. The reason, in
/// Vietnamese, otherwise.
pub fn check(bytes: Vec<u8>, kind: MarkKind) -> Result<CheckedPng, String> {
    const MAGIC: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    let noun = kind.noun();
    if bytes.len() as u64 > MAX_BYTES {
        return Err(format!(
            "Tệp {noun} quá lớn ({} KB; tối đa {} KB).",
            bytes.len() / 1024,
            MAX_BYTES / 1024
        ));
    }
    if !bytes.starts_with(&MAGIC) {
        return Err(format!(
            "Tệp {noun} không phải ảnh PNG. Hướng dẫn 05-HD/VPTW yêu cầu ảnh định dạng .png nền trong suốt."
        ));
    }
    let broken = |e: png::DecodingError| format!("Tệp {noun} là ảnh PNG bị hỏng ({e}).");
    let mut decoder = png::Decoder::new(std::io::Cursor::new(&bytes[..]));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(broken)?;
    let info = reader.info();
    let (width_px, height_px) = (info.width, info.height);
    if width_px > MAX_SIDE_PX || height_px > MAX_SIDE_PX {
        return Err(format!(
            "Ảnh {width_px}×{height_px} điểm ảnh quá lớn để làm {noun} (tối đa {MAX_SIDE_PX}×{MAX_SIDE_PX})."
        ));
    }
    let width_mm = info
        .pixel_dims
        .filter(|d| d.unit == png::Unit::Meter && d.xppu > 0)
        .map(|d| width_px as f32 * MM_PER_M / d.xppu as f32);
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| format!("Tệp {noun}: ảnh quá lớn để đọc."))?;
    let mut buf = vec![0; size];
    let out = reader.next_frame(&mut buf).map_err(broken)?;
    buf.truncate(out.buffer_size());
    let rgba = to_rgba(&buf, out.color_type);
    let warnings = warnings(&rgba, kind);
    Ok(CheckedPng {
        bytes,
        width_px,
        height_px,
        width_mm,
        rgba,
        warnings,
    })
}

/// 8-bit pixels of any colour type as RGBA.
fn to_rgba(buf: &[u8], color: png::ColorType) -> Vec<u8> {
    use png::ColorType::*;
    match color {
        Rgba => buf.to_vec(),
        Rgb => buf
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        GrayscaleAlpha => buf
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        // Indexed is expanded by normalize_to_color8.
        Grayscale | Indexed => buf.iter().flat_map(|&g| [g, g, g, 255]).collect(),
    }
}

/// The guideline's asks the image does not meet: a transparent background (both), blue
/// ink for the signature, red for the seal.
fn warnings(rgba: &[u8], kind: MarkKind) -> Vec<String> {
    let mut out = Vec::new();
    let noun = kind.noun();
    if !rgba.chunks_exact(4).any(|p| p[3] < 128) {
        out.push(format!(
            "{} không có nền trong suốt: nền sẽ che chữ và dấu bên dưới.",
            capitalised(noun)
        ));
    }
    // Inked pixels: opaque and not near white.
    let inked = rgba
        .chunks_exact(4)
        .filter(|p| p[3] >= 128 && (p[0] as u16 + p[1] as u16 + p[2] as u16) < 600);
    let (mut n, mut right_colour) = (0usize, 0usize);
    for p in inked {
        n += 1;
        let (r, g, b) = (p[0], p[1], p[2]);
        let ok = match kind {
            MarkKind::Signature => b > r && b > g,
            MarkKind::Seal => r > g && r > b,
        };
        right_colour += usize::from(ok);
    }
    if n > 0 && right_colour * 2 < n {
        out.push(match kind {
            MarkKind::Signature => "Chữ ký trên văn bản điện tử phải màu xanh (05-HD/VPTW, mục 7.2.2); ảnh này phần lớn không phải màu xanh.".to_owned(),
            MarkKind::Seal => "Hình ảnh con dấu phải màu đỏ (05-HD/VPTW, mục 8.2.3); ảnh này phần lớn không phải màu đỏ.".to_owned(),
        });
    }
    out
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The image the clerk chose at `path`, checked; the reason, in Vietnamese, otherwise.
pub fn read_chosen(path: &Path, kind: MarkKind) -> Result<CheckedPng, String> {
    // The size is told as an image's, not as a draft's (bounded's own message).
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.is_file() && meta.len() > MAX_BYTES {
            return Err(format!(
                "Tệp {} quá lớn ({} KB; tối đa {} KB).",
                kind.noun(),
                meta.len() / 1024,
                MAX_BYTES / 1024
            ));
        }
    }
    let bytes = bounded::read_bytes(path, MAX_BYTES).map_err(|e| e.to_string())?;
    check(bytes, kind)
}

/// The stored image of `kind`, checked again: the folder may have been edited by hand.
pub fn load(config_dir: &Path, kind: MarkKind) -> Result<CheckedPng, String> {
    read_chosen(&config_dir.join(kind.file_name()), kind)
}

/// Keeps `bytes` as the image of `kind`, replacing the previous one whole.
pub fn store(config_dir: &Path, kind: MarkKind, bytes: &[u8]) -> Result<(), Error> {
    std::fs::create_dir_all(config_dir).map_err(|e| Error::write(config_dir, e))?;
    super::write_atomic(&config_dir.join(kind.file_name()), bytes)
}

/// Forgets the image of `kind`; no file is no error.
pub fn remove(config_dir: &Path, kind: MarkKind) -> Result<(), Error> {
    let path = config_dir.join(kind.file_name());
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::write(&path, e)),
        _ => Ok(()),
    }
}

/// Small PNGs made in code for tests: a blue stroke on transparency and a red ring.
pub mod fixtures {
    /// A `w`×`h` RGBA PNG whose pixel (x, y) is `paint(x, y)`, with `ppm` pixels per
    /// metre in its pHYs when given.
    pub fn png(w: u32, h: u32, ppm: Option<u32>, paint: impl Fn(u32, u32) -> [u8; 4]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut e = png::Encoder::new(&mut out, w, h);
            e.set_color(png::ColorType::Rgba);
            e.set_depth(png::BitDepth::Eight);
            if let Some(ppm) = ppm {
                e.set_pixel_dims(Some(png::PixelDimensions {
                    xppu: ppm,
                    yppu: ppm,
                    unit: png::Unit::Meter,
                }));
            }
            let pixels: Vec<u8> = (0..h)
                .flat_map(|y| (0..w).map(move |x| (x, y)))
                .flat_map(|(x, y)| paint(x, y))
                .collect();
            // In-memory writes of a well-formed image cannot fail.
            let mut writer = e.write_header().expect("png header");
            writer.write_image_data(&pixels).expect("png data");
        }
        out
    }

    /// A blue scribble on a transparent 240 × 100 background.
    pub fn signature() -> Vec<u8> {
        png(240, 100, None, |x, y| {
            let wave = 50.0 + 30.0 * ((x as f32) / 20.0).sin();
            if (y as f32 - wave).abs() < 4.0 && (20..220).contains(&x) {
                [20, 40, 200, 255]
            } else {
                [0, 0, 0, 0]
            }
        })
    }

    /// A red ring 300 px across at 300 dpi (11811 px/m): 25.4 mm printed.
    pub fn seal() -> Vec<u8> {
        png(300, 300, Some(11811), |x, y| {
            let (dx, dy) = (x as f32 - 149.5, y as f32 - 149.5);
            let r = (dx * dx + dy * dy).sqrt();
            if (130.0..148.0).contains(&r) || (r < 60.0 && (y / 8) % 2 == 0) {
                [220, 20, 30, 255]
            } else {
                [0, 0, 0, 0]
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixtures_pass_and_the_seal_tells_its_size() {
        let s = check(fixtures::signature(), MarkKind::Signature).expect("signature");
        assert_eq!((s.width_px, s.height_px), (240, 100));
        assert_eq!(s.width_mm, None);
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        let seal = check(fixtures::seal(), MarkKind::Seal).expect("seal");
        let mm = seal.width_mm.expect("pHYs");
        assert!((mm - 25.4).abs() < 0.01, "{mm}");
        assert!(seal.warnings.is_empty(), "{:?}", seal.warnings);
        assert_eq!(seal.rgba.len(), 300 * 300 * 4);
    }

    #[test]
    fn refusals_say_why_in_vietnamese() {
        let not_png = check(b"GIF89a....".to_vec(), MarkKind::Seal).expect_err("gif");
        assert!(not_png.contains("không phải ảnh PNG"), "{not_png}");
        let mut cut = fixtures::signature();
        cut.truncate(60);
        let broken = check(cut, MarkKind::Signature).expect_err("truncated");
        assert!(broken.contains("bị hỏng"), "{broken}");
        let huge = fixtures::png(MAX_SIDE_PX + 1, 1, None, |_, _| [0, 0, 255, 0]);
        let big = check(huge, MarkKind::Signature).expect_err("too wide");
        assert!(big.contains("quá lớn"), "{big}");
        let heavy = vec![0u8; MAX_BYTES as usize + 1];
        assert!(check(heavy, MarkKind::Seal)
            .expect_err("too heavy")
            .contains("quá lớn"));
    }

    #[test]
    fn an_opaque_black_signature_is_taken_with_warnings() {
        let black = fixtures::png(50, 20, None, |x, _| {
            if x % 5 == 0 {
                [0, 0, 0, 255]
            } else {
                [255, 255, 255, 255]
            }
        });
        let s = check(black, MarkKind::Signature).expect("taken");
        assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
        assert!(s.warnings[0].starts_with("Ảnh chữ ký không có nền trong suốt"));
    }

    #[test]
    fn stored_beside_the_profile_and_removed() {
        let dir = tempfile::tempdir().expect("temp dir");
        store(dir.path(), MarkKind::Seal, &fixtures::seal()).expect("store");
        let back = load(dir.path(), MarkKind::Seal).expect("load");
        assert_eq!(back.bytes, fixtures::seal());
        remove(dir.path(), MarkKind::Seal).expect("remove");
        remove(dir.path(), MarkKind::Seal).expect("removing twice is fine");
        assert!(load(dir.path(), MarkKind::Seal).is_err());
    }
}
