//! How an issuing body is named in running text, derived from the header's capitals:
//! "THÀNH ỦY HẠ LONG" is "Thành ủy" in a sentence, its place is a "thành phố", its
//! collectives are "Ban Chấp hành Đảng bộ thành phố" and "Ban Thường vụ Thành ủy"; the
//! upper line "ĐẢNG BỘ TỈNH QUẢNG NINH" makes "Tỉnh ủy" the committee above. Used by the
//! preamble helper, the templates' placeholders and the checker.

use super::{Collective, Issuer};

/// Committees named after their place level, as printed: a committee's own name stands
/// for its Ban Chấp hành ("T/M THÀNH ỦY").
pub const COMMITTEES: [&str; 6] = [
    "TỈNH ỦY",
    "THÀNH ỦY",
    "THỊ ỦY",
    "HUYỆN ỦY",
    "QUẬN ỦY",
    "ĐẢNG ỦY",
];

/// What cannot be known: printed for the clerk to fill in (the checker reports it).
pub const BLANK: &str = "…";

/// The running-text names of one issuing body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Names {
    /// The committee in a sentence: "Thành ủy", "Đảng ủy", "Tỉnh ủy".
    pub committee: String,
    /// The level of its place: "thành phố", "phường", "xã", "tỉnh"; [`BLANK`] if unknown.
    pub level: String,
    /// The body with its place: "Thành ủy Hạ Long", "Đảng ủy phường Hạ Long".
    pub full: String,
    /// The committee above it: "Tỉnh ủy"; [`BLANK`] if the upper line says nothing.
    pub upper: String,
}

/// (printed prefix, committee in running text, place level)
const LEVELS: [(&str, &str, &str); 5] = [
    ("TỈNH ỦY", "Tỉnh ủy", "tỉnh"),
    ("THÀNH ỦY", "Thành ủy", "thành phố"),
    ("THỊ ỦY", "Thị ủy", "thị xã"),
    ("HUYỆN ỦY", "Huyện ủy", "huyện"),
    ("QUẬN ỦY", "Quận ủy", "quận"),
];

/// Levels that follow "ĐẢNG ỦY" in the name of a grassroots committee.
const GRASSROOTS: [(&str, &str); 4] = [
    ("XÃ", "xã"),
    ("PHƯỜNG", "phường"),
    ("ĐẶC KHU", "đặc khu"),
    ("THỊ TRẤN", "thị trấn"),
];

/// The upper line's "ĐẢNG BỘ <LEVEL> …" and the committee it elects.
const UPPER: [(&str, &str); 4] = [
    ("TỈNH", "Tỉnh ủy"),
    ("THÀNH PHỐ", "Thành ủy"),
    ("HUYỆN", "Huyện ủy"),
    ("QUẬN", "Quận ủy"),
];

impl Names {
    pub fn of(issuer: &Issuer) -> Names {
        let name = canonical(&issuer.name);
        let (committee, level, rest) =
            if let Some((p, c, l)) = LEVELS.iter().find(|(p, _, _)| starts_with_word(&name, p)) {
                (c.to_string(), l.to_string(), name[p.len()..].trim())
            } else if starts_with_word(&name, "ĐẢNG ỦY") {
                let after = name["ĐẢNG ỦY".len()..].trim();
                match GRASSROOTS.iter().find(|(p, _)| starts_with_word(after, p)) {
                    Some((p, l)) => ("Đảng ủy".into(), l.to_string(), after[p.len()..].trim()),
                    None => ("Đảng ủy".into(), BLANK.into(), after),
                }
            } else {
                (sentence_case(&name), BLANK.into(), "")
            };
        let mut full = committee.clone();
        if committee == "Đảng ủy" && level != BLANK {
            full.push(' ');
            full.push_str(&level);
        }
        if !rest.is_empty() {
            full.push(' ');
            full.push_str(&title_case(rest));
        }
        let upper = issuer
            .upper
            .first()
            .map(|u| canonical(u))
            .and_then(|u| {
                let after = u.strip_prefix("ĐẢNG BỘ").map(str::trim)?;
                UPPER
                    .iter()
                    .find(|(p, _)| starts_with_word(after, p))
                    .map(|(_, c)| c.to_string())
            })
            .unwrap_or_else(|| BLANK.into());
        Names {
            committee,
            level,
            full,
            upper,
        }
    }

    /// The Party organisation the committee leads: "Đảng bộ thành phố", "Đảng bộ phường".
    pub fn party_organisation(&self) -> String {
        if self.level == BLANK {
            "Đảng bộ".into()
        } else {
            format!("Đảng bộ {}", self.level)
        }
    }

