//! Issue 11: hostile and careless drafts, recovery copies and profiles. Each is refused
//! with a Vietnamese message, quickly, and the file is left as it was.

mod common;

use std::path::{Path, PathBuf};
use vanban::error::Error;
use vanban::model::outline;
use vanban::model::{Block, NumberStyle, Paragraph, Section};
use vanban::store;

fn draft_text() -> String {
    store::to_ron(&common::every_feature()).expect("serialize")
}

fn expect_newer(text: &str, found: u32) {
    match store::from_ron(text, Path::new("mới.ron")) {
        Err(e @ Error::NewerFormat { .. }) => {
            assert!(matches!(e, Error::NewerFormat { found: f, .. } if f == found));
            assert!(e.to_string().contains("phiên bản vanban mới hơn"));
        }
        other => panic!("expected NewerFormat {{ found: {found} }}, got {other:?}"),
    }
}

/// Item 2: the version that counts is the one the parser reads, however it is spelled.
#[test]
fn newer_drafts_are_refused_however_the_version_is_written() {
    let text = draft_text();
    let current = "format_version: 1,";
    assert!(text.contains(current));
    for (spelling, found) in [("0x3E7", 999), ("1_000", 1000), ("+999", 999), ("0b10", 2)] {
        expect_newer(
            &text.replacen(current, &format!("format_version: {spelling},"), 1),
            found,
        );
    }
    // A comment that looks like the field, before the real one.
    expect_newer(
        &format!(
            "// format_version: 1\n{}",
            text.replacen(current, "format_version: 7,", 1)
        ),
        7,
    );
    // The field after the document, whose text mentions the field.
    let after = text.replacen(&format!("  {current}\n"), "", 1).replacen(
        "subject: [",
        "subject: [\n      \"format_version: 1\",",
        1,
    );
    let after = format!(
        "{},\n  format_version: 2,\n)",
        after
            .trim_end()
            .trim_end_matches(')')
            .trim_end()
            .trim_end_matches(',')
    );
    expect_newer(&after, 2);
}

/// Item 2: a newer draft that this version cannot parse is called newer, not malformed.
#[test]
fn a_newer_draft_that_does_not_parse_is_still_called_newer() {
    let text = draft_text()
        .replacen("format_version: 1,", "format_version: 0x2,", 1)
        .replacen("kind: KetLuan", "kind: BaoCaoMoi", 1);
    expect_newer(&text, 2);
    // Too large for this version's field: newer all the same.
    let huge = draft_text().replacen("format_version: 1,", "format_version: 99999999999,", 1);
    expect_newer(&huge, u32::MAX);
    // Same version, other spelling: read as usual.
    let same = draft_text().replacen("format_version: 1,", "format_version: 0x1,", 1);
    assert_eq!(
        store::from_ron(&same, Path::new("x.ron")).expect("reads"),
        common::every_feature()
    );
}

fn hash(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read back")
}

/// Item 2: the recovery copy carries a version too.
#[test]
fn a_newer_recovery_copy_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    store::recovery::write(dir.path(), None, &common::every_feature()).expect("write");
    let path = dir.path().join("khoi-phuc.ron");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replacen("format_version: 1,", "format_version: 5,", 1),
    )
    .expect("write");
    let before = hash(&path);
    match store::recovery::read(dir.path()) {
        Err(Error::NewerFormat { found: 5, .. }) => {}
        other => panic!("expected NewerFormat, got {other:?}"),
    }
    assert_eq!(hash(&path), before);
}

/// A sparse file just over 64 MB: nothing to read, but its size alone refuses it.
fn oversized(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(64 * 1024 * 1024 + 1).expect("size");
    path
}

fn expect_refused(result: Result<impl std::fmt::Debug, Error>, words: &str) {
    match result {
        Err(e @ Error::Io { .. }) => {
            let msg = e.to_string();
            assert!(msg.contains(words), "{msg}");
        }
        other => panic!("expected a refusal ({words}), got {other:?}"),
    }
}

/// Item 5: a draft, recovery copy or profile too large to be ours is refused unread.
#[test]
fn oversized_files_are_refused_unread() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = oversized(dir.path(), "lớn.ron");
    expect_refused(store::load(&draft), "quá lớn");
    oversized(dir.path(), "khoi-phuc.ron");
    expect_refused(store::recovery::read(dir.path()), "quá lớn");
    // A profile is a few KB: 5 MB is not one.
    let profile = dir.path().join("profile.ron");
    std::fs::File::create(&profile)
        .expect("create")
        .set_len(5 * 1024 * 1024)
        .expect("size");
    expect_refused(store::profile::load(dir.path()), "quá lớn");
}

/// Item 5: a large real draft (a 9 MB text import makes one of ≈ 10 MB) still opens.
#[test]
fn a_ten_megabyte_draft_opens() {
    let mut doc = common::every_feature();
    let long = "Tập trung chỉ đạo phát triển kinh tế - xã hội. ".repeat(200);
    doc.body = (0..1000)
        .map(|_| Block::Para(Paragraph::plain(long.as_str())))
        .collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dài.ron");
    store::save(&path, &doc).expect("save");
    assert!(std::fs::metadata(&path).expect("size").len() > 10_000_000);
    assert_eq!(store::load(&path).expect("load").body.len(), 1000);
}

/// Item 5: a device or a pipe is not a draft; neither is read (a FIFO would block).
#[cfg(unix)]
#[test]
fn devices_and_pipes_are_refused() {
    expect_refused(
        store::load(Path::new("/dev/zero")),
        "không phải tệp thông thường",
    );
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["ống.ron", "khoi-phuc.ron", "profile.ron"] {
        let status = std::process::Command::new("mkfifo")
            .arg(dir.path().join(name))
            .status()
            .expect("mkfifo");
        assert!(status.success());
    }
    let words = "không phải tệp thông thường";
    expect_refused(store::load(&dir.path().join("ống.ron")), words);
    expect_refused(store::recovery::read(dir.path()), words);
    expect_refused(store::profile::load(dir.path()), words);
}

/// Item 9: Tab and "add a child", pressed over and over as a clerk might, stop at a depth
/// the draft can be saved and reopened with.
#[test]
fn the_deepest_outline_the_editor_makes_round_trips() {
    let mut doc = common::every_feature();
    doc.body = vec![Section::heading(NumberStyle::RomanDash, "MỤC TIÊU").into()];
    let mut path = vec![0];
    for _ in 0..100 {
        let child = outline::new_child(&doc.body, &path);
        match outline::insert_child(&mut doc.body, &path, child) {
            Some(p) => path = p,
            None => break,
        }
    }
    // Then a paragraph under the deepest section, and Tab on a second top-level section.
    outline::insert_child(&mut doc.body, &path, Paragraph::plain("Nội dung").into());
    doc.body
        .push(Section::heading(NumberStyle::RomanDash, "GIẢI PHÁP").into());
    for _ in 0..100 {
        let last = vec![doc.body.len() - 1];
        if outline::indent(&mut doc.body, &last).is_none() {
            break;
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("sâu.ron");
    store::save(&file, &doc).expect("save");
    assert_eq!(store::load(&file).expect("reopen"), doc);
}
