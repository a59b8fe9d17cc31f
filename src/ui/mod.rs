//! The windows: the room's view and the trainer's console, drawn from the
//! session and turning keys and clicks into intents. Nothing here computes
//! time; each pass reads the session at the instant the injected clock gives
//! and asks for the next frame only when what is shown will change.

mod app;
pub mod console;
pub mod digits;
pub mod joined;
pub mod keymap;
mod overlays;
pub mod room;
pub mod theme;
mod windows;
mod workshop;

pub use app::{PresenterApp, RoomWindow, SessionRef};
pub use console::file_picker;
pub use workshop::APP_ID;

use crate::i18n::Language;
use crate::library::Places;
use crate::room::RoomView;
use crate::scenario::Setup;
use crate::session::{Intent, Session};
use crate::worksheet::export::Format;
use crate::worksheet::folders::Folders;
use room::share_code::ShareCard;
use theme::{Palette, Sizes};

/// What a key or a button asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Something for the session clock.
    Session(Intent),
    /// Turn the chime off or on.
    ToggleMute,
    /// Show or hide the do / don't table.
    ToggleDoDont,
    /// Show the prompts in the format's two languages, or in one again.
    ToggleBothLanguages,
    /// Switch between the light and dark themes.
    ToggleTheme,
    /// Enter or leave fullscreen.
    ToggleFullscreen,
    /// Show or hide the participants' name fields while the session runs.
    ToggleNames,
    /// Show or hide the keyboard shortcuts.
    ToggleHelp,
    /// Hide the keyboard shortcuts.
    CloseHelp,
    /// Look at another act than the paced one; `None` follows the pacing again.
    ViewAct(Option<usize>),
    /// Show or hide the worksheet beside the timer.
    ToggleWorksheet,
    /// Something for the open worksheets.
    Sheet(SheetAction),
    /// Open or close the workshop formats page.
    ToggleFormats,
    /// Change how many people or how long, before the start.
    Setup(Setup),
    /// Open the console window (from the room's own window).
    OpenConsole,
    /// Open or close the room's window, from the console.
    ToggleRoomWindow,
    /// Send the room's window, fullscreen, to the next screen.
    MoveRoom,
    /// Start or stop sharing the room with phones on the local network.
    ToggleSharing,
    /// Show or hide the room's QR code and address while sharing.
    ToggleShareCode,
    /// Take the phones' tally of the acts reached, and show it, or not.
    ToggleTally,
    /// Open a window following the trainer's room at this address; an
    /// empty address puts the question away.
    Join(String),
    /// Speak this language from now on, in every window and on the phones.
    SetLanguage(Language),
    /// Speak the next language the app knows (L).
    NextLanguage,
}

impl Action {
    /// Whether this is done on the console (names, worksheets, formats,
    /// help): pressed in the room's window, it opens the console to do it.
    pub fn is_for_the_console(&self) -> bool {
        matches!(
            self,
            Action::ToggleNames
                | Action::ToggleHelp
                | Action::ToggleWorksheet
                | Action::Sheet(_)
                | Action::ToggleFormats
                | Action::Setup(_)
                | Action::OpenConsole
                | Action::Join(_)
        )
    }
}

/// What the worksheet's buttons and keys ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetAction {
    /// Show another participant's sheet.
    Select(usize),
    New,
    Open,
    Save,
    SaveAs,
    Export(Format),
    /// Bring back a recovery copy found at start.
    Restore(usize),
    /// Delete a recovery copy found at start.
    DiscardOffer(usize),
}

/// Where a window keeps and finds its files. The app uses the user's own
/// folders; tests and benches give a scratch folder, so none of them ever
/// reads, sweeps or claims a real person's worksheets, copies or formats.
#[derive(Debug, Clone)]
pub struct AppFolders {
    /// Worksheets and their recovery copies.
    pub worksheets: Folders,
    /// Where workshop formats are looked for and saved.
    pub formats: Places,
}

impl AppFolders {
    /// The user's own folders, and `given` scenario files from the command line.
    pub fn for_user(given: Vec<std::path::PathBuf>) -> Self {
        Self {
            worksheets: Folders::for_user(),
            formats: Places::for_user(given),
        }
    }

    /// Everything under `root`: `worksheets/`, `recovery/`, and `formats/`
    /// as the trainer's own formats folder.
    pub fn under(root: impl Into<std::path::PathBuf>) -> Self {
        let root = root.into();
        Self {
            formats: Places {
                own: Some(root.join("formats")),
                ..Places::default()
            },
            worksheets: Folders::under(root),
        }
    }
}

/// Preferences kept between runs.
#[derive(Debug, Clone, Copy, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// No chime, only the flash.
    pub muted: bool,
    /// Dark text on a light background.
    pub light_theme: bool,
    /// The worksheet panel is showing.
    pub worksheet_open: bool,
    /// The language the trainer last chose in the window; `None` until
    /// they choose, so the system's locale decides.
    #[serde(with = "language_code")]
    pub language: Option<Language>,
}

/// A language kept by its code (`"es"`), so the preferences file stays
/// readable and a code this version does not know reads as no choice.
mod language_code {
    use serde::{Deserialize as _, Deserializer, Serialize as _, Serializer};

    use crate::i18n::Language;

    pub fn serialize<S: Serializer>(
        language: &Option<Language>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        language.map(Language::code).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Language>, D::Error> {
        let code = Option::<String>::deserialize(deserializer)?;
        Ok(code.as_deref().and_then(Language::parse))
    }
}

/// Everything a view needs to draw one frame.
pub struct Screen<'a> {
    /// The session, for the trainer's pieces; the room's read only `room`.
    pub session: &'a Session,
    /// What the room sees.
    pub room: &'a RoomView,
    /// The instant of the update step this frame draws.
    pub now: std::time::Instant,
    /// The colours of the theme in use.
    pub palette: Palette,
    /// The type sizes of the window being drawn.
    pub sizes: Sizes,
    /// Where phones follow the room, while it is shared and the code shown.
    pub share: Option<&'a ShareCard>,
}

/// A panel's margins for `screen`. No fill: the window is cleared to the
/// theme's background (see `PresenterApp::clear_color`), and painting it
/// again under every panel costs a software renderer a full screen of
/// pixels each frame.
pub fn panel_frame(screen: &Screen) -> eframe::egui::Frame {
    let margin = screen.sizes.small;
    eframe::egui::Frame::NONE.inner_margin(eframe::egui::Margin::symmetric(
        (margin * 1.5) as i8,
        (margin * 0.5) as i8,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_chosen_is_kept_by_its_code() {
        let prefs = Prefs {
            language: Some(Language::Spanish),
            ..Prefs::default()
        };
        let text = ron::to_string(&prefs).unwrap();
        assert!(text.contains("\"es\""), "{text}");
        let back: Prefs = ron::from_str(&text).unwrap();
        assert_eq!(back.language, Some(Language::Spanish));

        let before_the_switch: Prefs = ron::from_str("(muted: true)").unwrap();
        assert!(before_the_switch.muted);
        assert_eq!(before_the_switch.language, None, "the locale decides");
        let unknown: Prefs = ron::from_str("(language: Some(\"fr\"))").unwrap();
        assert_eq!(unknown.language, None, "a code this version does not speak");
    }
}
