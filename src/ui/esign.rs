//! The profile dialog's part for the electronic version: the signer's signature image
//! and the organisation's seal image, each with "Chọn ảnh…", a thumbnail, its file name
//! and pixel size, and "Bỏ"; whose signature it is; the seal's actual diameter.

use crate::app::{App, ChosenMark, ProfileDraft};
use crate::store::marks::MarkKind;
use egui::{ColorImage, Id, TextEdit, TextureHandle, Ui};

/// Longest side of a thumbnail, in points.
const THUMB: usize = 96;

pub fn profile_images(ui: &mut Ui, app: &mut App, draft: &mut ProfileDraft) {
    ui.add_space(6.0);
    // Folded until used: the first-run form stays short on a 768-pixel screen.
    let used = draft.signature.is_some() || draft.seal.is_some() || draft.mark_note.is_some();
    egui::CollapsingHeader::new("Bản điện tử: ảnh chữ ký và con dấu")
        .default_open(used)
        .show(ui, |ui| images(ui, app, draft));
}

fn images(ui: &mut Ui, app: &mut App, draft: &mut ProfileDraft) {
    ui.add(
        egui::Label::new(
            "Theo Hướng dẫn 05-HD/VPTW (mục 7.2.2 và 8.2.3). Chữ ký: ảnh PNG màu xanh, nền \
             trong suốt, đặt giữa chức vụ và họ tên người ký. Con dấu: ảnh PNG màu đỏ, nền \
             trong suốt, in bằng kích thước thật của con dấu.",
        )
        .wrap(),
    );
    for kind in [MarkKind::Signature, MarkKind::Seal] {
        ui.horizontal(|ui| {
            let label = match kind {
                MarkKind::Signature => "Ảnh chữ ký:",
                MarkKind::Seal => "Ảnh con dấu:",
            };
            ui.label(label);
            match draft.mark(kind) {
                Some(chosen) => {
                    thumbnail(ui, kind, chosen);
                    ui.label(format!(
                        "{} ({}×{} điểm ảnh)",
                        chosen.source, chosen.png.width_px, chosen.png.height_px
                    ));
                }
                None => {
                    ui.weak("(chưa có)");
                }
            }
            if ui.button("Chọn ảnh…").clicked() {
                app.choose_mark(draft, kind);
            }
            if draft.mark(kind).is_some() && ui.button("Bỏ").clicked() {
                *draft.mark_mut(kind) = None;
                draft.mark_note = None;
            }
        });
        if kind == MarkKind::Signature && draft.signature.is_some() {
            signature_owner(ui, draft);
        }
        if kind == MarkKind::Seal && draft.seal.is_some() {
            seal_diameter(ui, draft);
        }
    }
    path_field(ui, draft);
    if let Some(note) = &draft.mark_note {
        ui.colored_label(ui.visuals().warn_fg_color, note);
    }
}

