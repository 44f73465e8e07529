//! Application state and the one place that changes it. Panels read `&App` and call the
//! methods here; nothing else mutates the document, so every change is undoable and
//! marks the draft dirty.

pub mod action;
mod audit;
pub mod checking;
pub mod command;
mod derived;
mod esign;
mod files;
pub use files::ExportFormat;
pub mod record;
pub use system::open_with_system;
pub mod history;
pub mod picker;
pub mod print;
pub mod printing;
pub mod steps;
mod system;

pub use action::Action;
pub use audit::{AuditLine, AuditReport};
pub use command::{Caret, Command, Field, Focus, ParaList};
pub use esign::{ChosenMark, ElectronicFormat, SEAL_MM};
pub use record::{Ballot, RecordCommand, RecordField};

pub use history::EditKey;
pub use steps::Step;

use crate::model::outline::Path as BlockPath;
use crate::model::Document;
use crate::store::dirs::Dirs;
use crate::store::profile::Profile;
use crate::store::recovery::Recovery;
use history::History;
use picker::FilePicker;
use std::path::PathBuf;

/// Seconds between recovery copies while the draft has unsaved changes.
pub const AUTOSAVE_SECONDS: f64 = 30.0;
/// Seconds after the last change before a recovery copy is written in the record
/// workspace: a meeting cannot be held again, so a crash may cost only these seconds.
pub const RECORD_AUTOSAVE_SECONDS: f64 = 5.0;

/// Something to do once the clerk has decided about unsaved changes.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    NewFromTemplate(String),
    Open(PathBuf),
    Import(PathBuf, crate::import::Encoding),
    /// Text pasted by the clerk, imported as a document.
    ImportText(String),
    /// A draft written from the conference record, opened unsaved.
    OpenDerived(Box<Document>),
    Quit,
}

/// Modal dialogs.
pub enum Dialog {
    /// Choose a template for a new draft.
    Templates,
    /// Unsaved changes: Lưu / Không lưu / Hủy, then `Pending`.
    UnsavedChanges(Pending),
    /// A message (error or information) with a title.
    Message {
        title: String,
        text: String,
    },
    /// The export succeeded: offer to open the file or its folder.
    Exported(PathBuf),
    /// The previous session left unsaved work.
    Recover(Box<Recovery>),
    /// Export asked while the checker reports errors: export anyway, or review them.
    ExportWithErrors(usize, ExportFormat),
    /// "In…": which pages, then the default printer.
    Print(Box<printing::PrintDialog>),
    /// An import finished: what was guessed or repaired, and the encoding used.
    Imported {
        source: PathBuf,
        warnings: Vec<String>,
        encoding: Option<crate::import::Encoding>,
    },
    /// Text pasted by the clerk, to import as a document.
    Paste(String),
    /// The audit of a Word file received from elsewhere.
    Audit(Box<audit::AuditReport>),
    /// The organisation profile (first run or later edits).
    Profile {
        first_run: bool,
        draft: Box<ProfileDraft>,
    },
    /// The preamble helper wrote a paragraph, and the first one already holds the clerk's
    /// text: replace it, add the new one, or cancel.
    ReplacePreamble(String),
    /// No file dialog could open: the path is typed in the editor instead.
    PathPrompt(Box<PathPrompt>),
    Help,
}

pub struct App {
    pub doc: Document,
    /// The draft file; `None` until first saved (or when a file failed to load).
    pub path: Option<PathBuf>,
    revision: u64,
    saved_revision: u64,
    /// Changes when a whole new document is taken (new, open, import, recovery).
    generation: u64,
    history: History,
    pub step: Step,
    /// The selected block of the outline.
    pub selected: Option<BlockPath>,
    pub dialog: Option<Dialog>,
    pub profile: Profile,
    pub dirs: Dirs,
    pub recent: Vec<PathBuf>,
    pub picker: Box<dyn FilePicker>,
    /// A one-line status shown at the bottom of the window.
    pub status: String,
    /// Time (seconds) of the last recovery copy.
    last_autosave: f64,
    /// The revision the last recovery copy holds: nothing is written twice.
    recovered_revision: u64,
    /// Time (seconds) of the last edit, for the record workspace's short autosave.
    changed_at: f64,
    /// The news item written from the record, waiting for its file (html, text).
    news: Option<(String, String)>,
    /// Set when the clerk has decided to close the window.
    pub quit_confirmed: bool,
    /// Format findings of the current draft, computed off the UI thread.
    pub checker: checking::Checker,
}

