//! The presenter window: draws the session and turns keys and clicks into
//! intents. Nothing here computes time; it reads the session at the instant
//! the injected clock gives and asks for the next frame only when what is
//! shown will change.

mod controls;
mod countdown;
pub mod digits;
mod editor;
mod file_chooser;
pub mod file_picker;
mod formats;
mod header;
mod overlays;
mod prompts;
mod setup;
pub mod shortcuts;
pub mod theme;
mod timeline;
mod worksheet_panel;
mod worksheets;

use std::io::IsTerminal as _;
use std::time::{Duration, Instant};

use eframe::egui::{self, ViewportCommand};

use crate::library::Places;
use crate::scenario::{Panel, Plan, Setup};
use crate::session::clock::Clock;
use crate::session::{Cue, Intent, Phase, Session};
use crate::sound::{Chime, Sound};
use crate::worksheet::export::Format;
use crate::worksheet::folders::Folders;
use file_picker::FilePicker;
use theme::{Palette, Sizes};
use worksheets::Worksheets;

/// How long the hand-over flash stays on screen.
const FLASH_LENGTH: Duration = Duration::from_millis(2500);
/// Frame interval while the flash fades.
const FLASH_FRAME: Duration = Duration::from_millis(40);
/// A little past the next whole second, so the frame lands after the change.
const WAKE_MARGIN: Duration = Duration::from_millis(5);

/// What a key or a button asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Something for the session clock.
    Session(Intent),
    /// Turn the chime off or on.
    ToggleMute,
    /// Show or hide the do / don't table.
    ToggleDoDont,
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

/// A hand-over the whole room should notice, shown over everything.
#[derive(Debug, Clone)]
struct Flash {
    started: Instant,
    headline: String,
    detail: String,
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

/// What closing the window is waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Closing {
    /// The person is being asked what to do with unsaved changes.
    Asking,
    /// They answered; the next close request goes through.
    Confirmed,
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
}

/// Everything a view needs to draw one frame.
pub(crate) struct Screen<'a> {
    session: &'a Session,
    now: Instant,
    palette: Palette,
    sizes: Sizes,
}

