//! Following a trainer's room from another laptop (`one-on-one join URL`):
//! a thread of its own learns the offset to the room's clock from a few
//! round trips (the shortest kept, as NTP does), reads the event stream,
//! and keeps the latest feed; the window counts on from it between feeds
//! and through a dropped Wi-Fi, and the thread reconnects by itself.
//!
//! This is the only place the app opens a connection, and only to the
//! address the person asked to join. Nothing of theirs is ever sent: a
//! joined app only reads the room.

pub mod events;

use std::io::{BufRead, BufReader, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use fluent::FluentValue;
use serde::Deserialize;

use crate::i18n::{tr, tr_args};
use crate::room::{RoomFeed, RoomView};
use crate::session::clock::SharedClock;
use crate::share::Waker;
use crate::worksheet::guide::WorksheetGuide;
use events::EventReader;

/// Round trips per time sync; the shortest is kept.
const SYNC_SAMPLES: usize = 8;
/// Resync this often: two clocks drift apart.
const RESYNC_EVERY: Duration = Duration::from_secs(180);
/// A stream that says nothing for this long is dead (heartbeats come
/// every 15 s).
const SILENCE: Duration = Duration::from_secs(20);
/// The longest line of the event stream read; a feed is a few kilobytes.
const MAX_LINE: u64 = 2 * 1024 * 1024;
/// The first wait before reconnecting, doubled up to [`LONGEST_WAIT`].
const FIRST_WAIT: Duration = Duration::from_millis(500);
const LONGEST_WAIT: Duration = Duration::from_secs(2);

/// The room to join: `http://HOST:PORT/`, as the trainer's app prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinAddress {
    base: String,
}

impl JoinAddress {
    /// Reads what a person types or pastes: `http://192.168.1.20:8111/`,
    /// or without the scheme. Only plain `http` on the local network; no
    /// path but `/`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let rest = match text.split_once("://") {
            Some(("http", rest)) => rest,
            Some((scheme, _)) => {
                return Err(tr_args(
                    "phone-join-scheme",
                    &[("scheme", FluentValue::from(scheme))],
                ));
            }
            None => text,
        };
        let host = rest.strip_suffix('/').unwrap_or(rest);
        let valid = !host.is_empty()
            && !host.contains(['/', '?', '#', '@', ' '])
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".:-[]_".contains(c));
        if !valid {
            return Err(tr_args(
                "phone-join-address",
                &[("text", FluentValue::from(format!("{text:?}")))],
            ));
        }
        Ok(Self {
            base: format!("http://{host}"),
        })
    }

    /// The address as a page's URL.
    pub fn url(&self) -> String {
        format!("{}/", self.base)
    }

    fn at(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// How the joined app hears the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// Not heard yet.
    Connecting,
    /// Hearing the room.
    Live,
    /// Lost it; counting on from what is known, and trying again.
    Reconnecting,
}

impl Link {
    /// The link in a word or two, for the joined window's corner.
    pub fn words(self) -> String {
        match self {
            Link::Connecting => tr("phone-link-connecting"),
            Link::Live => tr("phone-link-live"),
            Link::Reconnecting => tr("phone-link-reconnecting"),
        }
    }
}

/// What the thread has learnt.
#[derive(Debug, Clone)]
struct Heard {
    feed: Option<RoomFeed>,
    /// The worksheet's shape for the format the room runs.
    guide: Option<WorksheetGuide>,
    link: Link,
    /// Server milliseconds minus ours, and the round trip it was read in.
    offset: Option<(i64, Duration)>,
}

/// A room being followed; stops when dropped.
pub struct Follower {
    address: JoinAddress,
    heard: Arc<Mutex<Heard>>,
    stop: Arc<AtomicBool>,
    clock: SharedClock,
    origin: Instant,
}

