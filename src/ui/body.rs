//! The body: one row per section or paragraph, in document order and indented by level,
//! each edited in place. Numbers are computed, never typed. Rows off screen are not laid
//! out (their last known height is reserved), so long documents stay fast.

use super::rich_text::paragraph_editor;
use super::{run, UiState};
use crate::app::{Action, App, EditKey, ParaRef};
use crate::model::body::number_siblings;
use crate::model::outline::{self, Path};
use crate::model::{Block, NumberStyle, Paragraph, SectionKind};
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
        counters: &[usize],
        trail: &str,
        depth: usize,
        out: &mut Vec<Row>,
    ) {
        for (i, (block, num)) in blocks
            .iter()
            .zip(number_siblings(blocks, counters))
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
                    walk(&s.content, &path, &n.child_path, &trail, depth + 1, out);
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
    walk(blocks, &[], &[], "", 0, &mut out);
    out
}

pub fn page(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    let rows = rows(&app.doc.body);
    if rows.is_empty() {
        ui.label("Chưa có nội dung. Bấm “Thêm mục cùng cấp” để bắt đầu.");
        return;
    }
    let heights_id = Id::unique("outline-row-heights");
    let mut heights: Vec<f32> = ui
        .ctx()
        .data_mut(|d| d.get_temp::<Vec<f32>>(heights_id))
        .unwrap_or_default();
    heights.resize(rows.len(), 60.0);
    let clip = ui.clip_rect();
    // Revealing a row lays out every row once, so that its position is exact.
    let lay_out_all = state.reveal_selection;
    for (i, row) in rows.iter().enumerate() {
        let top = ui.cursor().top();
        let reveal = state.reveal_selection && app.selected.as_ref() == Some(&row.path);
        if !lay_out_all && (top > clip.bottom() || top + heights[i] < clip.top()) {
            // Off screen: keep its place without laying it out.
            ui.allocate_space(Vec2::new(ui.available_width(), heights[i]));
            continue;
        }
        let rect = row_ui(ui, app, state, row, now);
        heights[i] = rect.height().max(20.0);
        if reveal {
            ui.scroll_to_rect_animation(
                rect,
                Some(egui::Align::Center),
                egui::style::ScrollAnimation::none(),
            );
            let editor = Id::unique(("paragraph", ParaRef::Block(row.path.clone()).key()));
            ui.memory_mut(|m| m.request_focus(editor));
        }
    }
    ui.ctx().data_mut(|d| d.insert_temp(heights_id, heights));
    state.reveal_selection = false;
}

fn row_ui(ui: &mut Ui, app: &mut App, state: &mut UiState, row: &Row, now: f64) -> Rect {
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
                        ui.horizontal(|ui| section_controls(ui, app, row, style, kind, now));
                    }
                    let at = ParaRef::Block(row.path.clone());
                    let Some(para) = at.get(&app.doc).cloned() else {
                        return;
                    };
                    let key = at.key();
                    let format = state
                        .format
                        .filter(|_| state.last_focus.as_deref() == Some(&key));
                    let heading = matches!(row.section, Some((_, SectionKind::Heading)));
                    let label = match (&row.section, row.trail.is_empty()) {
                        (Some(_), _) => format!("Mục {}", row.trail),
                        (None, true) => "Đoạn văn".to_owned(),
                        (None, false) => format!("Đoạn văn trong mục {}", row.trail),
                    };
                    let edited = paragraph_editor(ui, &key, &label, &para, format, heading, true);
                    if let Some(action) = edited.outline_action {
                        app.selected = Some(row.path.clone());
                        run(app, state, action, now);
                        return;
                    }
                    if edited.has_focus {
                        state.last_focus = Some(key.clone());
                        app.selected = Some(row.path.clone());
                    }
                    if edited.response.clicked() {
                        app.selected = Some(row.path.clone());
                    }
                    if let Some(p) = edited.changed {
                        app.edit(EditKey::Field(key), now, |d| {
                            if let Some(slot) = at.get_mut(d) {
                                *slot = p;
                            }
                        });
                    }
                    notes(ui, app, &at, &para, now);
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
    row: &Row,
    style: NumberStyle,
    kind: SectionKind,
    now: f64,
) {
    let mut new_style = style;
    egui::ComboBox::new(("style", &row.path), "")
        .selected_text(egui::RichText::new(&row.label).strong())
        .width(64.0)
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
        let path = row.path.clone();
        let mut added = None;
        app.edit(EditKey::Once, now, |d| {
            added = outline::insert_child(&mut d.body, &path, Block::Para(Paragraph::default()));
        });
        app.selected = added;
    }
}

