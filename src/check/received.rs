//! The audit of a file received from elsewhere (issue 12): the file as written, under
//! the rules of its own family and date.
//!
//! A Word file is read by the importer, which repairs what it reads; so the audit runs
//! on three things together:
//! - the layout of the file itself ([`super::layout_audit`]);
//! - the lines that carry form, as written ([`crate::import::Source`]), and every repair
//!   the importer made (its warnings with a [`Repair`]) — this module;
//! - the draft the importer built, through the same rules as any draft ([`super::run`]).
//!
//! The rule set is the one in force for the document's family (Party or state, from its
//! motto, number line and signature) on its date, unless the caller names one. Every
//! finding that can be placed names the paragraph of the file.

use super::scan::{self, q};
use super::{layout_audit, Filter, Finding, IssuerField, Place, Severity, SignatureField};
use crate::import::{self, Repair, Source, Written};
use crate::model::text::nfc;
use crate::model::{DocDate, DocKind, Document};
use crate::rules::{RuleSet, System};
use std::collections::HashMap;

/// What an audit found, and under which rules and why.
#[derive(Debug, Clone)]
pub struct Audit {
    pub rules: RuleSet,
    pub family: System,
    /// Why these rules, in Vietnamese: the family's marks and the date.
    pub why: String,
    /// The draft the importer built (for the places of its findings).
    pub document: Document,
    pub source: Source,
    pub findings: Vec<Finding>,
    /// The file's paragraph of each finding, when it can be told (parallel to
    /// `findings`): given for the file's own lines, found back by text for the draft's.
    pub paragraphs: Vec<Option<usize>>,
}

/// Audits the Word file in `bytes` as of `today`, under `chosen` rules or, without, the
/// rules in force for its family on its date. Err: the file cannot be read (Vietnamese).
pub fn audit_docx(
    bytes: &[u8],
    chosen: Option<&RuleSet>,
    today: DocDate,
    filter: &Filter,
) -> Result<Audit, String> {
    if let Some(reason) = import::not_a_docx(bytes) {
        return Err(reason);
    }
    let imported =
        import::import_bytes(bytes, "tệp Word", &Default::default()).map_err(|e| match e {
            crate::error::Error::Import { reason, .. } => reason,
            other => other.to_string(),
        })?;
    let (family, why_family) = family(&imported.source);
    let dated = imported.source.date.is_some();
    let (rules, why) = match chosen {
        Some(r) => (
            r.clone(),
            format!("bộ quy tắc chọn khi chạy lệnh ({}).", r.name),
        ),
        None => {
            let date = if dated { imported.document.date } else { today };
            let r = RuleSet::in_force(family, &date).clone();
            let when = if dated {
                format!("ngày ban hành {}", super::header::date_text(&date))
            } else {
                format!(
                    "tệp không ghi ngày ban hành, lấy hôm nay {}",
                    super::header::date_text(&today)
                )
            };
            let why = format!("{why_family}; {when}.");
            (r, why)
        }
    };
    let mut document = imported.document;
    document.rules = rules.id.clone();

    let mut findings = layout_audit::audit_docx(bytes, &rules)?;
    let src = &imported.source;
    mixed(src, family, &mut findings);
    number_line(src, &rules, &mut findings);
    date_line(src, &rules, &mut findings);
    recipients(src, &rules, &mut findings);
    bases(src, &rules, &mut findings);
    addressees(src, &rules, &mut findings);
    authority(src, &rules, &mut findings);
    state_header(src, &rules, &mut findings);
    repairs(&imported.warnings, &mut findings);
    findings.extend(super::run(&document, &rules, today));
    // "Signed more than a year ago" helps a clerk typing a draft's year; a file received
    // is often old, and its date is a fact, not a slip.
    findings.retain(|f| f.id != "date.old" && filter.accepts(f.id));

    let mut audit = Audit {
        rules,
        family,
        why,
        document,
        source: imported.source,
        findings,
        paragraphs: Vec::new(),
    };
    audit.locate_and_dedupe();
    Ok(audit)
}

impl Audit {
    /// Every finding with its paragraph in the file.
    pub fn located(&self) -> impl Iterator<Item = (&Finding, Option<usize>)> {
        self.findings.iter().zip(self.paragraphs.iter().copied())
    }

