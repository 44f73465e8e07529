//! Drafts on disk: RON with a `format_version`, written atomically.

mod atomic;
pub mod bounded;
pub mod dirs;
pub mod marks;
pub mod output;
pub mod profile;
pub mod recovery;

pub use atomic::write_atomic;

use crate::error::Error;
use crate::model::{outline, Document};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The draft format this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// The deepest outline (levels of blocks, see [`outline::depth`]) a draft may have to be
/// saved: twice what the editor makes ([`outline::MAX_DEPTH`]), so that drafts from the
/// importer or a hand-written file with deep numbering still open, and always within what
/// [`RECURSION_LIMIT`] reads back (tests/draft_depth.rs).
pub const READABLE_DEPTH: usize = 2 * outline::MAX_DEPTH;

/// ron's nesting limit for reading and writing our files. Each outline level costs ron six
/// levels (block, section, content list…), hence the factor with some room; ron's default
/// (128) held 20 outline levels. Deeper hostile files are refused with a message before
/// the parser's recursion exhausts the stack: this limit parses in 1 MB of stack, a Windows
/// main thread's, even in a debug build (tests/draft_depth.rs).
const RECURSION_LIMIT: usize = 16 + 7 * READABLE_DEPTH;

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

#[derive(Serialize)]
struct DraftOut<'a> {
    format_version: u32,
    document: &'a Document,
}

#[derive(Deserialize)]
struct DraftIn {
    // Required in the file: a draft without a version is not ours.
    format_version: u32,
    document: Document,
}

/// Only the version of a file, whatever else it holds: read to tell a newer draft (which
/// this version may fail to parse) from a broken one. u64, so that a huge version is newer
/// rather than unreadable.
#[derive(Deserialize)]
struct VersionOnly {
    format_version: u64,
}

/// Refuses a draft (or recovery copy) written by a newer vanban.
fn refuse_newer(found: u64, path: &Path) -> Result<(), Error> {
    if found > u64::from(FORMAT_VERSION) {
        return Err(Error::NewerFormat {
            path: path.to_path_buf(),
            found: u32::try_from(found).unwrap_or(u32::MAX),
            supported: FORMAT_VERSION,
        });
    }
    Ok(())
}

/// Parses a versioned file (a draft, the recovery copy). The version compared is the one the
/// parser read, wherever and however it is written (`0x3E7`, `1_000`, after the document).
/// Only when the file does not parse as this version's format is it read a second time for
/// its version alone, so that a newer draft is called newer rather than malformed; our own
/// drafts pay nothing for the check.
fn parse_versioned<T: DeserializeOwned>(
    text: &str,
    path: &Path,
    version: impl Fn(&T) -> u32,
) -> Result<T, Error> {
    match ron_options().from_str::<T>(text) {
        Ok(value) => {
            refuse_newer(u64::from(version(&value)), path)?;
            Ok(value)
        }
        Err(e) => {
            if let Ok(v) = ron_options().from_str::<VersionOnly>(text) {
                refuse_newer(v.format_version, path)?;
            }
            Err(parse_error(path, &e))
        }
    }
}

fn parse_error(path: &Path, e: &ron::error::SpannedError) -> Error {
    let msg = match e.code {
        ron::Error::ExceededRecursionLimit => {
            format!("các mục lồng nhau quá sâu (vanban đọc được đến {READABLE_DEPTH} cấp)")
        }
        ron::Error::Eof => "tệp kết thúc giữa chừng (có thể bị cắt cụt)".to_owned(),
        ref code => code.to_string(),
    };
    Error::Parse {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        msg,
    }
}

/// Refuses to write a document the reader could not open again.
fn check_depth(doc: &Document, path: &Path) -> Result<(), Error> {
    let depth = outline::depth(&doc.body);
    if depth > READABLE_DEPTH {
        return Err(Error::Io {
            action: "ghi",
            path: path.to_path_buf(),
            reason: format!(
                "phần Nội dung lồng nhau {depth} cấp, quá mức vanban đọc lại được \
                 ({READABLE_DEPTH} cấp): hãy đưa bớt các mục ra ngoài (Shift+Tab)"
            ),
        });
    }
    Ok(())
}

/// RON layout of every file vanban writes. Lines end in "\n" on every platform (ron's default
/// is "\r\n" on Windows), so a draft is the same bytes wherever it was saved.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("  ".to_owned())
        .new_line("\n".to_owned())
        .struct_names(false)
}

/// The draft as RON text.
pub fn to_ron(doc: &Document) -> Result<String, Error> {
    let config = pretty();
    let draft = DraftOut {
        format_version: FORMAT_VERSION,
        document: doc,
    };
    ron_options()
        .to_string_pretty(&draft, config)
        .map_err(|e| Error::Export(e.to_string()))
}

/// Parses draft text; `path` names the source in messages. Text comes back in NFC.
pub fn from_ron(text: &str, path: &Path) -> Result<Document, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let draft: DraftIn = parse_versioned(text, path, |d: &DraftIn| d.format_version)?;
    let mut doc = draft.document;
    doc.normalize();
    Ok(doc)
}

/// Reads a draft file: a regular file of at most [`bounded::DRAFT_LIMIT`] bytes.
pub fn load(path: &Path) -> Result<Document, Error> {
    let text = bounded::read_text(path, bounded::DRAFT_LIMIT)?;
    from_ron(&text, path)
}

/// Saves atomically: the old draft stays whole if anything fails.
pub fn save(path: &Path, doc: &Document) -> Result<(), Error> {
    check_depth(doc, path)?;
    let text = to_ron(doc)?;
    write_atomic(path, text.as_bytes())
}

/// Reads any serde value from a RON file of at most `limit` bytes, with line and column
/// on error.
pub(crate) fn read_ron_file<T: DeserializeOwned>(path: &Path, limit: u64) -> Result<T, Error> {
    let text = bounded::read_text(path, limit)?;
    ron_options()
        .from_str(&text)
        .map_err(|e| parse_error(path, &e))
}

/// Reads a versioned RON file (the recovery copy) of at most `limit` bytes: refused when
/// written by a newer vanban, like a draft.
pub(crate) fn read_versioned_file<T: DeserializeOwned>(
    path: &Path,
    limit: u64,
    version: impl Fn(&T) -> u32,
) -> Result<T, Error> {
    let text = bounded::read_text(path, limit)?;
    parse_versioned(&text, path, version)
}

/// Writes any serde value as pretty RON, atomically.
pub(crate) fn write_ron_file<T: Serialize>(path: &Path, value: &T) -> Result<(), Error> {
    let config = pretty();
    let text = ron_options()
        .to_string_pretty(value, config)
        .map_err(|e| Error::Export(e.to_string()))?;
    write_atomic(path, text.as_bytes())
}
