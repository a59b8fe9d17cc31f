//! What a participant typed is never lost and no file is replaced behind
//! their back, tried in the real window: the app's own file chooser asks
//! before replacing an earlier export and refuses another worksheet, a file
//! changed by another program is kept beside theirs, every way of throwing
//! changes away asks first, a dialog never acts on another sheet than its
//! own, and a recovery folder that cannot be written is said where the
//! trainer looks, with the text kept and no frame storm.

mod common;

use std::time::Duration;

use common::{SEC, ScriptedDialogs, Trainer, scratch_folder};
use eframe::egui::{self, Key, ViewportCommand, ViewportId};
use egui_kittest::kittest::Queryable as _;
use one_on_one::library::BUILT_INS;
use one_on_one::scenario::{self, built_in_breakout};
use one_on_one::ui::file_picker::Picked;
use one_on_one::worksheet::{self, Worksheet};

/// Saves the open sheet under `name` through the app's own chooser.
fn save_as(trainer: &mut Trainer, name: &str) {
    trainer.ctrl_shift(Key::S);
    name_in_chooser(trainer, name);
}

/// Exports the open sheet as Markdown under `name` through the chooser.
fn export_markdown(trainer: &mut Trainer, name: &str) {
    trainer.click("Export Markdown…");
    name_in_chooser(trainer, name);
}

/// Types `name` over the chooser's proposal and confirms.
fn name_in_chooser(trainer: &mut Trainer, name: &str) {
    trainer.harness.get_by_label("File name").focus();
    trainer.harness.run();
    trainer
        .harness
        .key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    trainer.write("File name", name);
    trainer.click("Save here");
}

/// A trainer with "Mine" typed in the notes, and the worksheets folder.
fn with_notes_typed() -> (Trainer, std::path::PathBuf) {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Notes", "Mine");
    let folder = trainer.worksheets();
    std::fs::create_dir_all(&folder).unwrap();
    (trainer, folder)
}

fn someone_elses_sheet() -> Worksheet {
    let mut sheet = Worksheet::blank(&built_in_breakout(), "Ana", "Luis", common::practice_day());
    sheet.notes = "Ana's own story, saved yesterday.".into();
    sheet
}

fn status_contains(trainer: &Trainer, text: &str) -> bool {
    trainer.harness.query_by_label_contains(text).is_some()
}

#[test]
fn the_chooser_never_saves_over_another_worksheet() {
    let (mut trainer, folder) = with_notes_typed();
    let theirs = folder.join("ana-and-luis.ron");
    worksheet::save(&theirs, &someone_elses_sheet()).unwrap();
    let before = std::fs::read(&theirs).unwrap();

    save_as(&mut trainer, "ana-and-luis.ron");

    assert_eq!(
        std::fs::read(&theirs).unwrap(),
        before,
        "not a byte changed"
    );
    assert!(status_contains(
        &trainer,
        "not replaced: it is another worksheet"
    ));
    assert!(trainer.sees("Worksheet 1 ●"), "still unsaved, still here");
    assert_eq!(trainer.value_of("Notes"), "Mine");

    // A worksheet under another extension is a worksheet all the same.
    let disguised = folder.join("ana.txt");
    std::fs::copy(&theirs, &disguised).unwrap();
    save_as(&mut trainer, "ana.txt");
    assert_eq!(std::fs::read(&disguised).unwrap(), before);
}

#[test]
fn an_export_asks_before_replacing_an_earlier_one() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Notes", "First version");
    export_markdown(&mut trainer, "notes.md");
    let exported = trainer.worksheets().join("notes.md");
    assert!(
        std::fs::read_to_string(&exported)
            .unwrap()
            .contains("First version")
    );

    trainer.write("Notes", ", then more");
    export_markdown(&mut trainer, "notes.md");
    assert!(trainer.sees("notes.md already exists."));
    trainer.click("Cancel");
    let kept = std::fs::read_to_string(&exported).unwrap();
    assert!(
        !kept.contains("then more"),
        "cancel keeps the earlier export"
    );

    export_markdown(&mut trainer, "notes.md");
    trainer.click("Replace it");
    assert!(
        std::fs::read_to_string(&exported)
            .unwrap()
            .contains("First version, then more")
    );
    assert!(status_contains(&trainer, "Exported to"));
}

