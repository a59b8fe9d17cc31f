//! What the room reads, stepped through every shipped format on a hand-moved
//! clock: the step, the roles with the names, the countdown's words and
//! tone at the start, in the warning and in overtime, the paced act, and the
//! headline at each hand-over. Then the same words in Spanish: the
//! countdown's state, the captions, the headlines, the tally and the QR
//! corner, and a feed that counts on in the room's language whatever the
//! reader's thread speaks. That every step fits the projector in each
//! language is in tests/room_window.rs.

use std::time::{Duration, Instant};

use one_on_one::i18n::{Language, set_language};
use one_on_one::library::BUILT_INS;
use one_on_one::room::{PanelView, RoomFeed, RoomPhase, RoomView, Stage, Tone};
use one_on_one::scenario::{Advance, Panel, Scenario, built_in_breakout, parse};
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::session::{Intent, Phase, Session};
use one_on_one::ui::room::share_code::ShareCard;

const SEC: Duration = Duration::from_secs(1);

/// A session, the room's stage and the clock they run on.
struct Room {
    clock: ManualClock,
    session: Session,
    stage: Stage,
}

impl Room {
    fn new(scenario: Scenario) -> Self {
        Self {
            clock: ManualClock::new(),
            session: Session::new(scenario),
            stage: Stage::default(),
        }
    }

    fn now(&self) -> Instant {
        self.clock.now()
    }

    fn press(&mut self, intent: Intent) {
        let now = self.now();
        let cues = self.session.apply(intent, now);
        self.stage.hear(&self.session, &cues, now);
        self.stage.follow(&self.session);
    }

