//! The place and date of the header, and dates written in the text ("ngày 09/3/2018").

use super::header::{date_text, replace};
use super::scan::{is_all_caps, q};
use super::{Ctx, Finding, Fix, Place, Severity};
use crate::model::date::days_in_month;
use crate::model::DocDate;

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    header_date(ctx, out);
    place(ctx, out);
    text_dates(ctx, out);
}

fn header_date(ctx: &Ctx, out: &mut Vec<Finding>) {
    let d = &ctx.doc.date;
    if !d.is_valid() {
        out.push(Finding::new(
            "date.invalid",
            Severity::Error,
            Place::Date,
            format!("Ngày ký {} không có trên lịch.", date_text(d)),
        ));
        return;
    }
    let earliest = (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1));
    let today = ctx.today.latest();
    if earliest > today {
        out.push(Finding::new(
            "date.future",
            Severity::Warning,
            Place::Date,
            format!(
                "Ngày ký {} ở sau ngày hôm nay ({}): văn bản chỉ ghi ngày khi ký ban hành; kiểm tra lại ngày, tháng, năm.",
                date_text(d),
                date_text(&ctx.today)
            ),
        ));
    }
    let year_ago = (today.0.saturating_sub(1), today.1, today.2);
    if d.latest() < year_ago {
        out.push(Finding::new(
            "date.old",
            Severity::Warning,
            Place::Date,
            format!(
                "Ngày ký {} cách hôm nay ({}) hơn một năm: kiểm tra lại năm ký.",
                date_text(d),
                date_text(&ctx.today)
            ),
        ));
    }
}

fn place(ctx: &Ctx, out: &mut Vec<Finding>) {
    let p = ctx.doc.place.trim();
    if p.is_empty() {
        out.push(Finding::new(
            "date.place-missing",
            Severity::Error,
            Place::Place,
            "Thiếu địa danh trước ngày tháng (ví dụ “Hạ Long, ngày 20 tháng 8 năm 2021”).",
        ));
        return;
    }
    let lower = p.to_lowercase();
    let cut = [p.find(','), lower.find("ngày").map(|i| i.min(p.len()))]
        .into_iter()
        .flatten()
        .min();
    if let Some(cut) = cut.filter(|&c| p.is_char_boundary(c)) {
        let kept = p[..cut].trim().trim_end_matches(',').trim().to_owned();
        out.push(
            Finding::new(
                "date.place-form",
                Severity::Error,
                Place::Place,
                format!(
                    "Ô địa danh {} có cả dấu phẩy hoặc ngày tháng: chương trình tự in “{}, ngày … tháng … năm …”; chỉ nhập địa danh.",
                    q(p),
                    if kept.is_empty() { "Hạ Long" } else { &kept }
                ),
            )
            .with_fix(Fix {
                label: "Chỉ giữ địa danh".into(),
                safe: !kept.is_empty(),
                edits: vec![replace(Place::Place, kept.clone())],
            }),
        );
        return;
    }
    if is_all_caps(p) && p.chars().filter(|c| c.is_alphabetic()).count() > 1 {
        let fixed = title_case(p);
        out.push(
            Finding::new(
                "date.place-caps",
                Severity::Warning,
                Place::Place,
                format!(
                    "Địa danh {} viết in hoa: dòng địa danh, ngày tháng viết chữ thường, in nghiêng ({}).",
                    q(p),
                    q(&fixed)
                ),
            )
            .with_fix(Fix::safe(
                format!("Sửa thành {fixed}"),
                vec![replace(Place::Place, fixed.clone())],
            )),
        );
    }
}

/// "HẠ LONG" → "Hạ Long".
pub fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A date written in the text, by byte range.
pub struct TextDate {
    pub start: usize,
    pub end: usize,
    pub day: Option<u8>,
    pub month: u8,
    pub year: u16,
    /// "09/3/2018" (slashes) or "ngày 09 tháng 3 năm 2018".
    pub slashed: bool,
}

impl TextDate {
    pub fn as_doc_date(&self) -> DocDate {
        DocDate {
            year: self.year,
            month: Some(self.month),
            day: self.day,
        }
    }

    pub fn is_real(&self) -> bool {
        (1..=12).contains(&self.month)
            && self
                .day
                .is_none_or(|d| d >= 1 && d <= days_in_month(self.year, self.month))
    }

    /// The same date with the leading zeros of the rule set.
    pub fn padded(&self, pad_day: u8, pad_month: u8) -> String {
        let pad = |v: u8, below: u8| {
            if v < below {
                format!("{v:02}")
            } else {
                v.to_string()
            }
        };
        let m = pad(self.month, pad_month);
        match (self.day, self.slashed) {
            (Some(d), true) => format!("{}/{m}/{}", pad(d, pad_day), self.year),
            (Some(d), false) => format!("ngày {} tháng {m} năm {}", pad(d, pad_day), self.year),
            (None, _) => format!("{m}/{}", self.year),
        }
    }
}

