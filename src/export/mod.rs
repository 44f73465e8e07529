//! DOCX export: a document laid out by a rule set, as Word expects it.

mod appendix;
pub(crate) mod body;
mod closing;
pub mod esign;
mod header;
pub(crate) mod package;
mod parts;
pub mod pdf;
pub(crate) mod runs;
pub(crate) mod schema_order;
pub mod styles;
pub(crate) mod units;

pub use pdf::{pdf, PdfOptions};

use crate::error::Error;
use crate::model::Document;
use crate::rules::{mm_to_twips, RuleSet};
use docx_rs::{Docx, FieldCharType, Header, InstrPAGE, InstrText, PageMargin, Paragraph, Run};
use std::path::Path;

/// The rule set's margins, and the page number's distance from the edge.
pub(crate) fn page_margin(rules: &RuleSet) -> PageMargin {
    let page = &rules.page;
    let twips = |mm: f32| mm_to_twips(mm) as i32;
    PageMargin::new()
        .top(twips(page.margin_top_mm))
        .bottom(twips(page.margin_bottom_mm))
        .left(twips(page.margin_left_mm))
        .right(twips(page.margin_right_mm))
        .header(twips(rules.page_number.from_top_mm))
        .footer(twips(rules.page_number.from_top_mm))
        .gutter(0)
}

pub use esign::{Electronic, ExportOptions, MarkPng};

/// The DOCX file's bytes: the paper version.
pub fn docx(doc: &Document, rules: &RuleSet) -> Result<Vec<u8>, Error> {
    docx_with(doc, rules, &ExportOptions::default())
}

/// The DOCX file's bytes, as `options` ask: the paper version, or the electronic one with
/// the signature and seal images in the signer's block.
pub fn docx_with(
    doc: &Document,
    rules: &RuleSet,
    options: &ExportOptions,
) -> Result<Vec<u8>, Error> {
    if options.electronic.is_some() {
        esign::rules_of(rules)?;
        let lines = crate::layout::signature_lines(doc, rules);
        if lines.title.is_empty() && lines.authority.is_none() {
            return Err(Error::Export(
                "bản điện tử đặt chữ ký dưới dòng chức vụ của người ký, mà văn bản chưa có chức vụ người ký.".into(),
            ));
        }
    }
    let page = &rules.page;
    let margins = page_margin(rules);

    let mut d = Docx::new()
        .page_size(mm_to_twips(page.width_mm), mm_to_twips(page.height_mm))
        .page_margin(margins)
        .default_fonts(styles::fonts(rules))
        .default_size(units::half_points(rules.body.size_pt));
    for s in styles::all(rules) {
        d = d.add_style(s);
    }

    // LibreOffice puts an empty paragraph of its own before a table that opens a document
    // with footnotes, pushing the header a line (≈ 6 mm) down; a hairline paragraph first
    // keeps page 1 the same in LibreOffice and Word.
    for p in parts::circulation_frame(doc, rules) {
        d = d.add_paragraph(p);
    }
    d = d.add_paragraph(hairline_paragraph());
    d = d.add_table(header::header_table(doc, rules));
    for p in header::title_block(doc, rules)
        .into_iter()
        .chain(parts::addressee_block(doc, rules))
        .chain(parts::bases_block(doc, rules))
    {
        d = d.add_paragraph(p);
    }
    // The body is written apart, paragraph by paragraph, and takes the place of this
    // marker paragraph in document.xml. The marker cites the body's footnotes, so that
    // docx-rs writes them (with their relationship) as if the body were its own.
    let mut body = body::write(doc, rules);
    let appendices = if doc.appendices.is_empty() {
        None
    } else {
        Some(appendix::write(
            doc,
            rules,
            &hairline_paragraph(),
            &mut body,
        )?)
    };
    let marker = body
        .notes
        .into_iter()
        .fold(Paragraph::new().style(BODY_MARKER), |p, note| {
            p.add_run(Run::new().add_footnote_reference(note))
        });
    d = d.add_paragraph(marker);
    // A table takes no spacing of its own: an empty paragraph of exactly that height
    // keeps the closing block apart from the last paragraph, and with it on its page.
    d = d.add_paragraph(
        Paragraph::new()
            .style(styles::BLOCK)
            .keep_next(true)
            .line_spacing(
                docx_rs::LineSpacing::new()
                    .line_rule(docx_rs::LineSpacingType::Exact)
                    .line(units::pt_to_twips(rules.signature.space_before_pt) as i32),
            ),
    );
    d = d.add_table(closing::closing_table(doc, rules, options.electronic));
    if let Some(p) = parts::not_for_media(doc, rules) {
        d = d.add_paragraph(p);
    }
    // With appendices, a marker where they go: the hairline that ends the document's
    // section comes with them.
    d = d.add_paragraph(match appendices {
        Some(_) => Paragraph::new().style(APPENDIX_MARKER),
        None => hairline_paragraph(),
    });

    d = d.header(Header::new().add_paragraph(page_number_paragraph()));
    if !rules.page_number.on_first_page {
        // An empty first-page header (and titlePg) keeps page 1 unnumbered; package.rs
        // gives it the one empty paragraph Word requires of a header story.
        d = d.first_header(Header::new());
    }

    let mut parts = d.build();
    parts.document = splice(&parts.document, BODY_MARKER, &body.xml)?;
    if options.electronic.is_some() {
        parts.document = esign::finish_xml(&parts.document);
    }
    if let Some(a) = appendices {
        parts.document = with_appendices(&parts.document, a, rules)?;
    }
    let meta = package::Meta {
        mirror_margins: page.mirror_margins,
        creator: &doc.issuer.name,
        time: export_time(),
    };
    package::finish(parts, &meta)
}

