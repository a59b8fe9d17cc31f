//! A trainer at the keyboard: the presenter in a kittest harness with a
//! hand-stepped clock, a recording chime and a scratch folder for worksheets.
#![allow(dead_code)] // each test file uses its own part of the helper

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use eframe::egui::{self, Key, Modifiers, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use one_on_one::follow::{Follower, JoinAddress};
use one_on_one::scenario::{Scenario, built_in_breakout};
use one_on_one::session::clock::{Clock as _, ManualClock};
use one_on_one::session::{Phase, Session};
use one_on_one::sound::RecordingChime;
use one_on_one::ui::file_picker::{FilePicker, NoDialogs, PickKind, Picked};
use one_on_one::ui::joined::JoinedApp;
use one_on_one::ui::{AppFolders, PresenterApp, RoomWindow};
use one_on_one::worksheet::folders::Folders;

pub const SEC: Duration = Duration::from_secs(1);
pub const MIN: Duration = Duration::from_secs(60);

pub struct Trainer {
    pub harness: Harness<'static, PresenterApp>,
    /// The folder worksheets and recovery copies go to, fresh for each test.
    pub data: PathBuf,
    pub clock: ManualClock,
    pub chime: RecordingChime,
}

impl Trainer {
    pub fn new() -> Self {
        Self::with(built_in_breakout())
    }

    pub fn with(scenario: Scenario) -> Self {
        Self::sized(scenario, [1280.0, 720.0])
    }

    pub fn sized(scenario: Scenario, size: [f32; 2]) -> Self {
        Self::made(scenario, size, |app| app)
    }

    /// The app on `scenario` in a scratch folder, as `customise` sets it up
    /// (a layout, a share address...), in a `size` window.
    pub fn made(
        scenario: Scenario,
        size: [f32; 2],
        customise: impl FnOnce(PresenterApp) -> PresenterApp,
    ) -> Self {
        let data = scratch_folder();
        let folders = Folders::under(&data);
        let mut trainer = Self::around(size, |clock, chime| {
            customise(
                PresenterApp::new(
                    Session::new(scenario),
                    Box::new(clock),
                    Box::new(chime),
                    AppFolders::under(&data),
                )
                .with_worksheets(
                    folders,
                    Box::new(NoDialogs::default()),
                    practice_day(),
                ),
            )
        });
        trainer.data = data;
        trainer
    }

    /// A harness around the app `make` builds from the test's clock and chime.
    pub fn around(
        size: [f32; 2],
        make: impl FnOnce(ManualClock, RecordingChime) -> PresenterApp,
    ) -> Self {
        let clock = ManualClock::new();
        let chime = RecordingChime::default();
        let app = make(clock.clone(), chime.clone());
        let mut harness = Harness::builder()
            .with_size(size)
            .build_ui_state(|ui, app: &mut PresenterApp| app.show(ui), app);
        harness.run();
        Self {
            harness,
            data: PathBuf::new(),
            clock,
            chime,
        }
    }

    /// Lets time pass, a second at a time, drawing a frame after each as
    /// the window would.
    pub fn wait(&mut self, span: Duration) {
        let mut left = span;
        while left > Duration::ZERO {
            let step = left.min(SEC);
            self.clock.advance(step);
            left -= step;
            self.harness.run();
        }
    }

    /// The room's own window, `size` big, over this trainer's session: what
    /// the projector shows.
    pub fn room_window(&self, size: [f32; 2]) -> Harness<'static, RoomWindow> {
        let room = self.harness.state().room_window();
        let mut harness = Harness::builder()
            .with_size(size)
            .build_ui_state(|ui, room: &mut RoomWindow| room.show(ui), room);
        harness.run();
        harness
    }

    pub fn press(&mut self, key: Key) {
        self.harness.key_press(key);
        self.harness.run();
    }

    /// Scrolls the widget into view, as a person would, then clicks it.
    pub fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_label(label).click();
        self.harness.run();
    }

    /// Whether a label reads `label` anywhere: the console shows some
    /// things twice (a step's length in the agenda and in the miniature).
    pub fn sees(&self, label: &str) -> bool {
        self.harness.query_all_by_label(label).next().is_some()
    }

    /// Whether some label contains `text`.
    pub fn sees_text(&self, text: &str) -> bool {
        self.harness
            .query_all_by_label_contains(text)
            .next()
            .is_some()
    }

    pub fn phase(&self) -> Phase {
        self.harness.state().session().phase()
    }

    pub fn repaint_delay(&self) -> Duration {
        self.harness.output().viewport_output[&ViewportId::ROOT].repaint_delay
    }

    pub fn type_name(&mut self, field: &str, name: &str) {
        self.harness.get_by_label(field).focus();
        self.harness.run();
        self.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        self.harness.run();
        // A real keyboard sends a key event and a text event for each
        // character; the key event for Space is the one that could pause.
        for ch in name.chars() {
            if ch == ' ' {
                self.harness.key_press(Key::Space);
            }
            self.harness.event(egui::Event::Text(ch.to_string()));
            self.harness.run();
        }
    }
}