/// The paragraph's footnotes, editable, with a button to add one at the end.
fn notes(ui: &mut Ui, app: &mut App, at: &ParaRef, para: &Paragraph, now: f64) {
    for (i, note) in para.notes.iter().enumerate() {
        ui.horizontal(|ui| {
            let id = ui.label(format!("Chú thích {}:", i + 1)).id;
            let mut text = note.text.clone();
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut text)
                        .id(Id::unique(("note", at.key(), i)))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(id);
            if r.changed() {
                let text = crate::model::text::nfc(&text);
                let at = at.clone();
                app.edit(EditKey::Field(format!("{}note{i}", at.key())), now, |d| {
                    if let Some(n) = at.get_mut(d).and_then(|p| p.notes.get_mut(i)) {
                        n.text = text;
                    }
                });
            }
            if ui
                .small_button("×")
                .on_hover_text("Xóa chú thích")
                .clicked()
            {
                let at = at.clone();
                app.edit(EditKey::Once, now, |d| {
                    if let Some(p) = at.get_mut(d) {
                        p.notes.remove(i);
                    }
                });
            }
        });
    }
    if ui
        .small_button("Thêm chú thích")
        .on_hover_text("Thêm chú thích cuối trang ở vị trí con trỏ (hoặc cuối đoạn)")
        .clicked()
    {
        let cursor = egui::TextEdit::load_state(ui.ctx(), Id::unique(("paragraph", at.key())))
            .and_then(|s| s.cursor.char_range())
            .map(|r| r.primary.index.0.max(r.secondary.index.0))
            .unwrap_or(para.char_len());
        let at = at.clone();
        app.edit(EditKey::Once, now, |d| {
            if let Some(p) = at.get_mut(d) {
                p.add_note(cursor, "");
            }
        });
    }
}

pub fn toolbar(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
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
                run(app, state, action, now);
            }
        }
        ui.separator();
        for (action, text) in [
            (Action::Bold, "B"),
            (Action::Italic, "I"),
            (Action::Underline, "U"),
        ] {
            if ui
                .button(egui::RichText::new(text).strong())
                .on_hover_text(action.tooltip())
                .clicked()
            {
                run(app, state, action, now);
            }
        }
    });
}

/// Applies an outline action to the selected block (or the last one).
pub fn outline_action(app: &mut App, action: Action, now: f64) {
    let selected = app
        .selected
        .clone()
        .filter(|p| outline::get(&app.doc.body, p).is_some());
    let mut new_selection = selected.clone();
    app.edit(EditKey::Once, now, |d| {
        let body = &mut d.body;
        new_selection = match (action, &selected) {
            (Action::AddSection, Some(p)) => {
                let block = outline::sibling_like(body, p);
                outline::insert_after(body, p, block)
            }
            (Action::AddSection, None) => {
                let last = body.len().checked_sub(1).map(|i| vec![i]);
                let block = match &last {
                    Some(p) => outline::sibling_like(body, p),
                    None => outline::sibling_like(body, &[]),
                };
                outline::insert_after(body, &[], block)
            }
            (Action::AddChild, Some(p)) => {
                let block = outline::new_child(body, p);
                outline::insert_child(body, p, block).or(selected.clone())
            }
            (Action::MoveUp, Some(p)) => outline::move_up(body, p).or(selected.clone()),
            (Action::MoveDown, Some(p)) => outline::move_down(body, p).or(selected.clone()),
            (Action::Indent, Some(p)) => outline::indent(body, p).or(selected.clone()),
            (Action::Outdent, Some(p)) => outline::outdent(body, p).or(selected.clone()),
            (Action::Delete, Some(p)) => {
                outline::remove(body, p);
                None
            }
            _ => selected.clone(),
        };
    });
    app.selected = new_selection;
}
