//! Form pages: general information, recipients, signature, review and export.

use super::fields::{self, buffered, enter_moves_on, label};
use super::focus::recipient_id;
use super::UiState;
use crate::app::{App, Command, EditKey};
use crate::layout::{date_line, number_line, recipient_lines, signature_lines};
use crate::model::{
    tidy, Authority, Cosigner, DocKind, Document, Recipient, Secrecy, Signature, SignerPlace,
    Urgency,
};
use crate::rules::RuleSet;
use egui::{Id, TextEdit, Ui};

pub fn general(ui: &mut Ui, app: &mut App, now: f64) {
    // A draft written from a conference record names it: the facts came from there.
    if let Some(record) = &app.doc.derived_from {
        ui.label(
            egui::RichText::new(format!("Lập từ biên bản hội nghị: {record}"))
                .italics()
                .weak(),
        );
    }
    ui.horizontal(|ui| {
        let label = label(ui, "Loại văn bản");
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
        let label = label(ui, "Thể thức trình bày");
        let mut rules = app.doc.rules.clone();
        let current = RuleSet::by_id(&rules).map_or(rules.clone(), |r| r.name.clone());
        egui::ComboBox::from_id_salt("rules")
            .selected_text(current)
            .width(ui.available_width().clamp(160.0, 380.0))
            .truncate()
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
    fields::lines(
        ui,
        app,
        now,
        ("Cơ quan cấp trên", "upper", ""),
        |d| d.issuer.upper.clone(),
        |d, v| d.issuer.upper = v,
    );
    fields::line(
        ui,
        app,
        now,
        ("Cơ quan ban hành", "issuer", ""),
        |d| d.issuer.name.clone(),
        |d, v| d.issuer.name = v,
    );
    fields::line(
        ui,
        app,
        now,
        ("Ký hiệu cơ quan", "symbol", ""),
        |d| d.issuer.symbol.clone(),
        |d, v| d.issuer.symbol = v,
    );
    fields::line(
        ui,
        app,
        now,
        ("Số văn bản", "number", ""),
        |d| d.number.clone(),
        |d, v| d.number = v,
    );
    marks(ui, app, now);
    super::marks::handling(ui, app, now);
    fields::line(
        ui,
        app,
        now,
        ("Địa danh", "place", ""),
        |d| d.place.clone(),
        |d, v| d.place = v,
    );
    date(ui, app, now);
    fields::lines(
        ui,
        app,
        now,
        ("Trích yếu", "subject", ""),
        |d| d.subject.clone(),
        |d, v| d.subject = v,
    );
    super::marks::theme(ui, app, now);
    super::marks::addressees(ui, app, now);
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
        let label = label(ui, "Độ khẩn, độ mật");
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
    ui.horizontal_wrapped(|ui| {
        label(ui, "Ngày ban hành");
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

pub fn recipients(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    ui.add(
        egui::Label::new("Mỗi dòng một nơi nhận; dấu “-” và dấu câu cuối dòng được thêm tự động.")
            .wrap(),
    );
    let n = app.doc.recipients.len();
    for i in 0..n {
        // Wraps at narrow widths so that ↑ ↓ × stay reachable.
        ui.horizontal_wrapped(|ui| recipient_row(ui, app, state, now, i, n));
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button("+ Thêm nơi nhận").clicked() {
            state.queue(Command::AddRecipient);
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
                        state.queue(Command::AddRecipientPreset(p));
                        ui.close();
                    }
                }
            });
        }
    });
    ui.add_space(6.0);
    fields::line(
        ui,
        app,
        now,
        ("Nơi lưu (Lưu …)", "archive", "vd. Văn phòng Đảng ủy"),
        |d| d.archive.clone(),
        |d, v| d.archive = v,
    );
    super::marks::drafter(ui, app, now);
    if let Some(rules) = RuleSet::by_id(&app.doc.rules) {
        ui.separator();
        ui.label(egui::RichText::new(&rules.recipients.label).underline());
        for line in recipient_lines(&app.doc.recipients, &app.doc.archive, rules) {
            ui.add(egui::Label::new(line).wrap());
        }
    }
}

