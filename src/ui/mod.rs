//! The desktop editor (egui). Panels draw from `&App` and queue `Command`s; `Gui::show`
//! applies them in one place at the end of the frame (`App::apply`) and gives the keyboard
//! to the field the command names, so focus, undo and the dirty mark are handled once.
//! Typing goes straight to the model through `App::edit`, losslessly; values are committed
//! (NFC, trimmed) when a field loses the keyboard, a step is left, or the draft is saved.

mod appendices;
mod audit;
mod body;
mod dialogs;
mod esign;
pub mod fields;
pub mod focus;
pub mod fonts;
mod forms;
pub mod input;
mod joint;
mod marks;
mod menu;
mod paragraphs;
mod preview;
mod print;
mod record;
mod review;
pub mod rich_text;
mod steps;

use crate::app::{Action, App, Command, Dialog, ParaRef, Pending};
use egui::{ThemePreference, Ui};

/// Below this window width (points) the preview folds away, so that the forms keep room.
pub const FOLD_PREVIEW_BELOW: f32 = 1200.0;
/// Seconds the checker waits for a pause in typing before checking the draft again.
const CHECK_AFTER_PAUSE: f64 = 0.5;
/// Seconds the caret blinks after the clerk last typed or clicked. A blink redraws the
/// whole window; on software rendering that alone costs several percent of a core.
const BLINK_SECONDS: f64 = 3.0;

/// The last selection in a paragraph editor: B/I/U act on it even after a click on the
/// toolbar took the keyboard away.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub at: ParaRef,
    pub start: usize,
    pub end: usize,
}

/// State of the interface itself (not of the document).
pub struct UiState {
    /// Commands queued by the panels during this frame.
    pub commands: Vec<Command>,
    pub selection: Option<Selection>,
    pub preview: preview::Cache,
    /// The preview in the "Xem" menu.
    pub show_preview: bool,
    /// Shown although the window is narrow ("◄ Xem trước trang in").
    pub unfold_preview: bool,
    pub theme: ThemePreference,
    /// Whether the caret blinks at all (as the system's "cursor blink" setting; off in
    /// scripted tests, where a blink would be a frame that never settles).
    pub caret_blinks: bool,
    /// The title last sent to the window (a viewport command costs a repaint).
    sent_title: Option<String>,
    /// Time of the last key or click, for the caret's blinking.
    last_input: f64,
    blinking: Option<bool>,
    /// Revision and time of the last change, for the checker's pause.
    changed: (u64, f64),
    /// Scroll the outline to the row that has the keyboard (after a command moved it).
    pub reveal: bool,
    /// The record workspace's own state (picker queries, the members being pasted).
    pub record: record::RecordUi,
    /// Footnote numbers through the document, with the revision they were counted at.
    notes: Option<(u64, std::sync::Arc<paragraphs::NoteNumbers>)>,
    /// A field given the keyboard by a command, and for how many more frames to give it
    /// again: a dialog closing in the same frame still blocks the editor for one frame,
    /// and egui takes the keyboard from any widget it blocks.
    refocus: Option<(egui::Id, u8)>,
    /// A dialog was drawn in the last frame and is gone now (see `raw_input_hook`).
    closing_dialog: bool,
    /// The field that had the keyboard when a dialog opened, and the document then.
    before_dialog: Option<(Option<egui::Id>, u64)>,
}

impl Default for UiState {
    fn default() -> Self {
        Self {
            commands: Vec::new(),
            selection: None,
            preview: Default::default(),
            show_preview: true,
            unfold_preview: false,
            theme: ThemePreference::Light,
            caret_blinks: true,
            sent_title: None,
            last_input: 0.0,
            blinking: None,
            changed: (u64::MAX, 0.0),
            reveal: false,
            record: Default::default(),
            notes: None,
            refocus: None,
            closing_dialog: false,
            before_dialog: None,
        }
    }
}