#[test]
fn an_export_never_replaces_a_worksheet_or_a_format_whatever_its_name() {
    let (mut trainer, folder) = with_notes_typed();
    let sheet_as_md = folder.join("ana.md");
    worksheet::save(&sheet_as_md, &someone_elses_sheet()).unwrap();
    let format_as_md = folder.join("format.md");
    std::fs::write(&format_as_md, BUILT_INS[0].1).unwrap();
    let unreadable = folder.join("half.md");
    std::fs::write(&unreadable, "Worksheet(\n  format: 1,\n  notes: \"cut").unwrap();

    for file in [&sheet_as_md, &format_as_md, &unreadable] {
        let before = std::fs::read(file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        export_markdown(&mut trainer, &name);
        assert!(
            !trainer.sees(&format!("{name} already exists.")),
            "{name}: not even asked"
        );
        assert_eq!(std::fs::read(file).unwrap(), before, "{name}");
        assert!(status_contains(&trainer, "not replaced"), "{name}");
    }
    export_markdown(&mut trainer, "mine.ron");
    assert!(!folder.join("mine.ron").exists(), ".ron is for worksheets");
}

#[test]
fn a_file_changed_by_another_program_is_kept_beside_mine() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Notes", "Mine");
    save_as(&mut trainer, "ours.ron");
    let ours = trainer.worksheets().join("ours.ron");
    assert_eq!(worksheet::load(&ours).unwrap().notes, "Mine");

    // A touch, or a sync tool writing the same worksheet: not a change.
    let touched = std::time::SystemTime::now() + Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&ours)
        .unwrap()
        .set_modified(touched)
        .unwrap();
    trainer.write("Notes", ", again");
    trainer.ctrl(Key::S);
    assert!(!trainer.sees("ours.ron was changed by another program since you opened it here."));
    assert_eq!(worksheet::load(&ours).unwrap().notes, "Mine, again");

    // Another window or program writes something else into it.
    let theirs = someone_elses_sheet();
    worksheet::save(&ours, &theirs).unwrap();
    trainer.write("Notes", " and more");
    trainer.ctrl(Key::S);
    assert!(trainer.sees("ours.ron was changed by another program since you opened it here."));
    trainer.click("Cancel");
    assert_eq!(
        worksheet::load(&ours).unwrap(),
        theirs,
        "cancel writes nothing"
    );

    trainer.ctrl(Key::S);
    trainer.click("Keep both: save mine as ours-2.ron");
    assert_eq!(worksheet::load(&ours).unwrap(), theirs, "theirs is kept");
    let mine = trainer.worksheets().join("ours-2.ron");
    assert_eq!(
        worksheet::load(&mine).unwrap().notes,
        "Mine, again and more"
    );
    assert!(trainer.sees("Worksheet 1"), "saved: no unsaved mark");

    // From now on the sheet is ours-2.ron, and a change there asks too.
    worksheet::save(&mine, &theirs).unwrap();
    trainer.write("Notes", "!");
    trainer.ctrl(Key::S);
    trainer.click("Replace it with mine");
    assert_eq!(
        worksheet::load(&mine).unwrap().notes,
        "Mine, again and more!"
    );
}

#[test]
fn discarding_an_offered_recovery_copy_asks_first() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Values we share", "Dignity at work");
    trainer.wait(SEC);
    let data = trainer.data.clone();
    // The window is killed: its folder's lock goes with it.
    drop(trainer);
    let mut again = common::reopened(&data);
    let copy = again.recovery_files();
    assert_eq!(copy.len(), 1);

    again.click("Discard");
    assert!(again.sees("Discard the unsaved changes to Worksheet 1 for good?"));
    again.click("Keep them");
    assert!(copy[0].exists(), "kept");
    assert!(again.sees("Restore"), "still offered");

    again.click("Discard");
    again.click("Discard them");
    assert!(!copy[0].exists());
    assert!(!again.sees("Restore"));
}

