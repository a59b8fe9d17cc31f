//! A participant's laptop joined to the trainer's room: a second app follows
//! the first one's session over loopback (its steps, roles and second), has
//! no clock controls without the trainer's PIN, keeps its own worksheet
//! with files and recovery copies, counts on while the trainer's sharing is
//! off, and follows again when it is back.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::{SEC, Trainer, files_in, scratch_folder};
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use one_on_one::follow::JoinAddress;
use one_on_one::scenario::built_in_breakout;
use one_on_one::share::Listen;

const LAPTOP: [f32; 2] = [1366.0, 768.0];

/// The trainer's app, sharing on a fixed loopback port (so it can stop and
/// start again where the joined app looks).
fn trainer_sharing() -> (Trainer, SocketAddr) {
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = free.local_addr().unwrap();
    drop(free);
    let mut trainer = Trainer::made(built_in_breakout(), LAPTOP, |app| {
        app.with_share_address(Listen::At(address))
    });
    trainer.press(Key::S);
    assert!(trainer.harness.state().sharing().is_some());
    (trainer, address)
}

#[test]
fn a_second_app_follows_the_trainers_steps_roles_and_second() {
    let (mut trainer, address) = trainer_sharing();
    let folder = scratch_folder();
    let mut app = common::joined_window(address, &trainer.clock, None, &folder);
    common::until_joined_shows(&mut app, "Gather your team");
    common::until_joined_shows(&mut app, "live");

    trainer.press(Key::Space);
    trainer.wait(SEC);
    trainer.press(Key::ArrowRight);
    common::until_joined_shows(&mut app, "Round 1 · conversation");
    common::until_joined_shows(&mut app, "Organizer: ");
    // Both read the same second, now and after time passes with no news.
    trainer.wait(10 * SEC);
    app.run();
    let room = trainer.room_window([1920.0, 1080.0]);
    assert!(
        room.query_by_label("7:50").is_some(),
        "the projector shows 7:50"
    );
    assert!(
        app.query_by_label("7:50").is_some(),
        "the joined app shows 7:50"
    );

    // No clock controls without the PIN.
    assert!(app.query_by_label("Next").is_none());
    assert!(app.query_by_label("Start / Pause").is_none());
    assert!(app.query_by_label("Unlock").is_some());
    // Space on the joined laptop does nothing to the trainer's clock.
    app.key_press(Key::Space);
    app.run();
    std::thread::sleep(Duration::from_millis(200));
    trainer.harness.run();
    assert_eq!(
        trainer.harness.state().session().phase(),
        one_on_one::session::Phase::Running
    );
}

#[test]
fn the_participants_worksheet_is_kept_in_files_on_their_own_laptop() {
    let (trainer, address) = trainer_sharing();
    let folder = scratch_folder();
    let mut app = common::joined_window(address, &trainer.clock, None, &folder);
    common::until_joined_shows(&mut app, "Gather your team");
    common::until_joined_shows(&mut app, "Values we share");
    app.get_by_label("Values we share").focus();
    app.run();
    app.event(egui::Event::Text("Housing is a right".into()));
    app.run();
    // A recovery copy is written within the app's autosave time.
    trainer.clock.advance(5 * SEC);
    app.run();
    let copies: Vec<_> = files_in(&folder.join("recovery"))
        .into_iter()
        .flat_map(|window| files_in(&window))
        .collect();
    assert!(
        copies.iter().any(|copy| std::fs::read_to_string(copy)
            .is_ok_and(|text| text.contains("Housing is a right"))),
        "a recovery copy on this laptop: {copies:?}"
    );
    app.key_press_modifiers(Modifiers::COMMAND, Key::S);
    app.run();
    app.key_press(Key::Enter);
    app.run();
    let saved: Vec<_> = files_in(&folder.join("worksheets"));
    assert_eq!(saved.len(), 1, "{saved:?}");
    let sheet = one_on_one::worksheet::load(&saved[0]).unwrap();
    assert_eq!(sheet.shared_values, "Housing is a right");
    assert_eq!(
        sheet.workshop,
        trainer.harness.state().session().scenario().name
    );
    let acts: Vec<&str> = sheet
        .acts_reached
        .iter()
        .map(|act| act.act.as_str())
        .collect();
    assert_eq!(
        acts,
        [
            "Attention",
            "Interest",
            "Exploration",
            "Exchange",
            "Commitment"
        ]
    );
    // Nothing of it reached the trainer's laptop.
    assert!(files_in(&trainer.worksheets()).is_empty());
}

