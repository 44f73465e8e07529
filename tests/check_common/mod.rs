//! Fixtures shared by the checker tests.
#![allow(dead_code)]

use vanban::check::{self, Finding};
use vanban::model::{DocDate, Document};
use vanban::rules::{RuleSet, System};
use vanban::templates;

/// The day the fixtures are checked on.
pub fn today() -> DocDate {
    DocDate::ymd(2026, 12, 10)
}

/// The "ket-luan-hoi-nghi" template, numbered and dated: a document ready for signing.
pub fn clean() -> Document {
    let mut doc = templates::find("ket-luan-hoi-nghi")
        .and_then(|t| t.document())
        .expect("template");
    doc.number = "15".into();
    doc.date = DocDate::ymd(2026, 12, 5);
    doc
}

/// The rule set the draft names, or the one in force when it names none we know.
pub fn rules(doc: &Document) -> &'static RuleSet {
    RuleSet::by_id(&doc.rules).unwrap_or_else(|| RuleSet::in_force(System::Party, &doc.date))
}

pub fn findings_of(doc: &Document) -> Vec<Finding> {
    check::run(doc, rules(doc), today())
}