    /// The rule set's family in words ("văn bản của Đảng").
    pub fn family_name(&self) -> &'static str {
        system_name(self.family)
    }

    /// Places each finding in the file; one mistake seen twice — by the file's lines and
    /// by the draft's fields, in the same paragraph — is reported once, the file's
    /// wording kept (its findings come first). Then errors first, in the file's order.
    fn locate_and_dedupe(&mut self) {
        let mut locator = Locator::new(&self.document, &self.source);
        let mut keyed: Vec<(Finding, Option<usize>)> = std::mem::take(&mut self.findings)
            .into_iter()
            .map(|f| {
                let p = locator.paragraph(&f.place);
                (f, p)
            })
            .collect();
        let mut seen: HashMap<(&'static str, usize), ()> = HashMap::new();
        keyed.retain(|(f, p)| match p {
            Some(p) => seen.insert((f.id, *p), ()).is_none(),
            None => true,
        });
        keyed.sort_by_key(|(f, p)| (f.severity, p.unwrap_or(0)));
        (self.findings, self.paragraphs) = keyed.into_iter().unzip();
    }
}

/// Where a finding of a received file is, in words: the draft's place, and the file's
/// paragraph when it is known ("Nơi nhận, dòng 2 (tệp gốc, đoạn 31)").
pub fn where_is(f: &Finding, paragraph: Option<usize>, labels: &super::BodyLabels) -> String {
    match (&f.place, paragraph) {
        (Place::Paragraph(_), _) | (_, None) => f.place.describe_in(labels),
        (place, Some(p)) => format!("{} (tệp gốc, đoạn {p})", place.describe_in(labels)),
    }
}

fn system_name(s: System) -> &'static str {
    match s {
        System::Party => "văn bản của Đảng",
        System::State => "văn bản hành chính nhà nước",
    }
}

/// The family and a sentence saying why.
fn family(src: &Source) -> (System, String) {
    let Some(first) = src.deciding_mark() else {
        return (
            System::Party,
            "không thấy tiêu đề, số hiệu hay thẩm quyền ký cho biết loại văn bản; coi là văn bản của Đảng".to_owned(),
        );
    };
    let what = mark_name(src, first);
    (
        first.system,
        format!(
            "{} ({what} {}, đoạn {})",
            capitalise(system_name(first.system)),
            q(&first.line.text),
            first.line.paragraph
        ),
    )
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn mark_name(src: &Source, m: &import::source::Mark) -> &'static str {
    if src.motto.as_ref() == Some(m) {
        if m.system == System::Party {
            "tiêu đề"
        } else {
            "quốc hiệu"
        }
    } else if src.number.as_ref() == Some(m) {
        "số hiệu"
    } else {
        "thẩm quyền ký"
    }
}

fn at(line: &Written, id: &'static str, severity: Severity, msg: String) -> Finding {
    Finding::new(id, severity, Place::Paragraph(line.paragraph), msg)
}

/// A Party header with a state signature, or the reverse: one document in two systems.
fn mixed(src: &Source, family: System, out: &mut Vec<Finding>) {
    let Some(first) = src.deciding_mark() else {
        return;
    };
    for m in src.marks().into_iter().filter(|m| m.system != family) {
        out.push(at(
            &m.line,
            "family.mixed",
            Severity::Error,
            format!(
                "Văn bản trộn hai thể thức: {} {} viết theo thể thức {}, trong khi {} {} (đoạn {}) cho thấy đây là {}. Một văn bản chỉ theo một thể thức.",
                mark_name(src, m),
                q(&m.line.text),
                system_name(m.system),
                mark_name(src, first),
                q(&first.line.text),
                first.line.paragraph,
                system_name(family)
            ),
        ));
    }
}

/// "Số 15-KL/TU" or "Số: 15/QĐ-UBND" as written, split: colon, digits, rest.
fn split_number(text: &str) -> Option<(bool, &str, &str)> {
    let rest = text
        .trim()
        .strip_prefix("Số")
        .or_else(|| text.trim().strip_prefix("SỐ"))?;
    let colon = rest.trim_start().starts_with(':');
    let rest = rest.trim_start().trim_start_matches(':').trim_start();
    let digits_len = rest.chars().take_while(char::is_ascii_digit).count();
    Some((colon, &rest[..digits_len], rest[digits_len..].trim()))
}

