//! The formats page: every workshop format the app can find, with its
//! length and a line of description, the choices it offers (how many
//! people, how long), its agenda, and buttons to run it or edit a copy.
//! The agenda editor opens in its place.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use eframe::egui::{self, RichText};
use fluent::FluentValue;

use super::editor::{self, Editor};
use super::setup;
use crate::i18n::{tr, tr_args};
use crate::library::{self, Library, Places, Source};
use crate::recovery::WindowFolder;
use crate::recovery::drafts::{self, FoundDraft};
use crate::scenario::{Plan, Scenario, Setup, clock_text};
use crate::session::Phase;
use crate::ui::overlays::ask;
use crate::ui::{Screen, theme};

/// What the page asks of the app.
#[derive(Debug)]
pub enum Outcome {
    /// Replace the session with this plan.
    Run(Box<Plan>),
    /// Go back to the timer.
    Close,
}

/// The page's state: the formats found, the one selected, the choices made.
pub struct Formats {
    places: Places,
    library: Library,
    selected: usize,
    setup: Setup,
    editor: Option<Editor>,
    /// A note at the top, such as where a format was saved.
    status: Option<(String, bool)>,
    /// The window's recovery folder, where drafts are copied.
    window: Arc<WindowFolder>,
    /// Drafts found at start that were never saved, waiting for an answer.
    offers: Vec<FoundDraft>,
    /// Draft copies that could not be read; left where they are.
    unreadable: Vec<String>,
    /// An offered draft whose Discard is waiting for "are you sure?".
    discarding: Option<PathBuf>,
}

impl Formats {
    /// A page that looks for formats in `places` and keeps drafts'
    /// recovery copies in `window`, the window's recovery folder.
    pub fn new(places: Places, window: Arc<WindowFolder>) -> Self {
        Self {
            window,
            offers: Vec::new(),
            unreadable: Vec::new(),
            discarding: None,
            places,
            library: Library::default(),
            selected: 0,
            setup: Setup {
                people: 0,
                length: None,
            },
            editor: None,
            status: None,
        }
    }

    /// Keeps agenda drafts' recovery copies in `window`, the window's own
    /// recovery folder.
    pub fn set_window(&mut self, window: Arc<WindowFolder>) {
        self.window = window;
    }

    /// Collects the draft copies a crashed window left (claimed into this
    /// window's folder); returns whether there are any to offer.
    pub fn look_for_recovery(&mut self) -> bool {
        if let Err(error) = self.window.claim_orphans() {
            self.unreadable.push(tr_args(
                "console-formats-cannot-look",
                &[
                    (
                        "folder",
                        FluentValue::from(self.window.root().display().to_string()),
                    ),
                    ("error", FluentValue::from(error.to_string())),
                ],
            ));
        }
        let (found, unreadable) = drafts::scan(self.window.copies(drafts::KIND));
        self.offers = found;
        self.unreadable.extend(unreadable);
        !self.offers.is_empty()
    }

    /// Reads the folders again and selects the format `current` runs. A
    /// draft in the editor is kept: the page opens on it again.
    pub fn refresh(&mut self, current: &Plan) {
        self.library = Library::discover(&self.places);
        self.selected = self
            .library
            .usable()
            .find(|(_, _, scenario)| *scenario == &current.scenario)
            .map_or(0, |(i, _, _)| i);
        self.setup = current.setup;
    }

    /// F or Esc: whether the page may close now. A draft with changes asks
    /// first; one without is simply put away.
    pub fn request_leave(&mut self) -> bool {
        let Some(editor) = &mut self.editor else {
            return true;
        };
        let leave = editor.request_leave();
        if leave {
            self.editor = None;
        }
        leave
    }

    /// Whether a question is on screen, so F and Esc are not taken twice.
    pub fn is_asking(&self) -> bool {
        self.discarding.is_some() || self.editor.as_ref().is_some_and(Editor::is_asking)
    }

    /// The name of the draft in the editor, if it has changes not saved.
    pub fn unsaved_draft(&self) -> Option<&str> {
        self.editor
            .as_ref()
            .filter(|editor| editor.is_unsaved())
            .map(Editor::name)
    }

    /// Writes the draft's recovery copy if it is due.
    pub fn autosave(&mut self, now: Instant) {
        if let Some(editor) = &mut self.editor {
            editor.autosave(now);
        }
    }

    /// When the draft's copy is next due.
    pub fn next_wake(&self) -> Option<Instant> {
        self.editor.as_ref().and_then(Editor::next_wake)
    }

    /// Why the draft's copy cannot be written, while it cannot.
    pub fn recovery_trouble(&self) -> Option<&str> {
        self.editor.as_ref().and_then(Editor::copy_error)
    }

    /// Writes the draft's copy now, as the window closes.
    pub fn flush(&mut self) -> Result<(), String> {
        self.editor.as_mut().map_or(Ok(()), Editor::flush)
    }

    /// Throws the draft away, as the trainer chose when quitting.
    pub fn discard_draft(&mut self) {
        if let Some(editor) = &mut self.editor {
            editor.discard();
        }
    }

