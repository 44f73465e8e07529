//! A paragraph editor that shows bold, italic and underline as they will print. The
//! paragraph stays plain text plus spans; after each edit the spans are moved by
//! `Paragraph::replace_text`, and Ctrl+B/I/U toggle a span over the selection.

use super::fonts::serif;
use crate::model::text::nfc;
use crate::model::{Paragraph, Style};
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Id, Key, KeyboardShortcut, Modifiers, Stroke, TextEdit, Ui};
use std::sync::Arc;

/// Point size of editor text.
pub const TEXT_SIZE: f32 = 16.0;

pub struct Edited {
    /// The paragraph after the edit, if it changed.
    pub changed: Option<Paragraph>,
    /// An outline key pressed in an outline row's editor (Tab, Shift+Tab, Alt+↑/↓).
    pub outline_action: Option<crate::app::Action>,
    pub has_focus: bool,
    pub response: egui::Response,
}

/// Shows `para` for editing. `label` names the field for screen readers and tests;
/// `format` is a style to toggle over the selection now (from the toolbar).
pub fn paragraph_editor(
    ui: &mut Ui,
    key: &str,
    label: &str,
    para: &Paragraph,
    format: Option<Style>,
    heading: bool,
    outline: bool,
) -> Edited {
    let id = Id::unique(("paragraph", key));
    // In the outline, Tab and Alt+↑/↓ move the row, as in an outliner: taken before the
    // text box sees them (it would move the focus or insert a tab).
    let outline_action = if outline && ui.memory(|m| m.has_focus(id)) {
        outline_key(ui)
    } else {
        None
    };
    let mut text = para.text.clone();
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
    let label_id = ui.label(egui::RichText::new(label).small().weak()).id;
    // lock_focus: egui must not move the focus on Tab; the outline takes Tab instead.
    let output = TextEdit::multiline(&mut text)
        .id(id)
        .lock_focus(outline)
        .desired_width(f32::INFINITY)
        .desired_rows(1)
        .layouter(&mut layouter)
        .show(ui);
    let response = output.response.response.clone().labelled_by(label_id);
    let has_focus = response.has_focus();

    let mut changed = None;
    if response.changed() {
        let mut p = para.clone();
        p.replace_text(&nfc(&text));
        changed = Some(p);
    }
    let mut toggle = format;
    // Ctrl+Shift+I is "Nhập…", not italic.
    if has_focus && !ui.input(|i| i.modifiers.shift) {
        for (style, key) in [
            (Style::Bold, Key::B),
            (Style::Italic, Key::I),
            (Style::Underline, Key::U),
        ] {
            let shortcut = KeyboardShortcut::new(Modifiers::COMMAND, key);
            if ui.input_mut(|i| i.consume_shortcut(&shortcut)) {
                toggle = Some(style);
            }
        }
    }
    if let Some(style) = toggle {
        let range = output
            .cursor_range
            .or_else(|| output.state.cursor.char_range());
        if let Some(r) = range {
            let (a, b) = (r.primary.index.0, r.secondary.index.0);
            let mut p = changed.clone().unwrap_or_else(|| para.clone());
            p.toggle_style(a.min(b), a.max(b), style);
            if p != *para {
                changed = Some(p);
            }
        }
    }
    Edited {
        changed,
        outline_action,
        has_focus,
        response,
    }
}

fn outline_key(ui: &mut Ui) -> Option<crate::app::Action> {
    use crate::app::Action;
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

/// The paragraph as an egui layout: serif faces, underline as a stroke.
pub fn layout_job(para: &Paragraph, heading: bool, color: Color32) -> LayoutJob {
    let mut job = LayoutJob::default();
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
        job.append(seg.text, 0.0, format);
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
