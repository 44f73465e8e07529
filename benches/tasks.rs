//! The follow-up table of 200 tasks, as an Excel workbook and as a Word annex. Run with
//! `cargo bench --bench tasks`. Target: either file < 100 ms.

use vanban::model::{AgendaItem, Conference, DocDate, Task};
use vanban::rules::RuleSet;
use vanban::tasks;

fn main() {
    divan::main();
}

/// A record of 20 agenda items with 10 tasks each: a day, a month or no deadline in turn.
fn record() -> vanban::model::Document {
    let mut doc = vanban::templates::find("ket-luan-ban-thuong-vu")
        .and_then(|t| t.document())
        .expect("template");
    let agenda = (1..=20)
        .map(|i| AgendaItem {
            title: format!("Nội dung {i}"),
            tasks: (1..=10u8)
                .map(|k| Task {
                    content: format!(
                        "Nhiệm vụ {i}.{k}: xây dựng kế hoạch triển khai, kiểm tra, đôn đốc việc thực hiện và báo cáo kết quả với Ban Thường vụ Thành ủy"
                    ),
                    lead: "Ban Tuyên giáo và Dân vận Thành ủy".into(),
                    cooperating: vec!["Văn phòng Thành ủy".into(), "Ban Tổ chức Thành ủy".into()],
                    deadline: match k % 3 {
                        0 => None,
                        1 => Some(DocDate::ymd(2027, k, 15)),
                        _ => Some(DocDate { year: 2027, month: Some(k), day: None }),
                    },
                })
                .collect(),
            ..AgendaItem::default()
        })
        .collect();
    doc.conference
        .get_or_insert_with(Conference::default)
        .agenda = agenda;
    doc
}

#[divan::bench(sample_count = 20)]
fn xlsx_200_tasks(bencher: divan::Bencher) {
    let doc = record();
    let rules = RuleSet::by_id("dang-hd05-2026").expect("rules");
    let rows = tasks::rows(&doc, rules, DocDate::ymd(2027, 6, 1)).expect("rows");
    assert_eq!(rows.len(), 200);
    bencher.bench(|| tasks::workbook(divan::black_box(&rows), &doc, rules).expect("xlsx"));
}

#[divan::bench(sample_count = 20)]
fn docx_annex_200_tasks(bencher: divan::Bencher) {
    let doc = record();
    let rules = RuleSet::by_id("dang-hd05-2026").expect("rules");
    let rows = tasks::rows(&doc, rules, DocDate::ymd(2027, 6, 1)).expect("rows");
    bencher.bench(|| tasks::annex_docx(divan::black_box(&rows), &doc, rules).expect("docx"));
}
