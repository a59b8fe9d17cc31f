//! The worksheet side of the app: turns the panel's buttons and keys into
//! file operations on the desk, runs the file dialogs (native or the app's
//! own), asks before discarding changes or replacing a file, and keeps the
//! status line. A dialog remembers the sheet it was opened for by its id,
//! so tabs coming and going meanwhile never make it act on another sheet.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use eframe::egui::{self, RichText};
use fluent::FluentValue;

use super::file_chooser::{Choice, Chooser, Mode};
use super::file_picker::{FilePicker, PickKind, Picked};
use super::worksheet_panel::{self, Status, tab_title};
use crate::i18n::{tr, tr_args};
use crate::replace::{self, Verdict};
use crate::session::Session;
use crate::storage::{create_private_dir, write_private_atomic};
use crate::ui::overlays::ask;
use crate::ui::{Action, Screen, SheetAction};
use crate::worksheet::export::Format;
use crate::worksheet::folders::Folders;
use crate::worksheet::{Desk, SaveCheck, SheetId, names};

/// What a file dialog was opened for, and for which sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    SaveAs { sheet: SheetId },
    Open { sheet: SheetId },
    Export { sheet: SheetId, format: Format },
}

/// An action waiting for "discard the unsaved changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Discarding {
    ForNew,
    ForOpen,
}

/// A question the person must answer before anything is written or lost.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Question {
    /// Discard the current sheet's unsaved changes?
    Discard(Discarding),
    /// Replace an existing file (an earlier export) with this export?
    ReplaceExport {
        sheet: SheetId,
        format: Format,
        path: PathBuf,
    },
    /// The sheet's own file was changed by someone else since it was read:
    /// keep both, or replace theirs?
    ChangedOnDisk { sheet: SheetId, path: PathBuf },
    /// Delete a recovery copy found at start, named by its file?
    DiscardOffer { file: PathBuf, who: String },
}