impl App {
    /// The app on `doc`, with the platform's or injected directories and dialogs.
    pub fn new(doc: Document, dirs: Dirs, picker: Box<dyn FilePicker>) -> Self {
        let (profile, first_run) = match crate::store::profile::load(&dirs.config) {
            Ok(Some(p)) => (p, false),
            Ok(None) => (Profile::example(), true),
            // A broken profile is shown as an example, never overwritten silently:
            // the clerk sees the message and saves a new one deliberately.
            Err(_) => (Profile::example(), true),
        };
        let step = Step::first_for(&doc);
        let mut app = Self {
            doc,
            path: None,
            revision: 0,
            saved_revision: 0,
            generation: 0,
            history: History::default(),
            step,
            selected: None,
            dialog: None,
            profile,
            dirs,
            recent: Vec::new(),
            picker,
            status: String::new(),
            last_autosave: 0.0,
            recovered_revision: 0,
            changed_at: 0.0,
            news: None,
            quit_confirmed: false,
            checker: checking::Checker::new(),
        };
        match crate::store::recovery::read(&app.dirs.data) {
            Ok(Some(rec)) => app.dialog = Some(Dialog::Recover(Box::new(rec))),
            // Kept, not overwritten by the next autosave, and the clerk is told.
            Err(e) => {
                let kept = crate::store::recovery::set_aside(&app.dirs.data)
                    .map_or_else(String::new, |p| {
                        format!(" Bản đó được giữ lại tại “{}”.", p.display())
                    });
                app.show_message(
                    "Không mở được bản khôi phục",
                    format!("Bản khôi phục của lần làm việc trước không mở được: {e}{kept}"),
                );
            }
            Ok(None) if first_run => {
                app.dialog = Some(Dialog::Profile {
                    first_run: true,
                    draft: Box::new(ProfileDraft::blank()),
                })
            }
            Ok(None) => {}
        }
        app
    }

    /// Changes when the editor starts on another document (new, open, import, recovery).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Changes with every edit; views cache on it.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// Window title: file name, a mark for unsaved changes, the program.
    pub fn title(&self) -> String {
        let name = self
            .path
            .as_deref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Bản thảo chưa lưu".to_owned());
        let mark = if self.is_dirty() { "● " } else { "" };
        format!("{mark}{name} — vanban")
    }

    /// Applies an edit to the document: recorded for undo, marks the draft dirty.
    pub fn edit(&mut self, key: EditKey, now: f64, f: impl FnOnce(&mut Document)) {
        let before = self.doc.clone();
        f(&mut self.doc);
        if self.doc != before {
            if self.doc.conference != before.conference {
                self.record_changed();
            }
            self.history.record(&before, self.revision, key, now);
            self.revision += 1;
            self.changed_at = now;
        }
    }

    pub fn undo(&mut self) {
        if let Some((doc, _)) = self.history.undo(&self.doc, self.revision) {
            self.restore(doc);
        }
    }

    pub fn redo(&mut self) {
        if let Some((doc, _)) = self.history.redo(&self.doc, self.revision) {
            self.restore(doc);
        }
    }

