//! The preview shows the pages that print: what the editor's preview holds after a frame is
//! exactly the layout engine's output, and the PDF written from the same draft has the same
//! pages with the same text on each.

mod common;
mod gui_env;

use gui_env::{harness, Env};
use std::time::{Duration, Instant};
use vanban::app::picker::ScriptedPicker;
use vanban::app::EditKey;
use vanban::export::pdf;
use vanban::rules::RuleSet;

/// Runs frames until the preview's worker has delivered pages for the current draft.
fn settle(h: &mut gui_env::H) {
    let start = Instant::now();
    while h.state().ui.preview.pages().pages.is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no pages from the preview"
        );
        std::thread::sleep(Duration::from_millis(20));
        h.run();
    }
}

#[test]
fn the_preview_shows_the_pages_the_pdf_prints() {
    let env = Env::new();
    let mut h = harness(env.app_with(ScriptedPicker::default()));
    h.run();
    settle(&mut h);
    let doc = h.state().app.doc.clone();
    let rules = RuleSet::by_id(&doc.rules).expect("rules");
    let engine = vanban::page::layout(&doc, rules);
    let shown = h.state().ui.preview.pages().clone();
    assert_eq!(shown, engine, "the preview's pages are the engine's");
    assert!(shown.pages.len() > 1, "the sample takes several pages");

    // The PDF of the same pages: as many pages, each with the words the preview draws.
    let bytes = pdf::pdf(&shown, &Default::default()).expect("pdf");
    let file = env.path("xem-truoc.pdf");
    std::fs::write(&file, bytes).expect("write");
    if !common::tool_available("pdftotext", "-v") {
        return;
    }
    let out = std::process::Command::new("pdftotext")
        .args(["-raw"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), shown.pages.len());
    // The same characters on each page (pdftotext parts a raised footnote number from the
    // word it follows; the engine's reading joins them).
    let letters = |s: &str| {
        let mut v: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
        v.sort_unstable();
        v
    };
    for (i, page) in pages.iter().enumerate() {
        let drawn = shown.page_text(i).join(" ");
        assert_eq!(
            letters(page),
            letters(&drawn),
            "page {}: the same text",
            i + 1
        );
    }
}

#[test]
fn an_edit_reaches_the_preview_after_a_pause() {
    let env = Env::new();
    let mut h = harness(env.app_with(ScriptedPicker::default()));
    h.run();
    settle(&mut h);
    let before = h.state().ui.preview.pages().clone();
    h.state_mut().app.edit(EditKey::Once, 0.0, |d| {
        d.issuer.name = "ĐẢNG ỦY PHƯỜNG TRẤN BIÊN".into()
    });
    let start = Instant::now();
    while h.state().ui.preview.pages() == &before {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the edit never reached the preview"
        );
        std::thread::sleep(Duration::from_millis(50));
        h.run();
    }
    // The name wraps in the header's column: "ĐẢNG ỦY PHƯỜNG TRẤN" / "BIÊN".
    let first = h.state().ui.preview.pages().page_text(0).join(" ");
    assert!(first.contains("ĐẢNG ỦY PHƯỜNG TRẤN"), "{first}");
}
