//! The app as eframe runs it: the shared [`Workshop`] behind a lock, the
//! root window drawn by eframe's `ui`, and the other window as a deferred
//! viewport that eframe repaints on its own, only when asked.

use std::ops::Deref;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use eframe::egui;

use super::console::file_picker::FilePicker;
use super::console::formats::Formats;
use super::console::worksheets::Worksheets;
use super::windows;
use super::workshop::{WindowKind, Windows, Workshop};
use super::{AppFolders, Prefs};
use crate::i18n::Language;
use crate::library::Places;
use crate::report::Keeper;
use crate::screens::Layout;
use crate::session::Session;
use crate::session::clock::Clock;
use crate::share::Listen;
use crate::sound::Chime;
use crate::worksheet::folders::Folders;

/// The app: both windows over one workshop.
pub struct PresenterApp {
    shared: Arc<Mutex<Workshop>>,
}

/// The session, read through the lock, for tests and for saving.
pub struct SessionRef<'a>(MutexGuard<'a, Workshop>);

impl Deref for SessionRef<'_> {
    type Target = Session;
    fn deref(&self) -> &Session {
        &self.0.session
    }
}

/// The room's window on its own, over the same workshop as the app that
/// made it: what a test harness draws to press keys in the room.
pub struct RoomWindow {
    shared: Arc<Mutex<Workshop>>,
}

impl RoomWindow {
    /// One pass of the room's window: the update step, then drawing.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let mut workshop = lock(&self.shared);
        workshop.update(ui.ctx());
        windows::room::draw(&mut workshop, ui);
    }
}

fn lock(shared: &Mutex<Workshop>) -> MutexGuard<'_, Workshop> {
    // A panic while drawing leaves the state as the last action left it,
    // which is still the trainer's: keep going with it.
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

impl PresenterApp {
    /// An app over `session`, reading time from `clock`, ringing `chime`,
    /// and keeping its files in `folders`, with only the console open.
    /// Nothing is read or written until the first frame.
    pub fn new(
        session: Session,
        clock: Box<dyn Clock>,
        chime: Box<dyn Chime>,
        folders: AppFolders,
    ) -> Self {
        Self {
            shared: Arc::new(Mutex::new(Workshop::new(session, clock, chime, folders))),
        }
    }

