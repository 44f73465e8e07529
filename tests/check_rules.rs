//! One case per rule: a fixture that triggers it (exact id, place and message) and the
//! clean fixture that does not. The clean fixture is the bundled "ket-luan-hoi-nghi"
//! template, numbered and dated, which must pass with no finding at all.

mod check_common;

use check_common::{clean, findings_of, today};
use vanban::check::{self, IssuerField, Place, SignatureField};
use vanban::model::*;

struct Case {
    id: &'static str,
    mutate: fn(&mut Document),
    place: Place,
    message: &'static str,
}

fn body(path: &[usize], range: Option<(usize, usize)>) -> Place {
    Place::Body {
        path: path.to_vec(),
        range,
    }
}

include!("fixtures/check/rule_cases.rs");

#[test]
fn clean_fixture_has_no_findings() {
    let doc = clean();
    let found = findings_of(&doc);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn every_rule_triggers_exactly_where_and_how() {
    let dump = std::env::var("VANBAN_DUMP").is_ok();
    let mut failures = Vec::new();
    for case in cases() {
        let mut doc = clean();
        (case.mutate)(&mut doc);
        let found = findings_of(&doc);
        let hit: Vec<_> = found.iter().filter(|f| f.id == case.id).collect();
        if dump {
            for f in &hit {
                println!("DUMP {} | {:?} | {}", f.id, f.place, f.message);
            }
        }
        match hit.first() {
            Some(f) if f.place == case.place && f.message == case.message => {}
            Some(f) => failures.push(format!(
                "{}: got place {:?}\n  message {:?}",
                case.id, f.place, f.message
            )),
            None => failures.push(format!("{}: not triggered; found {:#?}", case.id, found)),
        }
        // The clean fixture never triggers it.
        assert!(findings_of(&clean()).iter().all(|f| f.id != case.id));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rule_filter_selects_families_and_ids() {
    let mut doc = clean();
    doc.number = "Số: 15".into();
    doc.place = "Hạ Long, ngày".into();
    let only = check::Filter::parse("number");
    let found = check::run_filtered(&doc, check_common::rules(&doc), today(), &only);
    assert_eq!(
        found.iter().map(|f| f.id).collect::<Vec<_>>(),
        ["number.colon"]
    );
    let only = check::Filter::parse("date.place-form,number.colon");
    let found = check::run_filtered(&doc, check_common::rules(&doc), today(), &only);
    assert_eq!(found.len(), 2);
}

#[test]
fn severity_labels_are_vietnamese() {
    assert_eq!(check::Severity::Error.label(), "lỗi");
    assert_eq!(check::Severity::Warning.label(), "cảnh báo");
    assert_eq!(check::Severity::Hint.label(), "gợi ý");
}

#[allow(dead_code)]
fn unused(_: IssuerField, _: SignatureField) {}

#[test]
fn nested_under_nested_is_a_level_not_a_skip() {
    // "2.1.1." under "2.1." is the usual third level (seen in 36-HD itself).
    let mut doc = clean();
    if let Block::Section(roman) = &mut doc.body[0] {
        if let Block::Section(arabic) = &mut roman.content[1] {
            if let Block::Section(nested) = &mut arabic.content[1] {
                nested.content.push(
                    Section::heading(NumberStyle::Nested, "Về tổ chức")
                        .with(Paragraph::plain("Kiện toàn bộ máy."))
                        .into(),
                );
            }
        }
    }
    let found = findings_of(&doc);
    assert!(found.is_empty(), "{found:#?}");
}
