//! From lines to a Document: zones (header, title, body, closing), then each zone read by
//! its own module. Every guess is reported as a warning.

use super::appendix;
use super::closing::{self, authority, is_recipients_label};
use super::front::{self, Front};
use super::header::{self, is_rule, is_subject_line, kind_of};
use super::label::{self, Label};
use super::line::{Hint, Line};
use super::repair;
use super::source::{Source, Written};
use super::tree::{self, Entry};
use super::{Repair, Warning};
use crate::model::{
    Appendix, Authority, Block, DocDate, DocKind, Document, Marks, NumberStyle, Paragraph,
    SectionKind, Signature, Style,
};
use crate::rules::{RuleSet, System};

/// Closing-zone lookback: an authority line this close to the end starts the signature.
const SIGNATURE_TAIL: usize = 12;

/// Recognises the document in `lines`; beside it, what the file says as written.
pub fn recognise(
    mut lines: Vec<Line>,
    text_input: bool,
    warnings: &mut Vec<Warning>,
) -> (Document, Source) {
    if text_input {
        repair::attach_footnotes(&mut lines, warnings);
    }
    lines.retain(|l| !l.is_blank());
    let mut source = Source {
        paragraphs: lines
            .iter()
            .map(|l| Written::new(l.source, l.text.as_str()))
            .collect(),
        ..Source::default()
    };
    // The draft is normalised to NFC at the end; the file's own form is a repair.
    for l in &lines {
        if !crate::model::text::is_nfc(&l.text) {
            warnings.push(Warning::repaired(
                Some(l.source),
                Repair::Normalized,
                "chữ Việt gõ ở dạng Unicode tổ hợp (dấu tách rời, NFD) đã được chuẩn hóa về dạng dựng sẵn (NFC)".to_owned(),
            ));
        }
    }

    // "Không phổ biến trên phương tiện thông tin đại chúng" stands on the last page
    // (05-HD p. 26), wherever the file put it: a mark, not text.
    let before = lines.len();
    lines.retain(|l| !header::is_not_for_media(&l.text));
    let not_for_media = lines.len() < before;
    let appendix_reads = appendix::split(&mut lines);

    let closing_start = find_closing(&lines);
    let closing_lines = lines.split_off(closing_start);
    let title = find_title(&lines);
    // A congress's political report carries its theme in place of the type name.
    let theme = match title {
        Some(t) if kind_of(&lines[t].text).is_some() => None,
        _ => find_theme(&lines),
    };
    let title = if theme.is_some() { None } else { title };

    let mut header_cells: Vec<Line> = Vec::new();
    let mut body_start = 0;
    if let Some(th) = &theme {
        header_cells.extend(lines[..th.start].iter().cloned());
        body_start = th.body_start;
    } else if let Some(t) = title {
        header_cells.extend(lines[..t].iter().cloned());
        body_start = t + 1;
    } else if let Some(k) = letter_start(&lines) {
        // A công văn has no type name: its header runs down to "Kính gửi:".
        header_cells.extend(lines[..k].iter().cloned());
        body_start = k;
    } else {
        while lines
            .get(body_start)
            .is_some_and(|l| matches!(l.hint, Hint::HeaderCell(_)))
        {
            header_cells.push(lines[body_start].clone());
            body_start += 1;
        }
    }

    let (mut kind, mut subject) = match title.and_then(|t| kind_of(&lines[t].text)) {
        _ if theme.is_some() => (
            Some(DocKind::BaoCao),
            theme
                .as_ref()
                .map(|t| t.subject.clone())
                .unwrap_or_default(),
        ),
        Some((k, rest)) if rest.is_empty() => (Some(k), Vec::new()),
        Some((k, rest)) => {
            warnings.push(Warning::repaired(
                Some(lines[title.unwrap_or(0)].source),
                Repair::KindWithSubject,
                "tên loại và trích yếu trên cùng một dòng; đã tách".to_owned(),
            ));
            (Some(k), vec![rest])
        }
        None => (None, Vec::new()),
    };
    if title.is_some() {
        // Every subject line so far is bold: a bold line under them continues the subject.
        let mut bold_subject = true;
        while let Some(line) = lines.get(body_start) {
            if is_rule(&line.text) {
                body_start += 1;
                break;
            }
            // Subject lines run from capitals to lower case ("CỦA BAN CHẤP HÀNH" / "tại
            // Hội nghị…"); a capitals line after a lower-case one starts something else.
            let after_lower = subject.last().is_some_and(|s| !header::is_upper(s));
            // Also a subject as a state document writes it — "Dự thảo Nghị quyết …", bold,
            // right under the type name — and one ended by a full stop (a mistake `check`
            // reports) when the "-----" under it shows where the subject ends.
            let short = line.char_len() <= 200 && label::parse(&line.text).is_none();
            let bold_run = bold_subject && line.all(Style::Bold) && !line.text.ends_with(':');
            let before_rule = lines.get(body_start + 1).is_some_and(|n| is_rule(&n.text));
            // However many lines the subject takes, the "-----" under it closes it: a
            // line starting with a capital ("Ban Thường vụ Tỉnh uỷ, …") in the middle of
            // a three-line subject is still the subject when the rule follows.
            let ruled =
                subject_closed_by_rule(&lines[body_start..], MAX_SUBJECT_LINES - subject.len());
            let fits = match line.hint {
                Hint::Subject => true,
                Hint::None => {
                    ruled
                        || (subject.len() < 4
                            && (is_subject_line(line) || (short && (bold_run || before_rule)))
                            && !(after_lower && header::is_upper(&line.text)))
                }
                _ => false,
            };
            if !fits {
                break;
            }
            bold_subject &= line.all(Style::Bold);
            subject.push(line.text.replace('\t', " "));
            body_start += 1;
        }
    }
    // "THÔNG BÁO" / "KẾT LUẬN CỦA …": a thông báo kết luận written over two lines.
    if kind == Some(DocKind::ThongBao) {
        if let Some(rest) = subject.first().and_then(|s| s.strip_prefix("KẾT LUẬN")) {
            kind = Some(DocKind::ThongBaoKetLuan);
            let rest = rest.trim().to_owned();
            if rest.is_empty() {
                subject.remove(0);
            } else {
                subject[0] = rest;
            }
        }
    }

    let mut body_lines: Vec<Line> = lines.split_off(body_start);
    body_lines.iter_mut().for_each(Line::untab);
    let front = front::take(&mut body_lines, &mut source);
    if text_input {
        body_lines = repair::join_page_breaks(body_lines, warnings);
    }
    let (preamble, entries, closing_paras) = classify(body_lines, warnings);
    let body = tree::build(entries, warnings);

    let closing = closing::parse(&closing_lines, &mut source, warnings);
    let head = header::parse(&header_cells, &mut source, warnings);
    if let Some(t) = title {
        source.title = Some(Written::new(lines[t].source, lines[t].text.trim()));
    }
    source.kind = kind;
    // A công văn prints no type name: its subject stands under the number, and it
    // opens with "Kính gửi:".
    if kind.is_none() && subject.is_empty() {
        if !head.letter_subject.is_empty() {
            kind = Some(DocKind::CongVan);
            subject = head.letter_subject.clone();
        } else if front.label == Some(front::Label::Letter) {
            kind = Some(DocKind::CongVan);
        }
    }
    let marks = Marks {
        draft: head.draft,
        circulation: head.circulation.clone(),
        not_for_media,
        drafter: closing.drafter.clone(),
        copies: closing.copies,
    };
    let appendices = appendix_reads
        .into_iter()
        .map(|a| read_appendix(a, warnings))
        .collect();
    let document = assemble(
        Parts {
            kind,
            subject,
            preamble,
            body,
            closing_paras,
            closing,
            head,
            had_header: !header_cells.is_empty(),
            had_closing: !closing_lines.is_empty(),
            title_source: title.map(|t| lines[t].source),
            family: source.family(),
            front,
            marks,
            appendices,
            theme: theme.map(|t| t.lines).unwrap_or_default(),
        },
        warnings,
    );
    family_warnings(&document, &source, warnings);
    (document, source)
}

