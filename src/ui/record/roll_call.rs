//! The roll call: members with their position, present or absent with a reason; members
//! added by typing or pasting "Họ tên, chức vụ" one per line; the guests.

use super::cells::{self, At};
use crate::app::record::conference_mut;
use crate::app::{App, Command, EditKey, RecordCommand};
use crate::model::{Conference, Presence};
use crate::ui::fields;
use crate::ui::UiState;
use egui::{Id, TextEdit, Ui};

pub fn show(ui: &mut Ui, app: &mut App, state: &mut UiState, c: &Conference, now: f64) {
    expected(ui, app, c, now);
    if !c.members.is_empty() {
        egui::Grid::new("roll-call")
            .num_columns(6)
            .striped(true)
            .show(ui, |ui| {
                for h in ["", "Họ tên", "Chức vụ", "Có mặt", "Lý do vắng", ""] {
                    ui.label(egui::RichText::new(h).small().weak());
                }
                ui.end_row();
                for i in 0..c.members.len() {
                    member_row(ui, app, state, c, i, now);
                    ui.end_row();
                }
            });
    }
    add_members(ui, state);
    ui.add_space(4.0);
    fields::lines(
        ui,
        app,
        now,
        (
            "Khách mời (mỗi dòng một)",
            "record.guests",
            "vd. Đồng chí Trần Văn Nam, Phó Trưởng Ban Tổ chức Tỉnh ủy",
        ),
        |d| {
            d.conference
                .as_ref()
                .map(|c| c.guests.clone())
                .unwrap_or_default()
        },
        |d, v| conference_mut(d).guests = v,
    );
}

/// How many members the body has, when the roll call is not the whole of it.
fn expected(ui: &mut Ui, app: &mut App, c: &Conference, now: f64) {
    ui.horizontal(|ui| {
        let l = fields::label(ui, "Tổng số ủy viên");
        let mut n = c.expected_count();
        let r = ui
            .add(egui::DragValue::new(&mut n).range(0..=500))
            .labelled_by(l);
        ui.label(format!(
            "Có mặt {}/{}",
            c.present().count(),
            c.expected_count()
        ));
        if r.changed() && n != c.expected_count() {
            app.edit(EditKey::Field("record.expected".into()), now, |d| {
                conference_mut(d).expected = Some(n);
            });
        }
    });
}

fn member_row(ui: &mut Ui, app: &mut App, state: &mut UiState, c: &Conference, i: usize, now: f64) {
    let Some(m) = c.members.get(i) else {
        return;
    };
    ui.label(format!("{}.", i + 1));
    cells::line(
        ui,
        app,
        now,
        (Id::unique(("member-name", i)), 190.0, "Họ tên"),
        c,
        At {
            get: |c, i, _| c.members.get(i).map(|m| &m.name),
            get_mut: |c, i, _| c.members.get_mut(i).map(|m| &mut m.name),
            i,
            k: 0,
        },
    );
    cells::line(
        ui,
        app,
        now,
        (Id::unique(("member-title", i)), 230.0, "Chức vụ"),
        c,
        At {
            get: |c, i, _| c.members.get(i).map(|m| &m.title),
            get_mut: |c, i, _| c.members.get_mut(i).map(|m| &mut m.title),
            i,
            k: 0,
        },
    );
    let mut present = m.is_present();
    if ui.checkbox(&mut present, "").changed() {
        app.edit(EditKey::Once, now, |d| {
            if let Some(m) = conference_mut(d).members.get_mut(i) {
                m.presence = if present {
                    Presence::Present
                } else {
                    Presence::Absent(String::new())
                };
            }
        });
    }
    if present {
        ui.label("");
    } else {
        cells::line(
            ui,
            app,
            now,
            (Id::unique(("member-reason", i)), 150.0, "vd. đi công tác"),
            c,
            At {
                get: |c, i, _| match &c.members.get(i)?.presence {
                    Presence::Absent(r) => Some(r),
                    Presence::Present => None,
                },
                get_mut: |c, i, _| match &mut c.members.get_mut(i)?.presence {
                    Presence::Absent(r) => Some(r),
                    Presence::Present => None,
                },
                i,
                k: 0,
            },
        );
    }
    if ui
        .small_button("×")
        .on_hover_text("Xóa khỏi danh sách")
        .clicked()
    {
        state.queue(Command::Record(RecordCommand::RemoveMember(i)));
    }
}

/// Members typed or pasted one per line, added at once.
fn add_members(ui: &mut Ui, state: &mut UiState) {
    ui.horizontal(|ui| {
        let l = fields::label(ui, "Thêm ủy viên (mỗi dòng “Họ tên, chức vụ”)");
        ui.vertical(|ui| {
            ui.add(
                TextEdit::multiline(&mut state.record.members_text)
                    .id(Id::unique("members-paste"))
                    .hint_text("Vũ Văn Diện, Bí thư Thành ủy\nLê Thu Hà, Phó Bí thư Thường trực")
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l);
            let has_text = !state.record.members_text.trim().is_empty();
            if ui
                .add_enabled(has_text, egui::Button::new("Thêm vào danh sách"))
                .clicked()
            {
                let text = std::mem::take(&mut state.record.members_text);
                state.queue(Command::Record(RecordCommand::AddMembers(text)));
            }
        });
    });
}
