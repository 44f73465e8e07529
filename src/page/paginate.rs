//! Placing the flow on pages: lines and table rows go down the page until the next one
//! (with the footnotes it cites) would cross the bottom margin; the page then breaks at the
//! last place the keeps allow — keep-with-next, keep-lines, widow and orphan control, a
//! table row never split —, or where it must when a chain of keeps fills a page.

use super::flow::{pt, Block, Flow, Frame, Para};
use super::lines::{set, SetLine, SUPERSCRIPT_RISE, SUPERSCRIPT_SIZE};
use super::{Image, Item, Line, Page, Text};
use crate::layout::metrics::Metrics;
use crate::rules::RuleSet;

/// LibreOffice's footnote area in a file of ours, measured on its render: the separator is a
/// quarter of the text width, 0.75 pt thick, 3.1 pt above the first note's line; the space
/// kept above it is LibreOffice's default distance to the text (0.1 cm).
const NOTE_RULE_FRACTION: f32 = 0.25;
const NOTE_RULE_ABOVE_PT: f32 = 2.83;
const NOTE_RULE_BELOW_PT: f32 = 3.07;
const NOTE_RULE_WIDTH_PT: f32 = 0.75;

/// What goes down the page as one piece.
enum Unit {
    /// A line of a paragraph of the body flow.
    Line(SetLine),
    /// A table row: its height and its cells' lines at their offsets.
    Row {
        height: f32,
        lines: Vec<(f32, f32, SetLine)>,
        /// The electronic version's images, their boxes from the row's top-left corner.
        images: Vec<Image>,
    },
    Section {
        landscape: bool,
    },
    Frame(Frame, SetLine),
}

impl Unit {
    fn height(&self) -> f32 {
        match self {
            Unit::Line(l) => l.total(),
            Unit::Row { height, .. } => *height,
            Unit::Section { .. } | Unit::Frame(..) => 0.0,
        }
    }

    fn notes(&self) -> Vec<usize> {
        match self {
            Unit::Line(l) => l.notes.clone(),
            Unit::Row { lines, .. } => lines.iter().flat_map(|(_, _, l)| l.notes.clone()).collect(),
            _ => Vec::new(),
        }
    }
}

/// The flow's units, and for each whether the page may break before it.
fn units(flow: &Flow, portrait: f32, rules: &RuleSet) -> (Vec<Unit>, Vec<bool>) {
    // A landscape section keeps the margins: its text is as wide as the page is tall, less
    // the side margins (whole twips, as the export writes the page).
    let p = &rules.page;
    let landscape = super::flow::as_written(p.height_mm - p.margin_left_mm - p.margin_right_mm);
    let mut width = portrait;
    let mut units = Vec::new();
    let mut may_break = Vec::new();
    let mut keep_prev = false;
    for block in &flow.blocks {
        match block {
            Block::Para(p) => {
                let mut lines = set(p, width);
                collapse_spacing(units.last(), &mut lines);
                let n = lines.len();
                for (k, line) in lines.into_iter().enumerate() {
                    let ok = if k == 0 {
                        !keep_prev
                    } else {
                        // LibreOffice keeps a paragraph that keeps with the next whole,
                        // like one that keeps its lines (measured: a six-line lead-in
                        // with room for two lines left went to the next page).
                        !(p.keep_lines || p.keep_next || p.widow_control && (k == 1 || k + 1 == n))
                    };
                    units.push(Unit::Line(line));
                    may_break.push(ok);
                }
                keep_prev = p.keep_next;
            }
            Block::Table(t) => {
                for row in &t.rows {
                    let mut x = 0.0;
                    let mut col = 0;
                    let mut height: f32 = 0.0;
                    let mut lines = Vec::new();
                    let mut images = Vec::new();
                    let mut kept = false;
                    for c in row {
                        let w: f32 = t.columns_pt.iter().skip(col).take(c.span).sum();
                        let mut y = 0.0;
                        let mut prev: Option<SetLine> = None;
                        // Where the signer's title ends and the name begins.
                        let (mut title_bottom, mut name_top) = (0.0, 0.0);
                        for (k, p) in c.paras.iter().enumerate() {
                            let mut set_lines = set(p, w);
                            if let (Some(before), Some(first)) = (&prev, set_lines.first_mut()) {
                                first.before = (first.before - before.after).max(0.0);
                            }
                            prev = set_lines.last().cloned();
                            if c.signer.is_some_and(|(_, name)| name == k) {
                                name_top = y + set_lines.first().map_or(0.0, |l| l.before);
                            }
                            for l in set_lines {
                                let h = l.total();
                                lines.push((x, y, l));
                                y += h;
                            }
                            kept |= p.keep_next;
                            if c.signer.is_some_and(|(title, _)| title == k) {
                                title_bottom = y;
                            }
                        }
                        if let (Some(_), Some(e)) = (c.signer, &flow.electronic) {
                            images.extend(marks(e, x, w, title_bottom, name_top, rules));
                        }
                        height = height.max(y);
                        x += w;
                        col += c.span;
                    }
                    units.push(Unit::Row {
                        height,
                        lines,
                        images,
                    });
                    may_break.push(!keep_prev);
                    keep_prev = kept;
                }
                // The paragraph after a table may part from it.
                keep_prev = false;
            }
            Block::Section { landscape: turned } => {
                width = if *turned { landscape } else { portrait };
                units.push(Unit::Section { landscape: *turned });
                may_break.push(true);
                keep_prev = false;
            }
            Block::Frame(f) => {
                let line = set(&f.para, width).into_iter().next();
                if let Some(line) = line {
                    units.push(Unit::Frame(f.clone(), line));
                    may_break.push(true);
                }
            }
        }
    }
    (units, may_break)
}

