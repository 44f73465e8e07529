//! The recovery copy: written every few seconds while a draft has unsaved changes and on
//! exit, removed after a save or a deliberate discard. Its presence at start-up means the
//! last session ended without saving (a crash, a kill, a power cut).

use super::{bounded, check_depth, read_versioned_file, write_ron_file};
use crate::error::Error;
use crate::model::Document;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

const FILE: &str = "khoi-phuc.ron";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    pub format_version: u32,
    /// The draft file the changes belong to, if it had been saved before.
    pub source: Option<PathBuf>,
    pub document: Document,
}

pub fn write(data_dir: &Path, source: Option<&Path>, doc: &Document) -> Result<(), Error> {
    let path = data_dir.join(FILE);
    check_depth(doc, &path)?;
    std::fs::create_dir_all(data_dir).map_err(|e| Error::write(data_dir, e))?;
    let rec = Recovery {
        format_version: super::FORMAT_VERSION,
        source: source.map(Path::to_path_buf),
        document: doc.clone(),
    };
    write_ron_file(&path, &rec)
}

/// The copy left by an earlier session, if any: bounded like a draft, and refused when a
/// newer vanban wrote it.
pub fn read(data_dir: &Path) -> Result<Option<Recovery>, Error> {
    let path = data_dir.join(FILE);
    if !path.exists() {
        return Ok(None);
    }
    let mut rec: Recovery =
        read_versioned_file(&path, bounded::DRAFT_LIMIT, |r: &Recovery| r.format_version)?;
    rec.document.normalize();
    Ok(Some(rec))
}

/// Moves a recovery copy this version cannot read (damaged, or written by a newer vanban)
/// out of the way of the next autosave, which would replace it; returns where it went.
pub fn set_aside(data_dir: &Path) -> Option<std::path::PathBuf> {
    let path = data_dir.join(FILE);
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let aside = data_dir.join(format!("{FILE}.khong-doc-duoc-{stamp}"));
    std::fs::rename(&path, &aside).ok().map(|()| aside)
}

pub fn clear(data_dir: &Path) {
    // Nothing to do if it is already gone.
    let _ = std::fs::remove_file(data_dir.join(FILE));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_copy_is_set_aside_not_lost() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join(FILE),
            "(format_version: 99, document: (kind: Mới))",
        )
        .expect("write");
        assert!(read(dir.path()).is_err(), "a newer copy is refused");
        let aside = set_aside(dir.path()).expect("moved aside");
        assert!(std::fs::read_to_string(aside).expect("kept").contains("99"));
        assert!(
            read(dir.path()).expect("read").is_none(),
            "the place is free"
        );
    }

    #[test]
    fn write_read_clear() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(read(dir.path()).expect("read").is_none());
        let doc = crate::templates::sample().expect("sample");
        write(dir.path(), Some(Path::new("/tmp/kl.ron")), &doc).expect("write");
        let rec = read(dir.path()).expect("read").expect("present");
        assert_eq!(rec.document, doc);
        assert_eq!(rec.source.as_deref(), Some(Path::new("/tmp/kl.ron")));
        clear(dir.path());
        assert!(read(dir.path()).expect("read").is_none());
    }
}
