//! Every key the app answers to, in one table: the dispatcher reads it to
//! turn key presses into actions, the help lists it, and buttons take their
//! hints from it, so the three can never disagree.
//!
//! Keys are taken out of the input before any widget sees them (so Space
//! never also "clicks" a focused button) and never while someone is typing
//! in a text field, except the Ctrl combinations for files.

use eframe::egui::{self, Event, Key, Modifiers};

use super::{Action, SheetAction};
use crate::i18n::tr;
use crate::session::Intent;

/// Which modifiers a key needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Held {
    /// None: a plain key, whatever Shift says (so + works with or without it).
    Nothing,
    /// Shift and no Ctrl.
    Shift,
    /// Ctrl (⌘ on a Mac), without Shift.
    Command,
    /// Ctrl and Shift.
    CommandShift,
}

/// Words looked up when they are shown, so they follow the language spoken.
type Words = fn() -> String;

/// One line of the table: the keys, what they are called in the help, what
/// they do, and the action they ask for.
pub struct Binding {
    keys: &'static [(Key, Held)],
    names: Words,
    what: Words,
    /// The action; `None` for keys egui itself answers (zoom).
    pub action: Option<Action>,
}

impl Binding {
    /// The keys as the help and the hints write them: "Space", "Ctrl S".
    pub fn names(&self) -> String {
        (self.names)()
    }

    /// What they do, in a few words.
    pub fn what(&self) -> String {
        (self.what)()
    }

    /// Whether the key works while a text field has the keyboard.
    fn while_typing(&self) -> bool {
        self.keys
            .iter()
            .all(|(_, held)| matches!(held, Held::Command | Held::CommandShift))
    }

    fn matches(&self, key: Key, modifiers: Modifiers) -> bool {
        // Alt combinations belong to the window manager; Ctrl = and Ctrl −
        // are egui's zoom and have no action here.
        if modifiers.alt || self.action.is_none() {
            return false;
        }
        let command = modifiers.command || modifiers.ctrl || modifiers.mac_cmd;
        self.keys.iter().any(|&(bound, held)| {
            bound == key
                && match held {
                    Held::Nothing => !command,
                    Held::Shift => modifiers.shift && !command,
                    Held::Command => command && !modifiers.shift,
                    Held::CommandShift => command && modifiers.shift,
                }
        })
    }
}

const fn binding(
    keys: &'static [(Key, Held)],
    names: Words,
    what: Words,
    action: Action,
) -> Binding {
    Binding {
        keys,
        names,
        what,
        action: Some(action),
    }
}

/// Every key, in the order the help lists them.
pub const KEYMAP: &[Binding] = &[
    binding(
        &[(Key::Space, Held::Nothing)],
        || tr("console-key-space"),
        || tr("console-help-start-pause"),
        Action::Session(Intent::StartOrPause),
    ),
    binding(
        &[(Key::ArrowRight, Held::Nothing)],
        || "→".to_string(),
        || tr("console-help-next"),
        Action::Session(Intent::Next),
    ),
    binding(
        &[(Key::ArrowLeft, Held::Nothing)],
        || "←".to_string(),
        || tr("console-help-previous"),
        Action::Session(Intent::Previous),
    ),
    binding(
        &[(Key::Plus, Held::Nothing), (Key::Equals, Held::Nothing)],
        || "+".to_string(),
        || tr("console-help-add-minute"),
        Action::Session(Intent::AddMinute),
    ),
    binding(
        &[(Key::Minus, Held::Nothing)],
        || "−".to_string(),
        || tr("console-help-remove-minute"),
        Action::Session(Intent::RemoveMinute),
    ),
    binding(
        &[(Key::R, Held::Nothing)],
        || "R".to_string(),
        || tr("console-help-restart"),
        Action::Session(Intent::Restart),
    ),
    binding(
        &[(Key::M, Held::Nothing)],
        || "M".to_string(),
        || tr("console-help-mute"),
        Action::ToggleMute,
    ),
    binding(
        &[(Key::D, Held::Nothing)],
        || "D".to_string(),
        || tr("console-help-do-dont"),
        Action::ToggleDoDont,
    ),
    binding(
        &[(Key::B, Held::Nothing)],
        || "B".to_string(),
        || tr("console-help-both-languages"),
        Action::ToggleBothLanguages,
    ),
    binding(
        &[(Key::N, Held::Nothing)],
        || "N".to_string(),
        || tr("console-help-names"),
        Action::ToggleNames,
    ),
    binding(
        &[(Key::T, Held::Nothing)],
        || "T".to_string(),
        || tr("console-help-theme"),
        Action::ToggleTheme,
    ),
    binding(
        &[(Key::W, Held::Nothing)],
        || "W".to_string(),
        || tr("console-help-worksheet"),
        Action::ToggleWorksheet,
    ),
    binding(
        &[(Key::F, Held::Nothing)],
        || "F".to_string(),
        || tr("console-help-formats"),
        Action::ToggleFormats,
    ),
    binding(
        &[(Key::C, Held::Nothing)],
        || "C".to_string(),
        || tr("console-help-open-console"),
        Action::OpenConsole,
    ),
    binding(
        &[(Key::P, Held::Nothing)],
        || "P".to_string(),
        || tr("console-help-move-room"),
        Action::MoveRoom,
    ),
    binding(
        &[(Key::S, Held::Nothing)],
        || "S".to_string(),
        || tr("console-help-sharing"),
        Action::ToggleSharing,
    ),
    binding(
        &[(Key::Q, Held::Nothing)],
        || "Q".to_string(),
        || tr("console-help-share-code"),
        Action::ToggleShareCode,
    ),
    binding(
        &[(Key::L, Held::Nothing)],
        || "L".to_string(),
        || tr("console-help-language"),
        Action::NextLanguage,
    ),
    binding(
        &[(Key::S, Held::Command)],
        || "Ctrl S".to_string(),
        || tr("console-help-save"),
        Action::Sheet(SheetAction::Save),
    ),
    binding(
        &[(Key::S, Held::CommandShift)],
        || tr("console-key-ctrl-shift-s"),
        || tr("console-help-save-as"),
        Action::Sheet(SheetAction::SaveAs),
    ),
    binding(
        &[(Key::O, Held::Command)],
        || "Ctrl O".to_string(),
        || tr("console-help-open"),
        Action::Sheet(SheetAction::Open),
    ),
    binding(
        &[(Key::F11, Held::Nothing)],
        || "F11".to_string(),
        || tr("console-help-fullscreen"),
        Action::ToggleFullscreen,
    ),
    Binding {
        keys: &[],
        names: || "Ctrl =  /  Ctrl −".to_string(),
        what: || tr("console-help-zoom"),
        action: None,
    },
    binding(
        &[
            (Key::Questionmark, Held::Nothing),
            (Key::Slash, Held::Shift),
        ],
        || "?".to_string(),
        || tr("console-help-shortcuts"),
        Action::ToggleHelp,
    ),
    binding(
        &[(Key::Escape, Held::Nothing)],
        || "Esc".to_string(),
        || tr("console-help-close"),
        Action::CloseHelp,
    ),
];

