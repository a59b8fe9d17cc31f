//! Sharing the room with phones on the local network: a small HTTP server,
//! on a runtime in a thread of its own, that serves the phone page, the
//! room's feed, the page's words in every language and a PIN-guarded
//! remote control. Off until the trainer turns it on; it listens only while
//! [`Sharing`] lives, serves only what the projector shows, and never opens
//! a connection of its own.
//!
//! The app publishes a [`RoomFeed`] when the room's news changes and reads
//! the phones' intents at its own pace; it never waits on the network.

mod addresses;
mod limiter;
mod page;
pub mod pin;
mod server;
mod stall;
mod words;

use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use fluent::FluentValue;
use tokio::sync::{oneshot, watch};

pub use addresses::{DEFAULT_PORT, Listen, reachable, url};
pub use page::{total_bytes as page_bytes, worksheet_bytes};
pub use pin::Pin;
pub use server::{Observer, RemoteIntent, SeenRequest, Vote, Waker};

use crate::i18n::{tr, tr_args};
use crate::room::RoomFeed;
use crate::session::Intent;
use crate::session::clock::SharedClock;
use crate::worksheet::guide::WorksheetGuide;
use limiter::RateLimiter;
use pin::Lockout;
use server::Shared;

/// Votes one address may send a minute: a person changing their mind a
/// few times, never a script.
const VOTES_PER_MINUTE: u32 = 30;

/// The bounds on what the server takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Event streams open at once; the next one gets 503.
    pub max_viewers: usize,
    /// Connections open at once, viewers included; beyond it a new
    /// connection is closed unanswered.
    pub max_connections: usize,
    /// A request body's size in bytes; beyond it, 413.
    pub max_body: usize,
    /// The buffer for a request's head; a larger head gets 431.
    pub max_header_bytes: usize,
    /// Headers in one request; more get 431.
    pub max_headers: usize,
    /// How long a client may take to send a request's head, and may sit
    /// idle between requests, before it is dropped.
    pub header_timeout: Duration,
    /// How long a write may wait for a client that stopped reading.
    pub write_stall: Duration,
    /// How often an event stream says it is alive.
    pub heartbeat: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_viewers: 1000,
            // Room for every viewer, for the requests phones make beside
            // their stream, and for the 503s that tell the rest.
            max_connections: 1200,
            max_body: 4 * 1024,
            max_header_bytes: 16 * 1024,
            max_headers: 48,
            header_timeout: Duration::from_secs(10),
            write_stall: Duration::from_secs(30),
            heartbeat: Duration::from_secs(15),
        }
    }
}

/// Why sharing could not start.
#[derive(Debug)]
pub enum ShareError {
    /// No address could be listened on.
    Listen {
        /// The last address tried.
        address: SocketAddr,
        /// What the system said.
        source: std::io::Error,
    },
    /// The server's thread or runtime could not be made.
    Runtime(std::io::Error),
}

impl std::fmt::Display for ShareError {
    /// In the trainer's language: the console shows it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = match self {
            ShareError::Listen { address, source } => tr_args(
                "phone-share-listen",
                &[
                    ("address", FluentValue::from(address.to_string())),
                    ("error", FluentValue::from(source.to_string())),
                ],
            ),
            ShareError::Runtime(error) => tr_args(
                "phone-share-runtime",
                &[("error", FluentValue::from(error.to_string()))],
            ),
        };
        f.write_str(&said)
    }
}

impl std::error::Error for ShareError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ShareError::Listen { source, .. } => Some(source),
            ShareError::Runtime(error) => Some(error),
        }
    }
}

/// How sharing is to start: where, on which clock, and whom to wake.
pub struct ShareSetup {
    /// Where to listen.
    pub listen: Listen,
    /// The clock the session runs on.
    pub clock: SharedClock,
    /// The instant the feed's times count from.
    pub epoch: Instant,
    /// Called when a viewer comes or goes or an intent waits.
    pub waker: Waker,
    /// The server's bounds.
    pub limits: Limits,
    /// The PIN; a new random one unless a test sets it.
    pub pin: Pin,
    /// Sees every request whole, for tests that check what phones send.
    pub observer: Option<Observer>,
}

impl ShareSetup {
    /// Sharing at `listen` with the default limits and a new PIN.
    pub fn new(listen: Listen, clock: SharedClock, epoch: Instant, waker: Waker) -> Self {
        Self {
            listen,
            clock,
            epoch,
            waker,
            limits: Limits::default(),
            pin: Pin::random(),
            observer: None,
        }
    }
}

