//! The session clock stepped through whole workshops by hand: every step and
//! role in order, pauses, extensions, skips and overtime, with no drift.

use std::time::{Duration, Instant};

use one_on_one::scenario::{Advance, built_in_breakout, parse};
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::session::{Cue, Drift, Intent, Phase, Remaining, Session};

const SEC: Duration = Duration::from_secs(1);
const MIN: Duration = Duration::from_secs(60);

struct Room {
    clock: ManualClock,
    session: Session,
    cues: Vec<Cue>,
}

impl Room {
    fn new() -> Self {
        Self::with(Session::new(built_in_breakout()))
    }

    fn with(session: Session) -> Self {
        Self {
            clock: ManualClock::new(),
            session,
            cues: Vec::new(),
        }
    }

    fn now(&self) -> Instant {
        self.clock.now()
    }

    fn press(&mut self, intent: Intent) {
        let now = self.now();
        let cues = self.session.apply(intent, now);
        self.cues.extend(cues);
    }

    /// Lets `span` pass, ticking once a second as the app would.
    fn wait(&mut self, span: Duration) {
        let end = self.clock.elapsed() + span;
        while self.clock.elapsed() + SEC <= end {
            self.clock.advance(SEC);
            let now = self.now();
            let cues = self.session.tick(now);
            self.cues.extend(cues);
        }
        let rest = end - self.clock.elapsed();
        self.clock.advance(rest);
        let now = self.now();
        let cues = self.session.tick(now);
        self.cues.extend(cues);
    }

    fn left(&self) -> Remaining {
        self.session.remaining(self.now())
    }

    fn title(&self) -> &str {
        &self.session.step().title
    }

    fn organizer(&self) -> String {
        let cast = self.session.cast(self.session.step_index());
        cast.iter()
            .find(|(role, _)| role == "Organizer")
            .map(|(_, who)| who.clone())
            .unwrap_or_default()
    }

    fn take_cues(&mut self) -> Vec<Cue> {
        std::mem::take(&mut self.cues)
    }
}

fn named_room() -> Room {
    let mut room = Room::new();
    room.press(Intent::Rename {
        participant: 0,
        name: "Maria".into(),
    });
    room.press(Intent::Rename {
        participant: 1,
        name: "Sam Lee".into(),
    });
    room
}

#[test]
fn a_full_breakout_visits_every_step_and_role_in_order_and_ends_at_25_minutes() {
    let mut room = named_room();
    assert_eq!(room.session.phase(), Phase::NotStarted);
    assert_eq!(room.left(), Remaining::Left(3 * MIN));
    room.press(Intent::StartOrPause);

    let expected = [
        ("Gather your team", 3, ""),
        ("Round 1 · conversation", 8, "Maria"),
        ("Round 1 · feedback", 2, "Maria"),
        ("Round 2 · conversation", 8, "Sam Lee"),
        ("Round 2 · feedback", 2, "Sam Lee"),
        ("Rejoin the larger group", 2, ""),
    ];
    for (i, (title, minutes, organizer)) in expected.iter().enumerate() {
        assert_eq!(room.session.step_index(), i);
        assert_eq!(room.title(), *title);
        assert_eq!(room.organizer(), *organizer);
        assert_eq!(room.left(), Remaining::Left(*minutes * MIN), "{title}");
        room.wait(*minutes * MIN);
    }
    assert_eq!(room.session.phase(), Phase::Finished);
    assert_eq!(room.clock.elapsed(), 25 * MIN);
    assert_eq!(room.session.drift(room.now()), Some(Drift::OnTime));

    let cues = room.take_cues();
    let handovers: Vec<_> = cues
        .iter()
        .filter(|c| matches!(c, Cue::HandOver { .. }))
        .collect();
    let warnings = cues
        .iter()
        .filter(|c| matches!(c, Cue::Warning { .. }))
        .count();
    assert_eq!(handovers.len(), 5);
    assert_eq!(warnings, 6, "a one-minute warning in every step");
    assert_eq!(cues.last(), Some(&Cue::Finished));
}

