//! Issue 9, item 11: a new draft from a template speaks of the clerk's organisation —
//! a ward's draft says "Đảng ủy", "phường", its own term — and leaves "…" where the
//! profile cannot know (the conference's number), which the checker reports.

use vanban::check;
use vanban::model::names::Names;
use vanban::model::preamble::{conference_title, preamble_text};
use vanban::model::*;
use vanban::rules::RuleSet;
use vanban::store::profile::Profile;
use vanban::templates::{self, Adaptation};

fn today() -> DocDate {
    DocDate::ymd(2026, 12, 2)
}

/// The first-run example: ĐẢNG ỦY PHƯỜNG HẠ LONG, term I.
fn ward() -> Profile {
    Profile::example()
}

/// Every piece of text of a draft, for searching.
fn all_text(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc.subject.clone();
    out.extend(doc.preamble.iter().map(|p| p.text.clone()));
    body::for_each_paragraph(&doc.body, &mut |p| {
        out.push(p.text.clone());
        out.extend(p.notes.iter().map(|n| n.text.clone()));
    });
    out.extend(doc.closing.iter().map(|p| p.text.clone()));
    out.extend(doc.recipients.iter().map(|r| r.name.clone()));
    if let Some(c) = &doc.conference {
        out.extend([
            c.name.clone(),
            c.term.clone(),
            c.place.clone(),
            c.chair.clone(),
        ]);
        out.extend(c.attendees.iter().cloned());
        out.extend(c.reports.iter().cloned());
    }
    out
}

fn findings(doc: &Document) -> Vec<check::Finding> {
    check::run(doc, RuleSet::by_id(&doc.rules).expect("rules"), today())
}

#[test]
fn a_ward_draft_speaks_of_the_ward() {
    for t in templates::all() {
        let doc = t.new_draft_for(today(), &ward()).expect("draft");
        // The committee's own documents, or those of a body under it (its office, a
        // steering committee: tests/templates_every_kind.rs).
        assert!(
            doc.issuer.name == "ĐẢNG ỦY PHƯỜNG HẠ LONG"
                || doc.issuer.upper == ["ĐẢNG ỦY PHƯỜNG HẠ LONG"],
            "{}: {:?}",
            t.id,
            doc.issuer
        );
        for text in all_text(&doc) {
            for stale in ["Thành ủy", "thành phố", "XXVI", "{", "}"] {
                assert!(!text.contains(stale), "{}: {stale:?} in {text:?}", t.id);
            }
        }
        // Nothing but blanks to fill, the number and hints.
        let serious: Vec<_> = findings(&doc)
            .into_iter()
            .filter(|f| f.severity != check::Severity::Hint && f.id != "text.blank")
            .collect();
        assert!(serious.is_empty(), "{}: {serious:#?}", t.id);
    }
}

#[test]
fn the_plenum_template_for_a_ward() {
    let doc = templates::find("ket-luan-hoi-nghi")
        .and_then(|t| t.new_draft_for(today(), &ward()))
        .expect("draft");
    assert_eq!(
        doc.subject,
        [
            "của Ban Chấp hành Đảng bộ phường",
            "tại Hội nghị lần thứ …, khóa I"
        ]
    );
    assert!(doc.preamble[0]
        .text
        .starts_with("Thực hiện Quy chế làm việc và Chương trình công tác năm 2026, Ban Chấp hành Đảng bộ phường khóa I tổ chức Hội nghị lần thứ … để đánh giá"));
    assert!(doc.preamble[0]
        .text
        .contains("Đồng chí Bí thư Đảng ủy chủ trì Hội nghị."));
    // Item 6: the template's capacity, the profile's signer.
    assert_eq!(
        doc.signature,
        Signature {
            authority: Authority::OnBehalf,
            on_behalf_of: "BAN CHẤP HÀNH".into(),
            title: "BÍ THƯ".into(),
            name: "Nguyễn Văn An".into(),
            concurrent: String::new(),
        }
    );
    // The blank session is reported, in the subject and in the opening.
    let blanks: Vec<String> = findings(&doc)
        .into_iter()
        .filter(|f| f.id == "text.blank")
        .map(|f| f.place.describe(Some(&doc)))
        .collect();
    assert_eq!(blanks.len(), 2, "{blanks:?}");
    // The conference facts are the ward's: the helper writes the same opening.
    let c = doc.conference.as_ref().expect("conference");
    assert_eq!(
        (c.held_by, c.term.as_str(), c.place.as_str()),
        (
            Some(Collective::BanChapHanh),
            "I",
            "Hội trường Đảng ủy phường Hạ Long"
        )
    );
    assert_eq!(c.date, Some(doc.date));
    let opening = preamble_text(&doc).expect("opening");
    assert!(
        opening.starts_with("Tháng 12/2026, tại Hội trường Đảng ủy phường Hạ Long, Ban Chấp hành Đảng bộ phường khóa I tổ chức Hội nghị lần thứ …. Đồng chí Bí thư Đảng ủy chủ trì Hội nghị. Tham dự Hội nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ phường"),
        "{opening}"
    );
    assert!(opening.ends_with(", Ban Chấp hành Đảng bộ phường thống nhất kết luận như sau:"));
    assert_eq!(
        conference_title(&doc).expect("title"),
        "Hội nghị Ban Chấp hành Đảng bộ phường lần thứ …, khóa I"
    );
}

