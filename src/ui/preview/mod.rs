//! A live page preview: A4 pages in a Times-metric serif, laid out from the same rule set
//! and printed strings as the DOCX export. Pagination is approximate (paragraphs are not
//! split across pages); the exported file is the reference.

mod parts;

use super::fonts::serif;
use crate::app::App;
use crate::layout::parts::{drafter_line, subject_in_header};
use crate::layout::{
    date_line, number_line, recipient_lines, right_block_indent_mm, signature_space_pt,
    signer_lines, subject_format,
};
use crate::model::body::{number_siblings, Counter};
use crate::model::{Block, Document, Paragraph, SectionKind, Signature, SignerPlace};
use crate::rules::{Align, LineRule, RuleSet, TextFormat};
use egui::text::{LayoutJob, TextFormat as EguiFormat};
use egui::{Align2, Color32, FontId, Galley, Pos2, Sense, Stroke, Ui, Vec2};
use std::sync::Arc;

/// Laid-out lines at their offsets from the top of their block.
type Lines = Vec<(f32, Arc<Galley>)>;

use crate::layout::measure::PT_PER_MM;
/// Rebuild the preview after the clerk has paused this long.
const DEBOUNCE_SECONDS: f64 = 0.4;

#[derive(Default)]
pub struct Cache {
    /// The revision laid out.
    revision: Option<u64>,
    /// The newest revision seen, and when it was first seen.
    seen: Option<u64>,
    changed_at: f64,
    width: f32,
    pages: Vec<Vec<(Pos2, Arc<Galley>)>>,
    page_size: Vec2,
    scale: f32,
    /// Where and how the page number is printed.
    page_number: Option<crate::rules::PageNumberRules>,
    /// The pages that start a numbering of their own: the document's first, and each
    /// appendix's.
    section_starts: Vec<usize>,
}

pub fn panel(ui: &mut Ui, app: &App, cache: &mut Cache) {
    ui.horizontal(|ui| {
        ui.strong("Xem trước trang in");
        ui.label(
            egui::RichText::new("(gần đúng; tệp DOCX là bản chuẩn)")
                .small()
                .weak(),
        );
    });
    let Some(rules) = RuleSet::by_id(&app.doc.rules) else {
        ui.label("Không rõ bộ quy tắc trình bày của bản thảo.");
        return;
    };
    let width = (ui.available_width() - 16.0).max(200.0);
    let now = ui.input(|i| i.time);
    let stale = cache.revision != Some(app.revision()) || (cache.width - width).abs() > 0.5;
    if stale {
        // Rebuild once the clerk pauses: laying out a long document takes longer than a
        // frame, and it must never interrupt typing.
        if cache.seen != Some(app.revision()) {
            cache.seen = Some(app.revision());
            cache.changed_at = now;
        }
        if cache.revision.is_none() || now - cache.changed_at >= DEBOUNCE_SECONDS {
            let seen = cache.seen;
            *cache = build(ui, &app.doc, rules, width);
            cache.revision = Some(app.revision());
            cache.seen = seen;
        } else {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(DEBOUNCE_SECONDS));
        }
    }
    egui::ScrollArea::vertical()
        .id_salt("preview")
        .auto_shrink(false)
        .show(ui, |ui| {
            for (i, page) in cache.pages.iter().enumerate() {
                let (rect, _) = ui.allocate_exact_size(cache.page_size, Sense::hover());
                if !ui.is_rect_visible(rect) {
                    ui.add_space(10.0);
                    continue;
                }
                let painter = ui.painter_at(rect.expand(4.0));
                painter.rect_filled(
                    rect.translate(Vec2::splat(3.0)),
                    0.0,
                    Color32::from_gray(90),
                );
                painter.rect_filled(rect, 0.0, Color32::WHITE);
                let start = cache
                    .section_starts
                    .iter()
                    .rev()
                    .find(|&&s| s <= i)
                    .map_or(0, |&s| s);
                let shown = i - start + 1;
                let number = cache
                    .page_number
                    .as_ref()
                    .filter(|n| shown > 1 || n.on_first_page);
                if let Some(number) = number {
                    // Centred, its distance from the top edge as the rule set says.
                    painter.text(
                        Pos2::new(
                            rect.center().x,
                            rect.top() + number.from_top_mm * PT_PER_MM * cache.scale,
                        ),
                        Align2::CENTER_TOP,
                        shown.to_string(),
                        FontId::new(number.size_pt * cache.scale, serif(false, false)),
                        Color32::BLACK,
                    );
                }
                for (pos, galley) in page {
                    // A galley kept from an earlier frame points into the font atlas as it
                    // was then; after the atlas grows (new glyphs) it would draw scrambled
                    // letters. egui's own cache lays it out again only when needed.
                    let fresh = ui.fonts_mut(|f| f.layout_job((*galley.job).clone()));
                    painter.galley(rect.min + pos.to_vec2(), fresh, Color32::BLACK);
                }
                ui.add_space(10.0);
            }
        });
}

