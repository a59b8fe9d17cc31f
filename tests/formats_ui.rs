//! A trainer choosing and changing workshop formats in the real window:
//! picking one from the list, choosing how many people and how long, and
//! making a 40-minute breakout in the agenda editor, keeping it and running it.

mod common;

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use common::{Trainer, practice_day, scratch_folder};
use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use one_on_one::library::Places;
use one_on_one::scenario::{Advance, Minutes, built_in_breakout, load_file};
use one_on_one::session::Session;
use one_on_one::ui::file_picker::NoDialogs;
use one_on_one::ui::{AppFolders, PresenterApp};
use one_on_one::worksheet::folders::Folders;

/// A trainer whose own formats live in a scratch folder, with no shipped
/// folder around, so only the built-in formats and theirs are listed.
fn trainer() -> (Trainer, PathBuf) {
    let own = scratch_folder().join("scenarios");
    let data = scratch_folder();
    (trainer_in(&data, &own), own)
}

/// A trainer whose worksheets and recovery copies are in `data` and whose
/// own formats are in `own`: the same two folders again after a crash.
fn trainer_in(data: &Path, own: &Path) -> Trainer {
    let places = Places {
        own: Some(own.to_path_buf()),
        ..Places::default()
    };
    let mut trainer = Trainer::around([1280.0, 800.0], |clock, chime| {
        PresenterApp::new(
            Session::new(built_in_breakout()),
            Box::new(clock),
            Box::new(chime),
            AppFolders {
                worksheets: Folders::under(data),
                formats: places,
            },
        )
        .with_worksheets(
            Folders::under(data),
            Box::new(NoDialogs::default()),
            practice_day(),
        )
    });
    trainer.data = data.to_path_buf();
    trainer
}

impl Trainer {
    /// Replaces what is in the field labelled `label` with `text`.
    fn retype(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_label(label).focus();
        self.harness.run();
        self.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        self.harness
            .event(eframe::egui::Event::Text(text.to_string()));
        self.harness.run();
        self.harness.run();
    }

    /// Whether the editor shows this total.
    fn shows_total(&self, total: &str) -> bool {
        self.harness
            .query_by_label_contains(&format!("Total {total} ·"))
            .is_some()
    }
}

#[test]
fn a_format_is_picked_from_the_list_with_its_length_and_run() {
    let (mut trainer, _) = trainer();
    trainer.click("Formats…");
    for listed in [
        "One-on-one practice: team breakout  ·  25 min",
        "One-on-one practice: trio breakout  ·  40 min",
        "A real one-on-one meeting  ·  30–60 min (default 45)",
        "Story circle with a talking piece  ·  25 min for 6 people (3–12)",
        "Building power through relationships: 60-minute training  ·  60 min",
    ] {
        assert!(trainer.sees(listed), "{listed} is listed");
    }
    trainer.click("Story circle with a talking piece  ·  25 min for 6 people (3–12)");
    trainer.click("Fewer people");
    trainer.click("Fewer people");
    trainer.click("Run this format");
    let plan = trainer.harness.state().session().plan().clone();
    assert_eq!(plan.scenario.name, "Story circle with a talking piece");
    assert_eq!(plan.participants.len(), 4);
    assert!(
        trainer.sees("Name for Person 4"),
        "one name field per person"
    );
    assert!(!trainer.sees("Name for Person 5"));
    // The timer is back, on the circle's first step, and runs.
    trainer.press(Key::Space);
    assert_eq!(trainer.phase(), one_on_one::session::Phase::Running);
}

#[test]
fn the_length_of_a_real_one_on_one_is_chosen_before_the_start() {
    let (mut trainer, _) = trainer();
    trainer.press(Key::F);
    trainer.click("A real one-on-one meeting  ·  30–60 min (default 45)");
    trainer.click("Run this format");
    assert_eq!(
        trainer.harness.state().session().plan().total().as_secs(),
        45 * 60
    );
    // On the ready screen, − three times: 30 minutes, the least it allows.
    for _ in 0..4 {
        trainer.click("Shorter");
    }
    let plan = trainer.harness.state().session().plan().clone();
    assert_eq!(plan.total().as_secs(), 30 * 60);
    assert_eq!(plan.steps.last().unwrap().title, "Commitment");
}

