//! Everything both windows share: the session and the clock it runs on,
//! what the room sees besides it, what the trainer has open, and which
//! windows are up. One update step per pass (bring the session up to now,
//! ring and flash for what happened, write what is due), then the window
//! being drawn reads that state and returns actions, carried out here.

use std::collections::HashMap;
use std::io::{IsTerminal as _, Write as _};
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui::{self, ViewportBuilder, ViewportCommand, ViewportId};
use fluent::FluentValue;

use super::console::file_picker;
use super::console::formats::Formats;
use super::console::worksheets::Worksheets;
use super::console::{Console, Pane, closing};
use super::room::share_code::ShareCard;
use super::theme::{self, Sizes};
use super::{Action, AppFolders, Prefs};
use crate::follow::JoinAddress;
use crate::i18n::{self, Language, tr, tr_args};
use crate::report::timetable::Timetable;
use crate::report::{Keeper, Report};
use crate::room::{RoomFeed, Stage};
use crate::scenario::Plan;
use crate::screens::{self, Layout};
use crate::session::clock::Clock;
use crate::session::{Cue, Intent, Phase, Session};
use crate::share::{Listen, ShareSetup, Sharing, Waker};
use crate::sound::{Chime, Sound};
use crate::worksheet::guide::WorksheetGuide;

/// The windows' application id: the name of the desktop entry the .deb
/// installs, so a Wayland dock shows the app's own icon and name.
pub const APP_ID: &str = "org.oneonone.OneOnOne";

/// A little past the next whole second, so the frame lands after the change.
const WAKE_MARGIN: Duration = Duration::from_millis(5);

/// How long the one-screen room keeps its control strip after the mouse
/// stops, as a video player does.
pub const STRIP_LINGERS: Duration = Duration::from_secs(3);

/// What opens a window joined to a room.
pub type Joiner = Box<dyn FnMut(&JoinAddress) -> std::io::Result<()> + Send>;

/// Starts this program again as `join URL`: the joined window is a whole
/// app of its own, with its own folders' lock and its own lifetime.
fn open_joined_window(address: &JoinAddress) -> std::io::Result<()> {
    std::process::Command::new(std::env::current_exe()?)
        .arg("join")
        .arg(address.url())
        .stdin(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
}

/// The two windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WindowKind {
    /// What the room sees, projected.
    Room,
    /// The trainer's console.
    Console,
}

impl WindowKind {
    /// The window's title, as the window manager and a screen reader show
    /// it, in the language spoken now.
    pub fn title(self) -> String {
        match self {
            WindowKind::Room => tr("console-title-room"),
            WindowKind::Console => tr("console-title-console"),
        }
    }

    fn other(self) -> Self {
        match self {
            WindowKind::Room => WindowKind::Console,
            WindowKind::Console => WindowKind::Room,
        }
    }
}

/// Which windows are up and where.
pub struct Windows {
    /// The layout chosen at the start.
    pub layout: Layout,
    /// The window eframe opened first; closing it quits.
    pub root: WindowKind,
    /// Whether the other window is open.
    pub other_open: bool,
    /// How the other window was first built; kept as it was, since a
    /// changed builder makes eframe rebuild the window.
    pub other_builder: ViewportBuilder,
    /// How many monitors the window system listed at the start.
    pub monitors: usize,
    /// The monitor the room was last sent to, if any.
    pub room_monitor: Option<usize>,
    /// Until when the one-screen room shows its control strip.
    pub strip_until: Option<Instant>,
}

