//! The worksheets open in one window: one per participant by default (so two
//! partners can share a laptop), which one is showing, where they are saved,
//! and the recovery copies found at start.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;

use super::file::WorksheetError;
use super::folders::Folders;
use super::recovery::{self, Found};
use super::{OpenWorksheet, Worksheet, load, names};
use crate::scenario::Scenario;

/// Temporary files older than this were left by a writer that was killed.
const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// The open worksheets and what the participant is looking at.
#[derive(Debug)]
pub struct Desk {
    sheets: Vec<OpenWorksheet>,
    current: usize,
    folders: Folders,
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
        let recovery_file = recovery::new_file(&self.folders.recovery, slot);
        self.sheets.push(OpenWorksheet::new(sheet, recovery_file));
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

    /// Sweeps what killed writers left behind and collects the recovery
    /// copies worth offering back; returns whether there are any.
    pub fn look_for_recovery(&mut self) -> bool {
        for folder in [&self.folders.worksheets, &self.folders.recovery] {
            crate::storage::remove_stale_temps(folder, STALE_TEMP_AGE);
        }
        (self.offers, self.unreadable) = recovery::scan(&self.folders.recovery);
        !self.offers.is_empty()
    }

    pub fn folders(&self) -> &Folders {
        &self.folders
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
        let recovery_file = recovery::new_file(&self.folders.recovery, slot);
        self.sheets[slot] = OpenWorksheet::new(sheet, recovery_file);
    }

    /// Opens `path` into the current slot. On error the current sheet is
    /// left exactly as it was.
    pub fn open(&mut self, path: &Path) -> Result<(), WorksheetError> {
        let mut sheet = load(path)?;
        sheet.add_missing_questions(&self.scenario.reflection);
        let slot = self.current;
        self.sheets[slot].discard_recovery();
        let recovery_file = recovery::new_file(&self.folders.recovery, slot);
        self.sheets[slot] = OpenWorksheet::opened(sheet, path.to_path_buf(), recovery_file);
        Ok(())
    }

    /// Saves the current sheet to `path`.
    pub fn save_current_to(&mut self, path: &Path) -> Result<(), WorksheetError> {
        self.current_mut().save_to(path)
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
        let current = &self.sheets[self.current];
        let restored = OpenWorksheet::restored(found);
        if current.saved_as().is_none() && !current.is_unsaved() && current.sheet.has_no_answers() {
            current.discard_recovery();
            self.sheets[self.current] = restored;
        } else {
            self.sheets.push(restored);
            self.current = self.sheets.len() - 1;
        }
    }

    /// Drops offer `index` and deletes its recovery copy, as the participant asked.
    pub fn discard_offer(&mut self, index: usize) {
        if index < self.offers.len() {
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
        self.sheets
            .iter_mut()
            .filter_map(|open| open.autosave(now))
            .filter_map(Result::err)
            .collect()
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
        self.sheets
            .iter_mut()
            .map(OpenWorksheet::flush)
            .filter_map(Result::err)
            .collect()
    }
}
