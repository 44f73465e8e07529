//! The facts of the template's record arrive in the right places of every derived
//! document; a record that cannot give one is refused with its reason.

use super::*;
use crate::check;
use crate::model::body::for_each_paragraph;
use crate::model::{Authority, DocDate, Presence, SignerPlace};
use crate::rules::RuleSet;

fn record() -> Document {
    let mut doc = crate::templates::find("bien-ban-hoi-nghi")
        .and_then(|t| t.document())
        .expect("template");
    // A dated conference, as a record kept on the day.
    if let Some(c) = &mut doc.conference {
        c.date = Some(DocDate::ymd(2026, 12, 17));
    }
    doc.date = DocDate::ymd(2026, 12, 17);
    refresh_minutes(&mut doc);
    doc
}

fn all_text(doc: &Document) -> String {
    let mut s = String::new();
    doc.subject
        .iter()
        .for_each(|l| s.push_str(&format!("{l}\n")));
    doc.preamble
        .iter()
        .for_each(|p| s.push_str(&format!("{}\n", p.text)));
    crate::model::body::visit_sections(&doc.body, &mut |sec, _, _| {
        s.push_str(&format!("{}\n", sec.title.text))
    });
    for_each_paragraph(&doc.body, &mut |p| s.push_str(&format!("{}\n", p.text)));
    doc.closing
        .iter()
        .for_each(|p| s.push_str(&format!("{}\n", p.text)));
    s
}

