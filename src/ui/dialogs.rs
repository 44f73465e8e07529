//! Modal dialogs: templates, unsaved changes, messages, export done, recovery, profile, help.

use super::UiState;

use crate::app::{Action, App, Command, Dialog, PathPrompt, Pending, ProfileDraft};
use crate::import::Encoding;
use crate::templates;
use egui::{Context, Id, Modal, RichText, TextEdit, Ui};

pub fn show(ctx: &Context, app: &mut App, state: &mut UiState) {
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
        Dialog::ExportWithErrors(n, format) => export_with_errors(ctx, app, n, format),
        Dialog::Print(dialog) => super::print::dialog(ctx, app, dialog),
        Dialog::Imported {
            source,
            warnings,
            encoding,
        } => imported(ctx, app, source, warnings, encoding),
        Dialog::Paste(text) => paste(ctx, app, text),
        Dialog::Audit(report) => super::audit::dialog(ctx, app, report),
        Dialog::Profile { first_run, draft } => profile(ctx, app, first_run, draft),
        Dialog::PathPrompt(prompt) => path_prompt(ctx, app, *prompt),
        Dialog::ReplacePreamble(text) => replace_preamble(ctx, state, text),
        Dialog::Help => help(ctx),
    }
    .or(app.dialog.take());
    // A dialog that queued a command (the preamble helper's choice) lets that command say
    // where the keyboard goes.
    if app.dialog.is_none() && state.commands.is_empty() {
        state.dialog_closed(ctx, app);
    }
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
        for (i, t) in templates::all().iter().enumerate() {
            let r = ui
                .button(RichText::new(t.description).strong())
                .on_hover_text(t.id);
            // The dialog opens with the keyboard on its first choice: arrows or Tab move,
            // Enter or Space choose.
            if i == 0 && ui.memory(|m| m.focused().is_none()) {
                r.request_focus();
            }
            if r.clicked() {
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
        let pdf = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
        ui.heading(if pdf {
            "Đã xuất tệp PDF"
        } else {
            "Đã xuất tệp Word"
        });
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
    mut draft: Box<ProfileDraft>,
) -> Option<Dialog> {
    let mut choice = None;
    let example = crate::store::profile::Profile::example();
    let closed = modal(ctx, "profile", |ui| {
        ui.set_max_width(600.0);
        ui.heading("Thông tin cơ quan");
        if first_run {
            ui.add(
                egui::Label::new(
                    "Nhập một lần; mỗi bản thảo mới sẽ dùng các thông tin này. \
                     Chữ mờ trong ô là ví dụ.",
                )
                .wrap(),
            );
        }
        let example_recipients = ProfileDraft::new(&example).recipients;
        let first = egui::Grid::new("profile-grid")
            .num_columns(2)
            .show(ui, |ui| {
                let first = labelled(ui, "Cơ quan cấp trên (mỗi dòng một)", |ui| {
                    ui.add(
                        TextEdit::multiline(&mut draft.upper)
                            .id(Id::unique("profile.upper"))
                            .hint_text(example.upper.join("\n"))
                            .desired_rows(2),
                    )
                });
                let p = &mut draft.profile;
                for (label, value, hint) in [
                    ("Cơ quan ban hành", &mut p.issuer, &example.issuer),
                    ("Ký hiệu cơ quan", &mut p.symbol, &example.symbol),
                    ("Địa danh", &mut p.place, &example.place),
                    ("Nơi lưu", &mut p.archive, &example.archive),
                    ("Khóa (nhiệm kỳ)", &mut p.term, &example.term),
                ] {
                    labelled(ui, label, |ui| {
                        ui.horizontal(|ui| {
                            let r = ui.add(TextEdit::singleline(value).hint_text(hint.as_str()));
                            super::fields::enter_moves_on(ui, &r);
                            // The symbols 05-HD lists, beside the field they fill: after it
                            // in the Tab order, before the next field.
                            if label == "Ký hiệu cơ quan" {
                                body_symbols(ui, value);
                            }
                            r
                        })
                        .inner
                    });
                }
                labelled(ui, "Nơi nhận thường dùng (mỗi dòng một)", |ui| {
                    ui.add(
                        TextEdit::multiline(&mut draft.recipients)
                            .hint_text(example_recipients.as_str())
                            .desired_rows(4),
                    )
                });
                first
            })
            .inner;
        // The form opens with the keyboard in its first field.
        let opened = Id::unique("profile-dialog-opened");
        if !ui.data(|d| d.get_temp::<bool>(opened)).unwrap_or(false) {
            first.request_focus();
            ui.data_mut(|d| d.insert_temp(opened, true));
        }
        ui.label("Người ký thường dùng (chức vụ, họ tên):");
        for (i, s) in draft.profile.signers.iter_mut().enumerate() {
            let hint = example.signers.get(i);
            ui.horizontal(|ui| {
                ui.add(
                    TextEdit::singleline(&mut s.title)
                        .hint_text(hint.map_or("", |h| h.title.as_str()))
                        .desired_width(150.0),
                );
                ui.add(
                    TextEdit::singleline(&mut s.name)
                        .hint_text(hint.map_or("", |h| h.name.as_str()))
                        .desired_width(220.0),
                );
            });
        }
        super::esign::profile_images(ui, app, &mut draft);
        ui.horizontal(|ui| {
            if ui.button("Lưu thông tin").clicked() {
                choice = Some(true);
            }
            if ui.button("Để sau").clicked() {
                choice = Some(false);
            }
        });
    });
    let done = match choice {
        Some(true) => {
            app.save_profile_draft(&draft);
            true
        }
        // Escape or a click outside: "Để sau".
        Some(false) => true,
        None => closed,
    };
    if done {
        ctx.data_mut(|d| d.remove::<bool>(Id::unique("profile-dialog-opened")));
        return None;
    }
    Some(Dialog::Profile { first_run, draft })
}

/// The symbols 05-HD lists ("Theo 05-HD…" beside the field), to pick instead of typing:
/// a committee's own ("TU", "ĐU"), or an advisory body's, written before its committee's
/// ("BTGDV" + "TU").
fn body_symbols(ui: &mut Ui, symbol: &mut String) {
    let Some(rules) = crate::rules::RuleSet::by_id(crate::rules::DEFAULT_ID) else {
        return;
    };
    ui.menu_button("Theo 05-HD…", |ui| {
        for b in &rules.body_symbols {
            let text = match b.with_committee {
                true => format!(
                    "{}… — {} (ghép với ký hiệu cấp uỷ, vd. {}TU)",
                    b.symbol, b.name, b.symbol
                ),
                false => format!("{} — {}", b.symbol, b.name),
            };
            if ui.button(text).clicked() {
                // An advisory body's symbol keeps the committee's the clerk already had.
                let committee = match b.with_committee {
                    true => committee_part(symbol, rules),
                    false => String::new(),
                };
                *symbol = format!("{}{committee}", b.symbol);
                ui.close();
            }
        }
    });
}

/// The committee's part of a symbol: "TU" in "TU" or "BTGDVTU", empty when none is known.
fn committee_part(symbol: &str, rules: &crate::rules::RuleSet) -> String {
    let s = symbol.trim();
    let own = rules
        .body_symbols
        .iter()
        .filter(|b| b.with_committee)
        .find_map(|b| s.strip_prefix(b.symbol.as_str()))
        .unwrap_or(s);
    rules
        .body_symbols
        .iter()
        .filter(|b| !b.with_committee && b.symbol == own)
        .map(|b| b.symbol.clone())
        .next()
        .unwrap_or_default()
}

fn labelled(
    ui: &mut Ui,
    label: &str,
    add: impl FnOnce(&mut Ui) -> egui::Response,
) -> egui::Response {
    let id = ui.label(label).id;
    let r = add(ui).labelled_by(id);
    ui.end_row();
    r
}

/// The path typed in the editor when no file dialog can open.
fn path_prompt(ctx: &Context, app: &mut App, mut prompt: PathPrompt) -> Option<Dialog> {
    let mut choice = None;
    let closed = modal(ctx, "path-prompt", |ui| {
        ui.set_max_width(640.0);
        ui.heading(prompt.purpose.title());
        ui.add(egui::Label::new(prompt.why.as_str()).wrap());
        ui.label("Gõ đường dẫn đầy đủ của tệp rồi bấm Enter:");
        let id = ui.label("Đường dẫn tệp").id;
        let r = ui
            .add(
                TextEdit::singleline(&mut prompt.text)
                    .id(Id::unique("path-prompt-text"))
                    .desired_width(600.0),
            )
            .labelled_by(id);
        // Enter gives the keyboard up and means "done"; otherwise the field keeps it.
        if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            choice = Some(true);
        } else if !r.has_focus() && ui.memory(|m| m.focused().is_none()) {
            r.request_focus();
        }
        ui.horizontal(|ui| {
            let ok = if prompt.purpose.writes() {
                "Lưu"
            } else {
                "Mở"
            };
            if ui.button(ok).clicked() {
                choice = Some(true);
            }
            if ui.button("Hủy").clicked() {
                choice = Some(false);
            }
        });
    });
    match choice {
        Some(true) => {
            app.path_typed(prompt);
            None
        }
        Some(false) => None,
        None if closed => None,
        None => Some(Dialog::PathPrompt(Box::new(prompt))),
    }
}

