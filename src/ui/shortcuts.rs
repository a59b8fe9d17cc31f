//! The keyboard comes first: every control has a key. Keys are taken out of
//! the input before any widget sees them (so Space never also "clicks" a
//! focused button) and never while someone is typing in a text field.

use eframe::egui::{self, Event, Key, Modifiers};

use super::{Action, SheetAction};
use crate::session::Intent;

/// One line of the shortcut help: the keys and what they do.
pub const HELP: &[(&str, &str)] = &[
    ("Space", "Start, pause or resume"),
    ("→", "Next step"),
    ("←", "Previous step"),
    ("+  /  −", "Add or remove a minute"),
    ("R", "Restart this step"),
    ("M", "Mute or unmute the chime"),
    ("D", "Show or hide do / don't"),
    ("N", "Show or hide the name fields"),
    ("T", "Light or dark theme"),
    ("W", "Show or hide the worksheet"),
    ("F", "Workshop formats and the agenda editor"),
    ("Ctrl S  /  Ctrl Shift S", "Save the worksheet / save it as"),
    ("Ctrl O", "Open a worksheet"),
    ("F11", "Fullscreen"),
    ("Ctrl =  /  Ctrl −", "Zoom in or out (Ctrl 0 resets)"),
    ("?", "Show or hide these shortcuts"),
    ("Esc", "Close this help"),
];

/// Takes this frame's shortcut keys out of the input and returns what they
/// ask for. While a text field has the keyboard only the Ctrl combinations
/// for files count, so Ctrl+S saves in the middle of a sentence.
pub fn take(ctx: &egui::Context) -> Vec<Action> {
    let typing = ctx.text_edit_focused();
    let mut actions = Vec::new();
    ctx.input_mut(|input| {
        input.events.retain(|event| {
            let Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                return true;
            };
            let action = match command_for(*key, *modifiers) {
                Some(action) => Some(action),
                None if typing => None,
                None => action_for(*key, *modifiers),
            };
            match action {
                Some(action) => {
                    actions.push(action);
                    false
                }
                None => true,
            }
        });
    });
    actions
}

/// The file commands, which work whatever has the keyboard.
fn command_for(key: Key, modifiers: Modifiers) -> Option<Action> {
    if !modifiers.command || modifiers.alt {
        return None;
    }
    Some(Action::Sheet(match key {
        Key::S if modifiers.shift => SheetAction::SaveAs,
        Key::S => SheetAction::Save,
        Key::O => SheetAction::Open,
        _ => return None,
    }))
}

/// The action a key press asks for, if it is one of ours. Ctrl and Alt
/// combinations are left alone: Ctrl = and Ctrl − are egui's zoom.
fn action_for(key: Key, modifiers: Modifiers) -> Option<Action> {
    if modifiers.command || modifiers.ctrl || modifiers.alt || modifiers.mac_cmd {
        return None;
    }
    Some(match key {
        Key::Space => Action::Session(Intent::StartOrPause),
        Key::ArrowRight => Action::Session(Intent::Next),
        Key::ArrowLeft => Action::Session(Intent::Previous),
        Key::Plus | Key::Equals => Action::Session(Intent::AddMinute),
        Key::Minus => Action::Session(Intent::RemoveMinute),
        Key::R => Action::Session(Intent::Restart),
        Key::M => Action::ToggleMute,
        Key::D => Action::ToggleDoDont,
        Key::N => Action::ToggleNames,
        Key::T => Action::ToggleTheme,
        Key::W => Action::ToggleWorksheet,
        Key::F => Action::ToggleFormats,
        Key::F11 => Action::ToggleFullscreen,
        Key::Questionmark => Action::ToggleHelp,
        Key::Slash if modifiers.shift => Action::ToggleHelp,
        Key::Escape => Action::CloseHelp,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_combinations_are_left_to_egui() {
        assert_eq!(action_for(Key::Minus, Modifiers::COMMAND), None);
        assert_eq!(action_for(Key::Equals, Modifiers::CTRL), None);
        assert_eq!(
            action_for(Key::Minus, Modifiers::NONE),
            Some(Action::Session(Intent::RemoveMinute))
        );
    }

    #[test]
    fn plus_works_with_or_without_shift() {
        assert_eq!(
            action_for(Key::Plus, Modifiers::SHIFT),
            Some(Action::Session(Intent::AddMinute))
        );
        assert_eq!(
            action_for(Key::Equals, Modifiers::NONE),
            Some(Action::Session(Intent::AddMinute))
        );
    }
}
