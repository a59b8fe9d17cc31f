//! Two windows on one data folder, and other programs in it. A window never
//! offers or deletes the recovery copies of another that is still running,
//! whether in this process or another; the copies of a window that crashed
//! come back in the next one, exactly as typed; a file changed under an
//! open sheet is never silently saved over; and a copy is never dropped
//! because a sync tool made its file look newer.

mod common;

use std::fs;
use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime};

use common::{SEC, Scratch, Window};
use one_on_one::scenario::built_in_breakout;
use one_on_one::worksheet::{self, SaveCheck, SheetId, Worksheet, recovery};

const FIRST: &str = "Maria grew up above her aunt's bakery in Gràcia. ";
const MORE: &str = "The rent doubled the year she left school; «we stayed», she said. ";

fn set_modified(path: &Path, time: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(time)
        .unwrap();
}

#[test]
fn a_second_window_never_offers_or_deletes_the_first_ones_copy_until_it_crashes() {
    let scratch = Scratch::new("two-desks");
    let data = scratch.path().join("data");
    let mut first = Window::open(&data);
    first.types(FIRST);
    first.pauses_and_copies();
    let copy = first.copy();
    let before = fs::read(&copy).unwrap();

    let mut second = Window::open(&data);
    assert!(!second.desk.look_for_recovery(), "nothing to offer");
    assert!(second.desk.offers.is_empty());
    second.desk.discard_offer(&copy);
    assert_eq!(fs::read(&copy).unwrap(), before, "not deleted, not touched");

    // The first window types on, into the same copy.
    first.types(MORE);
    first.pauses_and_copies();
    assert_eq!(first.copy(), copy);
    assert_eq!(recovery::read(&copy).unwrap().worksheet.notes, first.typed);
    assert!(!second.desk.look_for_recovery());

    // The first window crashes: nothing saved, nothing flushed, and the
    // operating system lets go of its lock.
    let typed = first.typed.clone();
    drop(first);
    let mut third = Window::open(&data);
    assert_eq!(third.desk.offers.len(), 1);
    assert_eq!(third.desk.offers[0].recovery.worksheet.notes, typed);
    // The copy is the third window's now, and the second still leaves it be.
    assert!(!second.desk.look_for_recovery());
    third.desk.restore(0);
    assert_eq!(third.desk.current().sheet.notes, typed);
    assert!(third.desk.current().is_unsaved());
}

#[test]
fn a_second_window_on_the_same_folder_shows_nothing_to_restore() {
    let scratch = Scratch::new("two-windows-ui");
    let data = scratch.path().join("data");
    let mut first = common::reopened(&data);
    first.open_worksheet();
    first.write("Notes", FIRST);
    first.wait(SEC);
    assert_eq!(first.recovery_files().len(), 1);

    let mut second = common::reopened(&data);
    second.open_worksheet();
    assert!(!second.sees("Restore"));
    assert_eq!(
        first.recovery_files().len(),
        1,
        "the first one's copy stays"
    );

    drop(first);
    let third = common::reopened(&data);
    assert!(third.sees("Restore"), "offered once its window is gone");
}

// ---------------------------------------------------------------------------
// A window in another process

const DATA: &str = "ONE_ON_ONE_WINDOW_DATA";
const STORY: &str = "ONE_ON_ONE_WINDOW_STORY";
/// What the child window prints, then the path of its copy, once the copy
/// is written.
const READY: &str = "child window ready, its copy: ";

/// A child process killed when dropped, so a failing test leaves no window
/// sleeping behind it.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Not a test of its own: a window in another process, run by
/// `a_window_in_another_process_keeps_its_copy_until_it_is_killed`, which
/// kills it. Ignored, so a plain run neither runs it nor counts it.
#[test]
#[ignore = "the child process of the two-process test"]
fn child_window_that_types() {
    let data = std::env::var_os(DATA).expect("run by the two-process test, which gives a folder");
    let story = std::env::var(STORY).expect("run by the two-process test, which gives the text");
    let mut window = Window::open(Path::new(&data));
    window.types(&story);
    window.pauses_and_copies();
    // On a line of its own: the test harness may have started one.
    println!("\n{READY}{}", window.copy().display());
    std::io::stdout().flush().unwrap();
    // Killed long before; should the test die first, this ends too.
    std::thread::sleep(Duration::from_secs(60));
}

