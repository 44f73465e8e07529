//! Sane ranges for every number of a rule set, checked when it is loaded: a rule-set file
//! is data a clerk may receive or edit by hand, and an absurd number (4 294 967 295 body
//! lines kept with the signature, a negative page) would otherwise reach the layout and
//! exhaust memory or produce an unreadable document. The message names the field as it is spelled in the file.

use super::{LineRule, RuleSet, TextFormat};
use std::fmt::Display;
use std::ops::RangeInclusive;

/// Font sizes, in points: from footnote-small to poster-large.
const FONT_PT: RangeInclusive<f32> = 5.0..=72.0;
/// Space before or after a paragraph, in points (a page is ≈ 842 pt high).
const SPACE_PT: RangeInclusive<f32> = 0.0..=200.0;
/// Exact or minimum line height, in points.
const LINE_PT: RangeInclusive<f32> = 5.0..=100.0;
/// Line height as a multiple of single spacing.
const LINE_MULTIPLE: RangeInclusive<f32> = 0.5..=5.0;
/// Paper sizes, in mm: A6 to A2.
const PAGE_MM: RangeInclusive<f32> = 100.0..=600.0;
/// One margin, or a distance from the page edge, in mm.
const MARGIN_MM: RangeInclusive<f32> = 0.0..=100.0;
/// What the margins must leave for text, each way, in mm.
const MIN_TEXT_MM: f32 = 50.0;
/// First-line indent, in mm.
const INDENT_MM: RangeInclusive<f32> = 0.0..=50.0;
/// A column's share of the text width, in percent.
const COLUMN_PCT: RangeInclusive<u32> = 1..=100;
/// Counted lines (body lines kept with the signature).
const LINES: RangeInclusive<u32> = 0..=20;
/// Room for the signature and seal, in mm (a seal is ≈ 40 mm across).
const SIGNATURE_MM: RangeInclusive<f32> = 0.0..=150.0;
/// A mark image's printed size (signature box, seal diameter), in mm: a seal is 35–42 mm.
const MARK_MM: RangeInclusive<f32> = 5.0..=100.0;
/// The share of the signature the seal covers.
const SHARE: RangeInclusive<f32> = 0.0..=1.0;
/// Motto lines in the header's right column.
const MOTTO_LINES: RangeInclusive<usize> = 0..=10;