#[test]
fn it_counts_on_while_the_trainer_stops_sharing_and_follows_again_after() {
    let (mut trainer, address) = trainer_sharing();
    let folder = scratch_folder();
    let mut app = common::joined_window(address, &trainer.clock, None, &folder);
    trainer.press(Key::Space);
    common::until_joined_shows(&mut app, "3:00");
    common::until_joined_shows(&mut app, "live");

    trainer.press(Key::S);
    assert!(trainer.harness.state().sharing().is_none());
    common::until_joined_shows(&mut app, "reconnecting, counting on");
    trainer.wait(20 * SEC);
    app.run();
    assert!(
        app.query_by_label("2:40").is_some(),
        "it counts on from what it knew"
    );

    trainer.press(Key::ArrowRight);
    trainer.press(Key::S);
    common::until_joined_shows(&mut app, "Round 1 · conversation");
    common::until_joined_shows(&mut app, "live");
}

#[test]
fn with_the_trainers_pin_the_joined_laptop_runs_the_clock() {
    let (mut trainer, address) = trainer_sharing();
    let (_, pin) = trainer.harness.state().sharing().unwrap();
    let folder = scratch_folder();
    let mut app = common::joined_window(address, &trainer.clock, Some(pin), &folder);
    common::until_joined_shows(&mut app, "Gather your team");
    app.get_by_label("Start / Pause").click();
    app.run();
    let deadline = Instant::now() + Duration::from_secs(5);
    while trainer.harness.state().session().started_at().is_none() {
        assert!(Instant::now() < deadline, "the trainer's clock starts");
        std::thread::sleep(Duration::from_millis(20));
        trainer.harness.run();
    }
    trainer.wait(SEC);
    common::until_joined_shows(&mut app, "2:59");
}

#[test]
fn it_follows_the_trainers_app_again_after_that_app_restarts() {
    let (mut first, address) = trainer_sharing();
    let folder = scratch_folder();
    let mut app = common::joined_window(address, &first.clock, None, &folder);
    first.press(Key::Space);
    first.wait(SEC);
    first.press(Key::ArrowRight);
    common::until_joined_shows(&mut app, "Round 1 · conversation");

    // The trainer's laptop restarts the app: a new process, a new clock
    // origin, sharing again on the same address.
    drop(first);
    common::until_joined_shows(&mut app, "reconnecting, counting on");
    let mut second = Trainer::made(built_in_breakout(), LAPTOP, |app| {
        app.with_share_address(Listen::At(address))
    });
    second.press(Key::S);
    common::until_joined_shows(&mut app, "Gather your team");
    common::until_joined_shows(&mut app, "live");
    second.press(Key::Space);
    second.wait(SEC);
    second.press(Key::ArrowRight);
    second.press(Key::ArrowRight);
    common::until_joined_shows(&mut app, "Round 1 · feedback");
}

#[test]
fn join_a_room_on_the_ready_screen_opens_the_joined_window() {
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let recorded = std::sync::Arc::clone(&asked);
    let mut trainer = Trainer::made(built_in_breakout(), LAPTOP, |app| {
        app.with_joiner(Box::new(move |address: &JoinAddress| {
            recorded.lock().unwrap().push(address.url());
            Ok(())
        }))
    });
    trainer.click("Join a room…");
    trainer.write(
        "The room's address, as the trainer's console shows it",
        "https://10.0.0.2:8111/",
    );
    trainer.click("Join");
    assert!(
        trainer.sees_text("not https://"),
        "a wrong address is explained"
    );
    assert!(asked.lock().unwrap().is_empty());

    trainer
        .harness
        .get_by_label("The room's address, as the trainer's console shows it")
        .focus();
    trainer.harness.run();
    trainer
        .harness
        .key_press_modifiers(Modifiers::COMMAND, Key::A);
    trainer.write(
        "The room's address, as the trainer's console shows it",
        "10.0.0.2:8111",
    );
    trainer.click("Join");
    assert_eq!(*asked.lock().unwrap(), ["http://10.0.0.2:8111/"]);
    assert!(trainer.sees_text("opens in a window of its own"));
    assert!(
        trainer.harness.query_by_label("Join").is_none(),
        "the question is put away"
    );
}
