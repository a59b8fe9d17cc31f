//! Which screen each window goes to: the room fullscreen on the projector
//! and the console on the laptop when there are two screens, the room alone
//! when there is one. A plain choice over the list of monitors, so it is
//! tested without any display.

/// One monitor as the window system lists it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Monitor {
    /// Its top-left corner on the desktop, in physical pixels.
    pub position: (i32, i32),
    /// Its size in physical pixels.
    pub size: (u32, u32),
    /// Whether the window system calls it the primary one (Wayland never does).
    pub primary: bool,
    /// Physical pixels per point on it.
    pub scale: f64,
}

impl Monitor {
    /// Its size in points, as windows are sized.
    pub fn points(&self) -> (f32, f32) {
        let scale = if self.scale > 0.0 { self.scale } else { 1.0 };
        (
            (self.size.0 as f64 / scale) as f32,
            (self.size.1 as f64 / scale) as f32,
        )
    }
}

/// How the two windows are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One screen: the room fills the window, its controls show as a strip
    /// while the mouse moves, and the console opens as a window on request.
    OneScreen,
    /// A projector: the room fullscreen on monitor `room` (an index into
    /// the monitor list), the console as a window where the laptop is.
    Projector { room: usize },
    /// Both windows side by side on one screen, as when rehearsing.
    Rehearsal,
}

/// The layout for `monitors`; `room_window` asks for both windows on one
/// screen whatever is attached.
pub fn choose(monitors: &[Monitor], room_window: bool) -> Layout {
    if room_window {
        return Layout::Rehearsal;
    }
    match projector(monitors) {
        Some(room) => Layout::Projector { room },
        None => Layout::OneScreen,
    }
}

/// The monitor the room goes to when there is more than one: the first one
/// that is not the laptop's. The laptop's is the primary one, or, where the
/// window system names none, the one at the desktop's top-left corner (the
/// one a desktop puts its panel and new windows on), or else the first.
/// Monitors are listed in the order of the video outputs, so "the second"
/// is not reliably the projector.
pub fn projector(monitors: &[Monitor]) -> Option<usize> {
    if monitors.len() < 2 {
        return None;
    }
    let laptop = laptop(monitors);
    (0..monitors.len()).find(|&index| index != laptop)
}

/// The index of the monitor the trainer's own screen is, by the rule
/// [`projector`] gives.
pub fn laptop(monitors: &[Monitor]) -> usize {
    monitors
        .iter()
        .position(|monitor| monitor.primary)
        .or_else(|| {
            monitors
                .iter()
                .position(|monitor| monitor.position == (0, 0))
        })
        .unwrap_or(0)
}

/// The monitor after `current` for the room, going round. With one monitor
/// known (or none), it still offers the next index: a projector plugged in
/// after the start is not in the list, and the window system ignores an
/// index it does not have.
pub fn next_monitor(current: Option<usize>, known: usize) -> usize {
    let count = known.max(2);
    match current {
        Some(index) => (index + 1) % count,
        None => 1 % count,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monitor(x: i32, y: i32, width: u32, height: u32, primary: bool) -> Monitor {
        Monitor {
            position: (x, y),
            size: (width, height),
            primary,
            scale: 1.0,
        }
    }

    #[test]
    fn one_screen_or_none_shows_the_room_alone() {
        assert_eq!(choose(&[], false), Layout::OneScreen);
        assert_eq!(
            choose(&[monitor(0, 0, 1366, 768, true)], false),
            Layout::OneScreen
        );
    }

    #[test]
    fn the_room_goes_to_the_screen_that_is_not_primary() {
        let laptop_second = [
            monitor(1920, 0, 1366, 768, false),
            monitor(0, 0, 1920, 1080, true),
        ];
        assert_eq!(choose(&laptop_second, false), Layout::Projector { room: 0 });
        let laptop_first = [
            monitor(0, 0, 1920, 1080, true),
            monitor(1920, 0, 1280, 800, false),
        ];
        assert_eq!(choose(&laptop_first, false), Layout::Projector { room: 1 });
    }

    #[test]
    fn without_a_primary_the_laptop_is_at_the_corner() {
        let monitors = [
            monitor(1366, 0, 1024, 768, false),
            monitor(0, 0, 1366, 768, false),
            monitor(2390, 0, 1920, 1080, false),
        ];
        assert_eq!(laptop(&monitors), 1);
        assert_eq!(projector(&monitors), Some(0));
        // Nothing at the corner either (a desktop arranged to the left).
        let shifted = [
            monitor(-1920, 0, 1920, 1080, false),
            monitor(-3200, 0, 1280, 800, false),
        ];
        assert_eq!(projector(&shifted), Some(1));
    }

    #[test]
    fn rehearsing_keeps_both_windows_on_one_screen() {
        let two = [
            monitor(0, 0, 1920, 1080, true),
            monitor(1920, 0, 1280, 800, false),
        ];
        assert_eq!(choose(&two, true), Layout::Rehearsal);
        assert_eq!(choose(&[], true), Layout::Rehearsal);
    }

    #[test]
    fn the_next_monitor_goes_round_and_never_stays_put() {
        assert_eq!(next_monitor(Some(0), 3), 1);
        assert_eq!(next_monitor(Some(2), 3), 0);
        assert_eq!(next_monitor(None, 3), 1);
        // One known monitor: offer the second anyway, for a late projector.
        assert_eq!(next_monitor(Some(0), 1), 1);
        assert_eq!(next_monitor(Some(1), 1), 0);
        assert_eq!(next_monitor(None, 0), 1);
    }
}
