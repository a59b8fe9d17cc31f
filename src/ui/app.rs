//! The app as eframe runs it: one update step per pass (bring the session
//! up to now, ring and flash for what happened, write what is due), then
//! drawing that only reads that state and returns actions, then the actions.

use std::io::IsTerminal as _;
use std::time::{Duration, Instant};

use eframe::egui::{self, ViewportCommand};

use super::console::closing::watch_for_close;
use super::console::file_picker::{self, FilePicker};
use super::console::formats::{self, Formats};
use super::console::worksheets::Worksheets;
use super::console::{Console, controls, setup};
use super::room;
use super::theme::{self, Palette, Sizes};
use super::{Action, AppFolders, Prefs, Screen, keymap, overlays, panel_frame};
use crate::library::Places;
use crate::report::Keeper;
use crate::room::{RoomView, Stage};
use crate::scenario::{Panel, Plan};
use crate::session::clock::Clock;
use crate::session::{Cue, Intent, Phase, Session};
use crate::sound::{Chime, Sound};
use crate::worksheet::folders::Folders;

/// A little past the next whole second, so the frame lands after the change.
const WAKE_MARGIN: Duration = Duration::from_millis(5);

/// The app: the session and the clock it runs on, what the room sees
/// besides it, and what the trainer has open.
pub struct PresenterApp {
    session: Session,
    clock: Box<dyn Clock>,
    chime: Box<dyn Chime>,
    prefs: Prefs,
    /// The room's: flash, do / don't, an act looked at.
    stage: Stage,
    /// The trainer's: names, worksheets, formats, questions.
    console: Console,
    /// Keeps the report of how the session ran, as it runs.
    report: Keeper,
    /// Why the report could not be written, until it can be.
    report_trouble: Option<String>,
    /// The instant of the last update step, which drawing reads.
    updated_at: Option<Instant>,
    styled_for: Option<(Sizes, bool)>,
    fonts_installed: bool,
    /// Whether the recovery folder was read, on the first pass.
    looked_for_recovery: bool,
}

impl PresenterApp {
    /// An app over `session`, reading time from `clock`, ringing `chime`,
    /// and keeping its files in `folders`. Nothing is read or written
    /// until the first frame.
    pub fn new(
        session: Session,
        clock: Box<dyn Clock>,
        chime: Box<dyn Chime>,
        folders: AppFolders,
    ) -> Self {
        let name_drafts = session.names().to_vec();
        let report = Keeper::new(folders.worksheets.reports.clone());
        let worksheets = Worksheets::new(
            &session,
            folders.worksheets,
            Box::new(file_picker::NativePicker::new()),
            chrono::Local::now().date_naive(),
        );
        let formats = Formats::new(folders.formats, worksheets.desk.window());
        Self {
            session,
            clock,
            chime,
            prefs: Prefs::default(),
            stage: Stage::default(),
            console: Console {
                show_help: false,
                show_names: false,
                name_drafts,
                worksheets,
                formats,
                formats_open: false,
                notice: None,
                closing: None,
            },
            report,
            report_trouble: None,
            updated_at: None,
            styled_for: None,
            fonts_installed: false,
            looked_for_recovery: false,
        }
    }

    /// Looks for formats in `places`: the command line's files, shipped
    /// folders, the trainer's own folder. Tests give scratch folders.
    pub fn with_places(mut self, places: Places) -> Self {
        self.console.formats = Formats::new(places, self.console.worksheets.desk.window());
        self
    }

    /// Opens on the formats page, to pick one before anything else.
    pub fn with_formats_open(mut self) -> Self {
        self.console.formats.refresh(self.session.plan());
        self.console.formats_open = true;
        self
    }

    /// Keeps worksheets in `folders` and asks `picker` for file names;
    /// `today` dates new sheets. Tests give a scratch folder and a scripted
    /// picker.
    pub fn with_worksheets(
        mut self,
        folders: Folders,
        picker: Box<dyn FilePicker>,
        today: chrono::NaiveDate,
    ) -> Self {
        self.report = Keeper::new(folders.reports.clone());
        self.console.worksheets = Worksheets::new(&self.session, folders, picker, today);
        let window = self.console.worksheets.desk.window();
        self.console.formats.set_window(window);
        self
    }

    /// Shows `notice` in a banner until dismissed, e.g. why a scenario file
    /// could not be used.
    pub fn with_notice(mut self, notice: impl Into<String>) -> Self {
        self.console.notice = Some(notice.into());
        self
    }

    /// Starts with these preferences.
    pub fn with_prefs(mut self, prefs: Prefs) -> Self {
        self.prefs = prefs;
        self
    }

    /// The session being run, for tests and for saving.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The preferences as they stand.
    pub fn prefs(&self) -> Prefs {
        self.prefs
    }

