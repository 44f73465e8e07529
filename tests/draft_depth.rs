//! Issue 11, item 9: the outline's depth is bounded where it is made (the editor) and where
//! it is written (save), both within what the reader opens, and a hostile file nested
//! deeper is refused with a message, not a stack overflow.

mod common;

use std::path::Path;
use vanban::error::Error;
use vanban::model::outline::{self, MAX_DEPTH};
use vanban::model::{Block, NumberStyle, Paragraph, Section, Style};
use vanban::store::{self, READABLE_DEPTH};

/// A chain of sections `levels` deep, each title formatted and footnoted (the costliest
/// paragraph for the reader), ending in a formatted paragraph.
fn chain(levels: usize) -> Vec<Block> {
    let para = || {
        Paragraph::plain("Tập trung chỉ đạo")
            .with(0, 4, Style::Bold)
            .note(3, "Chú thích")
    };
    let mut block: Block = para().into();
    for _ in 1..levels {
        block = Section::item(NumberStyle::Plus, para()).with(block).into();
    }
    vec![block]
}

fn round_trip(body: Vec<Block>) -> Result<(), Error> {
    let mut doc = common::every_feature();
    doc.body = body;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sâu.ron");
    store::save(&path, &doc)?;
    assert_eq!(store::load(&path)?, doc);
    Ok(())
}

#[test]
fn the_reader_opens_several_times_what_the_editor_makes() {
    const { assert!(READABLE_DEPTH >= 2 * MAX_DEPTH) };
    round_trip(chain(MAX_DEPTH)).expect("the editor's deepest");
    round_trip(chain(READABLE_DEPTH)).expect("the deepest a draft may be saved with");
}

#[test]
fn deeper_than_readable_is_not_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("quá sâu.ron");
    let mut doc = common::every_feature();
    doc.body = chain(READABLE_DEPTH + 1);
    let msg = store::save(&path, &doc).expect_err("too deep").to_string();
    assert!(
        msg.contains("lồng nhau") && msg.contains("Shift+Tab"),
        "{msg}"
    );
    assert!(!path.exists(), "nothing written");
    assert_eq!(outline::depth(&doc.body), READABLE_DEPTH + 1);
}

/// Parses `text` as a draft on a thread with the 1 MB stack of a Windows main thread:
/// the test runs in a debug build, whose frames are the largest.
fn parse_on_small_stack(text: String) -> Result<(), Error> {
    std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(move || store::from_ron(&text, Path::new("sâu.ron")).map(|_| ()))
        .expect("thread")
        .join()
        .expect("no stack overflow")
}

/// Hand-made files nested far deeper than the limit, as outline sections and as bare
/// lists in a field unknown to this version (skipped, but parsed): a clear refusal, not
/// a stack overflow.
#[test]
fn a_hostile_nesting_is_refused_without_exhausting_the_stack() {
    let text = store::to_ron(&common::every_feature()).expect("serialize");
    let n = 100_000;
    let sections = format!(
        "{}{}",
        "Section((style: Plus, kind: Item, title: (text: \"x\"), content: [".repeat(n),
        "]))".repeat(n)
    );
    let lists = format!("{}{}", "[".repeat(n), "]".repeat(n));
    for hostile in [
        text.replacen("body: [", &format!("body: [{sections}, "), 1),
        text.replacen("kind: ", &format!("future: {lists}, kind: "), 1),
    ] {
        let msg = parse_on_small_stack(hostile)
            .expect_err("refused")
            .to_string();
        assert!(msg.contains("lồng nhau quá sâu"), "{msg}");
    }
    // And the deepest readable draft on the same stack.
    let mut doc = common::every_feature();
    doc.body = chain(READABLE_DEPTH);
    parse_on_small_stack(store::to_ron(&doc).expect("serialize")).expect("reads");
}
