//! The countdown, as large as the window allows: calm, then amber with a
//! word in the last minute, red with a leading "+" and a pulse past zero,
//! dimmed with "Paused" when stopped. Each state has a word, not only a colour.

use eframe::egui::{self, Color32, Rect, Sense, WidgetInfo};

use crate::ui::Screen;
use crate::ui::digits::ClockFace;
use crate::ui::theme;

/// JetBrains Mono: each character is 0.6 em wide.
const ADVANCE_EM: f32 = 0.6;
/// How much of an em the allocated clock row takes, and where the digits sit
/// in the font's line box (its ascent puts their tops about 0.3 em down).
/// Measured on the bundled font; other fonts would need other values.
pub const ROW_EM: f32 = 0.82;
const DIGIT_TOP_EM: f32 = 0.27;

/// Draws the countdown, centred, with its state word beside it when the
/// window is wide enough and under it otherwise.
pub fn show(ui: &mut egui::Ui, screen: &Screen) {
    let reading = &screen.room.clock;
    let colour = screen.palette.for_tone(reading.tone);
    let word = reading.word_block();
    let width = ui.available_width();
    let chars = reading.digits.chars().count().max(4) as f32;
    let size = screen.sizes.clock.min(width * 0.95 / (chars * ADVANCE_EM));
    let painter = ui.painter().clone();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, size * ROW_EM), Sense::hover());
    let digits_right = paint_digits(&painter, &reading.digits, rect, size, colour);
    let label = reading.digits.clone();
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &label));

    if word.is_empty() {
        return;
    }
    let word_font = theme::bold(screen.sizes.heading * 0.8);
    let gap = screen.sizes.heading * 0.6;
    let side = rect.right() - digits_right - gap;
    let beside = painter.layout(word.clone(), word_font.clone(), colour, side.max(1.0));
    let fits_beside = side >= screen.sizes.heading * 4.0
        && beside.size().y <= rect.height() * 0.6
        && beside.size().x <= side;
    let word_rect = if fits_beside {
        // Level with the bottom half of the digits, where the eye lands after reading them.
        let top = rect.top() + rect.height() * 0.55 - beside.size().y / 2.0;
        let word_rect =
            egui::Rect::from_min_size(egui::pos2(digits_right + gap, top), beside.size());
        painter.galley(word_rect.min, beside, colour);
        word_rect
    } else {
        let below = painter.layout(word.clone(), word_font, colour, width);
        let (word_rect, _) =
            ui.allocate_exact_size(egui::vec2(width, below.size().y), Sense::hover());
        let left = word_rect.center().x - below.size().x / 2.0;
        painter.galley(egui::pos2(left, word_rect.top()), below, colour);
        word_rect
    };
    let id = ui.make_persistent_id("state word");
    ui.interact(word_rect, id, Sense::hover())
        .widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &word));
}

/// Draws `digits` at `size` centred across `row` and returns where they end
/// on the right.
///
/// As outlines when the clock face has every character: text this large
/// would leave its glyphs in the font atlas, a bitmap that grows with the
/// square of the screen. Both ways put the line box's top at the same place,
/// so the digits sit in the row the same either way.
fn paint_digits(
    painter: &egui::Painter,
    digits: &str,
    row: Rect,
    size: f32,
    colour: Color32,
) -> f32 {
    let top = row.top() - size * DIGIT_TOP_EM;
    let face = ClockFace::shared(painter.ctx());
    if face.can_draw(digits) {
        let left = row.center().x - face.size_of(digits, size).x / 2.0;
        return face
            .paint(painter, digits, egui::pos2(left, top), size, colour)
            .right();
    }
    let galley = painter.layout_no_wrap(digits.to_owned(), theme::clock(size), colour);
    let left = row.center().x - galley.size().x / 2.0;
    let right = left + galley.size().x;
    painter.galley(egui::pos2(left, top), galley, colour);
    right
}
