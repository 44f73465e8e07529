//! How the letters are encoded: Unicode NFC, residue of the old TCVN3 (.VnTime) and VNI
//! fonts, and the two tone-mark placements ("uỷ" / "ủy") mixed in one document.
//!
//! The residue detector is our own (the importer's `legacy::detect` was not there when
//! this was written): it looks for characters that never occur in Vietnamese Unicode text
//! but that TCVN3 or VNI bytes become when read as Windows-1252 ("nh©n", "Vieät").

use super::header::replace;
use super::scan::{is_letter, q, with_range, TextItem};
use super::{Ctx, Edit, Finding, Fix, IssuerField, Place, Severity, SignatureField};

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let fields = fields(ctx);
    for (place, text) in &fields {
        if !crate::model::text::is_nfc(text) {
            out.push(
                Finding::new(
                    "text.nfc",
                    Severity::Error,
                    place.clone(),
                    "Chữ tiếng Việt ở dạng tổ hợp (NFD: chữ cái và dấu là hai ký tự riêng), thường do dán từ PDF hoặc bộ gõ khác: Word có thể hiển thị sai dấu, tìm kiếm không thấy. Văn bản dùng Unicode dựng sẵn (NFC, TCVN 6909:2001).",
                )
                .with_fix(Fix::safe("Chuyển sang Unicode dựng sẵn", vec![Edit::Normalize])),
            );
        }
        if let Some((start, end, font)) = legacy_residue(text) {
            out.push(Finding::new(
                "text.legacy-encoding",
                Severity::Error,
                with_range(place, Some(super::scan::char_range(text, start, end))),
                format!(
                    "Chữ {} là văn bản gõ bằng phông cũ {font} dán vào, hiển thị sai: văn bản phải dùng Unicode (TCVN 6909:2001). Chuyển mã đoạn này sang Unicode (ví dụ bằng Unikey) hoặc gõ lại.",
                    q(&text[start..end])
                ),
            ));
        }
    }
    tone_marks(&fields, out);
}

/// Every string of the document worth checking, with its place.
fn fields<'a>(ctx: &'a Ctx) -> Vec<(Place, &'a str)> {
    let doc = ctx.doc;
    let mut v: Vec<(Place, &str)> = ctx
        .texts
        .iter()
        .map(|t: &TextItem| (t.place.clone(), t.text))
        .collect();
    for (i, u) in doc.issuer.upper.iter().enumerate() {
        v.push((Place::Issuer(IssuerField::Upper(i)), u));
    }
    v.push((Place::Issuer(IssuerField::Name), &doc.issuer.name));
    v.push((Place::Place, &doc.place));
    for (index, r) in doc.recipients.iter().enumerate() {
        v.push((Place::Recipient { index, range: None }, &r.name));
    }
    v.push((Place::Archive, &doc.archive));
    let s = &doc.signature;
    v.push((
        Place::Signature(SignatureField::OnBehalfOf),
        &s.on_behalf_of,
    ));
    v.push((Place::Signature(SignatureField::Title), &s.title));
    v.push((Place::Signature(SignatureField::Name), &s.name));
    v
}

/// Latin-1 characters that Vietnamese Unicode text never contains.
fn tcvn3_char(c: char) -> bool {
    // ¡…¿ without the few symbols real text uses (°, ², ³, §, «, », ·).
    ('\u{A1}'..='\u{BF}').contains(&c) && !matches!(c, '°' | '²' | '³' | '§' | '«' | '»' | '·')
}

fn vni_char(c: char) -> bool {
    matches!(
        c,
        'Ä' | 'Å'
            | 'Æ'
            | 'Ç'
            | 'Ë'
            | 'Î'
            | 'Ï'
            | 'Ñ'
            | 'Ö'
            | 'Ø'
            | 'Û'
            | 'Ü'
            | 'Þ'
            | 'ß'
            | 'ä'
            | 'å'
            | 'æ'
            | 'ç'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ñ'
            | 'ö'
            | 'ø'
            | 'û'
            | 'ü'
            | 'þ'
            | 'ÿ'
    )
}

/// The first word that carries legacy-font residue: byte range and the likely font.
pub fn legacy_residue(text: &str) -> Option<(usize, usize, &'static str)> {
    // Every residue char is U+00A1..U+00FF, two bytes starting 0xC2 or 0xC3: a byte scan
    // rules out clean text before the word-by-word pass.
    let b = text.as_bytes();
    let suspicious = (0..b.len().saturating_sub(1)).any(|i| {
        matches!(b[i], 0xC2 | 0xC3) && {
            let c = char::from_u32((u32::from(b[i] & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F));
            c.is_some_and(|c| tcvn3_char(c) || vni_char(c))
        }
    });
    if !suspicious {
        return None;
    }
    let mut word_start = 0;
    let mut found: Option<&'static str> = None;
    let mut letters = false;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let part_of_word = is_letter(c) || c.is_ascii_digit() || tcvn3_char(c);
        if part_of_word {
            if !letters {
                word_start = i;
                letters = true;
                found = None;
            }
            if tcvn3_char(c) {
                found = Some("TCVN3 (.VnTime)");
            } else if vni_char(c) && found.is_none() {
                found = Some("VNI (VNI-Times)");
            }
            continue;
        }
        if letters {
            letters = false;
            let word = &text[word_start..i];
            // A residue char inside a word with ASCII letters: "nh©n", "Vieät"; not "©".
            if let Some(font) = found {
                if word.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 1
                    && word.chars().count() > 1
                {
                    return Some((word_start, i, font));
                }
            }
        }
    }
    None
}

