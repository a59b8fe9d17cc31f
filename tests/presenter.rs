//! The presenter window driven as a trainer would: by label, by click and by
//! key, with time stepped by hand, reading what the screen shows.

mod common;

use std::time::Duration;

use common::{MIN, SEC, Trainer, scratch_folder};
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use one_on_one::scenario::{Advance, built_in_breakout};
use one_on_one::session::{Phase, Session};
use one_on_one::sound::Sound;
use one_on_one::ui::{AppFolders, PresenterApp};

#[test]
fn the_window_opens_ready_on_the_breakout() {
    let trainer = Trainer::new();
    assert!(trainer.sees("Gather your team"));
    assert!(trainer.sees("3:00"));
    assert!(trainer.sees("25:00 left"));
    assert!(trainer.sees("Ready\nSpace starts"));
    assert!(trainer.sees("Timekeeper: keeps the pairs to time and calls the swap"));
    assert_eq!(trainer.phase(), Phase::NotStarted);
}

#[test]
fn start_with_a_click_and_watch_the_time_run() {
    let mut trainer = Trainer::new();
    trainer.click("Start");
    assert_eq!(trainer.phase(), Phase::Running);
    trainer.wait(62 * SEC);
    assert!(trainer.sees("1:58"), "the step countdown");
    assert!(
        trainer.sees("23:58 left · on time"),
        "the agenda's time left"
    );
    assert!(trainer.sees("Pause"));
}

#[test]
fn start_and_pause_with_space() {
    let mut trainer = Trainer::new();
    trainer.press(Key::Space);
    assert_eq!(trainer.phase(), Phase::Running);
    trainer.wait(10 * SEC);
    trainer.press(Key::Space);
    assert_eq!(trainer.phase(), Phase::Paused);
    assert!(trainer.sees("‖ Paused\nSpace resumes"));
    trainer.wait(30 * SEC);
    assert!(trainer.sees("2:50"), "no step time passes while paused");
    assert!(trainer.sees("24:50 left · 0:30 behind plan"));
    trainer.click("Resume");
    assert_eq!(trainer.phase(), Phase::Running);
}

#[test]
fn roles_show_the_typed_names_and_swap_after_round_one() {
    let mut trainer = Trainer::new();
    trainer.type_name("Name for Partner A", "Maria");
    trainer.type_name("Name for Partner B", "Sam Lee");
    assert_eq!(
        trainer.phase(),
        Phase::NotStarted,
        "the space in a name does not start the session"
    );
    assert_eq!(
        trainer.harness.state().session().names(),
        ["Maria", "Sam Lee"]
    );

    trainer.press(Key::Enter);
    trainer.press(Key::Space);
    assert_eq!(trainer.phase(), Phase::Running);
    trainer.wait(3 * MIN);
    assert!(trainer.sees("Round 1 · conversation"));
    assert!(trainer.sees("Organizer: Maria"));
    assert!(trainer.sees("Constituent: Sam Lee"));
    assert!(trainer.sees("8:00"));

    trainer.wait(10 * MIN);
    assert!(trainer.sees("Round 2 · conversation"));
    assert!(trainer.sees("Organizer: Sam Lee"));
    assert!(trainer.sees("Constituent: Maria"));
    let handovers = trainer
        .chime
        .played()
        .iter()
        .filter(|s| **s == Sound::HandOver)
        .count();
    assert_eq!(handovers, 3, "gather → round 1 → feedback → round 2");
}

#[test]
fn space_in_a_name_does_not_pause_a_running_session() {
    let mut trainer = Trainer::new();
    trainer.press(Key::Space);
    assert!(
        trainer
            .harness
            .query_by_label("Name for Partner A")
            .is_none(),
        "names hide once started"
    );
    trainer.press(Key::N);
    trainer.type_name("Name for Partner A", "Ana María");
    assert_eq!(
        trainer.phase(),
        Phase::Running,
        "the space typed into the name did not pause"
    );
    trainer.press(Key::Enter);
    trainer.press(Key::N);
    assert!(
        trainer
            .harness
            .query_by_label("Name for Partner A")
            .is_none()
    );
    trainer.press(Key::ArrowRight);
    assert!(trainer.sees("Organizer: Ana María"));
    trainer.press(Key::Space);
    assert_eq!(
        trainer.phase(),
        Phase::Paused,
        "shortcuts work again once the field is left"
    );
}

#[test]
fn a_pasted_wall_of_text_is_cut_to_a_name_and_the_clock_keeps_its_size() {
    let mut trainer = Trainer::new();
    trainer.harness.get_by_label("Name for Partner A").focus();
    trainer.harness.run();
    trainer
        .harness
        .event(egui::Event::Paste("x".repeat(10_000)));
    trainer.harness.run();
    trainer.press(Key::Enter);
    trainer.press(Key::ArrowRight);
    let name = trainer.harness.state().session().names()[0].clone();
    assert_eq!(name.chars().count(), 40);
    let room = trainer.room_window([1280.0, 720.0]);
    let clock = room.get_by_label("8:00").rect();
    assert!(clock.height() / 0.82 * 0.73 >= 720.0 / 4.0);
}

