//! The worksheets open in one window: one per participant by default (so two
//! partners can share a laptop), which one is showing, where they are saved,
//! and the recovery copies found at start.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;
use fluent::FluentValue;

use super::file::WorksheetError;
use super::folders::Folders;
use super::open::{SaveCheck, SheetId};
use super::recovery::{self, Found};
use super::{OpenWorksheet, Worksheet, load, names};
use crate::i18n::{tr, tr_args};
use crate::recovery::WindowFolder;
use crate::scenario::Scenario;

/// Temporary files older than this were left by a writer that was killed.
const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// The open worksheets and what the participant is looking at.
#[derive(Debug)]
pub struct Desk {
    sheets: Vec<OpenWorksheet>,
    current: usize,
    next_id: u64,
    folders: Folders,
    /// This window's recovery folder, shared with whatever else in the
    /// window keeps recovery copies.
    window: Arc<WindowFolder>,
    /// Recovery copies newer than their saved files, waiting for an answer.
    pub offers: Vec<Found>,
    /// Recovery files that could not be read; they are left where they are.
    pub unreadable: Vec<WorksheetError>,
    /// The workshop the sheets are filled in for: their acts and questions.
    scenario: Scenario,
}

impl Desk {
    /// One blank worksheet per participant of `scenario`, each naming its
    /// partner. Nothing is read from `folders` until [`Self::look_for_recovery`].
    pub fn new(scenario: &Scenario, names: &[String], folders: Folders, today: NaiveDate) -> Self {
        let mut desk = Self {
            sheets: Vec::new(),
            current: 0,
            next_id: 0,
            window: Arc::new(WindowFolder::new(&folders.recovery)),
            folders,
            offers: Vec::new(),
            unreadable: Vec::new(),
            scenario: scenario.clone(),
        };
        while desk.sheets.len() < names.len().max(1) {
            desk.push_blank(names, today);
        }
        desk
    }

    /// Adds a blank sheet for the next participant, with its own recovery file.
    fn push_blank(&mut self, names: &[String], today: NaiveDate) {
        let slot = self.sheets.len();
        let sheet = self.blank(names, slot, today);
        let open = OpenWorksheet::new(self.fresh_id(), sheet, self.new_recovery_file());
        self.sheets.push(open);
    }

    fn fresh_id(&mut self) -> SheetId {
        self.next_id += 1;
        SheetId(self.next_id)
    }

    fn new_recovery_file(&self) -> PathBuf {
        self.window.new_file(recovery::KIND)
    }

    /// A blank sheet for participant `slot`, naming the next participant as
    /// the partner (in a pair, the other one).
    fn blank(&self, names: &[String], slot: usize, today: NaiveDate) -> Worksheet {
        let name = names.get(slot).cloned().unwrap_or_default();
        let partner = if names.len() > 1 {
            names[(slot + 1) % names.len()].clone()
        } else {
            String::new()
        };
        Worksheet::blank(&self.scenario, &name, &partner, today)
    }

    /// Sweeps what killed writers left behind, claims the copies of
    /// windows that are no longer running, and collects the ones worth
    /// offering back; returns whether there are any. Copies of windows
    /// still running are never touched.
    pub fn look_for_recovery(&mut self) -> bool {
        crate::storage::remove_stale_temps(&self.folders.worksheets, STALE_TEMP_AGE);
        crate::storage::remove_stale_temps(&self.folders.recovery, STALE_TEMP_AGE);
        let claimed = self.window.claim_orphans().map_err(|e| {
            WorksheetError::whole_file(
                &self.folders.recovery,
                tr_args(
                    "worksheet-could-not-look-for-recovery",
                    &[("error", FluentValue::from(e.to_string()))],
                ),
            )
        });
        (self.offers, self.unreadable) = recovery::scan(self.window.copies(recovery::KIND));
        if let Err(error) = claimed {
            self.unreadable.push(error);
        }
        !self.offers.is_empty()
    }

    pub fn folders(&self) -> &Folders {
        &self.folders
    }

    /// This window's recovery folder, for the other things in the window
    /// that keep recovery copies.
    pub fn window(&self) -> Arc<WindowFolder> {
        Arc::clone(&self.window)
    }

    /// The sheet with this id, if it is still open.
    pub fn sheet(&self, id: SheetId) -> Option<&OpenWorksheet> {
        self.sheets.iter().find(|open| open.id() == id)
    }