/// The room, shared while this lives.
pub struct Sharing {
    feed: watch::Sender<Arc<str>>,
    guide: watch::Sender<Arc<str>>,
    last: RoomFeed,
    published: u64,
    intents: mpsc::Receiver<Intent>,
    votes: mpsc::Receiver<Vote>,
    shared: Arc<Shared>,
    bound: SocketAddr,
    addresses: Vec<SocketAddr>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Sharing {
    /// Starts listening, with `first` as what phones see until the next
    /// [`Sharing::publish`], and `guide` as the worksheet they are offered.
    pub fn start(
        setup: ShareSetup,
        first: RoomFeed,
        guide: &WorksheetGuide,
    ) -> Result<Self, ShareError> {
        let listener = bind(setup.listen)?;
        let bound = listener.local_addr().map_err(ShareError::Runtime)?;
        listener
            .set_nonblocking(true)
            .map_err(ShareError::Runtime)?;
        raise_open_file_limit();
        let (feed, receiver) = watch::channel(to_json(&first));
        let (guide, guide_receiver) = watch::channel(to_json(guide));
        let (intents_in, intents) = mpsc::channel();
        let (votes_in, votes) = mpsc::channel();
        let ballot = first
            .ballot
            .as_ref()
            .map(|ballot| (ballot.round, ballot.acts.len()));
        let shared = Arc::new(Shared {
            feed: receiver,
            guide: guide_receiver,
            observer: setup.observer,
            clock: setup.clock,
            epoch: setup.epoch,
            pin: setup.pin,
            lockout: Mutex::new(Lockout::default()),
            intents: Mutex::new(intents_in),
            waker: setup.waker,
            viewers: Arc::new(AtomicUsize::new(0)),
            connections: Arc::new(AtomicUsize::new(0)),
            limits: setup.limits,
            ballot: Mutex::new(ballot),
            votes: Mutex::new(votes_in),
            vote_limiter: Mutex::new(RateLimiter::new(VOTES_PER_MINUTE, Duration::from_secs(60))),
        });
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(ShareError::Runtime)?;
        let (stop, stopped) = oneshot::channel();
        let serving = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("room server".into())
            .spawn(move || {
                runtime.block_on(server::serve(listener, serving, stopped));
                // Ends every open stream and connection at once.
                runtime.shutdown_timeout(Duration::from_millis(200));
            })
            .map_err(ShareError::Runtime)?;
        Ok(Self {
            feed,
            guide,
            last: first,
            published: 1,
            intents,
            votes,
            shared,
            bound,
            addresses: reachable(bound),
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Sends `feed` to every viewer if it is news (see
    /// [`RoomFeed::is_news`]); returns whether it was.
    pub fn publish(&mut self, feed: RoomFeed) -> bool {
        if !self.last.is_news(&feed) {
            return false;
        }
        self.feed.send_replace(to_json(&feed));
        *self
            .shared
            .ballot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = feed
            .ballot
            .as_ref()
            .map(|ballot| (ballot.round, ballot.acts.len()));
        self.last = feed;
        self.published += 1;
        true
    }

    /// Offers phones the worksheet of `guide` from now on (another format
    /// was chosen).
    pub fn offer_worksheet(&self, guide: &WorksheetGuide) {
        let json = to_json(guide);
        self.guide.send_if_modified(|current| {
            let changed = **current != *json;
            if changed {
                *current = json;
            }
            changed
        });
    }

    /// The intents phones sent since the last call, oldest first.
    pub fn take_intents(&self) -> Vec<Intent> {
        self.intents.try_iter().collect()
    }

    /// The votes phones sent since the last call, oldest first.
    pub fn take_votes(&self) -> Vec<Vote> {
        self.votes.try_iter().collect()
    }

    /// How many event streams are open now.
    pub fn viewers(&self) -> usize {
        self.shared.viewers.load(Ordering::Acquire)
    }

    /// How many feeds went out, the first included.
    pub fn published(&self) -> u64 {
        self.published
    }

    /// The remote control's PIN.
    pub fn pin(&self) -> &Pin {
        &self.shared.pin
    }

    /// The address the server listens on.
    pub fn bound(&self) -> SocketAddr {
        self.bound
    }

    /// The addresses phones can open, first the one for the QR code.
    pub fn addresses(&self) -> &[SocketAddr] {
        &self.addresses
    }

    /// The page's address for each of [`Sharing::addresses`].
    pub fn urls(&self) -> Vec<String> {
        self.addresses.iter().copied().map(url).collect()
    }
}

impl Drop for Sharing {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn to_json(value: &impl serde::Serialize) -> Arc<str> {
    // Feeds and guides hold only strings, numbers and enums: they always
    // serialize.
    serde_json::to_string(value)
        .unwrap_or_else(|_| "null".to_string())
        .into()
}

fn bind(listen: Listen) -> Result<TcpListener, ShareError> {
    let mut last_error = None;
    for address in listen.candidates() {
        match TcpListener::bind(address) {
            Ok(listener) => return Ok(listener),
            Err(source) => last_error = Some(ShareError::Listen { address, source }),
        }
    }
    Err(last_error.unwrap_or_else(|| {
        ShareError::Runtime(std::io::Error::other(tr("phone-share-no-address")))
    }))
}

/// A thousand viewers need a thousand sockets, and most systems start a
/// program with a soft limit of 1,024 open files. The hard limit is the
/// system's real bound; the soft one may be raised to it freely.
fn raise_open_file_limit() {
    #[cfg(unix)]
    // SAFETY: getrlimit and setrlimit only read and write the struct given.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            let wanted = limit.rlim_max.min(8192);
            if wanted > limit.rlim_cur {
                limit.rlim_cur = wanted;
                libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    #[test]
    fn why_sharing_failed_is_told_in_the_trainers_language() {
        let busy = ShareError::Listen {
            address: SocketAddr::from(([0, 0, 0, 0], DEFAULT_PORT)),
            source: std::io::Error::other("in use"),
        };
        assert_eq!(
            busy.to_string(),
            format!("could not listen on 0.0.0.0:{DEFAULT_PORT}: in use")
        );
        set_language(Language::Spanish);
        assert_eq!(
            ShareError::Runtime(std::io::Error::other("x")).to_string(),
            "no se pudo arrancar el servidor de la sala: x"
        );
    }
}
