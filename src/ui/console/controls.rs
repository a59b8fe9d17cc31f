//! The button bar: every keyboard shortcut also has a button, for a trainer
//! with a mouse or a touch screen.

use eframe::egui::{self, RichText};

use crate::session::{Intent, Phase};
use crate::ui::{Action, Prefs, Screen, keymap};

/// Draws the buttons, centred, and collects what was clicked.
pub fn show(ui: &mut egui::Ui, screen: &Screen, prefs: Prefs, actions: &mut Vec<Action>) {
    let phase = screen.session.phase();
    let start_label = match phase {
        Phase::NotStarted => "Start",
        Phase::Running => "Pause",
        Phase::Paused => "Resume",
        Phase::Finished => "Finished",
    };
    let buttons: [(&str, Action, bool); 12] = [
        ("Back", Action::Session(Intent::Previous), true),
        (
            start_label,
            Action::Session(Intent::StartOrPause),
            phase != Phase::Finished,
        ),
        (
            "Next",
            Action::Session(Intent::Next),
            phase != Phase::Finished,
        ),
        (
            "-1 min",
            Action::Session(Intent::RemoveMinute),
            phase != Phase::Finished,
        ),
        (
            "+1 min",
            Action::Session(Intent::AddMinute),
            phase != Phase::Finished,
        ),
        (
            "Restart step",
            Action::Session(Intent::Restart),
            phase != Phase::Finished,
        ),
        (
            if prefs.muted { "Unmute" } else { "Mute" },
            Action::ToggleMute,
            true,
        ),
        ("Names", Action::ToggleNames, phase != Phase::NotStarted),
        ("Do / Don't", Action::ToggleDoDont, true),
        ("Worksheet", Action::ToggleWorksheet, true),
        (
            if prefs.light_theme { "Dark" } else { "Light" },
            Action::ToggleTheme,
            true,
        ),
        ("Shortcuts", Action::ToggleHelp, true),
    ];
    // Wrapped, so a narrow laptop or projector never cuts a button off.
    ui.horizontal_wrapped(|ui| {
        for (label, action, enabled) in buttons {
            let text = RichText::new(label).size(screen.sizes.small);
            let text = if label == start_label {
                text.strong()
            } else {
                text
            };
            let mut response = ui.add_enabled(enabled, egui::Button::new(text));
            if let Some(hint) = keymap::hint(&action) {
                response = response.on_hover_text(hint);
            }
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
