//! The worksheet side of the app: turns the panel's buttons and keys into
//! file operations on the desk, runs the file dialogs (native or the app's
//! own), asks before discarding changes, and keeps the status line.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use eframe::egui::{self, RichText};

use super::file_chooser::{Choice, Chooser, Mode};
use super::file_picker::{FilePicker, PickKind, Picked};
use super::worksheet_panel::{self, Status, tab_title};
use super::{Action, Screen, SheetAction, theme};
use crate::session::Session;
use crate::storage::{create_private_dir, write_private_atomic};
use crate::worksheet::export::Format;
use crate::worksheet::folders::Folders;
use crate::worksheet::{Desk, names};

/// What a file dialog was opened for, and for which sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    SaveAs { slot: usize },
    Open { slot: usize },
    Export { slot: usize, format: Format },
}

/// An action waiting for "discard the unsaved changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Discarding {
    ForNew,
    ForOpen,
}

/// The open worksheets and the dialogs around them.
pub struct Worksheets {
    pub desk: Desk,
    picker: Box<dyn FilePicker>,
    waiting_for: Option<Purpose>,
    chooser: Option<(Purpose, Chooser)>,
    confirm: Option<Discarding>,
    status: Option<Status>,
    today: NaiveDate,
    /// The names typed at the start, for new sheets.
    names: Vec<String>,
    looked_for_recovery: bool,
}

impl Worksheets {
    pub fn new(
        session: &Session,
        folders: Folders,
        picker: Box<dyn FilePicker>,
        today: NaiveDate,
    ) -> Self {
        let names = typed_names(session);
        Self {
            desk: Desk::new(session.scenario(), &names, folders, today),
            names,
            looked_for_recovery: false,
            picker,
            waiting_for: None,
            chooser: None,
            confirm: None,
            status: None,
            today,
        }
    }

    /// Looks for recovery copies the first time it is called, so a window
    /// reads its folders once, whatever it was built with; returns whether
    /// any were found.
    pub fn look_for_recovery_once(&mut self) -> bool {
        !std::mem::replace(&mut self.looked_for_recovery, true) && self.desk.look_for_recovery()
    }

    /// Draws the panel and notes any edit at `now`.
    pub fn show_panel(
        &mut self,
        ui: &mut egui::Ui,
        screen: &Screen,
        reflection_due: bool,
        now: Instant,
        actions: &mut Vec<Action>,
    ) {
        let context = worksheet_panel::Context {
            status: self.status.as_ref(),
            reflection_due,
            today: self.today,
        };
        if worksheet_panel::show(ui, screen, &mut self.desk, &context, actions) {
            self.desk.edited(now);
            if self.status.as_ref().is_some_and(|s| !s.is_error) {
                self.status = None;
            }
        }
    }

    /// The dialogs over the window, and the autosave due this frame.
    pub fn show_dialogs(&mut self, ctx: &egui::Context, screen: &Screen, now: Instant) {
        self.autosave(now);
        if let Some(picked) = self.picker.poll()
            && let Some(purpose) = self.waiting_for.take()
        {
            match picked {
                Picked::Chosen(path) => self.finish(purpose, &path),
                Picked::Cancelled => {}
                Picked::Unavailable => self.open_chooser(purpose),
            }
        }
        if self.picker.waiting() && self.waiting_for.is_some() {
            self.show_waiting(ctx, screen);
        }
        if let Some((purpose, chooser)) = &mut self.chooser {
            let purpose = *purpose;
            match chooser.show(ctx, screen) {
                Some(Choice::Chosen(path)) => {
                    self.chooser = None;
                    self.finish(purpose, &path);
                }
                Some(Choice::Cancelled) => self.chooser = None,
                None => {}
            }
        }
        if let Some(discarding) = self.confirm {
            self.show_confirm(ctx, screen, discarding);
        }
    }