/// The forms of the other family, now that the family is known: "Số:" and "Lưu:" are
/// right in a state document, wrong in a Party one (and the reverse). `check` judges
/// the same lines under the rule set; the importer tells the clerk at once.
fn family_warnings(doc: &Document, source: &Source, warnings: &mut Vec<Warning>) {
    let party = RuleSet::by_id(&doc.rules).is_some_and(|r| r.system == System::Party);
    if !party {
        return;
    }
    if let Some(n) = source.number.as_ref().filter(|n| n.line.text.contains(':')) {
        warnings.push(Warning::at(
            n.line.paragraph,
            "số hiệu viết “Số:” (có dấu hai chấm) là thể thức nhà nước; văn bản Đảng viết “Số”"
                .to_owned(),
        ));
    }
    if let Some(a) = source
        .archive()
        .filter(|a| a.text.trim_start_matches(['-', ' ']).starts_with("Lưu:"))
    {
        warnings.push(Warning::at(
            a.paragraph,
            "“Lưu:” có dấu hai chấm là thể thức văn bản nhà nước".to_owned(),
        ));
    }
}

/// The most lines a congress's theme takes (05-HD p. 11's example has seven).
const MAX_THEME_LINES: usize = 12;
/// Where the theme's bracketed subject may stand: under a header and a long theme.
const THEME_LOOKAHEAD: usize = 40;
/// The most lines the bracketed subject under a theme wraps over.
const MAX_THEME_SUBJECT_LINES: usize = 4;

