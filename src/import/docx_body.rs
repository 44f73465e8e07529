//! word/document.xml → paragraphs of runs (text, bold, italic, underline, font), with
//! their table cell and footnotes; runs in TCVN3 or VNI fonts converted to Unicode.

use super::docx::{attr, entity, switched_on};
use super::legacy::{self, Legacy};
use super::parts::Xml;
use super::Encoding;
use quick_xml::events::Event;
use std::collections::HashMap;

#[derive(Default, Clone)]
pub(super) struct Run {
    pub(super) text: String,
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) underline: bool,
    pub(super) font: String,
}

#[derive(Default)]
pub(super) struct Para {
    pub(super) runs: Vec<Run>,
    /// (char offset counted in runs before conversion is irrelevant: notes attach after
    /// a run index) run index the note follows, note text.
    pub(super) notes: Vec<(usize, String)>,
    pub(super) style: String,
    /// (top-level table number, column) when inside a table.
    pub(super) cell: Option<(usize, usize)>,
    pub(super) source: usize,
    /// The section the paragraph stands in (0-based, in document order), and whether
    /// that section's pages are landscape (an appendix laid out for a wide table).
    pub(super) section: usize,
    pub(super) landscape: bool,
}

#[derive(Default)]
pub(super) struct Parser {
    pub(super) notes: HashMap<String, String>,
    pub(super) heading_styles: Vec<String>,
    pub(super) wanted: Encoding,
    pub(super) paragraphs: Vec<Para>,
    /// Paragraphs converted from TCVN3 and from VNI.
    pub(super) converted: [usize; 2],
    /// The source paragraphs converted, with their old encoding, for the repair list.
    pub(super) legacy: Vec<(usize, Legacy)>,
    /// Whether each section's pages are landscape, in document order: one entry per
    /// `w:pgSz`, which every section's properties hold once.
    pub(super) landscape: Vec<bool>,
}

/// A `w:pgSz` on landscape pages: said by its orientation, or by a width over its height.
fn is_landscape(e: &quick_xml::events::BytesStart) -> bool {
    let number = |name: &[u8]| attr(e, name).and_then(|v| v.parse::<u64>().ok());
    attr(e, b"w:orient").as_deref() == Some("landscape")
        || matches!((number(b"w:w"), number(b"w:h")), (Some(w), Some(h)) if w > h)
}