/// The day the tests pretend the practice happens, so file names are known.
pub fn practice_day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a real date")
}

/// A new empty folder under the system's temp folder.
pub fn scratch_folder() -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let folder = std::env::temp_dir().join(format!(
        "one-on-one-ui-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("a scratch folder");
    folder
}

/// A participant at the worksheet panel.
impl Trainer {
    pub fn open_worksheet(&mut self) {
        if !self.sees("Values we share") {
            self.click("Worksheet");
        }
        assert!(self.sees("Values we share"), "the worksheet panel opens");
    }

    /// Clicks into the field labelled `label` and types `text` as a keyboard would.
    pub fn write(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).focus();
        self.harness.run();
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.harness.key_press(Key::Enter);
            }
            self.harness.event(egui::Event::Text(line.to_string()));
        }
        self.harness.run();
    }

    pub fn value_of(&self, label: &str) -> String {
        self.harness.get_by_label(label).value().unwrap_or_default()
    }

    pub fn ctrl(&mut self, key: Key) {
        self.harness.key_press_modifiers(Modifiers::COMMAND, key);
        self.harness.run();
    }

    pub fn ctrl_shift(&mut self, key: Key) {
        self.harness
            .key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, key);
        self.harness.run();
    }

    pub fn worksheets(&self) -> PathBuf {
        self.data.join("worksheets")
    }

    /// The recovery copies in every window's folder under `recovery/`.
    pub fn recovery_files(&self) -> Vec<PathBuf> {
        let mut copies: Vec<PathBuf> = files_in(&self.data.join("recovery"))
            .iter()
            .filter(|path| path.is_dir())
            .flat_map(|window| files_in(window))
            .filter(|path| path.extension().is_some_and(|e| e == "ron"))
            .collect();
        copies.sort();
        copies
    }
}

pub fn files_in(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// A file dialog that answers from a script and records what it was asked.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    pub answers: Arc<Mutex<VecDeque<Picked>>>,
    pub asked: Arc<Mutex<Vec<(PickKind, PathBuf, String)>>>,
    pub pending: Arc<Mutex<Option<Picked>>>,
}

impl ScriptedDialogs {
    pub fn will_answer(&self, picked: Picked) {
        self.answers.lock().unwrap().push_back(picked);
    }
}

impl FilePicker for ScriptedDialogs {
    fn start(&mut self, kind: PickKind, folder: &Path, extension: &str, _: &egui::Context) {
        self.asked
            .lock()
            .unwrap()
            .push((kind, folder.to_path_buf(), extension.to_string()));
        *self.pending.lock().unwrap() = self.answers.lock().unwrap().pop_front();
    }

    fn poll(&mut self) -> Option<Picked> {
        self.pending.lock().unwrap().take()
    }

    fn waiting(&self) -> bool {
        self.pending.lock().unwrap().is_some()
    }

    fn abandon(&mut self) {
        *self.pending.lock().unwrap() = None;
    }
}

pub fn with_dialogs(data: &Path, dialogs: ScriptedDialogs) -> Trainer {
    with_dialogs_on(data, dialogs, built_in_breakout())
}

/// A trainer running `scenario`, with worksheets in `data` and file
/// dialogs answered from `dialogs`.
pub fn with_dialogs_on(data: &Path, dialogs: ScriptedDialogs, scenario: Scenario) -> Trainer {
    let folders = Folders::under(data);
    let mut trainer = Trainer::around([1280.0, 800.0], |clock, chime| {
        PresenterApp::new(
            Session::new(scenario),
            Box::new(clock),
            Box::new(chime),
            AppFolders::under(data),
        )
        .with_worksheets(folders, Box::new(dialogs), practice_day())
    });
    trainer.data = data.to_path_buf();
    trainer
}

pub fn reopened(data: &Path) -> Trainer {
    let folders = Folders::under(data);
    let mut trainer = Trainer::around([1280.0, 800.0], |clock, chime| {
        PresenterApp::new(
            Session::new(built_in_breakout()),
            Box::new(clock),
            Box::new(chime),
            AppFolders::under(data),
        )
        .with_worksheets(folders, Box::new(NoDialogs::default()), practice_day())
    });
    trainer.data = data.to_path_buf();
    trainer
}