    /// One whole pass, as eframe makes it: the update step, then drawing.
    /// The test harness drives the app through this.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.update(ui.ctx());
        self.draw(ui);
    }

    /// The update step, once per pass and before any drawing: brings the
    /// session up to now, rings and flashes for what happened, and writes
    /// the recovery copies that are due. It also runs while the window is
    /// hidden, so the chime still sounds at a hand-over nobody is looking at.
    pub fn update(&mut self, ctx: &egui::Context) {
        if !std::mem::replace(&mut self.looked_for_recovery, true) {
            // Changes found from a crash are shown, not left behind a closed panel.
            if self.console.worksheets.look_for_recovery() {
                self.prefs.worksheet_open = true;
            }
            // So is a draft: the formats page opens on its offer.
            if self.console.formats.look_for_recovery() {
                self.console.formats.refresh(self.session.plan());
                self.console.formats_open = true;
            }
        }
        let now = self.clock.now();
        let cues = self.session.tick(now);
        self.announce(ctx, &cues, now);
        // Typing stops when the window is hidden, but the copy still gets written.
        self.console.worksheets.autosave(now);
        self.console.formats.autosave(now);
        if self.stage.expire_flash(now) {
            ctx.request_repaint();
        }
        let written = self
            .report
            .update(&self.session, now, self.clock.wall_now());
        self.note_report(written);
        self.updated_at = Some(now);
        self.schedule_repaint(ctx, now);
    }

    /// Draws the window from the state the update step left, then carries
    /// out what was pressed.
    fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let sizes = Sizes::for_window(&ctx);
        self.style(&ctx, sizes);
        let now = self.updated_at.unwrap_or_else(|| self.clock.now());
        let mut actions = if self.console.is_asking() {
            Vec::new()
        } else {
            keymap::take(&ctx)
        };
        let room = RoomView::of(&self.session, &self.stage, now);
        let screen = Screen {
            session: &self.session,
            room: &room,
            now,
            palette: Palette::for_theme(self.prefs.light_theme),
            sizes,
        };
        let console = &mut self.console;

        let dismissed =
            (console.notice.as_deref()).is_some_and(|text| overlays::notice(ui, text, &screen));
        if dismissed {
            console.notice = None;
        }
        if let Some(trouble) = console.worksheets.recovery_trouble() {
            overlays::alarm(ui, &trouble, &screen);
        }
        if let Some(trouble) = &self.report_trouble {
            overlays::alarm(
                ui,
                &format!(
                    "The report of this session cannot be written ({trouble}). The session runs on."
                ),
                &screen,
            );
        }
        if let Some(trouble) = console.formats.recovery_trouble() {
            overlays::alarm(
                ui,
                &format!(
                    "The agenda draft cannot be copied to the recovery folder ({trouble}). \
                     It is kept in this window; save it before closing."
                ),
                &screen,
            );
        }
        watch_for_close(
            &ctx,
            &screen,
            &mut console.worksheets,
            &mut console.formats,
            &mut console.closing,
        );
        let mut outcome = None;
        if console.formats_open {
            // The page is a laptop task: no timer keys behind it, and Esc
            // goes back to the timer.
            actions.retain(|action| {
                matches!(
                    action,
                    Action::ToggleFormats
                        | Action::CloseHelp
                        | Action::ToggleFullscreen
                        | Action::ToggleTheme
                )
            });
            for action in &mut actions {
                if *action == Action::CloseHelp {
                    *action = Action::ToggleFormats;
                }
            }
            outcome = egui::CentralPanel::default()
                .frame(panel_frame(&screen))
                .show(ui, |ui| console.formats.show(ui, &screen))
                .inner;
        } else {
            if self.session.phase() == Phase::NotStarted || console.show_names {
                egui::Panel::top("names")
                    .frame(panel_frame(&screen))
                    .show_separator_line(false)
                    .show(ui, |ui| {
                        setup::show(ui, &screen, &mut console.name_drafts, &mut actions)
                    });
            }
            egui::Panel::bottom("controls")
                .frame(panel_frame(&screen))
                .show_separator_line(false)
                .show(ui, |ui| {
                    controls::show(ui, &screen, self.prefs, &mut actions)
                });
            if self.prefs.worksheet_open {
                let width = ctx.content_rect().width();
                let reflection_due = reflection_due(&self.session);
                egui::Panel::right("worksheet")
                    .frame(panel_frame(&screen))
                    .resizable(true)
                    .default_size(width * 0.4)
                    .size_range(width.min(280.0)..=width * 0.75)
                    .show(ui, |ui| {
                        console.worksheets.show_panel(
                            ui,
                            &screen,
                            reflection_due,
                            now,
                            &mut actions,
                        )
                    });
            }
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| room::show(ui, &screen, Some(&mut actions)));
            if console.show_help && overlays::help(&ctx, &screen) {
                actions.push(Action::CloseHelp);
            }
            console.worksheets.show_dialogs(&ctx, &screen);
        }
        match outcome {
            Some(formats::Outcome::Run(plan)) => {
                self.console.formats_open = false;
                self.run_plan(*plan);
            }
            Some(formats::Outcome::Close) => self.console.formats_open = false,
            None => {}
        }

        if !actions.is_empty() {
            for action in actions {
                self.perform(&ctx, action);
            }
            ctx.request_repaint();
        }
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
        }
    }

    /// Replaces the session with a new one on `plan`, keeping the names
    /// typed so far, and brings the worksheets in line with it.
    fn run_plan(&mut self, plan: Plan) {
        // The old session's report runs to this moment before it goes.
        let flushed = self
            .report
            .flush(&self.session, self.clock.now(), self.clock.wall_now());
        self.note_report(flushed);
        let typed: Vec<Option<String>> = self
            .session
            .plan()
            .participants
            .iter()
            .zip(self.session.names())
            .map(|(participant, name)| (name != &participant.name).then(|| name.clone()))
            .collect();
        self.session = Session::new(plan);
        let now = self.clock.now();
        for (participant, name) in typed.into_iter().enumerate() {
            if let Some(name) = name {
                self.session
                    .apply(Intent::Rename { participant, name }, now);
            }
        }
        self.console.name_drafts = self.session.names().to_vec();
        self.stage.view_act(0, None);
        self.stage.clear_flash();
        self.console.worksheets.follow_plan(&self.session);
    }

    /// Chimes and flashes for the cues of this frame: one sound for the
    /// strongest cue, however many happened at once.
    fn announce(&mut self, ctx: &egui::Context, cues: &[Cue], now: Instant) {
        self.stage.hear(&self.session, cues, now);
        self.stage.follow(&self.session);
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
            ctx.send_viewport_cmd(ViewportCommand::RequestUserAttention(
                egui::UserAttentionType::Informational,
            ));
            if std::io::stdout().is_terminal() {
                print!("\x07");
            }
        }
    }

    /// Installs the fonts once, and restyles only when the window's size
    /// class or the theme changed.
    fn style(&mut self, ctx: &egui::Context, sizes: Sizes) {
        if !self.fonts_installed {
            theme::install(ctx);
            self.fonts_installed = true;
        }
        let wanted = (sizes, self.prefs.light_theme);
        if self.styled_for != Some(wanted) {
            ctx.all_styles_mut(|style| theme::apply_sizes(style, sizes));
            theme::apply_palette(ctx, self.prefs.light_theme);
            self.styled_for = Some(wanted);
        }
    }

    /// Asks for the next frame when the display will next change: the next
    /// whole second while counting, the end of a flash, the next
    /// recovery copy due, never while paused.
    fn schedule_repaint(&self, ctx: &egui::Context, now: Instant) {
        let flash =
            (self.stage.flash_ends()).map(|end| end.saturating_duration_since(now) + WAKE_MARGIN);
        let count = self.session.next_change(now).map(|d| d + WAKE_MARGIN);
        let copies = [
            self.console.worksheets.next_wake(),
            self.console.formats.next_wake(),
        ]
        .into_iter()
        .flatten()
        .min()
        .map(|due| due.saturating_duration_since(now) + WAKE_MARGIN);
        if let Some(wake) = [flash, count, copies].into_iter().flatten().min() {
            ctx.request_repaint_after(wake);
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
}

impl PresenterApp {
    /// Keeps the last report write's trouble on screen until one succeeds.
    fn note_report(&mut self, written: Result<bool, crate::report::ReportError>) {
        match written {
            Ok(true) => self.report_trouble = None,
            Ok(false) => {}
            Err(error) => self.report_trouble = Some(error.to_string()),
        }
    }
}

/// Whether the session has reached its reflection: the questions open on
/// the worksheet there and stay open after.
fn reflection_due(session: &Session) -> bool {
    let steps = session.steps();
    session.phase() == Phase::Finished
        || steps
            .iter()
            .take(session.step_index() + 1)
            .any(|step| step.panel == Panel::Reflection)
}

impl eframe::App for PresenterApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    /// eframe runs this before every `ui`, and alone while the window is
    /// hidden or minimised.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.update(ctx);
    }

    /// Called every 30 seconds and as the window closes, but only where
    /// eframe has a folder for its preferences.
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.flush();
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }

    /// Called as the app quits, whether or not eframe could keep its
    /// preferences: any change not yet in a recovery copy is written now,
    /// so quitting never loses text.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.flush();
    }
}
