//! A running workshop: which step the room is in, how long is left, who holds
//! which role, and what the trainer has asked for (pause, skip, extend...).
//! A state machine over a [`Scenario`], driven only by the instants it is
//! given, so that it never drifts and tests can step it by hand. From the
//! start it keeps a [`log`] of what happened, for the report.

pub mod clock;
pub mod log;

use std::time::{Duration, Instant};

use self::log::{Event, EventKind, Log, StepRecord};
use crate::i18n::Language;
use crate::scenario::languages::languages_of;
use crate::scenario::{Advance, Panel, Plan, Scenario, Step};

/// Where the session is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Waiting for the trainer to start; names can still be typed in.
    NotStarted,
    /// The clock is counting.
    Running,
    /// The clock is stopped; no step time passes.
    Paused,
    /// The last step is over.
    Finished,
}

/// Something the trainer asks for, from a key or a button.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// Start the session, or pause or resume it.
    StartOrPause,
    /// Move on to the next step now.
    Next,
    /// Go back to the previous step, from its beginning.
    Previous,
    /// Run the current step again from its beginning.
    Restart,
    /// Give the current step one more minute.
    AddMinute,
    /// Take a minute from the current step (never ending it in the past).
    RemoveMinute,
    /// Set the name of the participant at this index.
    Rename {
        /// Index into the scenario's participants.
        participant: usize,
        /// The name to show.
        name: String,
    },
}

/// A moment the room should notice: the app chimes and flashes on these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// The step has entered its last minute (or its own warning time).
    Warning {
        /// The step concerned.
        step: usize,
    },
    /// A step that waits for the trainer has reached zero; the clock runs on
    /// into overtime.
    TimeUp {
        /// The step concerned.
        step: usize,
    },
    /// One step ended and the next began.
    HandOver {
        /// The step that ended.
        from: usize,
        /// The step that began.
        to: usize,
    },
    /// The last step ended.
    Finished,
}

/// How much of the current step is left, or how far past its end it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Remaining {
    /// Time still to go.
    Left(Duration),
    /// Time past the end (the step waits for the trainer).
    Over(Duration),
}

impl Remaining {
    /// The whole seconds a countdown shows: rounded up while counting down,
    /// so "0:00" is never shown before the end, and down in overtime, so
    /// "+0:01" appears one full second after it.
    pub fn shown_secs(self) -> u64 {
        match self {
            Remaining::Left(d) => d.as_secs() + u64::from(d.subsec_nanos() > 0),
            Remaining::Over(d) => d.as_secs(),
        }
    }
}

/// How the session stands against the plan made when it started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drift {
    /// Within a second of the plan.
    OnTime,
    /// Pauses, extensions or overtime put the end this much later than planned.
    Behind(Duration),
    /// Skipped or shortened steps put the end this much earlier.
    Ahead(Duration),
}

/// A workshop in progress over one scenario.
#[derive(Debug, Clone)]
pub struct Session {
    plan: Plan,
    /// The names typed for each participant; `None` until one is, when
    /// the scenario's placeholder shows in the language spoken.
    typed: Vec<Option<String>>,
    /// The languages the format gives its texts in, read once: the console
    /// asks every frame whether there is a second.
    languages: Vec<Language>,
    /// Each step's length as it stands, after the trainer's extensions.
    lengths: Vec<Duration>,
    index: usize,
    phase: Phase,
    /// Step time run before `running_since`.
    banked: Duration,
    /// When the current run of the clock began; `Some` exactly while running.
    running_since: Option<Instant>,
    started_at: Option<Instant>,
    finished_at: Option<Instant>,
    /// The agenda's length when the trainer pressed start.
    planned_total: Duration,
    warned: bool,
    time_up: bool,
    /// What happened since the start; empty before it.
    log: Log,
}

/// One minute, the step by which the trainer extends or shortens a step.
const MINUTE: Duration = Duration::from_secs(60);

