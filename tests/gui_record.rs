//! The record workspace (biên bản) under egui_kittest: the speaker picker, Ctrl+Enter to
//! the next speaker with the time noted, the vote counter, task warnings, undo, and the
//! short autosave.

mod common;
mod gui_env;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use gui_env::{harness, type_frames, Env, H};
use vanban::app::picker::ScriptedPicker;
use vanban::app::{App, RecordField, Step};
use vanban::model::{AgendaItem, Conference, DocKind, Document, Member, Presence, Task};
use vanban::ui::focus::record_id;

/// A BIÊN BẢN draft with a roll call of four (one absent), a guest and one agenda item.
fn bien_ban() -> Document {
    let mut doc = vanban::templates::sample().expect("sample");
    doc.kind = DocKind::BienBan;
    doc.conference = Some(Conference {
        name: "Hội nghị lần thứ 8".into(),
        chair: "Vũ Văn Diện, Bí thư Thành ủy".into(),
        members: vec![
            Member::present("Vũ Văn Diện", "Bí thư Thành ủy"),
            Member::present("Lê Thu Hà", "Phó Bí thư Thường trực"),
            Member::present("Trần Minh Khoa", "Trưởng Ban Tổ chức"),
            Member {
                presence: Presence::Absent("đi công tác".into()),
                ..Member::present("Đỗ Hải Yến", "Ủy viên")
            },
        ],
        guests: vec!["Phạm Quốc Bảo, Phó Trưởng Ban Tổ chức Tỉnh ủy".into()],
        agenda: vec![AgendaItem {
            title: "Kết quả thực hiện nhiệm vụ năm 2026".into(),
            ..AgendaItem::default()
        }],
        ..Conference::default()
    });
    doc
}

fn app(env: &Env, doc: Document) -> App {
    App::new(doc, env.dirs(), Box::new(ScriptedPicker::default()))
}

fn record(h: &H) -> Conference {
    h.state().app.doc.conference.clone().expect("a record")
}

fn focused(h: &H) -> Option<egui::Id> {
    h.ctx.memory(|m| m.focused())
}

/// The picker of item 0 gets the keyboard; `letters` are typed and Enter picks.
fn pick(h: &mut H, letters: &str) {
    h.get_by_label("Người phát biểu").focus();
    h.run();
    type_frames(h, letters);
    h.key_press(Key::Enter);
    h.run();
    h.run();
}

#[test]
fn a_bien_ban_opens_in_its_record_workspace() {
    let env = Env::new();
    let mut h = harness(app(&env, bien_ban()));
    h.run();
    assert_eq!(h.state().app.step, Step::Record);
    h.get_by_label_contains("Có mặt 3/4");
    // Any other draft reaches it from the keyboard, and gets a record on first edit.
    let mut h = harness(env.app_with(ScriptedPicker::default()));
    h.run();
    assert_eq!(h.state().app.step, Step::General);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run();
    assert_eq!(h.state().app.step, Step::Record);
    h.get_by_label("+ Thêm nội dung").click();
    h.run();
    h.run();
    type_frames(&mut h, "Công tác cán bộ");
    assert_eq!(
        record(&h).agenda.last().map(|i| i.title.as_str()),
        Some("Công tác cán bộ")
    );
}

#[test]
fn two_letters_and_enter_pick_the_speaker_and_ctrl_enter_calls_the_next() {
    let env = Env::new();
    let mut h = harness(app(&env, bien_ban()));
    h.run();
    pick(&mut h, "hà");
    let d = record(&h).agenda[0].discussion.clone();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].speaker, "Lê Thu Hà");
    assert!(
        d[0].at.is_some(),
        "the time is noted when the speaker is picked"
    );
    assert_eq!(
        focused(&h),
        Some(record_id(RecordField::Intervention(0, 0)))
    );
    type_frames(&mut h, "Đề nghị bổ sung chỉ tiêu chuyển đổi số.");

    // Ctrl+Enter: the intervention is done and the picker has the keyboard.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    h.run();
    assert_eq!(focused(&h), Some(record_id(RecordField::SpeakerPicker(0))));
    let d = record(&h).agenda[0].discussion.clone();
    assert_eq!(d[0].text.text, "Đề nghị bổ sung chỉ tiêu chuyển đổi số.");

    // A guest, found without tones; then the next intervention takes the typing.
    type_frames(&mut h, "ba");
    h.key_press(Key::Enter);
    h.run();
    h.run();
    type_frames(&mut h, "Thống nhất.");
    let d = record(&h).agenda[0].discussion.clone();
    assert_eq!(d.len(), 2);
    assert_eq!(d[1].speaker, "Phạm Quốc Bảo");
    assert!(d[1].at.is_some());
    assert_eq!(d[1].text.text, "Thống nhất.");
    // The absent member is not offered: "yến" finds nobody and is taken as typed.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    h.run();
    assert_eq!(focused(&h), Some(record_id(RecordField::SpeakerPicker(0))));
    type_frames(&mut h, "Yến");
    h.get_by_label_contains("Không có trong danh sách");
}

