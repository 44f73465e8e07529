//! Unit conversions between the rule set (mm, pt) and WordprocessingML (twips, half-points).

use crate::rules::LineRule;
use docx_rs::{LineSpacing, LineSpacingType};

pub fn half_points(pt: f32) -> usize {
    (pt * 2.0).round().max(1.0) as usize
}

pub fn pt_to_twips(pt: f32) -> u32 {
    (pt * 20.0).round().max(0.0) as u32
}

/// Line height per the rule set (Word counts "auto" lines in 240ths of a line).
pub fn line_spacing(rule: &LineRule) -> LineSpacing {
    match *rule {
        LineRule::Exact(pt) => LineSpacing::new()
            .line_rule(LineSpacingType::Exact)
            .line(pt_to_twips(pt) as i32),
        LineRule::AtLeast(pt) => LineSpacing::new()
            .line_rule(LineSpacingType::AtLeast)
            .line(pt_to_twips(pt) as i32),
        LineRule::Multiple(m) => LineSpacing::new()
            .line_rule(LineSpacingType::Auto)
            .line((m * 240.0).round() as i32),
    }
}