/// Whether every number of `set` is in its range; the reason, in Vietnamese, if not.
pub(super) fn check(set: &RuleSet) -> Result<(), String> {
    let (y, m, d) = set.in_force_from;
    date("in_force_from", y, m, d)?;
    if let Some((y, m, d)) = set.in_force_until {
        date("in_force_until", y, m, d)?;
    }

    let p = &set.page;
    within("page.width_mm", p.width_mm, PAGE_MM, "mm")?;
    within("page.height_mm", p.height_mm, PAGE_MM, "mm")?;
    within("page.margin_top_mm", p.margin_top_mm, MARGIN_MM, "mm")?;
    within("page.margin_bottom_mm", p.margin_bottom_mm, MARGIN_MM, "mm")?;
    within("page.margin_left_mm", p.margin_left_mm, MARGIN_MM, "mm")?;
    within("page.margin_right_mm", p.margin_right_mm, MARGIN_MM, "mm")?;
    room(
        "page.margin_left_mm + page.margin_right_mm",
        p.margin_left_mm + p.margin_right_mm,
        "page.width_mm",
        p.width_mm,
    )?;
    room(
        "page.margin_top_mm + page.margin_bottom_mm",
        p.margin_top_mm + p.margin_bottom_mm,
        "page.height_mm",
        p.height_mm,
    )?;

    within(
        "page_number.size_pt",
        set.page_number.size_pt,
        FONT_PT,
        "pt",
    )?;
    within(
        "page_number.from_top_mm",
        set.page_number.from_top_mm,
        MARGIN_MM,
        "mm",
    )?;

    let h = &set.header;
    within("header.left_width_pct", h.left_width_pct, COLUMN_PCT, "%")?;
    font("header.upper", &h.upper)?;
    font("header.issuer", &h.issuer)?;
    font("header.separator_format", &h.separator_format)?;
    font("header.number", &h.number)?;
    // Padding thresholds: "05" below 10; a day or month never needs more than two digits.
    within("header.number_pad_below", h.number_pad_below, 0..=1000, "")?;
    within("header.pad_day_below", h.pad_day_below, 0..=31, "")?;
    within("header.pad_month_below", h.pad_month_below, 0..=12, "")?;
    font("header.marks", &h.marks)?;
    within("header.motto (số dòng)", h.motto.len(), MOTTO_LINES, "dòng")?;
    for (i, line) in h.motto.iter().enumerate() {
        font(&format!("header.motto[{i}].format"), &line.format)?;
    }
    font("header.date", &h.date)?;
    within(
        "header.date_space_before_pt",
        h.date_space_before_pt,
        SPACE_PT,
        "pt",
    )?;

    let t = &set.title;
    font("title.kind", &t.kind)?;
    font("title.subject", &t.subject)?;
    within("title.space_before_pt", t.space_before_pt, SPACE_PT, "pt")?;
    within("title.space_after_pt", t.space_after_pt, SPACE_PT, "pt")?;
    within(
        "title.kind_space_after_pt",
        t.kind_space_after_pt,
        SPACE_PT,
        "pt",
    )?;

    let b = &set.body;
    within("body.size_pt", b.size_pt, FONT_PT, "pt")?;
    if let Some((lo, hi)) = b.size_range_pt {
        within("body.size_range_pt", lo, FONT_PT, "pt")?;
        within("body.size_range_pt", hi, FONT_PT, "pt")?;
        if !(lo <= b.size_pt && b.size_pt <= hi) {
            return Err(format!(
                "body.size_range_pt ({lo}–{hi} pt) không chứa cỡ chữ nội dung body.size_pt ({} pt)",
                b.size_pt
            ));
        }
    }
    within(
        "body.first_line_indent_mm",
        b.first_line_indent_mm,
        INDENT_MM,
        "mm",
    )?;
    within("body.space_before_pt", b.space_before_pt, SPACE_PT, "pt")?;
    within("body.space_after_pt", b.space_after_pt, SPACE_PT, "pt")?;
    match b.line {
        LineRule::Exact(pt) | LineRule::AtLeast(pt) => within("body.line", pt, LINE_PT, "pt")?,
        LineRule::Multiple(x) => within("body.line", x, LINE_MULTIPLE, "lần")?,
    }

    within("footnote.size_pt", set.footnote.size_pt, FONT_PT, "pt")?;

    let r = &set.recipients;
    font("recipients.label_format", &r.label_format)?;
    within("recipients.item_size_pt", r.item_size_pt, FONT_PT, "pt")?;
    within("recipients.width_pct", r.width_pct, COLUMN_PCT, "%")?;
    within(
        "recipients.label_space_after_pt",
        r.label_space_after_pt,
        SPACE_PT,
        "pt",
    )?;
    within("recipients.hang_mm", r.hang_mm, INDENT_MM, "mm")?;

    let s = &set.signature;
    font("signature.authority_format", &s.authority_format)?;
    font("signature.title_format", &s.title_format)?;
    font("signature.name_format", &s.name_format)?;
    within(
        "signature.title_to_name_mm",
        s.title_to_name_mm,
        SIGNATURE_MM,
        "mm",
    )?;
    if let Some(e) = &s.electronic {
        let mm = [
            (
                "signature.electronic.signature_max_width_mm",
                e.signature_max_width_mm,
            ),
            (
                "signature.electronic.signature_max_height_mm",
                e.signature_max_height_mm,
            ),
            ("signature.electronic.seal_diameter_mm", e.seal_diameter_mm),
        ];
        for (name, v) in mm {
            within(name, v, MARK_MM, "mm")?;
        }
        within(
            "signature.electronic.seal_covers_signature",
            e.seal_covers_signature,
            SHARE,
            "",
        )?;
    }
    within(
        "signature.space_before_pt",
        s.space_before_pt,
        SPACE_PT,
        "pt",
    )?;
    within(
        "signature.keep_body_lines",
        s.keep_body_lines,
        LINES,
        "dòng",
    )?;
    font("signature.lead_format", &s.lead_format)?;
    font("signature.concurrent_format", &s.concurrent_format)?;
    within(
        "signature.lead_space_before_pt",
        s.lead_space_before_pt,
        SPACE_PT,
        "pt",
    )?;
    parts(set)
}

