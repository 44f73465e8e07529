//! The conference record (biên bản): who met, what was heard, said, voted and concluded,
//! and the tasks the conclusions assign. One record feeds the minutes, the KẾT LUẬN or
//! NGHỊ QUYẾT, the THÔNG BÁO KẾT LUẬN, the news item and the follow-up table, so the
//! clerk types each fact once.
//!
//! The record lives in [`Conference`](super::Conference), which older drafts already
//! carry with its first facts (name, date, place, chair, attendee groups, reports); every
//! field added here has a default, so those drafts still load.

use super::date::DocDate;
use super::names::strip_prefix_ci;
use super::text::Paragraph;
use serde::{Deserialize, Serialize};

/// A time of day, as the minutes print it: "8 giờ 00 phút".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Clock {
    pub hour: u8,
    pub minute: u8,
}

impl Clock {
    pub fn new(hour: u8, minute: u8) -> Option<Clock> {
        (hour < 24 && minute < 60).then_some(Clock { hour, minute })
    }

    /// "8 giờ 00 phút" — the hour without a leading zero, the minutes with two digits.
    pub fn printed(self) -> String {
        format!("{} giờ {:02} phút", self.hour, self.minute)
    }

    /// "8:30", "08:30", "8h30", "8 giờ 30", "8 giờ 30 phút", "14h": what a clerk types.
    pub fn parse(s: &str) -> Option<Clock> {
        let s = s.trim().to_lowercase();
        let s = s.strip_suffix("phút").unwrap_or(&s).trim();
        let (h, m) = ["giờ", ":", "h", "g"]
            .iter()
            .find_map(|sep| s.split_once(sep))
            .unwrap_or((s, ""));
        let hour = h.trim().parse().ok()?;
        let m = m.trim();
        let minute = if m.is_empty() { 0 } else { m.parse().ok()? };
        Clock::new(hour, minute)
    }
}

/// Whether a member of the body is at the conference.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Presence {
    #[default]
    Present,
    /// Absent; the reason as the minutes give it ("đi công tác"), empty when none was given.
    Absent(String),
}

/// A member of the body that meets, on the roll call.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// Full name, without "đồng chí".
    pub name: String,
    /// Position, as the minutes name it after the name: "Phó Bí thư Thường trực Thành ủy".
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub presence: Presence,
}

impl Member {
    pub fn present(name: impl Into<String>, title: impl Into<String>) -> Member {
        Member {
            name: name.into(),
            title: title.into(),
            presence: Presence::Present,
        }
    }

    pub fn is_present(&self) -> bool {
        self.presence == Presence::Present
    }
}

/// A report, tờ trình or draft presented under an agenda item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportHeard {
    /// "Báo cáo kết quả thực hiện nhiệm vụ năm 2026, phương hướng, nhiệm vụ năm 2027".
    pub title: String,
    /// Who presented it: a name on the roll call, or a name with position.
    #[serde(default)]
    pub presenter: String,
}

/// What one speaker said, as the minute-taker summarised it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Intervention {
    /// A name on the roll call or a guest, without "đồng chí".
    pub speaker: String,
    /// When the speaker took the floor, noted by the editor.
    #[serde(default)]
    pub at: Option<Clock>,
    /// The summary, with its emphasis.
    #[serde(default)]
    pub text: Paragraph,
}

/// A show of hands: how many voted, and how.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    /// Members voting (those present with the right to vote).
    pub voters: u32,
    pub agree: u32,
    #[serde(default)]
    pub against: u32,
    #[serde(default)]
    pub abstain: u32,
}

impl Vote {
    /// "40/40 đồng chí có mặt tán thành (đạt 100%)" — the form the minutes and the
    /// conclusions use; the percentage to one decimal, without a trailing ",0".
    pub fn printed(&self) -> String {
        let mut s = format!("{}/{} đồng chí có mặt tán thành", self.agree, self.voters);
        if self.voters > 0 {
            s.push_str(&format!(" (đạt {})", percent(self.agree, self.voters)));
        }
        if self.against > 0 {
            s.push_str(&format!(", {} đồng chí không tán thành", self.against));
        }
        if self.abstain > 0 {
            s.push_str(&format!(", {} đồng chí không biểu quyết", self.abstain));
        }
        s
    }

