//! The organisation profile: set once, used to fill every new draft (issuer, place,
//! the "Lưu" office, usual recipients, signers, rule set).

use super::{read_ron_file, write_ron_file};
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
    pub signers: Vec<Signature>,
    pub rules: String,
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
                },
                Signature {
                    authority: Authority::OnBehalf,
                    on_behalf_of: "BAN THƯỜNG VỤ".into(),
                    title: "PHÓ BÍ THƯ".into(),
                    name: "Trần Thị Bình".into(),
                },
            ],
            rules: crate::rules::DEFAULT_ID.into(),
        }
    }

    /// Fills a new draft with the organisation's data.
    pub fn apply_to(&self, doc: &mut Document) {
        doc.issuer.upper = self.upper.clone();
        doc.issuer.name = self.issuer.clone();
        doc.issuer.symbol = self.symbol.clone();
        doc.place = self.place.clone();
        doc.archive = self.archive.clone();
        if !self.recipients.is_empty() {
            doc.recipients = self.recipients.clone();
        }
        if let Some(first) = self.signers.first() {
            let authority = doc.signature.authority;
            doc.signature = first.clone();
            // The template knows whether a collective or the office signs.
            if authority == Authority::Delegated {
                doc.signature.authority = authority;
            }
        }
    }
}

/// The saved profile, or `None` on first run.
pub fn load(config_dir: &Path) -> Result<Option<Profile>, Error> {
    let path = config_dir.join(FILE);
    if !path.exists() {
        return Ok(None);
    }
    read_ron_file(&path).map(Some)
}

pub fn save(config_dir: &Path, profile: &Profile) -> Result<(), Error> {
    std::fs::create_dir_all(config_dir).map_err(|e| Error::write(config_dir, e))?;
    write_ron_file(&config_dir.join(FILE), profile)
}
