//! The room in Spanish: the countdown's state, the captions, the hand-over
//! headlines, the tally and the QR corner read in Spanish; a feed counts on
//! in the room's language whatever the reader's thread speaks; and every
//! step of every shipped format still fits the projector, Spanish being
//! about a fifth longer than English.

use std::time::{Duration, Instant};

use eframe::egui::{self, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use one_on_one::i18n::{Language, set_language};
use one_on_one::library::BUILT_INS;
use one_on_one::room::{RoomFeed, RoomView, Stage, Tone};
use one_on_one::scenario::{Advance, Scenario, built_in_breakout, parse};
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::session::{Intent, Session};
use one_on_one::ui::room::share_code::ShareCard;
use one_on_one::ui::theme::{self, Palette, Sizes};
use one_on_one::ui::{Screen, room};

const SEC: Duration = Duration::from_secs(1);

/// What the projector is given: a session, the stage, and the time.
struct Projected {
    session: Session,
    stage: Stage,
    clock: ManualClock,
    /// The QR corner, while the room is shared.
    share: Option<ShareCard>,
}

impl Projected {
    fn new(scenario: Scenario) -> Self {
        Self {
            session: Session::new(scenario),
            stage: Stage::default(),
            clock: ManualClock::new(),
            share: None,
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

fn draw(ui: &mut egui::Ui, projected: &mut Projected) {
    let now = projected.clock.now();
    let view = RoomView::of(&projected.session, &projected.stage, now);
    let screen = Screen {
        session: &projected.session,
        room: &view,
        now,
        palette: Palette::DARK,
        sizes: Sizes::for_height(ui.ctx().content_rect().height()),
        share: projected.share.as_ref(),
    };
    room::show(ui, &screen, None);
}

fn harness(projected: Projected, size: [f32; 2]) -> Harness<'static, Projected> {
    Harness::builder()
        .with_size(size)
        .with_context_setup(theme::install)
        .build_ui_state(draw, projected)
}

/// Everything the room reads lies inside the window.
fn assert_nothing_clipped(harness: &Harness<'_, Projected>, size: [f32; 2], at: &str) {
    for node in harness.query_all_by_role(Role::Label) {
        let rect = node.rect();
        let label = node
            .accesskit_node()
            .label()
            .or(node.accesskit_node().value())
            .unwrap_or_default();
        assert!(
            rect.right() <= size[0] + 0.5 && rect.bottom() <= size[1] + 0.5,
            "{at}: «{label}» at {rect:?} runs off a {size:?} window"
        );
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

/// Starts the session at the first step, then goes to the next a second on.
fn move_on(projected: &mut Projected, step: usize) {
    if step == 0 {
        projected.press(Intent::StartOrPause);
    }
    projected.clock.advance(SEC);
    projected.press(Intent::Next);
}

#[test]
fn every_step_fits_the_projector_in_spanish() {
    set_language(Language::Spanish);
    for (name, text) in BUILT_INS {
        let scenario = parse(text, name).expect("shipped formats parse");
        for size in [[1366.0, 768.0], [1024.0, 768.0]] {
            let mut harness = harness(Projected::new(scenario.clone()), size);
            let steps = harness.state().session.steps().len();
            for step in 0..steps {
                for do_dont in [false, true] {
                    if harness.state().stage.do_dont_shown() != do_dont {
                        harness.state_mut().stage.toggle_do_dont();
                    }
                    harness.run();
                    let at = format!("{name} at {size:?}, step {}, do/don't {do_dont}", step + 1);
                    assert_nothing_clipped(&harness, size, &at);
                }
                move_on(harness.state_mut(), step);
            }
        }
    }
}

#[test]
fn every_step_fits_beside_the_qr_code_in_spanish() {
    set_language(Language::Spanish);
    for (name, text) in BUILT_INS {
        let scenario = parse(text, name).expect("shipped formats parse");
        for size in [[1366.0, 768.0], [1024.0, 768.0]] {
            let mut projected = Projected::new(scenario.clone());
            projected.share = Some(ShareCard::for_url("http://192.168.100.200:8111/", 27));
            projected.stage.toggle_do_dont();
            let mut harness = harness(projected, size);
            let steps = harness.state().session.steps().len();
            for step in 0..steps {
                harness.run();
                let at = format!("{name} at {size:?}, step {}, shared", step + 1);
                assert_nothing_clipped(&harness, size, &at);
                assert!(
                    harness
                        .query_by_label("27 dispositivos conectados")
                        .is_some(),
                    "{at}"
                );
                assert!(harness.query_by_label("Haz / Evita").is_some(), "{at}");
                move_on(harness.state_mut(), step);
            }
        }
    }
}
