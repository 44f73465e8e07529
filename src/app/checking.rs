//! The format checker, run on a worker thread so that typing never waits for it. The
//! editor sends the document after each change; the newest result is kept.

use crate::check::{self, Finding, Severity};
use crate::model::{DocDate, Document};
use crate::rules::RuleSet;
use std::sync::mpsc::{channel, Receiver, Sender};

struct Job {
    revision: u64,
    doc: Document,
    today: DocDate,
}

pub struct Checker {
    jobs: Option<Sender<Job>>,
    results: Receiver<(u64, Vec<Finding>)>,
    /// The revision last sent and the revision of `findings`.
    sent: Option<u64>,
    pub checked: Option<u64>,
    pub findings: Vec<Finding>,
}

impl Default for Checker {
    fn default() -> Self {
        Self::new()
    }
}

impl Checker {
    pub fn new() -> Self {
        let (job_tx, job_rx) = channel::<Job>();
        let (res_tx, res_rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("kiem-tra".into())
            .spawn(move || {
                while let Ok(mut job) = job_rx.recv() {
                    // Only the newest document matters.
                    while let Ok(newer) = job_rx.try_recv() {
                        job = newer;
                    }
                    let findings = match RuleSet::resolve_id(&job.doc.rules) {
                        Ok(rules) => check::run(&job.doc, &rules, job.today),
                        Err(_) => Vec::new(),
                    };
                    if res_tx.send((job.revision, findings)).is_err() {
                        break;
                    }
                }
            });
        Self {
            jobs: spawned.ok().map(|_| job_tx),
            results: res_rx,
            sent: None,
            checked: None,
            findings: Vec::new(),
        }
    }

    /// Sends the document if it changed since the last request; takes in any result.
    pub fn update(&mut self, doc: &Document, revision: u64, today: DocDate) {
        while let Ok((rev, findings)) = self.results.try_recv() {
            self.checked = Some(rev);
            self.findings = findings;
        }
        if self.sent == Some(revision) {
            return;
        }
        self.sent = Some(revision);
        let job = Job {
            revision,
            doc: doc.clone(),
            today,
        };
        match &self.jobs {
            Some(tx) if tx.send(job).is_ok() => {}
            // No worker thread: check here, once per change.
            _ => {
                if let Ok(rules) = RuleSet::resolve_id(&doc.rules) {
                    self.findings = check::run(doc, &rules, today);
                    self.checked = Some(revision);
                }
            }
        }
    }

    /// Whether the findings describe the current revision.
    pub fn is_current(&self, revision: u64) -> bool {
        self.checked == Some(revision)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}
