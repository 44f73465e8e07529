//! The electronic version (05-HD §7.2.2, §8.2.1–8.2.3): the signature image and the seal
//! image in the signer's block of the DOCX, schema-valid, and where the guideline puts
//! them when LibreOffice renders the file.

mod common;

use common::{assert_schema_valid, part, schema_validator};
use std::path::PathBuf;
use vanban::export::{self, Electronic, ExportOptions, MarkPng};
use vanban::rules::RuleSet;
use vanban::store::marks::{check, fixtures, MarkKind};

fn electronic() -> Electronic {
    let sig = check(fixtures::signature(), MarkKind::Signature).expect("signature");
    let seal = check(fixtures::seal(), MarkKind::Seal).expect("seal");
    let png = |c: &vanban::store::marks::CheckedPng| MarkPng {
        bytes: c.bytes.clone(),
        width_px: c.width_px,
        height_px: c.height_px,
    };
    Electronic {
        signature: png(&sig),
        seal: Some((png(&seal), 36.0)),
    }
}

fn hd05() -> &'static RuleSet {
    RuleSet::by_id("dang-hd05-2026").expect("bundled rules")
}

fn electronic_docx(doc: &vanban::model::Document) -> Vec<u8> {
    let e = electronic();
    export::docx_with(
        doc,
        hd05(),
        &ExportOptions {
            electronic: Some(&e),
        },
    )
    .expect("electronic export")
}

