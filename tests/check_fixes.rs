//! Fixes: each safe fix removes its finding and nothing else; "fix all" converges; every
//! template and the sample draft pass with no errors.

mod check_common;

use check_common::{clean, findings_of, rules, today};
use vanban::check::{self, Severity};
use vanban::model::*;
use vanban::{store, templates};

/// A draft with many mechanical mistakes at once.
fn messy() -> Document {
    let mut d = clean();
    d.number = "Số: 15".into();
    d.place = "Hạ Long, ngày".into();
    d.archive = "Lưu VPTU.".into();
    d.recipients[1].name.push(';');
    d.recipients[2].name = "Các đồng chí Thành ủy viên (để biết)".into();
    d.signature.on_behalf_of = "T/M BAN CHẤP HÀNH".into();
    d.signature.name = "TS. Trần Minh Khoa".into();
    d.preamble[0].text = format!(
        "  Ngày 5/3/2026,Hội nghị  nghe báo cáo , {}",
        d.preamble[0].text
    );
    d.closing[0].text.push_str("/.");
    d
}

#[test]
fn fix_all_leaves_a_clean_document() {
    let mut d = messy();
    assert!(findings_of(&d).len() >= 10);
    let r = rules(&d);
    let applied = check::apply_safe_fixes(&mut d, r, today());
    assert!(applied >= 10, "{applied}");
    let left = findings_of(&d);
    assert!(left.is_empty(), "{left:#?}");
    assert_eq!(d.number, "15");
    assert_eq!(d.place, "Hạ Long");
    assert_eq!(d.archive, "VPTU");
    assert_eq!(d.recipients[2].note.as_deref(), Some("để biết"));
    assert_eq!(d.signature.on_behalf_of, "BAN CHẤP HÀNH");
    assert_eq!(d.signature.name, "Trần Minh Khoa");
    assert!(d.preamble[0]
        .text
        .starts_with("Ngày 05/3/2026, Hội nghị nghe báo cáo, "));
    assert!(d.closing[0].text.ends_with("Kết luận này."));
}

#[test]
fn each_safe_fix_removes_its_own_finding() {
    let d = messy();
    for f in findings_of(&d) {
        let Some(fix) = f.fix.as_ref().filter(|x| x.safe) else {
            continue;
        };
        let mut fixed = d.clone();
        check::apply_fix(&mut fixed, fix);
        let after = findings_of(&fixed);
        assert!(
            !after.iter().any(|g| g.id == f.id && g.place == f.place),
            "{} at {:?} survives its fix",
            f.id,
            f.place
        );
    }
}

#[test]
fn fixes_keep_formatting_spans_in_place() {
    let mut d = clean();
    d.preamble = vec![
        Paragraph::plain("Ngày 5/3/2026, Ban Thường vụ họp  và kết luận như sau:").with(
            15,
            28,
            Style::Bold,
        ),
    ];
    let r = rules(&d);
    check::apply_safe_fixes(&mut d, r, today());
    let p = &d.preamble[0];
    assert_eq!(
        p.text,
        "Ngày 05/3/2026, Ban Thường vụ họp và kết luận như sau:"
    );
    let bold: String = p
        .text
        .chars()
        .skip(p.spans[0].0)
        .take(p.spans[0].1 - p.spans[0].0)
        .collect();
    assert_eq!(bold, "Ban Thường vụ");
}

#[test]
fn nfd_text_is_an_error_with_a_safe_fix() {
    let mut d = clean();
    d.closing[0].text = "Ban Cha\u{302}\u{301}p ha\u{300}nh yêu cầu thực hiện nghiêm túc.".into();
    let found = findings_of(&d);
    assert!(found
        .iter()
        .any(|f| f.id == "text.nfc" && f.severity == Severity::Error));
    let r = rules(&d);
    check::apply_safe_fixes(&mut d, r, today());
    assert_eq!(
        d.closing[0].text,
        "Ban Chấp hành yêu cầu thực hiện nghiêm túc."
    );
}

#[test]
fn every_template_and_the_sample_pass_without_errors() {
    let today = DocDate::ymd(2026, 12, 10);
    for t in templates::all() {
        for doc in [
            t.document().expect("template"),
            t.new_draft(today).expect("draft"),
        ] {
            let rules = vanban::rules::RuleSet::by_id(&doc.rules).expect("rules");
            let found = check::run(&doc, rules, today);
            let serious: Vec<_> = found
                .iter()
                .filter(|f| f.severity != Severity::Hint)
                .collect();
            assert!(serious.is_empty(), "{}: {serious:#?}", t.id);
        }
    }
    let sample = templates::sample().expect("sample");
    let rules = vanban::rules::RuleSet::by_id(&sample.rules).expect("rules");
    let found = check::run(&sample, rules, today);
    assert!(found.is_empty(), "{found:#?}");
    // A fixed draft survives the RON round trip unchanged.
    let mut d = messy();
    let r = check_common::rules(&d);
    check::apply_safe_fixes(&mut d, r, today);
    let back = store::from_ron(
        &store::to_ron(&d).expect("save"),
        std::path::Path::new("x.ron"),
    )
    .expect("load");
    assert_eq!(back, d);
}
