//! The conference's facts: name, term, body, date and times, place, online points, chair
//! and minute-taker.

use super::cells;
use crate::app::record::conference_mut;
use crate::app::App;
use crate::model::{Clock, Conference, Document};
use crate::ui::fields::{self, label};
use crate::ui::focus::field_id;
use egui::Ui;

/// A one-line fact: label, field key, hint, where it is kept.
type Fact = (
    &'static str,
    &'static str,
    &'static str,
    fn(&mut Conference) -> &mut String,
);

const NAME: Fact = (
    "Tên hội nghị",
    "record.name",
    "vd. Hội nghị lần thứ 8",
    |c| &mut c.name,
);
const TERM: Fact = ("Khóa", "record.term", "vd. XVI", |c| &mut c.term);
const PLACE: Fact = (
    "Địa điểm",
    "record.place",
    "vd. Hội trường Thành ủy",
    |c| &mut c.place,
);
const CHAIR: Fact = (
    "Chủ trì",
    "record.chair",
    "vd. Vũ Văn Diện, Bí thư Thành ủy",
    |c| &mut c.chair,
);
const SECRETARY: Fact = (
    "Người ghi biên bản",
    "record.secretary",
    "vd. Nguyễn Thị Hoa, Phó Chánh Văn phòng",
    |c| &mut c.secretary,
);

pub fn show(ui: &mut Ui, app: &mut App, now: f64) {
    fact(ui, app, now, NAME);
    fact(ui, app, now, TERM);
    crate::ui::paragraphs::held_by(ui, app, now);
    crate::ui::paragraphs::meeting_date(ui, app, now);
    times(ui, app, now);
    fact(ui, app, now, PLACE);
    fields::lines(
        ui,
        app,
        now,
        (
            "Điểm cầu trực tuyến (mỗi dòng một)",
            "record.online_points",
            "vd. Điểm cầu Đảng ủy phường Hồng Gai",
        ),
        |d| read(d).online_points,
        |d, v| conference_mut(d).online_points = v,
    );
    fact(ui, app, now, CHAIR);
    fact(ui, app, now, SECRETARY);
}

fn read(d: &Document) -> Conference {
    d.conference.clone().unwrap_or_default()
}

fn fact(ui: &mut Ui, app: &mut App, now: f64, (label, key, hint, at): Fact) {
    fields::line(
        ui,
        app,
        now,
        (label, key, hint),
        |d| {
            d.conference
                .as_ref()
                .map_or_else(String::new, |c| at(&mut c.clone()).clone())
        },
        |d, v| *at(conference_mut(d)) = v,
    );
}

/// Start and end, typed as a clerk writes them ("8:00", "8h30", "14 giờ").
fn times(ui: &mut Ui, app: &mut App, now: f64) {
    let c = read(&app.doc);
    ui.horizontal(|ui| {
        let l = label(ui, "Bắt đầu — kết thúc");
        for (slot, name) in [(c.start, "start"), (c.end, "end")] {
            let shown = slot.map_or_else(String::new, |t| format!("{}:{:02}", t.hour, t.minute));
            let is_start = name == "start";
            cells::parsed(
                ui,
                app,
                now,
                (field_id(&format!("record.{name}")), 70.0, "8:00"),
                &shown,
                |text, c| {
                    let value = if text.is_empty() {
                        None
                    } else {
                        Some(Clock::parse(text).ok_or_else(|| {
                            format!("Không đọc được giờ “{text}”: ghi dạng 8:00, 8h30 hoặc 14 giờ.")
                        })?)
                    };
                    if is_start {
                        c.start = value;
                    } else {
                        c.end = value;
                    }
                    Ok(())
                },
            )
            .labelled_by(l);
            if is_start {
                ui.label("—");
            }
        }
        if ui
            .small_button("Bây giờ")
            .on_hover_text("Ghi giờ hiện tại: giờ bắt đầu nếu chưa có, nếu đã có thì giờ kết thúc")
            .clicked()
        {
            let t = crate::app::record::clock_now();
            app.edit(crate::app::EditKey::Once, now, |d| {
                let c = conference_mut(d);
                if c.start.is_none() {
                    c.start = Some(t);
                } else {
                    c.end = Some(t);
                }
            });
        }
    });
}
