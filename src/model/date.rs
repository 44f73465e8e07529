//! The document date, whose day (or day and month) may not be fixed yet in a draft.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocDate {
    pub year: u16,
    /// `None` while the month is not fixed: printed as a blank.
    #[serde(default)]
    pub month: Option<u8>,
    /// `None` while the day is not fixed: printed as a blank.
    #[serde(default)]
    pub day: Option<u8>,
}

impl DocDate {
    /// Days since 1970-01-01 → calendar date (Howard Hinnant's algorithm).
    pub fn from_days_since_1970(z: i64) -> DocDate {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as u16;
        Self::ymd(y, m, d)
    }

    pub fn ymd(year: u16, month: u8, day: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Whether the fixed parts form a real calendar date.
    pub fn is_valid(&self) -> bool {
        let month_ok = self.month.is_none_or(|m| (1..=12).contains(&m));
        let day_ok = match (self.day, self.month) {
            (Some(d), Some(m)) => d >= 1 && d <= days_in_month(self.year, m),
            (Some(d), None) => (1..=31).contains(&d),
            (None, _) => true,
        };
        month_ok && day_ok && self.year >= 1930
    }

    /// The latest day this date can stand for, as (y, m, d) for ordering: a draft
    /// dated "tháng 5 năm 2026" without a day will be signed at the latest on 31/5.
    pub fn latest(&self) -> (u16, u8, u8) {
        let m = self.month.unwrap_or(12);
        let d = self.day.unwrap_or_else(|| days_in_month(self.year, m));
        (self.year, m, d)
    }
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_and_latest() {
        assert!(DocDate::ymd(2024, 2, 29).is_valid());
        assert!(!DocDate::ymd(2023, 2, 29).is_valid());
        let open = DocDate {
            year: 2026,
            month: Some(5),
            day: None,
        };
        assert!(open.is_valid());
        assert_eq!(open.latest(), (2026, 5, 31));
    }
}
