//! Phrases shared by the minutes and the documents derived from a record.

use crate::model::names::{capitalize, Names, COMMITTEES};
use crate::model::preamble;
use crate::model::record::{deadline_text, name_of};
use crate::model::{Collective, Conference, Document, Paragraph, Span, Style, Task};

/// The body that held the conference, in running text: "Ban Chấp hành Đảng bộ thành
/// phố", "Ban Thường vụ Thành ủy" — as the preamble names it.
pub fn holder(doc: &Document, c: &Conference) -> String {
    preamble::holder(doc, c, &Names::of(&doc.issuer))
}

/// The collective that met, for the documents that sign for it: the standing committee
/// when neither the record nor the signature says.
pub fn collective(doc: &Document, c: &Conference) -> Collective {
    preamble::held_by(doc, c).unwrap_or(Collective::BanThuongVu)
}

/// "Hội nghị được tổ chức theo hình thức trực tuyến, kết nối đến các điểm cầu: …" (no
/// full stop), when the conference was held online.
pub fn online_form(c: &Conference) -> Option<String> {
    let points: Vec<&str> = c
        .online_points
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    let form = "Hội nghị được tổ chức theo hình thức trực tuyến";
    match (c.online, points.is_empty()) {
        (false, true) => None,
        (true, true) => Some(form.to_owned()),
        _ => Some(format!(
            "{form}, kết nối đến các điểm cầu: {}",
            points.join("; ")
        )),
    }
}

/// A task as a direction of the conclusions: "Giao Ban Tuyên giáo và Dân vận Thành ủy
/// chủ trì, phối hợp với Văn phòng Thành ủy xây dựng kế hoạch …, hoàn thành trước ngày
/// 20/01/2027." Without a lead body, the task itself, capitalised.
pub fn direction(t: &Task) -> String {
    let content = t.content.trim().trim_end_matches(['.', ';']);
    let mut s = match t.lead.trim() {
        "" => capitalize(content),
        lead => {
            let coop: Vec<&str> = t
                .cooperating
                .iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect();
            if coop.is_empty() {
                format!("Giao {lead} chủ trì {content}")
            } else {
                format!(
                    "Giao {lead} chủ trì, phối hợp với {} {content}",
                    coop.join(", ")
                )
            }
        }
    };
    if let Some(d) = &t.deadline {
        match d.day {
            Some(_) => s.push_str(&format!(", hoàn thành trước {}", deadline_text(d))),
            None => s.push_str(&format!(", hoàn thành trong {}", deadline_text(d))),
        }
    }
    s.push('.');
    s
}

/// `lead` followed by `p`, the lead in `style` (bold for a speaker); the paragraph's own
/// formatting and footnotes move with its text.
pub fn led(lead: &str, style: Option<Style>, p: &Paragraph) -> Paragraph {
    let shift = lead.chars().count();
    let mut out = Paragraph::plain(format!("{lead}{}", p.text));
    if let Some(style) = style {
        let bold_end = lead.trim_end().chars().count();
        if bold_end > 0 {
            out.spans.push(Span(0, bold_end, style));
        }
    }
    out.spans.extend(
        p.spans
            .iter()
            .map(|Span(a, b, s)| Span(a + shift, b + shift, *s)),
    );
    out.notes
        .extend(p.notes.iter().map(|n| crate::model::Footnote {
            at: n.at + shift,
            text: n.text.clone(),
        }));
    out
}

/// A paragraph that ends with a full stop (or the colon or other end mark it has).
pub fn sentence(s: impl Into<String>) -> Paragraph {
    let mut s: String = s.into();
    let t = s.trim_end();
    if !t.ends_with(['.', ':', '!', '?', ';']) {
        s.truncate(t.len());
        s.push('.');
    }
    Paragraph::plain(s)
}

/// The chair's position for a signature's title line, in capitals and without the body
/// name (05-HD: the title line carries no body name): "Vũ Văn Diện, Ủy viên Ban Thường
/// vụ Tỉnh ủy, Bí thư Thành ủy" → "BÍ THƯ". `None` when the record gives no position.
pub fn signer_title(person: &str) -> Option<String> {
    let position = person.split(',').skip(1).last()?.trim();
    let upper = position.to_uppercase().replace("UỶ", "ỦY");
    // The body name starts at the committee's word; what comes before is the title.
    let cut = COMMITTEES
        .iter()
        .filter_map(|w| upper.find(w))
        .min()
        .unwrap_or(upper.len());
    let title = upper[..cut].trim();
    (!title.is_empty()).then(|| title.to_owned())
}

/// "đồng chí Trần Minh Khoa, Bí thư Thành ủy" for the chair, as typed with its position.
pub fn comrade(person: &str) -> String {
    let name = name_of(person);
    match person.split_once(',') {
        Some((_, rest)) if !rest.trim().is_empty() => {
            format!("đồng chí {name}, {}", rest.trim())
        }
        _ => format!("đồng chí {name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocDate;

    #[test]
    fn directions_in_the_seeds_form() {
        let t = Task {
            content: "xây dựng kế hoạch thực hiện Nghị quyết".into(),
            lead: "Ban Tuyên giáo và Dân vận Thành ủy".into(),
            cooperating: vec![
                "Văn phòng Thành ủy".into(),
                "Ủy ban nhân dân thành phố".into(),
            ],
            deadline: Some(DocDate::ymd(2027, 1, 20)),
        };
        assert_eq!(
            direction(&t),
            "Giao Ban Tuyên giáo và Dân vận Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy, Ủy ban nhân dân thành phố xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày 20/01/2027."
        );
        let open = Task {
            content: "rà soát quy chế làm việc.".into(),
            deadline: Some(DocDate {
                year: 2027,
                month: Some(3),
                day: None,
            }),
            ..Task::default()
        };
        assert_eq!(
            direction(&open),
            "Rà soát quy chế làm việc, hoàn thành trong tháng 03/2027."
        );
    }

    #[test]
    fn title_line_without_the_body_name() {
        assert_eq!(
            signer_title("Vũ Văn Diện, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy").as_deref(),
            Some("BÍ THƯ")
        );
        assert_eq!(
            signer_title("Lê Thu Hà, Phó Bí thư Thường trực Đảng ủy").as_deref(),
            Some("PHÓ BÍ THƯ THƯỜNG TRỰC")
        );
        assert_eq!(signer_title("Lê Thu Hà"), None);
    }

    #[test]
    fn a_lead_keeps_the_text_formatting_in_place() {
        let p = Paragraph::plain("đề nghị bổ sung")
            .with(0, 7, Style::Italic)
            .note(15, "Ghi chú");
        let out = led("Đồng chí A: ", Some(Style::Bold), &p);
        assert_eq!(out.text, "Đồng chí A: đề nghị bổ sung");
        assert!(out.has_style(0, 10, Style::Bold));
        assert!(out.has_style(12, 19, Style::Italic));
        assert_eq!(out.notes[0].at, 27);
    }
}
