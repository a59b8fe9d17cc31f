//! The app's side of the phone page, as the app runs it: a session on the
//! real clock, brought up to date every few milliseconds by a thread of its
//! own that hears the cues, applies the phones' intents and publishes the
//! room to the in-process server. A test reaches in to act as the trainer,
//! to read what the projector shows now, or to take the server down. The
//! room speaks English unless a test asks for another language; whichever
//! thread runs a frame speaks the room's language for it.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use one_on_one::i18n::{Language, set_language};
use one_on_one::room::{RoomFeed, RoomView, Stage, server_millis};
use one_on_one::scenario::Scenario;
use one_on_one::session::clock::{Clock, SystemClock};
use one_on_one::session::{Intent, Session};
use one_on_one::share::{Limits, Listen, Observer, Pin, ShareSetup, Sharing};

/// The remote control's PIN in these tests.
pub const PIN: &str = "246810";
/// How often the app's loop runs: a frame or two of the real app.
const FRAME: Duration = Duration::from_millis(20);

/// A running room, served on localhost until dropped.
pub struct LiveRoom {
    world: Arc<Mutex<World>>,
    running: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    epoch: Instant,
    address: SocketAddr,
}

/// What the app holds: the session, the stage and the server.
struct World {
    session: Session,
    stage: Stage,
    sharing: Option<Sharing>,
    light: bool,
    /// The language the app speaks, as the trainer set it.
    language: Language,
    epoch: Instant,
    /// Sees every request the server takes, across restarts.
    observer: Option<Observer>,
}

impl World {
    /// One frame of the app: the clock brought up to `now`, the phones'
    /// intents applied, the room published if it is news.
    fn frame(&mut self, now: Instant) {
        set_language(self.language);
        let cues = self.session.tick(now);
        self.stage.hear(&self.session, &cues, now);
        let intents = self
            .sharing
            .as_ref()
            .map(Sharing::take_intents)
            .unwrap_or_default();
        for intent in intents {
            let cues = self.session.apply(intent, now);
            self.stage.hear(&self.session, &cues, now);
        }
        let votes = self
            .sharing
            .as_ref()
            .map(Sharing::take_votes)
            .unwrap_or_default();
        for vote in votes {
            let _ =
                self.stage
                    .tally_mut()
                    .vote(&self.session, &vote.token, vote.round, &vote.reached);
        }
        self.stage.follow(&self.session);
        self.stage.expire_flash(now);
        let feed = self.feed(now);
        if let Some(sharing) = &mut self.sharing {
            sharing.publish(feed);
        }
    }

    fn feed(&self, now: Instant) -> RoomFeed {
        set_language(self.language);
        RoomFeed::at(&self.session, &self.stage, now, self.epoch, self.light)
    }
}

impl LiveRoom {
    /// Serves `scenario`, not started, on a free port of localhost.
    pub fn start(scenario: Scenario) -> Self {
        Self::start_with(scenario, Limits::default())
    }

    /// Serves `scenario` with the server's `limits`.
    pub fn start_with(scenario: Scenario, limits: Limits) -> Self {
        Self::start_full(scenario, limits, None, Language::English)
    }

    /// Serves `scenario` from an app that speaks `language`.
    pub fn start_in(scenario: Scenario, language: Language) -> Self {
        Self::start_full(scenario, Limits::default(), None, language)
    }

    /// Serves `scenario`, showing `observer` every request the server
    /// takes, also after a restart.
    pub fn start_observed(scenario: Scenario, observer: Observer) -> Self {
        Self::start_full(
            scenario,
            Limits::default(),
            Some(observer),
            Language::English,
        )
    }

    fn start_full(
        scenario: Scenario,
        limits: Limits,
        observer: Option<Observer>,
        language: Language,
    ) -> Self {
        let epoch = SystemClock.now();
        let mut world = World {
            session: Session::new(scenario),
            stage: Stage::default(),
            sharing: None,
            light: false,
            language,
            epoch,
            observer,
        };
        let listen = Listen::At(SocketAddr::from(([127, 0, 0, 1], 0)));
        let sharing = share(&world, listen, limits, PIN);
        let address = sharing.bound();
        world.sharing = Some(sharing);
        let world = Arc::new(Mutex::new(world));
        let running = Arc::new(AtomicBool::new(true));
        let thread = {
            let (world, running) = (Arc::clone(&world), Arc::clone(&running));
            std::thread::spawn(move || {
                while running.load(Ordering::Acquire) {
                    lock(&world).frame(SystemClock.now());
                    std::thread::sleep(FRAME);
                }
            })
        };
        Self {
            world,
            running,
            thread: Some(thread),
            epoch,
            address,
        }
    }

    /// The breakout with Maria and Sam, started five and a half minutes
    /// ago: two and a half minutes into the first round, in its
    /// exploration; what the README's screenshots show.
    pub fn in_round_one() -> Self {
        Self::in_round_one_in(Language::English)
    }

