//! What the clerk asks for — from a menu, a toolbar button, a shortcut or a key inside a
//! field — as data. Panels queue commands; `App::apply` runs them in one place at the end of
//! the frame, and says where the keyboard goes next, so that focus, undo and the dirty mark
//! are handled once for every command.

use super::{Action, App, Dialog, ParaRef, PreambleChoice, Step};
use crate::model::outline::Path as BlockPath;
use crate::model::{Appendix, Block, Recipient, Style};

/// Which list of free paragraphs a command acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaList {
    Bases,
    Preamble,
    Closing,
    /// The top-level blocks of appendix n.
    Appendix(usize),
}

impl ParaList {
    pub fn at(self, i: usize) -> ParaRef {
        match self {
            ParaList::Bases => ParaRef::Basis(i),
            ParaList::Preamble => ParaRef::Preamble(i),
            ParaList::Closing => ParaRef::Closing(i),
            ParaList::Appendix(a) => ParaRef::Appendix(a, vec![i]),
        }
    }

    /// How many entries the list has in `doc`.
    pub fn len(self, doc: &crate::model::Document) -> usize {
        match self {
            ParaList::Bases => doc.bases.len(),
            ParaList::Preamble => doc.preamble.len(),
            ParaList::Closing => doc.closing.len(),
            ParaList::Appendix(a) => doc.appendices.get(a).map_or(0, |x| x.body.len()),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// An entry of the action table (menus, toolbar, shortcuts).
    Action(Action),
    /// Toggle bold, italic or underline over a character range of a paragraph.
    ToggleStyle {
        at: ParaRef,
        start: usize,
        end: usize,
        style: Style,
    },
    GoTo(Step),
    /// Shows a paragraph (a checker finding's place) and gives it the keyboard.
    FocusParagraph(ParaRef),
    NextStep,
    PreviousStep,
    AddRecipient,
    AddRecipientPreset(Recipient),
    MoveRecipient {
        from: usize,
        to: usize,
    },
    RemoveRecipient(usize),
    AddParagraph(ParaList),
    RemoveParagraph(ParaList, usize),
    /// A new appendix (phụ lục) with one empty paragraph, and one removed.
    AddAppendix,
    RemoveAppendix(usize),
    /// "¶+": a plain paragraph at the end of a section.
    AddParagraphIn(BlockPath),
    /// A footnote at a character offset of a paragraph.
    AddNote(ParaRef, usize),
    RemoveNote(ParaRef, usize),
    /// "Soạn đoạn mở đầu": writes the opening from the conference facts, asking first when
    /// it would replace what the clerk wrote.
    PreambleHelper,
    WritePreamble(String, PreambleChoice),
    /// An edit of the conference record's structure (record workspace).
    Record(super::RecordCommand),
    /// "Lập văn bản từ biên bản": a KẾT LUẬN, NGHỊ QUYẾT, THÔNG BÁO KẾT LUẬN or the news
    /// item written from the record of the open draft.
    Derive(crate::derive::Target),
}

/// A text field of the editor, named by what it holds (the interface maps it to a widget).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Field {
    Paragraph(ParaRef),
    Recipient(usize),
    Note(ParaRef, usize),
    /// The first field of a step's page.
    FirstOf(Step),
    /// A field of the record workspace.
    Record(super::RecordField),
}

/// Where the caret goes in the field that gets the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caret {
    /// Where it was in the field that had the keyboard (an item moved under the caret).
    Keep,
    /// At the end of the text.
    End,
    /// A selection, in characters.
    Range(usize, usize),
}

/// The keyboard's next place after a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    pub field: Field,
    pub caret: Caret,
}

impl Focus {
    fn new(field: Field, caret: Caret) -> Option<Self> {
        Some(Self { field, caret })
    }
}

