//! Modal dialogs: templates, unsaved changes, messages, export done, recovery, profile, help.

use crate::app::{Action, App, Dialog, Pending};
use crate::import::Encoding;
use crate::store::profile::Profile;
use crate::templates;
use egui::{Context, Id, Modal, RichText, TextEdit, Ui};

pub fn show(ctx: &Context, app: &mut App, now: f64) {
    let Some(dialog) = app.dialog.take() else {
        return;
    };
    // Each arm puts the dialog back while it stays open.
    app.dialog = match dialog {
        Dialog::Templates => templates_dialog(ctx, app),
        Dialog::UnsavedChanges(pending) => unsaved(ctx, app, pending),
        Dialog::Message { title, text } => message(ctx, title, text),
        Dialog::Exported(path) => exported(ctx, app, path),
        Dialog::Recover(rec) => recover(ctx, app, rec),
        Dialog::ExportWithErrors(n) => export_with_errors(ctx, app, n),
        Dialog::Imported {
            source,
            warnings,
            encoding,
        } => imported(ctx, app, source, warnings, encoding),
        Dialog::Paste(text) => paste(ctx, app, text),
        Dialog::Profile { first_run, draft } => profile(ctx, app, first_run, draft, now),
        Dialog::Help => help(ctx),
    }
    .or(app.dialog.take());
}

fn modal(ctx: &Context, id: &str, content: impl FnOnce(&mut Ui)) -> bool {
    Modal::new(Id::unique(id)).show(ctx, content).should_close()
}

fn templates_dialog(ctx: &Context, app: &mut App) -> Option<Dialog> {
    let mut chosen = None;
    let mut cancel = false;
    let closed = modal(ctx, "templates", |ui| {
        ui.heading("Tạo bản thảo mới từ mẫu");
        ui.add_space(6.0);
        for t in templates::all() {
            if ui
                .button(RichText::new(t.description).strong())
                .on_hover_text(t.id)
                .clicked()
            {
                chosen = Some(t.id.to_owned());
            }
        }
        ui.add_space(6.0);
        cancel = ui.button("Hủy").clicked();
    });
    match chosen {
        Some(id) => {
            app.request(Pending::NewFromTemplate(id));
            None
        }
        None if closed || cancel => None,
        None => Some(Dialog::Templates),
    }
}

fn unsaved(ctx: &Context, app: &mut App, pending: Pending) -> Option<Dialog> {
    let mut choice = None;
    let closed = modal(ctx, "unsaved", |ui| {
        ui.heading("Bản thảo có thay đổi chưa lưu");
        ui.label("Lưu các thay đổi trước khi tiếp tục?");
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button("Lưu").clicked() {
                choice = Some(1);
            }
            if ui.button("Không lưu").clicked() {
                choice = Some(2);
            }
            if ui.button("Hủy").clicked() {
                choice = Some(3);
            }
        });
    });
    match choice {
        Some(1) => {
            app.save_then(pending);
            None
        }
        Some(2) => {
            app.perform(pending);
            None
        }
        Some(_) => None,
        None if closed => None,
        None => Some(Dialog::UnsavedChanges(pending)),
    }
}

fn message(ctx: &Context, title: String, text: String) -> Option<Dialog> {
    let mut ok = false;
    let closed = modal(ctx, "message", |ui| {
        ui.set_max_width(520.0);
        ui.heading(&title);
        ui.label(&text);
        ui.add_space(6.0);
        ok = ui.button("Đóng").clicked();
    });
    (!ok && !closed).then_some(Dialog::Message { title, text })
}

fn exported(ctx: &Context, app: &mut App, path: std::path::PathBuf) -> Option<Dialog> {
    let mut done = false;
    let closed = modal(ctx, "exported", |ui| {
        ui.heading("Đã xuất tệp Word");
        ui.label(path.display().to_string());
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button("Mở tệp").clicked() {
                if let Err(e) = crate::app::open_with_system(&path) {
                    app.status = e.to_string();
                }
                done = true;
            }
            if ui.button("Mở thư mục").clicked() {
                if let Some(dir) = path.parent() {
                    if let Err(e) = crate::app::open_with_system(dir) {
                        app.status = e.to_string();
                    }
                }
                done = true;
            }
            done |= ui.button("Đóng").clicked();
        });
    });
    (!done && !closed).then_some(Dialog::Exported(path))
}

