//! The opening paragraph written from the conference facts, for the clerk to edit.
//!
//! The formula is the one the seeds use (seed 000, 001; the news reports 002, 004):
//! "Ngày 06/7/2022, tại …, Ban Chấp hành Đảng bộ thành phố khóa XVI tổ chức Hội nghị lần
//! thứ 8. Đồng chí … chủ trì Hội nghị. Tham dự Hội nghị có các đồng chí Ủy viên Ban Chấp
//! hành Đảng bộ thành phố, các đồng chí Ủy viên Ủy ban Kiểm tra Thành ủy. Sau khi nghe báo
//! cáo …, Ban Chấp hành Đảng bộ thành phố thống nhất kết luận như sau:"

use super::names::{capitalize, decapitalize, strip_prefix_ci, Names};
use super::{Collective, Conference, DocKind, Document};

/// The opening paragraph from the conference facts — only the facts that are filled in.
pub fn preamble_text(doc: &Document) -> Option<String> {
    let c = doc.conference.as_ref()?;
    let names = Names::of(&doc.issuer);
    let body = holder(doc, c, &names);
    let mut s = String::new();
    if let Some(d) = &c.date {
        match (d.day, d.month) {
            (Some(day), Some(m)) => s.push_str(&format!("ngày {day:02}/{m}/{}, ", d.year)),
            (None, Some(m)) => s.push_str(&format!("tháng {m}/{}, ", d.year)),
            _ => s.push_str(&format!("năm {}, ", d.year)),
        }
    }
    if !c.place.trim().is_empty() {
        s.push_str(&format!("tại {}, ", c.place.trim()));
    }
    let (name, noun) = conference_name(c);
    let term = c.term.trim();
    let term = if term.is_empty() {
        String::new()
    } else {
        format!(" khóa {term}")
    };
    let form = if c.online {
        " theo hình thức trực tuyến"
    } else {
        ""
    };
    s.push_str(&format!("{body}{term} tổ chức {name}{form}."));
    let mut s = capitalize(&s);
    if let Some(chair) = chair(&c.chair) {
        s.push_str(&format!(" {chair} chủ trì {noun}."));
    }
    let attendees = listed(&c.attendees, attendee);
    if !attendees.is_empty() {
        s.push_str(&format!(" Tham dự {noun} có {attendees}."));
    }
    // The reports of the agenda when the record has them and no list of its own.
    let heard: Vec<String> = if c.reports.is_empty() {
        c.agenda
            .iter()
            .flat_map(|i| &i.reports)
            .map(|r| r.title.clone())
            .collect()
    } else {
        c.reports.clone()
    };
    let reports = listed(&heard, report);
    let formula = match doc.kind {
        DocKind::NghiQuyet => "quyết nghị",
        DocKind::ThongBaoKetLuan => "kết luận như sau",
        _ => "thống nhất kết luận như sau",
    };
    if reports.is_empty() {
        s.push_str(&format!(" Sau khi thảo luận, {body} {formula}:"));
    } else {
        s.push_str(&format!(
            " Sau khi nghe {reports} và ý kiến thảo luận của các đại biểu, {body} {formula}:"
        ));
    }
    Some(s)
}

/// The conference with the body that holds it and the term, as a subject line or a
/// citation names it: "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 8, khóa XVI".
pub fn conference_title(doc: &Document) -> Option<String> {
    let c = doc.conference.as_ref()?;
    let body = holder(doc, c, &Names::of(&doc.issuer));
    let name = c.name.trim();
    let mut s = match strip_prefix_ci(name, "Hội nghị") {
        Some(rest) => format!("Hội nghị {body}{}", with_space(rest)),
        None if name.is_empty() => format!("Hội nghị {body}"),
        None => format!("{name} của {body}"),
    };
    if !c.term.trim().is_empty() {
        s.push_str(&format!(", khóa {}", c.term.trim()));
    }
    Some(s)
}

/// Who holds the conference, in running text: the conference's own fact, else the
/// collective the document is signed for, else the committee itself.
pub fn holder(doc: &Document, c: &Conference, names: &Names) -> String {
    held_by(doc, c)
        .map(|k| names.collective(k))
        .unwrap_or_else(|| names.committee.clone())
}

/// The collective that held the conference: the record's fact, else the one the
/// document is signed for (drafts made before the fact existed).
pub fn held_by(doc: &Document, c: &Conference) -> Option<Collective> {
    c.held_by
        .or_else(|| Collective::from_printed(&doc.signature.on_behalf_of))
}