#[test]
fn a_cleared_name_falls_back_to_the_placeholder() {
    let mut trainer = Trainer::new();
    trainer.type_name("Name for Partner B", "Sam");
    trainer.press(Key::Enter);
    trainer.press(Key::ArrowRight);
    assert!(
        trainer.sees("Constituent: Sam"),
        "the typed name is used first"
    );
    trainer.press(Key::ArrowLeft);
    // Cleared to nothing but spaces: the room sees the placeholder again.
    trainer.type_name("Name for Partner B", "   ");
    trainer.press(Key::Enter);
    trainer.press(Key::ArrowRight);
    assert!(trainer.sees("Constituent: Partner B"));
    assert!(!trainer.sees("Constituent: Sam"));
}

#[test]
fn the_paced_act_moves_on_and_another_act_can_be_looked_at() {
    let mut trainer = Trainer::new();
    trainer.press(Key::ArrowRight);
    trainer.press(Key::Space);
    assert!(trainer.sees("Before we get into it, how did you come to be part of this team?"));
    trainer.wait(2 * MIN + SEC);
    assert!(trainer.sees("Why does this matter to you? When did you first feel that?"));

    trainer.click("Exchange");
    assert!(trainer.sees("What skills, time or people could you bring to this?"));
    assert!(!trainer.sees("Why does this matter to you? When did you first feel that?"));
    assert!(trainer.sees(
        "Looking ahead or back: by now the pair is in Exploration. Click it to follow the pace again."
    ));

    trainer.click("Exploration");
    assert!(trainer.sees("Why does this matter to you? When did you first feel that?"));
}

#[test]
fn feedback_shows_the_feedback_questions() {
    let mut trainer = Trainer::new();
    trainer.press(Key::ArrowRight);
    trainer.press(Key::ArrowRight);
    assert!(trainer.sees("Round 1 · feedback"));
    assert!(trainer.sees("The constituent gives the organizer feedback"));
    assert!(trainer.sees("What did the organizer do well?"));
}

#[test]
fn the_last_minute_turns_to_a_warning_with_a_soft_chime() {
    let mut trainer = Trainer::new();
    trainer.press(Key::Space);
    trainer.wait(2 * MIN + SEC);
    assert!(trainer.sees("0:59"));
    assert!(trainer.sees("▲ Last minute"));
    assert_eq!(trainer.chime.played(), vec![Sound::Warning]);
}

#[test]
fn a_held_step_counts_into_overtime() {
    let mut scenario = built_in_breakout();
    scenario.steps[0].steps_mut()[0].advance = Advance::Hold;
    let mut trainer = Trainer::with(scenario);
    trainer.press(Key::Space);
    trainer.wait(3 * MIN + 12 * SEC);
    assert!(trainer.sees("+0:12"));
    assert!(trainer.sees("● Overtime\n→ moves on"));
    assert_eq!(
        trainer.chime.played(),
        vec![Sound::Warning, Sound::HandOver],
        "the soft cue, then the chime at zero, and no more while in overtime"
    );
    trainer.press(Key::ArrowRight);
    assert!(trainer.sees("Round 1 · conversation"));
}

#[test]
fn the_whole_breakout_runs_to_its_end_in_25_minutes() {
    let mut trainer = Trainer::new();
    trainer.press(Key::Space);
    trainer.wait(25 * MIN);
    assert_eq!(trainer.phase(), Phase::Finished);
    assert!(trainer.sees("■ Finished\n25:00 in all"));
    assert!(trainer.sees("the agenda is done"));
    assert!(trainer.sees("0:00 left · on time"));
    let played = trainer.chime.played();
    assert_eq!(
        played.iter().filter(|s| **s == Sound::HandOver).count(),
        6,
        "five hand-overs and the end"
    );
    assert_eq!(
        played.iter().filter(|s| **s == Sound::Warning).count(),
        6,
        "a last-minute cue in every step"
    );
    trainer.wait(5 * SEC);
    assert_eq!(
        trainer.repaint_delay(),
        Duration::MAX,
        "a finished session is idle"
    );
}

#[test]
fn keys_skip_go_back_extend_and_restart() {
    let mut trainer = Trainer::new();
    trainer.press(Key::Plus);
    assert!(trainer.sees("4:00"));
    trainer.press(Key::Minus);
    trainer.press(Key::Minus);
    assert!(trainer.sees("2:00"));
    trainer.press(Key::Space);
    trainer.wait(30 * SEC);
    trainer.press(Key::R);
    assert!(trainer.sees("2:00"));
    trainer.press(Key::ArrowRight);
    assert!(trainer.sees("Round 1 · conversation"));
    trainer.press(Key::ArrowLeft);
    assert!(trainer.sees("Gather your team"));
}

#[test]
fn ctrl_minus_zooms_instead_of_removing_a_minute() {
    let mut trainer = Trainer::new();
    trainer
        .harness
        .key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    trainer.harness.run();
    assert!(trainer.sees("3:00"));
    assert!(trainer.harness.ctx.zoom_factor() < 1.0);
}