/// The signature and the seal in a signer's column `x`..`x + w` (points from the row's
/// left), between the title's bottom and the name's top (points from the row's top),
/// placed by `layout::esign` as the DOCX places them; the seal after the signature, so that
/// it is drawn over it.
fn marks(
    e: &crate::layout::esign::Electronic,
    x: f32,
    w: f32,
    title_bottom: f32,
    name_top: f32,
    rules: &RuleSet,
) -> Vec<Image> {
    use crate::layout::esign::{electronic_marks, MarkBox, SignerGeometry};
    use crate::layout::measure::PT_PER_MM;
    let Some(r) = rules.signature.electronic.as_ref() else {
        return Vec::new();
    };
    let g = SignerGeometry {
        column_left: x / PT_PER_MM,
        column_right: (x + w) / PT_PER_MM,
        title_bottom: title_bottom / PT_PER_MM,
        name_top: name_top / PT_PER_MM,
    };
    let placed = electronic_marks(&g, &e.images(), r);
    let image = |b: MarkBox, png: &[u8]| Image {
        x_pt: b.x * PT_PER_MM,
        y_pt: b.y * PT_PER_MM,
        width_pt: b.w * PT_PER_MM,
        height_pt: b.h * PT_PER_MM,
        png: std::sync::Arc::new(png.to_vec()),
    };
    let mut out = vec![image(placed.signature, &e.signature.bytes)];
    if let (Some(b), Some((png, _))) = (placed.seal, &e.seal) {
        out.push(image(b, &png.bytes));
    }
    out
}

/// Between two paragraphs the larger of the space after the first and the space before
/// the second, not their sum: LibreOffice's render of our files (measured under a title's
/// "-----" and an appendix's heading).
fn collapse_spacing(prev: Option<&Unit>, lines: &mut [SetLine]) {
    if let (Some(Unit::Line(before)), Some(first)) = (prev, lines.first_mut()) {
        first.before = (first.before - before.after).max(0.0);
    }
}

/// The space above a unit that a page break takes away: a paragraph's space before at the
/// top of a page.
fn dropped_at_top(unit: &Unit) -> f32 {
    match unit {
        Unit::Line(l) => l.before,
        _ => 0.0,
    }
}

/// The page geometry of a section.
#[derive(Clone, Copy)]
struct Geometry {
    width: f32,
    height: f32,
}