impl UiState {
    pub fn queue(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Back in the editor after a dialog: the keyboard returns to the field it was in, or,
    /// on a document just made, opened or imported, to the step's first field.
    fn dialog_closed(&mut self, ctx: &egui::Context, app: &App) {
        match self.before_dialog.take() {
            // Only a text field: a menu entry or a button that opened the dialog is gone.
            Some((Some(id), generation))
                if generation == app.generation()
                    && egui::TextEdit::load_state(ctx, id).is_some() =>
            {
                ctx.memory_mut(|m| m.request_focus(id));
                self.refocus = Some((id, 2));
            }
            _ => self.queue(Command::GoTo(app.step)),
        }
    }
}

/// The editor window: the app state plus interface state.
pub struct Gui {
    pub app: App,
    pub ui: UiState,
    fonts_installed: bool,
    /// Input events held back for the next frame (see `input`).
    held: input::Held,
}

impl Gui {
    pub fn new(app: App) -> Self {
        Self {
            app,
            ui: UiState::default(),
            fonts_installed: false,
            held: Default::default(),
        }
    }

    /// One frame of the whole window.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_installed {
            fonts::install(&ctx);
            ctx.set_theme(self.ui.theme);
            self.fonts_installed = true;
            // A new window (or draft) opens with the keyboard in its first field.
            if self.app.dialog.is_none() {
                self.ui.queue(Command::GoTo(self.app.step));
            }
        }
        let now = ui.input(|i| i.time);
        self.keep_focus(&ctx);
        self.caret_blink(&ctx, now);
        self.handle_shortcuts(ui);

