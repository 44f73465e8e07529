//! The desktop editor (egui). Panels draw from `&App` state and change it only through
//! `App`'s methods, so every change is undoable and marks the draft dirty.

mod body;
mod dialogs;
pub mod fonts;
mod forms;
mod menu;
mod paragraphs;
mod preview;
mod review;
pub mod rich_text;
mod steps;

use crate::app::{Action, App, Dialog, Pending, Step};
use crate::model::Style;
use egui::Ui;

/// State of the interface itself (not of the document).
#[derive(Default)]
pub struct UiState {
    /// A style to toggle over the selection of the focused paragraph (toolbar B/I/U).
    pub format: Option<Style>,
    /// The paragraph editor that last had the keyboard.
    pub last_focus: Option<String>,
    pub preview: preview::Cache,
    pub show_preview: bool,
    /// Scroll to the selected outline row and put the cursor in it (after an outline
    /// action or a jump to a finding).
    pub reveal_selection: bool,
}

/// The editor window: the app state plus interface state.
pub struct Gui {
    pub app: App,
    pub ui: UiState,
    fonts_installed: bool,
}

impl Gui {
    pub fn new(app: App) -> Self {
        Self {
            app,
            ui: UiState {
                show_preview: true,
                ..UiState::default()
            },
            fonts_installed: false,
        }
    }

    /// One frame of the whole window.
    pub fn show(&mut self, ui: &mut Ui) {
        if !self.fonts_installed {
            fonts::install(ui.ctx());
            self.fonts_installed = true;
        }
        let now = ui.input(|i| i.time);
        self.handle_shortcuts(ui, now);

        egui::Panel::top("menu").show(ui, |ui| menu::bar(ui, &mut self.app, &mut self.ui, now));
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let rules = crate::rules::RuleSet::by_id(&self.app.doc.rules)
                    .map(|r| r.name.as_str())
                    .unwrap_or(self.app.doc.rules.as_str());
                ui.label(egui::RichText::new(rules).small());
                ui.separator();
                ui.label(egui::RichText::new(&self.app.status).small());
            });
        });
        egui::Panel::left("steps")
            .resizable(true)
            .default_size(210.0)
            .show(ui, |ui| steps::panel(ui, &mut self.app));
        if self.ui.show_preview {
            egui::Panel::right("preview")
                .resizable(true)
                .default_size(430.0)
                .show(ui, |ui| preview::panel(ui, &self.app, &mut self.ui.preview));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.step_header(ui, now);
            egui::ScrollArea::vertical()
                .id_salt("step")
                .auto_shrink(false)
                .show(ui, |ui| self.step_page(ui, now));
        });

        dialogs::show(ui.ctx(), &mut self.app, now);
        self.app.autosave_tick(now);
        let revision = self.app.revision();
        self.app
            .checker
            .update(&self.app.doc, revision, crate::templates::today());
        if !self.app.checker.is_current(revision) {
            // Come back for the checker's result.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.ui.format = None;
    }

    /// The step's title, what it lacks and (for the body) the outline toolbar: these stay
    /// in place while the page scrolls.
    fn step_header(&mut self, ui: &mut Ui, now: f64) {
        ui.heading(self.app.step.label());
        let missing = self.app.step.missing(&self.app.doc);
        if !missing.is_empty() {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!("Còn thiếu: {}", missing.join(", ")),
            );
        }
        if self.app.step == Step::Body {
            body::toolbar(ui, &mut self.app, &mut self.ui, now);
        }
        ui.separator();
    }

    fn step_page(&mut self, ui: &mut Ui, now: f64) {
        match self.app.step {
            Step::General => forms::general(ui, &mut self.app, now),
            Step::Preamble => paragraphs::preamble(ui, &mut self.app, &mut self.ui, now),
            Step::Body => body::page(ui, &mut self.app, &mut self.ui, now),
            Step::Closing => paragraphs::closing(ui, &mut self.app, &mut self.ui, now),
            Step::Recipients => forms::recipients(ui, &mut self.app, now),
            Step::Signature => forms::signature(ui, &mut self.app, now),
            Step::Review => review::page(ui, &mut self.app, &mut self.ui, now),
        }
    }

    /// Shortcuts from the action table. Outline keys (Tab, Alt+↑…) act only while no text
    /// field has the keyboard, so typing (and IME input) is never intercepted.
    fn handle_shortcuts(&mut self, ui: &mut Ui, now: f64) {
        if self.app.dialog.is_some() {
            return;
        }
        let typing = ui.ctx().egui_wants_keyboard_input();
        // egui matches shortcuts "logically" (extra Shift is ignored), so Ctrl+Shift+S
        // must be tried before Ctrl+S: most modifiers first.
        let mut table: Vec<(Action, egui::KeyboardShortcut)> = Action::ALL
            .iter()
            .filter_map(|a| a.shortcut().map(|s| (*a, s)))
            .chain(std::iter::once((Action::Redo, Action::redo_alternative())))
            .collect();
        table.sort_by_key(|(_, s)| {
            std::cmp::Reverse(u8::from(s.modifiers.shift) + u8::from(s.modifiers.alt))
        });
        for (action, shortcut) in table {
            if action.is_text_format() {
                // Handled by the focused paragraph editor.
                continue;
            }
            // Outline keys (Tab, Alt+↑…) belong to the outline: elsewhere Tab moves
            // between fields, and while typing they belong to the text.
            let outline_key = action.is_outline() || action == Action::Delete;
            if outline_key && (typing || self.app.step != Step::Body) {
                continue;
            }
            if ui.input_mut(|i| i.consume_shortcut(&shortcut)) {
                run(&mut self.app, &mut self.ui, action, now);
            }
        }
    }
}

/// Runs one action of the table (from a menu, a button or a shortcut).
pub fn run(app: &mut App, ui_state: &mut UiState, action: Action, now: f64) {
    match action {
        Action::New => app.dialog = Some(Dialog::Templates),
        Action::Open => {
            if let Some(path) = app.picker.open_draft() {
                app.request(Pending::Open(path));
            }
        }
        Action::Save => {
            app.save();
        }
        Action::SaveAs => {
            app.save_as();
        }
        Action::Import => {
            if let Some(path) = app.picker.import_file() {
                app.request(Pending::Import(path, crate::import::Encoding::Auto));
            }
        }
        Action::Paste => app.dialog = Some(Dialog::Paste(String::new())),
        Action::Export => app.export_requested(),
        Action::Undo => app.undo(),
        Action::Redo => app.redo(),
        Action::AddSection
        | Action::AddChild
        | Action::MoveUp
        | Action::MoveDown
        | Action::Indent
        | Action::Outdent
        | Action::Delete => {
            app.step = Step::Body;
            body::outline_action(app, action, now);
            // The moved or new row keeps the keyboard, so that Tab or Alt+↑ can be pressed
            // again (its editor handles them) or its text typed.
            ui_state.reveal_selection = true;
        }
        Action::Bold => ui_state.format = Some(Style::Bold),
        Action::Italic => ui_state.format = Some(Style::Italic),
        Action::Underline => ui_state.format = Some(Style::Underline),
        Action::Profile => {
            app.dialog = Some(Dialog::Profile {
                first_run: false,
                draft: Box::new(app.profile.clone()),
            })
        }
        Action::Help => app.dialog = Some(Dialog::Help),
    }
}

impl eframe::App for Gui {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.app.title()));
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
        // Autosave needs frames even when the clerk is idle.
        ctx.request_repaint_after(std::time::Duration::from_secs(5));
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.app.is_dirty() && !self.app.quit_confirmed {
            self.app.write_recovery();
        }
    }
}
