//! Where a task stands against its deadline.

use crate::model::DocDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The deadline is past.
    Overdue,
    /// The deadline is today or later.
    InTime,
    /// No deadline was set.
    NoDeadline,
}

impl Status {
    /// As of `today`. A deadline without a day runs to the end of its month ("tháng
    /// 12/2026": until 31/12/2026), one without a month to the end of its year.
    pub fn of(deadline: Option<&DocDate>, today: &DocDate) -> Status {
        match deadline {
            None => Status::NoDeadline,
            Some(d) if d.latest() < today.latest() => Status::Overdue,
            Some(_) => Status::InTime,
        }
    }

    /// "Quá hạn", "Trong hạn", "Chưa có thời hạn".
    pub fn label(self) -> &'static str {
        match self {
            Status::Overdue => "Quá hạn",
            Status::InTime => "Trong hạn",
            Status::NoDeadline => "Chưa có thời hạn",
        }
    }
}