    /// More votes than voters: the counter went wrong.
    pub fn overcounted(&self) -> bool {
        self.agree + self.against + self.abstain > self.voters
    }
}

/// "97,5%" — Vietnamese decimal comma, one decimal, none when whole.
fn percent(part: u32, whole: u32) -> String {
    let tenths = (u64::from(part) * 1000 + u64::from(whole) / 2) / u64::from(whole);
    if tenths % 10 == 0 {
        format!("{}%", tenths / 10)
    } else {
        format!("{},{}%", tenths / 10, tenths % 10)
    }
}

/// A task a conclusion assigns, followed up until done.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    /// What is to be done: "xây dựng Kế hoạch thực hiện Nghị quyết …".
    pub content: String,
    /// The body that leads it (chủ trì): "Ban Tuyên giáo và Dân vận Thành ủy".
    #[serde(default)]
    pub lead: String,
    /// The bodies that co-operate (phối hợp).
    #[serde(default)]
    pub cooperating: Vec<String>,
    #[serde(default)]
    pub deadline: Option<DocDate>,
}

/// One item of the agenda, from the reports to the chair's conclusion.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    /// "Kết quả thực hiện nhiệm vụ năm 2026, phương hướng, nhiệm vụ năm 2027".
    pub title: String,
    #[serde(default)]
    pub reports: Vec<ReportHeard>,
    #[serde(default)]
    pub discussion: Vec<Intervention>,
    #[serde(default)]
    pub vote: Option<Vote>,
    /// The chair's conclusion on the item, paragraph by paragraph.
    #[serde(default)]
    pub conclusion: Vec<Paragraph>,
    #[serde(default)]
    pub tasks: Vec<Task>,
    /// Not for publication: the news item leaves the whole item out.
    #[serde(default)]
    pub internal: bool,
}

/// How bad a problem of the record is: an error stops what needs the fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A problem of the record, in the clerk's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub message: String,
    /// The task it is about, (agenda item, task) counted from 0, with what is wrong
    /// without the place ("chưa có thời hạn hoàn thành."), for a table that shows the place.
    pub task: Option<TaskProblem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskProblem {
    pub item: usize,
    pub task: usize,
    pub what: String,
}

impl Problem {
    fn error(message: String) -> Problem {
        Problem {
            severity: Severity::Error,
            message,
            task: None,
        }
    }

    fn warning(message: String) -> Problem {
        Problem {
            severity: Severity::Warning,
            message,
            task: None,
        }
    }

    /// A problem of task `task` of item `item` (from 0): "Nội dung 1, nhiệm vụ 2 (“…”):
    /// chưa có thời hạn hoàn thành."
    fn of_task(severity: Severity, item: usize, task: usize, content: &str, what: &str) -> Problem {
        let (n, k) = (item + 1, task + 1);
        let message = match content.trim() {
            "" => format!("Nội dung {n}, nhiệm vụ {k}: {what}"),
            c => format!("Nội dung {n}, nhiệm vụ {k} (“{}”): {what}", short(c)),
        };
        Problem {
            severity,
            message,
            task: Some(TaskProblem {
                item,
                task,
                what: what.to_owned(),
            }),
        }
    }
}

/// A person's name out of "Vũ Văn Diện, Bí thư Thành ủy" or "đồng chí Vũ Văn Diện": the
/// part before the first comma, without "đồng chí".
pub fn name_of(person: &str) -> String {
    let head = person.split(',').next().unwrap_or("").trim();
    ["đồng chí", "đ/c"]
        .iter()
        .find_map(|lead| strip_prefix_ci(head, lead))
        .unwrap_or(head)
        .trim()
        .to_owned()
}

/// "ngày 20/12/2026" for a deadline (day given) or "tháng 12/2026".
pub fn deadline_text(d: &DocDate) -> String {
    match (d.day, d.month) {
        (Some(day), Some(m)) => format!("ngày {day:02}/{m:02}/{}", d.year),
        (None, Some(m)) => format!("tháng {m:02}/{}", d.year),
        _ => format!("năm {}", d.year),
    }
}

