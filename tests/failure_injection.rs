//! Every writer meets a disk that says no: a read-only folder, a folder
//! nobody may enter, a folder that is a file, a folder removed while the app
//! runs, a full disk, and symbolic links that lead on, lead nowhere or lead
//! round in a circle. Whatever the failure, the person is told, the text
//! stays on the sheet and in its last good recovery copy, the file already
//! there keeps its bytes, nothing half-written is left behind, and a
//! recovery copy that cannot be written is tried again seconds later, not
//! every frame.
//!
//! Root may write anywhere and a full disk cannot be had without mounting
//! one, so some cases run in a child process, this test binary again: as
//! `nobody` when the tests run as root, and under a file size limit for the
//! full disk.

#![cfg(unix)]

mod common;

use std::fmt::Display;
use std::fs::{self, Permissions};
use std::os::unix::fs::{PermissionsExt as _, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{SEC, Scratch, Trainer, Window};
use egui_kittest::kittest::Queryable as _;
use one_on_one::i18n::Language;
use one_on_one::library::save_own;
use one_on_one::scenario::{self, Scenario, Text, built_in_breakout};
use one_on_one::storage::{TEMP_PREFIX, write_private_atomic};
use one_on_one::worksheet::export::Format;
use one_on_one::worksheet::{self, Worksheet, names, recovery};

/// What Maria types first, and what she types after.
const FIRST: &str = "Maria grew up above her aunt's bakery in Gràcia. ";
const MORE: &str = "The rent doubled the year she left school; «we stayed», she said. ";

/// The user and group the permission cases run as when the tests run as root.
const NOBODY: u32 = 65534;
/// A folder files can be read from but not made in.
const READ_ONLY: u32 = 0o555;
/// A folder that cannot be entered at all.
const NO_ENTRY: u32 = 0o000;

/// A full disk: a write past this many bytes fails (EFBIG, where a real full
/// disk says ENOSPC; the writers treat both alike). The old files in the
/// full-disk cases are all smaller, the new ones all larger.
const DISK_LIMIT: u64 = 64 * 1024;

/// A story longer than the full disk lets anyone write.
fn long_story() -> String {
    let line = "When the landlord's letter came, the whole street met in the bakery. ";
    line.repeat(2 * DISK_LIMIT as usize / line.len() + 1)
}

// ---------------------------------------------------------------------------
// What a failure must leave behind

/// The bytes of some files, to prove a failed write left them alone.
struct Kept(Vec<(PathBuf, Vec<u8>)>);

impl Kept {
    fn of(files: &[&Path]) -> Self {
        Self(
            files
                .iter()
                .map(|file| (file.to_path_buf(), fs::read(file).unwrap()))
                .collect(),
        )
    }

    fn unchanged(&self) {
        for (file, before) in &self.0 {
            let now = fs::read(file)
                .unwrap_or_else(|e| panic!("{} can no longer be read: {e}", file.display()));
            assert!(
                now == *before,
                "{} changed: {} bytes before, {} now",
                file.display(),
                before.len(),
                now.len()
            );
        }
    }
}

/// The person is told, and told which file or folder.
fn told(error: impl Display, about: &Path) {
    let said = error.to_string();
    assert!(
        said.contains(&about.display().to_string()),
        "the message does not name {}: {said}",
        about.display()
    );
}

/// No half-written temporary file is left in `folder`.
fn no_temps_in(folder: &Path) {
    let left: Vec<String> = fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.starts_with(TEMP_PREFIX))
                .collect()
        })
        .unwrap_or_default();
    assert!(left.is_empty(), "left in {}: {left:?}", folder.display());
}

fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink())
}

/// The recovery copy that was due could not be written: the window says
/// so, keeps the text, tries again only seconds later, and fails the same
/// way when it closes rather than pretending.
fn copy_fails_and_says_so(window: &mut Window, about: &Path) {
    let errors = window.pauses();
    assert_eq!(errors.len(), 1, "{errors:?}");
    told(&errors[0], about);
    assert_eq!(window.desk.recovery_trouble(), Some(&errors[0]));
    window.still_holds_everything();

    let failed_at = window.now;
    let next = window.desk.next_autosave().expect("the copy is still due");
    let wait = next.saturating_duration_since(failed_at);
    assert!(wait >= Duration::from_millis(1500), "next try in {wait:?}");
    let soon = window.desk.autosave(failed_at + Duration::from_millis(100));
    assert!(soon.is_empty(), "tried again 100 ms later: {soon:?}");
    assert_eq!(
        window.desk.next_autosave(),
        Some(next),
        "no try was made meanwhile"
    );

    let at_exit = window.desk.flush();
    assert_eq!(at_exit.len(), 1, "closing the window says so too");
    window.still_holds_everything();
}