/// A congress's theme (05-HD p. 11): lines in capitals where the type name stands, then
/// the subject in brackets — "(Báo cáo của Ban Chấp hành … trình Đại hội …)" — and "-----".
struct Theme {
    /// First line of the theme.
    start: usize,
    lines: Vec<String>,
    /// The bracketed subject, without its brackets (the export adds them).
    subject: Vec<String>,
    /// First line after the subject and its rule.
    body_start: usize,
}

fn find_theme(lines: &[Line]) -> Option<Theme> {
    let bracket = lines
        .iter()
        .take(THEME_LOOKAHEAD)
        .position(|l| l.text.trim_start().starts_with('('))?;
    let close = lines[bracket..]
        .iter()
        .take(MAX_THEME_SUBJECT_LINES)
        .position(|l| l.text.trim_end().ends_with(')'))?;
    let subject_lines = &lines[bracket..=bracket + close];
    let joined = subject_lines
        .iter()
        .map(|l| l.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    if !joined.contains("đại hội") {
        return None;
    }
    let theme_len = lines[..bracket]
        .iter()
        .rev()
        .take(MAX_THEME_LINES)
        .take_while(|l| is_theme_line(l))
        .count();
    if theme_len == 0 {
        return None;
    }
    let start = bracket - theme_len;
    let n = subject_lines.len();
    let subject = subject_lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut t = l.text.replace('\t', " ").trim().to_owned();
            if i == 0 {
                t = t.trim_start_matches('(').trim_start().to_owned();
            }
            if i + 1 == n {
                t = t.trim_end_matches(')').trim_end().to_owned();
            }
            t
        })
        .collect();
    let mut body_start = bracket + close + 1;
    if lines.get(body_start).is_some_and(|l| is_rule(&l.text)) {
        body_start += 1;
    }
    Some(Theme {
        start,
        lines: lines[start..bracket]
            .iter()
            .map(|l| l.text.trim().to_owned())
            .collect(),
        subject,
        body_start,
    })
}

/// A line of a congress's theme: capitals, alone on its line, not a header's motto or
/// mark and not a type name.
fn is_theme_line(l: &Line) -> bool {
    let t = l.text.trim();
    header::is_upper(t)
        && !t.contains('\t')
        && !matches!(l.hint, Hint::HeaderCell(_) | Hint::ClosingCell(_))
        && t != "ĐẢNG CỘNG SẢN VIỆT NAM"
        && !is_rule(t)
        && kind_of(t).is_none()
}

/// The most lines a subject (trích yếu) takes when a "-----" closes it.
const MAX_SUBJECT_LINES: usize = 8;
/// Where "Kính gửi:" may stand in a công văn: under a header of a dozen lines at most.
const LETTER_LABEL_LOOKAHEAD: usize = 20;

/// Whether `lines` (from the current one) reach a "-----" within `room` lines, every
/// line before it fit for a subject: short, without a section label, not a sentence
/// ending in ":" (a lead-in).
fn subject_closed_by_rule(lines: &[Line], room: usize) -> bool {
    let Some(rule) = lines.iter().take(room + 1).position(|l| is_rule(&l.text)) else {
        return false;
    };
    rule > 0
        && lines[..rule].iter().all(|l| {
            l.char_len() <= 200
                && label::parse(&l.text).is_none()
                && !l.text.trim_end().ends_with(':')
                && matches!(l.hint, Hint::None | Hint::Subject)
        })
}