impl Trainer {
    /// Asks the window to close, as the window manager's close button does;
    /// returns the commands the app sent the window in that frame.
    pub fn close_window(&mut self) -> Vec<egui::ViewportCommand> {
        self.harness
            .input_mut()
            .viewports
            .entry(ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        self.harness.step();
        let commands = self.harness.output().viewport_output[&ViewportId::ROOT]
            .commands
            .clone();
        self.harness.run();
        commands
    }
}

/// A folder of its own for one test under the system's temp folder, open to
/// other users (a test may hand it to `nobody`), removed when the test
/// passes and kept for a look when it fails.
pub struct Scratch(PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Self {
        let folder =
            std::env::temp_dir().join(format!("one-on-one-scratch-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).expect("a scratch folder");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755))
                .expect("a scratch folder others may enter");
        }
        Self(folder)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// One window's worksheets without the drawing: the desk the window works
/// on, with a clock the test moves by hand, and Maria typing her notes.
pub struct Window {
    pub desk: one_on_one::worksheet::Desk,
    pub now: std::time::Instant,
    /// Everything typed into the notes so far, in order.
    pub typed: String,
}

impl Window {
    /// A window on the data folder `data`, which looks for copies left by
    /// windows that are gone, as the app does at start.
    pub fn open(data: &Path) -> Self {
        let mut desk = one_on_one::worksheet::Desk::new(
            &built_in_breakout(),
            &["Maria".to_string()],
            Folders::under(data),
            practice_day(),
        );
        desk.look_for_recovery();
        Self {
            desk,
            now: std::time::Instant::now(),
            typed: String::new(),
        }
    }

    /// Maria types `text` at the end of her notes.
    pub fn types(&mut self, text: &str) {
        self.now += Duration::from_millis(150);
        self.desk.current_mut().sheet.notes.push_str(text);
        self.desk.edited(self.now);
        self.typed.push_str(text);
    }

    /// Typing stops for a second, so the recovery copy is due; returns what
    /// could not be written.
    pub fn pauses(&mut self) -> Vec<one_on_one::worksheet::WorksheetError> {
        self.now += one_on_one::recovery::autosave::QUIET;
        self.desk.autosave(self.now)
    }

    /// Typing stops and the recovery copy is written.
    pub fn pauses_and_copies(&mut self) {
        let errors = self.pauses();
        assert!(
            errors.is_empty(),
            "the copy could not be written: {errors:?}"
        );
    }

    /// The one recovery copy this window keeps.
    pub fn copy(&self) -> PathBuf {
        let copies = self
            .desk
            .window()
            .copies(one_on_one::worksheet::recovery::KIND);
        assert_eq!(copies.len(), 1, "one copy in the window's folder");
        copies[0].clone()
    }

    /// Save (or Save As) to `path`, as the window does once nothing is lost by it.
    pub fn save(&mut self, path: &Path) -> Result<(), one_on_one::worksheet::WorksheetError> {
        self.desk.save_current_to(path)
    }

    /// Everything typed is still on the sheet, marked as not saved.
    pub fn still_holds_everything(&self) {
        let open = self.desk.current();
        assert!(
            open.sheet.notes == self.typed,
            "the sheet holds {} bytes of the {} typed",
            open.sheet.notes.len(),
            self.typed.len()
        );
        assert!(open.is_unsaved(), "still marked as not saved");
    }
}

// ---- A participant's laptop following the trainer's shared room.

/// A participant's joined window on a 1366x768 laptop, on the trainer's clock (two laptops whose
/// clocks the time sync brings together), its files in a folder of its own.
pub fn joined_window(
    address: SocketAddr,
    clock: &ManualClock,
    pin: Option<String>,
    folder: &Path,
) -> Harness<'static, JoinedApp> {
    let join = JoinAddress::parse(&format!("http://{address}/")).unwrap();
    let follower = Follower::start(join, clock.shared(), std::sync::Arc::new(|| {}));
    let app = JoinedApp::new(
        follower,
        Box::new(clock.clone()),
        Folders::under(folder),
        Box::new(NoDialogs::default()),
        practice_day(),
    )
    .with_pin(pin);
    Harness::builder()
        .with_size([1366.0, 768.0])
        .build_ui_state(|ui, app: &mut JoinedApp| app.show(ui), app)
}

/// Runs the joined app until `seen` is on it, as its thread hears the room.
pub fn until_joined_shows(app: &mut Harness<'static, JoinedApp>, seen: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        app.run();
        if app.query_all_by_label_contains(seen).next().is_some() {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the joined app never showed {seen:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
