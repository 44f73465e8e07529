//! Import speed: seed 003 (≈ 45 000 characters), a text ten times its size, and the DOCX
//! export of seed 003. Target (issue 4): well under 50 ms for the large text.

use std::path::PathBuf;
use vanban::import::{import_bytes, import_text, Options};

fn main() {
    divan::main();
}

fn seed_003() -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let path = std::fs::read_dir(dir)
        .expect("seeds")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("003_"))
        })
        .expect("seed 003");
    std::fs::read_to_string(path).expect("seed text")
}

/// Seed 003 with its body repeated ten times: one title, one closing block.
fn ten_times() -> String {
    let seed = seed_003();
    let body_start = seed.find("**I- ").expect("part I");
    let closing = seed.find("Nơi nhận:").expect("closing");
    let mut text = seed[..body_start].to_owned();
    for _ in 0..10 {
        text.push_str(&seed[body_start..closing]);
    }
    text.push_str(&seed[closing..]);
    text
}

#[divan::bench]
fn seed_003_text(bencher: divan::Bencher) {
    let text = seed_003();
    bencher.bench(|| import_text(divan::black_box(&text), &Options::default()));
}

#[divan::bench]
fn seed_003_ten_times_text(bencher: divan::Bencher) {
    let text = ten_times();
    bencher.bench(|| import_text(divan::black_box(&text), &Options::default()));
}

#[divan::bench]
fn seed_003_docx(bencher: divan::Bencher) {
    let doc = import_text(&seed_003(), &Options::default()).document;
    let rules = vanban::rules::RuleSet::by_id(&doc.rules).expect("rules");
    let bytes = vanban::export::docx(&doc, rules).expect("export");
    bencher.bench(|| import_bytes(divan::black_box(&bytes), "003.docx", &Options::default()));
}
