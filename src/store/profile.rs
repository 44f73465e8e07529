//! The organisation profile: set once, used to fill every new draft (issuer, place,
//! the "Lưu" office, usual recipients, signers, the committee's term, rule set).
//!
//! The profile says who the organisation is and who signs for it; the draft (its
//! template) says in what capacity: "T/M BAN CHẤP HÀNH", "T/M BAN THƯỜNG VỤ", "T/L …".
//! A profile signer is therefore a preset of title and name, re-cast to the draft's
//! authority and collective ([`Profile::presets_for`]), never a whole signature block.

use super::marks::MarkImage;
use super::{bounded, read_ron_file, write_ron_file};
use crate::error::Error;
use crate::model::{Authority, Document, Recipient, Signature};
use serde::{Deserialize, Serialize};
use std::path::Path;

const FILE: &str = "profile.ron";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub upper: Vec<String>,
    pub issuer: String,
    pub symbol: String,
    pub place: String,
    pub archive: String,
    pub recipients: Vec<Recipient>,
    /// Who signs: only the title and the name are used (see the module note).
    pub signers: Vec<Signature>,
    /// The committee's term ("khóa"), in Roman numerals: "XVI". Empty when not set,
    /// which leaves "…" in new drafts for the clerk to fill.
    #[serde(default)]
    pub term: String,
    pub rules: String,
    /// The electronic version's signature image (05-HD §7.2.2), kept beside the profile
    /// ([`super::marks`]); `None` until the clerk gives one.
    pub signature_image: Option<MarkImage>,
    /// Whose signature it is: a signer's name. The image goes only on drafts that
    /// person signs.
    pub signature_of: String,
    /// The organisation's seal image (05-HD §8.2.3), kept beside the profile.
    pub seal_image: Option<MarkImage>,
    /// The seal's actual diameter in mm: from the image's pHYs when chosen, or typed;
    /// `None` leaves the rule set's default.
    pub seal_diameter_mm: Option<f32>,
}

impl Default for Profile {
    fn default() -> Self {
        Self::example()
    }
}

impl Profile {
    /// The example shown on first run, for the clerk to overwrite.
    pub fn example() -> Self {
        Self {
            upper: vec!["ĐẢNG BỘ TỈNH QUẢNG NINH".into()],
            issuer: "ĐẢNG ỦY PHƯỜNG HẠ LONG".into(),
            symbol: "ĐU".into(),
            place: "Hạ Long".into(),
            archive: "Văn phòng Đảng ủy".into(),
            recipients: vec![
                Recipient::noted("Ban Thường vụ Tỉnh ủy", "để báo cáo"),
                Recipient::new("Các đồng chí Đảng ủy viên"),
                Recipient::new("Các chi bộ trực thuộc"),
            ],
            signers: vec![
                Signature {
                    authority: Authority::OnBehalf,
                    on_behalf_of: "BAN THƯỜNG VỤ".into(),
                    title: "BÍ THƯ".into(),
                    name: "Nguyễn Văn An".into(),
                    concurrent: String::new(),
                },
                Signature {
                    authority: Authority::OnBehalf,
                    on_behalf_of: "BAN THƯỜNG VỤ".into(),
                    title: "PHÓ BÍ THƯ".into(),
                    name: "Trần Thị Bình".into(),
                    concurrent: String::new(),
                },
                Signature {
                    authority: Authority::Delegated,
                    on_behalf_of: "BAN THƯỜNG VỤ".into(),
                    title: "CHÁNH VĂN PHÒNG".into(),
                    name: "Lê Thị Cúc".into(),
                    concurrent: String::new(),
                },
            ],
            term: "I".into(),
            rules: crate::rules::DEFAULT_ID.into(),
            signature_image: None,
            signature_of: String::new(),
            seal_image: None,
            seal_diameter_mm: None,
        }
    }

    /// Fills a new draft with the organisation's data: header, place, archive, usual
    /// recipients, and a signer who fits the draft's signature (same title first). The
    /// draft's authority and collective stay as the template set them; when no signer
    /// fits, the template's example name is cleared for the clerk to fill.
    pub fn apply_to(&self, doc: &mut Document) {
        doc.issuer.upper = self.upper.clone();
        doc.issuer.name = self.issuer.clone();
        doc.issuer.symbol = self.symbol.clone();
        doc.place = self.place.clone();
        doc.archive = self.archive.clone();
        if !self.recipients.is_empty() {
            // "Như trên" stays first where the kind names its addressees above it (công
            // văn, tờ trình): the profile's usual list comes after.
            let first = crate::rules::RuleSet::by_id(&doc.rules)
                .and_then(|r| r.kind(doc.kind).recipients_first.clone());
            let mut list: Vec<Recipient> = first.iter().map(Recipient::new).collect();
            list.extend(
                self.recipients
                    .iter()
                    .filter(|r| first.as_deref() != Some(r.name.trim()))
                    .cloned(),
            );
            doc.recipients = list;
        }
        if let Some(c) = &mut doc.conference {
            if c.term.trim().is_empty() {
                c.term = self.term.trim().to_owned();
            }
        }
        let presets = self.presets_for(&doc.signature);
        let title = norm(&doc.signature.title);
        doc.signature = match presets.iter().find(|p| norm(&p.title) == title) {
            Some(same) => same.clone(),
            None => match presets.into_iter().next() {
                Some(first) => first,
                None if self.signers.is_empty() => doc.signature.clone(),
                None => Signature {
                    name: String::new(),
                    ..doc.signature.clone()
                },
            },
        };
    }

