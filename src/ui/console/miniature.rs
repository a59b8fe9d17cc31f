//! A live miniature of the room, drawn by the room's own code at a smaller
//! scale, so the trainer sees what the room sees without turning round.
//! Its acts are buttons: clicking one shows that act's prompts to the room.

use eframe::egui::{self, Sense, UiBuilder};

use crate::ui::theme::Sizes;
use crate::ui::{Action, Screen, room};

/// The room's window size when it is not open: a 1080p projector.
const USUAL_ROOM: egui::Vec2 = egui::vec2(1920.0, 1080.0);

/// Draws the miniature as wide as `ui` allows (and no taller than `max_height`),
/// in the proportions of the room's window `room_size`, and collects the acts
/// clicked.
pub fn show(
    ui: &mut egui::Ui,
    screen: &Screen,
    room_size: Option<egui::Vec2>,
    max_height: f32,
    actions: &mut Vec<Action>,
) {
    let room_size = room_size
        .filter(|size| size.x > 1.0 && size.y > 1.0)
        .unwrap_or(USUAL_ROOM);
    let aspect = room_size.x / room_size.y;
    let height = (ui.available_width() / aspect).min(max_height).max(1.0);
    let width = height * aspect;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
    // The room's type for its own window, scaled down: the miniature wraps
    // and fits as the room does, only smaller.
    let sizes = Sizes::for_height(room_size.y).scaled(height / room_size.y);
    let mini = Screen { sizes, ..*screen };
    let mut inside = ui.new_child(
        UiBuilder::new()
            .max_rect(rect)
            .id_salt("room miniature")
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    inside.set_clip_rect(rect.intersect(ui.clip_rect()));
    inside
        .painter()
        .rect_filled(rect, 0.0, screen.palette.background);
    room::show(&mut inside, &mini, Some(actions));
    ui.painter().rect_stroke(
        rect,
        0.0,
        egui::Stroke::new(1.0, screen.palette.muted),
        egui::StrokeKind::Outside,
    );
}
