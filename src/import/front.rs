//! The parts between the title block and the body (05-HD/VPTW 2026 pp. 12, 24–25):
//! "Kính gửi:" / "Kính trình:" with their addressees, the legal bases (căn cứ) and the
//! enacting line ("BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH"). The model keeps bases and
//! addressees without their dash and closing punctuation (the rule set adds them); the
//! lines as written go to `Source`, where `check` judges their punctuation.

use super::header::is_upper;
use super::line::Line;
use super::source::{Source, Written};
use crate::model::Paragraph;

/// Longest line taken for an addressee or a basis: a basis cites a whole document
/// (type, number, date, issuer, subject), an addressee names a body or group.
const MAX_ADDRESSEE_CHARS: usize = 300;
const MAX_BASIS_CHARS: usize = 600;
/// The enacting line is one short line of capitals.
const MAX_ENACTING_CHARS: usize = 120;

/// What was read off the front of the body.
#[derive(Debug, Default)]
pub struct Front {
    /// The label seen: "Kính gửi" or "Kính trình".
    pub label: Option<Label>,
    pub addressees: Vec<String>,
    pub bases: Vec<Paragraph>,
    pub enacting: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// "Kính gửi:" — a công văn (or a 36-HD tờ trình).
    Letter,
    /// "Kính trình:" — a tờ trình.
    Submission,
}

/// "Kính gửi:" or "Kính trình:" at the start of `text`, and what follows the colon.
pub fn addressee_label(text: &str) -> Option<(Label, &str)> {
    let t = text.trim_start();
    let (label, rest) = if let Some(r) = strip_ci(t, "kính gửi") {
        (Label::Letter, r)
    } else {
        (Label::Submission, strip_ci(t, "kính trình")?)
    };
    // "Kính gửi:" — a sentence that starts with the words ("Kính gửi lời chúc…") has no
    // colon. Without the colon (a slip `check` reports on a received file), the label
    // still stands alone on its line or before a dashed list.
    let rest = rest.trim_start();
    match rest.strip_prefix(':') {
        Some(after) => Some((label, after.trim())),
        None if rest.is_empty() || starts_with_dash(rest) => Some((label, rest)),
        None => None,
    }
}

/// Whether a label line as written has its colon ("Kính gửi:"), 05-HD p. 25.
pub fn label_has_colon(text: &str) -> bool {
    let t = text.trim_start();
    ["kính gửi", "kính trình"]
        .iter()
        .find_map(|l| strip_ci(t, l))
        .is_some_and(|rest| rest.trim_start().starts_with(':'))
}

/// `text` without `prefix`, compared without case (Vietnamese letters included).
fn strip_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let n = prefix.chars().count();
    let end = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
    let head = text.get(..end)?;
    (head.to_lowercase() == prefix).then(|| &text[end..])
}

/// Reads the addressee block, the bases and the enacting line off the front of `lines`
/// (the body after the title block), removing what it takes; the lines as written go
/// to `source`.
pub fn take(lines: &mut Vec<Line>, source: &mut Source) -> Front {
    let mut front = Front::default();
    let mut at = 0;
    at += addressees(&lines[at..], &mut front, source);
    let (n, bases) = bases(&lines[at..]);
    if n > 0 {
        for line in &lines[at..at + n] {
            source
                .bases
                .push(Written::new(line.source, line.text.trim()));
        }
        front.bases = bases;
        at += n;
        if let Some(line) = lines.get(at).filter(|l| is_enacting(&l.text)) {
            front.enacting = line.text.trim().to_owned();
            at += 1;
        }
    }
    // A tờ trình may put "Kính trình:" after its bases too.
    if front.label.is_none() {
        at += addressees(&lines[at..], &mut front, source);
    }
    lines.drain(..at);
    front
}

