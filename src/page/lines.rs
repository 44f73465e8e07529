//! Breaking a paragraph into lines as Word and LibreOffice break Vietnamese: greedily, at
//! spaces only (no hyphenation), a word wider than the line cut where it overflows;
//! justified lines widened at their spaces, the last line and a line ended by a break set
//! as for left alignment.

use super::flow::{Look, Para, Piece};
use crate::layout::metrics::Metrics;
use crate::rules::{Align, LineRule};

/// A footnote number's size and rise, as fractions of its text's size (LibreOffice's
/// automatic superscript).
pub const SUPERSCRIPT_SIZE: f32 = 0.58;
pub const SUPERSCRIPT_RISE: f32 = 0.33;

/// How far past the right edge a line may reach and still fit: LibreOffice, working in
/// twips, finds a line full a little before the exact sum of the advances does.
const FIT_SLACK_PT: f32 = 0.01;

/// Default tab stops (Word's half inch).
const TAB_STOP_PT: f32 = 36.0;

/// A piece of text placed on a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// From the column's left edge.
    pub x: f32,
    pub text: String,
    pub look: Look,
    pub width: f32,
}

/// One line of a paragraph, its space before and after included.
#[derive(Debug, Clone, PartialEq)]
pub struct SetLine {
    pub before: f32,
    pub height: f32,
    pub after: f32,
    /// From the top of the line proper (below `before`) to the baseline.
    pub ascent: f32,
    pub words: Vec<Word>,
    /// Underlines: from, to (column coordinates) and the size whose metrics they take.
    pub underlines: Vec<(f32, f32, f32)>,
    /// The footnotes referred to on this line.
    pub notes: Vec<usize>,
}

impl SetLine {
    pub fn total(&self) -> f32 {
        self.before + self.height + self.after
    }
}

enum Tok {
    /// A run of characters without a space; pieces may differ in look.
    Word(Vec<(String, Look)>, Vec<usize>),
    Space(Look),
    Tab(Look),
    Break,
}

fn width_of(text: &str, look: &Look, m: &Metrics) -> f32 {
    let size = if look.superscript {
        look.size_pt * SUPERSCRIPT_SIZE
    } else {
        look.size_pt
    };
    m.face(look.bold, look.italic).width(text, size)
}

/// Whether a line may break after the hyphen at `i` of `text`: between letters and a word
/// ("chính trị-xã hội"), as Unicode line breaking (UAX #14, class HY) allows. After a number
/// ("số 10-NQ/TU") LibreOffice keeps the symbol whole in 2 of the 3 places the seeds have
/// one, and so do we; never before a number ("-5").
fn breaks_after_hyphen(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + 1..].chars().next();
    before.is_some_and(char::is_alphabetic)
        && after.is_some_and(|c| !c.is_whitespace() && !c.is_ascii_digit())
}

fn tokens(p: &Para) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    // Whether the next text continues the word before (no space or break between).
    let mut joined = false;
    let push_text =
        |out: &mut Vec<Tok>, joined: &mut bool, text: &str, look: Look, note: Option<usize>| {
            match out.last_mut() {
                Some(Tok::Word(pieces, notes)) if *joined => {
                    pieces.push((text.to_owned(), look));
                    notes.extend(note);
                }
                _ => out.push(Tok::Word(
                    vec![(text.to_owned(), look)],
                    note.into_iter().collect(),
                )),
            }
            *joined = true;
        };
    for piece in &p.pieces {
        match piece {
            Piece::Text(text, look) => {
                let mut start = 0;
                for (i, c) in text.char_indices() {
                    if c == ' ' {
                        if start < i {
                            push_text(&mut out, &mut joined, &text[start..i], *look, None);
                        }
                        out.push(Tok::Space(*look));
                        joined = false;
                        start = i + 1;
                    } else if c == '-' && breaks_after_hyphen(text, i) {
                        push_text(&mut out, &mut joined, &text[start..=i], *look, None);
                        joined = false;
                        start = i + 1;
                    }
                }
                if start < text.len() {
                    push_text(&mut out, &mut joined, &text[start..], *look, None);
                }
            }
            Piece::Note(n, look) => {
                let raised = Look {
                    superscript: true,
                    underline: false,
                    ..*look
                };
                push_text(&mut out, &mut joined, &n.to_string(), raised, Some(*n));
            }
            Piece::Tab(look) => {
                out.push(Tok::Tab(*look));
                joined = false;
            }
            Piece::Break => {
                out.push(Tok::Break);
                joined = false;
            }
        }
    }
    out
}

/// A line being filled: its placed words and where the pen is.
struct Fill {
    words: Vec<Word>,
    underlines: Vec<(f32, f32, f32)>,
    notes: Vec<usize>,
    /// Spaces between words, by index into `words` they precede: their count matters for
    /// justification.
    gaps: Vec<usize>,
    pen: f32,
    /// The pen before trailing spaces: the line's natural end.
    end: f32,
    pending: Vec<Look>,
    max_size: f32,
    /// Ended by a line break: not justified.
    broken: bool,
    /// Started where the line before wrapped, and still empty.
    wrapped: bool,
}