/// The preamble helper never replaces what the clerk wrote without asking.
fn replace_preamble(ctx: &Context, state: &mut UiState, text: String) -> Option<Dialog> {
    let mut choice = None;
    let closed = modal(ctx, "replace-preamble", |ui| {
        ui.set_max_width(600.0);
        ui.heading("Đoạn mở đầu đã có nội dung");
        ui.label("Đoạn mới soạn từ thông tin hội nghị:");
        ui.add(egui::Label::new(RichText::new(text.as_str()).italics()).wrap());
        ui.horizontal(|ui| {
            if ui.button("Thay đoạn đầu tiên").clicked() {
                choice = Some(crate::app::PreambleChoice::Replace);
            }
            if ui.button("Thêm thành đoạn mới").clicked() {
                choice = Some(crate::app::PreambleChoice::Add);
            }
            if ui.button("Hủy").clicked() {
                choice = Some(crate::app::PreambleChoice::Cancel);
            }
        });
    });
    match choice {
        Some(c) => {
            state.queue(Command::WritePreamble(text, c));
            None
        }
        None if closed => None,
        None => Some(Dialog::ReplacePreamble(text)),
    }
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

fn export_with_errors(
    ctx: &Context,
    app: &mut App,
    errors: usize,
    format: crate::app::ExportFormat,
) -> Option<Dialog> {
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
            app.export_dialog(format);
            None
        }
        Some(false) => {
            app.step = crate::app::Step::Review;
            None
        }
        None if closed => None,
        None => Some(Dialog::ExportWithErrors(errors, format)),
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
