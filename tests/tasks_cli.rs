//! `vanban tasks`: the follow-up table of a record's tasks, as an Excel workbook read back
//! by openpyxl and as a Word annex checked by ../shared/ooxml/validate.py and read back by
//! python-docx; bad input exits with code 2 and writes nothing. In CI (CI=true) a missing
//! Python reader fails; elsewhere the test says it skipped.

mod common;

use common::{assert_bad_input, python_has, stderr, vanban};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use unicode_normalization::UnicodeNormalization;

const FIRST: &str =
    "Xây dựng Kế hoạch triển khai thực hiện Kết luận của Hội nghị, hoàn thành trước Tết Nguyên đán";
const SECOND: &str = "Tổng kết công tác chuyển đổi số năm 2099, đề xuất nhiệm vụ trọng tâm";
/// Typed with combining marks (as some Vietnamese keyboards send it): the table gets NFC.
const THIRD_NFC: &str = "Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ tới";

/// A conference record of the Ban Thường vụ with three tasks: one past its deadline (a
/// day), one due by a month, one without lead body or deadline.
fn record(tasks: &str) -> String {
    format!(
        r#"(
  format_version: 1,
  document: (
    kind: BienBan,
    rules: "dang-hd05-2026",
    issuer: (upper: ["ĐẢNG BỘ TỈNH QUẢNG NINH"], name: "THÀNH ỦY CẨM PHẢ", symbol: "TU"),
    place: "Cẩm Phả",
    date: (year: 2026, month: Some(12), day: Some(18)),
    signature: (authority: Role, on_behalf_of: "CHỦ TRÌ HỘI NGHỊ", title: "", name: "Phạm Quốc Bảo"),
    conference: Some((
      name: "Hội nghị lần thứ 9",
      held_by: Some(BanThuongVu),
      term: "XXIII",
      date: Some((year: 2026, month: Some(12), day: Some(18))),
      chair: "Phạm Quốc Bảo, Bí thư Thành ủy",
      secretary: "Lưu Thị Ngọc, Phó Chánh Văn phòng Thành ủy",
      agenda: [
        (
          title: "Kết quả thực hiện nhiệm vụ năm 2026",
          tasks: [{tasks}],
        ),
      ],
    )),
  ),
)
"#
    )
}

fn three_tasks() -> String {
    let third_nfd: String = THIRD_NFC.nfd().collect();
    assert_ne!(third_nfd, THIRD_NFC, "the fixture really is decomposed");
    format!(
        r#"
            (
              content: "{FIRST}",
              lead: "Văn phòng Thành ủy",
              cooperating: ["Ban Tổ chức Thành ủy", "Ban Tuyên giáo và Dân vận Thành ủy"],
              deadline: Some((year: 2020, month: Some(3), day: Some(15))),
            ),
            (
              content: "{SECOND}",
              lead: "Ủy ban nhân dân thành phố",
              deadline: Some((year: 2099, month: Some(12))),
            ),
            (content: "{third_nfd}"),
        "#
    )
}

fn write_record(dir: &Path) -> PathBuf {
    let path = dir.join("biên bản hn9.ron");
    fs::write(&path, record(&three_tasks())).expect("write record");
    path
}

fn python_json(script: &str, file: &Path) -> serde_json::Value {
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(file)
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json from python")
}

const READ_XLSX: &str = r#"
import json, sys, unicodedata, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
def val(v):
    return v.isoformat() if hasattr(v, "isoformat") else v
rows = [[val(c.value) for c in r] for r in ws.iter_rows()]
texts = [v for r in rows for v in r if isinstance(v, str)]
d = ws.cell(row=4, column=5)
print(json.dumps({
    "sheet": ws.title,
    "rows": rows,
    "all_nfc": all(unicodedata.is_normalized("NFC", t) for t in texts),
    "header_bold": [bool(c.font.b) for c in ws[3]],
    "header_border": all(c.border.left.style == "thin" for c in ws[3]),
    "row_bold": bool(ws.cell(row=4, column=2).font.b),
    "deadline_is_date": d.is_date,
    "deadline_format": d.number_format,
    "month_is_date": ws.cell(row=5, column=5).is_date,
    "wrap": bool(ws.cell(row=4, column=2).alignment.wrap_text),
    "font": ws.cell(row=4, column=2).font.name,
    "freeze": ws.freeze_panes,
    "widths": [ws.column_dimensions[c].width for c in "ABCDEFG"],
}, ensure_ascii=False))
"#;