impl Fill {
    fn new(start: f32) -> Fill {
        Fill {
            words: Vec::new(),
            underlines: Vec::new(),
            notes: Vec::new(),
            gaps: Vec::new(),
            pen: start,
            end: start,
            pending: Vec::new(),
            max_size: 0.0,
            broken: false,
            wrapped: false,
        }
    }

    /// A new line where this one wrapped.
    fn wrap(&mut self, start: f32) -> Fill {
        let mut next = Fill::new(start);
        next.wrapped = true;
        self.pending.clear();
        std::mem::replace(self, next)
    }
}

/// The lines of `p` in a column `width` points wide.
pub fn set(p: &Para, width: f32) -> Vec<SetLine> {
    let m = Metrics::get();
    let right = width;
    let mut lines: Vec<Fill> = Vec::new();
    let start_of = |first: bool| p.left_pt + if first { p.first_pt } else { 0.0 };
    let mut cur = Fill::new(start_of(true));
    for tok in tokens(p) {
        match tok {
            Tok::Space(look) => cur.pending.push(look),
            Tok::Tab(look) => {
                let x = cur.pen + space_width(&cur.pending, m);
                let to = if x < p.left_pt - 0.01 {
                    p.left_pt
                } else {
                    ((x / TAB_STOP_PT).floor() + 1.0) * TAB_STOP_PT
                };
                cur.pending.clear();
                cur.max_size = cur.max_size.max(look.size_pt);
                cur.pen = to;
                cur.end = to;
            }
            Tok::Break => {
                cur.broken = true;
                cur.pending.clear();
                lines.push(std::mem::replace(&mut cur, Fill::new(start_of(false))));
            }
            Tok::Word(pieces, notes) => {
                let w: f32 = pieces.iter().map(|(t, l)| width_of(t, l, m)).sum();
                let gap = space_width(&cur.pending, m);
                if !cur.words.is_empty() && cur.pen + gap + w > right + FIT_SLACK_PT {
                    lines.push(cur.wrap(start_of(false)));
                }
                // Spaces where a line wrapped stay at the end of the line before.
                let gap = if cur.wrapped {
                    0.0
                } else {
                    space_width(&cur.pending, m)
                };
                place_word(
                    &mut cur,
                    pieces,
                    notes,
                    gap,
                    right,
                    start_of(false),
                    &mut lines,
                    m,
                );
            }
        }
    }
    if !cur.words.is_empty() || lines.is_empty() || cur.max_size > 0.0 {
        lines.push(cur);
    }
    let n = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, fill)| finish(p, fill, i == 0, i + 1 == n, right, m))
        .collect()
}

fn space_width(spaces: &[Look], m: &Metrics) -> f32 {
    spaces.iter().map(|l| width_of(" ", l, m)).sum()
}

/// Places a word at the pen (after `gap` of spaces); a word wider than a whole line is cut
/// where it overflows, as Word does.
#[allow(clippy::too_many_arguments)]
fn place_word(
    cur: &mut Fill,
    pieces: Vec<(String, Look)>,
    notes: Vec<usize>,
    gap: f32,
    right: f32,
    next_start: f32,
    lines: &mut Vec<Fill>,
    m: &Metrics,
) {
    if gap > 0.0 {
        // An underlined space between underlined words is underlined too.
        if let (Some(l), Some(prev)) = (cur.pending.last(), cur.words.last()) {
            if l.underline && prev.look.underline {
                cur.underlines.push((cur.pen, cur.pen + gap, l.size_pt));
            }
        }
        cur.gaps.push(cur.words.len());
    }
    cur.pending.clear();
    cur.pen += gap;
    cur.notes.extend(notes);
    cur.wrapped = false;
    for (text, look) in pieces {
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let w = width_of(rest, &look, m);
            let (now, later) = if cur.pen + w <= right + FIT_SLACK_PT {
                (rest, "")
            } else {
                split_at_width(rest, right - cur.pen, &look, m)
            };
            // Not one character fits on an empty line: it takes one anyway.
            let (now, later) = if now.is_empty() && cur.words.is_empty() {
                rest.split_at(rest.chars().next().map_or(rest.len(), char::len_utf8))
            } else {
                (now, later)
            };
            if now.is_empty() {
                lines.push(cur.wrap(next_start));
                continue;
            }
            let w = width_of(now, &look, m);
            if look.underline {
                cur.underlines.push((cur.pen, cur.pen + w, look.size_pt));
            }
            cur.words.push(Word {
                x: cur.pen,
                text: now.to_owned(),
                look,
                width: w,
            });
            cur.max_size = cur.max_size.max(look.size_pt);
            cur.pen += w;
            cur.end = cur.pen;
            rest = later;
            if !rest.is_empty() {
                lines.push(cur.wrap(next_start));
            }
        }
    }
}

