//! Import of the files clerks already have — plain text (UTF-8, UTF-16, TCVN3, VNI),
//! Markdown, and Word DOCX — into structured drafts (issue 4).
//!
//! Every reader produces [`line::Line`]s; [`structure`] recognises the document in them.
//! Every guess is returned as a [`Warning`] in Vietnamese.
//!
//! Fields the source does not give get these defaults (each reported as a warning):
//! - `kind`: KẾT LUẬN when no type name is found;
//! - `date`: the month of the first "dd/mm/yyyy" date in the subject or preamble (the
//!   conference), else the current month; the day is left open;
//! - `rules`: `RuleSet::in_force(system, &date)`; the system is State when the header
//!   shows the state motto or a "Số: n/TYPE-BODY" number, or the signature uses "TM.";
//!   Party otherwise;
//! - issuer, number and place: empty strings; signature: `Authority::None` with empty
//!   strings; conference: `None` (a file does not hold it).
//!
//! The parts 05-HD/VPTW (2026) adds are read where the file has them (issue 14): a
//! công văn (no type name, "Kính gửi:") takes its subject from under its number;
//! "Kính gửi:" / "Kính trình:" give the addressees, "- Căn cứ …;" lines and the
//! enacting line after them the bases and `enacting` (dash and punctuation dropped, kept
//! as written in `Source` for `check`); "Dự thảo lần n", circulation marks, the media
//! mark and "NVH-25" under Nơi nhận give the marks; "kiêm" in a signature the concurrent
//! post; "PHỤ LỤC" after the signature starts the appendices (landscape when their Word
//! section is); a congress report's theme stands in place of the type name
//! (modules `front`, `appendix`, `header`, `closing`).

mod appendix;
pub mod closing;
mod cp1258;
mod decode;
pub mod docx;
mod docx_body;
mod docx_lines;
pub mod front;
pub mod header;
pub mod label;
pub mod legacy;
pub mod line;
pub mod markdown;
pub mod parts;
mod repair;
pub mod source;
mod structure;
mod tree;

use crate::error::Error;
use crate::model::Document;
pub use source::{Repair, Source, Written};
use std::fmt;
use std::io::Read;
use std::path::Path;

/// Largest text file read (a long resolution is well under 1 MB).
pub const MAX_TEXT_BYTES: u64 = 10 * 1024 * 1024;
/// Largest DOCX file read (pictures make Word files larger than their text).
pub const MAX_DOCX_BYTES: u64 = 40 * 1024 * 1024;

/// The text encoding to read a text file in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 or UTF-16 when marked; TCVN3 or VNI where the text shows it.
    #[default]
    Auto,
    Utf8,
    /// TCVN3 (ABC), fonts .VnTime / .VnTimeH.
    Tcvn3,
    /// VNI-Windows, fonts VNI-Times.
    Vni,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub encoding: Encoding,
}

/// A guess or repair made during import, worded for the clerk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based paragraph (DOCX) or line (text) of the source, where meaningful.
    pub paragraph: Option<usize>,
    pub message: String,
    /// What was wrong in the file and repaired; None for a guess (a field not found).
    /// `check` reports every repair as a finding.
    pub repair: Option<Repair>,
}

impl Warning {
    pub fn new(message: String) -> Self {
        Self {
            paragraph: None,
            message,
            repair: None,
        }
    }

    pub fn at(paragraph: usize, message: String) -> Self {
        Self {
            paragraph: Some(paragraph),
            message,
            repair: None,
        }
    }

