//! The agenda: items added, moved and removed; under each, the reports heard, the
//! discussion, the vote, the chair's conclusion and the tasks it assigns.

use super::cells::{self, At};
use super::{discussion, vote};
use crate::app::{App, Command, EditKey, RecordCommand, RecordField};
use crate::model::record::deadline_text;
use crate::model::{Conference, DocDate};
use crate::ui::focus::record_id;
use crate::ui::UiState;
use egui::{Id, RichText, Ui};

pub fn show(ui: &mut Ui, app: &mut App, state: &mut UiState, c: &Conference, now: f64) {
    let n = c.agenda.len();
    for i in 0..n {
        let title = c.agenda[i].title.trim();
        let header = if title.is_empty() {
            format!("Nội dung {}", i + 1)
        } else {
            format!("Nội dung {}: {title}", i + 1)
        };
        egui::CollapsingHeader::new(RichText::new(header).strong())
            .id_salt(("agenda-item", i))
            .default_open(true)
            .show(ui, |ui| item(ui, app, state, c, i, now));
    }
    if ui.button("+ Thêm nội dung").clicked() {
        state.queue(Command::Record(RecordCommand::AddAgendaItem));
    }
}

fn queue(state: &mut UiState, command: RecordCommand) {
    state.queue(Command::Record(command));
}

fn item(ui: &mut Ui, app: &mut App, state: &mut UiState, c: &Conference, i: usize, now: f64) {
    let n = c.agenda.len();
    let Some(it) = c.agenda.get(i) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let l = ui.label("Tên nội dung").id;
        let width = (ui.available_width() - 260.0).max(200.0);
        if let Some(r) = cells::line(
            ui,
            app,
            now,
            (
                record_id(RecordField::AgendaTitle(i)),
                width,
                "vd. Kết quả thực hiện nhiệm vụ năm 2026",
            ),
            c,
            At {
                get: |c, i, _| Some(&c.agenda.get(i)?.title),
                get_mut: |c, i, _| Some(&mut c.agenda.get_mut(i)?.title),
                i,
                k: 0,
            },
        ) {
            r.labelled_by(l);
        }
        if ui
            .add_enabled(i > 0, egui::Button::new("↑"))
            .on_hover_text("Chuyển lên")
            .clicked()
        {
            queue(state, RecordCommand::MoveAgendaItem { from: i, to: i - 1 });
        }
        if ui
            .add_enabled(i + 1 < n, egui::Button::new("↓"))
            .on_hover_text("Chuyển xuống")
            .clicked()
        {
            queue(state, RecordCommand::MoveAgendaItem { from: i, to: i + 1 });
        }
        if ui.button("×").on_hover_text("Xóa nội dung này").clicked() {
            queue(state, RecordCommand::RemoveAgendaItem(i));
        }
        let mut internal = it.internal;
        if ui
            .checkbox(&mut internal, "nội bộ")
            .on_hover_text("Không đưa nội dung này vào tin bài")
            .changed()
        {
            app.edit(EditKey::Once, now, |d| {
                if let Some(it) = crate::app::record::item_mut(d, i) {
                    it.internal = internal;
                }
            });
        }
    });
    sub_heading(ui, "Báo cáo được nghe");
    reports(ui, app, state, c, i, now);
    sub_heading(ui, "Thảo luận");
    discussion::show(ui, app, state, c, i, now);
    sub_heading(ui, "Biểu quyết");
    vote::show(ui, app, state, c, i, now);
    sub_heading(ui, "Kết luận của chủ trì");
    conclusion(ui, app, state, c, i, now);
    sub_heading(ui, "Nhiệm vụ");
    tasks(ui, app, state, c, i, now);
}

fn sub_heading(ui: &mut Ui, text: &str) {
    ui.add_space(4.0);
    ui.label(RichText::new(text).underline());
}

fn reports(ui: &mut Ui, app: &mut App, state: &mut UiState, c: &Conference, i: usize, now: f64) {
    let n = c.agenda.get(i).map_or(0, |it| it.reports.len());
    for k in 0..n {
        ui.horizontal(|ui| {
            ui.label(format!("{}.", k + 1));
            cells::line(
                ui,
                app,
                now,
                (
                    record_id(RecordField::Report(i, k)),
                    360.0,
                    "Tên báo cáo, tờ trình",
                ),
                c,
                At {
                    get: |c, i, k| Some(&c.agenda.get(i)?.reports.get(k)?.title),
                    get_mut: |c, i, k| Some(&mut c.agenda.get_mut(i)?.reports.get_mut(k)?.title),
                    i,
                    k,
                },
            );
            cells::line(
                ui,
                app,
                now,
                (
                    Id::unique(("report-presenter", i, k)),
                    220.0,
                    "Người trình bày",
                ),
                c,
                At {
                    get: |c, i, k| Some(&c.agenda.get(i)?.reports.get(k)?.presenter),
                    get_mut: |c, i, k| {
                        Some(&mut c.agenda.get_mut(i)?.reports.get_mut(k)?.presenter)
                    },
                    i,
                    k,
                },
            );
            if ui.small_button("×").on_hover_text("Xóa báo cáo").clicked() {
                queue(state, RecordCommand::RemoveReport(i, k));
            }
        });
    }
    if ui.small_button("+ Báo cáo").clicked() {
        queue(state, RecordCommand::AddReport(i));
    }
}