fn number_line(src: &Source, rules: &RuleSet, out: &mut Vec<Finding>) {
    let Some(mark) = &src.number else {
        return;
    };
    let line = &mark.line;
    let Some((colon, digits, rest)) = split_number(&line.text) else {
        return;
    };
    let party = rules.system == System::Party;
    let pattern = &rules.header.number_pattern;
    if party && colon {
        out.push(at(line, "number.colon", Severity::Error, format!(
            "Dòng số {}: văn bản của Đảng viết “Số 15-KL/TU”, không có dấu hai chấm sau “Số” (“Số:” là thể thức văn bản nhà nước, NĐ 30/2020).",
            q(&line.text)
        )));
    }
    if !party && !colon && pattern.starts_with("Số:") {
        out.push(at(line, "number.state-colon", Severity::Error, format!(
            "Dòng số {}: văn bản hành chính nhà nước viết “Số:” có dấu hai chấm, ví dụ “Số: 15/QĐ-UBND” (NĐ 30/2020).",
            q(&line.text)
        )));
    }
    if let Ok(n) = digits.parse::<u32>() {
        let pad = rules.header.number_pad_below;
        let want = if n < pad {
            format!("{n:02}")
        } else {
            n.to_string()
        };
        if digits != want {
            out.push(at(line, "number.leading-zero", Severity::Error, format!(
                "Số {} viết là {}: số nhỏ hơn {pad} viết thêm một số 0 ở đầu, các số khác không có số 0 ở đầu; viết {}.",
                n,
                q(digits),
                q(&want)
            )));
        }
    }
    // The type symbol against the type named by the title (a công văn has none).
    if mark.system == System::Party {
        if let (Some(kind), Some((symbol, _))) =
            (src.kind, rest.trim_start_matches('-').split_once('/'))
        {
            let symbol = symbol.trim();
            let fits = super::header::type_symbol_fits(kind, symbol, rules);
            // A công văn (the rule set's letter form) carries no type symbol.
            if !symbol.is_empty() && !fits && !rules.kind(kind).letter {
                out.push(at(
                    line,
                    "number.type-symbol",
                    Severity::Error,
                    format!(
                        "Dòng số {}, tên loại {}: {}",
                        q(&line.text),
                        q(&kind.label().to_uppercase()),
                        super::header::type_symbol_message(kind, symbol, rules)
                    ),
                ));
            }
        }
    }
}

/// The legal bases as written (05-HD p. 12): each on its own line after "- ", ";" after
/// each, "." after the last (36-HD: ","; a state document: its own form).
fn bases(src: &Source, rules: &RuleSet, out: &mut Vec<Finding>) {
    let r = &rules.parts.bases;
    let count = src.bases.len();
    for (i, basis) in src.bases.iter().enumerate() {
        let dash = r.prefix.trim();
        if !dash.is_empty() && !basis.text.trim_start().starts_with(dash) {
            out.push(at(basis, "bases.dash", Severity::Error, format!(
                "Căn cứ {} thiếu dấu gạch ngang đầu dòng: theo {}, trước mỗi căn cứ có một dấu gạch ngang ({}).",
                q(basis.text.trim()),
                rules.name,
                q(dash)
            )));
        }
        let last = i + 1 == count;
        let want = if last { &r.last } else { &r.separator };
        let text = basis.text.trim_end();
        if want.is_empty() || text.ends_with(want.as_str()) {
            continue;
        }
        let typed = text
            .chars()
            .last()
            .filter(|c| c.is_ascii_punctuation())
            .map_or("không có dấu".to_owned(), |c| {
                format!("dấu {}", q(&c.to_string()))
            });
        out.push(at(basis, "bases.punctuation", Severity::Error, format!(
            "Căn cứ {} kết thúc bằng {typed}: theo {}, sau mỗi căn cứ có dấu {}, riêng căn cứ cuối cùng có dấu {}.",
            q(text),
            rules.name,
            q(&r.separator),
            q(&r.last)
        )));
    }
}