#[test]
fn mute_silences_the_chime_but_not_the_flash() {
    let mut trainer = Trainer::new();
    trainer.press(Key::M);
    assert!(trainer.sees("chime muted"));
    trainer.press(Key::Space);
    trainer.wait(3 * MIN);
    assert!(trainer.chime.played().is_empty());
    assert!(trainer.sees("Round 1 · conversation"));
    assert!(trainer.harness.state().prefs().muted);
}

#[test]
fn question_mark_shows_the_shortcuts_and_escape_hides_them() {
    let mut trainer = Trainer::new();
    trainer.press(Key::Questionmark);
    assert!(trainer.sees("Keyboard shortcuts"));
    assert!(trainer.sees("Start, pause or resume"));
    trainer.press(Key::Escape);
    assert!(!trainer.sees("Keyboard shortcuts"));
}

#[test]
fn do_dont_can_be_toggled_on() {
    let mut trainer = Trainer::new();
    assert!(!trainer.sees("✓ Do: Plan to listen and ask questions"));
    trainer.click("Do / Don't");
    assert!(trainer.sees("✓ Do: Plan to listen and ask questions"));
    assert!(trainer.sees("✗ Don't: Try to persuade instead of listening"));
}

#[test]
fn a_paused_window_asks_for_no_frames_and_a_running_one_for_one_a_second() {
    let mut trainer = Trainer::new();
    assert_eq!(
        trainer.repaint_delay(),
        Duration::MAX,
        "idle before the start"
    );
    trainer.press(Key::Space);
    trainer.wait(Duration::from_millis(300));
    let delay = trainer.repaint_delay();
    assert!(
        delay > Duration::from_millis(600) && delay <= SEC,
        "{delay:?}"
    );
    trainer.press(Key::Space);
    trainer.harness.run();
    assert_eq!(trainer.repaint_delay(), Duration::MAX, "idle while paused");
}

#[test]
fn the_hand_over_flash_stays_solid_then_goes_without_extra_frames() {
    let mut trainer = Trainer::new();
    trainer.press(Key::Space);
    trainer.wait(3 * MIN);
    assert!(
        (trainer.harness)
            .query_by_label_contains("Next: Round 1 · conversation")
            .is_some(),
        "the headline is up"
    );
    assert!(
        trainer.repaint_delay() <= Duration::from_millis(1100),
        "the clock still counts under the flash"
    );
    assert!(
        trainer.repaint_delay() >= Duration::from_millis(500),
        "no frames for a fade: the headline is solid until it goes"
    );
    trainer.wait(3 * SEC);
    assert!(
        (trainer.harness)
            .query_by_label_contains("Next: Round 1 · conversation")
            .is_none(),
        "the headline is gone"
    );
    assert!(
        trainer.repaint_delay() > Duration::from_millis(500),
        "back to once a second"
    );
}

#[test]
fn the_clock_is_at_least_a_quarter_of_the_window_high() {
    for size in [[1280.0, 720.0], [1920.0, 1080.0], [1024.0, 768.0]] {
        let trainer = Trainer::sized(built_in_breakout(), size);
        let room = trainer.room_window(size);
        let clock = room.get_by_label("3:00");
        let height = clock.rect().height();
        // The clock's row is 0.82 em and the digits 0.73 em of it.
        let digits = height / 0.82 * 0.73;
        assert!(digits >= size[1] / 4.0, "{size:?}: digits {digits} px");
    }
}

#[test]
fn a_notice_about_a_bad_scenario_can_be_dismissed() {
    let mut trainer = Trainer::around([1280.0, 720.0], |clock, chime| {
        PresenterApp::new(
            Session::new(built_in_breakout()),
            Box::new(clock),
            Box::new(chime),
            AppFolders::under(scratch_folder()),
        )
        .with_notice("my.ron:3:5: expected comma")
    });
    assert!(trainer.sees("my.ron:3:5: expected comma"));
    assert!(trainer.sees("3:00"), "the built-in breakout runs meanwhile");
    trainer.click("Dismiss");
    assert!(!trainer.sees("my.ron:3:5: expected comma"));
}

#[test]
fn the_acts_stay_left_of_the_do_dont_table_at_every_projector_size() {
    for size in [[1920.0, 1080.0], [1366.0, 768.0], [1024.0, 768.0]] {
        let mut trainer = Trainer::sized(built_in_breakout(), size);
        trainer.press(Key::ArrowRight);
        trainer.press(Key::D);
        let room = trainer.room_window(size);
        let table = room
            .query_all_by_label("Do / Don't")
            .find(|node| node.accesskit_node().role() == egui::accesskit::Role::Label)
            .expect("the table's heading")
            .rect();
        // Between them lie the middle's right margin and the table's left
        // one, each 1.5 of the small type (a fortieth of the height).
        let margins = 2.0 * (size[1] / 40.0_f32).round() * 1.5;
        let last_act = room.get_by_label("Commitment").rect();
        assert!(
            last_act.right() <= table.left() - margins + 1.0,
            "{size:?}: the last act ends at {}, past the middle's edge at {}",
            last_act.right(),
            table.left() - margins
        );
    }
}
