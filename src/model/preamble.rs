//! The opening paragraph written from the conference facts, for the clerk to edit.

use super::{DocKind, Document};

/// "Ngày 17/11/2026, tại …, Ban Thường vụ Thành ủy tổ chức Hội nghị … Đồng chí … chủ trì
/// Hội nghị. Tham dự Hội nghị có … Sau khi nghe …, Ban Thường vụ Thành ủy thống nhất kết
/// luận như sau:" — only the facts that are filled in.
pub fn preamble_text(doc: &Document) -> Option<String> {
    let c = doc.conference.as_ref()?;
    let body = collective(doc);
    let mut s = String::new();
    if let Some(d) = &c.date {
        match (d.day, d.month) {
            (Some(day), Some(m)) => s.push_str(&format!("Ngày {day:02}/{m}/{}, ", d.year)),
            (None, Some(m)) => s.push_str(&format!("Tháng {m}/{}, ", d.year)),
            _ => s.push_str(&format!("Năm {}, ", d.year)),
        }
    }
    if !c.place.trim().is_empty() {
        s.push_str(&format!("tại {}, ", c.place.trim()));
    }
    let name = if c.name.trim().is_empty() {
        "Hội nghị".to_owned()
    } else {
        c.name.trim().to_owned()
    };
    let form = if c.online {
        " theo hình thức trực tuyến"
    } else {
        ""
    };
    s.push_str(&format!("{body} tổ chức {name}{form}."));
    if !c.chair.trim().is_empty() {
        s.push_str(&format!(
            " {} chủ trì Hội nghị.",
            capitalize(c.chair.trim())
        ));
    }
    let attendees: Vec<&str> = c
        .attendees
        .iter()
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
        .collect();
    if !attendees.is_empty() {
        s.push_str(&format!(" Tham dự Hội nghị có {}.", attendees.join(", ")));
    }
    let reports: Vec<&str> = c
        .reports
        .iter()
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
        .collect();
    let formula = match doc.kind {
        DocKind::NghiQuyet => "quyết nghị",
        _ => "thống nhất kết luận như sau",
    };
    if reports.is_empty() {
        s.push_str(&format!(" Sau khi thảo luận, {body} {formula}:"));
    } else {
        s.push_str(&format!(
            " Sau khi nghe {} và ý kiến thảo luận của các đại biểu, {body} {formula}:",
            reports.join("; ")
        ));
    }
    Some(s)
}

/// The collective that concludes, in running text ("Ban Thường vụ Thành ủy").
fn collective(doc: &Document) -> String {
    let issuer = sentence_case(&doc.issuer.name);
    // "THÀNH ỦY HẠ LONG" is "Thành ủy" in running text; the place name is implied.
    let short = issuer
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    match doc.signature.on_behalf_of.trim() {
        "BAN THƯỜNG VỤ" => format!("Ban Thường vụ {short}"),
        "BAN CHẤP HÀNH" => "Ban Chấp hành Đảng bộ".to_owned(),
        "" => short,
        other => sentence_case(other),
    }
}

fn sentence_case(s: &str) -> String {
    capitalize(&s.trim().to_lowercase())
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Conference, DocDate};

    #[test]
    fn writes_the_facts_that_are_given() {
        let mut doc = crate::templates::sample().expect("sample");
        doc.issuer.name = "THÀNH ỦY HẠ LONG".into();
        doc.signature.on_behalf_of = "BAN THƯỜNG VỤ".into();
        doc.conference = Some(Conference {
            name: "Hội nghị sơ kết công tác quý III".into(),
            date: Some(DocDate::ymd(2026, 10, 5)),
            place: String::new(),
            online: true,
            chair: "đồng chí Bí thư Thành ủy".into(),
            attendees: vec!["các đồng chí Ủy viên Ban Thường vụ Thành ủy".into()],
            reports: vec!["báo cáo của Văn phòng Thành ủy".into()],
        });
        assert_eq!(
            preamble_text(&doc).expect("text"),
            "Ngày 05/10/2026, Ban Thường vụ Thành ủy tổ chức Hội nghị sơ kết công tác quý III theo hình thức trực tuyến. Đồng chí Bí thư Thành ủy chủ trì Hội nghị. Tham dự Hội nghị có các đồng chí Ủy viên Ban Thường vụ Thành ủy. Sau khi nghe báo cáo của Văn phòng Thành ủy và ý kiến thảo luận của các đại biểu, Ban Thường vụ Thành ủy thống nhất kết luận như sau:"
        );
    }
}