fn recipient_row(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64, i: usize, n: usize) {
    let Some(r) = app.doc.recipients.get(i) else {
        return;
    };
    let (name, note) = (r.name.clone(), r.note.clone().unwrap_or_default());
    let label_id = ui.label(format!("{}.", i + 1)).id;
    let width = (ui.available_width() - 270.0).clamp(130.0, 360.0);
    let e = buffered(ui, recipient_id(i), &name, |t| {
        TextEdit::singleline(t).desired_width(width)
    });
    let name_response = e.response.labelled_by(label_id);
    let key = format!("recipient{i}");
    fields::store(app, now, &key, e.changed, e.committed, |d, text, commit| {
        if let Some(r) = d.recipients.get_mut(i) {
            r.name = if commit {
                tidy::line(text)
            } else {
                text.to_owned()
            };
        }
    });
    enter_moves_on(ui, &name_response);
    let e = buffered(ui, Id::unique(("recipient-note", i)), &note, |t| {
        TextEdit::singleline(t)
            .hint_text("ghi chú, vd. để báo cáo")
            .desired_width(140.0)
    });
    let note_response = e.response.labelled_by(label_id);
    fields::store(app, now, &key, e.changed, e.committed, |d, text, commit| {
        if let Some(r) = d.recipients.get_mut(i) {
            let text = if commit {
                tidy::line(text)
            } else {
                text.to_owned()
            };
            r.note = (!text.is_empty()).then_some(text);
        }
    });
    enter_moves_on(ui, &note_response);
    if ui
        .add_enabled(i > 0, egui::Button::new("↑"))
        .on_hover_text("Chuyển lên")
        .clicked()
    {
        state.queue(Command::MoveRecipient { from: i, to: i - 1 });
    }
    if ui
        .add_enabled(i + 1 < n, egui::Button::new("↓"))
        .on_hover_text("Chuyển xuống")
        .clicked()
    {
        state.queue(Command::MoveRecipient { from: i, to: i + 1 });
    }
    if ui.button("×").on_hover_text("Xóa nơi nhận").clicked() {
        state.queue(Command::RemoveRecipient(i));
    }
}