/// The longest head of `text` that fits in `room`, and the rest.
fn split_at_width<'a>(text: &'a str, room: f32, look: &Look, m: &Metrics) -> (&'a str, &'a str) {
    let mut w = 0.0;
    for (i, c) in text.char_indices() {
        w += width_of(c.encode_utf8(&mut [0; 4]), look, m);
        if w > room {
            return text.split_at(i);
        }
    }
    (text, "")
}

/// Aligns a filled line and gives it its height.
fn finish(p: &Para, mut fill: Fill, first: bool, last: bool, right: f32, m: &Metrics) -> SetLine {
    let start = p.left_pt + if first { p.first_pt } else { 0.0 };
    let natural = fill.end - start;
    let room = right - start;
    let shift = match p.align {
        Align::Center => (room - natural) / 2.0,
        Align::Right => room - natural,
        Align::Left | Align::Justify => 0.0,
    };
    let justify = p.align == Align::Justify && !last && !fill.broken && !fill.gaps.is_empty();
    let extra = if justify {
        (room - natural).max(0.0) / fill.gaps.len() as f32
    } else {
        0.0
    };
    let mut gaps = fill.gaps.iter().peekable();
    let mut widened = 0.0;
    let mut moves = Vec::with_capacity(fill.words.len());
    for (i, w) in fill.words.iter_mut().enumerate() {
        while gaps.peek().is_some_and(|&&g| g <= i) {
            gaps.next();
            widened += extra;
        }
        moves.push((w.x, shift + widened));
        w.x += shift + widened;
    }
    // Underlines move with the words they lie under.
    for u in &mut fill.underlines {
        let d = moves
            .iter()
            .rev()
            .find(|(x, _)| *x <= u.0 + 0.01)
            .map_or(shift, |(_, d)| *d);
        let d_end = moves
            .iter()
            .rev()
            .find(|(x, _)| *x < u.1 - 0.01)
            .map_or(shift, |(_, d)| *d);
        u.0 += d;
        u.1 += d_end.max(d);
    }
    let size = if fill.max_size > 0.0 {
        fill.max_size
    } else {
        p.size_pt
    };
    let single = m.single_pt(size);
    let (height, ascent) = match p.line {
        None => (single, m.ascent * size),
        // The font's ascent and descent centred in a line of fixed height, as LibreOffice
        // sets our files (measured: 13.8 pt from the top of an 18 pt line of 14 pt text).
        Some(LineRule::Exact(h)) => (
            h,
            (h - (m.ascent + m.descent) * size) / 2.0 + m.ascent * size,
        ),
        Some(LineRule::AtLeast(h)) if h > single => (h, h - m.descent * size - m.gap * size),
        Some(LineRule::AtLeast(_)) => (single, m.ascent * size),
        Some(LineRule::Multiple(f)) => (single * f, m.ascent * size),
    };
    SetLine {
        before: if first { p.before_pt } else { 0.0 },
        height,
        after: if last { p.after_pt } else { 0.0 },
        ascent,
        words: fill.words,
        underlines: fill.underlines,
        notes: fill.notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str, align: Align) -> Para {
        let mut p = Para::block(14.0).align(align);
        p.push(text, Look::plain(14.0), false);
        p
    }

    #[test]
    fn breaks_at_spaces_and_justifies_all_but_the_last_line() {
        let text = "Hội nghị thống nhất đánh giá năm 2026 toàn Đảng bộ đã lãnh đạo thực hiện đạt và vượt các chỉ tiêu chủ yếu";
        let lines = set(&para(text, Align::Justify), 200.0);
        assert!(lines.len() > 2, "{}", lines.len());
        let joined: Vec<String> = lines
            .iter()
            .map(|l| {
                l.words
                    .iter()
                    .map(|w| w.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(joined.join(" "), text);
        for l in &lines[..lines.len() - 1] {
            let last = l.words.last().unwrap();
            assert!(
                (last.x + last.width - 200.0).abs() < 0.05,
                "justified to the edge"
            );
        }
        let last = lines.last().unwrap();
        let gaps: Vec<f32> = last
            .words
            .windows(2)
            .map(|w| w[1].x - w[0].x - w[0].width)
            .collect();
        let space = Metrics::get().face(false, false).width(" ", 14.0);
        assert!(
            gaps.iter().all(|g| (g - space).abs() < 0.01),
            "last line not widened"
        );
    }

    #[test]
    fn centres_and_cuts_a_word_wider_than_the_line() {
        let lines = set(&para("ĐẢNG", Align::Center), 200.0);
        let w = &lines[0].words[0];
        assert!((w.x - (200.0 - w.width) / 2.0).abs() < 0.01);
        let long = "x".repeat(100);
        let lines = set(&para(&long, Align::Left), 100.0);
        assert!(lines.len() > 1);
        assert!(lines
            .iter()
            .all(|l| l.words.iter().all(|w| w.x + w.width <= 100.01)));
    }

    #[test]
    fn fixed_line_height() {
        let mut p = para("Một dòng", Align::Left);
        p.line = Some(LineRule::Exact(18.0));
        let l = &set(&p, 300.0)[0];
        assert_eq!(l.height, 18.0);
        assert!((l.ascent - 13.73).abs() < 0.05, "{}", l.ascent);
    }
}
