//! vanban: drafting and DOCX export of Vietnamese Party documents.
//!
//! `model` is the document; `rules` the layout rule sets (data); `store` the RON drafts;
//! `export` the DOCX writer; `templates` the bundled drafts a clerk starts from.

pub mod error;
pub mod export;
pub mod layout;
pub mod model;
pub mod rules;
pub mod store;
pub mod templates;