        egui::Panel::top("menu").show(ui, |ui| menu::bar(ui, &mut self.app, &mut self.ui));
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let rules = crate::rules::RuleSet::by_id(&self.app.doc.rules)
                    .map(|r| r.name.as_str())
                    .unwrap_or(self.app.doc.rules.as_str());
                ui.add(egui::Label::new(egui::RichText::new(rules).small()).truncate());
                ui.separator();
                ui.label(egui::RichText::new(&self.app.status).small());
            });
        });
        let narrow = ctx.content_rect().width() < FOLD_PREVIEW_BELOW;
        egui::Panel::left("steps")
            .resizable(true)
            .default_size(if narrow { 180.0 } else { 210.0 })
            .show(ui, |ui| steps::panel(ui, &self.app, &mut self.ui));
        let folded = narrow && !self.ui.unfold_preview;
        if self.ui.show_preview && !folded {
            egui::Panel::right("preview")
                .resizable(true)
                .default_size(if narrow { 340.0 } else { 430.0 })
                .show(ui, |ui| preview::panel(ui, &self.app, &mut self.ui.preview));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.step_header(ui, folded);
            egui::ScrollArea::both()
                .id_salt("step")
                .auto_shrink(false)
                .show(ui, |ui| {
                    ui.set_min_width(480.0);
                    self.step_page(ui, now)
                });
        });

        let had_dialog = self.app.dialog.is_some();
        if !had_dialog {
            self.ui.before_dialog = Some((ctx.memory(|m| m.focused()), self.app.generation()));
        }
        dialogs::show(&ctx, &mut self.app, &mut self.ui);
        self.ui.closing_dialog = had_dialog && self.app.dialog.is_none();
        self.apply_commands(&ctx, now);
        self.app.autosave_tick(now);
        if let Some(wait) = self.app.autosave_due(now) {
            // The recovery copy is due even if nobody touches the window; once written,
            // nothing is due and an idle editor sleeps.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait + 0.05));
        }
        self.check_after_pause(&ctx, now);
    }

    /// Runs the queued commands and gives the keyboard where the last one says.
    fn apply_commands(&mut self, ctx: &egui::Context, now: f64) {
        let commands = std::mem::take(&mut self.ui.commands);
        for command in commands {
            let command = match command {
                Command::Action(a) if a.is_text_format() => match self.format_selection(a) {
                    Some(c) => c,
                    None => continue,
                },
                other => other,
            };
            let before = focus::current_caret(ctx);
            if let Some(target) = self.app.apply(command, now) {
                if let Some(id) = focus::give(ctx, &self.app, &target, before) {
                    self.ui.refocus = Some((id, 2));
                    if let crate::app::Field::Record(_) = target.field {
                        record::cells::ask_reveal(ctx, id);
                    }
                }
                if let crate::app::Field::Paragraph(ParaRef::Block(_)) = target.field {
                    // Scroll to the row and lay out every row once, so that its position
                    // is exact.
                    self.ui.reveal = true;
                }
            }
        }
    }

    /// Gives the keyboard again to the field a command chose, for a couple of frames.
    fn keep_focus(&mut self, ctx: &egui::Context) {
        let Some((id, frames)) = self.ui.refocus.take() else {
            return;
        };
        if ctx.memory(|m| m.focused()) != Some(id) {
            ctx.memory_mut(|m| m.request_focus(id));
        }
        if frames > 1 {
            self.ui.refocus = Some((id, frames - 1));
            // Those frames must come even if the clerk does nothing.
            ctx.request_repaint();
        }
    }

    /// B/I/U from the menu or the toolbar act on the last selection of a paragraph.
    fn format_selection(&mut self, action: Action) -> Option<Command> {
        let style = match action {
            Action::Bold => crate::model::Style::Bold,
            Action::Italic => crate::model::Style::Italic,
            _ => crate::model::Style::Underline,
        };
        match self.ui.selection.clone() {
            Some(s) if s.start != s.end && s.at.get(&self.app.doc).is_some() => {
                Some(Command::ToggleStyle {
                    at: s.at,
                    start: s.start,
                    end: s.end,
                    style,
                })
            }
            _ => {
                self.app.status = format!(
                    "Chọn (bôi đen) phần chữ trong một đoạn văn trước khi bấm “{}”.",
                    action.label()
                );
                None
            }
        }
    }

    /// The checker runs once typing pauses, never between two keystrokes.
    fn check_after_pause(&mut self, ctx: &egui::Context, now: f64) {
        let revision = self.app.revision();
        if self.ui.changed.0 != revision {
            let first = self.ui.changed.0 == u64::MAX;
            self.ui.changed = (revision, if first { f64::MIN } else { now });
        }
        let waited = now - self.ui.changed.1;
        if waited >= CHECK_AFTER_PAUSE {
            self.app
                .checker
                .update(&self.app.doc, revision, crate::templates::today());
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                CHECK_AFTER_PAUSE - waited,
            ));
            return;
        }
        if !self.app.checker.is_current(revision) {
            // Come back for the checker's result.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// The caret blinks while the clerk works and stays lit once they stop.
    fn caret_blink(&mut self, ctx: &egui::Context, now: f64) {
        let acted = ctx.input(|i| {
            i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key { .. }
                        | egui::Event::Text(_)
                        | egui::Event::Ime(_)
                        | egui::Event::PointerButton { .. }
                        | egui::Event::Paste(_)
                )
            })
        });
        if acted {
            self.ui.last_input = now;
        }
        let blink = self.ui.caret_blinks
            && now - self.ui.last_input < BLINK_SECONDS
            && self.ui.last_input > 0.0;
        if self.ui.blinking != Some(blink) {
            self.ui.blinking = Some(blink);
            ctx.all_styles_mut(|s| s.visuals.text_cursor.blink = blink);
        }
        if blink {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                BLINK_SECONDS - (now - self.ui.last_input) + 0.05,
            ));
        }
    }

    /// The step's title, what it lacks and (for the body) the outline toolbar: these stay
    /// in place while the page scrolls.
    fn step_header(&mut self, ui: &mut Ui, folded: bool) {
        ui.horizontal(|ui| {
            ui.heading(self.app.step.label());
            if folded && self.ui.show_preview {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button("◄ Xem trước trang in")
                        .on_hover_text("Cửa sổ hẹp nên bản xem trước được thu lại; bấm để hiện")
                        .clicked()
                    {
                        self.ui.unfold_preview = true;
                    }
                });
            }
        });
        let missing = self.app.step.missing(&self.app.doc);
        if !missing.is_empty() {
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!("Còn thiếu: {}", missing.join(", ")))
                        .color(ui.visuals().warn_fg_color),
                )
                .wrap(),
            );
        }
        if self.app.step == crate::app::Step::Body {
            body::toolbar(ui, &mut self.ui);
        }
        ui.separator();
    }

    fn step_page(&mut self, ui: &mut Ui, now: f64) {
        use crate::app::Step;
        match self.app.step {
            Step::General => forms::general(ui, &mut self.app, now),
            Step::Preamble => paragraphs::preamble(ui, &mut self.app, &mut self.ui, now),
            Step::Body => body::page(ui, &mut self.app, &mut self.ui, now),
            Step::Closing => paragraphs::closing(ui, &mut self.app, &mut self.ui, now),
            Step::Recipients => forms::recipients(ui, &mut self.app, &mut self.ui, now),
            Step::Signature => forms::signature(ui, &mut self.app, now),
            Step::Review => review::page(ui, &mut self.app, &mut self.ui, now),
            Step::Record => record::page(ui, &mut self.app, &mut self.ui, now),
        }
    }

    /// Shortcuts from the action table. Outline keys (Tab, Alt+↑…) act only while no text
    /// field has the keyboard (a row's own editor handles them while it has it), so
    /// typing (and IME input) is never intercepted.
    fn handle_shortcuts(&mut self, ui: &mut Ui) {
        if self.app.dialog.is_some() {
            return;
        }
        let typing = ui.ctx().egui_wants_keyboard_input();
        for (command, shortcut) in shortcut_table() {
            if let Command::Action(action) = command {
                if action.is_text_format() {
                    // Handled by the focused paragraph editor.
                    continue;
                }
                let outline_key = action.is_outline() || action == Action::Delete;
                if outline_key && (typing || self.app.step != crate::app::Step::Body) {
                    continue;
                }
                // Ctrl+Enter belongs to the discussion in the record workspace: it ends an
                // intervention and calls the next speaker.
                let adds_item = matches!(action, Action::AddSection | Action::AddChild);
                if adds_item && self.app.step == crate::app::Step::Record {
                    continue;
                }
            }
            if ui.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.ui.queue(command);
            }
        }
    }
}