/// The sizes and distances of the parts a document has only sometimes, and one entry per
/// kind in `kinds`.
fn parts(set: &RuleSet) -> Result<(), String> {
    let p = &set.parts;
    font("parts.bases.format", &p.bases.format)?;
    font("parts.bases.enacting_format", &p.bases.enacting_format)?;
    font("parts.addressees.label_format", &p.addressees.label_format)?;
    font("parts.addressees.item_format", &p.addressees.item_format)?;
    within(
        "parts.addressees.space_pt",
        p.addressees.space_pt,
        SPACE_PT,
        "pt",
    )?;
    font("parts.letter_subject", &p.letter_subject)?;
    font("parts.marks.draft_format", &p.marks.draft_format)?;
    font(
        "parts.marks.circulation_format",
        &p.marks.circulation_format,
    )?;
    font(
        "parts.marks.not_for_media_format",
        &p.marks.not_for_media_format,
    )?;
    font("parts.marks.drafter_format", &p.marks.drafter_format)?;
    within(
        "parts.marks.from_edge_mm",
        p.marks.from_edge_mm,
        MARGIN_MM,
        "mm",
    )?;
    font("parts.appendix.label_format", &p.appendix.label_format)?;
    font("parts.appendix.title_format", &p.appendix.title_format)?;
    font("parts.appendix.note_format", &p.appendix.note_format)?;
    within(
        "parts.appendix.space_after_pt",
        p.appendix.space_after_pt,
        SPACE_PT,
        "pt",
    )?;
    font("parts.theme_format", &p.theme_format)?;
    font("parts.theme_subject_format", &p.theme_subject_format)?;
    for (i, k) in set.kinds.iter().enumerate() {
        if set.kinds[..i].iter().any(|other| other.kind == k.kind) {
            return Err(format!(
                "kinds: loại văn bản {:?} được khai hai lần",
                k.kind
            ));
        }
    }
    Ok(())
}

/// `value` of `field` is in `range` (NaN never is).
fn within<T: PartialOrd + Display>(
    field: &str,
    value: T,
    range: RangeInclusive<T>,
    unit: &str,
) -> Result<(), String> {
    if range.contains(&value) {
        return Ok(());
    }
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!(" {unit}")
    };
    Err(format!(
        "{field} = {value} nằm ngoài khoảng cho phép (từ {} đến {}{unit})",
        range.start(),
        range.end()
    ))
}

fn font(field: &str, format: &TextFormat) -> Result<(), String> {
    within(&format!("{field}.size_pt"), format.size_pt, FONT_PT, "pt")
}

/// The margins `used` of a page dimension still leave [`MIN_TEXT_MM`] for text.
fn room(margins: &str, used: f32, page: &str, size: f32) -> Result<(), String> {
    if size - used >= MIN_TEXT_MM {
        return Ok(());
    }
    Err(format!(
        "{margins} = {used} mm để lại dưới {MIN_TEXT_MM} mm cho chữ trong {page} = {size} mm"
    ))
}

fn date(field: &str, y: u16, m: u8, d: u8) -> Result<(), String> {
    if (1..=12).contains(&m) && (1..=31).contains(&d) && (1900..=2200).contains(&y) {
        return Ok(());
    }
    Err(format!(
        "{field} = ({y}, {m}, {d}) không phải một ngày hợp lệ"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_sets_pass() {
        for set in RuleSet::builtin() {
            assert_eq!(check(set), Ok(()), "{}", set.id);
        }
    }

    #[test]
    fn absurd_numbers_are_named() {
        let base = RuleSet::builtin()[0].clone();
        let mut set = base.clone();
        set.signature.keep_body_lines = u32::MAX;
        let msg = check(&set).expect_err("too many lines");
        assert!(
            msg.contains("signature.keep_body_lines = 4294967295"),
            "{msg}"
        );

        let mut set = base.clone();
        set.body.line = LineRule::Exact(f32::NAN);
        assert!(check(&set).expect_err("NaN").contains("body.line"));

        let mut set = base.clone();
        set.header.motto[0].format.size_pt = 0.0;
        let msg = check(&set).expect_err("zero font");
        assert!(msg.contains("header.motto[0].format.size_pt = 0"), "{msg}");

        let mut set = base.clone();
        set.page.margin_left_mm = 90.0;
        set.page.margin_right_mm = 90.0;
        let msg = check(&set).expect_err("no room for text");
        assert!(
            msg.contains("page.margin_left_mm + page.margin_right_mm"),
            "{msg}"
        );

        let mut set = base;
        set.recipients.width_pct = 101;
        assert!(check(&set)
            .expect_err("pct")
            .contains("recipients.width_pct"));
    }
}
