//! The printed page measured against Hướng dẫn 05-HD/VPTW (2026)'s own pages: every 05-HD
//! template and the sample are exported, rendered by LibreOffice, and read back word by word
//! with `pdftotext -bbox`. The figures are the ones measured on the guideline's scans
//! (`shared/spec/sources/hd05-2026/`, spec §11).
//! In CI (CI=true) a missing soffice or pdftotext fails; elsewhere the test skips.

mod common;

use common::{soffice_pdfs, tool_available};
use std::path::{Path, PathBuf};
use std::process::Command;
use vanban::layout::{is_author_line, recipient_lines, signature_lines};
use vanban::model::{DocDate, Document};
use vanban::rules::RuleSet;
use vanban::{export, templates};

const MM_PER_PT: f32 = 25.4 / 72.0;

/// Page 1: "ĐẢNG CỘNG SẢN VIỆT NAM" and the date end at the right margin (the motto spans
/// 122.0–195.1 mm on the scan); allowed short of it: the export's rounding slack.
const RIGHT_BLOCK_SHORT_MM: f32 = 1.5;
/// Page 29: 40.7 mm from the title line's baseline to the name's.
const TITLE_TO_NAME_MM: f32 = 40.7;
/// Page 29: 16.1 mm from the top of the last body line to the top of "Nơi nhận".
const BODY_TO_CLOSING_MM: f32 = 16.1;
/// Page 29: wrapped recipient lines start 3.0 mm right of the dash.
const HANG_MM: f32 = 3.0;
const TOLERANCE_MM: f32 = 1.0;

/// One word of the PDF, in millimetres from the page's top left corner.
#[derive(Debug, Clone)]
struct Word {
    page: usize,
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
    text: String,
}

fn attr(tag: &str, name: &str) -> f32 {
    let key = format!("{name}=\"");
    let at = tag.find(&key).expect("attribute") + key.len();
    let end = tag[at..].find('"').expect("attribute end") + at;
    tag[at..end].parse().expect("number")
}

/// Every word of every page (`pdftotext -bbox`).
fn words(pdf: &Path) -> Vec<Word> {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success(), "pdftotext failed on {pdf:?}");
    let html = String::from_utf8(out.stdout).expect("utf-8");
    let mut page = 0;
    let mut all = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        } else if let Some(rest) = line.strip_prefix("<word ") {
            let (tag, text) = rest.split_once('>').expect("word tag");
            let text = text.trim_end_matches("</word>");
            all.push(Word {
                page,
                x0: attr(tag, "xMin") * MM_PER_PT,
                y0: attr(tag, "yMin") * MM_PER_PT,
                x1: attr(tag, "xMax") * MM_PER_PT,
                y1: attr(tag, "yMax") * MM_PER_PT,
                text: text.replace("&amp;", "&"),
            });
        }
    }
    all
}

/// The words that print `text` in a row on `page` (optionally right of `min_x`): the
/// first run of consecutive words whose texts join to it.
fn find(words: &[Word], page: usize, min_x: f32, text: &str) -> Option<Vec<Word>> {
    let wanted: Vec<&str> = text.split_whitespace().collect();
    let on: Vec<&Word> = words
        .iter()
        .filter(|w| w.page == page && w.x0 >= min_x)
        .collect();
    on.windows(wanted.len())
        .find(|ws| ws.iter().zip(&wanted).all(|(w, t)| w.text == *t))
        .map(|ws| ws.iter().map(|w| (*w).clone()).collect())
}

fn span(ws: &[Word]) -> (f32, f32) {
    let x0 = ws.iter().map(|w| w.x0).fold(f32::MAX, f32::min);
    let x1 = ws.iter().map(|w| w.x1).fold(f32::MIN, f32::max);
    (x0, x1)
}