/// The next try, once it is due, writes the copy with everything typed.
fn tries_again_and_copies(window: &mut Window) {
    window.now = window.desk.next_autosave().expect("a copy is due");
    let errors = window.desk.autosave(window.now);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(window.desk.recovery_trouble(), None);
    let copy = recovery::read(&window.copy()).unwrap();
    assert!(
        copy.worksheet.notes == window.typed,
        "the copy holds it all"
    );
}

/// A sheet with `notes`, to export.
fn sheet_with(notes: &str) -> Worksheet {
    let mut sheet = Worksheet::blank(&built_in_breakout(), "Maria", "Sam", common::practice_day());
    sheet.notes = notes.to_string();
    sheet
}

/// Exports `sheet` as Markdown to `path`, as the window's Export does.
fn export(sheet: &Worksheet, path: &Path) -> std::io::Result<()> {
    let text = Format::Markdown
        .render(sheet, chrono::Utc::now())
        .expect("Markdown always renders");
    write_private_atomic(path, text.as_bytes())
}

/// The built-in breakout under another name, as a trainer saves it.
/// `words` in each of the built-in formats' languages, so a changed text
/// keeps the file whole.
fn in_both(words: &str) -> Text {
    Text::Translated(
        Language::ALL
            .into_iter()
            .map(|language| (language, words.to_string()))
            .collect(),
    )
}

fn tenants_breakout() -> Scenario {
    Scenario {
        name: in_both("Tenants' breakout"),
        ..built_in_breakout()
    }
}

// ---------------------------------------------------------------------------
// Read-only folders and folders nobody may enter

/// A folder's mode changed for a test, put back when dropped so the scratch
/// folder can be looked into and cleaned up.
struct Denied(PathBuf);

impl Drop for Denied {
    fn drop(&mut self) {
        let _ = fs::set_permissions(&self.0, Permissions::from_mode(0o700));
    }
}

/// Makes `folder` read-only or closed, and makes sure that took: no file
/// can be made in it. Where modes mean nothing to this user, the test fails
/// rather than pass without having tried anything.
fn deny(folder: &Path, mode: u32) -> Denied {
    fs::set_permissions(folder, Permissions::from_mode(mode)).unwrap();
    let denied = Denied(folder.to_path_buf());
    let probe = folder.join(".probe");
    if fs::File::create(&probe).is_ok() {
        let _ = fs::remove_file(&probe);
        panic!(
            "cannot inject the failure: {} has mode {mode:03o}, yet a file could be made in it; \
             this user ignores file modes (root, or CAP_DAC_OVERRIDE)",
            folder.display()
        );
    }
    denied
}

/// A window whose sheet was saved as `maria.ron`, then typed on and
/// copied to its recovery file: the state every failure starts from.
struct Saved {
    worksheets: PathBuf,
    saved: PathBuf,
    window: Window,
    copy: PathBuf,
}

fn saved_then_copied(scratch: &Path) -> Saved {
    let data = scratch.join("data");
    let worksheets = data.join("worksheets");
    let saved = worksheets.join("maria.ron");
    let mut window = Window::open(&data);
    window.types(FIRST);
    window.save(&saved).unwrap();
    window.types(MORE);
    window.pauses_and_copies();
    let copy = window.copy();
    Saved {
        worksheets,
        saved,
        window,
        copy,
    }
}

fn worksheets_folder_denied(scratch: &Path, mode: u32) {
    let Saved {
        worksheets,
        saved,
        mut window,
        copy,
    } = saved_then_copied(scratch);
    let kept = Kept::of(&[&saved, &copy]);

    let denied = deny(&worksheets, mode);
    told(window.save(&saved).unwrap_err(), &saved);
    let another = worksheets.join("maria-2.ron");
    told(window.save(&another).unwrap_err(), &another);
    window.still_holds_everything();
    drop(denied);

    kept.unchanged();
    assert!(!another.exists());
    no_temps_in(&worksheets);
    // Once the folder takes files again, saving works and the copy goes.
    window.save(&saved).unwrap();
    assert_eq!(worksheet::load(&saved).unwrap().notes, window.typed);
    assert!(!copy.exists());
}

