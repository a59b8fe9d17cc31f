//! Following a room from another app over loopback, as `join` does: the
//! follower hears the step, the roles and the second the projector shows,
//! keeps counting while the room's server is gone, and picks up what
//! changed when it comes back on the same address.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use one_on_one::follow::{Follower, JoinAddress, Link};
use one_on_one::room::{RoomFeed, RoomView, Stage};
use one_on_one::scenario::built_in_breakout;
use one_on_one::session::clock::{Clock, SystemClock};
use one_on_one::session::{Intent, Session};
use one_on_one::share::{Listen, ShareSetup, Sharing};
use one_on_one::worksheet::guide::WorksheetGuide;

/// The trainer's app: a session on the real clock, shared on loopback.
struct Trainer {
    session: Session,
    stage: Stage,
    epoch: Instant,
    sharing: Option<Sharing>,
}

impl Trainer {
    fn new() -> Self {
        let epoch = SystemClock.now();
        let mut session = Session::new(built_in_breakout());
        session.apply(
            Intent::Rename {
                participant: 0,
                name: "Amara".into(),
            },
            epoch,
        );
        let mut trainer = Self {
            session,
            stage: Stage::default(),
            epoch,
            sharing: None,
        };
        trainer.share(Listen::At("127.0.0.1:0".parse().unwrap()));
        trainer
    }

    fn share(&mut self, listen: Listen) {
        let setup = ShareSetup::new(listen, SystemClock.shared(), self.epoch, Arc::new(|| {}));
        let guide = WorksheetGuide::of(self.session.scenario());
        let feed = self.feed();
        self.sharing = Some(Sharing::start(setup, feed, &guide).expect("sharing starts"));
    }

    fn feed(&self) -> RoomFeed {
        RoomFeed::at(
            &self.session,
            &self.stage,
            SystemClock.now(),
            self.epoch,
            false,
        )
    }

    fn address(&self) -> SocketAddr {
        self.sharing.as_ref().unwrap().bound()
    }

    fn apply(&mut self, intent: Intent) {
        let now = SystemClock.now();
        let cues = self.session.apply(intent, now);
        self.stage.hear(&self.session, &cues, now);
        let feed = self.feed();
        if let Some(sharing) = &mut self.sharing {
            sharing.publish(feed);
        }
    }

    fn view(&mut self) -> RoomView {
        let now = SystemClock.now();
        self.session.tick(now);
        RoomView::of(&self.session, &self.stage, now)
    }
}

fn follow(address: SocketAddr) -> Follower {
    let join = JoinAddress::parse(&format!("http://{address}/")).unwrap();
    Follower::start(join, SystemClock.shared(), Arc::new(|| {}))
}

fn wait_for(what: &str, within: Duration, mut done: impl FnMut() -> bool) -> Duration {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < within, "waited {within:?} for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
    started.elapsed()
}

#[test]
fn a_joined_app_sees_the_step_roles_and_second_the_projector_shows() {
    let mut trainer = Trainer::new();
    let follower = follow(trainer.address());
    wait_for("the room", Duration::from_secs(5), || {
        follower.link() == Link::Live
    });
    trainer.apply(Intent::StartOrPause);
    trainer.apply(Intent::Next);
    wait_for("round 1", Duration::from_secs(5), || {
        follower
            .view_at(follower.now())
            .is_some_and(|view| view.step_number == 2)
    });
    // Compare away from a second's edge, where the two may read either side.
    let mut compared = 0;
    while compared < 20 {
        let projected = trainer.view();
        let followed = follower.view_at(follower.now()).unwrap();
        let after = trainer.view();
        if projected.clock.digits == after.clock.digits {
            assert_eq!(followed.clock.digits, projected.clock.digits);
            assert_eq!(followed.title, projected.title);
            assert_eq!(followed.cast, projected.cast);
            assert!(
                followed
                    .cast
                    .iter()
                    .any(|casting| casting.person == "Amara")
            );
            compared += 1;
        }
        std::thread::sleep(Duration::from_millis(37));
    }
    let guide = follower.guide().expect("the worksheet's shape");
    assert_eq!(guide.workshop, trainer.session.scenario().name);
    let rtt = follower.sync_round_trip().unwrap();
    assert!(rtt < Duration::from_millis(100), "round trip {rtt:?}");
}

