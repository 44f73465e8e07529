//! Windows-1258 (CP1258), the Windows code page for Vietnamese: unlike TCVN3 and VNI it
//! writes most toned letters as a base letter followed by a combining tone mark byte
//! (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below). Text saved in it by
//! old Notepad or Excel was read as Windows-1252 garbage ("NghiÌ£ quyêìt") without a word.

use super::legacy;
use unicode_normalization::UnicodeNormalization;

/// The five tone mark bytes of CP1258.
fn is_tone_mark(b: u8) -> bool {
    matches!(b, 0xCC | 0xEC | 0xD2 | 0xDE | 0xF2)
}

/// The letters a tone mark follows: the ASCII vowels and CP1258's â ê ô ă ơ ư (both cases).
fn is_vowel(b: u8) -> bool {
    matches!(
        b,
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'A' | b'E' | b'I' | b'O' | b'U' | b'Y'
    ) || matches!(
        b,
        0xE2 | 0xEA | 0xF4 | 0xE3 | 0xF5 | 0xFD | 0xC2 | 0xCA | 0xD4 | 0xC3 | 0xD5 | 0xDD
    )
}

/// Whether `bytes` (not UTF-8) read as CP1258 Vietnamese: tone marks after vowels, rarely
/// elsewhere, and more of them than the TCVN3 or VNI codes the same bytes would show.
pub fn looks_cp1258(bytes: &[u8]) -> bool {
    let (mut marks, mut stray) = (0usize, 0usize);
    let mut prev = b' ';
    for &b in bytes {
        if is_tone_mark(b) {
            if is_vowel(prev) {
                marks += 1;
            } else {
                stray += 1;
            }
        }
        prev = b;
    }
    if marks < 2 || marks < 4 * stray {
        return false;
    }
    let other = legacy::evidence(&legacy::decode_cp1252(bytes));
    marks > other.tcvn3.max(other.vni)
}

/// CP1258 bytes → Unicode NFC (the tone marks composed with their letters).
pub fn decode(bytes: &[u8]) -> String {
    let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    text.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_resolution_title() {
        // "Nghị quyết của Ban Chấp hành" in CP1258.
        let bytes = b"Nghi\xF2 quy\xEA\xECt cu\xD2a Ban Ch\xE2\xECp ha\xCCnh";
        assert!(looks_cp1258(bytes));
        assert_eq!(decode(bytes), "Nghị quyết của Ban Chấp hành");
    }

    #[test]
    fn latin1_text_is_not_taken_for_it() {
        assert!(!looks_cp1258("Café Ìle Òpera".as_bytes()));
        assert!(!looks_cp1258(b"caf\xE9 cr\xE8me br\xFBl\xE9e"));
    }
}