#[test]
fn the_constituent_of_round_one_organizes_round_two() {
    let room = named_room();
    let session = &room.session;
    assert_eq!(
        session.cast(1),
        vec![
            ("Organizer".to_string(), "Maria".to_string()),
            ("Constituent".to_string(), "Sam Lee".to_string())
        ]
    );
    assert_eq!(
        session.cast(3),
        vec![
            ("Organizer".to_string(), "Sam Lee".to_string()),
            ("Constituent".to_string(), "Maria".to_string())
        ]
    );
    assert!(
        session.roles_change(2, 3),
        "the hand-over into round 2 swaps roles"
    );
    assert!(
        !session.roles_change(1, 2),
        "feedback keeps the roles of its round"
    );
}

#[test]
fn coarse_or_late_ticks_still_hand_over_at_the_exact_instant() {
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    // The window was hidden for 11 min 30 s: one tick must catch up.
    room.clock.advance(11 * MIN + 30 * SEC);
    let now = room.now();
    let cues = room.session.tick(now);
    assert_eq!(
        room.session.step_index(),
        2,
        "gather (3) + round 1 (8) are over"
    );
    assert_eq!(room.left(), Remaining::Left(90 * SEC));
    assert!(cues.contains(&Cue::HandOver { from: 0, to: 1 }));
    assert!(cues.contains(&Cue::HandOver { from: 1, to: 2 }));
}

#[test]
fn ticking_at_uneven_frame_times_adds_up_to_25_minutes_exactly() {
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    // Frame gaps of 16.7 ms, 33 ms and 1 s mixed, as a real window would see.
    let gaps = [16_700_000u64, 33_000_000, 1_000_000_000, 7_000_000];
    let mut i = 0;
    while room.session.phase() != Phase::Finished {
        room.clock
            .advance(Duration::from_nanos(gaps[i % gaps.len()]));
        let now = room.now();
        room.session.tick(now);
        i += 1;
    }
    // The finish instant is exactly 25:00 after start, whatever the frames were.
    assert_eq!(room.session.finished_after(), Some(25 * MIN));
    assert_eq!(room.session.drift(room.now()), Some(Drift::OnTime));
    assert!(room.clock.elapsed() >= 25 * MIN);
}

#[test]
fn pausing_consumes_no_step_time_but_puts_the_session_behind() {
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    room.wait(MIN);
    room.press(Intent::StartOrPause);
    assert_eq!(room.session.phase(), Phase::Paused);
    room.wait(5 * MIN);
    assert_eq!(room.left(), Remaining::Left(2 * MIN));
    assert_eq!(
        room.session.next_change(room.now()),
        None,
        "nothing to redraw while paused"
    );
    room.press(Intent::StartOrPause);
    assert_eq!(room.session.phase(), Phase::Running);
    room.wait(30 * SEC);
    assert_eq!(room.left(), Remaining::Left(90 * SEC));
    assert_eq!(room.session.time_left(room.now()), 23 * MIN + 30 * SEC);
    assert_eq!(room.session.drift(room.now()), Some(Drift::Behind(5 * MIN)));
}

#[test]
fn extending_and_shortening_a_step_moves_its_end() {
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    room.wait(2 * MIN + 30 * SEC);
    assert!(room.session.in_warning(room.now()));
    room.press(Intent::AddMinute);
    room.press(Intent::AddMinute);
    assert_eq!(room.left(), Remaining::Left(2 * MIN + 30 * SEC));
    assert!(!room.session.in_warning(room.now()));
    assert_eq!(room.session.drift(room.now()), Some(Drift::Behind(2 * MIN)));
    room.press(Intent::RemoveMinute);
    assert_eq!(room.left(), Remaining::Left(90 * SEC));
    room.take_cues();
    room.wait(30 * SEC);
    assert_eq!(
        room.take_cues(),
        vec![Cue::Warning { step: 0 }],
        "the warning sounds again"
    );
    // Shortening past what has run ends the step now, never in the past.
    room.press(Intent::RemoveMinute);
    assert_eq!(room.session.step_index(), 1);
    assert_eq!(room.left(), Remaining::Left(8 * MIN));
}