    /// Jumps `span` ahead and brings the session up to it, as one late frame would.
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

fn shipped() -> Vec<(&'static str, Scenario)> {
    BUILT_INS
        .iter()
        .map(|(name, text)| {
            let scenario = parse(text, name).unwrap_or_else(|e| panic!("{name}: {e}"));
            (*name, scenario)
        })
        .collect()
}

/// The kind of panel a step asks for, to compare with what the view shows.
fn same_kind(panel: &Panel, view: &PanelView) -> bool {
    matches!(
        (panel, view),
        (Panel::Instructions, PanelView::Instructions { .. })
            | (Panel::Agenda { .. }, PanelView::Agenda { .. })
            | (Panel::Acts { .. }, PanelView::Acts { .. })
            | (Panel::Questions { .. }, PanelView::Questions { .. })
            | (Panel::Reflection, PanelView::Reflection { .. })
    )
}

#[test]
fn every_step_of_every_shipped_format_reads_as_planned() {
    for (name, scenario) in shipped() {
        let mut room = Room::new(scenario);
        // Names typed before the start are what the room reads in the roles.
        let people = room.session.names().len();
        for participant in 0..people {
            room.press(Intent::Rename {
                participant,
                name: format!("Person {}", participant + 1),
            });
        }
        let ready = room.view();
        assert_eq!(ready.phase, RoomPhase::Ready, "{name}");
        assert_eq!(ready.clock.tone, Tone::Ready, "{name}");
        assert_eq!(ready.clock.word, "Ready", "{name}");
        room.press(Intent::StartOrPause);

        let count = room.session.steps().len();
        let mut cues_seen = room.stage.cues();
        for index in 0..count {
            let step = room.session.steps()[index].clone();
            let length = room.session.step_length(index);
            room.wait(SEC);
            let view = room.view();
            let at = format!("{name}, step {} «{}»", index + 1, step.title);
            assert_eq!(view.title, step.title, "{at}");
            assert_eq!(
                (view.step_number, view.step_count),
                (index + 1, count),
                "{at}"
            );
            let cast: Vec<(String, String)> = view
                .cast
                .iter()
                .map(|c| (c.role.clone(), c.person.clone()))
                .collect();
            assert_eq!(cast, room.session.cast(index), "{at}");
            assert!(
                cast.iter().all(|(_, who)| who.starts_with("Person ")),
                "{at}: the typed names, not placeholders: {cast:?}"
            );
            assert!(
                same_kind(&step.panel, &view.panel),
                "{at}: {:?}",
                view.panel
            );
            let serialised = ron::to_string(&view).expect("serialises");
            assert!(
                !step.notes.is_empty() && !serialised.contains(step.notes.as_str()),
                "{at}: the trainer's notes exist and never reach the room"
            );
            assert!(
                view.clock.digits == one_on_one::scenario::clock_text(length - SEC),
                "{at}: {} after a second of {:?}",
                view.clock.digits,
                length
            );
            let warning = room.session.warning_of(index);
            let warns = !warning.is_zero() && warning < length;
            if warns && length - warning > SEC {
                assert_eq!(view.clock.tone, Tone::Calm, "{at}");
                assert_eq!(view.clock.word, "", "{at}");
            }
            if let PanelView::Acts { paced, acts, .. } = &view.panel {
                let Panel::Acts { pacing } = &step.panel else {
                    unreachable!()
                };
                let first = acts.iter().position(|a| {
                    room.session.scenario().acts
                        [room.session.scenario().act_index(&pacing[0].0).unwrap()]
                    .name
                        == *a
                });
                assert_eq!(*paced, first, "{at}: the first act is paced at the start");
            }

            if warns {
                // Half a second into the warning time.
                let to_warning = length - warning - SEC + Duration::from_millis(500);
                room.wait(to_warning);
                let view = room.view();
                assert_eq!(view.clock.tone, Tone::Warning, "{at}");
                assert!(
                    view.clock.word.starts_with("▲ Last"),
                    "{at}: {}",
                    view.clock.word
                );
                room.wait(warning - Duration::from_millis(500) - Duration::from_millis(1));
            } else {
                room.wait(length - SEC - Duration::from_millis(1));
            }
            // A millisecond before the end: still this step.
            assert_eq!(room.session.step_index(), index, "{at}");
            if let PanelView::Acts { paced, acts, .. } = &room.view().panel {
                let Panel::Acts { pacing } = &step.panel else {
                    unreachable!()
                };
                let last_id = &pacing.last().unwrap().0;
                let last = room.session.scenario().act_index(last_id).map(|i| {
                    let name = &room.session.scenario().acts[i].name;
                    acts.iter().position(|a| a == name).unwrap()
                });
                assert_eq!(*paced, last, "{at}: the last act is paced at the end");
            }
            match step.advance {
                Advance::Auto => room.wait(Duration::from_millis(1)),
                Advance::Hold => {
                    room.wait(Duration::from_millis(1) + 3 * SEC);
                    let view = room.view();
                    assert!(
                        matches!(view.clock.tone, Tone::Overtime { .. }),
                        "{at}: {:?}",
                        view.clock.tone
                    );
                    assert_eq!(view.clock.word, "● Overtime", "{at}");
                    assert_eq!(view.clock.hint, "→ moves on", "{at}");
                    assert_eq!(view.clock.digits, "+0:03", "{at}");
                    assert_eq!(view.flash.as_ref().unwrap().headline, "Time is up", "{at}");
                    room.press(Intent::Next);
                }
            }
            assert!(room.stage.cues() > cues_seen, "{at}: a cue at the end");
            cues_seen = room.stage.cues();
            let view = room.view();
            if index + 1 == count {
                assert_eq!(view.phase, RoomPhase::Finished, "{at}");
                assert_eq!(view.clock.tone, Tone::Finished, "{at}");
                assert_eq!(view.flash.unwrap().headline, "Finished", "{at}");
            } else {
                let flash = view.flash.expect("a headline at every hand-over");
                let next = &room.session.steps()[index + 1].title;
                if room.session.roles_change(index, index + 1) {
                    assert_eq!(flash.headline, "Swap roles", "{at}");
                    assert!(flash.detail.starts_with(next.as_str()), "{at}");
                } else {
                    assert_eq!(flash.headline, format!("Next: {next}"), "{at}");
                }
            }
        }
        assert_eq!(room.session.phase(), Phase::Finished, "{name}");
    }
}

#[test]
fn the_room_reads_paused_and_the_drift_it_causes() {
    let (_, scenario) = shipped().remove(0);
    let mut room = Room::new(scenario);
    room.press(Intent::StartOrPause);
    room.wait(10 * SEC);
    room.press(Intent::StartOrPause);
    room.wait(30 * SEC);
    let view = room.view();
    assert_eq!(view.phase, RoomPhase::Paused);
    assert_eq!(view.clock.tone, Tone::Paused);
    assert_eq!(view.clock.word_block(), "‖ Paused\nSpace resumes");
    assert_eq!(view.left_caption, "24:50 left · 0:30 behind plan");
}

#[test]
fn a_look_ahead_shows_another_act_until_the_step_changes() {
    let (_, scenario) = shipped().remove(0);
    let mut room = Room::new(scenario);
    room.press(Intent::StartOrPause);
    // Into the first step paced by acts.
    while !matches!(room.view().panel, PanelView::Acts { .. }) {
        room.press(Intent::Next);
    }
    let step = room.session.step_index();
    room.stage.view_act(step, Some(3));
    let PanelView::Acts { shown, paced, .. } = room.view().panel else {
        unreachable!()
    };
    assert_eq!((shown, paced), (Some(3), Some(0)));
    room.press(Intent::Next);
    room.press(Intent::Previous);
    let PanelView::Acts { shown, .. } = room.view().panel else {
        unreachable!()
    };
    assert_eq!(shown, Some(0), "the look ahead ends with the step");
    assert_eq!(room.session.step_index(), step);
}

#[test]
fn the_do_dont_table_is_in_the_view_only_while_shown() {
    let (_, scenario) = shipped().remove(0);
    let mut room = Room::new(scenario);
    assert!(room.view().do_dont.is_none());
    room.stage.toggle_do_dont();
    let rows = room.view().do_dont.expect("shown");
    assert_eq!(rows.len(), room.session.scenario().do_dont.len());
}

#[test]
fn the_view_serialises_with_the_words_the_room_reads() {
    let (_, scenario) = shipped().remove(0);
    let mut room = Room::new(scenario);
    room.press(Intent::StartOrPause);
    let view = room.view();
    let text = ron::to_string(&view).expect("serialises");
    assert!(text.contains(&format!("title:{:?}", view.title)), "{text}");
    assert!(text.contains("digits:\"3:00\""), "{text}");
    assert!(text.contains("25:00 left · on time"), "{text}");
}

// ---- In Spanish.

/// The breakout with its first step holding at zero, started.
fn breakout_holding() -> Room {
    let mut scenario = built_in_breakout();
    scenario.steps[0].steps_mut()[0].advance = Advance::Hold;
    Room::new(scenario)
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
    let mut room = Room::new(built_in_breakout());
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
