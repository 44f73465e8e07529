//! The electronic version: the profile's signature and seal images (chosen, kept,
//! removed) and "Xuất bản điện tử…", which writes the document with them in place for
//! the digital signing tool. The digital signature itself is the signing tool's.

use super::picker::{Picked, Purpose};
use super::{App, ProfileDraft};
use crate::export::{self, Electronic, ExportOptions, MarkPng};
use crate::rules::RuleSet;
use crate::store::marks::{self, CheckedPng, MarkImage, MarkKind};
use std::path::Path;

/// The files an electronic version is written as. Each format is one arm of
/// [`App::export_electronic_to`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElectronicFormat {
    Docx,
    /// The preview's pages with the images placed as in the DOCX (`export::pdf::electronic`).
    Pdf,
}

impl ElectronicFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ElectronicFormat::Docx => "docx",
            ElectronicFormat::Pdf => "pdf",
        }
    }
}

/// An image chosen in the profile dialog, with the name of the file it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenMark {
    pub png: CheckedPng,
    pub source: String,
}

impl ChosenMark {
    pub fn record(&self) -> MarkImage {
        MarkImage {
            source: self.source.clone(),
            width_px: self.png.width_px,
            height_px: self.png.height_px,
        }
    }
}

/// The seal diameters taken from the profile, in mm; the dialog offers the same range.
pub const SEAL_MM: std::ops::RangeInclusive<f32> = 10.0..=80.0;

/// Names compared as the clerk means them: spaces and letter case aside.
fn same_person(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    !a.trim().is_empty() && norm(a) == norm(b)
}

impl App {
    /// The profile dialog's draft, with the stored images read back for their thumbnails.
    pub fn profile_draft(&self) -> ProfileDraft {
        let mut draft = ProfileDraft::new(&self.profile);
        let dir = &self.dirs.config;
        for (kind, kept) in [
            (MarkKind::Signature, &self.profile.signature_image),
            (MarkKind::Seal, &self.profile.seal_image),
        ] {
            let Some(kept) = kept else { continue };
            match marks::load(dir, kind) {
                Ok(png) => {
                    *draft.mark_mut(kind) = Some(ChosenMark {
                        png,
                        source: kept.source.clone(),
                    })
                }
                // Said in the dialog; saving it without the image forgets it.
                Err(e) => draft.mark_note = Some(e),
            }
        }
        draft
    }

    /// "Chọn ảnh…" in the profile dialog: asks for a PNG and takes it into `draft` when
    /// it passes the checks. Without a file dialog, the dialog's own path field opens.
    pub fn choose_mark(&mut self, draft: &mut ProfileDraft, kind: MarkKind) {
        match self.picker.pick(Purpose::Mark(kind), "") {
            Picked::Path(path) => draft.take_mark_file(kind, &path),
            Picked::Cancelled => {}
            Picked::Unavailable(why) => {
                let start = self.picker.last_dir().unwrap_or_default();
                draft.mark_path = Some((kind, start.display().to_string()));
                draft.mark_note = Some(why);
            }
        }
    }

    /// "Lưu thông tin" in the profile dialog: the images first (written whole or not at
    /// all, a removed one deleted), then the profile that names them.
    pub fn save_profile_draft(&mut self, draft: &ProfileDraft) {
        let dir = self.dirs.config.clone();
        for kind in [MarkKind::Signature, MarkKind::Seal] {
            let result = match draft.mark(kind) {
                Some(chosen) => marks::store(&dir, kind, &chosen.png.bytes),
                None => marks::remove(&dir, kind),
            };
            if let Err(e) = result {
                let what = kind.noun();
                self.show_message("Không lưu được thông tin cơ quan", format!("{what}: {e}"));
                return;
            }
        }
        self.save_profile(draft.commit());
    }