    pub fn perform(&mut self, ctx: &egui::Context, action: SheetAction) {
        let slot = self.desk.current_index();
        match action {
            SheetAction::Select(slot) => {
                self.desk.select(slot);
                self.status = None;
            }
            SheetAction::New if self.desk.current().is_unsaved() => {
                self.confirm = Some(Discarding::ForNew);
            }
            SheetAction::New => {
                self.desk.new_sheet(&self.names, self.today);
                self.status = None;
            }
            SheetAction::Open if self.desk.current().is_unsaved() => {
                self.confirm = Some(Discarding::ForOpen);
            }
            SheetAction::Open => self.pick(ctx, Purpose::Open { slot }),
            SheetAction::Save => match self.desk.current().saved_as() {
                Some(path) => {
                    let path = path.to_path_buf();
                    self.finish(Purpose::SaveAs { slot }, &path);
                }
                None => self.pick(ctx, Purpose::SaveAs { slot }),
            },
            SheetAction::SaveAs => self.pick(ctx, Purpose::SaveAs { slot }),
            SheetAction::Export(Format::Ics)
                if self.desk.current().sheet.next_meeting.when.is_none() =>
            {
                self.status = Some(Status {
                    text: "Pick a date and time for the next meeting first, under \"When we meet again\"."
                        .into(),
                    is_error: true,
                });
            }
            SheetAction::Export(format) => self.pick(ctx, Purpose::Export { slot, format }),
            SheetAction::Restore(index) => {
                self.desk.restore(index);
                self.status = Some(Status {
                    text: "Restored. Save it to keep it in a worksheet file.".into(),
                    is_error: false,
                });
            }
            SheetAction::DiscardOffer(index) => self.desk.discard_offer(index),
        }
    }

    /// Keeps untouched sheets named after what was typed at the start.
    pub fn follow_names(&mut self, session: &Session) {
        self.names = typed_names(session);
        self.desk.follow_names(&self.names);
    }

    /// Follows a change of format or of the number of people before the start.
    pub fn follow_plan(&mut self, session: &Session) {
        self.names = typed_names(session);
        self.desk
            .follow_scenario(session.scenario(), &self.names, self.today);
    }

    /// Writes the recovery copies that are due.
    pub fn autosave(&mut self, now: Instant) {
        if let Some(error) = self.desk.autosave(now).into_iter().next() {
            self.status = Some(Status {
                text: error.to_string(),
                is_error: true,
            });
        }
    }

    /// Writes every change not yet in a recovery copy.
    pub fn flush(&mut self) {
        for error in self.desk.flush() {
            eprintln!("one-on-one: {error}");
        }
    }

    /// When a recovery copy is next due.
    pub fn next_wake(&self) -> Option<Instant> {
        self.desk.next_autosave()
    }

