//! Finding a rule set: by id for what a draft or profile names, from a file only when the
//! clerk chose that file (the `--rules FILE` flag). A draft received by mail must never make
//! vanban open a path it names (`/dev/zero`, a network share on Windows).

use super::{validate, RuleSet};
use crate::error::Error;
use crate::store::bounded;
use std::path::Path;

impl RuleSet {
    /// The bundled rule set a draft or profile names by id. Never reads a file: an
    /// unknown id, path-like or not, is [`Error::UnknownRules`].
    pub fn resolve_id(id: &str) -> Result<RuleSet, Error> {
        Self::by_id(id)
            .cloned()
            .ok_or_else(|| Error::UnknownRules(id.to_owned()))
    }

    /// A rule-set file the clerk chose: a regular file of at most
    /// [`bounded::RULES_LIMIT`] bytes, whose numbers are checked against sane ranges.
    pub fn from_file(path: &Path) -> Result<RuleSet, Error> {
        let text = bounded::read_text(path, bounded::RULES_LIMIT)?;
        let set: RuleSet = ron::from_str(&text).map_err(|e| Error::Parse {
            path: path.to_path_buf(),
            line: e.span.start.line,
            col: e.span.start.col,
            msg: e.code.to_string(),
        })?;
        validate::check(&set).map_err(|reason| Error::Io {
            action: "dùng",
            path: path.to_path_buf(),
            reason,
        })?;
        Ok(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a draft names is looked up among the bundled sets, never opened.
    #[test]
    fn ids_never_open_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("quy-tac.ron");
        std::fs::write(&file, "not read").expect("write");
        for name in [
            "/dev/zero",
            r"\\may-chu\chia-se\quy-tac.ron",
            &file.to_string_lossy(),
        ] {
            match RuleSet::resolve_id(name) {
                Err(Error::UnknownRules(id)) => assert_eq!(id, name),
                other => panic!("{name}: expected UnknownRules, got {other:?}"),
            }
        }
        let set = RuleSet::resolve_id(crate::rules::DEFAULT_ID).expect("bundled");
        assert_eq!(set.id, crate::rules::DEFAULT_ID);
    }
}
