//! The BIÊN BẢN written from its record: the opening (time, place, composition with
//! counts), the proceedings item by item, the closing (end time, the minutes read back
//! and adopted), and the two signatures of 05-HD p. 22 — NGƯỜI GHI BIÊN BẢN on the left,
//! CHỦ TRÌ HỘI NGHỊ on the right.
//!
//! For a BIÊN BẢN with a record, the body is a view of the record: the editor rewrites it
//! after each edit of the record, and the clerk corrects the record, not the body.

use super::phrases::{comrade, direction, holder, led, online_form, sentence};
use crate::model::names::capitalize;
use crate::model::preamble::{conference_title, report};
use crate::model::{
    Authority, Block, Collective, Conference, Cosigner, DocKind, Document, NumberStyle, Paragraph,
    Section, Signature, SignerPlace, Style,
};

/// The role lines of the two signatures (05-HD p. 22).
pub const SECRETARY_ROLE: &str = "NGƯỜI GHI BIÊN BẢN";
pub const CHAIR_ROLE: &str = "CHỦ TRÌ HỘI NGHỊ";

/// Rewrites the subject, body, closing and signatures of a BIÊN BẢN from its record.
/// Returns whether anything changed; does nothing for another kind or without a record.
/// A confirmation block (centred cosigner) and any recipients the clerk added are kept.
pub fn refresh_minutes(doc: &mut Document) -> bool {
    if doc.kind != DocKind::BienBan {
        return false;
    }
    let Some(c) = doc.conference.clone() else {
        return false;
    };
    let before = (
        doc.subject.clone(),
        doc.body.clone(),
        doc.closing.clone(),
        doc.signature.clone(),
        doc.cosigners.clone(),
    );
    doc.subject = conference_title(doc).into_iter().collect();
    doc.preamble.clear();
    doc.body = body(doc, &c);
    doc.closing = closing(&c);
    doc.signature = Signature {
        authority: Authority::Role,
        on_behalf_of: CHAIR_ROLE.into(),
        title: String::new(),
        name: c.chair_name(),
        concurrent: String::new(),
    };
    let secretary = Cosigner {
        place: SignerPlace::Left,
        lead: String::new(),
        signature: Signature {
            authority: Authority::Role,
            on_behalf_of: SECRETARY_ROLE.into(),
            title: String::new(),
            name: c.secretary_name(),
            concurrent: String::new(),
        },
    };
    doc.cosigners.retain(|s| s.place != SignerPlace::Left);
    doc.cosigners.insert(0, secretary);
    // The confirmation names the chair it confirms.
    for s in doc
        .cosigners
        .iter_mut()
        .filter(|s| s.place == SignerPlace::Centred)
    {
        if s.lead.trim().is_empty() || s.lead.starts_with("Xác nhận chữ ký") {
            s.lead = format!("Xác nhận chữ ký của đồng chí {}", c.chair_name());
        }
    }
    before
        != (
            doc.subject.clone(),
            doc.body.clone(),
            doc.closing.clone(),
            doc.signature.clone(),
            doc.cosigners.clone(),
        )
}

fn body(doc: &Document, c: &Conference) -> Vec<Block> {
    let mut opening = Section::heading(NumberStyle::RomanDot, "THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN");
    for item in opening_items(doc, c) {
        opening = opening.with(item);
    }
    let mut proceedings = Section::heading(NumberStyle::RomanDot, "NỘI DUNG HỘI NGHỊ");
    for item in c.agenda.iter().filter(|i| !i.title.trim().is_empty()) {
        let mut s = Section::heading(NumberStyle::ArabicDot, item.title.trim());
        for r in item.reports.iter().filter(|r| !r.title.trim().is_empty()) {
            s = s.with(match r.presenter.trim() {
                "" => sentence(format!("Hội nghị nghe {}", report(r.title.trim()))),
                who => sentence(format!(
                    "{} trình bày {}",
                    capitalize(&c.speaker_text(who)),
                    report(r.title.trim())
                )),
            });
        }
        let said: Vec<_> = item
            .discussion
            .iter()
            .filter(|i| !i.speaker.trim().is_empty() || !i.text.is_empty())
            .collect();
        if !said.is_empty() {
            s = s.with(Paragraph::plain("Ý kiến thảo luận:").all(Style::Italic));
            for i in said {
                let at =
                    i.at.map(|t| format!(" ({})", t.printed()))
                        .unwrap_or_default();
                let lead = format!("{}{at}: ", capitalize(&c.speaker_text(&i.speaker)));
                let mut text = i.text.clone();
                if !text.text.trim_end().ends_with(['.', '!', '?', ':', ';']) {
                    text.text = format!("{}.", text.text.trim_end());
                }
                s = s.with(Section::item(
                    NumberStyle::Dash,
                    led(&lead, Some(Style::Bold), &text),
                ));
            }
        }
        if let Some(v) = &item.vote {
            s = s.with(sentence(format!("Kết quả biểu quyết: {}", v.printed())));
        }
        let concluded: Vec<_> = item.conclusion.iter().filter(|p| !p.is_empty()).collect();
        if !concluded.is_empty() {
            s = s.with(
                Paragraph::plain("Kết luận của đồng chí chủ trì Hội nghị:").all(Style::Italic),
            );
            for p in concluded {
                s = s.with(p.clone());
            }
        }
        if !item.tasks.is_empty() {
            s = s.with(Paragraph::plain("Phân công thực hiện:").all(Style::Italic));
            for t in item.tasks.iter().filter(|t| !t.content.trim().is_empty()) {
                s = s.with(Section::item(
                    NumberStyle::Dash,
                    Paragraph::plain(direction(t)),
                ));
            }
        }
        proceedings = proceedings.with(s);
    }
    vec![opening.into(), proceedings.into()]
}

