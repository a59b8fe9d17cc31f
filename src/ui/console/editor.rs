//! The agenda editor: a scenario's steps as a form. Steps can be added,
//! removed and moved; titles, durations, warning times, instructions, the
//! trainer's own notes, who holds which role and whether a step moves on by
//! itself can be changed.
//! The total follows every keystroke. Problems show under the field they are
//! in, and nothing is saved while there are any. Saving writes a new file in
//! the trainer's own folder, never over a built-in or shipped format.
//!
//! A draft is protected as a worksheet is: a recovery copy a second after
//! typing stops, offered back after a crash; a question before it is thrown
//! away; and a save over the trainer's own file only if nobody changed that
//! file since it was opened here.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use eframe::egui::{self, RichText};
use fluent::FluentValue;

use crate::i18n::{self, tr, tr_args, tr_in};
use crate::library::{self, Source};
use crate::recovery::drafts::{self, DraftRecovery, FoundDraft};
use crate::recovery::{Autosave, WindowFolder};
use crate::scenario::draft::{At, Draft, Issue};
use crate::scenario::{Advance, Item, Repeat, Scenario, Text, clock_text};
use crate::ui::overlays::ask;
use crate::ui::{Screen, theme};

/// What the editor asks of the formats page.
#[derive(Debug)]
pub enum Outcome {
    /// The draft was thrown away, as the trainer chose: drop the editor.
    Close,
    /// Back to the timer, the draft kept for later.
    Hide,
    /// The format was written to `path`; `run` says whether to run it now.
    Saved { path: PathBuf, run: bool },
}

/// A way of leaving the editor that is waiting for the trainer's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leaving {
    /// "Close without saving": discard the draft?
    Close,
    /// F or Esc: keep editing, keep the draft for later, or discard it?
    Page,
}

/// A scenario being edited, and where it came from.
pub struct Editor {
    draft: Draft,
    source: Source,
    /// The trainer's folder, where saving writes.
    own_folder: Option<PathBuf>,
    /// Why the last save failed.
    error: Option<String>,
    /// The draft as opened or last saved; `None` when it was never saved
    /// (a copy brought back after a crash).
    saved: Option<Draft>,
    /// The draft as of the last frame, to notice edits.
    last_seen: Draft,
    /// What the trainer's own file held when it was opened or saved here.
    on_disk: Option<Scenario>,
    window: Arc<WindowFolder>,
    copy_file: PathBuf,
    autosave: Autosave,
    copy_error: Option<String>,
    leaving: Option<Leaving>,
}

impl Editor {
    /// Edits `scenario`, found at `source`. A format that is not the
    /// trainer's own is saved as a new one, so it gets a name of its own.
    /// Its recovery copy goes into `window`.
    pub fn new(
        scenario: Scenario,
        source: Source,
        own_folder: Option<PathBuf>,
        window: Arc<WindowFolder>,
    ) -> Self {
        let on_disk = source.is_own().then(|| scenario.clone());
        let mut draft = Draft::new(scenario);
        if !source.is_own() {
            draft.scenario_mut().name = copy_name(&draft.scenario().name);
        }
        let copy_file = window.new_file(drafts::KIND);
        let mut editor = Self::with(draft, source, own_folder, on_disk, window, copy_file);
        editor.saved = Some(editor.draft.clone());
        editor
    }

    /// A draft brought back from its recovery copy after a crash: unsaved,
    /// and still copied to the same file.
    pub fn restored(
        found: FoundDraft,
        own_folder: Option<PathBuf>,
        window: Arc<WindowFolder>,
    ) -> Self {
        let editing = found.recovery.editing.filter(|path| path.is_file());
        let on_disk = editing
            .as_deref()
            .and_then(|path| crate::scenario::load_file(path).ok());
        let source = match editing {
            Some(path) => Source::Own(path),
            None => Source::BuiltIn,
        };
        let draft = found.recovery.draft;
        Self::with(draft, source, own_folder, on_disk, window, found.file)
    }

