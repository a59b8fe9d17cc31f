//! A worksheet being filled in: the text, the file it belongs to and what
//! that file held when last read or written, whether it has changes not yet
//! saved, and its recovery copy.

use std::path::{Path, PathBuf};
use std::time::Instant;

use fluent::FluentValue;

use super::file::WorksheetError;
use super::recovery;
use super::{Worksheet, load, save};
use crate::i18n::{tr, tr_args};
use crate::recovery::{Autosave, WindowFolder};
use crate::replace::{self, Verdict};
use crate::storage::same_file;

/// A name for one open worksheet that stays the same while tabs come and
/// go, so a dialog opened for one sheet never acts on another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SheetId(pub(super) u64);

/// What saving to a path would do, asked before writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveCheck {
    /// Nothing is lost by writing.
    Write,
    /// Never written there; the text says why, to follow the path and a colon.
    Refuse(String),
    /// This sheet's own file was changed by someone else since it was
    /// opened or saved: writing would throw their changes away.
    ChangedOnDisk,
}

/// One worksheet open in the app.
#[derive(Debug, Clone)]
pub struct OpenWorksheet {
    /// The text, edited in place by the UI, which then calls [`Self::edited`].
    pub sheet: Worksheet,
    id: SheetId,
    saved_as: Option<PathBuf>,
    /// What `saved_as` held when it was opened or last saved here.
    on_disk: Option<Worksheet>,
    unsaved: bool,
    autosave: Autosave,
    recovery_file: PathBuf,
    /// Why the recovery copy could not be written, until it can.
    recovery_error: Option<WorksheetError>,
}

impl OpenWorksheet {
    /// A worksheet not yet saved anywhere.
    pub fn new(id: SheetId, sheet: Worksheet, recovery_file: PathBuf) -> Self {
        Self {
            sheet,
            id,
            saved_as: None,
            on_disk: None,
            unsaved: false,
            autosave: Autosave::default(),
            recovery_file,
            recovery_error: None,
        }
    }

    /// A worksheet just read from `path`.
    pub fn opened(id: SheetId, sheet: Worksheet, path: PathBuf, recovery_file: PathBuf) -> Self {
        Self {
            on_disk: Some(sheet.clone()),
            saved_as: Some(path),
            ..Self::new(id, sheet, recovery_file)
        }
    }

    /// Changes brought back from a recovery copy at start: unsaved until the
    /// participant saves them, and still copied to the same recovery file.
    /// The saved file counts as what the changes were made to only if it
    /// still holds what the copy says it held; otherwise saving asks.
    pub fn restored(id: SheetId, found: recovery::Found) -> Self {
        let holds = found.recovery.saved_holds.as_deref();
        let on_disk = (found.recovery.saved_as.as_deref())
            .and_then(|path| load(path).ok())
            .filter(|now| holds == Some(recovery::fingerprint(now).as_str()));
        Self {
            sheet: found.recovery.worksheet,
            id,
            saved_as: found.recovery.saved_as,
            on_disk,
            unsaved: true,
            autosave: Autosave::default(),
            recovery_file: found.file,
            recovery_error: None,
        }
    }

    pub fn id(&self) -> SheetId {
        self.id
    }

    pub fn saved_as(&self) -> Option<&Path> {
        self.saved_as.as_deref()
    }

    pub fn is_unsaved(&self) -> bool {
        self.unsaved
    }

    /// The participant changed something at `now`.
    pub fn edited(&mut self, now: Instant) {
        self.unsaved = true;
        self.autosave.edited(now);
    }

    /// When the recovery copy should next be written.
    pub fn autosave_due_at(&self) -> Option<Instant> {
        self.autosave.due_at()
    }

    /// Why the recovery copy cannot be written, while it cannot.
    pub fn recovery_error(&self) -> Option<&WorksheetError> {
        self.recovery_error.as_ref()
    }

