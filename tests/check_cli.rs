//! `vanban check` on drafts and Word files: exit codes, text and JSON output, the DOCX
//! layout audit on a good export and on a file with a colleague's usual mistakes.

mod check_common;
mod common;

use common::patch;

use std::path::Path;
use std::process::{Command, Output};
use vanban::rules::RuleSet;
use vanban::{check, export, store};

fn vanban(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .arg("--today")
        .arg("2026-12-10")
        .current_dir(dir)
        .output()
        .expect("run vanban")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn drafts_exit_codes_and_formats() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    store::save(&d.join("ok.ron"), &check_common::clean()).expect("save");
    let o = vanban(&["check", "ok.ron"], d);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("Không phát hiện sai sót về thể thức."));

    let mut bad = check_common::clean();
    bad.number = "Số: 15".into();
    bad.signature.on_behalf_of = "TM. BAN CHẤP HÀNH".into();
    bad.date.day = Some(6);
    store::save(&d.join("bad.ron"), &bad).expect("save");
    let o = vanban(&["check", "bad.ron"], d);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.contains("LỖI — Số văn bản [number.colon]"), "{text}");
    assert!(text.contains("LỖI — Chữ ký: tập thể/người đứng đầu [signature.state-form]"));
    assert!(
        text.contains("Kết quả: 2 lỗi, 0 cảnh báo, 0 gợi ý."),
        "{text}"
    );

    let o = vanban(&["check", "bad.ron", "--format", "json"], d);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v["errors"], 2);
    assert_eq!(v["findings"][0]["id"], "number.colon");
    assert_eq!(v["findings"][0]["severity_label"], "lỗi");
    assert_eq!(v["findings"][0]["place"], "Number");
    assert_eq!(v["findings"][0]["fix"]["safe"], true);

    let o = vanban(&["check", "bad.ron", "--only", "signature"], d);
    assert!(!stdout(&o).contains("number.colon"));

    // Warnings alone do not fail the check.
    let mut warn = check_common::clean();
    warn.place = "HẠ LONG".into();
    store::save(&d.join("warn.ron"), &warn).expect("save");
    assert_eq!(vanban(&["check", "warn.ron"], d).status.code(), Some(0));
}

#[test]
fn unreadable_input_exits_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::write(d.join("broken.ron"), "(format_version: 1, document: (").expect("write");
    std::fs::write(d.join("fake.docx"), "not a zip").expect("write");
    for args in [
        vec!["check", "missing.ron"],
        vec!["check", "broken.ron"],
        vec!["check", "fake.docx"],
        vec!["check", "missing.ron", "--rules", "no-such-rules"],
    ] {
        let o = vanban(&args, d);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("Lỗi: "), "{err}");
        assert!(!err.contains("panicked"));
    }
}

#[test]
fn docx_layout_audit() {
    let doc = vanban::templates::sample().expect("sample");
    let rules = RuleSet::by_id(&doc.rules).expect("rules");
    let good = export::docx(&doc, rules).expect("export");
    assert_eq!(layout_ids(&good, rules), Vec::<&str>::new());

    // A colleague's file: 2004 margins, Arial 13, page number on page 1, state forms.
    let bad = patch(&good, "word/document.xml", |x| {
        x.replace("w:top=\"1134\"", "w:top=\"1417\"")
            .replace("<w:titlePg />", "")
            .replace("<w:titlePg/>", "")
            .replace("Số 27-KL/TU", "Số: 27-KL/TU")
            .replace("- Lưu VPTU.", "- Lưu: VT.")
    });
    let bad = patch(&bad, "word/styles.xml", |x| {
        x.replace("w:ascii=\"Times New Roman\"", "w:ascii=\"Arial\"")
            .replace("<w:sz w:val=\"28\" />", "<w:sz w:val=\"26\" />")
    });
    let ids = layout_ids(&bad, rules);
    for id in [
        "layout.margins",
        "layout.font",
        "layout.body-size",
        "layout.page-number-first",
        // The text as written, judged by the received-file audit with its paragraph.
        "number.colon",
        "recipients.state-archive",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let found = check::layout_audit::audit_docx(&bad, rules).expect("audit");
    let margins = found
        .iter()
        .find(|f| f.id == "layout.margins")
        .expect("margins");
    assert!(
        margins
            .message
            .starts_with("Lề trang trên 25 mm, dưới 20 mm, trái 30 mm, phải 15 mm"),
        "{}",
        margins.message
    );

    // Through the command line: exit 1 on the bad file, 0 on the good one.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("good.docx"), &good).expect("write");
    std::fs::write(dir.path().join("bad.docx"), &bad).expect("write");
    assert_eq!(
        vanban(&["check", "good.docx"], dir.path()).status.code(),
        Some(0)
    );
    let o = vanban(&["check", "bad.docx"], dir.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("Tệp Word: lề trang [layout.margins]"));
}

fn layout_ids(bytes: &[u8], rules: &RuleSet) -> Vec<&'static str> {
    let today = vanban::model::DocDate::ymd(2026, 12, 3);
    check::received::audit_docx(bytes, Some(rules), today, &check::Filter::all())
        .expect("audit")
        .findings
        .iter()
        .filter(|f| f.severity == check::Severity::Error)
        .map(|f| f.id)
        .collect()
}

/// A Word file is audited under the rules of its own family and date, and the report
/// says which and why: our sample exported as a Party document of 2021 (36-HD), of 2026
/// (05-HD), and under the state rules (Nghị định 30).
#[test]
fn docx_rules_by_family_and_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = vanban::templates::sample().expect("sample");
    let cases = [
        (
            "dang-hd05-2026",
            vanban::model::DocDate::ymd(2026, 6, 9),
            "party",
        ),
        (
            "dang-hd36-2018",
            vanban::model::DocDate::ymd(2021, 8, 20),
            "party",
        ),
        (
            "nha-nuoc-nd30-2020",
            vanban::model::DocDate::ymd(2026, 6, 9),
            "state",
        ),
    ];
    for (id, date, family) in cases {
        doc.date = date;
        let rules = RuleSet::by_id(id).expect("rules");
        let bytes = export::docx(&doc, rules).expect("export");
        let name = format!("{id}.docx");
        std::fs::write(dir.path().join(&name), &bytes).expect("write");
        let o = vanban(&["check", &name, "--format", "json"], dir.path());
        let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        assert_eq!(json["rules"], id, "{json}");
        assert_eq!(json["family"], family, "{json}");
        let why = json["rules_why"].as_str().expect("why");
        assert!(
            why.contains(&format!(
                "{:02}/{:02}/{}",
                date.day.unwrap_or(0),
                date.month.unwrap_or(0),
                date.year
            )),
            "the date is given: {why}"
        );
        // No finding of the other family's rules.
        let ids: Vec<&str> = json["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter_map(|f| f["id"].as_str())
            .collect();
        for other in [
            "family.mixed",
            "signature.state-form",
            "signature.party-form",
            "number.colon",
            "number.state-colon",
        ] {
            assert!(!ids.contains(&other), "{id}: {other} in {ids:?}");
        }
    }
}