impl App {
    /// Runs one command: the only place where the interface changes the draft. Returns the
    /// field that should get the keyboard (a moved or new item, the restored selection).
    pub fn apply(&mut self, command: Command, now: f64) -> Option<Focus> {
        use super::EditKey::Once;
        match command {
            Command::Action(action) => self.apply_action(action, now),
            Command::ToggleStyle {
                at,
                start,
                end,
                style,
            } => {
                let target = at.clone();
                self.edit(Once, now, |d| {
                    if let Some(p) = target.get_mut(d) {
                        p.toggle_style(start, end, style);
                    }
                });
                Focus::new(Field::Paragraph(at), Caret::Range(start, end))
            }
            Command::GoTo(step) => self.go_to(step),
            Command::FocusParagraph(at) => {
                self.commit_fields();
                self.step = match &at {
                    ParaRef::Basis(_) | ParaRef::Preamble(_) => Step::Preamble,
                    ParaRef::Closing(_) | ParaRef::Appendix(..) => Step::Closing,
                    ParaRef::Block(path) => {
                        self.selected = Some(path.clone());
                        Step::Body
                    }
                };
                Focus::new(Field::Paragraph(at), Caret::End)
            }
            Command::NextStep | Command::PreviousStep => {
                let i = Step::ALL.iter().position(|s| *s == self.step).unwrap_or(0);
                let j = if command == Command::NextStep {
                    (i + 1).min(Step::ALL.len() - 1)
                } else {
                    i.saturating_sub(1)
                };
                self.go_to(Step::ALL[j])
            }
            Command::AddRecipient => {
                self.edit(Once, now, |d| d.recipients.push(Recipient::default()));
                let last = self.doc.recipients.len().saturating_sub(1);
                Focus::new(Field::Recipient(last), Caret::End)
            }
            Command::AddRecipientPreset(r) => {
                self.edit(Once, now, |d| d.recipients.push(r));
                None
            }
            Command::MoveRecipient { from, to } => {
                let n = self.doc.recipients.len();
                if from >= n || to >= n {
                    return None;
                }
                self.edit(Once, now, |d| {
                    let r = d.recipients.remove(from);
                    d.recipients.insert(to, r);
                });
                Focus::new(Field::Recipient(to), Caret::End)
            }
            Command::RemoveRecipient(i) => {
                if i < self.doc.recipients.len() {
                    self.edit(Once, now, |d| drop(d.recipients.remove(i)));
                }
                None
            }
            Command::AddParagraph(list) => {
                self.edit(Once, now, |d| match list {
                    ParaList::Bases => d.bases.push(Default::default()),
                    ParaList::Preamble => d.preamble.push(Default::default()),
                    ParaList::Closing => d.closing.push(Default::default()),
                    ParaList::Appendix(a) => {
                        if let Some(x) = d.appendices.get_mut(a) {
                            x.body.push(Block::Para(Default::default()));
                        }
                    }
                });
                let n = list.len(&self.doc);
                Focus::new(Field::Paragraph(list.at(n.saturating_sub(1))), Caret::End)
            }
            Command::RemoveParagraph(list, i) => {
                self.edit(Once, now, |d| match list {
                    ParaList::Bases => remove_at(&mut d.bases, i),
                    ParaList::Preamble => remove_at(&mut d.preamble, i),
                    ParaList::Closing => remove_at(&mut d.closing, i),
                    ParaList::Appendix(a) => {
                        if let Some(x) = d.appendices.get_mut(a) {
                            remove_at(&mut x.body, i);
                        }
                    }
                });
                None
            }
            Command::AddAppendix => {
                self.edit(Once, now, |d| {
                    d.appendices.push(Appendix {
                        body: vec![Block::Para(Default::default())],
                        ..Default::default()
                    })
                });
                let a = self.doc.appendices.len().saturating_sub(1);
                Focus::new(Field::Paragraph(ParaRef::Appendix(a, vec![0])), Caret::End)
            }
            Command::RemoveAppendix(a) => {
                self.edit(Once, now, |d| remove_at(&mut d.appendices, a));
                None
            }
            Command::AddParagraphIn(path) => {
                let mut added = None;
                self.edit(Once, now, |d| {
                    added = crate::model::outline::insert_child(
                        &mut d.body,
                        &path,
                        crate::model::Block::Para(Default::default()),
                    );
                });
                let added = added?;
                self.selected = Some(added.clone());
                Focus::new(Field::Paragraph(ParaRef::Block(added)), Caret::End)
            }
            Command::AddNote(at, offset) => {
                let target = at.clone();
                let mut index = None;
                self.edit(Once, now, |d| {
                    index = target.get_mut(d).map(|p| p.add_note(offset, ""));
                });
                Focus::new(Field::Note(at, index?), Caret::End)
            }
            Command::PreambleHelper => {
                self.commit_fields();
                let text = crate::model::preamble::preamble_text(&self.doc)?;
                match self.doc.preamble.first() {
                    Some(p) if !p.is_empty() && p.text != text => {
                        self.dialog = Some(Dialog::ReplacePreamble(text));
                        None
                    }
                    _ => self.apply(Command::WritePreamble(text, PreambleChoice::Replace), now),
                }
            }
            Command::WritePreamble(text, choice) => {
                let p = crate::model::Paragraph::plain(text);
                let index = match choice {
                    PreambleChoice::Cancel => return None,
                    PreambleChoice::Replace => 0,
                    PreambleChoice::Add => self.doc.preamble.len(),
                };
                self.edit(Once, now, |d| match d.preamble.get_mut(index) {
                    Some(first) => *first = p,
                    None => d.preamble.push(p),
                });
                let index = index.min(self.doc.preamble.len().saturating_sub(1));
                Focus::new(Field::Paragraph(ParaRef::Preamble(index)), Caret::End)
            }
            Command::Record(command) => self.apply_record(command, now),
            Command::Derive(target) => {
                self.derive_from_record(target);
                None
            }
            Command::RemoveNote(at, i) => {
                let target = at.clone();
                self.edit(Once, now, |d| {
                    if let Some(p) = target.get_mut(d) {
                        if i < p.notes.len() {
                            p.notes.remove(i);
                        }
                    }
                });
                None
            }
        }
    }

