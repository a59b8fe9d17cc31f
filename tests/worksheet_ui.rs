//! A participant filling in a worksheet in the real window: typing into the
//! fields, saving with Ctrl+S, opening the file again, exporting, and coming
//! back after a crash to find their text waiting.

mod common;

use common::{SEC, ScriptedDialogs, Trainer, practice_day, reopened, with_dialogs};
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use one_on_one::ui::file_picker::{PickKind, Picked};
use one_on_one::worksheet;

#[test]
fn fill_in_save_with_ctrl_s_and_open_it_again() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Your name", "Maria López");
    trainer.write("Partner's name", "Sam");
    trainer.write("Values we share", "Family first.\nNobody is left behind.");
    trainer.write(
        "Skills and resources my partner brings",
        "Runs the tenants' WhatsApp group",
    );
    assert!(
        trainer.sees("Maria López's worksheet ●"),
        "the tab marks unsaved changes"
    );

    // No file dialog service here: the app's own chooser proposes a name.
    trainer.ctrl(Key::S);
    assert!(trainer.sees("Save the worksheet"));
    assert_eq!(
        trainer.value_of("File name"),
        "maria-lópez-and-sam-2026-11-23.ron"
    );
    // Enter confirms, as in any dialog.
    trainer.press(Key::Enter);

    let path = trainer
        .worksheets()
        .join("maria-lópez-and-sam-2026-11-23.ron");
    let saved = worksheet::load(&path).expect("the saved file loads");
    assert_eq!(saved.shared_values, "Family first.\nNobody is left behind.");
    assert_eq!(saved.partner_resources, "Runs the tenants' WhatsApp group");
    assert_eq!(saved.name, "Maria López");
    assert_eq!(saved.date, Some(practice_day()));
    assert!(
        trainer.sees("Maria López's worksheet"),
        "no longer marked unsaved"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "worksheets are private to the user");
    }

    // A new sheet, then the saved one opened from the app's list.
    trainer.click("New");
    assert_eq!(trainer.value_of("Values we share"), "");
    trainer.ctrl(Key::O);
    assert!(trainer.sees("Open a worksheet"));
    trainer
        .harness
        .get_by_label_contains("maria-lópez-and-sam-2026-11-23.ron")
        .click();
    trainer.harness.run();
    assert_eq!(
        trainer.value_of("Values we share"),
        "Family first.\nNobody is left behind."
    );
    assert_eq!(trainer.value_of("Your name"), "Maria López");

    // A second Ctrl+S writes to the same file without asking.
    trainer.write("Notes", "Call Sam's aunt about the hall.");
    trainer.ctrl(Key::S);
    assert!(!trainer.sees("Save the worksheet"));
    assert_eq!(
        worksheet::load(&path).unwrap().notes,
        "Call Sam's aunt about the hall."
    );
}

#[test]
fn ctrl_s_saves_while_typing_and_types_nothing() {
    let dialogs = ScriptedDialogs::default();
    let data = common::scratch_folder();
    let chosen = data.join("elsewhere").join("mine.ron");
    dialogs.will_answer(Picked::Chosen(chosen.clone()));
    let mut trainer = with_dialogs(&data, dialogs.clone());
    trainer.open_worksheet();
    trainer.write("Interests we can act on together", "Rent strikes");
    // The field still has the keyboard.
    trainer.ctrl(Key::S);
    let asked = dialogs.asked.lock().unwrap().clone();
    assert_eq!(asked.len(), 1, "the native dialog was asked once");
    assert!(
        matches!(&asked[0].0, PickKind::Save { file_name } if file_name == "worksheet-2026-11-23.ron")
    );
    assert_eq!(asked[0].1, data.join("worksheets"));
    assert_eq!(
        worksheet::load(&chosen).unwrap().shared_interests,
        "Rent strikes"
    );
    assert_eq!(
        trainer.value_of("Interests we can act on together"),
        "Rent strikes"
    );
}

#[test]
fn w_hides_the_worksheet_but_types_a_w_in_a_field() {
    let mut trainer = Trainer::new();
    trainer.press(Key::W);
    assert!(trainer.sees("Values we share"));
    trainer.write("Notes", "w");
    trainer.harness.key_press(Key::W);
    trainer.harness.event(egui::Event::Text("w".into()));
    trainer.harness.run();
    assert_eq!(
        trainer.value_of("Notes"),
        "ww",
        "W typed in a field is a letter"
    );
    trainer.press(Key::Escape);
    // Click outside any field, then W hides the panel.
    trainer
        .harness
        .get_by_label("Starts with: step 1 of 6 · Gather your team")
        .click();
    trainer.harness.run();
    trainer.press(Key::W);
    assert!(!trainer.sees("Values we share"));
    assert!(
        trainer.harness.query_all_by_label("3:00").next().is_some(),
        "the timer stays"
    );
}