    /// An editor on `draft` that counts as never saved until `saved` is set.
    fn with(
        draft: Draft,
        source: Source,
        own_folder: Option<PathBuf>,
        on_disk: Option<Scenario>,
        window: Arc<WindowFolder>,
        copy_file: PathBuf,
    ) -> Self {
        Self {
            saved: None,
            last_seen: draft.clone(),
            draft,
            source,
            own_folder,
            error: None,
            on_disk,
            copy_file,
            window,
            autosave: Autosave::default(),
            copy_error: None,
            leaving: None,
        }
    }

    /// The format's name as typed.
    pub fn name(&self) -> &str {
        &self.draft.scenario().name
    }

    /// Whether the draft differs from what was opened or last saved.
    pub fn is_unsaved(&self) -> bool {
        self.saved.as_ref() != Some(&self.draft)
    }

    /// F or Esc: leave at once if nothing would be lost, otherwise ask
    /// (the answer comes from [`Self::show`]). Returns whether to leave now.
    pub fn request_leave(&mut self) -> bool {
        if self.is_unsaved() {
            self.leaving = Some(Leaving::Page);
            false
        } else {
            true
        }
    }

    /// Whether a question about leaving is on screen, so the keys that ask
    /// it are not taken twice.
    pub fn is_asking(&self) -> bool {
        self.leaving.is_some()
    }

    /// When the recovery copy is next due.
    pub fn next_wake(&self) -> Option<Instant> {
        self.autosave.due_at()
    }

    /// Why the draft's copy cannot be written, while it cannot.
    pub fn copy_error(&self) -> Option<&str> {
        self.copy_error.as_deref()
    }

    /// Writes the recovery copy if it is due. After a failure it is tried
    /// again later and later; the draft stays here meanwhile.
    pub fn autosave(&mut self, now: Instant) {
        if self.autosave.is_due(now) && self.write_copy().is_err() {
            self.autosave.failed(now);
        }
    }

    /// Writes the copy now if anything is not in it yet, as the window closes.
    pub fn flush(&mut self) -> Result<(), String> {
        if !self.autosave.is_pending() {
            return Ok(());
        }
        self.write_copy()
    }

    /// Throws the draft's copy away, as the trainer chose.
    pub fn discard(&mut self) {
        let _ = std::fs::remove_file(&self.copy_file);
        self.autosave.written();
        self.saved = Some(self.draft.clone());
    }

    fn write_copy(&mut self) -> Result<(), String> {
        let result = if self.is_unsaved() {
            let recovery = DraftRecovery {
                editing: self
                    .source
                    .is_own()
                    .then(|| self.source.path())
                    .flatten()
                    .map(PathBuf::from),
                draft: self.draft.clone(),
            };
            self.window
                .ensure()
                .map_err(|e| {
                    tr_args(
                        "console-editor-no-recovery-folder",
                        &[
                            (
                                "folder",
                                FluentValue::from(self.window.dir().display().to_string()),
                            ),
                            ("error", FluentValue::from(e.to_string())),
                        ],
                    )
                })
                .and_then(|()| drafts::write(&self.copy_file, &recovery))
        } else {
            // Back to what was saved: the copy holds nothing new.
            let _ = std::fs::remove_file(&self.copy_file);
            Ok(())
        };
        match &result {
            Ok(()) => {
                self.autosave.written();
                self.copy_error = None;
            }
            Err(error) => self.copy_error = Some(error.clone()),
        }
        result
    }

