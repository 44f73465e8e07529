//! The record workspace (biên bản hội nghị): the conference typed while it goes on —
//! its facts, the roll call, each agenda item with its reports, discussion, vote,
//! conclusion and tasks — with the record's problems always in view.
//!
//! Like the other pages it draws from the app and edits through `App::edit` (keystrokes)
//! or queued commands (structural edits), so undo, the dirty mark and the keyboard's next
//! place work as everywhere else.

mod agenda;
pub(super) mod cells;
mod discussion;
mod facts;
mod roll_call;
mod tasks;
mod vote;

use super::UiState;
use crate::app::App;
use crate::model::record::Severity;
use crate::model::Conference;
use egui::{RichText, Ui};
use std::collections::HashMap;

/// State of the workspace that is not the document's.
#[derive(Default)]
pub struct RecordUi {
    /// What the clerk typed into each agenda item's speaker picker, and which match
    /// the arrows highlight.
    pub pickers: HashMap<usize, (String, usize)>,
    /// Members being typed or pasted, "Họ tên, chức vụ" per line.
    pub members_text: String,
    /// The item whose vote was just added: its "+" of tán thành takes the keyboard, so
    /// the hands are counted with Space.
    pub counter_focus: Option<usize>,
}

pub fn page(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    // A copy to draw from: edits go to the app while the page is drawn.
    let c = app.doc.conference.clone().unwrap_or_default();
    problems(ui, &c);
    egui::CollapsingHeader::new(RichText::new("Thông tin hội nghị").strong())
        .id_salt("record-facts")
        .default_open(true)
        .show(ui, |ui| facts::show(ui, app, now));
    let present = c.present().count();
    egui::CollapsingHeader::new(
        RichText::new(format!(
            "Điểm danh — Có mặt {present}/{}",
            c.expected_count()
        ))
        .strong(),
    )
    .id_salt("record-roll-call")
    .default_open(c.members.is_empty())
    .show(ui, |ui| roll_call::show(ui, app, state, &c, now));
    ui.add_space(4.0);
    ui.label(RichText::new("Chương trình hội nghị").strong());
    agenda::show(ui, app, state, &c, now);
    let n = c.tasks().count();
    egui::CollapsingHeader::new(RichText::new(format!("Nhiệm vụ được giao ({n})")).strong())
        .id_salt("record-tasks")
        .default_open(true)
        .show(ui, |ui| tasks::table(ui, &c));
}

/// The record's problems, errors first, in the clerk's words.
fn problems(ui: &mut Ui, c: &Conference) {
    let mut list = c.problems();
    if list.is_empty() {
        ui.label(RichText::new("Biên bản chưa có lỗi nào.").weak());
        ui.separator();
        return;
    }
    list.sort_by_key(|p| p.severity != Severity::Error);
    for p in list {
        ui.add(egui::Label::new(problem_text(ui, p.severity, &p.message)).wrap());
    }
    ui.separator();
}

/// "▲ …" (warning) or "■ …" (error) in the colour of its severity; the bundled font has
/// no "⚠".
pub(super) fn problem_text(ui: &Ui, severity: Severity, message: &str) -> RichText {
    match severity {
        Severity::Error => RichText::new(format!("■ {message}")).color(ui.visuals().error_fg_color),
        Severity::Warning => {
            RichText::new(format!("▲ {message}")).color(ui.visuals().warn_fg_color)
        }
    }
}
