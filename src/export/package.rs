//! From docx-rs parts to the final file: the fixes docx-rs cannot express, then a
//! compressed zip that validates against the ECMA-376 Transitional schemas.
//!
//! - Footnote bodies get Word's `<w:footnoteRef/>` number mark (docx-rs writes none, so
//!   Word would show notes without numbers); `runs::footnote` leaves a placeholder for it.
//!   Word's separator and continuation-separator notes (ids -1 and 0, named in the
//!   settings' `w:footnotePr`) come first, as in every file Word writes.
//! - Duplex printing: `<w:mirrorMargins/>` in the settings when the rule set asks for it.
//! - Vietnamese (vi-VN) as the proofing language of the document defaults.
//! - Core properties: the issuing body as author, the export time as created/modified.
//! - Every WordprocessingML part goes through `schema_order` (children in schema order,
//!   nothing the schema forbids).
//! - Parts docx-rs always writes but we do not use (comments, their extension part,
//!   numbering, an empty footnotes part) are left out with their relationships and content
//!   types, and so are the zip's folder entries.
//! - docx-rs stores parts uncompressed; we deflate them (a 48-page file: 280 KB → ~40 KB).

use super::runs::FOOTNOTE_MARK;
use super::schema_order::{self, Element, Node, Part};
use crate::error::Error;
use docx_rs::XMLDocx;
use std::io::{Cursor, Read, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// What the package says about the document beyond its content.
pub struct Meta<'a> {
    pub mirror_margins: bool,
    /// dc:creator: the issuing body.
    pub creator: &'a str,
    /// Export time, seconds since 1970 (UTC).
    pub time: u64,
}

pub fn finish(mut parts: XMLDocx, meta: &Meta) -> Result<Vec<u8>, Error> {
    let mut dropped: Vec<&str> = Vec::new();

    let mut footnotes = parse(&add_footnote_marks(&parts.footnotes)?)?;
    let has_footnotes = footnotes.root.elements().any(|e| e.name == "w:footnote");
    if has_footnotes {
        add_separators(&mut footnotes.root);
    } else {
        dropped.push("word/footnotes.xml");
    }
    parts.footnotes = normalized(footnotes);

    let mut settings = parse(&parts.settings)?;
    if meta.mirror_margins {
        settings.root.find_or_add("w:mirrorMargins");
    }
    if has_footnotes {
        let pr = settings.root.find_or_add("w:footnotePr");
        if pr.elements().next().is_none() {
            *pr = Element::new("w:footnotePr")
                .child(Element::new("w:footnote").attr("w:id", "-1"))
                .child(Element::new("w:footnote").attr("w:id", "0"));
        }
    }
    parts.settings = normalized(settings);

    let mut styles = parse(&parts.styles)?;
    set_language(&mut styles.root);
    tidy_styles(&mut styles.root);
    // The body block by block (w:document > w:body > paragraphs and tables): its size
    // follows the draft's, and a tree of all of it would too.
    let uses_numbering =
        contains_tag(&parts.document, "w:numPr") || styles.root.contains("w:numPr");
    parts.styles = normalized(styles);
    parts.document = schema_order::normalize_part_by_block(&parts.document, BODY_BLOCK_DEPTH)?;

    for h in parts.headers.iter_mut().chain(parts.footers.iter_mut()) {
        let mut part = parse(h)?;
        // A header or footer story needs at least one paragraph (like a table cell).
        if part.root.elements().next().is_none() {
            part.root.children.push(Node::Element(Element::new("w:p")));
        }
        *h = normalized(part);
    }

    let comments = parse(&parts.comments)?;
    if comments.root.elements().next().is_none() {
        dropped.extend(["word/comments.xml", "word/commentsExtended.xml"]);
    } else {
        parts.comments = normalized(comments);
    }
    if uses_numbering {
        parts.numberings = schema_order::normalize_part(&parts.numberings)?;
    } else {
        dropped.push("word/numbering.xml");
    }

    parts.doc_props.core = core_properties(meta);

    let mut stored = Cursor::new(Vec::new());
    parts
        .pack(&mut stored)
        .map_err(|e| Error::Export(e.to_string()))?;
    repack(stored.into_inner(), &dropped)
}

/// Depth of the body's blocks in document.xml: w:document (0) > w:body (1) > w:p (2).
const BODY_BLOCK_DEPTH: usize = 2;

/// Whether the XML holds an element named `tag` (start or empty tag).
fn contains_tag(xml: &[u8], tag: &str) -> bool {
    [">", " ", "/"].iter().any(|end| {
        let needle = format!("<{tag}{end}");
        xml.windows(needle.len()).any(|w| w == needle.as_bytes())
    })
}

fn parse(xml: &[u8]) -> Result<Part, Error> {
    schema_order::parse(xml)
}

fn normalized(mut part: Part) -> Vec<u8> {
    schema_order::normalize(&mut part.root);
    if part.prolog.is_empty() {
        // docx-rs writes styles.xml without one; Word always writes it.
        part.prolog = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.into();
    }
    part.to_bytes()
}

fn add_footnote_marks(xml: &[u8]) -> Result<Vec<u8>, Error> {
    let text = utf8(xml)?;
    let placeholder = format!("<w:t xml:space=\"preserve\">{FOOTNOTE_MARK}</w:t>");
    Ok(text.replace(&placeholder, "<w:footnoteRef/>").into_bytes())
}

