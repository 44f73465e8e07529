use super::*;
use crate::model::{AgendaItem, Conference, Task};

fn date(y: u16, m: u8, d: Option<u8>) -> DocDate {
    DocDate {
        year: y,
        month: Some(m),
        day: d,
    }
}

fn rules() -> RuleSet {
    RuleSet::by_id("dang-hd05-2026").expect("bundled").clone()
}

/// The Ban Thường vụ's conclusion template, numbered and dated, with a record of three
/// tasks.
fn conclusion() -> Document {
    let mut doc = crate::templates::find("ket-luan-ban-thuong-vu")
        .and_then(|t| t.document())
        .expect("template");
    doc.number = "15".into();
    doc.date = DocDate::ymd(2026, 12, 20);
    let c = doc.conference.get_or_insert_with(Conference::default);
    c.name = "Hội nghị lần thứ 8".into();
    c.term = "XVI".into();
    c.date = Some(DocDate::ymd(2026, 12, 18));
    c.agenda = vec![
        AgendaItem {
            title: "Công tác năm 2027".into(),
            tasks: vec![
                Task {
                    content: "Xây dựng kế hoạch thực hiện".into(),
                    lead: "Văn phòng Thành ủy".into(),
                    cooperating: vec!["Ban Tổ chức Thành ủy".into(), " ".into()],
                    deadline: Some(DocDate::ymd(2027, 1, 15)),
                },
                Task {
                    content: "  ".into(),
                    ..Task::default()
                },
            ],
            ..AgendaItem::default()
        },
        AgendaItem {
            title: "Chuyển đổi số".into(),
            tasks: vec![Task {
                content: "báo cáo kết quả chuyển đổi số".into(),
                deadline: Some(date(2027, 3, None)),
                ..Task::default()
            }],
            ..AgendaItem::default()
        },
    ];
    doc
}

#[test]
fn status_against_today_month_counts_to_its_end() {
    let today = DocDate::ymd(2027, 3, 31);
    assert_eq!(Status::of(None, &today), Status::NoDeadline);
    assert_eq!(
        Status::of(Some(&date(2027, 3, None)), &today),
        Status::InTime
    );
    assert_eq!(
        Status::of(Some(&date(2027, 2, None)), &today),
        Status::Overdue
    );
    assert_eq!(
        Status::of(Some(&DocDate::ymd(2027, 3, 31)), &today),
        Status::InTime,
        "due today is not late"
    );
    assert_eq!(
        Status::of(Some(&DocDate::ymd(2027, 3, 30)), &today),
        Status::Overdue
    );
    let year_only = DocDate {
        year: 2027,
        month: None,
        day: None,
    };
    assert_eq!(Status::of(Some(&year_only), &today), Status::InTime);
    assert_eq!(Status::Overdue.label(), "Quá hạn");
    assert_eq!(Status::InTime.label(), "Trong hạn");
    assert_eq!(Status::NoDeadline.label(), "Chưa có thời hạn");
}

#[test]
fn a_conclusion_assigns_by_its_kind_number_and_date() {
    let rules = rules();
    let mut doc = conclusion();
    assert_eq!(
        assigning_document(&doc, &rules),
        "Kết luận số 15-KL/TU, ngày 20/12/2026"
    );
    assert_eq!(
        annex_reference(&doc, &rules),
        "(Kèm theo Kết luận số 15-KL/TU, ngày 20/12/2026 của Ban Thường vụ Thành ủy)"
    );
    // Not numbered, not dated to the day yet: the rule set's blanks.
    doc.number.clear();
    doc.date.day = None;
    let h = &rules.header;
    assert_eq!(
        assigning_document(&doc, &rules),
        format!(
            "Kết luận số {}-KL/TU, ngày {}/12/2026",
            h.number_blank, h.date_blank
        )
    );
    // The state's pattern ("Số: 15/KL-TU") loses its colon in running text.
    doc.number = "7".into();
    let state = RuleSet::by_id("nha-nuoc-nd30-2020").expect("bundled");
    assert!(
        assigning_document(&doc, state).starts_with("Kết luận số 07/KL-TU, ngày"),
        "{}",
        assigning_document(&doc, state)
    );
    doc.kind = DocKind::NghiQuyet;
    assert!(assigning_document(&doc, &rules).starts_with("Nghị quyết số 07-NQ/TU"));
}

#[test]
fn a_record_assigns_by_its_conference() {
    let rules = rules();
    let mut doc = conclusion();
    doc.kind = DocKind::BienBan;
    assert_eq!(
        assigning_document(&doc, &rules),
        "Biên bản Hội nghị Ban Thường vụ Thành ủy lần thứ 8, khóa XVI, ngày 18/12/2026"
    );
    assert_eq!(
        annex_reference(&doc, &rules),
        "(Kèm theo Biên bản Hội nghị Ban Thường vụ Thành ủy lần thứ 8, khóa XVI, ngày 18/12/2026)"
    );
    // A meeting not called "Hội nghị" reads on after "Biên bản".
    if let Some(c) = doc.conference.as_mut() {
        c.name = "Cuộc họp giao ban".into();
        c.term.clear();
    }
    assert_eq!(
        assigning_document(&doc, &rules),
        "Biên bản cuộc họp giao ban của Ban Thường vụ Thành ủy, ngày 18/12/2026"
    );
}

#[test]
fn rows_number_the_tasks_across_items_and_skip_empty_ones() {
    let rules = rules();
    let doc = conclusion();
    let rows = rows(&doc, &rules, DocDate::ymd(2027, 2, 1)).expect("rows");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].number, 1);
    assert_eq!(rows[0].cooperating, vec!["Ban Tổ chức Thành ủy".to_owned()]);
    assert_eq!(rows[0].status, Status::Overdue);
    assert_eq!(rows[0].deadline_text(), "15/01/2027");
    assert_eq!(rows[1].number, 2);
    assert_eq!(
        rows[1].content, "Báo cáo kết quả chuyển đổi số",
        "capitalised"
    );
    assert_eq!(rows[1].status, Status::InTime);
    assert_eq!(rows[1].deadline_text(), "tháng 03/2027");
    assert_eq!(rows[1].assigned_by, "Kết luận số 15-KL/TU, ngày 20/12/2026");
}

#[test]
fn no_record_or_no_tasks_is_refused() {
    let rules = rules();
    let today = DocDate::ymd(2027, 1, 1);
    let mut doc = conclusion();
    for item in doc.conference.iter_mut().flat_map(|c| c.agenda.iter_mut()) {
        item.tasks.retain(|t| t.content.trim().is_empty());
    }
    assert_eq!(rows(&doc, &rules, today), Err(Missing::NoTasks));
    doc.conference = None;
    assert_eq!(rows(&doc, &rules, today), Err(Missing::NoRecord));
    assert!(Missing::NoTasks.reason().contains("chưa ghi nhiệm vụ"));
}

#[test]
fn both_files_are_written() {
    let rules = rules();
    let doc = conclusion();
    let rows = rows(&doc, &rules, DocDate::ymd(2027, 2, 1)).expect("rows");
    let xlsx = workbook(&rows, &doc, &rules).expect("xlsx");
    assert_eq!(&xlsx[..2], b"PK");
    let docx = annex_docx(&rows, &doc, &rules).expect("docx");
    assert_eq!(&docx[..2], b"PK");
}
