//! File dialogs behind a trait, so that tests inject paths instead of opening dialogs.

use std::path::{Path, PathBuf};

pub trait FilePicker {
    fn open_draft(&mut self) -> Option<PathBuf>;
    fn save_draft(&mut self, suggested: &str) -> Option<PathBuf>;
    fn save_docx(&mut self, suggested: &str) -> Option<PathBuf>;
    fn import_file(&mut self) -> Option<PathBuf>;
}

/// The platform's native dialogs (rfd).
pub struct NativePicker {
    pub last_dir: Option<PathBuf>,
}

impl NativePicker {
    fn dialog(&self) -> rfd::FileDialog {
        let d = rfd::FileDialog::new();
        match &self.last_dir {
            Some(dir) => d.set_directory(dir),
            None => d,
        }
    }

    fn remember(&mut self, path: &Option<PathBuf>) {
        if let Some(dir) = path.as_deref().and_then(Path::parent) {
            self.last_dir = Some(dir.to_path_buf());
        }
    }
}

impl FilePicker for NativePicker {
    fn open_draft(&mut self) -> Option<PathBuf> {
        let p = self
            .dialog()
            .set_title("Mở bản thảo")
            .add_filter("Bản thảo vanban", &["ron"])
            .pick_file();
        self.remember(&p);
        p
    }

    fn save_draft(&mut self, suggested: &str) -> Option<PathBuf> {
        let p = self
            .dialog()
            .set_title("Lưu bản thảo")
            .set_file_name(suggested)
            .add_filter("Bản thảo vanban", &["ron"])
            .save_file();
        self.remember(&p);
        p
    }

    fn save_docx(&mut self, suggested: &str) -> Option<PathBuf> {
        let p = self
            .dialog()
            .set_title("Xuất tệp Word")
            .set_file_name(suggested)
            .add_filter("Tài liệu Word", &["docx"])
            .save_file();
        self.remember(&p);
        p
    }

    fn import_file(&mut self) -> Option<PathBuf> {
        let p = self
            .dialog()
            .set_title("Nhập tệp")
            .add_filter("Văn bản, Markdown, Word", &["txt", "md", "docx"])
            .pick_file();
        self.remember(&p);
        p
    }
}

/// Paths handed out in order, for tests and scripted runs.
#[derive(Default)]
pub struct ScriptedPicker {
    pub queue: std::collections::VecDeque<PathBuf>,
}

impl FilePicker for ScriptedPicker {
    fn open_draft(&mut self) -> Option<PathBuf> {
        self.queue.pop_front()
    }
    fn save_draft(&mut self, _: &str) -> Option<PathBuf> {
        self.queue.pop_front()
    }
    fn save_docx(&mut self, _: &str) -> Option<PathBuf> {
        self.queue.pop_front()
    }
    fn import_file(&mut self) -> Option<PathBuf> {
        self.queue.pop_front()
    }
}