#[test]
fn xlsx_has_the_tasks_with_real_dates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let draft = write_record(d);
    let draft_name = draft.file_name().and_then(|n| n.to_str()).expect("name");
    let o = vanban(&["tasks", draft_name, "-o", "theo dõi.xlsx"], d);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Đã ghi 3 nhiệm vụ"), "{out}");
    // The third task has neither lead body nor deadline: one warning each.
    let err = stderr(&o);
    assert!(err.contains("chưa có cơ quan chủ trì"), "{err}");
    assert!(err.contains("chưa có thời hạn"), "{err}");
    assert_eq!(err.matches("Chú ý:").count(), 2, "{err}");
    let xlsx = d.join("theo dõi.xlsx");
    assert_eq!(&fs::read(&xlsx).expect("written")[..2], b"PK");

    if !python_has("openpyxl") {
        return;
    }
    let v = python_json(READ_XLSX, &xlsx);
    let rows = v["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 6, "title, reference, header, 3 tasks: {rows:?}");
    assert_eq!(
        rows[0][0], "DANH MỤC NHIỆM VỤ THEO DÕI THỰC HIỆN",
        "{rows:?}"
    );
    let reference =
        "Biên bản Hội nghị Ban Thường vụ Thành ủy lần thứ 9, khóa XXIII, ngày 18/12/2026";
    assert_eq!(rows[1][0], format!("(Kèm theo {reference})"));
    assert_eq!(
        rows[2],
        serde_json::json!([
            "STT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời hạn",
            "Văn bản giao",
            "Tình trạng"
        ])
    );
    assert_eq!(
        rows[3],
        serde_json::json!([
            1,
            FIRST,
            "Văn phòng Thành ủy",
            "Ban Tổ chức Thành ủy;\nBan Tuyên giáo và Dân vận Thành ủy",
            "2020-03-15T00:00:00",
            reference,
            "Quá hạn"
        ])
    );
    assert_eq!(
        rows[4],
        serde_json::json!([
            2,
            SECOND,
            "Ủy ban nhân dân thành phố",
            null,
            "tháng 12/2099",
            reference,
            "Trong hạn"
        ])
    );
    assert_eq!(rows[5][1], THIRD_NFC, "NFC in the cell");
    // Empty cells are blank (bordered) cells.
    assert_eq!(rows[5][2], serde_json::Value::Null);
    assert_eq!(rows[5][4], serde_json::Value::Null);
    assert_eq!(rows[5][6], "Chưa có thời hạn");
    assert_eq!(v["all_nfc"], true);
    assert_eq!(v["header_bold"], serde_json::json!(vec![true; 7]));
    assert_eq!(v["header_border"], true);
    assert_eq!(v["row_bold"], false);
    assert_eq!(v["deadline_is_date"], true);
    assert_eq!(v["deadline_format"], "dd/mm/yyyy");
    assert_eq!(v["month_is_date"], false);
    assert_eq!(v["wrap"], true);
    assert_eq!(v["font"], "Times New Roman");
    assert_eq!(v["freeze"], "A4");
    let widths = v["widths"].as_array().expect("widths");
    assert!(
        widths.iter().all(|w| w.as_f64().is_some_and(|w| w >= 6.0)),
        "{widths:?}"
    );
}

const READ_DOCX: &str = r#"
import json, sys, docx
d = docx.Document(sys.argv[1])
s = d.sections[0]
t = d.tables[0]
print(json.dumps({
    "paragraphs": [p.text for p in d.paragraphs if p.text],
    "landscape": s.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE,
    "width_mm": round(s.page_width.mm),
    "height_mm": round(s.page_height.mm),
    "left_mm": round(s.left_margin.mm),
    "rows": [[c.text for c in r.cells] for r in t.rows],
    "header_repeats": t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None,
    "font": d.styles["Normal"].font.name or d.styles.element.xpath("//w:rPrDefault//w:rFonts/@w:ascii")[0],
}, ensure_ascii=False))
"#;

