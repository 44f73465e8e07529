//! DOCX → lines, read with zip + quick-xml (docx-rs's reader is known to drop content on
//! some Word files). We read word/document.xml for paragraphs, runs (bold, italic,
//! underline, font), tables and footnote references, and word/footnotes.xml for the notes.
//!
//! Our own export's styles (VBTitle, VBSubject, VBHeading<Style>, VBBody) become hints, so
//! an exported draft imports back unchanged; Word's "Heading n" styles become heading hints.
//! The first table, when it comes before the text, is the header; a table holding
//! "Nơi nhận" or a T/M line is the closing block. Runs in TCVN3 or VNI fonts are converted.

use super::docx_body::Parser;
use super::docx_lines::assign_tables;
use super::legacy::Legacy;
use super::line::Line;
use super::parts::{Parts, Xml};
use super::{Encoding, Repair, Warning};
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;

const DOCUMENT: &str = "word/document.xml";
const FOOTNOTES: &str = "word/footnotes.xml";
const STYLES: &str = "word/styles.xml";

pub struct Read {
    pub lines: Vec<Line>,
    pub encoding: Encoding,
}

pub fn read(bytes: &[u8], wanted: Encoding, warnings: &mut Vec<Warning>) -> Result<Read, String> {
    let mut parts = Parts::open(bytes)?;
    if parts.text(DOCUMENT)?.is_none() {
        if parts.has("content.xml") {
            return Err(
                "đây là tệp OpenDocument (.odt); hãy lưu thành .docx rồi nhập lại".to_owned(),
            );
        }
        return Err("tệp nén không phải tệp Word (.docx): thiếu word/document.xml".to_owned());
    };
    let notes = match parts.text(FOOTNOTES)? {
        Some(xml) => footnotes(xml)?,
        None => HashMap::new(),
    };
    let heading_styles = match parts.text(STYLES)? {
        Some(xml) => heading_style_ids(xml)?,
        None => Vec::new(),
    };
    let mut parser = Parser {
        notes,
        heading_styles,
        wanted,
        ..Parser::default()
    };
    let document = parts.text(DOCUMENT)?.unwrap_or_default();
    parser.parse(document)?;
    let encoding = match parser.converted {
        [0, 0] => Encoding::Utf8,
        [t, v] if t >= v => Encoding::Tcvn3,
        _ => Encoding::Vni,
    };
    // One repair for the file, naming every paragraph converted: each is a place where
    // the file was wrong, and the clerk is told once.
    for enc in [Legacy::Tcvn3, Legacy::Vni] {
        let paragraphs: Vec<usize> = parser
            .legacy
            .iter()
            .filter(|(_, e)| *e == enc)
            .map(|(p, _)| *p)
            .collect();
        let Some(&first) = paragraphs.first() else {
            continue;
        };
        let name = match enc {
            Legacy::Tcvn3 => "TCVN3",
            Legacy::Vni => "VNI",
        };
        warnings.push(Warning::repaired(
            Some(first),
            Repair::Legacy {
                encoding: name,
                paragraphs: paragraphs.clone(),
            },
            format!(
                "{} đoạn chữ gõ bằng bảng mã cũ {name} đã được chuyển sang Unicode",
                paragraphs.len()
            ),
        ));
    }
    Ok(Read {
        lines: assign_tables(parser.paragraphs, &parser.heading_styles, warnings),
        encoding,
    })
}

/// Footnote id → its text (paragraphs joined by a space).
fn footnotes(xml: &str) -> Result<HashMap<String, String>, String> {
    let mut reader = Xml::new(xml, FOOTNOTES);
    let mut out = HashMap::new();
    let mut current: Option<(String, String)> = None;
    let mut in_text = false;
    loop {
        match reader.event()? {
            Event::Start(e) if e.local_name().as_ref() == b"footnote" => {
                current = Some((attr(&e, b"w:id").unwrap_or_default(), String::new()));
            }
            Event::Start(e) if e.local_name().as_ref() == b"t" => in_text = true,
            Event::End(e) if e.local_name().as_ref() == b"t" => in_text = false,
            Event::End(e) if e.local_name().as_ref() == b"p" => {
                if let Some((_, text)) = &mut current {
                    text.push(' ');
                }
            }
            Event::Text(t) if in_text => {
                if let Some((_, text)) = &mut current {
                    text.push_str(
                        &t.decode()
                            .map_err(|_| "tệp .docx có chữ không phải UTF-8".to_owned())?,
                    );
                }
            }
            Event::GeneralRef(r) if in_text => {
                if let Some((_, text)) = &mut current {
                    text.extend(entity(&r));
                }
            }
            Event::End(e) if e.local_name().as_ref() == b"footnote" => {
                if let Some((id, text)) = current.take() {
                    out.insert(id, text.split_whitespace().collect::<Vec<_>>().join(" "));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Ids of paragraph styles named "heading n" / "Tiêu đề n".
fn heading_style_ids(xml: &str) -> Result<Vec<String>, String> {
    let mut reader = Xml::new(xml, STYLES);
    let mut ids = Vec::new();
    let mut current = String::new();
    loop {
        match reader.event()? {
            Event::Start(e) if e.local_name().as_ref() == b"style" => {
                current = attr(&e, b"w:styleId").unwrap_or_default();
            }
            Event::Empty(e) if e.local_name().as_ref() == b"name" => {
                let name = attr(&e, b"w:val").unwrap_or_default().to_lowercase();
                if name.starts_with("heading") || name.starts_with("tiêu đề") {
                    ids.push(current.clone());
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(ids)
}

pub(super) fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// "&amp;" and "&#x1EA1;" between text events.
pub(super) fn entity(r: &quick_xml::events::BytesRef) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    match r.decode().ok()?.as_ref() {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

/// `<w:b/>`, `<w:b w:val="1"/>` on; `w:val="0"`/`"false"` off.
pub(super) fn switched_on(e: &BytesStart) -> bool {
    !matches!(
        attr(e, b"w:val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}
