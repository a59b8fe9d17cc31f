//! The do / don't table beside the prompts, while the trainer shows it.

use eframe::egui::{self, RichText};
use fluent::FluentValue;

use crate::i18n::{tr, tr_args};
use crate::ui::{Screen, theme};

/// The do / don't table, one pair a row.
pub fn show(ui: &mut egui::Ui, screen: &Screen) {
    let sizes = screen.sizes;
    let palette = screen.palette;
    ui.label(RichText::new(tr("room-do-dont")).font(theme::bold(sizes.heading * 0.8)));
    // No scrolling: the room cannot scroll, so the caller fits the type.
    ui.vertical(|ui| {
        for row in screen.room.do_dont.iter().flatten() {
            ui.add_space(sizes.small * 0.6);
            ui.label(
                RichText::new(tr_args(
                    "room-do",
                    &[("text", FluentValue::from(row.good.as_str()))],
                ))
                .size(sizes.small * 1.1)
                .color(palette.text),
            );
            ui.label(
                RichText::new(tr_args(
                    "room-dont",
                    &[("text", FluentValue::from(row.bad.as_str()))],
                ))
                .size(sizes.small * 1.1)
                .color(palette.muted),
            );
        }
    });
}