    /// Draws the page (or the editor over it); returns what the trainer chose.
    pub fn show(&mut self, ui: &mut egui::Ui, screen: &Screen) -> Option<Outcome> {
        if let Some(editor) = &mut self.editor {
            theme::laptop_style(ui, screen.sizes.laptop());
            return match editor.show(ui, screen) {
                Some(editor::Outcome::Close) => {
                    self.editor = None;
                    None
                }
                Some(editor::Outcome::Hide) => Some(Outcome::Close),
                Some(editor::Outcome::Saved { path, run }) => self.saved(path, run),
                None => None,
            };
        }
        // The page may be up on the projector while the room waits: the
        // projected small print, not laptop type.
        theme::laptop_style(ui, screen.sizes.small);
        let mut outcome = None;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(tr("console-formats-heading")).font(theme::bold(screen.sizes.body)),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(tr("console-formats-back"))
                    .on_hover_text(tr("console-formats-back-hint"))
                    .clicked()
                {
                    outcome = Some(Outcome::Close);
                }
            });
        });
        self.offers(ui, screen);
        if let Some((text, is_error)) = &self.status {
            let colour = if *is_error {
                screen.palette.overtime
            } else {
                screen.palette.muted
            };
            ui.label(RichText::new(text).color(colour));
        }
        ui.separator();
        let size = egui::vec2(ui.available_width() * 0.42, ui.available_height());
        let top_down = egui::Layout::top_down(egui::Align::Min);
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(size, top_down, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("format-list")
                    .auto_shrink([false, false])
                    .show(ui, |ui| self.list(ui, screen));
            });
            ui.separator();
            ui.allocate_ui_with_layout(ui.available_size(), top_down, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("format-detail")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        if let Some(chosen) = self.detail(ui, screen) {
                            outcome = Some(chosen);
                        }
                    });
            });
        });
        outcome
    }

    fn list(&mut self, ui: &mut egui::Ui, screen: &Screen) {
        let mut chosen = None;
        for (i, entry) in self.library.entries.iter().enumerate() {
            let selected = i == self.selected;
            let title = format!("{}  ·  {}", entry.name(), entry.length_text());
            let response = ui.selectable_label(
                selected,
                RichText::new(title).font(theme::bold(screen.sizes.small)),
            );
            if response.clicked() {
                chosen = Some(i);
            }
            let line = match &entry.loaded {
                Ok(scenario) => format!("{} · {}", entry.source.label(), scenario.description),
                Err(error) => error
                    .to_string()
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_string(),
            };
            let colour = if entry.loaded.is_ok() {
                screen.palette.muted
            } else {
                screen.palette.overtime
            };
            ui.label(RichText::new(line).color(colour));
            ui.add_space(screen.sizes.small * 0.5);
        }
        if let Some(i) = chosen
            && i != self.selected
        {
            self.selected = i;
            if let Some(Ok(scenario)) = self.library.entries.get(i).map(|e| &e.loaded) {
                self.setup = Setup::default_for(scenario);
            }
        }
    }

    fn detail(&mut self, ui: &mut egui::Ui, screen: &Screen) -> Option<Outcome> {
        let entry = self.library.entries.get(self.selected)?;
        let scenario = match &entry.loaded {
            Ok(scenario) => scenario.clone(),
            Err(error) => {
                ui.label(RichText::new(entry.name()).strong());
                ui.label(RichText::new(error.to_string()).color(screen.palette.overtime));
                ui.label(tr("console-formats-fix-file"));
                return None;
            }
        };
        let source = entry.source.clone();
        ui.label(RichText::new(&*scenario.name).font(theme::bold(screen.sizes.body)));
        ui.label(&*scenario.description);
        if let Some(path) = source.path() {
            ui.label(
                RichText::new(path.display().to_string())
                    .small()
                    .color(screen.palette.muted),
            );
        }
        ui.add_space(screen.sizes.small * 0.5);
        setup::choices(ui, &scenario, &mut self.setup);
        let plan = Plan::new(scenario.clone(), self.setup);
        ui.label(
            RichText::new(tr_args(
                "console-formats-in-all",
                &[(
                    "length",
                    FluentValue::from(clock_text(plan.total().to_std())),
                )],
            ))
            .strong(),
        );
        for step in &plan.steps {
            // Wrapped, not a grid: three roles with their names do not fit
            // beside the title at projected sizes.
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(clock_text(step.duration.to_std())).strong());
                ui.label(&*step.title);
                let cast: Vec<String> = plan
                    .cast_of(step)
                    .map(|(role, who)| format!("{}: {}", role.name, plan.participants[who].name))
                    .collect();
                if !cast.is_empty() {
                    ui.label(RichText::new(cast.join(" · ")).color(screen.palette.muted));
                }
            });
        }
        ui.add_space(screen.sizes.small * 0.5);
        let mut outcome = None;
        ui.horizontal_wrapped(|ui| {
            let running = matches!(screen.session.phase(), Phase::Running | Phase::Paused);
            let run_label = if running {
                tr("console-formats-stop-and-run")
            } else {
                tr("console-formats-run")
            };
            if ui.button(RichText::new(run_label).strong()).clicked() {
                outcome = Some(Outcome::Run(Box::new(plan.clone())));
            }
            let edit_label = if source.is_own() {
                tr("console-formats-edit")
            } else {
                tr("console-formats-edit-copy")
            };
            if ui
                .button(edit_label)
                .on_hover_text(tr("console-formats-edit-hint"))
                .clicked()
            {
                self.editor = Some(Editor::new(
                    scenario.clone(),
                    source.clone(),
                    self.places.own.clone(),
                    Arc::clone(&self.window),
                ));
                self.status = None;
            }
        });
        outcome
    }

    /// Drafts found at start, each to restore or discard (which asks).
    fn offers(&mut self, ui: &mut egui::Ui, screen: &Screen) {
        let mut restore = None;
        for (index, found) in self.offers.iter().enumerate() {
            let written: chrono::DateTime<chrono::Local> = found.written.into();
            let name = &found.recovery.draft.scenario().name;
            egui::Frame::group(ui.style())
                .stroke(egui::Stroke::new(2.0, screen.palette.warning))
                .show(ui, |ui| {
                    let draft = [("name", FluentValue::from(name.as_str()))];
                    ui.label(tr_args(
                        "console-formats-draft-found",
                        &[
                            ("name", FluentValue::from(name.as_str())),
                            ("when", FluentValue::from(super::day_and_time(&written))),
                        ],
                    ));
                    ui.horizontal(|ui| {
                        if ui
                            .button(tr("console-formats-restore-draft"))
                            .accessible_name(tr_args("console-formats-restore-named", &draft))
                            .clicked()
                        {
                            restore = Some(index);
                        }
                        if ui
                            .button(tr("console-formats-discard-draft"))
                            .accessible_name(tr_args("console-formats-discard-named", &draft))
                            .clicked()
                        {
                            self.discarding = Some(found.file.clone());
                        }
                    });
                });
        }
        for error in &self.unreadable {
            ui.label(
                RichText::new(tr_args(
                    "console-formats-draft-unread",
                    &[("error", FluentValue::from(error.as_str()))],
                ))
                .color(screen.palette.overtime),
            );
        }
        if let Some(index) = restore
            && self.editor.is_none()
        {
            let found = self.offers.remove(index);
            self.editor = Some(Editor::restored(
                found,
                self.places.own.clone(),
                Arc::clone(&self.window),
            ));
            self.status = None;
        }
        if let Some(file) = self.discarding.clone() {
            self.ask_discard_offer(ui.ctx(), screen, &file);
        }
    }

    fn ask_discard_offer(&mut self, ctx: &egui::Context, screen: &Screen, file: &Path) {
        let name = self
            .offers
            .iter()
            .find(|found| found.file == file)
            .map(|found| found.recovery.draft.scenario().name.to_string())
            .unwrap_or_default();
        let answer = ask(
            ctx,
            screen,
            "discard-draft-offer",
            &tr_args(
                "console-formats-discard-question",
                &[("name", FluentValue::from(name))],
            ),
            &tr("console-formats-discard-detail"),
            &[tr("console-discard-it"), tr("console-keep-it")],
        );
        match answer {
            Some(0) => {
                self.discarding = None;
                if let Some(index) = self.offers.iter().position(|found| found.file == file) {
                    let found = self.offers.remove(index);
                    let _ = std::fs::remove_file(found.file);
                }
            }
            Some(_) => self.discarding = None,
            None => {}
        }
    }

    /// After the editor saved `path`: list it, select it, and run it if asked.
    fn saved(&mut self, path: PathBuf, run: bool) -> Option<Outcome> {
        self.editor = None;
        self.library = Library::discover(&self.places);
        let found = self.library.entries.iter().position(|e| match &e.source {
            Source::Own(own) => own == &path,
            _ => false,
        });
        self.selected = found.unwrap_or(0);
        let scenario: Option<Scenario> = self
            .library
            .entries
            .get(self.selected)
            .and_then(|e| e.loaded.as_ref().ok().cloned());
        self.status = Some(match (&scenario, found) {
            (Some(scenario), Some(_)) => (
                tr_args(
                    "console-formats-saved",
                    &[
                        ("name", FluentValue::from(scenario.name.as_str())),
                        ("length", FluentValue::from(library::length_text(scenario))),
                        ("path", FluentValue::from(path.display().to_string())),
                    ],
                ),
                false,
            ),
            _ => (
                tr_args(
                    "console-formats-saved-unreadable",
                    &[("path", FluentValue::from(path.display().to_string()))],
                ),
                true,
            ),
        });
        let scenario = scenario?;
        self.setup = Setup::default_for(&scenario);
        run.then(|| Outcome::Run(Box::new(Plan::new(scenario, self.setup))))
    }
}
