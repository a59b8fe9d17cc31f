//! What appears over or beside the main view: the hand-over flash, the
//! shortcut help, the do / don't table, and a banner for problems.

use eframe::egui::{self, Align2, Color32, Id, LayerId, Order, RichText};

use super::{Screen, keymap, theme};
use crate::room::FlashView;

/// Paints the hand-over flash over the whole window, fading out with its age.
pub fn flash(ctx: &egui::Context, screen: &Screen, flash: &FlashView) {
    let (headline, detail) = (&flash.headline, &flash.detail);
    let fade = 1.0 - flash.age.clamp(0.0, 1.0);
    if fade <= 0.0 {
        return;
    }
    let palette = screen.palette;
    let sizes = screen.sizes;
    let rect = ctx.content_rect();
    let painter = ctx.layer_painter(LayerId::new(
        Order::Foreground,
        Id::unique("hand-over flash"),
    ));
    // A strong tint that fades, then a solid band that stays readable until the end.
    painter.rect_filled(rect, 0.0, palette.accent.gamma_multiply(0.55 * fade));
    let band_alpha = (fade * 3.0).min(1.0);
    let band = egui::Rect::from_center_size(
        rect.center(),
        egui::vec2(rect.width(), rect.height() * 0.36),
    );
    painter.rect_filled(
        band,
        0.0,
        palette.background.gamma_multiply(0.92 * band_alpha),
    );
    let text = palette.text.gamma_multiply(band_alpha);
    painter.text(
        band.center() - egui::vec2(0.0, sizes.heading * 0.9),
        Align2::CENTER_CENTER,
        headline,
        theme::bold(sizes.heading * 2.0),
        text,
    );
    let detail_galley = painter.layout(
        detail.to_string(),
        egui::FontId::proportional(sizes.heading * 0.8),
        text,
        band.width() * 0.9,
    );
    let detail_pos = egui::pos2(
        band.center().x - detail_galley.size().x / 2.0,
        band.center().y + sizes.heading * 0.4,
    );
    painter.galley(detail_pos, detail_galley, text);
}

/// Shows the keyboard shortcuts; returns whether the user asked to close them.
pub fn help(ctx: &egui::Context, screen: &Screen) -> bool {
    let sizes = screen.sizes;
    let modal = egui::Modal::new(Id::unique("shortcuts")).show(ctx, |ui| {
        ui.label(RichText::new("Keyboard shortcuts").font(theme::bold(sizes.heading)));
        ui.add_space(sizes.small);
        egui::Grid::new("shortcut grid")
            .num_columns(2)
            .spacing(egui::vec2(sizes.body, sizes.small * 0.4))
            .show(ui, |ui| {
                for binding in keymap::KEYMAP {
                    let (keys, what) = (binding.names, binding.what);
                    ui.label(RichText::new(keys).font(theme::bold(sizes.body)).color(screen.palette.accent));
                    ui.label(RichText::new(what).size(sizes.body));
                    ui.end_row();
                }
            });
        ui.add_space(sizes.small);
        ui.label(
            RichText::new("Shortcuts pause while you type in a name field; press Enter or click elsewhere to leave it.")
                .size(sizes.small)
                .color(screen.palette.muted),
        );
        ui.button(RichText::new("Close").size(sizes.body)).clicked()
    });
    modal.inner || modal.should_close()
}

/// The do / don't table, one pair a row.
pub fn do_dont(ui: &mut egui::Ui, screen: &Screen) {
    let sizes = screen.sizes;
    let palette = screen.palette;
    ui.label(RichText::new("Do / Don't").font(theme::bold(sizes.heading * 0.8)));
    egui::ScrollArea::vertical().show(ui, |ui| {
        for row in screen.room.do_dont.iter().flatten() {
            ui.add_space(sizes.small * 0.6);
            ui.label(
                RichText::new(format!("✓ Do: {}", row.good))
                    .size(sizes.small * 1.1)
                    .color(palette.text),
            );
            ui.label(
                RichText::new(format!("✗ Don't: {}", row.bad))
                    .size(sizes.small * 1.1)
                    .color(palette.muted),
            );
        }
    });
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
                        .button(RichText::new("Dismiss").size(screen.sizes.small))
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
    buttons: &[&str],
) -> Option<usize> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique(("question", id))).show(ctx, |ui| {
        ui.set_max_width(ctx.content_rect().width() * 0.7);
        ui.label(RichText::new(headline).font(theme::bold(screen.sizes.body)));
        ui.label(RichText::new(detail).size(screen.sizes.small));
        ui.horizontal_wrapped(|ui| {
            for (index, label) in buttons.iter().enumerate() {
                if ui.button(*label).clicked() {
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
