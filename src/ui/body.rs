//! The body: one row per section or paragraph, in document order and indented by level,
//! each edited in place. Numbers are computed, never typed. Rows off screen are not laid
//! out (their last known height is reserved), so long documents stay fast.

use super::fields::{self, buffered};
use super::focus::{note_id, paragraph_id};
use super::rich_text::{paragraph_editor, Look};
use super::UiState;
use crate::app::{Action, App, Command, EditKey, ParaRef};
use crate::model::body::{number_siblings, Counter};
use crate::model::outline::{self, Path};
use crate::model::{tidy, Block, NumberStyle, Paragraph, SectionKind};
use egui::{Id, Rect, Ui, Vec2};

/// One visible line of the outline.
pub struct Row {
    pub path: Path,
    pub depth: usize,
    pub label: String,
    /// Labels from the top level down ("5. › (1)"), naming the row for screen readers.
    pub trail: String,
    pub section: Option<(NumberStyle, SectionKind)>,
}

pub fn rows(blocks: &[Block]) -> Vec<Row> {
    fn walk(
        blocks: &[Block],
        parent: &[usize],
        counter: &Counter,
        trail: &str,
        depth: usize,
        out: &mut Vec<Row>,
    ) {
        for (i, (block, num)) in blocks
            .iter()
            .zip(number_siblings(blocks, counter))
            .enumerate()
        {
            let mut path = parent.to_vec();
            path.push(i);
            match (block, num) {
                (Block::Section(s), Some(n)) => {
                    let own = if n.label.is_empty() {
                        "—"
                    } else {
                        n.label.as_str()
                    };
                    let trail = if trail.is_empty() {
                        own.to_owned()
                    } else {
                        format!("{trail} › {own}")
                    };
                    out.push(Row {
                        path: path.clone(),
                        depth,
                        label: n.label.clone(),
                        trail: trail.clone(),
                        section: Some((s.style, s.kind)),
                    });
                    walk(&s.content, &path, &n.child, &trail, depth + 1, out);
                }
                _ => out.push(Row {
                    path,
                    depth,
                    label: String::new(),
                    trail: trail.to_owned(),
                    section: None,
                }),
            }
        }
    }
    let mut out = Vec::new();
    walk(blocks, &[], &Counter::default(), "", 0, &mut out);
    out
}

/// Whether a row's trail starts with a label that says what it is ("Chương I",
/// "Điều 3."), so that "Mục" before it would only confuse.
fn names_itself(trail: &str) -> bool {
    trail.split(" › ").next().is_some_and(|l| l.contains(' '))
}

pub fn page(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    let rows = rows(&app.doc.body);
    if rows.is_empty() {
        ui.label("Chưa có nội dung. Bấm “Thêm mục cùng cấp” để bắt đầu.");
        return;
    }
    let notes = super::paragraphs::note_numbers(app, state);
    let heights_id = Id::unique("outline-row-heights");
    let mut heights: Vec<f32> = ui
        .ctx()
        .data_mut(|d| d.get_temp::<Vec<f32>>(heights_id))
        .unwrap_or_default();
    heights.resize(rows.len(), 60.0);
    let clip = ui.clip_rect();
    // Revealing a row lays out every row once, so that its position is exact.
    let lay_out_all = state.reveal;
    let focused = ui.memory(|m| m.focused());
    for (i, row) in rows.iter().enumerate() {
        let top = ui.cursor().top();
        let editor = paragraph_id(&ParaRef::Block(row.path.clone()));
        // egui drops the keyboard of a widget that is not drawn: the row that has it is
        // always laid out, even off screen.
        let has_keyboard = focused == Some(editor);
        let off_screen = top > clip.bottom() || top + heights[i] < clip.top();
        if !lay_out_all && !has_keyboard && off_screen {
            // Off screen: keep its place without laying it out.
            ui.allocate_space(Vec2::new(ui.available_width(), heights[i]));
            continue;
        }
        let rect = row_ui(ui, app, state, row, &notes, now);
        heights[i] = rect.height().max(20.0);
        if state.reveal && has_keyboard {
            ui.scroll_to_rect_animation(
                rect,
                Some(egui::Align::Center),
                egui::style::ScrollAnimation::none(),
            );
        }
    }
    ui.ctx().data_mut(|d| d.insert_temp(heights_id, heights));
    state.reveal = false;
}

fn row_ui(
    ui: &mut Ui,
    app: &mut App,
    state: &mut UiState,
    row: &Row,
    notes: &super::paragraphs::NoteNumbers,
    now: f64,
) -> Rect {
    let selected = app.selected.as_ref() == Some(&row.path);
    let frame = egui::Frame::group(ui.style()).fill(if selected {
        ui.visuals().selection.bg_fill.gamma_multiply(0.25)
    } else {
        ui.visuals().panel_fill
    });
    ui.horizontal(|ui| {
        ui.add_space(row.depth as f32 * 22.0);
        // The frame's margins and stroke come on top of the content width.
        let width = (ui.available_width() - 30.0).max(120.0);
        frame
            .show(ui, |ui| {
                ui.set_width(width);
                ui.vertical(|ui| {
                    // A plain paragraph is named by its editor's label alone.
                    if let Some((style, kind)) = row.section {
                        ui.horizontal_wrapped(|ui| {
                            section_controls(ui, app, state, row, style, kind, now)
                        });
                    }
                    let at = ParaRef::Block(row.path.clone());
                    let Some(para) = at.get(&app.doc).cloned() else {
                        return;
                    };
                    let label = match (&row.section, row.trail.is_empty()) {
                        // "Chương I › Điều 2. › 1." names itself; "2. › (1)" is a "Mục".
                        (Some(_), _) if names_itself(&row.trail) => row.trail.clone(),
                        (Some(_), _) => format!("Mục {}", row.trail),
                        (None, true) => "Đoạn văn".to_owned(),
                        (None, false) => format!("Đoạn văn trong mục {}", row.trail),
                    };
                    let look = Look {
                        label: &label,
                        heading: matches!(row.section, Some((_, SectionKind::Heading))),
                        outline: true,
                        first_note: notes.first(&at),
                    };
                    let edited = paragraph_editor(ui, &at, &para, &look);
                    if edited.response.has_focus() || edited.response.clicked() {
                        app.selected = Some(row.path.clone());
                    }
                    if let Some(action) = edited.outline_action {
                        app.selected = Some(row.path.clone());
                        state.queue(Command::Action(action));
                    }
                    super::paragraphs::after_edit(app, state, &at, edited, now);
                    note_fields(ui, app, state, &at, &para, notes.first(&at), now);
                })
            })
            .response
    })
    .response
    .rect
}