/// Several addressees under "Kính gửi:" / "Kính trình:" as written (05-HD p. 25): each
/// after "- ", the rule set's separator after each (";"; 36-HD ","). The last is left
/// alone: offices end it either way.
fn addressees(src: &Source, rules: &RuleSet, out: &mut Vec<Finding>) {
    if let Some(label) = src
        .addressee_label
        .as_ref()
        .filter(|l| !import::front::label_has_colon(&l.text))
    {
        out.push(at(
            label,
            "addressees.label-colon",
            Severity::Error,
            format!(
                "Dòng {}: sau “Kính gửi”, “Kính trình” có dấu hai chấm (“Kính gửi:”), theo {}.",
                q(label.text.trim()),
                rules.name
            ),
        ));
    }
    let sep = &rules.parts.addressees.separator;
    let Some((_, all_but_last)) = src.addressees.split_last() else {
        return;
    };
    for item in all_but_last {
        let text = item.text.trim_end();
        if sep.is_empty() || text.ends_with(sep.as_str()) {
            continue;
        }
        out.push(at(item, "addressees.punctuation", Severity::Error, format!(
            "Nơi gửi {}: khi có nhiều nơi, sau mỗi tổ chức, cơ quan, cá nhân ở phần “Kính gửi”, “Kính trình” có dấu {} (theo {}).",
            q(text),
            q(sep),
            rules.name
        )));
    }
}

/// "Hạ Long, ngày 05 tháng 6 năm 2026" as written: the leading zeros the rules want.
fn date_line(src: &Source, rules: &RuleSet, out: &mut Vec<Finding>) {
    let Some(line) = &src.date else {
        return;
    };
    let Some((_, rest)) = line.text.split_once(',') else {
        return;
    };
    let Some(rest) = rest.trim().strip_prefix("ngày") else {
        return;
    };
    let Some((day, rest)) = rest.split_once("tháng") else {
        return;
    };
    let Some((month, _)) = rest.split_once("năm") else {
        return;
    };
    let (day, month) = (day.trim(), month.trim());
    let h = &rules.header;
    let padded = |s: &str, below: u8| -> Option<String> {
        let n: u8 = s.parse().ok()?;
        Some(if n < below {
            format!("{n:02}")
        } else {
            n.to_string()
        })
    };
    let wrong: Vec<String> = [
        ("ngày", day, padded(day, h.pad_day_below)),
        ("tháng", month, padded(month, h.pad_month_below)),
    ]
    .into_iter()
    .filter_map(|(what, written, want)| {
        let want = want?;
        (written != want).then(|| format!("{what} {} (đúng: {})", q(written), q(&want)))
    })
    .collect();
    if !wrong.is_empty() {
        out.push(at(line, "date.leading-zero", Severity::Error, format!(
            "Dòng ngày {}: {}. Ngày nhỏ hơn {} và tháng nhỏ hơn {} viết thêm số 0 ở đầu (“ngày 05 tháng 02”), các ngày, tháng khác không có số 0 ở đầu.",
            q(&line.text),
            wrong.join(", "),
            h.pad_day_below,
            h.pad_month_below
        )));
    }
}

