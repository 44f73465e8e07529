//! All checker rules on a document ten times seed 003 (≈450 000 characters), the size at
//! which checking must still keep up with typing. Target: < 20 ms. Run: cargo bench --bench check

use std::path::Path;
use vanban::check;
use vanban::model::{Block, DocDate, Document, NumberStyle, Paragraph, Section, Style};
use vanban::rules::RuleSet;
use vanban::templates;

fn main() {
    divan::main();
}

/// The sample draft, its body the paragraphs of seed 003 (markdown marks dropped)
/// repeated until the text is ten times seed 003.
fn big_document() -> Document {
    let mut doc = templates::sample().expect("sample draft");
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/003_60d8232af79dd006.txt");
    let paragraphs: Vec<String> = match std::fs::read_to_string(seed) {
        Ok(text) => text
            .split("\n\n")
            .map(|p| {
                p.replace("**", "")
                    .replace(['*', '#'], "")
                    .trim()
                    .to_owned()
            })
            .filter(|p| !p.is_empty())
            .collect(),
        Err(_) => vec![doc.preamble[0].text.clone()],
    };
    let mut body = Vec::new();
    let mut size = 0;
    while size < 450_000 {
        let mut part = Section::heading(NumberStyle::RomanDash, "NỘI DUNG");
        for p in &paragraphs {
            size += p.len();
            part.content.push(Block::Section(Section::item(
                NumberStyle::ArabicDot,
                Paragraph::plain(p.clone()).with(0, 10, Style::Bold),
            )));
        }
        body.push(Block::Section(part));
    }
    doc.body = body;
    doc
}

#[divan::bench(sample_count = 20)]
fn all_rules(bencher: divan::Bencher) {
    let doc = big_document();
    let rules = RuleSet::by_id(&doc.rules).expect("rules");
    let today = DocDate::ymd(2026, 12, 10);
    bencher.bench(|| check::run(divan::black_box(&doc), rules, today));
}
