//! The room's window and the console over one session, as a trainer uses
//! them: keys pressed in either window reach the session and show in both;
//! the one-screen room shows its controls only while the mouse moves, and
//! C opens the console; the console's agenda reads in times of day.

mod common;

use std::time::Duration;

use common::{MIN, SEC, Trainer};
use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use one_on_one::scenario::built_in_breakout;
use one_on_one::screens::Layout;
use one_on_one::session::Phase;
use one_on_one::ui::RoomWindow;

const LAPTOP: [f32; 2] = [1366.0, 768.0];

/// The app with `layout`, in a harness drawing its root window.
fn opened_as(layout: Layout, monitors: usize) -> Trainer {
    Trainer::made(built_in_breakout(), LAPTOP, |app| {
        app.with_layout(layout, monitors)
    })
}

fn press_in(room: &mut Harness<'static, RoomWindow>, key: Key) {
    room.key_press(key);
    room.run();
}

fn no_controls_in(room: &Harness<'_, RoomWindow>) -> bool {
    room.query_all_by_role(egui::accesskit::Role::Button)
        .next()
        .is_none()
        && room
            .query_all_by_role(egui::accesskit::Role::TextInput)
            .next()
            .is_none()
}

#[test]
fn keys_in_the_room_window_reach_the_session_and_the_console_shows_them() {
    let mut trainer = Trainer::new();
    let mut room = trainer.room_window([1920.0, 1080.0]);

    press_in(&mut room, Key::Space);
    assert_eq!(trainer.phase(), Phase::Running, "Space in the room starts");
    trainer.harness.run();
    assert!(trainer.sees("Pause"), "the console's button follows");

    press_in(&mut room, Key::ArrowRight);
    press_in(&mut room, Key::Plus);
    trainer.harness.run();
    assert_eq!(trainer.harness.state().session().step_index(), 1);
    room.run();
    assert!(
        room.query_by_label("9:00").is_some(),
        "round 1's eight minutes and the one added"
    );

    // And the other way round: the console's keys show in the room.
    trainer.press(Key::Space);
    room.run();
    assert!(
        room.query_all_by_label_contains("Paused").next().is_some(),
        "the room reads that the clock is paused"
    );
    assert!(no_controls_in(&room), "nothing to press in the room");
}

#[test]
fn what_belongs_to_the_console_stays_off_the_room_window() {
    let mut trainer = Trainer::new();
    let mut room = trainer.room_window([1024.0, 768.0]);
    // W asks for the worksheet; in the room's window it opens it on the console.
    press_in(&mut room, Key::W);
    press_in(&mut room, Key::N);
    press_in(&mut room, Key::Questionmark);
    trainer.harness.run();
    assert!(trainer.harness.state().prefs().worksheet_open);
    assert!(trainer.sees("Keyboard shortcuts"), "help on the console");
    room.run();
    assert!(room.query_by_label("Keyboard shortcuts").is_none());
    assert!(room.query_by_label("Shared values").is_none());
    assert!(no_controls_in(&room));
}

#[test]
fn the_one_screen_room_shows_its_strip_only_while_the_mouse_moves() {
    let mut trainer = opened_as(Layout::OneScreen, 1);
    assert_eq!(trainer.harness.state().open_windows(), (true, false));
    assert!(
        !trainer.sees("Pause") && !trainer.sees("Start"),
        "a clean room"
    );
    assert!(trainer.sees("3:00"));

    trainer
        .harness
        .event(egui::Event::PointerMoved(egui::pos2(600.0, 500.0)));
    trainer.harness.run();
    assert!(
        trainer.sees("Start"),
        "the strip shows while the mouse moves"
    );
    trainer.click("Start");
    assert_eq!(trainer.phase(), Phase::Running);

    trainer.wait(2 * SEC);
    assert!(trainer.sees("Pause"), "still there two seconds on");
    trainer.wait(2 * SEC);
    assert!(
        !trainer.sees("Pause"),
        "gone three seconds after the last move"
    );
    assert!(
        !trainer.sees("Shortcuts"),
        "the console's own controls never show in the room"
    );
}