impl Session {
    /// A session that has not started, on the first step, with the
    /// placeholder names. A bare [`Scenario`] runs as its file sets it out.
    pub fn new(plan: impl Into<Plan>) -> Self {
        let plan = plan.into();
        let typed = vec![None; plan.participants.len()];
        let languages = languages_of(&plan.scenario);
        let lengths = plan.steps.iter().map(|s| s.duration.to_std()).collect();
        Self {
            plan,
            typed,
            languages,
            lengths,
            index: 0,
            phase: Phase::NotStarted,
            banked: Duration::ZERO,
            running_since: None,
            started_at: None,
            finished_at: None,
            planned_total: Duration::ZERO,
            warned: false,
            time_up: false,
            log: Log::default(),
        }
    }

    /// The scenario being run, as written: acts, roles, prompts.
    pub fn scenario(&self) -> &Scenario {
        &self.plan.scenario
    }

    /// The languages the format gives its texts in; none for a format
    /// written in one language.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// The agenda being run: the people and every step in order.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Every step, in order.
    pub fn steps(&self) -> &[Step] {
        &self.plan.steps
    }

    /// The participants' names, in the scenario's order: each one typed,
    /// or the scenario's placeholder in the language spoken now.
    pub fn names(&self) -> Vec<String> {
        (0..self.typed.len()).map(|i| self.name(i)).collect()
    }

    /// The name of participant `i`: typed, or the placeholder.
    pub fn name(&self, i: usize) -> String {
        match self.typed.get(i) {
            Some(Some(typed)) => typed.clone(),
            _ => self
                .plan
                .participants
                .get(i)
                .map(|p| p.name.to_string())
                .unwrap_or_default(),
        }
    }

    /// The names typed so far, `None` for each participant with none.
    pub fn typed_names(&self) -> &[Option<String>] {
        &self.typed
    }

    /// Where the session is in its life.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The index of the current step.
    pub fn step_index(&self) -> usize {
        self.index
    }

    /// The current step.
    pub fn step(&self) -> &Step {
        &self.plan.steps[self.index]
    }

    /// The step after the current one, if any.
    pub fn next_step(&self) -> Option<(usize, &Step)> {
        let next = self.index + 1;
        self.plan.steps.get(next).map(|s| (next, s))
    }

    /// A step's length as it stands now, extensions included.
    pub fn step_length(&self, step: usize) -> Duration {
        self.lengths.get(step).copied().unwrap_or_default()
    }

    /// Step time run so far in the current step.
    pub fn elapsed(&self, now: Instant) -> Duration {
        let running = self
            .running_since
            .map_or(Duration::ZERO, |since| now.saturating_duration_since(since));
        self.banked + running
    }

    /// What is left of the current step.
    pub fn remaining(&self, now: Instant) -> Remaining {
        let length = self.lengths[self.index];
        let elapsed = self.elapsed(now);
        // Exactly at the end reads "0:00", not "+0:00".
        if elapsed <= length {
            Remaining::Left(length - elapsed)
        } else {
            Remaining::Over(elapsed - length)
        }
    }

    /// Whether the current step is inside its warning time (and not over).
    pub fn in_warning(&self, now: Instant) -> bool {
        let warning = self.warning_of(self.index);
        match self.remaining(now) {
            Remaining::Left(left) => self.warns(self.index) && left <= warning,
            Remaining::Over(_) => false,
        }
    }

    /// The warning time that applies to `step`.
    pub fn warning_of(&self, step: usize) -> Duration {
        self.plan.steps.get(step).map_or(Duration::ZERO, |s| {
            self.plan.scenario.warning_for(s).to_std()
        })
    }

    /// Whether `step` has a warning at all: not when its warning time is zero,
    /// nor when the step is planned and kept no longer than its warning (a
    /// warning at its very start would tell nobody anything). A step the
    /// trainer has shortened keeps its warning, and one extended gains it.
    pub fn warns(&self, step: usize) -> bool {
        let warning = self.warning_of(step);
        let planned = self.plan.steps[step].duration.to_std();
        !warning.is_zero() && warning < planned.max(self.lengths[step])
    }

