//! The rules for an output file, checked before any work is done: never one of the inputs,
//! and a read-only file only when the clerk insists (--force on the command line). What kind of file may be replaced
//! at all (regular files; links followed) is `store::write_atomic`'s to decide.

use crate::error::Error;
use std::fs;
use std::path::Path;

/// Where a command writes, once checked against its inputs.
pub struct Output<'a> {
    path: &'a Path,
    force: bool,
}

impl<'a> Output<'a> {
    /// Refuses `path` when it is one of `inputs`, or read-only without `force`.
    pub fn check(path: &'a Path, inputs: &[&Path], force: bool) -> Result<Self, Error> {
        for input in inputs {
            if same_file(input, path) {
                return Err(Error::OutputIsInput {
                    output: path.to_path_buf(),
                    input: input.to_path_buf(),
                });
            }
        }
        if read_only(path).is_some() && !force {
            return Err(Error::ReadOnlyOutput {
                path: path.to_path_buf(),
            });
        }
        Ok(Self { path, force })
    }

    /// Runs `write` (an atomic write onto the path). A read-only file, which the clerk chose
    /// to replace with --force, is made writable for the write and read-only again after:
    /// the new file keeps the old one's permissions, as every replaced file does.
    pub fn write(&self, write: impl FnOnce() -> Result<(), Error>) -> Result<(), Error> {
        let Some(original) = read_only(self.path).filter(|_| self.force) else {
            return write();
        };
        fs::set_permissions(self.path, writable(&original))
            .map_err(|e| Error::write(self.path, e))?;
        let written = write();
        // The new file if the write went through, the untouched old one if not.
        let restored = fs::set_permissions(self.path, original);
        written?;
        restored.map_err(|e| Error::write(self.path, e))
    }
}

/// Whether `a` and `b` are one file, however spelled: hard links, symbolic links, `./x`,
/// other letter case on a case-insensitive disk. Compared by identity (device and inode;
/// volume and file index on Windows), not by name. Only regular files are compared:
/// identifying a FIFO means opening it, which would wait for a writer, and what is not a
/// regular file is no draft and is refused as an output anyway.
fn same_file(a: &Path, b: &Path) -> bool {
    let regular = |p: &Path| fs::metadata(p).is_ok_and(|m| m.is_file());
    if !regular(a) || !regular(b) {
        return false;
    }
    same_file::is_same_file(a, b).unwrap_or_else(|_| {
        // Could not open one of them to ask: fall back to comparing full names.
        matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
    })
}

/// The permissions of `path` if it is a read-only regular file.
fn read_only(path: &Path) -> Option<fs::Permissions> {
    let meta = fs::metadata(path).ok()?;
    (meta.is_file() && meta.permissions().readonly()).then(|| meta.permissions())
}

/// `permissions` with write access for the owner (only the owner: --force is not a reason
/// to open the file to others).
fn writable(permissions: &fs::Permissions) -> fs::Permissions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::Permissions::from_mode(permissions.mode() | 0o200)
    }
    #[cfg(not(unix))]
    {
        let mut p = permissions.clone();
        // Windows has only the read-only attribute: clearing it is exactly what --force asks.
        #[allow(clippy::permissions_set_readonly_false)]
        p.set_readonly(false);
        p
    }
}