/// The name after "tổ chức" and the noun that stands for it afterwards ("Hội nghị",
/// "cuộc họp").
fn conference_name(c: &Conference) -> (String, &'static str) {
    let name = c.name.trim();
    if name.is_empty() {
        return ("Hội nghị".into(), "Hội nghị");
    }
    if let Some(rest) = strip_prefix_ci(name, "Hội nghị") {
        return (format!("Hội nghị{rest}"), "Hội nghị");
    }
    let noun = if strip_prefix_ci(name, "cuộc họp").is_some() {
        "cuộc họp"
    } else {
        "Hội nghị"
    };
    (decapitalize(name), noun)
}

/// "Đồng chí Trần Minh Khoa, Bí thư Thành ủy", "Các đồng chí trong Thường trực Thành ủy":
/// one "Đồng chí" whatever the clerk typed.
fn chair(chair: &str) -> Option<String> {
    let mut c = chair.trim();
    if c.is_empty() {
        return None;
    }
    if strip_prefix_ci(c, "các đồng chí").is_some() {
        return Some(capitalize(c));
    }
    for p in ["đồng chí", "đ/c"] {
        if let Some(rest) = strip_prefix_ci(c, p) {
            c = rest.trim_start();
        }
    }
    Some(format!("Đồng chí {c}"))
}

/// Words that open a group of people and are common nouns in a sentence.
const COMMON_LEADS: [&str; 7] = [
    "các",
    "đồng chí",
    "đại diện",
    "lãnh đạo",
    "đại biểu",
    "toàn thể",
    "cán bộ",
];

/// An attendee group in running text: "các đồng chí Ủy viên …", "đại diện lãnh đạo …".
fn attendee(a: &str) -> String {
    if ["Ủy viên", "Uỷ viên"].iter().any(|p| a.starts_with(p)) {
        return format!("các đồng chí {a}");
    }
    // Anything else ("Thường trực Tỉnh ủy", a person's name) keeps its capital.
    if COMMON_LEADS.iter().any(|p| strip_prefix_ci(a, p).is_some()) {
        decapitalize(a)
    } else {
        a.to_owned()
    }
}

/// Kinds of document heard at a conference; a common noun unless cited by number.
const REPORT_LEADS: [&str; 7] = [
    "báo cáo",
    "tờ trình",
    "dự thảo",
    "đề án",
    "kế hoạch",
    "chương trình",
    "ý kiến",
];

/// "báo cáo kết quả …", but "Báo cáo số 112-BC/TU" (a document cited by its number).
pub fn report(r: &str) -> String {
    let lead = REPORT_LEADS
        .iter()
        .find_map(|p| strip_prefix_ci(r, p).map(|rest| (p, rest)));
    match lead {
        Some((_, rest)) if rest.trim_start().starts_with("số ") => r.to_owned(),
        Some(_) => decapitalize(r),
        None => r.to_owned(),
    }
}

/// The non-empty entries in running text, joined by ", " — or by "; " when an entry has
/// commas of its own, so that the groups stay apart.
fn listed(items: &[String], form: fn(&str) -> String) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
        .map(form)
        .collect();
    let sep = if items.iter().any(|i| i.contains(',')) {
        "; "
    } else {
        ", "
    };
    items.join(sep)
}

