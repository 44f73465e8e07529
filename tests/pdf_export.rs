//! The PDF writer (`export::pdf`) on hand-made pages, read back by poppler: the Vietnamese
//! text comes back exactly, at the places given, every font is embedded and subset, the
//! metadata and page size are right, a page range keeps only its pages, PDF/A-2b is
//! declared and refused with a Vietnamese reason when it cannot hold.

mod common;

use common::tool_available;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use unicode_normalization::UnicodeNormalization;
use vanban::export::{pdf, PdfOptions};
use vanban::layout::measure::width_pt;
use vanban::page::{Image, Item, Line, Page, Pages, Text};
use vanban::rules::TextFormat;

const A4_W: f32 = 595.28;
const A4_H: f32 = 841.89;

const SUBJECT: &str = "Nghị quyết về công tác xây dựng Đảng, Tỉnh ủy, Ủy ban";

/// A 2×2 RGBA PNG (black, half transparent rows would be overkill: opaque black).
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x08, 0x06, 0x00, 0x00, 0x00, 0x72, 0xb6, 0x0d,
    0x24, 0x00, 0x00, 0x00, 0x10, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x60, 0x60, 0x60, 0xf8,
    0x0f, 0xc5, 0x10, 0x06, 0x00, 0x1d, 0xf4, 0x03, 0xfd, 0xc8, 0xe1, 0xf6, 0xa8, 0x00, 0x00, 0x00,
    0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

fn format(size_pt: f32, bold: bool, italic: bool) -> TextFormat {
    TextFormat {
        size_pt,
        bold,
        italic,
        underline: false,
        caps: false,
    }
}

fn text(x: f32, baseline: f32, size: f32, bold: bool, italic: bool, s: &str) -> Item {
    Item::Text(Text {
        x_pt: x,
        baseline_pt: baseline,
        size_pt: size,
        bold,
        italic,
        text: s.to_owned(),
        width_pt: width_pt(s, &format(size, bold, italic)),
    })
}

/// The words of `line` set one by one, `extra` points wider than a space apart, as a
/// justified line is.
fn justified(x: f32, baseline: f32, line: &str, extra: f32) -> Vec<Item> {
    let f = format(14.0, false, false);
    let space = width_pt(" ", &f);
    let mut at = x;
    line.split(' ')
        .map(|w| {
            let item = text(at, baseline, 14.0, false, false, w);
            at += width_pt(w, &f) + space + extra;
            item
        })
        .collect()
}

/// Two A4 pages: the subject in the four faces, a justified line, a rule and a picture on
/// page 1; a line of its own on page 2.
fn sample() -> Pages {
    let mut first = vec![
        text(85.0, 100.0, 14.0, false, false, SUBJECT),
        text(85.0, 130.0, 14.0, true, false, "Tỉnh ủy, Ủy ban Kiểm tra"),
        text(
            85.0,
            160.0,
            14.0,
            false,
            true,
            "Hà Nội, ngày 27 tháng 5 năm 2026",
        ),
        text(85.0, 190.0, 15.0, true, true, "ĐẢNG CỘNG SẢN VIỆT NAM"),
        Item::Line(Line {
            x0_pt: 85.0,
            y0_pt: 200.0,
            x1_pt: 300.0,
            y1_pt: 200.0,
            width_pt: 0.5,
        }),
        Item::Image(Image {
            x_pt: 300.0,
            y_pt: 400.0,
            width_pt: 120.0,
            height_pt: 60.0,
            png: Arc::new(PNG.to_vec()),
        }),
    ];
    first.extend(justified(
        85.0,
        230.0,
        "Đồng chí Bí thư chủ trì hội nghị",
        4.0,
    ));
    Pages {
        pages: vec![
            Page {
                width_pt: A4_W,
                height_pt: A4_H,
                items: first,
            },
            Page {
                width_pt: A4_W,
                height_pt: A4_H,
                items: vec![text(
                    85.0,
                    100.0,
                    14.0,
                    false,
                    false,
                    "Trang hai của văn bản",
                )],
            },
        ],
        title: "Nghị quyết về công tác xây dựng Đảng".to_owned(),
        author: "Tỉnh ủy Lâm Đồng".to_owned(),
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write pdf");
    path
}

fn run(tool: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(file)
        .output()
        .expect("run poppler tool");
    assert!(out.status.success(), "{tool} failed: {out:?}");
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn pdftotext(file: &Path) -> String {
    pdftotext_with(&[], file)
}

fn pdftotext_with(args: &[&str], file: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .args(args)
        .arg(file)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success(), "pdftotext failed: {out:?}");
    String::from_utf8(out.stdout).expect("utf-8 text")
}

fn poppler() -> bool {
    tool_available("pdftotext", "-v")
}

#[test]
fn vietnamese_text_comes_back_exactly_in_nfc() {
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "a.pdf",
        &pdf(&sample(), &PdfOptions::default()).expect("pdf"),
    );
    let text = pdftotext(&file);
    assert!(text.nfc().eq(text.chars()), "NFC: {text:?}");
    for line in [
        SUBJECT,
        "Tỉnh ủy, Ủy ban Kiểm tra",
        "Hà Nội, ngày 27 tháng 5 năm 2026",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        // Words set apart come back as one line with single spaces.
        "Đồng chí Bí thư chủ trì hội nghị",
        "Trang hai của văn bản",
    ] {
        assert!(
            text.lines().any(|l| l.trim() == line),
            "{line:?} in {text:?}"
        );
    }
}

