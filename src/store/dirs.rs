//! Where the program keeps its own files: the profile in the platform's config directory,
//! the recovery copy in its data directory (AppData on Windows, XDG dirs on Linux).

use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    pub config: PathBuf,
    pub data: PathBuf,
}

impl Dirs {
    /// The platform's directories for vanban, or a folder beside the working directory
    /// when the platform reports none (a locked-down account).
    pub fn platform() -> Self {
        match directories::ProjectDirs::from("vn", "vanban", "vanban") {
            Some(p) => Self {
                config: p.config_dir().to_path_buf(),
                data: p.data_dir().to_path_buf(),
            },
            None => Self {
                config: PathBuf::from(".vanban"),
                data: PathBuf::from(".vanban"),
            },
        }
    }
}
