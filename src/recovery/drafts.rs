//! Recovery copies of agenda drafts: what the trainer typed in the agenda
//! editor and has not saved, written a second after they stop typing into
//! the window's recovery folder and offered back after a crash, as
//! worksheets are.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use fluent::FluentValue;
use serde::{Deserialize, Serialize};

use crate::i18n::tr_args;
use crate::scenario::draft::Draft;
use crate::scenario::text;
use crate::storage::{read_capped, write_private_atomic};

/// The kind of copy drafts keep in a window's recovery folder.
pub const KIND: &str = "draft";

/// A draft copy is a scenario and a little more; this is far above any.
const MAX_COPY_BYTES: u64 = 8 * 1024 * 1024;

/// What a draft's recovery file holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename = "DraftRecovery", deny_unknown_fields)]
pub struct DraftRecovery {
    /// The trainer's own format file the draft edits; `None` for a copy of
    /// a built-in or shipped format, which is saved as a new one.
    #[serde(default)]
    pub editing: Option<PathBuf>,
    /// The draft, half-typed times included.
    pub draft: Draft,
}

/// A draft copy found at start.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDraft {
    pub file: PathBuf,
    pub recovery: DraftRecovery,
    pub written: SystemTime,
}

/// Writes a draft's copy atomically and user-only.
pub fn write(file: &Path, recovery: &DraftRecovery) -> Result<(), String> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .escape_strings(false);
    let failed = |e: &dyn std::fmt::Display| {
        let why = tr_args(
            "files-draft-not-written",
            &[("error", FluentValue::from(e.to_string()))],
        );
        format!("{}: {why}", file.display())
    };
    let body = text::options()
        .to_string_pretty(recovery, config)
        .map_err(|e| failed(&e))?;
    write_private_atomic(file, body.as_bytes()).map_err(|e| failed(&e))
}

/// Reads a draft's copy.
pub fn read(file: &Path) -> Result<DraftRecovery, String> {
    let bytes = read_capped(file, MAX_COPY_BYTES).map_err(|e| {
        let why = tr_args(
            "files-draft-unreadable",
            &[("error", FluentValue::from(e.to_string()))],
        );
        format!("{}: {why}", file.display())
    })?;
    let text = String::from_utf8_lossy(&bytes);
    text::options()
        .from_str(&text)
        .map_err(|e: ron::error::SpannedError| {
            format!(
                "{}:{}:{}: {}",
                file.display(),
                e.span.start.line,
                e.span.start.col,
                e.code
            )
        })
}

/// The draft copies among `files` worth offering back, newest first, and
/// why the others could not be read (they are left where they are).
pub fn scan(files: impl IntoIterator<Item = PathBuf>) -> (Vec<FoundDraft>, Vec<String>) {
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    for file in files {
        let written = std::fs::metadata(&file)
            .and_then(|m| m.modified())
            .unwrap_or(SystemTime::UNIX_EPOCH);
        match read(&file) {
            Ok(recovery) => found.push(FoundDraft {
                file,
                recovery,
                written,
            }),
            Err(error) => unreadable.push(error),
        }
    }
    found.sort_by_key(|offer| std::cmp::Reverse(offer.written));
    (found, unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::built_in_breakout;

    #[test]
    fn a_half_typed_draft_comes_back_exactly() {
        let folder = std::env::temp_dir().join(format!("one-on-one-drafts-{}", std::process::id()));
        crate::storage::create_private_dir(&folder).unwrap();
        let mut draft = Draft::new(built_in_breakout());
        draft.scenario_mut().name = "My \"breakout\"\nsecond line".into();
        let first = draft.positions()[1];
        draft.set_duration_text(first, "1m3");
        if let Some(step) = draft.step_mut(first) {
            step.notes = "Walk between the pairs;\n\"why?\" questions?".into();
        }
        draft.set_warning_text("");
        let recovery = DraftRecovery {
            editing: Some(folder.join("mine.ron")),
            draft,
        };
        let file = folder.join("draft-0.ron");
        write(&file, &recovery).unwrap();
        assert_eq!(read(&file).unwrap(), recovery);
        let (found, unreadable) = scan([file.clone(), folder.join("missing.ron")]);
        assert_eq!(found.len(), 1);
        assert_eq!(unreadable.len(), 1);
        std::fs::remove_dir_all(folder).unwrap();
    }
}