/// The words are where the pages put them: x from the left, the baseline from the top
/// (not from the bottom, PDF's own origin), and as wide as the engine measured them
/// (the font's advances, no kerning).
#[test]
fn words_are_at_their_places_with_their_widths() {
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let pages = sample();
    let file = write(
        dir.path(),
        "a.pdf",
        &pdf(&pages, &PdfOptions::default()).expect("pdf"),
    );
    let html = pdftotext_with(&["-bbox", "-f", "1", "-l", "1"], &file);
    // <word xMin="85.000000" yMin="…" xMax="…" yMax="…">Nghị</word>
    let words: Vec<(f32, f32, f32, f32, String)> = html
        .lines()
        .filter_map(|l| {
            let l = l.trim().strip_prefix("<word ")?;
            let num = |key: &str| -> f32 {
                let rest = &l[l.find(&format!("{key}=\"")).expect(key) + key.len() + 2..];
                rest[..rest.find('"').expect("quote")]
                    .parse()
                    .expect("number")
            };
            let word = &l[l.find('>').expect(">") + 1..l.find("</word>").expect("end")];
            Some((
                num("xMin"),
                num("yMin"),
                num("xMax"),
                num("yMax"),
                word.to_owned(),
            ))
        })
        .collect();
    let Item::Text(first) = &pages.pages[0].items[0] else {
        panic!("text first")
    };
    let (x0, y0, _, y1, w) = words.first().unwrap_or_else(|| panic!("words in {html}"));
    assert_eq!(w, "Nghị");
    assert!((x0 - first.x_pt).abs() < 0.1, "x {x0} for {}", first.x_pt);
    assert!(
        *y0 < first.baseline_pt && first.baseline_pt < *y1,
        "baseline {} within {y0}–{y1}",
        first.baseline_pt
    );
    assert!(
        first.baseline_pt - y0 > 0.5 * first.size_pt,
        "above the baseline"
    );
    // The whole line, ending with "ban", as wide as measured.
    let last = words
        .iter()
        .filter(|(_, y, ..)| (y - y0).abs() < 0.5)
        .max_by(|a, b| a.2.total_cmp(&b.2))
        .expect("a last word");
    assert_eq!(last.4, "ban");
    let end = first.x_pt + first.width_pt;
    assert!(
        (last.2 - end).abs() < 0.1,
        "line ends at {} not {end}",
        last.2
    );
    // Each justified word at its own x.
    for item in &pages.pages[0].items {
        let Item::Text(t) = item else { continue };
        if (t.baseline_pt - 230.0).abs() > 0.1 {
            continue;
        }
        assert!(
            words
                .iter()
                .any(|(x, _, _, _, w)| w == &t.text && (x - t.x_pt).abs() < 0.1),
            "{} at {}",
            t.text,
            t.x_pt
        );
    }
}

