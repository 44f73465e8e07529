//! "Kiểm tra & Xuất": what is still missing, the checker's findings (each one jumps to its
//! place and offers its fix), and export.

use super::UiState;
use crate::app::{Action, App, Command, EditKey, ParaRef, Step};
use crate::check::{self, Finding, Listed, Place, Severity};
use crate::rules::RuleSet;
use egui::{Color32, RichText, Ui};

pub fn page(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    let mut complete = true;
    for step in Step::ALL {
        let missing = step.missing(&app.doc);
        if !missing.is_empty() {
            complete = false;
            ui.horizontal(|ui| {
                if ui.link(step.label()).clicked() {
                    state.queue(Command::GoTo(step));
                }
                ui.label(format!("— còn thiếu: {}", missing.join(", ")));
            });
        }
    }
    if complete {
        ui.label("Văn bản đã đủ các thành phần thể thức.");
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        for (action, text) in [
            (Action::Export, "Xuất tệp Word (DOCX)…"),
            (Action::ExportPdf, "Xuất tệp PDF…"),
            (Action::Print, "In…"),
        ] {
            let mut hover = action.tooltip().to_owned();
            if let Some(s) = action.shortcut() {
                hover = format!("{hover} ({})", ui.ctx().format_shortcut(&s));
            }
            if ui
                .button(RichText::new(text).strong())
                .on_hover_text(hover)
                .clicked()
            {
                state.queue(Command::Action(action));
            }
        }
    });
    // The electronic version in both formats, each entry saying why when it cannot run.
    let blocked = app.electronic_blocker();
    ui.horizontal_wrapped(|ui| {
        for electronic in [Action::ExportElectronicPdf, Action::ExportElectronic] {
            let mut response = ui
                .add_enabled(blocked.is_none(), egui::Button::new(electronic.label()))
                .on_hover_text(electronic.tooltip());
            if let Some(why) = &blocked {
                response = response.on_disabled_hover_text(why);
            }
            if response.clicked() {
                state.queue(Command::Action(electronic));
            }
        }
    });
    ui.separator();
    findings(ui, app, state, now);
}

fn findings(ui: &mut Ui, app: &mut App, state: &mut UiState, now: f64) {
    let current = app.checker.is_current(app.revision());
    let (errors, warnings, hints) = (
        app.checker.count(Severity::Error),
        app.checker.count(Severity::Warning),
        app.checker.count(Severity::Hint),
    );
    ui.horizontal(|ui| {
        ui.strong("Kiểm tra thể thức");
        ui.label(format!("{errors} lỗi, {warnings} cảnh báo, {hints} gợi ý"));
        if !current {
            ui.spinner();
        }
    });
    let safe = app
        .checker
        .findings
        .iter()
        .filter(|f| f.fix.as_ref().is_some_and(|x| x.safe))
        .count();
    if ui
        .add_enabled(safe > 0, egui::Button::new("Sửa tất cả lỗi an toàn"))
        .on_hover_text("Chỉ các sửa chữa không làm đổi nội dung; có thể hoàn tác (Ctrl+Z)")
        .clicked()
    {
        if let Some(rules) = RuleSet::by_id(&app.doc.rules) {
            let today = crate::templates::today();
            app.edit(EditKey::Once, now, |d| {
                check::apply_safe_fixes(d, rules, today);
            });
        }
    }
    if app.checker.findings.is_empty() && current {
        ui.label("Không phát hiện lỗi thể thức.");
    }
    // At most check::MAX_LISTED_PER_RULE rows of one rule, then "… và N chỗ khác": a
    // draft with thousands of one mistake stays one screen long (and quick to draw).
    // Owned rows: a row's fix edits the draft, which the findings borrow from.
    let rows: Vec<Result<Finding, usize>> = check::listed(&app.checker.findings)
        .into_iter()
        .map(|row| match row {
            Listed::Finding(f) => Ok(f.clone()),
            Listed::More { count, .. } => Err(count),
        })
        .collect();
    for (i, row) in rows.iter().enumerate() {
        match row {
            Ok(f) => {
                ui.push_id(i, |ui| finding_row(ui, app, state, f, now));
            }
            Err(count) => {
                ui.label(Listed::more_message(*count));
            }
        }
    }
}

/// The colour a severity is shown in, here and in the Word-file audit.
pub fn severity_color(s: Severity) -> Color32 {
    match s {
        Severity::Error => Color32::from_rgb(220, 70, 60),
        Severity::Warning => Color32::from_rgb(220, 160, 40),
        Severity::Hint => Color32::from_rgb(90, 150, 220),
    }
}

fn finding_row(ui: &mut Ui, app: &mut App, state: &mut UiState, f: &Finding, now: f64) {
    let color = severity_color(f.severity);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(f.severity.label()).color(color).strong());
        let text = format!("{} — {}", where_is(&f.place), f.message);
        if ui
            .link(text)
            .on_hover_text(format!("Quy tắc: {}", f.id))
            .clicked()
        {
            jump(state, &f.place);
        }
        if let Some(fix) = &f.fix {
            if ui.small_button(format!("Sửa: {}", fix.label)).clicked() {
                let fix = fix.clone();
                app.edit(EditKey::Once, now, |d| check::apply_fix(d, &fix));
            }
        }
    });
}

/// A short Vietnamese name of the place of a finding.
fn where_is(place: &Place) -> String {
    match place {
        Place::Document => "Văn bản".into(),
        Place::Rules => "Thể thức".into(),
        Place::Kind => "Loại văn bản".into(),
        Place::Issuer(_) => "Cơ quan ban hành".into(),
        Place::Number => "Số văn bản".into(),
        Place::Date => "Ngày ban hành".into(),
        Place::Place => "Địa danh".into(),
        Place::Subject { index, .. } => format!("Trích yếu, dòng {}", index + 1),
        Place::Preamble { index, .. } => format!("Mở đầu, đoạn {}", index + 1),
        Place::Body { path, .. } => format!("Nội dung, mục {}", check_path(path)),
        Place::Closing { index, .. } => format!("Kết thúc, đoạn {}", index + 1),
        Place::Recipient { index, .. } => format!("Nơi nhận, dòng {}", index + 1),
        Place::Archive => "Nơi lưu".into(),
        Place::Addressees => "Kính gửi / Kính trình".into(),
        Place::Enacting => "Căn cứ".into(),
        Place::Signature(_) => "Chữ ký".into(),
        Place::Layout(_) => "Trình bày".into(),
        Place::Paragraph(n) => format!("Tệp gốc, đoạn {n}"),
    }
}

fn check_path(path: &[usize]) -> String {
    path.iter()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// Shows the step where the finding is and, in the body, gives its block the keyboard.
pub fn jump(state: &mut UiState, place: &Place) {
    let step = match place {
        Place::Preamble { .. } | Place::Enacting => Step::Preamble,
        Place::Body { path, .. } => {
            state.queue(Command::FocusParagraph(ParaRef::Block(path.clone())));
            return;
        }
        Place::Closing { .. } => Step::Closing,
        Place::Recipient { .. } | Place::Archive => Step::Recipients,
        Place::Signature(_) => Step::Signature,
        Place::Document | Place::Layout(_) | Place::Paragraph(_) => return,
        _ => Step::General,
    };
    state.queue(Command::GoTo(step));
}
