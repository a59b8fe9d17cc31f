//! How far the pairs got, at the last step: one bar per act with "9 of 12
//! pairs", from the phones' tally. Words beside every bar, so the counts
//! read without the bars and from the back row.

use eframe::egui::{self, RichText, Sense};

use crate::room::tally::RoundTally;
use crate::ui::{Screen, theme};

/// Draws the tally of `round` under the step's prompts.
pub fn show(ui: &mut egui::Ui, screen: &Screen, round: &RoundTally) {
    let (sizes, palette) = (screen.sizes, screen.palette);
    ui.label(RichText::new(round.heading()).font(theme::bold(sizes.body)));
    let lines = round.lines();
    let bar_width = (ui.available_width() * 0.3).max(40.0);
    let height = sizes.body * 0.8;
    for (count, line) in round.reached.iter().zip(lines) {
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(bar_width, height), Sense::hover());
            let painter = ui.painter();
            painter.rect_filled(rect, height * 0.2, palette.track);
            let share = if round.voters == 0 {
                0.0
            } else {
                count.pairs as f32 / round.voters as f32
            };
            let mut filled = rect;
            filled.set_width(rect.width() * share.clamp(0.0, 1.0));
            painter.rect_filled(filled, height * 0.2, palette.accent);
            ui.label(RichText::new(line).size(sizes.body).color(palette.text));
        });
    }
}
