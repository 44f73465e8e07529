//! Named Word styles built from the rule set, so that a clerk who edits the exported
//! file in Word keeps the look ("VB Nội dung", "VB Đề mục 1."…).

use super::units::{half_points, line_spacing, pt_to_twips};
use crate::model::NumberStyle;
use crate::rules::{mm_to_twips, Align, RuleSet, TextFormat};
use docx_rs::{AlignmentType, LineSpacing, RunFonts, SpecialIndentType, Style, StyleType};

pub const BODY: &str = "VBBody";
pub const TITLE: &str = "VBTitle";
pub const SUBJECT: &str = "VBSubject";
pub const BLOCK: &str = "VBBlock";
pub const RECIPIENTS: &str = "VBRecipients";
pub const SIGNATURE: &str = "VBSignature";
pub const PAGE_NUMBER: &str = "VBPageNumber";
pub const FOOTNOTE_TEXT: &str = "FootnoteText";
pub const FOOTNOTE_REF: &str = "FootnoteReference";

/// Style id of a heading line numbered in `style`.
pub fn heading_id(style: NumberStyle) -> String {
    format!("VBHeading{style:?}")
}

pub fn fonts(rules: &RuleSet) -> RunFonts {
    let f = rules.font.as_str();
    // All four slots: Word picks East-Asian or complex-script fonts for some
    // Vietnamese characters otherwise and substitutes a different face.
    RunFonts::new().ascii(f).hi_ansi(f).east_asia(f).cs(f)
}

pub fn align(a: Align) -> AlignmentType {
    match a {
        Align::Left => AlignmentType::Left,
        Align::Center => AlignmentType::Center,
        Align::Right => AlignmentType::Right,
        Align::Justify => AlignmentType::Both,
    }
}

/// Every paragraph and character style the export uses.
pub fn all(rules: &RuleSet) -> Vec<Style> {
    let body = &rules.body;
    let indent = mm_to_twips(body.first_line_indent_mm) as i32;
    let body_spacing = line_spacing(&body.line)
        .before(pt_to_twips(body.space_before_pt))
        .after(pt_to_twips(body.space_after_pt));
    let single = LineSpacing::new().before(0).after(0);

    let mut styles = vec![
        paragraph(BODY, "VB Nội dung", rules, body.size_pt)
            .align(align(body.align))
            .indent(None, Some(SpecialIndentType::FirstLine(indent)), None, None)
            .line_spacing(body_spacing.clone()),
        formatted(
            paragraph(TITLE, "VB Tên loại", rules, rules.title.kind.size_pt),
            &rules.title.kind,
        )
        .align(AlignmentType::Center)
        .line_spacing(
            LineSpacing::new()
                .before(pt_to_twips(rules.title.space_before_pt))
                .after(0),
        ),
        formatted(
            paragraph(SUBJECT, "VB Trích yếu", rules, rules.title.subject.size_pt),
            &rules.title.subject,
        )
        .align(AlignmentType::Center)
        .line_spacing(single.clone()),
        paragraph(BLOCK, "VB Khối thể thức", rules, body.size_pt)
            .align(AlignmentType::Center)
            .line_spacing(single.clone()),
        paragraph(
            RECIPIENTS,
            "VB Nơi nhận",
            rules,
            rules.recipients.item_size_pt,
        )
        .align(AlignmentType::Left)
        .line_spacing(single.clone()),
        paragraph(SIGNATURE, "VB Chữ ký", rules, body.size_pt)
            .align(AlignmentType::Center)
            .line_spacing(single.clone()),
        paragraph(PAGE_NUMBER, "VB Số trang", rules, rules.page_number.size_pt)
            .align(align(rules.page_number.align))
            .line_spacing(single.clone()),
        paragraph(
            FOOTNOTE_TEXT,
            "footnote text",
            rules,
            rules.footnote.size_pt,
        )
        .align(AlignmentType::Both)
        .line_spacing(single),
        {
            let mut s = Style::new(FOOTNOTE_REF, StyleType::Character).name("footnote reference");
            s.run_property = s
                .run_property
                .vert_align(docx_rs::VertAlignType::SuperScript);
            s
        },
    ];
    for h in &rules.headings {
        let mut s = paragraph(
            &heading_id(h.style),
            &format!("VB Đề mục {}", h.style.example()),
            rules,
            body.size_pt,
        )
        .based_on(BODY)
        .align(align(h.align))
        .line_spacing(body_spacing.clone());
        let first_line = if h.indent { indent } else { 0 };
        s = s.indent(
            None,
            Some(SpecialIndentType::FirstLine(first_line)),
            None,
            None,
        );
        if h.bold {
            s = s.bold();
        }
        if h.italic {
            s = s.italic();
        }
        // A title under its label takes its capitals run by run (see body::section_line).
        if h.caps && !h.title_below {
            s.run_property = s.run_property.caps();
        }
        styles.push(s.next(BODY));
    }
    styles
}

fn paragraph(id: &str, name: &str, rules: &RuleSet, size_pt: f32) -> Style {
    let mut s = Style::new(id, StyleType::Paragraph)
        .name(name)
        .fonts(fonts(rules))
        .size(half_points(size_pt))
        .q_format(true);
    s.paragraph_property = s.paragraph_property.widow_control(rules.body.widow_control);
    s
}

/// Applies bold, italic, underline and caps of `f` to a style.
fn formatted(mut s: Style, f: &TextFormat) -> Style {
    if f.bold {
        s = s.bold();
    }
    if f.italic {
        s = s.italic();
    }
    if f.underline {
        s = s.underline("single");
    }
    if f.caps {
        s.run_property = s.run_property.caps();
    }
    s
}