#[test]
fn unsaved_text_is_copied_within_two_seconds_and_offered_back_after_a_crash() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Values we share", "Dignity at work");
    assert!(
        trainer.recovery_files().is_empty(),
        "not while still typing"
    );
    trainer.wait(SEC);
    let copies = trainer.recovery_files();
    assert_eq!(
        copies.len(),
        1,
        "a recovery copy a second after the last keystroke"
    );
    let copy = worksheet::recovery::read(&copies[0]).unwrap();
    assert_eq!(copy.worksheet.shared_values, "Dignity at work");

    // The app is killed here: nothing else runs. The next start finds the copy.
    let data = trainer.data.clone();
    drop(trainer);
    let mut again = reopened(&data);
    assert!(
        again.sees("Values we share"),
        "the panel opens to show the offer"
    );
    assert!(
        again
            .harness
            .query_by_label_contains("Unsaved changes found")
            .is_some()
    );
    assert!(
        again.sees("“Dignity at work”"),
        "a glimpse of what was typed"
    );
    again.click("Restore");
    assert_eq!(again.value_of("Values we share"), "Dignity at work");
    assert!(
        again.sees("Worksheet 1 ●"),
        "restored changes are still unsaved"
    );

    // Saving it makes the copy go away.
    again.ctrl(Key::S);
    again.click("Save here");
    assert!(again.recovery_files().is_empty());
    assert!(worksheet::load(&again.worksheets().join("worksheet-2026-11-23.ron")).is_ok());
}

#[test]
fn continuous_typing_is_copied_every_two_seconds() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Notes", "a");
    for _ in 0..4 {
        trainer.clock.advance(std::time::Duration::from_millis(500));
        trainer.harness.event(egui::Event::Text("b".into()));
        trainer.harness.run();
    }
    let copies = trainer.recovery_files();
    assert_eq!(copies.len(), 1, "two seconds of typing without a pause");
    let copy = worksheet::recovery::read(&copies[0]).unwrap();
    assert!(
        copy.worksheet.notes.starts_with("abbb"),
        "{:?}",
        copy.worksheet.notes
    );
}

#[test]
fn a_broken_file_is_reported_and_never_overwritten() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Values we share", "Kept safe");
    let folder = trainer.worksheets();
    std::fs::create_dir_all(&folder).unwrap();
    let broken = folder.join("broken.ron");
    let damage = "Worksheet(\n  format: 1,\n  name: \"Sam\"\n  notes: \"x\",\n)\n";
    std::fs::write(&broken, damage).unwrap();

    trainer.click("Open…");
    assert!(trainer.sees("Worksheet 1 has changes that are not saved."));
    // Nothing goes until a file is actually opened in its place.
    trainer.click("Discard them");
    trainer.write("Or type a path", &broken.display().to_string());
    trainer.click("Open");
    let expected = format!("{}:4:3: expected comma", broken.display());
    assert!(
        trainer.sees(&expected),
        "the error names file, line and column"
    );
    assert_eq!(
        trainer.value_of("Values we share"),
        "Kept safe",
        "the sheet is untouched"
    );

    trainer.ctrl_shift(Key::S);
    trainer.harness.get_by_label("File name").focus();
    trainer.harness.run();
    trainer
        .harness
        .key_press_modifiers(Modifiers::COMMAND, Key::A);
    trainer.write("File name", "broken.ron");
    trainer.click("Save here");
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        damage,
        "not a byte changed"
    );
    assert!(
        trainer
            .harness
            .query_by_label_contains("not replaced")
            .is_some()
    );
    assert!(
        trainer.sees("Worksheet 1 ●"),
        "the text is still unsaved, still there"
    );
}

#[test]
fn two_partners_share_a_laptop() {
    let mut trainer = Trainer::new();
    trainer.type_name("Name for Partner A", "Maria");
    trainer.type_name("Name for Partner B", "Sam");
    trainer.open_worksheet();
    assert!(trainer.sees("Maria's worksheet"));
    assert_eq!(trainer.value_of("Partner's name"), "Sam");
    trainer.write("Values we share", "Maria's answer");
    trainer.click("Sam's worksheet");
    assert_eq!(trainer.value_of("Your name"), "Sam");
    assert_eq!(trainer.value_of("Partner's name"), "Maria");
    assert_eq!(trainer.value_of("Values we share"), "");
    trainer.write("Values we share", "Sam's answer");
    trainer.click("Maria's worksheet ●");
    assert_eq!(trainer.value_of("Values we share"), "Maria's answer");
}

