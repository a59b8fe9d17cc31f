//! Sharing the room, as a trainer does it: S (or the console's button)
//! turns it on, the console shows the address and the PIN, the room shows
//! the QR code and the address and how many follow, never the PIN; a phone
//! with the PIN runs the clock; Q hides the code; S turns it off and the
//! port closes. Nothing typed on a worksheet ever reaches the network.

mod common;
#[path = "common/http.rs"]
mod http;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::Duration;

use common::{SEC, Trainer};
use eframe::egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use http::{EventStream, control, get};
use one_on_one::scenario::built_in_breakout;
use one_on_one::session::Phase;
use one_on_one::share::Listen;

const LAPTOP: [f32; 2] = [1366.0, 768.0];
const PROJECTOR: [f32; 2] = [1920.0, 1080.0];

/// The app as a trainer opens it, sharing on loopback when asked.
fn trainer_sharing_at(listen: Listen) -> Trainer {
    Trainer::made(built_in_breakout(), LAPTOP, |app| {
        app.with_share_address(listen)
    })
}

fn loopback() -> Listen {
    Listen::At("127.0.0.1:0".parse().unwrap())
}

fn shared(trainer: &Trainer) -> (SocketAddr, String) {
    trainer
        .harness
        .state()
        .sharing()
        .expect("the room is shared")
}

#[test]
fn s_shares_the_room_the_console_shows_the_pin_and_the_room_only_the_address() {
    let mut trainer = trainer_sharing_at(loopback());
    assert!(trainer.sees("Share on phones"));
    assert!(trainer.sees_text("nothing listens on the network"));
    assert!(trainer.harness.state().sharing().is_none());

    trainer.press(Key::S);
    let (address, pin) = shared(&trainer);
    let spaced_pin = format!("PIN {} {}", &pin[..3], &pin[3..]);
    assert!(trainer.sees(&spaced_pin), "the console shows {spaced_pin}");
    assert!(trainer.sees(&format!("http://{address}/")));
    assert!(trainer.sees("0 devices following"));
    assert!(trainer.sees("Stop sharing"));

    let room = trainer.room_window(PROJECTOR);
    let short = address.to_string();
    assert!(
        room.query_all_by_label(&short).next().is_some(),
        "the room shows {short}"
    );
    assert!(
        room.query_all_by_label("Scan to follow on your phone")
            .next()
            .is_some()
    );
    let everything: Vec<String> = room
        .query_all_by_label_contains("")
        .filter_map(|node| node.accesskit_node().label().map(|label| label.to_string()))
        .collect();
    assert!(
        everything
            .iter()
            .all(|text| !text.contains(&pin) && !text.contains("PIN")),
        "the room never shows the PIN: {everything:?}"
    );

    let page = get(address, "/api/room");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("\"title\":\"Gather your team\""));
}

#[test]
fn q_hides_the_code_from_the_room_and_s_stops_sharing_and_closes_the_port() {
    let mut trainer = trainer_sharing_at(loopback());
    trainer.press(Key::S);
    let (address, _) = shared(&trainer);
    let short = address.to_string();
    trainer.press(Key::Q);
    let room = trainer.room_window(PROJECTOR);
    assert!(room.query_all_by_label(&short).next().is_none(), "hidden");
    assert!(trainer.sees("Show the QR code"));
    trainer.click("Show the QR code");
    let room = trainer.room_window(PROJECTOR);
    assert!(room.query_all_by_label(&short).next().is_some(), "back");

    trainer.click("Stop sharing");
    assert!(trainer.harness.state().sharing().is_none());
    assert!(trainer.sees("Share on phones"));
    assert!(
        TcpStream::connect_timeout(&address, Duration::from_secs(1)).is_err(),
        "nothing listens once sharing stops"
    );
    let room = trainer.room_window(PROJECTOR);
    assert!(room.query_all_by_label(&short).next().is_none());
}

#[test]
fn a_phone_with_the_pin_runs_the_clock_and_one_without_does_not() {
    let mut trainer = trainer_sharing_at(loopback());
    trainer.click("Share on phones");
    let (address, pin) = shared(&trainer);
    assert_eq!(control(address, "000000", "start_or_pause").status, 401);
    trainer.harness.run();
    assert_eq!(trainer.phase(), Phase::NotStarted);

    assert_eq!(control(address, &pin, "start_or_pause").status, 204);
    trainer.harness.run();
    assert_eq!(trainer.phase(), Phase::Running);
    trainer.wait(10 * SEC);
    assert_eq!(control(address, &pin, "next").status, 204);
    trainer.harness.run();
    assert_eq!(trainer.harness.state().session().step_index(), 1);
    // The hand-over rang as if pressed on the keyboard.
    assert!(!trainer.chime.played().is_empty());
    let room = get(address, "/api/room").body;
    assert!(room.contains("\"step_number\":2"), "{room}");
}

#[test]
fn the_room_says_how_many_devices_follow() {
    let mut trainer = trainer_sharing_at(loopback());
    trainer.press(Key::S);
    let (address, _) = shared(&trainer);
    let mut phone = EventStream::open(address).unwrap();
    phone.next_named("room").unwrap();
    let mut tablet = EventStream::open(address).unwrap();
    tablet.next_named("room").unwrap();
    trainer.harness.run();
    let room = trainer.room_window(PROJECTOR);
    assert!(
        room.query_all_by_label("2 devices following")
            .next()
            .is_some()
    );
    assert!(trainer.sees("2 devices following"));
    drop(tablet);
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !trainer.sees("1 device following") {
        assert!(std::time::Instant::now() < deadline, "the count goes down");
        std::thread::sleep(Duration::from_millis(20));
        trainer.harness.run();
    }
}

#[test]
fn nothing_typed_on_a_worksheet_and_no_path_reaches_the_network() {
    let mut trainer = trainer_sharing_at(loopback());
    trainer.open_worksheet();
    let secret = "My grandmother crossed the border with two children";
    trainer.write("Values we share", secret);
    trainer.press(Key::Escape);
    trainer.click("Share on phones");
    let (address, _) = shared(&trainer);
    trainer.wait(3 * SEC);
    let mut phone = EventStream::open(address).unwrap();
    let streamed = phone.next_named("room").unwrap().data;
    let data = trainer.data.to_string_lossy().into_owned();
    for (what, body) in [
        ("/api/room", get(address, "/api/room").body),
        ("/api/events", streamed),
        ("/", get(address, "/").body),
    ] {
        assert!(
            !body.contains("grandmother"),
            "{what} carries worksheet text"
        );
        assert!(!body.contains(&data), "{what} carries a path");
        assert!(!body.contains(".ron"), "{what} names a file");
    }
}

#[test]
fn a_port_in_use_is_said_on_the_console_and_the_app_runs_on() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let at = taken.local_addr().unwrap();
    let mut trainer = trainer_sharing_at(Listen::At(at));
    trainer.press(Key::S);
    assert!(trainer.harness.state().sharing().is_none());
    assert!(
        trainer.sees_text("The room could not be shared"),
        "the console says why"
    );
    assert!(trainer.sees_text(&at.to_string()));
    trainer.press(Key::Space);
    assert_eq!(trainer.phase(), Phase::Running);
}
