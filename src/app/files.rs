//! File actions: new, open, save, export, recovery — with the unsaved-changes guard.

use super::picker::{Picked, Purpose};
use super::{App, Dialog, PathPrompt, Pending};
use crate::import::{self, Encoding};
use crate::rules::RuleSet;
use crate::{export, store, templates};
use std::path::{Path, PathBuf};

/// The files the draft is exported as ("Xuất DOCX…", "Xuất PDF…"): one export, two writers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Docx,
    /// The pages the preview shows (`page::layout`), as `export::pdf` writes them.
    Pdf,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Docx => "docx",
            ExportFormat::Pdf => "pdf",
        }
    }

    fn purpose(self) -> Purpose {
        match self {
            ExportFormat::Docx => Purpose::ExportDocx,
            ExportFormat::Pdf => Purpose::ExportPdf,
        }
    }
}

impl App {
    /// Runs `pending` now, or first asks what to do with unsaved changes.
    pub fn request(&mut self, pending: Pending) {
        if self.is_dirty() {
            self.dialog = Some(Dialog::UnsavedChanges(pending));
        } else {
            self.perform(pending);
        }
    }

    /// Runs a pending action; unsaved changes have been dealt with.
    pub fn perform(&mut self, pending: Pending) {
        match pending {
            Pending::NewFromTemplate(id) => self.new_from_template(&id),
            Pending::Open(path) => self.open(&path),
            Pending::Import(path, encoding) => self.import(&path, encoding),
            Pending::ImportText(text) => self.import_text(&text),
            Pending::OpenDerived(doc) => self.take_derived(*doc),
            Pending::Quit => {
                // Unsaved work the clerk chose to drop is dropped from recovery too.
                store::recovery::clear(&self.dirs.data);
                self.quit_confirmed = true;
            }
        }
    }

    /// "Lưu" in the unsaved-changes dialog: save, then go on if the save worked. When the
    /// path has to be typed in the editor's own field, `pending` waits there.
    pub fn save_then(&mut self, pending: Pending) {
        let saved = match self.path.clone() {
            Some(path) => self.save_to(&path),
            None => self
                .pick(Purpose::SaveDraft, Some(pending.clone()))
                .is_some_and(|p| self.save_to(&with_extension(p, "ron"))),
        };
        if saved {
            self.perform(pending);
        }
    }

    /// Asks for a path. When no dialog can open, the editor's own path field is shown
    /// instead (pre-filled with the last folder and the suggested name) and `None` is
    /// returned; the field continues with `path_typed`.
    pub(super) fn pick(&mut self, purpose: Purpose, then: Option<Pending>) -> Option<PathBuf> {
        let suggested = match purpose {
            Purpose::SaveDraft => format!("{}.ron", self.suggested_name()),
            Purpose::ExportDocx => format!("{}.docx", self.suggested_name()),
            Purpose::ExportPdf => format!("{}.pdf", self.suggested_name()),
            Purpose::SaveNews => format!("Tin bài {}.html", self.suggested_name()),
            Purpose::ExportElectronic(f) => {
                format!("{} (bản điện tử).{}", self.suggested_name(), f.extension())
            }
            Purpose::OpenDraft | Purpose::Import | Purpose::AuditDocx | Purpose::Mark(_) => {
                String::new()
            }
        };
        match self.picker.pick(purpose, &suggested) {
            Picked::Path(p) => Some(p),
            Picked::Cancelled => None,
            Picked::Unavailable(why) => {
                let dir = self.start_dir();
                self.dialog = Some(Dialog::PathPrompt(Box::new(PathPrompt {
                    purpose,
                    text: dir.join(suggested).display().to_string(),
                    why,
                    then,
                })));
                None
            }
        }
    }

    /// The folder a path field starts in: the last one used, the draft's, the documents.
    fn start_dir(&self) -> PathBuf {
        self.picker
            .last_dir()
            .or_else(|| {
                self.path
                    .as_deref()
                    .and_then(Path::parent)
                    .map(Path::to_path_buf)
            })
            .or_else(|| {
                directories::UserDirs::new().map(|u| {
                    u.document_dir()
                        .unwrap_or_else(|| u.home_dir())
                        .to_path_buf()
                })
            })
            .unwrap_or_default()
    }