    /// Time left in the whole agenda: the rest of this step and all later steps.
    pub fn time_left(&self, now: Instant) -> Duration {
        if self.phase == Phase::Finished {
            return Duration::ZERO;
        }
        let this_step = match self.remaining(now) {
            Remaining::Left(left) => left,
            Remaining::Over(_) => Duration::ZERO,
        };
        this_step + self.lengths[self.index + 1..].iter().sum::<Duration>()
    }

    /// The agenda's length when the trainer pressed start; zero before.
    pub fn planned_total(&self) -> Duration {
        self.planned_total
    }

    /// How the projected end compares with the plan at start; `None` before start.
    pub fn drift(&self, now: Instant) -> Option<Drift> {
        let started = self.started_at?;
        let end = self.finished_at.unwrap_or(now);
        let spent = end.saturating_duration_since(started) + self.time_left(now);
        Some(if spent >= self.planned_total + Duration::from_secs(1) {
            Drift::Behind(spent - self.planned_total)
        } else if spent + Duration::from_secs(1) <= self.planned_total {
            Drift::Ahead(self.planned_total - spent)
        } else {
            Drift::OnTime
        })
    }

    /// How long the session took from start to finish, once finished.
    pub fn finished_after(&self) -> Option<Duration> {
        Some(
            self.finished_at?
                .saturating_duration_since(self.started_at?),
        )
    }

    /// When the trainer started the session, once started.
    pub fn started_at(&self) -> Option<Instant> {
        self.started_at
    }

    /// When the last step ended, while the session stands finished.
    pub fn finished_at(&self) -> Option<Instant> {
        self.finished_at
    }

    /// What happened since the start, oldest first, as far as the log
    /// holds (see [`log::MAX_EVENTS`]).
    pub fn log(&self) -> &[Event] {
        self.log.events()
    }

    /// Every event since the start, including any the full log dropped:
    /// this grows by one with each event, so a writer can tell there is
    /// something new to write.
    pub fn events_recorded(&self) -> u64 {
        self.log.recorded()
    }

    /// Events that happened after the log was full and were not kept.
    pub fn dropped_events(&self) -> u64 {
        self.log.dropped()
    }

    /// Each step's totals (time run, paused, overtime, length added...),
    /// counting the current step up to `now`, or up to the finish.
    pub fn step_records(&self, now: Instant) -> Vec<StepRecord> {
        let Some(started) = self.started_at else {
            return vec![StepRecord::default(); self.lengths.len()];
        };
        let end = self.finished_at.unwrap_or(now);
        self.log.steps_at(end.saturating_duration_since(started))
    }

    /// Who holds which role in `step`, as (role name, person's name), in the
    /// scenario's role order.
    pub fn cast(&self, step: usize) -> Vec<(String, String)> {
        let Some(step) = self.plan.steps.get(step) else {
            return Vec::new();
        };
        self.plan
            .cast_of(step)
            .map(|(role, who)| (role.name.to_string(), self.name(who)))
            .collect()
    }

    /// Whether the people change roles between two steps that both have a cast.
    pub fn roles_change(&self, from: usize, to: usize) -> bool {
        let (a, b) = (self.cast(from), self.cast(to));
        !a.is_empty() && !b.is_empty() && a != b
    }

    /// The act (index into the scenario's acts) the pair should be in by now,
    /// when the current step is paced by acts. The pacing stretches with the
    /// step if the trainer extends it; in overtime it stays on the last act.
    pub fn paced_act(&self, now: Instant) -> Option<usize> {
        let Panel::Acts { pacing } = &self.step().panel else {
            return None;
        };
        let planned: u128 = pacing.iter().map(|(_, d)| u128::from(d.as_secs())).sum();
        let length = self.lengths[self.index].as_nanos().max(1);
        let elapsed = self.elapsed(now).as_nanos().min(length);
        // Position within the pacing, in planned nanoseconds.
        let position = elapsed * planned * 1_000_000_000 / length;
        let mut end = 0u128;
        for (act, share) in pacing {
            end += u128::from(share.as_secs()) * 1_000_000_000;
            if position < end {
                return self.plan.scenario.act_index(act);
            }
        }
        pacing
            .last()
            .and_then(|(act, _)| self.plan.scenario.act_index(act))
    }