    /// A repair of what the file says, at `paragraph` when known.
    pub fn repaired(paragraph: Option<usize>, repair: Repair, message: String) -> Self {
        Self {
            paragraph,
            message,
            repair: Some(repair),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.paragraph {
            Some(n) => write!(f, "đoạn {n}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Imported {
    pub document: Document,
    pub warnings: Vec<Warning>,
    /// What the file says, as written, where it carries form (for `check`).
    pub source: Source,
    /// The encoding the text was read in (`Utf8` for Unicode, also UTF-16); for a DOCX,
    /// `Tcvn3`/`Vni` when runs in legacy fonts were converted, else `Utf8`.
    pub detected_encoding: Option<Encoding>,
}

/// What kind of file some bytes are, from their first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Zip,
    Text,
}

fn sniff(bytes: &[u8]) -> Result<Format, String> {
    const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok(Format::Zip);
    }
    if bytes.starts_with(&OLE) {
        if is_encrypted_ooxml(bytes) {
            return Err(PASSWORD_PROTECTED.to_owned());
        }
        return Err(
            "đây là tệp Word cũ (.doc); hãy mở bằng Word và lưu thành .docx rồi nhập lại"
                .to_owned(),
        );
    }
    if bytes.starts_with(b"%PDF") {
        return Err("tệp PDF chưa nhập trực tiếp được; hãy sao chép văn bản sang tệp .txt hoặc lưu thành .docx".to_owned());
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err("tệp RTF chưa nhập được; hãy mở bằng Word và lưu thành .docx".to_owned());
    }
    Ok(Format::Text)
}

const UNKNOWN_ENCODING: &str = "tệp không phải Unicode (UTF-8) và không nhận ra bảng mã (TCVN3, VNI, Windows-1258): chữ có dấu có thể bị sai; hãy lưu tệp dưới dạng UTF-8 hoặc chọn bảng mã khi nhập";

const PASSWORD_PROTECTED: &str = "tệp Word được đặt mật khẩu (mã hóa), không đọc được; hãy mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa trống) rồi lưu lại";

/// A .docx saved with a password is not a zip but an OLE compound file (like an old .doc)
/// holding the streams "EncryptionInfo" and "EncryptedPackage". Their names sit in the
/// file's directory in UTF-16; a .doc has neither.
fn is_encrypted_ooxml(bytes: &[u8]) -> bool {
    let utf16 =
        |name: &str| -> Vec<u8> { name.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    let (info, package) = (utf16("EncryptionInfo"), utf16("EncryptedPackage"));
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    has(&info) && has(&package)
}

/// Why bytes given as a Word file cannot be read as one, when their first bytes already
/// say so (an old .doc, a password-protected .docx, PDF, RTF): the importer's message,
/// for `check` to give the same.
pub fn not_a_docx(bytes: &[u8]) -> Option<String> {
    sniff(bytes).err()
}

/// Imports a file: DOCX by its content (not its name), otherwise text or Markdown.
/// The file is read only up to the size limits, so a huge file costs no memory.
pub fn import_path(path: &Path, options: &Options) -> Result<Imported, Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let size = file.metadata().map_err(|e| Error::io(path, e))?.len();
    let limit = MAX_TEXT_BYTES.max(MAX_DOCX_BYTES);
    if size > limit {
        return Err(too_large(path, size, limit));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    import_named(&bytes, path, options)
}

/// The bytes of a file given as a Word file (to audit it), read only up to
/// [`MAX_DOCX_BYTES`]: a huge file costs no memory.
pub fn read_docx_file(path: &Path) -> Result<Vec<u8>, Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_DOCX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > MAX_DOCX_BYTES {
        return Err(too_large(path, bytes.len() as u64, MAX_DOCX_BYTES));
    }
    Ok(bytes)
}

/// Imports bytes (a file dropped or pasted in the GUI); `name_hint` names it in messages.
pub fn import_bytes(bytes: &[u8], name_hint: &str, options: &Options) -> Result<Imported, Error> {
    import_named(bytes, Path::new(name_hint), options)
}

fn too_large(path: &Path, size: u64, limit: u64) -> Error {
    Error::Import {
        path: path.to_path_buf(),
        reason: format!(
            "tệp quá lớn ({:.1} MB; tối đa {} MB) — có lẽ không phải một văn bản",
            size as f64 / 1_048_576.0,
            limit / 1_048_576
        ),
    }
}

fn import_named(bytes: &[u8], path: &Path, options: &Options) -> Result<Imported, Error> {
    let fail = |reason: String| Error::Import {
        path: path.to_path_buf(),
        reason,
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(fail("tệp rỗng, không có nội dung".to_owned()));
    }
    match sniff(bytes).map_err(fail)? {
        Format::Zip => {
            if bytes.len() as u64 > MAX_DOCX_BYTES {
                return Err(too_large(path, bytes.len() as u64, MAX_DOCX_BYTES));
            }
            let mut warnings = Vec::new();
            let read = docx::read(bytes, options.encoding, &mut warnings).map_err(fail)?;
            let (document, source) = structure::recognise(read.lines, false, &mut warnings);
            Ok(Imported {
                document,
                warnings,
                source,
                detected_encoding: Some(read.encoding),
            })
        }
        Format::Text => {
            if bytes.len() as u64 > MAX_TEXT_BYTES {
                return Err(too_large(path, bytes.len() as u64, MAX_TEXT_BYTES));
            }
            let mut warnings = Vec::new();
            let read = decode::decode(bytes, options.encoding, &mut warnings).map_err(fail)?;
            let mut imported = import_text(&read.text, options);
            warnings.append(&mut imported.warnings);
            // Bytes that are not UTF-8 and in which no legacy font was recognised: say so
            // rather than pass the garbage on silently.
            if read.as_cp1252 && imported.detected_encoding == Some(Encoding::Utf8) {
                warnings.push(Warning::new(UNKNOWN_ENCODING.to_owned()));
            }
            imported.warnings = warnings;
            Ok(imported)
        }
    }
}

/// Imports text already in Unicode (pasted text, a decoded file). Never fails: the worst
/// input gives a document of plain paragraphs and warnings saying what was not found.
pub fn import_text(text: &str, options: &Options) -> Imported {
    let mut warnings = Vec::new();
    let decoded = decode::convert_legacy(text.to_owned(), options.encoding, &mut warnings);
    let lines = markdown::lines(&decoded.text);
    let (document, source) = structure::recognise(lines, true, &mut warnings);
    Imported {
        document,
        warnings,
        source,
        detected_encoding: Some(decoded.encoding),
    }
}