/// Lays out the whole document into pages at `width` pixels per page.
fn build(ui: &Ui, doc: &Document, rules: &RuleSet, width: f32) -> Cache {
    let page = &rules.page;
    let scale = width / (page.width_mm * PT_PER_MM);
    let mut flow = Flow {
        ui,
        rules,
        scale,
        left: page.margin_left_mm * PT_PER_MM * scale,
        text_width: (page.width_mm - page.margin_left_mm - page.margin_right_mm)
            * PT_PER_MM
            * scale,
        top: page.margin_top_mm * PT_PER_MM * scale,
        bottom: (page.height_mm - page.margin_bottom_mm) * PT_PER_MM * scale,
        y: page.margin_top_mm * PT_PER_MM * scale,
        pages: vec![Vec::new()],
        section_starts: vec![0],
    };
    flow.marks_on_first_page(doc);
    flow.header(doc);
    flow.title(doc);
    flow.addressees(doc);
    flow.bases(doc);
    for p in doc.preamble.iter().filter(|p| !p.is_empty()) {
        flow.paragraph(p, None, false);
    }
    flow.blocks(&doc.body, &Counter::default());
    for p in doc.closing.iter().filter(|p| !p.is_empty()) {
        flow.paragraph(p, None, false);
    }
    flow.closing(doc);
    flow.media_mark(doc);
    flow.appendices(doc);
    Cache {
        revision: None,
        seen: None,
        changed_at: 0.0,
        width,
        pages: std::mem::take(&mut flow.pages),
        page_size: Vec2::new(width, page.height_mm * PT_PER_MM * scale),
        scale,
        page_number: Some(rules.page_number.clone()),
        section_starts: flow.section_starts,
    }
}

struct Flow<'a> {
    ui: &'a Ui,
    rules: &'a RuleSet,
    scale: f32,
    left: f32,
    text_width: f32,
    top: f32,
    bottom: f32,
    y: f32,
    pages: Vec<Vec<(Pos2, Arc<Galley>)>>,
    section_starts: Vec<usize>,
}