/// The addressee block at the start of `lines`: how many lines it takes.
fn addressees(lines: &[Line], front: &mut Front, source: &mut Source) -> usize {
    let Some((label, rest)) = lines.first().and_then(|l| addressee_label(&l.text)) else {
        return 0;
    };
    front.label = Some(label);
    source.addressee_label = Some(Written::new(lines[0].source, lines[0].text.trim()));
    let mut taken = 1;
    if !rest.is_empty() {
        // "Kính gửi: Ban Thường vụ Tỉnh uỷ" — one addressee; or "Kính gửi: - X;" the
        // first of a list beside the label, the others under it.
        push_addressee(rest, lines[0].source, front, source);
        if !starts_with_dash(rest) {
            return taken;
        }
    }
    for line in &lines[1..] {
        let text = line.text.trim();
        // The bases may follow the addressees directly: "- Căn cứ …" is not one of them.
        if text.chars().count() > MAX_ADDRESSEE_CHARS || is_basis(text) {
            break;
        }
        if starts_with_dash(text) {
            push_addressee(text, line.source, front, source);
            taken += 1;
        } else {
            // One addressee without a dash, on the line under a bare label.
            if front.addressees.is_empty() && !text.ends_with(':') {
                push_addressee(text, line.source, front, source);
                taken += 1;
            }
            break;
        }
    }
    taken
}

fn starts_with_dash(text: &str) -> bool {
    text.starts_with(['-', '–', '—', '•', '+']) && !text.starts_with("--")
}

fn push_addressee(text: &str, paragraph: usize, front: &mut Front, source: &mut Source) {
    source.addressees.push(Written::new(paragraph, text));
    let bare = bare(text);
    if !bare.is_empty() {
        front.addressees.push(bare.to_owned());
    }
}

/// An item without its dash and closing punctuation.
fn bare(text: &str) -> &str {
    text.trim()
        .trim_start_matches(['-', '–', '—', '•', '+'])
        .trim()
        .trim_end_matches([';', ',', '.', ' '])
}

/// The words a basis starts with, after its dash; "Xét đề nghị" and "Theo đề nghị" are
/// the last one.
const BASIS_STARTS: [&str; 4] = ["căn cứ ", "xét ", "theo đề nghị", "theo tờ trình"];

fn is_basis(text: &str) -> bool {
    let t = text
        .trim_start_matches(['-', '–', '—', '•', '+'])
        .trim_start();
    let head: String = t.chars().take(16).collect::<String>().to_lowercase();
    text.chars().count() <= MAX_BASIS_CHARS && BASIS_STARTS.iter().any(|s| head.starts_with(s))
}

/// The run of bases at the start of `lines`: how many lines, and each without its dash
/// and punctuation. A run counts only when it shows the form of bases — a dash before
/// them, or the enacting line after them — so that a preamble "Căn cứ kết quả hội nghị,
/// Ban Thường vụ …" stays a preamble.
fn bases(lines: &[Line]) -> (usize, Vec<Paragraph>) {
    let n = lines.iter().take_while(|l| is_basis(&l.text)).count();
    if n == 0 {
        return (0, Vec::new());
    }
    let dashed = lines[..n]
        .iter()
        .any(|l| starts_with_dash(l.text.trim_start()));
    let enacted = lines.get(n).is_some_and(|l| is_enacting(&l.text));
    if !(dashed || enacted) {
        return (0, Vec::new());
    }
    let bases = lines[..n]
        .iter()
        .map(|l| basis_paragraph(l.clone()))
        .collect();
    (n, bases)
}

/// A basis line as a paragraph: dash and closing punctuation dropped, spans kept.
fn basis_paragraph(mut line: Line) -> Paragraph {
    let text = line.text.trim_end();
    let lead = line.text.chars().count() - line.text.trim_start().chars().count();
    let dash = line
        .text
        .trim_start()
        .starts_with(['-', '–', '—', '•', '+']);
    let kept = text.trim_end_matches([';', ',', '.', ' ']).chars().count();
    line.text = line.text.chars().take(kept).collect();
    line.spans.retain_mut(|s| {
        s.1 = s.1.min(kept);
        s.0 < s.1
    });
    line.notes.iter_mut().for_each(|n| n.at = n.at.min(kept));
    if dash {
        line.drop_prefix(lead + 1);
    }
    line.into_paragraph()
}