impl Follower {
    /// Starts following the room at `address`, reading time from `clock`;
    /// `waker` is called whenever something new is heard.
    pub fn start(address: JoinAddress, clock: SharedClock, waker: Waker) -> Self {
        let heard = Arc::new(Mutex::new(Heard {
            feed: None,
            guide: None,
            link: Link::Connecting,
            offset: None,
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let origin = clock.now();
        let listener = Listener {
            address: address.clone(),
            heard: Arc::clone(&heard),
            stop: Arc::clone(&stop),
            clock: Arc::clone(&clock),
            origin,
            waker,
        };
        // Not joined: a read waits up to the silence limit, and the thread
        // ends at its next look at `stop`.
        let _ = std::thread::Builder::new()
            .name("room follower".into())
            .spawn(move || listener.run());
        Self {
            address,
            heard,
            stop,
            clock,
            origin,
        }
    }

    /// The room followed.
    pub fn address(&self) -> &JoinAddress {
        &self.address
    }

    /// How the room is heard now.
    pub fn link(&self) -> Link {
        self.lock().link
    }

    /// The latest feed, once one came.
    pub fn feed(&self) -> Option<RoomFeed> {
        self.lock().feed.clone()
    }

    /// The worksheet's shape for the format the room runs, once heard.
    pub fn guide(&self) -> Option<WorksheetGuide> {
        self.lock().guide.clone()
    }

    /// The room's clock at our `now`, once the offset is known.
    pub fn server_ms(&self, now: Instant) -> Option<u64> {
        let (offset, _) = self.lock().offset?;
        let ours = i64::try_from(millis_since(self.origin, now)).unwrap_or(i64::MAX);
        u64::try_from(ours.saturating_add(offset)).ok()
    }

    /// What the room shows at our `now`, counted on from the latest feed.
    pub fn view_at(&self, now: Instant) -> Option<RoomView> {
        let server_ms = self.server_ms(now)?;
        Some(self.lock().feed.as_ref()?.view_at(server_ms))
    }

    /// The round trip the clock offset was read in.
    pub fn sync_round_trip(&self) -> Option<Duration> {
        self.lock().offset.map(|(_, rtt)| rtt)
    }

    /// The clock the follower counts on.
    pub fn now(&self) -> Instant {
        self.clock.now()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Heard> {
        self.heard.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for Follower {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
    }
}

fn millis_since(origin: Instant, now: Instant) -> u64 {
    u64::try_from(now.saturating_duration_since(origin).as_millis()).unwrap_or(u64::MAX)
}

/// The thread's side.
struct Listener {
    address: JoinAddress,
    heard: Arc<Mutex<Heard>>,
    stop: Arc<AtomicBool>,
    clock: SharedClock,
    origin: Instant,
    waker: Waker,
}

/// Why a stream ended.
enum Ended {
    /// Time to resync; not a loss.
    Resync,
    /// The room went away or fell silent.
    Lost,
}

#[derive(Deserialize)]
struct TimeReply {
    now_ms: u64,
}

impl Listener {
    fn run(self) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_connect(Some(Duration::from_secs(3)))
            .timeout_recv_response(Some(Duration::from_secs(5)))
            .timeout_per_read(Some(SILENCE))
            .http_status_as_error(false)
            .build()
            .into();
        let mut wait = FIRST_WAIT;
        while !self.stopped() {
            let ended = match self.sync(&agent).and_then(|()| self.read_guide(&agent)) {
                Ok(()) => self.stream(&agent),
                Err(()) => Ended::Lost,
            };
            if self.stopped() {
                return;
            }
            match ended {
                Ended::Resync => wait = FIRST_WAIT,
                Ended::Lost => {
                    self.set_link(Link::Reconnecting);
                    std::thread::sleep(wait);
                    wait = (wait * 2).min(LONGEST_WAIT);
                }
            }
        }
    }

    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Acquire)
    }

    /// Reads the offset to the room's clock from several round trips,
    /// keeping the shortest.
    fn sync(&self, agent: &ureq::Agent) -> Result<(), ()> {
        let mut best: Option<(i64, Duration)> = None;
        for _ in 0..SYNC_SAMPLES {
            let sent = self.clock.now();
            let text = self.get_text(agent, "/api/time", 1024)?;
            let back = self.clock.now();
            let time: TimeReply = serde_json::from_str(&text).map_err(|_| ())?;
            let round_trip = back.saturating_duration_since(sent);
            let middle = millis_since(self.origin, sent) as f64 + round_trip.as_secs_f64() * 500.0;
            let offset = (time.now_ms as f64 - middle).round() as i64;
            if best.is_none_or(|(_, shortest)| round_trip < shortest) {
                best = Some((offset, round_trip));
            }
        }
        self.lock().offset = best;
        Ok(())
    }

    /// The text of `GET path`, at most `limit` bytes; any failure or other
    /// answer than 200 is the room being out of reach.
    fn get_text(&self, agent: &ureq::Agent, path: &str, limit: u64) -> Result<String, ()> {
        let reply = agent.get(self.address.at(path)).call().map_err(|_| ())?;
        if reply.status() != 200 {
            return Err(());
        }
        reply
            .into_body()
            .with_config()
            .limit(limit)
            .read_to_string()
            .map_err(|_| ())
    }

    /// Reads the worksheet's shape: another format may run since the
    /// last connection.
    fn read_guide(&self, agent: &ureq::Agent) -> Result<(), ()> {
        let text = self.get_text(agent, "/api/guide", 256 * 1024)?;
        let guide: WorksheetGuide = serde_json::from_str(&text).map_err(|_| ())?;
        let changed = {
            let mut heard = self.lock();
            let changed = heard.guide.as_ref() != Some(&guide);
            heard.guide = Some(guide);
            changed
        };
        if changed {
            (self.waker)();
        }
        Ok(())
    }

    /// Reads the event stream until it ends, falls silent, or a resync is
    /// due.
    fn stream(&self, agent: &ureq::Agent) -> Ended {
        let Ok(reply) = agent.get(self.address.at("/api/events")).call() else {
            return Ended::Lost;
        };
        if reply.status() != 200 {
            return Ended::Lost;
        }
        let opened = Instant::now();
        let mut lines = BufReader::new(reply.into_body().into_reader());
        let mut reader = EventReader::default();
        let mut line = String::new();
        loop {
            line.clear();
            // A line is bounded too: a room that sends one without end is
            // dropped, not followed into the laptop's memory.
            match (&mut lines).take(MAX_LINE).read_line(&mut line) {
                Ok(0) | Err(_) => return Ended::Lost,
                Ok(_) if !line.ends_with('\n') => return Ended::Lost,
                Ok(_) => {}
            }
            if self.stopped() {
                return Ended::Resync;
            }
            let Some(event) = reader.line(line.trim_end_matches(['\r', '\n'])) else {
                continue;
            };
            match event.name.as_str() {
                "room" => {
                    if let Ok(feed) = serde_json::from_str::<RoomFeed>(&event.data)
                        && feed.is_plausible()
                    {
                        let mut heard = self.lock();
                        heard.feed = Some(feed);
                        heard.link = Link::Live;
                        drop(heard);
                        (self.waker)();
                    }
                }
                "heartbeat" => self.set_link(Link::Live),
                _ => {}
            }
            if opened.elapsed() >= RESYNC_EVERY {
                return Ended::Resync;
            }
        }
    }

    fn set_link(&self, link: Link) {
        let changed = {
            let mut heard = self.lock();
            std::mem::replace(&mut heard.link, link) != link
        };
        if changed {
            (self.waker)();
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Heard> {
        self.heard.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_is_read_as_people_paste_it() {
        for text in [
            "http://192.168.1.20:8111/",
            "http://192.168.1.20:8111",
            "192.168.1.20:8111",
            " 192.168.1.20:8111/ ",
        ] {
            assert_eq!(
                JoinAddress::parse(text).map(|a| a.url()),
                Ok("http://192.168.1.20:8111/".to_string()),
                "{text}"
            );
        }
        assert_eq!(
            JoinAddress::parse("http://[fd00::5]:8111/").map(|a| a.url()),
            Ok("http://[fd00::5]:8111/".to_string())
        );
        let scheme = JoinAddress::parse("https://192.168.1.20:8111/");
        assert!(
            scheme.is_err_and(|why| why.ends_with("not https://")),
            "the scheme it got"
        );
        for bad in [
            "https://192.168.1.20:8111/",
            "ftp://x",
            "",
            "http://",
            "http://host/api/control",
            "http://user@host:1/",
            "http://host:1/?x",
            "a b",
        ] {
            assert!(JoinAddress::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_wrong_address_is_told_in_the_readers_language() {
        crate::i18n::set_language(crate::i18n::Language::Spanish);
        let why = JoinAddress::parse("ftp://x").unwrap_err();
        assert_eq!(
            why,
            "join necesita la dirección http:// de la sala tal como la muestra \
             la app de quien facilita, no ftp://"
        );
        assert_eq!(Link::Reconnecting.words(), "reconectando, sigue contando");
    }
}