    fn workshop(&self) -> MutexGuard<'_, Workshop> {
        lock(&self.shared)
    }

    /// Opens the windows as `layout` says, `monitors` being how many the
    /// window system listed.
    pub fn with_layout(self, layout: Layout, monitors: usize) -> Self {
        self.workshop().windows = Windows::new(layout, monitors);
        self
    }

    /// Opens the room's window fullscreen, where it is not the root (whose
    /// builder the caller has).
    pub fn with_room_fullscreen(self, fullscreen: bool) -> Self {
        {
            let mut workshop = self.workshop();
            let windows = &mut workshop.windows;
            if fullscreen && windows.other() == WindowKind::Room {
                windows.other_builder = windows.other_builder.clone().with_fullscreen(true);
            }
        }
        self
    }

    /// Shares the room from the first pass at `listen` (`--share`); with
    /// `None`, sharing waits for the trainer and then listens everywhere.
    pub fn with_sharing(self, listen: Option<Listen>) -> Self {
        if let Some(listen) = listen {
            let mut workshop = self.workshop();
            workshop.share_listen = listen;
            workshop.share_at_start = true;
        }
        self
    }

    /// What opens a joined window ("Join a room…"); tests record instead of
    /// starting a process.
    pub fn with_joiner(self, joiner: super::workshop::Joiner) -> Self {
        self.workshop().joiner = joiner;
        self
    }

    /// Where sharing listens when the trainer turns it on; tests use a
    /// loopback address and a port of the system's choosing.
    pub fn with_share_address(self, listen: Listen) -> Self {
        self.workshop().share_listen = listen;
        self
    }

    /// Looks for formats in `places`: the command line's files, shipped
    /// folders, the trainer's own folder. Tests give scratch folders.
    pub fn with_places(self, places: Places) -> Self {
        {
            let mut workshop = self.workshop();
            let window = workshop.console.worksheets.desk.window();
            workshop.console.formats = Formats::new(places, window);
        }
        self
    }

    /// Opens on the formats page, to pick one before anything else.
    pub fn with_formats_open(self) -> Self {
        {
            let mut workshop = self.workshop();
            let plan = workshop.session.plan().clone();
            workshop.console.formats.refresh(&plan);
            workshop.console.formats_open = true;
        }
        self
    }

    /// Keeps worksheets in `folders` and asks `picker` for file names;
    /// `today` dates new sheets. Tests give a scratch folder and a scripted
    /// picker.
    pub fn with_worksheets(
        self,
        folders: Folders,
        picker: Box<dyn FilePicker>,
        today: chrono::NaiveDate,
    ) -> Self {
        {
            let mut workshop = self.workshop();
            workshop.report = Keeper::new(folders.reports.clone());
            let worksheets = Worksheets::new(&workshop.session, folders, picker, today);
            let window = worksheets.desk.window();
            workshop.console.worksheets = worksheets;
            workshop.console.formats.set_window(window);
        }
        self
    }

    /// Shows `notice` in a banner until dismissed, e.g. why a scenario file
    /// could not be used.
    pub fn with_notice(self, notice: impl Into<String>) -> Self {
        self.workshop().console.notice = Some(notice.into());
        self
    }

    /// Starts with these preferences, speaking the language they keep if
    /// the trainer chose one.
    pub fn with_prefs(self, prefs: Prefs) -> Self {
        {
            let mut workshop = self.workshop();
            workshop.prefs = prefs;
            if let Some(language) = prefs.language {
                workshop.set_language(language);
            }
        }
        self
    }

    /// Speaks `language` in this run, whatever the preferences keep: what
    /// `--lang` asks for.
    pub fn with_language(self, language: Language) -> Self {
        self.workshop().set_language(language);
        self
    }

    /// The language the windows speak.
    pub fn language(&self) -> Language {
        self.workshop().language()
    }

    /// The session being run, for tests and for saving.
    pub fn session(&self) -> SessionRef<'_> {
        SessionRef(self.workshop())
    }

    /// The preferences as they stand.
    pub fn prefs(&self) -> Prefs {
        self.workshop().prefs
    }

    /// The room's window over this app's workshop, to draw on its own.
    pub fn room_window(&self) -> RoomWindow {
        RoomWindow {
            shared: Arc::clone(&self.shared),
        }
    }

    /// Which windows are open: the room's and the console's.
    pub fn open_windows(&self) -> (bool, bool) {
        let workshop = self.workshop();
        (
            workshop.windows.is_open(WindowKind::Room),
            workshop.windows.is_open(WindowKind::Console),
        )
    }

    /// The monitor the room was last sent to, if any.
    pub fn room_monitor(&self) -> Option<usize> {
        self.workshop().windows.room_monitor
    }

    /// While the room is shared: where the server listens, and the PIN.
    pub fn sharing(&self) -> Option<(std::net::SocketAddr, String)> {
        let workshop = self.workshop();
        let sharing = workshop.sharing.as_ref()?;
        Some((sharing.bound(), sharing.pin().as_str().to_string()))
    }

    /// One whole pass of the root window, as eframe makes it: the update
    /// step, then drawing, then the other window if it is open (the test
    /// harness embeds it in the same pass). Tests drive the app through this.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.workshop().update(ui.ctx());
        self.draw(ui);
    }

    /// Draws the root window from the state the update step left, then
    /// asks for the other window. The lock is let go in between: where
    /// viewports are embedded, the other window is drawn inside this call.
    fn draw(&mut self, ui: &mut egui::Ui) {
        let other = {
            let mut workshop = self.workshop();
            match workshop.windows.root {
                WindowKind::Room => windows::room::draw(&mut workshop, ui),
                WindowKind::Console => windows::console::draw(&mut workshop, ui),
            }
            let windows = &workshop.windows;
            windows.other_open.then(|| {
                let kind = windows.other();
                (kind, windows.viewport(kind), windows.other_builder.clone())
            })
        };
        if let Some((kind, id, builder)) = other {
            let shared = Arc::clone(&self.shared);
            ui.ctx()
                .show_viewport_deferred(id, builder, move |ui, _class| {
                    let mut workshop = lock(&shared);
                    // Deferred windows get no `logic` of their own.
                    workshop.update(ui.ctx());
                    match kind {
                        WindowKind::Room => windows::room::draw(&mut workshop, ui),
                        WindowKind::Console => windows::console::draw(&mut workshop, ui),
                    }
                });
        }
    }

    /// Writes every change not yet in a recovery copy, and says on the
    /// terminal what could not be written: the window is going away.
    pub fn flush(&mut self) {
        self.workshop().flush();
    }
}

impl eframe::App for PresenterApp {
    /// Both windows are cleared to the theme's background, which the
    /// panels then leave unpainted.
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    /// eframe runs this before every `ui` of the root window, and alone
    /// while it is hidden or minimised.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.workshop().update(ctx);
    }

    /// Called every 30 seconds and as the window closes, but only where
    /// eframe has a folder for its preferences.
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let mut workshop = self.workshop();
        workshop.flush();
        eframe::set_value(storage, eframe::APP_KEY, &workshop.prefs);
    }

    /// Called as the app quits, whether or not eframe could keep its
    /// preferences: any change not yet in a recovery copy is written now,
    /// so quitting never loses text.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.flush();
    }
}