    fn extension(purpose: Purpose) -> &'static str {
        match purpose {
            Purpose::SaveAs { .. } | Purpose::Open { .. } => names::EXTENSION,
            Purpose::Export { format, .. } => format.extension(),
        }
    }

    /// The folder a dialog starts in and the name it proposes.
    fn proposal(&self, purpose: Purpose) -> (PathBuf, String) {
        let suggested = self.desk.suggested_path(Self::extension(purpose));
        let folder = match (purpose, self.desk.current().saved_as()) {
            (Purpose::Open { .. }, _) | (_, None) => self.desk.folders().worksheets.clone(),
            (_, Some(saved)) => saved.parent().map(Path::to_path_buf).unwrap_or_default(),
        };
        let file_name = suggested
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        (folder, file_name)
    }

    fn pick(&mut self, ctx: &egui::Context, purpose: Purpose) {
        if self.waiting_for.is_some() || self.chooser.is_some() {
            return;
        }
        let _ = create_private_dir(&self.desk.folders().worksheets);
        let (folder, file_name) = self.proposal(purpose);
        let kind = match purpose {
            Purpose::Open { .. } => PickKind::Open,
            _ => PickKind::Save { file_name },
        };
        self.waiting_for = Some(purpose);
        self.picker
            .start(kind, &folder, Self::extension(purpose), ctx);
    }

    fn open_chooser(&mut self, purpose: Purpose) {
        let (folder, file_name) = self.proposal(purpose);
        let (mode, title, typed) = match purpose {
            Purpose::Open { .. } => (Mode::Open, "Open a worksheet", String::new()),
            Purpose::SaveAs { .. } => (Mode::Save, "Save the worksheet", file_name),
            Purpose::Export {
                format: Format::Markdown,
                ..
            } => (Mode::Save, "Export the worksheet as Markdown", file_name),
            Purpose::Export {
                format: Format::Ics,
                ..
            } => (
                Mode::Save,
                "Export the next meeting for a calendar",
                file_name,
            ),
        };
        let chooser = Chooser::new(mode, title, &folder, Self::extension(purpose), typed);
        self.chooser = Some((purpose, chooser));
    }

    /// Does what the dialog was for, with the file the person chose.
    fn finish(&mut self, purpose: Purpose, path: &Path) {
        let stamp = chrono::Local::now().format("%H:%M");
        let result = match purpose {
            Purpose::SaveAs { slot } => {
                self.desk.select(slot);
                self.desk
                    .save_current_to(path)
                    .map(|()| format!("Saved at {stamp} to {}", path.display()))
                    .map_err(|e| e.to_string())
            }
            Purpose::Open { slot } => {
                self.desk.select(slot);
                self.desk
                    .open(path)
                    .map(|()| format!("Opened {}", path.display()))
                    .map_err(|e| e.to_string())
            }
            Purpose::Export { slot, format } => self.export(slot, format, path),
        };
        self.status = Some(match result {
            Ok(text) => Status {
                text,
                is_error: false,
            },
            Err(text) => Status {
                text,
                is_error: true,
            },
        });
    }

    fn export(&mut self, slot: usize, format: Format, path: &Path) -> Result<String, String> {
        if path.extension().is_some_and(|e| e == names::EXTENSION) {
            return Err(format!(
                "{}: not written; .ron is for worksheets, so an export there could replace one",
                path.display()
            ));
        }
        let sheet = &self.desk.sheets()[slot].sheet;
        let text = format
            .render(sheet, chrono::Utc::now())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        write_private_atomic(path, text.as_bytes())
            .map(|()| format!("Exported to {}", path.display()))
            .map_err(|e| format!("{}: could not write: {e}", path.display()))
    }

    fn show_waiting(&mut self, ctx: &egui::Context, screen: &Screen) {
        let mut fall_back = false;
        egui::Modal::new(egui::Id::unique("waiting-for-dialog")).show(ctx, |ui| {
            ui.label(RichText::new("Waiting for the file dialog…").size(screen.sizes.small));
            fall_back = ui.button("Use the app's own list instead").clicked();
        });
        if fall_back {
            self.picker.abandon();
            if let Some(purpose) = self.waiting_for.take() {
                self.open_chooser(purpose);
            }
        }
    }

    fn show_confirm(&mut self, ctx: &egui::Context, screen: &Screen, discarding: Discarding) {
        let slot = self.desk.current_index();
        let title = tab_title(&self.desk.current().sheet, slot);
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("discard-changes")).show(ctx, |ui| {
            ui.label(
                RichText::new(format!("{title} has changes that are not saved."))
                    .font(theme::bold(screen.sizes.body)),
            );
            ui.label(
                RichText::new("Keep them and save first (Ctrl+S), or discard them for good.")
                    .size(screen.sizes.small),
            );
            ui.horizontal(|ui| {
                if ui.button("Keep them").clicked() {
                    answer = Some(false);
                }
                if ui.button("Discard them").clicked() {
                    answer = Some(true);
                }
            });
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(false);
        }
        match answer {
            Some(true) => {
                self.confirm = None;
                match discarding {
                    Discarding::ForNew => {
                        self.desk.new_sheet(&self.names, self.today);
                        self.status = None;
                    }
                    // The changes go only once a file is actually opened in
                    // their place; cancelling the dialog keeps them.
                    Discarding::ForOpen => self.pick(ctx, Purpose::Open { slot }),
                }
            }
            Some(false) => self.confirm = None,
            None => {}
        }
    }
}

/// The names the trainer typed; a participant still called by the
/// scenario's placeholder ("Partner A") has no name yet.
fn typed_names(session: &Session) -> Vec<String> {
    session
        .plan()
        .participants
        .iter()
        .zip(session.names())
        .map(|(participant, name)| {
            if name == &participant.name {
                String::new()
            } else {
                name.clone()
            }
        })
        .collect()
}