#[test]
fn a_forty_minute_breakout_is_made_kept_and_run() {
    let (mut trainer, own) = trainer();
    trainer.press(Key::F);
    trainer.click("Edit a copy");
    assert!(trainer.shows_total("25:00"));

    // Longer conversations: 8 minutes each becomes 13.
    trainer.retype("Duration of step 2", "13m");
    trainer.retype("Duration of step 4", "13m");
    assert!(trainer.shows_total("35:00"));

    // A closing round after the rejoin.
    trainer.click("Add a new step after this one (step 6)");
    trainer.retype("Title of step 7", "Closing round");
    assert!(trainer.shows_total("40:00"));

    // A typo is shown where it is, and nothing can be saved.
    trainer.retype("Duration of step 7", "5 minutes");
    assert!(
        trainer.sees("Problem: duration: expected a duration such as \"8m\", \"90s\" or \"1m30s\"")
    );
    assert!(trainer.sees("Not saved: fix the problem shown above"));
    trainer.click("Save and run");
    assert!(!own.exists() || std::fs::read_dir(&own).unwrap().next().is_none());

    trainer.retype("Duration of step 7", "5m");
    // The last step waits for the trainer; its warning comes two minutes before.
    trainer.click("Every step moves on by itself");
    trainer.click("Step 7 moves on by itself at zero");
    trainer.retype("Warning of step 7", "2m");
    trainer.retype("Format name", "Breakout, 40 minutes");
    trainer.click("Save and run");

    let saved = own.join("breakout-40-minutes.ron");
    let mode = std::fs::metadata(&saved).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let kept = load_file(&saved).expect("the saved format reads back");
    assert_eq!(kept.total().as_secs(), 40 * 60);
    assert_eq!(kept.name, "Breakout, 40 minutes");

    // It runs at once: the session is the new format, not started.
    let session = trainer.harness.state().session();
    assert_eq!(session.scenario(), &kept);
    assert_eq!(session.steps()[1].duration.as_secs(), 13 * 60);
    assert_eq!(session.steps()[6].title, "Closing round");
    assert_eq!(session.steps()[6].advance, Advance::Hold);
    assert_eq!(session.steps()[6].warning, Some(Minutes::from_mins(2)));
    assert_eq!(session.steps()[5].advance, Advance::Auto);
    drop(session);

    // And it is in the list next time, as the trainer's own.
    trainer.press(Key::F);
    assert!(trainer.sees("Breakout, 40 minutes  ·  40 min"));
    trainer.click("Breakout, 40 minutes  ·  40 min");
    trainer.click("Edit");
    trainer.retype("Duration of step 1", "4m");
    trainer.click("Save");
    assert_eq!(load_file(&saved).unwrap().total().as_secs(), 41 * 60);
    assert_eq!(
        std::fs::read_dir(&own).unwrap().count(),
        1,
        "saved over its own file"
    );
}

#[test]
fn a_built_in_format_is_never_overwritten_and_an_empty_agenda_is_not_saved() {
    let (mut trainer, own) = trainer();
    trainer.press(Key::F);
    trainer.click("Edit a copy");
    assert!(
        !trainer.sees("Save"),
        "a built-in format has only Save as a new format"
    );
    for _ in 0..6 {
        trainer.click("Remove this step (step 1)");
    }
    assert!(trainer.sees("Problem: expected at least one step in the agenda, found none"));
    trainer.click("Save as a new format");
    assert!(!own.exists() || std::fs::read_dir(&own).unwrap().next().is_none());
    trainer.click("Close without saving");
    trainer.click("Discard them");
    trainer.press(Key::Escape);
    assert!(trainer.sees("Formats…"), "back at the timer");
    assert_eq!(
        trainer.harness.state().session().scenario(),
        &built_in_breakout()
    );
}

#[test]
fn timer_keys_do_nothing_behind_the_formats_page() {
    let (mut trainer, _) = trainer();
    trainer.press(Key::F);
    trainer.press(Key::Space);
    assert_eq!(trainer.phase(), one_on_one::session::Phase::NotStarted);
    trainer.press(Key::Escape);
    trainer.press(Key::Space);
    assert_eq!(trainer.phase(), one_on_one::session::Phase::Running);
}

/// The draft copies in every window's recovery folder.
fn draft_copies(data: &Path) -> Vec<PathBuf> {
    let Ok(windows) = std::fs::read_dir(data.join("recovery")) else {
        return Vec::new();
    };
    windows
        .flatten()
        .filter_map(|w| std::fs::read_dir(w.path()).ok())
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("draft-")
        })
        .collect()
}

#[test]
fn a_draft_is_copied_after_a_pause_and_offered_back_after_a_crash() {
    let data = scratch_folder();
    let own = scratch_folder().join("scenarios");
    let mut trainer = trainer_in(&data, &own);
    trainer.press(Key::F);
    trainer.click("Edit a copy");
    trainer.retype("Format name", "Our Tuesday breakout");
    trainer.retype("Duration of step 2", "1m3");
    assert!(draft_copies(&data).is_empty(), "not while typing");
    trainer.wait(common::SEC);
    let copies = draft_copies(&data);
    assert_eq!(copies.len(), 1, "a copy a second after the last keystroke");

    // The app is killed: nothing else runs. The next start offers the draft.
    drop(trainer);
    let mut again = trainer_in(&data, &own);
    assert!(
        again.sees("Workshop formats"),
        "the formats page opens to show the offer"
    );
    assert!(
        again
            .harness
            .query_by_label_contains("An agenda draft was not saved: \"Our Tuesday breakout\"")
            .is_some()
    );
    again.click("Restore the draft \"Our Tuesday breakout\"");
    assert_eq!(
        again.harness.get_by_label("Format name").value().as_deref(),
        Some("Our Tuesday breakout")
    );
    assert_eq!(
        again
            .harness
            .get_by_label("Duration of step 2")
            .value()
            .as_deref(),
        Some("1m3"),
        "exactly as it was on screen, half-typed time and all"
    );
    again.retype("Duration of step 2", "10m");
    again.click("Save as a new format");
    assert!(load_file(&own.join("our-tuesday-breakout.ron")).is_ok());
    assert!(draft_copies(&data).is_empty(), "saved: the copy goes");
}

