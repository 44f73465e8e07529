//! Preamble (with the helper that writes it from the conference facts) and closing, and
//! what every paragraph editor does after a frame: store the keystroke, commit, remember
//! the selection, queue Ctrl+B/I/U.

use super::fields::{self, label};
use super::rich_text::{paragraph_editor, Edited, Look};
use super::UiState;
use crate::app::{App, Command, EditKey, ParaList, ParaRef};
use crate::model::{Collective, Conference, DocDate, DocKind, Document, Paragraph};
use egui::Ui;
use std::collections::HashMap;
use std::sync::Arc;

pub fn preamble(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    bases(ui, app, state, now);
    egui::CollapsingHeader::new("Soạn đoạn mở đầu từ thông tin hội nghị")
        .default_open(app.doc.preamble.iter().all(Paragraph::is_empty))
        .show(ui, |ui| conference_form(ui, app, state, now));
    ui.separator();
    list(ui, app, state, now, ParaList::Preamble);
}

pub fn closing(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    ui.label("Đoạn kết: giao nhiệm vụ tổ chức thực hiện, phạm vi phổ biến…");
    list(ui, app, state, now, ParaList::Closing);
    ui.separator();
    super::appendices::panel(ui, app, state, now);
}

/// The legal bases (căn cứ) and the enacting line, open when the draft has them or its
/// kind usually does (quyết định, quy chế, quy định).
fn bases(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    let usual = matches!(
        app.doc.kind,
        DocKind::QuyetDinh | DocKind::QuyChe | DocKind::QuyDinh
    );
    egui::CollapsingHeader::new("Căn cứ ban hành")
        .default_open(usual || !app.doc.bases.is_empty())
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(
                    "Mỗi căn cứ một đoạn; dấu gạch đầu dòng và dấu câu cuối dòng do chương trình thêm theo thể thức.",
                )
                .small()
                .weak(),
            );
            list(ui, app, state, now, ParaList::Bases);
            fields::line(
                ui,
                app,
                now,
                ("Dòng ban hành", "enacting", "vd. BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH"),
                |d| d.enacting.clone(),
                |d, v| d.enacting = v,
            );
        });
}

/// The document-wide number of each paragraph's first footnote, in the order the DOCX
/// numbers them: preamble, body, closing.
pub struct NoteNumbers(HashMap<String, usize>);

impl NoteNumbers {
    pub fn first(&self, at: &ParaRef) -> usize {
        self.0.get(&at.key()).copied().unwrap_or(1)
    }
}

/// The numbers of the document at `app`'s revision, computed once per change (not per
/// frame: they walk the whole document).
pub fn note_numbers(app: &App, state: &mut UiState) -> Arc<NoteNumbers> {
    match &state.notes {
        Some((revision, notes)) if *revision == app.revision() => notes.clone(),
        _ => {
            let notes = Arc::new(count_notes(&app.doc));
            state.notes = Some((app.revision(), notes.clone()));
            notes
        }
    }
}

fn count_notes(doc: &Document) -> NoteNumbers {
    let mut map = HashMap::new();
    let mut next = 1;
    let mut add = |at: ParaRef, p: &Paragraph| {
        if !p.notes.is_empty() {
            map.insert(at.key(), next);
            next += p.notes.len();
        }
    };
    for (i, p) in doc.bases.iter().enumerate() {
        add(ParaRef::Basis(i), p);
    }
    for (i, p) in doc.preamble.iter().enumerate() {
        add(ParaRef::Preamble(i), p);
    }
    for row in super::body::rows(&doc.body) {
        let at = ParaRef::Block(row.path);
        if let Some(p) = at.get(doc) {
            add(at.clone(), p);
        }
    }
    for (i, p) in doc.closing.iter().enumerate() {
        add(ParaRef::Closing(i), p);
    }
    // Appendices follow the closing block in the file; their notes number on.
    for (a, appendix) in doc.appendices.iter().enumerate() {
        for row in super::body::rows(&appendix.body) {
            let at = ParaRef::Appendix(a, row.path);
            if let Some(p) = at.get(doc) {
                add(at.clone(), p);
            }
        }
    }
    NoteNumbers(map)
}

