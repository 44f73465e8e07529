//! "In…" (Ctrl+P) from the clerk's side: the page count, a range refused in the dialog, and
//! the chosen pages handed to a fake `lp` first on PATH. One test in its own binary,
//! because it changes this process's PATH.
#![cfg(unix)]

mod common;
mod gui_env;

use common::tool_available;
use egui::accesskit::Role;
use egui_kittest::kittest::{by, Queryable};
use gui_env::{harness, type_frames, Env, H};
use std::fs;
use vanban::app::picker::ScriptedPicker;
use vanban::app::Dialog;

/// Replaces the text of a page field of the print dialog, as typed.
fn set_field(h: &mut H, label: &str, text: &str) {
    h.get(by().role(Role::TextInput).label(label)).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    type_frames(h, text);
}

fn is_print_dialog(h: &H) -> bool {
    matches!(h.state().app.dialog, Some(Dialog::Print(_)))
}

#[test]
fn ctrl_p_prints_the_chosen_pages() {
    let (bin, old_path) = common::fake_lp_first_on_path();

    let env = Env::new();
    let mut app = env.app_with(ScriptedPicker::default());
    // Enough text for several pages, so that a range means something.
    let para = app.doc.preamble[0].clone();
    app.doc.preamble = vec![para; 40];
    let rules = vanban::rules::RuleSet::resolve_id(&app.doc.rules).expect("rules");
    let mut tidy = app.doc.clone();
    tidy.tidy();
    let n = vanban::page::layout(&tidy, &rules).pages.len();
    assert!(n >= 3, "{n} pages");
    let job = app.suggested_name();
    let mut h = harness(app);
    h.run();

    // Ctrl+P: the dialog, the page count, the keyboard on "all pages"; Esc cancels.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    h.run();
    assert!(is_print_dialog(&h));
    h.get_by_label(&format!(
        "Văn bản có {n} trang, in ra máy in mặc định của hệ thống."
    ));
    assert!(h.get_by_label("Tất cả các trang").is_focused());
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().app.dialog.is_none(), "Esc cancels");
    assert!(!bin.path().join("args").exists(), "nothing printed");

    // From 5 to 2: refused in the dialog, which stays open.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    h.run();
    set_field(&mut h, "Từ trang", "5");
    set_field(&mut h, "đến trang", "2");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(is_print_dialog(&h), "still open");
    let refusal = if n >= 5 {
        "Trang đầu (5) phải không lớn hơn trang cuối (2).".to_owned()
    } else {
        format!("Số trang đầu phải là một số từ 1 đến {n} (văn bản có {n} trang).")
    };
    h.get_by_label(&refusal);
    assert!(!bin.path().join("args").exists(), "nothing printed");

    // Pages 2 to 3, Enter: printed, and said in the status line.
    set_field(&mut h, "Từ trang", "2");
    set_field(&mut h, "đến trang", "3");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.state().app.dialog.is_none(), "closed after printing");
    assert_eq!(h.state().app.status, "Đã gửi 2 trang tới máy in.");
    let args = fs::read_to_string(bin.path().join("args")).expect("lp ran");
    let args: Vec<&str> = args.lines().collect();
    assert_eq!(&args[..3], &["-t", job.as_str(), "--"], "the job's name");
    let printed = bin.path().join("printed.pdf");
    let bytes = fs::read(&printed).expect("the PDF lp got");
    assert!(bytes.starts_with(b"%PDF-"));
    if tool_available("pdfinfo", "-v") {
        let out = std::process::Command::new("pdfinfo")
            .arg(&printed)
            .output()
            .expect("pdfinfo");
        let info = String::from_utf8_lossy(&out.stdout).into_owned();
        let pages = info.lines().find_map(|l| l.strip_prefix("Pages:"));
        assert_eq!(pages.map(str::trim), Some("2"), "{info}");
    }

    // lp fails: the clerk reads why.
    fs::write(bin.path().join("fail"), "").expect("fail marker");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    h.run();
    h.get_by_label("In").click();
    h.run();
    match &h.state().app.dialog {
        Some(Dialog::Message { title, text }) => {
            assert_eq!(title, "Không in được");
            assert!(text.contains("máy chưa có máy in mặc định"), "{text}");
        }
        _ => panic!("the failure is shown"),
    }
    std::env::set_var("PATH", old_path);
}