#[test]
fn every_way_to_leave_a_draft_with_changes_asks_first() {
    let (mut trainer, _) = trainer();
    trainer.press(Key::F);
    trainer.click("Edit a copy");
    trainer.retype("Format name", "Kept draft");

    // Close without saving: keep editing.
    trainer.click("Close without saving");
    assert!(trainer.sees("The agenda draft \"Kept draft\" has changes that are not saved."));
    trainer.click("Keep editing");
    assert!(trainer.sees("Agenda editor"));

    // Esc: back to the timer with the draft kept, and F brings it back.
    trainer.press(Key::Escape);
    assert!(trainer.sees("Back to the timer, keep the draft"));
    trainer.click("Back to the timer, keep the draft");
    assert!(trainer.sees("Formats…"), "at the timer");
    trainer.press(Key::F);
    assert_eq!(
        trainer
            .harness
            .get_by_label("Format name")
            .value()
            .as_deref(),
        Some("Kept draft"),
        "the draft is still there"
    );

    // F asks too; Esc on the question keeps editing.
    trainer.press(Key::F);
    assert!(trainer.sees("Back to the timer, keep the draft"));
    trainer.press(Key::Escape);
    assert!(trainer.sees("Agenda editor"));
    assert!(!trainer.sees("Back to the timer, keep the draft"));

    // Closing the window asks.
    let commands = trainer.close_window();
    assert!(commands.contains(&eframe::egui::ViewportCommand::CancelClose));
    assert!(trainer.sees("The agenda draft \"Kept draft\" has changes that are not saved."));
    trainer.click("Go back");

    // Discarding for real, once asked.
    trainer.click("Close without saving");
    trainer.click("Discard them");
    assert!(trainer.sees("Workshop formats"), "the list again");
    trainer.press(Key::Escape);
    trainer.press(Key::F);
    assert!(!trainer.sees("Agenda editor"), "nothing held any more");
}

#[test]
fn a_draft_without_changes_leaves_without_a_question() {
    let (mut trainer, _) = trainer();
    trainer.press(Key::F);
    trainer.click("Edit a copy");
    trainer.click("Close without saving");
    assert!(trainer.sees("Workshop formats"));
    trainer.click("Edit a copy");
    trainer.press(Key::Escape);
    assert!(trainer.sees("Formats…"), "at the timer at once");
}

#[test]
fn saving_over_a_format_another_program_changed_keeps_theirs() {
    let (mut trainer, own) = trainer();
    trainer.press(Key::F);
    trainer.click("Edit a copy");
    trainer.retype("Format name", "Shared format");
    trainer.click("Save as a new format");
    let saved = own.join("shared-format.ron");
    assert!(load_file(&saved).is_ok());
    trainer.click("Shared format  ·  25 min");
    trainer.click("Edit");
    trainer.retype("Duration of step 1", "4m");
    // A colleague's sync tool brings their version meanwhile.
    let mut theirs = load_file(&saved).unwrap();
    *theirs.description.current_mut() = "Their version".into();
    let theirs_text = one_on_one::scenario::text::to_text(&theirs, "theirs");
    std::fs::write(&saved, &theirs_text).unwrap();
    trainer.click("Save");
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), theirs_text);
    assert!(
        trainer
            .harness
            .query_by_label_contains("another program changed it since it was opened here")
            .is_some()
    );
    trainer.click("Save as a new format");
    assert!(own.join("shared-format-2.ron").exists(), "both kept");
}

#[test]
fn a_note_typed_in_the_editor_is_saved_with_its_step() {
    let (mut trainer, own) = trainer();
    trainer.press(Key::F);
    trainer.click("Edit a copy");
    let before = built_in_breakout();
    assert!(
        trainer
            .harness
            .query_all_by_label("Trainer's notes: for you only, never shown to the room")
            .next()
            .is_some(),
        "the editor says who reads the notes"
    );
    trainer.retype(
        "Trainer's notes for step 2",
        "Walk between the pairs.\nListen for \"why?\" questions.",
    );
    trainer.retype("Format name", "Breakout with my notes");
    trainer.click("Save as a new format");

    let kept =
        load_file(&own.join("breakout-with-my-notes.ron")).expect("the saved format reads back");
    let notes = |scenario: &one_on_one::scenario::Scenario| -> Vec<String> {
        scenario
            .written_steps()
            .map(|(_, step)| step.notes.to_string())
            .collect()
    };
    let mut expected = notes(&before);
    expected[1] = "Walk between the pairs.\nListen for \"why?\" questions.".into();
    assert_eq!(
        notes(&kept),
        expected,
        "the typed note, and every other as it was"
    );
}