fn recovery_folder_denied(scratch: &Path, mode: u32) {
    let data = scratch.join("data");
    let mut window = Window::open(&data);
    window.types(FIRST);
    window.pauses_and_copies();
    let copy = window.copy();
    let kept = Kept::of(&[&copy]);
    // Read-only: the window's own folder, where its copy is. Closed: the
    // recovery folder all windows share.
    let folder = match mode {
        READ_ONLY => copy.parent().unwrap().to_path_buf(),
        _ => data.join("recovery"),
    };

    let denied = deny(&folder, mode);
    window.types(MORE);
    copy_fails_and_says_so(&mut window, &folder);
    drop(denied);

    kept.unchanged();
    no_temps_in(copy.parent().unwrap());
    tries_again_and_copies(&mut window);
    assert_eq!(window.copy(), copy);
}

fn exports_denied(scratch: &Path) {
    let exports = scratch.join("exports");
    fs::create_dir(&exports).unwrap();
    let earlier = exports.join("maria.md");
    export(&sheet_with(FIRST), &earlier).unwrap();
    let kept = Kept::of(&[&earlier]);
    let new = exports.join("maria-2.md");
    for mode in [READ_ONLY, NO_ENTRY] {
        let denied = deny(&exports, mode);
        assert!(export(&sheet_with(MORE), &earlier).is_err(), "{mode:03o}");
        assert!(export(&sheet_with(MORE), &new).is_err(), "{mode:03o}");
        drop(denied);
        kept.unchanged();
        assert!(!new.exists());
        no_temps_in(&exports);
    }
}

fn formats_denied(scratch: &Path) {
    let formats = scratch.join("formats");
    let mine = save_own(&built_in_breakout(), &formats, None).unwrap();
    let kept = Kept::of(&[&mine]);
    for mode in [READ_ONLY, NO_ENTRY] {
        let denied = deny(&formats, mode);
        let over = save_own(&tenants_breakout(), &formats, Some(&mine));
        told(over.unwrap_err(), &mine);
        let new = save_own(&tenants_breakout(), &formats, None);
        told(new.unwrap_err(), &formats);
        drop(denied);
        kept.unchanged();
        assert_eq!(common::files_in(&formats), std::slice::from_ref(&mine));
    }
}

/// The window does not redraw in a storm while a copy keeps failing: the
/// next frame is asked for seconds ahead, and never soon as the retries come.
fn stays_calm(trainer: &mut Trainer) {
    let delay = trainer.repaint_delay();
    assert!(
        delay >= Duration::from_millis(1500),
        "next frame in {delay:?}"
    );
    for _ in 0..6 {
        trainer.wait(SEC);
        let delay = trainer.repaint_delay();
        assert!(
            delay >= Duration::from_millis(500),
            "next frame in {delay:?}"
        );
    }
}

fn says(trainer: &Trainer, text: &str) -> bool {
    trainer
        .harness
        .query_all_by_label_contains(text)
        .next()
        .is_some()
}

fn window_with_read_only_folders(scratch: &Path) {
    let data = scratch.join("data");
    let mut trainer = common::reopened(&data);
    trainer.open_worksheet();
    trainer.write("Notes", FIRST);
    trainer.wait(SEC);
    let copies = trainer.recovery_files();
    assert_eq!(copies.len(), 1);
    let kept = Kept::of(&[&copies[0]]);

    let _recovery = deny(copies[0].parent().unwrap(), READ_ONLY);
    trainer.write("Notes", MORE);
    trainer.wait(SEC);
    assert!(says(&trainer, "cannot be copied to the recovery folder"));
    stays_calm(&mut trainer);

    // The worksheets folder turns read-only while the chooser is open.
    trainer.ctrl_shift(eframe::egui::Key::S);
    assert!(trainer.sees("Save the worksheet"));
    let worksheets = data.join("worksheets");
    let _worksheets = deny(&worksheets, READ_ONLY);
    trainer.click("Save here");
    let sheet = worksheets.join("worksheet-2026-11-23.ron");
    assert!(says(
        &trainer,
        &format!("{}: could not save", sheet.display())
    ));
    trainer.click("Export Markdown…");
    trainer.click("Save here");
    let export = worksheets.join("worksheet-2026-11-23.md");
    assert!(says(
        &trainer,
        &format!("{}: could not write", export.display())
    ));

    assert_eq!(trainer.value_of("Notes"), format!("{FIRST}{MORE}"));
    assert!(trainer.sees("Worksheet 1 ●"), "still marked unsaved");
    assert!(says(&trainer, "cannot be copied to the recovery folder"));
    kept.unchanged();
}