/// The line "Kính gửi:" of a công văn without a type name, when a header stands above it.
fn letter_start(lines: &[Line]) -> Option<usize> {
    lines
        .iter()
        .take(LETTER_LABEL_LOOKAHEAD)
        .position(|l| {
            front::addressee_label(&l.text).is_some_and(|(label, _)| label == front::Label::Letter)
        })
        .filter(|&k| k > 0)
}

/// An appendix's lines → the model's appendix: its text read like a body.
fn read_appendix(read: appendix::Read, warnings: &mut Vec<Warning>) -> Appendix {
    let mut lines = read.body;
    lines.iter_mut().for_each(Line::untab);
    let (preamble, entries, closing) = classify(lines, warnings);
    let mut body: Vec<Block> = preamble.into_iter().map(Block::Para).collect();
    body.extend(tree::build(entries, warnings));
    body.extend(closing.into_iter().map(Block::Para));
    Appendix {
        title: read.title,
        landscape: read.landscape,
        body,
    }
}

/// Where the closing block starts: "Nơi nhận:" or an authority line near the end.
fn find_closing(lines: &[Line]) -> usize {
    if let Some(i) = lines
        .iter()
        .position(|l| matches!(l.hint, Hint::ClosingCell(_)))
    {
        return i;
    }
    let label = lines.iter().rposition(|l| is_recipients_label(&l.text));
    let tail = lines.len().saturating_sub(SIGNATURE_TAIL);
    let sig = (tail..lines.len()).find(|&i| {
        let first_cell = lines[i].text.split('\t').next().unwrap_or("");
        authority(first_cell).is_some() || super::closing::role(first_cell).is_some()
    });
    match (label, sig) {
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => lines.len(),
    }
}

/// The type-name line: a VBTitle paragraph, else an upper-case line naming a type.
fn find_title(lines: &[Line]) -> Option<usize> {
    if let Some(i) = lines.iter().position(|l| l.hint == Hint::Title) {
        return Some(i);
    }
    lines.iter().take(30).position(|l| {
        l.hint != Hint::Body
            && !matches!(l.hint, Hint::HeaderCell(_))
            && l.char_len() <= 120
            && header::is_upper(&l.text)
            && kind_of(&l.text).is_some()
    })
}

/// Whether a numbered line is a heading (its title on its own line) or an item.
fn section_kind(label: &Label, title: &Line) -> SectionKind {
    match (title.hint, label.style) {
        (Hint::Heading(_), _) => SectionKind::Heading,
        (Hint::Body, _) => SectionKind::Item,
        (
            _,
            NumberStyle::RomanDash
            | NumberStyle::RomanDot
            | NumberStyle::Part
            | NumberStyle::Chapter
            | NumberStyle::Division
            | NumberStyle::None,
        ) => SectionKind::Heading,
        (_, NumberStyle::Dash | NumberStyle::Plus) => SectionKind::Item,
        _ => {
            let len = title.char_len();
            let emphasised = title.all(Style::Bold) || title.all(Style::Italic);
            let plain =
                title.spans.is_empty() && !title.text.ends_with(['.', ';', ':', ',', '!', '?']);
            if (emphasised && len <= 400) || (plain && len <= 160) {
                SectionKind::Heading
            } else {
                SectionKind::Item
            }
        }
    }
}

enum Classified {
    Para(Line),
    Section(Label, SectionKind, Line),
}

/// The longest line taken for the name under "Chương I" or "Mục 1".
const DIVISION_NAME_MAX_CHARS: usize = 200;

/// "Chương I" (or "Phần I", "Mục 1") alone on its line, its name on the next: one line,
/// so that the name becomes the section's title. The name is a line without a label,
/// in capitals, in bold, or in the same heading style as the label (our own DOCX).
fn join_division_names(lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut lone_label = false;
    for line in lines {
        if lone_label {
            let prev = out.last_mut().expect("a lone label was pushed");
            let is_name = label::parse(&line.text).is_none()
                && line.char_len() <= DIVISION_NAME_MAX_CHARS
                && (header::is_upper(&line.text)
                    || line.all(Style::Bold)
                    || (matches!(line.hint, Hint::Heading(Some(_))) && line.hint == prev.hint));
            lone_label = false;
            if is_name {
                prev.append(line);
                continue;
            }
        }
        lone_label = label::parse(&line.text)
            .is_some_and(|l| l.style.is_division() && l.len >= line.char_len());
        out.push(line);
    }
    out
}