#[test]
fn c_opens_the_console_from_the_one_screen_room() {
    let mut trainer = opened_as(Layout::OneScreen, 1);
    assert!(!trainer.sees("Shortcuts"));
    trainer.press(Key::C);
    assert_eq!(trainer.harness.state().open_windows(), (true, true));
    // The harness draws the console inside the room's window, as egui does
    // where a platform has one window only.
    assert!(trainer.sees("Shortcuts"), "the console with its controls");
    assert!(
        trainer.sees("Over / under"),
        "and the agenda in times of day"
    );
}

#[test]
fn the_room_window_can_be_closed_and_opened_again_from_the_console() {
    let mut trainer = opened_as(Layout::Rehearsal, 1);
    assert_eq!(trainer.harness.state().open_windows(), (true, true));
    // The harness draws the room's window over the console (egui's way on
    // a platform with one window), so the button is pressed as a screen
    // reader presses it rather than under the room.
    trainer
        .harness
        .get_by_label("Close the room window")
        .click_accesskit();
    trainer.harness.run();
    assert_eq!(trainer.harness.state().open_windows(), (false, true));
    trainer.click("Open the room window");
    assert_eq!(trainer.harness.state().open_windows(), (true, true));
}

#[test]
fn p_sends_the_room_to_the_next_screen() {
    let mut trainer = opened_as(Layout::Projector { room: 1 }, 2);
    assert_eq!(trainer.harness.state().room_monitor(), Some(1));
    trainer.press(Key::P);
    assert_eq!(
        trainer.harness.state().room_monitor(),
        Some(0),
        "from the second screen round to the first"
    );
    trainer.press(Key::P);
    assert_eq!(trainer.harness.state().room_monitor(), Some(1));
    assert!(!trainer.sees_text("Only one screen"), "two were found");
}

#[test]
fn p_on_one_screen_says_what_it_tried() {
    let mut trainer = opened_as(Layout::OneScreen, 1);
    trainer.press(Key::P);
    assert_eq!(trainer.harness.state().room_monitor(), Some(1));
    assert!(
        trainer.sees_text("Only one screen was found"),
        "the console opens to say so"
    );
}

#[test]
fn the_consoles_agenda_shows_when_steps_began_after_a_pause_and_a_minute() {
    let mut trainer = Trainer::sized(built_in_breakout(), [1920.0, 1080.0]);
    // The manual clock's wall clock reads 18:30 at the start.
    trainer.press(Key::Space);
    trainer.wait(MIN);
    trainer.press(Key::Space);
    trainer.wait(2 * MIN);
    trainer.press(Key::Space);
    trainer.press(Key::Plus);
    // 3:00 planned, one minute added, a minute gone: three minutes to go.
    trainer.wait(3 * MIN);
    trainer.wait(Duration::from_millis(10));
    assert_eq!(trainer.harness.state().session().step_index(), 1);
    // Step 1 began at 18:30 and ran 4 minutes and a 2-minute pause: step
    // 2 began at 18:36, three minutes after its planned 18:33.
    let count = |label: &str| trainer.harness.query_all_by_label(label).count();
    assert_eq!(count("18:30"), 2, "step 1 planned and began at 18:30");
    assert_eq!(count("18:33"), 1, "step 2's planned start");
    assert_eq!(count("18:36"), 1, "step 2's actual start, 3 minutes late");
    assert!(trainer.sees_text("3 min behind plan"), "the running drift");
}

#[test]
fn the_console_turns_to_the_report_when_the_session_ends() {
    let mut trainer = Trainer::new();
    trainer.press(Key::Space);
    assert!(
        !trainer.sees_text("Report file:"),
        "the agenda while it runs"
    );
    for _ in 0..6 {
        trainer.press(Key::ArrowRight);
    }
    assert_eq!(trainer.phase(), Phase::Finished);
    assert!(trainer.sees_text("Report file:"), "how it went, at the end");
}
