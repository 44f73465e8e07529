//! The checker on hostile sizes (issue 11): many findings of one rule, a paragraph of
//! many citations, and the report listing them. Each is measured at growing sizes, so
//! that linear and quadratic growth tell apart: doubling n should double the time.
//! Run: cargo bench --bench check_hostile

use vanban::check::{self, BodyLabels};
use vanban::model::{Block, DocDate, Document, NumberStyle, Paragraph, Section};
use vanban::rules::RuleSet;
use vanban::templates;

fn main() {
    divan::main();
}

const SIZES: [usize; 3] = [2_000, 4_000, 8_000];

fn today() -> DocDate {
    DocDate::ymd(2026, 12, 10)
}

fn sample() -> Document {
    templates::sample().expect("sample draft")
}

/// `n` empty numbered sections: one finding each.
fn empty_sections(n: usize) -> Document {
    let mut doc = sample();
    doc.body = (0..n)
        .map(|_| Block::Section(Section::heading(NumberStyle::ArabicDot, "")))
        .collect();
    doc
}

/// One paragraph of `n` citations (≈ 40 bytes each), the symbol not matching the type.
fn citations(n: usize) -> Document {
    let mut doc = sample();
    let text = "Nghị quyết số 11-KL/TU, ngày 09/3/2018. ".repeat(n);
    doc.body = vec![Block::Para(Paragraph::plain(text))];
    doc
}

fn rules(doc: &Document) -> &'static RuleSet {
    RuleSet::by_id(&doc.rules).expect("rules")
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn run_empty_sections(bencher: divan::Bencher, n: usize) {
    let doc = empty_sections(n);
    bencher.bench(|| check::run(divan::black_box(&doc), rules(&doc), today()));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn run_citations(bencher: divan::Bencher, n: usize) {
    let doc = citations(n);
    bencher.bench(|| check::run(divan::black_box(&doc), rules(&doc), today()));
}

/// The place of every finding described as `vanban check` lists them.
#[divan::bench(args = SIZES, sample_count = 5)]
fn report_empty_sections(bencher: divan::Bencher, n: usize) {
    let doc = empty_sections(n);
    let findings = check::run(&doc, rules(&doc), today());
    bencher.bench(|| {
        let labels = BodyLabels::of(Some(&doc));
        check::listed(&findings)
            .into_iter()
            .filter_map(|l| match l {
                check::Listed::Finding(f) => Some(f.place.describe_in(&labels)),
                check::Listed::More { .. } => None,
            })
            .count()
    });
}