#[test]
fn the_images_float_in_the_signers_cell() {
    let doc = vanban::templates::sample().expect("sample");
    let docx = electronic_docx(&doc);
    let xml = part(&docx, "word/document.xml");
    assert_eq!(xml.matches("<wp:anchor").count(), 2, "two images");
    assert_eq!(xml.matches(r#"layoutInCell="1""#).count(), 2, "{xml}");
    // Word would move the seal off the signature it must cover.
    assert_eq!(xml.matches(r#"allowOverlap="1""#).count(), 2, "{xml}");
    assert!(
        xml.contains(r#"<wp:docPr id="1" name="Chữ ký" />"#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<wp:docPr id="2" name="Con dấu" />"#),
        "{xml}"
    );
    // The seal over the signature.
    let z = |name: &str| {
        let at = xml.find(&format!(r#"name="{name}""#)).expect(name);
        let anchor = xml[..at].rfind("relativeHeight=\"").expect("z") + 16;
        xml[anchor..]
            .split('"')
            .next()
            .unwrap_or("")
            .parse::<u32>()
            .expect("z order")
    };
    assert!(z("Con dấu") > z("Chữ ký"));
    // The paper version is the same document without them.
    let paper = export::docx(&doc, hd05()).expect("paper export");
    let paper = part(&paper, "word/document.xml");
    assert!(!paper.contains("<w:drawing"));
    // Same words, the title line included: the images add nothing to the text.
    assert_eq!(common::texts(&paper), common::texts(&xml));
    assert!(common::texts(&paper).iter().any(|t| t == "PHÓ BÍ THƯ"));
}

#[test]
fn rule_sets_without_an_electronic_version_refuse_it() {
    let doc = vanban::templates::sample().expect("sample");
    let e = electronic();
    let set = RuleSet::by_id("dang-hd36-2018").expect("bundled rules");
    let err = export::docx_with(
        &doc,
        set,
        &ExportOptions {
            electronic: Some(&e),
        },
    )
    .expect_err("36-HD has no electronic version")
    .to_string();
    assert!(err.contains("bản điện tử"), "{err}");
}

#[test]
fn the_electronic_version_is_schema_valid() {
    let Some(script) = schema_validator() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files: Vec<PathBuf> = Vec::new();
    let mut drafts = vec![(
        "sample".to_owned(),
        vanban::templates::sample().expect("sample"),
    )];
    drafts.push(("kiem".to_owned(), common::every_part_decision()));
    for (name, doc) in drafts {
        let path = dir.path().join(format!("{name}.docx"));
        std::fs::write(&path, electronic_docx(&doc)).expect("write");
        files.push(path);
    }
    assert_schema_valid(&script, &files);
}

/// An RGB raster of one PDF page at 254 dpi: ten pixels a millimetre.
struct Raster {
    w: usize,
    h: usize,
    rgb: Vec<u8>,
}

const PX_PER_MM: f32 = 10.0;

fn last_page(pdf: &std::path::Path, dir: &std::path::Path) -> Raster {
    let info = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo");
    let pages: u32 = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count");
    let stem = dir.join("page");
    let n = pages.to_string();
    let out = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "254", "-singlefile", "-f", &n, "-l", &n])
        .arg(pdf)
        .arg(&stem)
        .output()
        .expect("pdftoppm");
    assert!(out.status.success(), "{out:?}");
    let bytes = std::fs::read(stem.with_extension("png")).expect("page png");
    let mut d = png::Decoder::new(std::io::Cursor::new(bytes));
    d.set_transformations(png::Transformations::normalize_to_color8());
    let mut r = d.read_info().expect("png");
    let mut buf = vec![0; r.output_buffer_size().expect("size")];
    let f = r.next_frame(&mut buf).expect("frame");
    assert_eq!(f.color_type, png::ColorType::Rgb);
    Raster {
        w: f.width as usize,
        h: f.height as usize,
        rgb: buf,
    }
}

/// The box (left, top, right, bottom, in mm) of the pixels `hit` picks.
fn bbox(r: &Raster, hit: impl Fn(u8, u8, u8) -> bool) -> Option<(f32, f32, f32, f32)> {
    let mut b: Option<(usize, usize, usize, usize)> = None;
    for y in 0..r.h {
        for x in 0..r.w {
            let i = (y * r.w + x) * 3;
            if hit(r.rgb[i], r.rgb[i + 1], r.rgb[i + 2]) {
                b = Some(match b {
                    None => (x, y, x, y),
                    Some((l, t, rr, bb)) => (l.min(x), t.min(y), rr.max(x), bb.max(y)),
                });
            }
        }
    }
    b.map(|(l, t, rr, bb)| {
        let mm = |v: usize| v as f32 / PX_PER_MM;
        (mm(l), mm(t), mm(rr + 1), mm(bb + 1))
    })
}

/// Rows (in mm) holding dark text between `x0` and `x1` mm: the signer's lines.
fn text_rows(r: &Raster, x0: f32, x1: f32) -> Vec<(f32, f32)> {
    let (a, b) = ((x0 * PX_PER_MM) as usize, (x1 * PX_PER_MM) as usize);
    let dark = |y: usize| {
        (a..b.min(r.w)).any(|x| {
            let i = (y * r.w + x) * 3;
            // Black text, not the blue signature or the red seal.
            r.rgb[i] < 80 && r.rgb[i + 1] < 80 && r.rgb[i + 2] < 80
        })
    };
    let mut rows = Vec::new();
    let mut start = None;
    for y in 0..r.h {
        match (dark(y), start) {
            (true, None) => start = Some(y),
            (false, Some(s)) => {
                rows.push((s as f32 / PX_PER_MM, y as f32 / PX_PER_MM));
                start = None;
            }
            _ => {}
        }
    }
    rows
}

/// Rendered by LibreOffice: the seal at its actual size, under the title line, over the
/// left of the signature; the signature between the title line and the name.
#[test]
fn libreoffice_puts_them_where_the_guideline_does() {
    if !common::tool_available("soffice", "--version") || !common::tool_available("pdftoppm", "-v")
    {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let docx = dir.path().join("e.docx");
    let doc = vanban::templates::sample().expect("sample");
    std::fs::write(&docx, electronic_docx(&doc)).expect("write");
    let pdf = common::soffice_pdfs(std::slice::from_ref(&docx), dir.path());
    let page = last_page(&pdf[0], dir.path());
    let seal = bbox(&page, |r, g, b| r > 150 && g < 90 && b < 90).expect("red seal drawn");
    let sig = bbox(&page, |r, g, b| b > 150 && r < 90 && g < 110).expect("blue signature drawn");
    // Actual size: the fixture's ring is 36 mm across (its outer edge 148 of 150 px).
    let across = seal.2 - seal.0;
    assert!((across - 36.0 * 148.0 / 150.0).abs() < 0.8, "seal {seal:?}");
    // Over the left of the signature: it starts left of the ink and reaches into it.
    assert!(
        seal.0 < sig.0 && seal.2 > sig.0 && seal.2 < sig.2,
        "{seal:?} {sig:?}"
    );
    // In the signer's column: right of the page's middle, inside the right margin.
    let rules = hd05();
    let right_margin = rules.page.width_mm - rules.page.margin_right_mm;
    assert!(
        seal.0 > rules.page.width_mm / 2.0 && sig.2 < right_margin,
        "{seal:?} {sig:?}"
    );
    // The signer's lines in the column: title line(s) above, the name below.
    let rows = text_rows(&page, seal.0, right_margin);
    let title = rows
        .iter()
        .rfind(|r| r.1 <= seal.1 + 0.5)
        .expect("title line above the seal");
    let name = rows
        .iter()
        .find(|r| r.0 >= sig.3)
        .expect("name below the signature");
    // The seal under the title line; the signature's ink centred between the lines.
    assert!(seal.1 >= title.1, "seal {seal:?} under title {title:?}");
    let middle = (title.1 + name.0) / 2.0;
    let ink_middle = (sig.1 + sig.3) / 2.0;
    assert!(
        (ink_middle - middle).abs() < 3.0,
        "ink {sig:?} title {title:?} name {name:?}"
    );
    eprintln!("seal {seal:?}, signature ink {sig:?}, title {title:?}, name {name:?} (mm from the page's top left)");
}

/// The electronic PDF (the page engine, `export::pdf::electronic`) puts the signature and
/// the seal where LibreOffice puts them from the electronic DOCX: the same boxes on the
/// last page within a millimetre.
#[test]
fn the_electronic_pdf_matches_the_electronic_docx() {
    if !common::tool_available("soffice", "--version") || !common::tool_available("pdftoppm", "-v")
    {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = vanban::templates::sample().expect("sample");
    let docx = dir.path().join("e.docx");
    std::fs::write(&docx, electronic_docx(&doc)).expect("write");
    let theirs = common::soffice_pdfs(std::slice::from_ref(&docx), dir.path());
    let ours = dir.path().join("ours.pdf");
    let bytes = vanban::export::pdf::electronic(&doc, hd05(), &electronic(), &Default::default())
        .expect("electronic pdf");
    std::fs::write(&ours, bytes).expect("write");
    let boxes = |pdf: &std::path::Path, sub: &str| {
        let sub = dir.path().join(sub);
        std::fs::create_dir_all(&sub).expect("dir");
        let page = last_page(pdf, &sub);
        let seal = bbox(&page, |r, g, b| r > 150 && g < 90 && b < 90).expect("red seal drawn");
        let sig = bbox(&page, |r, g, b| b > 150 && r < 90 && g < 110).expect("blue ink drawn");
        (seal, sig)
    };
    let (seal_lo, sig_lo) = boxes(&theirs[0], "lo");
    let (seal_ours, sig_ours) = boxes(&ours, "ours");
    let near = |a: (f32, f32, f32, f32), b: (f32, f32, f32, f32)| {
        [(a.0, b.0), (a.1, b.1), (a.2, b.2), (a.3, b.3)]
            .iter()
            .all(|(x, y)| (x - y).abs() < 1.0)
    };
    assert!(
        near(seal_lo, seal_ours),
        "seal: LibreOffice {seal_lo:?}, ours {seal_ours:?}"
    );
    assert!(
        near(sig_lo, sig_ours),
        "signature: LibreOffice {sig_lo:?}, ours {sig_ours:?}"
    );
    eprintln!("seal LO {seal_lo:?} ours {seal_ours:?}; signature LO {sig_lo:?} ours {sig_ours:?}");
}