    /// The profile's signers who can sign `draft`, each re-cast to its authority and
    /// collective ([`Signature::with_signer`]): the office for "T/L", a deputy for "K/T",
    /// the committee's leaders (not the office) for "T/M", a head for their own name.
    pub fn presets_for(&self, draft: &Signature) -> Vec<Signature> {
        self.signers
            .iter()
            .filter(|s| fits(draft.authority, &s.title))
            .map(|s| draft.with_signer(s))
            .collect()
    }
}

fn norm(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// Whether a signer with `title` signs in this capacity (spec §5).
fn fits(authority: Authority, title: &str) -> bool {
    let t = norm(title);
    let office = t.contains("VĂN PHÒNG");
    let deputy = t.starts_with("PHÓ") || t.starts_with("Q. PHÓ");
    match authority {
        Authority::Delegated => office,
        Authority::Deputy => deputy,
        Authority::OnBehalf => !office,
        Authority::None => !deputy,
        // A meeting role ("CHỦ TRÌ HỘI NGHỊ") is held by whoever chairs, whatever the title.
        Authority::Role => true,
    }
}

/// The saved profile, or `None` on first run; a regular file of at most
/// [`bounded::PROFILE_LIMIT`] bytes.
pub fn load(config_dir: &Path) -> Result<Option<Profile>, Error> {
    let path = config_dir.join(FILE);
    if !path.exists() {
        return Ok(None);
    }
    read_ron_file(&path, bounded::PROFILE_LIMIT).map(Some)
}

pub fn save(config_dir: &Path, profile: &Profile) -> Result<(), Error> {
    std::fs::create_dir_all(config_dir).map_err(|e| Error::write(config_dir, e))?;
    write_ron_file(&config_dir.join(FILE), profile)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(authority: Authority, obo: &str, title: &str, name: &str) -> Signature {
        Signature {
            authority,
            on_behalf_of: obo.into(),
            title: title.into(),
            name: name.into(),
            concurrent: String::new(),
        }
    }

    /// Issue 9, item 6: "T/M BAN CHẤP HÀNH" stays whatever collective the profile's
    /// signers were saved with.
    #[test]
    fn presets_take_the_drafts_authority_and_collective() {
        let p = Profile::example();
        let draft = sig(Authority::OnBehalf, "BAN CHẤP HÀNH", "BÍ THƯ", "Tên ví dụ");
        assert_eq!(
            p.presets_for(&draft),
            vec![
                sig(
                    Authority::OnBehalf,
                    "BAN CHẤP HÀNH",
                    "BÍ THƯ",
                    "Nguyễn Văn An"
                ),
                sig(
                    Authority::OnBehalf,
                    "BAN CHẤP HÀNH",
                    "PHÓ BÍ THƯ",
                    "Trần Thị Bình"
                ),
            ]
        );
        let delegated = sig(
            Authority::Delegated,
            "BAN THƯỜNG VỤ",
            "CHÁNH VĂN PHÒNG",
            "X",
        );
        assert_eq!(
            p.presets_for(&delegated),
            vec![sig(
                Authority::Delegated,
                "BAN THƯỜNG VỤ",
                "CHÁNH VĂN PHÒNG",
                "Lê Thị Cúc"
            )]
        );
        let deputy = sig(Authority::Deputy, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "X");
        assert_eq!(p.presets_for(&deputy).len(), 1);
        assert_eq!(p.presets_for(&deputy)[0].on_behalf_of, "TRƯỞNG BAN");
    }

    #[test]
    fn apply_keeps_the_templates_signing_capacity() {
        let p = Profile::example();
        let mut doc = crate::templates::sample().expect("sample");
        doc.signature = sig(Authority::OnBehalf, "BAN CHẤP HÀNH", "BÍ THƯ", "Tên ví dụ");
        p.apply_to(&mut doc);
        assert_eq!(
            doc.signature,
            sig(
                Authority::OnBehalf,
                "BAN CHẤP HÀNH",
                "BÍ THƯ",
                "Nguyễn Văn An"
            )
        );
        // The same title is preferred: a deputy's template gets the deputy.
        doc.signature = sig(Authority::OnBehalf, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "X");
        p.apply_to(&mut doc);
        assert_eq!(doc.signature.name, "Trần Thị Bình");
        // No office signer in the profile: the example name goes, the capacity stays.
        let mut leaders = p.clone();
        leaders.signers.truncate(2);
        doc.signature = sig(
            Authority::Delegated,
            "BAN THƯỜNG VỤ",
            "CHÁNH VĂN PHÒNG",
            "X",
        );
        leaders.apply_to(&mut doc);
        assert_eq!(
            doc.signature,
            sig(Authority::Delegated, "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "")
        );
    }

    #[test]
    fn old_profiles_load_without_a_term() {
        let old = r#"(upper: [], issuer: "THÀNH ỦY HẠ LONG", symbol: "TU", place: "Hạ Long",
            archive: "VPTU", recipients: [], signers: [], rules: "dang-hd05-2026")"#;
        let p: Profile = ron::from_str(old).expect("old profile");
        assert_eq!(p.term, "");
        assert_eq!(p.issuer, "THÀNH ỦY HẠ LONG");
        assert_eq!(p.signature_image, None);
        assert_eq!(p.seal_diameter_mm, None);
    }

    #[test]
    fn a_letter_keeps_nhu_tren_before_the_usual_recipients() {
        let profile = Profile::example();
        assert!(!profile.recipients.is_empty());
        let doc = crate::templates::find("cong-van")
            .and_then(|t| t.new_draft_for(crate::model::DocDate::ymd(2026, 12, 4), &profile))
            .expect("công văn template");
        assert_eq!(doc.recipients[0].name, "Như trên");
        assert_eq!(doc.recipients[1..], profile.recipients[..]);
    }
}
