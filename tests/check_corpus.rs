//! `vanban check` on Word files made outside vanban: `tests/py/check_corpus.py` writes
//! clean Party and state documents (python-docx and LibreOffice) and copies of them with
//! exactly one real-world mistake each, plus a manifest of what the checker must find.
//! Clean files must give no error and be judged under the rule set of their family and
//! date; each mistake file must give the manifest's finding ids, at the manifest's source
//! paragraph when it names one. All failures are gathered and shown together.
//!
//! In CI (CI=true) a missing python3, python-docx, lxml or soffice fails; elsewhere the test
//! says it skipped.

mod common;

use common::{python_has, tool_available};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// "id@paragraph" for every finding of a report, for failure messages.
fn describe(findings: &[Value]) -> String {
    let all: Vec<String> = findings
        .iter()
        .map(|f| {
            let id = f["id"].as_str().unwrap_or("?");
            let sev = f["severity"].as_str().unwrap_or("?");
            match (&f["paragraph"], &f["more"]) {
                (Value::Number(n), _) => format!("{id}@{n} ({sev})"),
                (_, Value::Number(n)) => format!("{id} (+{n} more, {sev})"),
                _ => format!("{id} ({sev})"),
            }
        })
        .collect();
    if all.is_empty() {
        "nothing".into()
    } else {
        all.join(", ")
    }
}

/// The expectation as the manifest writes it: "id" or "id@paragraph".
fn expected(e: &Value) -> String {
    let id = e["id"].as_str().unwrap_or("?");
    match e["paragraph"].as_u64() {
        Some(n) => format!("{id}@{n}"),
        None => id.to_string(),
    }
}

/// Whether `findings` hold the expected one: same id, and same paragraph when one is named.
fn found(findings: &[Value], e: &Value) -> bool {
    findings.iter().any(|f| {
        f["id"] == e["id"]
            && match e["paragraph"].as_u64() {
                Some(n) => f["paragraph"].as_u64() == Some(n),
                None => true,
            }
    })
}

/// Runs `vanban check FILE --format json`; Err: why no report could be read.
fn check(path: &Path) -> Result<Value, String> {
    let out = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .arg("check")
        .arg(path)
        .args(["--format", "json"])
        .output()
        .map_err(|e| format!("cannot run vanban: {e}"))?;
    match out.status.code() {
        Some(0 | 1) => {}
        code => {
            return Err(format!(
                "exit code {code:?}: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ))
        }
    }
    serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

/// Rules that judge a document by Party forms: never on a clean state document.
const PARTY_ONLY: &[&str] = &[
    "number.colon",
    "signature.state-form",
    "signature.tm-not-collective",
    "signature.kt-for-collective",
    "signature.tl-not-office",
    "recipients.state-archive",
    "body.end-state-mark",
    "citation.comma",
    "layout.state-header",
    "rules.state-system",
    "family.mixed",
];

/// Rules that judge a document by state forms: never on a clean Party document.
const STATE_ONLY: &[&str] = &[
    "number.state-colon",
    "signature.party-form",
    "body.end-mark-missing",
    "subject.vv-missing",
    "header.motto",
    "family.mixed",
];

/// What is wrong with the report of one corpus file (empty: nothing).
fn judge(entry: &Value, report: &Value) -> Vec<String> {
    let mut wrong = Vec::new();
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    if report["rules"] != entry["rules"] {
        wrong.push(format!(
            "rules {} (expected {})",
            report["rules"], entry["rules"]
        ));
    }
    if report["family"] != entry["family"] {
        wrong.push(format!(
            "family {} (expected {})",
            report["family"], entry["family"]
        ));
    }
    if entry["clean"].as_bool() == Some(true) {
        // Not even a warning from the other family's rules.
        let foreign = if entry["family"] == "state" {
            PARTY_ONLY
        } else {
            STATE_ONLY
        };
        let alien: Vec<String> = findings
            .iter()
            .filter(|f| f["id"].as_str().is_some_and(|id| foreign.contains(&id)))
            .map(|f| format!("{} {}", f["id"], f["paragraph"]))
            .collect();
        if !alien.is_empty() {
            wrong.push(format!("the other family's rules: {}", alien.join(", ")));
        }
        if report["errors"].as_u64() != Some(0) {
            let errors: Vec<String> = findings
                .iter()
                .filter(|f| f["severity"] == "error")
                .map(|f| format!("{} {}: {}", f["id"], f["paragraph"], f["message"]))
                .collect();
            wrong.push(format!(
                "{} error(s) on a clean file: {}",
                report["errors"],
                errors.join(" | ")
            ));
        }
    } else {
        let missing: Vec<String> = entry["expect"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter(|e| !found(&findings, e))
            .map(expected)
            .collect();
        if !missing.is_empty() {
            wrong.push(format!("missing {}", missing.join(", ")));
        }
    }
    if !wrong.is_empty() {
        wrong.push(format!("found: {}", describe(&findings)));
    }
    wrong
}

#[test]
fn check_judges_word_files_made_outside_vanban() {
    if !tool_available("python3", "--version")
        || !python_has("docx")
        || !python_has("lxml")
        || !tool_available("soffice", "--version")
    {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py/check_corpus.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(dir.path())
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "{} failed: {}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let manifest: Vec<Value> = serde_json::from_slice(
        &std::fs::read(dir.path().join("manifest.json")).expect("manifest.json"),
    )
    .expect("manifest JSON");
    assert!(manifest.len() > 30, "a short corpus: {}", manifest.len());

    let mut failures = Vec::new();
    for entry in &manifest {
        let file = entry["file"].as_str().expect("file name");
        let what = format!(
            "{file} [{}; {}; mistake: {}; expected: {}]",
            entry["rules"].as_str().unwrap_or("?"),
            entry["maker"].as_str().unwrap_or("?"),
            entry["mistake"].as_str().unwrap_or("?"),
            entry["expect"]
                .as_array()
                .map(|v| v.iter().map(expected).collect::<Vec<_>>().join(", "))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "no error".into()),
        );
        match check(&dir.path().join(file)) {
            Ok(report) => {
                let wrong = judge(entry, &report);
                if !wrong.is_empty() {
                    failures.push(format!("{what}\n    {}", wrong.join("\n    ")));
                }
            }
            Err(e) => failures.push(format!("{what}\n    {e}")),
        }
    }
    if !failures.is_empty() {
        eprintln!(
            "{} of {} corpus files judged wrongly:\n\n{}",
            failures.len(),
            manifest.len(),
            failures.join("\n\n")
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} corpus files judged wrongly (details above)",
        failures.len(),
        manifest.len()
    );
}