impl Windows {
    /// The windows for `layout`: in the one-screen layout the room is the
    /// window and the console waits for C; otherwise the console is the
    /// window and the room opens beside it or on the projector.
    pub fn new(layout: Layout, monitors: usize) -> Self {
        let (root, other_open, room_monitor) = match layout {
            Layout::OneScreen => (WindowKind::Room, false, None),
            Layout::Projector { room } => (WindowKind::Console, true, Some(room)),
            Layout::Rehearsal => (WindowKind::Console, true, None),
        };
        let other = root.other();
        let mut other_builder = ViewportBuilder::default()
            .with_title(other.title())
            .with_app_id(APP_ID)
            .with_min_inner_size([480.0, 300.0]);
        other_builder = match (other, room_monitor) {
            (WindowKind::Room, Some(monitor)) => other_builder.with_monitor(monitor),
            (WindowKind::Room, None) => other_builder.with_inner_size([960.0, 540.0]),
            // Short enough for a 1366x768 laptop with its title bar and panel.
            (WindowKind::Console, _) => other_builder.with_inner_size([1280.0, 700.0]),
        };
        Self {
            layout,
            root,
            other_open,
            other_builder,
            monitors,
            room_monitor,
            strip_until: None,
        }
    }

    /// The viewport `kind` is drawn in.
    pub fn viewport(&self, kind: WindowKind) -> ViewportId {
        if kind == self.root {
            ViewportId::ROOT
        } else {
            // Not by its title, which changes with the language.
            ViewportId::from_hash_of(("one-on-one window", kind))
        }
    }

    /// Whether `kind` is showing.
    pub fn is_open(&self, kind: WindowKind) -> bool {
        kind == self.root || self.other_open
    }

    /// The window that is not the root.
    pub fn other(&self) -> WindowKind {
        self.root.other()
    }
}

/// The state both windows draw from.
pub struct Workshop {
    pub session: Session,
    pub clock: Box<dyn Clock>,
    pub chime: Box<dyn Chime>,
    pub prefs: Prefs,
    /// The room's: flash, do / don't, an act looked at.
    pub stage: Stage,
    /// The trainer's: names, worksheets, formats, questions.
    pub console: Console,
    /// Keeps the report of how the session ran, as it runs.
    pub report: Keeper,
    /// Why the report could not be written, until it can be.
    pub report_trouble: Option<String>,
    /// The report as it stands at the last update, for the console.
    pub live_report: Option<Report>,
    /// The agenda in times of day as it stands at the last update.
    pub timetable: Timetable,
    /// The instant of the last update step, which drawing reads.
    pub updated_at: Option<Instant>,
    /// Which windows are up.
    pub windows: Windows,
    /// The room shared with phones, while it is.
    pub sharing: Option<Sharing>,
    /// Whether to share the room on the first pass (`--share`).
    pub share_at_start: bool,
    /// Where sharing listens: every interface unless `--share` or a test
    /// says otherwise.
    pub share_listen: Listen,
    /// What the room shows of sharing: the QR code and the address.
    pub share_card: Option<ShareCard>,
    /// Whether the trainer hid the QR code from the room.
    pub share_code_hidden: bool,
    /// The instant the times sent to phones count from.
    epoch: Instant,
    /// Opens the window that joins a room; tests record instead.
    pub joiner: Joiner,
    /// The language every window speaks: the trainer's choice, else what
    /// the command line or the system asked for.
    language: Language,
    /// The language changed since phones were last offered the worksheet,
    /// whose labels and questions are in the words of its time. (The room
    /// itself goes out again on its own: its language is news.)
    words_changed: bool,
    /// The language each open window was last given its title in.
    titles: HashMap<WindowKind, Language>,
    styled_for: Option<(Sizes, bool)>,
    /// Whether the recovery folder was read, on the first pass.
    looked_for_recovery: bool,
}

impl Workshop {
    /// A workshop over `session`, reading time from `clock`, ringing
    /// `chime`, and keeping its files in `folders`; only the console is
    /// open until a layout says otherwise. Nothing is read or written until
    /// the first pass.
    pub fn new(
        session: Session,
        clock: Box<dyn Clock>,
        chime: Box<dyn Chime>,
        folders: AppFolders,
    ) -> Self {
        let name_drafts = session.names();
        let timetable = Timetable::of(&session, None, clock.wall_now());
        let report = Keeper::new(folders.worksheets.reports.clone());
        let worksheets = Worksheets::new(
            &session,
            folders.worksheets,
            Box::new(file_picker::NativePicker::new()),
            chrono::Local::now().date_naive(),
        );
        let formats = Formats::new(folders.formats, worksheets.desk.window());
        let mut windows = Windows::new(Layout::Rehearsal, 1);
        windows.other_open = false;
        let epoch = clock.now();
        Self {
            session,
            clock,
            chime,
            prefs: Prefs::default(),
            stage: Stage::default(),
            console: Console::new(name_drafts, worksheets, formats),
            report,
            report_trouble: None,
            live_report: None,
            timetable,
            updated_at: None,
            windows,
            sharing: None,
            share_at_start: false,
            share_listen: Listen::Anywhere,
            share_card: None,
            share_code_hidden: false,
            epoch,
            joiner: Box::new(open_joined_window),
            language: i18n::language(),
            words_changed: false,
            titles: HashMap::new(),
            styled_for: None,
            looked_for_recovery: false,
        }
    }

