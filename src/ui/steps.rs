//! The step list on the left: where the clerk is, and what each step still lacks.

use crate::app::{App, Step};
use egui::{RichText, Ui};

pub fn panel(ui: &mut Ui, app: &mut App) {
    ui.add_space(6.0);
    ui.label(RichText::new(app.doc.kind.printed_name()).strong());
    ui.label(RichText::new(app.title()).small().weak());
    ui.separator();
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
            app.step = step;
        }
    }
    ui.separator();
    ui.horizontal(|ui| {
        let i = Step::ALL.iter().position(|s| *s == app.step).unwrap_or(0);
        if ui
            .add_enabled(i > 0, egui::Button::new("◄ Trước"))
            .clicked()
        {
            app.step = Step::ALL[i - 1];
        }
        if ui
            .add_enabled(i + 1 < Step::ALL.len(), egui::Button::new("Tiếp ►"))
            .clicked()
        {
            app.step = Step::ALL[i + 1];
        }
    });
}
