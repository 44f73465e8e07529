//! The record's text cells. Strings and paragraphs are stored as typed on every keystroke
//! and committed (NFC, trimmed) when the cell loses the keyboard, like every field of
//! the editor (`ui::fields`). Values that cannot be stored half-typed — a time, a date,
//! a list split on ";" — are kept in the cell until it loses the keyboard, then parsed.

use crate::app::record::conference_mut;
use crate::app::{App, EditKey};
use crate::model::{tidy, Conference, Paragraph};
use crate::ui::fields::buffered;
use egui::{Id, Response, TextEdit, Ui};

/// Where a cell's value lives in the record; `None` when the entry is gone.
pub type Get<T> = fn(&Conference, usize, usize) -> Option<&T>;
pub type GetMut<T> = fn(&mut Conference, usize, usize) -> Option<&mut T>;

/// Which entry a cell edits: its accessors and the two indices they take.
pub struct At<T: 'static> {
    pub get: Get<T>,
    pub get_mut: GetMut<T>,
    pub i: usize,
    pub k: usize,
}

/// The field a command just gave the keyboard (next speaker's picker, new intervention),
/// to scroll into view once it is drawn; kept in egui's memory under this id.
fn reveal_key() -> Id {
    Id::unique("record-reveal")
}

/// Asks for `id` to be scrolled into view when next drawn.
pub fn ask_reveal(ctx: &egui::Context, id: Id) {
    ctx.data_mut(|d| d.insert_temp(reveal_key(), id));
}

/// Scrolls the field into view, just enough to show it, if a command asked for it (not
/// in an invisible sizing pass, where the position is not final).
pub fn reveal(ui: &Ui, response: &Response) {
    if ui.is_sizing_pass() || ui.data(|d| d.get_temp::<Id>(reveal_key())) != Some(response.id) {
        return;
    }
    response.scroll_to_me(None);
    ui.data_mut(|d| d.remove::<Id>(reveal_key()));
}

/// A one-line string of the record.
pub fn line(
    ui: &mut Ui,
    app: &mut App,
    now: f64,
    (id, width, hint): (Id, f32, &str),
    c: &Conference,
    at: At<String>,
) -> Option<Response> {
    let model = (at.get)(c, at.i, at.k)?.clone();
    let e = buffered(ui, id, &model, |t| {
        TextEdit::singleline(t).hint_text(hint).desired_width(width)
    });
    reveal(ui, &e.response);
    let key = format!("{id:?}");
    for (text, commit) in [(e.changed, false), (e.committed, true)] {
        if let Some(text) = text {
            app.edit(EditKey::Field(key.clone()), now, |d| {
                if let Some(s) = (at.get_mut)(conference_mut(d), at.i, at.k) {
                    *s = if commit { tidy::line(&text) } else { text };
                }
            });
        }
    }
    Some(e.response)
}

/// A paragraph of the record (what a speaker said, a conclusion): its emphasis follows
/// the text as it is typed.
pub fn paragraph(
    ui: &mut Ui,
    app: &mut App,
    now: f64,
    (id, hint): (Id, &str),
    c: &Conference,
    at: At<Paragraph>,
) -> Option<Response> {
    let model = (at.get)(c, at.i, at.k)?.text.clone();
    let e = buffered(ui, id, &model, |t| {
        TextEdit::multiline(t)
            .hint_text(hint)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
    });
    reveal(ui, &e.response);
    let key = format!("{id:?}");
    if let Some(text) = e.changed {
        app.edit(EditKey::Field(key.clone()), now, |d| {
            if let Some(p) = (at.get_mut)(conference_mut(d), at.i, at.k) {
                p.replace_text(&text);
            }
        });
    }
    if e.committed.is_some() {
        app.edit(EditKey::Field(key), now, |d| {
            if let Some(p) = (at.get_mut)(conference_mut(d), at.i, at.k) {
                p.normalize();
            }
        });
    }
    Some(e.response)
}

#[derive(Clone)]
struct Typed {
    text: String,
    /// The shown value when typing began: a change of it (undo) drops what was typed.
    shown: String,
}

/// A cell shown as `shown` and read back with `parse` when it loses the keyboard.
/// `Err(message)` keeps the value and tells the clerk why in the status line.
pub fn parsed(
    ui: &mut Ui,
    app: &mut App,
    now: f64,
    (id, width, hint): (Id, f32, &str),
    shown: &str,
    parse: impl FnOnce(&str, &mut Conference) -> Result<(), String>,
) -> Response {
    let mut typed = ui
        .data_mut(|d| d.get_temp::<Typed>(id))
        .filter(|t| t.shown == shown)
        .unwrap_or_else(|| Typed {
            text: shown.to_owned(),
            shown: shown.to_owned(),
        });
    let response = ui.add(
        TextEdit::singleline(&mut typed.text)
            .id(id)
            .hint_text(hint)
            .desired_width(width),
    );
    if response.lost_focus() {
        ui.data_mut(|d| d.remove::<Typed>(id));
        if typed.text != shown {
            let text = tidy::line(&typed.text);
            let mut result = Ok(());
            app.edit(EditKey::Once, now, |d| {
                result = parse(&text, conference_mut(d));
            });
            if let Err(why) = result {
                app.status = why;
            }
        }
    } else {
        ui.data_mut(|d| d.insert_temp(id, typed));
    }
    response
}
