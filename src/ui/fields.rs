//! Text fields that edit a buffer the clerk owns.
//!
//! A `TextEdit` over a string rebuilt from the model every frame loses what a lossy
//! conversion drops: a trailing space, a new empty line. So each field keeps, in egui's
//! memory under its widget id, the text as typed and the model value it stands for. While
//! the model still holds that value, the buffer is edited; when the model changed under
//! the field (undo, an action, a checker fix), the buffer is rebuilt from it. The model is
//! updated losslessly on every change, so that the preview follows; the value is committed
//! (NFC, trimmed, empty lines dropped) when the field loses the keyboard.

use crate::app::{App, EditKey};
use crate::model::{tidy, Document};
use egui::{Id, Response, TextEdit, Ui};

#[derive(Clone, Default)]
struct Buffer {
    text: String,
    /// The model's value when `text` was last in step with it.
    model: String,
}

/// What happened to a buffered field this frame.
pub struct Edited {
    /// The buffer after a keystroke, to store losslessly.
    pub changed: Option<String>,
    /// The buffer when the field lost the keyboard, to commit.
    pub committed: Option<String>,
    pub response: Response,
}

/// Shows `make(buffer)` for the field `id` whose model value is `model`.
pub fn buffered(
    ui: &mut Ui,
    id: Id,
    model: &str,
    make: impl FnOnce(&mut String) -> TextEdit<'_>,
) -> Edited {
    let mut buffer = ui
        .data_mut(|d| d.get_temp::<Buffer>(id))
        .filter(|b| b.model == model)
        .unwrap_or_else(|| Buffer {
            text: model.to_owned(),
            model: model.to_owned(),
        });
    let response = ui.add(make(&mut buffer.text).id(id));
    let mut edited = Edited {
        changed: None,
        committed: None,
        response,
    };
    if edited.response.changed() {
        edited.changed = Some(buffer.text.clone());
        buffer.model = buffer.text.clone();
    }
    if edited.response.lost_focus() {
        edited.committed = Some(std::mem::take(&mut buffer.text));
        ui.data_mut(|d| d.remove::<Buffer>(id));
    } else {
        ui.data_mut(|d| d.insert_temp(id, buffer));
    }
    edited
}

/// Enter in a one-line field means "next": the keyboard goes on to the following control,
/// as in a form on paper.
pub fn enter_moves_on(ui: &Ui, response: &Response) {
    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::Next));
    }
}

/// Width of a field's label: narrower with the window, so the field keeps its room.
pub fn label_width(ui: &Ui) -> f32 {
    (ui.available_width() * 0.28).clamp(110.0, 170.0)
}

/// A label beside its field, tied to it for screen readers and tests.
pub fn label(ui: &mut Ui, text: &str) -> Id {
    let w = label_width(ui);
    ui.add_sized([w, 20.0], egui::Label::new(text).wrap()).id
}

/// A labelled one-line field editing one string of the document.
pub fn line(
    ui: &mut Ui,
    app: &mut App,
    now: f64,
    (label_text, key, hint): (&str, &str, &str),
    get: impl Fn(&Document) -> String,
    set: impl Fn(&mut Document, String),
) {
    let model = get(&app.doc);
    ui.horizontal(|ui| {
        let label_id = label(ui, label_text);
        let e = buffered(ui, super::focus::field_id(key), &model, |text| {
            TextEdit::singleline(text)
                .hint_text(hint)
                .desired_width(f32::INFINITY)
        });
        let response = e.response.labelled_by(label_id);
        store(app, now, key, e.changed, e.committed, |d, text, commit| {
            set(
                d,
                if commit {
                    tidy::line(text)
                } else {
                    text.to_owned()
                },
            )
        });
        enter_moves_on(ui, &response);
    });
}

/// A labelled multi-line field holding one entry per line.
pub fn lines(
    ui: &mut Ui,
    app: &mut App,
    now: f64,
    (label_text, key, hint): (&str, &str, &str),
    get: impl Fn(&Document) -> Vec<String>,
    set: impl Fn(&mut Document, Vec<String>),
) {
    let model = get(&app.doc).join("\n");
    ui.horizontal(|ui| {
        let label_id = label(ui, label_text);
        let e = buffered(ui, super::focus::field_id(key), &model, |text| {
            TextEdit::multiline(text)
                .hint_text(hint)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
        });
        e.response.labelled_by(label_id);
        store(app, now, key, e.changed, e.committed, |d, text, commit| {
            let entries = tidy::split_lines(text);
            set(
                d,
                if commit {
                    tidy::lines(&entries)
                } else {
                    entries
                },
            )
        });
    });
}

/// Stores a keystroke losslessly and a commit tidied, as one undo step per field.
pub fn store(
    app: &mut App,
    now: f64,
    key: &str,
    changed: Option<String>,
    committed: Option<String>,
    set: impl Fn(&mut Document, &str, bool),
) {
    for (text, commit) in [(changed, false), (committed, true)] {
        if let Some(text) = text {
            app.edit(EditKey::Field(key.to_owned()), now, |d| {
                set(d, &text, commit)
            });
        }
    }
}