    /// Writes the recovery copy into `window` if it is due; returns what
    /// happened, if anything was due. A failed write is tried again later
    /// and later; the text stays here meanwhile.
    pub fn autosave(
        &mut self,
        window: &WindowFolder,
        now: Instant,
    ) -> Option<Result<(), WorksheetError>> {
        if !self.autosave.is_due(now) {
            return None;
        }
        let result = self.write_recovery(window);
        if result.is_err() {
            self.autosave.failed(now);
        }
        Some(result)
    }

    /// Writes the recovery copy now if anything is not in it yet, whatever
    /// the wait after a failure, as when the window closes.
    pub fn flush(&mut self, window: &WindowFolder) -> Result<(), WorksheetError> {
        if !self.autosave.is_pending() {
            return Ok(());
        }
        self.write_recovery(window)
    }

    fn write_recovery(&mut self, window: &WindowFolder) -> Result<(), WorksheetError> {
        let result = window
            .ensure()
            .map_err(|e| {
                WorksheetError::whole_file(
                    window.dir(),
                    tr_args(
                        "worksheet-could-not-make-recovery-folder",
                        &[("error", FluentValue::from(e.to_string()))],
                    ),
                )
            })
            .and_then(|()| {
                recovery::write_with_base(
                    &self.recovery_file,
                    self.saved_as.as_deref(),
                    self.on_disk.as_ref(),
                    &self.sheet,
                )
            });
        match &result {
            Ok(()) => {
                self.autosave.written();
                self.recovery_error = None;
            }
            Err(error) => self.recovery_error = Some(error.clone()),
        }
        result
    }

    /// What saving this sheet to `path` would do. Its own file may be
    /// written unless someone else changed it since; any other path follows
    /// [`replace::may_replace`], except that a worksheet is never written
    /// over a file that is not one (an export, a letter), asked or not.
    pub fn check_save(&self, path: &Path) -> SaveCheck {
        let own = self
            .saved_as
            .as_deref()
            .is_some_and(|saved| saved == path || same_file(saved, path));
        if !own {
            return match replace::may_replace(path, None) {
                Verdict::Write => SaveCheck::Write,
                Verdict::Ask => SaveCheck::Refuse(tr("worksheet-not-replaced-other-file")),
                Verdict::Refuse(why) => SaveCheck::Refuse(why),
            };
        }
        if !path.exists() {
            // Moved or deleted meanwhile: saving puts it back.
            return SaveCheck::Write;
        }
        match load(path) {
            Ok(now) if self.on_disk.as_ref() == Some(&now) || now == self.sheet => SaveCheck::Write,
            Ok(_) => SaveCheck::ChangedOnDisk,
            Err(error) => SaveCheck::Refuse(tr_args(
                "worksheet-changed-unreadable",
                &[("why", FluentValue::from(error.message))],
            )),
        }
    }

    /// Saves to `path` and makes it this worksheet's file. The caller has
    /// asked [`Self::check_save`] and, for a changed file, the person. The
    /// recovery copy is removed only once the save has succeeded.
    pub fn save_to(&mut self, path: &Path) -> Result<(), WorksheetError> {
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            crate::storage::create_private_dir(folder).map_err(|e| {
                WorksheetError::whole_file(
                    folder,
                    tr_args(
                        "files-could-not-create-folder",
                        &[("error", FluentValue::from(e.to_string()))],
                    ),
                )
            })?;
        }
        save(path, &self.sheet)?;
        self.saved_as = Some(path.to_path_buf());
        self.on_disk = Some(self.sheet.clone());
        self.unsaved = false;
        self.autosave.written();
        self.recovery_error = None;
        let _ = std::fs::remove_file(&self.recovery_file);
        Ok(())
    }

    /// Forgets the unsaved changes and their recovery copy, when the person
    /// chose to quit without them; the text stays on screen until then.
    pub fn forget_changes(&mut self) {
        self.discard_recovery();
        self.unsaved = false;
        self.autosave.written();
    }

    /// Drops the recovery copy, when the participant chose to discard the
    /// changes it held.
    pub fn discard_recovery(&self) {
        let _ = std::fs::remove_file(&self.recovery_file);
    }
}