const TONED: [(char, [char; 5]); 5] = [
    ('a', ['à', 'á', 'ả', 'ã', 'ạ']),
    ('e', ['è', 'é', 'ẻ', 'ẽ', 'ẹ']),
    ('o', ['ò', 'ó', 'ỏ', 'õ', 'ọ']),
    ('u', ['ù', 'ú', 'ủ', 'ũ', 'ụ']),
    ('y', ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ']),
];

/// (base vowel, tone 0 = none / 1..=5) of a lower-case a, e, o, u, y.
fn tone_of(c: char) -> Option<(char, usize)> {
    if matches!(c, 'a' | 'e' | 'o' | 'u' | 'y') {
        return Some((c, 0));
    }
    TONED
        .iter()
        .find_map(|(base, toned)| toned.iter().position(|&t| t == c).map(|p| (*base, p + 1)))
}

fn with_tone(base: char, tone: usize, upper: bool) -> char {
    let c = if tone == 0 {
        base
    } else {
        TONED
            .iter()
            .find(|(b, _)| *b == base)
            .map_or(base, |(_, t)| t[tone - 1])
    };
    if upper {
        c.to_uppercase().next().unwrap_or(c)
    } else {
        c
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ToneStyle {
    /// "hòa", "ủy": the mark on the first vowel.
    New,
    /// "hoà", "uỷ": the mark on the second vowel.
    Old,
}

/// Words ending in "oa", "oe", "uy" with a tone mark: their style and the word swapped
/// to the other style.
fn classify(word: &str) -> Option<(ToneStyle, String)> {
    // Cheap rejection first: this runs on every word of the document.
    let mut tail = word.chars().rev();
    let last = tail.next()?;
    let before = tail.next()?;
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    if word.len() > 24 || tone_of(lower(last)).is_none() || tone_of(lower(before)).is_none() {
        return None;
    }
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if !(2..=7).contains(&n) {
        return None;
    }
    let (c1, c2) = (chars[n - 2], chars[n - 1]);
    let (b1, t1) = tone_of(lower(c1))?;
    let (b2, t2) = tone_of(lower(c2))?;
    let pair = matches!((b1, b2), ('o', 'a') | ('o', 'e') | ('u', 'y'));
    // "quý": "qu" is a consonant, the mark always sits on "y".
    let qu = b1 == 'u' && n >= 3 && lower(chars[n - 3]) == 'q';
    if !pair || qu || (t1 == 0) == (t2 == 0) {
        return None;
    }
    let style = if t1 > 0 {
        ToneStyle::New
    } else {
        ToneStyle::Old
    };
    let tone = t1.max(t2);
    let mut swapped: Vec<char> = chars[..n - 2].to_vec();
    let (n1, n2) = if style == ToneStyle::New {
        (0, tone)
    } else {
        (tone, 0)
    };
    swapped.push(with_tone(b1, n1, c1.is_uppercase()));
    swapped.push(with_tone(b2, n2, c2.is_uppercase()));
    Some((style, swapped.into_iter().collect()))
}

fn tone_marks(fields: &[(Place, &str)], out: &mut Vec<Finding>) {
    struct Hit {
        place: Place,
        range: (usize, usize),
        word: String,
        swapped: String,
        style: ToneStyle,
    }
    let mut hits = Vec::new();
    for (place, text) in fields {
        let mut char_pos = 0;
        for word in text.split(|c: char| !is_letter(c)) {
            let len = word.chars().count();
            if let Some((style, swapped)) = classify(word) {
                hits.push(Hit {
                    place: place.clone(),
                    range: (char_pos, char_pos + len),
                    word: word.to_owned(),
                    swapped,
                    style,
                });
            }
            char_pos += len + 1;
        }
    }
    let old = hits.iter().filter(|h| h.style == ToneStyle::Old).count();
    let new = hits.len() - old;
    if old == 0 || new == 0 {
        return;
    }
    // The minority style is the slip; on a tie, keep the placement of current texts ("ủy").
    let minority = if old <= new {
        ToneStyle::Old
    } else {
        ToneStyle::New
    };
    let (mine, theirs) = if minority == ToneStyle::Old {
        ("kiểu cũ (“hoà”, “uỷ”)", "kiểu mới (“hòa”, “ủy”)")
    } else {
        ("kiểu mới (“hòa”, “ủy”)", "kiểu cũ (“hoà”, “uỷ”)")
    };
    for h in hits.into_iter().filter(|h| h.style == minority) {
        let place = with_range(&h.place, Some(h.range));
        let ranged = place.range().is_some();
        let fix_place = place.clone();
        let finding = Finding::new(
            "text.tone-mixed",
            Severity::Warning,
            place,
            format!(
                "Chữ {} đặt dấu thanh {mine}, trong khi phần lớn văn bản đặt dấu {theirs}: dùng thống nhất một kiểu trong cả văn bản (viết {}).",
                q(&h.word),
                q(&h.swapped)
            ),
        );
        // Fields without char ranges (header, signature) are fixed by hand.
        out.push(if ranged {
            finding.with_fix(Fix::safe(
                format!("Sửa thành {}", h.swapped),
                vec![replace(fix_place, h.swapped)],
            ))
        } else {
            finding
        });
    }
}