    /// A path typed in the editor's own field: carries on as the dialog would have.
    pub fn path_typed(&mut self, prompt: PathPrompt) {
        let typed = prompt.text.trim();
        if typed.is_empty() {
            return;
        }
        let path = PathBuf::from(typed);
        self.picker.remember(&path);
        match prompt.purpose {
            Purpose::SaveDraft => {
                if self.save_to(&with_extension(path, "ron")) {
                    if let Some(pending) = prompt.then {
                        self.perform(pending);
                    }
                }
            }
            Purpose::ExportDocx => {
                self.export_to(&with_extension(path, "docx"), ExportFormat::Docx)
            }
            Purpose::ExportPdf => self.export_to(&with_extension(path, "pdf"), ExportFormat::Pdf),
            Purpose::OpenDraft => self.request(Pending::Open(path)),
            Purpose::Import => self.request(Pending::Import(path, Encoding::Auto)),
            Purpose::AuditDocx => self.audit_word(&path),
            Purpose::SaveNews => self.save_news_to(&path),
            Purpose::ExportElectronic(f) => {
                self.export_electronic_to(&with_extension(path, f.extension()), f)
            }
            // The profile dialog asks for images with its own field (App::choose_mark):
            // a path prompt would close it.
            Purpose::Mark(_) => {}
        }
    }

    /// "Mở…": asks for a draft, then opens it (after the unsaved-changes guard).
    pub fn open_requested(&mut self) {
        if let Some(path) = self.pick(Purpose::OpenDraft, None) {
            self.request(Pending::Open(path));
        }
    }

    /// "Nhập…": asks for a file, then imports it (after the unsaved-changes guard).
    pub fn import_requested(&mut self) {
        if let Some(path) = self.pick(Purpose::Import, None) {
            self.request(Pending::Import(path, Encoding::Auto));
        }
    }

    /// "Kiểm tra tệp Word…": asks for a Word file and audits it; the draft is untouched.
    pub fn audit_requested(&mut self) {
        if let Some(path) = self.pick(Purpose::AuditDocx, None) {
            self.audit_word(&path);
        }
    }

    pub fn new_from_template(&mut self, id: &str) {
        // The template's wording is adapted to the profile (its committee, place, term).
        let made =
            templates::find(id).and_then(|t| t.new_draft_for(templates::today(), &self.profile));
        match made {
            Ok(doc) => {
                self.replace_document(doc, None);
                self.status = format!("Bản thảo mới từ mẫu “{id}”.");
            }
            Err(e) => self.show_message("Không tạo được bản thảo", e.to_string()),
        }
    }

    /// Opens a draft. On failure the current draft stays and the file is never touched.
    pub fn open(&mut self, path: &Path) {
        match store::load(path) {
            Ok(doc) => {
                self.replace_document(doc, Some(path.to_path_buf()));
                self.remember_recent(path);
                self.status = format!("Đã mở {}.", path.display());
            }
            Err(e) => self.show_message("Không mở được bản thảo", e.to_string()),
        }
    }

    /// Imports a text, Markdown or Word file as a new, unsaved draft, and reports every
    /// guess the importer made. The source file is only read.
    pub fn import(&mut self, path: &Path, encoding: Encoding) {
        match import::import_path(path, &import::Options { encoding }) {
            Ok(imported) => self.take_import(imported, path.to_path_buf()),
            Err(e) => self.show_message("Không nhập được", e.to_string()),
        }
    }

    /// Imports pasted text as a new, unsaved draft.
    pub fn import_text(&mut self, text: &str) {
        let imported = import::import_text(text, &import::Options::default());
        self.take_import(imported, PathBuf::from("văn bản dán vào"));
    }

    fn take_import(&mut self, imported: import::Imported, source: PathBuf) {
        self.replace_document(imported.document, None);
        // An imported draft has never been saved.
        self.revision += 1;
        self.status = format!("Đã nhập {}.", source.display());
        self.dialog = Some(Dialog::Imported {
            source,
            warnings: imported.warnings.iter().map(|w| w.to_string()).collect(),
            encoding: imported.detected_encoding,
        });
    }

    /// Saves to the current file, or asks for one. Returns whether the draft was saved.
    pub fn save(&mut self) -> bool {
        match self.path.clone() {
            Some(path) => self.save_to(&path),
            None => self.save_as(),
        }
    }

    pub fn save_as(&mut self) -> bool {
        match self.pick(Purpose::SaveDraft, None) {
            Some(path) => self.save_to(&with_extension(path, "ron")),
            None => false,
        }
    }

