//! Abbreviations used before their full form: the first mention is written out. The list
//! is the rule set's (`abbreviations` in templates/rules/*.ron).

use super::scan::q;
use super::{Ctx, Finding, Severity};

pub fn check(ctx: &Ctx, out: &mut Vec<Finding>) {
    let items: Vec<_> = ctx.texts.iter().filter(|t| t.is_paragraph()).collect();
    // Lower case, one tone-mark style: computed only up to the texts a check needs.
    let mut lowered: Vec<String> = Vec::new();
    let lower_upto = |n: usize, lowered: &mut Vec<String>| {
        while lowered.len() < n.min(items.len()) {
            let t = items[lowered.len()].text;
            lowered.push(t.to_lowercase().replace("uỷ", "ủy"));
        }
    };
    let texts: Vec<&str> = items.iter().map(|t| t.text).collect();
    for (abbr, full) in &ctx.rules.abbreviations {
        let (abbr, full) = (abbr.as_str(), full.as_str());
        let Some((k, at)) = first_use(&texts, abbr) else {
            continue;
        };
        let full_lower = full.to_lowercase();
        let full_lower = full_lower.as_str();
        lower_upto(k + 1, &mut lowered);
        let written_before = lowered[..k].iter().any(|l| l.contains(full_lower))
            || lowered[k]
                .get(..at.min(lowered[k].len()))
                .is_some_and(|l| l.contains(full_lower));
        if written_before {
            continue;
        }
        out.push(Finding::new(
            "text.abbreviation",
            Severity::Hint,
            items[k].at_bytes(at, at + abbr.len()),
            format!(
                "Chữ viết tắt {} dùng trước khi viết đầy đủ: lần đầu viết {} rồi mới dùng chữ viết tắt.",
                q(abbr),
                q(&format!("{full} ({abbr})"))
            ),
        ));
    }
}

/// The first whole-word use of `abbr`: (text index, byte offset).
fn first_use(texts: &[&str], abbr: &str) -> Option<(usize, usize)> {
    for (k, t) in texts.iter().enumerate() {
        for (at, _) in t.match_indices(abbr) {
            let before = t[..at].chars().next_back();
            let after = t[at + abbr.len()..].chars().next();
            let edge = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '-'));
            if edge(before) && edge(after) {
                return Some((k, at));
            }
        }
    }
    None
}
