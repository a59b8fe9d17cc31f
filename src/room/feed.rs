//! What the room sees, as it is sent to phones: the [`RoomView`] of one
//! instant and the timing a page needs to go on counting by itself. A page
//! must count through a Wi-Fi drop, and a message every second to every
//! phone would cost the laptop for nothing, so a new feed goes out only
//! when something other than the passing of time changed; between two, the
//! page derives the digits from [`Timing`] and the server's clock.

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::tally::Ballot;
use super::{
    ClockReading, DriftReading, FLASH_LENGTH, PanelView, RoomPhase, RoomView, Stage, Tone, words,
};
use crate::i18n::Language;
use crate::scenario::clock_text;
use crate::session::{Phase, Remaining, Session};

/// A published view of the room and how its clock runs on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoomFeed {
    /// What the room sees at `timing.at_ms`.
    pub view: RoomView,
    /// How the countdown goes on from there.
    pub timing: Timing,
    /// The theme the room is projected in, which phones follow unless the
    /// person chooses the other one.
    pub theme: FeedTheme,
    /// What phones may vote on now: which acts their pair reached in the
    /// last conversation; `None` while no ballot is open.
    pub ballot: Option<Ballot>,
    /// Every act's purpose and questions while the step is paced by acts,
    /// so a person can tap another act to read it, as the trainer can show
    /// any of them on the projector; empty in other steps.
    pub acts: Vec<ActCard>,
    /// The code of the language the room speaks ("en", "es"): the words in
    /// the view are in it, and a page counts on in it unless its reader
    /// chose another.
    #[serde(default = "english")]
    pub language: String,
}

fn english() -> String {
    Language::English.code().to_string()
}

/// One act of the conversation, as the room reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActCard {
    /// Its name.
    pub name: String,
    /// What it is for.
    pub purpose: String,
    /// Questions to try in it.
    pub questions: Vec<String>,
}

/// The room's theme, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedTheme {
    /// Light text on a dark background.
    Dark,
    /// Dark text on a light background.
    Light,
}

/// The countdown in the server's clock: milliseconds since the epoch the
/// server chose (see [`server_millis`]), so that a page that knows its offset
/// to that clock shows the same second as the projector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timing {
    /// When the view was taken.
    pub at_ms: u64,
    /// Whether the clock counts on from `at_ms`.
    pub running: bool,
    /// The step's time left at `at_ms`; negative past its end.
    pub step_left_ms: i64,
    /// The step's length as it stands.
    pub step_length_ms: u64,
    /// When the step turns to its warning colours, as time left; zero when
    /// it gives no warning.
    pub warning_ms: u64,
    /// Whether the step waits for the trainer at zero, counting overtime;
    /// otherwise the app moves on and a new feed follows.
    pub holds: bool,
    /// The rest of the agenda at `at_ms`, this step's time left included.
    pub agenda_left_ms: u64,
    /// When the agenda was planned to end, once it started.
    pub planned_end_ms: Option<u64>,
}

/// Milliseconds from `epoch` to `now` on the server's clock; zero before it.
pub fn server_millis(epoch: Instant, now: Instant) -> u64 {
    u64::try_from(now.saturating_duration_since(epoch).as_millis()).unwrap_or(u64::MAX)
}

impl RoomFeed {
    /// What phones see of `session` and `stage` at `now`: the room's view
    /// and its timing, on a server clock that began at `epoch`.
    pub fn at(session: &Session, stage: &Stage, now: Instant, epoch: Instant, light: bool) -> Self {
        let view = RoomView::of(session, stage, now);
        let mut feed = Self::of(session, view, now, epoch, light);
        feed.ballot = stage.tally().ballot(session);
        feed
    }

