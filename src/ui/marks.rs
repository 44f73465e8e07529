//! Fields of the parts a document has only sometimes, on the form pages: the draft
//! counter and circulation marks, the addressees (Kính gửi / Kính trình), the drafter's
//! code and the number of copies.

use super::fields::{self, label};
use crate::app::{App, EditKey};
use crate::model::DocKind;
use crate::rules::{Addressed, RuleSet};
use egui::Ui;

/// "Dự thảo lần n" and the circulation marks (05-HD p. 26).
pub fn handling(ui: &mut Ui, app: &mut App, now: f64) {
    ui.horizontal(|ui| {
        let l = label(ui, "Bản dự thảo");
        let mut draft = app.doc.marks.draft;
        let mut is_draft = draft.is_some();
        ui.checkbox(&mut is_draft, "Dự thảo lần");
        let mut n = draft.unwrap_or(1);
        ui.add_enabled(is_draft, egui::DragValue::new(&mut n).range(1..=99))
            .labelled_by(l);
        draft = is_draft.then_some(n);
        if draft != app.doc.marks.draft {
            app.edit(EditKey::Field("marks.draft".into()), now, |d| {
                d.marks.draft = draft
            });
        }
    });
    fields::lines(
        ui,
        app,
        now,
        (
            "Chỉ dẫn phạm vi lưu hành",
            "marks.circulation",
            "vd. Lưu hành nội bộ (góc phải trang đầu)",
        ),
        |d| d.marks.circulation.clone(),
        |d, v| d.marks.circulation = v,
    );
    let mut media = app.doc.marks.not_for_media;
    if ui
        .checkbox(
            &mut media,
            "Không phổ biến trên phương tiện thông tin đại chúng (giữa, cuối trang cuối)",
        )
        .changed()
    {
        app.edit(EditKey::Once, now, |d| d.marks.not_for_media = media);
    }
}

/// "Kính gửi:" of a công văn, "Kính trình:" of a tờ trình; shown for other kinds only
/// when the draft has addressees (a báo cáo sent up may).
pub fn addressees(ui: &mut Ui, app: &mut App, now: f64) {
    // The label the rule set prints: a tờ trình says "Kính trình" under 05-HD and
    // "Kính gửi" under 36-HD.
    let Some(rules) = RuleSet::by_id(&app.doc.rules) else {
        return;
    };
    let a = &rules.parts.addressees;
    let printed = match rules.kind(app.doc.kind).addressed {
        Some(Addressed::Submission) => &a.submission_label,
        Some(Addressed::Letter) => &a.letter_label,
        None if !app.doc.addressees.is_empty() => &a.letter_label,
        None => return,
    };
    let label = format!("{} (mỗi dòng một)", printed.trim_end_matches(':'));
    fields::lines(
        ui,
        app,
        now,
        (&label, "addressees", "vd. Ban Thường vụ Tỉnh uỷ"),
        |d| d.addressees.clone(),
        |d, v| d.addressees = v,
    );
}

/// A congress's theme, printed in place of the type name (a political report); offered
/// for a báo cáo, shown for any draft that has one.
pub fn theme(ui: &mut Ui, app: &mut App, now: f64) {
    if app.doc.kind != DocKind::BaoCao && app.doc.theme.is_empty() {
        return;
    }
    fields::lines(
        ui,
        app,
        now,
        (
            "Chủ đề đại hội (thay tên loại)",
            "theme",
            "Báo cáo chính trị: chủ đề đại hội; trích yếu in trong ngoặc dưới chủ đề",
        ),
        |d| d.theme.clone(),
        |d, v| d.theme = v,
    );
}

/// The drafter's code and the copies issued, printed small under Nơi nhận (05-HD p. 26).
pub fn drafter(ui: &mut Ui, app: &mut App, now: f64) {
    fields::line(
        ui,
        app,
        now,
        (
            "Ký hiệu người soạn thảo",
            "marks.drafter",
            "vd. NVH (không bắt buộc)",
        ),
        |d| d.marks.drafter.clone(),
        |d, v| d.marks.drafter = v,
    );
    ui.horizontal(|ui| {
        let l = label(ui, "Số bản phát hành");
        let mut copies = app.doc.marks.copies;
        let mut counted = copies.is_some();
        ui.checkbox(&mut counted, "ghi số bản");
        let mut n = copies.unwrap_or(1);
        ui.add_enabled(counted, egui::DragValue::new(&mut n).range(1..=9999))
            .labelled_by(l);
        copies = counted.then_some(n);
        if copies != app.doc.marks.copies {
            app.edit(EditKey::Field("marks.copies".into()), now, |d| {
                d.marks.copies = copies
            });
        }
    });
}