/// Runs a case that needs file modes to mean something: here, or, when the
/// tests run as root (who may write anywhere), in a child process that
/// gives up root for `nobody` first.
fn where_modes_apply(case: &str) {
    let scratch = Scratch::new(case);
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        run_case(case, scratch.path());
        return;
    }
    for above in scratch.path().ancestors().skip(1) {
        let mode = fs::metadata(above).unwrap().permissions().mode();
        assert!(
            mode & 0o001 != 0,
            "cannot hand {} to nobody: {} (mode {:03o}) is closed to other users; \
             point TMPDIR at a folder everyone may enter",
            scratch.path().display(),
            above.display(),
            mode & 0o777
        );
    }
    std::os::unix::fs::chown(scratch.path(), Some(NOBODY), Some(NOBODY)).unwrap();
    in_child("child_as_nobody", case, scratch.path());
}

#[test]
fn a_read_only_worksheets_folder_refuses_the_save_and_keeps_every_word() {
    where_modes_apply("read-only-worksheets");
}

#[test]
fn a_worksheets_folder_nobody_may_enter_refuses_the_save_and_keeps_every_word() {
    where_modes_apply("closed-worksheets");
}

#[test]
fn a_read_only_recovery_folder_is_said_and_tried_again_later() {
    where_modes_apply("read-only-recovery");
}

#[test]
fn a_recovery_folder_nobody_may_enter_is_said_and_tried_again_later() {
    where_modes_apply("closed-recovery");
}

#[test]
fn an_export_into_a_folder_that_takes_no_files_fails_and_keeps_the_earlier_one() {
    where_modes_apply("denied-exports");
}

#[test]
fn a_format_into_a_folder_that_takes_no_files_fails_and_keeps_the_old_one() {
    where_modes_apply("denied-formats");
}

#[test]
fn the_window_says_when_its_folders_turn_read_only_and_keeps_the_text() {
    where_modes_apply("read-only-window");
}

// ---------------------------------------------------------------------------
// A full disk

fn full_disk_save(scratch: &Path) {
    let Saved {
        worksheets,
        saved,
        mut window,
        copy,
    } = saved_then_copied(scratch);
    let kept = Kept::of(&[&saved, &copy]);

    window.types(&long_story());
    told(window.save(&saved).unwrap_err(), &saved);
    told(
        window.save(&worksheets.join("maria-2.ron")).unwrap_err(),
        &worksheets,
    );

    window.still_holds_everything();
    kept.unchanged();
    assert_eq!(common::files_in(&worksheets), [saved]);
}

fn full_disk_copy(scratch: &Path) {
    let mut window = Window::open(&scratch.join("data"));
    window.types(FIRST);
    window.pauses_and_copies();
    let copy = window.copy();
    let kept = Kept::of(&[&copy]);

    window.types(&long_story());
    copy_fails_and_says_so(&mut window, &copy);

    kept.unchanged();
    no_temps_in(copy.parent().unwrap());
}

fn full_disk_export(scratch: &Path) {
    let exports = scratch.join("exports");
    fs::create_dir(&exports).unwrap();
    let earlier = exports.join("maria.md");
    export(&sheet_with(FIRST), &earlier).unwrap();
    let kept = Kept::of(&[&earlier]);

    assert!(export(&sheet_with(&long_story()), &earlier).is_err());
    assert!(export(&sheet_with(&long_story()), &exports.join("new.md")).is_err());

    kept.unchanged();
    assert_eq!(common::files_in(&exports), [earlier]);
}

fn full_disk_format(scratch: &Path) {
    let formats = scratch.join("formats");
    let mine = save_own(&built_in_breakout(), &formats, None).unwrap();
    let kept = Kept::of(&[&mine]);
    let longer = Scenario {
        description: in_both(&long_story()),
        ..tenants_breakout()
    };

    told(save_own(&longer, &formats, Some(&mine)).unwrap_err(), &mine);
    told(save_own(&longer, &formats, None).unwrap_err(), &formats);

    kept.unchanged();
    assert_eq!(common::files_in(&formats), [mine]);
}