/// After a paragraph editor's frame: keystrokes stored losslessly, NFC when the editor
/// loses the keyboard, the selection kept for the toolbar, Ctrl+B/I/U queued.
pub fn after_edit(app: &mut App, state: &mut UiState, at: &ParaRef, edited: Edited, now: f64) {
    let key = at.key();
    if let Some(p) = edited.changed {
        app.edit(EditKey::Field(key.clone()), now, |d| {
            if let Some(slot) = at.get_mut(d) {
                *slot = p;
            }
        });
    }
    if edited.committed {
        app.edit(EditKey::Field(key), now, |d| {
            if let Some(slot) = at.get_mut(d) {
                slot.normalize();
            }
        });
    }
    if let Some((start, end)) = edited.selection {
        state.selection = Some(super::Selection {
            at: at.clone(),
            start,
            end,
        });
    }
    if let Some((style, start, end)) = edited.format {
        state.queue(Command::ToggleStyle {
            at: at.clone(),
            start,
            end,
            style,
        });
    }
}

pub(super) fn list(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64, kind: ParaList) {
    let name = match kind {
        ParaList::Bases => "Căn cứ",
        ParaList::Preamble => "Đoạn mở đầu",
        ParaList::Closing => "Đoạn kết",
        ParaList::Appendix(_) => "Đoạn",
    };
    let notes = note_numbers(app, state);
    for i in 0..kind.len(&app.doc) {
        let at = kind.at(i);
        let Some(para) = at.get(&app.doc).cloned() else {
            continue;
        };
        let label = format!("{name} {}", i + 1);
        let look = Look {
            label: &label,
            heading: false,
            outline: false,
            first_note: notes.first(&at),
        };
        let edited = paragraph_editor(ui, &at, &para, &look);
        after_edit(app, state, &at, edited, now);
        super::body::note_fields(ui, app, state, &at, &para, notes.first(&at), now);
        if ui.small_button("× Xóa đoạn này").clicked() {
            state.queue(Command::RemoveParagraph(kind, i));
        }
    }
    if ui
        .button(format!("+ Thêm {}", name.to_lowercase()))
        .clicked()
    {
        state.queue(Command::AddParagraph(kind));
    }
}

/// Where a fact of the conference is kept: one line, or one entry per line.
#[derive(Clone, Copy)]
enum Value {
    Line(fn(&mut Conference) -> &mut String),
    Lines(fn(&mut Conference) -> &mut Vec<String>),
}