    /// The update step, once per pass and before any drawing: brings the
    /// session up to now, rings and flashes for what happened, and writes
    /// the recovery copies that are due. It runs in whichever window is
    /// drawn (the root also while hidden, so the chime still sounds at a
    /// hand-over nobody is looking at); a second run at the same instant
    /// finds nothing new.
    pub fn update(&mut self, ctx: &egui::Context) {
        self.speak();
        if !std::mem::replace(&mut self.looked_for_recovery, true) {
            // Changes found from a crash are shown, not left behind a closed panel.
            if self.console.worksheets.look_for_recovery() {
                self.prefs.worksheet_open = true;
                self.open(ctx, WindowKind::Console);
            }
            // So is a draft: the formats page opens on its offer.
            if self.console.formats.look_for_recovery() {
                self.console.formats.refresh(self.session.plan());
                self.console.formats_open = true;
                self.open(ctx, WindowKind::Console);
            }
            if std::mem::take(&mut self.share_at_start) {
                self.start_sharing(ctx);
            }
        }
        let now = self.clock.now();
        let cues = self.session.tick(now);
        self.announce(ctx, &cues, now);
        self.follow_phones(ctx);
        // Typing stops when the window is hidden, but the copy still gets written.
        self.console.worksheets.autosave(now);
        self.console.formats.autosave(now);
        if self.stage.expire_flash(now) {
            self.repaint_all(ctx);
        }
        let wall_now = self.clock.wall_now();
        let written = self.report.update(&self.session, now, wall_now);
        self.note_report(written);
        self.live_report = self.report.report(&self.session, now);
        self.timetable = Timetable::of(&self.session, self.live_report.as_ref(), wall_now);
        if self.needs_the_trainer() && !self.windows.is_open(WindowKind::Console) {
            // A question, a problem or a recovered text waits on the console:
            // in the one-screen layout it opens by itself.
            self.windows.other_open = true;
            ctx.request_repaint_of(ViewportId::ROOT);
        }
        self.updated_at = Some(now);
        self.publish_room(ctx, now);
        self.schedule_repaint(ctx, now);
    }

    /// Starts sharing the room, printing where phones find it; says on the
    /// console why not if it cannot.
    pub fn start_sharing(&mut self, ctx: &egui::Context) {
        if self.sharing.is_some() {
            return;
        }
        let waker_ctx = ctx.clone();
        // The root's update reads the phones' intents and the viewer count.
        let waker: Waker = Arc::new(move || waker_ctx.request_repaint_of(ViewportId::ROOT));
        let setup = ShareSetup::new(self.share_listen, self.clock.shared(), self.epoch, waker);
        let guide = WorksheetGuide::of(self.session.scenario());
        match Sharing::start(setup, self.room_feed(self.clock.now()), &guide) {
            Ok(sharing) => {
                // A closed or full stdout must not stop the app: the same
                // addresses are on the console.
                let mut stdout = std::io::stdout().lock();
                for url in sharing.urls() {
                    let _ = writeln!(stdout, "room: {url}");
                }
                let _ = stdout.flush();
                self.share_card = Some(ShareCard::new(&sharing));
                self.sharing = Some(sharing);
            }
            Err(error) => {
                let _ = writeln!(std::io::stderr(), "one-on-one: {error}");
                self.console.notice = Some(tr_args(
                    "console-share-failed",
                    &[("error", FluentValue::from(error.to_string()))],
                ));
                self.open(ctx, WindowKind::Console);
            }
        }
        self.repaint_all(ctx);
    }

