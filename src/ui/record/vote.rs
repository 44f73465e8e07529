//! The vote counter of an agenda item: voters prefilled with the members present, + and −
//! for each way of voting, and a warning when the hands outnumber the voters.

use crate::app::record::item_mut;
use crate::app::{App, Ballot, Command, EditKey, RecordCommand};
use crate::model::Conference;
use crate::ui::UiState;
use egui::{RichText, Ui};

pub fn show(
    ui: &mut Ui,
    app: &mut App,
    state: &mut UiState,
    c: &Conference,
    item: usize,
    now: f64,
) {
    let queue = |state: &mut UiState, command| state.queue(Command::Record(command));
    let Some(vote) = c.agenda.get(item).and_then(|i| i.vote) else {
        if ui
            .button("+ Biểu quyết")
            .on_hover_text("Đếm biểu quyết; số đồng chí biểu quyết lấy theo số có mặt")
            .clicked()
        {
            queue(state, RecordCommand::AddVote(item));
            state.record.counter_focus = Some(item);
        }
        return;
    };
    ui.horizontal(|ui| {
        let l = ui.label("Số đồng chí biểu quyết").id;
        let mut voters = vote.voters;
        if ui
            .add(egui::DragValue::new(&mut voters).range(0..=1000))
            .labelled_by(l)
            .changed()
        {
            app.edit(EditKey::Field(format!("vote{item}")), now, |d| {
                if let Some(v) = item_mut(d, item).and_then(|i| i.vote.as_mut()) {
                    v.voters = voters;
                }
            });
        }
        if ui.small_button("Bỏ biểu quyết").clicked() {
            queue(state, RecordCommand::RemoveVote(item));
        }
    });
    egui::Grid::new(("vote", item))
        .num_columns(4)
        .show(ui, |ui| {
            for ballot in Ballot::ALL {
                let mut v = vote;
                ui.label(ballot.label());
                let n = *ballot.of(&mut v);
                if ui
                    .add_enabled(n > 0, egui::Button::new("−"))
                    .on_hover_text(format!("Bớt một: {}", ballot.label().to_lowercase()))
                    .clicked()
                {
                    queue(
                        state,
                        RecordCommand::Count {
                            item,
                            ballot,
                            delta: -1,
                        },
                    );
                }
                ui.label(RichText::new(n.to_string()).strong());
                let plus = ui
                    .button("+")
                    .on_hover_text(format!("Thêm một: {}", ballot.label().to_lowercase()));
                // Not in the grid's first, invisible sizing pass: focus given there is lost.
                let asked = state.record.counter_focus == Some(item) && !ui.is_sizing_pass();
                if ballot == Ballot::Agree && asked {
                    plus.request_focus();
                    plus.scroll_to_me(None);
                    state.record.counter_focus = None;
                }
                if plus.clicked() {
                    queue(
                        state,
                        RecordCommand::Count {
                            item,
                            ballot,
                            delta: 1,
                        },
                    );
                }
                ui.end_row();
            }
        });
    if vote.overcounted() {
        let sum = vote.agree + vote.against + vote.abstain;
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!(
                "▲ Tổng số phiếu ({sum}) vượt số đồng chí biểu quyết ({}): kiểm tra lại.",
                vote.voters
            ),
        );
    } else {
        ui.label(RichText::new(vote.printed()).italics());
    }
}