    /// Where the sheet with this id is in the tabs, if it is still open.
    pub fn index_of(&self, id: SheetId) -> Option<usize> {
        self.sheets.iter().position(|open| open.id() == id)
    }

    pub fn sheets(&self) -> &[OpenWorksheet] {
        &self.sheets
    }

    pub fn current_index(&self) -> usize {
        self.current
    }

    pub fn current(&self) -> &OpenWorksheet {
        &self.sheets[self.current]
    }

    pub fn current_mut(&mut self) -> &mut OpenWorksheet {
        &mut self.sheets[self.current]
    }

    pub fn select(&mut self, slot: usize) {
        if slot < self.sheets.len() {
            self.current = slot;
        }
    }

    /// Keeps untouched sheets in step with the names typed at the start, so
    /// nobody has to type their name twice.
    pub fn follow_names(&mut self, names: &[String]) {
        let count = names.len();
        for (slot, open) in self.sheets.iter_mut().enumerate().take(count) {
            if open.saved_as().is_some() || open.is_unsaved() {
                continue;
            }
            open.sheet.name = names[slot].clone();
            if count > 1 {
                open.sheet.partner = names[(slot + 1) % count].clone();
            }
        }
    }

    /// Follows a change of workshop format before the start: sheets nobody
    /// has touched are made again for `scenario` (its questions, its name),
    /// one per participant; sheets with anything typed or saved are kept.
    pub fn follow_scenario(&mut self, scenario: &Scenario, names: &[String], today: NaiveDate) {
        self.scenario = scenario.clone();
        let untouched = |open: &OpenWorksheet| open.saved_as().is_none() && !open.is_unsaved();
        for slot in 0..self.sheets.len() {
            if untouched(&self.sheets[slot]) {
                self.sheets[slot].sheet = self.blank(names, slot, today);
            }
        }
        let count = names.len().max(1);
        while self.sheets.len() < count {
            self.push_blank(names, today);
        }
        while self.sheets.len() > count && self.sheets.last().is_some_and(untouched) {
            self.sheets.pop();
        }
        self.current = self.current.min(self.sheets.len() - 1);
    }

    /// Replaces the current sheet with a blank one. The caller has made sure
    /// nothing unsaved is lost (or the participant chose to discard it).
    pub fn new_sheet(&mut self, names: &[String], today: NaiveDate) {
        let slot = self.current;
        let sheet = self.blank(names, slot, today);
        self.sheets[slot].discard_recovery();
        let open = OpenWorksheet::new(self.fresh_id(), sheet, self.new_recovery_file());
        self.sheets[slot] = open;
    }

    /// Opens `path` in place of the sheet with id `id`. On error, or if that
    /// sheet is no longer open, nothing changes.
    pub fn open_in_place_of(&mut self, id: SheetId, path: &Path) -> Result<(), WorksheetError> {
        let slot = self.index_of(id).ok_or_else(|| closed_meanwhile(path))?;
        let mut sheet = load(path)?;
        sheet.add_missing_questions(&self.scenario.reflection);
        self.sheets[slot].discard_recovery();
        let open = OpenWorksheet::opened(
            self.fresh_id(),
            sheet,
            path.to_path_buf(),
            self.new_recovery_file(),
        );
        self.sheets[slot] = open;
        self.current = slot;
        Ok(())
    }

    /// Saves the current sheet to `path`, if nothing is lost by it.
    pub fn save_current_to(&mut self, path: &Path) -> Result<(), WorksheetError> {
        let id = self.current().id();
        match self.check_save(id, path) {
            SaveCheck::Write => self.save_to(id, path),
            SaveCheck::Refuse(why) => Err(WorksheetError::whole_file(path, why)),
            SaveCheck::ChangedOnDisk => Err(changed_on_disk(path)),
        }
    }

    /// What saving the sheet `id` to `path` would do.
    pub fn check_save(&self, id: SheetId, path: &Path) -> SaveCheck {
        match self.sheet(id) {
            Some(open) => open.check_save(path),
            None => SaveCheck::Refuse(closed_meanwhile(path).to_string()),
        }
    }

    /// Saves the sheet `id` to `path`, once [`Self::check_save`] (and, for
    /// a changed file, the person) said so.
    pub fn save_to(&mut self, id: SheetId, path: &Path) -> Result<(), WorksheetError> {
        let slot = self.index_of(id).ok_or_else(|| closed_meanwhile(path))?;
        self.sheets[slot].save_to(path)
    }