    /// Why "Xuất bản điện tử…" cannot run now, in Vietnamese; `None` when it can.
    pub fn electronic_blocker(&self) -> Option<String> {
        let p = &self.profile;
        if p.signature_image.is_none() {
            return Some(
                "Chưa có ảnh chữ ký: chọn ảnh chữ ký (PNG màu xanh, nền trong suốt) trong Tệp → Thông tin cơ quan…"
                    .into(),
            );
        }
        let rules = RuleSet::by_id(&self.doc.rules);
        if let Some(r) = rules.filter(|r| r.signature.electronic.is_none()) {
            return Some(format!(
                "Bộ quy tắc “{}” của văn bản này không quy định bản điện tử (Hướng dẫn 05-HD/VPTW năm 2026 mới quy định).",
                r.name
            ));
        }
        let signer = self.doc.signature.name.trim();
        if !same_person(&p.signature_of, signer) {
            let owner = match p.signature_of.trim() {
                "" => "chưa ghi của ai".to_owned(),
                who => format!("là của đồng chí {who}"),
            };
            let signer = match signer {
                "" => "chưa có tên người ký".to_owned(),
                who => format!("do đồng chí {who} ký"),
            };
            return Some(format!(
                "Ảnh chữ ký trong thông tin cơ quan {owner}, còn văn bản này {signer}."
            ));
        }
        None
    }

    /// "Xuất bản điện tử…": says why when it cannot, refuses a draft the checker finds
    /// errors in (this is the version that gets signed), else asks where to write it.
    pub fn export_electronic_requested(&mut self, format: ElectronicFormat) {
        if let Some(why) = self.electronic_blocker() {
            self.show_message("Chưa xuất được bản điện tử", why);
            return;
        }
        let errors = self.checker.count(crate::check::Severity::Error);
        if errors > 0 && self.checker.is_current(self.revision()) {
            self.show_message(
                "Chưa xuất được bản điện tử",
                format!("Bộ kiểm tra phát hiện {errors} lỗi thể thức. Bản điện tử là bản được ký số: sửa các lỗi ở bước Kiểm tra & Xuất trước."),
            );
            return;
        }
        if let Some(path) = self.pick(Purpose::ExportElectronic(format), None) {
            self.export_electronic_to(
                &super::files::with_extension(path, format.extension()),
                format,
            );
        }
    }

    /// The images as the export takes them, read back from beside the profile and
    /// checked again (the preview and the PDF take them from here too).
    pub fn electronic_images(&self, rules: &RuleSet) -> Result<Electronic, String> {
        let dir = &self.dirs.config;
        let as_png = |c: CheckedPng| MarkPng {
            width_px: c.width_px,
            height_px: c.height_px,
            bytes: c.bytes,
        };
        let signature = as_png(marks::load(dir, MarkKind::Signature)?);
        let seal = match &self.profile.seal_image {
            None => None,
            Some(_) => {
                let default = export::esign::rules_of(rules)
                    .map(|e| e.seal_diameter_mm)
                    .map_err(|e| e.to_string())?;
                // A hand-edited profile may hold anything: a seal is a few centimetres.
                let mm = self
                    .profile
                    .seal_diameter_mm
                    .filter(|mm| SEAL_MM.contains(mm))
                    .unwrap_or(default);
                Some((as_png(marks::load(dir, MarkKind::Seal)?), mm))
            }
        };
        Ok(Electronic { signature, seal })
    }

