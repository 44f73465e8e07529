//! The print dialog ("In…", Ctrl+P): all pages or a range, then the default printer.
//! Enter prints, Esc cancels; it opens with the keyboard on its first choice, and a range
//! that cannot be printed is refused in the dialog, which stays open to correct it.

use crate::app::printing::PrintDialog;
use crate::app::{App, Dialog};
use egui::{Context, Id, Key, Modal, RichText, TextEdit};

pub fn dialog(ctx: &Context, app: &mut App, mut d: Box<PrintDialog>) -> Option<Dialog> {
    let mut print = false;
    let mut cancel = false;
    let closed = Modal::new(Id::unique("print"))
        .show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading("In văn bản");
            ui.label(format!(
                "Văn bản có {} trang, in ra máy in mặc định của hệ thống.",
                d.count()
            ));
            ui.add_space(4.0);
            let all = ui.radio(d.all, "Tất cả các trang");
            if all.clicked() {
                d.all = true;
            }
            ui.horizontal(|ui| {
                let range = ui.radio(!d.all, "Từ trang");
                if range.clicked() {
                    d.all = false;
                }
                let from = ui
                    .add(
                        TextEdit::singleline(&mut d.from)
                            .id(Id::unique("print-from"))
                            .desired_width(40.0),
                    )
                    .labelled_by(range.id);
                let to_label = ui.label("đến trang");
                let to = ui
                    .add(
                        TextEdit::singleline(&mut d.to)
                            .id(Id::unique("print-to"))
                            .desired_width(40.0),
                    )
                    .labelled_by(to_label.id);
                // Typing a page number means "these pages".
                if from.changed() || to.changed() {
                    d.all = false;
                    d.refusal = None;
                }
            });
            if let Some(why) = &d.refusal {
                ui.add(
                    egui::Label::new(RichText::new(why).color(ui.visuals().error_fg_color)).wrap(),
                );
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                print |= ui.button("In").clicked();
                cancel = ui.button("Hủy").clicked();
            });
            // The keyboard on the first choice: Enter prints all pages at once, Tab goes
            // on to the range and its fields.
            if !d.focused {
                all.request_focus();
                d.focused = true;
            }
            // Enter anywhere in the dialog prints, as in the system's print dialogs; on
            // "Hủy" it is that button's click (below, cancelling wins).
            print |= ui.input(|i| i.key_pressed(Key::Enter));
        })
        .should_close();
    if cancel || closed {
        return None;
    }
    if !print {
        return Some(Dialog::Print(d));
    }
    match d.range() {
        Ok(range) => {
            app.print_pages(&d.pages, range);
            None
        }
        Err(why) => {
            d.refusal = Some(why);
            Some(Dialog::Print(d))
        }
    }
}
