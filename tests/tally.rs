//! The room's tally as a workshop runs it: thirty phones say which acts
//! their pair reached, some change their minds, garbage and floods are
//! refused, and the counts show in the room at the last step, on the
//! console, and in the session's report.

mod common;
#[path = "common/http.rs"]
mod http;

use std::net::SocketAddr;

use common::{MIN, SEC, Trainer};
use eframe::egui::Key;
use egui_kittest::kittest::Queryable as _;
use http::{exchange, post};
use one_on_one::scenario::built_in_breakout;
use one_on_one::share::Listen;

const PROJECTOR: [f32; 2] = [1920.0, 1080.0];

fn token(device: usize) -> String {
    format!("phone-{device:0>16}")
}

/// Thirty devices share a classroom's Wi-Fi: each its own address. On
/// loopback every address in 127/8 is ours, so each device gets one.
fn from_device(address: SocketAddr, device: usize, body: &str) -> u16 {
    use std::io::{Read, Write};
    let local = SocketAddr::from(([127, 0, 1, u8::try_from(device + 1).unwrap()], 0));
    let mut stream = bound_stream(local, address).expect("a device connects");
    write!(
        stream,
        "POST /api/tally HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    reply
        .split_whitespace()
        .nth(1)
        .and_then(|status| status.parse().ok())
        .unwrap_or(0)
}

/// A TCP connection to `to` from the local address `from`: std connects
/// only from an address of the system's choosing.
fn bound_stream(from: SocketAddr, to: SocketAddr) -> std::io::Result<std::net::TcpStream> {
    use std::os::fd::FromRawFd;
    let (SocketAddr::V4(from), SocketAddr::V4(to)) = (from, to) else {
        return Err(std::io::Error::other("IPv4 only"));
    };
    let sockaddr = |address: std::net::SocketAddrV4| libc::sockaddr_in {
        sin_family: libc::AF_INET as libc::sa_family_t,
        sin_port: address.port().to_be(),
        sin_addr: libc::in_addr {
            s_addr: u32::from(*address.ip()).to_be(),
        },
        sin_zero: [0; 8],
    };
    // SAFETY: a fresh socket, bound and connected with valid sockaddr_in
    // structs, then owned by the TcpStream (which closes it).
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_STREAM, 0);
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        let stream = std::net::TcpStream::from_raw_fd(fd);
        let size = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        let local = sockaddr(from);
        if libc::bind(fd, (&raw const local).cast(), size) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        let remote = sockaddr(to);
        if libc::connect(fd, (&raw const remote).cast(), size) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(stream)
    }
}

fn ballot_body(device: usize, round: usize, reached: [bool; 5]) -> String {
    let reached: Vec<String> = reached.iter().map(bool::to_string).collect();
    format!(
        "{{\"token\":\"{}\",\"round\":{round},\"reached\":[{}]}}",
        token(device),
        reached.join(",")
    )
}

fn sharing_trainer() -> (Trainer, SocketAddr) {
    let mut trainer = Trainer::made(built_in_breakout(), [1366.0, 768.0], |app| {
        app.with_share_address(Listen::At("127.0.0.1:0".parse().unwrap()))
    });
    trainer.press(Key::S);
    let (address, _) = trainer.harness.state().sharing().expect("shared");
    (trainer, address)
}

/// Steps on to step `index` (from 0) with → after starting.
fn go_to_step(trainer: &mut Trainer, index: usize) {
    if trainer.harness.state().session().started_at().is_none() {
        trainer.press(Key::Space);
    }
    while trainer.harness.state().session().step_index() < index {
        trainer.wait(SEC);
        trainer.press(Key::ArrowRight);
    }
}

const ALL: [bool; 5] = [true; 5];
const NO_COMMITMENT: [bool; 5] = [true, true, true, true, false];
const ONLY_ATTENTION: [bool; 5] = [true, false, false, false, false];

