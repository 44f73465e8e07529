//! vanban: drafting and DOCX export of Vietnamese Party documents.
//!
//! `model` is the document; `rules` the layout rule sets (data); `layout` the printed
//! strings shared by every output; `store` the RON drafts; `export` the DOCX writer;
//! `import` the readers of clerks' old files; `check` the format checker; `templates`
//! the bundled drafts a clerk starts from; `tasks` the follow-up table of the tasks a
//! conference assigns.

pub mod app;
pub mod check;
pub mod derive;
pub mod error;
pub mod export;
pub mod fonts;
pub mod import;
pub mod layout;
pub mod model;
pub mod page;
pub mod rules;
pub mod store;
pub mod tasks;
pub mod templates;
pub mod ui;