/// The punctuation of each recipient as written, and the "Lưu" line's form.
fn recipients(src: &Source, rules: &RuleSet, out: &mut Vec<Finding>) {
    let r = &rules.recipients;
    let sep = r.separator.trim();
    let (archive_prefix, archive_end) = match r.archive_pattern.split_once("{office}") {
        Some((a, b)) => (a.trim_end().to_owned(), b.trim().to_owned()),
        None => ("Lưu".to_owned(), ".".to_owned()),
    };
    let archive = src.archive();
    let mut wrong: Vec<&Written> = Vec::new();
    for item in &src.recipients {
        let t = item.text.trim();
        let bare = t.trim_start_matches(['-', '–', '—', '•', '+', ' ']);
        if archive.is_some_and(|a| std::ptr::eq(a, item)) {
            let colon = bare["Lưu".len()..].trim_start().starts_with(':');
            let want_colon = archive_prefix.ends_with(':');
            if colon && !want_colon {
                out.push(at(item, "recipients.state-archive", Severity::Error, format!(
                    "Dòng lưu {}: “Lưu:” có dấu hai chấm là thể thức văn bản nhà nước; theo {} ghi “- Lưu <văn phòng>.” (ví dụ “- Lưu VPTU.”).",
                    q(t), rules.name
                )));
            } else if !colon && want_colon {
                out.push(at(
                    item,
                    "recipients.archive-form",
                    Severity::Error,
                    format!(
                        "Dòng lưu {}: theo {} ghi “- Lưu: VT, …” (có dấu hai chấm sau “Lưu”).",
                        q(t),
                        rules.name
                    ),
                ));
            }
            if !archive_end.is_empty() && !t.ends_with(archive_end.as_str()) {
                out.push(at(
                    item,
                    "recipients.punctuation",
                    Severity::Error,
                    format!(
                        "Dòng lưu {} phải kết thúc bằng dấu {}.",
                        q(t),
                        q(&archive_end)
                    ),
                ));
            }
            continue;
        }
        // ".;" is a full stop where the separator belongs, with the separator added.
        let ends_right = t.ends_with(sep) && !t.ends_with(".;");
        if !sep.is_empty() && !ends_right {
            wrong.push(item);
        }
    }
    // One mistake, usually made on every line: reported once, at the first line.
    if let Some(first) = wrong.first() {
        let t = first.text.trim();
        let last = t
            .chars()
            .next_back()
            .filter(|c| !c.is_alphanumeric() && *c != ')');
        out.push(at(first, "recipients.punctuation", Severity::Error, format!(
            "Nơi nhận {}{}: {}; theo {} mỗi dòng nơi nhận kết thúc bằng dấu {}, dòng “Lưu” cuối cùng bằng dấu chấm.",
            q(t),
            if wrong.len() > 1 { format!(" và {} dòng khác", wrong.len() - 1) } else { String::new() },
            match last {
                Some(c) => format!("kết thúc bằng {}", q(&c.to_string())),
                None => "không có dấu ở cuối".to_owned(),
            },
            rules.name,
            q(sep)
        )));
    }
}

/// "TM." in a Party document, "T/M" in a state one.
fn authority(src: &Source, rules: &RuleSet, out: &mut Vec<Finding>) {
    let Some(m) = &src.authority else {
        return;
    };
    let t = &m.line.text;
    match (rules.system, m.system) {
        (System::Party, System::State) => out.push(at(&m.line, "signature.state-form", Severity::Error, format!(
            "Dòng ký {}: văn bản của Đảng ghi T/M, K/T, T/L (gạch chéo); TM., KT., TL., TUQ. có dấu chấm là thể thức văn bản nhà nước (NĐ 30/2020).",
            q(t)
        ))),
        (System::State, System::Party) => out.push(at(&m.line, "signature.party-form", Severity::Error, format!(
            "Dòng ký {}: văn bản hành chính nhà nước ghi TM., KT., TL., TUQ. (có dấu chấm); T/M, K/T, T/L là thể thức văn bản của Đảng.",
            q(t)
        ))),
        _ => {}
    }
}

/// A state document's motto has two lines, and a công văn's subject starts "V/v".
fn state_header(src: &Source, rules: &RuleSet, out: &mut Vec<Finding>) {
    if rules.system != System::State {
        return;
    }
    if let Some(m) = src.motto.as_ref().filter(|m| m.system == System::State) {
        if src.motto_second.is_none() {
            let second = rules
                .header
                .motto
                .get(1)
                .map(|m| m.text.as_str())
                .unwrap_or("Độc lập - Tự do - Hạnh phúc");
            out.push(at(
                &m.line,
                "header.motto",
                Severity::Error,
                format!(
                "Quốc hiệu thiếu dòng tiêu ngữ {}: dưới {} là {} có gạch nối, chữ đậm, gạch chân.",
                q(second),
                q(&m.line.text),
                q(second)
            ),
            ));
        }
    }
    if src.kind.is_none() {
        if let Some(s) = &src.header_subject {
            if !s.text.trim_start().to_lowercase().starts_with("v/v") {
                out.push(at(s, "subject.vv-missing", Severity::Error, format!(
                    "Trích yếu công văn {}: công văn ghi trích yếu dưới số hiệu, bắt đầu bằng “V/v” (về việc), ví dụ “V/v triển khai …”.",
                    q(&s.text)
                )));
            }
        }
    }
}