#[test]
fn a_profile_without_a_term_leaves_a_blank() {
    let mut p = ward();
    p.term.clear();
    let doc = templates::find("ket-luan-hoi-nghi")
        .and_then(|t| t.new_draft_for(today(), &p))
        .expect("draft");
    assert_eq!(doc.subject[1], "tại Hội nghị lần thứ …, khóa …");
    assert_eq!(doc.conference.as_ref().map(|c| c.term.as_str()), Some("…"));
}

#[test]
fn the_standing_committee_templates_keep_their_capacity() {
    let doc = templates::find("thong-bao-ket-luan")
        .and_then(|t| t.new_draft_for(today(), &ward()))
        .expect("draft");
    assert_eq!(doc.signature.authority, Authority::Delegated);
    assert_eq!(doc.signature.on_behalf_of, "BAN THƯỜNG VỤ");
    assert_eq!(doc.signature.title, "CHÁNH VĂN PHÒNG");
    assert_eq!(doc.signature.name, "Lê Thị Cúc");
    assert!(doc.preamble[0]
        .text
        .contains("Ban Thường vụ Đảng ủy họp nghe Ủy ban nhân dân phường báo cáo"));
    let doc = templates::find("ket-luan-ban-thuong-vu")
        .and_then(|t| t.new_draft_for(today(), &ward()))
        .expect("draft");
    assert_eq!(
        (
            doc.signature.on_behalf_of.as_str(),
            doc.signature.title.as_str(),
            doc.signature.name.as_str()
        ),
        ("BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Thị Bình")
    );
    assert_eq!(doc.subject[0], "của Ban Thường vụ Đảng ủy");
}

#[test]
fn formatting_and_footnotes_stay_on_their_words() {
    let tail = |p: &Paragraph, at: usize| -> String {
        let chars: Vec<char> = p.text.chars().collect();
        chars[at.saturating_sub(20)..at].iter().collect()
    };
    // The footnote after "… vượt kế hoạch" in the plenum template.
    let note_of = |doc: &Document| {
        let mut found = None;
        body::for_each_paragraph(&doc.body, &mut |p| {
            if let Some(n) = p.notes.first() {
                found = Some((tail(p, n.at), n.text.clone()));
            }
        });
        found.expect("a footnote")
    };
    let t = templates::find("ket-luan-hoi-nghi").expect("template");
    let example = note_of(&t.document().expect("example"));
    let adapted = note_of(&t.new_draft_for(today(), &ward()).expect("ward"));
    assert_eq!(example.0, adapted.0);
    assert_eq!(adapted.0, "đạt và vượt kế hoạch");
    assert!(adapted.1.ends_with("Ban Thường vụ Đảng ủy trình Hội nghị."));
    // The bold italic theme of the resolution's opening.
    let span_text = |doc: &Document| {
        let p = &doc.preamble[0];
        let s = p.spans[0];
        p.text.chars().skip(s.0).take(s.1 - s.0).collect::<String>()
    };
    let t = templates::find("nghi-quyet").expect("template");
    let example = span_text(&t.document().expect("example"));
    assert!(example.starts_with("“Tăng cường kỷ luật"), "{example}");
    assert_eq!(
        span_text(&t.new_draft_for(today(), &ward()).expect("ward")),
        example
    );
}

#[test]
fn without_a_profile_the_templates_example_organisation() {
    // `vanban new`: the city committee the templates were written for, no blanks.
    let doc = templates::find("ket-luan-hoi-nghi")
        .and_then(|t| t.new_draft(today()))
        .expect("draft");
    assert_eq!(
        doc.subject,
        [
            "của Ban Chấp hành Đảng bộ thành phố",
            "tại Hội nghị lần thứ 6, khóa XXVI"
        ]
    );
    assert!(findings(&doc).iter().all(|f| f.id != "text.blank"));
}

#[test]
fn placeholders_resolve_by_name() {
    let a = Adaptation {
        names: Names::of(&Issuer {
            upper: vec!["ĐẢNG BỘ TỈNH QUẢNG NINH".into()],
            name: "ĐẢNG ỦY XÃ QUẢNG LA".into(),
            symbol: "ĐU".into(),
        }),
        term: "I".into(),
        session: "…".into(),
    };
    assert_eq!(
        a.resolve(
            "{Dia_phuong} ven biển; {co_quan}; {cap_tren}; {dang_bo} khóa {khoa}; {khong_biet}"
        ),
        "Xã ven biển; Đảng ủy xã Quảng La; Tỉnh ủy; Đảng bộ xã khóa I; {khong_biet}"
    );
    // A template stores the placeholders themselves.
    let raw = templates::find("ket-luan-hoi-nghi")
        .and_then(|t| t.raw())
        .expect("raw");
    assert_eq!(
        raw.subject[1],
        "tại Hội nghị lần thứ {lan_thu}, khóa {khoa}"
    );
}