    /// The feed of `view`, which must have been taken of `session` and
    /// `stage` at `now`, on a server clock that began at `epoch`.
    pub fn of(
        session: &Session,
        view: RoomView,
        now: Instant,
        epoch: Instant,
        light: bool,
    ) -> Self {
        let step = session.step_index();
        let step_left_ms = match session.remaining(now) {
            Remaining::Left(left) => millis(left),
            Remaining::Over(over) => -millis(over),
        };
        let planned_end_ms = session
            .started_at()
            .map(|started| server_millis(epoch, started + session.planned_total()));
        let acts = match &view.panel {
            PanelView::Acts { .. } => session
                .scenario()
                .acts
                .iter()
                .map(|act| ActCard {
                    name: act.name.to_string(),
                    purpose: act.purpose.to_string(),
                    questions: act.questions.iter().map(ToString::to_string).collect(),
                })
                .collect(),
            _ => Vec::new(),
        };
        Self {
            view,
            ballot: None,
            acts,
            language: crate::i18n::language().code().to_string(),
            timing: Timing {
                at_ms: server_millis(epoch, now),
                running: session.phase() == Phase::Running,
                step_left_ms,
                step_length_ms: u64::try_from(millis(session.step_length(step))).unwrap_or(0),
                warning_ms: if session.warns(step) {
                    u64::try_from(millis(session.warning_of(step))).unwrap_or(0)
                } else {
                    0
                },
                holds: matches!(session.step().advance, crate::scenario::Advance::Hold),
                agenda_left_ms: u64::try_from(millis(session.time_left(now))).unwrap_or(0),
                planned_end_ms,
            },
            theme: if light {
                FeedTheme::Light
            } else {
                FeedTheme::Dark
            },
        }
    }

    /// Whether `later` says something a page could not work out from this
    /// feed by counting on: a new step, a pause, a minute added, a new act,
    /// the warning, a flash, a name. Two feeds that differ only by the time
    /// that passed between them are the same news.
    pub fn is_news(&self, later: &RoomFeed) -> bool {
        if steady(&self.view) != steady(&later.view)
            || self.theme != later.theme
            || self.ballot != later.ballot
            || self.language != later.language
        {
            return true;
        }
        let (a, b) = (&self.timing, &later.timing);
        if (
            a.running,
            a.step_length_ms,
            a.warning_ms,
            a.holds,
            a.planned_end_ms,
        ) != (
            b.running,
            b.step_length_ms,
            b.warning_ms,
            b.holds,
            b.planned_end_ms,
        ) {
            return true;
        }
        // The clock jumped (a restart, a step's minute taken) if it does not
        // stand where counting on from `a` puts it.
        let passed = if a.running {
            i64::try_from(b.at_ms.saturating_sub(a.at_ms)).unwrap_or(i64::MAX)
        } else {
            0
        };
        let expected_step = a.step_left_ms.saturating_sub(passed);
        let counted = passed.min(a.step_left_ms.max(0));
        let expected_agenda = i64::try_from(a.agenda_left_ms)
            .unwrap_or(i64::MAX)
            .saturating_sub(counted);
        let agenda = i64::try_from(b.agenda_left_ms).unwrap_or(i64::MAX);
        (expected_step - b.step_left_ms).abs() > JUMP_MS
            || (expected_agenda - agenda).abs() > JUMP_MS
    }
}