pub fn signature(ui: &mut Ui, app: &mut App, now: f64) {
    if app.doc.kind == DocKind::BienBan && app.doc.conference.is_some() {
        minutes_signatures(ui, app, now);
        return;
    }
    ui.horizontal(|ui| {
        let label = label(ui, "Thẩm quyền ký");
        let mut authority = app.doc.signature.authority;
        let name = |a: Authority| match a {
            Authority::None => "Người đứng đầu ký (không ghi)",
            Authority::OnBehalf => "T/M — thay mặt tập thể",
            Authority::Deputy => "K/T — ký thay người đứng đầu",
            Authority::Delegated => "T/L — thừa lệnh",
            Authority::Role => "Vai trò tại hội nghị (biên bản)",
        };
        egui::ComboBox::from_id_salt("authority")
            .selected_text(name(authority))
            .width(ui.available_width().clamp(160.0, 260.0))
            .show_ui(ui, |ui| {
                for a in [
                    Authority::OnBehalf,
                    Authority::Deputy,
                    Authority::Delegated,
                    Authority::None,
                    Authority::Role,
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
    fields::line(
        ui,
        app,
        now,
        ("Tập thể / người đứng đầu", "on_behalf_of", ""),
        |d| d.signature.on_behalf_of.clone(),
        |d, v| d.signature.on_behalf_of = v,
    );
    fields::line(
        ui,
        app,
        now,
        ("Chức vụ người ký", "signer_title", ""),
        |d| d.signature.title.clone(),
        |d, v| d.signature.title = v,
    );
    fields::line(
        ui,
        app,
        now,
        (
            "Kiêm chức vụ (nếu ký theo chức kiêm nhiệm)",
            "signer_concurrent",
            "vd. TRƯỞNG BAN CHỈ ĐẠO",
        ),
        |d| d.signature.concurrent.clone(),
        |d, v| d.signature.concurrent = v,
    );
    fields::line(
        ui,
        app,
        now,
        ("Họ tên người ký", "signer_name", ""),
        |d| d.signature.name.clone(),
        |d, v| d.signature.name = v,
    );
    // The template decides who signs for whom; the profile offers the signers that fit.
    let presets = app.profile.presets_for(&app.doc.signature);
    if !presets.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label("Người ký thường dùng:");
            for s in presets {
                if ui.button(format!("{} ({})", s.name, s.title)).clicked() {
                    app.edit(EditKey::Once, now, |d| d.signature = s);
                }
            }
        });
    }
    super::joint::panel(ui, app, now);
    if let Some(rules) = RuleSet::by_id(&app.doc.rules) {
        ui.separator();
        let sig = signature_lines(&app.doc, rules);
        ui.vertical_centered(|ui| {
            if let Some(a) = sig.authority {
                ui.label(egui::RichText::new(a).strong());
            }
            ui.label(sig.title);
            if let Some((word, post)) = sig.concurrent {
                ui.label(word);
                ui.label(post);
            }
            ui.add_space(30.0);
            ui.label(egui::RichText::new(sig.name).strong());
        });
    }
}

/// The two signatures of minutes written from a record: their names are the record's
/// (chair, minute-taker), so they are shown here and edited there, once.
fn minutes_signatures(ui: &mut Ui, app: &mut App, now: f64) {
    ui.label(
        "Biên bản ký theo Hướng dẫn 05-HD/VPTW (tr. 22): người ghi biên bản bên trái, \
         người chủ trì hội nghị bên phải. Họ tên lấy từ bản ghi hội nghị (chủ trì, người ghi \
         biên bản): sửa ở đó.",
    );
    ui.add_space(6.0);
    let left = app
        .doc
        .cosigners
        .iter()
        .find(|c| c.place == SignerPlace::Left)
        .map(|c| (c.signature.on_behalf_of.clone(), c.signature.name.clone()));
    let right = (
        app.doc.signature.on_behalf_of.clone(),
        app.doc.signature.name.clone(),
    );
    ui.columns(2, |cols| {
        for (col, block) in cols.iter_mut().zip([left, Some(right)]) {
            let Some((role, name)) = block else { continue };
            col.vertical_centered(|ui| {
                ui.label(egui::RichText::new(role).strong());
                ui.add_space(24.0);
                let name = if name.trim().is_empty() {
                    egui::RichText::new("(chưa ghi tên)").weak()
                } else {
                    egui::RichText::new(name).strong()
                };
                ui.label(name);
            });
        }
    });
    confirmation(ui, app, now);
}

/// The centred "Xác nhận chữ ký của đồng chí …" block of minutes whose chair's signature
/// cannot carry the seal (05-HD p. 22 (ii)): the office confirms it by delegation.
fn confirmation(ui: &mut Ui, app: &mut App, now: f64) {
    let at = |d: &Document| {
        d.cosigners
            .iter()
            .position(|c| c.place == SignerPlace::Centred)
    };
    let mut on = at(&app.doc).is_some();
    ui.separator();
    if ui
        .checkbox(
            &mut on,
            "Văn phòng xác nhận chữ ký của người chủ trì (khi không được đóng dấu lên chữ ký chủ trì)",
        )
        .changed()
    {
        app.edit(EditKey::Once, now, move |d| {
            d.cosigners.retain(|c| c.place != SignerPlace::Centred);
            if on {
                let chair = d
                    .conference
                    .as_ref()
                    .map(|c| c.chair_name())
                    .unwrap_or_default();
                d.cosigners.push(Cosigner {
                    place: SignerPlace::Centred,
                    lead: format!("Xác nhận chữ ký của đồng chí {chair}"),
                    signature: Signature {
                        authority: Authority::Delegated,
                        on_behalf_of: "BAN THƯỜNG VỤ".into(),
                        title: "CHÁNH VĂN PHÒNG".into(),
                        name: String::new(),
                        concurrent: String::new(),
                    },
                });
            }
        });
    }
    if at(&app.doc).is_none() {
        return;
    }
    // Each line of the block edits one string of the confirming signer.
    let parts: [(&str, &str, &str, super::joint::Part); 3] = [
        (
            "Thừa lệnh (T/L)",
            "confirm_on_behalf_of",
            "BAN THƯỜNG VỤ",
            |s| &mut s.on_behalf_of,
        ),
        (
            "Chức vụ người xác nhận",
            "confirm_title",
            "CHÁNH VĂN PHÒNG",
            |s| &mut s.title,
        ),
        ("Họ tên người xác nhận", "confirm_name", "", |s| {
            &mut s.name
        }),
    ];
    super::joint::cosigner_fields(ui, app, now, at, parts);
}