fn with_space(rest: &str) -> String {
    if rest.is_empty() || rest.starts_with(' ') {
        rest.to_owned()
    } else {
        format!(" {rest}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocDate;

    fn doc(issuer: &str, on_behalf_of: &str, c: Conference) -> Document {
        let mut doc = crate::templates::sample().expect("sample");
        doc.issuer.upper = vec!["ĐẢNG BỘ TỈNH QUẢNG NINH".into()];
        doc.issuer.name = issuer.into();
        doc.signature.on_behalf_of = on_behalf_of.into();
        doc.conference = Some(c);
        doc
    }

    #[test]
    fn writes_the_facts_that_are_given() {
        let d = doc(
            "THÀNH ỦY HẠ LONG",
            "BAN THƯỜNG VỤ",
            Conference {
                name: "Hội nghị sơ kết công tác quý III".into(),
                date: Some(DocDate::ymd(2026, 10, 5)),
                online: true,
                chair: "đồng chí Bí thư Thành ủy".into(),
                attendees: vec!["các đồng chí Ủy viên Ban Thường vụ Thành ủy".into()],
                reports: vec!["báo cáo của Văn phòng Thành ủy".into()],
                ..Default::default()
            },
        );
        assert_eq!(
            preamble_text(&d).expect("text"),
            "Ngày 05/10/2026, Ban Thường vụ Thành ủy tổ chức Hội nghị sơ kết công tác quý III theo hình thức trực tuyến. Đồng chí Bí thư Thành ủy chủ trì Hội nghị. Tham dự Hội nghị có các đồng chí Ủy viên Ban Thường vụ Thành ủy. Sau khi nghe báo cáo của Văn phòng Thành ủy và ý kiến thảo luận của các đại biểu, Ban Thường vụ Thành ủy thống nhất kết luận như sau:"
        );
    }

    /// Issue 9, item 9: a Ban Chấp hành conference of a city committee signed by a
    /// profile whose signers carry "BAN THƯỜNG VỤ" — the conference decides.
    #[test]
    fn the_conference_decides_who_holds_it_seed_001_formula() {
        let d = doc(
            "THÀNH ỦY HẠ LONG",
            "BAN THƯỜNG VỤ",
            Conference {
                name: "Hội nghị lần thứ 8".into(),
                held_by: Some(Collective::BanChapHanh),
                term: "XVI".into(),
                date: Some(DocDate::ymd(2022, 7, 6)),
                place: "Hội trường Thành ủy".into(),
                chair: "Vũ Văn Diện, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy".into(),
                attendees: vec![
                    "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ thành phố".into(),
                    "Các đồng chí Ủy viên Ủy ban Kiểm tra Thành ủy".into(),
                ],
                reports: vec![
                    "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2022".into(),
                    "Tờ trình số 45-TTr/TU về chương trình công tác".into(),
                ],
                ..Default::default()
            },
        );
        assert_eq!(
            preamble_text(&d).expect("text"),
            "Ngày 06/7/2022, tại Hội trường Thành ủy, Ban Chấp hành Đảng bộ thành phố khóa XVI tổ chức Hội nghị lần thứ 8. \
             Đồng chí Vũ Văn Diện, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy chủ trì Hội nghị. \
             Tham dự Hội nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ thành phố, các đồng chí Ủy viên Ủy ban Kiểm tra Thành ủy. \
             Sau khi nghe báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2022, Tờ trình số 45-TTr/TU về chương trình công tác \
             và ý kiến thảo luận của các đại biểu, Ban Chấp hành Đảng bộ thành phố thống nhất kết luận như sau:"
        );
        assert_eq!(
            conference_title(&d).expect("title"),
            "Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 8, khóa XVI"
        );
    }

    #[test]
    fn never_has_a_capital_after_co_nor_a_chair_without_dong_chi() {
        let d = doc(
            "ĐẢNG ỦY PHƯỜNG HẠ LONG",
            "",
            Conference {
                name: "hội nghị lần thứ 3".into(),
                held_by: Some(Collective::BanChapHanh),
                term: "I".into(),
                chair: "Nguyễn Văn An, Bí thư Đảng ủy".into(),
                attendees: vec![
                    "Các đồng chí Đảng ủy viên".into(),
                    "Đại diện lãnh đạo Ủy ban nhân dân phường, Mặt trận Tổ quốc phường".into(),
                    "Ủy viên Ủy ban Kiểm tra Đảng ủy".into(),
                ],
                ..Default::default()
            },
        );
        let t = preamble_text(&d).expect("text");
        assert_eq!(
            t,
            "Ban Chấp hành Đảng bộ phường khóa I tổ chức Hội nghị lần thứ 3. \
             Đồng chí Nguyễn Văn An, Bí thư Đảng ủy chủ trì Hội nghị. \
             Tham dự Hội nghị có các đồng chí Đảng ủy viên; đại diện lãnh đạo Ủy ban nhân dân phường, Mặt trận Tổ quốc phường; \
             các đồng chí Ủy viên Ủy ban Kiểm tra Đảng ủy. \
             Sau khi thảo luận, Ban Chấp hành Đảng bộ phường thống nhất kết luận như sau:"
        );
        assert!(!t.contains("có Các"));
        assert_eq!(
            conference_title(&d).expect("title"),
            "Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 3, khóa I"
        );
    }

    #[test]
    fn old_drafts_take_the_collective_from_the_signature() {
        let mut d = doc(
            "THÀNH ỦY HẠ LONG",
            "BAN CHẤP HÀNH",
            Conference {
                name: "Cuộc họp nghe báo cáo tiến độ dự án".into(),
                place: "Trụ sở Thành ủy Hạ Long".into(),
                date: Some(DocDate {
                    year: 2026,
                    month: Some(11),
                    day: None,
                }),
                chair: "Đ/c Trần Minh Khoa".into(),
                ..Default::default()
            },
        );
        d.kind = DocKind::ThongBaoKetLuan;
        assert_eq!(
            preamble_text(&d).expect("text"),
            "Tháng 11/2026, tại Trụ sở Thành ủy Hạ Long, Ban Chấp hành Đảng bộ thành phố tổ chức cuộc họp nghe báo cáo tiến độ dự án. \
             Đồng chí Trần Minh Khoa chủ trì cuộc họp. \
             Sau khi thảo luận, Ban Chấp hành Đảng bộ thành phố kết luận như sau:"
        );
    }
}
