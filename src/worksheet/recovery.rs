//! Unsaved changes kept safe: each open worksheet is copied to its own
//! recovery file within two seconds of the last keystroke, and the next start
//! offers back any copy newer than what was saved.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};

use super::file::{MAX_FILE_BYTES, WorksheetError, pretty, ron_options};
use super::{Worksheet, load};
use crate::storage::{TEMP_PREFIX, read_capped, write_private_atomic};

/// A pause in typing this long writes the recovery copy.
pub const QUIET: Duration = Duration::from_secs(1);
/// Continuous typing still writes a copy at least this often.
pub const MOST: Duration = Duration::from_secs(2);

/// What a recovery file holds: the worksheet and where it belongs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recovery {
    /// The worksheet file these changes were made to, if it had been saved.
    #[serde(default)]
    pub saved_as: Option<PathBuf>,
    pub worksheet: Worksheet,
}

/// A recovery file found at start that holds changes worth offering back.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub file: PathBuf,
    pub recovery: Recovery,
    pub written: SystemTime,
}

/// When the next recovery copy is due, from edits and the clock alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Autosave {
    first_unwritten: Option<Instant>,
    last_edit: Option<Instant>,
}

impl Autosave {
    /// Something changed at `now`.
    pub fn edited(&mut self, now: Instant) {
        self.first_unwritten.get_or_insert(now);
        self.last_edit = Some(now);
    }

    /// The instant the copy should be written, if there is anything to write.
    pub fn due_at(&self) -> Option<Instant> {
        let first = self.first_unwritten?;
        let last = self.last_edit?;
        Some((last + QUIET).min(first + MOST))
    }

    pub fn is_due(&self, now: Instant) -> bool {
        self.due_at().is_some_and(|due| now >= due)
    }

    /// The copy was written, or the worksheet saved: nothing is pending.
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

/// A recovery file name no other window or earlier run is using.
pub fn new_file(folder: &Path, slot: usize) -> PathBuf {
    let started = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis();
    folder.join(format!("{started}-{}-{slot}.ron", std::process::id()))
}

/// Writes the recovery copy atomically and user-only.
pub fn write(
    file: &Path,
    saved_as: Option<&Path>,
    worksheet: &Worksheet,
) -> Result<(), WorksheetError> {
    // Borrowed, so a copy every second does not clone a long worksheet.
    #[derive(Serialize)]
    #[serde(rename = "Recovery")]
    struct Borrowed<'a> {
        saved_as: Option<&'a Path>,
        worksheet: &'a Worksheet,
    }
    let failed = |e: &dyn std::fmt::Display| {
        WorksheetError::whole_file(file, format!("could not write the recovery copy: {e}"))
    };
    let text = ron::ser::to_string_pretty(
        &Borrowed {
            saved_as,
            worksheet,
        },
        pretty(),
    )
    .map_err(|e| failed(&e))?;
    write_private_atomic(file, text.as_bytes()).map_err(|e| failed(&e))
}

/// Reads one recovery file.
pub fn read(file: &Path) -> Result<Recovery, WorksheetError> {
    let name = file.display().to_string();
    let bytes = read_capped(file, MAX_FILE_BYTES).map_err(|e| {
        WorksheetError::whole_file(file, format!("cannot read the recovery copy: {e}"))
    })?;
    let text = String::from_utf8_lossy(&bytes);
    ron_options()
        .from_str::<Recovery>(&text)
        .map_err(|e| WorksheetError::at(&name, e))
}

/// The recovery files in `folder` worth offering back, newest first, and the
/// ones that could not be read (left in place, never deleted). Copies that
/// hold nothing new (the saved file is newer, or the same) are removed.
pub fn scan(folder: &Path) -> (Vec<Found>, Vec<WorksheetError>) {
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return (found, unreadable);
    };
    for entry in entries.flatten() {
        let file = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(TEMP_PREFIX) || !name.ends_with(".ron") {
            continue;
        }
        let written = modified(&file).unwrap_or(SystemTime::UNIX_EPOCH);
        match read(&file) {
            Err(error) => unreadable.push(error),
            Ok(recovery) if holds_nothing_new(&recovery, written) => {
                let _ = std::fs::remove_file(&file);
            }
            Ok(recovery) => found.push(Found {
                file,
                recovery,
                written,
            }),
        }
    }
    found.sort_by_key(|offer| std::cmp::Reverse(offer.written));
    (found, unreadable)
}

fn holds_nothing_new(recovery: &Recovery, written: SystemTime) -> bool {
    if recovery.worksheet.has_no_answers() {
        return recovery.saved_as.is_none();
    }
    let Some(saved) = &recovery.saved_as else {
        return false;
    };
    match (modified(saved), load(saved)) {
        (Some(saved_at), Ok(sheet)) => sheet == recovery.worksheet || saved_at > written,
        _ => false,
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_due_a_second_after_the_last_edit() {
        let start = Instant::now();
        let mut autosave = Autosave::default();
        assert_eq!(autosave.due_at(), None);
        autosave.edited(start);
        autosave.edited(start + Duration::from_millis(300));
        assert_eq!(autosave.due_at(), Some(start + Duration::from_millis(1300)));
        assert!(!autosave.is_due(start + Duration::from_millis(1299)));
        assert!(autosave.is_due(start + Duration::from_millis(1300)));
    }

    #[test]
    fn continuous_typing_still_gets_a_copy_every_two_seconds() {
        let start = Instant::now();
        let mut autosave = Autosave::default();
        for tenth in 0..30 {
            autosave.edited(start + Duration::from_millis(100 * tenth));
        }
        assert_eq!(autosave.due_at(), Some(start + MOST));
        autosave.clear();
        assert!(!autosave.is_due(start + Duration::from_secs(60)));
    }
}
