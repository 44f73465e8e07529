//! Every task of the record in one table — the item it comes from, what, who leads, by
//! when — with the record's own warning beside a task that lacks a lead body or a
//! deadline.

use crate::model::record::{deadline_text, Problem, Severity};
use crate::model::Conference;
use egui::{RichText, Ui};

pub fn table(ui: &mut Ui, c: &Conference) {
    if c.tasks().next().is_none() {
        ui.label(
            RichText::new("Chưa có nhiệm vụ nào: thêm ở phần “Nhiệm vụ” của từng nội dung.").weak(),
        );
        return;
    }
    let problems = c.problems();
    // Rows of fixed-width columns, each cell wrapping its text from the top: in a grid, a
    // wrapped label takes the narrowest width it can (a word a line) and a tall cell
    // spills over the next row until the grid has measured it.
    let total = ui.available_width();
    let widths = [
        52.0,
        (total * 0.38).max(200.0),
        (total * 0.24).max(120.0),
        (total * 0.14).max(80.0),
    ];
    let cell = |ui: &mut Ui, w: f32, add: &mut dyn FnMut(&mut Ui)| {
        ui.allocate_ui_with_layout(
            egui::vec2(w, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(w);
                add(ui);
            },
        );
    };
    ui.horizontal_top(|ui| {
        for (h, w) in ["Nội dung", "Nhiệm vụ", "Chủ trì", "Thời hạn"]
            .iter()
            .zip(widths)
        {
            cell(ui, w, &mut |ui| {
                ui.label(RichText::new(*h).small().weak());
            });
        }
    });
    for (n, item) in c.agenda.iter().enumerate() {
        for (k, t) in item.tasks.iter().enumerate() {
            ui.separator();
            ui.horizontal_top(|ui| {
                let deadline = t.deadline.as_ref().map_or_else(String::new, deadline_text);
                let texts = [
                    (n + 1).to_string(),
                    t.content.trim().to_owned(),
                    t.lead.trim().to_owned(),
                    deadline,
                ];
                for (text, w) in texts.iter().zip(widths) {
                    cell(ui, w, &mut |ui| {
                        ui.add(egui::Label::new(text.as_str()).wrap());
                    });
                }
                ui.vertical(|ui| {
                    for (severity, what) in of_task(&problems, n + 1, k + 1) {
                        ui.label(super::problem_text(ui, severity, what));
                    }
                });
            });
        }
    }
}

/// The problems of task `k` of item `n` (both from 1), as the record places them: each
/// with what is wrong, without the place the table already shows.
fn of_task(problems: &[Problem], n: usize, k: usize) -> impl Iterator<Item = (Severity, &str)> {
    problems.iter().filter_map(move |p| {
        p.task
            .as_ref()
            .filter(|at| (at.item + 1, at.task + 1) == (n, k))
            .map(|at| (p.severity, at.what.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgendaItem, Task};

    #[test]
    fn warnings_find_their_task() {
        let c = Conference {
            agenda: vec![AgendaItem {
                title: "Kinh tế".into(),
                tasks: vec![
                    Task {
                        content: "Xây dựng kế hoạch".into(),
                        lead: "Ban Tuyên giáo".into(),
                        ..Task::default()
                    },
                    Task::default(),
                ],
                ..AgendaItem::default()
            }],
            ..Conference::default()
        };
        let p = c.problems();
        let first: Vec<&str> = of_task(&p, 1, 1).map(|(_, what)| what).collect();
        assert_eq!(first, ["chưa có thời hạn hoàn thành."]);
        let second: Vec<&str> = of_task(&p, 1, 2).map(|(_, what)| what).collect();
        assert_eq!(second, ["chưa ghi nhiệm vụ là gì."]);
        assert_eq!(of_task(&p, 1, 3).count(), 0);
    }
}
