//! The room in Spanish: the countdown's state, the captions, the hand-over
//! headlines, the tally and the QR corner read in Spanish; a feed counts on
//! in the room's language whatever the reader's thread speaks. That every
//! step fits the projector in Spanish is in tests/room_window.rs.

use std::time::{Duration, Instant};

use one_on_one::i18n::{Language, set_language};
use one_on_one::room::{RoomFeed, RoomView, Stage, Tone};
use one_on_one::scenario::{Advance, Scenario, built_in_breakout};
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::session::{Intent, Session};
use one_on_one::ui::room::share_code::ShareCard;

const SEC: Duration = Duration::from_secs(1);

/// What the room is computed from: a session, the stage, and the time.
struct Projected {
    session: Session,
    stage: Stage,
    clock: ManualClock,
}

impl Projected {
    fn new(scenario: Scenario) -> Self {
        Self {
            session: Session::new(scenario),
            stage: Stage::default(),
            clock: ManualClock::new(),
        }
    }

    fn now(&self) -> Instant {
        self.clock.now()
    }

    fn press(&mut self, intent: Intent) {
        let now = self.now();
        let cues = self.session.apply(intent, now);
        self.stage.hear(&self.session, &cues, now);
    }

    fn wait(&mut self, span: Duration) {
        self.clock.advance(span);
        let now = self.now();
        let cues = self.session.tick(now);
        self.stage.hear(&self.session, &cues, now);
    }

    fn view(&self) -> RoomView {
        RoomView::of(&self.session, &self.stage, self.now())
    }
}

/// The breakout with its first step holding at zero, started.
fn breakout_holding() -> Projected {
    let mut scenario = built_in_breakout();
    scenario.steps[0].steps_mut()[0].advance = Advance::Hold;
    Projected::new(scenario)
}

#[test]
fn the_countdown_reads_its_state_in_spanish() {
    set_language(Language::Spanish);
    let mut room = breakout_holding();
    let ready = room.view();
    assert_eq!(ready.clock.word_block(), "Todo listo\nEspacio para empezar");
    room.press(Intent::StartOrPause);
    room.wait(10 * SEC);
    room.press(Intent::StartOrPause);
    room.wait(30 * SEC);
    // The format's own words, in whichever language it gives them.
    let title = |step: usize| room.session.steps()[step].title.to_string();
    let second = title(1);
    let paused = room.view();
    assert_eq!(
        paused.clock.word_block(),
        "‖ En pausa\nEspacio para reanudar"
    );
    assert_eq!(paused.left_caption, "quedan 24:50 · 0:30 de retraso");
    assert!(
        paused
            .next_caption
            .starts_with(&format!("paso 1 de 6 · siguiente: {second} (")),
        "{}",
        paused.next_caption
    );
    room.press(Intent::StartOrPause);
    let length = room.session.step_length(0);
    let warning = room.session.warning_of(0);
    room.wait(length - warning - 10 * SEC + SEC / 2);
    let warned = room.view();
    assert_eq!(warned.clock.tone, Tone::Warning);
    assert!(
        warned.clock.word == "▲ Último minuto" || warned.clock.word.starts_with("▲ Últimos "),
        "{}",
        warned.clock.word
    );
    room.wait(warning + 3 * SEC);
    let over = room.view();
    assert!(matches!(over.clock.tone, Tone::Overtime { .. }));
    assert_eq!(over.clock.word_block(), "● Tiempo extra\n→ para seguir");
    assert_eq!(over.flash.expect("the time-up flash").headline, "¡Tiempo!");
    room.press(Intent::Next);
    let next = room.view().flash.expect("a hand-over flash");
    assert_eq!(next.headline, format!("Siguiente: {second}"));
    while room.session.step_index() + 1 < room.session.steps().len() {
        room.press(Intent::Next);
    }
    assert_eq!(room.view().next_caption, "siguiente: el final");
    room.press(Intent::Next);
    let finished = room.view();
    assert_eq!(finished.clock.word, "■ Fin");
    assert!(
        finished.clock.hint.ends_with(" en total"),
        "{}",
        finished.clock.hint
    );
    assert_eq!(finished.next_caption, "la agenda ha terminado");
    let flash = finished.flash.expect("the last flash");
    assert_eq!(
        (flash.headline.as_str(), flash.detail.as_str()),
        ("Fin", "Gracias. Volvemos al grupo grande.")
    );
}

#[test]
fn the_tally_and_the_share_corner_read_in_spanish() {
    set_language(Language::Spanish);
    let mut room = Projected::new(built_in_breakout());
    room.press(Intent::StartOrPause);
    while room.session.step_index() + 1 < room.session.steps().len() {
        room.press(Intent::Next);
    }
    let session = &room.session;
    for (i, reached) in [[true; 5], [true, true, true, true, false]]
        .iter()
        .enumerate()
    {
        let token = format!("device-{i:0>12}");
        room.stage
            .tally_mut()
            .vote(session, &token, 2, reached)
            .expect("a vote in the open round");
    }
    let tally = room.view().tally.expect("the tally at the last step");
    assert_eq!(
        tally.heading(),
        format!("Hasta dónde llegaron las parejas · {}", tally.conversation)
    );
    let commitment = &tally.reached[4].act;
    assert_eq!(tally.lines()[4], format!("{commitment}: 1 de 2 parejas"));
    let card = ShareCard::for_url("http://192.168.1.20:8111/", 0);
    assert_eq!(card.following(), "Escanea para seguir en tu teléfono");
    assert_eq!(
        ShareCard::for_url("http://192.168.1.20:8111/", 1).following(),
        "1 dispositivo conectado"
    );
    assert_eq!(
        ShareCard::for_url("http://192.168.1.20:8111/", 27).following(),
        "27 dispositivos conectados"
    );
}

#[test]
fn a_feed_counts_on_in_the_rooms_language_whatever_the_reader_speaks() {
    let mut room = breakout_holding();
    let epoch = room.now();
    room.press(Intent::StartOrPause);
    set_language(Language::Spanish);
    let feed = RoomFeed::at(&room.session, &room.stage, room.now(), epoch, false);
    assert_eq!(feed.language, "es");
    // A joined laptop that speaks English draws the Spanish room.
    set_language(Language::English);
    let length = room.session.step_length(0).as_millis() as u64;
    let counted = feed.view_at(length + 2_500);
    assert_eq!(counted.clock.word, "● Tiempo extra");
    assert!(
        counted.left_caption.starts_with("quedan "),
        "{}",
        counted.left_caption
    );
    let english = RoomFeed::at(&room.session, &room.stage, room.now(), epoch, false);
    assert!(feed.is_news(&english), "a switch of language is news");
}
