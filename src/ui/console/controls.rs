//! The button bar: every keyboard shortcut also has a button, for a trainer
//! with a mouse or a touch screen.

use eframe::egui::{self, RichText};

use crate::i18n::tr;
use crate::room::second_language;
use crate::session::{Intent, Phase};
use crate::ui::{Action, Prefs, Screen, keymap};

/// The session's own buttons, in order: label, action, and whether it
/// can be pressed now. The console's bar and the room's strip share them.
pub fn session_buttons(phase: Phase) -> [(String, Action, bool); 6] {
    let running = phase != Phase::Finished;
    [
        (tr("console-back"), Action::Session(Intent::Previous), true),
        (
            start_label(phase),
            Action::Session(Intent::StartOrPause),
            running,
        ),
        (tr("console-next"), Action::Session(Intent::Next), running),
        (
            tr("console-minus-minute"),
            Action::Session(Intent::RemoveMinute),
            running,
        ),
        (
            tr("console-plus-minute"),
            Action::Session(Intent::AddMinute),
            running,
        ),
        (
            tr("console-restart-step"),
            Action::Session(Intent::Restart),
            running,
        ),
    ]
}

/// What the start button says in `phase`.
pub fn start_label(phase: Phase) -> String {
    match phase {
        Phase::NotStarted => tr("console-start"),
        Phase::Running => tr("console-pause"),
        Phase::Paused => tr("console-resume"),
        Phase::Finished => tr("console-finished"),
    }
}

/// Draws the buttons, centred, and collects what was clicked.
pub fn show(ui: &mut egui::Ui, screen: &Screen, prefs: Prefs, actions: &mut Vec<Action>) {
    let phase = screen.session.phase();
    let start_label = start_label(phase);
    let buttons = session_buttons(phase).into_iter().chain([
        (
            if prefs.muted {
                tr("console-unmute")
            } else {
                tr("console-mute")
            },
            Action::ToggleMute,
            true,
        ),
        (
            tr("console-names"),
            Action::ToggleNames,
            phase != Phase::NotStarted,
        ),
        (tr("console-do-dont"), Action::ToggleDoDont, true),
        (
            tr("console-both-languages"),
            Action::ToggleBothLanguages,
            second_language(screen.session).is_some(),
        ),
        (tr("console-worksheet"), Action::ToggleWorksheet, true),
        (
            if prefs.light_theme {
                tr("console-dark")
            } else {
                tr("console-light")
            },
            Action::ToggleTheme,
            true,
        ),
        (tr("console-shortcuts"), Action::ToggleHelp, true),
    ]);
    // Wrapped, so a narrow laptop or projector never cuts a button off.
    ui.horizontal_wrapped(|ui| {
        for (label, action, enabled) in buttons {
            let strong = label == start_label;
            button(ui, screen, (&label, action, enabled), strong, actions);
        }
        if prefs.muted {
            ui.label(
                RichText::new(tr("console-chime-muted"))
                    .size(screen.sizes.small)
                    .color(screen.palette.warning),
            );
        }
    });
}

/// One control: the button, and its key beside it in small print, so the
/// trainer learns the keys by using the buttons.
pub fn button(
    ui: &mut egui::Ui,
    screen: &Screen,
    (label, action, enabled): (&str, Action, bool),
    strong: bool,
    actions: &mut Vec<Action>,
) {
    let text = RichText::new(label).size(screen.sizes.small);
    let text = if strong { text.strong() } else { text };
    let mut response = ui.add_enabled(enabled, egui::Button::new(text));
    if let Some(hint) = keymap::hint(&action) {
        response = response.on_hover_text(hint);
    }
    if response.clicked() {
        actions.push(action.clone());
    }
    if let Some(keys) = keymap::keys_of(&action) {
        ui.label(
            RichText::new(keys)
                .size(screen.sizes.small * 0.8)
                .color(screen.palette.muted),
        );
    }
}
