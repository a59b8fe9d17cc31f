//! Unsaved worksheet changes kept safe: each open worksheet is copied to its
//! own recovery file in the window's recovery folder within two seconds of
//! the last keystroke, and the next start offers back every copy that holds
//! something its saved file does not. A copy is only ever removed when its
//! saved file holds exactly the same worksheet, or when the person chose
//! Discard: a file's date says nothing about what is in it (a sync tool, a
//! second window or `touch` can make a file newer than unsaved changes).

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use fluent::FluentValue;
use serde::{Deserialize, Serialize};

use super::file::{MAX_FILE_BYTES, WorksheetError, pretty, ron_options};
use super::{Worksheet, load};
use crate::i18n::tr_args;
use crate::storage::{read_capped, write_private_atomic};

/// The kind of copy worksheets keep in a window's recovery folder.
pub const KIND: &str = "sheet";

/// What a recovery file holds: the worksheet and where it belongs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recovery {
    /// The worksheet file these changes were made to, if it had been saved.
    #[serde(default)]
    pub saved_as: Option<PathBuf>,
    /// A fingerprint of what that file held when the changes were made to
    /// it ([`fingerprint`]), so that after a crash a version another writer
    /// put there meanwhile is noticed before it is saved over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_holds: Option<String>,
    pub worksheet: Worksheet,
}

/// A recovery file found at start that holds changes worth offering back.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub file: PathBuf,
    pub recovery: Recovery,
    pub written: SystemTime,
}

/// Writes the recovery copy atomically and user-only.
pub fn write(
    file: &Path,
    saved_as: Option<&Path>,
    worksheet: &Worksheet,
) -> Result<(), WorksheetError> {
    write_with_base(file, saved_as, None, worksheet)
}

/// Writes the recovery copy of changes made to `saved_holds`, what the
/// file `saved_as` held when they began.
pub fn write_with_base(
    file: &Path,
    saved_as: Option<&Path>,
    saved_holds: Option<&Worksheet>,
    worksheet: &Worksheet,
) -> Result<(), WorksheetError> {
    // Borrowed, so a copy every second does not clone a long worksheet.
    #[derive(Serialize)]
    #[serde(rename = "Recovery")]
    struct Borrowed<'a> {
        saved_as: Option<&'a Path>,
        #[serde(skip_serializing_if = "Option::is_none")]
        saved_holds: Option<String>,
        worksheet: &'a Worksheet,
    }
    let failed = |e: &dyn std::fmt::Display| {
        WorksheetError::whole_file(
            file,
            tr_args(
                "worksheet-could-not-write-recovery",
                &[("error", FluentValue::from(e.to_string()))],
            ),
        )
    };
    let text = ron::ser::to_string_pretty(
        &Borrowed {
            saved_as,
            saved_holds: saved_holds.map(fingerprint),
            worksheet,
        },
        pretty(),
    )
    .map_err(|e| failed(&e))?;
    write_private_atomic(file, text.as_bytes()).map_err(|e| failed(&e))
}

/// A short fingerprint of a worksheet (FNV-1a over its text as the app
/// writes it): the same worksheet always gives the same one, in any run or
/// version of Rust, and another worksheet almost surely another one.
pub fn fingerprint(worksheet: &Worksheet) -> String {
    let hash = super::to_text(worksheet)
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    format!("{hash:016x}")
}

/// Reads one recovery file.
pub fn read(file: &Path) -> Result<Recovery, WorksheetError> {
    let name = file.display().to_string();
    let bytes = read_capped(file, MAX_FILE_BYTES).map_err(|e| {
        WorksheetError::whole_file(
            file,
            tr_args(
                "worksheet-cannot-read-recovery",
                &[("error", FluentValue::from(e.to_string()))],
            ),
        )
    })?;
    let text = String::from_utf8_lossy(&bytes);
    ron_options()
        .from_str::<Recovery>(&text)
        .map_err(|e| WorksheetError::at(&name, e))
}

/// The recovery copies among `files` worth offering back, newest first,
/// and the ones that could not be read (left in place, never deleted).
/// Copies whose saved file holds exactly the same worksheet, and copies of
/// a sheet nobody wrote anything in, are removed.
pub fn scan(files: impl IntoIterator<Item = PathBuf>) -> (Vec<Found>, Vec<WorksheetError>) {
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    for file in files {
        let written = modified(&file).unwrap_or(SystemTime::UNIX_EPOCH);
        match read(&file) {
            Err(error) => unreadable.push(error),
            Ok(recovery) if holds_nothing_new(&recovery) => {
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

/// Whether dropping the copy loses nothing: an untouched blank sheet, or
/// exactly what its saved file holds now.
fn holds_nothing_new(recovery: &Recovery) -> bool {
    match &recovery.saved_as {
        None => {
            let sheet = &recovery.worksheet;
            sheet.has_no_answers()
                && sheet.name.trim().is_empty()
                && sheet.partner.trim().is_empty()
        }
        Some(saved) => load(saved).is_ok_and(|sheet| sheet == recovery.worksheet),
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
