//! "Lập văn bản từ biên bản": documents written from the conference record of the open
//! draft (`crate::derive`). A draft opens as a new, unsaved document (after the
//! unsaved-changes guard, so the record is never lost); the news item is saved to a
//! file the clerk names, HTML or plain text by its extension.

use super::picker::Purpose;
use super::{App, Pending};
use crate::derive::{self, Derived, Target};
use std::path::Path;

impl App {
    pub fn derive_from_record(&mut self, target: Target) {
        self.commit_fields();
        let name = self.path.as_deref().and_then(Path::file_name).map_or_else(
            || "biên bản chưa lưu".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        match derive::derive(&self.doc, target, &name) {
            Err(e) => self.show_message("Chưa lập được văn bản", e.to_string()),
            Ok(Derived::Draft(doc)) => self.request(Pending::OpenDerived(doc)),
            Ok(Derived::News { text, html }) => {
                self.news = Some((html, text));
                if let Some(path) = self.pick(Purpose::SaveNews, None) {
                    self.save_news_to(&path);
                }
            }
        }
    }

    /// Takes a derived draft as the new document: never saved, so it is dirty.
    pub(super) fn take_derived(&mut self, doc: crate::model::Document) {
        let kind = doc.kind.label();
        self.replace_document(doc, None);
        self.revision += 1;
        self.status = format!("Đã lập bản thảo {kind} từ biên bản; bản thảo chưa được lưu.");
    }

    /// Writes the waiting news item: plain text for a ".txt" name, else HTML.
    pub(super) fn save_news_to(&mut self, path: &Path) {
        let Some((html, text)) = self.news.take() else {
            return;
        };
        let plain = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        let path = if plain
            || path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("html"))
        {
            path.to_path_buf()
        } else {
            path.with_extension("html")
        };
        let inputs: Vec<&Path> = self.path.as_deref().into_iter().collect();
        let bytes = if plain { text } else { html };
        let result = crate::store::output::Output::check(&path, &inputs, false)
            .and_then(|out| out.write(|| crate::store::write_atomic(&path, bytes.as_bytes())));
        match result {
            Ok(()) => self.status = format!("Đã lưu tin bài {}.", path.display()),
            Err(e) => self.show_message("Không lưu được tin bài", e.to_string()),
        }
    }
}
