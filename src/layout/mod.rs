//! The printed strings of a document under a rule set: number line, date line, recipient
//! lines, signature lines. Shared by the DOCX export and the on-screen preview, so that
//! both print exactly the same words.

pub mod esign;
pub mod measure;
pub mod metrics;
pub mod parts;

use crate::model::{Authority, DocDate, Document, Recipient, Signature};
use crate::rules::{RuleSet, TextFormat};

/// "Số 15-KL/TU" (Party) or "Số: 15/KL-TU" (state); a blank to fill by hand when the
/// number is not given yet.
pub fn number_line(doc: &Document, rules: &RuleSet) -> String {
    let h = &rules.header;
    let number = match doc.number.trim() {
        "" => h.number_blank.clone(),
        n => match n.parse::<u32>() {
            Ok(v) if v < h.number_pad_below => format!("{v:02}"),
            _ => n.to_owned(),
        },
    };
    h.number_pattern
        .replace("{number}", &number)
        .replace("{type}", &rules.type_symbol(doc.kind))
        .replace("{body}", doc.issuer.symbol.trim())
}

/// Room left beside the right header block's widest line when it is set flush right, so
/// that a word processor's own rounding of advances never wraps it: LibreOffice wrapped a
/// date line with 0.35 mm to spare. Half of it shows on each side of the centred lines — a
/// tolerance, not a layout choice.
const FLUSH_SLACK_MM: f32 = 1.5;

/// How far the right header block (motto, date) is indented in its column, in mm: under a
/// rule set that sets it flush right, the column's width less the block's widest line, so
/// that the centred lines share that line's centre and it ends at the right margin; 0 when
/// the block is centred in its column or its widest line needs the whole column.
pub fn right_block_indent_mm(doc: &Document, rules: &RuleSet) -> f32 {
    let h = &rules.header;
    if !h.right_flush {
        return 0.0;
    }
    let date = date_line(&doc.place, &doc.date, rules);
    let widest = h
        .motto
        .iter()
        .map(|m| measure::width_mm(&m.text, &m.format))
        .chain(std::iter::once(measure::width_mm(&date, &h.date)))
        .fold(0.0, f32::max);
    let p = &rules.page;
    let text_width = p.width_mm - p.margin_left_mm - p.margin_right_mm;
    let column = text_width * (100 - h.left_width_pct.min(100)) as f32 / 100.0;
    (column - widest - FLUSH_SLACK_MM).max(0.0)
}

/// The look of subject line `index`: the rule set's, in capitals for the author line
/// where the rule set says so (05-HD). The author line comes first, under the type name
/// (p. 11, example 3); a later line starting "của" is part of the subject.
pub fn subject_format(index: usize, line: &str, rules: &RuleSet) -> TextFormat {
    let t = &rules.title;
    TextFormat {
        caps: t.subject.caps || (t.author_caps && index == 0 && is_author_line(line)),
        ..t.subject.clone()
    }
}

/// Whether a subject line names the author: "của Ban Thường vụ Thành ủy" (or already in
/// capitals, "CỦA BAN …"). 05-HD prints that line in capitals.
pub fn is_author_line(line: &str) -> bool {
    let line = line.trim_start();
    line.split_whitespace()
        .next()
        .is_some_and(|w| w.to_lowercase() == "của")
}

/// "Hạ Long, ngày 03 tháng 02 năm 2026": leading zeros by the rule set; blanks for
/// a day or month not fixed yet.
pub fn date_line(place: &str, date: &DocDate, rules: &RuleSet) -> String {
    let (day, month) = day_and_month(date, rules);
    rules
        .header
        .date_pattern
        .replace("{place}", place.trim())
        .replace("{day}", &day)
        .replace("{month}", &month)
        .replace("{year}", &date.year.to_string())
}

/// The day and month as the rule set prints them: leading zeros below its limits, its
/// blank for a day or month not fixed yet.
pub fn day_and_month(date: &DocDate, rules: &RuleSet) -> (String, String) {
    let h = &rules.header;
    let pad = |v: Option<u8>, below: u8| match v {
        Some(v) if v < below => format!("{v:02}"),
        Some(v) => v.to_string(),
        None => h.date_blank.clone(),
    };
    (
        pad(date.day, h.pad_day_below),
        pad(date.month, h.pad_month_below),
    )
}

/// The lines under "Nơi nhận:", punctuated by the rule set, ending with "Lưu …".
pub fn recipient_lines(recipients: &[Recipient], archive: &str, rules: &RuleSet) -> Vec<String> {
    let r = &rules.recipients;
    let mut lines: Vec<String> = recipients
        .iter()
        .filter(|x| !x.name.trim().is_empty())
        .map(|x| {
            let note = match x.note.as_deref().map(str::trim) {
                Some(n) if !n.is_empty() => r.note_pattern.replace("{note}", n),
                _ => String::new(),
            };
            format!("{}{}{}{}", r.prefix, x.name.trim(), note, r.separator)
        })
        .collect();
    if !archive.trim().is_empty() {
        let last = r.archive_pattern.replace("{office}", archive.trim());
        lines.push(format!("{}{}", r.prefix, last));
    } else if let Some(last) = lines.last_mut() {
        // Without a "Lưu" line the list still ends with a full stop.
        last.truncate(last.len() - r.separator.len());
        last.push('.');
    }
    lines
}