/// The lines of `page` between `top` and `bottom` and left of `right` (words grouped by
/// their bottom edge), each as (left edge, first word).
fn lines_in(words: &[Word], page: usize, top: f32, bottom: f32, right: f32) -> Vec<(f32, String)> {
    let mut ws: Vec<&Word> = words
        .iter()
        .filter(|w| w.page == page && w.y0 > top && w.y1 < bottom && w.x1 < right)
        .collect();
    ws.sort_by(|a, b| a.y1.total_cmp(&b.y1).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<(f32, f32, String)> = Vec::new();
    for w in ws {
        match lines.last() {
            Some((y, _, _)) if (w.y1 - y).abs() < 0.5 => {}
            _ => lines.push((w.y1, w.x0, w.text.clone())),
        }
    }
    lines.into_iter().map(|(_, x, t)| (x, t)).collect()
}

fn sample_drafts() -> Vec<(String, Document)> {
    let mut docs = vec![("mẫu".to_owned(), templates::sample().expect("sample"))];
    for t in templates::all() {
        let doc = t.new_draft(DocDate::ymd(2026, 6, 5)).expect("template");
        // Minutes close with two signatures and no Nơi nhận: tests/record_minutes.rs.
        if doc.kind == vanban::model::DocKind::BienBan {
            continue;
        }
        docs.push((t.id.to_owned(), doc));
    }
    for (_, d) in &mut docs {
        d.rules = "dang-hd05-2026".into();
    }
    docs
}

/// Everything wrong with one rendered 05-HD document, measured.
/// `continued` counts the wrapped recipient lines seen, so the test knows it measured some.
fn faults(
    name: &str,
    doc: &Document,
    rules: &RuleSet,
    words: &[Word],
    continued: &mut usize,
) -> Vec<String> {
    let mut out = Vec::new();
    let page = &rules.page;
    let right_margin = page.width_mm - page.margin_right_mm;
    let text_width = right_margin - page.margin_left_mm;
    let text_mid = page.margin_left_mm + text_width / 2.0;
    let right_column =
        page.margin_left_mm + text_width * rules.header.left_width_pct as f32 / 100.0 - 0.5;

    // Page 1 starts at the top margin (LibreOffice once added a line above the header).
    let top = words
        .iter()
        .filter(|w| w.page == 1)
        .map(|w| w.y0)
        .fold(f32::MAX, f32::min);
    if top > page.margin_top_mm + 1.5 {
        out.push(format!(
            "page 1 starts {top:.1} mm from the top, below the margin"
        ));
    }

    // The right header block, flush right, the date centred under the motto.
    let motto = &rules.header.motto[0].text;
    let date = vanban::layout::date_line(&doc.place, &doc.date, rules);
    match (
        find(words, 1, right_column, motto),
        find(words, 1, right_column, &date),
    ) {
        (Some(m), Some(d)) => {
            let (m0, m1) = span(&m);
            let (d0, d1) = span(&d);
            let right = m1.max(d1);
            if right > right_margin + 0.3 || right < right_margin - RIGHT_BLOCK_SHORT_MM {
                out.push(format!(
                    "right header block ends at {right:.1} mm, not at the margin {right_margin:.1} mm"
                ));
            }
            let (mc, dc) = ((m0 + m1) / 2.0, (d0 + d1) / 2.0);
            if (mc - dc).abs() > TOLERANCE_MM {
                out.push(format!("date centred at {dc:.1} mm, motto at {mc:.1} mm"));
            }
        }
        _ => out.push(format!(
            "motto or date line {date:?} not found on one line of page 1"
        )),
    }

    // The author line in capitals.
    for s in doc.subject.iter().filter(|s| is_author_line(s)) {
        if find(words, 1, 0.0, &s.to_uppercase()).is_none() {
            out.push(format!("author line {s:?} not printed in capitals"));
        }
    }

    // The closing block: its distance from the body, the signature space, the hanging
    // recipient lines.
    let sig = signature_lines(doc, rules);
    // The closing block ends the document proper: appendices follow on pages of their own.
    let pages = words.iter().map(|w| w.page).max().unwrap_or(1);
    let last = (1..=pages)
        .rev()
        .find(|&p| find(words, p, text_mid, &sig.name).is_some())
        .unwrap_or(pages);
    let label = rules.recipients.label.as_str();
    let (Some(title), Some(signer), Some(label_ws)) = (
        find(words, last, text_mid, &sig.title),
        find(words, last, text_mid, &sig.name),
        find(words, last, 0.0, label),
    ) else {
        out.push(format!("closing block not found on the last page {last}"));
        return out.into_iter().map(|f| format!("{name}: {f}")).collect();
    };
    // The signature space is under the last line of the title, the post held "kiêm" when
    // there is one (05-HD p. 20).
    let title = match &sig.concurrent {
        Some((_, post)) => find(words, last, text_mid, post).unwrap_or(title),
        None => title,
    };
    let space = signer[0].y1 - title[0].y1;
    if (space - TITLE_TO_NAME_MM).abs() > TOLERANCE_MM {
        out.push(format!(
            "{space:.1} mm from the title line to the name, not {TITLE_TO_NAME_MM}"
        ));
    }
    let label_top = label_ws[0].y0;
    let body_top = words
        .iter()
        .filter(|w| w.page == last && w.y1 < label_top - 1.0)
        .map(|w| w.y0)
        .fold(f32::MIN, f32::max);
    let gap = label_top - body_top;
    if (gap - BODY_TO_CLOSING_MM).abs() > TOLERANCE_MM {
        out.push(format!(
            "{gap:.1} mm from the last body line to Nơi nhận, not {BODY_TO_CLOSING_MM}"
        ));
    }
    let column = page.margin_left_mm
        + (right_margin - page.margin_left_mm) * rules.recipients.width_pct as f32 / 100.0;
    let bottom = words
        .iter()
        .filter(|w| w.page == last)
        .map(|w| w.y1)
        .fold(0.0, f32::max);
    let mut items = lines_in(words, last, label_ws[0].y1, bottom + 1.0, column);
    // The drafter's code and copies under the list are not a recipient.
    if let Some(drafter) = vanban::layout::parts::drafter_line(doc, rules) {
        items.retain(|(_, t)| !t.starts_with(drafter.trim()));
    }
    let expected = recipient_lines(&doc.recipients, &doc.archive, rules).len();
    let dashes = items.iter().filter(|(_, t)| t.starts_with('-')).count();
    if dashes != expected {
        out.push(format!(
            "{dashes} recipient lines start with a dash, {expected} expected"
        ));
    }
    for (x, first) in &items {
        let want = if first.starts_with('-') {
            page.margin_left_mm
        } else {
            *continued += 1;
            page.margin_left_mm + HANG_MM
        };
        if (x - want).abs() > 0.5 {
            out.push(format!(
                "recipient line {first:?}… starts at {x:.1} mm, not {want:.1} mm"
            ));
        }
    }
    out.into_iter().map(|f| format!("{name}: {f}")).collect()
}

#[test]
fn pages_measure_as_the_guideline_pages() {
    if !tool_available("soffice", "--version") || !tool_available("pdftotext", "-v") {
        return;
    }
    let rules = RuleSet::by_id("dang-hd05-2026").expect("rules");
    let dir = tempfile::tempdir().expect("temp dir");
    let drafts = sample_drafts();
    let mut paths: Vec<PathBuf> = Vec::new();
    for (i, (_, doc)) in drafts.iter().enumerate() {
        let path = dir.path().join(format!("{i}.docx"));
        export::docx_to_file(doc, rules, &path).expect("export");
        paths.push(path);
    }
    // The same sample under 36-HD keeps its own title form (no capitals).
    let mut doc36 = templates::sample().expect("sample");
    doc36.rules = "dang-hd36-2018".into();
    let path36 = dir.path().join("hd36.docx");
    let rules36 = RuleSet::by_id("dang-hd36-2018").expect("rules");
    export::docx_to_file(&doc36, rules36, &path36).expect("export");
    paths.push(path36);

    let pdfs = soffice_pdfs(&paths, dir.path());
    let mut failures = Vec::new();
    let mut continued = 0;
    for ((name, doc), pdf) in drafts.iter().zip(&pdfs) {
        failures.extend(faults(name, doc, rules, &words(pdf), &mut continued));
    }
    let ws36 = words(&pdfs[drafts.len()]);
    let author = doc36
        .subject
        .iter()
        .find(|s| is_author_line(s))
        .expect("the sample has an author line");
    if find(&ws36, 1, 0.0, author).is_none() {
        failures.push(format!("36-HD: author line {author:?} not as typed"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(continued > 0, "no wrapped recipient line was measured");
}

/// 05-HD p. 22 on the printed page: NGƯỜI GHI BIÊN BẢN centred in the left column,
/// CHỦ TRÌ HỘI NGHỊ in the right, both names on one baseline at the guideline's distance
/// under their role lines, and the confirmation centred on the text block below them.
#[test]
fn minutes_sign_side_by_side_on_the_page() {
    if !tool_available("soffice", "--version") || !tool_available("pdftotext", "-v") {
        return;
    }
    let mut doc = templates::find("bien-ban-hoi-nghi")
        .and_then(|t| t.new_draft(DocDate::ymd(2026, 12, 5)))
        .expect("template");
    doc.cosigners.push(vanban::model::Cosigner {
        place: vanban::model::SignerPlace::Centred,
        lead: String::new(),
        signature: vanban::model::Signature {
            authority: vanban::model::Authority::Delegated,
            on_behalf_of: "BAN THƯỜNG VỤ".into(),
            title: "CHÁNH VĂN PHÒNG".into(),
            name: "Lê Thị Cúc".into(),
            concurrent: String::new(),
        },
    });
    vanban::derive::refresh_minutes(&mut doc);
    let rules = RuleSet::by_id(&doc.rules).expect("rules");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bb.docx");
    export::docx_to_file(&doc, rules, &path).expect("export");
    let pdfs = soffice_pdfs(&[path], dir.path());
    let ws = words(&pdfs[0]);
    let last = ws.iter().map(|w| w.page).max().unwrap_or(1);
    let page = &rules.page;
    let right_margin = page.width_mm - page.margin_right_mm;
    let split = page.margin_left_mm
        + (right_margin - page.margin_left_mm) * rules.recipients.width_pct as f32 / 100.0;
    let centre = |ws: &[Word]| {
        let (a, b) = span(ws);
        (a + b) / 2.0
    };
    let found = |text: &str| {
        find(&ws, last, 0.0, text).unwrap_or_else(|| panic!("{text:?} on the last page"))
    };
    let secretary = found("NGƯỜI GHI BIÊN BẢN");
    let chair = found("CHỦ TRÌ HỘI NGHỊ");
    let secretary_name = found("Trần Thị Mai");
    let chair_name = found("Nguyễn Văn An");
    let confirmer = found("Lê Thị Cúc");
    let lead = found("Xác nhận chữ ký của đồng chí Nguyễn Văn An");
    let mut faults = Vec::new();
    for (what, ws, want) in [
        (
            "NGƯỜI GHI BIÊN BẢN",
            &secretary,
            (page.margin_left_mm + split) / 2.0,
        ),
        ("CHỦ TRÌ HỘI NGHỊ", &chair, (split + right_margin) / 2.0),
        (
            "Trần Thị Mai",
            &secretary_name,
            (page.margin_left_mm + split) / 2.0,
        ),
        ("Nguyễn Văn An", &chair_name, (split + right_margin) / 2.0),
        (
            "the confirmation",
            &lead,
            (page.margin_left_mm + right_margin) / 2.0,
        ),
        (
            "Lê Thị Cúc",
            &confirmer,
            (page.margin_left_mm + right_margin) / 2.0,
        ),
    ] {
        let c = centre(ws);
        if (c - want).abs() > TOLERANCE_MM {
            faults.push(format!("{what} centred at {c:.1} mm, not {want:.1} mm"));
        }
    }
    if (secretary[0].y1 - chair[0].y1).abs() > 0.3
        || (secretary_name[0].y1 - chair_name[0].y1).abs() > 0.3
    {
        faults.push("the two signatures are not side by side".into());
    }
    let space = chair_name[0].y1 - chair[0].y1;
    if (space - TITLE_TO_NAME_MM).abs() > TOLERANCE_MM {
        faults.push(format!(
            "{space:.1} mm from the role line to the name, not {TITLE_TO_NAME_MM}"
        ));
    }
    if lead[0].y0 <= chair_name[0].y1 {
        faults.push("the confirmation is not under the signatures".into());
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// 05-HD pp. 11, 25–26 on the printed page: the circulation mark 10 mm from the top at
/// the right margin; "Không phổ biến…" centred 10 mm above the bottom edge of the
/// document's last page; the công văn's subject and "Dự thảo lần 2" in the left column
/// under the number; the addressees' dashes in one column; each appendix on pages of its
/// own, the landscape one centred on its wider text block.
#[test]
fn parts_sit_where_the_guideline_puts_them() {
    if !tool_available("soffice", "--version") || !tool_available("pdftotext", "-v") {
        return;
    }
    let doc = common::every_part_letter();
    let rules = RuleSet::by_id("dang-hd05-2026").expect("rules");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("letter.docx");
    export::docx_to_file(&doc, rules, &path).expect("export");
    let ws = words(&soffice_pdfs(&[path], dir.path())[0]);
    let page = &rules.page;
    let m = &rules.parts.marks;
    let right_margin = page.width_mm - page.margin_right_mm;
    let near = |a: f32, b: f32, what: &str| {
        assert!(
            (a - b).abs() <= TOLERANCE_MM,
            "{what}: {a:.1} mm, want {b:.1} mm"
        );
    };
    let locate = |page: usize, text: &str| {
        find(&ws, page, 0.0, text).unwrap_or_else(|| panic!("{text:?} not on page {page}"))
    };

    let mark = locate(1, "LƯU HÀNH NỘI BỘ");
    near(mark[0].y0, m.from_edge_mm, "circulation mark from the top");
    near(span(&mark).1, right_margin, "circulation mark's right edge");

    let media = locate(1, "KHÔNG PHỔ BIẾN TRÊN PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG");
    near(
        media[0].y1,
        page.height_mm - m.from_edge_mm,
        "media mark from the bottom",
    );
    let (x0, x1) = span(&media);
    near(
        (x0 + x1) / 2.0,
        (page.margin_left_mm + right_margin) / 2.0,
        "media mark's centre",
    );

    let left_column = page.margin_left_mm
        + (right_margin - page.margin_left_mm) * rules.header.left_width_pct as f32 / 100.0;
    let number = locate(1, "Số 686-CV/TU");
    let draft = locate(1, "Dự thảo lần 2");
    let subject = locate(1, &doc.subject[0]);
    assert!(
        number[0].y1 < draft[0].y1 && draft[0].y1 < subject[0].y1,
        "number, draft mark, subject: not in that order"
    );
    for ws in [&draft, &subject] {
        assert!(
            span(ws).1 < left_column,
            "{:?} outside the left column",
            ws[0].text
        );
    }

    let first = locate(1, &format!("- {};", doc.addressees[0]));
    let second = locate(1, &format!("- {};", doc.addressees[1]));
    assert!(
        (first[0].x0 - second[0].x0).abs() < 0.3,
        "addressee dashes not in one column"
    );
    assert!(locate(1, "Kính gửi:")[0].x1 < first[0].x0);

    let one = locate(2, "PHỤ LỤC 1");
    let two = locate(3, "PHỤ LỤC 2");
    let (a0, a1) = span(&one);
    near(
        (a0 + a1) / 2.0,
        (page.margin_left_mm + right_margin) / 2.0,
        "portrait appendix label",
    );
    let landscape_right = page.height_mm - page.margin_right_mm;
    let (b0, b1) = span(&two);
    near(
        (b0 + b1) / 2.0,
        (page.margin_left_mm + landscape_right) / 2.0,
        "landscape appendix label",
    );
    // Each appendix numbers its pages from 1, and page 1 carries no number.
    assert!(
        !ws.iter()
            .any(|w| w.page > 1 && w.y1 < page.margin_top_mm && w.text.parse::<u32>().is_ok()),
        "a page number on an appendix's first page"
    );
}
