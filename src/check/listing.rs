//! The findings as they are listed for the clerk: at most [`MAX_LISTED_PER_RULE`] of one
//! rule, then one line "… và N chỗ khác". A draft with thousands of the same mistake is
//! still read in one screen, and the report costs time in proportion to what is shown.

use super::{Finding, Severity};
use std::collections::HashMap;

/// How many findings of one rule are listed before the rest are counted.
pub const MAX_LISTED_PER_RULE: usize = 50;

/// One line of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed<'a> {
    Finding(&'a Finding),
    /// `count` more findings of rule `id`, not listed.
    More {
        id: &'static str,
        severity: Severity,
        count: usize,
    },
}

impl Listed<'_> {
    /// The message of a [`Listed::More`] line.
    pub fn more_message(count: usize) -> String {
        format!("… và {count} chỗ khác (cùng quy tắc, không liệt kê hết)")
    }
}

/// `findings` in their order, each rule's list cut after [`MAX_LISTED_PER_RULE`] with a
/// [`Listed::More`] line in its place. Linear in the number of findings.
pub fn listed(findings: &[Finding]) -> Vec<Listed<'_>> {
    listed_indexed(findings)
        .into_iter()
        .map(|(_, l)| l)
        .collect()
}

/// [`listed`], each finding with its index in `findings` (None for a [`Listed::More`]
/// line): for lists that carry something beside each finding, such as the paragraph of a
/// received file.
pub fn listed_indexed(findings: &[Finding]) -> Vec<(Option<usize>, Listed<'_>)> {
    let mut totals: HashMap<&str, usize> = HashMap::new();
    for f in findings {
        *totals.entry(f.id).or_default() += 1;
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::with_capacity(findings.len().min(totals.len() * (MAX_LISTED_PER_RULE + 1)));
    for (i, f) in findings.iter().enumerate() {
        let n = seen.entry(f.id).or_default();
        *n += 1;
        if *n > MAX_LISTED_PER_RULE {
            continue;
        }
        out.push((Some(i), Listed::Finding(f)));
        let total = totals.get(f.id).copied().unwrap_or(0);
        if *n == MAX_LISTED_PER_RULE && total > MAX_LISTED_PER_RULE {
            out.push((
                None,
                Listed::More {
                    id: f.id,
                    severity: f.severity,
                    count: total - MAX_LISTED_PER_RULE,
                },
            ));
        }
    }
    out
}