impl RoomFeed {
    /// What the room shows at `now_ms` on the server's clock, counted on
    /// from this feed as the projector counts: the digits, their state and
    /// words, the time left and the drift, the progress along the agenda
    /// bar, and the flash while it lasts. Everything else stands as the
    /// feed says until the next one comes.
    pub fn view_at(&self, now_ms: u64) -> RoomView {
        let timing = &self.timing;
        let mut view = self.view.clone();
        let since = i64::try_from(now_ms.saturating_sub(timing.at_ms)).unwrap_or(i64::MAX);
        let passed = if timing.running { since } else { 0 };
        let left = timing.step_left_ms.saturating_sub(passed);
        if view.phase == RoomPhase::Running {
            view.clock = self.running_clock(left);
        }
        // The agenda counts down only while the step has time left; past
        // zero the step's overtime pushes the end out instead.
        let counted = passed.min(timing.step_left_ms.max(0));
        let agenda_left = i64::try_from(timing.agenda_left_ms)
            .unwrap_or(i64::MAX)
            .saturating_sub(counted)
            .max(0);
        if matches!(view.phase, RoomPhase::Running | RoomPhase::Paused) {
            let agenda_left_ms = u64::try_from(agenda_left).unwrap_or(0);
            view.agenda_left_secs =
                Remaining::Left(Duration::from_millis(agenda_left_ms)).shown_secs();
            if let Some(planned_end) = timing.planned_end_ms {
                let projected = now_ms.saturating_add(agenda_left_ms);
                view.drift = Some(drift_between(projected, planned_end));
            }
            view.left_caption =
                words::left_caption(self.language(), view.agenda_left_secs, view.drift);
        }
        if view.phase == RoomPhase::Running
            && let Some(segment) = view.timeline.iter_mut().find(|segment| segment.current)
        {
            let length = timing.step_length_ms.max(1) as f32;
            let done = (timing.step_length_ms as f32 - left as f32) / length;
            segment.done = done.clamp(0.0, 1.0);
        }
        if let Some(flash) = &mut view.flash {
            flash.age += since as f32 / FLASH_LENGTH.as_millis() as f32;
        }
        if view.flash.as_ref().is_some_and(|flash| flash.age >= 1.0) {
            view.flash = None;
        }
        view
    }

    /// The language the room speaks; English for a code this app does
    /// not know.
    pub fn language(&self) -> Language {
        Language::parse(&self.language).unwrap_or(Language::English)
    }

    /// Whether a feed read from the network can be drawn: every fraction
    /// a finite number from 0 to 1 and no list or text beyond what any
    /// agenda has. A joined app draws only such feeds, whatever a
    /// misbehaving room sends.
    pub fn is_plausible(&self) -> bool {
        const MOST_TEXT: usize = 20_000;
        const MOST_ITEMS: usize = 1_000;
        let fraction = |value: f32| value.is_finite() && (0.0..=1.0).contains(&value);
        let view = &self.view;
        let texts = [
            &view.format,
            &view.title,
            &view.next_caption,
            &view.left_caption,
            &view.clock.digits,
            &view.clock.word,
            &view.clock.hint,
            &self.language,
        ];
        texts.iter().all(|text| text.len() <= MOST_TEXT)
            && view.timeline.len() <= MOST_ITEMS
            && view.cast.len() <= MOST_ITEMS
            && self.acts.len() <= MOST_ITEMS
            && view.timeline.iter().all(|segment| {
                fraction(segment.share)
                    && fraction(segment.done)
                    && segment.title.len() <= MOST_TEXT
            })
            && view.flash.as_ref().is_none_or(|flash| fraction(flash.age))
            && view.step_number <= view.step_count
    }

    /// How long after `now_ms` what [`RoomFeed::view_at`] shows next
    /// changes on its own: the next whole second while the clock runs, the
    /// flash coming down; `None` when nothing will until the next feed.
    pub fn next_change_ms(&self, now_ms: u64) -> Option<u64> {
        let timing = &self.timing;
        let since = now_ms.saturating_sub(timing.at_ms);
        let flash = self.view.flash.as_ref().map(|flash| {
            let shown =
                ((flash.age * FLASH_LENGTH.as_millis() as f32) as u64).saturating_add(since);
            (FLASH_LENGTH.as_millis() as u64).saturating_sub(shown)
        });
        let second = (timing.running && self.view.phase == RoomPhase::Running).then(|| {
            let left = timing
                .step_left_ms
                .saturating_sub(i64::try_from(since).unwrap_or(i64::MAX));
            let into = left.rem_euclid(1000) as u64;
            match (left > 0, into) {
                (true, 0) => 1000,
                (true, into) => into,
                (false, into) => 1000 - into,
            }
        });
        [flash, second].into_iter().flatten().min()
    }

