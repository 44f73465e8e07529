//! A paragraph editor that shows bold, italic and underline as they will print, and the
//! footnote marks where they sit. The paragraph stays plain text plus spans; after each
//! edit the spans are moved by `Paragraph::replace_text` (lossless: the text is stored as
//! typed and put in NFC when the editor loses the keyboard). Ctrl+B/I/U and outline keys
//! are reported to the caller, which queues them as commands.

use super::fonts::serif;
use crate::app::{Action, ParaRef};
use crate::model::{Paragraph, Style};
use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Color32, FontId, Key, KeyboardShortcut, Modifiers, Stroke, TextEdit, Ui};
use std::sync::Arc;

/// Point size of editor text.
pub const TEXT_SIZE: f32 = 16.0;
/// Room left after the letter that carries a footnote mark.
const MARK_ROOM: f32 = 9.0;

pub struct Edited {
    /// The paragraph after a keystroke, if it changed.
    pub changed: Option<Paragraph>,
    /// The editor lost the keyboard: time to commit (NFC).
    pub committed: bool,
    /// An outline key pressed in an outline row's editor (Tab, Shift+Tab, Alt+↑/↓).
    pub outline_action: Option<Action>,
    /// Ctrl+B/I/U pressed, with the selection it applies to.
    pub format: Option<(Style, usize, usize)>,
    /// The selection while the editor has the keyboard (start, end in characters).
    pub selection: Option<(usize, usize)>,
    pub response: egui::Response,
}

/// How a paragraph is shown.
pub struct Look<'a> {
    /// Names the field for screen readers and tests.
    pub label: &'a str,
    pub heading: bool,
    /// In the outline, where Tab and Alt+↑/↓ move the row.
    pub outline: bool,
    /// The document-wide number of the paragraph's first footnote.
    pub first_note: usize,
}

pub fn paragraph_editor(ui: &mut Ui, at: &ParaRef, para: &Paragraph, look: &Look) -> Edited {
    let id = super::focus::paragraph_id(at);
    let focused = ui.memory(|m| m.has_focus(id));
    // In the outline, Tab and Alt+↑/↓ move the row, as in an outliner: taken before the
    // text box sees them (it would move the focus or insert a tab).
    let outline_action = if look.outline && focused {
        outline_key(ui)
    } else {
        None
    };
    let mut format = None;
    // Ctrl+Shift+I is "Nhập…", not italic.
    if focused && !ui.input(|i| i.modifiers.shift) {
        for (style, key) in [
            (Style::Bold, Key::B),
            (Style::Italic, Key::I),
            (Style::Underline, Key::U),
        ] {
            let shortcut = KeyboardShortcut::new(Modifiers::COMMAND, key);
            if ui.input_mut(|i| i.consume_shortcut(&shortcut)) {
                format = Some(style);
            }
        }
    }
    let mut text = para.text.clone();
    let heading = look.heading;
    let mut layouter = |ui: &Ui, buf: &dyn egui::TextBuffer, wrap: f32| {
        let shown = if buf.as_str() == para.text {
            std::borrow::Cow::Borrowed(para)
        } else {
            let mut p = para.clone();
            p.replace_text(buf.as_str());
            std::borrow::Cow::Owned(p)
        };
        let mut job = layout_job(&shown, heading, ui.visuals().text_color());
        job.wrap.max_width = wrap;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let label_id = ui.label(egui::RichText::new(look.label).small().weak()).id;
    // lock_focus: egui must not move the focus on Tab; the outline takes Tab instead.
    let output = TextEdit::multiline(&mut text)
        .id(id)
        .lock_focus(look.outline)
        .desired_width(f32::INFINITY)
        .desired_rows(1)
        .layouter(&mut layouter)
        .show(ui);
    paint_note_marks(ui, &output, para, look.first_note);
    let response = output.response.response.clone().labelled_by(label_id);

    let mut changed = None;
    if response.changed() {
        let mut p = para.clone();
        p.replace_text(&text);
        changed = Some(p);
    }
    let selection = output
        .cursor_range
        .or_else(|| {
            response
                .has_focus()
                .then(|| output.state.cursor.char_range())?
        })
        .map(|r| {
            let (a, b) = (r.primary.index.0, r.secondary.index.0);
            (a.min(b), a.max(b))
        });
    Edited {
        changed,
        committed: response.lost_focus(),
        outline_action,
        format: format.zip(selection).map(|(s, (a, b))| (s, a, b)),
        selection: selection.filter(|_| response.has_focus()),
        response,
    }
}

fn outline_key(ui: &mut Ui) -> Option<Action> {
    // Most modifiers first: egui ignores an extra Shift when matching.
    [
        Action::Outdent,
        Action::Indent,
        Action::MoveUp,
        Action::MoveDown,
    ]
    .into_iter()
    .find(|a| {
        a.shortcut()
            .is_some_and(|s| ui.input_mut(|i| i.consume_shortcut(&s)))
    })
}

/// Draws each footnote's number, raised, right after the letter it follows, as Word will
/// print it (the layout leaves room there).
fn paint_note_marks(
    ui: &Ui,
    output: &egui::text_edit::TextEditOutput,
    para: &Paragraph,
    first: usize,
) {
    let color = ui.visuals().hyperlink_color;
    for (k, note) in para.notes.iter().enumerate() {
        let at = note.at.min(para.char_len());
        let rect = output.galley.pos_from_cursor(CCursor::new(at));
        // The text after the anchor starts `MARK_ROOM` further right; at the end of the
        // paragraph nothing follows.
        let back = if at < para.char_len() { MARK_ROOM } else { 0.0 };
        let pos = output.galley_pos + rect.left_top().to_vec2() + egui::vec2(1.0 - back, -3.0);
        ui.painter().text(
            pos,
            egui::Align2::LEFT_TOP,
            (first + k).to_string(),
            FontId::proportional(TEXT_SIZE * 0.6),
            color,
        );
    }
}

/// The paragraph as an egui layout: serif faces, underline as a stroke, room for each
/// footnote mark.
pub fn layout_job(para: &Paragraph, heading: bool, color: Color32) -> LayoutJob {
    let mut job = LayoutJob::default();
    // Room for the marks is left before the text that follows a note (egui adds
    // `leading_space` before a section's first glyph), so the caret still maps one glyph
    // per character.
    let mut room = 0.0;
    for seg in para.segments() {
        let format = TextFormat {
            font_id: FontId::new(TEXT_SIZE, serif(seg.bold || heading, seg.italic)),
            color,
            underline: if seg.underline {
                Stroke::new(1.0, color)
            } else {
                Stroke::NONE
            },
            ..Default::default()
        };
        job.append(seg.text, room, format);
        room = MARK_ROOM * seg.notes.len() as f32;
    }
    if job.text.is_empty() {
        job.append(
            "",
            0.0,
            TextFormat {
                font_id: FontId::new(TEXT_SIZE, serif(heading, false)),
                color,
                ..Default::default()
            },
        );
    }
    job
}

/// Layout of a plain label in the print face (for previews and headings).
pub fn galley(ui: &Ui, job: LayoutJob) -> Arc<egui::Galley> {
    ui.fonts_mut(|f| f.layout_job(job))
}