/// One fact of the conference form: label, field key, hint, where it is kept.
type Fact = (&'static str, &'static str, &'static str, Value);

/// The facts in form order; the meeting date goes after the second.
const FACTS: [Fact; 6] = [
    (
        "Tên hội nghị",
        "conference.name",
        "vd. Hội nghị lần thứ 8",
        Value::Line(|c| &mut c.name),
    ),
    (
        "Khóa",
        "conference.term",
        "vd. XVI",
        Value::Line(|c| &mut c.term),
    ),
    (
        "Địa điểm",
        "conference.place",
        "vd. Hội trường Thành ủy",
        Value::Line(|c| &mut c.place),
    ),
    (
        "Chủ trì",
        "conference.chair",
        "vd. Nguyễn Văn A, Bí thư Đảng ủy",
        Value::Line(|c| &mut c.chair),
    ),
    (
        "Thành phần dự (mỗi dòng một)",
        "conference.attendees",
        "vd. các đồng chí Ủy viên Ban Chấp hành Đảng bộ",
        Value::Lines(|c| &mut c.attendees),
    ),
    (
        "Báo cáo đã nghe (mỗi dòng một)",
        "conference.reports",
        "vd. Báo cáo tình hình kinh tế - xã hội năm 2026",
        Value::Lines(|c| &mut c.reports),
    ),
];

fn conference_form(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    held_by(ui, app, now);
    for (i, fact) in FACTS.iter().enumerate() {
        conference_fact(ui, app, now, fact);
        if i == 1 {
            meeting_date(ui, app, now);
        }
    }
    if ui
        .button("Soạn đoạn mở đầu")
        .on_hover_text("Viết đoạn mở đầu từ các thông tin trên; hỏi trước khi thay đoạn đã viết")
        .clicked()
    {
        state.queue(Command::PreambleHelper);
    }
}

fn facts(d: &mut Document) -> &mut Conference {
    d.conference.get_or_insert_with(Default::default)
}

/// A fact edited through the same buffered fields as the rest of the forms.
fn conference_fact(ui: &mut Ui, app: &mut App, now: f64, &(label, key, hint, value): &Fact) {
    // Reading goes through a copy: the accessors are the `&mut` ones the setters need.
    let read = |d: &Document| d.conference.clone().unwrap_or_default();
    match value {
        Value::Line(at) => fields::line(
            ui,
            app,
            now,
            (label, key, hint),
            |d| at(&mut read(d)).clone(),
            |d, v| *at(facts(d)) = v,
        ),
        Value::Lines(at) => fields::lines(
            ui,
            app,
            now,
            (label, key, hint),
            |d| at(&mut read(d)).clone(),
            |d, v| *at(facts(d)) = v,
        ),
    }
}

/// Which body holds the conference: it decides who "thống nhất kết luận" in the opening.
pub(super) fn held_by(ui: &mut Ui, app: &mut App, now: f64) {
    let current = app.doc.conference.as_ref().and_then(|c| c.held_by);
    let mut chosen = current;
    ui.horizontal(|ui| {
        let l = label(ui, "Hội nghị của");
        egui::ComboBox::from_id_salt("held_by")
            .selected_text(chosen.map_or("(theo dòng ký)", |k| k.label()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, "(theo dòng ký)");
                for k in Collective::ALL {
                    ui.selectable_value(&mut chosen, Some(k), k.label());
                }
            })
            .response
            .labelled_by(l);
    });
    if chosen != current {
        app.edit(EditKey::Once, now, |d| {
            d.conference.get_or_insert_with(Default::default).held_by = chosen;
        });
    }
}

pub(super) fn meeting_date(ui: &mut Ui, app: &mut App, now: f64) {
    let c = app.doc.conference.clone().unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        let label = label(ui, "Ngày họp");
        let mut d = c.date.unwrap_or(app.doc.date);
        let open_day = d.day.is_none();
        let mut day = d.day.unwrap_or(1);
        let mut month = d.month.unwrap_or(1);
        let mut online = c.online;
        // Only what the clerk touched is stored: a date shown from the document's own
        // date is not a change.
        let touched = [
            // A day not fixed yet shows as "…", not as a day 1 that is not stored.
            ui.add(
                egui::DragValue::new(&mut day)
                    .range(1..=31)
                    .custom_formatter(move |v, _| match open_day {
                        true => "…".to_owned(),
                        false => format!("{v}"),
                    }),
            )
            .labelled_by(label),
            ui.label("/"),
            ui.add(egui::DragValue::new(&mut month).range(1..=12))
                .labelled_by(label),
            ui.label("/"),
            ui.add(egui::DragValue::new(&mut d.year).range(1930..=2100))
                .labelled_by(label),
            ui.checkbox(&mut online, "trực tuyến"),
        ]
        .iter()
        .any(egui::Response::changed);
        if touched {
            let date = Some(DocDate::ymd(d.year, month, day));
            app.edit(EditKey::Field("conference.date".into()), now, |doc| {
                let c = doc.conference.get_or_insert_with(Default::default);
                c.date = date;
                c.online = online;
            });
        }
    });
}