fn full_disk_window(scratch: &Path) {
    let mut trainer = common::reopened(&scratch.join("data"));
    trainer.open_worksheet();
    trainer.write("Notes", FIRST);
    trainer.wait(SEC);
    let copies = trainer.recovery_files();
    assert_eq!(copies.len(), 1);
    let kept = Kept::of(&[&copies[0]]);

    let story = long_story();
    trainer.write("Notes", &story);
    trainer.wait(SEC);
    assert!(says(&trainer, "cannot be copied to the recovery folder"));
    stays_calm(&mut trainer);

    assert!(trainer.value_of("Notes") == format!("{FIRST}{story}"));
    assert!(trainer.sees("Worksheet 1 ●"), "still marked unsaved");
    kept.unchanged();
    no_temps_in(copies[0].parent().unwrap());
}

/// Runs a case in a child process whose writes fail past [`DISK_LIMIT`].
fn on_a_full_disk(case: &str) {
    let scratch = Scratch::new(case);
    in_child("child_with_a_full_disk", case, scratch.path());
}

#[test]
fn a_full_disk_refuses_the_save_and_keeps_the_old_worksheet() {
    on_a_full_disk("full-disk-save");
}

#[test]
fn a_full_disk_keeps_the_last_good_recovery_copy_and_tries_again_later() {
    on_a_full_disk("full-disk-copy");
}

#[test]
fn a_full_disk_fails_an_export_and_keeps_the_earlier_one() {
    on_a_full_disk("full-disk-export");
}

#[test]
fn a_full_disk_fails_a_format_and_keeps_the_old_one() {
    on_a_full_disk("full-disk-format");
}

#[test]
fn a_full_disk_is_said_in_the_window_without_a_storm_of_frames() {
    on_a_full_disk("full-disk-window");
}

// ---------------------------------------------------------------------------
// A folder that is a file

#[test]
fn a_worksheets_folder_that_is_a_file_refuses_the_save_and_keeps_the_file() {
    let scratch = Scratch::new("worksheets-file");
    let data = scratch.path().join("data");
    fs::create_dir(&data).unwrap();
    let worksheets = data.join("worksheets");
    fs::write(
        &worksheets,
        "Shopping: flour, yeast, candles for the meeting.",
    )
    .unwrap();
    let mut window = Window::open(&data);
    window.types(FIRST);
    window.pauses_and_copies();
    let kept = Kept::of(&[&worksheets, &window.copy()]);

    told(
        window.save(&worksheets.join("maria.ron")).unwrap_err(),
        &worksheets,
    );

    window.still_holds_everything();
    kept.unchanged();
}

#[test]
fn a_recovery_folder_that_became_a_file_is_said_and_tried_again_later() {
    let scratch = Scratch::new("recovery-file");
    let data = scratch.path().join("data");
    let mut window = Window::open(&data);
    window.types(FIRST);
    window.pauses_and_copies();
    let copy = window.copy();
    // Someone moves the folder aside and a file takes its name.
    let recovery = data.join("recovery");
    let aside = data.join("recovery-moved-aside");
    fs::rename(&recovery, &aside).unwrap();
    fs::write(&recovery, "not a folder").unwrap();
    let moved_copy = aside.join(copy.strip_prefix(&recovery).unwrap());
    let kept = Kept::of(&[&recovery, &moved_copy]);

    window.types(MORE);
    copy_fails_and_says_so(&mut window, &recovery);
    kept.unchanged();

    fs::remove_file(&recovery).unwrap();
    tries_again_and_copies(&mut window);
}

#[test]
fn exports_and_formats_into_a_folder_that_is_a_file_fail_and_keep_the_file() {
    let scratch = Scratch::new("folder-file");
    let exports = scratch.path().join("exports");
    let formats = scratch.path().join("formats");
    fs::write(&exports, "a file where the exports folder should be").unwrap();
    fs::write(&formats, "a file where the formats folder should be").unwrap();
    let kept = Kept::of(&[&exports, &formats]);

    assert!(export(&sheet_with(FIRST), &exports.join("maria.md")).is_err());
    told(
        save_own(&built_in_breakout(), &formats, None).unwrap_err(),
        &formats,
    );

    kept.unchanged();
}

