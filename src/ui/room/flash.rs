//! The hand-over flash: a headline the whole room notices, for a moment.
//! It is an opaque band across the middle, so the headline never mixes
//! with the prompts behind it; the clock above and the agenda bar below
//! stay in view.

use eframe::egui::{self, LayerId, Order};

use crate::room::FlashView;
use crate::ui::{Screen, theme};

/// Paints the flash over the room drawn in `ui`.
pub fn show(ui: &egui::Ui, screen: &Screen, flash: &FlashView) {
    let (palette, sizes) = (screen.palette, screen.sizes);
    let area = ui.max_rect();
    let layer = LayerId::new(Order::Foreground, ui.scope_id().with("hand-over flash"));
    let painter = ui.ctx().layer_painter(layer).with_clip_rect(area);
    let width = area.width() * 0.92;
    let headline = painter.layout(
        flash.headline.clone(),
        theme::bold(sizes.heading * 1.8),
        palette.accent,
        width,
    );
    let detail = painter.layout(
        flash.detail.clone(),
        egui::FontId::proportional(sizes.heading * 0.8),
        palette.text,
        width,
    );
    let gap = sizes.heading * 0.4;
    let height = headline.size().y + gap + detail.size().y + sizes.heading * 1.2;
    let band = egui::Rect::from_center_size(
        area.center(),
        egui::vec2(area.width(), height.min(area.height())),
    );
    painter.rect_filled(band, 0.0, palette.background);
    let rule = sizes.small * 0.3;
    for edge in [band.top(), band.bottom()] {
        painter.hline(
            band.x_range(),
            edge,
            egui::Stroke::new(rule, palette.accent),
        );
    }
    let top = band.center().y - (headline.size().y + gap + detail.size().y) / 2.0;
    let headline_size = headline.size();
    painter.galley(
        egui::pos2(band.center().x - headline_size.x / 2.0, top),
        headline,
        palette.accent,
    );
    painter.galley(
        egui::pos2(
            band.center().x - detail.size().x / 2.0,
            top + headline_size.y + gap,
        ),
        detail,
        palette.text,
    );
    // Read out as well as shown: an area over the band that takes no input.
    let text = format!("{}\n{}", flash.headline, flash.detail);
    egui::Area::new(layer.id)
        .order(Order::Foreground)
        .fixed_pos(band.min)
        .interactable(false)
        .show(ui.ctx(), |ui| {
            let (_, response) = ui.allocate_exact_size(band.size(), egui::Sense::hover());
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
        });
}
