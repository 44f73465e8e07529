//! The parts of a Word file, read with bounds: the one reader behind `import` and the
//! `check` layout audit. A .docx is a zip anyone can craft, so every way it could make us
//! spend without limit is capped: the number of entries, the decompressed size of each
//! part and of all parts together (a zip bomb stops at the cap, whatever its headers
//! claim), the nesting depth of the XML; and each part is decompressed at most once, however
//! many relationships point at it.

use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::{Cursor, Read as _};

/// A Word file has a few dozen entries.
pub const MAX_ENTRIES: usize = 5_000;
/// The XML of one part: a long resolution is well under 1 MB of document.xml.
pub const MAX_PART_BYTES: u64 = 48 * 1024 * 1024;
/// All parts read from one file together.
pub const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;
/// Nesting of XML elements: Word's deepest (a table in a table in a text box) is a few
/// dozen levels.
pub const MAX_XML_DEPTH: usize = 256;

/// The message for a file that decompresses beyond the caps.
fn bomb() -> String {
    "tệp .docx giải nén ra quá lớn (có thể là tệp nén độc hại); không đọc".to_owned()
}

/// An opened .docx: its parts, decompressed on first use and kept.
pub struct Parts<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    read: HashMap<String, Option<String>>,
    /// Decompressed bytes so far, and the caps (per part, in total).
    total: u64,
    caps: (u64, u64),
    /// How many parts were decompressed (each at most once).
    decompressed: usize,
}

impl<'a> Parts<'a> {
    /// Opens the zip. Err: not a zip, or too many entries to be a Word file (Vietnamese).
    pub fn open(bytes: &'a [u8]) -> Result<Self, String> {
        Self::with_caps(bytes, (MAX_PART_BYTES, MAX_TOTAL_BYTES))
    }

    fn with_caps(bytes: &'a [u8], caps: (u64, u64)) -> Result<Self, String> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|_| "tệp không phải .docx hợp lệ (tệp nén bị hỏng)".to_owned())?;
        if zip.len() > MAX_ENTRIES {
            return Err(format!(
                "tệp nén có quá nhiều phần ({}); không phải tệp Word",
                zip.len()
            ));
        }
        Ok(Self {
            zip,
            read: HashMap::new(),
            total: 0,
            caps,
            decompressed: 0,
        })
    }

    /// Whether the zip holds an entry of that name (nothing is decompressed).
    pub fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// The text of part `name`, `None` when the file has no such part. Err: the part is
    /// damaged, not UTF-8, or beyond the caps.
    pub fn text(&mut self, name: &str) -> Result<Option<&str>, String> {
        if !self.read.contains_key(name) {
            let text = self.decompress(name)?;
            self.read.insert(name.to_owned(), text);
        }
        Ok(self.read.get(name).and_then(|t| t.as_deref()))
    }

    fn decompress(&mut self, name: &str) -> Result<Option<String>, String> {
        let mut file = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(_) => return Err(format!("phần {name} của tệp .docx bị hỏng")),
        };
        let (part_cap, total_cap) = self.caps;
        let room = part_cap.min(total_cap - self.total);
        if file.size() > room {
            return Err(bomb());
        }
        self.decompressed += 1;
        let mut bytes = Vec::new();
        // The declared size may lie: read at most the room left, plus one byte to know.
        (&mut file)
            .take(room + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| format!("phần {name} của tệp .docx bị hỏng"))?;
        if bytes.len() as u64 > room {
            return Err(bomb());
        }
        self.total += bytes.len() as u64;
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| format!("phần {name} của tệp .docx không phải UTF-8"))
    }
}

/// XML events of one part, with the depth bound and errors worded for the clerk, naming
/// the part.
pub struct Xml<'a> {
    reader: Reader<&'a [u8]>,
    part: &'a str,
    depth: usize,
}

impl<'a> Xml<'a> {
    pub fn new(xml: &'a str, part: &'a str) -> Self {
        Self {
            reader: Reader::from_str(xml),
            part,
            depth: 0,
        }
    }