// ---------------------------------------------------------------------------
// Folders removed while the app runs

#[test]
fn folders_removed_while_the_app_runs_are_made_again_by_the_next_save_or_copy() {
    let scratch = Scratch::new("removed");
    let data = scratch.path().join("data");
    let worksheets = data.join("worksheets");
    let saved = worksheets.join("maria.ron");
    let mut window = Window::open(&data);
    window.types(FIRST);
    window.save(&saved).unwrap();
    window.types(MORE);
    window.pauses_and_copies();

    fs::remove_dir_all(&worksheets).unwrap();
    fs::remove_dir_all(data.join("recovery")).unwrap();
    window.types("She still bakes on Sundays.");
    window.pauses_and_copies();
    let copy = recovery::read(&window.copy()).unwrap();
    assert_eq!(copy.worksheet.notes, window.typed);
    assert_eq!(copy.saved_as.as_deref(), Some(saved.as_path()));

    window.save(&saved).unwrap();
    assert_eq!(worksheet::load(&saved).unwrap().notes, window.typed);
    assert!(!window.desk.current().is_unsaved());

    let formats = scratch.path().join("formats");
    let mine = save_own(&built_in_breakout(), &formats, None).unwrap();
    fs::remove_dir_all(&formats).unwrap();
    assert_eq!(
        save_own(&tenants_breakout(), &formats, Some(&mine)).unwrap(),
        mine
    );
    assert_eq!(
        scenario::load_file(&mine).unwrap().name,
        tenants_breakout().name
    );
}

#[test]
fn an_export_into_a_folder_removed_meanwhile_fails_without_a_trace() {
    let scratch = Scratch::new("removed-export");
    let exports = scratch.path().join("exports");
    fs::create_dir(&exports).unwrap();
    fs::remove_dir(&exports).unwrap();

    assert!(export(&sheet_with(FIRST), &exports.join("maria.md")).is_err());
    assert!(!exports.exists());
}

// ---------------------------------------------------------------------------
// Symbolic links

#[test]
fn saving_through_symbolic_links_writes_the_file_they_name_or_says_why_not() {
    let scratch = Scratch::new("save-links");
    let data = scratch.path().join("data");
    let worksheets = data.join("worksheets");
    let synced = scratch.path().join("synced");
    fs::create_dir_all(&worksheets).unwrap();
    fs::create_dir(&synced).unwrap();
    let mut window = Window::open(&data);

    // A link to a file not there yet: saving makes the file it names.
    let link = worksheets.join("maria.ron");
    symlink("../../synced/maria.ron", &link).unwrap();
    let real = synced.join("maria.ron");
    window.types(FIRST);
    window.save(&link).unwrap();
    assert_eq!(worksheet::load(&real).unwrap().notes, FIRST);
    // Saving again goes through the link to the same file.
    window.types(MORE);
    window.save(&link).unwrap();
    assert!(is_link(&link));
    assert_eq!(worksheet::load(&real).unwrap().notes, window.typed);

    window.types("She still bakes on Sundays.");
    window.pauses_and_copies();
    let kept = Kept::of(&[&real, &window.copy()]);

    // A link into a folder that is not there.
    let lost = worksheets.join("lost.ron");
    symlink(scratch.path().join("gone").join("lost.ron"), &lost).unwrap();
    told(window.save(&lost).unwrap_err(), &lost);
    assert!(!scratch.path().join("gone").exists());
    // A link that leads back to itself, asked first or written straight away.
    let looped = worksheets.join("loop.ron");
    symlink("loop.ron", &looped).unwrap();
    told(window.save(&looped).unwrap_err(), &looped);
    let id = window.desk.current().id();
    told(window.desk.save_to(id, &looped).unwrap_err(), &looped);

    assert!(is_link(&lost) && is_link(&looped) && is_link(&link));
    window.still_holds_everything();
    kept.unchanged();
    no_temps_in(&worksheets);
    no_temps_in(&synced);
}

