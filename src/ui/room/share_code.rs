//! The corner of the room that tells phones where to go while the room is
//! shared: a QR code of the page's address, the address in short for those
//! who type it, and how many devices follow. It has a column of its own, so
//! it never covers the clock.

use eframe::egui::{self, Align, Color32, Layout, RichText, Sense};
use eframe::emath::GuiRounding as _;
use qrcode::{Color, QrCode};

use crate::i18n::{tr, tr_args};
use crate::share::Sharing;
use crate::ui::Screen;

/// What the corner shows, made once when sharing starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareCard {
    /// The page's address, as in the QR code.
    pub url: String,
    /// The same without the scheme, for typing: "192.168.1.20:8111".
    pub short: String,
    /// The code's modules, row by row; `true` is dark.
    modules: Vec<bool>,
    /// Modules per side.
    side: usize,
    /// Event streams open, as of the last update.
    pub viewers: usize,
}

/// Light modules around the code, which scanners need to find its edge.
const QUIET_ZONE: usize = 2;

impl ShareCard {
    /// The card for `sharing`'s first address.
    pub fn new(sharing: &Sharing) -> Self {
        let url = sharing.urls().into_iter().next().unwrap_or_default();
        Self::for_url(&url, sharing.viewers())
    }

    /// The card for `url`.
    pub fn for_url(url: &str, viewers: usize) -> Self {
        // An address is at most ~50 bytes; a QR code holds far more, so
        // this only fails for text no address can be.
        let (modules, side) = match QrCode::new(url.as_bytes()) {
            Ok(code) => (
                code.to_colors()
                    .into_iter()
                    .map(|colour| colour == Color::Dark)
                    .collect(),
                code.width(),
            ),
            Err(_) => (Vec::new(), 0),
        };
        Self {
            url: url.to_string(),
            short: url
                .trim_start_matches("http://")
                .trim_end_matches('/')
                .to_string(),
            modules,
            side,
            viewers,
        }
    }

    /// Whether the module at `row`, `column` is dark.
    pub fn is_dark(&self, row: usize, column: usize) -> bool {
        row < self.side && column < self.side && self.modules[row * self.side + column]
    }

    /// Modules per side, without the quiet zone.
    pub fn side(&self) -> usize {
        self.side
    }

    /// "3 following", or what to do when nobody is.
    pub fn following(&self) -> String {
        match self.viewers {
            0 => tr("room-share-scan"),
            1 => tr("room-share-one-device"),
            n => tr_args(
                "room-share-devices",
                &[("count", fluent::FluentValue::from(n))],
            ),
        }
    }
}

/// How wide the corner's column is in a window of `size`: large enough to
/// scan from the middle of a room, small beside the clock.
pub fn column_width(size: egui::Vec2) -> f32 {
    (size.x * 0.17).min(size.y * 0.32).max(120.0)
}

/// Draws the corner into `ui`, the bottom of a column of its own.
pub fn show(ui: &mut egui::Ui, screen: &Screen, card: &ShareCard) {
    let (sizes, palette) = (screen.sizes, screen.palette);
    ui.with_layout(Layout::bottom_up(Align::Center), |ui| {
        ui.label(
            RichText::new(card.following())
                .size(sizes.small)
                .color(palette.muted),
        );
        ui.label(
            RichText::new(&card.short)
                .size(sizes.small * 1.1)
                .strong()
                .color(palette.text),
        );
        let side = ui.available_width().min(ui.available_height()).max(0.0);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(side, side), Sense::hover());
        paint_code(ui.painter(), rect, card);
    });
}

/// Paints the code dark on white, whatever the theme: scanners look for
/// dark modules on a light ground. Each module is snapped to whole pixels
/// so neighbours leave no hairline gaps that confuse a camera.
fn paint_code(painter: &egui::Painter, rect: egui::Rect, card: &ShareCard) {
    if card.side == 0 {
        return;
    }
    let cells = card.side + 2 * QUIET_ZONE;
    let pixels = painter.pixels_per_point();
    let module_px = (rect.width() * pixels / cells as f32).floor().max(1.0);
    let module = module_px / pixels;
    let size = module * cells as f32;
    let origin = (rect.center() - egui::vec2(size, size) / 2.0).round_to_pixels(pixels);
    let ground = egui::Rect::from_min_size(origin, egui::vec2(size, size));
    painter.rect_filled(ground, module, Color32::WHITE);
    for row in 0..card.side {
        for column in 0..card.side {
            if card.is_dark(row, column) {
                let min = origin
                    + egui::vec2(
                        (column + QUIET_ZONE) as f32 * module,
                        (row + QUIET_ZONE) as f32 * module,
                    );
                painter.rect_filled(
                    egui::Rect::from_min_size(min, egui::vec2(module, module)),
                    0.0,
                    Color32::BLACK,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_holds_the_address_and_the_short_form_drops_the_scheme() {
        let card = ShareCard::for_url("http://192.168.1.20:8111/", 0);
        assert_eq!(card.short, "192.168.1.20:8111");
        assert!(card.side() >= 21, "a QR code is at least 21 modules");
        // The finder pattern: a dark ring seven modules wide in the corner.
        assert!((0..7).all(|i| card.is_dark(0, i) && card.is_dark(i, 0)));
        assert!(!card.is_dark(1, 1));
        assert!(!card.is_dark(card.side(), 0));
        assert_eq!(card.following(), "Scan to follow on your phone");
        assert_eq!(
            ShareCard { viewers: 3, ..card }.following(),
            "3 devices following"
        );
    }

    #[test]
    fn the_column_is_sized_for_scanning_and_never_wider_than_a_sixth() {
        let wide = column_width(egui::vec2(1920.0, 1080.0));
        assert!((300.0..=330.0).contains(&wide), "{wide}");
        let laptop = column_width(egui::vec2(1366.0, 768.0));
        assert!((200.0..=1366.0 / 5.0).contains(&laptop), "{laptop}");
    }
}