/// Every shortcut, most modifiers first: egui matches shortcuts "logically" (an extra
/// Shift is ignored), so Ctrl+Shift+S must be tried before Ctrl+S.
fn shortcut_table() -> Vec<(Command, egui::KeyboardShortcut)> {
    use egui::{Key, KeyboardShortcut, Modifiers};
    let mut table: Vec<(Command, KeyboardShortcut)> = Action::ALL
        .iter()
        .filter_map(|a| a.shortcut().map(|s| (Command::Action(*a), s)))
        .chain([
            (Command::Action(Action::Redo), Action::redo_alternative()),
            (
                Command::NextStep,
                KeyboardShortcut::new(Modifiers::COMMAND, Key::PageDown),
            ),
            (
                Command::PreviousStep,
                KeyboardShortcut::new(Modifiers::COMMAND, Key::PageUp),
            ),
        ])
        .collect();
    table.sort_by_key(|(_, s)| {
        std::cmp::Reverse(u8::from(s.modifiers.shift) + u8::from(s.modifiers.alt))
    });
    table
}

impl eframe::App for Gui {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let title = self.app.title();
        if self.ui.sent_title.as_ref() != Some(&title) {
            // Every viewport command asks for another frame: send it only on change.
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.ui.sent_title = Some(title);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.app.quit_confirmed {
            if self.app.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                if self.app.dialog.is_none() {
                    self.app.dialog = Some(Dialog::UnsavedChanges(Pending::Quit));
                }
            } else {
                self.app.quit_confirmed = true;
            }
        }
        self.show(ui);
        if self.app.quit_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if !self.held.is_empty() {
            ctx.request_repaint();
        }
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if std::mem::take(&mut self.ui.closing_dialog) {
            // The dialog closed in the last frame but still blocks the editor in this one:
            // what the clerk types now belongs to the field behind it, next frame.
            self.held.hold_all(raw_input);
            ctx.request_repaint();
        } else if self.held.split(raw_input) {
            ctx.request_repaint();
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.app.is_dirty() && !self.app.quit_confirmed {
            self.app.write_recovery();
        }
    }
}