/// Word's separator (-1) and continuation separator (0) notes, before the others.
fn add_separators(footnotes: &mut Element) {
    let note = |id: &str, kind: &str, mark: &str| {
        Element::new("w:footnote")
            .attr("w:type", kind)
            .attr("w:id", id)
            .child(
                Element::new("w:p")
                    .child(
                        Element::new("w:pPr").child(
                            Element::new("w:spacing")
                                .attr("w:after", "0")
                                .attr("w:line", "240")
                                .attr("w:lineRule", "auto"),
                        ),
                    )
                    .child(Element::new("w:r").child(Element::new(mark))),
            )
    };
    let first = footnotes
        .children
        .iter()
        .position(|n| matches!(n, Node::Element(e) if e.name == "w:footnote"))
        .unwrap_or(footnotes.children.len());
    footnotes.children.splice(
        first..first,
        [
            Node::Element(note("-1", "separator", "w:separator")),
            Node::Element(note(
                "0",
                "continuationSeparator",
                "w:continuationSeparator",
            )),
        ],
    );
}

/// vi-VN in the document defaults, so that Word proofs the text as Vietnamese.
fn set_language(styles: &mut Element) {
    let rpr = styles
        .find_or_add("w:docDefaults")
        .find_or_add("w:rPrDefault")
        .find_or_add("w:rPr");
    let lang = rpr.find_or_add("w:lang");
    lang.set_attr("w:val", "vi-VN");
    lang.set_attr("w:eastAsia", "vi-VN");
}

/// Normal as the default paragraph style (Word's style pane shows it, unstyled paragraphs
/// get it); no paragraph properties in character styles (docx-rs writes an empty pPr into
/// every style, Word ignores it there).
fn tidy_styles(styles: &mut Element) {
    for s in styles.elements_mut().filter(|e| e.name == "w:style") {
        match s.get_attr("w:type") {
            Some("paragraph") if s.get_attr("w:styleId") == Some("Normal") => {
                s.set_attr("w:default", "1");
            }
            Some("character") => s
                .children
                .retain(|n| !matches!(n, Node::Element(e) if e.name == "w:pPr")),
            _ => {}
        }
    }
}

/// docProps/core.xml: the issuing body as author, the export time (W3CDTF) as dates.
fn core_properties(meta: &Meta) -> Vec<u8> {
    let time = w3cdtf(meta.time);
    let creator = crate::layout::escape_markup(meta.creator);
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            r#"<dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{creator}</cp:lastModifiedBy><cp:revision>1</cp:revision>"#,
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{time}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{time}</dcterms:modified>"#,
            r#"</cp:coreProperties>"#
        ),
        creator = creator,
        time = time
    )
    .into_bytes()
}

/// Seconds since 1970 → "YYYY-MM-DDThh:mm:ssZ".
fn w3cdtf(secs: u64) -> String {
    let date = crate::model::DocDate::from_days_since_1970((secs / 86_400) as i64);
    let rem = secs % 86_400;
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        date.year,
        date.month.unwrap_or(1),
        date.day.unwrap_or(1),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

fn utf8(xml: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(xml).map_err(|e| Error::Export(e.to_string()))
}

/// Rewrites the stored zip with every entry deflated, keeping the entry order, without
/// folder entries and without the `dropped` parts (nor their relationships and content
/// types).
fn repack(stored: Vec<u8>, dropped: &[&str]) -> Result<Vec<u8>, Error> {
    let err = |e: zip::result::ZipError| Error::Export(e.to_string());
    let mut input = ZipArchive::new(Cursor::new(stored)).map_err(err)?;
    let mut output = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut buf = Vec::new();
    for i in 0..input.len() {
        let mut entry = input.by_index(i).map_err(err)?;
        let name = entry.name().to_owned();
        if entry.is_dir() || dropped.contains(&name.as_str()) {
            continue;
        }
        buf.clear();
        entry
            .read_to_end(&mut buf)
            .map_err(|e| Error::Export(e.to_string()))?;
        let bytes = match name.as_str() {
            "[Content_Types].xml" => without(&buf, "Override", "PartName", |v| {
                dropped.iter().any(|d| v == format!("/{d}"))
            })?,
            "word/_rels/document.xml.rels" => without(&buf, "Relationship", "Target", |v| {
                dropped.iter().any(|d| d.strip_prefix("word/") == Some(v))
            })?,
            _ => std::mem::take(&mut buf),
        };
        output.start_file(name, options).map_err(err)?;
        output
            .write_all(&bytes)
            .map_err(|e| Error::Export(e.to_string()))?;
    }
    Ok(output.finish().map_err(err)?.into_inner())
}

/// `xml` without the root's `element` children whose `attr` matches `gone`.
fn without(
    xml: &[u8],
    element: &str,
    attr: &str,
    gone: impl Fn(&str) -> bool,
) -> Result<Vec<u8>, Error> {
    let mut part = parse(xml)?;
    part.root.children.retain(|n| match n {
        Node::Element(e) if e.name == element => !e.get_attr(attr).is_some_and(&gone),
        _ => true,
    });
    Ok(part.to_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn w3cdtf_dates() {
        assert_eq!(w3cdtf(0), "1970-01-01T00:00:00Z");
        assert_eq!(w3cdtf(1_796_290_000), "2026-12-03T09:26:40Z");
    }
}
