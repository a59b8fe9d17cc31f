//! The room's server as a phone and an attacker see it: every endpoint,
//! the PIN and its lockout, the limits, a thousand viewers, and garbage of
//! every kind, which must get a 4xx and never stop the server.

#[path = "common/http.rs"]
mod http;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use http::{EventStream, control, exchange, get, post};
use one_on_one::room::{RoomFeed, Stage};
use one_on_one::scenario::built_in_breakout;
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::session::{Intent, Session};
use one_on_one::share::{Limits, Listen, Pin, ShareSetup, Sharing, page_bytes};
use one_on_one::worksheet::guide::WorksheetGuide;
use proptest::prelude::*;

const PIN: &str = "482913";

/// The app's side: a session, its stage, and the room shared on loopback.
struct Room {
    clock: ManualClock,
    epoch: Instant,
    session: Session,
    stage: Stage,
    sharing: Sharing,
    wakes: Arc<AtomicUsize>,
}

impl Room {
    fn new() -> Self {
        Self::with_limits(Limits::default())
    }

    fn with_limits(limits: Limits) -> Self {
        let clock = ManualClock::new();
        let epoch = clock.now();
        let mut session = Session::new(built_in_breakout());
        session.apply(
            Intent::Rename {
                participant: 0,
                name: "Amara".into(),
            },
            epoch,
        );
        let stage = Stage::default();
        let wakes = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&wakes);
        let mut setup = ShareSetup::new(
            Listen::At("127.0.0.1:0".parse().unwrap()),
            clock.shared(),
            epoch,
            Arc::new(move || {
                counted.fetch_add(1, Ordering::SeqCst);
            }),
        );
        setup.limits = limits;
        setup.pin = Pin::from_digits(PIN).unwrap();
        let first = feed(&session, &stage, epoch, epoch);
        let guide = WorksheetGuide::of(session.scenario());
        let sharing = Sharing::start(setup, first, &guide).expect("sharing starts on loopback");
        Self {
            clock,
            epoch,
            session,
            stage,
            sharing,
            wakes,
        }
    }

    fn address(&self) -> SocketAddr {
        self.sharing.bound()
    }

    /// What the app does after each update: publish if it is news.
    fn publish(&mut self) -> bool {
        let now = self.clock.now();
        self.sharing
            .publish(feed(&self.session, &self.stage, now, self.epoch))
    }

    fn apply(&mut self, intent: Intent) {
        let now = self.clock.now();
        let cues = self.session.apply(intent, now);
        self.stage.hear(&self.session, &cues, now);
        self.publish();
    }
}

fn feed(session: &Session, stage: &Stage, now: Instant, epoch: Instant) -> RoomFeed {
    RoomFeed::at(session, stage, now, epoch, false)
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("{error}: {text}"))
}

#[test]
fn the_page_comes_whole_from_the_binary_and_asks_no_other_host() {
    let room = Room::new();
    let page = get(room.address(), "/");
    assert_eq!(page.status, 200);
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    let policy = page.header("content-security-policy").unwrap();
    assert!(policy.contains("default-src 'none'") && policy.contains("connect-src 'self'"));
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    for (path, kind) in [("/phone.js", "text/javascript"), ("/phone.css", "text/css")] {
        let asset = get(room.address(), path);
        assert_eq!(asset.status, 200, "{path}");
        assert!(asset.header("content-type").unwrap().starts_with(kind));
    }
    assert!(
        page_bytes() <= 64 * 1024,
        "page, script and style: {} bytes",
        page_bytes()
    );
}

#[test]
fn the_room_and_the_time_come_as_json_in_the_servers_clock() {
    let mut room = Room::new();
    room.clock.advance(Duration::from_millis(2500));
    let reply = get(room.address(), "/api/room");
    assert_eq!(reply.status, 200);
    assert!(
        reply
            .header("content-type")
            .unwrap()
            .starts_with("application/json")
    );
    assert_eq!(reply.header("cache-control"), Some("no-store"));
    let body = json(&reply.body);
    assert_eq!(body["now_ms"], 2500);
    assert_eq!(body["feed"]["view"]["phase"], "ready");
    assert_eq!(
        body["feed"]["view"]["title"],
        room.session.step().title.as_str()
    );
    assert_eq!(body["feed"]["timing"]["running"], false);

    room.apply(Intent::StartOrPause);
    room.clock.advance(Duration::from_millis(1234));
    let body = json(&get(room.address(), "/api/room").body);
    assert_eq!(body["feed"]["view"]["phase"], "running");
    assert_eq!(body["feed"]["timing"]["at_ms"], 2500);
    assert_eq!(body["now_ms"], 3734);
    let time = json(&get(room.address(), "/api/time").body);
    assert_eq!(time["now_ms"], 3734);
}

