//! The preview of the parts a document has only sometimes, as the export prints them:
//! marks, the công văn's subject under the number, Kính gửi / Kính trình, căn cứ,
//! appendices. Landscape appendices are shown on portrait pages.

use super::Flow;
use crate::layout::measure::PT_PER_MM;
use crate::layout::parts::{
    addressees, appendix_heading, bases, basis_end, circulation_lines, draft_line,
    subject_in_header, theme_block,
};
use crate::model::body::Counter;
use crate::model::Document;
use crate::rules::TextFormat;
use egui::text::LayoutJob;
use egui::Pos2;

impl Flow<'_> {
    /// The left header column's lines under the number: "Dự thảo lần n", then a công
    /// văn's subject.
    pub(super) fn under_number(&self, doc: &Document) -> Vec<(String, TextFormat, f32)> {
        let p = &self.rules.parts;
        let mut out = Vec::new();
        if let Some(d) = draft_line(doc, self.rules) {
            out.push((d, p.marks.draft_format.clone(), 0.0));
        }
        if subject_in_header(doc, self.rules) {
            out.extend(
                doc.subject
                    .iter()
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| (s.trim().to_owned(), p.letter_subject.clone(), 0.0)),
            );
        }
        out
    }

    /// A congress's theme in place of the type name, the subject in brackets under it;
    /// whether there was a theme (the title's line follows either way).
    pub(super) fn theme(&mut self, doc: &Document) -> bool {
        let Some((theme, subject)) = theme_block(doc) else {
            return false;
        };
        let p = &self.rules.parts;
        let t = &self.rules.title;
        let centre = self.left + self.text_width / 2.0;
        for (i, l) in theme.iter().enumerate() {
            let g = self.text_galley(l, &p.theme_format, self.text_width);
            let before = if i == 0 {
                t.space_before_pt * self.scale
            } else {
                0.0
            };
            self.place(centre, g, before);
        }
        for l in &subject {
            let g = self.text_galley(l, &p.theme_subject_format, self.text_width);
            self.place(centre, g, 0.0);
        }
        true
    }

    /// Circulation marks at the top right of page 1, their distance from the top edge.
    pub(super) fn marks_on_first_page(&mut self, doc: &Document) {
        let m = &self.rules.parts.marks;
        let mut y = m.from_edge_mm * PT_PER_MM * self.scale;
        let right = self.left + self.text_width;
        for mark in circulation_lines(doc) {
            let g = self.aligned(mark, &m.circulation_format, egui::Align::RIGHT);
            let h = g.size().y;
            if let Some(page) = self.pages.first_mut() {
                page.push((Pos2::new(right, y), g));
            }
            y += h;
        }
    }

    /// "Kính gửi:" / "Kính trình:" and the addressees, as the export centres them.
    pub(super) fn addressees(&mut self, doc: &Document) {
        let Some(block) = addressees(doc, self.rules) else {
            return;
        };
        let a = &self.rules.parts.addressees;
        let before = if subject_in_header(doc, self.rules) {
            self.rules.title.space_before_pt
        } else {
            a.space_pt
        } * self.scale;
        if let [one] = block.lines.as_slice() {
            let mut job = LayoutJob::default();
            job.append(&block.label, 0.0, self.format(&a.label_format));
            job.append(&format!(" {one}"), 0.0, self.format(&a.item_format));
            job.wrap.max_width = self.text_width;
            job.halign = egui::Align::Center;
            let g = self.ui.fonts_mut(|f| f.layout_job(job));
            self.place(self.left + self.text_width / 2.0, g, before);
        } else {
            let label = self.aligned(
                &format!("{} ", block.label),
                &a.label_format,
                egui::Align::LEFT,
            );
            let lines: Vec<_> = block
                .lines
                .iter()
                .map(|l| self.aligned(l, &a.item_format, egui::Align::LEFT))
                .collect();
            let widest = lines.iter().map(|g| g.size().x).fold(0.0, f32::max);
            let start = ((self.text_width - label.size().x - widest) / 2.0).max(0.0);
            let list_x = self.left + start + label.size().x;
            for (i, g) in lines.into_iter().enumerate() {
                self.place(list_x, g, if i == 0 { before } else { 0.0 });
                if i == 0 {
                    let y = self
                        .pages
                        .last()
                        .and_then(|p| p.last())
                        .map_or(self.y, |(p, _)| p.y);
                    if let Some(page) = self.pages.last_mut() {
                        page.push((Pos2::new(self.left + start, y), label.clone()));
                    }
                }
            }
        }
        self.y += a.space_pt * self.scale;
    }

    /// The legal bases with the rule set's dash and punctuation, then the enacting line.
    pub(super) fn bases(&mut self, doc: &Document) {
        let b = &self.rules.parts.bases;
        let bases = bases(doc);
        for (i, basis) in bases.iter().enumerate() {
            let mut shown = basis.clone();
            let end = shown.char_len();
            shown.replace_range(end, end, basis_end(i, bases.len(), self.rules));
            shown.replace_range(0, 0, &b.prefix);
            self.paragraph(&shown, None, false);
        }
        if !doc.enacting.trim().is_empty() {
            let g = self.text_galley(doc.enacting.trim(), &b.enacting_format, self.text_width);
            let before = self.rules.body.space_before_pt * self.scale;
            self.place(self.left + self.text_width / 2.0, g, before);
        }
    }

    /// "Không phổ biến…" centred at the foot of the document's last page.
    pub(super) fn media_mark(&mut self, doc: &Document) {
        if !doc.marks.not_for_media {
            return;
        }
        let m = &self.rules.parts.marks;
        let g = self.text_galley(&m.not_for_media, &m.not_for_media_format, self.text_width);
        let page_h = self.rules.page.height_mm * PT_PER_MM * self.scale;
        let y = page_h - m.from_edge_mm * PT_PER_MM * self.scale - g.size().y;
        let x = self.left + self.text_width / 2.0;
        if let Some(page) = self.pages.last_mut() {
            page.push((Pos2::new(x, y), g));
        }
    }

    /// Each appendix from a new page: its label, title and note centred, then its text.
    pub(super) fn appendices(&mut self, doc: &Document) {
        let r = &self.rules.parts.appendix;
        let centre = self.left + self.text_width / 2.0;
        for (i, appendix) in doc.appendices.iter().enumerate() {
            self.pages.push(Vec::new());
            self.section_starts.push(self.pages.len() - 1);
            self.y = self.top;
            let h = appendix_heading(doc, i, self.rules);
            let g = self.text_galley(&h.label, &r.label_format, self.text_width);
            self.place(centre, g, 0.0);
            for t in &h.title {
                let g = self.text_galley(t, &r.title_format, self.text_width);
                self.place(centre, g, 0.0);
            }
            let g = self.text_galley(&h.note, &r.note_format, self.text_width);
            self.place(centre, g, 0.0);
            self.y += r.space_after_pt * self.scale;
            self.blocks(&appendix.body, &Counter::default());
        }
    }

    /// One unwrapped line anchored at its left edge, centre or right edge.
    fn aligned(
        &self,
        text: &str,
        f: &TextFormat,
        align: egui::Align,
    ) -> std::sync::Arc<egui::Galley> {
        let shown = if f.caps {
            text.to_uppercase()
        } else {
            text.to_owned()
        };
        let mut job = LayoutJob::single_section(shown, self.format(f));
        job.halign = align;
        self.ui.fonts_mut(|fonts| fonts.layout_job(job))
    }
}
