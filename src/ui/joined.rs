//! The app joined to a trainer's room (`one-on-one join URL`): the room as
//! the projector shows it, counted on between feeds and through a drop,
//! and the participant's own worksheet beside it, with its files, recovery
//! copies and exports as on the trainer's laptop. No clock controls unless
//! the trainer's PIN is given. The sheets never leave this laptop.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use eframe::egui::{self, RichText};
use fluent::FluentValue;

use super::console::file_picker::FilePicker;
use super::console::worksheets::Worksheets;
use super::theme::{self, Palette, Sizes};
use super::{Action, Screen, keymap, panel_frame, room};
use crate::follow::{Follower, Link};
use crate::i18n::{tr, tr_args};
use crate::room::FeedTheme;
use crate::scenario::built_in_breakout;
use crate::session::clock::Clock;
use crate::session::{Intent, Session};
use crate::share::RemoteIntent;
use crate::worksheet::folders::Folders;
use crate::worksheet::guide::WorksheetGuide;

/// A little past the change, so the frame lands after it.
const WAKE_MARGIN: Duration = Duration::from_millis(5);

/// The joined window's state.
pub struct JoinedApp {
    follower: Follower,
    clock: Box<dyn Clock>,
    /// The participant's sheets, for the workshop the room runs.
    worksheets: Worksheets,
    /// The workshop the sheets belong to: the room's guide made into one,
    /// or the built-in breakout until the guide is heard.
    workshop: Session,
    guide: Option<WorksheetGuide>,
    sheet_open: bool,
    trainer: TrainerControls,
    styled_light: Option<bool>,
    looked_for_recovery: bool,
    /// The title the window was last given.
    title: Option<String>,
}

/// The clock's controls, once the trainer's PIN is given.
#[derive(Default)]
struct TrainerControls {
    pin: Option<String>,
    draft: String,
    /// What the room said to the last control, set from a thread.
    said: Arc<Mutex<Option<Said>>>,
}

/// The room's answer to a control, put in words when it is shown: it is
/// heard on a thread of its own, which does not speak the window's language.
#[derive(Debug, Clone, Copy)]
enum Said {
    WrongPin,
    TooManyPins,
    Refused,
    OutOfReach,
}

impl Said {
    /// The PIN was refused: ask for it again.
    fn refused(self) -> bool {
        matches!(self, Said::WrongPin | Said::TooManyPins)
    }

    fn words(self) -> String {
        match self {
            Said::WrongPin => tr("console-joined-wrong-pin"),
            Said::TooManyPins => tr("console-joined-too-many-pins"),
            Said::Refused => tr("console-joined-refused"),
            Said::OutOfReach => tr("console-joined-out-of-reach"),
        }
    }
}

impl JoinedApp {
    /// The window following `follower`, with sheets kept in `folders`.
    pub fn new(
        follower: Follower,
        clock: Box<dyn Clock>,
        folders: Folders,
        picker: Box<dyn FilePicker>,
        today: NaiveDate,
    ) -> Self {
        let workshop = Session::new(built_in_breakout());
        let worksheets = Worksheets::new(&workshop, folders, picker, today);
        Self {
            follower,
            clock,
            worksheets,
            workshop,
            guide: None,
            sheet_open: true,
            trainer: TrainerControls::default(),
            styled_light: None,
            looked_for_recovery: false,
            title: None,
        }
    }

    /// With the trainer's PIN, as `join --pin` gives it.
    pub fn with_pin(mut self, pin: Option<String>) -> Self {
        self.trainer.pin = pin;
        self
    }

    /// The sheets, for tests.
    pub fn worksheets(&self) -> &Worksheets {
        &self.worksheets
    }

