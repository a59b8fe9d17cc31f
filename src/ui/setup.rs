//! Before the start: the pair types their names, so the screen can say who
//! organizes and who is the constituent in each round.

use eframe::egui::{self, RichText};

use super::{Action, Screen};
use crate::session::Intent;

/// The longest name a field takes.
pub const MAX_NAME_CHARS: usize = 40;

/// Draws one name field per participant and a big Start hint.
pub fn show(ui: &mut egui::Ui, screen: &Screen, drafts: &mut [String], actions: &mut Vec<Action>) {
    let sizes = screen.sizes;
    let plan = screen.session.plan();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new("Who is practising?")
                .size(sizes.body)
                .color(screen.palette.muted),
        );
        for (i, (participant, draft)) in plan.participants.iter().zip(drafts.iter_mut()).enumerate()
        {
            let label =
                ui.label(RichText::new(format!("Name for {}", participant.name)).size(sizes.small));
            let field = ui.add(
                egui::TextEdit::singleline(draft)
                    .hint_text(&participant.name)
                    // A name, not a paragraph: the roles line must still fit the screen.
                    .char_limit(MAX_NAME_CHARS)
                    .font(egui::FontId::proportional(sizes.body))
                    .desired_width(sizes.body * 8.0),
            );
            let field = field.labelled_by(label.id);
            if field.changed() {
                actions.push(Action::Session(Intent::Rename {
                    participant: i,
                    name: draft.clone(),
                }));
            }
        }
    });
}
