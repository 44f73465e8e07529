//! Appendices (phụ lục, 05-HD p. 25): each a section of its own after the document, on a
//! new page, its pages numbered from 1, landscape when it asks for it.
//!
//! docx-rs writes one section, whose properties close the body. With appendices, the
//! document's own section ends at a hairline paragraph carrying a copy of those
//! properties; each appendix ends the same way with its own, and the last appendix's
//! properties replace the closing ones.

use super::body::{write_appendix, Body};
use super::runs::formatted;
use super::styles::BLOCK;
use super::units::pt_to_twips;
use crate::error::Error;
use crate::layout::parts::appendix_heading;
use crate::model::Document;
use crate::rules::{mm_to_twips, RuleSet};
use docx_rs::{AlignmentType, BuildXML, LineSpacing, Paragraph};

/// The appendices' markup, written before the package (their footnotes must be known
/// then) with a placeholder where each section's properties go, which
/// [`Appendices::with_sections`] fills once docx-rs has written the document's own.
pub struct Appendices {
    xml: String,
    landscape: Vec<bool>,
}

/// The placeholder of section `i` (0: the document, then each appendix but the last).
fn placeholder(i: usize) -> String {
    format!("<!--vanban-section-{i}-->")
}

/// The appendices' markup after the closing block; their footnotes join `body`'s.
pub fn write(
    doc: &Document,
    rules: &RuleSet,
    hairline: &Paragraph,
    body: &mut Body,
) -> Result<Appendices, Error> {
    let mut xml = section_end(hairline, &placeholder(0))?;
    let n = doc.appendices.len();
    for (i, appendix) in doc.appendices.iter().enumerate() {
        for p in heading(doc, i, rules) {
            xml.push_str(&built(&p)?);
        }
        let mut own = Body {
            xml: Vec::new(),
            notes: std::mem::take(&mut body.notes),
        };
        write_appendix(&appendix.body, rules, &mut own);
        body.notes = own.notes;
        xml.push_str(
            &String::from_utf8(own.xml)
                .map_err(|_| Error::Export("an appendix's markup is not UTF-8".into()))?,
        );
        if i + 1 < n {
            xml.push_str(&section_end(hairline, &placeholder(i + 1))?);
        }
    }
    Ok(Appendices {
        xml,
        landscape: doc.appendices.iter().map(|a| a.landscape).collect(),
    })
}

impl Appendices {
    /// The markup with every section's properties in place, given the document's own
    /// (`<w:sectPr>…</w:sectPr>` as docx-rs wrote it), and the last appendix's
    /// properties, which close the body.
    pub fn with_sections(self, document_section: &str, rules: &RuleSet) -> (String, String) {
        let mut xml = self.xml.replace(&placeholder(0), document_section);
        let mut last = document_section.to_owned();
        for (i, landscape) in self.landscape.iter().enumerate() {
            let section = appendix_section(document_section, *landscape, rules);
            xml = xml.replace(&placeholder(i + 1), &section);
            last = section;
        }
        (xml, last)
    }
}

fn built(p: &Paragraph) -> Result<String, Error> {
    String::from_utf8(p.build())
        .map_err(|_| Error::Export("a paragraph's markup is not UTF-8".into()))
}

/// "PHỤ LỤC 2", the title lines and "(Kèm theo …)", centred and kept with the text.
fn heading(doc: &Document, i: usize, rules: &RuleSet) -> Vec<Paragraph> {
    let r = &rules.parts.appendix;
    let h = appendix_heading(doc, i, rules);
    let centred = |text: &str, f| {
        Paragraph::new()
            .style(BLOCK)
            .align(AlignmentType::Center)
            .keep_next(true)
            .add_run(formatted(text, f))
    };
    let mut out = vec![centred(&h.label, &r.label_format)];
    out.extend(h.title.iter().map(|t| centred(t, &r.title_format)));
    out.push(
        centred(&h.note, &r.note_format)
            .line_spacing(LineSpacing::new().after(pt_to_twips(r.space_after_pt))),
    );
    out
}

/// `hairline`'s markup with `section` as its paragraph properties' last child: the end of
/// a section.
fn section_end(hairline: &Paragraph, section: &str) -> Result<String, Error> {
    let xml = built(hairline)?;
    let at = xml
        .find("</w:pPr>")
        .ok_or_else(|| Error::Export("a paragraph without properties".into()))?;
    Ok(format!("{}{section}{}", &xml[..at], &xml[at..]))
}

/// A copy of the document's section properties for an appendix: page numbers from 1,
/// the page turned for a landscape appendix.
fn appendix_section(document_section: &str, landscape: bool, rules: &RuleSet) -> String {
    let mut s = remove_element(document_section, "<w:pgNumType");
    if landscape {
        s = remove_element(&s, "<w:pgSz");
        let size = format!(
            r#"<w:pgSz w:w="{}" w:h="{}" w:orient="landscape" />"#,
            mm_to_twips(rules.page.height_mm),
            mm_to_twips(rules.page.width_mm)
        );
        s = insert_after_start(&s, &size);
    }
    // schema_order puts the children in the order the schema wants.
    insert_after_start(&s, r#"<w:pgNumType w:start="1" />"#)
}

/// `s` without its first empty element starting with `start` ("<w:pgSz").
fn remove_element(s: &str, start: &str) -> String {
    let Some(at) = s.find(start) else {
        return s.to_owned();
    };
    match s[at..].find("/>") {
        Some(end) => format!("{}{}", &s[..at], &s[at + end + 2..]),
        None => s.to_owned(),
    }
}

/// `s` with `child` right after the start tag of its root element.
fn insert_after_start(s: &str, child: &str) -> String {
    match s.find('>') {
        Some(at) => format!("{}{child}{}", &s[..=at], &s[at + 1..]),
        None => s.to_owned(),
    }
}

/// The last `<w:sectPr …>…</w:sectPr>` of document.xml: the body's closing section.
pub fn closing_section(document: &[u8]) -> Option<(usize, usize)> {
    let find_last = |needle: &[u8]| document.windows(needle.len()).rposition(|w| w == needle);
    let start = find_last(b"<w:sectPr")?;
    let end = find_last(b"</w:sectPr>")? + b"</w:sectPr>".len();
    (end > start).then_some((start, end))
}
