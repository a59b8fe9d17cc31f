//! The hand-over flash: a headline over everything, for a moment.

use eframe::egui::{self, Align2, Id, LayerId, Order};

use crate::room::FlashView;
use crate::ui::{Screen, theme};

/// Paints the hand-over flash over the whole window, fading out with its age.
pub fn show(ctx: &egui::Context, screen: &Screen, flash: &FlashView) {
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
