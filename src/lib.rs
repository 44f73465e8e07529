//! vanban: drafting and DOCX export of Vietnamese Party documents.
//!
//! `model` is the document; `rules` the layout rule sets (data); `layout` the printed
//! strings shared by every output; `store` the RON drafts; `export` the DOCX writer;
//! `import` the readers of clerks' old files; `check` the format checker; `templates`
//! the bundled drafts a clerk starts from.

pub mod app;
pub mod check;
pub mod derive;
pub mod error;
pub mod export;
pub mod fonts;
pub mod import;
pub mod layout;
pub mod model;
pub mod rules;
pub mod store;
pub mod templates;
pub mod ui;
