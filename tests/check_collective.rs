//! Issue 9, items 6 and 11: the signing collective against the subject, the opening and
//! the conference facts; blanks ("…", a template's "{khoa}") left in the text.

mod check_common;

use check_common::{clean, findings_of};
use vanban::check::{Finding, Place, SignatureField};
use vanban::model::*;

fn with_id<'a>(found: &'a [Finding], id: &str) -> Vec<&'a Finding> {
    found.iter().filter(|f| f.id == id).collect()
}

fn collective_ids(doc: &Document) -> Vec<&'static str> {
    findings_of(doc)
        .iter()
        .map(|f| f.id)
        .filter(|id| id.starts_with("signature.collective"))
        .collect()
}

/// The Ban Chấp hành template with a subject that names no collective.
fn neutral_subject() -> Document {
    let mut d = clean();
    d.subject = vec!["về phương hướng, nhiệm vụ năm 2027".into()];
    d
}

#[test]
fn the_opening_names_the_collective_that_concludes() {
    let mut d = neutral_subject();
    assert!(collective_ids(&d).is_empty());
    d.signature.on_behalf_of = "BAN THƯỜNG VỤ".into();
    let found = findings_of(&d);
    let hit = with_id(&found, "signature.collective-opening");
    assert_eq!(hit.len(), 1, "{found:#?}");
    assert_eq!(hit[0].place, Place::Signature(SignatureField::OnBehalfOf));
    assert_eq!(
        hit[0].message,
        "Phần mở đầu ghi Ban Chấp hành kết luận (“Ban Chấp hành Đảng bộ thành phố thống nhất”) nhưng ký “T/M BAN THƯỜNG VỤ”: tập thể ký thay mặt phải là tập thể đã họp và kết luận (Hội nghị Ban Chấp hành ký “T/M BAN CHẤP HÀNH”, hội nghị Ban Thường vụ ký “T/M BAN THƯỜNG VỤ”; 05-HD/VPTW, thể thức chữ ký); kiểm tra lại phần mở đầu hoặc dòng ký."
    );
    // One mistake, one finding: the subject, when it says so too, is the one reported.
    let mut d = clean();
    d.signature.on_behalf_of = "BAN THƯỜNG VỤ".into();
    assert_eq!(collective_ids(&d), ["signature.collective-subject"]);
}

#[test]
fn and_vice_versa_a_standing_committee_signed_for_the_committee() {
    let mut d = vanban::templates::find("ket-luan-ban-thuong-vu")
        .and_then(|t| t.document())
        .expect("template");
    d.number = "15".into();
    assert!(collective_ids(&d).is_empty());
    d.subject = vec!["về một số nhiệm vụ trọng tâm".into()];
    d.signature.on_behalf_of = "BAN CHẤP HÀNH".into();
    assert_eq!(collective_ids(&d), ["signature.collective-opening"]);
    // The committee by its own name is its Ban Chấp hành.
    d.signature.on_behalf_of = "THÀNH ỦY".into();
    assert_eq!(collective_ids(&d), ["signature.collective-opening"]);
}

#[test]
fn seed_001_formula_thanh_uy_ket_luan() {
    let mut d = neutral_subject();
    d.subject = vec!["Hội nghị Thành ủy lần thứ 8, khóa XVI".into()];
    d.preamble = vec![Paragraph::plain(
        "Thực hiện Chương trình công tác năm 2022, Ban Chấp hành Đảng bộ thành phố khoá XVI tổ chức Hội nghị lần thứ 8 vào ngày 06/7/2022. Sau khi xem xét, thảo luận các nội dung, Thành uỷ kết luận:",
    )];
    d.conference = None;
    assert!(collective_ids(&d).is_empty());
    d.signature.on_behalf_of = "BAN THƯỜNG VỤ".into();
    // "lần thứ 8, khóa XVI" in the subject: a plenum of the committee.
    assert_eq!(collective_ids(&d), ["signature.collective-subject"]);
    d.subject = vec!["về nhiệm vụ 6 tháng cuối năm".into()];
    assert_eq!(collective_ids(&d), ["signature.collective-opening"]);
}

#[test]
fn the_conference_facts_when_the_text_says_nothing() {
    let mut d = neutral_subject();
    d.preamble = vec![Paragraph::plain("Năm 2027 có ý nghĩa quan trọng.")];
    d.signature.on_behalf_of = "BAN THƯỜNG VỤ".into();
    if let Some(c) = &mut d.conference {
        c.held_by = None;
    }
    assert!(collective_ids(&d).is_empty());
    if let Some(c) = &mut d.conference {
        c.held_by = Some(Collective::BanChapHanh);
    }
    let found = findings_of(&d);
    let hit = with_id(&found, "signature.collective-conference");
    assert_eq!(hit.len(), 1, "{found:#?}");
    assert!(hit[0].message.starts_with(
        "Thông tin hội nghị ghi hội nghị của Ban Chấp hành nhưng văn bản ký “T/M BAN THƯỜNG VỤ”"
    ));
    // T/L for the standing committee after a standing-committee meeting is right.
    if let Some(c) = &mut d.conference {
        c.held_by = Some(Collective::BanThuongVu);
    }
    d.signature.authority = Authority::Delegated;
    d.signature.title = "CHÁNH VĂN PHÒNG".into();
    assert!(collective_ids(&d).is_empty());
}

#[test]
fn blanks_and_template_placeholders_are_reported() {
    let mut d = clean();
    d.subject = vec![
        "của Ban Chấp hành Đảng bộ phường".into(),
        "tại Hội nghị lần thứ …, khóa {khoa}".into(),
    ];
    d.closing = vec![Paragraph::plain(
        "Phát động trại sáng tác về các lĩnh vực,... nhằm tuyên truyền; ngày ... tháng 12.",
    )];
    let found = findings_of(&d);
    let places: Vec<(Place, &str)> = with_id(&found, "text.blank")
        .iter()
        .map(|f| (f.place.clone(), f.message.as_str()))
        .collect();
    assert_eq!(
        places,
        [
            (
                Place::Subject {
                    index: 1,
                    range: Some((21, 22))
                },
                "Chỗ trống “…” chưa điền (khóa, lần thứ của hội nghị, tên…): điền trước khi trình ký."
            ),
            (
                Place::Subject {
                    index: 1,
                    range: Some((29, 35))
                },
                "Chỗ “{khoa}” của mẫu chưa được thay bằng thông tin của cơ quan: sửa thành nội dung cụ thể."
            ),
            (
                Place::Closing {
                    index: 0,
                    range: Some((68, 71))
                },
                "Chỗ trống “...” chưa điền (khóa, lần thứ của hội nghị, tên…): điền trước khi trình ký."
            ),
        ]
    );
}