/// The open worksheets and the dialogs around them.
pub struct Worksheets {
    pub desk: Desk,
    picker: Box<dyn FilePicker>,
    waiting_for: Option<Purpose>,
    chooser: Option<(Purpose, Chooser)>,
    question: Option<Question>,
    status: Option<Status>,
    today: NaiveDate,
    /// The names typed at the start, for new sheets.
    names: Vec<String>,
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
            picker,
            waiting_for: None,
            chooser: None,
            question: None,
            status: None,
            today,
        }
    }

    /// Looks for recovery copies (the window reads its folders once, on
    /// its first frame); returns whether any were found.
    pub fn look_for_recovery(&mut self) -> bool {
        self.desk.look_for_recovery()
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

    /// The dialogs over the window.
    pub fn show_dialogs(&mut self, ctx: &egui::Context, screen: &Screen) {
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
            // Named each frame, so a switch of language reaches it too.
            chooser.title = Self::chooser_title(purpose);
            match chooser.show(ctx, screen) {
                Some(Choice::Chosen(path)) => {
                    self.chooser = None;
                    self.finish(purpose, &path);
                }
                Some(Choice::Cancelled) => self.chooser = None,
                None => {}
            }
        }
        match self.question.clone() {
            Some(Question::Discard(discarding)) => self.show_confirm(ctx, screen, discarding),
            Some(Question::ReplaceExport {
                sheet,
                format,
                path,
            }) => self.ask_replace_export(ctx, screen, sheet, format, &path),
            Some(Question::ChangedOnDisk { sheet, path }) => {
                self.ask_changed_on_disk(ctx, screen, sheet, &path)
            }
            Some(Question::DiscardOffer { file, who }) => {
                let answer = ask(
                    ctx,
                    screen,
                    "discard-offer",
                    &tr_args(
                        "console-sheets-discard-offer",
                        &[("who", FluentValue::from(who))],
                    ),
                    &tr("console-sheets-discard-offer-detail"),
                    &[tr("console-discard-them"), tr("console-keep-them")],
                );
                match answer {
                    Some(0) => {
                        self.question = None;
                        self.desk.discard_offer(&file);
                    }
                    Some(_) => self.question = None,
                    None => {}
                }
            }
            None => {}
        }
    }

    pub fn perform(&mut self, ctx: &egui::Context, action: SheetAction) {
        let sheet = self.desk.current().id();
        match action {
            SheetAction::Select(slot) => {
                self.desk.select(slot);
                self.status = None;
            }
            SheetAction::New if self.desk.current().is_unsaved() => {
                self.question = Some(Question::Discard(Discarding::ForNew));
            }
            SheetAction::New => {
                self.desk.new_sheet(&self.names, self.today);
                self.status = None;
            }
            SheetAction::Open if self.desk.current().is_unsaved() => {
                self.question = Some(Question::Discard(Discarding::ForOpen));
            }
            SheetAction::Open => self.pick(ctx, Purpose::Open { sheet }),
            SheetAction::Save => match self.desk.current().saved_as() {
                Some(path) => {
                    let path = path.to_path_buf();
                    self.finish(Purpose::SaveAs { sheet }, &path);
                }
                None => self.pick(ctx, Purpose::SaveAs { sheet }),
            },
            SheetAction::SaveAs => self.pick(ctx, Purpose::SaveAs { sheet }),
            SheetAction::Export(Format::Ics)
                if self.desk.current().sheet.next_meeting.when.is_none() =>
            {
                self.status = Some(Status {
                    text: tr("console-sheets-ics-needs-date"),
                    is_error: true,
                });
            }
            SheetAction::Export(format) => self.pick(ctx, Purpose::Export { sheet, format }),
            SheetAction::Restore(index) => {
                self.desk.restore(index);
                self.status = Some(Status {
                    text: tr("console-sheets-restored"),
                    is_error: false,
                });
            }
            SheetAction::DiscardOffer(index) => {
                if let Some(found) = self.desk.offers.get(index) {
                    self.question = Some(Question::DiscardOffer {
                        file: found.file.clone(),
                        who: tab_title(&found.recovery.worksheet, index),
                    });
                }
            }
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

    /// Writes the recovery copies that are due. A failure is reported by
    /// [`Self::recovery_trouble`], where the trainer looks, not here.
    pub fn autosave(&mut self, now: Instant) {
        self.desk.autosave(now);
    }

    /// What the window must say while unsaved text cannot be copied to the
    /// recovery folder: the text is only in memory until it can.
    pub fn recovery_trouble(&self) -> Option<String> {
        self.desk.recovery_trouble().map(|error| {
            tr_args(
                "console-sheets-recovery-trouble",
                &[("error", FluentValue::from(error.to_string()))],
            )
        })
    }

    /// Whether a question or the app's own file chooser is on screen.
    pub fn is_asking(&self) -> bool {
        self.question.is_some() || self.chooser.is_some()
    }

    /// Whether any sheet has changes not saved to its file.
    pub fn any_unsaved(&self) -> bool {
        self.desk.any_unsaved()
    }

    /// Writes every change not yet in a recovery copy, whatever the wait
    /// after a failure; returns the errors, for the last words on exit.
    pub fn flush(&mut self) -> Vec<String> {
        self.desk.flush().iter().map(ToString::to_string).collect()
    }

    /// Throws away every unsaved change and its recovery copy, as the
    /// person chose when closing the window.
    pub fn discard_all_unsaved(&mut self) {
        self.desk.discard_all_unsaved();
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
        let (mode, typed) = match purpose {
            Purpose::Open { .. } => (Mode::Open, String::new()),
            Purpose::SaveAs { .. } | Purpose::Export { .. } => (Mode::Save, file_name),
        };
        let title = Self::chooser_title(purpose);
        let chooser = Chooser::new(mode, &title, &folder, Self::extension(purpose), typed);
        self.chooser = Some((purpose, chooser));
    }

    /// What the app's own chooser is for, as its title says.
    fn chooser_title(purpose: Purpose) -> String {
        match purpose {
            Purpose::Open { .. } => tr("console-sheets-open-title"),
            Purpose::SaveAs { .. } => tr("console-sheets-save-title"),
            Purpose::Export {
                format: Format::Markdown,
                ..
            } => tr("console-sheets-export-md-title"),
            Purpose::Export {
                format: Format::Ics,
                ..
            } => tr("console-sheets-export-ics-title"),
        }
    }

    /// Does what the dialog was for, with the file the person chose, once
    /// nothing would be lost by it; otherwise asks or says why not.
    fn finish(&mut self, purpose: Purpose, path: &Path) {
        let result = match purpose {
            Purpose::SaveAs { sheet } => match self.desk.check_save(sheet, path) {
                SaveCheck::Write => self.save(sheet, path),
                SaveCheck::Refuse(why) => Err(format!("{}: {why}", path.display())),
                SaveCheck::ChangedOnDisk => {
                    self.question = Some(Question::ChangedOnDisk {
                        sheet,
                        path: path.to_path_buf(),
                    });
                    return;
                }
            },
            Purpose::Open { sheet } => self
                .desk
                .open_in_place_of(sheet, path)
                .map(|()| {
                    tr_args(
                        "console-sheets-opened",
                        &[("path", FluentValue::from(path.display().to_string()))],
                    )
                })
                .map_err(|e| e.to_string()),
            Purpose::Export { sheet, format } => {
                if path.extension().is_some_and(|e| e == names::EXTENSION) {
                    Err(tr_args(
                        "console-sheets-export-not-ron",
                        &[("path", FluentValue::from(path.display().to_string()))],
                    ))
                } else {
                    match replace::may_replace(path, None) {
                        Verdict::Write => self.export(sheet, format, path),
                        Verdict::Refuse(why) => Err(format!("{}: {why}", path.display())),
                        Verdict::Ask => {
                            self.question = Some(Question::ReplaceExport {
                                sheet,
                                format,
                                path: path.to_path_buf(),
                            });
                            return;
                        }
                    }
                }
            }
        };
        self.report(result);
    }

    fn report(&mut self, result: Result<String, String>) {
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

    fn save(&mut self, sheet: SheetId, path: &Path) -> Result<String, String> {
        let stamp = chrono::Local::now().format("%H:%M");
        if let Some(slot) = self.desk.index_of(sheet) {
            self.desk.select(slot);
        }
        self.desk
            .save_to(sheet, path)
            .map(|()| {
                tr_args(
                    "console-sheets-saved",
                    &[
                        ("time", FluentValue::from(stamp.to_string())),
                        ("path", FluentValue::from(path.display().to_string())),
                    ],
                )
            })
            .map_err(|e| e.to_string())
    }

    fn export(&mut self, sheet: SheetId, format: Format, path: &Path) -> Result<String, String> {
        let Some(open) = self.desk.sheet(sheet) else {
            return Err(tr_args(
                "console-sheets-export-closed",
                &[("path", FluentValue::from(path.display().to_string()))],
            ));
        };
        let text = format
            .render(&open.sheet, chrono::Utc::now())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        write_private_atomic(path, text.as_bytes())
            .map(|()| {
                tr_args(
                    "console-sheets-exported",
                    &[("path", FluentValue::from(path.display().to_string()))],
                )
            })
            .map_err(|e| {
                tr_args(
                    "console-sheets-cannot-write",
                    &[
                        ("path", FluentValue::from(path.display().to_string())),
                        ("error", FluentValue::from(e.to_string())),
                    ],
                )
            })
    }

    fn ask_replace_export(
        &mut self,
        ctx: &egui::Context,
        screen: &Screen,
        sheet: SheetId,
        format: Format,
        path: &Path,
    ) {
        let name = file_name(path);
        let answer = ask(
            ctx,
            screen,
            "replace-export",
            &tr_args(
                "console-sheets-exists",
                &[("name", FluentValue::from(name))],
            ),
            &tr_args(
                "console-sheets-exists-detail",
                &[("folder", FluentValue::from(folder_name(path)))],
            ),
            &[tr("console-replace-it"), tr("console-cancel")],
        );
        match answer {
            Some(0) => {
                self.question = None;
                let result = self.export(sheet, format, path);
                self.report(result);
            }
            Some(_) => self.question = None,
            None => {}
        }
    }

    fn ask_changed_on_disk(
        &mut self,
        ctx: &egui::Context,
        screen: &Screen,
        sheet: SheetId,
        path: &Path,
    ) {
        let keep_both = self.desk.keep_both_path(sheet);
        let keep_label = keep_both.as_deref().map_or_else(
            || tr("console-sheets-keep-both"),
            |p| {
                tr_args(
                    "console-sheets-keep-both-as",
                    &[("name", FluentValue::from(file_name(p)))],
                )
            },
        );
        let answer = ask(
            ctx,
            screen,
            "changed-on-disk",
            &tr_args(
                "console-sheets-changed-on-disk",
                &[("name", FluentValue::from(file_name(path)))],
            ),
            &tr("console-sheets-changed-on-disk-detail"),
            &[
                keep_label,
                tr("console-sheets-replace-with-mine"),
                tr("console-cancel"),
            ],
        );
        match answer {
            Some(0) => {
                self.question = None;
                let result = match keep_both {
                    Some(other) => self.save(sheet, &other),
                    None => Err(tr_args(
                        "console-sheets-no-free-name",
                        &[("path", FluentValue::from(path.display().to_string()))],
                    )),
                };
                self.report(result);
            }
            Some(1) => {
                self.question = None;
                let result = self.save(sheet, path);
                self.report(result);
            }
            Some(_) => self.question = None,
            None => {}
        }
    }

    fn show_waiting(&mut self, ctx: &egui::Context, screen: &Screen) {
        let mut fall_back = false;
        egui::Modal::new(egui::Id::unique("waiting-for-dialog")).show(ctx, |ui| {
            ui.label(RichText::new(tr("console-sheets-waiting")).size(screen.sizes.small));
            fall_back = ui.button(tr("console-sheets-own-list")).clicked();
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
        let sheet = self.desk.current().id();
        let title = tab_title(&self.desk.current().sheet, slot);
        let answer = ask(
            ctx,
            screen,
            "discard-changes",
            &tr_args(
                "console-sheets-unsaved",
                &[("title", FluentValue::from(title))],
            ),
            &tr("console-sheets-unsaved-detail"),
            &[tr("console-keep-them"), tr("console-discard-them")],
        );
        match answer {
            Some(1) => {
                self.question = None;
                match discarding {
                    Discarding::ForNew => {
                        self.desk.new_sheet(&self.names, self.today);
                        self.status = None;
                    }
                    // The changes go only once a file is actually opened in
                    // their place; cancelling the dialog keeps them.
                    Discarding::ForOpen => self.pick(ctx, Purpose::Open { sheet }),
                }
            }
            Some(_) => self.question = None,
            None => {}
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn folder_name(path: &Path) -> String {
    path.parent()
        .map_or_else(String::new, |p| p.display().to_string())
}

/// The names the trainer typed; a participant still called by the
/// scenario's placeholder ("Partner A") has no name yet.
fn typed_names(session: &Session) -> Vec<String> {
    session
        .typed_names()
        .iter()
        .map(|name| name.clone().unwrap_or_default())
        .collect()
}