/// The app: a session, the clock it runs on, and what the trainer has toggled.
pub struct PresenterApp {
    session: Session,
    clock: Box<dyn Clock>,
    chime: Box<dyn Chime>,
    prefs: Prefs,
    show_help: bool,
    show_do_dont: bool,
    show_names: bool,
    /// The act someone clicked, and the step they clicked it in.
    viewed_act: Option<(usize, usize)>,
    name_drafts: Vec<String>,
    flash: Option<Flash>,
    notice: Option<String>,
    styled_for: Option<(Sizes, bool)>,
    fonts_installed: bool,
    worksheets: Worksheets,
    formats: formats::Formats,
    formats_open: bool,
    /// Whether the recovery folder was read, on the first frame.
    looked_for_recovery: bool,
    closing: Option<Closing>,
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
        let worksheets = Worksheets::new(
            &session,
            folders.worksheets,
            Box::new(file_picker::NativePicker::new()),
            chrono::Local::now().date_naive(),
        );
        Self {
            session,
            clock,
            chime,
            prefs: Prefs::default(),
            show_help: false,
            show_do_dont: false,
            show_names: false,
            viewed_act: None,
            name_drafts,
            flash: None,
            notice: None,
            styled_for: None,
            fonts_installed: false,
            formats: formats::Formats::new(folders.formats, worksheets.desk.window()),
            worksheets,
            formats_open: false,
            looked_for_recovery: false,
            closing: None,
        }
    }

    /// Looks for formats in `places`: the command line's files, shipped
    /// folders, the trainer's own folder. Tests give scratch folders.
    pub fn with_places(mut self, places: Places) -> Self {
        self.formats = formats::Formats::new(places, self.worksheets.desk.window());
        self
    }

    /// Opens on the formats page, to pick one before anything else.
    pub fn with_formats_open(mut self) -> Self {
        self.formats.refresh(self.session.plan());
        self.formats_open = true;
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
        self.worksheets = Worksheets::new(&self.session, folders, picker, today);
        self.formats.set_window(self.worksheets.desk.window());
        self
    }

    /// Shows `notice` in a banner until dismissed, e.g. why a scenario file
    /// could not be used.
    pub fn with_notice(mut self, notice: impl Into<String>) -> Self {
        self.notice = Some(notice.into());
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

    /// Brings the session up to now and rings and flashes for what happened;
    /// returns the instant it used. Safe to call more than once a frame: a cue
    /// is only reported once.
    pub fn catch_up(&mut self, ctx: &egui::Context) -> Instant {
        let now = self.clock.now();
        let cues = self.session.tick(now);
        self.announce(ctx, &cues, now);
        now
    }

    /// Draws the whole window into `ui` and handles its input.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let sizes = Sizes::for_window(&ctx);
        self.style(&ctx, sizes);
        if !std::mem::replace(&mut self.looked_for_recovery, true) {
            // Changes found from a crash are shown, not left behind a closed panel.
            if self.worksheets.look_for_recovery() {
                self.prefs.worksheet_open = true;
            }
            // So is a draft: the formats page opens on its offer.
            if self.formats.look_for_recovery() {
                self.formats.refresh(self.session.plan());
                self.formats_open = true;
            }
        }
        // One instant for the whole frame, so what is drawn matches the tick.
        let now = self.catch_up(&ctx);
        // Update, then draw: the copies due now are written before the
        // frame says whether they could be.
        self.worksheets.autosave(now);
        self.formats.autosave(now);
        // While a question is up, its keys (Esc, Enter) answer it: no
        // shortcut takes them first.
        let asking = self.closing == Some(Closing::Asking)
            || self.worksheets.is_asking()
            || (self.formats_open && self.formats.is_asking());
        let mut actions = if asking {
            Vec::new()
        } else {
            shortcuts::take(&ctx)
        };
        let palette = Palette::for_theme(self.prefs.light_theme);
        let screen = Screen {
            session: &self.session,
            now,
            palette,
            sizes,
        };

        let dismissed =
            (self.notice.as_deref()).is_some_and(|text| overlays::notice(ui, text, &screen));
        if dismissed {
            self.notice = None;
        }
        if let Some(trouble) = self.worksheets.recovery_trouble() {
            overlays::alarm(ui, &trouble, &screen);
        }
        if let Some(trouble) = self.formats.recovery_trouble() {
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
            &mut self.worksheets,
            &mut self.formats,
            &mut self.closing,
        );
        let mut outcome = None;
        if self.formats_open {
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
                .show(ui, |ui| self.formats.show(ui, &screen))
                .inner;
        } else {
            egui::Panel::top("header")
                .frame(panel_frame(&screen))
                .show_separator_line(false)
                .show(ui, |ui| header::show(ui, &screen));
            egui::Panel::bottom("controls")
                .frame(panel_frame(&screen))
                .show_separator_line(false)
                .show(ui, |ui| {
                    controls::show(ui, &screen, self.prefs, &mut actions)
                });
            egui::Panel::bottom("timeline")
                .frame(panel_frame(&screen))
                .show_separator_line(false)
                .show(ui, |ui| timeline::show(ui, &screen));
            if self.prefs.worksheet_open {
                let width = ctx.content_rect().width();
                let reflection_due = self.reflection_due();
                egui::Panel::right("worksheet")
                    .frame(panel_frame(&screen))
                    .resizable(true)
                    .default_size(width * 0.4)
                    .size_range(width.min(280.0)..=width * 0.75)
                    .show(ui, |ui| {
                        self.worksheets
                            .show_panel(ui, &screen, reflection_due, now, &mut actions)
                    });
            }
            if self.show_do_dont {
                egui::Panel::right("do-dont")
                    .frame(panel_frame(&screen))
                    .resizable(false)
                    .exact_size(ctx.content_rect().width() * 0.3)
                    .show(ui, |ui| overlays::do_dont(ui, &screen));
            }
            let viewed_act = self
                .viewed_act
                .filter(|(step, _)| *step == self.session.step_index())
                .map(|(_, act)| act);
            egui::CentralPanel::default()
                .frame(panel_frame(&screen))
                .show(ui, |ui| {
                    if self.session.phase() == Phase::NotStarted || self.show_names {
                        setup::show(ui, &screen, &mut self.name_drafts, &mut actions);
                    }
                    countdown::show(ui, &screen);
                    prompts::show(ui, &screen, viewed_act, &mut actions);
                });

            if let Some(flash) = &self.flash {
                overlays::flash(
                    &ctx,
                    &screen,
                    &flash.headline,
                    &flash.detail,
                    now - flash.started,
                    FLASH_LENGTH,
                );
            }
            if self.show_help && overlays::help(&ctx, &screen) {
                actions.push(Action::CloseHelp);
            }
            self.worksheets.show_dialogs(&ctx, &screen);
        }
        match outcome {
            Some(formats::Outcome::Run(plan)) => {
                self.formats_open = false;
                self.run_plan(*plan);
            }
            Some(formats::Outcome::Close) => self.formats_open = false,
            None => {}
        }

        let changed = !actions.is_empty();
        for action in actions {
            self.perform(&ctx, action);
        }
        self.schedule_repaint(&ctx, changed);
    }

    fn perform(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Session(intent) => {
                let now = self.clock.now();
                let renamed = matches!(intent, Intent::Rename { .. });
                let cues = self.session.apply(intent, now);
                self.announce(ctx, &cues, now);
                if renamed {
                    self.worksheets.follow_names(&self.session);
                }
            }
            Action::ToggleWorksheet => self.prefs.worksheet_open = !self.prefs.worksheet_open,
            Action::Sheet(action) => {
                self.prefs.worksheet_open = true;
                self.worksheets.perform(ctx, action);
            }
            Action::ToggleMute => self.prefs.muted = !self.prefs.muted,
            Action::ToggleDoDont => self.show_do_dont = !self.show_do_dont,
            Action::ToggleNames => self.show_names = !self.show_names,
            Action::ToggleTheme => self.prefs.light_theme = !self.prefs.light_theme,
            Action::ToggleFullscreen => {
                let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(!fullscreen));
            }
            Action::ToggleHelp => self.show_help = !self.show_help,
            Action::CloseHelp => self.show_help = false,
            Action::ViewAct(act) => {
                self.viewed_act = act.map(|act| (self.session.step_index(), act));
            }
            Action::ToggleFormats => {
                if !self.formats_open {
                    self.formats.refresh(self.session.plan());
                    self.formats_open = true;
                } else if self.formats.request_leave() {
                    self.formats_open = false;
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
        self.name_drafts = self.session.names().to_vec();
        self.viewed_act = None;
        self.flash = None;
        self.worksheets.follow_plan(&self.session);
    }

    /// Chimes and flashes for the cues of this frame: one sound for the
    /// strongest cue, however many happened at once.
    fn announce(&mut self, ctx: &egui::Context, cues: &[Cue], now: Instant) {
        let mut sound = None;
        for cue in cues {
            match *cue {
                Cue::Warning { .. } => {
                    sound = sound.or(Some(Sound::Warning));
                }
                Cue::HandOver { from, to } => {
                    sound = Some(Sound::HandOver);
                    let step = &self.session.steps()[to];
                    let cast = self
                        .session
                        .cast(to)
                        .iter()
                        .map(|(role, who)| format!("{role}: {who}"))
                        .collect::<Vec<_>>()
                        .join("  ·  ");
                    let (headline, detail) = if self.session.roles_change(from, to) {
                        ("Swap roles".to_string(), format!("{}\n{cast}", step.title))
                    } else {
                        (format!("Next: {}", step.title), cast)
                    };
                    self.flash = Some(Flash {
                        started: now,
                        headline,
                        detail,
                    });
                }
                Cue::TimeUp { .. } => {
                    sound = Some(Sound::HandOver);
                    self.flash = Some(Flash {
                        started: now,
                        headline: "Time is up".into(),
                        detail: "Press → to move on when the room is ready".into(),
                    });
                }
                Cue::Finished => {
                    sound = Some(Sound::HandOver);
                    self.flash = Some(Flash {
                        started: now,
                        headline: "Finished".into(),
                        detail: "Thank you. Rejoin the larger group.".into(),
                    });
                }
            }
        }
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
    /// whole second while counting, a smooth fade during a flash, never while
    /// paused.
    fn schedule_repaint(&mut self, ctx: &egui::Context, changed: bool) {
        let now = self.clock.now();
        if changed {
            ctx.request_repaint();
        }
        let mut wake = self.session.next_change(now).map(|d| d + WAKE_MARGIN);
        if let Some(flash) = &self.flash {
            if now.saturating_duration_since(flash.started) < FLASH_LENGTH {
                wake = Some(wake.map_or(FLASH_FRAME, |w| w.min(FLASH_FRAME)));
            } else {
                self.flash = None;
                ctx.request_repaint();
            }
        }
        if let Some(due) = [self.worksheets.next_wake(), self.formats.next_wake()]
            .into_iter()
            .flatten()
            .min()
        {
            let until = due.saturating_duration_since(now) + WAKE_MARGIN;
            wake = Some(wake.map_or(until, |w| w.min(until)));
        }
        if let Some(wake) = wake {
            ctx.request_repaint_after(wake);
        }
    }

    /// Writes every change not yet in a recovery copy, and says on the
    /// terminal what could not be written: the window is going away.
    pub fn flush(&mut self) {
        for error in self.worksheets.flush() {
            crate::terminal::eprint_line(&format!("one-on-one: {error}"));
        }
        if let Err(error) = self.formats.flush() {
            crate::terminal::eprint_line(&format!("one-on-one: {error}"));
        }
    }

    /// Whether the session has reached its reflection: the questions open on
    /// the worksheet there and stay open after.
    fn reflection_due(&self) -> bool {
        let steps = self.session.steps();
        self.session.phase() == Phase::Finished
            || steps
                .iter()
                .take(self.session.step_index() + 1)
                .any(|step| step.panel == Panel::Reflection)
    }
}

/// Closing the window with unsaved changes asks first: keep them for the
/// next start (in their recovery copies), discard them, or go back.
fn watch_for_close(
    ctx: &egui::Context,
    screen: &Screen,
    worksheets: &mut Worksheets,
    formats: &mut formats::Formats,
    closing: &mut Option<Closing>,
) {
    let requested = ctx.input(|i| i.viewport().close_requested());
    if !requested && *closing != Some(Closing::Asking) {
        return;
    }
    let unsaved_sheets = worksheets.any_unsaved();
    let unsaved_draft = formats.unsaved_draft().map(str::to_string);
    if requested
        && *closing != Some(Closing::Confirmed)
        && (unsaved_sheets || unsaved_draft.is_some())
    {
        ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        *closing = Some(Closing::Asking);
    }
    if *closing != Some(Closing::Asking) {
        return;
    }
    let what = match (unsaved_sheets, &unsaved_draft) {
        (true, Some(name)) => format!("Some worksheets and the agenda draft \"{name}\" have"),
        (false, Some(name)) => format!("The agenda draft \"{name}\" has"),
        _ => "Some worksheets have".to_string(),
    };
    let headline = format!("{what} changes that are not saved.");
    // Keeping them for the next start is only offered while their recovery
    // copies can be written.
    let can_keep = worksheets.recovery_trouble().is_none() && formats.recovery_trouble().is_none();
    let answer = if can_keep {
        overlays::ask(
            ctx,
            screen,
            "close-window",
            &headline,
            "Quit and keep them: the next start offers them back. Or quit and discard them for good, or go back and save them.",
            &["Quit and keep them", "Quit and discard them", "Go back"],
        )
    } else {
        overlays::ask(
            ctx,
            screen,
            "close-window-lost",
            &headline,
            "They cannot be kept for the next start: the recovery folder cannot be written (see the banner). Go back and save them somewhere that works, or quit and lose them.",
            &["Quit and lose them", "Go back"],
        )
        .map(|choice| if choice == 0 { 1 } else { 2 })
    };
    match answer {
        Some(choice @ (0 | 1)) => {
            if choice == 1 {
                worksheets.discard_all_unsaved();
                formats.discard_draft();
            }
            let mut failed = worksheets.flush();
            failed.extend(formats.flush().err());
            if failed.is_empty() || choice == 1 {
                *closing = Some(Closing::Confirmed);
                ctx.send_viewport_cmd(ViewportCommand::Close);
            } else {
                // The copies could not be written just now: stay, and the
                // question comes back saying so.
                for error in failed {
                    crate::terminal::eprint_line(&format!("one-on-one: {error}"));
                }
            }
        }
        Some(_) => *closing = None,
        None => {}
    }
}

fn panel_frame(screen: &Screen) -> egui::Frame {
    let margin = screen.sizes.small;
    egui::Frame::NONE
        .fill(screen.palette.background)
        .inner_margin(egui::Margin::symmetric(
            (margin * 1.5) as i8,
            (margin * 0.5) as i8,
        ))
}

impl eframe::App for PresenterApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// Runs even while the window is hidden or minimised, so the chime still
    /// sounds at a hand-over nobody is looking at.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        let now = self.catch_up(ctx);
        // Typing stops when the window is hidden, but the copy still gets written.
        self.worksheets.autosave(now);
        self.formats.autosave(now);
        if let Some(wake) = self.session.next_change(now) {
            ctx.request_repaint_after(wake + WAKE_MARGIN);
        }
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