/// The signature block's text lines: authority line (if any) and title, then the name.
pub struct SignatureLines {
    pub authority: Option<String>,
    pub title: String,
    /// "kiêm" and the post held at the same time, when the signer signs in it.
    pub concurrent: Option<(String, String)>,
    pub name: String,
}

pub fn signature_lines(doc: &Document, rules: &RuleSet) -> SignatureLines {
    signer_lines(&doc.signature, rules)
}

/// The lines of any signer's block: the main one or a cosigner.
pub fn signer_lines(s: &Signature, rules: &RuleSet) -> SignatureLines {
    let r = &rules.signature;
    let prefix = match s.authority {
        Authority::None | Authority::Role => None,
        Authority::OnBehalf => Some(&r.on_behalf),
        Authority::Deputy => Some(&r.deputy),
        Authority::Delegated => Some(&r.delegated),
    };
    let authority = match s.authority {
        Authority::Role => Some(s.on_behalf_of.trim().to_owned()).filter(|r| !r.is_empty()),
        _ => prefix.map(|p| format!("{p} {}", s.on_behalf_of.trim())),
    };
    SignatureLines {
        authority,
        title: s.title.trim().to_owned(),
        concurrent: Some(s.concurrent.trim())
            .filter(|c| !c.is_empty())
            .map(|c| (r.concurrent_word.clone(), c.to_owned())),
        name: s.name.trim().to_owned(),
    }
}

/// Text as XML or HTML content and attribute values take it: `& < > "` escaped.
pub fn escape_markup(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Removes characters XML 1.0 forbids (C0 controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF), which would make Word refuse the file.
pub fn xml_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
    };
    if s.chars().any(bad) {
        s.chars().filter(|&c| !bad(c)).collect::<String>().into()
    } else {
        s.into()
    }
}

/// The space before the signer's name that puts its baseline `title_to_name_mm` under
/// the title line's: the distance less the name's own single line. Export and preview
/// keep the same room for the signature and seal.
pub fn signature_space_pt(rules: &RuleSet) -> f32 {
    let s = &rules.signature;
    let distance_pt = s.title_to_name_mm * measure::PT_PER_MM;
    (distance_pt - measure::single_line_pt(s.name_format.size_pt)).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocDate;

    fn rules(id: &str) -> &'static RuleSet {
        RuleSet::by_id(id).expect("bundled rule set")
    }

    #[test]
    fn date_leading_zeros() {
        let r = rules("dang-hd05-2026");
        let line = |d| date_line("Hạ Long", &d, r);
        assert_eq!(
            line(DocDate::ymd(2018, 4, 3)),
            "Hạ Long, ngày 03 tháng 4 năm 2018"
        );
        assert_eq!(
            line(DocDate::ymd(2018, 2, 20)),
            "Hạ Long, ngày 20 tháng 02 năm 2018"
        );
        assert_eq!(
            line(DocDate::ymd(2021, 12, 9)),
            "Hạ Long, ngày 09 tháng 12 năm 2021"
        );
        let open = DocDate {
            year: 2021,
            month: Some(8),
            day: None,
        };
        assert_eq!(line(open), "Hạ Long, ngày      tháng 8 năm 2021");
    }

    #[test]
    fn recipients_per_rule_set() {
        let list = [
            Recipient::noted("Thường trực Tỉnh ủy", "để báo cáo"),
            Recipient::new("Các đồng chí Thành ủy viên"),
        ];
        assert_eq!(
            recipient_lines(&list, "VPTU", rules("dang-hd05-2026")),
            [
                "- Thường trực Tỉnh ủy (để báo cáo);",
                "- Các đồng chí Thành ủy viên;",
                "- Lưu VPTU."
            ]
        );
        assert_eq!(
            recipient_lines(&list, "VPTU", rules("dang-hd36-2018"))[1],
            "- Các đồng chí Thành ủy viên,"
        );
        assert_eq!(
            recipient_lines(&list, "VT, VP", rules("nha-nuoc-nd30-2020"))[2],
            "- Lưu: VT, VP."
        );
        assert_eq!(
            recipient_lines(&list, "", rules("dang-hd05-2026"))[1],
            "- Các đồng chí Thành ủy viên."
        );
    }

    #[test]
    fn a_regulation_takes_the_symbol_of_its_rule_set() {
        let mut doc = crate::templates::sample().expect("sample");
        doc.kind = crate::model::DocKind::QuyDinh;
        doc.number = "5".into();
        // 05-HD p. 7: Quyết định and Quy định are both "QĐ"; 36-HD had "QĐi".
        assert_eq!(number_line(&doc, rules("dang-hd05-2026")), "Số 05-QĐ/TU");
        assert_eq!(number_line(&doc, rules("dang-hd36-2018")), "Số 05-QĐi/TU");
    }

    #[test]
    fn strips_xml_forbidden_chars() {
        assert_eq!(xml_safe("a\u{1}b\u{B}c\td"), "abc\td");
    }
}