fn section_controls(
    ui: &mut Ui,
    app: &mut App,
    state: &mut UiState,
    row: &Row,
    style: NumberStyle,
    kind: SectionKind,
    now: f64,
) {
    let mut new_style = style;
    egui::ComboBox::new(("style", &row.path), "")
        .selected_text(egui::RichText::new(&row.label).strong())
        // Wide enough for "Chương XIII" and "Điều 128.".
        .width(88.0)
        .show_ui(ui, |ui| {
            for s in NumberStyle::ALL {
                let example = match s {
                    NumberStyle::None => "(không số)".to_owned(),
                    _ => s.example(),
                };
                ui.selectable_value(&mut new_style, s, example);
            }
        })
        .response
        .on_hover_text("Kiểu đánh số (số thứ tự được tính tự động)");
    let mut new_kind = kind;
    ui.selectable_value(&mut new_kind, SectionKind::Heading, "Đề mục")
        .on_hover_text("Tên mục đứng riêng một dòng, trình bày theo cấp");
    ui.selectable_value(&mut new_kind, SectionKind::Item, "Đoạn đánh số")
        .on_hover_text("Số thứ tự mở đầu một đoạn văn");
    if new_style != style || new_kind != kind {
        let path = row.path.clone();
        app.edit(EditKey::Once, now, |d| {
            if let Some(Block::Section(s)) = outline::get_mut(&mut d.body, &path) {
                s.style = new_style;
                s.kind = new_kind;
            }
        });
    }
    if ui
        .small_button("¶+")
        .on_hover_text("Thêm đoạn văn vào trong mục này")
        .clicked()
    {
        state.queue(Command::AddParagraphIn(row.path.clone()));
    }
}

/// The paragraph's footnotes, numbered through the document as in the DOCX, editable,
/// with a button to add one at the caret.
pub fn note_fields(
    ui: &mut Ui,
    app: &mut App,
    state: &mut UiState,
    at: &ParaRef,
    para: &Paragraph,
    first: usize,
    now: f64,
) {
    for (i, note) in para.notes.iter().enumerate() {
        ui.horizontal(|ui| {
            let id = ui.label(format!("Chú thích {}:", first + i)).id;
            let width = (ui.available_width() - 30.0).max(80.0);
            let e = buffered(ui, note_id(at, i), &note.text, |t| {
                egui::TextEdit::singleline(t).desired_width(width)
            });
            e.response.labelled_by(id);
            let key = format!("{}note{i}", at.key());
            let target = at.clone();
            fields::store(app, now, &key, e.changed, e.committed, |d, text, commit| {
                if let Some(n) = target.get_mut(d).and_then(|p| p.notes.get_mut(i)) {
                    n.text = if commit {
                        tidy::line(text)
                    } else {
                        text.to_owned()
                    };
                }
            });
            if ui
                .small_button("×")
                .on_hover_text("Xóa chú thích")
                .clicked()
            {
                state.queue(Command::RemoveNote(at.clone(), i));
            }
        });
    }
    if ui
        .small_button("Thêm chú thích")
        .on_hover_text("Thêm chú thích cuối trang ở vị trí con trỏ (hoặc cuối đoạn)")
        .clicked()
    {
        let caret = state
            .selection
            .as_ref()
            .filter(|s| s.at == *at)
            .map_or(para.char_len(), |s| s.end);
        state.queue(Command::AddNote(at.clone(), caret));
    }
}

pub fn toolbar(ui: &mut Ui, state: &mut UiState) {
    ui.horizontal_wrapped(|ui| {
        for action in [
            Action::AddSection,
            Action::AddChild,
            Action::MoveUp,
            Action::MoveDown,
            Action::Outdent,
            Action::Indent,
            Action::Delete,
        ] {
            let hint = match action.shortcut() {
                Some(s) => format!("{} ({})", action.tooltip(), ui.ctx().format_shortcut(&s)),
                None => action.tooltip().to_owned(),
            };
            if ui.button(action.label()).on_hover_text(hint).clicked() {
                state.queue(Command::Action(action));
            }
        }
        ui.separator();
        for (action, text) in [
            (Action::Bold, "B"),
            (Action::Italic, "I"),
            (Action::Underline, "U"),
        ] {
            let hint = match action.shortcut() {
                Some(s) => format!("{} ({})", action.tooltip(), ui.ctx().format_shortcut(&s)),
                None => action.tooltip().to_owned(),
            };
            if ui
                .button(egui::RichText::new(text).strong())
                .on_hover_text(hint)
                .clicked()
            {
                state.queue(Command::Action(action));
            }
        }
    });
}
