//! Atomic file replacement: write a sibling temporary file, flush it, rename it over.
//!
//! What may be replaced is decided here, for every writer (CLI and editor alike):
//! - only a regular file: a device or a FIFO (`-o /dev/null` as root) would otherwise be
//!   replaced by a regular file;
//! - a symbolic link is followed, and the file it points to is replaced (the new file is
//!   written beside the target, so the rename stays on one file system). That is what
//!   editors do, and what the clerk means: a link into a synced or shared folder keeps
//!   working, where replacing the link by a file would silently leave the target stale. A
//!   link to nothing is refused rather than guessed at;
//! - a read-only file is refused (the clerk made it read-only on purpose); the replaced
//!   file's permissions (and, on Unix, owner) carry over to the new one.

use crate::error::Error;
use std::ffi::OsStr;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

/// Writes `bytes` to `path` so that readers see either the old file or the new one,
/// never a truncated mix. On error the temporary file is removed and `path` is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let target = follow_link(path)?;
    let old = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::write(path, e)),
    };
    if let Some(meta) = &old {
        if meta.is_dir() {
            return Err(Error::write(path, io::ErrorKind::IsADirectory.into()));
        }
        if !meta.is_file() {
            return Err(Error::NotRegularOutput {
                path: path.to_path_buf(),
            });
        }
        if meta.permissions().readonly() {
            return Err(Error::ReadOnlyOutput {
                path: path.to_path_buf(),
            });
        }
    }
    let dir = parent_dir(&target);
    remove_stale_temps(dir, target.file_name());
    let (tmp, mut file) = create_temp(dir).map_err(|e| Error::write(path, e))?;
    let result = (|| {
        file.write_all(bytes)?;
        if let Some(meta) = &old {
            keep_owner_and_permissions(&file, meta)?;
        }
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, &target)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::write(path, e));
    }
    Ok(())
}

/// `path`, or the file its symbolic link points to (see the module comment for why).
fn follow_link(path: &Path) -> Result<PathBuf, Error> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => match fs::canonicalize(path) {
            Ok(target) => Ok(target),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Err(Error::DanglingLink {
                path: path.to_path_buf(),
            }),
            Err(e) => Err(Error::write(path, e)),
        },
        _ => Ok(path.to_path_buf()),
    }
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// The replaced file's owner (best effort: only root may give a file away) and permissions,
/// so that writing as root or over a shared file changes nothing but the content.
fn keep_owner_and_permissions(file: &fs::File, old: &fs::Metadata) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
    }
    file.set_permissions(old.permissions())
}

/// Our temporary names: `.vanban-<pid>-<n>.tmp`, short whatever the output's name (a legal
/// 255-byte name plus a suffix would not be), with the pid to tell whose it is.
const TEMP_PREFIX: &str = ".vanban-";
const TEMP_SUFFIX: &str = ".tmp";

/// A new temporary file in `dir`. `create_new` never opens what is already there (a file or
/// a link planted under the same name in a shared folder).
fn create_temp(dir: &Path) -> io::Result<(PathBuf, fs::File)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let pid = std::process::id();
    let mut last = io::Error::from(io::ErrorKind::AlreadyExists);
    for _ in 0..100 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!("{TEMP_PREFIX}{pid}-{n}{TEMP_SUFFIX}"));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// A temporary file untouched this long, whose process is gone, was left by a crash or a
/// kill: no write of ours pauses for minutes between two steps.
const STALE_WHEN_DEAD: Duration = Duration::from_secs(10 * 60);
/// Where we cannot tell whether the process lives (not Linux), or its pid was reused, a day
/// without change is enough: at worst a writer suspended that long fails its rename and
/// says so, and its output is left as it was.
const STALE_ANYWAY: Duration = Duration::from_secs(24 * 60 * 60);

/// Removes temporary files that a killed vanban left in `dir`: only names of our own
/// pattern (or the older `.<output name>.<pid>.tmp` of the file being written now), only
/// regular files, never our own process's, and only when stale (see the constants above).
/// Errors are ignored: cleaning is a courtesy, never a reason to fail a save.
fn remove_stale_temps(dir: &Path, output_name: Option<&OsStr>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    let ours = std::process::id();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = temp_owner(&name, output_name) else {
            continue;
        };
        if pid == ours {
            continue;
        }
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        let age = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok());
        let stale = match age {
            Some(age) => age > STALE_ANYWAY || (age > STALE_WHEN_DEAD && !may_be_running(pid)),
            None => false,
        };
        if meta.is_file() && stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The pid in one of our temporary names, or None for any other name.
fn temp_owner(name: &OsStr, output_name: Option<&OsStr>) -> Option<u32> {
    let name = name.to_str()?;
    let digits = |s: &str| -> Option<u32> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    if let Some(rest) = name
        .strip_prefix(TEMP_PREFIX)
        .and_then(|r| r.strip_suffix(TEMP_SUFFIX))
    {
        let (pid, n) = rest.split_once('-')?;
        digits(n)?;
        return digits(pid);
    }
    // Earlier builds wrote `.<output name>.<pid>.tmp`.
    let output = output_name?.to_str()?;
    let pid = name
        .strip_prefix('.')?
        .strip_prefix(output)?
        .strip_prefix('.')?
        .strip_suffix(TEMP_SUFFIX)?;
    digits(pid)
}

/// Whether process `pid` may still be running on this machine. Only Linux tells cheaply
/// (/proc); elsewhere we assume it may, and rely on `STALE_ANYWAY`.
fn may_be_running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    if cfg!(target_os = "linux") && proc.join("self").exists() {
        return proc.join(pid.to_string()).exists();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("Kết luận số 15.ron");
        write_atomic(&path, b"one").expect("first write");
        write_atomic(&path, b"two").expect("second write");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn failed_write_keeps_old_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("no-such-dir").join("x.ron");
        assert!(write_atomic(&missing, b"data").is_err());
        assert!(write_atomic(dir.path(), b"data").is_err());
    }

    #[test]
    fn only_our_temporary_names_are_recognised() {
        let out = Some(OsStr::new("out.docx"));
        let owner = |n: &str| temp_owner(OsStr::new(n), out);
        assert_eq!(owner(".vanban-123-0.tmp"), Some(123));
        assert_eq!(owner(".out.docx.77.tmp"), Some(77));
        for not_ours in [
            ".vanban-123.tmp",
            ".vanban--0.tmp",
            ".vanban-12a-0.tmp",
            ".vanban-123-0.tmp~",
            "vanban-123-0.tmp",
            ".other.docx.77.tmp",
            ".out.docx..tmp",
            ".out.docx.77.tmp.bak",
        ] {
            assert_eq!(owner(not_ours), None, "{not_ours}");
        }
    }
}