impl super::Conference {
    /// The chair's name, for the signature and the roll call.
    pub fn chair_name(&self) -> String {
        name_of(&self.chair)
    }

    /// The minute-taker's name.
    pub fn secretary_name(&self) -> String {
        name_of(&self.secretary)
    }

    pub fn present(&self) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(|m| m.is_present())
    }

    pub fn absent(&self) -> impl Iterator<Item = (&Member, &str)> {
        self.members.iter().filter_map(|m| match &m.presence {
            Presence::Absent(reason) => Some((m, reason.as_str())),
            Presence::Present => None,
        })
    }

    /// Members of the body: the number the clerk gives, else the roll call's length.
    pub fn expected_count(&self) -> u32 {
        self.expected
            .unwrap_or(u32::try_from(self.members.len()).unwrap_or(u32::MAX))
    }

    /// A speaker as the minutes name them: "đồng chí Lê Thu Hà, Phó Bí thư Thường trực
    /// Thành ủy" when the roll call knows the position, else the name as typed.
    pub fn speaker_text(&self, speaker: &str) -> String {
        let name = name_of(speaker);
        match self.members.iter().find(|m| m.name.trim() == name) {
            Some(m) if !m.title.trim().is_empty() && !speaker.contains(',') => {
                format!("đồng chí {}, {}", m.name.trim(), m.title.trim())
            }
            _ => {
                let typed = speaker.trim();
                let name = strip_prefix_ci(typed, "đồng chí").unwrap_or(typed);
                format!("đồng chí {}", name.trim())
            }
        }
    }

    /// Every task of the record, with the agenda item it belongs to.
    pub fn tasks(&self) -> impl Iterator<Item = (&AgendaItem, &Task)> {
        self.agenda
            .iter()
            .flat_map(|item| item.tasks.iter().map(move |t| (item, t)))
    }

    /// What is missing or contradictory, in the clerk's words. Errors stop the minutes
    /// and the documents derived from the record; warnings are shown and followed up.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.agenda.iter().all(|i| i.title.trim().is_empty()) {
            out.push(Problem::error(
                "Bản ghi hội nghị chưa có nội dung nào trong chương trình: thêm ít nhất một nội dung (báo cáo được nghe, kết luận của chủ trì).".into(),
            ));
        }
        let chair = self.chair_name();
        if chair.is_empty() {
            out.push(Problem::error(
                "Chưa ghi người chủ trì hội nghị: biên bản và văn bản kết luận cần tên người chủ trì.".into(),
            ));
        } else if let Some((_, reason)) = self.absent().find(|(m, _)| m.name.trim() == chair) {
            let why = if reason.trim().is_empty() {
                String::new()
            } else {
                format!(" ({})", reason.trim())
            };
            out.push(Problem::error(format!(
                "Đồng chí {chair} được ghi là chủ trì nhưng lại vắng mặt{why}: sửa người chủ trì hoặc danh sách có mặt."
            )));
        }
        if self.secretary_name().is_empty() {
            out.push(Problem::warning(
                "Chưa ghi người ghi biên bản: biên bản cần chữ ký của người ghi.".into(),
            ));
        }
        let present = u32::try_from(self.present().count()).unwrap_or(u32::MAX);
        if let Some(expected) = self.expected {
            if present > expected {
                out.push(Problem::error(format!(
                    "Có mặt {present} đồng chí nhưng tổng số chỉ {expected}: kiểm tra lại danh sách."
                )));
            }
        }
        for (i, item) in self.agenda.iter().enumerate() {
            let n = i + 1;
            if let Some(v) = &item.vote {
                if v.overcounted() {
                    out.push(Problem::error(format!(
                        "Nội dung {n}: số phiếu ({} tán thành, {} không tán thành, {} không biểu quyết) vượt số đồng chí biểu quyết ({}).",
                        v.agree, v.against, v.abstain, v.voters
                    )));
                }
            }
            for (k, t) in item.tasks.iter().enumerate() {
                let at = |severity, what| Problem::of_task(severity, i, k, &t.content, what);
                if t.content.trim().is_empty() {
                    out.push(at(Severity::Error, "chưa ghi nhiệm vụ là gì."));
                    continue;
                }
                if t.lead.trim().is_empty() {
                    out.push(at(Severity::Warning, "chưa có cơ quan chủ trì."));
                }
                if t.deadline.is_none() {
                    out.push(at(Severity::Warning, "chưa có thời hạn hoàn thành."));
                }
            }
        }
        if let Some(v) = &self.adoption {
            if v.overcounted() {
                out.push(Problem::error(format!(
                    "Thông qua biên bản: số phiếu vượt số đồng chí biểu quyết ({}).",
                    v.voters
                )));
            }
        }
        out
    }

    /// The first error, for a command that cannot go on without the fact.
    pub fn first_error(&self) -> Option<String> {
        self.problems()
            .into_iter()
            .find(|p| p.severity == Severity::Error)
            .map(|p| p.message)
    }
}

