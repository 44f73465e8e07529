//! "Xuất PDF…" and "Xuất bản điện tử (PDF)…" from the clerk's side: the menu entry or the
//! shortcut, the (scripted) file dialog, a PDF written beside the draft, never onto it.

mod common;
mod gui_env;

use common::tool_available;
use egui_kittest::kittest::Queryable;
use gui_env::{harness, Env, H};
use std::path::Path;
use vanban::app::picker::ScriptedPicker;
use vanban::app::{Dialog, ExportFormat};
use vanban::store::marks::{fixtures, MarkKind};

fn picker(path: &Path) -> ScriptedPicker {
    ScriptedPicker {
        queue: [path.to_path_buf()].into_iter().collect(),
        ..Default::default()
    }
}

/// The export goes on past the checker's question when the checker has found errors in
/// the sample by then (a draft may still be exported).
fn past_the_errors_question(h: &mut H, format: ExportFormat) {
    if let Some(Dialog::ExportWithErrors(_, f)) = &h.state().app.dialog {
        assert_eq!(*f, format, "the question keeps the format asked for");
        h.get_by_label("Vẫn xuất bản nháp").click();
        h.run();
    }
}

fn pdfinfo_pages(path: &Path) -> usize {
    let out = std::process::Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count: {text}"))
}

#[test]
fn ctrl_shift_e_exports_the_pages_as_a_pdf() {
    let env = Env::new();
    let out = env.path("Kết luận.pdf");
    let mut h = harness(env.app_with(picker(&out)));
    h.run();
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::E,
    );
    h.run();
    past_the_errors_question(&mut h, ExportFormat::Pdf);
    assert!(
        matches!(&h.state().app.dialog, Some(Dialog::Exported(p)) if *p == out),
        "exported to the chosen path"
    );
    h.get_by_label("Đã xuất tệp PDF");
    let bytes = std::fs::read(&out).expect("pdf written");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    if tool_available("pdfinfo", "-v") {
        let rules = vanban::rules::RuleSet::resolve_id(&h.state().app.doc.rules).expect("rules");
        let pages = vanban::page::layout(&h.state().app.doc, &rules);
        assert_eq!(
            pdfinfo_pages(&out),
            pages.pages.len(),
            "the preview's pages"
        );
    }
}

#[test]
fn the_menu_exports_a_pdf_but_never_onto_the_draft() {
    let env = Env::new();
    // A draft saved under a .pdf name: the export must not replace it.
    let draft = env.path("bản thảo.pdf");
    let mut app = env.app_with(ScriptedPicker::default());
    vanban::store::save(&draft, &app.doc).expect("save");
    app.open(&draft);
    app.picker = Box::new(picker(&draft));
    let mut h = harness(app);
    h.run();
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Xuất PDF… Ctrl+Shift+E").click();
    h.run();
    past_the_errors_question(&mut h, ExportFormat::Pdf);
    match &h.state().app.dialog {
        Some(Dialog::Message { title, .. }) => assert_eq!(title, "Không xuất được"),
        _ => panic!("refused"),
    }
    let kept = vanban::store::load(&draft).expect("the draft is still a draft");
    assert_eq!(kept, h.state().app.doc);
}

#[test]
fn the_electronic_pdf_holds_the_signature_and_the_seal() {
    let env = Env::new();
    let sig = env.path("chữ ký.png");
    let seal = env.path("dấu.png");
    std::fs::write(&sig, fixtures::signature()).expect("write");
    std::fs::write(&seal, fixtures::seal()).expect("write");
    let mut app = env.app_with(ScriptedPicker::default());
    let mut draft = app.profile_draft();
    draft.take_mark_file(MarkKind::Signature, &sig);
    draft.take_mark_file(MarkKind::Seal, &seal);
    app.save_profile_draft(&draft);
    app.doc.signature.name = app.profile.signature_of.clone();
    assert_eq!(app.electronic_blocker(), None);
    let out = env.path("Kết luận (bản điện tử).pdf");
    app.picker = Box::new(picker(&out));
    let mut h = harness(app);
    h.run();
    h.get_by_label("Tệp").click();
    h.run();
    h.get_by_label("Xuất bản điện tử (PDF)…").click();
    h.run();
    assert!(
        matches!(&h.state().app.dialog, Some(Dialog::Exported(p)) if *p == out),
        "exported"
    );
    let bytes = std::fs::read(&out).expect("pdf written");
    assert!(bytes.starts_with(b"%PDF-"));
    if tool_available("pdfimages", "-v") {
        let list = std::process::Command::new("pdfimages")
            .arg("-list")
            .arg(&out)
            .output()
            .expect("pdfimages");
        let list = String::from_utf8_lossy(&list.stdout).into_owned();
        // After two header lines, a row per image; a transparent PNG adds an "smask" row.
        let images = list
            .lines()
            .skip(2)
            .filter(|l| l.split_whitespace().nth(2) == Some("image"))
            .count();
        assert_eq!(images, 2, "the signature and the seal:\n{list}");
    }
}