#[test]
fn docx_annex_is_valid_and_readable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let draft = write_record(d);
    // A KẾT LUẬN that keeps the record: the annex names the conclusion.
    let conclusion = fs::read_to_string(&draft)
        .expect("record")
        .replace("kind: BienBan", "kind: KetLuan")
        .replace(
            "place: \"Cẩm Phả\",",
            "number: \"15\",\n    place: \"Cẩm Phả\",",
        )
        .replace(
            "date: (year: 2026, month: Some(12), day: Some(18)),\n    signature",
            "date: (year: 2026, month: Some(12), day: Some(20)),\n    signature",
        )
        .replace(
            "(authority: Role, on_behalf_of: \"CHỦ TRÌ HỘI NGHỊ\", title: \"\"",
            "(authority: OnBehalf, on_behalf_of: \"BAN THƯỜNG VỤ\", title: \"BÍ THƯ\"",
        );
    fs::write(d.join("kl.ron"), conclusion).expect("write conclusion");
    let o = vanban(&["tasks", "kl.ron", "-o", "phụ lục.DOCX"], d);
    assert!(o.status.success(), "{}", stderr(&o));
    let annex = d.join("phụ lục.DOCX");
    assert_eq!(&fs::read(&annex).expect("written")[..2], b"PK");

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ooxml/validate.py");
    if python_has("lxml") {
        if script.exists() {
            let out = Command::new("python3")
                .arg(&script)
                .arg("--no-warnings")
                .arg(&annex)
                .output()
                .expect("run validate.py");
            let report = String::from_utf8_lossy(&out.stdout);
            assert_eq!(
                report.lines().last(),
                Some("0 violations"),
                "{report}\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        } else {
            let ci = std::env::var("CI").is_ok_and(|v| v == "true");
            assert!(!ci, "{} is required in CI", script.display());
            eprintln!("SKIPPED: {} not found", script.display());
        }
    }

    if !python_has("docx") {
        return;
    }
    let v = python_json(READ_DOCX, &annex);
    let kl = "Kết luận số 15-KL/TU, ngày 20/12/2026";
    assert_eq!(
        v["paragraphs"],
        serde_json::json!([
            "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ THEO DÕI THỰC HIỆN",
            format!("(Kèm theo {kl} của Ban Thường vụ Thành ủy)")
        ])
    );
    assert_eq!(v["landscape"], true);
    assert_eq!(v["width_mm"], 297);
    assert_eq!(v["height_mm"], 210);
    assert_eq!(v["left_mm"], 30);
    assert_eq!(v["header_repeats"], true);
    assert_eq!(v["font"], "Times New Roman");
    let rows = v["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0][0], "STT");
    assert_eq!(rows[0][6], "Tình trạng");
    assert_eq!(
        rows[1],
        serde_json::json!([
            "1",
            FIRST,
            "Văn phòng Thành ủy",
            "Ban Tổ chức Thành ủy\nBan Tuyên giáo và Dân vận Thành ủy",
            "15/03/2020",
            kl,
            "Quá hạn"
        ])
    );
    assert_eq!(rows[2][4], "tháng 12/2099");
    assert_eq!(rows[3][1], THIRD_NFC);
    assert_eq!(rows[3][6], "Chưa có thời hạn");
}

#[test]
fn no_tasks_no_file_and_never_the_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    fs::write(d.join("empty.ron"), record("")).expect("write");
    for out in ["x.xlsx", "x.docx"] {
        let o = vanban(&["tasks", "empty.ron", "-o", out], d);
        assert_bad_input(&o, "không có nhiệm vụ nào để theo dõi");
        assert!(!d.join(out).exists(), "{out} not written");
    }
    // A draft that keeps no record.
    fs::write(
        d.join("kl.ron"),
        r#"(format_version: 1, document: (kind: KetLuan, rules: "dang-hd05-2026",
            issuer: (name: "THÀNH ỦY CẨM PHẢ", symbol: "TU"), place: "Cẩm Phả",
            date: (year: 2026, month: Some(12)),
            signature: (authority: OnBehalf, on_behalf_of: "BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "Phạm Quốc Bảo")))"#,
    )
    .expect("write");
    let o = vanban(&["tasks", "kl.ron", "-o", "kl.xlsx"], d);
    assert_bad_input(&o, "không kèm bản ghi hội nghị");
    assert!(!d.join("kl.xlsx").exists());

    // The output is the input itself, or not a table format.
    let draft = write_record(d);
    let name = draft.file_name().and_then(|n| n.to_str()).expect("name");
    let before = fs::read(&draft).expect("record");
    let o = vanban(&["tasks", name, "-o", name, "--force"], d);
    assert_bad_input(&o, "chính là tệp nguồn");
    // The same file under a table's name (a hard link): still the input.
    if fs::hard_link(&draft, d.join("same.xlsx")).is_ok() {
        let o = vanban(&["tasks", name, "-o", "same.xlsx", "--force"], d);
        assert_bad_input(&o, "chính là tệp nguồn");
    }
    assert_eq!(fs::read(&draft).expect("record"), before, "input untouched");
    assert_bad_input(&vanban(&["tasks", name, "-o", "bảng.pdf"], d), ".xlsx");
    assert!(!d.join("bảng.pdf").exists());

    // An existing table (maybe filled in by the office) only with --force.
    fs::write(d.join("old.xlsx"), b"OLD").expect("old");
    assert_bad_input(&vanban(&["tasks", name, "-o", "old.xlsx"], d), "đã tồn tại");
    assert_eq!(fs::read(d.join("old.xlsx")).expect("old"), b"OLD");
    let o = vanban(&["tasks", name, "-o", "old.xlsx", "--force"], d);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(&fs::read(d.join("old.xlsx")).expect("new")[..2], b"PK");
}

#[test]
fn help_names_the_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = vanban(&["--help"], dir.path());
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("tasks"), "{out}");
    assert!(out.contains("bảng theo dõi nhiệm vụ"), "{out}");
    let o = vanban(&["tasks", "--help"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains(".xlsx"));
}