    /// Writes the electronic version to `path` in `format`.
    pub fn export_electronic_to(&mut self, path: &Path, format: ElectronicFormat) {
        self.commit_fields();
        let inputs: Vec<&Path> = self.path.as_deref().into_iter().collect();
        let rules = match RuleSet::resolve_id(&self.doc.rules) {
            Ok(r) => r,
            Err(e) => return self.show_message("Không xuất được", e.to_string()),
        };
        let images = match self.electronic_images(&rules) {
            Ok(i) => i,
            Err(e) => return self.show_message("Không xuất được bản điện tử", e),
        };
        let options = ExportOptions {
            electronic: Some(&images),
        };
        let result = crate::store::output::Output::check(path, &inputs, false).and_then(|out| {
            out.write(|| match format {
                ElectronicFormat::Docx => {
                    export::docx_to_file_with(&self.doc, &rules, &options, path)
                }
                ElectronicFormat::Pdf => {
                    let pdf = export::pdf::PdfOptions::default();
                    let bytes = export::pdf::electronic(&self.doc, &rules, &images, &pdf)?;
                    crate::store::write_atomic(path, &bytes)
                }
            })
        });
        match result {
            Ok(()) => {
                if images.seal.is_none() {
                    self.status = "Bản điện tử chưa có hình ảnh con dấu: thông tin cơ quan chưa có ảnh con dấu.".into();
                }
                self.dialog = Some(super::Dialog::Exported(path.to_path_buf()))
            }
            Err(e) => self.show_message("Không xuất được", e.to_string()),
        }
    }
}

impl ProfileDraft {
    pub fn mark(&self, kind: MarkKind) -> Option<&ChosenMark> {
        match kind {
            MarkKind::Signature => self.signature.as_ref(),
            MarkKind::Seal => self.seal.as_ref(),
        }
    }

    pub fn mark_mut(&mut self, kind: MarkKind) -> &mut Option<ChosenMark> {
        match kind {
            MarkKind::Signature => &mut self.signature,
            MarkKind::Seal => &mut self.seal,
        }
    }

    /// Takes the PNG at `path` as the image of `kind`, or says why not. A seal that tells
    /// its size (pHYs) sets the diameter; a signature with no owner yet goes to the
    /// first signer.
    pub fn take_mark_file(&mut self, kind: MarkKind, path: &Path) {
        match marks::read_chosen(path, kind) {
            Ok(png) => {
                self.mark_note = (!png.warnings.is_empty()).then(|| png.warnings.join(" "));
                if kind == MarkKind::Seal {
                    match png.width_mm {
                        Some(mm) if SEAL_MM.contains(&mm) => {
                            self.profile.seal_diameter_mm = Some(mm)
                        }
                        // A scan saved at the screen's 72 or 96 dpi tells a size no seal has.
                        Some(mm) => {
                            let note = format!(
                                "Theo độ phân giải ghi trong ảnh, con dấu rộng {mm:.0} mm — không phải cỡ thật của con dấu: hãy đo con dấu và nhập đường kính."
                            );
                            self.mark_note = Some(match self.mark_note.take() {
                                Some(n) => format!("{n} {note}"),
                                None => note,
                            });
                        }
                        None => {}
                    }
                }
                if kind == MarkKind::Signature && self.profile.signature_of.trim().is_empty() {
                    if let Some(first) = self
                        .profile
                        .signers
                        .iter()
                        .find(|s| !s.name.trim().is_empty())
                    {
                        self.profile.signature_of = first.name.trim().to_owned();
                    }
                }
                let source = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                *self.mark_mut(kind) = Some(ChosenMark { png, source });
                self.mark_path = None;
            }
            Err(why) => self.mark_note = Some(why),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seal_at_screen_resolution_is_not_taken_at_its_size() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("dấu 72 dpi.png");
        // 300 px at 72 dpi (2835 px/m): 106 mm, no seal is that big.
        let png = marks::fixtures::png(300, 300, Some(2835), |_, _| [220, 20, 30, 255]);
        std::fs::write(&path, png).expect("write");
        let mut draft = ProfileDraft::new(&crate::store::profile::Profile::example());
        draft.take_mark_file(MarkKind::Seal, &path);
        assert!(draft.seal.is_some());
        assert_eq!(draft.profile.seal_diameter_mm, None);
        let note = draft.mark_note.expect("said");
        assert!(note.contains("hãy đo con dấu"), "{note}");
    }

    #[test]
    fn names_match_as_the_clerk_means_them() {
        assert!(same_person("Nguyễn  Văn An", "nguyễn văn an "));
        assert!(!same_person("", ""));
        assert!(!same_person("Nguyễn Văn An", "Trần Thị Bình"));
    }
}
