//! Drawing one of the engine's pages: each piece of text at its baseline in the serif face
//! of its weight and slant, lines as thin strokes.

use super::super::fonts::serif;
use crate::page::{Item, Page};
use egui::{Color32, FontId, Pos2, Rect, Stroke, Ui, Vec2};

/// The page's shadow offset, in screen points.
const SHADOW: f32 = 3.0;

pub fn page(ui: &Ui, page: &Page, rect: Rect, scale: f32) {
    let painter = ui.painter_at(rect.expand(SHADOW + 1.0));
    painter.rect_filled(
        rect.translate(Vec2::splat(SHADOW)),
        0.0,
        Color32::from_gray(90),
    );
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    let at = |x: f32, y: f32| rect.min + Vec2::new(x, y) * scale;
    for item in &page.items {
        match item {
            Item::Text(t) => {
                let font = FontId::new(t.size_pt * scale, serif(t.bold, t.italic));
                let galley = painter.layout_no_wrap(t.text.clone(), font, Color32::BLACK);
                // The galley's first glyph sits on its row's baseline: line that up with
                // the engine's.
                let baseline = galley
                    .rows
                    .first()
                    .and_then(|r| r.glyphs.first())
                    .map_or(0.0, |g| g.pos.y);
                let pos = at(t.x_pt, t.baseline_pt) - Vec2::new(0.0, baseline);
                painter.galley(Pos2::new(pos.x, pos.y), galley, Color32::BLACK);
            }
            Item::Line(l) => {
                painter.line_segment(
                    [at(l.x0_pt, l.y0_pt), at(l.x1_pt, l.y1_pt)],
                    Stroke::new((l.width_pt * scale).max(0.5), Color32::BLACK),
                );
            }
            Item::Image(img) => {
                // The electronic version's images: a frame where they go.
                let r = Rect::from_min_size(
                    at(img.x_pt, img.y_pt),
                    Vec2::new(img.width_pt, img.height_pt) * scale,
                );
                painter.rect_stroke(
                    r,
                    0.0,
                    Stroke::new(1.0, Color32::from_rgb(200, 60, 60)),
                    egui::StrokeKind::Inside,
                );
            }
        }
    }
}