/// Lays the flow out on pages.
pub fn paginate(flow: &Flow, rules: &RuleSet) -> Vec<Page> {
    let p = &rules.page;
    let text_width = super::flow::text_width_pt(rules);
    let (units, may_break) = units(flow, text_width, rules);
    let notes: Vec<Vec<SetLine>> = flow.notes.iter().map(|n| set(n, text_width)).collect();
    let note_height = |n: usize| -> f32 {
        notes
            .get(n.wrapping_sub(1))
            .map_or(0.0, |l| l.iter().map(SetLine::total).sum())
    };
    let note_area = |list: &[usize]| -> f32 {
        if list.is_empty() {
            0.0
        } else {
            NOTE_RULE_ABOVE_PT
                + NOTE_RULE_BELOW_PT
                + list.iter().map(|&n| note_height(n)).sum::<f32>()
        }
    };
    let portrait = Geometry {
        width: pt(p.width_mm),
        height: pt(p.height_mm),
    };
    let mut geometry = portrait;
    let mut pages: Vec<Page> = Vec::new();
    // Pages that start a section (numbered from 1).
    let mut section_first: Vec<usize> = vec![0];
    let top = pt(p.margin_top_mm);
    let mut i = 0;
    while i < units.len() {
        // A section starts its page: its own orientation, its numbers from 1.
        while let Some(Unit::Section { landscape }) = units.get(i) {
            geometry = if *landscape {
                Geometry {
                    width: portrait.height,
                    height: portrait.width,
                }
            } else {
                portrait
            };
            if !pages.is_empty() {
                section_first.push(pages.len());
            }
            i += 1;
        }
        if i >= units.len() {
            break;
        }
        // One page: from unit `i` as far as it goes.
        let bottom = geometry.height - pt(p.margin_bottom_mm);
        let mut y = top;
        let mut page_notes: Vec<usize> = Vec::new();
        let mut placed: Vec<(usize, f32)> = Vec::new();
        let mut j = i;
        while j < units.len() {
            if let Unit::Section { .. } = units[j] {
                break;
            }
            // The space before the first paragraph of a page is dropped, as Word and
            // LibreOffice drop it after a page break of their own.
            let h = match placed.is_empty() {
                true => units[j].height() - dropped_at_top(&units[j]),
                false => units[j].height(),
            };
            let fresh: Vec<usize> = units[j]
                .notes()
                .into_iter()
                .filter(|n| !page_notes.contains(n))
                .collect();
            let all: Vec<usize> = page_notes.iter().chain(&fresh).copied().collect();
            if y + h + note_area(&all) > bottom + 0.01 && !placed.is_empty() {
                // Break at the last place allowed after the page's first unit, or here.
                if let Some(at) = (i + 1..=j).rev().find(|&k| may_break[k]) {
                    placed.retain(|&(k, _)| k < at);
                    page_notes = distinct_notes(placed.iter().map(|&(k, _)| &units[k]));
                    j = at;
                }
                break;
            }
            let drop = if placed.is_empty() {
                dropped_at_top(&units[j])
            } else {
                0.0
            };
            placed.push((j, y - drop));
            page_notes.extend(fresh);
            y += h;
            j += 1;
        }
        let mut page = Page {
            width_pt: geometry.width,
            height_pt: geometry.height,
            items: Vec::new(),
        };
        let left = page_left(pages.len(), rules);
        for &(k, y) in &placed {
            draw_unit(&units[k], left, y, &mut page);
        }
        draw_notes(
            &page_notes,
            &notes,
            left,
            geometry.height - pt(p.margin_bottom_mm),
            text_width,
            &mut page,
        );
        pages.push(page);
        i = j.max(i + 1);
    }
    if pages.is_empty() {
        pages.push(Page {
            width_pt: portrait.width,
            height_pt: portrait.height,
            items: Vec::new(),
        });
    }
    number_pages(&mut pages, &section_first, rules);
    pages
}

