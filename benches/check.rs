//! All checker rules on a document ten times seed 003 (≈450 000 characters), the size at
//! which checking must still keep up with typing. Target: < 20 ms. Run: cargo bench --bench check

mod support;

use support::big_document;
use vanban::check;
use vanban::model::DocDate;
use vanban::rules::RuleSet;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn all_rules(bencher: divan::Bencher) {
    let doc = big_document();
    let rules = RuleSet::by_id(&doc.rules).expect("rules");
    let today = DocDate::ymd(2026, 12, 10);
    bencher.bench(|| check::run(divan::black_box(&doc), rules, today));
}
