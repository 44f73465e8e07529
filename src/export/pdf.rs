//! PDF export of laid-out pages (`crate::page::Pages`): every word where the layout engine
//! put it, in the bundled Liberation Serif faces (embedded, subset), with its text kept
//! extractable (a ToUnicode entry per glyph), so a search or a copy from the PDF gives the
//! Vietnamese back. PDF/A-2b on request, for archiving.
//!
//! Words are drawn glyph by glyph with the font's own advances and no shaping or kerning:
//! that is how the engine measured them (as `layout::measure` and Word do), so a justified
//! line ends exactly at the margin the engine computed.

use crate::error::Error;
use crate::fonts;
use crate::model::Document;
use crate::page::{Item, Page, Pages};
use crate::rules::RuleSet;
use krilla::configure::{Archival, ConfigurationBuilder, ValidationError};
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Size, Transform};
use krilla::image::Image;
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document as PdfDocument, SerializeSettings};
use skrifa::instance::{LocationRef, Size as FontSize};
use skrifa::MetadataProvider;
use std::ops::RangeInclusive;
use unicode_normalization::UnicodeNormalization;

/// What kind of PDF to write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfOptions {
    /// PDF/A-2b (ISO 19005-2, level B): the archival form, self-contained and checked by
    /// krilla's validator while writing.
    pub pdfa: bool,
    /// Only these pages, numbered from 1 as printed (for printing a range); all when `None`.
    /// Numbers past the last page are ignored; a range that keeps no page is an error.
    pub pages: Option<RangeInclusive<usize>>,
}

/// The PDF of a document under a rule set: the pages the preview shows
/// (`page::layout`), written by `pdf`.
pub fn document(doc: &Document, rules: &RuleSet, options: &PdfOptions) -> Result<Vec<u8>, Error> {
    pdf(&crate::page::layout(doc, rules), options)
}

/// The electronic version's PDF: the same pages with the signature and the seal placed in
/// the signer's block (`layout::esign`, as in the electronic DOCX).
pub fn electronic(
    doc: &Document,
    rules: &RuleSet,
    images: &crate::layout::esign::Electronic,
    options: &PdfOptions,
) -> Result<Vec<u8>, Error> {
    pdf(&crate::page::layout_with(doc, rules, Some(images)), options)
}

/// The PDF file's bytes for `pages`.
pub fn pdf(pages: &Pages, options: &PdfOptions) -> Result<Vec<u8>, Error> {
    // (page number as printed, page)
    let selected: Vec<(usize, &Page)> = pages
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| (i + 1, p))
        .filter(|(n, _)| options.pages.as_ref().is_none_or(|r| r.contains(n)))
        .collect();
    if selected.is_empty() {
        return Err(Error::Pdf(match &options.pages {
            Some(r) => format!(
                "không có trang nào trong khoảng {}–{} (văn bản có {} trang)",
                r.start(),
                r.end(),
                pages.pages.len()
            ),
            None => "văn bản không có trang nào".to_owned(),
        }));
    }

    let mut settings = SerializeSettings {
        // No tag tree is built (yet): level B of PDF/A does not ask for one.
        enable_tagging: false,
        ..SerializeSettings::default()
    };
    if options.pdfa {
        settings.configuration = ConfigurationBuilder::new()
            .with_archival_validator(Archival::A2_B)
            .finish()
            .map_err(|e| Error::Pdf(format!("cấu hình PDF/A không hợp lệ ({e:?})")))?;
    }
    let mut document = PdfDocument::new_with(settings);
    let faces = Faces::load()?;
    for &(number, page) in &selected {
        let size = PageSettings::from_wh(page.width_pt, page.height_pt).ok_or_else(|| {
            Error::Pdf(format!(
                "trang {number} có kích thước không hợp lệ ({} × {} pt)",
                page.width_pt, page.height_pt
            ))
        })?;
        let mut pdf_page = document.start_page_with(size);
        let mut surface = pdf_page.surface();
        let drawn = draw_page(&mut surface, page, &faces);
        surface.finish();
        pdf_page.finish();
        drawn.map_err(|e| Error::Pdf(format!("trang {number}: {e}")))?;
    }
    document.set_metadata(metadata(pages));
    document.finish().map_err(|e| Error::Pdf(explain(&e)))
}