/// Every repair the importer made is a place where the file was wrong.
fn repairs(warnings: &[import::Warning], out: &mut Vec<Finding>) {
    for w in warnings {
        let (Some(repair), Some(p)) = (&w.repair, w.paragraph) else {
            continue;
        };
        let place = Place::Paragraph(p);
        out.push(match repair {
            Repair::Renumbered { typed, computed } => Finding::new(
                "numbering.skip",
                Severity::Error,
                place,
                format!(
                    "Số {} gõ tay không đúng thứ tự (bỏ cách hoặc lặp lại): theo vị trí là {}. Số mục phải liên tục.",
                    q(typed),
                    q(computed)
                ),
            ),
            Repair::Normalized => Finding::new(
                "text.nfc",
                Severity::Error,
                place,
                "Đoạn gõ ở dạng Unicode tổ hợp (dấu tách rời khỏi chữ, NFD): văn bản dùng Unicode dựng sẵn (NFC, TCVN 6909:2001), nếu không, tìm kiếm và sắp xếp sai."
                    .to_owned(),
            ),
            Repair::Legacy {
                encoding,
                paragraphs,
            } => Finding::new(
                "text.legacy-encoding",
                Severity::Error,
                place,
                format!(
                    "{} đoạn gõ bằng bảng mã cũ {encoding} (từ đoạn {p}): phải chuyển mã sang Unicode (TCVN 6909:2001).",
                    paragraphs.len()
                ),
            ),
            Repair::KindWithSubject => Finding::new(
                "subject.kind-typed",
                Severity::Error,
                place,
                "Tên loại văn bản và trích yếu trên cùng một dòng: tên loại đứng riêng một dòng, trích yếu ở dòng dưới."
                    .to_owned(),
            ),
        });
    }
}

/// Finds a draft's place back in the file: the form lines by what the importer kept,
/// running text by its words.
struct Locator<'a> {
    source: &'a Source,
    doc: &'a Document,
    /// Field → its text in the draft.
    texts: HashMap<Place, &'a str>,
    /// The file's paragraphs in NFC, for the rare text found only inside a paragraph.
    paragraphs: Vec<(usize, String)>,
    /// A paragraph's whole text, and its text after a typed label ("1. ", "a) "): the
    /// draft keeps a section's title without its number.
    exact: HashMap<String, usize>,
    /// Field → paragraph, found once for all the findings in one field.
    found: HashMap<Place, Option<usize>>,
}

impl<'a> Locator<'a> {
    fn new(doc: &'a Document, source: &'a Source) -> Self {
        let texts = scan::texts(doc)
            .into_iter()
            .map(|t| (t.place, t.text))
            .collect();
        let paragraphs: Vec<(usize, String)> = source
            .paragraphs
            .iter()
            .map(|w| (w.paragraph, nfc(w.text.trim())))
            .collect();
        let mut exact = HashMap::new();
        for (p, t) in &paragraphs {
            exact.entry(t.clone()).or_insert(*p);
            if let Some(label) = import::label::parse(t) {
                let rest: String = t.chars().skip(label.len).collect();
                exact.entry(rest.trim().to_owned()).or_insert(*p);
            }
        }
        Self {
            source,
            doc,
            texts,
            paragraphs,
            exact,
            found: HashMap::new(),
        }
    }

    fn paragraph(&mut self, place: &Place) -> Option<usize> {
        let s = self.source;
        let line = |w: &Option<Written>| w.as_ref().map(|w| w.paragraph);
        match place {
            Place::Paragraph(p) => Some(*p),
            Place::Layout(_) | Place::Document | Place::Rules => None,
            Place::Number | Place::Issuer(IssuerField::Symbol) => {
                s.number.as_ref().map(|m| m.line.paragraph)
            }
            Place::Date | Place::Place => line(&s.date),
            Place::Kind => line(&s.title),
            Place::Signature(SignatureField::Authority | SignatureField::OnBehalfOf) => {
                s.authority.as_ref().map(|m| m.line.paragraph)
            }
            Place::Signature(SignatureField::Title) => self.find_last(&self.doc.signature.title),
            Place::Signature(SignatureField::Name) => self.find_last(&self.doc.signature.name),
            // Without a "Lưu" line: where it is missing, under the last recipient.
            Place::Archive => s
                .archive()
                .or(s.recipients.last())
                .or(s.recipients_label.as_ref())
                .map(|w| w.paragraph),
            Place::Recipient { index, .. } => s
                .recipients
                .iter()
                .filter(|w| !import::source::is_archive_item(&w.text))
                .nth(*index)
                .map(|w| w.paragraph),
            Place::Issuer(IssuerField::Name) => self.find(&self.doc.issuer.name),
            Place::Issuer(IssuerField::Upper(k)) => {
                let text = self.doc.issuer.upper.get(*k)?;
                self.find(text)
            }
            Place::Subject { .. } if self.doc.kind == DocKind::CongVan => line(&s.header_subject),
            other => {
                let field = other.field();
                if let Some(found) = self.found.get(&field) {
                    return *found;
                }
                let found = self.texts.get(&field).and_then(|t| self.find(t));
                self.found.insert(field, found);
                found
            }
        }
    }