    /// A file beside the sheet's own that nothing is in yet, to keep both
    /// versions when its file changed under it: `maria-and-sam-2.ron`.
    pub fn keep_both_path(&self, id: SheetId) -> Option<PathBuf> {
        let saved = self.sheet(id)?.saved_as()?;
        let folder = saved.parent().unwrap_or(Path::new("."));
        let stem = saved.file_stem()?.to_string_lossy();
        Some(names::unused_path(folder, &stem))
    }

    /// Where Save As proposes to put the current sheet: the worksheets folder
    /// and a name made from the people and the day.
    pub fn suggested_path(&self, extension: &str) -> PathBuf {
        let sheet = &self.current().sheet;
        let stem = names::stem(&sheet.name, &sheet.partner, sheet.date);
        if extension == names::EXTENSION {
            names::unused_path(&self.folders.worksheets, &stem)
        } else {
            match self.current().saved_as() {
                Some(saved) => saved.with_extension(extension),
                None => self.folders.worksheets.join(format!("{stem}.{extension}")),
            }
        }
    }

    /// Brings back offer `index`: into the current slot if it holds nothing
    /// yet, otherwise into a slot of its own.
    pub fn restore(&mut self, index: usize) {
        if index >= self.offers.len() {
            return;
        }
        let found = self.offers.remove(index);
        let id = self.fresh_id();
        let current = &self.sheets[self.current];
        let restored = OpenWorksheet::restored(id, found);
        if current.saved_as().is_none() && !current.is_unsaved() && current.sheet.has_no_answers() {
            current.discard_recovery();
            self.sheets[self.current] = restored;
        } else {
            self.sheets.push(restored);
            self.current = self.sheets.len() - 1;
        }
    }

    /// Drops the offer of the copy in `file` and deletes the copy, as the
    /// participant asked (after being asked whether they are sure).
    pub fn discard_offer(&mut self, file: &Path) {
        if let Some(index) = self.offers.iter().position(|found| found.file == file) {
            let found = self.offers.remove(index);
            let _ = std::fs::remove_file(found.file);
        }
    }

    /// Marks the current sheet edited at `now`.
    pub fn edited(&mut self, now: Instant) {
        self.current_mut().edited(now);
    }

    /// Writes the recovery copies that are due; returns the errors.
    pub fn autosave(&mut self, now: Instant) -> Vec<WorksheetError> {
        let window = &self.window;
        self.sheets
            .iter_mut()
            .filter_map(|open| open.autosave(window, now))
            .filter_map(Result::err)
            .collect()
    }

    /// Why a recovery copy cannot be written, while one cannot.
    pub fn recovery_trouble(&self) -> Option<&WorksheetError> {
        self.sheets.iter().find_map(OpenWorksheet::recovery_error)
    }

    /// Whether any open sheet has changes not saved to its file.
    pub fn any_unsaved(&self) -> bool {
        self.sheets.iter().any(OpenWorksheet::is_unsaved)
    }

    /// The next instant a recovery copy is due, to wake the window for it.
    pub fn next_autosave(&self) -> Option<Instant> {
        self.sheets
            .iter()
            .filter_map(OpenWorksheet::autosave_due_at)
            .min()
    }

    /// Writes every pending recovery copy at once, as the window closes.
    pub fn flush(&mut self) -> Vec<WorksheetError> {
        let window = &self.window;
        self.sheets
            .iter_mut()
            .map(|open| open.flush(window))
            .filter_map(Result::err)
            .collect()
    }

    /// Throws away every unsaved change and its recovery copy, when the
    /// person chose to quit without them.
    pub fn discard_all_unsaved(&mut self) {
        for open in &mut self.sheets {
            if open.is_unsaved() {
                open.forget_changes();
            }
        }
    }
}

/// The error for a dialog whose sheet was closed before it answered.
fn closed_meanwhile(path: &Path) -> WorksheetError {
    WorksheetError::whole_file(path, tr("worksheet-closed-meanwhile"))
}

/// The error for saving over a file someone else changed.
fn changed_on_disk(path: &Path) -> WorksheetError {
    WorksheetError::whole_file(path, tr("worksheet-changed-on-disk"))
}
