//! Drafts: lossless RON round trip, NFC on the way in, clear refusals.

mod common;

use common::every_feature;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;
use vanban::error::Error;
use vanban::store;

#[test]
fn ron_round_trip_is_lossless() {
    let doc = every_feature();
    let text = store::to_ron(&doc).expect("serialize");
    assert!(text.contains("format_version: 1"));
    let back = store::from_ron(&text, Path::new("x.ron")).expect("parse");
    assert_eq!(back, doc);
    // And through a file.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("Bản thảo kết luận.ron");
    store::save(&path, &doc).expect("save");
    assert_eq!(store::load(&path).expect("load"), doc);
}

#[test]
fn decomposed_text_is_stored_nfc() {
    // A draft typed with a decomposing keyboard: every string NFD, offsets counted in NFD.
    let mut nfd_doc = every_feature();
    nfd_doc.spans_and_notes_cleared();
    let nfc_text = store::to_ron(&nfd_doc).expect("serialize");
    let nfd_text: String = nfc_text.nfd().collect();
    assert_ne!(nfd_text, nfc_text);
    let back = store::from_ron(&nfd_text, Path::new("nfd.ron")).expect("parse");
    assert_eq!(back, nfd_doc, "NFD input comes back as the NFC document");
}

trait ClearFormatting {
    fn spans_and_notes_cleared(&mut self);
}

impl ClearFormatting for vanban::model::Document {
    /// Offsets in an NFD file count NFD chars; the paragraph unit tests cover their
    /// mapping, so this whole-file test uses unformatted text.
    fn spans_and_notes_cleared(&mut self) {
        vanban::model::body::for_each_paragraph_mut(&mut self.body, &mut |p| {
            p.spans.clear();
            p.notes.clear();
        });
    }
}

#[test]
fn malformed_draft_reports_line_and_column() {
    let text = store::to_ron(&every_feature()).expect("serialize");
    let cut: String = text.chars().take(text.chars().count() / 2).collect();
    match store::from_ron(&cut, Path::new("cut.ron")) {
        Err(Error::Parse { line, col, .. }) => assert!(line > 1 && col >= 1),
        other => panic!("expected a parse error, got {other:?}"),
    }
    let wrong_type = text.replacen("year: 2026", "year: \"hai nghìn\"", 1);
    let err = store::from_ron(&wrong_type, Path::new("t.ron")).expect_err("wrong type");
    let msg = err.to_string();
    assert!(msg.contains("dòng") && msg.contains("cột"), "{msg}");
}

#[test]
fn newer_drafts_are_refused() {
    let text = store::to_ron(&every_feature())
        .expect("serialize")
        .replacen("format_version: 1", "format_version: 9", 1)
        // A future field this version does not know.
        .replacen("kind:", "layout_hints: [1, 2], kind:", 1);
    match store::from_ron(&text, Path::new("new.ron")) {
        Err(Error::NewerFormat { found: 9, .. }) => {}
        other => panic!("expected NewerFormat, got {other:?}"),
    }
}
