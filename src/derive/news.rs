//! The news item for the committee's portal, in the style of its own items (seeds 002,
//! 004): a headline, a lede ("Sáng 17/12, Ban Chấp hành Đảng bộ thành phố tổ chức Hội
//! nghị lần thứ 8 … Đồng chí …, Bí thư Thành ủy chủ trì Hội nghị."), the reports heard,
//! the main conclusions. What the minutes hold for the office only stays out: agenda
//! items the record marks internal, who said what in the discussion, the roll call and
//! its absences, the tasks' bodies and deadlines.

use super::phrases::{comrade, holder, online_form};
use crate::layout::escape_markup;
use crate::model::names::{capitalize, decapitalize};
use crate::model::preamble::{conference_title, report};
use crate::model::{Conference, Document, Paragraph};

pub struct NewsItem {
    pub headline: String,
    pub lede: String,
    pub paragraphs: Vec<String>,
}

pub fn item(doc: &Document, c: &Conference) -> NewsItem {
    let headline = conference_title(doc).unwrap_or_else(|| "Hội nghị".into());
    let body = holder(doc, c);
    let mut lede = String::new();
    let part = c.start.map(|t| match t.hour {
        0..=11 => "Sáng",
        12..=17 => "Chiều",
        _ => "Tối",
    });
    match (&c.date, part) {
        (Some(d), Some(part)) if d.day.is_some() => {
            lede.push_str(&format!(
                "{part} {}/{}, ",
                d.day.unwrap_or(1),
                d.month.unwrap_or(1)
            ));
        }
        (Some(d), _) => {
            if let (Some(day), Some(m)) = (d.day, d.month) {
                lede.push_str(&format!("Ngày {day}/{m}, "));
            }
        }
        _ => {}
    }
    let name = c.name.trim();
    let name = if name.is_empty() {
        "Hội nghị".to_owned()
    } else {
        name.to_owned()
    };
    let term = match c.term.trim() {
        "" => String::new(),
        t => format!(" khóa {t}"),
    };
    lede.push_str(&format!("{body}{term} tổ chức {name}"));
    let topics: Vec<String> = c
        .agenda
        .iter()
        .filter(|i| !i.internal && !i.title.trim().is_empty())
        .map(|i| decapitalize(i.title.trim()))
        .collect();
    if !topics.is_empty() {
        lede.push_str(&format!(" để xem xét, cho ý kiến về {}", topics.join("; ")));
    }
    lede.push('.');
    let mut lede = capitalize(&lede);
    if !c.chair.trim().is_empty() {
        lede.push_str(&format!(
            " {} chủ trì Hội nghị.",
            capitalize(&comrade(&c.chair))
        ));
    }

    let mut paragraphs = Vec::new();
    if let Some(form) = online_form(c) {
        paragraphs.push(format!("{form}."));
    }
    for item in c.agenda.iter().filter(|i| !i.internal) {
        for r in item.reports.iter().filter(|r| !r.title.trim().is_empty()) {
            let title = report(r.title.trim().trim_end_matches('.'));
            paragraphs.push(match r.presenter.trim() {
                "" => format!("Tại Hội nghị, các đại biểu đã nghe {title}."),
                who => format!(
                    "Tại Hội nghị, {} đã trình bày {title}.",
                    c.speaker_text(who)
                ),
            });
        }
        let concluded: Vec<&Paragraph> = item.conclusion.iter().filter(|p| !p.is_empty()).collect();
        if let Some((first, rest)) = concluded.split_first() {
            let text = first.text.trim();
            paragraphs.push(match c.chair_name().as_str() {
                "" => format!("Kết luận nội dung này, Hội nghị thống nhất: {text}"),
                // The conclusion keeps its capitals: it often opens with a body's name.
                chair => format!(
                    "Kết luận nội dung {}, đồng chí {chair} nhấn mạnh: {text}",
                    decapitalize(item.title.trim()),
                ),
            });
            paragraphs.extend(rest.iter().map(|p| p.text.trim().to_owned()));
        }
        if let Some(v) = &item.vote {
            paragraphs.push(format!(
                "Hội nghị đã biểu quyết thông qua nội dung {} với {}.",
                decapitalize(item.title.trim()),
                v.printed()
            ));
        }
    }
    NewsItem {
        headline,
        lede,
        paragraphs,
    }
}

impl NewsItem {
    /// Plain text: the headline, a blank line, then one paragraph per line.
    pub fn text(&self) -> String {
        let mut s = format!("{}\n\n{}\n", self.headline, self.lede);
        for p in &self.paragraphs {
            s.push('\n');
            s.push_str(p);
            s.push('\n');
        }
        s
    }

    /// A page for the portal's editor: the lede in bold as the portal sets it.
    pub fn html(&self) -> String {
        let mut s =
            String::from("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
        s.push_str(&format!(
            "<title>{}</title>\n</head>\n<body>\n<article>\n",
            escape_markup(&self.headline)
        ));
        s.push_str(&format!("<h1>{}</h1>\n", escape_markup(&self.headline)));
        s.push_str(&format!(
            "<p><strong>{}</strong></p>\n",
            escape_markup(&self.lede)
        ));
        for p in &self.paragraphs {
            s.push_str(&format!("<p>{}</p>\n", escape_markup(p)));
        }
        s.push_str("</article>\n</body>\n</html>\n");
        s
    }
}
