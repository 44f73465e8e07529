//! Form pages: general information, recipients, signature, review and export.

use crate::app::{App, EditKey};
use crate::layout::{date_line, number_line, recipient_lines, signature_lines};
use crate::model::text::nfc;
use crate::model::{Authority, DocKind, Document, Recipient, Secrecy, Urgency};
use crate::rules::RuleSet;
use egui::{Id, TextEdit, Ui};

/// A labelled one-line field editing one string of the document.
pub fn field(
    ui: &mut Ui,
    app: &mut App,
    now: f64,
    label: &str,
    key: &str,
    get: impl Fn(&Document) -> &String,
    set: impl FnOnce(&mut Document, String),
) {
    let mut value = get(&app.doc).clone();
    ui.horizontal(|ui| {
        let label_id = ui.add_sized([170.0, 20.0], egui::Label::new(label)).id;
        let r = ui
            .add(
                TextEdit::singleline(&mut value)
                    .id(Id::unique(("field", key)))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label_id);
        if r.changed() {
            let value = nfc(&value);
            app.edit(EditKey::Field(key.to_owned()), now, |d| set(d, value));
        }
    });
}

/// A labelled multi-line field holding one entry per line.
fn lines_field(
    ui: &mut Ui,
    app: &mut App,
    now: f64,
    label: &str,
    key: &str,
    get: impl Fn(&Document) -> &Vec<String>,
    set: impl FnOnce(&mut Document, Vec<String>),
) {
    let mut value = get(&app.doc).join("\n");
    ui.horizontal(|ui| {
        let label_id = ui.add_sized([170.0, 20.0], egui::Label::new(label)).id;
        let r = ui
            .add(
                TextEdit::multiline(&mut value)
                    .id(Id::unique(("field", key)))
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label_id);
        if r.changed() {
            let lines: Vec<String> = nfc(&value).lines().map(str::to_owned).collect();
            app.edit(EditKey::Field(key.to_owned()), now, |d| set(d, lines));
        }
    });
}

pub fn general(ui: &mut Ui, app: &mut App, now: f64) {
    ui.horizontal(|ui| {
        let label = ui
            .add_sized([170.0, 20.0], egui::Label::new("Loại văn bản"))
            .id;
        let mut kind = app.doc.kind;
        egui::ComboBox::from_id_salt("kind")
            .selected_text(kind.label())
            .show_ui(ui, |ui| {
                for k in DocKind::ALL {
                    ui.selectable_value(&mut kind, k, k.label());
                }
            })
            .response
            .labelled_by(label);
        if kind != app.doc.kind {
            app.edit(EditKey::Once, now, |d| d.kind = kind);
        }
    });
    ui.horizontal(|ui| {
        let label = ui
            .add_sized([170.0, 20.0], egui::Label::new("Thể thức trình bày"))
            .id;
        let mut rules = app.doc.rules.clone();
        let current = RuleSet::by_id(&rules).map_or(rules.clone(), |r| r.name.clone());
        egui::ComboBox::from_id_salt("rules")
            .selected_text(current)
            .width(380.0)
            .show_ui(ui, |ui| {
                for r in RuleSet::builtin() {
                    ui.selectable_value(&mut rules, r.id.clone(), &r.name);
                }
            })
            .response
            .labelled_by(label);
        if rules != app.doc.rules {
            app.edit(EditKey::Once, now, |d| d.rules = rules);
        }
    });
    let system = RuleSet::by_id(&app.doc.rules).map(|r| r.system);
    if let Some(system) = system {
        let due = RuleSet::in_force(system, &app.doc.date);
        if due.id != app.doc.rules {
            ui.horizontal(|ui| {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!("Theo ngày ban hành, văn bản áp dụng: {}", due.name),
                );
                if ui.button("Áp dụng").clicked() {
                    let id = due.id.clone();
                    app.edit(EditKey::Once, now, |d| d.rules = id);
                }
            });
        }
    }
    ui.separator();
    lines_field(
        ui,
        app,
        now,
        "Cơ quan cấp trên",
        "upper",
        |d| &d.issuer.upper,
        |d, v| d.issuer.upper = v,
    );
    field(
        ui,
        app,
        now,
        "Cơ quan ban hành",
        "issuer",
        |d| &d.issuer.name,
        |d, v| d.issuer.name = v,
    );
    field(
        ui,
        app,
        now,
        "Ký hiệu cơ quan",
        "symbol",
        |d| &d.issuer.symbol,
        |d, v| d.issuer.symbol = v,
    );
    field(
        ui,
        app,
        now,
        "Số văn bản",
        "number",
        |d| &d.number,
        |d, v| d.number = v,
    );
    marks(ui, app, now);
    field(
        ui,
        app,
        now,
        "Địa danh",
        "place",
        |d| &d.place,
        |d, v| d.place = v,
    );
    date(ui, app, now);
    lines_field(
        ui,
        app,
        now,
        "Trích yếu",
        "subject",
        |d| &d.subject,
        |d, v| d.subject = v,
    );
    ui.separator();
    if let Some(rules) = RuleSet::by_id(&app.doc.rules) {
        ui.label(format!("Sẽ in: {}", number_line(&app.doc, rules)));
        ui.label(format!(
            "        {}",
            date_line(&app.doc.place, &app.doc.date, rules)
        ));
    }
}