/// "BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "BAN CHẤP HÀNH … QUYẾT NGHỊ:",
/// "BAN THƯỜNG VỤ TỈNH UỶ QUY ĐỊNH" (a quy định enacted on bases).
pub fn is_enacting(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').trim_end();
    t.chars().count() <= MAX_ENACTING_CHARS
        && is_upper(t)
        && ["QUYẾT ĐỊNH", "QUYẾT NGHỊ", "QUY ĐỊNH", "BAN HÀNH"]
            .iter()
            .any(|w| t.ends_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::line::Hint;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Line::new(*t, i + 1, Hint::None))
            .collect()
    }

    #[test]
    fn bases_and_the_enacting_line_leave_the_body() {
        let mut ls = lines(&[
            "- Căn cứ Điều lệ Đảng;",
            "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá XVIII;",
            "- Xét đề nghị của Ban Tổ chức Tỉnh uỷ.",
            "BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH",
            "Điều 1. Thành lập Tổ công tác.",
        ]);
        let mut source = Source::default();
        let front = take(&mut ls, &mut source);
        let texts: Vec<&str> = front.bases.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Căn cứ Điều lệ Đảng",
                "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá XVIII",
                "Xét đề nghị của Ban Tổ chức Tỉnh uỷ"
            ]
        );
        assert_eq!(front.enacting, "BAN THƯỜNG VỤ TỈNH UỶ QUYẾT ĐỊNH");
        assert_eq!(ls.len(), 1);
        assert_eq!(source.bases.len(), 3);
        assert_eq!(
            source.bases[2].text,
            "- Xét đề nghị của Ban Tổ chức Tỉnh uỷ."
        );
    }

    #[test]
    fn a_preamble_that_starts_with_can_cu_stays() {
        let mut ls = lines(&[
            "Căn cứ kết quả Hội nghị, Ban Thường vụ Tỉnh uỷ kết luận như sau:",
            "1. Về kinh tế.",
        ]);
        let front = take(&mut ls, &mut Source::default());
        assert!(front.bases.is_empty());
        assert_eq!(ls.len(), 2);
    }

    #[test]
    fn addressees_on_the_label_line_or_listed_under_it() {
        let mut ls = lines(&["Kính gửi: Ban Thường vụ Tỉnh uỷ", "Thực hiện Kế hoạch…"]);
        let front = take(&mut ls, &mut Source::default());
        assert_eq!(front.label, Some(Label::Letter));
        assert_eq!(front.addressees, ["Ban Thường vụ Tỉnh uỷ"]);
        assert_eq!(ls.len(), 1);

        let mut ls = lines(&[
            "Kính gửi:",
            "- Các đảng uỷ trực thuộc Tỉnh uỷ;",
            "- Các ban, cơ quan tham mưu, giúp việc Tỉnh uỷ.",
            "Để chuẩn bị hội nghị…",
        ]);
        let front = take(&mut ls, &mut Source::default());
        assert_eq!(
            front.addressees,
            [
                "Các đảng uỷ trực thuộc Tỉnh uỷ",
                "Các ban, cơ quan tham mưu, giúp việc Tỉnh uỷ"
            ]
        );
        assert_eq!(ls.len(), 1);

        let mut ls = lines(&["Kính trình: Thường trực Tỉnh uỷ", "Thực hiện…"]);
        let front = take(&mut ls, &mut Source::default());
        assert_eq!(front.label, Some(Label::Submission));
        assert_eq!(front.addressees, ["Thường trực Tỉnh uỷ"]);
        assert!(addressee_label("Kính gửi lời chào").is_none());
        assert!(is_enacting("BAN THƯỜNG VỤ TỈNH UỶ QUY ĐỊNH"));
        assert!(is_enacting("QUYẾT ĐỊNH:"));
        assert!(!is_enacting("Ban Thường vụ quyết định"));
        assert!(addressee_label("Kính gửi").is_some());
        assert!(label_has_colon("Kính gửi: X") && !label_has_colon("Kính gửi"));
    }
}