    /// The countdown while running, with `left_ms` of the step to go
    /// (negative past zero): words::clock_reading, from the timing alone.
    fn running_clock(&self, left_ms: i64) -> ClockReading {
        let timing = &self.timing;
        let language = self.language();
        let magnitude = Duration::from_millis(left_ms.unsigned_abs());
        let remaining = if left_ms > 0 {
            Remaining::Left(magnitude)
        } else if timing.holds {
            Remaining::Over(magnitude)
        } else {
            // The app moves on at zero and a new feed follows.
            Remaining::Left(Duration::ZERO)
        };
        let shown = Duration::from_secs(remaining.shown_secs());
        let (digits, tone, word, hint) = match remaining {
            Remaining::Over(over) => (
                format!("+{}", clock_text(shown)),
                Tone::Overtime {
                    pulse: over.as_secs() % 2 == 1,
                },
                words::overtime_word(language),
                words::overtime_hint(language),
            ),
            Remaining::Left(left)
                if timing.warning_ms > 0 && left <= Duration::from_millis(timing.warning_ms) =>
            {
                (
                    clock_text(shown),
                    Tone::Warning,
                    words::warning_word(language, Duration::from_millis(timing.warning_ms)),
                    String::new(),
                )
            }
            Remaining::Left(_) => (clock_text(shown), Tone::Calm, String::new(), String::new()),
        };
        ClockReading {
            digits,
            tone,
            word,
            hint,
        }
    }
}

/// The projected end against the planned one, as the session words it.
fn drift_between(projected_ms: u64, planned_ms: u64) -> DriftReading {
    const SECOND: u64 = 1000;
    if projected_ms >= planned_ms + SECOND {
        DriftReading::BehindSecs((projected_ms - planned_ms) / SECOND)
    } else if projected_ms + SECOND <= planned_ms {
        DriftReading::AheadSecs((planned_ms - projected_ms) / SECOND)
    } else {
        DriftReading::OnTime
    }
}