#[test]
fn the_vote_counter_prefills_voters_and_warns_when_overcounted() {
    let env = Env::new();
    let mut h = harness(app(&env, bien_ban()));
    h.run();
    h.get_by_label("+ Biểu quyết").click();
    h.run();
    h.run();
    let vote = record(&h).agenda[0].vote.expect("a vote");
    assert_eq!(vote.voters, 3, "those present");
    // The counter's "+" of tán thành has the keyboard: Space counts a hand.
    h.key_press(Key::Space);
    h.run();
    assert_eq!(record(&h).agenda[0].vote.map(|v| v.agree), Some(1));
    for _ in 0..2 {
        h.get_all_by_label("+")
            .next()
            .expect("+ of tán thành")
            .click();
        h.run();
    }
    h.get_all_by_label("+")
        .nth(2)
        .expect("+ of không biểu quyết")
        .click();
    h.run();
    let vote = record(&h).agenda[0].vote.expect("a vote");
    assert_eq!((vote.agree, vote.against, vote.abstain), (3, 0, 1));
    h.get_by_label_contains("Tổng số phiếu (4) vượt số đồng chí biểu quyết (3)");
    h.get_all_by_label("−")
        .nth(2)
        .expect("− of không biểu quyết")
        .click();
    h.run();
    h.get_by_label_contains("3/3 đồng chí có mặt tán thành (đạt 100%)");
}

#[test]
fn tasks_without_lead_or_deadline_are_flagged() {
    let env = Env::new();
    let mut doc = bien_ban();
    if let Some(c) = doc.conference.as_mut() {
        c.agenda[0].tasks = vec![
            Task {
                content: "Xây dựng kế hoạch chuyển đổi số".into(),
                lead: "Văn phòng Thành ủy".into(),
                ..Task::default()
            },
            Task {
                content: "Rà soát quy hoạch cán bộ".into(),
                deadline: Some(vanban::model::DocDate::ymd(2026, 12, 20)),
                ..Task::default()
            },
        ];
    }
    let mut h = harness(app(&env, doc));
    h.run();
    h.get_by_label("▲ chưa có thời hạn hoàn thành.");
    h.get_by_label("▲ chưa có cơ quan chủ trì.");
    assert!(h.get_all_by_label("ngày 20/12/2026").next().is_some());
    // The same problems in full at the top of the workspace.
    h.get_by_label_contains("nhiệm vụ 2 (“Rà soát quy hoạch cán bộ”): chưa có cơ quan chủ trì");
}

#[test]
fn record_edits_are_undone_and_mark_the_draft() {
    let env = Env::new();
    let mut h = harness(app(&env, bien_ban()));
    h.run();
    assert!(!h.state().app.is_dirty());
    pick(&mut h, "kh");
    type_frames(&mut h, "Ý kiến");
    assert!(h.state().app.is_dirty());
    assert_eq!(record(&h).agenda[0].discussion[0].text.text, "Ý kiến");
    // Ctrl+Z from outside the field: the typing, then the speaker.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(record(&h).agenda[0].discussion[0].text.text, "");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(record(&h).agenda[0].discussion.is_empty());
}

#[test]
fn the_record_is_kept_five_seconds_after_a_change_and_not_rewritten() {
    let env = Env::new();
    let mut a = app(&env, bien_ban());
    assert_eq!(a.step, Step::Record);
    assert_eq!(a.autosave_due(10.0), None, "nothing to keep");
    a.edit(vanban::app::EditKey::Once, 10.0, |d| {
        if let Some(c) = d.conference.as_mut() {
            c.place = "Hội trường Thành ủy".into();
        }
    });
    assert_eq!(a.autosave_due(12.0), Some(3.0));
    a.autosave_tick(12.0);
    let copy = vanban::store::recovery::read(&env.dirs().data).expect("read");
    assert!(copy.is_none(), "not before 5 s");
    a.autosave_tick(15.0);
    let copy = vanban::store::recovery::read(&env.dirs().data).expect("read");
    assert_eq!(
        copy.map(|r| r.document.conference.map(|c| c.place)),
        Some(Some("Hội trường Thành ủy".into()))
    );
    // Nothing changed since: nothing is due, so the idle editor sleeps.
    assert_eq!(a.autosave_due(100.0), None);
}

