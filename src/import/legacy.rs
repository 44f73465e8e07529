//! Vietnamese text typed in the pre-Unicode 8-bit encodings that clerks' old files still
//! use: TCVN3 (ABC, fonts ".VnTime"/".VnTimeH") and VNI-Windows (fonts "VNI-Times").
//!
//! Both are read here as *characters*: a byte of such a file, or a character of such text
//! pasted into a Unicode document, is its Windows-1252 character ("Uû ban nh©n d©n" is
//! TCVN3 for "Uỷ ban nhân dân"). The format checker reuses [`detect`] to find residue.

use unicode_normalization::UnicodeNormalization;

/// A legacy encoding found in, or chosen for, a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Legacy {
    Tcvn3,
    Vni,
}

/// TCVN3 (TCVN 5712:1993 VN3) characters for the bytes 0xA1..=0xFF, in order; the five
/// bytes 0xB0..=0xB4 (combining marks in VN1, unused in VN3) stay as they are.
const TCVN3_A1_FF: &str = "ĂÂÊÔƠƯĐăâêôơưđẰ°±²³´àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ";

fn tcvn3_char(c: char) -> Option<char> {
    let code = c as u32;
    if !(0xA1..=0xFF).contains(&code) || (0xB0..=0xB4).contains(&code) {
        return None;
    }
    TCVN3_A1_FF.chars().nth((code - 0xA1) as usize)
}

/// Converts TCVN3 text to Unicode NFC. Lines typed in the capitals font ".VnTimeH" use the
/// lower-case codes; a line whose plain letters are all capitals is therefore upper-cased.
pub fn tcvn3_to_unicode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let converted: String = line.chars().map(|c| tcvn3_char(c).unwrap_or(c)).collect();
        let ascii_letters = line.chars().filter(|c| c.is_ascii_alphabetic());
        let (upper, total) = ascii_letters.fold((0, 0), |(u, t), c| {
            (u + usize::from(c.is_ascii_uppercase()), t + 1)
        });
        if total >= 2 && upper == total {
            out.push_str(&converted.to_uppercase());
        } else {
            out.push_str(&converted);
        }
    }
    out.nfc().collect()
}

/// Tone marks as combining characters.
const ACUTE: char = '\u{301}';
const GRAVE: char = '\u{300}';
const HOOK: char = '\u{309}';
const TILDE: char = '\u{303}';
const DOT: char = '\u{323}';
const CIRCUMFLEX: char = '\u{302}';
const BREVE: char = '\u{306}';

/// VNI's second byte after a vowel: (vowel mark, tone mark). Lower-case forms; an
/// upper-case modifier means the same.
fn vni_modifier(m: char) -> Option<(Option<char>, Option<char>)> {
    Some(match m.to_lowercase().next()? {
        'ù' => (None, Some(ACUTE)),
        'ø' => (None, Some(GRAVE)),
        'û' => (None, Some(HOOK)),
        'õ' => (None, Some(TILDE)),
        'ï' => (None, Some(DOT)),
        'â' => (Some(CIRCUMFLEX), None),
        'á' => (Some(CIRCUMFLEX), Some(ACUTE)),
        'à' => (Some(CIRCUMFLEX), Some(GRAVE)),
        'å' => (Some(CIRCUMFLEX), Some(HOOK)),
        'ã' => (Some(CIRCUMFLEX), Some(TILDE)),
        'ä' => (Some(CIRCUMFLEX), Some(DOT)),
        'ê' => (Some(BREVE), None),
        'é' => (Some(BREVE), Some(ACUTE)),
        'è' => (Some(BREVE), Some(GRAVE)),
        'ú' => (Some(BREVE), Some(HOOK)),
        'ü' => (Some(BREVE), Some(TILDE)),
        'ë' => (Some(BREVE), Some(DOT)),
        _ => return None,
    })
}

/// A VNI character that stands alone for a Vietnamese letter.
fn vni_single(c: char) -> Option<char> {
    Some(match c {
        'ô' => 'ơ',
        'Ô' => 'Ơ',
        'ö' => 'ư',
        'Ö' => 'Ư',
        'ñ' => 'đ',
        'Ñ' => 'Đ',
        'æ' => 'ỉ',
        'Æ' => 'Ỉ',
        'ó' => 'ĩ',
        'Ó' => 'Ĩ',
        'ò' => 'ị',
        'Ò' => 'Ị',
        'î' => 'ỵ',
        'Î' => 'Ỵ',
        _ => return None,
    })
}

/// Converts VNI-Windows text to Unicode NFC.
pub fn vni_to_unicode(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let base = match c {
            'a' | 'e' | 'o' | 'u' | 'y' | 'A' | 'E' | 'O' | 'U' | 'Y' => Some(c),
            'ô' | 'Ô' | 'ö' | 'Ö' => vni_single(c),
            _ => None,
        };
        if let (Some(base), Some(&next)) = (base, chars.get(i + 1)) {
            if let Some((mark, tone)) = vni_modifier(next) {
                let mark_fits = match mark {
                    None => true,
                    Some(CIRCUMFLEX) => matches!(base, 'a' | 'e' | 'o' | 'A' | 'E' | 'O'),
                    Some(_) => matches!(base, 'a' | 'A'),
                };
                if mark_fits {
                    out.push(base);
                    out.extend(mark);
                    out.extend(tone);
                    i += 2;
                    continue;
                }
            }
        }
        out.push(vni_single(c).unwrap_or(c));
        i += 1;
    }
    out.nfc().collect()
}

