//! Bytes of a text file → Unicode text: byte-order marks, UTF-16, UTF-8, and the legacy
//! 8-bit encodings (TCVN3, VNI), detected line by line so that a file where a clerk pasted
//! old text into new is still read right.

use super::cp1258;
use super::legacy::{self, Legacy};
use super::{Encoding, Warning};

/// The text and the encoding it was read in.
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
}

/// Text read from bytes.
pub struct Read {
    pub text: String,
    /// Some lines were not UTF-8 and come back as their Windows-1252 characters: legacy
    /// bytes for [`convert_legacy`] to read, or an encoding we do not know.
    pub as_cp1252: bool,
}

/// Bytes → text; lines that are not UTF-8 come back as their Windows-1252 characters,
/// for [`convert_legacy`] to read; Windows-1258 text is decoded here.
pub fn decode(bytes: &[u8], wanted: Encoding, warnings: &mut Vec<Warning>) -> Result<Read, String> {
    let mut as_cp1252 = false;
    let text = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8(rest, wanted)?,
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ if looks_utf16(bytes) => {
            warnings.push(Warning::new(
                "tệp UTF-16 không có BOM; đã đọc theo UTF-16".to_owned(),
            ));
            utf16(bytes, u16::from_le_bytes)
        }
        _ if wanted == Encoding::Auto
            && std::str::from_utf8(bytes).is_err()
            && cp1258::looks_cp1258(bytes) =>
        {
            warnings.push(Warning::new(
                "văn bản gõ bằng bảng mã Windows-1258 (CP1258): đã chuyển sang Unicode; nếu chữ vẫn sai, hãy chọn bảng mã khác".to_owned(),
            ));
            cp1258::decode(bytes)
        }
        _ => {
            as_cp1252 = std::str::from_utf8(bytes).is_err();
            utf8(bytes, wanted)?
        }
    };
    if is_binary(&text) {
        return Err(
            "tệp không phải văn bản (có ký tự nhị phân); hãy chọn tệp .txt, .md hoặc .docx"
                .to_owned(),
        );
    }
    Ok(Read { text, as_cp1252 })
}

/// UTF-16 without BOM: NUL bytes in every other position of ASCII text.
fn looks_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(4096)];
    if sample.len() < 4 {
        return false;
    }
    let odd_nuls = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    odd_nuls * 3 > sample.len() / 2
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| read([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// UTF-8, or line by line Windows-1252 where it is not (legacy bytes).
fn utf8(bytes: &[u8], wanted: Encoding) -> Result<String, String> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_owned());
    }
    if wanted == Encoding::Utf8 {
        return Err(
            "tệp không phải UTF-8; nếu là văn bản cũ gõ bằng TCVN3 (.VnTime) hoặc VNI, hãy chọn bảng mã tcvn3 hoặc vni"
                .to_owned(),
        );
    }
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        match std::str::from_utf8(line) {
            Ok(s) => out.push_str(s),
            Err(_) => out.push_str(&legacy::decode_cp1252(line)),
        }
    }
    Ok(out)
}

/// Control characters other than line breaks and tabs: not a text file.
fn is_binary(text: &str) -> bool {
    let mut controls = 0usize;
    let mut total = 0usize;
    for c in text.chars().take(200_000) {
        total += 1;
        if (c < ' ' && !matches!(c, '\n' | '\r' | '\t' | '\u{C}')) || c == '\u{FFFD}' {
            controls += 1;
        }
    }
    controls > 0 && controls * 100 > total
}

pub fn convert_legacy(text: String, wanted: Encoding, warnings: &mut Vec<Warning>) -> Decoded {
    let forced = match wanted {
        Encoding::Utf8 => {
            return Decoded {
                text,
                encoding: Encoding::Utf8,
            }
        }
        Encoding::Tcvn3 => Some(Legacy::Tcvn3),
        Encoding::Vni => Some(Legacy::Vni),
        Encoding::Auto => None,
    };
    if let Some(enc) = forced {
        return Decoded {
            text: legacy::to_unicode(&text, enc),
            encoding: enc.into(),
        };
    }
    // One pass of evidence per line; the file as a whole is their sum.
    let lines: Vec<(&str, legacy::Evidence)> = text
        .split_inclusive('\n')
        .map(|line| (line, legacy::evidence(line)))
        .collect();
    let mut total = legacy::Evidence::default();
    lines.iter().for_each(|(_, e)| total.add(*e));
    if total.tcvn3 == 0 && total.vni == 0 {
        return Decoded {
            text,
            encoding: Encoding::Utf8,
        };
    }
    let global = total.verdict(text.chars().count());
    let mut out = String::with_capacity(text.len());
    let (mut converted, mut unicode_lines) = ([0usize; 2], 0usize);
    for (line, e) in &lines {
        let high = line.chars().any(|c| ('\u{A1}'..='\u{FF}').contains(&c));
        let enc = match (e.verdict(line.chars().count()), global) {
            // A short line shows little; the file as a whole decides unless the line
            // clearly says otherwise.
            (Some(own), Some(g)) if own != g => {
                let (mine, theirs) = match own {
                    Legacy::Tcvn3 => (e.tcvn3, e.vni),
                    Legacy::Vni => (e.vni, e.tcvn3),
                };
                if mine >= 3 && mine > 2 * theirs {
                    Some(own)
                } else {
                    Some(g)
                }
            }
            (Some(own), _) => Some(own),
            (None, Some(g)) if e.unicode == 0 && high => Some(g),
            _ => None,
        };
        match enc {
            Some(enc) => {
                converted[usize::from(enc == Legacy::Vni)] += 1;
                out.push_str(&legacy::to_unicode(line, enc));
            }
            None => {
                unicode_lines += usize::from(e.unicode > 0);
                out.push_str(line);
            }
        }
    }
    let encoding = match converted {
        [0, 0] => Encoding::Utf8,
        [t, v] if t >= v => Encoding::Tcvn3,
        _ => Encoding::Vni,
    };
    if encoding != Encoding::Utf8 {
        let name = if encoding == Encoding::Tcvn3 {
            "TCVN3 (.VnTime)"
        } else {
            "VNI"
        };
        let lines = converted[0] + converted[1];
        let mut msg = format!("văn bản gõ bằng bảng mã {name}: đã chuyển {lines} dòng sang Unicode; nếu chữ vẫn sai, hãy chọn bảng mã khác");
        if unicode_lines > 0 {
            msg.push_str(&format!(
                " (tệp trộn bảng mã: {unicode_lines} dòng đã là Unicode được giữ nguyên)"
            ));
        }
        warnings.push(Warning::new(msg));
    }
    Decoded {
        text: out,
        encoding,
    }
}

impl From<Legacy> for Encoding {
    fn from(l: Legacy) -> Self {
        match l {
            Legacy::Tcvn3 => Encoding::Tcvn3,
            Legacy::Vni => Encoding::Vni,
        }
    }
}
