//! The layout engine (`vanban::page`) and our PDF against their reference, LibreOffice's
//! render of our own DOCX: for every template (under both Party guidelines) and the imports
//! of seeds 001 and 003, the same number of pages, the same first line on every page and at
//! least 95 % of the text lines identical — `pdftotext -layout` on both PDFs, and the
//! engine's own lines against LibreOffice's.

mod common;

use std::path::PathBuf;
use std::process::Command;
use vanban::model::Document;
use vanban::rules::RuleSet;

/// What the issue asks of every document: this share of LibreOffice's lines, in order.
const MIN_SAME_LINES: f64 = 0.95;

fn documents() -> Vec<(String, Document)> {
    let mut docs: Vec<(String, Document)> = vanban::templates::all()
        .iter()
        .map(|t| (t.id.to_owned(), t.document().expect("template")))
        .collect();
    // The same drafts under the 2018 guideline's numbers (other sizes, spacing, headers).
    let older: Vec<(String, Document)> = docs
        .iter()
        .filter(|(_, d)| d.rules == "dang-hd05-2026")
        .map(|(name, d)| {
            let mut d = d.clone();
            d.rules = "dang-hd36-2018".to_owned();
            (format!("{name}@hd36"), d)
        })
        .collect();
    docs.extend(older);
    // An appendix turned to landscape: a section of its own with the page's sides swapped.
    if let Some((_, d)) = docs
        .iter()
        .find(|(n, _)| n == "ke-hoach-thuc-hien-nghi-quyet")
    {
        let mut d = d.clone();
        for a in &mut d.appendices {
            a.landscape = true;
        }
        docs.push(("ke-hoach-thuc-hien-nghi-quyet@landscape".to_owned(), d));
    }
    for seed in ["001_cda0e03efa293b2c", "003_60d8232af79dd006"] {
        let path = common::seeds_dir().join(format!("{seed}.txt"));
        let text = std::fs::read_to_string(&path).expect("seed");
        let imported = vanban::import::import_text(&text, &Default::default());
        docs.push((format!("seed-{}", &seed[..3]), imported.document));
    }
    docs
}

fn normalise(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A PDF's pages as `pdftotext -layout` reads them: lines, blanks left out.
pub fn pdf_pages(pdf: &std::path::Path) -> Vec<Vec<String>> {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success(), "pdftotext failed on {pdf:?}");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<Vec<String>> = text
        .split('\u{c}')
        .map(|p| p.lines().map(normalise).filter(|l| !l.is_empty()).collect())
        .collect();
    if pages.last().is_some_and(Vec::is_empty) {
        pages.pop();
    }
    pages
}

/// The length of the longest common subsequence of two lists of lines.
fn common_lines(a: &[String], b: &[String]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                row[j + 1].max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Compares two renders of a document; returns the share of the reference's lines found
/// in order in the other, after asserting the page count and every page's first line.
pub fn compare(name: &str, reference: &[Vec<String>], ours: &[Vec<String>]) -> f64 {
    assert_eq!(
        ours.len(),
        reference.len(),
        "{name}: {} pages, LibreOffice {}",
        ours.len(),
        reference.len()
    );
    for (i, (a, b)) in reference.iter().zip(ours).enumerate() {
        assert_eq!(a.first(), b.first(), "{name}: first line of page {}", i + 1);
    }
    let a: Vec<String> = reference.iter().flatten().cloned().collect();
    let b: Vec<String> = ours.iter().flatten().cloned().collect();
    let same = common_lines(&a, &b);
    let share = same as f64 / a.len().max(1) as f64;
    println!(
        "{name:32} {:>3} pages, first lines {}/{}, lines {same}/{} = {:.1} %",
        reference.len(),
        reference.len(),
        reference.len(),
        a.len(),
        share * 100.0
    );
    share
}

#[test]
fn engine_pages_match_libreoffice() {
    if !common::tool_available("soffice", "--version") || !common::tool_available("pdftotext", "-v")
    {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let docs = documents();
    let mut files: Vec<PathBuf> = Vec::new();
    for (name, doc) in &docs {
        let rules = RuleSet::by_id(&doc.rules).expect("rule set");
        let path = dir.path().join(format!("{name}.docx"));
        vanban::export::docx_to_file(doc, rules, &path).expect("export");
        files.push(path);
    }
    let pdfs = common::soffice_pdfs(&files, dir.path());
    let mut low = Vec::new();
    for ((name, doc), pdf) in docs.iter().zip(&pdfs) {
        let rules = RuleSet::by_id(&doc.rules).expect("rule set");
        let pages = vanban::page::layout(doc, rules);
        let ours: Vec<Vec<String>> = (0..pages.pages.len())
            .map(|i| {
                pages
                    .page_text(i)
                    .iter()
                    .map(|l| normalise(l))
                    .filter(|l| !l.is_empty())
                    .collect()
            })
            .collect();
        let reference = pdf_pages(pdf);
        let share = compare(name, &reference, &ours);
        let our_pdf = dir.path().join(format!("{name}.vanban.pdf"));
        let bytes = vanban::export::pdf::pdf(&pages, &Default::default()).expect("our PDF");
        std::fs::write(&our_pdf, bytes).expect("write our PDF");
        let pdf_share = compare(&format!("{name} (PDF)"), &reference, &pdf_pages(&our_pdf));
        for (what, s) in [("engine", share), ("PDF", pdf_share)] {
            if s < MIN_SAME_LINES {
                low.push(format!("{name} ({what}): {:.1} %", s * 100.0));
            }
        }
    }
    assert!(
        low.is_empty(),
        "fewer than 95 % of the lines alike: {low:?}"
    );
}

#[test]
fn common_lines_counts_in_order() {
    let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(common_lines(&v(&["a", "b", "c"]), &v(&["a", "c"])), 2);
    assert_eq!(common_lines(&v(&["a", "b"]), &v(&["b", "a"])), 1);
    assert_eq!(common_lines(&v(&[]), &v(&["a"])), 0);
}