/// The fixture with what a conclusion needs: a chair's conclusion and a task.
fn concluded() -> Document {
    let mut doc = bien_ban();
    if let Some(c) = doc.conference.as_mut() {
        c.secretary = "Nguyễn Thị Hoa, Phó Chánh Văn phòng Thành ủy".into();
        c.agenda[0].conclusion = vec![vanban::model::Paragraph::plain(
            "Ban Chấp hành thống nhất đánh giá kết quả thực hiện nhiệm vụ năm 2026.",
        )];
    }
    doc
}

#[test]
fn the_minutes_follow_the_record_in_the_same_undo_step() {
    let env = Env::new();
    let mut h = harness(app(&env, bien_ban()));
    h.run();
    pick(&mut h, "hà");
    type_frames(&mut h, "Đề nghị bổ sung chỉ tiêu.");
    let body = format!("{:?}", h.state().app.doc.body);
    assert!(body.contains("Đề nghị bổ sung chỉ tiêu."), "{body}");
    assert!(body.contains("Lê Thu Hà"), "{body}");
}

#[test]
fn documents_are_written_from_the_record_or_refused_with_its_reason() {
    let env = Env::new();
    // No chair: refused, with the record's first error, and the draft stays.
    let mut doc = concluded();
    if let Some(c) = doc.conference.as_mut() {
        c.chair.clear();
    }
    let mut h = harness(app(&env, doc));
    h.run();
    h.get_by_label("Biên bản").click();
    h.run();
    h.get_by_label("Lập văn bản từ biên bản").click();
    h.run();
    h.get_by_label("Kết luận").click();
    h.run();
    match &h.state().app.dialog {
        Some(vanban::app::Dialog::Message { text, .. }) => {
            assert!(text.contains("Chưa ghi người chủ trì"), "{text}")
        }
        _ => panic!("a message"),
    }
    assert_eq!(h.state().app.doc.kind, DocKind::BienBan);

    // A complete record: the KẾT LUẬN opens as a new, unsaved draft.
    let mut h = harness(app(&env, concluded()));
    h.run();
    h.state_mut().ui.queue(vanban::app::Command::Derive(
        vanban::derive::Target::KetLuan,
    ));
    h.run();
    let app = &h.state().app;
    assert_eq!(app.doc.kind, DocKind::KetLuan);
    assert!(app.doc.derived_from.is_some());
    assert!(app.path.is_none() && app.is_dirty(), "new and unsaved");

    // The news item goes to the file the clerk names: plain text for .txt.
    let news = env.path("tin bài.txt");
    let mut a = self::app(&env, concluded());
    a.picker = Box::new(ScriptedPicker {
        queue: [news.clone()].into_iter().collect(),
        ..Default::default()
    });
    let mut h = harness(a);
    h.run();
    h.state_mut()
        .ui
        .queue(vanban::app::Command::Derive(vanban::derive::Target::TinBai));
    h.run();
    let text = std::fs::read_to_string(&news).expect("the news item");
    assert!(text.contains("Hội nghị lần thứ 8"), "{text}");
    assert!(!text.contains('<'), "plain text: {text}");
}

#[test]
fn a_record_being_kept_opens_at_the_next_speaker() {
    let env = Env::new();
    let fixture = std::path::Path::new("tests/fixtures/record/bien-ban-dang-hop.ron");
    let doc = vanban::store::load(fixture).expect("the e2e fixture loads");
    assert_eq!(doc.kind, DocKind::BienBan);
    let mut h = harness(app(&env, doc));
    h.run();
    h.run();
    assert_eq!(focused(&h), Some(record_id(RecordField::SpeakerPicker(1))));
    type_frames(&mut h, "hù");
    h.key_press(Key::Enter);
    h.run();
    h.run();
    let c = record(&h);
    assert_eq!(c.agenda[1].discussion[0].speaker, "Phạm Quốc Hùng");
    assert_eq!(
        focused(&h),
        Some(record_id(RecordField::Intervention(1, 0)))
    );
}