fn marks(ui: &mut Ui, app: &mut App, now: f64) {
    ui.horizontal(|ui| {
        let label = ui
            .add_sized([170.0, 20.0], egui::Label::new("Độ khẩn, độ mật"))
            .id;
        let mut urgency = app.doc.urgency;
        egui::ComboBox::from_id_salt("urgency")
            .selected_text(urgency.map_or("Không khẩn", |u| u.printed()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut urgency, None, "Không khẩn");
                for u in [Urgency::Khan, Urgency::ThuongKhan, Urgency::HoaToc] {
                    ui.selectable_value(&mut urgency, Some(u), u.printed());
                }
            })
            .response
            .labelled_by(label);
        let mut secrecy = app.doc.secrecy;
        egui::ComboBox::from_id_salt("secrecy")
            .selected_text(secrecy.map_or("Không mật", |s| s.printed()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut secrecy, None, "Không mật");
                for s in [Secrecy::Mat, Secrecy::TuyetMat, Secrecy::ToiMat] {
                    ui.selectable_value(&mut secrecy, Some(s), s.printed());
                }
            })
            .response
            .labelled_by(label);
        if urgency != app.doc.urgency || secrecy != app.doc.secrecy {
            app.edit(EditKey::Once, now, |d| {
                d.urgency = urgency;
                d.secrecy = secrecy;
            });
        }
    });
}

fn date(ui: &mut Ui, app: &mut App, now: f64) {
    let mut date = app.doc.date;
    ui.horizontal(|ui| {
        ui.add_sized([170.0, 20.0], egui::Label::new("Ngày ban hành"));
        let mut day_fixed = date.day.is_some();
        let day_label = ui.checkbox(&mut day_fixed, "ngày").id;
        let mut day = date.day.unwrap_or(1);
        ui.add_enabled(day_fixed, egui::DragValue::new(&mut day).range(1..=31))
            .labelled_by(day_label);
        date.day = day_fixed.then_some(day);
        let mut month_fixed = date.month.is_some();
        let month_label = ui.checkbox(&mut month_fixed, "tháng").id;
        let mut month = date.month.unwrap_or(1);
        ui.add_enabled(month_fixed, egui::DragValue::new(&mut month).range(1..=12))
            .labelled_by(month_label);
        date.month = month_fixed.then_some(month);
        let year_label = ui.label("năm").id;
        ui.add(egui::DragValue::new(&mut date.year).range(1930..=2100))
            .labelled_by(year_label);
    });
    if !date.is_valid() {
        ui.colored_label(
            ui.visuals().error_fg_color,
            "Ngày không có thật trong lịch.",
        );
    }
    if date != app.doc.date {
        app.edit(EditKey::Field("date".into()), now, |d| d.date = date);
    }
}

