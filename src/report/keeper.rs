//! Keeping a session's report on disk while it runs, so that a crash, a
//! kill or a power cut still leaves the steps so far. The app hands the
//! keeper its session once per update; the file is rewritten only when the
//! log has grown (a hand-over, a pause, a minute added), never every frame,
//! and once more by [`Keeper::flush`] when the app quits.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, Local};

use super::file::{stem, to_text};
use super::{Report, ReportError};
use crate::i18n::{tr, tr_args};
use crate::recovery::autosave::{FIRST_RETRY, LONGEST_RETRY};
use crate::room::tally::RoundTally;
use crate::session::Session;
use crate::storage::{create_private_dir, read_capped, remove_stale_temps, write_private_atomic};
use crate::worksheet::names::EXTENSION;

/// Temporaries older than this were left by a writer that was killed.
const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Writes the report of the session being run to its own file in a
/// reports folder, as the session runs.
#[derive(Debug)]
pub struct Keeper {
    folder: PathBuf,
    kept: Option<Kept>,
}

/// The session being kept, recognised by the instant it started.
#[derive(Debug)]
struct Kept {
    started_at: Instant,
    /// The wall clock at the start, read once so the report's times of
    /// day do not move if the system clock is set during the session.
    wall_start: DateTime<Local>,
    /// The file, chosen at the first write and kept for the session.
    path: Option<PathBuf>,
    /// What this keeper last wrote there: the only content it replaces.
    written: Option<Vec<u8>>,
    /// The log's length at the last write that succeeded.
    events_written: Option<u64>,
    failures: u32,
    retry_at: Option<Instant>,
    /// The phones' tally as last given, and whether the file has it yet.
    tally: Vec<RoundTally>,
    tally_written: bool,
}

impl Keeper {
    /// A keeper writing into `folder` (the data folder's `reports/`),
    /// which it creates, user-only, at the first write.
    pub fn new(folder: impl Into<PathBuf>) -> Self {
        Self {
            folder: folder.into(),
            kept: None,
        }
    }

    /// Call on every update step, after the session has been brought up to
    /// `now`. Writes the report if the session has started and its log has
    /// grown since the last write; `wall_now` is the wall clock at `now`.
    /// A session started since the last call (another format picked) gets
    /// a file of its own. Returns whether a report was written. After a
    /// failed write the next try waits 2, 4... up to 60 seconds, so a full
    /// disk is not hammered.
    pub fn update(
        &mut self,
        session: &Session,
        now: Instant,
        wall_now: DateTime<Local>,
    ) -> Result<bool, ReportError> {
        let Some(kept) = self.follow(session, now, wall_now) else {
            return Ok(false);
        };
        if (kept.events_written == Some(session.events_recorded()) && kept.tally_written)
            || kept.retry_at.is_some_and(|retry| now < retry)
        {
            return Ok(false);
        }
        self.write(session, now).map(|()| true)
    }

    /// Writes the report as it stands at `now`, whether or not anything
    /// happened since the last write: call it when the app quits (and
    /// before dropping a session for another), so the report runs to that
    /// moment. Does nothing for a session not started.
    pub fn flush(
        &mut self,
        session: &Session,
        now: Instant,
        wall_now: DateTime<Local>,
    ) -> Result<bool, ReportError> {
        if self.follow(session, now, wall_now).is_none() {
            return Ok(false);
        }
        self.write(session, now).map(|()| true)
    }

    /// Takes the phones' tally into the report of the session being kept;
    /// the next [`Keeper::update`] writes it if it changed. Nothing happens
    /// before the session starts: votes come after a conversation.
    pub fn set_tally(&mut self, tally: Vec<RoundTally>) {
        if let Some(kept) = self.kept.as_mut()
            && kept.tally != tally
        {
            kept.tally = tally;
            kept.tally_written = false;
        }
    }

    /// The file of the session being kept, once written.
    pub fn path(&self) -> Option<&Path> {
        self.kept.as_ref()?.path.as_deref()
    }

    /// The wall clock at the start of the session being kept, as read once
    /// at its start; `None` until [`Keeper::update`] has seen it started.
    pub fn wall_start(&self) -> Option<DateTime<Local>> {
        Some(self.kept.as_ref()?.wall_start)
    }