    /// Commits every field (NFC, trimmed, empty lines dropped) before the draft leaves
    /// the editor; an undoable step of its own when it changes anything.
    pub fn commit_fields(&mut self) {
        let mut tidy = self.doc.clone();
        tidy.tidy();
        if tidy != self.doc {
            self.edit(super::EditKey::Once, 0.0, |d| *d = tidy);
        }
    }

    pub fn save_to(&mut self, path: &Path) -> bool {
        self.commit_fields();
        match store::save(path, &self.doc) {
            Ok(()) => {
                self.path = Some(path.to_path_buf());
                self.mark_saved();
                self.remember_recent(path);
                store::recovery::clear(&self.dirs.data);
                self.status = format!("Đã lưu {}.", path.display());
                true
            }
            Err(e) => {
                self.show_message("Không lưu được", e.to_string());
                false
            }
        }
    }

    /// Export: warns first when the checker reports errors (a draft may still be exported).
    pub fn export_requested(&mut self, format: ExportFormat) {
        let errors = self.checker.count(crate::check::Severity::Error);
        if errors > 0 && self.checker.is_current(self.revision()) {
            self.dialog = Some(Dialog::ExportWithErrors(errors, format));
        } else {
            self.export_dialog(format);
        }
    }

    /// Asks where to export and writes the file.
    pub fn export_dialog(&mut self, format: ExportFormat) {
        if let Some(path) = self.pick(format.purpose(), None) {
            self.export_to(&with_extension(path, format.extension()), format);
        }
    }

    pub fn export_to(&mut self, path: &Path, format: ExportFormat) {
        self.commit_fields();
        // Never onto the draft itself (a draft saved under a .docx or .pdf name).
        let inputs: Vec<&Path> = self.path.as_deref().into_iter().collect();
        let result = RuleSet::resolve_id(&self.doc.rules).and_then(|rules| {
            store::output::Output::check(path, &inputs, false)?.write(|| match format {
                ExportFormat::Docx => export::docx_to_file(&self.doc, &rules, path),
                ExportFormat::Pdf => {
                    let options = export::pdf::PdfOptions::default();
                    let bytes = export::pdf::document(&self.doc, &rules, &options)?;
                    store::write_atomic(path, &bytes)
                }
            })
        });
        match result {
            Ok(()) => self.dialog = Some(Dialog::Exported(path.to_path_buf())),
            Err(e) => self.show_message("Không xuất được", e.to_string()),
        }
    }

    /// "Kết luận số 27-KL-TU ngày 20-11-2026": kind, number and date, safe as a file name.
    pub fn suggested_name(&self) -> String {
        let d = &self.doc;
        let mut name = d.kind.label().to_owned();
        if !d.number.trim().is_empty() {
            name.push_str(&format!(
                " số {}-{}-{}",
                d.number.trim(),
                crate::rules::RuleSet::by_id(&d.rules)
                    .map_or_else(|| d.kind.symbol().to_owned(), |r| r.type_symbol(d.kind)),
                d.issuer.symbol.trim()
            ));
        }
        let date = match (d.date.day, d.date.month) {
            (Some(day), Some(m)) => format!(" ngày {day:02}-{m:02}-{}", d.date.year),
            (None, Some(m)) => format!(" tháng {m:02}-{}", d.date.year),
            _ => format!(" năm {}", d.date.year),
        };
        name.push_str(&date);
        name.chars()
            .map(|c| if "/\\:*?\"<>|".contains(c) { '-' } else { c })
            .collect()
    }

    /// Takes the recovered draft; it stays dirty until saved.
    pub fn accept_recovery(&mut self, rec: store::recovery::Recovery) {
        self.replace_document(rec.document, rec.source);
        // Recovered changes are unsaved by definition.
        self.revision += 1;
        self.status = "Đã khôi phục bản thảo chưa lưu của phiên trước.".to_owned();
    }

    pub fn discard_recovery(&mut self) {
        store::recovery::clear(&self.dirs.data);
    }

    /// Saves the profile edited in its dialog.
    pub fn save_profile(&mut self, profile: crate::store::profile::Profile) {
        match store::profile::save(&self.dirs.config, &profile) {
            Ok(()) => {
                self.profile = profile;
                self.status = "Đã lưu thông tin cơ quan.".to_owned();
            }
            Err(e) => self.show_message("Không lưu được thông tin cơ quan", e.to_string()),
        }
    }
}

pub(super) fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    {
        path
    } else {
        let mut s = path.into_os_string();
        s.push(".");
        s.push(ext);
        PathBuf::from(s)
    }
}
