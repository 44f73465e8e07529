//! Issue 11, item 3: rule-set files the clerk names (`--rules FILE`) are read bounded and
//! their numbers checked; a rule set's absurd number is refused with the field's name.

use std::path::Path;
use vanban::error::Error;
use vanban::rules::RuleSet;

const HD05: &str = include_str!("../templates/rules/dang-hd05-2026.ron");

fn refusal(result: Result<RuleSet, Error>) -> String {
    match result {
        Err(e @ Error::Io { .. }) => e.to_string(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn absurd_numbers_are_refused_with_the_fields_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (from, to, field) in [
        (
            "keep_body_lines: 2,",
            "keep_body_lines: 4294967295,",
            "signature.keep_body_lines",
        ),
        (
            "title_to_name_mm: 40.0,",
            "title_to_name_mm: 1e30,",
            "signature.title_to_name_mm",
        ),
        (
            "item_size_pt: 12.0,",
            "item_size_pt: 0.0,",
            "recipients.item_size_pt",
        ),
        ("line: Exact(18.0),", "line: Exact(NaN),", "body.line"),
        ("width_mm: 210.0,", "width_mm: -210.0,", "page.width_mm"),
        ("width_pct: 50,", "width_pct: 5000,", "recipients.width_pct"),
    ] {
        assert!(HD05.contains(from), "{from}");
        let path = dir.path().join("quy-tac.ron");
        std::fs::write(&path, HD05.replacen(from, to, 1)).expect("write");
        let msg = refusal(RuleSet::resolve(&path.to_string_lossy()));
        assert!(msg.contains(field) && msg.contains("ngoài khoảng"), "{msg}");
    }
    // The file as shipped passes.
    let path = dir.path().join("dung.ron");
    std::fs::write(&path, HD05).expect("write");
    let set = RuleSet::resolve(&path.to_string_lossy()).expect("valid");
    assert_eq!(Some(&set), RuleSet::by_id("dang-hd05-2026"));
}

#[test]
fn oversized_rule_files_are_refused_unread() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("lớn.ron");
    std::fs::File::create(&path)
        .expect("create")
        .set_len(2 * 1024 * 1024)
        .expect("size");
    let msg = refusal(RuleSet::resolve(&path.to_string_lossy()));
    assert!(msg.contains("quá lớn"), "{msg}");
}

/// Today's main reads /dev/zero until memory runs out.
#[cfg(unix)]
#[test]
fn a_device_is_not_read_as_a_rule_set() {
    let msg = refusal(RuleSet::resolve("/dev/zero"));
    assert!(msg.contains("không phải tệp thông thường"), "{msg}");
    assert!(Path::new("/dev/zero").exists());
}