    /// The report of `session` as it stands at `now`, with the times of day
    /// this keeper writes to the file, so what the console shows and what
    /// the file says agree to the second. `None` before the start, and for
    /// a session this keeper has not followed yet (another one picked
    /// since its last update): its start would be a guess.
    pub fn report(&self, session: &Session, now: Instant) -> Option<Report> {
        let kept = self.kept.as_ref()?;
        if session.started_at() != Some(kept.started_at) {
            return None;
        }
        let mut report = Report::of(session, kept.wall_start, now)?;
        report.tally = kept.tally.clone();
        Some(report)
    }

    /// The session being kept: `session`, once started. A session that
    /// started at another instant than the one kept is another session.
    fn follow(
        &mut self,
        session: &Session,
        now: Instant,
        wall_now: DateTime<Local>,
    ) -> Option<&mut Kept> {
        let started_at = session.started_at()?;
        if self
            .kept
            .as_ref()
            .is_none_or(|kept| kept.started_at != started_at)
        {
            self.kept = Some(Kept {
                started_at,
                wall_start: wall_now - now.saturating_duration_since(started_at),
                path: None,
                written: None,
                events_written: None,
                failures: 0,
                retry_at: None,
                tally: Vec::new(),
                tally_written: true,
            });
        }
        self.kept.as_mut()
    }

    fn write(&mut self, session: &Session, now: Instant) -> Result<(), ReportError> {
        let folder = self.folder.clone();
        let Some(kept) = self.kept.as_mut() else {
            return Ok(());
        };
        let result = write_kept(&folder, kept, session, now);
        match &result {
            Ok(()) => {
                kept.events_written = Some(session.events_recorded());
                kept.tally_written = true;
                kept.failures = 0;
                kept.retry_at = None;
            }
            Err(_) => {
                kept.failures = kept.failures.saturating_add(1);
                let doublings = (kept.failures - 1).min(16);
                let wait = FIRST_RETRY
                    .saturating_mul(1 << doublings)
                    .min(LONGEST_RETRY);
                kept.retry_at = Some(now + wait);
            }
        }
        result
    }
}

/// Writes the report of `kept` to its file, choosing the file at the first
/// write. Only a file this keeper wrote is ever replaced: if anything else
/// is found there (another window that picked the same name in the same
/// second, a file edited by hand), the report moves to a new name and the
/// other file is left exactly as it is.
fn write_kept(
    folder: &Path,
    kept: &mut Kept,
    session: &Session,
    now: Instant,
) -> Result<(), ReportError> {
    let Some(mut report) = Report::of(session, kept.wall_start, now) else {
        return Ok(());
    };
    report.tally = kept.tally.clone();
    create_private_dir(folder).map_err(|e| {
        let why = tr_args(
            "report-cannot-create-folder",
            &[("error", e.to_string().into())],
        );
        ReportError::whole_file(folder, why)
    })?;
    let bytes = to_text(&report).into_bytes();
    let ours = |path: &Path, written: Option<&Vec<u8>>| match std::fs::symlink_metadata(path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => true,
        Err(_) => false,
        Ok(meta) if !meta.is_file() => false,
        Ok(_) => written.is_some_and(|written| {
            read_capped(path, written.len() as u64).is_ok_and(|there| there == *written)
        }),
    };
    let path = match &kept.path {
        Some(path) if ours(path, kept.written.as_ref()) => path.clone(),
        _ => {
            if kept.path.is_none() {
                remove_stale_temps(folder, STALE_TEMP_AGE);
            }
            let stem = stem(kept.wall_start, &session.scenario().name);
            let path = (1..=1000)
                .map(|n| match n {
                    1 => folder.join(format!("{stem}.{EXTENSION}")),
                    n => folder.join(format!("{stem}-{n}.{EXTENSION}")),
                })
                .find(|path| ours(path, None))
                .ok_or_else(|| ReportError::whole_file(folder, tr("report-no-free-name")))?;
            kept.path = Some(path.clone());
            kept.written = None;
            path
        }
    };
    write_private_atomic(&path, &bytes).map_err(|e| {
        let why = tr_args("report-could-not-save", &[("error", e.to_string().into())]);
        ReportError::whole_file(&path, why)
    })?;
    kept.written = Some(bytes);
    Ok(())
}