    /// One pass: follow the room's workshop, keep the copies, draw.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let now = self.clock.now();
        self.title_window(&ctx);
        if !std::mem::replace(&mut self.looked_for_recovery, true) {
            self.worksheets.look_for_recovery();
        }
        self.follow_the_workshop();
        self.forget_a_refused_pin();
        self.worksheets.autosave(now);
        // One copy of the latest feed for the whole pass: its theme, the
        // view counted on, and when that view next changes.
        let feed = self.follower.feed();
        let server_ms = self.follower.server_ms(now);
        let light = feed
            .as_ref()
            .is_some_and(|feed| feed.theme == FeedTheme::Light);
        self.style(&ctx, light);
        let view = feed
            .as_ref()
            .zip(server_ms)
            .map(|(feed, ms)| feed.view_at(ms));
        let next_change = feed
            .as_ref()
            .zip(server_ms)
            .and_then(|(feed, ms)| feed.next_change_ms(ms))
            .map(Duration::from_millis);
        let mut actions = keymap::take(&ctx);
        let sizes = Sizes::for_window(&ctx);
        let palette = Palette::for_theme(light);
        egui::Panel::top("joined status")
            .frame(status_frame(sizes))
            .show_separator_line(false)
            .show(ui, |ui| {
                self.status_row(ui, palette, sizes, &mut actions);
            });
        let screen_session = &self.workshop;
        let placeholder;
        let room_view = match &view {
            Some(view) => view,
            None => {
                placeholder =
                    crate::room::RoomView::of(screen_session, &crate::room::Stage::default(), now);
                &placeholder
            }
        };
        let screen = Screen {
            session: screen_session,
            room: room_view,
            now,
            palette,
            sizes,
            share: None,
        };
        if self.sheet_open {
            let width = ctx.content_rect().width();
            egui::Panel::right("joined worksheet")
                .frame(panel_frame(&screen))
                .resizable(true)
                .default_size(width * 0.42)
                .size_range((width * 0.3).min(320.0)..=width * 0.7)
                .show(ui, |ui| {
                    let laptop = Screen {
                        sizes: Sizes::for_height(
                            (ctx.content_rect().height() * 0.6).clamp(480.0, 900.0),
                        ),
                        ..screen
                    };
                    self.worksheets
                        .show_panel(ui, &laptop, true, now, &mut actions);
                });
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                if view.is_some() {
                    ui.push_id("joined room", |ui| room::show(ui, &screen, None));
                } else {
                    ui.centered_and_justified(|ui| {
                        ui.label(
                            RichText::new(tr_args(
                                "console-joined-joining",
                                &[("url", FluentValue::from(self.follower.address().url()))],
                            ))
                            .size(sizes.body),
                        );
                    });
                }
            });
        self.worksheets.show_dialogs(&ctx, &screen);
        self.perform(&ctx, actions);
        self.schedule_repaint(&ctx, now, next_change);
    }

    /// The room's workshop, once heard, for the sheets' acts and questions.
    fn follow_the_workshop(&mut self) {
        let guide = self.follower.guide();
        if guide.is_some() && guide != self.guide {
            if let Some(guide) = &guide {
                self.workshop = Session::new(guide.workshop());
                self.worksheets.follow_plan(&self.workshop);
            }
            self.guide = guide;
        }
    }

    /// A PIN the room refused is asked for again.
    fn forget_a_refused_pin(&mut self) {
        let refused = self
            .trainer
            .said
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .is_some_and(|said| said.refused());
        if refused && self.trainer.pin.is_some() {
            self.trainer.pin = None;
        }
    }

    /// Gives the window its title in the language spoken, once: the
    /// command line opened it with an English one.
    fn title_window(&mut self, ctx: &egui::Context) {
        let title = tr_args(
            "console-title-joined",
            &[("url", FluentValue::from(self.follower.address().url()))],
        );
        if self.title.as_ref() != Some(&title) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = Some(title);
        }
    }

    fn style(&mut self, ctx: &egui::Context, light: bool) {
        if self.styled_light.is_none() {
            theme::install(ctx);
        }
        if self.styled_light != Some(light) {
            theme::apply_palette(ctx, light);
            self.styled_light = Some(light);
        }
    }

    /// Where the room is heard from, the worksheet switch, and the
    /// trainer's controls.
    fn status_row(
        &mut self,
        ui: &mut egui::Ui,
        palette: Palette,
        sizes: Sizes,
        actions: &mut Vec<Action>,
    ) {
        let size = sizes.small;
        ui.horizontal_wrapped(|ui| {
            let (words, colour) = match self.follower.link() {
                Link::Connecting => (tr("console-joined-connecting"), palette.muted),
                Link::Live => (tr("console-joined-live"), palette.accent),
                Link::Reconnecting => (tr("console-joined-reconnecting"), palette.warning),
            };
            ui.label(
                RichText::new(tr_args(
                    "console-joined-following",
                    &[("url", FluentValue::from(self.follower.address().url()))],
                ))
                .size(size)
                .color(palette.muted),
            );
            ui.label(RichText::new(words).size(size).strong().color(colour));
            let sheet = if self.sheet_open {
                tr("console-joined-hide-sheet")
            } else {
                tr("console-joined-show-sheet")
            };
            if ui.button(RichText::new(sheet).size(size)).clicked() {
                actions.push(Action::ToggleWorksheet);
            }
            ui.label(
                RichText::new(tr("console-joined-sheets-stay"))
                    .size(size * 0.9)
                    .color(palette.muted),
            );
            self.trainer_controls(ui, palette, size);
        });
    }

    /// A PIN field, or the clock's buttons once a PIN is known.
    fn trainer_controls(&mut self, ui: &mut egui::Ui, palette: Palette, size: f32) {
        ui.separator();
        match self.trainer.pin.clone() {
            None => {
                let label = ui.label(
                    RichText::new(tr("console-joined-pin"))
                        .size(size)
                        .color(palette.muted),
                );
                ui.add(
                    egui::TextEdit::singleline(&mut self.trainer.draft)
                        .desired_width(size * 5.0)
                        .password(true),
                )
                .labelled_by(label.id);
                if ui
                    .button(RichText::new(tr("console-joined-unlock")).size(size))
                    .clicked()
                {
                    let pin: String = self.trainer.draft.trim().to_string();
                    self.trainer.draft.clear();
                    self.send(ui.ctx(), &pin, RemoteIntent::Check);
                    self.trainer.pin = Some(pin);
                }
            }
            Some(pin) => {
                for (label, intent) in [
                    (tr("console-back"), RemoteIntent::Previous),
                    (tr("console-joined-start-pause"), RemoteIntent::StartOrPause),
                    (tr("console-next"), RemoteIntent::Next),
                    (tr("console-minus-minute"), RemoteIntent::RemoveMinute),
                    (tr("console-plus-minute"), RemoteIntent::AddMinute),
                    (tr("console-restart-step"), RemoteIntent::Restart),
                ] {
                    if ui.button(RichText::new(label).size(size)).clicked() {
                        self.send(ui.ctx(), &pin, intent);
                    }
                }
            }
        }
        let said = *self
            .trainer
            .said
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(said) = said {
            ui.label(
                RichText::new(said.words())
                    .size(size)
                    .color(palette.warning),
            );
        }
    }

    /// Sends `intent` with `pin` to the room from a thread of its own, so
    /// the window never waits on the network; a refused PIN is forgotten.
    fn send(&mut self, ctx: &egui::Context, pin: &str, intent: RemoteIntent) {
        let url = format!("{}api/control", self.follower.address().url());
        let body = serde_json::json!({ "pin": pin, "intent": intent.name() }).to_string();
        // A new try: the last answer no longer stands.
        *self
            .trainer
            .said
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = None;
        let answer = Arc::clone(&self.trainer.said);
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let agent: ureq::Agent = ureq::Agent::config_builder()
                .timeout_global(Some(Duration::from_secs(5)))
                .http_status_as_error(false)
                .build()
                .into();
            let outcome = agent
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.as_bytes());
            let said = match outcome.map(|reply| reply.status().as_u16()) {
                Ok(204) => None,
                Ok(401) => Some(Said::WrongPin),
                Ok(429) => Some(Said::TooManyPins),
                Ok(_) => Some(Said::Refused),
                Err(_) => Some(Said::OutOfReach),
            };
            *answer.lock().unwrap_or_else(PoisonError::into_inner) = said;
            ctx.request_repaint();
        });
    }

    fn perform(&mut self, ctx: &egui::Context, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::ToggleWorksheet => self.sheet_open = !self.sheet_open,
                Action::Sheet(action) => {
                    self.sheet_open = true;
                    self.worksheets.perform(ctx, action);
                }
                Action::Session(Intent::StartOrPause) if self.trainer.pin.is_some() => {
                    if let Some(pin) = self.trainer.pin.clone() {
                        self.send(ctx, &pin, RemoteIntent::StartOrPause);
                    }
                }
                _ => {}
            }
        }
    }

    /// The next frame when what is shown next changes: the room's next
    /// second, the flash coming down, a recovery copy due.
    fn schedule_repaint(&self, ctx: &egui::Context, now: Instant, room: Option<Duration>) {
        let copy = self
            .worksheets
            .next_wake()
            .map(|wake| wake.saturating_duration_since(now));
        if let Some(wait) = [room, copy].into_iter().flatten().min() {
            ctx.request_repaint_after(wait + WAKE_MARGIN);
        }
    }

    /// Writes every change not yet in a recovery copy: the window goes.
    pub fn flush(&mut self) {
        for problem in self.worksheets.flush() {
            let _ = std::io::Write::write_all(
                &mut std::io::stderr(),
                format!("one-on-one: {problem}\n").as_bytes(),
            );
        }
    }
}

/// The status row's margins.
fn status_frame(sizes: Sizes) -> egui::Frame {
    egui::Frame::NONE.inner_margin(egui::Margin::symmetric(
        (sizes.small * 0.8) as i8,
        (sizes.small * 0.4) as i8,
    ))
}

impl eframe::App for JoinedApp {
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.flush();
    }
}