    /// Stops sharing: the server closes and every phone says it lost the room.
    pub fn stop_sharing(&mut self, ctx: &egui::Context) {
        if self.sharing.take().is_some() {
            self.share_card = None;
            self.repaint_all(ctx);
        }
    }

    /// What phones see of the room at `now`.
    fn room_feed(&self, now: Instant) -> RoomFeed {
        RoomFeed::at(
            &self.session,
            &self.stage,
            now,
            self.epoch,
            self.prefs.light_theme,
        )
    }

    /// Sends phones what changed in the room, if anything did; after a
    /// change of language, the worksheet they offer again in the new words.
    fn publish_room(&mut self, ctx: &egui::Context, now: Instant) {
        let words_changed = std::mem::take(&mut self.words_changed);
        if self.sharing.is_none() {
            return;
        }
        let feed = self.room_feed(now);
        let guide = words_changed.then(|| WorksheetGuide::of(self.session.scenario()));
        let Some(sharing) = self.sharing.as_mut() else {
            return;
        };
        if let Some(guide) = guide {
            sharing.offer_worksheet(&guide);
        }
        sharing.publish(feed);
        let viewers = sharing.viewers();
        if let Some(card) = &mut self.share_card
            && card.viewers != viewers
        {
            card.viewers = viewers;
            self.repaint_all(ctx);
        }
    }

    /// Carries out what the trainer sent from their phone, as if pressed
    /// here, and counts the phones' votes.
    fn follow_phones(&mut self, ctx: &egui::Context) {
        let Some(sharing) = &self.sharing else {
            return;
        };
        let (intents, votes) = (sharing.take_intents(), sharing.take_votes());
        if !intents.is_empty() {
            let actions = intents.into_iter().map(Action::Session).collect();
            self.perform_all(ctx, actions, WindowKind::Console);
        }
        if !votes.is_empty() {
            for vote in votes {
                // The server checked the shape against the ballot it last
                // saw; one that closed since, or a full round, is dropped.
                let _ = self.stage.tally_mut().vote(
                    &self.session,
                    &vote.token,
                    vote.round,
                    &vote.reached,
                );
            }
            self.report
                .set_tally(self.stage.tally().rounds(&self.session));
            self.repaint_all(ctx);
        }
    }

