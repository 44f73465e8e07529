//! Commands of the record workspace (biên bản): the structural edits of the conference
//! record — members pasted in, agenda items added and moved, a speaker taking the floor,
//! a hand counted — applied in `App::apply` like every other command, so that undo, the
//! dirty mark and the keyboard's next place are handled once.

use super::command::{Caret, Field, Focus};
use super::{App, EditKey};
use crate::model::{
    AgendaItem, Clock, Conference, Document, Intervention, Member, Paragraph, Vote,
};

/// A column of the vote counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ballot {
    /// tán thành
    Agree,
    /// không tán thành
    Against,
    /// không biểu quyết
    Abstain,
}

impl Ballot {
    pub const ALL: [Ballot; 3] = [Ballot::Agree, Ballot::Against, Ballot::Abstain];

    pub fn label(self) -> &'static str {
        match self {
            Ballot::Agree => "Tán thành",
            Ballot::Against => "Không tán thành",
            Ballot::Abstain => "Không biểu quyết",
        }
    }

    pub fn of(self, vote: &mut Vote) -> &mut u32 {
        match self {
            Ballot::Agree => &mut vote.agree,
            Ballot::Against => &mut vote.against,
            Ballot::Abstain => &mut vote.abstain,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum RecordCommand {
    /// Lines pasted or typed as "Họ tên, chức vụ", one member per line.
    AddMembers(String),
    RemoveMember(usize),
    AddAgendaItem,
    RemoveAgendaItem(usize),
    MoveAgendaItem {
        from: usize,
        to: usize,
    },
    AddReport(usize),
    RemoveReport(usize, usize),
    /// A speaker takes the floor under an item: a new intervention, timed now.
    StartIntervention {
        item: usize,
        speaker: String,
    },
    RemoveIntervention(usize, usize),
    /// Ctrl+Enter in an intervention: it is done (committed), the picker is next.
    NextSpeaker {
        item: usize,
        intervention: usize,
    },
    /// A show of hands under an item, voters prefilled with the members present.
    AddVote(usize),
    RemoveVote(usize),
    /// The counter's + and −.
    Count {
        item: usize,
        ballot: Ballot,
        delta: i32,
    },
    AddConclusion(usize),
    RemoveConclusion(usize, usize),
    AddTask(usize),
    RemoveTask(usize, usize),
}

/// A field of the record workspace that a command gives the keyboard to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordField {
    AgendaTitle(usize),
    Report(usize, usize),
    /// The speaker picker under an item's discussion.
    SpeakerPicker(usize),
    Intervention(usize, usize),
    Conclusion(usize, usize),
    Task(usize, usize),
}

/// The record of `d`, made when the draft has none yet.
pub fn conference_mut(d: &mut Document) -> &mut Conference {
    d.conference.get_or_insert_with(Default::default)
}

/// The time of day now, in Việt Nam (UTC+7 all year, as `templates::today`).
pub fn clock_now() -> Clock {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let of_day = (secs + 7 * 3600) % 86_400;
    // Both parts are in range by construction.
    Clock::new((of_day / 3600) as u8, (of_day % 3600 / 60) as u8)
        .unwrap_or(Clock { hour: 0, minute: 0 })
}

/// Members out of lines "Họ tên, chức vụ" (a tab, as pasted from a spreadsheet, also
/// separates); blank lines skipped, "đồng chí" dropped, everything NFC and trimmed.
pub fn parse_members(text: &str) -> Vec<Member> {
    use crate::model::tidy::line;
    text.lines()
        .filter_map(|raw| {
            let raw = line(&raw.replace('\t', ", "));
            if raw.is_empty() {
                return None;
            }
            let name = line(&crate::model::record::name_of(&raw));
            let title = raw
                .split_once(',')
                .map(|(_, t)| line(t.trim_matches(|c: char| c == ',' || c.is_whitespace())))
                .unwrap_or_default();
            (!name.is_empty()).then(|| Member::present(name, title))
        })
        .collect()
}

impl App {
    /// Runs one command of the record workspace; returns where the keyboard goes next.
    pub(super) fn apply_record(&mut self, command: RecordCommand, now: f64) -> Option<Focus> {
        use RecordCommand as R;
        let focus = |f: RecordField| {
            Some(Focus {
                field: Field::Record(f),
                caret: Caret::End,
            })
        };
        let once = EditKey::Once;
        match command {
            R::AddMembers(text) => {
                let members = parse_members(&text);
                if members.is_empty() {
                    return None;
                }
                self.edit(once, now, |d| conference_mut(d).members.extend(members));
                None
            }
            R::RemoveMember(i) => {
                self.edit_list(now, |c| &mut c.members, i);
                None
            }
            R::AddAgendaItem => {
                self.edit(once, now, |d| {
                    conference_mut(d).agenda.push(AgendaItem::default())
                });
                focus(RecordField::AgendaTitle(
                    self.agenda_len().saturating_sub(1),
                ))
            }
            R::RemoveAgendaItem(i) => {
                self.edit_list(now, |c| &mut c.agenda, i);
                None
            }
            R::MoveAgendaItem { from, to } => {
                let n = self.agenda_len();
                if from >= n || to >= n {
                    return None;
                }
                self.edit(once, now, |d| {
                    let agenda = &mut conference_mut(d).agenda;
                    let item = agenda.remove(from);
                    agenda.insert(to, item);
                });
                focus(RecordField::AgendaTitle(to))
            }
            R::AddReport(item) => {
                let k = self.push_in(now, item, |i| &mut i.reports)?;
                focus(RecordField::Report(item, k))
            }
            R::RemoveReport(item, k) => self.remove_in(now, item, |i| &mut i.reports, k),
            R::StartIntervention { item, speaker } => {
                let at = Some(clock_now());
                let speaker = crate::model::tidy::line(&speaker);
                let mut added = None;
                self.edit(once, now, |d| {
                    if let Some(i) = item_mut(d, item) {
                        i.discussion.push(Intervention {
                            speaker,
                            at,
                            text: Paragraph::default(),
                        });
                        added = Some(i.discussion.len() - 1);
                    }
                });
                let k = added?;
                focus(RecordField::Intervention(item, k))
            }
            R::RemoveIntervention(item, k) => self.remove_in(now, item, |i| &mut i.discussion, k),
            R::NextSpeaker { item, intervention } => {
                self.edit(
                    EditKey::Field(format!("intervention{item}/{intervention}")),
                    now,
                    |d| {
                        if let Some(i) =
                            item_mut(d, item).and_then(|i| i.discussion.get_mut(intervention))
                        {
                            i.text.normalize();
                        }
                    },
                );
                focus(RecordField::SpeakerPicker(item))
            }
            R::AddVote(item) => {
                let c = self.doc.conference.clone().unwrap_or_default();
                let present = u32::try_from(c.present().count()).unwrap_or(u32::MAX);
                // Without a roll call, the number of members the clerk gave.
                let voters = if present > 0 {
                    present
                } else {
                    c.expected.unwrap_or(0)
                };
                self.edit(once, now, |d| {
                    if let Some(i) = item_mut(d, item) {
                        i.vote.get_or_insert(Vote {
                            voters,
                            ..Vote::default()
                        });
                    }
                });
                None
            }
            R::RemoveVote(item) => {
                self.edit(once, now, |d| {
                    if let Some(i) = item_mut(d, item) {
                        i.vote = None;
                    }
                });
                None
            }
            R::Count {
                item,
                ballot,
                delta,
            } => {
                self.edit(once, now, |d| {
                    if let Some(v) = item_mut(d, item).and_then(|i| i.vote.as_mut()) {
                        let n = ballot.of(v);
                        *n = n.saturating_add_signed(delta);
                    }
                });
                None
            }
            R::AddConclusion(item) => {
                let k = self.push_in(now, item, |i| &mut i.conclusion)?;
                focus(RecordField::Conclusion(item, k))
            }
            R::RemoveConclusion(item, k) => self.remove_in(now, item, |i| &mut i.conclusion, k),
            R::AddTask(item) => {
                let k = self.push_in(now, item, |i| &mut i.tasks)?;
                focus(RecordField::Task(item, k))
            }
            R::RemoveTask(item, k) => self.remove_in(now, item, |i| &mut i.tasks, k),
        }
    }

    fn agenda_len(&self) -> usize {
        self.doc.conference.as_ref().map_or(0, |c| c.agenda.len())
    }

    /// Removes entry `i` of a list of the record, when there is one.
    fn edit_list<T>(&mut self, now: f64, list: fn(&mut Conference) -> &mut Vec<T>, i: usize) {
        self.edit(EditKey::Once, now, |d| {
            let v = list(conference_mut(d));
            if i < v.len() {
                v.remove(i);
            }
        });
    }

    /// Adds a default entry to a list of agenda item `item`; its index.
    fn push_in<T: Default>(
        &mut self,
        now: f64,
        item: usize,
        list: fn(&mut AgendaItem) -> &mut Vec<T>,
    ) -> Option<usize> {
        let mut at = None;
        self.edit(EditKey::Once, now, |d| {
            if let Some(i) = item_mut(d, item) {
                let v = list(i);
                v.push(T::default());
                at = Some(v.len() - 1);
            }
        });
        at
    }

    fn remove_in<T>(
        &mut self,
        now: f64,
        item: usize,
        list: fn(&mut AgendaItem) -> &mut Vec<T>,
        k: usize,
    ) -> Option<Focus> {
        self.edit(EditKey::Once, now, |d| {
            if let Some(i) = item_mut(d, item) {
                let v = list(i);
                if k < v.len() {
                    v.remove(k);
                }
            }
        });
        None
    }

    /// After every edit of the record (inside the same undo step): a BIÊN BẢN draft's
    /// subject, body, closing and signatures are a view of its record.
    pub(super) fn record_changed(&mut self) {
        crate::derive::refresh_minutes(&mut self.doc);
    }
}

/// Agenda item `i` of the record, when there is one.
pub fn item_mut(d: &mut Document, i: usize) -> Option<&mut AgendaItem> {
    d.conference.as_mut()?.agenda.get_mut(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_from_pasted_lines() {
        let m = parse_members(
            "Vũ Văn Diện, Bí thư Thành ủy\n\n  đồng chí Lê Thu Hà ,  Phó Bí thư\nTrần Minh Khoa\tỦy viên\nNguyễn An",
        );
        let got: Vec<(&str, &str)> = m
            .iter()
            .map(|m| (m.name.as_str(), m.title.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Vũ Văn Diện", "Bí thư Thành ủy"),
                ("Lê Thu Hà", "Phó Bí thư"),
                ("Trần Minh Khoa", "Ủy viên"),
                ("Nguyễn An", ""),
            ]
        );
    }

    #[test]
    fn the_clock_is_a_time_of_day() {
        let c = clock_now();
        assert!(c.hour < 24 && c.minute < 60);
    }
}
