//! Round trip: a draft exported to DOCX by `vanban::export::docx` imports back to the
//! same draft. The conference facts are not printed in a DOCX, so they are left out of
//! the comparison; everything else must match field by field.

use std::path::PathBuf;
use vanban::export;
use vanban::import::{import_bytes, import_path, Options};
use vanban::model::Document;
use vanban::rules::RuleSet;
use vanban::templates;

fn export_import(doc: &Document) -> Document {
    let rules = RuleSet::by_id(&doc.rules).expect("bundled rules");
    let bytes = export::docx(doc, rules).expect("export");
    let imported = import_bytes(&bytes, "roundtrip.docx", &Options::default()).expect("import");
    imported.document
}

fn assert_same(name: &str, expected: &Document, got: &Document) {
    let mut expected = expected.clone();
    expected.conference = None;
    // Field by field first, for a readable failure.
    assert_eq!(got.kind, expected.kind, "{name}: kind");
    assert_eq!(got.rules, expected.rules, "{name}: rules");
    assert_eq!(got.issuer, expected.issuer, "{name}: issuer");
    assert_eq!(got.number, expected.number, "{name}: number");
    assert_eq!(
        (got.urgency, got.secrecy),
        (expected.urgency, expected.secrecy),
        "{name}: marks"
    );
    assert_eq!(got.place, expected.place, "{name}: place");
    assert_eq!(got.date, expected.date, "{name}: date");
    assert_eq!(got.subject, expected.subject, "{name}: subject");
    assert_eq!(got.preamble, expected.preamble, "{name}: preamble");
    for (i, (g, e)) in got.body.iter().zip(&expected.body).enumerate() {
        assert_eq!(g, e, "{name}: body block {i}");
    }
    assert_eq!(got.body.len(), expected.body.len(), "{name}: body length");
    assert_eq!(got.closing, expected.closing, "{name}: closing");
    assert_eq!(got.recipients, expected.recipients, "{name}: recipients");
    assert_eq!(got.archive, expected.archive, "{name}: archive");
    assert_eq!(got.signature, expected.signature, "{name}: signature");
    assert_eq!(got, &expected, "{name}");
}

#[test]
fn templates_and_sample_survive_export_and_import() {
    for t in templates::all() {
        let doc = t.document().expect("template");
        assert_same(t.id, &doc, &export_import(&doc));
    }
    let sample = templates::sample().expect("sample");
    assert_same("sample", &sample, &export_import(&sample));
}

#[test]
fn seeds_survive_import_export_import() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    for prefix in ["000_", "001_", "003_"] {
        let path = std::fs::read_dir(&dir)
            .expect("seeds")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
            })
            .expect("seed");
        let first = import_path(&path, &Options::default())
            .expect("seed imports")
            .document;
        let second = export_import(&first);
        assert_same(prefix, &first, &second);
        // And once more: a fixed point.
        assert_same(prefix, &second, &export_import(&second));
    }
}

#[test]
fn every_rule_set_round_trips_the_sample() {
    let mut sample = templates::sample().expect("sample");
    for rules in RuleSet::builtin() {
        sample.rules = rules.id.clone();
        // The importer picks the rule set in force on the date: date the draft to match.
        sample.date = vanban::model::DocDate::ymd(
            rules.in_force_from.0,
            rules.in_force_from.1,
            rules.in_force_from.2.max(1),
        );
        let bytes = export::docx(&sample, rules).expect("export");
        let back = import_bytes(&bytes, "x.docx", &Options::default())
            .expect("import")
            .document;
        assert_eq!(
            back.rules, rules.id,
            "system and date give the rule set back"
        );
        assert_eq!(back.recipients, sample.recipients, "{}", rules.id);
        assert_eq!(back.signature, sample.signature, "{}", rules.id);
        assert_eq!(back.body, sample.body, "{}", rules.id);
    }
}