/// Splits the body into preamble, numbered entries and closing paragraphs.
fn classify(
    lines: Vec<Line>,
    warnings: &mut Vec<Warning>,
) -> (Vec<Paragraph>, Vec<Entry>, Vec<Paragraph>) {
    let lines = join_division_names(lines);
    let mut items: Vec<Classified> = Vec::with_capacity(lines.len());
    for line in lines {
        let hinted_style = match line.hint {
            Hint::Heading(Some(style)) => Some(style),
            _ => None,
        };
        let parsed = label::parse(&line.text);
        let label = match (hinted_style, parsed) {
            // Our VBHeadingNone paragraphs have no label: their whole text is the title.
            (Some(NumberStyle::None), _) => Some(Label {
                style: NumberStyle::None,
                numbers: vec![],
                len: 0,
                typed: String::new(),
            }),
            (Some(style), Some(mut l)) => {
                l.style = style;
                Some(l)
            }
            (_, parsed) => parsed,
        };
        match label {
            Some(label) => {
                let mut title = line;
                title.drop_prefix(label.len);
                let kind = section_kind(&label, &title);
                if kind == SectionKind::Heading {
                    // The heading's own format gives bold or italic; a span over the
                    // whole title only repeats it.
                    let len = title.char_len();
                    title.spans.retain(|s| {
                        !(s.0 == 0 && s.1 >= len && matches!(s.2, Style::Bold | Style::Italic))
                    });
                }
                items.push(Classified::Section(label, kind, title));
            }
            None => items.push(Classified::Para(line)),
        }
    }
    let first = items
        .iter()
        .position(|c| matches!(c, Classified::Section(..)));
    let last = items
        .iter()
        .rposition(|c| matches!(c, Classified::Section(..)));
    let mut closing = Vec::new();
    if let Some(last) = last {
        let trailing = items.len() - last - 1;
        let after_item = matches!(&items[last], Classified::Section(_, SectionKind::Item, _));
        let take = if after_item {
            trailing
        } else if trailing >= 2 && items.last().is_some_and(is_closing_formula) {
            1
        } else {
            0
        };
        for c in items.drain(items.len() - take..) {
            if let Classified::Para(l) = c {
                warnings.push(Warning::at(
                    l.source,
                    "coi là đoạn kết thúc văn bản".to_owned(),
                ));
                closing.push(l.into_paragraph());
            }
        }
    }
    let preamble_len = match first {
        Some(f) => f,
        // No numbered section: a lead-in ending with ":" is the preamble, the rest is body.
        None => {
            usize::from(matches!(items.first(), Some(Classified::Para(l)) if l.text.ends_with(':')))
        }
    };
    let mut preamble = Vec::new();
    let mut entries = Vec::new();
    for (i, c) in items.into_iter().enumerate() {
        match c {
            Classified::Para(l) if i < preamble_len => preamble.push(l.into_paragraph()),
            Classified::Para(l) => entries.push(Entry::Para(l.into_paragraph())),
            Classified::Section(label, kind, title) => entries.push(Entry::Section {
                label,
                kind,
                source: title.source,
                title: title.into_paragraph(),
            }),
        }
    }
    (preamble, entries, closing)
}

fn is_closing_formula(c: &Classified) -> bool {
    let Classified::Para(l) = c else {
        return false;
    };
    let t = l.text.to_lowercase();
    [
        "được phổ biến",
        "thông báo để",
        "biết, thực hiện",
        "tổ chức triển khai thực hiện",
    ]
    .iter()
    .any(|f| t.contains(f))
}

struct Parts {
    kind: Option<DocKind>,
    subject: Vec<String>,
    preamble: Vec<Paragraph>,
    body: Vec<Block>,
    closing_paras: Vec<Paragraph>,
    closing: closing::Closing,
    head: header::Header,
    had_header: bool,
    had_closing: bool,
    title_source: Option<usize>,
    /// What the file's motto, number line and signature say, by majority.
    family: Option<System>,
    front: Front,
    marks: Marks,
    appendices: Vec<Appendix>,
    theme: Vec<String>,
}

