//! Export and draft round trip on a document ten times the size of seed 003 (≈450 000
//! characters). Run with `cargo bench`. Targets: export < 100 ms, RON save+load < 50 ms.

use std::path::Path;
use vanban::model::{Block, Document, NumberStyle, Paragraph, Section};
use vanban::rules::RuleSet;
use vanban::{export, store, templates};

fn main() {
    divan::main();
}

/// The sample draft, its body filled with the paragraphs of seed 003 (or of the sample
/// itself when the seeds are absent) repeated until the text is ten times seed 003.
fn big_document() -> Document {
    let mut doc = templates::sample().expect("sample draft");
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/003_60d8232af79dd006.txt");
    let paragraphs: Vec<String> = match std::fs::read_to_string(seed) {
        Ok(text) => text
            .split("\n\n")
            .map(|p| p.replace("**", "").replace('*', "").trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        Err(_) => vec![doc.preamble[0].text.clone()],
    };
    let target = 450_000;
    let mut body = Vec::new();
    let mut size = 0;
    while size < target {
        let mut part = Section::heading(NumberStyle::RomanDash, "NỘI DUNG");
        for p in &paragraphs {
            size += p.len();
            part.content.push(Block::Section(Section::item(
                NumberStyle::ArabicDot,
                Paragraph::plain(p.clone()).with(0, 10, vanban::model::Style::Bold),
            )));
        }
        body.push(Block::Section(part));
    }
    doc.body = body;
    doc
}

#[divan::bench(sample_count = 20)]
fn export_docx(bencher: divan::Bencher) {
    let doc = big_document();
    let rules = RuleSet::by_id("dang-hd05-2026").expect("rules");
    bencher.bench(|| export::docx(divan::black_box(&doc), rules).expect("export"));
}

#[divan::bench(sample_count = 20)]
fn ron_save_and_load(bencher: divan::Bencher) {
    let doc = big_document();
    bencher.bench(|| {
        let text = store::to_ron(divan::black_box(&doc)).expect("save");
        store::from_ron(&text, Path::new("big.ron")).expect("load")
    });
}
