//! What appears over the window for the person at it: the shortcut help,
//! banners for problems, and questions that need an answer.

use eframe::egui::{self, Color32, Id, RichText};

use super::{Screen, keymap, theme};
use crate::i18n::tr;

/// Shows the keyboard shortcuts; returns whether the user asked to close them.
pub fn help(ctx: &egui::Context, screen: &Screen) -> bool {
    let sizes = screen.sizes;
    let modal = egui::Modal::new(Id::unique("shortcuts")).show(ctx, |ui| {
        ui.label(RichText::new(tr("console-help-heading")).font(theme::bold(sizes.heading)));
        ui.add_space(sizes.small);
        egui::Grid::new("shortcut grid")
            .num_columns(2)
            .spacing(egui::vec2(sizes.body, sizes.small * 0.4))
            .show(ui, |ui| {
                for binding in keymap::KEYMAP {
                    let (keys, what) = (binding.names(), binding.what());
                    ui.label(
                        RichText::new(keys)
                            .font(theme::bold(sizes.body))
                            .color(screen.palette.accent),
                    );
                    ui.label(RichText::new(what).size(sizes.body));
                    ui.end_row();
                }
            });
        ui.add_space(sizes.small);
        ui.label(
            RichText::new(tr("console-help-typing"))
                .size(sizes.small)
                .color(screen.palette.muted),
        );
        ui.button(RichText::new(tr("console-close")).size(sizes.body))
            .clicked()
    });
    modal.inner || modal.should_close()
}

/// A banner across the top of the window, in the warning colour, with a
/// Dismiss button; returns whether it was pressed.
pub fn notice(ui: &mut egui::Ui, text: &str, screen: &Screen) -> bool {
    banner(ui, "notice", text, screen, true)
}

/// A banner across the top that stays until what it reports is over, such
/// as unsaved text that cannot be copied to the recovery folder.
pub fn alarm(ui: &mut egui::Ui, text: &str, screen: &Screen) {
    banner(ui, "alarm", text, screen, false);
}

fn banner(ui: &mut egui::Ui, id: &str, text: &str, screen: &Screen, dismissable: bool) -> bool {
    let mut dismissed = false;
    egui::Panel::top(id)
        .frame(
            egui::Frame::NONE
                .fill(screen.palette.warning)
                .inner_margin(egui::Margin::same((screen.sizes.small * 0.6) as i8)),
        )
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(text)
                        .size(screen.sizes.small)
                        .color(Color32::BLACK),
                );
                if dismissable {
                    dismissed = ui
                        .button(RichText::new(tr("console-dismiss")).size(screen.sizes.small))
                        .clicked();
                }
            });
        });
    dismissed
}

/// A modal question with a headline, a line of detail and buttons; returns
/// the index of the button pressed. Esc or a click outside picks the last
/// button, which is always the one that changes nothing.
pub fn ask(
    ctx: &egui::Context,
    screen: &Screen,
    id: &str,
    headline: &str,
    detail: &str,
    buttons: &[String],
) -> Option<usize> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique(("question", id))).show(ctx, |ui| {
        ui.set_max_width(ctx.content_rect().width() * 0.7);
        ui.label(RichText::new(headline).font(theme::bold(screen.sizes.body)));
        ui.label(RichText::new(detail).size(screen.sizes.small));
        ui.horizontal_wrapped(|ui| {
            for (index, label) in buttons.iter().enumerate() {
                if ui.button(label.as_str()).clicked() {
                    answer = Some(index);
                }
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(buttons.len().saturating_sub(1));
    }
    answer
}