#[test]
fn fonts_are_embedded_and_subset() {
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "a.pdf",
        &pdf(&sample(), &PdfOptions::default()).expect("pdf"),
    );
    let list = run("pdffonts", &[], &file);
    // name type encoding emb sub uni object ID
    let rows: Vec<&str> = list.lines().skip(2).collect();
    assert_eq!(rows.len(), 4, "the four faces: {list}");
    let mut names: Vec<&str> = rows
        .iter()
        .filter_map(|r| r.split_whitespace().next()?.split_once('+'))
        .map(|(_, name)| name)
        .collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "LiberationSerif",
            "LiberationSerif-Bold",
            "LiberationSerif-BoldItalic",
            "LiberationSerif-Italic"
        ],
        "{list}"
    );
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb sub uni: {row}"
        );
    }
}

#[test]
fn metadata_page_count_and_a4_size() {
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "a.pdf",
        &pdf(&sample(), &PdfOptions::default()).expect("pdf"),
    );
    let info = run("pdfinfo", &[], &file);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}:")))
            .map(str::trim)
            .unwrap_or_else(|| panic!("{name} in {info}"))
            .to_owned()
    };
    assert_eq!(field("Title"), "Nghị quyết về công tác xây dựng Đảng");
    assert_eq!(field("Author"), "Tỉnh ủy Lâm Đồng");
    assert_eq!(field("Creator"), "vanban");
    assert_eq!(field("Pages"), "2");
    assert!(
        field("Page size").starts_with("595.28 x 841.89 pts (A4)"),
        "{info}"
    );
    // The picture is in the file, once.
    let images = run("pdfimages", &["-list"], &file);
    assert_eq!(images.lines().count(), 3, "one image: {images}");
}

#[test]
fn a_page_range_keeps_only_its_pages() {
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let options = PdfOptions {
        pages: Some(2..=2),
        ..PdfOptions::default()
    };
    let file = write(
        dir.path(),
        "p2.pdf",
        &pdf(&sample(), &options).expect("pdf"),
    );
    let info = run("pdfinfo", &[], &file);
    assert!(info.contains("\nPages:           1\n"), "{info}");
    let text = pdftotext(&file);
    assert!(text.contains("Trang hai của văn bản"), "{text}");
    assert!(!text.contains("Tỉnh ủy"), "page 1 left out: {text}");
    // Past the end: the pages there are; nothing at all is a Vietnamese refusal.
    let past = PdfOptions {
        pages: Some(2..=9),
        ..PdfOptions::default()
    };
    assert!(pdf(&sample(), &past).is_ok());
    let none = PdfOptions {
        pages: Some(5..=9),
        ..PdfOptions::default()
    };
    let e = pdf(&sample(), &none).expect_err("no page").to_string();
    assert!(e.contains("không có trang nào"), "{e}");
}