    /// How long until what a countdown shows next changes, while running;
    /// `None` when nothing will change on its own.
    pub fn next_change(&self, now: Instant) -> Option<Duration> {
        if self.phase != Phase::Running {
            return None;
        }
        let second = Duration::from_secs(1);
        Some(match self.remaining(now) {
            Remaining::Left(left) => {
                let shown = Duration::from_secs(Remaining::Left(left).shown_secs());
                left.saturating_sub(shown.saturating_sub(second))
            }
            Remaining::Over(over) => second - Duration::from_nanos(u64::from(over.subsec_nanos())),
        })
    }

    /// Brings the session up to `now`: counts the step down, moves on when a
    /// step's time is up, and reports what the room should notice. Call it
    /// before reading anything for display.
    pub fn tick(&mut self, now: Instant) -> Vec<Cue> {
        let mut cues = Vec::new();
        while self.phase == Phase::Running {
            let length = self.lengths[self.index];
            let elapsed = self.elapsed(now);
            let warning = self.warning_of(self.index);
            if !self.warned && self.warns(self.index) && elapsed + warning >= length {
                self.warned = true;
                cues.push(Cue::Warning { step: self.index });
            }
            if elapsed < length || self.time_up {
                break;
            }
            match self.step().advance {
                Advance::Hold => {
                    self.time_up = true;
                    let step = self.index;
                    self.note(self.ran_out_at(now), EventKind::TimeUp { step });
                    cues.push(Cue::TimeUp { step });
                }
                Advance::Auto => {
                    // The next step starts at the instant this one ended, not at
                    // `now`, so late or coarse ticks never add up to drift.
                    let ended_at = self.ran_out_at(now);
                    let from = self.index;
                    self.note(ended_at, EventKind::StepEnded { step: from });
                    if from + 1 == self.lengths.len() {
                        self.finish(ended_at);
                        self.note(ended_at, EventKind::Finished);
                        cues.push(Cue::Finished);
                    } else {
                        self.enter(from + 1, Some(ended_at));
                        self.note(ended_at, EventKind::StepStarted { step: from + 1 });
                        cues.push(Cue::HandOver { from, to: from + 1 });
                    }
                }
            }
        }
        cues
    }