/// The footnotes the units cite, each once, in order.
fn distinct_notes<'a>(units: impl Iterator<Item = &'a Unit>) -> Vec<usize> {
    let mut out = Vec::new();
    for n in units.flat_map(Unit::notes) {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// The left margin of page `index` (from 0): with mirror margins, even pages (2, 4, …)
/// have the outer margin on the left.
fn page_left(index: usize, rules: &RuleSet) -> f32 {
    let p = &rules.page;
    if p.mirror_margins && index % 2 == 1 {
        pt(p.margin_right_mm)
    } else {
        pt(p.margin_left_mm)
    }
}

fn draw_unit(unit: &Unit, left: f32, y: f32, page: &mut Page) {
    match unit {
        Unit::Line(l) => draw_line(l, left, y, page),
        Unit::Row { lines, images, .. } => {
            for (x, dy, l) in lines {
                draw_line(l, left + x, y + dy, page);
            }
            for img in images {
                page.items.push(Item::Image(Image {
                    x_pt: left + img.x_pt,
                    y_pt: y + img.y_pt,
                    ..img.clone()
                }));
            }
        }
        Unit::Frame(f, line) => draw_line(line, left, f.top_pt - line.before, page),
        Unit::Section { .. } => {}
    }
}

/// Draws a set line whose top (space before included) is at `y`.
fn draw_line(l: &SetLine, x: f32, y: f32, page: &mut Page) {
    let baseline = y + l.before + l.ascent;
    for w in &l.words {
        let (size, rise) = if w.look.superscript {
            (
                w.look.size_pt * SUPERSCRIPT_SIZE,
                w.look.size_pt * SUPERSCRIPT_RISE,
            )
        } else {
            (w.look.size_pt, 0.0)
        };
        page.items.push(Item::Text(Text {
            x_pt: x + w.x,
            baseline_pt: baseline - rise,
            size_pt: size,
            bold: w.look.bold,
            italic: w.look.italic,
            text: w.text.clone(),
            width_pt: w.width,
        }));
    }
    let m = Metrics::get();
    for &(x0, x1, size) in &l.underlines {
        let face = m.face(false, false);
        let under = baseline + face.underline_offset * size;
        page.items.push(Item::Line(Line {
            x0_pt: x + x0,
            y0_pt: under,
            x1_pt: x + x1,
            y1_pt: under,
            width_pt: face.underline_thickness * size,
        }));
    }
}

/// The footnotes of a page above its bottom margin, under their separator.
fn draw_notes(
    list: &[usize],
    notes: &[Vec<SetLine>],
    left: f32,
    bottom: f32,
    width: f32,
    page: &mut Page,
) {
    if list.is_empty() {
        return;
    }
    let height: f32 = list
        .iter()
        .filter_map(|&n| notes.get(n - 1))
        .flat_map(|l| l.iter().map(SetLine::total))
        .sum();
    let mut y = bottom - height;
    let rule_y = y - NOTE_RULE_BELOW_PT;
    page.items.push(Item::Line(Line {
        x0_pt: left,
        y0_pt: rule_y,
        x1_pt: left + width * NOTE_RULE_FRACTION,
        y1_pt: rule_y,
        width_pt: NOTE_RULE_WIDTH_PT,
    }));
    for &n in list {
        for l in notes.get(n - 1).into_iter().flatten() {
            draw_line(l, left, y, page);
            y += l.total();
        }
    }
}

/// Page numbers, centred at the rule set's distance from the top edge, counted from each
/// section's first page, left off a section's first page unless the rule set says.
fn number_pages(pages: &mut [Page], section_first: &[usize], rules: &RuleSet) {
    let n = &rules.page_number;
    for (i, page) in pages.iter_mut().enumerate() {
        let start = section_first
            .iter()
            .rev()
            .find(|&&s| s <= i)
            .copied()
            .unwrap_or(0);
        let number = i - start + 1;
        if number == 1 && !n.on_first_page {
            continue;
        }
        let left = page_left(i, rules);
        let width = page.width_pt - pt(rules.page.margin_left_mm + rules.page.margin_right_mm);
        let mut para = Para::block(n.size_pt).align(n.align);
        para.push(
            &number.to_string(),
            super::flow::Look::plain(n.size_pt),
            false,
        );
        if let Some(line) = set(&para, width).first() {
            draw_line(line, left, pt(n.from_top_mm), page);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::page::{layout, Item};
    use crate::rules::RuleSet;

    fn leftmost(page: &crate::page::Page) -> f32 {
        page.items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) => Some(t.x_pt),
                _ => None,
            })
            .fold(f32::MAX, f32::min)
    }

    #[test]
    fn mirror_margins_put_the_outer_margin_left_on_even_pages() {
        let doc = crate::templates::find("nghi-quyet")
            .and_then(|t| t.document())
            .expect("template");
        let mut rules = RuleSet::by_id(&doc.rules).expect("rules").clone();
        rules.page.mirror_margins = true;
        let pages = layout(&doc, &rules);
        assert!(pages.pages.len() >= 3);
        let pt = crate::layout::measure::PT_PER_MM;
        for (i, page) in pages.pages.iter().enumerate() {
            let want = if i % 2 == 0 {
                rules.page.margin_left_mm
            } else {
                rules.page.margin_right_mm
            } * pt;
            assert!((leftmost(page) - want).abs() < 0.01, "page {}", i + 1);
        }
    }

    #[test]
    fn page_numbers_from_page_two_and_afresh_in_an_appendix() {
        let mut doc = crate::templates::find("ke-hoach-thuc-hien-nghi-quyet")
            .and_then(|t| t.document())
            .expect("template");
        doc.appendices[0].landscape = true;
        let rules = RuleSet::by_id(&doc.rules).expect("rules");
        let pages = layout(&doc, rules);
        let top = |i: usize| pages.page_text(i).first().cloned().unwrap_or_default();
        assert!(
            !top(0).chars().all(|c| c.is_ascii_digit()),
            "no number on page 1"
        );
        assert_eq!(top(1), "2");
        // The appendix starts a section on its own page, numbered from 1 (not shown there),
        // turned to landscape when asked.
        let last = pages.pages.last().expect("pages");
        assert!(top(pages.pages.len() - 1).starts_with("PHỤ LỤC"));
        assert!(last.width_pt > last.height_pt);
    }
}