#[test]
fn a_recovery_folder_that_is_a_symbolic_link_is_written_through_or_said() {
    let scratch = Scratch::new("recovery-links");
    let elsewhere = scratch.path().join("synced-recovery");
    fs::create_dir(&elsewhere).unwrap();

    // A link to a folder: the copies go there, and come back after a crash.
    let data = scratch.path().join("linked");
    fs::create_dir(&data).unwrap();
    symlink(&elsewhere, data.join("recovery")).unwrap();
    let mut window = Window::open(&data);
    window.types(FIRST);
    window.pauses_and_copies();
    assert!(is_link(&data.join("recovery")));
    assert_eq!(common::files_in(&elsewhere).len(), 1, "the window's folder");
    drop(window);
    let again = Window::open(&data);
    assert_eq!(again.desk.offers.len(), 1);
    assert_eq!(again.desk.offers[0].recovery.worksheet.notes, FIRST);

    // A link to nowhere, and a link to itself: said, and the text kept.
    let nowhere = scratch.path().join("nowhere");
    for (name, target) in [
        ("dangling", nowhere.as_path()),
        ("loop", Path::new("recovery")),
    ] {
        let data = scratch.path().join(name);
        fs::create_dir(&data).unwrap();
        let recovery = data.join("recovery");
        symlink(target, &recovery).unwrap();
        let mut window = Window::open(&data);
        window.types(FIRST);
        copy_fails_and_says_so(&mut window, &recovery);
        assert!(is_link(&recovery), "{name}");
    }
    assert!(!nowhere.exists(), "no folder made behind the person's back");
}

#[test]
fn exports_through_symbolic_links_write_the_file_they_name_or_fail_cleanly() {
    let scratch = Scratch::new("export-links");
    let exports = scratch.path().join("exports");
    let synced = scratch.path().join("synced");
    fs::create_dir(&exports).unwrap();
    fs::create_dir(&synced).unwrap();

    let real = synced.join("maria.md");
    export(&sheet_with(FIRST), &real).unwrap();
    let link = exports.join("maria.md");
    symlink(&real, &link).unwrap();
    export(&sheet_with(MORE), &link).unwrap();
    assert!(is_link(&link));
    assert!(fs::read_to_string(&real).unwrap().contains("«we stayed»"));

    let dangling = exports.join("later.md");
    symlink("../synced/later.md", &dangling).unwrap();
    export(&sheet_with(FIRST), &dangling).unwrap();
    assert!(is_link(&dangling));
    assert!(
        fs::read_to_string(synced.join("later.md"))
            .unwrap()
            .contains("bakery")
    );

    let lost = exports.join("lost.md");
    symlink(scratch.path().join("gone").join("lost.md"), &lost).unwrap();
    assert!(export(&sheet_with(FIRST), &lost).is_err());
    let looped = exports.join("loop.md");
    symlink("loop.md", &looped).unwrap();
    assert!(export(&sheet_with(FIRST), &looped).is_err());

    assert!(is_link(&lost) && is_link(&looped));
    assert!(!scratch.path().join("gone").exists());
    no_temps_in(&exports);
    no_temps_in(&synced);
}

#[test]
fn formats_through_symbolic_links_write_the_file_they_name_or_say_why_not() {
    let scratch = Scratch::new("format-links");
    let formats = scratch.path().join("formats");
    let synced = scratch.path().join("synced");
    fs::create_dir(&formats).unwrap();

    let real = save_own(&built_in_breakout(), &synced, None).unwrap();
    let link = formats.join("breakout.ron");
    symlink(&real, &link).unwrap();
    assert_eq!(
        save_own(&tenants_breakout(), &formats, Some(&link)).unwrap(),
        link
    );
    assert!(is_link(&link));
    assert_eq!(
        scenario::load_file(&real).unwrap().name,
        tenants_breakout().name
    );

    let dangling = formats.join("later.ron");
    symlink("../synced/later.ron", &dangling).unwrap();
    save_own(&tenants_breakout(), &formats, Some(&dangling)).unwrap();
    assert!(is_link(&dangling));
    assert!(scenario::load_file(&synced.join("later.ron")).is_ok());

    // A loop where the new format's name would go: the name is taken, and
    // the new format gets the next free one.
    let slug = names::slug(&tenants_breakout().name);
    let name = format!("{slug}.ron");
    let looped = formats.join(&name);
    symlink(&name, &looped).unwrap();
    let kept = Kept::of(&[&real, &synced.join("later.ron")]);
    let saved = save_own(&tenants_breakout(), &formats, None).unwrap();
    assert_eq!(saved, formats.join(format!("{slug}-2.ron")));
    assert!(scenario::load_file(&saved).is_ok());
    assert!(is_link(&looped));
    kept.unchanged();
    no_temps_in(&formats);
    no_temps_in(&synced);
}

