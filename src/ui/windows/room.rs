//! The room's window: the room view and nothing else, laid out for the
//! back row. On one screen, the session's controls float over it while the
//! mouse moves; keys work here as on the console.

use eframe::egui;

use crate::room::RoomView;
use crate::screens::Layout;
use crate::ui::console::strip;
use crate::ui::theme::{Palette, Sizes};
use crate::ui::workshop::{STRIP_LINGERS, WindowKind, Workshop};
use crate::ui::{Screen, keymap, room};

/// Draws the room's window and carries out its keys and clicks.
pub fn draw(workshop: &mut Workshop, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    workshop.speak();
    if workshop.close_if_asked(&ctx, WindowKind::Room) {
        return;
    }
    workshop.title_window(&ctx, WindowKind::Room);
    workshop.install_fonts(&ctx);
    let now = workshop.drawn_at();
    let mut actions = keymap::take(&ctx);

    let one_screen =
        workshop.windows.layout == Layout::OneScreen && workshop.windows.root == WindowKind::Room;
    if one_screen && mouse_moved(&ctx) {
        workshop.windows.strip_until = Some(workshop.clock.now() + STRIP_LINGERS);
        ctx.request_repaint_after(STRIP_LINGERS);
    }
    let strip_shown = one_screen && workshop.windows.strip_until.is_some_and(|end| end > now);

    let view = RoomView::of(&workshop.session, &workshop.stage, now);
    let screen = Screen {
        session: &workshop.session,
        room: &view,
        now,
        palette: Palette::for_theme(workshop.prefs.light_theme),
        sizes: Sizes::for_window(&ctx),
        share: workshop
            .share_card
            .as_ref()
            .filter(|_| !workshop.share_code_hidden),
    };
    egui::CentralPanel::default()
        .frame(egui::Frame::NONE)
        .show(ui, |ui| {
            ui.push_id("room window", |ui| room::show(ui, &screen, None))
        });
    if strip_shown {
        strip::show(&ctx, &screen, &mut actions);
    }
    workshop.perform_all(&ctx, actions, WindowKind::Room);
}

/// Whether the pointer moved or pressed over this window in this pass.
fn mouse_moved(ctx: &egui::Context) -> bool {
    ctx.input(|i| {
        i.events.iter().any(|event| {
            matches!(
                event,
                egui::Event::PointerMoved(_) | egui::Event::PointerButton { .. }
            )
        })
    })
}
