//! File dialogs behind a trait, so that tests inject paths instead of opening dialogs. A
//! dialog that cannot open is told apart from one the clerk cancelled, so that the editor
//! can offer its own path field instead of doing nothing.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// What a file is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    OpenDraft,
    SaveDraft,
    ExportDocx,
    /// The draft's pages as a PDF.
    ExportPdf,
    Import,
    /// A Word file to audit (read only, never opened as the draft).
    AuditDocx,
    /// The news item written from a conference record (.html, or .txt for plain text).
    SaveNews,
    /// The electronic version, with the signature and seal images.
    ExportElectronic(super::ElectronicFormat),
    /// A signature or seal image for the profile (PNG).
    Mark(crate::store::marks::MarkKind),
}

impl Purpose {
    /// The dialog's title, in Vietnamese.
    pub fn title(self) -> &'static str {
        match self {
            Purpose::OpenDraft => "Mở bản thảo",
            Purpose::SaveDraft => "Lưu bản thảo",
            Purpose::ExportDocx => "Xuất tệp Word",
            Purpose::ExportPdf => "Xuất tệp PDF",
            Purpose::Import => "Nhập tệp",
            Purpose::AuditDocx => "Kiểm tra tệp Word",
            Purpose::SaveNews => "Lưu tin bài",
            Purpose::ExportElectronic(_) => "Xuất bản điện tử",
            Purpose::Mark(crate::store::marks::MarkKind::Signature) => "Chọn ảnh chữ ký (PNG)",
            Purpose::Mark(crate::store::marks::MarkKind::Seal) => "Chọn ảnh con dấu (PNG)",
        }
    }

    /// Whether the file is written (so a suggested name is offered).
    pub fn writes(self) -> bool {
        matches!(
            self,
            Purpose::SaveDraft
                | Purpose::ExportDocx
                | Purpose::ExportPdf
                | Purpose::SaveNews
                | Purpose::ExportElectronic(_)
        )
    }
}

/// The outcome of asking for a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    Path(PathBuf),
    Cancelled,
    /// No dialog could be shown; the reason, in Vietnamese.
    Unavailable(String),
}

pub trait FilePicker {
    /// Asks for a file; `suggested` is the file name offered when saving.
    fn pick(&mut self, purpose: Purpose, suggested: &str) -> Picked;
    /// The folder of the last file chosen, to start the next dialog there.
    fn last_dir(&self) -> Option<PathBuf>;
    /// Remembers the folder of a path typed in the editor's own field.
    fn remember(&mut self, path: &Path);
}

/// The platform's native dialogs (rfd). `VANBAN_FILE_DIALOG=builtin` skips them.
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
}

impl FilePicker for NativePicker {
    fn pick(&mut self, purpose: Purpose, suggested: &str) -> Picked {
        if std::env::var("VANBAN_FILE_DIALOG").as_deref() == Ok("builtin") {
            return Picked::Unavailable(
                "Hộp thoại chọn tệp của hệ thống đã được tắt (VANBAN_FILE_DIALOG=builtin).".into(),
            );
        }
        let failures = DIALOG_FAILURES.load(Ordering::SeqCst);
        let d = self.dialog().set_title(purpose.title());
        let path = match purpose {
            Purpose::OpenDraft => d.add_filter("Bản thảo vanban", &["ron"]).pick_file(),
            Purpose::SaveDraft => d
                .set_file_name(suggested)
                .add_filter("Bản thảo vanban", &["ron"])
                .save_file(),
            Purpose::ExportDocx => d
                .set_file_name(suggested)
                .add_filter("Tài liệu Word", &["docx"])
                .save_file(),
            Purpose::ExportPdf | Purpose::ExportElectronic(super::ElectronicFormat::Pdf) => d
                .set_file_name(suggested)
                .add_filter("Tài liệu PDF", &["pdf"])
                .save_file(),
            Purpose::Import => d
                .add_filter("Văn bản, Markdown, Word", &["txt", "md", "docx"])
                .pick_file(),
            Purpose::AuditDocx => d.add_filter("Tài liệu Word", &["docx"]).pick_file(),
            Purpose::ExportElectronic(super::ElectronicFormat::Docx) => d
                .set_file_name(suggested)
                .add_filter("Tài liệu Word", &["docx"])
                .save_file(),
            Purpose::Mark(_) => d.add_filter("Ảnh PNG", &["png"]).pick_file(),
            Purpose::SaveNews => d
                .set_file_name(suggested)
                .add_filter("Trang web", &["html"])
                .add_filter("Văn bản thuần", &["txt"])
                .save_file(),
        };
        match path {
            Some(p) => {
                self.remember(&p);
                Picked::Path(p)
            }
            // rfd returns nothing both when the clerk cancels and when no dialog could
            // open; only its log tells them apart.
            None if DIALOG_FAILURES.load(Ordering::SeqCst) != failures => {
                let detail = LAST_FAILURE.lock().map(|s| s.clone()).unwrap_or_default();
                Picked::Unavailable(format!(
                    "Không mở được hộp thoại chọn tệp của hệ thống ({detail})."
                ))
            }
            None => Picked::Cancelled,
        }
    }

    fn last_dir(&self) -> Option<PathBuf> {
        self.last_dir.clone()
    }

    fn remember(&mut self, path: &Path) {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            self.last_dir = Some(dir.to_path_buf());
        }
    }
}

static DIALOG_FAILURES: AtomicUsize = AtomicUsize::new(0);
static LAST_FAILURE: Mutex<String> = Mutex::new(String::new());

/// Catches the errors rfd logs when it cannot show a dialog (no portal, no zenity, a
/// refused D-Bus call…); every other record goes to standard error from warnings up.
struct DialogFailureLog;

impl log::Log for DialogFailureLog {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.level() <= log::Level::Warn
    }

    fn log(&self, record: &log::Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        if record.level() == log::Level::Error && record.target().starts_with("rfd") {
            if let Ok(mut last) = LAST_FAILURE.lock() {
                *last = record.args().to_string();
            }
            DIALOG_FAILURES.fetch_add(1, Ordering::SeqCst);
        }
        eprintln!("{}: {}", record.target(), record.args());
    }

    fn flush(&self) {}
}

/// Installs the logger that notices failed dialogs (once, when the window opens).
pub fn watch_dialog_failures() {
    if log::set_boxed_logger(Box::new(DialogFailureLog)).is_ok() {
        log::set_max_level(log::LevelFilter::Warn);
    }
}

/// Paths handed out in order, for tests and scripted runs; an empty queue is a cancel.
#[derive(Default)]
pub struct ScriptedPicker {
    pub queue: std::collections::VecDeque<PathBuf>,
    /// When set, every request answers that no dialog can open.
    pub unavailable: bool,
}

impl FilePicker for ScriptedPicker {
    fn pick(&mut self, _: Purpose, _: &str) -> Picked {
        if self.unavailable {
            return Picked::Unavailable("không có hộp thoại (kiểm thử)".into());
        }
        self.queue
            .pop_front()
            .map_or(Picked::Cancelled, Picked::Path)
    }

    fn last_dir(&self) -> Option<PathBuf> {
        None
    }

    fn remember(&mut self, _: &Path) {}
}
