//! The page layout engine on a draft ten times the size of seed 003 (≈ 170 pages at the
//! 05-HD numbers). Run with `cargo bench --bench page`. Targets: the preview's relayout under
//! 30 ms, off the frame that handles typing (it runs on a worker thread); the PDF under 150 ms.

mod support;

use support::big_document;
use vanban::rules::RuleSet;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn layout_pages(bencher: divan::Bencher) {
    let doc = big_document();
    let rules = RuleSet::by_id("dang-hd05-2026").expect("rules");
    bencher.bench(|| vanban::page::layout(divan::black_box(&doc), rules));
}

/// The whole PDF: layout and writing (fonts subset and embedded). Target: under 150 ms.
#[divan::bench(sample_count = 10)]
fn pdf_file(bencher: divan::Bencher) {
    let doc = big_document();
    let rules = RuleSet::by_id("dang-hd05-2026").expect("rules");
    bencher.bench(|| {
        vanban::export::pdf::document(divan::black_box(&doc), rules, &Default::default())
            .expect("pdf")
    });
}