    /// Answers a close request in `kind`'s window, if there is one: the root
    /// holds the close while text is unsaved (the console asks); the other
    /// window only hides, unless the console is asking. Returns whether the
    /// window is gone and the pass should draw nothing.
    pub fn close_if_asked(&mut self, ctx: &egui::Context, kind: WindowKind) -> bool {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return false;
        }
        if kind == self.windows.root {
            let console = &mut self.console;
            closing::hold_close(
                ctx,
                &console.worksheets,
                &console.formats,
                &mut console.closing,
            );
            false
        } else if kind == WindowKind::Console && self.console.closing.is_some() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            false
        } else {
            self.hide_other();
            ctx.request_repaint_of(ViewportId::ROOT);
            true
        }
    }

    /// The instant the window being drawn shows: that of the last update.
    pub fn drawn_at(&self) -> Instant {
        self.updated_at.unwrap_or_else(|| self.clock.now())
    }

    /// Whether something on the console needs the trainer now: a notice, a
    /// problem writing files, or a question.
    fn needs_the_trainer(&self) -> bool {
        let console = &self.console;
        console.notice.is_some()
            || self.report_trouble.is_some()
            || console.worksheets.recovery_trouble().is_some()
            || console.formats.recovery_trouble().is_some()
            || console.is_asking()
            || console.closing.is_some()
    }

    /// Carries out what was pressed in `from`, and has both windows show it.
    pub fn perform_all(&mut self, ctx: &egui::Context, actions: Vec<Action>, from: WindowKind) {
        if actions.is_empty() {
            return;
        }
        for action in actions {
            if from == WindowKind::Room && action.is_for_the_console() {
                self.open(ctx, WindowKind::Console);
            }
            self.perform(ctx, action);
        }
        self.repaint_all(ctx);
    }

    fn perform(&mut self, ctx: &egui::Context, action: Action) {
        let console = &mut self.console;
        match action {
            Action::Session(intent) => {
                let now = self.clock.now();
                let renamed = matches!(intent, Intent::Rename { .. });
                let cues = self.session.apply(intent, now);
                self.announce(ctx, &cues, now);
                if renamed {
                    self.console.worksheets.follow_names(&self.session);
                }
            }
            Action::ToggleWorksheet => self.prefs.worksheet_open = !self.prefs.worksheet_open,
            Action::Sheet(action) => {
                self.prefs.worksheet_open = true;
                console.worksheets.perform(ctx, action);
            }
            Action::ToggleMute => self.prefs.muted = !self.prefs.muted,
            Action::ToggleDoDont => self.stage.toggle_do_dont(),
            Action::ToggleBothLanguages => self.stage.toggle_both_languages(),
            Action::ToggleNames => console.show_names = !console.show_names,
            Action::ToggleTheme => self.prefs.light_theme = !self.prefs.light_theme,
            Action::ToggleFullscreen => {
                let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(!fullscreen));
            }
            Action::ToggleHelp => console.show_help = !console.show_help,
            Action::CloseHelp => console.show_help = false,
            Action::ViewAct(act) => self.stage.view_act(self.session.step_index(), act),
            Action::ToggleFormats => {
                if !console.formats_open {
                    console.formats.refresh(self.session.plan());
                    console.formats_open = true;
                } else if console.formats.request_leave() {
                    console.formats_open = false;
                }
            }
            Action::Setup(setup) => {
                if self.session.phase() == Phase::NotStarted {
                    let scenario = self.session.scenario().clone();
                    self.run_plan(Plan::new(scenario, setup));
                }
            }
            Action::OpenConsole => self.open(ctx, WindowKind::Console),
            Action::ToggleRoomWindow => {
                if self.windows.root == WindowKind::Console {
                    if self.windows.other_open {
                        self.hide_other();
                    } else {
                        self.windows.other_open = true;
                    }
                }
            }
            Action::MoveRoom => self.move_room(ctx),
            Action::ToggleSharing => {
                if self.sharing.is_some() {
                    self.stop_sharing(ctx);
                } else {
                    self.start_sharing(ctx);
                }
            }
            Action::ToggleShareCode => self.share_code_hidden = !self.share_code_hidden,
            Action::ToggleTally => self.stage.tally_mut().toggle(),
            Action::Join(address) => self.join(&address),
            Action::SetLanguage(language) => self.switch_language(language),
            Action::NextLanguage => {
                let at = Language::ALL.iter().position(|l| *l == self.language);
                let next = at.map_or(0, |at| (at + 1) % Language::ALL.len());
                self.switch_language(Language::ALL[next]);
            }
        }
    }

    /// Speaks `language` from now on, in every window and on the phones,
    /// and keeps it as the trainer's choice for the next start.
    fn switch_language(&mut self, language: Language) {
        self.prefs.language = Some(language);
        if language != self.language {
            self.language = language;
            self.words_changed = true;
            self.speak();
        }
    }

    /// The language every window speaks.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Speaks `language` from now on, as the command line asks for this
    /// run, whatever was chosen before.
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
        self.words_changed = true;
    }

    /// Has this thread speak the workshop's language: each window calls it
    /// before it draws, so every window and the room's words follow a
    /// switch at once.
    pub fn speak(&self) {
        i18n::set_language(self.language);
    }

    /// Gives `kind`'s window its title in the language spoken, once for
    /// each language and each time the window opens: the title it was
    /// built with is in the language spoken then. Asked once, not until the
    /// window system says it took it, since some never say.
    pub fn title_window(&mut self, ctx: &egui::Context, kind: WindowKind) {
        if self.titles.get(&kind) != Some(&self.language) {
            ctx.send_viewport_cmd(ViewportCommand::Title(kind.title()));
            self.titles.insert(kind, self.language);
        }
    }

    /// Opens a window following the room at `address`, in a process of its
    /// own; an empty address puts the question away.
    fn join(&mut self, address: &str) {
        if address.trim().is_empty() {
            self.console.join_draft = None;
            return;
        }
        match JoinAddress::parse(address) {
            Err(problem) => self.console.notice = Some(problem),
            Ok(address) => match (self.joiner)(&address) {
                Ok(()) => {
                    self.console.join_draft = None;
                    self.console.notice = Some(tr_args(
                        "console-join-opened",
                        &[("url", FluentValue::from(address.url()))],
                    ));
                }
                Err(error) => {
                    self.console.notice = Some(tr_args(
                        "console-join-failed",
                        &[("error", FluentValue::from(error.to_string()))],
                    ));
                }
            },
        }
    }

    /// Hides the window that is not the root. Opened again, it is built
    /// with the title it first had, so it is given its title again.
    fn hide_other(&mut self) {
        self.windows.other_open = false;
        self.titles.remove(&self.windows.other());
    }

    /// Opens `kind` if it is not up.
    fn open(&mut self, ctx: &egui::Context, kind: WindowKind) {
        if !self.windows.is_open(kind) {
            self.windows.other_open = true;
            ctx.request_repaint_of(ViewportId::ROOT);
        }
    }

    /// Sends the room, fullscreen, to the next monitor, opening it first if
    /// it was closed.
    fn move_room(&mut self, ctx: &egui::Context) {
        self.open(ctx, WindowKind::Room);
        let next = screens::next_monitor(self.windows.room_monitor, self.windows.monitors);
        self.windows.room_monitor = Some(next);
        let room = self.windows.viewport(WindowKind::Room);
        ctx.send_viewport_cmd_to(room, ViewportCommand::SetMonitor(next));
        if self.windows.monitors < 2 {
            self.console.notice = Some(tr_args(
                "console-one-screen-only",
                &[("screen", FluentValue::from(next + 1))],
            ));
        }
    }

    /// Has every open window draw again.
    pub fn repaint_all(&self, ctx: &egui::Context) {
        for kind in [WindowKind::Room, WindowKind::Console] {
            if self.windows.is_open(kind) {
                ctx.request_repaint_of(self.windows.viewport(kind));
            }
        }
    }

    /// Replaces the session with a new one on `plan`, keeping the names
    /// typed so far, and brings the worksheets in line with it.
    pub fn run_plan(&mut self, plan: Plan) {
        // The old session's report runs to this moment before it goes.
        let flushed = self
            .report
            .flush(&self.session, self.clock.now(), self.clock.wall_now());
        self.note_report(flushed);
        let typed = self.session.typed_names().to_vec();
        self.session = Session::new(plan);
        if let Some(sharing) = &self.sharing {
            sharing.offer_worksheet(&WorksheetGuide::of(self.session.scenario()));
        }
        let now = self.clock.now();
        for (participant, name) in typed.into_iter().enumerate() {
            if let Some(name) = name {
                self.session
                    .apply(Intent::Rename { participant, name }, now);
            }
        }
        self.console.name_drafts = self.session.names();
        self.stage.view_act(0, None);
        self.stage.clear_flash();
        self.stage.tally_mut().clear();
        self.console.worksheets.follow_plan(&self.session);
    }

    /// Chimes and flashes for the cues of this pass: one sound for the
    /// strongest cue, however many happened at once.
    fn announce(&mut self, ctx: &egui::Context, cues: &[Cue], now: Instant) {
        self.stage.hear(&self.session, cues, now);
        self.stage.follow(&self.session);
        if cues.contains(&Cue::Finished) && !self.prefs.worksheet_open {
            // What the trainer wants next is how it went.
            self.console.pane = Pane::Report;
        }
        if !cues.is_empty() {
            self.repaint_all(ctx);
        }
        let sound = cues
            .iter()
            .map(|cue| match cue {
                Cue::Warning { .. } => Sound::Warning,
                _ => Sound::HandOver,
            })
            .max_by_key(|sound| *sound == Sound::HandOver);
        if let Some(sound) = sound
            && !self.prefs.muted
            && !self.chime.play(sound)
        {
            // No audio player on this machine: ask the window system to
            // draw attention, and ring the terminal bell if there is one.
            ctx.send_viewport_cmd_to(
                self.windows.viewport(WindowKind::Console),
                ViewportCommand::RequestUserAttention(egui::UserAttentionType::Informational),
            );
            if std::io::stdout().is_terminal() {
                print!("\x07");
            }
        }
    }

    /// Installs the fonts and the theme's colours in `ctx`, once for each
    /// (the app has one context for both windows; tests have one per window).
    pub fn install_fonts(&mut self, ctx: &egui::Context) {
        let marker = egui::Id::unique("one-on-one theme");
        let light = self.prefs.light_theme;
        let installed: Option<bool> = ctx.data(|data| data.get_temp(marker));
        if installed.is_none() {
            theme::install(ctx);
        }
        if installed != Some(light) {
            theme::apply_palette(ctx, light);
            ctx.data_mut(|data| data.insert_temp(marker, light));
        }
    }

    /// Styles the context for the console's type, restyling only when its
    /// size class or the theme changed. The room sets its own sizes on the
    /// `Ui` it draws in, so the two windows never take each other's.
    pub fn style_console(&mut self, ctx: &egui::Context, sizes: Sizes) {
        self.install_fonts(ctx);
        let wanted = (sizes, self.prefs.light_theme);
        if self.styled_for != Some(wanted) {
            ctx.all_styles_mut(|style| theme::apply_sizes(style, sizes));
            self.styled_for = Some(wanted);
        }
    }

    /// Asks each open window for its next frame when what it shows will
    /// next change: the next whole second while counting, the end of a
    /// flash, the next recovery copy due, the strip going away; never while
    /// paused.
    fn schedule_repaint(&self, ctx: &egui::Context, now: Instant) {
        let after = |instant: Instant| instant.saturating_duration_since(now) + WAKE_MARGIN;
        let flash = self.stage.flash_ends().map(after);
        let count = self.session.next_change(now).map(|d| d + WAKE_MARGIN);
        let copies = [
            self.console.worksheets.next_wake(),
            self.console.formats.next_wake(),
        ]
        .into_iter()
        .flatten()
        .min()
        .map(after);
        let shown = [flash, count].into_iter().flatten().min();
        let strip = self.windows.strip_until.filter(|end| *end > now).map(after);
        for kind in [WindowKind::Room, WindowKind::Console] {
            if !self.windows.is_open(kind) {
                continue;
            }
            let extra = match kind {
                WindowKind::Room => strip,
                WindowKind::Console => None,
            };
            let mut wake = [shown, extra].into_iter().flatten().min();
            // The copies are written by the root's update, which eframe runs
            // even while its window is hidden.
            if kind == self.windows.root {
                wake = [wake, copies].into_iter().flatten().min();
            }
            if let Some(wake) = wake {
                ctx.request_repaint_after_for(wake, self.windows.viewport(kind));
            }
        }
    }

    /// Writes every change not yet in a recovery copy, and says on the
    /// terminal what could not be written: the window is going away.
    pub fn flush(&mut self) {
        let now = self.clock.now();
        if let Err(error) = self.report.flush(&self.session, now, self.clock.wall_now()) {
            crate::terminal::eprint_line(&format!("one-on-one: {error}"));
        }
        for error in self.console.worksheets.flush() {
            crate::terminal::eprint_line(&format!("one-on-one: {error}"));
        }
        if let Err(error) = self.console.formats.flush() {
            crate::terminal::eprint_line(&format!("one-on-one: {error}"));
        }
    }

    /// Keeps the last report write's trouble on screen until one succeeds.
    pub fn note_report(&mut self, written: Result<bool, crate::report::ReportError>) {
        match written {
            Ok(true) => self.report_trouble = None,
            Ok(false) => {}
            Err(error) => self.report_trouble = Some(error.to_string()),
        }
    }
}