    /// [`LiveRoom::in_round_one`] in an app that speaks `language`.
    pub fn in_round_one_in(language: Language) -> Self {
        let room = Self::start_in(one_on_one::scenario::built_in_breakout(), language);
        for (participant, name) in ["Maria", "Sam"].into_iter().enumerate() {
            room.apply(Intent::Rename {
                participant,
                name: name.to_string(),
            });
        }
        room.apply_earlier(Intent::StartOrPause, Duration::from_secs(330));
        room
    }

    /// The page's address.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// Where the server listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The server's clock now, in the feed's milliseconds.
    pub fn server_ms(&self) -> u64 {
        server_millis(self.epoch, SystemClock.now())
    }

    /// The trainer's `intent`, applied now and published at once; returns
    /// the instant it was applied.
    pub fn apply(&self, intent: Intent) -> Instant {
        let mut guard = lock(&self.world);
        let world = &mut *guard;
        let now = SystemClock.now();
        let cues = world.session.apply(intent, now);
        world.stage.hear(&world.session, &cues, now);
        world.frame(now);
        now
    }

    /// The trainer's `intent`, as if applied `ago` before now: a room
    /// already some way into its agenda, without waiting for it.
    pub fn apply_earlier(&self, intent: Intent, ago: Duration) {
        let mut guard = lock(&self.world);
        let world = &mut *guard;
        let then = SystemClock.now() - ago;
        let cues = world.session.apply(intent, then);
        world.stage.hear(&world.session, &cues, then);
        world.frame(SystemClock.now());
    }

    /// What the projector shows now.
    pub fn view(&self) -> RoomView {
        let mut world = lock(&self.world);
        let now = SystemClock.now();
        world.frame(now);
        RoomView::of(&world.session, &world.stage, now)
    }

    /// Reads the session, up to date, under the app's lock.
    pub fn with_session<T>(&self, read: impl FnOnce(&Session, Instant) -> T) -> T {
        let mut world = lock(&self.world);
        let now = SystemClock.now();
        world.frame(now);
        read(&world.session, now)
    }

    /// The phones' tally so far, round by round.
    pub fn tally(&self) -> Vec<one_on_one::room::tally::RoundTally> {
        let mut world = lock(&self.world);
        world.frame(SystemClock.now());
        world.stage.tally().rounds(&world.session)
    }

    /// Shows or hides the do / don't table, as the trainer's D key does.
    pub fn toggle_do_dont(&self) {
        let mut world = lock(&self.world);
        world.stage.toggle_do_dont();
        world.frame(SystemClock.now());
    }

    /// Shows the prompts in both languages, or one again, as the trainer's B key does.
    pub fn toggle_both_languages(&self) {
        let mut world = lock(&self.world);
        world.stage.toggle_both_languages();
        world.frame(SystemClock.now());
    }

    /// Projects the room in the light theme or the dark one.
    pub fn set_light(&self, light: bool) {
        let mut world = lock(&self.world);
        world.light = light;
        world.frame(SystemClock.now());
    }

    /// Speaks `language` from now on, as the trainer's switch does mid-session.
    pub fn set_language(&self, language: Language) {
        let mut world = lock(&self.world);
        world.language = language;
        world.frame(SystemClock.now());
    }

    /// Stops serving, as when the trainer turns sharing off or the app
    /// quits: open streams end and the port is let go.
    pub fn stop_server(&self) {
        let sharing = lock(&self.world).sharing.take();
        drop(sharing);
    }

    /// Serves again on the same address, with the same PIN.
    pub fn restart_server(&self) {
        self.restart_server_with_pin(PIN);
    }

    /// Serves again on the same address with another PIN.
    pub fn restart_server_with_pin(&self, pin: &str) {
        let mut world = lock(&self.world);
        drop(world.sharing.take());
        let sharing = share(&world, Listen::At(self.address), Limits::default(), pin);
        world.sharing = Some(sharing);
    }
}

impl Drop for LiveRoom {
    fn drop(&mut self) {
        self.running.store(false, Ordering::Release);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        self.stop_server();
    }
}

fn share(world: &World, listen: Listen, limits: Limits, pin: &str) -> Sharing {
    let now = SystemClock.now();
    let mut setup = ShareSetup::new(listen, SystemClock.shared(), world.epoch, Arc::new(|| {}));
    setup.limits = limits;
    setup.pin = Pin::from_digits(pin).expect("a six-digit PIN");
    setup.observer = world.observer.clone();
    let guide = one_on_one::worksheet::guide::WorksheetGuide::of(world.session.scenario());
    Sharing::start(setup, world.feed(now), &guide).expect("the room's server starts")
}

fn lock(world: &Mutex<World>) -> MutexGuard<'_, World> {
    world.lock().unwrap_or_else(PoisonError::into_inner)
}