#[test]
fn reflection_questions_open_at_the_reflection_step_and_are_saved() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    let question = "What was most challenging about the exercise?";
    assert!(!trainer.sees(question), "folded away during the practice");
    trainer.press(Key::Space);
    for _ in 0..5 {
        trainer.press(Key::ArrowRight);
    }
    assert!(trainer.sees("Rejoin the larger group"));
    assert_eq!(
        trainer.harness.query_all_by_label(question).count(),
        2,
        "on the projected screen and on the worksheet"
    );
    trainer
        .harness
        .get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, question)
        .focus();
    trainer.harness.run();
    trainer.harness.event(egui::Event::Text(
        "Not jumping in with my own story.".into(),
    ));
    trainer.harness.run();
    trainer.ctrl(Key::S);
    trainer.click("Save here");
    let saved = worksheet::load(&trainer.worksheets().join("worksheet-2026-11-23.ron")).unwrap();
    let answer = saved
        .reflection
        .iter()
        .find(|a| a.question == question)
        .unwrap();
    assert_eq!(answer.answer, "Not jumping in with my own story.");
    assert_eq!(saved.reflection.len(), 4);
}

#[test]
fn export_markdown_and_the_next_meeting_as_a_calendar_event() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Your name", "Maria");
    trainer.write("Values we share", "Faith in our neighbours");
    trainer.click("Attention");
    trainer.click("Export .ics…");
    assert!(
        trainer
            .harness
            .query_by_label_contains("Pick a date and time for the next meeting first")
            .is_some()
    );
    trainer.click("Pick a date and time");
    trainer.write("Where", "Library, room 2");

    trainer.click("Export .ics…");
    trainer.click("Save here");
    let ics = trainer.worksheets().join("maria-2026-11-23.ics");
    let text = std::fs::read_to_string(&ics).expect("the .ics was written");
    assert!(text.contains("BEGIN:VEVENT"), "{text}");
    assert!(text.contains("LOCATION:Library\\, room 2"), "{text}");

    trainer.click("Export Markdown…");
    trainer.click("Save here");
    let markdown =
        std::fs::read_to_string(trainer.worksheets().join("maria-2026-11-23.md")).unwrap();
    assert!(markdown.contains("Faith in our neighbours"), "{markdown}");
    assert!(markdown.contains("[x] Attention"), "{markdown}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in [&ics, &trainer.worksheets().join("maria-2026-11-23.md")] {
            let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}

#[test]
fn discarding_changes_is_always_asked_first() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Notes", "Precious");
    trainer.click("New");
    assert!(trainer.sees("Worksheet 1 has changes that are not saved."));
    trainer.click("Keep them");
    assert_eq!(trainer.value_of("Notes"), "Precious");
    trainer.click("New");
    trainer.click("Discard them");
    assert_eq!(trainer.value_of("Notes"), "");
    // Open asks too, and Esc on the question keeps the text.
    trainer.write("Notes", "Precious again");
    trainer.click("Open…");
    assert!(trainer.sees("Worksheet 1 has changes that are not saved."));
    trainer.press(Key::Escape);
    assert!(!trainer.sees("Worksheet 1 has changes that are not saved."));
    assert_eq!(trainer.value_of("Notes"), "Precious again");
    // Discarding an offered copy, closing the window, and leaving the
    // agenda editor ask as well: tests/never_lost.rs and tests/formats_ui.rs.
}

#[test]
fn an_idle_worksheet_asks_for_no_frames() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    trainer.write("Notes", "x");
    let delay = trainer.repaint_delay();
    assert!(
        delay <= SEC + std::time::Duration::from_millis(10),
        "wakes for the copy: {delay:?}"
    );
    trainer.wait(2 * SEC);
    assert_eq!(
        trainer.repaint_delay(),
        std::time::Duration::MAX,
        "nothing left to do"
    );
}

#[test]
fn a_ten_thousand_character_paste_is_kept_whole_and_an_empty_sheet_still_saves() {
    let mut trainer = Trainer::new();
    trainer.open_worksheet();
    // An empty sheet (no names, no answers) saves under a plain name.
    trainer.ctrl(Key::S);
    trainer.press(Key::Enter);
    let empty = trainer.worksheets().join("worksheet-2026-11-23.ron");
    assert!(worksheet::load(&empty).unwrap().has_no_answers());

    // Emoji are covered by the file tests; kittest refuses glyphs Inter lacks.
    let story: String = "Mi abuela organizó la huelga de 1974 — ".repeat(260);
    assert!(story.chars().count() >= 10_000);
    trainer.harness.get_by_label("Notes").focus();
    trainer.harness.run();
    trainer.harness.event(egui::Event::Paste(story.clone()));
    trainer.harness.run();
    assert_eq!(trainer.value_of("Notes"), story);
    assert!(trainer.sees("3:00"), "the timer is still on screen");
    trainer.ctrl(Key::S);
    assert_eq!(worksheet::load(&empty).unwrap().notes, story);
}
