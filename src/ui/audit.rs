//! The report of "Kiểm tra tệp Word…": which rules and why, the tally, every finding with
//! its place in the file; from there the clerk may import the file to correct it.

use super::review::severity_color;
use crate::app::{App, AuditReport, Dialog, Pending};
use crate::import::Encoding;
use egui::{Context, Id, Modal, RichText, ScrollArea};

pub fn dialog(ctx: &Context, app: &mut App, report: Box<AuditReport>) -> Option<Dialog> {
    let mut choice: Option<bool> = None;
    let closed = Modal::new(Id::unique("audit-word"))
        .show(ctx, |ui| {
            ui.set_max_width(760.0);
            let name = report
                .file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            ui.heading(format!("Kiểm tra thể thức “{name}”"));
            ui.label(format!("Theo {}.", report.rules));
            ui.label(RichText::new(&report.why).small());
            ui.add_space(6.0);
            let (e, w, h) = report.tally;
            if report.lines.is_empty() {
                ui.label(RichText::new("Không phát hiện sai sót về thể thức.").strong());
            } else {
                ui.label(RichText::new(format!("{e} lỗi, {w} cảnh báo, {h} gợi ý.")).strong());
            }
            ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
                for (i, line) in report.lines.iter().enumerate() {
                    ui.push_id(i, |ui| {
                        ui.horizontal_wrapped(|ui| {
                            ui.label(
                                RichText::new(line.severity.label())
                                    .color(severity_color(line.severity))
                                    .strong(),
                            );
                            let text = if line.place.is_empty() {
                                line.message.clone()
                            } else {
                                format!("{} — {}", line.place, line.message)
                            };
                            ui.label(text)
                                .on_hover_text(format!("Quy tắc: {}", line.id));
                        });
                    });
                }
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui
                    .button("Nhập thành bản thảo để sửa")
                    .on_hover_text(
                        "Mở nội dung tệp thành một bản thảo mới; tệp Word không bị thay đổi",
                    )
                    .clicked()
                {
                    choice = Some(true);
                }
                if ui.button("Đóng").clicked() {
                    choice = Some(false);
                }
            });
        })
        .should_close();
    match choice {
        // The import's own dialog (or the unsaved-changes question) follows.
        Some(true) => {
            app.request(Pending::Import(report.file.clone(), Encoding::Auto));
            None
        }
        Some(false) => None,
        None if closed => None,
        None => Some(Dialog::Audit(report)),
    }
}
