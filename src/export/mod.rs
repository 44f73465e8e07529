//! DOCX export: a document laid out by a rule set, as Word expects it.

mod body;
mod closing;
mod header;
mod package;
mod runs;
pub mod styles;
mod units;

use crate::error::Error;
use crate::model::Document;
use crate::rules::{mm_to_twips, RuleSet};
use docx_rs::{Docx, FieldCharType, Header, InstrPAGE, InstrText, PageMargin, Paragraph, Run};
use std::path::Path;

/// The DOCX file's bytes.
pub fn docx(doc: &Document, rules: &RuleSet) -> Result<Vec<u8>, Error> {
    let page = &rules.page;
    let twips = |mm: f32| mm_to_twips(mm) as i32;
    let margins = PageMargin::new()
        .top(twips(page.margin_top_mm))
        .bottom(twips(page.margin_bottom_mm))
        .left(twips(page.margin_left_mm))
        .right(twips(page.margin_right_mm))
        .header(twips(rules.page_number.from_top_mm))
        .footer(twips(rules.page_number.from_top_mm))
        .gutter(0);

    let mut d = Docx::new()
        .page_size(mm_to_twips(page.width_mm), mm_to_twips(page.height_mm))
        .page_margin(margins)
        .default_fonts(styles::fonts(rules))
        .default_size(units::half_points(rules.body.size_pt));
    for s in styles::all(rules) {
        d = d.add_style(s);
    }

    d = d.add_table(header::header_table(doc, rules));
    for p in header::title_block(doc, rules) {
        d = d.add_paragraph(p);
    }
    for p in body::paragraphs(doc, rules) {
        d = d.add_paragraph(p);
    }
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
    d = d.add_table(closing::closing_table(doc, rules));

    d = d.header(page_number_header());
    if !rules.page_number.on_first_page {
        // An empty first-page header (and titlePg) keeps page 1 unnumbered.
        d = d.first_header(Header::new());
    }

    package::finish(d.build(), page.mirror_margins)
}

/// Exports to `path` atomically: an existing file is replaced whole or not at all.
pub fn docx_to_file(doc: &Document, rules: &RuleSet, path: &Path) -> Result<(), Error> {
    let bytes = docx(doc, rules)?;
    crate::store::write_atomic(path, &bytes)
}

/// The centred PAGE field; its look comes from the VBPageNumber style.
fn page_number_header() -> Header {
    let field = Run::new()
        .add_field_char(FieldCharType::Begin, false)
        .add_instr_text(InstrText::PAGE(InstrPAGE::new()))
        .add_field_char(FieldCharType::Separate, false)
        .add_text("2")
        .add_field_char(FieldCharType::End, false);
    Header::new().add_paragraph(Paragraph::new().style(styles::PAGE_NUMBER).add_run(field))
}