pub fn recipients(ui: &mut Ui, app: &mut App, now: f64) {
    ui.label("Mỗi dòng một nơi nhận; dấu “-” và dấu câu cuối dòng được thêm tự động.");
    let n = app.doc.recipients.len();
    for i in 0..n {
        ui.horizontal(|ui| {
            let Some(r) = app.doc.recipients.get(i) else {
                return;
            };
            let mut name = r.name.clone();
            let mut note = r.note.clone().unwrap_or_default();
            let label_id = ui.label(format!("{}.", i + 1)).id;
            let rn = ui
                .add(
                    TextEdit::singleline(&mut name)
                        .id(Id::unique(("recipient", i)))
                        .desired_width(320.0),
                )
                .labelled_by(label_id);
            let rt = ui.add(
                TextEdit::singleline(&mut note)
                    .id(Id::unique(("recipient-note", i)))
                    .hint_text("ghi chú, vd. để báo cáo")
                    .desired_width(150.0),
            );
            if rn.changed() || rt.changed() {
                let (name, note) = (nfc(&name), nfc(note.trim()));
                app.edit(EditKey::Field(format!("recipient{i}")), now, |d| {
                    d.recipients[i] = Recipient {
                        name,
                        note: (!note.is_empty()).then_some(note),
                    };
                });
            }
            if ui.add_enabled(i > 0, egui::Button::new("↑")).clicked() {
                app.edit(EditKey::Once, now, |d| d.recipients.swap(i - 1, i));
            }
            if ui.add_enabled(i + 1 < n, egui::Button::new("↓")).clicked() {
                app.edit(EditKey::Once, now, |d| d.recipients.swap(i, i + 1));
            }
            if ui.button("×").on_hover_text("Xóa nơi nhận").clicked() {
                app.edit(EditKey::Once, now, |d| {
                    d.recipients.remove(i);
                });
            }
        });
    }
    ui.horizontal(|ui| {
        if ui.button("+ Thêm nơi nhận").clicked() {
            app.edit(EditKey::Once, now, |d| {
                d.recipients.push(Recipient::default())
            });
        }
        let presets: Vec<Recipient> = app
            .profile
            .recipients
            .iter()
            .filter(|p| !app.doc.recipients.iter().any(|r| r.name == p.name))
            .cloned()
            .collect();
        if !presets.is_empty() {
            ui.menu_button("Thêm từ danh sách thường dùng", |ui| {
                for p in presets {
                    if ui.button(&p.name).clicked() {
                        app.edit(EditKey::Once, now, |d| d.recipients.push(p));
                        ui.close();
                    }
                }
            });
        }
    });
    ui.add_space(6.0);
    field(
        ui,
        app,
        now,
        "Nơi lưu (Lưu …)",
        "archive",
        |d| &d.archive,
        |d, v| d.archive = v,
    );
    if let Some(rules) = RuleSet::by_id(&app.doc.rules) {
        ui.separator();
        ui.label(egui::RichText::new(&rules.recipients.label).underline());
        for line in recipient_lines(&app.doc.recipients, &app.doc.archive, rules) {
            ui.label(line);
        }
    }
}

pub fn signature(ui: &mut Ui, app: &mut App, now: f64) {
    ui.horizontal(|ui| {
        let label = ui
            .add_sized([170.0, 20.0], egui::Label::new("Thẩm quyền ký"))
            .id;
        let mut authority = app.doc.signature.authority;
        let name = |a: Authority| match a {
            Authority::None => "Người đứng đầu ký (không ghi)",
            Authority::OnBehalf => "T/M — thay mặt tập thể",
            Authority::Deputy => "K/T — ký thay người đứng đầu",
            Authority::Delegated => "T/L — thừa lệnh",
        };
        egui::ComboBox::from_id_salt("authority")
            .selected_text(name(authority))
            .width(260.0)
            .show_ui(ui, |ui| {
                for a in [
                    Authority::OnBehalf,
                    Authority::Deputy,
                    Authority::Delegated,
                    Authority::None,
                ] {
                    ui.selectable_value(&mut authority, a, name(a));
                }
            })
            .response
            .labelled_by(label);
        if authority != app.doc.signature.authority {
            app.edit(EditKey::Once, now, |d| d.signature.authority = authority);
        }
    });
    field(
        ui,
        app,
        now,
        "Tập thể / người đứng đầu",
        "on_behalf_of",
        |d| &d.signature.on_behalf_of,
        |d, v| d.signature.on_behalf_of = v,
    );
    field(
        ui,
        app,
        now,
        "Chức vụ người ký",
        "signer_title",
        |d| &d.signature.title,
        |d, v| d.signature.title = v,
    );
    field(
        ui,
        app,
        now,
        "Họ tên người ký",
        "signer_name",
        |d| &d.signature.name,
        |d, v| d.signature.name = v,
    );
    if !app.profile.signers.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label("Người ký thường dùng:");
            for s in app.profile.signers.clone() {
                if ui.button(format!("{} ({})", s.name, s.title)).clicked() {
                    app.edit(EditKey::Once, now, |d| d.signature = s);
                }
            }
        });
    }
    if let Some(rules) = RuleSet::by_id(&app.doc.rules) {
        ui.separator();
        let sig = signature_lines(&app.doc, rules);
        ui.vertical_centered(|ui| {
            if let Some(a) = sig.authority {
                ui.label(egui::RichText::new(a).strong());
            }
            ui.label(sig.title);
            ui.add_space(30.0);
            ui.label(egui::RichText::new(sig.name).strong());
        });
    }
}