#[test]
fn skipping_and_going_back_restart_steps_from_their_full_time() {
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    room.wait(MIN);
    room.press(Intent::Next);
    assert_eq!(room.session.step_index(), 1);
    assert_eq!(room.left(), Remaining::Left(8 * MIN));
    assert!(room.take_cues().contains(&Cue::HandOver { from: 0, to: 1 }));
    assert_eq!(room.session.drift(room.now()), Some(Drift::Ahead(2 * MIN)));
    room.wait(3 * MIN);
    room.press(Intent::Previous);
    assert_eq!(room.session.step_index(), 0);
    assert_eq!(room.left(), Remaining::Left(3 * MIN));
    room.press(Intent::Previous);
    assert_eq!(
        room.session.step_index(),
        0,
        "back on the first step restarts it"
    );
    room.wait(20 * SEC);
    room.press(Intent::Restart);
    assert_eq!(room.left(), Remaining::Left(3 * MIN));
    assert_eq!(room.session.phase(), Phase::Running);
}

#[test]
fn steps_can_be_chosen_before_the_start() {
    let mut room = Room::new();
    room.press(Intent::Next);
    room.press(Intent::Next);
    assert_eq!(room.session.phase(), Phase::NotStarted);
    assert_eq!(room.session.step_index(), 2);
    assert!(
        room.take_cues().is_empty(),
        "no chime before the session starts"
    );
    room.wait(MIN);
    assert_eq!(
        room.left(),
        Remaining::Left(2 * MIN),
        "no time passes before start"
    );
    room.press(Intent::StartOrPause);
    room.wait(MIN);
    assert_eq!(room.session.drift(room.now()), Some(Drift::OnTime));
}

#[test]
fn next_on_the_last_step_finishes_and_back_reopens_it() {
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    for _ in 0..5 {
        room.press(Intent::Next);
    }
    assert_eq!(room.session.step_index(), 5);
    room.press(Intent::Next);
    assert_eq!(room.session.phase(), Phase::Finished);
    assert_eq!(room.session.time_left(room.now()), Duration::ZERO);
    room.press(Intent::StartOrPause);
    assert_eq!(
        room.session.phase(),
        Phase::Finished,
        "space does nothing once finished"
    );
    room.press(Intent::Previous);
    assert_eq!(room.session.phase(), Phase::Paused);
    assert_eq!(room.left(), Remaining::Left(2 * MIN));
}

fn with_hold_on_first_step() -> Session {
    let mut scenario = built_in_breakout();
    scenario.steps[0].steps_mut()[0].advance = Advance::Hold;
    Session::new(scenario)
}

#[test]
fn a_held_step_runs_into_overtime_until_the_trainer_moves_on() {
    let mut room = Room::with(with_hold_on_first_step());
    room.press(Intent::StartOrPause);
    room.wait(3 * MIN);
    assert_eq!(room.session.step_index(), 0);
    assert_eq!(
        room.left(),
        Remaining::Left(Duration::ZERO),
        "exactly at zero reads 0:00"
    );
    room.wait(12 * SEC + SEC / 2);
    assert_eq!(room.left(), Remaining::Over(12 * SEC + SEC / 2));
    assert_eq!(room.left().shown_secs(), 12);
    let cues = room.take_cues();
    assert_eq!(
        cues.iter()
            .filter(|c| matches!(c, Cue::TimeUp { step: 0 }))
            .count(),
        1,
        "one chime, not one a frame"
    );
    assert_eq!(
        room.session.drift(room.now()).unwrap(),
        Drift::Behind(12 * SEC + SEC / 2)
    );
    room.press(Intent::Next);
    assert_eq!(room.session.step_index(), 1);
    assert_eq!(room.left(), Remaining::Left(8 * MIN));
}

#[test]
fn overtime_display_ticks_on_whole_seconds() {
    let mut room = Room::with(with_hold_on_first_step());
    room.press(Intent::StartOrPause);
    room.wait(3 * MIN + 250 * Duration::from_millis(1));
    assert_eq!(
        room.session.next_change(room.now()),
        Some(Duration::from_millis(750))
    );
}

#[test]
fn the_countdown_shows_whole_seconds_rounded_up_and_wakes_on_the_boundary() {
    let mut room = Room::new();
    assert_eq!(room.left().shown_secs(), 180);
    room.press(Intent::StartOrPause);
    assert_eq!(room.session.next_change(room.now()), Some(SEC));
    room.wait(Duration::from_millis(300));
    assert_eq!(room.left().shown_secs(), 180);
    assert_eq!(
        room.session.next_change(room.now()),
        Some(Duration::from_millis(700))
    );
    room.wait(Duration::from_millis(700));
    assert_eq!(room.left().shown_secs(), 179);
}

