//! The trainer's pieces: the controls and the room's strip, the miniature
//! of the room, the agenda with its times of day, the next step and the
//! trainer's notes, the report, the names, the formats page and its
//! editor, the worksheets and the question asked before closing.

pub mod agenda;
pub mod closing;
pub mod controls;
pub mod editor;
pub mod file_chooser;
pub mod file_picker;
pub mod formats;
pub mod miniature;
pub mod next_step;
pub mod report_view;
pub mod setup;
pub mod sharing;
pub mod strip;
pub mod worksheet_panel;
pub mod worksheets;

use formats::Formats;
use worksheets::Worksheets;

/// "Wed 25 Nov 14:05", "mié 25 nov 14:05": when a file or a copy was last
/// written, in the language spoken.
pub fn day_and_time(when: &chrono::DateTime<chrono::Local>) -> String {
    format!(
        "{} {}",
        crate::i18n::dates::short_day(when),
        when.format("%H:%M")
    )
}

/// What the trainer has open and typed, apart from the session itself.
pub struct Console {
    /// The keyboard shortcuts are showing.
    pub show_help: bool,
    /// The name fields show while the session runs.
    pub show_names: bool,
    /// The names as typed, one per participant.
    pub name_drafts: Vec<String>,
    /// The participants' worksheets.
    pub worksheets: Worksheets,
    /// The formats page and the agenda editor.
    pub formats: Formats,
    /// The formats page is showing.
    pub formats_open: bool,
    /// A banner until dismissed, e.g. why a scenario file could not be used.
    pub notice: Option<String>,
    /// The room address being typed to join a trainer's room, while asked.
    pub join_draft: Option<String>,
    /// What closing the window is waiting for.
    pub closing: Option<closing::Closing>,
    /// What the console's main pane shows.
    pub pane: Pane,
}

/// What the console's main pane shows beside the miniature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    /// The whole agenda in times of day.
    #[default]
    Agenda,
    /// The report of the run so far.
    Report,
}

impl Console {
    /// A console with nothing open, `name_drafts` in the name fields.
    pub fn new(name_drafts: Vec<String>, worksheets: Worksheets, formats: Formats) -> Self {
        Self {
            show_help: false,
            show_names: false,
            name_drafts,
            worksheets,
            formats,
            formats_open: false,
            notice: None,
            join_draft: None,
            closing: None,
            pane: Pane::Agenda,
        }
    }

    /// Whether a question is up, whose keys (Esc, Enter) answer it: no
    /// shortcut takes them first.
    pub fn is_asking(&self) -> bool {
        self.closing == Some(closing::Closing::Asking)
            || self.worksheets.is_asking()
            || (self.formats_open && self.formats.is_asking())
    }
}
