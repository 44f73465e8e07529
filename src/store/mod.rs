//! Drafts on disk: RON with a `format_version`, written atomically.

mod atomic;
pub mod dirs;
pub mod output;
pub mod profile;
pub mod recovery;

pub use atomic::write_atomic;

use crate::error::Error;
use crate::model::Document;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The draft format this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct DraftOut<'a> {
    format_version: u32,
    document: &'a Document,
}

#[derive(Deserialize)]
struct DraftIn {
    #[allow(dead_code)] // required in the file: a draft without a version is not ours
    format_version: u32,
    document: Document,
}

/// The `format_version` of draft text, read before its fields so that a newer draft is
/// refused rather than half-read. We write it first, so its first occurrence is the field;
/// a scan instead of a second full parse keeps loading a long draft fast.
fn format_version(text: &str) -> Option<u32> {
    let at = text.find("format_version")?;
    let rest = text[at + "format_version".len()..].trim_start();
    let digits: String = rest
        .strip_prefix(':')?
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
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
    ron::ser::to_string_pretty(&draft, config).map_err(|e| Error::Export(e.to_string()))
}

/// Parses draft text; `path` names the source in messages. Text comes back in NFC.
pub fn from_ron(text: &str, path: &Path) -> Result<Document, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(found) = format_version(text) {
        if found > FORMAT_VERSION {
            return Err(Error::NewerFormat {
                path: path.to_path_buf(),
                found,
                supported: FORMAT_VERSION,
            });
        }
    }
    let draft: DraftIn = ron::from_str(text).map_err(|e| Error::Parse {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        msg: e.code.to_string(),
    })?;
    let mut doc = draft.document;
    doc.normalize();
    Ok(doc)
}

pub fn load(path: &Path) -> Result<Document, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|_| Error::NotText {
        path: path.to_path_buf(),
    })?;
    from_ron(&text, path)
}

/// Saves atomically: the old draft stays whole if anything fails.
pub fn save(path: &Path, doc: &Document) -> Result<(), Error> {
    let text = to_ron(doc)?;
    write_atomic(path, text.as_bytes())
}

/// Reads any serde value from a RON file, with line and column on error.
pub(crate) fn read_ron_file<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|_| Error::NotText {
        path: path.to_path_buf(),
    })?;
    ron::from_str(&text).map_err(|e| Error::Parse {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        msg: e.code.to_string(),
    })
}

/// Writes any serde value as pretty RON, atomically.
pub(crate) fn write_ron_file<T: Serialize>(path: &Path, value: &T) -> Result<(), Error> {
    let config = pretty();
    let text =
        ron::ser::to_string_pretty(value, config).map_err(|e| Error::Export(e.to_string()))?;
    write_atomic(path, text.as_bytes())
}
