//! The discussion of an agenda item, typed while people speak: a speaker picker (two
//! letters of the name, Enter) opens an intervention timed now; Ctrl+Enter ends it and
//! brings the keyboard back to the picker for the next speaker.

use super::cells::{self, At};
use crate::app::{App, Command, RecordCommand, RecordField};
use crate::model::record::name_of;
use crate::model::Conference;
use crate::ui::focus::record_id;
use crate::ui::UiState;
use egui::{Key, Modifiers, RichText, TextEdit, Ui};
use unicode_normalization::UnicodeNormalization;

/// Matches shown under the picker.
const SHOWN: usize = 8;

pub fn show(
    ui: &mut Ui,
    app: &mut App,
    state: &mut UiState,
    c: &Conference,
    item: usize,
    now: f64,
) {
    let Some(it) = c.agenda.get(item) else {
        return;
    };
    for (k, i) in it.discussion.iter().enumerate() {
        ui.horizontal(|ui| {
            let time =
                i.at.map_or_else(String::new, |t| format!("{}:{:02} ", t.hour, t.minute));
            ui.label(RichText::new(time).weak());
            ui.label(RichText::new(c.speaker_text(&i.speaker)).strong());
            if ui
                .small_button("×")
                .on_hover_text("Xóa ý kiến này")
                .clicked()
            {
                state.queue(Command::Record(RecordCommand::RemoveIntervention(item, k)));
            }
        });
        let id = record_id(RecordField::Intervention(item, k));
        // Before the field sees it: Ctrl+Enter ends the intervention instead of adding a
        // line.
        let focused = ui.memory(|m| m.has_focus(id));
        if focused && ui.input_mut(|inp| inp.consume_key(Modifiers::COMMAND, Key::Enter)) {
            state.queue(Command::Record(RecordCommand::NextSpeaker {
                item,
                intervention: k,
            }));
        }
        cells::paragraph(
            ui,
            app,
            now,
            (id, "Tóm tắt ý kiến; Ctrl+Enter: người phát biểu tiếp theo"),
            c,
            At {
                get: |c, i, k| Some(&c.agenda.get(i)?.discussion.get(k)?.text),
                get_mut: |c, i, k| Some(&mut c.agenda.get_mut(i)?.discussion.get_mut(k)?.text),
                i: item,
                k,
            },
        );
    }
    picker(ui, state, c, item);
}

/// Who may take the floor: members present, then the guests.
fn speakers(c: &Conference) -> Vec<String> {
    c.present()
        .map(|m| m.name.trim().to_owned())
        .chain(c.guests.iter().map(|g| name_of(g)))
        .filter(|n| !n.is_empty())
        .collect()
}

/// A name as compared with what is typed: no tones or marks, đ as d, lower case, so
/// that "ha", "hà" and "Hà" all find "Lê Thu Hà".
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// The speakers matching `query`: a word of the name starting with it first, then the
/// names containing it elsewhere.
pub fn matches(candidates: &[String], query: &str) -> Vec<String> {
    let q = fold(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let (mut starts, mut inside) = (Vec::new(), Vec::new());
    for name in candidates {
        let f = fold(name);
        if f.split_whitespace().any(|w| w.starts_with(&q)) || f.starts_with(&q) {
            starts.push(name.clone());
        } else if f.contains(&q) {
            inside.push(name.clone());
        }
    }
    starts.extend(inside);
    starts.dedup();
    starts
}

fn picker(ui: &mut Ui, state: &mut UiState, c: &Conference, item: usize) {
    let id = record_id(RecordField::SpeakerPicker(item));
    let (mut query, mut highlighted) = state.record.pickers.remove(&item).unwrap_or_default();
    let found = matches(&speakers(c), &query);
    if ui.memory(|m| m.has_focus(id)) && !found.is_empty() {
        ui.input_mut(|i| {
            if i.consume_key(Modifiers::NONE, Key::ArrowDown) {
                highlighted = (highlighted + 1).min(found.len().min(SHOWN) - 1);
            }
            if i.consume_key(Modifiers::NONE, Key::ArrowUp) {
                highlighted = highlighted.saturating_sub(1);
            }
        });
    }
    highlighted = highlighted.min(found.len().saturating_sub(1));
    let mut picked = None;
    ui.horizontal(|ui| {
        let l = ui.label("Người phát biểu").id;
        let r = ui
            .add(
                TextEdit::singleline(&mut query)
                    .id(id)
                    .hint_text("gõ vài chữ của tên rồi Enter")
                    .desired_width(260.0),
            )
            .labelled_by(l);
        super::cells::reveal(ui, &r);
        if r.changed() {
            highlighted = 0;
        }
        if r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            // Someone not on the lists is taken as typed.
            picked = found
                .get(highlighted)
                .cloned()
                .or_else(|| Some(query.trim().to_owned()).filter(|q| !q.is_empty()));
        }
    });
    if picked.is_none() && !query.trim().is_empty() {
        ui.indent(("speaker-matches", item), |ui| {
            for (n, name) in found.iter().take(SHOWN).enumerate() {
                if ui.selectable_label(n == highlighted, name).clicked() {
                    picked = Some(name.clone());
                }
            }
            if found.is_empty() {
                ui.label(
                    RichText::new("Không có trong danh sách: Enter để ghi tên như đã gõ.").weak(),
                );
            }
        });
    }
    match picked {
        Some(speaker) => state.queue(Command::Record(RecordCommand::StartIntervention {
            item,
            speaker,
        })),
        None => {
            state.record.pickers.insert(item, (query, highlighted));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_letters_find_the_speaker_with_or_without_tones() {
        let names = ["Vũ Văn Diện", "Lê Thu Hà", "Đỗ Hải", "Trần Minh Khoa"].map(String::from);
        assert_eq!(matches(&names, "hà"), ["Lê Thu Hà", "Đỗ Hải"]);
        assert_eq!(matches(&names, "di"), ["Vũ Văn Diện"]);
        assert_eq!(matches(&names, "do"), ["Đỗ Hải"]);
        assert_eq!(matches(&names, "an"), ["Vũ Văn Diện", "Trần Minh Khoa"]);
        assert_eq!(matches(&names, "mi"), ["Trần Minh Khoa"]);
        assert!(matches(&names, "  ").is_empty());
    }
}