    fn restore(&mut self, doc: Document) {
        self.doc = doc;
        // A restored state is a new revision: it is dirty unless it equals the saved one,
        // which we cannot know cheaply; saving again is harmless.
        self.revision += 1;
        if self
            .selected
            .as_ref()
            .is_some_and(|p| crate::model::outline::get(&self.doc.body, p).is_none())
        {
            self.selected = None;
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Replaces the whole document (new, open, recover): a fresh history.
    pub(super) fn replace_document(&mut self, doc: Document, path: Option<PathBuf>) {
        self.generation += 1;
        self.doc = doc;
        self.path = path;
        self.history.clear();
        self.revision += 1;
        self.saved_revision = self.revision;
        self.selected = None;
        self.step = Step::first_for(&self.doc);
    }

    fn mark_saved(&mut self) {
        self.saved_revision = self.revision;
    }

    /// Writes a recovery copy when the draft has unsaved changes the last copy lacks:
    /// at most every `AUTOSAVE_SECONDS`, and in the record workspace
    /// `RECORD_AUTOSAVE_SECONDS` after the last change.
    pub fn autosave_tick(&mut self, now: f64) {
        if !self.is_dirty() || self.revision == self.recovered_revision {
            self.last_autosave = now;
            return;
        }
        if self.autosave_due(now) == Some(0.0) {
            self.write_recovery();
            self.last_autosave = now;
        }
    }

    /// Seconds until the next recovery copy is due; `None` when none is (nothing
    /// unsaved, or the copy already holds it), so that an idle editor never wakes.
    pub fn autosave_due(&self, now: f64) -> Option<f64> {
        if !self.is_dirty() || self.revision == self.recovered_revision {
            return None;
        }
        let mut wait = AUTOSAVE_SECONDS - (now - self.last_autosave);
        if self.step == Step::Record {
            wait = wait.min(RECORD_AUTOSAVE_SECONDS - (now - self.changed_at));
        }
        Some(wait.max(0.0))
    }

    /// Writes the recovery copy now (also on exit with unsaved changes).
    pub fn write_recovery(&mut self) {
        match crate::store::recovery::write(&self.dirs.data, self.path.as_deref(), &self.doc) {
            Ok(()) => self.recovered_revision = self.revision,
            Err(e) => self.status = format!("Không ghi được bản sao khôi phục: {e}"),
        }
    }

    /// Puts `path` first in the recent-files list.
    fn remember_recent(&mut self, path: &std::path::Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(8);
    }

    pub fn show_message(&mut self, title: &str, text: impl Into<String>) {
        self.dialog = Some(Dialog::Message {
            title: title.to_owned(),
            text: text.into(),
        });
    }
}

/// The profile as edited in its dialog: multi-line fields are kept as the clerk types
/// them and split into entries only when the profile is saved.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileDraft {
    pub profile: Profile,
    /// "Cơ quan cấp trên", one body per line.
    pub upper: String,
    /// "Nơi nhận thường dùng", one per line, a note in brackets: "Ban Thường vụ Tỉnh ủy (để báo cáo)".
    pub recipients: String,
    /// The electronic version's images as chosen (or read back); `None`: none, or removed.
    pub signature: Option<ChosenMark>,
    pub seal: Option<ChosenMark>,
    /// Under the images: why a file was refused, or what the guideline asks that it lacks.
    pub mark_note: Option<String>,
    /// The path field for an image, shown when no file dialog can open.
    pub mark_path: Option<(crate::store::marks::MarkKind, String)>,
}

impl ProfileDraft {
    pub fn new(profile: &Profile) -> Self {
        let recipients = profile
            .recipients
            .iter()
            .map(|r| match &r.note {
                Some(n) => format!("{} ({n})", r.name),
                None => r.name.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        Self {
            profile: profile.clone(),
            upper: profile.upper.join("\n"),
            recipients,
            signature: None,
            seal: None,
            mark_note: None,
            mark_path: None,
        }
    }

    /// An empty form (first run): the example is shown as hints, never as text to delete.
    pub fn blank() -> Self {
        let mut profile = Profile::example();
        profile.upper.clear();
        profile.issuer.clear();
        profile.symbol.clear();
        profile.place.clear();
        profile.archive.clear();
        profile.term.clear();
        profile.recipients.clear();
        for s in &mut profile.signers {
            s.title.clear();
            s.name.clear();
        }
        Self::new(&profile)
    }

    /// The profile to save: every value committed (NFC, trimmed, empty lines dropped).
    pub fn commit(&self) -> Profile {
        use crate::model::tidy;
        let mut p = self.profile.clone();
        p.upper = tidy::lines(&[&self.upper]);
        p.recipients = tidy::lines(&[&self.recipients])
            .into_iter()
            .map(|line| match line.rsplit_once(" (") {
                Some((name, note)) if note.ends_with(')') => crate::model::Recipient::noted(
                    tidy::line(name),
                    tidy::line(note.trim_end_matches(')')),
                ),
                _ => crate::model::Recipient::new(line),
            })
            .collect();
        for s in [
            &mut p.issuer,
            &mut p.symbol,
            &mut p.place,
            &mut p.archive,
            &mut p.term,
        ] {
            *s = tidy::line(s);
        }
        for s in &mut p.signers {
            s.title = tidy::line(&s.title);
            s.name = tidy::line(&s.name);
        }
        p.signers
            .retain(|s| !s.name.is_empty() || !s.title.is_empty());
        p.signature_image = self.signature.as_ref().map(ChosenMark::record);
        p.seal_image = self.seal.as_ref().map(ChosenMark::record);
        p.signature_of = tidy::line(&p.signature_of);
        p
    }
}

/// What to do with a paragraph the preamble helper wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreambleChoice {
    Replace,
    Add,
    Cancel,
}

/// The in-app path field shown when no file dialog can open.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    pub purpose: picker::Purpose,
    /// The path as the clerk types it, pre-filled with the last folder and suggested name.
    pub text: String,
    /// Why the usual dialog did not open, in Vietnamese.
    pub why: String,
    /// What to do after a successful save (from the unsaved-changes dialog).
    pub then: Option<Pending>,
}

/// Where a paragraph lives in the document, for editors that change one paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ParaRef {
    /// A legal basis (căn cứ).
    Basis(usize),
    Preamble(usize),
    Closing(usize),
    /// A block of an appendix: the appendix, then the block's path in its text.
    Appendix(usize, BlockPath),
    /// A body block: the paragraph itself, or a section's title.
    Block(BlockPath),
}