    /// The first paragraph holding `text`: the whole paragraph (or all after its label),
    /// else any paragraph containing it.
    fn find(&self, text: &str) -> Option<usize> {
        let t = nfc(text.trim());
        if t.is_empty() {
            return None;
        }
        if let Some(p) = self.exact.get(&t) {
            return Some(*p);
        }
        self.paragraphs
            .iter()
            .find(|(_, p)| p.contains(&t))
            .map(|(n, _)| *n)
    }

    /// The last paragraph holding `text` (the signer's name is at the end).
    fn find_last(&self, text: &str) -> Option<usize> {
        let t = nfc(text.trim());
        if t.is_empty() {
            return None;
        }
        self.paragraphs
            .iter()
            .rev()
            .find(|(_, p)| p.contains(&t))
            .map(|(n, _)| *n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::source::Mark;

    fn mark(system: System, paragraph: usize, text: &str) -> Option<Mark> {
        Some(Mark {
            system,
            line: Written::new(paragraph, text),
        })
    }

    fn rules(id: &str) -> &'static RuleSet {
        RuleSet::by_id(id).expect("bundled rule set")
    }

    fn ids(out: &[Finding]) -> Vec<(&'static str, Option<usize>)> {
        out.iter()
            .map(|f| match f.place {
                Place::Paragraph(p) => (f.id, Some(p)),
                _ => (f.id, None),
            })
            .collect()
    }

    fn party_source() -> Source {
        Source {
            motto: mark(System::Party, 2, "ĐẢNG CỘNG SẢN VIỆT NAM"),
            number: mark(System::Party, 5, "Số 05-KL/TU"),
            date: Some(Written::new(4, "Hạ Long, ngày 09 tháng 6 năm 2026")),
            kind: Some(DocKind::KetLuan),
            recipients: vec![
                Written::new(30, "- Ban Thường vụ Tỉnh ủy (để báo cáo);"),
                Written::new(31, "- Các đảng bộ trực thuộc;"),
                Written::new(32, "- Lưu VPTU."),
            ],
            authority: mark(System::Party, 33, "T/M BAN THƯỜNG VỤ"),
            ..Source::default()
        }
    }

    fn source_findings(src: &Source, r: &RuleSet) -> Vec<Finding> {
        let mut out = Vec::new();
        mixed(src, src.family().unwrap_or(System::Party), &mut out);
        number_line(src, r, &mut out);
        date_line(src, r, &mut out);
        recipients(src, r, &mut out);
        authority(src, r, &mut out);
        state_header(src, r, &mut out);
        out
    }

    #[test]
    fn bases_as_written_take_the_rule_sets_dash_and_punctuation() {
        let src = Source {
            bases: vec![
                Written::new(10, "- Căn cứ Điều lệ Đảng;"),
                Written::new(11, "Căn cứ Quy chế làm việc,"),
                Written::new(12, "- Xét đề nghị của Ban Tổ chức Tỉnh uỷ;"),
            ],
            ..Source::default()
        };
        let mut out = Vec::new();
        bases(&src, rules("dang-hd05-2026"), &mut out);
        assert_eq!(
            ids(&out),
            [
                ("bases.dash", Some(11)),
                ("bases.punctuation", Some(11)),
                ("bases.punctuation", Some(12))
            ]
        );
        // 36-HD: "," after the last.
        let src = Source {
            bases: vec![
                Written::new(10, "- Căn cứ Điều lệ Đảng;"),
                Written::new(11, "- Xét đề nghị của Ban Tổ chức Tỉnh uỷ,"),
            ],
            ..Source::default()
        };
        let mut out = Vec::new();
        bases(&src, rules("dang-hd36-2018"), &mut out);
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn a_clean_party_header_and_closing_pass() {
        let out = source_findings(&party_source(), rules("dang-hd05-2026"));
        assert!(out.is_empty(), "{:?}", ids(&out));
    }

    #[test]
    fn party_lines_as_written_are_judged_with_their_paragraph() {
        let mut src = party_source();
        src.number = mark(System::Party, 5, "Số: 5-NQ/TU");
        src.date = Some(Written::new(4, "Hạ Long, ngày 9 tháng 06 năm 2026"));
        src.recipients[0].text = "- Ban Thường vụ Tỉnh ủy (để báo cáo),".into();
        src.recipients[2].text = "- Lưu: VT, VPTU.".into();
        src.authority = mark(System::State, 33, "TM. BAN THƯỜNG VỤ");
        let out = source_findings(&src, rules("dang-hd05-2026"));
        let found = ids(&out);
        for want in [
            ("family.mixed", Some(33)),
            ("number.colon", Some(5)),
            ("number.leading-zero", Some(5)),
            ("number.type-symbol", Some(5)),
            ("date.leading-zero", Some(4)),
            ("recipients.punctuation", Some(30)),
            ("recipients.state-archive", Some(32)),
            ("signature.state-form", Some(33)),
        ] {
            assert!(found.contains(&want), "{want:?} in {found:?}");
        }
        let date = out
            .iter()
            .find(|f| f.id == "date.leading-zero")
            .expect("date");
        assert!(
            date.message
                .contains("ngày “9” (đúng: “09”), tháng “06” (đúng: “6”)"),
            "{}",
            date.message
        );
    }

    #[test]
    fn recipients_follow_the_rule_set_of_the_date() {
        // "," is right under 36-HD (documents before 27/5/2026), wrong under 05-HD.
        let mut src = party_source();
        for r in &mut src.recipients[..2] {
            r.text = r.text.replace(';', ",");
        }
        assert!(source_findings(&src, rules("dang-hd36-2018")).is_empty());
        let out = source_findings(&src, rules("dang-hd05-2026"));
        assert_eq!(ids(&out), [("recipients.punctuation", Some(30))]);
        assert!(
            out[0].message.contains("và 1 dòng khác"),
            "{}",
            out[0].message
        );
    }

    fn state_source() -> Source {
        Source {
            motto: mark(System::State, 2, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            motto_second: Some(Written::new(3, "Độc lập - Tự do - Hạnh phúc")),
            number: mark(System::State, 6, "Số: 215/UBND-VX"),
            date: Some(Written::new(7, "Quảng Ninh, ngày 12 tháng 02 năm 2026")),
            header_subject: Some(Written::new(8, "V/v triển khai chuyển đổi số")),
            recipients: vec![
                Written::new(40, "- Như trên;"),
                Written::new(41, "- Lưu: VT, VX."),
            ],
            authority: mark(System::State, 42, "KT. CHỦ TỊCH"),
            ..Source::default()
        }
    }

    #[test]
    fn a_state_document_is_judged_by_state_rules() {
        let r = rules("nha-nuoc-nd30-2020");
        let out = source_findings(&state_source(), r);
        assert!(out.is_empty(), "{:?}", ids(&out));

        let mut src = state_source();
        src.number = mark(System::State, 6, "Số 215/UBND-VX");
        src.header_subject = Some(Written::new(8, "Triển khai chuyển đổi số"));
        src.recipients[1].text = "- Lưu VT.".into();
        src.authority = mark(System::Party, 42, "K/T CHỦ TỊCH");
        src.motto_second = None;
        let found = ids(&source_findings(&src, r));
        for want in [
            ("number.state-colon", Some(6)),
            ("subject.vv-missing", Some(8)),
            ("recipients.archive-form", Some(41)),
            ("signature.party-form", Some(42)),
            ("family.mixed", Some(42)),
            ("header.motto", Some(2)),
        ] {
            assert!(found.contains(&want), "{want:?} in {found:?}");
        }
    }

    #[test]
    fn the_family_is_told_by_the_strongest_mark() {
        let mut src = state_source();
        assert_eq!(family(&src).0, System::State);
        assert!(family(&src)
            .1
            .contains("quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”, đoạn 2"));
        src.motto = None;
        src.number = None;
        assert_eq!(family(&src).0, System::State, "the signature decides last");
        assert_eq!(family(&Source::default()).0, System::Party);
    }
}
