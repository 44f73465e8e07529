//! Every export is valid against the ECMA-376 Transitional schemas Word holds files to:
//! `../shared/ooxml/validate.py` (python3 + lxml) reports no violation for the sample and
//! every template under every rule set, nor for a draft with footnotes, mirror margins and
//! urgency/secrecy marks. In CI (CI=true) a missing validator fails; elsewhere the test
//! says it skipped.

mod common;

use common::{
    assert_schema_valid, every_feature, every_part_decision, every_part_letter, part,
    schema_validator,
};
use std::path::Path;
use vanban::export;
use vanban::model::{
    Authority, Cosigner, Document, Recipient, Secrecy, Signature, SignerPlace, Urgency,
};
use vanban::rules::RuleSet;
use vanban::templates;

const RULE_SETS: [&str; 3] = ["dang-hd05-2026", "dang-hd36-2018", "nha-nuoc-nd30-2020"];

/// The drafts to check, by file name.
fn drafts() -> Vec<(String, Document, RuleSet)> {
    let mut out = Vec::new();
    let sample = templates::sample().expect("sample");
    for rules in RULE_SETS {
        let set = RuleSet::by_id(rules).expect("bundled rules").clone();
        out.push((format!("sample-{rules}"), sample.clone(), set.clone()));
        for t in templates::all() {
            let doc = t.document().expect("template");
            out.push((format!("{}-{rules}", t.id), doc, set.clone()));
        }
        // Minutes with every row of the closing table: two signers, a confirmation
        // across both columns, recipients under them.
        let mut minutes = templates::find("bien-ban-hoi-nghi")
            .and_then(|t| t.document())
            .expect("minutes");
        minutes.cosigners.push(Cosigner {
            place: SignerPlace::Centred,
            lead: "Xác nhận chữ ký của đồng chí Nguyễn Văn An".into(),
            signature: Signature {
                authority: Authority::Delegated,
                on_behalf_of: "BAN THƯỜNG VỤ".into(),
                title: "CHÁNH VĂN PHÒNG".into(),
                name: "Trần Thị Mai".into(),
                concurrent: String::new(),
            },
        });
        minutes.recipients = vec![Recipient::new("Ban Tổ chức Tỉnh ủy")];
        out.push((format!("minutes-confirmed-{rules}"), minutes, set.clone()));
        // Footnotes, urgency and secrecy marks, duplex (mirrored) margins.
        let mut doc = every_feature();
        doc.urgency = Some(Urgency::ThuongKhan);
        doc.secrecy = Some(Secrecy::Mat);
        let mut mirrored = set.clone();
        mirrored.page.mirror_margins = true;
        out.push((format!("features-{rules}"), doc, mirrored));
        // Kính gửi, căn cứ, marks, appendices (one landscape), a "kiêm" signature.
        out.push((format!("letter-{rules}"), every_part_letter(), set.clone()));
        out.push((
            format!("decision-{rules}"),
            every_part_decision(),
            set.clone(),
        ));
    }
    out
}

#[test]
fn every_export_is_schema_valid() {
    let Some(script) = schema_validator() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = Vec::new();
    for (name, doc, rules) in drafts() {
        let path = dir.path().join(format!("{name}.docx"));
        export::docx_to_file(&doc, &rules, &path).expect("export");
        files.push(path);
    }
    assert_schema_valid(&script, &files);
}

/// What the validator only warns about, but Word users notice.
#[test]
fn package_details_word_expects() {
    let set = RuleSet::by_id("dang-hd05-2026").expect("bundled rules");
    let mut mirrored = set.clone();
    mirrored.page.mirror_margins = true;
    let docx = export::docx(&every_feature(), &mirrored).expect("export");

    let styles = part(&docx, "word/styles.xml");
    assert!(
        styles.contains(r#"<w:lang w:val="vi-VN""#),
        "Vietnamese proofing"
    );

    let settings = part(&docx, "word/settings.xml");
    let zoom = settings.find("<w:zoom").expect("zoom");
    let mirror = settings.find("<w:mirrorMargins").expect("mirror margins");
    assert!(zoom < mirror, "mirrorMargins after zoom: {settings}");
    assert!(settings.contains("<w:footnotePr>"), "{settings}");

    let notes = part(&docx, "word/footnotes.xml");
    assert!(notes.contains(r#"w:type="separator" w:id="-1""#), "{notes}");
    assert!(
        notes.contains(r#"w:type="continuationSeparator" w:id="0""#),
        "{notes}"
    );

    let core = part(&docx, "docProps/core.xml");
    assert!(
        core.contains("<dc:creator>THÀNH ỦY HẠ LONG</dc:creator>"),
        "{core}"
    );
    assert!(
        !core.contains("1970-01-01"),
        "export time, not the epoch: {core}"
    );

    let zip = zip::ZipArchive::new(std::io::Cursor::new(&docx)).expect("zip");
    let names: Vec<&str> = zip.file_names().collect();
    for unused in [
        "word/comments.xml",
        "word/commentsExtended.xml",
        "word/numbering.xml",
    ] {
        assert!(!names.contains(&unused), "{unused} written: {names:?}");
    }
    assert!(!names.iter().any(|n| n.ends_with('/')), "folder entries");
    let rels = part(&docx, "word/_rels/document.xml.rels");
    assert!(!rels.contains("comments"), "{rels}");
    let types = part(&docx, "[Content_Types].xml");
    assert!(!types.contains("comments") && !types.contains("numbering.xml"));
}

/// A Word-authored resolution, imported and exported again under every rule set, is
/// schema-valid too: nothing Word wrote survives into the export in a form Word rejects.
#[test]
fn word_file_reexported_is_schema_valid() {
    let Some(script) = schema_validator() else {
        return;
    };
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/spec/sources/36-HD-VPTW-2018.docx");
    if !source.exists() {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        assert!(!ci, "{} is required in CI", source.display());
        eprintln!("SKIPPED: {} not found", source.display());
        return;
    }
    let imported = vanban::import::import_path(&source, &vanban::import::Options::default())
        .expect("import the Word file");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = Vec::new();
    for rules in RULE_SETS {
        let set = RuleSet::by_id(rules).expect("bundled rules");
        let mut doc = imported.document.clone();
        doc.rules = rules.to_owned();
        let path = dir.path().join(format!("36-HD-VPTW-2018-{rules}.docx"));
        export::docx_to_file(&doc, set, &path).expect("export");
        files.push(path);
    }
    assert_schema_valid(&script, &files);
}