impl Flow<'_> {
    fn format(&self, f: &TextFormat) -> EguiFormat {
        EguiFormat {
            font_id: FontId::new(f.size_pt * self.scale, serif(f.bold, f.italic)),
            color: Color32::BLACK,
            underline: if f.underline {
                Stroke::new(1.0, Color32::BLACK)
            } else {
                Stroke::NONE
            },
            ..Default::default()
        }
    }

    fn text_galley(&self, text: &str, f: &TextFormat, width: f32) -> Arc<Galley> {
        let shown = if f.caps {
            text.to_uppercase()
        } else {
            text.to_owned()
        };
        let mut job = LayoutJob::single_section(shown, self.format(f));
        job.wrap.max_width = width;
        job.halign = egui::Align::Center;
        self.ui.fonts_mut(|fonts| fonts.layout_job(job))
    }

    /// Places a galley, starting a new page when it does not fit.
    fn place(&mut self, x: f32, galley: Arc<Galley>, space_before: f32) {
        let h = galley.size().y;
        if self.y + space_before + h > self.bottom && self.y > self.top {
            self.pages.push(Vec::new());
            self.y = self.top;
        } else {
            self.y += space_before;
        }
        if let Some(page) = self.pages.last_mut() {
            page.push((Pos2::new(x, self.y), galley));
        }
        self.y += h;
    }

    /// A column of centred lines; returns their galleys with offsets.
    fn column(
        &self,
        lines: &[(String, TextFormat, f32)],
        width: f32,
    ) -> (Vec<(f32, Arc<Galley>)>, f32) {
        let mut y = 0.0;
        let mut out = Vec::new();
        for (text, f, before) in lines {
            y += before * self.scale;
            let g = self.text_galley(text, f, width);
            let h = g.size().y;
            out.push((y, g));
            y += h;
        }
        (out, y)
    }

    fn header(&mut self, doc: &Document) {
        let h = &self.rules.header;
        let mut left = Vec::new();
        for u in doc.issuer.upper.iter().filter(|s| !s.trim().is_empty()) {
            left.push((u.clone(), h.upper.clone(), 0.0));
        }
        left.push((doc.issuer.name.clone(), h.issuer.clone(), 0.0));
        if !h.separator.is_empty() {
            left.push((h.separator.clone(), h.separator_format.clone(), 0.0));
        }
        left.push((number_line(doc, self.rules), h.number.clone(), 0.0));
        left.extend(self.under_number(doc));
        let mut right: Vec<(String, TextFormat, f32)> = h
            .motto
            .iter()
            .map(|m| (m.text.clone(), m.format.clone(), 0.0))
            .collect();
        right.push((
            date_line(&doc.place, &doc.date, self.rules),
            h.date.clone(),
            h.date_space_before_pt,
        ));
        let left_w = self.text_width * h.left_width_pct as f32 / 100.0;
        // Flush right as exported: the block's lines centred on its widest line.
        let indent = right_block_indent_mm(doc, self.rules) * PT_PER_MM * self.scale;
        let right_w = self.text_width - left_w - indent;
        let (lg, lh) = self.column(&left, left_w);
        let (rg, rh) = self.column(&right, right_w);
        let y0 = self.y;
        if let Some(page) = self.pages.last_mut() {
            // Centred galleys are anchored at their centre line.
            for (dy, g) in lg {
                page.push((Pos2::new(self.left + left_w / 2.0, y0 + dy), g));
            }
            for (dy, g) in rg {
                page.push((
                    Pos2::new(self.left + left_w + indent + right_w / 2.0, y0 + dy),
                    g,
                ));
            }
        }
        self.y = y0 + lh.max(rh);
    }

    fn title(&mut self, doc: &Document) {
        // A công văn: no type name, its subject in the header, no line under nothing.
        if subject_in_header(doc, self.rules) {
            return;
        }
        let t = &self.rules.title;
        // Centred galleys are anchored at their centre line.
        let centre = self.left + self.text_width / 2.0;
        // A congress's theme takes the place of the type name and subject.
        if !self.theme(doc) {
            let name = doc.kind.printed_name();
            if !name.is_empty() {
                let g = self.text_galley(name, &t.kind, self.text_width);
                self.place(centre, g, t.space_before_pt * self.scale);
            }
            for (i, s) in doc
                .subject
                .iter()
                .filter(|s| !s.trim().is_empty())
                .enumerate()
            {
                let g = self.text_galley(s, &subject_format(i, s, self.rules), self.text_width);
                self.place(centre, g, 0.0);
            }
        }
        if !t.separator.is_empty() {
            let plain = TextFormat {
                bold: false,
                ..t.subject.clone()
            };
            let g = self.text_galley(&t.separator, &plain, self.text_width);
            self.place(centre, g, 0.0);
        }
        self.y += t.space_after_pt * self.scale;
    }

    fn blocks(&mut self, blocks: &[Block], counter: &Counter) {
        for (block, num) in blocks.iter().zip(number_siblings(blocks, counter)) {
            match (block, num) {
                (Block::Para(p), _) if !p.is_empty() => self.paragraph(p, None, false),
                (Block::Section(s), Some(n)) => {
                    let lead = if n.label.is_empty() {
                        None
                    } else {
                        Some(n.label.as_str())
                    };
                    self.paragraph(
                        &s.title,
                        lead.map(|l| (l, s.style)),
                        s.kind == SectionKind::Heading,
                    );
                    self.blocks(&s.content, &n.child);
                }
                _ => {}
            }
        }
    }

    /// A body paragraph: first-line indent, justified, line height from the rule set.
    fn paragraph(
        &mut self,
        p: &Paragraph,
        label: Option<(&str, crate::model::NumberStyle)>,
        heading: bool,
    ) {
        let body = &self.rules.body;
        let rule = label.map(|(_, style)| self.rules.heading(style));
        let (bold, italic, caps, align, indent) = match (&rule, heading) {
            (Some(r), true) => (r.bold, r.italic, r.caps, r.align, r.indent),
            _ => (false, false, false, body.align, true),
        };
        // "Chương I" on its own line, the name under it.
        let title_below = heading && rule.as_ref().is_some_and(|r| r.title_below);
        let size = body.size_pt * self.scale;
        let line_height = match body.line {
            LineRule::Exact(pt) | LineRule::AtLeast(pt) => Some(pt * self.scale),
            LineRule::Multiple(m) => Some(m * size * 1.15),
        };
        let fmt = |b: bool, i: bool, u: bool| EguiFormat {
            font_id: FontId::new(size, serif(b, i)),
            color: Color32::BLACK,
            line_height,
            underline: if u {
                Stroke::new(1.0, Color32::BLACK)
            } else {
                Stroke::NONE
            },
            ..Default::default()
        };
        let mut job = LayoutJob::default();
        let mut lead = if indent {
            body.first_line_indent_mm * PT_PER_MM * self.scale
        } else {
            0.0
        };
        if let Some((l, _)) = label {
            let label_bold = bold || rule.as_ref().is_some_and(|r| !heading && r.item_label_bold);
            let gap = match (title_below, p.is_empty()) {
                (false, _) => " ",
                (true, true) => "",
                (true, false) => "\n",
            };
            job.append(&format!("{l}{gap}"), lead, fmt(label_bold, italic, false));
            lead = 0.0;
        }
        for seg in p.segments() {
            let text = if caps {
                seg.text.to_uppercase()
            } else {
                seg.text.to_owned()
            };
            job.append(
                &text,
                lead,
                fmt(seg.bold || bold, seg.italic || italic, seg.underline),
            );
            lead = 0.0;
            for _ in &seg.notes {
                job.append("*", 0.0, fmt(false, false, false));
            }
        }
        job.wrap.max_width = self.text_width;
        job.justify = matches!(align, Align::Justify);
        let mut x = self.left;
        if matches!(align, Align::Center) {
            job.halign = egui::Align::Center;
            x += self.text_width / 2.0;
        }
        let g = self.ui.fonts_mut(|f| f.layout_job(job));
        self.place(x, g, body.space_before_pt * self.scale);
    }

    /// The closing block as the export lays it out: a second signer (minutes) or "Nơi
    /// nhận" on the left, the main signature on the right, confirmations centred under
    /// both, and the recipients under all when a second signer holds the left column.
    fn closing(&mut self, doc: &Document) {
        let r = &self.rules.recipients;
        let s = &self.rules.signature;
        let left_w = self.text_width * r.width_pct as f32 / 100.0;
        let right_w = self.text_width - left_w;
        let recipients = self.recipients(doc, left_w);
        let recipients_h = recipients.last().map_or(0.0, |(y, g)| y + g.size().y);
        // Centres of the columns (signature blocks are centred), and the left margin.
        let (left_x, left_mid) = (self.left, self.left + left_w / 2.0);
        let (right_mid, across_mid) = (
            self.left + left_w + right_w / 2.0,
            self.left + self.text_width / 2.0,
        );
        // Each row: its columns (x, lines at their offsets) and its height.
        let mut rows: Vec<(Vec<(f32, Lines)>, f32)> = Vec::new();
        let left_signer = doc.cosigners.iter().find(|c| c.place == SignerPlace::Left);
        let (left, left_h) = match left_signer {
            Some(c) => {
                let lines = self.signer(&c.signature, &c.lead);
                let (g, h) = self.column(&lines, left_w);
                ((left_mid, g), h)
            }
            None => ((left_x, recipients.clone()), recipients_h),
        };
        let right_lines = self.signer(&doc.signature, "");
        let (right, right_h) = self.column(&right_lines, right_w);
        rows.push((vec![left, (right_mid, right)], left_h.max(right_h)));
        for c in doc
            .cosigners
            .iter()
            .filter(|c| c.place == SignerPlace::Centred)
        {
            let lines = self.signer(&c.signature, &c.lead);
            let (g, h) = self.column(&lines, self.text_width);
            // The room above the block, as the export's space before its lead line.
            let space = s.lead_space_before_pt * self.scale;
            let g = g.into_iter().map(|(y, g)| (y + space, g)).collect();
            rows.push((vec![(across_mid, g)], h + space));
        }
        if left_signer.is_some() && !recipients.is_empty() {
            // A line's room under the signers' names, as the export leaves.
            let space = s.lead_space_before_pt * self.scale;
            let lines = recipients
                .into_iter()
                .map(|(y, g)| (y + space, g))
                .collect();
            rows.push((vec![(left_x, lines)], recipients_h + space));
        }
        let height: f32 = rows.iter().map(|(_, h)| h).sum();
        if self.y + height > self.bottom {
            self.pages.push(Vec::new());
            self.y = self.top;
        }
        let mut y0 = self.y + s.space_before_pt * self.scale;
        if let Some(page) = self.pages.last_mut() {
            for (columns, h) in rows {
                for (x, lines) in columns {
                    page.extend(lines.into_iter().map(|(dy, g)| (Pos2::new(x, y0 + dy), g)));
                }
                y0 += h;
            }
        }
        self.y = y0;
    }

    /// "Nơi nhận:" and its lines, laid out in the left column.
    fn recipients(&mut self, doc: &Document, width: f32) -> Lines {
        let r = &self.rules.recipients;
        let mut left = Vec::new();
        let lines = recipient_lines(&doc.recipients, &doc.archive, self.rules);
        if !lines.is_empty() {
            left.push((r.label.clone(), r.label_format.clone()));
            let item = r.item_format();
            left.extend(lines.into_iter().map(|l| (l, item.clone())));
        }
        if let Some(d) = drafter_line(doc, self.rules) {
            left.push((d, self.rules.parts.marks.drafter_format.clone()));
        }
        let mut out = Vec::new();
        let mut y = 0.0;
        for (text, f) in &left {
            let mut job = LayoutJob::single_section(text.clone(), self.format(f));
            job.wrap.max_width = width;
            let g = self.ui.fonts_mut(|fonts| fonts.layout_job(job));
            let h = g.size().y;
            out.push((y, g));
            y += h;
        }
        out
    }

    /// A signer's lines: lead, authority or role, title, then the name after the room
    /// for the signature.
    fn signer(&self, signature: &Signature, lead: &str) -> Vec<(String, TextFormat, f32)> {
        let s = &self.rules.signature;
        let sig = signer_lines(signature, self.rules);
        let mut lines = Vec::new();
        if !lead.trim().is_empty() {
            lines.push((lead.trim().to_owned(), s.lead_format.clone(), 0.0));
        }
        if let Some(a) = sig.authority {
            lines.push((a, s.authority_format.clone(), 0.0));
        }
        let title_format = match sig.concurrent {
            Some(_) => s.concurrent_format.clone(),
            None => s.title_format.clone(),
        };
        if !sig.title.is_empty() {
            lines.push((sig.title, title_format.clone(), 0.0));
        }
        if let Some((word, post)) = sig.concurrent {
            let lower = TextFormat {
                caps: false,
                ..s.title_format.clone()
            };
            lines.push((word, lower, 0.0));
            lines.push((post, title_format, 0.0));
        }
        lines.push((
            sig.name,
            s.name_format.clone(),
            signature_space_pt(self.rules),
        ));
        lines
    }
}