/// Whose signature the image is: it goes only on drafts that person signs.
fn signature_owner(ui: &mut Ui, draft: &mut ProfileDraft) {
    let names: Vec<String> = draft
        .profile
        .signers
        .iter()
        .map(|s| s.name.trim().to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    let owner = &mut draft.profile.signature_of;
    ui.horizontal(|ui| {
        let label = ui.label("Chữ ký của đồng chí:");
        egui::ComboBox::from_id_salt("profile.signature_of")
            .selected_text(owner.as_str())
            .show_ui(ui, |ui| {
                for n in names {
                    ui.selectable_value(owner, n.clone(), n);
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// The seal's actual diameter: from the image when it tells its resolution, else typed.
fn seal_diameter(ui: &mut Ui, draft: &mut ProfileDraft) {
    let default = crate::rules::RuleSet::by_id(&draft.profile.rules)
        .and_then(|r| r.signature.electronic.as_ref())
        .map(|e| e.seal_diameter_mm);
    let from_image = draft
        .seal
        .as_ref()
        .and_then(|s| s.png.width_mm)
        .filter(|mm| crate::app::SEAL_MM.contains(mm));
    let mut mm = draft
        .profile
        .seal_diameter_mm
        .or(from_image)
        .or(default)
        .unwrap_or_default();
    ui.horizontal(|ui| {
        ui.label("Đường kính thật của con dấu:");
        let r = ui.add(
            egui::DragValue::new(&mut mm)
                .range(crate::app::SEAL_MM)
                .speed(0.1)
                .max_decimals(1)
                .suffix(" mm"),
        );
        if r.changed() {
            draft.profile.seal_diameter_mm = Some(mm);
        }
        if from_image.is_some() {
            ui.weak("(theo độ phân giải ghi trong ảnh)");
        } else {
            ui.weak("(ảnh không ghi độ phân giải: đo con dấu và nhập)");
        }
    });
}

/// The path of an image typed in the dialog when no file dialog can open.
fn path_field(ui: &mut Ui, draft: &mut ProfileDraft) {
    let Some((kind, mut text)) = draft.mark_path.clone() else {
        return;
    };
    let mut choice = None;
    ui.horizontal(|ui| {
        ui.label(format!("Đường dẫn {}:", kind.noun()));
        ui.add(TextEdit::singleline(&mut text).desired_width(300.0));
        if ui.button("Dùng ảnh này").clicked() {
            choice = Some(true);
        }
        if ui.button("Hủy").clicked() {
            choice = Some(false);
        }
    });
    draft.mark_path = Some((kind, text.clone()));
    match choice {
        // Closes the field when the image is taken, keeps it with the reason otherwise.
        Some(true) => draft.take_mark_file(kind, std::path::Path::new(text.trim())),
        Some(false) => draft.mark_path = None,
        None => {}
    }
}

/// The image, scaled down, cached as a texture for as long as the same image is shown.
fn thumbnail(ui: &mut Ui, kind: MarkKind, chosen: &ChosenMark) {
    let id = Id::unique((
        "profile-thumbnail",
        kind.file_name(),
        chosen.png.bytes.len(),
        &chosen.source,
    ));
    let texture = ui
        .data(|d| d.get_temp::<TextureHandle>(id))
        .unwrap_or_else(|| {
            let image = scaled(&chosen.png.rgba, chosen.png.width_px, chosen.png.height_px);
            let t = ui
                .ctx()
                .load_texture(kind.file_name(), image, egui::TextureOptions::LINEAR);
            ui.data_mut(|d| d.insert_temp(id, t.clone()));
            t
        });
    let size = texture.size_vec2();
    let scale = THUMB as f32 / size.x.max(size.y).max(1.0);
    ui.add(egui::Image::new(&texture).fit_to_exact_size(size * scale));
}

/// Nearest-neighbour reduction to at most [`THUMB`]×2 pixels a side: a 4000-pixel scan
/// needs no 64 MB texture to be recognised.
fn scaled(rgba: &[u8], w: u32, h: u32) -> ColorImage {
    let (w, h) = (w as usize, h as usize);
    let step = (w.max(h) / (THUMB * 2)).max(1);
    let (tw, th) = (w.div_ceil(step), h.div_ceil(step));
    let mut out = Vec::with_capacity(tw * th * 4);
    for y in (0..h).step_by(step) {
        for x in (0..w).step_by(step) {
            let i = (y * w + x) * 4;
            out.extend_from_slice(rgba.get(i..i + 4).unwrap_or(&[0, 0, 0, 0]));
        }
    }
    ColorImage::from_rgba_unmultiplied([tw, th], &out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thumbnails_are_small_and_whole() {
        let rgba = vec![255u8; 4000 * 10 * 4];
        let img = scaled(&rgba, 4000, 10);
        assert_eq!(img.size, [4000usize.div_ceil(20), 1]);
        let tiny = scaled(&[1, 2, 3, 4], 1, 1);
        assert_eq!(tiny.size, [1, 1]);
    }
}
