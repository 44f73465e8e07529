//! The page layout engine on a draft ten times the size of seed 003 (≈ 170 pages at the
//! 05-HD numbers). Run with `cargo bench --bench page`. Target: the preview's relayout under
//! 30 ms, off the frame that handles typing (it runs on a worker thread).

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