    /// The next event; `Event::Eof` at the end. Err: the XML is malformed or too deep.
    pub fn event(&mut self) -> Result<Event<'a>, String> {
        let event = self
            .reader
            .read_event()
            .map_err(|e| xml_error(self.part, &e, self.reader.error_position()))?;
        match &event {
            Event::Start(_) => {
                self.depth += 1;
                if self.depth > MAX_XML_DEPTH {
                    return Err(format!(
                        "phần {} của tệp .docx lồng quá sâu (hơn {MAX_XML_DEPTH} cấp); không đọc",
                        self.part
                    ));
                }
            }
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            // quick-xml's reader does not report elements left open at the end: a
            // truncated part.
            Event::Eof if self.depth > 0 => {
                return Err(format!(
                    "nội dung XML của phần {} trong tệp .docx bị cắt cụt: thiếu thẻ đóng ở cuối",
                    self.part
                ));
            }
            _ => {}
        }
        Ok(event)
    }
}

/// A quick-xml error in Vietnamese: what is wrong, in which part, at which byte.
fn xml_error(part: &str, e: &quick_xml::Error, at: u64) -> String {
    use quick_xml::errors::IllFormedError as Ill;
    use quick_xml::Error as E;
    let what = match e {
        E::IllFormed(Ill::MismatchedEndTag { expected, found }) => {
            format!("thẻ đóng </{found}> không khớp thẻ mở <{expected}>")
        }
        E::IllFormed(Ill::UnmatchedEndTag(name)) => format!("thẻ đóng </{name}> thừa"),
        E::IllFormed(Ill::MissingEndTag(name)) => format!("thiếu thẻ đóng </{name}>"),
        E::Syntax(_) => "sai cú pháp XML".to_owned(),
        E::Encoding(_) => "có ký tự không phải UTF-8".to_owned(),
        E::Escape(_) => "có ký tự thoát (&…;) sai".to_owned(),
        _ => "sai cấu trúc XML".to_owned(),
    };
    format!("nội dung XML của phần {part} trong tệp .docx bị hỏng: {what} (byte {at})")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .compression_level(Some(1));
        for (name, data) in entries {
            w.start_file(*name, opts).expect("entry");
            w.write_all(data).expect("write");
        }
        w.finish().expect("zip").into_inner()
    }

    #[test]
    fn a_part_is_decompressed_once_however_often_it_is_asked_for() {
        let bytes = zip_of(&[("word/header1.xml", b"<w:hdr/>")]);
        let mut parts = Parts::open(&bytes).expect("open");
        for _ in 0..10 {
            assert_eq!(parts.text("word/header1.xml"), Ok(Some("<w:hdr/>")));
            assert_eq!(parts.text("word/missing.xml"), Ok(None));
        }
        assert_eq!(parts.decompressed, 1);
    }

    #[test]
    fn parts_together_stop_at_the_total_cap() {
        // Three parts, each under the part cap, together over the total cap (small caps:
        // the same arithmetic as the real ones, without writing 64 MB).
        let third = vec![b' '; 400];
        let bytes = zip_of(&[("a.xml", &third), ("b.xml", &third), ("c.xml", &third)]);
        let mut parts = Parts::with_caps(&bytes, (500, 1000)).expect("open");
        assert!(parts.text("a.xml").is_ok());
        assert!(parts.text("b.xml").is_ok());
        let err = parts.text("c.xml").expect_err("over the cap");
        assert!(err.contains("quá lớn"), "{err}");
        // One part over the part cap.
        let mut parts = Parts::with_caps(&bytes, (399, 1000)).expect("open");
        assert!(parts.text("a.xml").is_err());
    }

    #[test]
    fn truncated_and_mismatched_xml_name_the_part() {
        let read_all = |xml: &'static str| -> Result<(), String> {
            let mut x = Xml::new(xml, "word/document.xml");
            while !matches!(x.event()?, Event::Eof) {}
            Ok(())
        };
        assert_eq!(read_all("<a><b/></a>"), Ok(()));
        for bad in ["<a><b></a>", "<a><b>", "<a></b></a>", "<a x=\"1></a>"] {
            let err = read_all(bad).expect_err(bad);
            assert!(err.contains("word/document.xml"), "{bad}: {err}");
        }
    }
}