    fn go_to(&mut self, step: Step) -> Option<Focus> {
        // Leaving a step commits its fields: their widgets will not be drawn again to lose
        // the keyboard.
        self.commit_fields();
        self.step = step;
        Focus::new(Field::FirstOf(step), Caret::End)
    }

    fn apply_action(&mut self, action: Action, now: f64) -> Option<Focus> {
        match action {
            Action::New => self.dialog = Some(Dialog::Templates),
            Action::Open => self.open_requested(),
            Action::Save => {
                self.save();
            }
            Action::SaveAs => {
                self.save_as();
            }
            Action::Import => self.import_requested(),
            Action::AuditWord => self.audit_requested(),
            Action::Paste => self.dialog = Some(Dialog::Paste(String::new())),
            Action::Export => self.export_requested(super::ExportFormat::Docx),
            Action::ExportPdf => self.export_requested(super::ExportFormat::Pdf),
            Action::ExportElectronic => {
                self.export_electronic_requested(super::ElectronicFormat::Docx)
            }
            Action::ExportElectronicPdf => {
                self.export_electronic_requested(super::ElectronicFormat::Pdf)
            }
            Action::Print => self.print_requested(),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::AddSection
            | Action::AddChild
            | Action::MoveUp
            | Action::MoveDown
            | Action::Indent
            | Action::Outdent
            | Action::Delete => return self.outline_action(action, now),
            // Formatting needs the clerk's selection, which the interface knows: it turns
            // these into `Command::ToggleStyle`.
            Action::Bold | Action::Italic | Action::Underline => {}
            Action::Profile => {
                self.dialog = Some(Dialog::Profile {
                    first_run: false,
                    draft: Box::new(self.profile_draft()),
                })
            }
            Action::Record => return self.go_to(Step::Record),
            Action::Help => self.dialog = Some(Dialog::Help),
        }
        None
    }

    /// Applies an outline action to the selected block (or after the last one). The moved
    /// or new item keeps the keyboard, with the caret where it was.
    fn outline_action(&mut self, action: Action, now: f64) -> Option<Focus> {
        use crate::model::outline;
        self.step = Step::Body;
        let selected = self
            .selected
            .clone()
            .filter(|p| outline::get(&self.doc.body, p).is_some());
        let mut new_selection = selected.clone();
        self.edit(super::EditKey::Once, now, |d| {
            let body = &mut d.body;
            new_selection = match (action, &selected) {
                (Action::AddSection, Some(p)) => {
                    let block = outline::sibling_like(body, p);
                    outline::insert_after(body, p, block)
                }
                (Action::AddSection, None) => {
                    let last = body.len().checked_sub(1).map(|i| vec![i]);
                    let block = match &last {
                        Some(p) => outline::sibling_like(body, p),
                        None => outline::sibling_like(body, &[]),
                    };
                    outline::insert_after(body, &[], block)
                }
                (Action::AddChild, Some(p)) => {
                    let block = outline::new_child(body, p);
                    outline::insert_child(body, p, block).or(selected.clone())
                }
                (Action::MoveUp, Some(p)) => outline::move_up(body, p).or(selected.clone()),
                (Action::MoveDown, Some(p)) => outline::move_down(body, p).or(selected.clone()),
                (Action::Indent, Some(p)) => outline::indent(body, p).or(selected.clone()),
                (Action::Outdent, Some(p)) => outline::outdent(body, p).or(selected.clone()),
                (Action::Delete, Some(p)) => {
                    outline::remove(body, p);
                    None
                }
                _ => selected.clone(),
            };
        });
        self.selected = new_selection.clone();
        let caret = match action {
            Action::AddSection | Action::AddChild => Caret::End,
            _ => Caret::Keep,
        };
        Focus::new(Field::Paragraph(ParaRef::Block(new_selection?)), caret)
    }
}

/// Removes entry `i` of `v` when it exists: a command queued for an entry that another
/// command removed in the same frame does nothing.
fn remove_at<T>(v: &mut Vec<T>, i: usize) {
    if i < v.len() {
        v.remove(i);
    }
}