/// The first words of a long text, for a message.
fn short(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(48) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Conference;

    #[test]
    fn clock_reads_what_a_clerk_types() {
        for (typed, h, m) in [
            ("8:30", 8, 30),
            ("08:05", 8, 5),
            ("14h", 14, 0),
            ("14h15", 14, 15),
            ("9 giờ 30 phút", 9, 30),
            ("9 giờ", 9, 0),
        ] {
            assert_eq!(Clock::parse(typed), Clock::new(h, m), "{typed}");
        }
        assert_eq!(Clock::parse("25:00"), None);
        assert_eq!(Clock::parse("tám giờ"), None);
        assert_eq!(
            Clock::new(8, 0).map(Clock::printed).as_deref(),
            Some("8 giờ 00 phút")
        );
    }

    #[test]
    fn vote_in_the_minutes_form() {
        let v = Vote {
            voters: 40,
            agree: 39,
            against: 0,
            abstain: 1,
        };
        assert_eq!(
            v.printed(),
            "39/40 đồng chí có mặt tán thành (đạt 97,5%), 1 đồng chí không biểu quyết"
        );
        let all = Vote {
            voters: 12,
            agree: 12,
            ..Vote::default()
        };
        assert_eq!(all.printed(), "12/12 đồng chí có mặt tán thành (đạt 100%)");
    }

    #[test]
    fn problems_name_what_is_missing() {
        let empty = Conference::default();
        let p = empty.problems();
        assert!(p
            .iter()
            .any(|p| p.severity == Severity::Error && p.message.contains("chưa có nội dung")));
        assert!(p.iter().any(|p| p.message.contains("người chủ trì")));

        let c = Conference {
            chair: "Trần Minh Khoa, Bí thư Thành ủy".into(),
            members: vec![Member {
                name: "Trần Minh Khoa".into(),
                title: "Bí thư Thành ủy".into(),
                presence: Presence::Absent("đi công tác".into()),
            }],
            agenda: vec![AgendaItem {
                title: "Công tác quý IV".into(),
                tasks: vec![Task {
                    content: "Xây dựng kế hoạch".into(),
                    ..Task::default()
                }],
                ..AgendaItem::default()
            }],
            ..Conference::default()
        };
        let p = c.problems();
        assert!(
            p.iter()
                .any(|p| p.severity == Severity::Error
                    && p.message.contains("vắng mặt (đi công tác)"))
        );
        assert!(p
            .iter()
            .any(|p| p.severity == Severity::Warning
                && p.message.contains("chưa có cơ quan chủ trì")));
        assert!(p
            .iter()
            .any(|p| p.severity == Severity::Warning && p.message.contains("chưa có thời hạn")));
    }

    #[test]
    fn names_without_positions_or_dong_chi() {
        assert_eq!(name_of("Vũ Văn Diện, Bí thư Thành ủy"), "Vũ Văn Diện");
        assert_eq!(name_of("đồng chí Lê Thu Hà"), "Lê Thu Hà");
        assert_eq!(name_of("Đồng chí Lê Thu Hà, Phó Bí thư"), "Lê Thu Hà");
    }
}
