//! The button bar: every keyboard shortcut also has a button, for a trainer
//! with a mouse or a touch screen.

use eframe::egui::{self, RichText};

use super::{Action, Prefs, Screen};
use crate::session::{Intent, Phase};

/// Draws the buttons, centred, and collects what was clicked.
pub fn show(ui: &mut egui::Ui, screen: &Screen, prefs: Prefs, actions: &mut Vec<Action>) {
    let phase = screen.session.phase();
    let start_label = match phase {
        Phase::NotStarted => "Start",
        Phase::Running => "Pause",
        Phase::Paused => "Resume",
        Phase::Finished => "Finished",
    };
    let buttons: [(&str, &str, Action, bool); 12] = [
        (
            "Back",
            "Previous step (←)",
            Action::Session(Intent::Previous),
            true,
        ),
        (
            start_label,
            "Start, pause or resume (Space)",
            Action::Session(Intent::StartOrPause),
            phase != Phase::Finished,
        ),
        (
            "Next",
            "Next step (→)",
            Action::Session(Intent::Next),
            phase != Phase::Finished,
        ),
        (
            "-1 min",
            "Remove a minute from this step (−)",
            Action::Session(Intent::RemoveMinute),
            phase != Phase::Finished,
        ),
        (
            "+1 min",
            "Add a minute to this step (+)",
            Action::Session(Intent::AddMinute),
            phase != Phase::Finished,
        ),
        (
            "Restart step",
            "Run this step again from the start (R)",
            Action::Session(Intent::Restart),
            phase != Phase::Finished,
        ),
        (
            if prefs.muted { "Unmute" } else { "Mute" },
            "Chime on or off (M)",
            Action::ToggleMute,
            true,
        ),
        (
            "Names",
            "Show or hide the name fields (N)",
            Action::ToggleNames,
            phase != Phase::NotStarted,
        ),
        (
            "Do / Don't",
            "Show or hide the do / don't table (D)",
            Action::ToggleDoDont,
            true,
        ),
        (
            "Worksheet",
            "Show or hide the worksheet (W)",
            Action::ToggleWorksheet,
            true,
        ),
        (
            if prefs.light_theme { "Dark" } else { "Light" },
            "Light or dark theme (T)",
            Action::ToggleTheme,
            true,
        ),
        (
            "Shortcuts",
            "Keyboard shortcuts (?)",
            Action::ToggleHelp,
            true,
        ),
    ];
    ui.horizontal_centered(|ui| {
        for (label, hint, action, enabled) in buttons {
            let text = RichText::new(label).size(screen.sizes.small);
            let text = if label == start_label {
                text.strong()
            } else {
                text
            };
            let response = ui
                .add_enabled(enabled, egui::Button::new(text))
                .on_hover_text(hint);
            if response.clicked() {
                actions.push(action);
            }
        }
        if prefs.muted {
            ui.label(
                RichText::new("chime muted")
                    .size(screen.sizes.small)
                    .color(screen.palette.warning),
            );
        }
    });
}