impl Parser {
    pub(super) fn parse(&mut self, xml: &str) -> Result<(), String> {
        let mut reader = Xml::new(xml, "word/document.xml");
        let mut para: Option<Para> = None;
        let mut run: Option<Run> = None;
        let (mut in_ppr, mut in_text) = (false, false);
        let mut skip_depth = 0usize; // inside mc:Fallback, w:moveFrom: duplicated or removed text
        let (mut table_depth, mut tables, mut column) = (0usize, 0usize, 0usize);
        let mut source = 0usize;
        loop {
            let event = reader.event()?;
            let name = match &event {
                Event::Start(e) => e.name().as_ref().to_vec(),
                Event::End(e) => e.name().as_ref().to_vec(),
                _ => Vec::new(),
            };
            if skip_depth > 0 {
                match (&event, name.as_slice()) {
                    (Event::Start(_), b"mc:Fallback" | b"w:moveFrom") => skip_depth += 1,
                    (Event::End(_), b"mc:Fallback" | b"w:moveFrom") => skip_depth -= 1,
                    (Event::Eof, _) => break,
                    _ => {}
                }
                continue;
            }
            match &event {
                Event::Start(_) => match name.as_slice() {
                    b"mc:Fallback" | b"w:moveFrom" => skip_depth = 1,
                    b"w:tbl" => {
                        table_depth += 1;
                        if table_depth == 1 {
                            tables += 1;
                        }
                    }
                    b"w:tr" if table_depth == 1 => column = 0,
                    b"w:p" => {
                        source += 1;
                        para = Some(Para {
                            cell: (table_depth > 0).then_some((tables, column)),
                            source,
                            section: self.landscape.len(),
                            ..Para::default()
                        });
                    }
                    b"w:pPr" => in_ppr = true,
                    b"w:r" => run = Some(Run::default()),
                    b"w:t" => in_text = true,
                    _ => {}
                },
                Event::End(_) => match name.as_slice() {
                    b"w:tbl" => table_depth = table_depth.saturating_sub(1),
                    b"w:tc" if table_depth == 1 => column += 1,
                    b"w:p" => {
                        if let Some(p) = para.take() {
                            self.paragraphs.push(p);
                        }
                    }
                    b"w:pPr" => in_ppr = false,
                    b"w:r" => {
                        if let (Some(p), Some(r)) = (para.as_mut(), run.take()) {
                            p.runs.push(r);
                        }
                    }
                    b"w:t" => in_text = false,
                    _ => {}
                },
                Event::Empty(e) if e.name().as_ref() == b"w:pgSz" => {
                    self.landscape.push(is_landscape(e));
                }
                Event::Empty(e) => {
                    let p = match para.as_mut() {
                        Some(p) => p,
                        None => continue,
                    };
                    match (e.name().as_ref(), run.as_mut()) {
                        (b"w:pStyle", _) if in_ppr => {
                            p.style = attr(e, b"w:val").unwrap_or_default()
                        }
                        (_, _) if in_ppr => {}
                        (b"w:b", Some(r)) => r.bold = switched_on(e),
                        (b"w:i", Some(r)) => r.italic = switched_on(e),
                        (b"w:u", Some(r)) => r.underline = switched_on(e),
                        (b"w:rStyle", Some(r)) => match attr(e, b"w:val").as_deref() {
                            Some("Strong") => r.bold = true,
                            Some("Emphasis") => r.italic = true,
                            _ => {}
                        },
                        (b"w:rFonts", Some(r)) => {
                            r.font = attr(e, b"w:ascii")
                                .or_else(|| attr(e, b"w:hAnsi"))
                                .unwrap_or_default();
                        }
                        (b"w:tab", Some(r)) => r.text.push('\t'),
                        (b"w:br" | b"w:cr", Some(r))
                            if attr(e, b"w:type").as_deref() != Some("page") =>
                        {
                            r.text.push('\n')
                        }
                        (b"w:noBreakHyphen", Some(r)) => r.text.push('-'),
                        (b"w:footnoteReference", _) => {
                            if let Some(text) = attr(e, b"w:id").and_then(|id| self.notes.get(&id))
                            {
                                // The note follows the runs read so far (and this one's text).
                                if let Some(r) = run.take() {
                                    p.runs.push(r.clone());
                                    run = Some(Run {
                                        text: String::new(),
                                        ..r
                                    });
                                }
                                p.notes.push((p.runs.len(), text.clone()));
                            }
                        }
                        _ => {}
                    }
                }
                Event::Text(t) if in_text => {
                    if let Some(r) = run.as_mut() {
                        r.text.push_str(
                            &t.decode()
                                .map_err(|_| "tệp .docx có chữ không phải UTF-8".to_owned())?,
                        );
                    }
                }
                Event::GeneralRef(g) if in_text => {
                    if let Some(r) = run.as_mut() {
                        r.text.extend(entity(g));
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        self.finish();
        Ok(())
    }

    /// Legacy-font runs converted, per the requested encoding.
    fn finish(&mut self) {
        for p in &mut self.paragraphs {
            p.landscape = self.landscape.get(p.section).copied().unwrap_or(false);
            let whole: String = p.runs.iter().map(|r| r.text.as_str()).collect();
            let guess = legacy::detect(&whole);
            let mut converted = None;
            for r in &mut p.runs {
                let font = r.font.to_lowercase();
                let by_font = if font.starts_with(".vn") {
                    Some(Legacy::Tcvn3)
                } else if font.starts_with("vni") {
                    Some(Legacy::Vni)
                } else {
                    None
                };
                let enc = match self.wanted {
                    Encoding::Utf8 => None,
                    Encoding::Tcvn3 => Some(Legacy::Tcvn3),
                    Encoding::Vni => Some(Legacy::Vni),
                    Encoding::Auto => by_font.or(guess),
                };
                if let Some(enc) = enc {
                    let mut text = legacy::to_unicode(&r.text, enc);
                    // ".VnTimeH" and the like: the capitals font shows lower-case codes as capitals.
                    if enc == Legacy::Tcvn3 && font.ends_with('h') {
                        text = text.to_uppercase();
                    }
                    if text != r.text {
                        converted = Some(enc);
                    }
                    r.text = text;
                }
            }
            if let Some(enc) = converted {
                self.converted[usize::from(enc == Legacy::Vni)] += 1;
                self.legacy.push((p.source, enc));
            }
        }
    }
}
