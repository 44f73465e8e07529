//! Preamble (with the helper that writes it from the conference facts) and closing.

use super::rich_text::paragraph_editor;
use super::UiState;
use crate::app::{App, EditKey, ParaRef};
use crate::model::text::nfc;
use crate::model::{DocDate, Paragraph};
use egui::{Id, TextEdit, Ui};

pub fn preamble(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    egui::CollapsingHeader::new("Soạn đoạn mở đầu từ thông tin hội nghị")
        .default_open(app.doc.preamble.iter().all(Paragraph::is_empty))
        .show(ui, |ui| conference_form(ui, app, now));
    ui.separator();
    list(ui, app, state, now, ListKind::Preamble);
}

pub fn closing(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    ui.label("Đoạn kết: giao nhiệm vụ tổ chức thực hiện, phạm vi phổ biến…");
    list(ui, app, state, now, ListKind::Closing);
}

#[derive(Clone, Copy)]
enum ListKind {
    Preamble,
    Closing,
}

fn list(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64, kind: ListKind) {
    let items = |d: &crate::model::Document| match kind {
        ListKind::Preamble => d.preamble.len(),
        ListKind::Closing => d.closing.len(),
    };
    let (name, make): (&str, fn(usize) -> ParaRef) = match kind {
        ListKind::Preamble => ("Đoạn mở đầu", ParaRef::Preamble),
        ListKind::Closing => ("Đoạn kết", ParaRef::Closing),
    };
    for i in 0..items(&app.doc) {
        let at = make(i);
        let Some(para) = at.get(&app.doc).cloned() else {
            continue;
        };
        let key = at.key();
        let format = state
            .format
            .filter(|_| state.last_focus.as_deref() == Some(&key));
        let label = format!("{name} {}", i + 1);
        let edited = paragraph_editor(ui, &key, &label, &para, format, false, false);
        if edited.has_focus {
            state.last_focus = Some(key.clone());
        }
        if let Some(p) = edited.changed {
            app.edit(EditKey::Field(key), now, |d| {
                if let Some(slot) = at.get_mut(d) {
                    *slot = p;
                }
            });
        }
        if ui.small_button("× Xóa đoạn này").clicked() {
            app.edit(EditKey::Once, now, |d| match kind {
                ListKind::Preamble => drop(d.preamble.remove(i)),
                ListKind::Closing => drop(d.closing.remove(i)),
            });
            break;
        }
    }
    if ui
        .button(format!("+ Thêm {}", name.to_lowercase()))
        .clicked()
    {
        app.edit(EditKey::Once, now, |d| match kind {
            ListKind::Preamble => d.preamble.push(Paragraph::default()),
            ListKind::Closing => d.closing.push(Paragraph::default()),
        });
    }
}

fn conference_form(ui: &mut Ui, app: &mut App, now: f64) {
    let mut c = app.doc.conference.clone().unwrap_or_default();
    let before = c.clone();
    let row = |ui: &mut Ui, label: &str, key: &str, value: &mut String| {
        ui.horizontal(|ui| {
            let id = ui.add_sized([170.0, 20.0], egui::Label::new(label)).id;
            ui.add(
                TextEdit::singleline(value)
                    .id(Id::unique(("conference", key)))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(id);
        });
    };
    row(ui, "Tên hội nghị", "name", &mut c.name);
    ui.horizontal(|ui| {
        let label = ui.add_sized([170.0, 20.0], egui::Label::new("Ngày họp")).id;
        let mut d = c.date.unwrap_or(app.doc.date);
        let mut day = d.day.unwrap_or(1);
        let mut month = d.month.unwrap_or(1);
        ui.add(egui::DragValue::new(&mut day).range(1..=31))
            .labelled_by(label);
        ui.label("/");
        ui.add(egui::DragValue::new(&mut month).range(1..=12))
            .labelled_by(label);
        ui.label("/");
        ui.add(egui::DragValue::new(&mut d.year).range(1930..=2100))
            .labelled_by(label);
        c.date = Some(DocDate::ymd(d.year, month, day));
        ui.checkbox(&mut c.online, "trực tuyến");
    });
    row(ui, "Địa điểm", "place", &mut c.place);
    row(ui, "Chủ trì", "chair", &mut c.chair);
    let mut attendees = c.attendees.join("\n");
    let mut reports = c.reports.join("\n");
    ui.horizontal(|ui| {
        let id = ui
            .add_sized(
                [170.0, 20.0],
                egui::Label::new("Thành phần dự (mỗi dòng một)"),
            )
            .id;
        ui.add(
            TextEdit::multiline(&mut attendees)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(id);
    });
    ui.horizontal(|ui| {
        let id = ui
            .add_sized(
                [170.0, 20.0],
                egui::Label::new("Báo cáo đã nghe (mỗi dòng một)"),
            )
            .id;
        ui.add(
            TextEdit::multiline(&mut reports)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(id);
    });
    c.attendees = nfc(&attendees).lines().map(str::to_owned).collect();
    c.reports = nfc(&reports).lines().map(str::to_owned).collect();
    c.name = nfc(&c.name);
    c.place = nfc(&c.place);
    c.chair = nfc(&c.chair);
    if c != before {
        app.edit(EditKey::Field("conference".into()), now, |d| {
            d.conference = Some(c)
        });
    }
    if ui
        .button("Soạn đoạn mở đầu")
        .on_hover_text("Viết lại đoạn mở đầu đầu tiên từ các thông tin trên; có thể sửa sau")
        .clicked()
    {
        if let Some(text) = crate::model::preamble::preamble_text(&app.doc) {
            app.edit(EditKey::Once, now, |d| {
                let p = Paragraph::plain(text);
                match d.preamble.first_mut() {
                    Some(first) => *first = p,
                    None => d.preamble.push(p),
                }
            });
        }
    }
}