#[test]
fn closing_the_window_with_unsaved_text_asks_first() {
    let mut trainer = Trainer::new();
    // Nothing typed: closing just closes.
    let commands = trainer.close_window();
    assert!(!commands.contains(&ViewportCommand::CancelClose));

    trainer.open_worksheet();
    trainer.write("Notes", "Not saved yet");
    let commands = trainer.close_window();
    assert!(
        commands.contains(&ViewportCommand::CancelClose),
        "{commands:?}"
    );
    assert!(trainer.sees("Some worksheets have changes that are not saved."));
    trainer.click("Go back");
    assert_eq!(trainer.value_of("Notes"), "Not saved yet");
    assert!(
        trainer.recovery_files().is_empty(),
        "no copy yet: under a second"
    );

    trainer.close_window();
    trainer.harness.get_by_label("Quit and keep them").click();
    trainer.harness.step();
    let commands = trainer.harness.output().viewport_output[&ViewportId::ROOT]
        .commands
        .clone();
    assert!(commands.contains(&ViewportCommand::Close), "{commands:?}");
    let copies = trainer.recovery_files();
    assert_eq!(copies.len(), 1, "kept for the next start at once");
    let copy = worksheet::recovery::read(&copies[0]).unwrap();
    assert_eq!(copy.worksheet.notes, "Not saved yet");
    // The close goes through now.
    let commands = trainer.close_window();
    assert!(!commands.contains(&ViewportCommand::CancelClose));
}

#[test]
fn quitting_and_discarding_removes_the_recovery_copy() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Notes", "Throw away");
    trainer.wait(SEC);
    assert_eq!(trainer.recovery_files().len(), 1);
    trainer.close_window();
    trainer.click("Quit and discard them");
    assert!(trainer.recovery_files().is_empty());
    trainer.harness.state_mut().flush();
    assert!(
        trainer.recovery_files().is_empty(),
        "the exit flush writes nothing back"
    );
}

#[test]
fn a_dialog_for_a_sheet_that_went_away_acts_on_no_other() {
    let (circle_name, circle) = BUILT_INS
        .iter()
        .find(|(name, _)| *name == "circle.ron")
        .unwrap();
    let circle = scenario::parse(circle, circle_name).unwrap();
    let data = scratch_folder();
    let dialogs = ScriptedDialogs::default();
    let mut trainer = common::with_dialogs_on(&data, dialogs.clone(), circle);
    trainer.open_worksheet();
    trainer.click("Worksheet 6");
    // The dialog opens for sheet 6 and the person takes their time.
    trainer.click("Export Markdown…");
    // Meanwhile the trainer makes the circle smaller: sheet 6 goes away.
    trainer.click("Fewer people");
    assert!(!trainer.sees("Worksheet 6"));
    let target = data.join("six.md");
    *dialogs.pending.lock().unwrap() = Some(Picked::Chosen(target.clone()));
    trainer.harness.run();
    trainer.harness.run();
    assert!(!target.exists(), "nothing written for a sheet that is gone");
    assert!(status_contains(&trainer, "no longer open"));

    // Save as for sheet 1, and sheet 1 is replaced by a new one before the
    // dialog answers: the new blank sheet is not saved under that name.
    trainer.click("Worksheet 1");
    trainer.write("Notes", "Sheet one");
    trainer.ctrl_shift(Key::S);
    trainer.click("New");
    trainer.click("Discard them");
    assert_eq!(trainer.value_of("Notes"), "");
    let wrong = data.join("sheet-one.ron");
    *dialogs.pending.lock().unwrap() = Some(Picked::Chosen(wrong.clone()));
    trainer.harness.run();
    trainer.harness.run();
    assert!(
        !wrong.exists(),
        "the new sheet is not saved under sheet one's name"
    );
    assert!(status_contains(&trainer, "no longer open"));
}

/// "Only in memory" typed a second ago, with a file where the recovery
/// folder should be, so no copy can be written.
fn typed_with_a_recovery_folder_that_is_a_file() -> Trainer {
    let mut trainer = Trainer::new();
    let _ = std::fs::remove_dir_all(trainer.data.join("recovery"));
    std::fs::write(trainer.data.join("recovery"), "not a folder").unwrap();
    trainer.open_worksheet();
    trainer.write("Notes", "Only in memory");
    trainer.wait(SEC);
    trainer
}

