//! Import of text, Markdown and DOCX files into drafts (issue 4).
