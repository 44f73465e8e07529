//! The layout audit of a Word file, however it was made: page, margins, fonts, sizes of
//! the body and of "Nơi nhận", the header table, the page number (none on page 1), line
//! spacing. The text as written (number, date, recipients, signature forms) is judged in
//! [`super::received`], where each finding names its paragraph.

use super::docx_xml::{self, Docx, Para};
use super::scan::q;
use super::{Finding, LayoutPart, Place, Severity};
use crate::rules::{mm_to_twips, LineRule, RuleSet, System};
use std::collections::HashMap;

/// Margins are compared within half a millimetre; page size within 1 mm.
const MARGIN_TOLERANCE_TWIPS: i64 = 28;
const PAGE_TOLERANCE_TWIPS: i64 = 57;
/// Paragraphs at least this long are body text (titles and header lines are shorter).
const BODY_MIN_CHARS: usize = 60;

/// Audits the DOCX in `bytes` against `rules`. Err: the file is not a readable DOCX
/// (a Vietnamese reason).
pub fn audit_docx(bytes: &[u8], rules: &RuleSet) -> Result<Vec<Finding>, String> {
    let docx = docx_xml::read(bytes)?;
    let mut out = Vec::new();
    page(&docx, rules, &mut out);
    fonts(&docx, rules, &mut out);
    body_text(&docx, rules, &mut out);
    recipients(&docx, rules, &mut out);
    header_table(&docx, rules, &mut out);
    page_number(&docx, rules, &mut out);
    out.sort_by_key(|f| f.severity);
    Ok(out)
}

fn finding(id: &'static str, severity: Severity, part: LayoutPart, msg: String) -> Finding {
    Finding::new(id, severity, Place::Layout(part), msg)
}

fn mm(twips: i64) -> String {
    format!("{:.0} mm", twips as f64 * 25.4 / 1440.0)
}

fn page(d: &Docx, rules: &RuleSet, out: &mut Vec<Finding>) {
    let p = &rules.page;
    let (w, h) = (
        mm_to_twips(p.width_mm) as i64,
        mm_to_twips(p.height_mm) as i64,
    );
    match d.section.page {
        Some((pw, ph)) => {
            let (pw, ph) = (pw as i64, ph as i64);
            if (pw - w).abs() > PAGE_TOLERANCE_TWIPS || (ph - h).abs() > PAGE_TOLERANCE_TWIPS || d.section.landscape {
                out.push(finding(
                    "layout.page-size",
                    Severity::Error,
                    LayoutPart::PageSize,
                    format!(
                        "Khổ giấy {} × {}{}: văn bản in trên khổ A4 ({:.0} × {:.0} mm), đặt dọc.",
                        mm(pw),
                        mm(ph),
                        if d.section.landscape { ", khổ ngang" } else { "" },
                        p.width_mm,
                        p.height_mm
                    ),
                ));
            }
        }
        None => out.push(finding(
            "layout.page-size",
            Severity::Warning,
            LayoutPart::PageSize,
            "Tệp không ghi khổ giấy: Word sẽ dùng khổ mặc định của máy (có thể là Letter), không phải A4.".into(),
        )),
    }
    let expected = [
        p.margin_top_mm,
        p.margin_bottom_mm,
        p.margin_left_mm,
        p.margin_right_mm,
    ]
    .map(|v| mm_to_twips(v) as i64);
    if let Some(m) = d.section.margins {
        let off = m
            .iter()
            .zip(expected)
            .any(|(a, b)| (a - b).abs() > MARGIN_TOLERANCE_TWIPS);
        if off {
            out.push(finding(
                "layout.margins",
                Severity::Error,
                LayoutPart::Margins,
                format!(
                    "Lề trang trên {}, dưới {}, trái {}, phải {}: theo {} lề trên {:.0} mm, dưới {:.0} mm, trái {:.0} mm, phải {:.0} mm (lề 25/25/35/15 mm là quy định cũ năm 2004).",
                    mm(m[0]), mm(m[1]), mm(m[2]), mm(m[3]),
                    rules.name, p.margin_top_mm, p.margin_bottom_mm, p.margin_left_mm, p.margin_right_mm
                ),
            ));
        }
    }
}

/// Characters of text per value of `key`, over `paras`.
fn weigh<K: std::hash::Hash + Eq>(
    paras: &[&Para],
    key: impl Fn(&docx_xml::Run) -> K,
) -> Vec<(K, usize)> {
    let mut m: HashMap<K, usize> = HashMap::new();
    for p in paras {
        for r in &p.runs {
            *m.entry(key(r)).or_default() += r.chars;
        }
    }
    let mut v: Vec<(K, usize)> = m.into_iter().collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.1));
    v
}

