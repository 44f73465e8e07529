//! The signature of the other body of a joint document (văn bản liên tịch): on the left,
//! beside the one chiefly responsible on the right (05-HD p. 22); the title line names
//! the body ("TRƯỞNG BAN NỘI CHÍNH TỈNH UỶ"), as joint documents must.

use super::fields::{self, label};
use crate::app::{App, EditKey};
use crate::model::{Authority, Cosigner, Document, Signature, SignerPlace};
use egui::Ui;

fn at(d: &Document) -> Option<usize> {
    d.cosigners
        .iter()
        .position(|c| c.place == SignerPlace::Left)
}

pub fn panel(ui: &mut Ui, app: &mut App, now: f64) {
    let mut on = at(&app.doc).is_some();
    ui.separator();
    if ui
        .checkbox(
            &mut on,
            "Văn bản liên tịch: chữ ký của cơ quan phối hợp ở bên trái (cơ quan chủ trì ký bên phải)",
        )
        .changed()
    {
        app.edit(EditKey::Once, now, move |d| {
            d.cosigners.retain(|c| c.place != SignerPlace::Left);
            if on {
                d.cosigners.insert(
                    0,
                    Cosigner {
                        place: SignerPlace::Left,
                        lead: String::new(),
                        signature: Signature {
                            authority: Authority::None,
                            on_behalf_of: String::new(),
                            title: String::new(),
                            name: String::new(),
                            concurrent: String::new(),
                        },
                    },
                );
            }
        });
    }
    let Some(i) = at(&app.doc) else {
        return;
    };
    ui.horizontal(|ui| {
        let l = label(ui, "Thẩm quyền ký (bên trái)");
        let mut authority = app.doc.cosigners[i].signature.authority;
        let name = |a: Authority| match a {
            Authority::OnBehalf => "T/M — thay mặt tập thể",
            Authority::Deputy => "K/T — ký thay người đứng đầu",
            _ => "Người đứng đầu ký (không ghi)",
        };
        egui::ComboBox::from_id_salt("joint_authority")
            .selected_text(name(authority))
            .show_ui(ui, |ui| {
                for a in [Authority::None, Authority::OnBehalf, Authority::Deputy] {
                    ui.selectable_value(&mut authority, a, name(a));
                }
            })
            .response
            .labelled_by(l);
        if authority != app.doc.cosigners[i].signature.authority {
            app.edit(EditKey::Once, now, |d| {
                if let Some(i) = at(d) {
                    d.cosigners[i].signature.authority = authority;
                }
            });
        }
    });
    let parts: [(&str, &str, &str, Part); 3] = [
        (
            "Tập thể (sau T/M, K/T)",
            "joint_on_behalf_of",
            "vd. BAN THƯỜNG VỤ",
            |s| &mut s.on_behalf_of,
        ),
        (
            "Chức vụ, tên cơ quan",
            "joint_title",
            "vd. TRƯỞNG BAN NỘI CHÍNH TỈNH UỶ",
            |s| &mut s.title,
        ),
        ("Họ tên", "joint_name", "", |s| &mut s.name),
    ];
    cosigner_fields(ui, app, now, at, parts);
}

/// One string of a signer's block.
pub(super) type Part = fn(&mut Signature) -> &mut String;

/// A line field for each of `parts` (label, field key, hint, which string) of the
/// cosigner `at` finds: the joint signer, the office confirming the chair's signature.
pub(super) fn cosigner_fields(
    ui: &mut Ui,
    app: &mut App,
    now: f64,
    at: fn(&Document) -> Option<usize>,
    parts: [(&str, &str, &str, Part); 3],
) {
    for (text, key, hint, part) in parts {
        fields::line(
            ui,
            app,
            now,
            (text, key, hint),
            move |d| {
                at(d)
                    .map(|i| part(&mut d.cosigners[i].signature.clone()).clone())
                    .unwrap_or_default()
            },
            move |d, v| {
                if let Some(i) = at(d) {
                    *part(&mut d.cosigners[i].signature) = v;
                }
            },
        );
    }
}