#[test]
fn a_viewer_hears_the_room_at_once_then_every_change_and_a_heartbeat() {
    let mut room = Room::with_limits(Limits {
        heartbeat: Duration::from_millis(300),
        ..Limits::default()
    });
    let mut stream = EventStream::open(room.address()).unwrap();
    assert_eq!(stream.status, 200);
    let first = stream.next_named("room").unwrap();
    assert_eq!(
        first.retry,
        Some(1000),
        "a dropped phone comes back within a second"
    );
    assert_eq!(json(&first.data)["view"]["step_number"], 1);

    room.apply(Intent::StartOrPause);
    room.apply(Intent::Next);
    let mut latest = json(&stream.next_named("room").unwrap().data);
    while latest["view"]["step_number"] != 2 {
        latest = json(&stream.next_named("room").unwrap().data);
    }
    assert_eq!(latest["view"]["phase"], "running");
    let names: Vec<&str> = latest["view"]["cast"]
        .as_array()
        .unwrap()
        .iter()
        .map(|casting| casting["person"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Amara"), "{names:?}");

    // The hand-over's flash coming down is news; time passing alone is not,
    // and only the heartbeat comes.
    room.clock.advance(Duration::from_secs(3));
    assert!(room.publish());
    assert!(
        stream
            .next_named("room")
            .unwrap()
            .data
            .contains("\"flash\":null")
    );
    room.clock.advance(Duration::from_secs(3));
    assert!(!room.publish());
    let beat = stream.next_event().unwrap();
    assert_eq!(beat.name, "heartbeat");
    assert!(json(&beat.data)["now_ms"].as_u64().unwrap() >= 3000);
}

#[test]
fn the_app_is_woken_and_counts_the_viewers_as_they_come_and_go() {
    let room = Room::new();
    assert_eq!(room.sharing.viewers(), 0);
    let before = room.wakes.load(Ordering::SeqCst);
    let mut one = EventStream::open(room.address()).unwrap();
    one.next_named("room").unwrap();
    let mut two = EventStream::open(room.address()).unwrap();
    two.next_named("room").unwrap();
    assert_eq!(room.sharing.viewers(), 2);
    assert!(room.wakes.load(Ordering::SeqCst) >= before + 2);
    drop(one);
    wait_for(
        || room.sharing.viewers() == 1,
        "a closed stream to be counted out",
    );
}

#[test]
fn the_control_takes_the_keyboards_intents_with_the_pin() {
    let room = Room::new();
    let address = room.address();
    for (intent, expected) in [
        ("start_or_pause", Intent::StartOrPause),
        ("next", Intent::Next),
        ("previous", Intent::Previous),
        ("restart", Intent::Restart),
        ("add_minute", Intent::AddMinute),
        ("remove_minute", Intent::RemoveMinute),
    ] {
        assert_eq!(control(address, PIN, intent).status, 204, "{intent}");
        assert_eq!(room.sharing.take_intents(), vec![expected]);
    }
    assert_eq!(control(address, PIN, "check").status, 204);
    assert!(
        room.sharing.take_intents().is_empty(),
        "a check changes nothing"
    );

    assert_eq!(control(address, "000000", "next").status, 401);
    assert!(room.sharing.take_intents().is_empty());
    // Names are not the keyboard's to change from a phone.
    let rename = post(
        address,
        "/api/control",
        &format!(
            "{{\"pin\":\"{PIN}\",\"intent\":{{\"rename\":{{\"participant\":0,\"name\":\"x\"}}}}}}"
        ),
    );
    assert_eq!(rename.status, 400);
    for body in [
        "",
        "{",
        "null",
        "[]",
        "{\"pin\":\"482913\"}",
        "{\"intent\":\"next\"}",
        "{\"pin\":482913,\"intent\":\"next\"}",
        "{\"pin\":\"482913\",\"intent\":\"next\",\"x\":1}",
    ] {
        assert_eq!(post(address, "/api/control", body).status, 400, "{body}");
    }
    // A page elsewhere can post plain text or a form here without asking
    // first; only JSON is taken, which a browser would have to ask for.
    let plain_text = exchange(
        address,
        format!(
            "POST /api/control HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
             Content-Type: text/plain\r\nContent-Length: 32\r\n\r\n\
             {{\"pin\":\"{PIN}\",\"intent\":\"next\"}}"
        )
        .as_bytes(),
    )
    .unwrap();
    assert_eq!(plain_text.status, 415);
    assert!(room.sharing.take_intents().is_empty());
}

#[test]
fn five_wrong_pins_lock_a_device_out_for_a_minute() {
    let room = Room::new();
    let address = room.address();
    for _ in 0..4 {
        assert_eq!(control(address, "111111", "next").status, 401);
    }
    let locked = control(address, "111111", "next");
    assert_eq!(locked.status, 429);
    assert_eq!(locked.header("retry-after"), Some("60"));
    // Even the right PIN waits: a lockout tells nothing about a guess.
    room.clock.advance(Duration::from_secs(30));
    let still = control(address, PIN, "next");
    assert_eq!(still.status, 429);
    assert_eq!(still.header("retry-after"), Some("30"));
    assert!(room.sharing.take_intents().is_empty());
    room.clock.advance(Duration::from_secs(30));
    assert_eq!(control(address, PIN, "next").status, 204);
    assert_eq!(room.sharing.take_intents(), vec![Intent::Next]);
}

#[test]
fn anything_else_gets_a_4xx_and_the_server_goes_on() {
    let room = Room::new();
    let address = room.address();
    assert_eq!(get(address, "/nothing").status, 404);
    assert_eq!(get(address, "/../Cargo.toml").status, 404);
    assert_eq!(get(address, "/assets/phone/index.html").status, 404);
    assert_eq!(get(address, "/api/control").status, 405);
    assert_eq!(post(address, "/api/room", "{}").status, 405);
    assert_eq!(post(address, "/", "{}").status, 405);
    let delete = exchange(
        address,
        b"DELETE /api/room HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .unwrap();
    assert_eq!(delete.status, 405);
    let big = format!(
        "{{\"pin\":\"{PIN}\",\"intent\":\"next\",\"pad\":\"{}\"}}",
        "x".repeat(5000)
    );
    assert_eq!(post(address, "/api/control", &big).status, 413);
    assert!(room.sharing.take_intents().is_empty());
    let long_header = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Long: {}\r\nConnection: close\r\n\r\n",
        "y".repeat(20_000)
    );
    assert_eq!(
        exchange(address, long_header.as_bytes()).unwrap().status,
        431
    );
    let many: String = (0..100).map(|i| format!("X-{i}: {i}\r\n")).collect();
    let many = format!("GET / HTTP/1.1\r\nHost: x\r\n{many}Connection: close\r\n\r\n");
    assert_eq!(exchange(address, many.as_bytes()).unwrap().status, 431);
    let garbage = exchange(address, b"\x00\x01\x02 hello\r\n\r\n").unwrap();
    assert_eq!(garbage.status, 400);
    assert_eq!(get(address, "/api/time").status, 200, "still serving");
}

#[test]
fn idle_and_half_sent_requests_are_dropped() {
    use std::io::{Read, Write};
    let room = Room::with_limits(Limits {
        header_timeout: Duration::from_millis(300),
        ..Limits::default()
    });
    // Nothing at all, half a head, and a whole request then silence on a
    // connection kept alive.
    for sent in [
        &b""[..],
        b"GET / HTTP/1.1\r\nHost: x\r\n",
        b"GET /api/time HTTP/1.1\r\nHost: x\r\n\r\n",
    ] {
        let mut stream = std::net::TcpStream::connect(room.address()).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        stream.write_all(sent).unwrap();
        let started = Instant::now();
        let mut rest = Vec::new();
        let _ = stream.read_to_end(&mut rest);
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_millis(250) && waited < Duration::from_secs(3),
            "closed after {waited:?} having sent {:?}",
            String::from_utf8_lossy(sent)
        );
    }
}

#[test]
fn a_thousand_viewers_follow_and_the_next_is_told_the_room_is_full() {
    let room = Room::new();
    let address = room.address();
    let mut viewers = Vec::with_capacity(1000);
    for i in 0..1000 {
        let mut stream = EventStream::open(address)
            .unwrap_or_else(|error| panic!("viewer {i} could not connect: {error}"));
        assert_eq!(stream.status, 200, "viewer {i}");
        stream.next_named("room").unwrap();
        viewers.push(stream);
    }
    assert_eq!(room.sharing.viewers(), 1000);
    let refused = EventStream::open(address).unwrap();
    assert_eq!(refused.status, 503);
    // The page and the room still answer the others.
    assert_eq!(get(address, "/api/room").status, 200);
    drop(viewers.pop());
    wait_for(|| room.sharing.viewers() == 999, "a place to free up");
    let mut next = EventStream::open(address).unwrap();
    assert_eq!(next.status, 200);
    next.next_named("room").unwrap();
}

#[test]
fn stopping_closes_the_port_and_every_stream() {
    let room = Room::new();
    let address = room.address();
    let mut stream = EventStream::open(address).unwrap();
    stream.next_named("room").unwrap();
    drop(room);
    stream.set_timeout(Duration::from_secs(3));
    assert!(
        stream.next_event().is_err(),
        "the stream ends with the server"
    );
    assert!(std::net::TcpStream::connect_timeout(&address, Duration::from_secs(1)).is_err());
}

fn wait_for(condition: impl Fn() -> bool, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !condition() {
        assert!(Instant::now() < deadline, "waited 5 s for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// One server for all the generated requests: the point is that it keeps
/// answering whatever came before.
fn shared_room() -> &'static SocketAddr {
    static ROOM: std::sync::OnceLock<(SocketAddr, std::sync::Mutex<Room>)> =
        std::sync::OnceLock::new();
    let (address, _) = ROOM.get_or_init(|| {
        // Random bytes that begin like a request leave the server waiting
        // for the rest: a short limit keeps such cases quick.
        let room = Room::with_limits(Limits {
            header_timeout: Duration::from_millis(500),
            ..Limits::default()
        });
        (room.address(), std::sync::Mutex::new(room))
    });
    address
}

fn method() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("GET".to_string()),
        Just("POST".to_string()),
        Just("PUT".to_string()),
        Just("DELETE".to_string()),
        Just("PATCH".to_string()),
        Just("OPTIONS".to_string()),
        Just("TRACE".to_string()),
        Just("CONNECT".to_string()),
        "[A-Z]{1,12}",
        "[ -~]{0,12}",
    ]
}

fn path() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("/".to_string()),
        Just("/api/room".to_string()),
        Just("/api/events".to_string()),
        Just("/api/control".to_string()),
        Just("/api/time".to_string()),
        "/[a-z./%0-9?=&]{0,40}",
        "[ -~]{0,60}",
        "/api/control\\?[ -~]{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_request_line_headers_and_body_get_an_answer_and_never_a_5xx(
        method in method(),
        path in path(),
        headers in proptest::collection::vec(("[A-Za-z-]{1,20}", "[ -~]{0,80}"), 0..6),
        body in proptest::collection::vec(any::<u8>(), 0..600),
    ) {
        let address = *shared_room();
        let mut raw = format!("{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n");
        for (name, value) in &headers {
            // The length is ours to set, so the body is read as sent.
            if !name.eq_ignore_ascii_case("content-length")
                && !name.eq_ignore_ascii_case("transfer-encoding")
                && !name.eq_ignore_ascii_case("connection")
            {
                raw.push_str(&format!("{name}: {value}\r\n"));
            }
        }
        raw.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
        let mut bytes = raw.into_bytes();
        bytes.extend_from_slice(&body);
        let streaming = method == "GET" && path.split('?').next() == Some("/api/events");
        if !streaming {
            let reply = exchange(address, &bytes).expect("the server answers");
            prop_assert!(reply.status < 500, "{} for {method} {path}", reply.status);
            let route = path.split('?').next().unwrap_or_default();
            let valid_get = method == "GET" && ["/", "/api/room", "/api/time", "/phone.js", "/phone.css"].contains(&route);
            if !valid_get {
                prop_assert!((400..500).contains(&reply.status) || reply.status == 204,
                    "{} for {method} {path}", reply.status);
            }
        }
        prop_assert_eq!(get(address, "/api/time").status, 200);
    }

    #[test]
    fn any_bytes_at_all_get_a_4xx_or_a_closed_socket_and_the_server_goes_on(
        bytes in proptest::collection::vec(any::<u8>(), 1..2000),
    ) {
        let address = *shared_room();
        if let Ok(reply) = exchange(address, &bytes) {
            prop_assert!((400..500).contains(&reply.status) || reply.status < 300,
                "{} for {:?}", reply.status, String::from_utf8_lossy(&bytes));
        }
        prop_assert_eq!(get(address, "/api/time").status, 200);
    }

    #[test]
    fn any_control_body_is_refused_unless_it_carries_the_pin(
        body in prop_oneof![
            "[ -~]{0,200}",
            "\\{\"pin\":\"[0-9]{0,8}\",\"intent\":\"[a-z_]{0,16}\"\\}",
        ],
    ) {
        let address = *shared_room();
        let reply = post(address, "/api/control", &body);
        let carries_pin = body.contains(&format!("\"pin\":\"{PIN}\""));
        if !carries_pin {
            prop_assert!((400..500).contains(&reply.status), "{} for {body}", reply.status);
        }
    }
}

#[test]
fn a_viewer_stays_connected_far_longer_than_the_idle_limit() {
    let room = Room::with_limits(Limits {
        header_timeout: Duration::from_millis(200),
        heartbeat: Duration::from_millis(100),
        ..Limits::default()
    });
    let mut stream = EventStream::open(room.address()).unwrap();
    stream.next_named("room").unwrap();
    let started = Instant::now();
    let mut beats = 0;
    while started.elapsed() < Duration::from_millis(1500) {
        let event = stream.next_event().expect("the stream stays open");
        assert_eq!(event.name, "heartbeat");
        beats += 1;
    }
    assert!(beats >= 10, "{beats} heartbeats in 1.5 s");
    assert_eq!(room.sharing.viewers(), 1);
}

#[test]
fn the_guide_offers_the_worksheets_fields_and_questions_and_no_answers() {
    let room = Room::new();
    let reply = get(room.address(), "/api/guide");
    assert_eq!(reply.status, 200);
    let guide = json(&reply.body);
    assert_eq!(guide["format"], 1);
    assert_eq!(guide["workshop"], room.session.scenario().name.as_str());
    assert_eq!(guide["fields"][0]["key"], "shared_values");
    assert_eq!(guide["fields"][0]["label"], "Values we share");
    assert!(
        guide["fields"][0]["hint"]
            .as_str()
            .unwrap()
            .contains("values")
    );
    assert_eq!(guide["acts"].as_array().unwrap().len(), 5);
    assert!(!guide["reflection"].as_array().unwrap().is_empty());
    assert!(!reply.body.contains("Amara"), "no one's name or answers");
}

#[test]
fn an_observer_sees_every_request_whole() {
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = Arc::clone(&seen);
    let clock = ManualClock::new();
    let epoch = clock.now();
    let session = Session::new(built_in_breakout());
    let mut setup = ShareSetup::new(
        Listen::At("127.0.0.1:0".parse().unwrap()),
        clock.shared(),
        epoch,
        Arc::new(|| {}),
    );
    setup.observer = Some(Arc::new(move |request| {
        kept.lock().unwrap().push(request.clone());
    }));
    let guide = WorksheetGuide::of(session.scenario());
    let first = feed(&session, &Stage::default(), epoch, epoch);
    let sharing = Sharing::start(setup, first, &guide).unwrap();
    assert_eq!(get(sharing.bound(), "/api/time?x=1").status, 200);
    assert_eq!(control(sharing.bound(), "1", "next").status, 401);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(
        (seen[0].method.as_str(), seen[0].uri.as_str()),
        ("GET", "/api/time?x=1")
    );
    assert_eq!(seen[1].method, "POST");
    assert_eq!(
        String::from_utf8_lossy(&seen[1].body),
        "{\"pin\":\"1\",\"intent\":\"next\"}"
    );
    assert!(
        seen[1]
            .headers
            .iter()
            .any(|(name, value)| name == "content-type" && value == "application/json")
    );
}