fn fonts(d: &Docx, rules: &RuleSet, out: &mut Vec<Finding>) {
    let all: Vec<&Para> = d.paragraphs.iter().collect();
    let mut other: Vec<String> = weigh(&all, |r| r.props.font.clone())
        .into_iter()
        .filter(|(f, n)| *n > 0 && f.as_deref() != Some(rules.font.as_str()))
        .map(|(f, _)| f.unwrap_or_else(|| "phông mặc định của Word".into()))
        .collect();
    other.sort();
    if other.is_empty() {
        return;
    }
    let legacy = other
        .iter()
        .any(|f| f.starts_with(".Vn") || f.starts_with("VNI"));
    out.push(finding(
        "layout.font",
        Severity::Error,
        LayoutPart::Fonts,
        format!(
            "Văn bản dùng phông {}: văn bản trình bày bằng phông {} (Unicode, TCVN 6909:2001).{}",
            other.iter().map(|f| q(f)).collect::<Vec<_>>().join(", "),
            rules.font,
            if legacy {
                " Phông .Vn… và VNI… là phông mã cũ (TCVN3, VNI): phải chuyển mã sang Unicode."
            } else {
                ""
            }
        ),
    ));
}

fn body_paragraphs(d: &Docx) -> Vec<&Para> {
    d.paragraphs
        .iter()
        .filter(|p| p.table.is_none() && p.text.chars().count() >= BODY_MIN_CHARS)
        .collect()
}

fn body_text(d: &Docx, rules: &RuleSet, out: &mut Vec<Finding>) {
    let body = body_paragraphs(d);
    let (lo, hi) = rules.body.size_range();
    let (min, max) = ((lo * 2.0).round() as u32, (hi * 2.0).round() as u32);
    if let Some((Some(size), _)) = weigh(&body, |r| r.props.size).first().cloned() {
        if size < min || size > max {
            out.push(finding(
                "layout.body-size",
                Severity::Error,
                LayoutPart::BodyText,
                format!(
                    "Nội dung văn bản cỡ chữ {} pt: theo {} nội dung cỡ {}–{} pt.",
                    size as f32 / 2.0,
                    rules.name,
                    min as f32 / 2.0,
                    max as f32 / 2.0
                ),
            ));
        }
    }
    let mut lines: HashMap<(u32, String), usize> = HashMap::new();
    for p in &body {
        if let Some(l) = &p.line {
            *lines.entry(l.clone()).or_default() += 1;
        }
    }
    let Some(((line, rule), _)) = lines.into_iter().max_by_key(|(k, n)| (*n, k.0)) else {
        return;
    };
    let wanted = match rules.body.line {
        LineRule::Exact(pt) | LineRule::AtLeast(pt) => pt,
        LineRule::Multiple(_) => return,
    };
    let ok = matches!(rule.as_str(), "exact" | "atLeast") && line as f32 >= wanted * 20.0 - 1.0;
    if !ok {
        let found = if rule == "auto" {
            format!("{:.2} dòng", line as f32 / 240.0)
        } else {
            format!("{} pt ({rule})", line as f32 / 20.0)
        };
        out.push(finding(
            "layout.line-spacing",
            Severity::Warning,
            LayoutPart::LineSpacing,
            format!(
                "Giãn dòng nội dung {found}: theo {} giãn dòng chính xác (Exactly) từ {wanted} pt trở lên.",
                rules.name
            ),
        ));
    }
}

