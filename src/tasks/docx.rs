//! The table as a DOCX annex (phụ lục) to the conclusion: a landscape A4 page in the rule
//! set's font and margins, "PHỤ LỤC" and the title centred in bold, the line naming the
//! document it goes with in italics, then the table, its header row repeated on each page.
//! The package is finished by the export's own pass (`export::package`), so the file meets
//! Word's schema like every export.

use super::{annex_reference, TaskRow, ANNEX_LABEL, COLUMNS, TABLE_SIZE_PT, TITLE};
use crate::error::Error;
use crate::export::package::{self, Meta};
use crate::export::runs::formatted;
use crate::export::schema_order::{self, Element, Node};
use crate::export::styles::{self, BLOCK};
use crate::export::{export_time, units};
use crate::model::Document;
use crate::rules::{mm_to_twips, RuleSet, TextFormat};
use docx_rs::{
    AlignmentType, Docx, LineSpacing, PageOrientationType, Paragraph, Table, TableCell,
    TableLayoutType, TableRow, VAlignType, WidthType,
};

/// Each column's share of the text width, in percent, in the order of [`COLUMNS`].
const SHARES: [u32; 7] = [5, 31, 15, 15, 10, 13, 11];

/// The annex's bytes.
pub fn annex_docx(rows: &[TaskRow], doc: &Document, rules: &RuleSet) -> Result<Vec<u8>, Error> {
    let page = &rules.page;
    let margins = crate::export::page_margin(rules);
    // Landscape: the rule set's portrait page turned, its margins kept.
    let mut d = Docx::new()
        .page_size(mm_to_twips(page.height_mm), mm_to_twips(page.width_mm))
        .page_orient(PageOrientationType::Landscape)
        .page_margin(margins)
        .default_fonts(styles::fonts(rules))
        .default_size(units::half_points(TABLE_SIZE_PT));
    for s in styles::all(rules) {
        d = d.add_style(s);
    }

    let heading = TextFormat {
        size_pt: rules.title.subject.size_pt,
        bold: true,
        italic: false,
        underline: false,
        caps: false,
    };
    let italic = TextFormat {
        size_pt: rules.body.size_pt,
        bold: false,
        italic: true,
        ..heading.clone()
    };
    d = d
        .add_paragraph(centred(ANNEX_LABEL, &heading))
        .add_paragraph(centred(TITLE, &heading))
        .add_paragraph(
            centred(&annex_reference(doc, rules), &italic).line_spacing(
                LineSpacing::new()
                    .before(0)
                    .after(units::pt_to_twips(rules.title.space_after_pt)),
            ),
        );
    let text_mm = page.height_mm - page.margin_left_mm - page.margin_right_mm;
    d = d.add_table(table(rows, mm_to_twips(text_mm) as usize));
    // Word ends a document with a paragraph, and wants one after a final table.
    d = d.add_paragraph(Paragraph::new().style(BLOCK));

    let mut parts = d.build();
    parts.document = repeat_header_row(&parts.document)?;
    let meta = Meta {
        mirror_margins: page.mirror_margins,
        creator: &doc.issuer.name,
        time: export_time(),
    };
    package::finish(parts, &meta)
}

fn centred(text: &str, f: &TextFormat) -> Paragraph {
    Paragraph::new()
        .style(BLOCK)
        .align(AlignmentType::Center)
        .add_run(formatted(text, f))
}

/// The bordered table across the text width (`width` twips), rows never split.
fn table(rows: &[TaskRow], width: usize) -> Table {
    let widths: Vec<usize> = SHARES.iter().map(|s| width * *s as usize / 100).collect();
    let text = TextFormat {
        size_pt: TABLE_SIZE_PT,
        bold: false,
        italic: false,
        underline: false,
        caps: false,
    };
    let bold = TextFormat {
        bold: true,
        ..text.clone()
    };
    let cell = |i: usize, lines: &[&str], f: &TextFormat, align: AlignmentType| {
        let lines = if lines.is_empty() { &[""][..] } else { lines };
        lines.iter().fold(
            TableCell::new()
                .width(widths[i], WidthType::Dxa)
                .vertical_align(if f.bold {
                    VAlignType::Center
                } else {
                    VAlignType::Top
                }),
            |c, line| {
                c.add_paragraph(
                    Paragraph::new()
                        .style(BLOCK)
                        .align(align)
                        .add_run(formatted(line, f)),
                )
            },
        )
    };
    let header = TableRow::new(
        COLUMNS
            .iter()
            .enumerate()
            .map(|(i, name)| cell(i, &[name], &bold, AlignmentType::Center))
            .collect(),
    )
    .cant_split();
    let mut out = vec![header];
    for r in rows {
        let number = r.number.to_string();
        let deadline = r.deadline_text();
        let cooperating: Vec<&str> = r.cooperating.iter().map(String::as_str).collect();
        let left = AlignmentType::Left;
        let centre = AlignmentType::Center;
        out.push(
            TableRow::new(vec![
                cell(0, &[&number], &text, centre),
                cell(1, &[&r.content], &text, AlignmentType::Both),
                cell(2, &[&r.lead], &text, left),
                cell(3, &cooperating, &text, left),
                cell(4, &[&deadline], &text, centre),
                cell(5, &[&r.assigned_by], &text, left),
                cell(6, &[r.status.label()], &text, centre),
            ])
            .cant_split(),
        );
    }
    Table::new(out)
        .set_grid(widths.clone())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// document.xml with the table's first row marked as its header (`w:tblHeader`): Word
/// repeats it at the top of every page. docx-rs cannot write the mark.
fn repeat_header_row(document: &[u8]) -> Result<Vec<u8>, Error> {
    let mut part = schema_order::parse(document)?;
    let missing = || Error::Export("the annex's table was not found in document.xml".into());
    let row = part
        .root
        .elements_mut()
        .find(|e| e.name == "w:body")
        .and_then(|body| body.elements_mut().find(|e| e.name == "w:tbl"))
        .and_then(|tbl| tbl.elements_mut().find(|e| e.name == "w:tr"))
        .ok_or_else(missing)?;
    let pr = row.find_or_add("w:trPr");
    if !pr.contains("w:tblHeader") {
        pr.children.push(Node::Element(Element::new("w:tblHeader")));
    }
    Ok(part.to_bytes())
}
