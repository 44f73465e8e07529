//! Our own export of the new parts, read back (issue 14, proof: export → import → the
//! same draft): each text fixture of tests/fixtures/import/parts/ is imported, exported
//! under every Party rule set, imported again, and every new part must come back.

use std::path::PathBuf;
use vanban::import::{import_bytes, import_path, Options};
use vanban::model::Document;
use vanban::rules::RuleSet;

const FIXTURES: [&str; 6] = [
    "bao-cao-chinh-tri.txt",
    "quy-che-ba-dong.txt",
    "cong-van-kinh-gui.txt",
    "to-trinh-kinh-trinh.txt",
    "quyet-dinh-can-cu.txt",
    "ke-hoach-du-thao-phu-luc.txt",
];

fn draft(name: &str) -> Document {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import/parts")
        .join(name);
    import_path(&path, &Options::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .document
}

/// The parts this issue adds, side by side, for one comparison with a readable diff.
fn parts(d: &Document) -> String {
    let bases: Vec<&str> = d.bases.iter().map(|p| p.text.as_str()).collect();
    format!(
        "kind {:?}\ntheme {:?}\nsubject {:?}\naddressees {:?}\nbases {:?}\nenacting {:?}\nmarks {:?}\nsignature {:?} / {:?} / {:?}\nappendices {:?}\nbody {:?}",
        d.kind,
        d.theme,
        d.subject,
        d.addressees,
        bases,
        d.enacting,
        d.marks,
        d.signature.title,
        d.signature.concurrent,
        d.signature.name,
        d.appendices,
        d.body,
    )
}

#[test]
fn the_new_parts_survive_export_and_import_under_every_party_rule_set() {
    for name in FIXTURES {
        for rules_id in ["dang-hd05-2026", "dang-hd36-2018"] {
            let rules = RuleSet::by_id(rules_id).expect("rule set");
            let mut doc = draft(name);
            doc.rules = rules_id.to_owned();
            // An appendix on landscape pages comes back landscape (its own section), one
            // on portrait pages portrait.
            let landscape = rules_id == "dang-hd05-2026";
            doc.appendices
                .iter_mut()
                .for_each(|a| a.landscape = landscape);
            let bytes = vanban::export::docx(&doc, rules).unwrap_or_else(|e| panic!("{name}: {e}"));
            let back = import_bytes(&bytes, name, &Options::default())
                .unwrap_or_else(|e| panic!("{name}: {e}"))
                .document;
            assert_eq!(parts(&back), parts(&doc), "{name} under {rules_id}");
        }
    }
}