/// "1. Thời gian: …", "2. Địa điểm: …", "3. Thành phần: …" with the lead in bold.
fn opening_items(doc: &Document, c: &Conference) -> Vec<Section> {
    let item = |lead: &str, text: String| {
        Section::item(
            NumberStyle::ArabicDot,
            led(&format!("{lead}: "), Some(Style::Bold), &sentence(text)),
        )
    };
    let mut out = Vec::new();
    let mut when = match c.start {
        Some(t) => format!("bắt đầu lúc {}", t.printed()),
        None => String::new(),
    };
    if let Some(d) = &c.date {
        let day = match (d.day, d.month) {
            (Some(day), Some(m)) => format!("ngày {day:02} tháng {m:02} năm {}", d.year),
            (None, Some(m)) => format!("tháng {m:02} năm {}", d.year),
            _ => format!("năm {}", d.year),
        };
        when = if when.is_empty() {
            day
        } else {
            format!("{when}, {day}")
        };
    }
    if !when.is_empty() {
        out.push(item("Thời gian", when));
    }
    let mut place = c.place.trim().to_owned();
    if let Some(form) = online_form(c) {
        place = if place.is_empty() {
            form
        } else {
            format!("{place}. {form}")
        };
    }
    if !place.is_empty() {
        out.push(item("Địa điểm", capitalize(&place)));
    }
    let mut who = Section::item(
        NumberStyle::ArabicDot,
        led("Thành phần:", Some(Style::Bold), &Paragraph::default()),
    );
    if !c.chair.trim().is_empty() {
        who = who.with(dash("Chủ trì", comrade(&c.chair)));
    }
    who = who.with(dash(&members_label(doc, c), roll_call(c)));
    let guests: Vec<String> = c
        .attendees
        .iter()
        .chain(&c.guests)
        .map(|g| g.trim().to_owned())
        .filter(|g| !g.is_empty())
        .collect();
    if !guests.is_empty() {
        who = who.with(dash("Mời dự", guests.join("; ")));
    }
    if !c.secretary.trim().is_empty() {
        who = who.with(dash(
            "Thư ký Hội nghị (người ghi biên bản)",
            comrade(&c.secretary),
        ));
    }
    out.push(who);
    out
}

fn dash(lead: &str, text: String) -> Section {
    Section::item(
        NumberStyle::Dash,
        led(&format!("{lead}: "), Some(Style::Italic), &sentence(text)),
    )
}

/// "Ủy viên Ban Chấp hành Đảng bộ thành phố", "Thành viên Thường trực Thành ủy".
fn members_label(doc: &Document, c: &Conference) -> String {
    let body = holder(doc, c);
    match super::phrases::collective(doc, c) {
        Collective::ThuongTruc => format!("Thành viên {body}"),
        _ => format!("Ủy viên {body}"),
    }
}

/// "có mặt 38/41 đồng chí; vắng 3 đồng chí: đồng chí A (đi công tác), đồng chí B".
fn roll_call(c: &Conference) -> String {
    let present = c.present().count();
    let mut s = format!("có mặt {present}/{} đồng chí", c.expected_count());
    let absent: Vec<String> = c
        .absent()
        .map(|(m, reason)| match reason.trim() {
            "" => format!("đồng chí {}", m.name.trim()),
            r => format!("đồng chí {} ({r})", m.name.trim()),
        })
        .collect();
    let unnamed = (c.expected_count() as usize).saturating_sub(present + absent.len());
    let count = absent.len() + unnamed;
    if count > 0 {
        s.push_str(&format!("; vắng {count} đồng chí"));
        if !absent.is_empty() {
            s.push_str(&format!(": {}", absent.join(", ")));
        }
    }
    s
}

/// The end time and the adoption of the minutes.
fn closing(c: &Conference) -> Vec<Paragraph> {
    let mut s = match c.end {
        Some(t) => format!("Hội nghị kết thúc lúc {} cùng ngày.", t.printed()),
        None => "Hội nghị kết thúc cùng ngày.".to_owned(),
    };
    match &c.adoption {
        Some(v) => s.push_str(&format!(
            " Biên bản đã được đọc lại trước Hội nghị và được thông qua với {}.",
            v.printed()
        )),
        None => s.push_str(" Biên bản đã được đọc lại trước Hội nghị."),
    }
    vec![Paragraph::plain(s)]
}