#[test]
fn thirty_phones_vote_change_their_minds_and_the_room_counts_them_at_the_end() {
    let (mut trainer, address) = sharing_trainer();
    // Gathering and the first conversation: no ballot yet.
    assert_eq!(from_device(address, 0, &ballot_body(0, 1, ALL)), 409);
    go_to_step(&mut trainer, 1);
    assert_eq!(
        from_device(address, 0, &ballot_body(0, 1, ALL)),
        409,
        "still talking"
    );

    // Round 1's feedback: thirty devices vote.
    go_to_step(&mut trainer, 2);
    for device in 0..30 {
        assert_eq!(
            from_device(address, device, &ballot_body(device, 1, ALL)),
            204
        );
    }
    trainer.harness.run();
    assert!(trainer.sees_text("30 votes on Round 1 · conversation"));

    // Round 2: twelve pairs answer, nine reached a commitment; two change
    // their minds, which replaces their vote.
    go_to_step(&mut trainer, 4);
    for device in 0..12 {
        let answer = if device < 9 { ALL } else { NO_COMMITMENT };
        assert_eq!(
            from_device(address, device, &ballot_body(device, 2, answer)),
            204
        );
    }
    assert_eq!(
        from_device(address, 0, &ballot_body(0, 2, NO_COMMITMENT)),
        204
    );
    assert_eq!(from_device(address, 9, &ballot_body(9, 2, ALL)), 204);
    assert_eq!(
        from_device(address, 1, &ballot_body(1, 1, ALL)),
        409,
        "round 1 is over"
    );
    trainer.harness.run();
    assert!(trainer.sees_text("12 votes on Round 2 · conversation"));

    // The last step: the room shows the last round, act by act.
    go_to_step(&mut trainer, 5);
    assert_eq!(
        from_device(address, 12, &ballot_body(12, 2, ONLY_ATTENTION)),
        204
    );
    trainer.harness.run();
    let room = trainer.room_window(PROJECTOR);
    for line in [
        "Attention: 13 of 13 pairs",
        "Exploration: 12 of 13 pairs",
        "Commitment: 9 of 13 pairs",
    ] {
        assert!(room.query_by_label(line).is_some(), "the room shows {line}");
    }
    assert!(
        room.query_by_label_contains("How far the pairs got · Round 2 · conversation")
            .is_some()
    );

    // The trainer turns the tally off: the room's bars go, votes are refused.
    trainer.click("Tally off");
    assert_eq!(from_device(address, 14, &ballot_body(14, 2, ALL)), 409);
    let room = trainer.room_window(PROJECTOR);
    assert!(room.query_by_label("Commitment: 9 of 13 pairs").is_none());
    trainer.click("Tally on");

    // The report keeps every round.
    trainer.wait(2 * MIN);
    trainer.harness.run();
    assert!(
        trainer.sees_text("Commitment: 30 of 30 pairs"),
        "round 1 on the report pane"
    );
    let reports = trainer.data.join("reports");
    let report = std::fs::read_dir(&reports)
        .unwrap()
        .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
        .find(|text| text.contains("tally"))
        .expect("the report file has the tally");
    let report = one_on_one::report::file::parse(&report, "report").unwrap();
    assert_eq!(report.tally.len(), 2);
    assert_eq!(report.tally[0].voters, 30);
    assert_eq!(report.tally[1].lines()[4], "Commitment: 9 of 13 pairs");
    let text = one_on_one::report::render::text(&report);
    assert!(
        text.contains("how far the pairs got, Round 2 · conversation:"),
        "{text}"
    );
}

#[test]
fn malformed_oversized_and_flooding_votes_are_refused() {
    let (mut trainer, address) = sharing_trainer();
    go_to_step(&mut trainer, 2);
    let refused = [
        ("", 400),
        ("{", 400),
        (
            "{\"token\":\"short\",\"round\":1,\"reached\":[true,true,true,true,true]}",
            400,
        ),
        (
            "{\"token\":\"phone-0000000000000001\",\"round\":1,\"reached\":[true]}",
            400,
        ),
        (
            "{\"token\":\"phone-0000000000000001\",\"round\":1,\"reached\":[1,0,1,0,1]}",
            400,
        ),
        (
            "{\"token\":\"phone-0000000000000001\",\"round\":\"1\",\"reached\":[true,true,true,true,true]}",
            400,
        ),
        (
            "{\"token\":\"phone-0000000000000001\",\"round\":1,\"reached\":[true,true,true,true,true],\"name\":\"Amara\"}",
            400,
        ),
        (
            "{\"token\":\"phone 00000000000000001\",\"round\":1,\"reached\":[true,true,true,true,true]}",
            400,
        ),
        (
            "{\"token\":\"phone-0000000000000001\",\"round\":7,\"reached\":[true,true,true,true,true]}",
            409,
        ),
    ];
    for (body, status) in refused {
        assert_eq!(post(address, "/api/tally", body).status, status, "{body}");
    }
    let oversized = format!(
        "{{\"token\":\"phone-0000000000000001\",\"round\":1,\"reached\":[{}true]}}",
        "true,".repeat(1000)
    );
    assert_eq!(post(address, "/api/tally", &oversized).status, 413);
    let plain_text = exchange(
        address,
        b"POST /api/tally HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}",
    )
    .unwrap();
    assert_eq!(plain_text.status, 415);
    trainer.harness.run();
    assert!(
        trainer.sees_text("votes open after each conversation") || trainer.sees_text("0 votes")
    );

    // One device sending over and over is slowed down: 30 a minute.
    let device = 20;
    let mut statuses = Vec::new();
    for _ in 0..35 {
        statuses.push(from_device(address, device, &ballot_body(device, 1, ALL)));
    }
    // The refusals above came from 127.0.0.1, a different address.
    assert!(
        statuses[..30].iter().all(|status| *status == 204),
        "{statuses:?}"
    );
    assert!(
        statuses[30..].iter().all(|status| *status == 429),
        "{statuses:?}"
    );
    trainer.harness.run();
    assert!(
        trainer.sees_text("1 vote on Round 1 · conversation"),
        "repeats count once"
    );
}