#[test]
fn a_recovery_folder_that_is_a_file_is_said_on_the_main_view_and_retried_slowly() {
    let mut trainer = typed_with_a_recovery_folder_that_is_a_file();
    assert!(status_contains(
        &trainer,
        "cannot be copied to the recovery folder"
    ));
    // The trainer closes the panel: the banner stays on the main view.
    trainer
        .harness
        .get_by_label("Starts with: step 1 of 6 · Gather your team")
        .click();
    trainer.harness.run();
    trainer.press(Key::W);
    assert!(!trainer.sees("Values we share"));
    assert!(status_contains(
        &trainer,
        "cannot be copied to the recovery folder"
    ));
    // Not a frame every few milliseconds: the next try is seconds away.
    let delay = trainer.repaint_delay();
    assert!(delay >= Duration::from_millis(1500), "{delay:?}");
    for _ in 0..5 {
        trainer.wait(SEC);
        assert!(trainer.repaint_delay() >= Duration::from_millis(500));
    }
    // The folder is fixed: the next try writes the copy and the banner goes.
    std::fs::remove_file(trainer.data.join("recovery")).unwrap();
    trainer.wait(40 * SEC);
    assert!(!status_contains(
        &trainer,
        "cannot be copied to the recovery folder"
    ));
    let copies = trainer.recovery_files();
    assert_eq!(copies.len(), 1);
    assert_eq!(
        worksheet::recovery::read(&copies[0])
            .unwrap()
            .worksheet
            .notes,
        "Only in memory"
    );
    trainer.press(Key::W);
    assert_eq!(trainer.value_of("Notes"), "Only in memory");
}

#[test]
fn a_recovery_folder_removed_while_the_app_runs_is_made_again() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Notes", "First");
    trainer.wait(SEC);
    assert_eq!(trainer.recovery_files().len(), 1);
    std::fs::remove_dir_all(trainer.data.join("recovery")).unwrap();
    trainer.write("Notes", ", second");
    trainer.wait(SEC);
    let copies = trainer.recovery_files();
    assert_eq!(copies.len(), 1, "made again");
    assert_eq!(
        worksheet::recovery::read(&copies[0])
            .unwrap()
            .worksheet
            .notes,
        "First, second"
    );
    assert!(!status_contains(&trainer, "cannot be copied"));
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_changes_the_file_it_names() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Notes", "Through the link");
    let folder = trainer.worksheets();
    let synced = trainer.data.join("synced");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::create_dir_all(&synced).unwrap();
    let real = synced.join("maria.ron");
    let link = folder.join("maria.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    save_as(&mut trainer, "maria.ron");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(worksheet::load(&real).unwrap().notes, "Through the link");
    trainer.write("Notes", ", twice");
    trainer.ctrl(Key::S);
    assert_eq!(
        worksheet::load(&real).unwrap().notes,
        "Through the link, twice"
    );

    // A link that points at itself: told, and the text kept.
    let looped = folder.join("loop.ron");
    std::os::unix::fs::symlink("loop.ron", &looped).unwrap();
    save_as(&mut trainer, "loop.ron");
    assert!(status_contains(&trainer, "loop.ron"));
    assert!(
        std::fs::symlink_metadata(&looped)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(trainer.value_of("Notes"), "Through the link, twice");
}

#[test]
fn quitting_never_promises_a_copy_that_cannot_be_written() {
    let mut trainer = typed_with_a_recovery_folder_that_is_a_file();
    assert!(trainer.sees(
        "Not saved to a file yet · changes only in this window: the recovery copy cannot be written"
    ));
    let commands = trainer.close_window();
    assert!(commands.contains(&ViewportCommand::CancelClose));
    assert!(
        !trainer.sees("Quit and keep them"),
        "no promise it cannot keep"
    );
    assert!(trainer.sees("Quit and lose them"));
    trainer.click("Go back");
    assert_eq!(trainer.value_of("Notes"), "Only in memory");
}