#[test]
fn a_window_in_another_process_keeps_its_copy_until_it_is_killed() {
    #[cfg(unix)]
    use std::os::unix::process::ExitStatusExt as _;

    let scratch = Scratch::new("two-processes");
    let data = scratch.path().join("data");
    let story = "Sam's mother cleaned offices at night.\n\
                 She organised the whole night shift: «all of them», in three languages. ";
    let mut child = Running(
        Command::new(std::env::current_exe().expect("the path of this test binary"))
            .args([
                "child_window_that_types",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(DATA, &data)
            .env(STORY, story)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("this test binary runs again as a child"),
    );
    let output = child.0.stdout.take().unwrap();
    let copy = BufReader::new(output)
        .lines()
        .map_while(Result::ok)
        .find_map(|line| line.strip_prefix(READY).map(PathBuf::from))
        .expect("the child window ended before its copy was written");
    let before = fs::read(&copy).unwrap();

    // While it runs: nothing offered here, and its copy left alone.
    let mut mine = Window::open(&data);
    assert!(mine.desk.offers.is_empty(), "{:?}", mine.desk.offers);
    mine.desk.discard_offer(&copy);
    assert_eq!(fs::read(&copy).unwrap(), before);
    drop(mine);

    child.0.kill().unwrap();
    let status = child.0.wait().unwrap();
    #[cfg(unix)]
    assert_eq!(status.signal(), Some(9), "killed, not ended: {status}");
    #[cfg(not(unix))]
    assert!(!status.success());

    let again = Window::open(&data);
    assert_eq!(again.desk.offers.len(), 1);
    assert_eq!(again.desk.offers[0].recovery.worksheet.notes, story);
}

// ---------------------------------------------------------------------------
// Other writers

/// Ana's sheet, as another program or window leaves it.
fn anas_sheet() -> Worksheet {
    let mut sheet = Worksheet::blank(&built_in_breakout(), "Ana", "Luis", common::practice_day());
    sheet.notes = "Ana's story, saved from the other window.".into();
    sheet
}

/// The data folder, its worksheets folder and `ours.ron` in it.
fn folders_in(scratch: &Scratch) -> (PathBuf, PathBuf, PathBuf) {
    let data = scratch.path().join("data");
    let worksheets = data.join("worksheets");
    let ours = worksheets.join("ours.ron");
    (data, worksheets, ours)
}

/// Types the first lines and saves the sheet as `ours`; returns its id.
fn saved_as(window: &mut Window, ours: &Path) -> SheetId {
    window.types(FIRST);
    window.save(ours).unwrap();
    window.desk.current().id()
}

#[test]
fn a_file_changed_by_another_writer_is_never_saved_over_silently() {
    let scratch = Scratch::new("changed-on-disk");
    let (data, worksheets, ours) = folders_in(&scratch);
    let mut window = Window::open(&data);
    let id = saved_as(&mut window, &ours);

    // A touch, or a sync tool writing the same bytes back: not a change.
    window.types(MORE);
    set_modified(&ours, SystemTime::now() + Duration::from_secs(3600));
    assert_eq!(window.desk.check_save(id, &ours), SaveCheck::Write);
    let same = fs::read(&ours).unwrap();
    fs::write(&ours, &same).unwrap();
    assert_eq!(window.desk.check_save(id, &ours), SaveCheck::Write);
    window.save(&ours).unwrap();
    assert_eq!(worksheet::load(&ours).unwrap().notes, window.typed);

    // Another window opens the file and saves something else into it.
    let mut other = Window::open(&data);
    let blank = other.desk.current().id();
    other.desk.open_in_place_of(blank, &ours).unwrap();
    other.desk.current_mut().sheet = anas_sheet();
    other.desk.edited(other.now);
    other.save(&ours).unwrap();
    window.types("She still bakes on Sundays.");
    assert_eq!(window.desk.check_save(id, &ours), SaveCheck::ChangedOnDisk);
    assert!(window.save(&ours).is_err(), "not without asking");
    assert_eq!(worksheet::load(&ours).unwrap(), anas_sheet());

    // Keep both: a name nothing is in yet, even where one was taken.
    fs::write(worksheets.join("ours-2.ron"), "someone's notes").unwrap();
    let beside = window.desk.keep_both_path(id).unwrap();
    assert_eq!(beside, worksheets.join("ours-3.ron"));
    assert_eq!(window.desk.check_save(id, &beside), SaveCheck::Write);
    window.desk.save_to(id, &beside).unwrap();
    assert_eq!(worksheet::load(&ours).unwrap(), anas_sheet());
    assert_eq!(worksheet::load(&beside).unwrap().notes, window.typed);
    assert_eq!(
        fs::read_to_string(worksheets.join("ours-2.ron")).unwrap(),
        "someone's notes"
    );
    assert!(!window.desk.current().is_unsaved());
}

#[test]
fn a_copy_is_still_offered_after_a_sync_tool_made_its_file_newer() {
    let scratch = Scratch::new("sync-tool");
    let data = scratch.path().join("data");
    let ours = data.join("worksheets").join("ours.ron");
    let mut window = Window::open(&data);
    window.types(FIRST);
    window.save(&ours).unwrap();
    window.types(MORE);
    window.pauses_and_copies();
    let copy = window.copy();
    let typed = window.typed.clone();
    drop(window); // a crash: the typing after the save is only in the copy

    // A sync tool touches the saved file an hour after the copy was written.
    let now = SystemTime::now();
    set_modified(&copy, now - Duration::from_secs(3600));
    set_modified(&ours, now);
    let again = Window::open(&data);
    assert_eq!(again.desk.offers.len(), 1);
    assert_eq!(again.desk.offers[0].recovery.worksheet.notes, typed);
    assert_eq!(
        again.desk.offers[0].recovery.saved_as.as_deref(),
        Some(ours.as_path())
    );
    drop(again);

    // Or brings down another device's version, newer still.
    let mut theirs = worksheet::load(&ours).unwrap();
    theirs.notes = "Written on the phone, later.".into();
    worksheet::save(&ours, &theirs).unwrap();
    set_modified(&ours, now + Duration::from_secs(3600));
    let third = Window::open(&data);
    assert_eq!(third.desk.offers.len(), 1);
    assert_eq!(third.desk.offers[0].recovery.worksheet.notes, typed);
    assert!(third.desk.offers[0].file.exists());
}

#[test]
fn a_restored_copy_is_not_saved_over_a_version_synced_in_after_the_crash() {
    let scratch = Scratch::new("synced-after-crash");
    let data = scratch.path().join("data");
    let ours = data.join("worksheets").join("ours.ron");
    let mut window = Window::open(&data);
    window.types(FIRST);
    window.save(&ours).unwrap();
    window.types(MORE);
    window.pauses_and_copies();
    drop(window); // a crash

    // While the laptop was off, the phone's version of the file arrived.
    let mut theirs = worksheet::load(&ours).unwrap();
    theirs.notes = "Written on the phone while the laptop was off.".into();
    worksheet::save(&ours, &theirs).unwrap();

    // Saving the restored sheet must ask first, or the phone's text is gone.
    let mut again = Window::open(&data);
    again.desk.restore(0);
    let id = again.desk.current().id();
    assert_eq!(again.desk.check_save(id, &ours), SaveCheck::ChangedOnDisk);
}

#[cfg(unix)]
#[test]
fn keep_both_never_picks_a_name_a_broken_link_holds() {
    let scratch = Scratch::new("keep-both-link");
    let (data, worksheets, ours) = folders_in(&scratch);
    let mut window = Window::open(&data);
    let id = saved_as(&mut window, &ours);
    worksheet::save(&ours, &anas_sheet()).unwrap();
    window.types(MORE);
    // A link that leads back to itself holds the next name.
    std::os::unix::fs::symlink("ours-2.ron", worksheets.join("ours-2.ron")).unwrap();

    let beside = window.desk.keep_both_path(id).unwrap();
    assert_eq!(beside, worksheets.join("ours-3.ron"));
    window.desk.save_to(id, &beside).unwrap();
}
