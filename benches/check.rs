//! All checker rules on a document ten times seed 003 (≈450 000 characters), the size at
//! which checking must still keep up with typing. Target: < 20 ms. Run: cargo bench --bench check
//! Also the audit of that document as a received Word file.

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

/// `vanban check X.docx` on a Word file of that size (≈ 60 pages): the layout audit, the
/// import, the lines as written and every rule, as the command runs them (issue 12).
/// Target: < 50 ms.
#[divan::bench(sample_count = 10)]
fn received_docx(bencher: divan::Bencher) {
    let doc = big_document();
    let rules = RuleSet::by_id(&doc.rules).expect("rules");
    let bytes = vanban::export::docx(&doc, rules).expect("export");
    let today = DocDate::ymd(2026, 12, 10);
    let all = check::Filter::all();
    bencher.bench(|| {
        check::received::audit_docx(divan::black_box(&bytes), None, today, &all).expect("audit")
    });
}
