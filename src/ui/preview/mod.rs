//! The live preview: the pages of the layout engine (`crate::page`), the same pages the
//! PDF and the printer get, drawn at the panel's width times the clerk's zoom. Laying a
//! long draft out takes longer than a frame, so it runs on a worker thread once the clerk
//! pauses, and the panel keeps showing the pages it has until the new ones arrive.

mod draw;

use crate::app::App;
use crate::page::Pages;
use crate::rules::RuleSet;
use egui::{Sense, Ui, Vec2};
use std::sync::mpsc::{channel, Receiver};
use std::sync::Arc;

/// Lay out again after the clerk has paused this long.
const DEBOUNCE_SECONDS: f64 = 0.3;
/// How often a frame looks for the worker's pages while it lays out. The worker does not
/// wake the window itself: an immediate repaint from another thread lands in whatever frame
/// is running (in tests, it stretched a run of frames past the undo merge window).
const POLL: std::time::Duration = std::time::Duration::from_millis(40);
/// Zoom steps of the − and + buttons, and its bounds.
const ZOOM_STEP: f32 = 1.25;
const ZOOM_MIN: f32 = 0.5;
const ZOOM_MAX: f32 = 3.0;
/// Room between pages, in screen points.
const PAGE_GAP: f32 = 10.0;

pub struct Cache {
    /// The revision whose pages are shown.
    shown: Option<u64>,
    /// The newest revision seen, and when it was first seen.
    seen: Option<u64>,
    changed_at: f64,
    /// The layout under way: its revision and where its pages will arrive.
    pending: Option<(u64, Receiver<Pages>)>,
    pages: Arc<Pages>,
    zoom: f32,
    /// A page to bring into view on the next frame.
    scroll_to: Option<usize>,
    /// What the clerk was editing when the preview last followed it.
    followed: Option<String>,
}

impl Default for Cache {
    fn default() -> Self {
        Cache {
            shown: None,
            seen: None,
            changed_at: 0.0,
            pending: None,
            pages: Arc::default(),
            zoom: 1.0,
            scroll_to: None,
            followed: None,
        }
    }
}

impl Cache {
    /// The pages shown now (for print and tests).
    pub fn pages(&self) -> &Pages {
        &self.pages
    }

    /// Starts laying out the draft's revision on a worker thread, unless it is already
    /// shown or under way; takes the pages of a finished layout.
    fn update(&mut self, ui: &Ui, app: &App, rules: &'static RuleSet) {
        if let Some((revision, rx)) = &self.pending {
            match rx.try_recv() {
                Ok(pages) => {
                    self.shown = Some(*revision);
                    self.pages = Arc::new(pages);
                    self.pending = None;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    ui.ctx().request_repaint_after(POLL);
                    return;
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => self.pending = None,
            }
        }
        let revision = app.revision();
        if self.shown == Some(revision) {
            return;
        }
        let now = ui.input(|i| i.time);
        if self.seen != Some(revision) {
            self.seen = Some(revision);
            self.changed_at = now;
        }
        let waited = now - self.changed_at;
        if self.shown.is_some() && waited < DEBOUNCE_SECONDS {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(
                    DEBOUNCE_SECONDS - waited,
                ));
            return;
        }
        let doc = app.doc.clone();
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("vanban-layout".into())
            .spawn(move || {
                let _ = tx.send(crate::page::layout(&doc, rules));
            });
        if spawned.is_ok() {
            self.pending = Some((revision, rx));
            ui.ctx().request_repaint_after(POLL);
        } else {
            // No thread to be had: lay out here, once.
            self.pages = Arc::new(crate::page::layout(&app.doc, rules));
            self.shown = Some(revision);
        }
    }
}

/// The page showing what the clerk is editing: the header on page 1, the selected body
/// block, the first paragraph of the step's text, the signature.
fn page_of_focus(app: &App, pages: &Pages) -> Option<usize> {
    use crate::app::{ParaRef, Step};
    let doc = &app.doc;
    let first = |list: &[crate::model::Paragraph]| list.first().map(|p| p.text.clone());
    let text = match app.step {
        Step::General => return Some(0),
        Step::Preamble => first(&doc.preamble).or_else(|| first(&doc.bases)),
        Step::Body => app
            .selected
            .as_ref()
            .and_then(|p| ParaRef::Block(p.clone()).get(doc))
            .map(|p| p.text.clone()),
        Step::Closing => first(&doc.closing),
        Step::Recipients | Step::Signature => Some(doc.signature.name.clone()),
        Step::Review | Step::Record => None,
    }?;
    pages.find(&text)
}

pub fn panel(ui: &mut Ui, app: &App, cache: &mut Cache) {
    let Some(rules) = RuleSet::by_id(&app.doc.rules) else {
        ui.strong("Xem trước trang in");
        ui.label("Không rõ bộ quy tắc trình bày của bản thảo.");
        return;
    };
    cache.update(ui, app, rules);
    let zoom = cache.zoom;
    let focus = format!("{:?} {:?}", app.step, app.selected);
    if cache.followed.as_ref() != Some(&focus) && cache.shown.is_some() {
        cache.scroll_to = page_of_focus(app, &cache.pages);
        cache.followed = Some(focus);
    }
    let count = cache.pages.pages.len();
    ui.horizontal(|ui| {
        ui.strong("Xem trước trang in");
        ui.label(egui::RichText::new(format!("{count} trang")).weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .add_enabled(cache.zoom < ZOOM_MAX, egui::Button::new("Phóng to").small())
                .clicked()
            {
                cache.zoom = (cache.zoom * ZOOM_STEP).min(ZOOM_MAX);
            }
            if ui
                .add(egui::Button::new(format!("{:.0} %", cache.zoom * 100.0)).small())
                .on_hover_text("Vừa khung")
                .clicked()
            {
                cache.zoom = 1.0;
            }
            if ui
                .add_enabled(cache.zoom > ZOOM_MIN, egui::Button::new("Thu nhỏ").small())
                .clicked()
            {
                cache.zoom = (cache.zoom / ZOOM_STEP).max(ZOOM_MIN);
            }
        });
    });
    if cache.zoom != zoom {
        // Zoomed: bring the page being edited back into view at its new size.
        cache.followed = None;
        ui.ctx().request_repaint();
    }
    let fit = (ui.available_width() - 16.0).max(200.0);
    let pages = Arc::clone(&cache.pages);
    let widest = pages.pages.iter().map(|p| p.width_pt).fold(1.0, f32::max);
    let scale = fit / widest * cache.zoom;
    let scroll_to = cache.scroll_to.take();
    egui::ScrollArea::both()
        .id_salt("preview")
        .auto_shrink(false)
        .show(ui, |ui| {
            for (i, page) in pages.pages.iter().enumerate() {
                let size = Vec2::new(page.width_pt, page.height_pt) * scale;
                let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
                if scroll_to == Some(i) {
                    ui.scroll_to_rect(rect, Some(egui::Align::TOP));
                }
                if ui.is_rect_visible(rect) {
                    draw::page(ui, page, rect, scale);
                }
                ui.add_space(PAGE_GAP);
            }
        });
}