impl ParaRef {
    /// A stable key for undo merging and widget ids.
    pub fn key(&self) -> String {
        format!("{self:?}")
    }

    pub fn get<'a>(&self, doc: &'a Document) -> Option<&'a crate::model::Paragraph> {
        use crate::model::Block;
        match self {
            ParaRef::Basis(i) => doc.bases.get(*i),
            ParaRef::Preamble(i) => doc.preamble.get(*i),
            ParaRef::Closing(i) => doc.closing.get(*i),
            ParaRef::Appendix(a, p) => {
                match crate::model::outline::get(&doc.appendices.get(*a)?.body, p)? {
                    Block::Para(para) => Some(para),
                    Block::Section(s) => Some(&s.title),
                }
            }
            ParaRef::Block(p) => match crate::model::outline::get(&doc.body, p)? {
                Block::Para(para) => Some(para),
                Block::Section(s) => Some(&s.title),
            },
        }
    }

    pub fn get_mut<'a>(&self, doc: &'a mut Document) -> Option<&'a mut crate::model::Paragraph> {
        use crate::model::Block;
        match self {
            ParaRef::Basis(i) => doc.bases.get_mut(*i),
            ParaRef::Preamble(i) => doc.preamble.get_mut(*i),
            ParaRef::Closing(i) => doc.closing.get_mut(*i),
            ParaRef::Appendix(a, p) => {
                match crate::model::outline::get_mut(&mut doc.appendices.get_mut(*a)?.body, p)? {
                    Block::Para(para) => Some(para),
                    Block::Section(s) => Some(&mut s.title),
                }
            }
            ParaRef::Block(p) => match crate::model::outline::get_mut(&mut doc.body, p)? {
                Block::Para(para) => Some(para),
                Block::Section(s) => Some(&mut s.title),
            },
        }
    }
}
