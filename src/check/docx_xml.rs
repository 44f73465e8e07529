//! Just enough of a Word file for the layout audit: section properties, styles with
//! their inheritance, and the paragraphs of the body with the effective size, font and
//! line spacing of their text. Read with quick-xml through the importer's bounded part
//! reader (the caps on a hostile zip live in one place), but interpreted independently.
//! Malformed XML is an error, not an empty document to find layout mistakes in.

use crate::import::parts::{Parts, Xml};
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;

const DOCUMENT: &str = "word/document.xml";
const STYLES: &str = "word/styles.xml";
const RELS: &str = "word/_rels/document.xml.rels";

/// Formatting a style or a run may set; `None` = inherited.
#[derive(Debug, Clone, Default)]
pub struct Props {
    /// Half-points.
    pub size: Option<u32>,
    pub font: Option<String>,
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    /// (line, lineRule): twips, or 240ths of a line for "auto".
    pub line: Option<(u32, String)>,
}

impl Props {
    fn under(&self, base: &Props) -> Props {
        Props {
            size: self.size.or(base.size),
            font: self.font.clone().or_else(|| base.font.clone()),
            bold: self.bold.or(base.bold),
            italic: self.italic.or(base.italic),
            line: self.line.clone().or_else(|| base.line.clone()),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Run {
    pub chars: usize,
    pub props: Props,
}

#[derive(Debug, Clone, Default)]
pub struct Para {
    pub text: String,
    /// Runs with their effective formatting (style chain and defaults resolved).
    pub runs: Vec<Run>,
    /// Index of the top-level table holding it, if any.
    pub table: Option<usize>,
    /// Effective line spacing of the paragraph.
    pub line: Option<(u32, String)>,
}

#[derive(Debug, Clone, Default)]
pub struct Section {
    pub page: Option<(u32, u32)>,
    pub landscape: bool,
    /// top, bottom, left, right (twips).
    pub margins: Option<[i64; 4]>,
    pub title_page: bool,
    /// (type, relationship id) of header and footer references.
    pub headers: Vec<(String, String)>,
    pub footers: Vec<(String, String)>,
}

pub struct Docx {
    pub paragraphs: Vec<Para>,
    /// Whether the body starts with a table (before any non-empty paragraph).
    pub starts_with_table: bool,
    pub section: Section,
    /// Header/footer part name → whether it holds a PAGE field.
    pub part_has_page: HashMap<String, bool>,
    pub rels: HashMap<String, String>,
}

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

fn on(e: &BytesStart) -> bool {
    attr(e, b"val").is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"))
}

/// Applies one rPr/pPr child element to `p`.
fn apply_prop(e: &BytesStart, p: &mut Props) {
    match e.local_name().as_ref() {
        b"sz" => p.size = attr(e, b"val").and_then(|v| v.parse().ok()),
        b"rFonts" => {
            let f = attr(e, b"ascii").or_else(|| attr(e, b"hAnsi"));
            if f.is_some() {
                p.font = f;
            }
        }
        b"b" => p.bold = Some(on(e)),
        b"i" => p.italic = Some(on(e)),
        b"spacing" => {
            if let Some(line) = attr(e, b"line").and_then(|v| v.parse().ok()) {
                p.line = Some((line, attr(e, b"lineRule").unwrap_or_else(|| "auto".into())));
            }
        }
        _ => {}
    }
}

/// Styles: docDefaults and each style's own properties with its `basedOn`.
type Styles = HashMap<String, (Option<String>, Props)>;

fn styles(xml: &str) -> Result<(Props, Styles), String> {
    let mut reader = Xml::new(xml, STYLES);
    let mut defaults = Props::default();
    let mut map = HashMap::new();
    let mut current: Option<(String, Option<String>, Props)> = None;
    let mut in_defaults = false;
    loop {
        match reader.event()? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"docDefaults" => in_defaults = true,
                b"style" => {
                    current = attr(&e, b"styleId").map(|id| (id, None, Props::default()));
                }
                b"basedOn" => {
                    if let Some(c) = current.as_mut() {
                        c.1 = attr(&e, b"val");
                    }
                }
                _ => {
                    if let Some(c) = current.as_mut() {
                        apply_prop(&e, &mut c.2);
                    } else if in_defaults {
                        apply_prop(&e, &mut defaults);
                    }
                }
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"docDefaults" => in_defaults = false,
                b"style" => {
                    if let Some((id, based, props)) = current.take() {
                        map.insert(id, (based, props));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((defaults, map))
}

/// A style's properties with its ancestors' filled in (cycles cut).
fn resolve(id: &str, map: &Styles) -> Props {
    let mut chain = Vec::new();
    let mut cur = Some(id.to_owned());
    while let Some(c) = cur {
        if chain.len() > 20 || chain.contains(&c) {
            break;
        }
        cur = map.get(&c).and_then(|s| s.0.clone());
        chain.push(c);
    }
    chain
        .iter()
        .rev()
        .fold(Props::default(), |acc, id| match map.get(id) {
            Some((_, p)) => p.under(&acc),
            None => acc,
        })
}

/// Reads what the audit needs. Err: not a readable Word file, its XML malformed or beyond
/// the reader's bounds (a Vietnamese reason naming the part).
pub fn read(bytes: &[u8]) -> Result<Docx, String> {
    let mut parts = Parts::open(bytes)?;
    let (defaults, style_map) = match parts.text(STYLES)? {
        Some(xml) => styles(xml)?,
        None => Default::default(),
    };
    let rels = match parts.text(RELS)? {
        Some(xml) => relationships(xml)?,
        None => HashMap::new(),
    };
    let document = parts
        .text(DOCUMENT)?
        .ok_or_else(|| "tệp không có phần nội dung word/document.xml".to_owned())?;
    let mut docx = body(document, &defaults, &style_map)?;
    docx.rels = rels;
    let mut targets: Vec<&String> = docx.rels.values().collect();
    // Several relationships may name one part: look at each once.
    targets.sort();
    targets.dedup();
    for t in targets {
        if t.starts_with("header") || t.starts_with("footer") {
            let part = format!("word/{t}");
            let xml = parts.text(&part)?.unwrap_or_default();
            let has_page =
                xml.contains("PAGE") && (xml.contains("instrText") || xml.contains("fldSimple"));
            docx.part_has_page.insert(t.clone(), has_page);
        }
    }
    Ok(docx)
}

/// Relationship id → target.
fn relationships(xml: &str) -> Result<HashMap<String, String>, String> {
    let mut reader = Xml::new(xml, RELS);
    let mut rels = HashMap::new();
    loop {
        match reader.event()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"Relationship" => {
                if let (Some(id), Some(target)) = (attr(&e, b"Id"), attr(&e, b"Target")) {
                    rels.insert(id, target);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(rels)
}

fn body(xml: &str, defaults: &Props, styles: &Styles) -> Result<Docx, String> {
    let mut reader = Xml::new(xml, DOCUMENT);
    let mut out = Docx {
        paragraphs: Vec::new(),
        starts_with_table: false,
        section: Section::default(),
        part_has_page: HashMap::new(),
        rels: HashMap::new(),
    };
    let mut table_depth = 0usize;
    let mut tables = 0usize;
    let mut seen_content = false;
    let mut para: Option<(Para, Props)> = None; // paragraph and its own pPr props
    let mut run: Option<Props> = None;
    let mut in_ppr = false;
    let mut in_sect = false;
    let mut sections_seen = 0usize;
    let mut in_t = false;
    let mut style_props = Props::default();
    loop {
        let ev = match reader.event()? {
            Event::Eof => break,
            ev => ev,
        };
        let empty = matches!(ev, Event::Empty(_));
        match ev {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name();
                match name.as_ref() {
                    b"tbl" => {
                        if table_depth == 0 {
                            if !seen_content {
                                out.starts_with_table = true;
                            }
                            tables += 1;
                        }
                        table_depth += 1;
                        seen_content = true;
                    }
                    b"p" => {
                        let p = Para {
                            table: (table_depth > 0).then(|| tables - 1),
                            ..Para::default()
                        };
                        para = Some((p, Props::default()));
                        style_props = defaults.clone();
                    }
                    b"pPr" => in_ppr = true,
                    b"pStyle" => {
                        if let Some(id) = attr(&e, b"val") {
                            style_props = resolve(&id, styles).under(defaults);
                        }
                    }
                    b"r" => run = Some(Props::default()),
                    b"t" => in_t = !empty,
                    // Page 1 is laid out by the first section.
                    b"sectPr" => {
                        sections_seen += 1;
                        in_sect = sections_seen == 1;
                    }
                    b"pgSz" if in_sect => {
                        let w = attr(&e, b"w").and_then(|v| v.parse().ok());
                        let h = attr(&e, b"h").and_then(|v| v.parse().ok());
                        out.section.page = w.zip(h);
                        out.section.landscape = attr(&e, b"orient").as_deref() == Some("landscape");
                    }
                    b"pgMar" if in_sect => {
                        let v = |k: &[u8]| attr(&e, k).and_then(|v| v.parse().ok()).unwrap_or(0);
                        out.section.margins =
                            Some([v(b"top"), v(b"bottom"), v(b"left"), v(b"right")]);
                    }
                    b"titlePg" if in_sect => out.section.title_page = on(&e),
                    b"headerReference" | b"footerReference" if in_sect => {
                        let kind = attr(&e, b"type").unwrap_or_else(|| "default".into());
                        if let Some(id) = attr(&e, b"id") {
                            if name.as_ref() == b"headerReference" {
                                out.section.headers.push((kind, id));
                            } else {
                                out.section.footers.push((kind, id));
                            }
                        }
                    }
                    _ => {
                        if let Some(r) = run.as_mut() {
                            apply_prop(&e, r);
                        } else if in_ppr {
                            if let Some((_, pp)) = para.as_mut() {
                                apply_prop(&e, pp);
                            }
                        }
                    }
                }
            }
            Event::Text(t) if in_t => {
                if let (Some(r), Some((p, pp))) = (run.as_ref(), para.as_mut()) {
                    let s = t.decode().map(|c| c.into_owned()).unwrap_or_default();
                    push_text(p, pp, &style_props, r, &s);
                }
            }
            Event::GeneralRef(g) if in_t => {
                if let (Some(r), Some((p, pp))) = (run.as_ref(), para.as_mut()) {
                    let s = match g.decode().as_deref() {
                        Ok("amp") => "&",
                        Ok("lt") => "<",
                        Ok("gt") => ">",
                        Ok("quot") => "\"",
                        Ok("apos") => "'",
                        _ => "?",
                    };
                    push_text(p, pp, &style_props, r, s);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"tbl" => table_depth = table_depth.saturating_sub(1),
                b"pPr" => in_ppr = false,
                b"r" => run = None,
                b"t" => in_t = false,
                b"sectPr" => in_sect = false,
                b"p" => {
                    if let Some((mut p, pp)) = para.take() {
                        p.line = pp.line.clone().or_else(|| style_props.line.clone());
                        // A circulation mark ("LƯU HÀNH NỘI BỘ") stands above the header
                        // table, top right of page 1 (05-HD p. 26): the header still opens
                        // the document.
                        let mark = crate::import::header::is_circulation(&p.text);
                        if !p.text.trim().is_empty() && p.table.is_none() && !mark {
                            seen_content = true;
                        }
                        out.paragraphs.push(p);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    Ok(out)
}

fn push_text(p: &mut Para, own: &Props, style: &Props, run: &Props, s: &str) {
    p.text.push_str(s);
    p.runs.push(Run {
        chars: s.chars().count(),
        props: run.under(&own.under(style)),
    });
}
