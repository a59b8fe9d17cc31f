//! The formats page: every workshop format the app can find, with its
//! length and a line of description, the choices it offers (how many
//! people, how long), its agenda, and buttons to run it or edit a copy.
//! The agenda editor opens in its place.

use std::path::PathBuf;

use eframe::egui::{self, RichText};

use super::editor::{self, Editor};
use super::{Screen, setup, theme};
use crate::library::{self, Library, Places, Source};
use crate::scenario::{Plan, Scenario, Setup, clock_text};
use crate::session::Phase;

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
}

impl Formats {
    /// A page that looks for formats in `places`.
    pub fn new(places: Places) -> Self {
        Self {
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

    /// Reads the folders again and selects the format `current` runs.
    pub fn refresh(&mut self, current: &Plan) {
        self.library = Library::discover(&self.places);
        self.selected = self
            .library
            .usable()
            .find(|(_, _, scenario)| *scenario == &current.scenario)
            .map_or(0, |(i, _, _)| i);
        self.setup = current.setup;
        self.editor = None;
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
                Some(editor::Outcome::Saved { path, run }) => self.saved(path, run),
                None => None,
            };
        }
        // The page may be up on the projector while the room waits: the
        // projected small print, not laptop type.
        theme::laptop_style(ui, screen.sizes.small);
        let mut outcome = None;
        ui.horizontal(|ui| {
            ui.label(RichText::new("Workshop formats").font(theme::bold(screen.sizes.body)));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("Back to the timer")
                    .on_hover_text("Close this page (Esc or F)")
                    .clicked()
                {
                    outcome = Some(Outcome::Close);
                }
            });
        });
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
                ui.label("Fix the file and open this page again, or check it with `one-on-one check FILE`.");
                return None;
            }
        };
        let source = entry.source.clone();
        ui.label(RichText::new(&scenario.name).font(theme::bold(screen.sizes.body)));
        ui.label(&scenario.description);
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
        ui.label(RichText::new(format!("{} in all", clock_text(plan.total().to_std()))).strong());
        for step in &plan.steps {
            // Wrapped, not a grid: three roles with their names do not fit
            // beside the title at projected sizes.
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(clock_text(step.duration.to_std())).strong());
                ui.label(&step.title);
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
                "Stop this workshop and run this format"
            } else {
                "Run this format"
            };
            if ui.button(RichText::new(run_label).strong()).clicked() {
                outcome = Some(Outcome::Run(Box::new(plan.clone())));
            }
            let edit_label = if source.is_own() {
                "Edit"
            } else {
                "Edit a copy"
            };
            if ui
                .button(edit_label)
                .on_hover_text("Change steps, times and roles in the agenda editor")
                .clicked()
            {
                self.editor = Some(Editor::new(
                    scenario.clone(),
                    source.clone(),
                    self.places.own.clone(),
                ));
                self.status = None;
            }
        });
        outcome
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
                format!(
                    "Saved \"{}\" ({}) to {}",
                    scenario.name,
                    library::length_text(scenario),
                    path.display()
                ),
                false,
            ),
            _ => (
                format!("Saved to {}, but it could not be read back", path.display()),
                true,
            ),
        });
        let scenario = scenario?;
        self.setup = Setup::default_for(&scenario);
        run.then(|| Outcome::Run(Box::new(Plan::new(scenario, self.setup))))
    }
}
