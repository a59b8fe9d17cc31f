//! The room's pieces, each drawn from the [`RoomView`](crate::room::RoomView)
//! alone: the step and the roles, the countdown, what to do now, the agenda
//! bar, the do / don't table and the hand-over flash.

pub mod countdown;
pub mod do_dont;
pub mod flash;
pub mod header;
pub mod prompts;
pub mod share_code;
pub mod tally;
pub mod timeline;

use eframe::egui;

use crate::ui::{Action, Screen, panel_frame, theme};

/// How far the prompts' type shrinks to fit. The clock keeps its size: it
/// is what the back row looks for first, and its digits stay at least a
/// quarter of the window high.
const SMALLEST_FIT: f32 = 0.5;

/// Draws the whole room view into `ui`: the step and the roles on top, the
/// agenda bar at the bottom, the do / don't table at the side when shown,
/// and the countdown with what to do now in the middle, their type shrunk
/// as far as needed for everything to show. With `acts`, the acts are
/// buttons for looking ahead (for the trainer's own window); the room's
/// are only drawn.
pub fn show(ui: &mut egui::Ui, screen: &Screen, acts: Option<&mut Vec<Action>>) {
    // The room's spacing follows its own type, whichever window it is in.
    theme::apply_sizes(ui.style_mut(), screen.sizes);
    egui::Panel::top("room header")
        .frame(panel_frame(screen))
        .show_separator_line(false)
        .show(ui, |ui| header::show(ui, screen));
    if let Some(card) = screen.share {
        let width = share_code::column_width(ui.available_size());
        egui::Panel::right("room share")
            .frame(panel_frame(screen))
            .resizable(false)
            .show_separator_line(false)
            .exact_size(width)
            .show(ui, |ui| share_code::show(ui, screen, card));
    }
    egui::Panel::bottom("room timeline")
        .frame(panel_frame(screen))
        .show_separator_line(false)
        .show(ui, |ui| timeline::show(ui, screen));
    if screen.room.do_dont.is_some() {
        let width = ui.available_width() * 0.3;
        egui::Panel::right("room do-dont")
            .frame(panel_frame(screen))
            .resizable(false)
            .exact_size(width)
            .show(ui, |ui| {
                fit(ui, screen, &screen.room.do_dont, false, |ui, fitted| {
                    do_dont::show(ui, fitted)
                })
            });
    }
    egui::CentralPanel::default()
        .frame(panel_frame(screen))
        .show(ui, |ui| {
            let clock = &screen.room.clock;
            let middle = (
                &screen.room.panel,
                &clock.word,
                &clock.hint,
                clock.digits.len(),
                &screen.room.tally,
                &screen.room.second,
            );
            fit(ui, screen, &middle, true, |ui, fitted| {
                countdown::show(ui, fitted);
                match &screen.room.tally {
                    // The tally beside the prompts, not under them: the
                    // room reads both, and stacked they would shrink.
                    Some(round) => {
                        ui.columns(2, |columns| {
                            prompts::show(&mut columns[0], fitted, acts);
                            tally::show(&mut columns[1], fitted, round);
                        });
                    }
                    None => prompts::show(ui, fitted, acts),
                }
            })
        });
    if let Some(shown) = &screen.room.flash {
        flash::show(ui, screen, shown);
    }
}

/// Draws `content` at the largest type that fits the room `ui` has, down
/// to [`SMALLEST_FIT`]; with `keep_clock`, the clock keeps its full size.
///
/// What fits is only known once laid out, so the factor found is kept for
/// this content and window size, and a pass that overflows is redone at once
/// with a smaller factor (egui discards it before it is shown).
fn fit(
    ui: &mut egui::Ui,
    screen: &Screen,
    content: &(impl std::hash::Hash + std::fmt::Debug),
    keep_clock: bool,
    draw: impl FnOnce(&mut egui::Ui, &Screen),
) {
    let available = ui.available_rect_before_wrap();
    // What the factor depends on: the words to fit and the room they have.
    let room = (available.width() as u32, available.height() as u32);
    let key = ui.scope_id().with((content, room));
    let factor: f32 = ui.data(|data| data.get_temp(key)).unwrap_or(1.0);
    let mut sizes = screen.sizes.scaled(factor);
    if keep_clock {
        sizes.clock = screen.sizes.clock;
    }
    let fitted = Screen { sizes, ..*screen };
    let used = ui
        .scope(|ui| {
            ui.set_clip_rect(available.intersect(ui.clip_rect()));
            // The gaps shrink with the type, or at small type they would
            // take more room than the words.
            ui.spacing_mut().item_spacing *= factor;
            draw(ui, &fitted);
            ui.min_rect().height()
        })
        .inner;
    if used > available.height() + 1.0 && factor > SMALLEST_FIT {
        // Height grows at least as fast as the type, so this never undershoots
        // by much; a second pass takes care of what wrapping adds.
        // The clock's row does not shrink, so only the rest is scaled.
        let fixed = if keep_clock {
            screen.sizes.clock * countdown::ROW_EM
        } else {
            0.0
        };
        let room_left = (available.height() - fixed).max(1.0);
        let smaller = (factor * room_left / (used - fixed).max(1.0) * 0.98)
            .min(factor - 0.02)
            .max(SMALLEST_FIT);
        ui.data_mut(|data| data.insert_temp(key, smaller));
        ui.ctx().request_discard("the room's text did not fit");
    }
}
