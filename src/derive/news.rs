//! The news item for the committee's portal, in the style of its own items (seeds 002,
//! 004): a headline, a lede ("Sáng 17/12, Ban Chấp hành Đảng bộ thành phố tổ chức Hội
//! nghị lần thứ 8 … Đồng chí …, Bí thư Thành ủy chủ trì Hội nghị."), the reports heard,
//! the main conclusions. What the minutes hold for the office only stays out: agenda
//! items the record marks internal, who said what in the discussion, the roll call and
//! its absences, the tasks' bodies and deadlines.

use super::phrases::{comrade, holder};
use crate::model::names::{capitalize, decapitalize};
use crate::model::preamble::conference_title;
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
    let points: Vec<&str> = c
        .online_points
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    if !points.is_empty() {
        paragraphs.push(format!(
            "Hội nghị được tổ chức trực tuyến, kết nối đến các điểm cầu: {}.",
            points.join("; ")
        ));
    } else if c.online {
        paragraphs.push("Hội nghị được tổ chức theo hình thức trực tuyến.".into());
    }
    for item in c.agenda.iter().filter(|i| !i.internal) {
        for r in item.reports.iter().filter(|r| !r.title.trim().is_empty()) {
            let title = r.title.trim().trim_end_matches('.');
            paragraphs.push(match r.presenter.trim() {
                "" => format!(
                    "Tại Hội nghị, các đại biểu đã nghe {}.",
                    decapitalize(title)
                ),
                who => format!(
                    "Tại Hội nghị, {} đã trình bày {}.",
                    c.speaker_text(who),
                    decapitalize(title)
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
            escape(&self.headline)
        ));
        s.push_str(&format!("<h1>{}</h1>\n", escape(&self.headline)));
        s.push_str(&format!("<p><strong>{}</strong></p>\n", escape(&self.lede)));
        for p in &self.paragraphs {
            s.push_str(&format!("<p>{}</p>\n", escape(p)));
        }
        s.push_str("</article>\n</body>\n</html>\n");
        s
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
