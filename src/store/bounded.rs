//! Reading our own text files (drafts, the recovery copy, the profile, rule sets) with a
//! size cap, and only from regular files: a draft received by mail may be huge, and a path
//! may name a device or a pipe (`/dev/zero`, a FIFO) that never ends or never answers.

use crate::error::Error;
use std::io::Read;
use std::path::Path;

const MB: u64 = 1024 * 1024;

/// Largest draft (and recovery copy) read. Real drafts are a few hundred KB; a 9 MB text
/// import makes a ≈ 10 MB draft, so this leaves a wide margin for large documents.
pub const DRAFT_LIMIT: u64 = 64 * MB;

/// Largest organisation profile read: a few KB in practice.
pub const PROFILE_LIMIT: u64 = 4 * MB;

/// Largest rule-set file read: the bundled ones are ≈ 6 KB.
pub const RULES_LIMIT: u64 = MB;

/// The whole text of the regular file at `path`, refused (untouched, unread) when it is not
/// a regular file, larger than `limit` bytes, or not UTF-8.
pub fn read_text(path: &Path, limit: u64) -> Result<String, Error> {
    let bytes = read_bytes(path, limit)?;
    String::from_utf8(bytes).map_err(|_| Error::NotText {
        path: path.to_path_buf(),
    })
}

/// The whole content of the regular file at `path`, refused (untouched, unread) when it is
/// not a regular file or larger than `limit` bytes.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, Error> {
    // Checked before opening: opening a FIFO for reading blocks until a writer comes.
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    check_kind_and_size(path, &meta, limit)?;
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    // Checked again on the open file, in case the path was replaced in between.
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    check_kind_and_size(path, &meta, limit)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // One byte past the limit tells a file that grew while being read.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(path, limit));
    }
    Ok(bytes)
}

fn check_kind_and_size(path: &Path, meta: &std::fs::Metadata, limit: u64) -> Result<(), Error> {
    if meta.is_dir() {
        return Err(refused(path, "đây là một thư mục".to_owned()));
    }
    if !meta.is_file() {
        return Err(refused(
            path,
            "đây không phải tệp thông thường (có thể là thiết bị hoặc ống dẫn)".to_owned(),
        ));
    }
    if meta.len() > limit {
        return Err(too_large(path, limit));
    }
    Ok(())
}

fn too_large(path: &Path, limit: u64) -> Error {
    refused(
        path,
        format!(
            "tệp quá lớn (giới hạn {} MB), có lẽ không phải tệp của vanban",
            limit / MB
        ),
    )
}

fn refused(path: &Path, reason: String) -> Error {
    Error::Io {
        action: "đọc",
        path: path.to_path_buf(),
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_small_regular_files_and_refuses_the_rest() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.ron");
        std::fs::write(&path, "(x: 1)").expect("write");
        assert_eq!(read_text(&path, 6).expect("read"), "(x: 1)");
        let msg = read_text(&path, 5).expect_err("too large").to_string();
        assert!(msg.contains("quá lớn"), "{msg}");
        let msg = read_text(dir.path(), 5).expect_err("a folder").to_string();
        assert!(msg.contains("thư mục"), "{msg}");
        std::fs::write(&path, [0xff, 0xfe]).expect("write");
        assert!(matches!(read_text(&path, 6), Err(Error::NotText { .. })));
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_not_read() {
        let msg = read_text(Path::new("/dev/zero"), MB)
            .expect_err("a device")
            .to_string();
        assert!(msg.contains("không phải tệp thông thường"), "{msg}");
    }
}