    /// A collective in running text: "Ban Chấp hành Đảng bộ thành phố", "Ban Thường vụ
    /// Thành ủy", "Thường trực Đảng ủy".
    pub fn collective(&self, c: Collective) -> String {
        match c {
            Collective::BanChapHanh => format!("Ban Chấp hành {}", self.party_organisation()),
            Collective::BanThuongVu => format!("Ban Thường vụ {}", self.committee),
            Collective::ThuongTruc => format!("Thường trực {}", self.committee),
        }
    }
}

/// Upper case, one space between words, "UỶ" spelt "ỦY".
fn canonical(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
        .replace("UỶ", "ỦY")
}

fn starts_with_word(s: &str, prefix: &str) -> bool {
    s.strip_prefix(prefix)
        .is_some_and(|r| r.is_empty() || r.starts_with(' '))
}

/// `s` without `prefix` (compared in lower case) when the prefix ends at a word boundary.
pub fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let n = prefix.chars().count();
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    let (head, rest) = s.split_at(end);
    (head.to_lowercase() == prefix.to_lowercase()
        && (rest.is_empty() || rest.starts_with([' ', ',', ':'])))
    .then_some(rest)
}

/// "HẠ LONG" → "Hạ Long".
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| capitalize(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "THÀNH ỦY" → "Thành ủy".
pub fn sentence_case(s: &str) -> String {
    capitalize(&s.trim().to_lowercase())
}

/// The first letter in upper case.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first letter in lower case.
pub fn decapitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issuer(upper: &[&str], name: &str) -> Issuer {
        Issuer {
            upper: upper.iter().map(|s| s.to_string()).collect(),
            name: name.into(),
            symbol: String::new(),
        }
    }

    #[test]
    fn city_committee() {
        let n = Names::of(&issuer(&["ĐẢNG BỘ TỈNH QUẢNG NINH"], "THÀNH ỦY HẠ LONG"));
        assert_eq!(n.committee, "Thành ủy");
        assert_eq!(n.level, "thành phố");
        assert_eq!(n.full, "Thành ủy Hạ Long");
        assert_eq!(n.upper, "Tỉnh ủy");
        assert_eq!(
            n.collective(Collective::BanChapHanh),
            "Ban Chấp hành Đảng bộ thành phố"
        );
        assert_eq!(
            n.collective(Collective::BanThuongVu),
            "Ban Thường vụ Thành ủy"
        );
    }

    #[test]
    fn ward_commune_and_province() {
        let n = Names::of(&issuer(
            &["ĐẢNG BỘ TỈNH QUẢNG NINH"],
            "ĐẢNG UỶ PHƯỜNG HẠ LONG",
        ));
        assert_eq!(
            (n.committee.as_str(), n.level.as_str(), n.full.as_str()),
            ("Đảng ủy", "phường", "Đảng ủy phường Hạ Long")
        );
        assert_eq!(
            n.collective(Collective::BanChapHanh),
            "Ban Chấp hành Đảng bộ phường"
        );
        assert_eq!(n.collective(Collective::ThuongTruc), "Thường trực Đảng ủy");
        let n = Names::of(&issuer(
            &["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"],
            "ĐẢNG ỦY XÃ AN LÃO",
        ));
        assert_eq!((n.level.as_str(), n.upper.as_str()), ("xã", "Thành ủy"));
        let n = Names::of(&issuer(&[], "TỈNH ỦY QUẢNG NINH"));
        assert_eq!(
            (n.committee.as_str(), n.level.as_str(), n.upper.as_str()),
            ("Tỉnh ủy", "tỉnh", BLANK)
        );
    }

    #[test]
    fn unknown_bodies_leave_blanks() {
        let n = Names::of(&issuer(&[], "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"));
        assert_eq!(n.committee, "Đảng ủy");
        assert_eq!(n.level, BLANK);
        assert_eq!(n.party_organisation(), "Đảng bộ");
        let n = Names::of(&issuer(&[], "CHI BỘ THÔN 3"));
        assert_eq!(n.committee, "Chi bộ thôn 3");
        assert_eq!(n.level, BLANK);
    }

    #[test]
    fn collective_from_the_signature_line() {
        assert_eq!(
            Collective::from_printed("BAN THƯỜNG VỤ"),
            Some(Collective::BanThuongVu)
        );
        assert_eq!(
            Collective::from_printed("Thành uỷ"),
            Some(Collective::BanChapHanh)
        );
        assert_eq!(
            Collective::from_printed("BAN CHẤP HÀNH"),
            Some(Collective::BanChapHanh)
        );
        assert_eq!(Collective::from_printed("TRƯỞNG BAN"), None);
    }
}
