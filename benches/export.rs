//! Export and draft round trip on a document ten times the size of seed 003 (≈450 000
//! characters). Run with `cargo bench`. Targets: export < 100 ms, RON save+load < 50 ms.

mod support;

use std::path::Path;
use support::big_document;
use vanban::rules::RuleSet;
use vanban::{export, store};

fn main() {
    divan::main();
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
