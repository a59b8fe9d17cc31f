//! A worksheet being filled in: the text, the file it belongs to, whether it
//! has changes not yet saved, and its recovery copy.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::file::WorksheetError;
use super::recovery::{self, Autosave};
use super::{Worksheet, save};

/// One worksheet open in the app.
#[derive(Debug, Clone)]
pub struct OpenWorksheet {
    /// The text, edited in place by the UI, which then calls [`Self::edited`].
    pub sheet: Worksheet,
    saved_as: Option<PathBuf>,
    unsaved: bool,
    autosave: Autosave,
    recovery_file: PathBuf,
}

impl OpenWorksheet {
    /// A worksheet not yet saved anywhere.
    pub fn new(sheet: Worksheet, recovery_file: PathBuf) -> Self {
        Self {
            sheet,
            saved_as: None,
            unsaved: false,
            autosave: Autosave::default(),
            recovery_file,
        }
    }

    /// A worksheet just read from `path`.
    pub fn opened(sheet: Worksheet, path: PathBuf, recovery_file: PathBuf) -> Self {
        Self {
            saved_as: Some(path),
            ..Self::new(sheet, recovery_file)
        }
    }

    /// Changes brought back from a recovery copy at start: unsaved until the
    /// participant saves them, and still copied to the same recovery file.
    pub fn restored(found: recovery::Found) -> Self {
        Self {
            sheet: found.recovery.worksheet,
            saved_as: found.recovery.saved_as,
            unsaved: true,
            autosave: Autosave::default(),
            recovery_file: found.file,
        }
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

    /// Writes the recovery copy if it is due; returns what happened, if
    /// anything was due.
    pub fn autosave(&mut self, now: Instant) -> Option<Result<(), WorksheetError>> {
        if !self.autosave.is_due(now) {
            return None;
        }
        Some(self.write_recovery())
    }

    /// Writes the recovery copy now if anything is unsaved, as on exit.
    pub fn flush(&mut self) -> Result<(), WorksheetError> {
        if self.autosave.due_at().is_none() {
            return Ok(());
        }
        self.write_recovery()
    }

    fn write_recovery(&mut self) -> Result<(), WorksheetError> {
        if let Some(folder) = self.recovery_file.parent() {
            let _ = crate::storage::create_private_dir(folder);
        }
        let result = recovery::write(&self.recovery_file, self.saved_as.as_deref(), &self.sheet);
        if result.is_ok() {
            self.autosave.clear();
        }
        result
    }

    /// Saves to `path` and makes it this worksheet's file. The recovery copy
    /// is removed only once the save has succeeded.
    pub fn save_to(&mut self, path: &Path) -> Result<(), WorksheetError> {
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            crate::storage::create_private_dir(folder).map_err(|e| {
                WorksheetError::whole_file(folder, format!("could not create the folder: {e}"))
            })?;
        }
        save(path, &self.sheet)?;
        self.saved_as = Some(path.to_path_buf());
        self.unsaved = false;
        self.autosave.clear();
        let _ = std::fs::remove_file(&self.recovery_file);
        Ok(())
    }

    /// Drops the recovery copy, when the participant chose to discard the
    /// changes it held.
    pub fn discard_recovery(&self) {
        let _ = std::fs::remove_file(&self.recovery_file);
    }
}