/// The four serif faces, each as krilla embeds it and as skrifa reads its character map
/// and advances.
struct Faces {
    faces: [(Font, skrifa::FontRef<'static>); 4],
}

impl Faces {
    fn load() -> Result<Self, Error> {
        let face = |bold, italic| {
            let bytes = fonts::serif(bold, italic);
            match (Font::new(bytes.into(), 0), skrifa::FontRef::new(bytes).ok()) {
                (Some(font), Some(read)) => Ok((font, read)),
                // The fonts are bundled in the binary: only a broken build gets here.
                _ => Err(Error::Pdf(
                    "phông chữ kèm theo chương trình bị hỏng".to_owned(),
                )),
            }
        };
        Ok(Self {
            faces: [
                face(false, false)?,
                face(true, false)?,
                face(false, true)?,
                face(true, true)?,
            ],
        })
    }

    fn get(&self, bold: bool, italic: bool) -> &(Font, skrifa::FontRef<'static>) {
        &self.faces[usize::from(bold) + 2 * usize::from(italic)]
    }
}

/// Whether all these numbers can be written into a content stream. A NaN or infinite
/// place or size is a layout bug; the item is left out rather than the file made invalid.
fn finite(numbers: &[f32]) -> bool {
    numbers.iter().all(|n| n.is_finite())
}

fn draw_page(surface: &mut Surface, page: &Page, faces: &Faces) -> Result<(), String> {
    let mut items = page.items.iter().peekable();
    while let Some(item) = items.next() {
        match item {
            Item::Text(t) => {
                if !finite(&[t.x_pt, t.baseline_pt, t.size_pt]) || t.size_pt <= 0.0 {
                    continue;
                }
                // The words that follow on the same baseline in the same face and size are
                // one run of glyphs, a space glyph as wide as each gap between them: one
                // text object per line instead of one per word (the PDF is written several
                // times faster), and readers extract the spaces.
                let mut run = vec![t];
                while let Some(Item::Text(next)) = items.peek() {
                    let last = run[run.len() - 1];
                    let same = next.baseline_pt == t.baseline_pt
                        && next.size_pt == t.size_pt
                        && next.bold == t.bold
                        && next.italic == t.italic
                        && finite(&[next.x_pt])
                        && next.x_pt >= last.x_pt + last.width_pt - 0.01;
                    if !same {
                        break;
                    }
                    run.push(next);
                    items.next();
                }
                let (font, read) = faces.get(t.bold, t.italic);
                let (text, glyphs) = glyph_run(&run, read);
                surface.set_stroke(None);
                surface.set_fill(Some(Fill::default()));
                // krilla's page origin is the top-left corner with y going down, as in
                // `Pages`: the baseline is used as it is.
                surface.draw_glyphs(
                    Point::from_xy(t.x_pt, t.baseline_pt),
                    &glyphs,
                    font.clone(),
                    &text,
                    t.size_pt,
                    false,
                );
            }
            Item::Line(l) => {
                if !finite(&[l.x0_pt, l.y0_pt, l.x1_pt, l.y1_pt, l.width_pt]) || l.width_pt <= 0.0 {
                    continue;
                }
                let mut path = PathBuilder::new();
                path.move_to(l.x0_pt, l.y0_pt);
                path.line_to(l.x1_pt, l.y1_pt);
                let Some(path) = path.finish() else { continue };
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    width: l.width_pt,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
            Item::Image(img) => {
                if !finite(&[img.x_pt, img.y_pt, img.width_pt, img.height_pt]) {
                    continue;
                }
                let Some(size) = Size::from_wh(img.width_pt, img.height_pt) else {
                    continue;
                };
                let image = Image::from_png(img.png.clone().into(), false).map_err(|e| {
                    format!("ảnh (chữ ký hoặc con dấu) không phải tệp PNG đọc được ({e})")
                })?;
                surface.push_transform(&Transform::from_translate(img.x_pt, img.y_pt));
                surface.draw_image(image, size);
                surface.pop();
            }
        }
    }
    Ok(())
}

/// One glyph per character of a run of words, each with its own advance and the byte range
/// of its character, so that the PDF maps every glyph back to its text; between two words a
/// space glyph whose advance reaches the next word's place. A character the font lacks is
/// the empty glyph with the advance of "n", as the engine measured it.
fn glyph_run(run: &[&crate::page::Text], font: &skrifa::FontRef) -> (String, Vec<KrillaGlyph>) {
    let charmap = font.charmap();
    // Size 1: advances per em, the unit krilla wants.
    let metrics = font.glyph_metrics(FontSize::new(1.0), LocationRef::default());
    let fallback = charmap
        .map('n')
        .and_then(|g| metrics.advance_width(g))
        .unwrap_or(0.5);
    let mut text = String::new();
    let mut glyphs = Vec::new();
    let mut glyph = |text: &mut String, c: char, advance: Option<f32>| {
        let id = charmap.map(c);
        let advance = advance.unwrap_or_else(|| {
            id.and_then(|g| metrics.advance_width(g))
                .unwrap_or(fallback)
        });
        let start = text.len();
        text.push(c);
        glyphs.push(KrillaGlyph::new(
            GlyphId::new(id.map_or(0, |g| g.to_u32())),
            advance,
            0.0,
            0.0,
            0.0,
            start..text.len(),
            None,
        ));
        advance
    };
    let size = run.first().map_or(1.0, |t| t.size_pt);
    let mut pen = run.first().map_or(0.0, |t| t.x_pt);
    for (i, t) in run.iter().enumerate() {
        if i > 0 {
            // The gap to this word, as a space (never negative: the run is in order).
            let gap = ((t.x_pt - pen) / size).max(0.0);
            pen += glyph(&mut text, ' ', Some(gap)) * size;
        }
        // The model keeps text in NFC already; normalise only what is not.
        if unicode_normalization::is_nfc_quick(t.text.chars())
            == unicode_normalization::IsNormalized::Yes
        {
            for c in t.text.chars() {
                pen += glyph(&mut text, c, None) * size;
            }
        } else {
            for c in t.text.nfc() {
                pen += glyph(&mut text, c, None) * size;
            }
        }
    }
    (text, glyphs)
}

fn metadata(pages: &Pages) -> Metadata {
    let mut m = Metadata::new()
        .creator("vanban".to_owned())
        .language("vi".to_owned())
        .creation_date(now());
    if !pages.title.trim().is_empty() {
        m = m.title(pages.title.nfc().collect());
    }
    if !pages.author.trim().is_empty() {
        m = m.authors(vec![pages.author.nfc().collect()]);
    }
    m
}

/// The time of writing, in UTC: PDF/A requires a creation date.
fn now() -> DateTime {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let date = crate::model::DocDate::from_days_since_1970(secs.div_euclid(86_400));
    let time = secs.rem_euclid(86_400);
    DateTime::new(date.year)
        .month(date.month.unwrap_or(1))
        .day(date.day.unwrap_or(1))
        .hour((time / 3600) as u8)
        .minute((time / 60 % 60) as u8)
        .second((time % 60) as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// A krilla error in the clerk's words.
fn explain(e: &KrillaError) -> String {
    match e {
        KrillaError::Validation(errors) => {
            let mut reasons: Vec<String> = errors.iter().map(|(v, _)| validation(v)).collect();
            reasons.dedup();
            format!("bản PDF/A không đạt chuẩn: {}", reasons.join("; "))
        }
        KrillaError::Font(_, why) => format!("không nhúng được phông chữ ({why})"),
        KrillaError::Image(..) | KrillaError::SixteenBitImage(..) => {
            format!("ảnh (chữ ký hoặc con dấu) không đọc được ({e})")
        }
        other => format!("lỗi khi ghi PDF ({other})"),
    }
}

fn validation(v: &ValidationError) -> String {
    match v {
        ValidationError::ContainsNotDefGlyph(_, _, text) => format!(
            "ký tự “{text}” không có trong phông chữ Times (Liberation Serif); hãy thay ký tự này, hoặc xuất PDF thường"
        ),
        ValidationError::TooLongString => {
            "một chuỗi quá dài (tiêu đề hoặc tên cơ quan quá 32 767 ký tự)".to_owned()
        }
        ValidationError::NoDocumentTitle => "văn bản chưa có tiêu đề".to_owned(),
        ValidationError::NoDocumentLanguage => "chưa ghi ngôn ngữ của văn bản".to_owned(),
        ValidationError::MissingDocumentDate => "chưa ghi ngày tạo tệp".to_owned(),
        other => format!("yêu cầu của chuẩn không được đáp ứng ({other:?})"),
    }
}
