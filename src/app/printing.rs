//! "In…" (Ctrl+P): the print dialog's state, the range the clerk asks for, and the print
//! itself. The pages are laid out once, when the dialog opens; the dialog is modal, so the
//! draft cannot change under it and the pages printed are the pages counted.

use super::{App, Dialog};
use crate::export::pdf::{self, PdfOptions};
use crate::page::Pages;
use crate::rules::RuleSet;
use std::ops::RangeInclusive;

/// The print dialog as the clerk fills it in.
pub struct PrintDialog {
    /// The draft's pages, as the preview and the PDF have them.
    pub pages: Pages,
    /// "Tất cả các trang"; otherwise "Từ trang `from` đến trang `to`".
    pub all: bool,
    /// The range as typed (checked when "In" is pressed, never while typing).
    pub from: String,
    pub to: String,
    /// Why the range was refused, shown in the dialog.
    pub refusal: Option<String>,
    /// Whether the dialog has given the keyboard to its first control (once, when it opens).
    pub focused: bool,
}

impl PrintDialog {
    pub fn new(pages: Pages) -> Self {
        let count = pages.pages.len();
        Self {
            pages,
            all: true,
            from: "1".to_owned(),
            to: count.to_string(),
            refusal: None,
            focused: false,
        }
    }

    pub fn count(&self) -> usize {
        self.pages.pages.len()
    }

    /// The pages to print, numbered from 1, or why not (in Vietnamese).
    pub fn range(&self) -> Result<RangeInclusive<usize>, String> {
        let n = self.count();
        if self.all {
            return Ok(1..=n);
        }
        let page = |typed: &str, which: &str| -> Result<usize, String> {
            let typed = typed.trim();
            if typed.is_empty() {
                return Err(format!("Hãy nhập số {which}."));
            }
            typed
                .parse::<usize>()
                .ok()
                .filter(|p| (1..=n).contains(p))
                .ok_or_else(|| {
                    format!("Số {which} phải là một số từ 1 đến {n} (văn bản có {n} trang).")
                })
        };
        let a = page(&self.from, "trang đầu")?;
        let b = page(&self.to, "trang cuối")?;
        if a > b {
            return Err(format!(
                "Trang đầu ({a}) phải không lớn hơn trang cuối ({b})."
            ));
        }
        Ok(a..=b)
    }
}

impl App {
    /// "In…": lays the draft out and opens the print dialog. The layout runs here, on the
    /// UI thread, once per Ctrl+P (a key, not every frame): it is the preview's work, whose
    /// target is under 30 ms for a 170-page draft (benches/page.rs).
    pub fn print_requested(&mut self) {
        self.commit_fields();
        let rules = match RuleSet::resolve_id(&self.doc.rules) {
            Ok(r) => r,
            Err(e) => return self.show_message("Không in được", e.to_string()),
        };
        let pages = crate::page::layout(&self.doc, &rules);
        if pages.pages.is_empty() {
            return self.show_message("Không in được", "Văn bản không có trang nào để in.");
        }
        self.dialog = Some(Dialog::Print(Box::new(PrintDialog::new(pages))));
    }

    /// Prints `range` of `pages` on the default printer: a PDF of only those pages, handed
    /// to the system (`print::print_pdf`). On the UI thread on purpose: `lp` only copies the
    /// file into the spool and returns within a fraction of a second (Windows hands it to
    /// the PDF reader and returns), so the window stops for about that long, once, after
    /// a click — and the clerk learns at once whether the job was accepted.
    pub fn print_pages(&mut self, pages: &Pages, range: RangeInclusive<usize>) {
        let count = range.end().saturating_sub(*range.start()) + 1;
        let options = PdfOptions {
            pdfa: false,
            pages: Some(range),
        };
        let printed = pdf::pdf(pages, &options)
            .map_err(|e| e.to_string())
            .and_then(|bytes| super::print::print_pdf(&bytes, &self.suggested_name()));
        match printed {
            Ok(()) => self.status = format!("Đã gửi {count} trang tới máy in."),
            // Already in Vietnamese, and says why.
            Err(e) => self.show_message("Không in được", e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dialog(pages: usize, from: &str, to: &str) -> PrintDialog {
        let mut d = PrintDialog::new(Pages {
            pages: (0..pages).map(|_| Default::default()).collect(),
            ..Default::default()
        });
        d.all = false;
        d.from = from.to_owned();
        d.to = to.to_owned();
        d
    }

    #[test]
    fn a_range_is_checked_against_the_pages() {
        assert_eq!(dialog(5, "2", " 4 ").range(), Ok(2..=4));
        assert_eq!(dialog(5, "3", "3").range(), Ok(3..=3));
        let mut all = dialog(5, "x", "y");
        all.all = true;
        assert_eq!(all.range(), Ok(1..=5), "the fields do not matter");
        let e = dialog(5, "5", "2").range().expect_err("backwards");
        assert_eq!(e, "Trang đầu (5) phải không lớn hơn trang cuối (2).");
        let e = dialog(5, "0", "2").range().expect_err("no page 0");
        assert!(e.contains("từ 1 đến 5"), "{e}");
        let e = dialog(5, "1", "6").range().expect_err("past the end");
        assert!(e.starts_with("Số trang cuối"), "{e}");
        let e = dialog(5, "một", "2").range().expect_err("not a number");
        assert!(e.starts_with("Số trang đầu"), "{e}");
        let e = dialog(5, "", "2").range().expect_err("empty");
        assert_eq!(e, "Hãy nhập số trang đầu.");
    }
}