fn assemble(p: Parts, warnings: &mut Vec<Warning>) -> Document {
    let kind = p.kind.unwrap_or_else(|| {
        warnings.push(Warning::new(
            "không nhận ra tên loại văn bản (KẾT LUẬN, NGHỊ QUYẾT…); tạm đặt là KẾT LUẬN"
                .to_owned(),
        ));
        DocKind::KetLuan
    });
    let head = p.head;
    if !p.had_header {
        warnings.push(Warning::new(
            "không có phần đầu văn bản (cơ quan ban hành, số, địa danh, ngày): để trống, cần điền"
                .to_owned(),
        ));
    }
    let date = head
        .date
        .unwrap_or_else(|| fallback_date(&p.subject, &p.preamble, warnings));
    let system = p
        .family
        .or(head.system)
        .or(p.closing.state_forms.then_some(System::State))
        .unwrap_or(System::Party);
    let rules = RuleSet::in_force(system, &date);
    if let Some(symbol) = &head.type_symbol {
        // The type symbol is the rule set's ("QĐi" for Quy định under 36-HD, "QĐ" since
        // 05-HD); a công văn's number carries none ("215/UBND-VX", "15-CV/TU" aside).
        let want = rules.type_symbol(kind);
        if *symbol != want && !symbol.is_empty() && kind != DocKind::CongVan {
            warnings.push(Warning::new(format!(
                "ký hiệu loại “{symbol}” trong số hiệu không khớp với {} ({want}, theo {})",
                kind.label(),
                rules.name
            )));
        }
    }
    let signature = p.closing.signature.unwrap_or_else(|| {
        warnings.push(Warning::new("không tìm thấy khối chữ ký".to_owned()));
        Signature {
            authority: Authority::None,
            on_behalf_of: String::new(),
            title: String::new(),
            name: String::new(),
            concurrent: String::new(),
        }
    });
    if rules.kind(kind).recipients
        && (!p.had_closing || (p.closing.recipients.is_empty() && p.closing.archive.is_empty()))
    {
        warnings.push(Warning::new("không tìm thấy “Nơi nhận”".to_owned()));
    }
    if p.title_source.is_some() && p.subject.is_empty() && kind.needs_subject() {
        warnings.push(Warning::new(
            "không thấy trích yếu dưới tên loại văn bản".to_owned(),
        ));
    }
    let mut doc = Document {
        kind,
        rules: rules.id.clone(),
        issuer: head.issuer,
        number: head.number,
        urgency: head.urgency,
        secrecy: head.secrecy,
        place: head.place.unwrap_or_default(),
        date,
        subject: p.subject,
        theme: p.theme,
        addressees: p.front.addressees,
        bases: p.front.bases,
        enacting: p.front.enacting,
        preamble: p.preamble,
        body: p.body,
        closing: p.closing_paras,
        recipients: p.closing.recipients,
        archive: p.closing.archive,
        signature,
        cosigners: p.closing.cosigners,
        marks: p.marks,
        appendices: p.appendices,
        conference: None,
        derived_from: None,
    };
    doc.normalize();
    doc
}

/// Without a date line: the month of the first date in the subject or preamble (the
/// conference), else this month; the day is left open for the clerk.
fn fallback_date(
    subject: &[String],
    preamble: &[Paragraph],
    warnings: &mut Vec<Warning>,
) -> DocDate {
    let text: Vec<&str> = subject
        .iter()
        .map(String::as_str)
        .chain(preamble.iter().map(|p| p.text.as_str()))
        .collect();
    let (year, month, why) = match header::first_slash_date(&text.join(" ")) {
        Some(d) => (d.year, d.month, "theo ngày hội nghị"),
        None => {
            let today = crate::templates::today();
            (today.year, today.month, "theo tháng hiện tại")
        }
    };
    let shown = month
        .map(|m| format!("{m}/{year}"))
        .unwrap_or(year.to_string());
    warnings.push(Warning::new(format!(
        "không có ngày ban hành; tạm đặt tháng {shown} ({why}), ngày để trống"
    )));
    DocDate {
        year,
        month,
        day: None,
    }
}