#[test]
fn the_pacing_moves_through_the_five_acts_during_a_conversation() {
    let mut room = Room::new();
    room.press(Intent::Next);
    room.press(Intent::StartOrPause);
    let act = |room: &Room| {
        let index = room.session.paced_act(room.now()).unwrap();
        room.session.scenario().acts[index].name.to_string()
    };
    assert_eq!(act(&room), "Attention");
    room.wait(MIN);
    assert_eq!(act(&room), "Interest");
    room.wait(MIN);
    assert_eq!(act(&room), "Exploration");
    room.wait(4 * MIN - SEC);
    assert_eq!(act(&room), "Exploration");
    room.wait(SEC);
    assert_eq!(act(&room), "Exchange");
    room.wait(MIN);
    assert_eq!(act(&room), "Commitment");
    room.press(Intent::Next);
    assert_eq!(
        room.session.paced_act(room.now()),
        None,
        "feedback is not paced by acts"
    );
}

#[test]
fn an_extended_conversation_stretches_its_pacing() {
    let mut room = Room::new();
    room.press(Intent::Next);
    room.press(Intent::StartOrPause);
    for _ in 0..8 {
        room.press(Intent::AddMinute);
    }
    // 16 minutes now: each planned minute lasts two.
    room.wait(3 * MIN);
    let index = room.session.paced_act(room.now()).unwrap();
    assert_eq!(room.session.scenario().acts[index].id, "interest");
}

#[test]
fn a_step_shortened_to_its_last_minute_is_in_warning() {
    let mut room = Room::new();
    room.press(Intent::Next);
    room.press(Intent::StartOrPause);
    for _ in 0..7 {
        room.press(Intent::RemoveMinute);
    }
    assert_eq!(room.left(), Remaining::Left(MIN));
    assert!(room.session.in_warning(room.now()));
    assert!(room.take_cues().contains(&Cue::Warning { step: 1 }));
}

#[test]
fn removing_a_minute_in_overtime_changes_nothing() {
    let mut room = Room::with(with_hold_on_first_step());
    room.press(Intent::StartOrPause);
    room.wait(5 * MIN);
    assert_eq!(room.left(), Remaining::Over(2 * MIN));
    room.press(Intent::RemoveMinute);
    assert_eq!(room.left(), Remaining::Over(2 * MIN));
}

#[test]
fn a_short_step_extended_past_its_warning_gains_one() {
    let text =
        one_on_one::scenario::BUILT_IN_BREAKOUT.replace("duration: \"3m\"", "duration: \"1m\"");
    let mut room = Room::with(Session::new(parse(&text, "short.ron").unwrap()));
    room.press(Intent::AddMinute);
    room.press(Intent::StartOrPause);
    room.wait(61 * SEC);
    assert!(room.session.in_warning(room.now()));
    assert_eq!(room.take_cues(), vec![Cue::Warning { step: 0 }]);
}

#[test]
fn shortening_a_paused_step_to_what_has_run_reads_zero() {
    let mut room = Room::new();
    room.press(Intent::StartOrPause);
    room.wait(150 * SEC);
    room.press(Intent::StartOrPause);
    room.press(Intent::RemoveMinute);
    room.press(Intent::RemoveMinute);
    assert_eq!(room.left(), Remaining::Left(Duration::ZERO));
    room.press(Intent::StartOrPause);
    assert_eq!(room.session.step_index(), 1, "resuming moves on at once");
}

#[test]
fn warnings_skip_steps_no_longer_than_the_warning() {
    let text =
        one_on_one::scenario::BUILT_IN_BREAKOUT.replace("warning: \"1m\"", "warning: \"3m\"");
    let scenario = parse(&text, "test.ron").unwrap();
    let mut room = Room::with(Session::new(scenario));
    room.press(Intent::StartOrPause);
    room.wait(3 * MIN);
    assert!(
        room.take_cues()
            .iter()
            .all(|c| !matches!(c, Cue::Warning { .. }))
    );
    room.wait(5 * MIN);
    assert!(room.take_cues().contains(&Cue::Warning { step: 1 }));
}