/// The action a key press asks for, if it is one of ours; while `typing`
/// only the file commands count, so Ctrl+S saves in the middle of a sentence.
pub fn action_for(key: Key, modifiers: Modifiers, typing: bool) -> Option<Action> {
    KEYMAP
        .iter()
        .find(|binding| binding.matches(key, modifiers) && (!typing || binding.while_typing()))
        .and_then(|binding| binding.action.clone())
}

/// A button's hover text for `action`: what it does and its key.
pub fn hint(action: &Action) -> Option<String> {
    KEYMAP
        .iter()
        .find(|binding| binding.action.as_ref() == Some(action))
        .map(|binding| format!("{} ({})", binding.what(), binding.names()))
}

/// The keys for `action`, as the help writes them.
pub fn keys_of(action: &Action) -> Option<String> {
    KEYMAP
        .iter()
        .find(|binding| binding.action.as_ref() == Some(action))
        .map(Binding::names)
}

/// Takes this frame's shortcut keys out of the input and returns what they
/// ask for.
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
            match action_for(*key, *modifiers, typing) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_combinations_are_left_to_egui() {
        assert_eq!(action_for(Key::Minus, Modifiers::COMMAND, false), None);
        assert_eq!(action_for(Key::Equals, Modifiers::CTRL, false), None);
        assert_eq!(
            action_for(Key::Minus, Modifiers::NONE, false),
            Some(Action::Session(Intent::RemoveMinute))
        );
    }

    #[test]
    fn plus_works_with_or_without_shift() {
        assert_eq!(
            action_for(Key::Plus, Modifiers::SHIFT, false),
            Some(Action::Session(Intent::AddMinute))
        );
        assert_eq!(
            action_for(Key::Equals, Modifiers::NONE, false),
            Some(Action::Session(Intent::AddMinute))
        );
    }

    #[test]
    fn only_the_file_commands_work_while_typing() {
        assert_eq!(action_for(Key::Space, Modifiers::NONE, true), None);
        assert_eq!(
            action_for(Key::S, Modifiers::COMMAND, true),
            Some(Action::Sheet(SheetAction::Save))
        );
        assert_eq!(
            action_for(Key::S, Modifiers::COMMAND | Modifiers::SHIFT, true),
            Some(Action::Sheet(SheetAction::SaveAs))
        );
    }

    #[test]
    fn every_action_has_one_line_and_every_line_a_key_or_a_reason() {
        for (i, binding) in KEYMAP.iter().enumerate() {
            assert!(
                !binding.keys.is_empty() || binding.action.is_none(),
                "{}",
                binding.names()
            );
            for other in &KEYMAP[i + 1..] {
                if binding.action.is_some() {
                    assert_ne!(binding.action, other.action, "{}", binding.names());
                }
                for key in binding.keys {
                    assert!(!other.keys.contains(key), "{} twice", binding.names());
                }
            }
        }
    }

    #[test]
    fn hints_come_from_the_table() {
        assert_eq!(
            hint(&Action::Session(Intent::Next)).as_deref(),
            Some("Next step (→)")
        );
    }

    #[test]
    fn the_help_and_the_hints_speak_the_language_spoken() {
        crate::i18n::set_language(crate::i18n::Language::Spanish);
        assert_eq!(
            hint(&Action::Session(Intent::StartOrPause)).as_deref(),
            Some("Empezar, pausar o reanudar (Espacio)")
        );
        assert_eq!(
            keys_of(&Action::Sheet(SheetAction::SaveAs)).as_deref(),
            Some("Ctrl Mayús S")
        );
        assert_eq!(
            action_for(Key::L, Modifiers::NONE, false),
            Some(Action::NextLanguage)
        );
        crate::i18n::set_language(crate::i18n::Language::English);
        assert_eq!(
            keys_of(&Action::Session(Intent::StartOrPause)).as_deref(),
            Some("Space")
        );
    }
}