/// The checker finds no error in `doc` on the day of the conference.
fn assert_checks_without_error(doc: &Document) {
    let rules = RuleSet::by_id(&doc.rules).expect("rules");
    let errors: Vec<_> = check::run(doc, rules, DocDate::ymd(2026, 12, 17))
        .into_iter()
        .filter(|f| f.severity == check::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

fn draft(target: Target) -> Document {
    match derive(&record(), target, "hn5.ron").expect("derives") {
        Derived::Draft(d) => *d,
        Derived::News { .. } => panic!("a draft"),
    }
}

#[test]
fn minutes_carry_the_record_and_sign_in_two_columns() {
    let doc = record();
    let text = all_text(&doc);
    for fact in [
        "bắt đầu lúc 8 giờ 00 phút, ngày 17 tháng 12 năm 2026",
        "Hội trường Đảng ủy phường Hạ Long",
        "có mặt 13/15 đồng chí; vắng 2 đồng chí: đồng chí Tạ Văn Bình (đi công tác), đồng chí Hà Thị Yến (ốm)",
        "Đồng chí Lê Thu Hà, Phó Bí thư Thường trực Đảng ủy trình bày báo cáo kết quả",
        "Đồng chí Hoàng Minh Đức, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường (9 giờ 10 phút): Thống nhất",
        "Kết quả biểu quyết: 13/13 đồng chí có mặt tán thành (đạt 100%).",
        "Giao Ủy ban Kiểm tra Đảng ủy chủ trì hoàn chỉnh",
        "kết thúc lúc 11 giờ 30 phút cùng ngày",
        "thông qua với 13/13 đồng chí có mặt tán thành",
    ] {
        assert!(text.contains(fact), "minutes lack “{fact}”:\n{text}");
    }
    assert_eq!(
        doc.subject,
        ["Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5, khóa I"]
    );
    assert_eq!(doc.signature.authority, Authority::Role);
    assert_eq!(doc.signature.on_behalf_of, "CHỦ TRÌ HỘI NGHỊ");
    assert_eq!(doc.signature.name, "Nguyễn Văn An");
    let left = &doc.cosigners[0];
    assert_eq!(left.place, SignerPlace::Left);
    assert_eq!(left.signature.on_behalf_of, "NGƯỜI GHI BIÊN BẢN");
    assert_eq!(left.signature.name, "Trần Thị Mai");
    assert!(doc.recipients.is_empty(), "minutes carry no Nơi nhận");
    assert_checks_without_error(&doc);
}

#[test]
fn a_second_refresh_changes_nothing_and_an_edit_shows() {
    let mut doc = record();
    assert!(!refresh_minutes(&mut doc));
    if let Some(c) = &mut doc.conference {
        c.members[0].presence = Presence::Absent("ốm".into());
        c.chair = "Lê Thu Hà, Phó Bí thư Thường trực Đảng ủy".into();
    }
    assert!(refresh_minutes(&mut doc));
    assert_eq!(doc.signature.name, "Lê Thu Hà");
    assert!(all_text(&doc).contains("có mặt 12/15 đồng chí; vắng 3 đồng chí"));
}

#[test]
fn ket_luan_takes_every_fact_of_the_record() {
    let doc = draft(Target::KetLuan);
    assert_eq!(doc.kind, DocKind::KetLuan);
    assert_eq!(doc.derived_from.as_deref(), Some("hn5.ron"));
    assert_eq!(doc.date, DocDate::ymd(2026, 12, 17));
    assert_eq!(
        doc.subject,
        [
            "của Ban Chấp hành Đảng bộ phường",
            "tại Hội nghị lần thứ 5, khóa I"
        ]
    );
    let preamble = &doc.preamble[0].text;
    for fact in [
        "Ngày 17/12/2026, tại Hội trường Đảng ủy phường Hạ Long, Ban Chấp hành Đảng bộ phường khóa I tổ chức Hội nghị lần thứ 5.",
        "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy chủ trì Hội nghị.",
        "Sau khi nghe báo cáo kết quả lãnh đạo thực hiện nhiệm vụ năm 2026",
        "dự thảo Chương trình kiểm tra, giám sát năm 2027",
        "Ban Chấp hành Đảng bộ phường thống nhất kết luận như sau:",
    ] {
        assert!(preamble.contains(fact), "preamble lacks “{fact}”: {preamble}");
    }
    let text = all_text(&doc);
    let c = doc.conference.as_ref().expect("record kept");
    for item in &c.agenda {
        for p in &item.conclusion {
            assert!(text.contains(&p.text), "conclusion missing: {}", p.text);
        }
        for t in &item.tasks {
            assert!(
                text.contains(&super::phrases::direction(t)),
                "task missing: {}",
                t.content
            );
        }
    }
    assert!(text.contains("I. ") || text.contains("VỀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026"));
    assert!(
        !text.contains("Hoàng Minh Đức"),
        "the discussion stays in the minutes"
    );
    assert_eq!(doc.signature.authority, Authority::OnBehalf);
    assert_eq!(doc.signature.on_behalf_of, "BAN CHẤP HÀNH");
    assert_eq!(doc.signature.title, "BÍ THƯ");
    assert_eq!(doc.signature.name, "Nguyễn Văn An");
    assert_eq!(doc.archive, "VPĐU");
    assert!(doc.cosigners.is_empty());
    assert_checks_without_error(&doc);
}

#[test]
fn nghi_quyet_names_the_conference_and_its_votes() {
    let doc = draft(Target::NghiQuyet);
    assert_eq!(doc.kind, DocKind::NghiQuyet);
    assert_eq!(
        doc.subject,
        ["Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5, khóa I"]
    );
    assert!(doc.preamble[0]
        .text
        .ends_with("Ban Chấp hành Đảng bộ phường quyết nghị:"));
    assert!(all_text(&doc)
        .contains("Hội nghị biểu quyết thông qua với 13/13 đồng chí có mặt tán thành (đạt 100%)."));
}

#[test]
fn thong_bao_ket_luan_is_signed_by_the_office() {
    let doc = draft(Target::ThongBaoKetLuan);
    assert_eq!(doc.kind, DocKind::ThongBaoKetLuan);
    assert_eq!(doc.signature.authority, Authority::Delegated);
    assert_eq!(doc.signature.title, "CHÁNH VĂN PHÒNG");
    assert!(doc.preamble[0].text.ends_with("kết luận như sau:"));
    assert!(all_text(&doc).contains("Giao Văn phòng Đảng ủy chủ trì"));
}

#[test]
fn news_item_leaves_out_what_is_internal() {
    let mut rec = record();
    if let Some(c) = &mut rec.conference {
        c.start = crate::model::Clock::new(8, 0);
        c.agenda[1].internal = true;
    }
    let Derived::News { text, html } = derive(&rec, Target::TinBai, "hn5.ron").expect("news")
    else {
        panic!("news");
    };
    assert!(text.starts_with("Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5, khóa I\n\nSáng 17/12, Ban Chấp hành Đảng bộ phường khóa I tổ chức Hội nghị lần thứ 5"));
    assert!(text.contains("Đồng chí Nguyễn Văn An, Bí thư Đảng ủy chủ trì Hội nghị."));
    assert!(
        text.contains("đồng chí Lê Thu Hà, Phó Bí thư Thường trực Đảng ủy đã trình bày báo cáo")
    );
    assert!(text.contains("Ban Chấp hành Đảng bộ phường cơ bản thống nhất"));
    assert!(
        !text.contains("kiểm tra, giám sát"),
        "internal item published:\n{text}"
    );
    assert!(
        !text.contains("Hoàng Minh Đức"),
        "the discussion is not for the portal"
    );
    assert!(
        !text.contains("Tạ Văn Bình"),
        "absences are not for the portal"
    );
    assert!(html.contains("<h1>Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5, khóa I</h1>"));
    assert!(html.starts_with("<!DOCTYPE html>"));
}

#[test]
fn a_record_that_cannot_give_a_document_is_refused() {
    let mut no_agenda = record();
    if let Some(c) = &mut no_agenda.conference {
        c.agenda.clear();
    }
    let e = derive(&no_agenda, Target::KetLuan, "x.ron").expect_err("refused");
    assert!(e.to_string().contains("chưa có nội dung nào"), "{e}");

    let mut absent_chair = record();
    if let Some(c) = &mut absent_chair.conference {
        c.members[0].presence = Presence::Absent("đi công tác".into());
    }
    let e = derive(&absent_chair, Target::TinBai, "x.ron").expect_err("refused");
    assert!(
        e.to_string()
            .contains("Nguyễn Văn An được ghi là chủ trì nhưng lại vắng mặt"),
        "{e}"
    );

    let mut plain = record();
    plain.conference = None;
    assert!(derive(&plain, Target::KetLuan, "x.ron").is_err());
}

#[test]
fn a_standing_committee_record_gives_its_own_conclusion() {
    let mut rec = record();
    if let Some(c) = &mut rec.conference {
        c.held_by = Some(crate::model::Collective::BanThuongVu);
        c.name = "Hội nghị tháng 12 năm 2026".into();
        c.term = String::new();
    }
    refresh_minutes(&mut rec);
    assert_eq!(
        rec.subject,
        ["Hội nghị Ban Thường vụ Đảng ủy tháng 12 năm 2026"]
    );
    assert!(all_text(&rec).contains("Ủy viên Ban Thường vụ Đảng ủy: có mặt"));
    let Derived::Draft(doc) = derive(&rec, Target::KetLuan, "btv.ron").expect("derives") else {
        panic!("a draft");
    };
    assert_eq!(
        doc.subject,
        [
            "của Ban Thường vụ Đảng ủy",
            "tại Hội nghị tháng 12 năm 2026"
        ]
    );
    assert_eq!(doc.signature.on_behalf_of, "BAN THƯỜNG VỤ");
    assert!(doc.preamble[0]
        .text
        .contains("Ban Thường vụ Đảng ủy tổ chức Hội nghị tháng 12 năm 2026."));
}