    /// Draws the editor; returns what the trainer chose.
    pub fn show(&mut self, ui: &mut egui::Ui, screen: &Screen) -> Option<Outcome> {
        let issues = self.draft.issues();
        let mut outcome = None;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(tr("console-editor-heading")).font(theme::bold(screen.sizes.body)),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(tr("console-editor-close")).clicked() {
                    if self.is_unsaved() {
                        self.leaving = Some(Leaving::Close);
                    } else {
                        outcome = Some(Outcome::Close);
                    }
                }
            });
        });
        self.header(ui, screen, &issues);
        ui.separator();
        let footer_height = ui.spacing().interact_size.y * 2.5;
        egui::ScrollArea::vertical()
            .id_salt("editor-steps")
            .max_height((ui.available_height() - footer_height).max(100.0))
            .auto_shrink([false, false])
            .show(ui, |ui| self.steps(ui, screen, &issues));
        ui.separator();
        if let Some(saved) = self.footer(ui, screen, &issues) {
            outcome = Some(saved);
        }
        if self.draft != self.last_seen {
            self.last_seen = self.draft.clone();
            self.autosave.edited(screen.now);
        }
        if let Some(leaving) = self.leaving
            && let Some(answer) = self.ask_leaving(ui.ctx(), screen, leaving)
        {
            outcome = Some(answer);
        }
        outcome
    }

    /// The question before a draft with changes is left or thrown away.
    fn ask_leaving(
        &mut self,
        ctx: &egui::Context,
        screen: &Screen,
        leaving: Leaving,
    ) -> Option<Outcome> {
        let headline = tr_args(
            "console-closing-draft",
            &[("name", FluentValue::from(self.name()))],
        );
        let answer = match leaving {
            Leaving::Close => ask(
                ctx,
                screen,
                "close-draft",
                &headline,
                &tr("console-editor-close-detail"),
                &[
                    tr("console-discard-them"),
                    tr("console-editor-keep-editing"),
                ],
            )
            .map(|i| if i == 0 { 2 } else { 0 }),
            Leaving::Page => ask(
                ctx,
                screen,
                "leave-draft",
                &headline,
                &tr("console-editor-leave-detail"),
                &[
                    tr("console-editor-keep-for-later"),
                    tr("console-discard-them"),
                    tr("console-editor-keep-editing"),
                ],
            )
            .map(|i| [1, 2, 0][i.min(2)]),
        }?;
        self.leaving = None;
        match answer {
            1 => Some(Outcome::Hide),
            2 => {
                self.discard();
                Some(Outcome::Close)
            }
            _ => None,
        }
    }

    fn header(&mut self, ui: &mut egui::Ui, screen: &Screen, issues: &[Issue]) {
        let width = ui.available_width();
        egui::Grid::new("editor-header")
            .num_columns(2)
            .show(ui, |ui| {
                ui.label(tr("console-editor-name"));
                let mut name = self.draft.scenario().name.to_string();
                if ui
                    .add(egui::TextEdit::singleline(&mut name).desired_width(width * 0.6))
                    .accessible_name(tr("console-editor-format-name"))
                    .changed()
                {
                    *self.draft.scenario_mut().name.current_mut() = name;
                }
                ui.end_row();
                ui.label(tr("console-editor-description"));
                let mut description = self.draft.scenario().description.to_string();
                if ui
                    .add(egui::TextEdit::singleline(&mut description).desired_width(width * 0.6))
                    .accessible_name(tr("console-editor-format-description"))
                    .changed()
                {
                    *self.draft.scenario_mut().description.current_mut() = description;
                }
                ui.end_row();
                ui.label(tr("console-editor-warning"));
                ui.horizontal(|ui| {
                    let mut warning = self.draft.warning_text().to_string();
                    if ui
                        .add(egui::TextEdit::singleline(&mut warning).desired_width(width * 0.08))
                        .accessible_name(tr("console-editor-default-warning"))
                        .changed()
                    {
                        self.draft.set_warning_text(&warning);
                    }
                    ui.label(
                        RichText::new(tr("console-editor-warning-hint"))
                            .color(screen.palette.muted),
                    );
                });
                ui.end_row();
                ui.label(tr("console-editor-at-zero"));
                ui.horizontal(|ui| {
                    if ui
                        .button(tr("console-editor-all-auto"))
                        .on_hover_text(tr("console-editor-all-auto-hint"))
                        .clicked()
                    {
                        self.draft.set_every_advance(Advance::Auto);
                    }
                    if ui
                        .button(tr("console-editor-all-hold"))
                        .on_hover_text(tr("console-editor-hold-hint"))
                        .clicked()
                    {
                        self.draft.set_every_advance(Advance::Hold);
                    }
                    ui.label(
                        RichText::new(tr("console-editor-or-each-step"))
                            .color(screen.palette.muted),
                    );
                });
                ui.end_row();
            });
        for issue in issues.iter().filter(|i| i.at.is_none()) {
            problem(ui, screen, &issue.message);
        }
        // The steps as the room will run them: rounds unrolled.
        let plan = crate::scenario::Plan::from(self.draft.scenario().clone());
        let people = plan.participants.len();
        ui.label(
            RichText::new(tr_args(
                "console-editor-total",
                &[
                    (
                        "length",
                        FluentValue::from(clock_text(plan.total().to_std())),
                    ),
                    ("steps", FluentValue::from(plan.steps.len())),
                    ("people", FluentValue::from(people)),
                ],
            ))
            .font(theme::bold(screen.sizes.laptop() * 1.2)),
        );
    }

    fn steps(&mut self, ui: &mut egui::Ui, screen: &Screen, issues: &[Issue]) {
        let mut change: Option<Change> = None;
        let items = self.draft.scenario().steps.len();
        let mut number = 0;
        for i in 0..items {
            let (inner_count, repeat) = match &self.draft.scenario().steps[i] {
                Item::Step(_) => (None, None),
                Item::Rounds(rounds) => (Some(rounds.steps.len()), Some(rounds.repeat)),
            };
            match inner_count {
                None => {
                    number += 1;
                    if let Some(c) = self.step(ui, screen, issues, (i, None), number) {
                        change = Some(c);
                    }
                }
                Some(count) => {
                    let repeat = match repeat {
                        Some(Repeat::Times(times)) => tr_args(
                            "console-editor-rounds-times",
                            &[("times", FluentValue::from(times))],
                        ),
                        _ => tr("console-editor-rounds-each-person"),
                    };
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.label(RichText::new(repeat).strong().color(screen.palette.accent));
                        for j in 0..count {
                            number += 1;
                            if let Some(c) = self.step(ui, screen, issues, (i, Some(j)), number) {
                                change = Some(c);
                            }
                        }
                    });
                }
            }
        }
        if ui.button(tr("console-editor-add-at-end")).clicked() {
            change = Some(Change::AddAfter(None));
        }
        match change {
            Some(Change::AddAfter(at)) => {
                self.draft.add_step_after(at);
            }
            Some(Change::Remove(at)) => self.draft.remove(at),
            Some(Change::Shift(at, up)) => {
                self.draft.shift(at, up);
            }
            None => {}
        }
        if change.is_some() {
            self.error = None;
        }
    }

    /// One step's fields; returns a change to the list, made after drawing.
    fn step(
        &mut self,
        ui: &mut egui::Ui,
        screen: &Screen,
        issues: &[Issue],
        at: At,
        number: usize,
    ) -> Option<Change> {
        let mut change = None;
        let width = ui.available_width();
        let roles = self.draft.scenario().roles.clone();
        let participants = self.draft.scenario().participants.clone();
        let default_warning = self.draft.scenario().warning;
        let (Some(step), Some(texts)) =
            (self.draft.step(at).cloned(), self.draft.texts(at).cloned())
        else {
            return None;
        };
        let number_arg = [("number", FluentValue::from(number))];
        ui.push_id(("step", at), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(width - ui.spacing().item_spacing.x * 4.0);
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("{number}.")).strong());
                    let mut title = step.title.to_string();
                    if ui
                        .add(egui::TextEdit::singleline(&mut title).desired_width(width * 0.4))
                        .accessible_name(tr_args("console-editor-step-title", &number_arg))
                        .changed()
                        && let Some(step) = self.draft.step_mut(at)
                    {
                        *step.title.current_mut() = title;
                    }
                    let mut duration = texts.duration.clone();
                    if ui
                        .add(egui::TextEdit::singleline(&mut duration).desired_width(width * 0.07))
                        .accessible_name(tr_args("console-editor-step-duration", &number_arg))
                        .changed()
                    {
                        self.draft.set_duration_text(at, &duration);
                    }
                    for (label, hover, named, wanted) in [
                        (
                            "↑".to_string(),
                            tr("console-editor-move-up"),
                            tr_args("console-editor-move-up-named", &number_arg),
                            Change::Shift(at, true),
                        ),
                        (
                            "↓".to_string(),
                            tr("console-editor-move-down"),
                            tr_args("console-editor-move-down-named", &number_arg),
                            Change::Shift(at, false),
                        ),
                        (
                            tr("console-editor-remove"),
                            tr("console-editor-remove-hint"),
                            tr_args("console-editor-remove-named", &number_arg),
                            Change::Remove(at),
                        ),
                        (
                            tr("console-editor-add-below"),
                            tr("console-editor-add-below-hint"),
                            tr_args("console-editor-add-below-named", &number_arg),
                            Change::AddAfter(Some(at)),
                        ),
                    ] {
                        if ui
                            .button(label)
                            .on_hover_text(hover)
                            .accessible_name(named)
                            .clicked()
                        {
                            change = Some(wanted);
                        }
                    }
                });
                ui.horizontal_wrapped(|ui| {
                    let mut auto = step.advance == Advance::Auto;
                    if ui
                        .checkbox(&mut auto, tr("console-editor-step-auto"))
                        .on_hover_text(tr("console-editor-step-auto-hint"))
                        .accessible_name(tr_args("console-editor-step-auto-named", &number_arg))
                        .changed()
                        && let Some(step) = self.draft.step_mut(at)
                    {
                        step.advance = if auto { Advance::Auto } else { Advance::Hold };
                    }
                    ui.label(tr("console-editor-warning"));
                    let mut warning = texts.warning.clone();
                    if ui
                        .add(
                            egui::TextEdit::singleline(&mut warning)
                                .hint_text(default_warning.to_string())
                                .desired_width(width * 0.07),
                        )
                        .accessible_name(tr_args("console-editor-step-warning", &number_arg))
                        .changed()
                    {
                        self.draft.set_step_warning_text(at, &warning);
                    }
                    ui.label(
                        RichText::new(tr("console-editor-step-warning-hint"))
                            .color(screen.palette.muted),
                    );
                });
                if !roles.is_empty() {
                    ui.horizontal_wrapped(|ui| {
                        for role in &roles {
                            ui.label(&*role.name);
                            let current = step.cast.get(&role.id).cloned();
                            let shown = current
                                .as_ref()
                                .and_then(|id| participants.iter().find(|p| &p.id == id))
                                .map_or_else(
                                    || tr("console-editor-nobody"),
                                    |p| p.name.to_string(),
                                );
                            let mut chosen = current.clone();
                            egui::ComboBox::from_id_salt(("role", &role.id))
                                .selected_text(shown)
                                .show_ui(ui, |ui| {
                                    ui.selectable_value(
                                        &mut chosen,
                                        None,
                                        tr("console-editor-nobody"),
                                    );
                                    for person in &participants {
                                        ui.selectable_value(
                                            &mut chosen,
                                            Some(person.id.clone()),
                                            &*person.name,
                                        );
                                    }
                                })
                                .response
                                .accessible_name(tr_args(
                                    "console-editor-role-in-step",
                                    &[
                                        ("role", FluentValue::from(role.name.as_str())),
                                        ("number", FluentValue::from(number)),
                                    ],
                                ));
                            if chosen != current
                                && let Some(step) = self.draft.step_mut(at)
                            {
                                match chosen {
                                    Some(who) => step.cast.insert(role.id.clone(), who),
                                    None => step.cast.remove(&role.id),
                                };
                            }
                        }
                    });
                }
                let mut instructions = step.instructions.to_string();
                if ui
                    .add(
                        egui::TextEdit::multiline(&mut instructions)
                            .hint_text(tr("console-editor-instructions-hint"))
                            .desired_rows(2)
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(tr_args("console-editor-step-instructions", &number_arg))
                    .changed()
                    && let Some(step) = self.draft.step_mut(at)
                {
                    *step.instructions.current_mut() = instructions;
                }
                ui.label(
                    RichText::new(tr("console-editor-notes-heading")).color(screen.palette.muted),
                );
                let mut notes = step.notes.to_string();
                if ui
                    .add(
                        egui::TextEdit::multiline(&mut notes)
                            .hint_text(tr("console-editor-notes-hint"))
                            .desired_rows(2)
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(tr_args("console-editor-step-notes", &number_arg))
                    .changed()
                    && let Some(step) = self.draft.step_mut(at)
                {
                    *step.notes.current_mut() = notes;
                }
                for issue in issues.iter().filter(|i| i.at == Some(at)) {
                    problem(ui, screen, &format!("{}: {}", issue.field, issue.message));
                }
            });
        });
        change
    }

    fn footer(&mut self, ui: &mut egui::Ui, screen: &Screen, issues: &[Issue]) -> Option<Outcome> {
        let mut outcome = None;
        ui.horizontal_wrapped(|ui| {
            let ok = issues.is_empty() && self.own_folder.is_some();
            let own = self.source.is_own();
            let mut buttons = vec![
                (tr("console-editor-save-new"), false, false),
                (tr("console-editor-save-run"), own, true),
            ];
            if own {
                buttons.insert(0, (tr("console-editor-save"), true, false));
            }
            for (label, over, run) in buttons {
                if ui.add_enabled(ok, egui::Button::new(label)).clicked() {
                    outcome = self.save(over, run);
                }
            }
            if !issues.is_empty() {
                alert(
                    ui,
                    screen,
                    &tr_args(
                        "console-editor-not-saved-problems",
                        &[("count", FluentValue::from(issues.len()))],
                    ),
                );
            } else if self.own_folder.is_none() {
                alert(ui, screen, &tr("console-editor-no-own-folder"));
            }
            if let Some(error) = &self.error {
                alert(ui, screen, error);
            }
        });
        outcome
    }

    fn save(&mut self, over: bool, run: bool) -> Option<Outcome> {
        let scenario = self.draft.finished().ok()?;
        let folder = self.own_folder.clone()?;
        let over = if over { self.source.path() } else { None };
        if let Some(path) = over
            && path.exists()
        {
            // Someone changed the file since it was opened here: keep theirs.
            let now = crate::scenario::load_file(path).ok();
            if now.is_some() && now != self.on_disk {
                self.error = Some(tr_args(
                    "console-editor-changed-elsewhere",
                    &[("path", FluentValue::from(path.display().to_string()))],
                ));
                return None;
            }
        }
        match library::save_own(&scenario, &folder, over) {
            Ok(path) => {
                self.saved = Some(self.draft.clone());
                self.on_disk = Some(scenario);
                self.discard();
                Some(Outcome::Saved { path, run })
            }
            Err(error) => {
                self.error = Some(error);
                None
            }
        }
    }
}