/// How far a clock may stand from where counting on puts it before the
/// difference is news; well under the second a countdown shows.
const JUMP_MS: i64 = 50;

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// The view without what changes by itself as time passes: the digits, the
/// overtime pulse, the time left, the drift, the progress along the
/// timeline and the flash's age.
fn steady(view: &RoomView) -> RoomView {
    let mut view = view.clone();
    let tone = match view.clock.tone {
        Tone::Overtime { .. } => Tone::Overtime { pulse: false },
        tone => tone,
    };
    view.clock = ClockReading {
        digits: String::new(),
        tone,
        ..view.clock
    };
    view.agenda_left_secs = 0;
    view.left_caption.clear();
    view.drift = None;
    for segment in &mut view.timeline {
        segment.done = 0.0;
    }
    if let Some(flash) = &mut view.flash {
        flash.age = 0.0;
    }
    view
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::built_in_breakout;
    use crate::session::Intent;

    fn feed(session: &Session, stage: &Stage, now: Instant, epoch: Instant) -> RoomFeed {
        RoomFeed::at(session, stage, now, epoch, false)
    }

    #[test]
    fn counting_on_is_not_news_but_every_change_of_state_is() {
        let epoch = Instant::now();
        let mut session = Session::new(built_in_breakout());
        let stage = Stage::default();
        let mut now = epoch + Duration::from_secs(5);
        session.apply(Intent::StartOrPause, now);
        let first = feed(&session, &stage, now, epoch);
        assert!(first.timing.running);
        assert_eq!(
            first.timing.step_left_ms,
            first.timing.step_length_ms as i64
        );
        assert_eq!(first.timing.planned_end_ms, Some(5_000 + 25 * 60_000));

        now += Duration::from_millis(1500);
        session.tick(now);
        let later = feed(&session, &stage, now, epoch);
        assert_ne!(first.view.clock.digits, later.view.clock.digits);
        assert!(!first.is_news(&later), "only the digits moved");

        session.apply(Intent::StartOrPause, now);
        let paused = feed(&session, &stage, now, epoch);
        assert!(later.is_news(&paused));
        now += Duration::from_secs(30);
        let still_paused = feed(&session, &stage, now, epoch);
        assert!(
            !paused.is_news(&still_paused),
            "a paused clock stands still"
        );

        session.apply(Intent::StartOrPause, now);
        let resumed = feed(&session, &stage, now, epoch);
        assert!(still_paused.is_news(&resumed));
        session.apply(Intent::Restart, now + Duration::from_secs(2));
        let restarted = feed(&session, &stage, now + Duration::from_secs(2), epoch);
        assert!(resumed.is_news(&restarted), "the clock jumped back");
        session.apply(Intent::Next, now + Duration::from_secs(3));
        let next = feed(&session, &stage, now + Duration::from_secs(3), epoch);
        assert!(restarted.is_news(&next));
        assert_eq!(next.view.step_number, 2);
    }

    #[test]
    fn acts_travel_only_with_a_step_paced_by_acts() {
        let epoch = Instant::now();
        let mut session = Session::new(built_in_breakout());
        let stage = Stage::default();
        let now = epoch;
        session.apply(Intent::StartOrPause, now);
        assert!(feed(&session, &stage, now, epoch).acts.is_empty());
        while !matches!(session.step().panel, crate::scenario::Panel::Acts { .. }) {
            session.apply(Intent::Next, now);
        }
        let acts = feed(&session, &stage, now, epoch).acts;
        assert_eq!(acts.len(), 5);
        assert!(acts.iter().all(|act| !act.purpose.is_empty()));
        let json = serde_json::to_string(&feed(&session, &stage, now, epoch)).unwrap();
        assert!(
            json.contains("\"timing\":{\"at_ms\":0,\"running\":true"),
            "{json}"
        );
    }

    #[test]
    fn a_counted_on_view_changes_at_each_whole_second_and_when_the_flash_ends() {
        let epoch = Instant::now();
        let mut session = Session::new(built_in_breakout());
        let mut stage = Stage::default();
        session.apply(Intent::StartOrPause, epoch);
        let fed = feed(&session, &stage, epoch, epoch);
        // 3:00 left: "3:00" until 1 ms later shows "2:59"... the digits
        // round up, so they change as each whole second is crossed.
        assert_eq!(fed.next_change_ms(0), Some(1000));
        assert_eq!(fed.next_change_ms(250), Some(750));
        assert_eq!(fed.view_at(999).clock.digits, "3:00");
        assert_eq!(fed.view_at(1000).clock.digits, "2:59");
        let cues = session.apply(Intent::Next, epoch + Duration::from_millis(400));
        stage.hear(&session, &cues, epoch + Duration::from_millis(400));
        let handed = feed(&session, &stage, epoch + Duration::from_millis(400), epoch);
        assert!(handed.view.flash.is_some());
        assert_eq!(
            handed.next_change_ms(2800),
            Some(100),
            "the flash ends at 2.9 s"
        );
        session.apply(Intent::StartOrPause, epoch + Duration::from_secs(5));
        let paused = feed(&session, &stage, epoch + Duration::from_secs(5), epoch);
        assert_eq!(paused.next_change_ms(9000), None);
    }

    #[test]
    fn a_feed_with_impossible_numbers_is_not_plausible() {
        let epoch = Instant::now();
        let session = Session::new(built_in_breakout());
        let fed = feed(&session, &Stage::default(), epoch, epoch);
        assert!(fed.is_plausible());
        let mut nan = fed.clone();
        nan.view.timeline[0].share = f32::NAN;
        assert!(!nan.is_plausible());
        let mut huge = fed.clone();
        huge.view.title = "x".repeat(30_000);
        assert!(!huge.is_plausible());
        let mut beyond = fed;
        beyond.view.step_number = beyond.view.step_count + 1;
        assert!(!beyond.is_plausible());
    }

    mod counting_on {
        use super::*;
        use proptest::prelude::*;

        /// Something the trainer does, and how long after the last thing.
        #[derive(Debug, Clone)]
        enum Step {
            Wait(u64),
            Do(Intent),
        }

        fn step() -> impl Strategy<Value = Step> {
            prop_oneof![
                4 => (1u64..400_000).prop_map(Step::Wait),
                1 => prop_oneof![
                    Just(Intent::StartOrPause),
                    Just(Intent::Next),
                    Just(Intent::AddMinute),
                    Just(Intent::RemoveMinute),
                    Just(Intent::Restart),
                    Just(Intent::Previous),
                ]
                .prop_map(Step::Do),
            ]
        }

        proptest! {
            /// Whatever numbers a room sends, counting on from them never
            /// panics and gives digits, as a joined app must.
            #[test]
            fn any_timing_counts_on_without_a_panic(
                at_ms in any::<u64>(),
                now_ms in any::<u64>(),
                running in any::<bool>(),
                step_left_ms in any::<i64>(),
                step_length_ms in any::<u64>(),
                warning_ms in any::<u64>(),
                holds in any::<bool>(),
                agenda_left_ms in any::<u64>(),
                planned_end_ms in proptest::option::of(any::<u64>()),
                age in -10.0f32..10.0,
            ) {
                let epoch = Instant::now();
                let mut session = Session::new(built_in_breakout());
                let mut stage = Stage::default();
                let cues = session.apply(Intent::StartOrPause, epoch);
                stage.hear(&session, &cues, epoch);
                let cues = session.apply(Intent::Next, epoch);
                stage.hear(&session, &cues, epoch);
                let mut fed = feed(&session, &stage, epoch, epoch);
                fed.timing = Timing {
                    at_ms, running, step_left_ms, step_length_ms, warning_ms, holds,
                    agenda_left_ms, planned_end_ms,
                };
                if let Some(flash) = &mut fed.view.flash {
                    flash.age = age;
                }
                let view = fed.view_at(now_ms);
                prop_assert!(!view.clock.digits.is_empty());
                let _ = fed.next_change_ms(now_ms);
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

            /// A page or a joined app counting on from a feed reads the same
            /// digits, state, time left, drift and progress as the projector,
            /// for as long as nothing but time happens.
            #[test]
            fn a_feed_counted_on_reads_as_the_room_does(
                format in 0..crate::library::BUILT_INS.len(),
                steps in proptest::collection::vec(step(), 0..12),
                later in 0u64..600_000,
            ) {
                let (name, text) = crate::library::BUILT_INS[format];
                let scenario = crate::scenario::parse(text, name).unwrap();
                let epoch = Instant::now();
                let ms = |n: u64| epoch + Duration::from_millis(n);
                let mut session = Session::new(scenario);
                let mut stage = Stage::default();
                let mut now = 0u64;
                session.apply(Intent::StartOrPause, ms(now));
                for step in steps {
                    match step {
                        Step::Wait(wait) => now += wait,
                        Step::Do(intent) => {
                            let cues = session.apply(intent, ms(now));
                            stage.hear(&session, &cues, ms(now));
                        }
                    }
                    let cues = session.tick(ms(now));
                    stage.hear(&session, &cues, ms(now));
                }
                let fed = RoomFeed::at(&session, &stage, ms(now), epoch, false);
                let before = (session.step_index(), session.phase());
                let cues = session.tick(ms(now + later));
                prop_assume!(cues.is_empty() && (session.step_index(), session.phase()) == before);
                let room = RoomView::of(&session, &stage, ms(now + later));
                let counted = fed.view_at(now + later);
                prop_assert_eq!(&counted.clock, &room.clock);
                prop_assert_eq!(counted.agenda_left_secs, room.agenda_left_secs);
                prop_assert_eq!(counted.drift, room.drift);
                prop_assert_eq!(&counted.left_caption, &room.left_caption);
                for (a, b) in counted.timeline.iter().zip(&room.timeline) {
                    prop_assert!((a.done - b.done).abs() < 1e-3, "{} vs {}", a.done, b.done);
                }
                prop_assert_eq!(counted.flash.is_some(), room.flash.is_some());
            }
        }
    }
}
