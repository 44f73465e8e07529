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
use super::line::Line;
use super::{Encoding, Warning};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::{Cursor, Read as _};

/// Zip limits: a Word file has a few dozen entries and its XML is a few MB at most.
const MAX_ENTRIES: usize = 5_000;
const MAX_XML_BYTES: u64 = 48 * 1024 * 1024;

pub struct Read {
    pub lines: Vec<Line>,
    pub encoding: Encoding,
}

type Zip<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

fn entry(zip: &mut Zip, name: &str) -> Result<Option<String>, String> {
    let mut file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("tệp .docx bị hỏng ({e})")),
    };
    let bomb = || "tệp .docx giải nén ra quá lớn (có thể là tệp nén độc hại); không đọc".to_owned();
    if file.size() > MAX_XML_BYTES {
        return Err(bomb());
    }
    let mut bytes = Vec::new();
    // The declared size may lie: read at most the limit.
    (&mut file)
        .take(MAX_XML_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("tệp .docx bị hỏng ({e})"))?;
    if bytes.len() as u64 > MAX_XML_BYTES {
        return Err(bomb());
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| format!("phần {name} của tệp .docx không phải UTF-8"))
}

pub fn read(bytes: &[u8], wanted: Encoding, warnings: &mut Vec<Warning>) -> Result<Read, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|_| "tệp không phải .docx hợp lệ (tệp nén bị hỏng)".to_owned())?;
    if zip.len() > MAX_ENTRIES {
        return Err(format!(
            "tệp nén có quá nhiều phần ({}); không phải tệp Word",
            zip.len()
        ));
    }
    let Some(document) = entry(&mut zip, "word/document.xml")? else {
        if zip.by_name("content.xml").is_ok() {
            return Err(
                "đây là tệp OpenDocument (.odt); hãy lưu thành .docx rồi nhập lại".to_owned(),
            );
        }
        return Err("tệp nén không phải tệp Word (.docx): thiếu word/document.xml".to_owned());
    };
    let notes = match entry(&mut zip, "word/footnotes.xml")? {
        Some(xml) => footnotes(&xml)?,
        None => HashMap::new(),
    };
    let heading_styles = match entry(&mut zip, "word/styles.xml")? {
        Some(xml) => heading_style_ids(&xml),
        None => Vec::new(),
    };
    let mut parser = Parser {
        notes,
        heading_styles,
        wanted,
        ..Parser::default()
    };
    parser.parse(&document)?;
    let encoding = match parser.converted {
        [0, 0] => Encoding::Utf8,
        [t, v] if t >= v => Encoding::Tcvn3,
        _ => Encoding::Vni,
    };
    if encoding != Encoding::Utf8 {
        warnings.push(Warning::new(format!(
            "{} đoạn chữ gõ bằng bảng mã cũ (TCVN3/VNI) đã được chuyển sang Unicode",
            parser.converted[0] + parser.converted[1]
        )));
    }
    Ok(Read {
        lines: assign_tables(parser.paragraphs, &parser.heading_styles, warnings),
        encoding,
    })
}

/// Footnote id → its text (paragraphs joined by a space).
fn footnotes(xml: &str) -> Result<HashMap<String, String>, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = HashMap::new();
    let mut current: Option<(String, String)> = None;
    let mut in_text = false;
    loop {
        match reader.read_event().map_err(xml_error)? {
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
                    text.push_str(&t.decode().map_err(|e| e.to_string())?);
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
fn heading_style_ids(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let mut ids = Vec::new();
    let mut current = String::new();
    while let Ok(event) = reader.read_event() {
        match event {
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
    ids
}

pub(super) fn xml_error(e: quick_xml::Error) -> String {
    format!("nội dung tệp .docx hỏng ({e})")
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