/// A change to the list of steps, made once the list is drawn.
#[derive(Debug, Clone, Copy)]
enum Change {
    AddAfter(Option<At>),
    Remove(At),
    Shift(At, bool),
}

/// A problem with what was typed, in the error colour and said in words too.
fn problem(ui: &mut egui::Ui, screen: &Screen, message: &str) {
    alert(
        ui,
        screen,
        &tr_args(
            "console-editor-problem",
            &[("message", FluentValue::from(message))],
        ),
    );
}

fn alert(ui: &mut egui::Ui, screen: &Screen, text: &str) {
    ui.label(RichText::new(text).color(screen.palette.overtime));
}

/// The name of a copy of the format `name`, "My team breakout", in each
/// language the name is given in.
fn copy_name(name: &Text) -> Text {
    let copy = |language, name: &str| {
        tr_in(
            language,
            "console-editor-copy-name",
            &[("name", FluentValue::from(lowercase_first(name)))],
        )
    };
    match name {
        Text::Plain(name) => Text::Plain(copy(i18n::language(), name)),
        Text::Translated(versions) => Text::Translated(
            versions
                .iter()
                .map(|(language, name)| (*language, copy(*language, name)))
                .collect(),
        ),
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::i18n::Language;

    #[test]
    fn a_copy_is_named_in_each_language_its_format_is_given_in() {
        let name = Text::Translated(BTreeMap::from([
            (Language::English, "Team breakout".to_string()),
            (Language::Spanish, "Dinámica en equipo".to_string()),
        ]));
        let copy = copy_name(&name);
        assert_eq!(copy.get(Language::English), "My team breakout");
        assert_eq!(copy.get(Language::Spanish), "Mi dinámica en equipo");
    }
}