#[test]
fn pdfa_2b_is_declared_and_well_formed() {
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let options = PdfOptions {
        pdfa: true,
        ..PdfOptions::default()
    };
    let file = write(
        dir.path(),
        "a.pdf",
        &pdf(&sample(), &options).expect("pdf/a"),
    );
    let meta = run("pdfinfo", &["-meta"], &file);
    assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "{meta}");
    assert!(
        meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "{meta}"
    );
    assert!(
        meta.contains("<dc:language><rdf:Bag><rdf:li>vi</rdf:li></rdf:Bag></dc:language>"),
        "language in XMP: {meta}"
    );
    let info = run("pdfinfo", &[], &file);
    assert!(
        info.lines()
            .any(|l| l.starts_with("PDF version:") && l.ends_with(" 1.7")),
        "{info}"
    );
    assert!(pdftotext(&file).contains(SUBJECT));
    // qpdf checks the file's structure (cross-reference table, streams).
    if tool_available("qpdf", "--version") {
        let out = Command::new("qpdf")
            .arg("--check")
            .arg(&file)
            .output()
            .expect("qpdf");
        assert!(out.status.success(), "qpdf --check: {out:?}");
        // The catalog: the document's language and the output intent (the sRGB profile
        // PDF/A needs for its colours).
        let show = |object: &str| {
            let out = Command::new("qpdf")
                .arg(format!("--show-object={object}"))
                .arg(&file)
                .output()
                .expect("qpdf");
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let trailer = show("trailer");
        let root = trailer
            .split("/Root ")
            .nth(1)
            .and_then(|r| r.split(' ').next())
            .unwrap_or_else(|| panic!("/Root in {trailer}"))
            .to_owned();
        let catalog = show(&root);
        assert!(catalog.contains("/Lang (vi)"), "{catalog}");
        assert!(catalog.contains("/OutputIntents"), "{catalog}");
    }
}

#[test]
fn pdfa_refuses_a_character_the_font_lacks_in_vietnamese() {
    let mut pages = sample();
    pages.pages[1]
        .items
        .push(text(85.0, 300.0, 14.0, false, false, "Biểu tượng 😀"));
    // A plain PDF draws the font's empty box and goes on.
    assert!(pdf(&pages, &PdfOptions::default()).is_ok());
    let options = PdfOptions {
        pdfa: true,
        ..PdfOptions::default()
    };
    let e = pdf(&pages, &options).expect_err("notdef").to_string();
    assert!(e.contains("PDF/A") && e.contains("😀"), "{e}");
    assert!(e.contains("không có trong phông chữ"), "{e}");
}

#[test]
fn a_broken_picture_is_a_vietnamese_error() {
    let mut pages = sample();
    pages.pages[1].items.push(Item::Image(Image {
        x_pt: 10.0,
        y_pt: 10.0,
        width_pt: 10.0,
        height_pt: 10.0,
        png: Arc::new(b"not a png".to_vec()),
    }));
    let e = pdf(&pages, &PdfOptions::default())
        .expect_err("bad png")
        .to_string();
    assert!(
        e.contains("Không tạo được tệp PDF") && e.contains("trang 2"),
        "{e}"
    );
    assert!(e.contains("PNG"), "{e}");
    // Numbered as printed, also in a PDF of a range.
    let only_2 = PdfOptions {
        pages: Some(2..=2),
        ..PdfOptions::default()
    };
    let e = pdf(&pages, &only_2).expect_err("bad png").to_string();
    assert!(e.contains("trang 2:"), "{e}");
}

/// A NaN or infinite place (a layout bug) leaves the item out, never an invalid file.
#[test]
fn items_at_no_real_place_are_left_out() {
    let mut pages = sample();
    let items = &mut pages.pages[1].items;
    items.push(text(f32::NAN, 300.0, 14.0, false, false, "NaN"));
    items.push(text(85.0, f32::INFINITY, 14.0, false, false, "vô cực"));
    items.push(Item::Line(Line {
        x0_pt: 0.0,
        y0_pt: f32::NAN,
        x1_pt: 10.0,
        y1_pt: 10.0,
        width_pt: 1.0,
    }));
    items.push(Item::Image(Image {
        x_pt: 10.0,
        y_pt: 10.0,
        width_pt: f32::INFINITY,
        height_pt: 10.0,
        png: Arc::new(PNG.to_vec()),
    }));
    let bytes = pdf(&pages, &PdfOptions::default()).expect("pdf");
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let text = pdftotext(&write(dir.path(), "a.pdf", &bytes));
    assert!(text.contains("Trang hai của văn bản"), "{text}");
    assert!(!text.contains("NaN") && !text.contains("vô cực"), "{text}");
}

#[test]
fn no_pages_is_a_vietnamese_error() {
    let e = pdf(&Pages::default(), &PdfOptions::default())
        .expect_err("empty")
        .to_string();
    assert!(e.contains("không có trang nào"), "{e}");
}