/// Dates in `text`: "09/3/2018", "tháng 01/2021", "ngày 5 tháng 3 năm 2021".
pub fn find_dates(text: &str) -> Vec<TextDate> {
    let b = text.as_bytes();
    let digits_end = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let num = |s: usize, e: usize| text[s..e].parse::<u16>().unwrap_or(0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts_number = b[i].is_ascii_digit()
            && (i == 0 || !(b[i - 1].is_ascii_digit() || matches!(b[i - 1], b'/' | b'.' | b',')));
        if !starts_number {
            i += 1;
            continue;
        }
        let d_end = digits_end(i);
        let next = digits_end(d_end + 1);
        let ends_clean = |e: usize| e >= b.len() || !(b[e].is_ascii_digit() || b[e] == b'/');
        if (1..=2).contains(&(d_end - i)) && b.get(d_end) == Some(&b'/') {
            let m_end = next;
            if (1..=2).contains(&(m_end - d_end - 1)) && b.get(m_end) == Some(&b'/') {
                let y_end = digits_end(m_end + 1);
                if y_end - m_end - 1 == 4 && ends_clean(y_end) {
                    out.push(TextDate {
                        start: i,
                        end: y_end,
                        day: Some(num(i, d_end) as u8),
                        month: num(d_end + 1, m_end) as u8,
                        year: num(m_end + 1, y_end),
                        slashed: true,
                    });
                    i = y_end;
                    continue;
                }
            } else if m_end - d_end - 1 == 4
                && ends_clean(m_end)
                && (text[..i].ends_with("tháng ") || text[..i].ends_with("Tháng "))
            {
                out.push(TextDate {
                    start: i,
                    end: m_end,
                    day: None,
                    month: num(i, d_end) as u8,
                    year: num(d_end + 1, m_end),
                    slashed: true,
                });
                i = m_end;
                continue;
            }
        }
        i = d_end;
    }
    out.extend(spelled_dates(text));
    out
}

/// "ngày 5 tháng 3 năm 2021".
fn spelled_dates(text: &str) -> Vec<TextDate> {
    let mut out = Vec::new();
    for (start, _) in text.match_indices("ngày ") {
        let rest = &text[start + "ngày ".len()..];
        let parts: Vec<&str> = rest.splitn(6, ' ').collect();
        if parts.len() < 5 || parts[1] != "tháng" || parts[3] != "năm" {
            continue;
        }
        let (d, m) = (parts[0], parts[2]);
        let y: String = parts[4].chars().take_while(char::is_ascii_digit).collect();
        let all_digits =
            |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|c| c.is_ascii_digit());
        if !all_digits(d) || !all_digits(m) || y.len() != 4 {
            continue;
        }
        let end =
            start + "ngày ".len() + d.len() + " tháng ".len() + m.len() + " năm ".len() + y.len();
        out.push(TextDate {
            start,
            end,
            day: d.parse().ok(),
            month: m.parse().unwrap_or(0),
            year: y.parse().unwrap_or(0),
            slashed: false,
        });
    }
    out
}

fn text_dates(ctx: &Ctx, out: &mut Vec<Finding>) {
    let h = &ctx.rules.header;
    for item in &ctx.texts {
        for d in find_dates(item.text) {
            let written = &item.text[d.start..d.end];
            if !d.is_real() {
                out.push(Finding::new(
                    "date.text-invalid",
                    Severity::Error,
                    item.at_bytes(d.start, d.end),
                    format!(
                        "Ngày {} không có trên lịch: kiểm tra lại ngày, tháng.",
                        q(written)
                    ),
                ));
                continue;
            }
            let padded = d.padded(h.pad_day_below, h.pad_month_below);
            if padded != written {
                out.push(
                    Finding::new(
                        "date.leading-zero",
                        Severity::Warning,
                        item.at_bytes(d.start, d.end),
                        format!(
                            "Ngày {} viết sai số 0 đứng trước: ngày nhỏ hơn {} và tháng nhỏ hơn {} mới thêm số 0 (“09/3/2018”, “28/02/2022”); viết {}.",
                            q(written),
                            h.pad_day_below,
                            h.pad_month_below,
                            q(&padded)
                        ),
                    )
                    .with_fix(Fix::safe(
                        format!("Sửa thành {padded}"),
                        vec![replace(item.at_bytes(d.start, d.end), padded.clone())],
                    )),
                );
            }
        }
    }
}