// ---------------------------------------------------------------------------
// The child processes

const CASE: &str = "ONE_ON_ONE_FAILURE_CASE";
const SCRATCH: &str = "ONE_ON_ONE_FAILURE_SCRATCH";
/// What a child prints once its case passed, so a child that ran no test
/// at all (a renamed entry, a filter that matched nothing) is not a pass.
const PROVED: &str = "failure case proved:";

fn run_case(case: &str, scratch: &Path) {
    match case {
        "read-only-worksheets" => worksheets_folder_denied(scratch, READ_ONLY),
        "closed-worksheets" => worksheets_folder_denied(scratch, NO_ENTRY),
        "read-only-recovery" => recovery_folder_denied(scratch, READ_ONLY),
        "closed-recovery" => recovery_folder_denied(scratch, NO_ENTRY),
        "denied-exports" => exports_denied(scratch),
        "denied-formats" => formats_denied(scratch),
        "read-only-window" => window_with_read_only_folders(scratch),
        "full-disk-save" => full_disk_save(scratch),
        "full-disk-copy" => full_disk_copy(scratch),
        "full-disk-export" => full_disk_export(scratch),
        "full-disk-format" => full_disk_format(scratch),
        "full-disk-window" => full_disk_window(scratch),
        other => panic!("no failure case is called {other:?}"),
    }
}

/// Runs `case` in this test binary again, through the ignored test `entry`.
fn in_child(entry: &str, case: &str, scratch: &Path) {
    let output = Command::new(std::env::current_exe().expect("the path of this test binary"))
        .args([
            entry,
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CASE, case)
        .env(SCRATCH, scratch)
        .stdin(Stdio::null())
        .output()
        .expect("this test binary runs again as a child");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "{case}, in a child process ({}):\n{said}",
        output.status
    );
    assert!(
        said.contains(&format!("{PROVED} {case}\n")),
        "the child never ran {case}:\n{said}"
    );
}

fn case_from_env() -> (String, PathBuf) {
    let case = std::env::var(CASE).expect("run by the failure tests, which name the case");
    let scratch = std::env::var_os(SCRATCH).expect("run by the failure tests, which give a folder");
    (case, PathBuf::from(scratch))
}

/// Not a test of its own: the permission cases, run as `nobody` when the
/// tests run as root. Ignored, so a plain run neither runs it nor counts it.
#[test]
#[ignore = "the child process of the permission tests when they run as root"]
fn child_as_nobody() {
    let (case, scratch) = case_from_env();
    // Supplementary groups first (root's group would stay otherwise), then
    // the group, then the user: after setuid there is no way back.
    // SAFETY: plain system calls on this process's credentials, made
    // before any file of the case is touched.
    let dropped = unsafe {
        libc::setgroups(0, std::ptr::null()) == 0
            && libc::setgid(NOBODY) == 0
            && libc::setuid(NOBODY) == 0
    };
    assert!(
        dropped,
        "cannot become nobody to try {case}: {}",
        std::io::Error::last_os_error()
    );
    // SAFETY: no preconditions, cannot fail.
    assert_eq!(unsafe { libc::geteuid() }, NOBODY);
    run_case(&case, &scratch);
    println!("{PROVED} {case}");
}

/// Not a test of its own: the full-disk cases, in a process whose writes
/// fail past [`DISK_LIMIT`] bytes.
#[test]
#[ignore = "the child process of the full-disk tests"]
fn child_with_a_full_disk() {
    let (case, scratch) = case_from_env();
    // Past the limit the kernel sends SIGXFSZ, which ends the process;
    // ignored, the write fails with EFBIG instead, as on a full disk.
    // SAFETY: SIG_IGN installs no handler; the limit is this process's own.
    let limited = unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN) != libc::SIG_ERR
            && libc::getrlimit(libc::RLIMIT_FSIZE, &mut limit) == 0
            && {
                limit.rlim_cur = DISK_LIMIT;
                libc::setrlimit(libc::RLIMIT_FSIZE, &limit) == 0
            }
    };
    assert!(
        limited,
        "cannot fill the disk for {case}: {}",
        std::io::Error::last_os_error()
    );
    run_case(&case, &scratch);
    println!("{PROVED} {case}");
}
