//! The appendices (phụ lục) after the closing block: each with its title, its page
//! orientation and its paragraphs. Numbered items an appendix brought along (a template,
//! an imported file) are edited in place; new text is added as paragraphs.

use super::body::{note_fields, rows};
use super::fields;
use super::paragraphs::{after_edit, note_numbers};
use super::rich_text::{paragraph_editor, Look};
use super::UiState;
use crate::app::{App, Command, EditKey, ParaList, ParaRef};
use egui::Ui;

pub fn panel(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    ui.strong("Phụ lục");
    if app.doc.appendices.is_empty() {
        ui.label(
            egui::RichText::new(
                "Văn bản chưa có phụ lục. Phụ lục in trên trang riêng, đánh số trang riêng.",
            )
            .small()
            .weak(),
        );
    }
    let notes = note_numbers(app, state);
    for a in 0..app.doc.appendices.len() {
        ui.group(|ui| {
            ui.label(format!("Phụ lục {}", a + 1));
            fields::lines(
                ui,
                app,
                now,
                (
                    "Tên phụ lục",
                    &format!("appendix.{a}.title"),
                    "vd. DANH MỤC NHIỆM VỤ",
                ),
                move |d| {
                    d.appendices
                        .get(a)
                        .map(|x| x.title.clone())
                        .unwrap_or_default()
                },
                move |d, v| {
                    if let Some(x) = d.appendices.get_mut(a) {
                        x.title = v;
                    }
                },
            );
            let mut landscape = app.doc.appendices.get(a).is_some_and(|x| x.landscape);
            if ui
                .checkbox(&mut landscape, "Trang ngang (cho bảng rộng)")
                .changed()
            {
                app.edit(EditKey::Once, now, |d| {
                    if let Some(x) = d.appendices.get_mut(a) {
                        x.landscape = landscape;
                    }
                });
            }
            let body = app
                .doc
                .appendices
                .get(a)
                .map(|x| rows(&x.body))
                .unwrap_or_default();
            for row in body {
                let at = ParaRef::Appendix(a, row.path.clone());
                let Some(para) = at.get(&app.doc).cloned() else {
                    continue;
                };
                let label = match row.label.as_str() {
                    "" => format!("Phụ lục {}, đoạn", a + 1),
                    l => format!("Phụ lục {}, {l}", a + 1),
                };
                ui.horizontal(|ui| {
                    ui.add_space(row.depth as f32 * 22.0);
                    ui.vertical(|ui| {
                        let look = Look {
                            label: &label,
                            heading: false,
                            outline: false,
                            first_note: notes.first(&at),
                        };
                        let edited = paragraph_editor(ui, &at, &para, &look);
                        after_edit(app, state, &at, edited, now);
                        note_fields(ui, app, state, &at, &para, notes.first(&at), now);
                        if let [i] = row.path.as_slice() {
                            if ui.small_button("× Xóa đoạn này").clicked() {
                                state.queue(Command::RemoveParagraph(ParaList::Appendix(a), *i));
                            }
                        }
                    });
                });
            }
            ui.horizontal(|ui| {
                if ui.button("+ Thêm đoạn").clicked() {
                    state.queue(Command::AddParagraph(ParaList::Appendix(a)));
                }
                if ui.button("× Xóa phụ lục này").clicked() {
                    state.queue(Command::RemoveAppendix(a));
                }
            });
        });
    }
    if ui.button("+ Thêm phụ lục").clicked() {
        state.queue(Command::AddAppendix);
    }
}
