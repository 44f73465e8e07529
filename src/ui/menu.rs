//! The menu bar, generated from the action table.

use super::UiState;
use crate::app::{Action, App, Command, Pending};
use egui::Ui;

pub fn bar(ui: &mut Ui, app: &mut App, state: &mut UiState) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("Tệp", |ui| {
            for a in [Action::New, Action::Open] {
                item(ui, app, state, a);
            }
            ui.menu_button("Mở gần đây", |ui| {
                if app.recent.is_empty() {
                    ui.label("(chưa có)");
                }
                for path in app.recent.clone() {
                    if ui.button(path.display().to_string()).clicked() {
                        app.request(Pending::Open(path));
                        ui.close();
                    }
                }
            });
            ui.separator();
            for a in [
                Action::Save,
                Action::SaveAs,
                Action::Import,
                Action::Paste,
            ] {
                item(ui, app, state, a);
            }
            ui.separator();
            for a in [
                Action::Export,
                Action::ExportPdf,
                Action::ExportElectronicPdf,
                Action::ExportElectronic,
                Action::Print,
            ] {
                item(ui, app, state, a);
            }
            ui.separator();
            item(ui, app, state, Action::AuditWord);
            ui.separator();
            item(ui, app, state, Action::Profile);
            if ui.button("Thoát").clicked() {
                app.request(Pending::Quit);
                ui.close();
            }
        });
        ui.menu_button("Sửa", |ui| {
            for a in [
                Action::Undo,
                Action::Redo,
                Action::Bold,
                Action::Italic,
                Action::Underline,
            ] {
                item(ui, app, state, a);
            }
        });
        ui.menu_button("Mục", |ui| {
            for a in [
                Action::AddSection,
                Action::AddChild,
                Action::MoveUp,
                Action::MoveDown,
                Action::Indent,
                Action::Outdent,
                Action::Delete,
            ] {
                item(ui, app, state, a);
            }
        });
        ui.menu_button("Biên bản", |ui| {
            item(ui, app, state, Action::Record);
            ui.menu_button("Lập văn bản từ biên bản", |ui| {
                for target in crate::derive::Target::ALL {
                    let label = match target {
                        crate::derive::Target::TinBai => "Tin bài…".to_owned(),
                        _ => target.label().to_owned(),
                    };
                    if ui
                        .button(label)
                        .on_hover_text(
                            "Viết văn bản từ bản ghi hội nghị của bản thảo đang mở; bản thảo mới chưa được lưu",
                        )
                        .clicked()
                    {
                        state.queue(Command::Derive(target));
                        ui.close();
                    }
                }
            });
        });
        ui.menu_button("Xem", |ui| {
            ui.checkbox(&mut state.show_preview, "Xem trước trang in");
            ui.separator();
            ui.label("Giao diện");
            for (theme, name) in [
                (egui::ThemePreference::Light, "Sáng (như trang giấy)"),
                (egui::ThemePreference::Dark, "Tối"),
                (egui::ThemePreference::System, "Theo hệ thống"),
            ] {
                if ui.radio(state.theme == theme, name).clicked() {
                    state.theme = theme;
                    ui.ctx().set_theme(theme);
                    ui.close();
                }
            }
        });
        ui.menu_button("Trợ giúp", |ui| item(ui, app, state, Action::Help));
    });
}

fn item(ui: &mut Ui, app: &mut App, state: &mut UiState, action: Action) {
    let blocked = match action {
        Action::ExportElectronic | Action::ExportElectronicPdf => app.electronic_blocker(),
        _ => None,
    };
    let enabled = match action {
        Action::Undo => app.can_undo(),
        Action::Redo => app.can_redo(),
        _ => blocked.is_none(),
    };
    let mut button = egui::Button::new(action.label());
    if let Some(s) = action.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&s));
    }
    let mut response = ui
        .add_enabled(enabled, button)
        .on_hover_text(action.tooltip());
    // A disabled entry says why, in the clerk's words.
    if let Some(why) = blocked {
        response = response.on_disabled_hover_text(why);
    }
    if response.clicked() {
        state.queue(Command::Action(action));
        ui.close();
    }
}