fn conclusion(ui: &mut Ui, app: &mut App, state: &mut UiState, c: &Conference, i: usize, now: f64) {
    let n = c.agenda.get(i).map_or(0, |it| it.conclusion.len());
    for k in 0..n {
        cells::paragraph(
            ui,
            app,
            now,
            (record_id(RecordField::Conclusion(i, k)), "Đoạn kết luận"),
            c,
            At {
                get: |c, i, k| c.agenda.get(i)?.conclusion.get(k),
                get_mut: |c, i, k| c.agenda.get_mut(i)?.conclusion.get_mut(k),
                i,
                k,
            },
        );
        if ui.small_button("× Xóa đoạn này").clicked() {
            queue(state, RecordCommand::RemoveConclusion(i, k));
        }
    }
    if ui.small_button("+ Đoạn kết luận").clicked() {
        queue(state, RecordCommand::AddConclusion(i));
    }
}

fn tasks(ui: &mut Ui, app: &mut App, state: &mut UiState, c: &Conference, i: usize, now: f64) {
    let list = c
        .agenda
        .get(i)
        .map(|it| it.tasks.clone())
        .unwrap_or_default();
    for (k, t) in list.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{}.", k + 1));
            cells::line(
                ui,
                app,
                now,
                (record_id(RecordField::Task(i, k)), 300.0, "Nhiệm vụ"),
                c,
                At {
                    get: |c, i, k| Some(&c.agenda.get(i)?.tasks.get(k)?.content),
                    get_mut: |c, i, k| Some(&mut c.agenda.get_mut(i)?.tasks.get_mut(k)?.content),
                    i,
                    k,
                },
            );
            cells::line(
                ui,
                app,
                now,
                (Id::unique(("task-lead", i, k)), 200.0, "Cơ quan chủ trì"),
                c,
                At {
                    get: |c, i, k| Some(&c.agenda.get(i)?.tasks.get(k)?.lead),
                    get_mut: |c, i, k| Some(&mut c.agenda.get_mut(i)?.tasks.get_mut(k)?.lead),
                    i,
                    k,
                },
            );
            cells::parsed(
                ui,
                app,
                now,
                (
                    Id::unique(("task-cooperating", i, k)),
                    200.0,
                    "Phối hợp (cách nhau bởi ;)",
                ),
                &t.cooperating.join("; "),
                |text, c| {
                    if let Some(t) = c.agenda.get_mut(i).and_then(|it| it.tasks.get_mut(k)) {
                        t.cooperating = text
                            .split(';')
                            .map(crate::model::tidy::line)
                            .filter(|s| !s.is_empty())
                            .collect();
                    }
                    Ok(())
                },
            );
            let shown = t.deadline.as_ref().map_or_else(String::new, short_date);
            cells::parsed(
                ui,
                app,
                now,
                (Id::unique(("task-deadline", i, k)), 90.0, "Thời hạn"),
                &shown,
                |text, c| {
                    let deadline = parse_deadline(text)?;
                    if let Some(t) = c.agenda.get_mut(i).and_then(|it| it.tasks.get_mut(k)) {
                        t.deadline = deadline;
                    }
                    Ok(())
                },
            )
            .on_hover_text(t.deadline.as_ref().map_or_else(
                || "Ghi dạng 20/12/2026 hoặc 12/2026".to_owned(),
                deadline_text,
            ));
            if ui.small_button("×").on_hover_text("Xóa nhiệm vụ").clicked() {
                queue(state, RecordCommand::RemoveTask(i, k));
            }
        });
    }
    if ui.small_button("+ Nhiệm vụ").clicked() {
        queue(state, RecordCommand::AddTask(i));
    }
}

/// "20/12/2026", "12/2026" or "2026", as the clerk types a deadline.
fn short_date(d: &DocDate) -> String {
    match (d.day, d.month) {
        (Some(day), Some(m)) => format!("{day:02}/{m:02}/{}", d.year),
        (None, Some(m)) => format!("{m:02}/{}", d.year),
        _ => d.year.to_string(),
    }
}

/// A deadline as typed: "20/12/2026", "20-12-2026", "12/2026"; empty for none.
pub fn parse_deadline(text: &str) -> Result<Option<DocDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let bad = || format!("Không đọc được thời hạn “{text}”: ghi dạng 20/12/2026 hoặc 12/2026.");
    let parts: Vec<&str> = text.split(['/', '-', '.']).map(str::trim).collect();
    let num = |s: &str| s.parse::<u16>().map_err(|_| bad());
    let date = match parts.as_slice() {
        [d, m, y] => DocDate::ymd(num(y)?, num(m)? as u8, num(d)? as u8),
        [m, y] => DocDate {
            month: Some(num(m)? as u8),
            day: None,
            ..DocDate::ymd(num(y)?, 1, 1)
        },
        _ => return Err(bad()),
    };
    let month_ok = date.month.is_some_and(|m| (1..=12).contains(&m));
    if !month_ok || !date.is_valid() || date.year < 1930 {
        return Err(bad());
    }
    Ok(Some(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_as_typed() {
        assert_eq!(
            parse_deadline("20/12/2026"),
            Ok(Some(DocDate::ymd(2026, 12, 20)))
        );
        let month = parse_deadline("3/2027").ok().flatten();
        assert_eq!(
            month.map(|d| (d.year, d.month, d.day)),
            Some((2027, Some(3), None))
        );
        assert_eq!(parse_deadline(" "), Ok(None));
        assert!(parse_deadline("31/02/2026").is_err());
        assert!(parse_deadline("quý I").is_err());
        assert!(parse_deadline("13/2026").is_err());
    }
}