/// Converts with the given encoding.
pub fn to_unicode(text: &str, encoding: Legacy) -> String {
    match encoding {
        Legacy::Tcvn3 => tcvn3_to_unicode(text),
        Legacy::Vni => vni_to_unicode(text),
    }
}

/// Evidence for each reading of a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Letters only Unicode Vietnamese has (ạ ắ ệ ơ ư đ …).
    pub unicode: usize,
    /// TCVN3 codes that are not Vietnamese letters in Unicode (© ¬ ® ¸ µ ¶ …).
    pub tcvn3: usize,
    /// VNI vowel + modifier pairs and single codes that are not Vietnamese letters.
    pub vni: usize,
}

pub fn evidence(text: &str) -> Evidence {
    let mut e = Evidence::default();
    let mut prev = ' ';
    for c in text.chars() {
        // Matches on char ranges, not string searches: this runs over every character
        // of every imported text.
        if !c.is_ascii() {
            let after_vowel = matches!(
                prev,
                'a' | 'e' | 'o' | 'u' | 'y' | 'A' | 'E' | 'O' | 'U' | 'Y'
            );
            match c {
                '\u{1EA0}'..='\u{1EF9}'
                | 'ă'
                | 'Ă'
                | 'đ'
                | 'Đ'
                | 'ơ'
                | 'Ơ'
                | 'ư'
                | 'Ư'
                | 'ĩ'
                | 'Ĩ'
                | 'ũ'
                | 'Ũ' => e.unicode += 1,
                '\u{A1}'..='\u{AF}' | '\u{B5}'..='\u{BF}' => e.tcvn3 += 1,
                'ñ' | 'Ñ' | 'ö' | 'Ö' | 'æ' | 'Æ' | 'î' | 'Î' => e.vni += 1,
                'ø' | 'û' | 'ï' | 'å' | 'ä' | 'ë' | 'ü' | 'Ø' | 'Û' | 'Ï' | 'Å' | 'Ä' | 'Ë'
                | 'Ü'
                    if after_vowel =>
                {
                    e.vni += 1
                }
                _ => {}
            }
        }
        prev = c;
    }
    e
}

impl Evidence {
    pub fn add(&mut self, other: Evidence) {
        self.unicode += other.unicode;
        self.tcvn3 += other.tcvn3;
        self.vni += other.vni;
    }

    /// The legacy encoding this evidence points to, for a text of `chars` characters.
    pub fn verdict(&self, chars: usize) -> Option<Legacy> {
        let legacy = self.tcvn3.max(self.vni);
        let enough = if chars < 40 { 1 } else { 2 };
        if legacy < enough || self.unicode >= legacy {
            return None;
        }
        Some(if self.tcvn3 >= self.vni {
            Legacy::Tcvn3
        } else {
            Legacy::Vni
        })
    }
}

/// The legacy encoding `text` is most likely in, or `None` when it reads as Unicode (or
/// shows no Vietnamese at all).
pub fn detect(text: &str) -> Option<Legacy> {
    evidence(text).verdict(text.chars().count())
}

/// Windows-1252 reading of bytes (the five undefined codes map to C1 controls, as
/// Windows does), the way legacy files and pasted legacy text reach us.
pub fn decode_cp1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcvn3_known_words() {
        assert_eq!(tcvn3_to_unicode("Uû ban nh©n d©n"), "Uỷ ban nhân dân");
        assert_eq!(
            tcvn3_to_unicode("B¶o Th¾ng, M\u{AD}êng Kh\u{AD}¬ng"),
            "Bảo Thắng, Mường Khương"
        );
        assert_eq!(tcvn3_to_unicode("KÕT LUËN"), "KẾT LUẬN");
        assert_eq!(detect("Uû ban nh©n d©n tØnh"), Some(Legacy::Tcvn3));
    }

    #[test]
    fn vni_known_words() {
        assert_eq!(vni_to_unicode("Xin chaøo caùc baïn"), "Xin chào các bạn");
        assert_eq!(vni_to_unicode("Vieät Nam"), "Việt Nam");
        assert_eq!(
            vni_to_unicode("ÑAÛNG COÄNG SAÛN VIEÄT NAM"),
            "ĐẢNG CỘNG SẢN VIỆT NAM"
        );
        assert_eq!(vni_to_unicode("Thaønh uûy Haï Long"), "Thành ủy Hạ Long");
        assert_eq!(vni_to_unicode("Ngöôøi"), "Người");
        assert_eq!(detect("Thaønh uûy Haï Long"), Some(Legacy::Vni));
    }

    #[test]
    fn unicode_is_left_alone() {
        assert_eq!(detect("Thành ủy Hạ Long, ngày 20 tháng 8 năm 2021"), None);
        assert_eq!(detect("Plain ASCII text"), None);
    }
}