/// The style ids of the paragraphs that stand for the body and the appendices until they
/// are spliced in; never in a finished file.
const BODY_MARKER: &str = "VBBodyGoesHere";
const APPENDIX_MARKER: &str = "VBAppendicesGoHere";

/// document.xml with the appendices after the closing block, the document's section
/// ended before them and the last appendix's section closing the body.
fn with_appendices(
    document: &[u8],
    appendices: appendix::Appendices,
    rules: &RuleSet,
) -> Result<Vec<u8>, Error> {
    let (start, end) = appendix::closing_section(document)
        .ok_or_else(|| Error::Export("document.xml has no section properties".into()))?;
    let own = String::from_utf8_lossy(&document[start..end]).into_owned();
    let (xml, last) = appendices.with_sections(&own, rules);
    let mut closed = Vec::with_capacity(document.len() + last.len());
    closed.extend_from_slice(&document[..start]);
    closed.extend_from_slice(last.as_bytes());
    closed.extend_from_slice(&document[end..]);
    splice(&closed, APPENDIX_MARKER, xml.as_bytes())
}

/// document.xml with the paragraph of style `marker` replaced by `xml`.
fn splice(document: &[u8], marker: &str, xml: &[u8]) -> Result<Vec<u8>, Error> {
    let body = xml;
    let marker = format!("<w:pStyle w:val=\"{marker}\"");
    let find = |hay: &[u8], needle: &[u8], from: usize| {
        hay[from..]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|i| i + from)
    };
    let missing = || Error::Export("the body's place was not found in document.xml".into());
    let at = find(document, marker.as_bytes(), 0).ok_or_else(missing)?;
    // The marker's own start tag: "<w:p " or "<w:p>", not "<w:pPr>".
    let start = document[..at]
        .windows(5)
        .rposition(|w| w == b"<w:p " || w == b"<w:p>")
        .ok_or_else(missing)?;
    let end = find(document, b"</w:p>", at).ok_or_else(missing)? + b"</w:p>".len();
    let mut out = Vec::with_capacity(document.len() + body.len());
    out.extend_from_slice(&document[..start]);
    out.extend_from_slice(body);
    out.extend_from_slice(&document[end..]);
    Ok(out)
}

/// Now, in seconds since 1970; SOURCE_DATE_EPOCH instead when set (reproducible files).
pub(crate) fn export_time() -> u64 {
    if let Some(t) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse().ok())
    {
        return t;
    }
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Exports to `path` atomically: an existing file is replaced whole or not at all.
pub fn docx_to_file(doc: &Document, rules: &RuleSet, path: &Path) -> Result<(), Error> {
    docx_to_file_with(doc, rules, &ExportOptions::default(), path)
}

/// [`docx_to_file`] as `options` ask.
pub fn docx_to_file_with(
    doc: &Document,
    rules: &RuleSet,
    options: &ExportOptions,
    path: &Path,
) -> Result<(), Error> {
    let bytes = docx_with(doc, rules, options)?;
    crate::store::write_atomic(path, &bytes)
}

/// Height of a hairline paragraph's line and size of its mark: 1 pt (20 twips, 2
/// half-points), the least Word draws. Technical constants, not a layout choice.
const HAIRLINE_TWIPS: i32 = 20;
const HAIRLINE_HALF_POINTS: usize = 2;

/// An empty paragraph 1 pt high, with no spacing and no keep-next. The body ends with
/// one: Word appends an empty paragraph after a final table, and this one takes its place
/// without pushing a page of its own after a closing block that ends at the bottom margin.
fn hairline_paragraph() -> Paragraph {
    Paragraph::new()
        .style(styles::BLOCK)
        .size(HAIRLINE_HALF_POINTS)
        .line_spacing(
            docx_rs::LineSpacing::new()
                .before(0)
                .after(0)
                .line_rule(docx_rs::LineSpacingType::Exact)
                .line(HAIRLINE_TWIPS),
        )
}

/// The centred PAGE field; its look comes from the VBPageNumber style.
fn page_number_paragraph() -> Paragraph {
    // One field character per run, as Word writes it.
    let runs = [
        Run::new().add_field_char(FieldCharType::Begin, false),
        Run::new().add_instr_text(InstrText::PAGE(InstrPAGE::new())),
        Run::new().add_field_char(FieldCharType::Separate, false),
        Run::new().add_text("2"),
        Run::new().add_field_char(FieldCharType::End, false),
    ];
    runs.into_iter().fold(
        Paragraph::new().style(styles::PAGE_NUMBER),
        Paragraph::add_run,
    )
}