fn recover(
    ctx: &Context,
    app: &mut App,
    rec: Box<crate::store::recovery::Recovery>,
) -> Option<Dialog> {
    let mut choice = None;
    modal(ctx, "recover", |ui| {
        ui.heading("Khôi phục bản thảo chưa lưu?");
        let from = rec
            .source
            .as_ref()
            .map(|p| format!("của tệp {}", p.display()))
            .unwrap_or_else(|| "chưa từng được lưu".to_owned());
        ui.label(format!(
            "Lần làm việc trước kết thúc khi còn thay đổi chưa lưu ({} — {}).",
            rec.document.kind.label(),
            from
        ));
        ui.horizontal(|ui| {
            if ui.button("Khôi phục").clicked() {
                choice = Some(true);
            }
            if ui.button("Bỏ qua").clicked() {
                choice = Some(false);
            }
        });
    });
    match choice {
        Some(true) => {
            app.accept_recovery(*rec);
            None
        }
        Some(false) => {
            app.discard_recovery();
            None
        }
        None => Some(Dialog::Recover(rec)),
    }
}

fn profile(
    ctx: &Context,
    app: &mut App,
    first_run: bool,
    mut draft: Box<Profile>,
    _now: f64,
) -> Option<Dialog> {
    let mut choice = None;
    modal(ctx, "profile", |ui| {
        ui.set_max_width(560.0);
        ui.heading("Thông tin cơ quan");
        if first_run {
            ui.label("Nhập một lần; mỗi bản thảo mới sẽ dùng các thông tin này. Dưới đây là ví dụ, hãy sửa cho đúng cơ quan mình.");
        }
        let mut upper = draft.upper.join("\n");
        let mut recipients = draft
            .recipients
            .iter()
            .map(|r| match &r.note {
                Some(n) => format!("{} ({n})", r.name),
                None => r.name.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        egui::Grid::new("profile-grid")
            .num_columns(2)
            .show(ui, |ui| {
                labelled(ui, "Cơ quan cấp trên", |ui| {
                    ui.add(TextEdit::multiline(&mut upper).desired_rows(2))
                });
                labelled(ui, "Cơ quan ban hành", |ui| {
                    ui.text_edit_singleline(&mut draft.issuer)
                });
                labelled(ui, "Ký hiệu cơ quan", |ui| {
                    ui.text_edit_singleline(&mut draft.symbol)
                });
                labelled(ui, "Địa danh", |ui| {
                    ui.text_edit_singleline(&mut draft.place)
                });
                labelled(ui, "Nơi lưu", |ui| {
                    ui.text_edit_singleline(&mut draft.archive)
                });
                labelled(ui, "Nơi nhận thường dùng", |ui| {
                    ui.add(TextEdit::multiline(&mut recipients).desired_rows(4))
                });
            });
        draft.upper = nfc_lines(&upper);
        draft.recipients = nfc_lines(&recipients)
            .into_iter()
            .map(|line| match line.rsplit_once(" (") {
                Some((name, note)) if note.ends_with(')') => {
                    crate::model::Recipient::noted(name, note.trim_end_matches(')'))
                }
                _ => crate::model::Recipient::new(line),
            })
            .collect();
        ui.label("Người ký thường dùng:");
        for s in &mut draft.signers {
            ui.horizontal(|ui| {
                ui.add(TextEdit::singleline(&mut s.title).desired_width(150.0));
                ui.add(TextEdit::singleline(&mut s.name).desired_width(200.0));
            });
        }
        ui.horizontal(|ui| {
            if ui.button("Lưu thông tin").clicked() {
                choice = Some(true);
            }
            if ui.button("Để sau").clicked() {
                choice = Some(false);
            }
        });
    });
    match choice {
        Some(true) => {
            app.save_profile(*draft);
            None
        }
        Some(false) => None,
        None => Some(Dialog::Profile { first_run, draft }),
    }
}

fn labelled(ui: &mut Ui, label: &str, add: impl FnOnce(&mut Ui) -> egui::Response) {
    let id = ui.label(label).id;
    add(ui).labelled_by(id);
    ui.end_row();
}

fn nfc_lines(s: &str) -> Vec<String> {
    crate::model::text::nfc(s)
        .lines()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

fn help(ctx: &Context) -> Option<Dialog> {
    let mut close = false;
    let closed = modal(ctx, "help", |ui| {
        ui.heading("Phím tắt");
        egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
            for a in Action::ALL {
                if let Some(s) = a.shortcut() {
                    ui.label(ctx.format_shortcut(&s));
                    ui.label(a.label());
                    ui.label(RichText::new(a.tooltip()).weak());
                    ui.end_row();
                }
            }
        });
        close = ui.button("Đóng").clicked();
    });
    (!close && !closed).then_some(Dialog::Help)
}

fn export_with_errors(ctx: &Context, app: &mut App, errors: usize) -> Option<Dialog> {
    let mut choice = None;
    let closed = modal(ctx, "export-errors", |ui| {
        ui.heading("Văn bản còn lỗi thể thức");
        ui.label(format!(
            "Bộ kiểm tra phát hiện {errors} lỗi. Có thể vẫn xuất để xem bản nháp, nhưng cần sửa trước khi trình ký."
        ));
        ui.horizontal(|ui| {
            if ui.button("Xem lỗi").clicked() {
                choice = Some(false);
            }
            if ui.button("Vẫn xuất bản nháp").clicked() {
                choice = Some(true);
            }
        });
    });
    match choice {
        Some(true) => {
            app.export_dialog();
            None
        }
        Some(false) => {
            app.step = crate::app::Step::Review;
            None
        }
        None if closed => None,
        None => Some(Dialog::ExportWithErrors(errors)),
    }
}

fn imported(
    ctx: &Context,
    app: &mut App,
    source: std::path::PathBuf,
    warnings: Vec<String>,
    encoding: Option<Encoding>,
) -> Option<Dialog> {
    let mut choice: Option<Option<Encoding>> = None;
    modal(ctx, "imported", |ui| {
        ui.set_max_width(640.0);
        ui.heading("Đã nhập văn bản");
        ui.label(source.display().to_string());
        let used = match encoding {
            Some(Encoding::Tcvn3) => {
                "Bảng mã đã nhận: TCVN3 (ABC, phông .VnTime) — đã chuyển sang Unicode."
            }
            Some(Encoding::Vni) => "Bảng mã đã nhận: VNI-Windows — đã chuyển sang Unicode.",
            _ => "Bảng mã: Unicode.",
        };
        ui.label(used);
        if warnings.is_empty() {
            ui.label("Không có điều gì cần lưu ý.");
        } else {
            ui.label(format!("{} điều cần xem lại:", warnings.len()));
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    for w in &warnings {
                        ui.label(format!("• {w}"));
                    }
                });
        }
        let is_file = source.exists();
        ui.horizontal(|ui| {
            if ui.button("Đóng").clicked() {
                choice = Some(None);
            }
            if is_file {
                ui.label("Đọc lại theo bảng mã:");
                for (e, name) in [
                    (Encoding::Utf8, "Unicode"),
                    (Encoding::Tcvn3, "TCVN3"),
                    (Encoding::Vni, "VNI"),
                ] {
                    if ui.button(name).clicked() {
                        choice = Some(Some(e));
                    }
                }
            }
        });
    });
    match choice {
        // Re-reading replaces the draft just imported, which nobody has edited yet.
        Some(Some(e)) => {
            app.perform(Pending::Import(source, e));
            None
        }
        Some(None) => None,
        None => Some(Dialog::Imported {
            source,
            warnings,
            encoding,
        }),
    }
}

fn paste(ctx: &Context, app: &mut App, mut text: String) -> Option<Dialog> {
    let mut choice = None;
    modal(ctx, "paste", |ui| {
        ui.set_max_width(720.0);
        ui.heading("Dán văn bản");
        ui.label("Dán nội dung sao chép từ Word, trang web hoặc PDF (Ctrl+V); vanban nhận dạng số hiệu, các mục, nơi nhận và chữ ký.");
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    !text.trim().is_empty(),
                    egui::Button::new("Nhận dạng thành văn bản"),
                )
                .clicked()
            {
                choice = Some(true);
            }
            if ui.button("Hủy").clicked() {
                choice = Some(false);
            }
        });
        let id = ui.label("Văn bản dán vào").id;
        // Fixed size, no nested scroll area: long pastes scroll inside the text box.
        let r = ui
            .add_sized(
                [700.0, 360.0],
                TextEdit::multiline(&mut text).id(Id::unique("paste-text")),
            )
            .labelled_by(id);
        if text.is_empty() && !r.has_focus() {
            r.request_focus();
        }
    });
    match choice {
        Some(true) => {
            app.request(Pending::ImportText(text));
            None
        }
        Some(false) => None,
        None => Some(Dialog::Paste(text)),
    }
}