#[test]
fn a_joined_app_counts_on_while_the_room_is_gone_and_catches_up_when_it_is_back() {
    let mut trainer = Trainer::new();
    let address = trainer.address();
    let follower = follow(address);
    trainer.apply(Intent::StartOrPause);
    wait_for("the running room", Duration::from_secs(5), || {
        follower
            .view_at(follower.now())
            .is_some_and(|view| view.clock.tone == one_on_one::room::Tone::Calm)
    });

    // The trainer's app restarts its sharing (or the Wi-Fi drops).
    trainer.sharing = None;
    wait_for("the loss to show", Duration::from_secs(5), || {
        follower.link() == Link::Reconnecting
    });
    let before = follower.view_at(follower.now()).unwrap().clock.digits;
    std::thread::sleep(Duration::from_millis(2100));
    let during = follower.view_at(follower.now()).unwrap().clock.digits;
    assert_ne!(before, during, "the joined app keeps counting");
    assert_eq!(during, trainer.view().clock.digits);

    // Back on the same address, after a step moved on while it was gone.
    trainer.apply(Intent::Next);
    trainer.share(Listen::At(address));
    let back = wait_for("the room again", Duration::from_secs(5), || {
        follower.link() == Link::Live
            && follower
                .view_at(follower.now())
                .is_some_and(|view| view.step_number == 2)
    });
    assert!(back < Duration::from_secs(3), "back after {back:?}");
}

#[test]
fn a_room_that_is_not_there_is_tried_again_and_joined_when_it_comes() {
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = free.local_addr().unwrap();
    drop(free);
    let follower = follow(address);
    wait_for("the first try to fail", Duration::from_secs(5), || {
        follower.link() == Link::Reconnecting
    });
    assert!(follower.view_at(follower.now()).is_none());
    let mut trainer = Trainer::new();
    trainer.sharing = None;
    trainer.share(Listen::At(address));
    wait_for("the room", Duration::from_secs(5), || {
        follower.link() == Link::Live
    });
    assert_eq!(follower.feed().unwrap().view.title, "Gather your team");
}

/// A "room" that answers the time and the guide, then streams garbage and a
/// line without end: the joined app ignores the one, drops the other, and
/// never follows it into memory.
#[test]
fn a_room_that_streams_garbage_or_an_endless_line_is_dropped_not_followed() {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let guide = serde_json::to_string(&WorksheetGuide::of(&built_in_breakout())).unwrap();
    let streams = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = Arc::clone(&streams);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (guide, counted) = (guide.clone(), Arc::clone(&counted));
            std::thread::spawn(move || answer(stream, &guide, &counted));
        }
    });
    fn answer(stream: std::net::TcpStream, guide: &str, counted: &std::sync::atomic::AtomicUsize) {
        {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            let _ = reader.read_line(&mut request);
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                    break;
                }
            }
            let mut stream = stream;
            let respond = |stream: &mut std::net::TcpStream, body: &str| {
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            };
            if request.starts_with("GET /api/time") {
                respond(&mut stream, "{\"now_ms\":1000}");
            } else if request.starts_with("GET /api/guide") {
                respond(&mut stream, guide);
            } else if request.starts_with("GET /api/events") {
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n\
                     event: room\ndata: {{not a feed\n\nevent: room\ndata: "
                );
                // Four megabytes without a line end, then the line is held
                // open: only a reader that gives up on it gets away.
                let chunk = vec![b'x'; 64 * 1024];
                let sent_all = (0..64).all(|_| stream.write_all(&chunk).is_ok());
                if sent_all {
                    std::thread::sleep(Duration::from_secs(30));
                }
            }
        }
    }
    let follower = follow(address);
    wait_for(
        "the garbage room to be dropped",
        Duration::from_secs(10),
        || streams.load(std::sync::atomic::Ordering::SeqCst) >= 2,
    );
    assert!(follower.feed().is_none(), "nothing was taken for a feed");
    assert!(follower.guide().is_some(), "the guide was read");
    assert_ne!(follower.link(), Link::Live);
}
