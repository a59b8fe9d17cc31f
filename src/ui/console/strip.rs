//! The room's control strip, for one screen: the session's buttons and the
//! way to the console, shown over the bottom of the room only while the
//! mouse moves, as a video player shows its controls.

use eframe::egui::{self, Align2, Order};

use super::controls;
use crate::i18n::tr;
use crate::session::Phase;
use crate::ui::{Action, Screen};

/// Draws the strip over the bottom of the window and collects what was
/// clicked. It floats over the room, so showing it moves nothing.
pub fn show(ctx: &egui::Context, screen: &Screen, actions: &mut Vec<Action>) {
    let phase = screen.session.phase();
    let start_label = controls::start_label(phase);
    let margin = screen.sizes.small * 0.5;
    egui::Area::new(egui::Id::unique("room control strip"))
        .order(Order::Foreground)
        .anchor(Align2::CENTER_BOTTOM, egui::vec2(0.0, -margin))
        .show(ctx, |ui| {
            egui::Frame::NONE
                .fill(screen.palette.background)
                .stroke(egui::Stroke::new(1.0, screen.palette.muted))
                .corner_radius(margin)
                .inner_margin(egui::Margin::symmetric(
                    (margin * 2.0) as i8,
                    (margin * 0.8) as i8,
                ))
                .show(ui, |ui| {
                    ui.set_max_width(ctx.content_rect().width() - margin * 6.0);
                    ui.horizontal_wrapped(|ui| {
                        let session = controls::session_buttons(phase).into_iter().take(5);
                        let windows = [
                            (tr("console-strip-console"), Action::OpenConsole, true),
                            (tr("console-strip-next-screen"), Action::MoveRoom, true),
                            (
                                tr("console-strip-fullscreen"),
                                Action::ToggleFullscreen,
                                true,
                            ),
                        ];
                        for (label, action, enabled) in session.chain(windows) {
                            let strong = label == start_label && phase != Phase::Finished;
                            controls::button(
                                ui,
                                screen,
                                (&label, action, enabled),
                                strong,
                                actions,
                            );
                        }
                    });
                });
        });
}
