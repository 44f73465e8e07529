//! Property test: random and mutated inputs never make the importer panic, and whatever
//! it accepts is a sound draft (NFC text, spans and notes inside their paragraph, a RON
//! round trip). A fixed-seed PRNG keeps failures reproducible.

use std::path::PathBuf;
use std::time::{Duration, Instant};
use vanban::import::{import_bytes, import_text, Encoding, Options};
use vanban::model::{body, Document, Paragraph};

/// xorshift64*: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .expect("seeds")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read(p).expect("seed"))
        .collect();
    out.sort();
    out
}

fn check_paragraph(p: &Paragraph) {
    let len = p.char_len();
    assert!(unicode_normalization::is_nfc(&p.text), "NFC: {:?}", p.text);
    for s in &p.spans {
        assert!(s.0 < s.1 && s.1 <= len, "span {s:?} in {len} chars");
    }
    for n in &p.notes {
        assert!(n.at <= len, "note at {} in {len} chars", n.at);
    }
}

fn check(doc: &Document) {
    doc.preamble.iter().for_each(check_paragraph);
    doc.closing.iter().for_each(check_paragraph);
    body::for_each_paragraph(&doc.body, &mut check_paragraph);
    body::visit_sections(&doc.body, &mut |_, _, _| {});
    let ron = vanban::store::to_ron(doc).expect("serialises");
    let back = vanban::store::from_ron(&ron, std::path::Path::new("fuzz.ron")).expect("reads back");
    assert_eq!(&back, doc);
}

fn run(bytes: &[u8], encoding: Encoding) {
    let start = Instant::now();
    if let Ok(imported) = import_bytes(bytes, "fuzz", &Options { encoding }) {
        check(&imported.document);
    }
    assert!(start.elapsed() < Duration::from_secs(5), "bounded time");
}

const PIECES: [&str; 30] = [
    "KẾT LUẬN",
    "NGHỊ QUYẾT",
    "THÔNG BÁO",
    "Nơi nhận:",
    "- Lưu VPTU.",
    "T/M BAN THƯỜNG VỤ",
    "K/T",
    "TM.",
    "I- ",
    "II. ",
    "1. ",
    "2.1. ",
    "(3) ",
    "a) ",
    "đ) ",
    "- ",
    "+ ",
    "**",
    "*",
    "***",
    "¹",
    "[^1]: ",
    "-----",
    "\t",
    "Số 15-KL/TU",
    "Hạ Long, ngày 20 tháng 8 năm 2021",
    "Phần I",
    "ủy",
    "\u{301}",
    "\n\n",
];

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x5EED_0001);
    for _ in 0..300 {
        let len = rng.below(2000);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        run(
            &bytes,
            *rng.pick(&[Encoding::Auto, Encoding::Tcvn3, Encoding::Vni]),
        );
    }
}

#[test]
fn mutated_seeds_never_panic() {
    let mut rng = Rng(0x5EED_0002);
    let seeds = seeds();
    for _ in 0..60 {
        let mut bytes = rng.pick(&seeds).clone();
        for _ in 0..1 + rng.below(20) {
            let at = rng.below(bytes.len());
            match rng.below(4) {
                0 => bytes[at] = rng.next() as u8,
                1 => {
                    let end = (at + rng.below(500)).min(bytes.len());
                    bytes.drain(at..end);
                }
                2 => {
                    let piece = rng.pick(&PIECES).as_bytes();
                    bytes.splice(at..at, piece.iter().copied());
                }
                _ => {
                    let end = (at + rng.below(300)).min(bytes.len());
                    let copy = bytes[at..end].to_vec();
                    let to = rng.below(bytes.len());
                    bytes.splice(to..to, copy);
                }
            }
            if bytes.is_empty() {
                break;
            }
        }
        run(&bytes, Encoding::Auto);
    }
}

#[test]
fn random_structured_text_never_panics() {
    let mut rng = Rng(0x5EED_0003);
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..rng.below(80) {
            let piece = PIECES[rng.below(PIECES.len())];
            text.push_str(piece);
            if rng.below(3) == 0 {
                text.push_str("Ban Chấp hành Đảng bộ thành phố");
            }
            if rng.below(2) == 0 {
                text.push('\n');
            }
        }
        let imported = import_text(&text, &Options::default());
        check(&imported.document);
    }
}

#[test]
fn mutated_docx_never_panics() {
    let mut rng = Rng(0x5EED_0004);
    let sample = vanban::templates::sample().expect("sample");
    let rules = vanban::rules::RuleSet::by_id(&sample.rules).expect("rules");
    let docx = vanban::export::docx(&sample, rules).expect("export");
    for _ in 0..80 {
        let mut bytes = docx.clone();
        for _ in 0..1 + rng.below(8) {
            let at = rng.below(bytes.len());
            bytes[at] = rng.next() as u8;
        }
        if rng.below(4) == 0 {
            bytes.truncate(rng.below(bytes.len()));
        }
        run(&bytes, Encoding::Auto);
    }
}