    /// Applies the trainer's intent at `now`, after bringing the clock up to
    /// date, and returns what the room should notice.
    pub fn apply(&mut self, intent: Intent, now: Instant) -> Vec<Cue> {
        let mut cues = self.tick(now);
        match intent {
            Intent::StartOrPause => match self.phase {
                Phase::NotStarted => {
                    self.phase = Phase::Running;
                    self.started_at = Some(now);
                    self.running_since = Some(now);
                    self.planned_total = self.lengths[self.index..].iter().sum();
                    self.log = Log::new(&self.lengths);
                    self.note(now, EventKind::Started);
                    let step = self.index;
                    self.note(now, EventKind::StepStarted { step });
                }
                Phase::Running => {
                    self.banked = self.elapsed(now);
                    self.running_since = None;
                    self.phase = Phase::Paused;
                    self.note(now, EventKind::Paused);
                }
                Phase::Paused => {
                    self.running_since = Some(now);
                    self.phase = Phase::Running;
                    self.note(now, EventKind::Resumed);
                }
                Phase::Finished => {}
            },
            Intent::Next => match self.phase {
                Phase::Finished => {}
                _ if self.index + 1 == self.lengths.len() => {
                    if self.phase != Phase::NotStarted {
                        let step = self.index;
                        self.note(now, EventKind::StepEnded { step });
                        self.finish(now);
                        self.note(now, EventKind::Finished);
                        cues.push(Cue::Finished);
                    }
                }
                phase => {
                    let from = self.index;
                    let to = from + 1;
                    self.note(now, EventKind::Next { from, to });
                    self.note(now, EventKind::StepEnded { step: from });
                    self.enter(to, (phase == Phase::Running).then_some(now));
                    self.note(now, EventKind::StepStarted { step: to });
                    if phase == Phase::Running {
                        cues.push(Cue::HandOver { from, to: from + 1 });
                    }
                }
            },
            Intent::Previous => {
                let from = self.index;
                if self.phase == Phase::Finished {
                    // The last step already ended when the session finished.
                    self.note(now, EventKind::Back { from, to: from });
                    self.finished_at = None;
                    self.phase = Phase::Paused;
                    self.enter(from, None);
                } else {
                    let to = from.saturating_sub(1);
                    self.note(now, EventKind::Back { from, to });
                    self.note(now, EventKind::StepEnded { step: from });
                    let running = (self.phase == Phase::Running).then_some(now);
                    self.enter(to, running);
                }
                let step = self.index;
                self.note(now, EventKind::StepStarted { step });
            }
            Intent::Restart => {
                if self.phase != Phase::Finished {
                    let step = self.index;
                    self.note(now, EventKind::Restart { step });
                    let running = (self.phase == Phase::Running).then_some(now);
                    self.enter(step, running);
                }
            }
            Intent::AddMinute => {
                if self.phase != Phase::Finished {
                    self.lengths[self.index] += MINUTE;
                    let step = self.index;
                    self.note(now, EventKind::MinuteAdded { step, by: MINUTE });
                    self.rearm_cues(now);
                }
            }
            Intent::RemoveMinute => {
                let elapsed = self.elapsed(now);
                // In overtime there is nothing left to take away.
                if self.phase != Phase::Finished && elapsed < self.lengths[self.index] {
                    // Never shorter than what has already run: the step then simply ends now.
                    let floor = elapsed.max(Duration::from_secs(1));
                    let step = self.index;
                    let before = self.lengths[step];
                    self.lengths[step] = before.saturating_sub(MINUTE).max(floor);
                    let by = before.saturating_sub(self.lengths[step]);
                    if !by.is_zero() {
                        self.note(now, EventKind::MinuteRemoved { step, by });
                    }
                    self.rearm_cues(now);
                }
            }
            Intent::Rename { participant, name } => {
                if let Some(slot) = self.typed.get_mut(participant) {
                    // A cleared field means "no name yet", not an empty role
                    // line; and a placeholder typed back is no name either,
                    // so it follows the language like the others.
                    let name = name.trim();
                    let placeholder = self.plan.participants.get(participant).map(|p| &p.name);
                    let is_placeholder =
                        placeholder.is_some_and(|p| p.versions().any(|text| text == name));
                    *slot = (!name.is_empty() && !is_placeholder).then(|| name.to_string());
                }
            }
        }
        cues.extend(self.tick(now));
        cues
    }

    /// Moves to `step` with none of its time run; `running_from` is when its
    /// clock starts, or `None` to leave it stopped.
    fn enter(&mut self, step: usize, running_from: Option<Instant>) {
        self.index = step;
        self.banked = Duration::ZERO;
        self.running_since = running_from;
        self.warned = false;
        self.time_up = false;
    }

    /// The instant the current step's time runs out (or ran out), from the
    /// run under way; `now` if the clock is stopped.
    fn ran_out_at(&self, now: Instant) -> Instant {
        let since = self.running_since.unwrap_or(now);
        since + self.lengths[self.index].saturating_sub(self.banked)
    }

    /// Adds `kind` to the log at `at`. Nothing before the start is
    /// recorded: the report is of the session as it ran.
    fn note(&mut self, at: Instant, kind: EventKind) {
        if let Some(started) = self.started_at {
            self.log.record(at.saturating_duration_since(started), kind);
        }
    }

    fn finish(&mut self, at: Instant) {
        self.banked = self.elapsed(at);
        self.running_since = None;
        self.phase = Phase::Finished;
        self.finished_at = Some(at);
    }

    /// After a step's length changed, lets its warning and end cues sound
    /// again if they are back in the future.
    fn rearm_cues(&mut self, now: Instant) {
        if let Remaining::Left(left) = self.remaining(now) {
            self.time_up = false;
            if left > self.warning_of(self.index) {
                self.warned = false;
            }
        }
    }
}