fn recipients(d: &Docx, rules: &RuleSet, out: &mut Vec<Finding>) {
    let Some(label_at) = d
        .paragraphs
        .iter()
        .position(|p| p.text.trim().starts_with("Nơi nhận"))
    else {
        // The file's kind is known only by its type-name line here: a kind the rule set
        // lists without Nơi nhận (minutes) is not missing one.
        let without = rules.kinds.iter().filter(|k| !k.recipients).any(|k| {
            let name = k.kind.printed_name();
            !name.is_empty() && d.paragraphs.iter().any(|p| p.text.trim() == name)
        });
        if without {
            return;
        }
        out.push(finding(
            "layout.recipients-missing",
            Severity::Warning,
            LayoutPart::Recipients,
            "Không thấy khối “Nơi nhận:” ở cuối văn bản.".into(),
        ));
        return;
    };
    let label = &d.paragraphs[label_at];
    let label_run = label.runs.iter().find(|r| r.chars > 0);
    if let Some(r) = label_run {
        let bold_italic = r.props.bold == Some(true) && r.props.italic == Some(true);
        let want = &rules.recipients.label_format;
        if rules.system == System::Party && bold_italic {
            out.push(finding(
                "layout.recipients-label",
                Severity::Error,
                LayoutPart::Recipients,
                "Chữ “Nơi nhận:” in đậm nghiêng: đó là thể thức văn bản nhà nước (NĐ 30/2020); văn bản của Đảng viết “Nơi nhận:” đứng, gạch chân, cỡ 14.".into(),
            ));
        } else if rules.system == System::State && want.bold && want.italic && !bold_italic {
            out.push(finding(
                "layout.recipients-label",
                Severity::Error,
                LayoutPart::Recipients,
                format!(
                    "Chữ “Nơi nhận:” không in đậm nghiêng: theo {} viết “Nơi nhận:” chữ đậm, nghiêng, cỡ {} pt.",
                    rules.name, want.size_pt
                ),
            ));
        }
    }
    let items: Vec<&Para> = d.paragraphs[label_at + 1..]
        .iter()
        .take_while(|p| p.table == label.table)
        .filter(|p| p.text.trim_start().starts_with('-'))
        .collect();
    let want = (rules.recipients.item_size_pt * 2.0).round() as u32;
    if let Some((Some(size), _)) = weigh(&items, |r| r.props.size).first().cloned() {
        if size != want {
            out.push(finding(
                "layout.recipients-size",
                Severity::Error,
                LayoutPart::Recipients,
                format!(
                    "Các dòng nơi nhận cỡ chữ {} pt: theo {} cỡ {} pt.",
                    size as f32 / 2.0,
                    rules.name,
                    rules.recipients.item_size_pt
                ),
            ));
        }
    }
}

fn header_table(d: &Docx, rules: &RuleSet, out: &mut Vec<Finding>) {
    let motto = rules
        .header
        .motto
        .first()
        .map(|m| m.text.as_str())
        .unwrap_or("");
    let holds = |p: &&Para| p.text.to_uppercase().contains(motto);
    let in_table = d
        .paragraphs
        .iter()
        .filter(holds)
        .any(|p| p.table == Some(0));
    if rules.system == System::Party
        && d.paragraphs
            .iter()
            .any(|p| p.text.to_uppercase().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA"))
    {
        out.push(finding(
            "layout.state-header",
            Severity::Error,
            LayoutPart::HeaderTable,
            "Phần đầu có quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” của văn bản nhà nước: văn bản của Đảng ghi “ĐẢNG CỘNG SẢN VIỆT NAM”.".into(),
        ));
        return;
    }
    if d.starts_with_table && in_table {
        return;
    }
    let typed = d.paragraphs.iter().filter(holds).any(|p| p.table.is_none());
    out.push(finding(
        "layout.header-table",
        Severity::Error,
        LayoutPart::HeaderTable,
        if typed {
            format!("Phần đầu văn bản (tên cơ quan | {motto}) được căn bằng dấu cách hoặc tab: phải là một bảng hai cột không viền, để không lệch khi mở trên máy khác.")
        } else {
            format!("Văn bản không mở đầu bằng bảng hai cột: tên cơ quan, số ký hiệu bên trái; “{motto}”, địa danh và ngày tháng bên phải (§2).")
        },
    ));
}

fn page_number(d: &Docx, rules: &RuleSet, out: &mut Vec<Finding>) {
    let has_page = |refs: &[(String, String)], kind: &str| {
        refs.iter()
            .filter(|(k, _)| k == kind)
            .filter_map(|(_, id)| d.rels.get(id))
            .any(|t| d.part_has_page.get(t).copied().unwrap_or(false))
    };
    let s = &d.section;
    let default_page = has_page(&s.headers, "default") || has_page(&s.footers, "default");
    let first_page =
        s.title_page && (has_page(&s.headers, "first") || has_page(&s.footers, "first"));
    if !default_page && !first_page {
        out.push(finding(
            "layout.page-number-missing",
            Severity::Warning,
            LayoutPart::PageNumber,
            format!(
                "Văn bản không đánh số trang: từ trang 2, số trang đặt giữa, phía trên, cỡ {} (trang 1 không đánh số).",
                rules.page_number.size_pt
            ),
        ));
        return;
    }
    if first_page || (default_page && !s.title_page) {
        out.push(finding(
            "layout.page-number-first",
            Severity::Error,
            LayoutPart::PageNumber,
            "Trang 1 có số trang: trang đầu không đánh số; trong Word chọn “Different First Page” (titlePg) cho trang đầu.".into(),
        ));
    }
    if !has_page(&s.headers, "default") && has_page(&s.footers, "default") {
        out.push(finding(
            "layout.page-number-footer",
            Severity::Warning,
            LayoutPart::PageNumber,
            format!(
                "Số trang đặt ở chân trang: theo {} số trang đặt ở giữa, phía trên (cách mép trên {} mm).",
                rules.name, rules.page_number.from_top_mm
            ),
        ));
    }
}
