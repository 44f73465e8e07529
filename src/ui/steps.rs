//! The step list on the left: where the clerk is, and what each step still lacks.

use super::UiState;
use crate::app::{App, Command, Step};
use egui::{RichText, Ui};

pub fn panel(ui: &mut Ui, app: &App, state: &mut UiState) {
    ui.add_space(6.0);
    ui.label(RichText::new(app.doc.kind.printed_name()).strong());
    ui.add(egui::Label::new(RichText::new(app.title()).small().weak()).truncate());
    ui.separator();
    record_entry(ui, app, state);
    for step in Step::ALL {
        let missing = step.missing(&app.doc);
        let mark = if missing.is_empty() { "●" } else { "○" };
        let errors = app.checker.count(crate::check::Severity::Error);
        let text = if step == Step::Review && errors > 0 {
            format!("{mark} {} ({errors} lỗi)", step.label())
        } else {
            format!("{mark} {}", step.label())
        };
        let r = ui.selectable_label(app.step == step, text);
        let r = if missing.is_empty() {
            r
        } else {
            r.on_hover_text(format!("Còn thiếu: {}", missing.join(", ")))
        };
        if r.clicked() {
            state.queue(Command::GoTo(step));
        }
    }
    ui.separator();
    ui.horizontal(|ui| {
        let i = Step::ALL.iter().position(|s| *s == app.step).unwrap_or(0);
        if ui
            .add_enabled(i > 0, egui::Button::new("◄ Trước"))
            .clicked()
        {
            state.queue(Command::PreviousStep);
        }
        if ui
            .add_enabled(i + 1 < Step::ALL.len(), egui::Button::new("Tiếp ►"))
            .clicked()
        {
            state.queue(Command::NextStep);
        }
    });
}

/// The record workspace above the steps, for a BIÊN BẢN or a draft that keeps a record:
/// ○ while the record has an error that stops the minutes.
fn record_entry(ui: &mut Ui, app: &App, state: &mut UiState) {
    let c = app.doc.conference.as_ref();
    let keeps_record = c.is_some_and(|c| !c.agenda.is_empty() || !c.members.is_empty());
    let shown =
        app.doc.kind == crate::model::DocKind::BienBan || keeps_record || app.step == Step::Record;
    if !shown {
        return;
    }
    let error = c.and_then(crate::model::Conference::first_error);
    let mark = if error.is_some() { "○" } else { "●" };
    let r = ui.selectable_label(
        app.step == Step::Record,
        format!("{mark} {}", Step::Record.label()),
    );
    let r = match error {
        Some(e) => r.on_hover_text(e),
        None => r,
    };
    if r.clicked() {
        state.queue(Command::GoTo(Step::Record));
    }
    ui.separator();
}
