//! The record of how a session ran: what the trainer did and when each step
//! really began and ended, as offsets from the moment the session started
//! (monotonic, so a system clock set forward mid-workshop changes nothing).
//! Alongside the events, each step's running totals (time run, paused,
//! overtime, minutes added) are kept up to date as events arrive, so the
//! report stays exact even once the list of events is full.

use std::time::Duration;

/// The most events kept. A workshop has a few hundred; this leaves room for
/// a trainer holding a key down for hours, and at 48 bytes an event stays
/// under 2.5 MB. Later events are counted in [`Log::dropped`] but not kept;
/// the step totals still take them in, so no report loses a second.
pub const MAX_EVENTS: usize = 50_000;

/// Something that happened, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    /// Time since the session started.
    pub at: Duration,
    /// What happened.
    pub kind: EventKind,
}

/// What happened to the session. Steps are indices into the session's steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// The trainer started the session (always the first event).
    Started,
    /// The trainer paused the clock.
    Paused,
    /// The trainer set the clock going again.
    Resumed,
    /// The trainer moved on to the next step. Moving on from the last step
    /// ends the session: that is a [`EventKind::StepEnded`] and a
    /// [`EventKind::Finished`] with no `Next`, since there is no step to go to.
    Next {
        /// The step left.
        from: usize,
        /// The step entered.
        to: usize,
    },
    /// The trainer went back to the start of the previous step (or of the
    /// same one, on the first step or once the session had finished).
    Back {
        /// The step left.
        from: usize,
        /// The step entered, from its beginning.
        to: usize,
    },
    /// The trainer ran the current step again from its beginning.
    Restart {
        /// The step restarted.
        step: usize,
    },
    /// The trainer lengthened a step.
    MinuteAdded {
        /// The step lengthened.
        step: usize,
        /// How much longer it became.
        by: Duration,
    },
    /// The trainer shortened a step. Never below what has already run, so
    /// this can be less than a minute.
    MinuteRemoved {
        /// The step shortened.
        step: usize,
        /// How much shorter it actually became.
        by: Duration,
    },
    /// A step became the current one, from its beginning.
    StepStarted {
        /// The step.
        step: usize,
    },
    /// A step stopped being the current one: it ran out and handed over, the
    /// trainer moved on or back, or the session finished.
    StepEnded {
        /// The step.
        step: usize,
    },
    /// A step that waits for the trainer reached zero; the clock runs on.
    TimeUp {
        /// The step.
        step: usize,
    },
    /// The last step ended.
    Finished,
}

/// One step's totals over the whole session, every visit added up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepRecord {
    /// Clock time run while this was the current step.
    pub ran: Duration,
    /// Time the clock stood still while this was the current step.
    pub paused: Duration,
    /// How many times the trainer paused during it.
    pub pauses: u32,
    /// Time run past its length (a step that waits for the trainer).
    pub overtime: Duration,
    /// Length the trainer added to it.
    pub added: Duration,
    /// Length the trainer took from it.
    pub removed: Duration,
    /// When it first became the current step.
    pub first_start: Option<Duration>,
    /// When it last stopped being the current step.
    pub last_end: Option<Duration>,
    /// How many times it became the current step.
    pub visits: u32,
    /// Whether it was ever left, or the session finished in it, with its
    /// time up: it ran its full length at least once.
    pub completed: bool,
}

/// The session's log: its events, as many as fit, and each step's totals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Log {
    events: Vec<Event>,
    dropped: u64,
    steps: Vec<StepRecord>,
    /// Each step's length as the log has followed it.
    lengths: Vec<Duration>,
    /// The step whose time is being counted, if any.
    current: Option<usize>,
    /// The step that last stopped being the current one.
    last_ended: Option<usize>,
    running: bool,
    /// When the span being counted began.
    since: Duration,
    /// Time run in the current step since it was entered or restarted, to
    /// tell overtime and whether it ran out.
    visit_ran: Duration,
}

impl Log {
    /// An empty log for steps of these lengths (as they stand at the start).
    pub fn new(lengths: &[Duration]) -> Self {
        Self {
            steps: vec![StepRecord::default(); lengths.len()],
            lengths: lengths.to_vec(),
            ..Self::default()
        }
    }

    /// The log these events make, for steps of these starting lengths.
    pub fn replay(lengths: &[Duration], events: &[Event]) -> Self {
        let mut log = Self::new(lengths);
        for event in events {
            log.record(event.at, event.kind);
        }
        log
    }

    /// Adds what happened at `at` (never earlier than the last event).
    pub fn record(&mut self, at: Duration, kind: EventKind) {
        self.fold(at, kind);
        if self.events.len() < MAX_EVENTS {
            self.events.push(Event { at, kind });
        } else {
            self.dropped += 1;
        }
    }

    /// The events kept, oldest first.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Events that happened after the log was full and were not kept.
    pub fn dropped(&self) -> u64 {
        self.dropped
    }

    /// Every event recorded, kept or not: grows by one with each event.
    pub fn recorded(&self) -> u64 {
        self.events.len() as u64 + self.dropped
    }

    /// Each step's totals, counting the span under way up to `at`.
    pub fn steps_at(&self, at: Duration) -> Vec<StepRecord> {
        let mut upto = self.clone_counts();
        upto.close_span(at);
        upto.steps
    }

    /// The log without its events: what [`Log::steps_at`] needs, cheap to copy.
    fn clone_counts(&self) -> Self {
        Self {
            events: Vec::new(),
            steps: self.steps.clone(),
            lengths: self.lengths.clone(),
            ..*self
        }
    }

    /// Takes one event into the step totals.
    fn fold(&mut self, at: Duration, kind: EventKind) {
        self.close_span(at);
        match kind {
            EventKind::Started | EventKind::Resumed => self.running = true,
            EventKind::Paused => {
                self.running = false;
                if let Some(record) = self.current.and_then(|step| self.steps.get_mut(step)) {
                    record.pauses += 1;
                }
            }
            EventKind::Restart { .. } => self.visit_ran = Duration::ZERO,
            EventKind::MinuteAdded { step, by } => {
                if let (Some(length), Some(record)) =
                    (self.lengths.get_mut(step), self.steps.get_mut(step))
                {
                    *length += by;
                    record.added += by;
                }
            }
            EventKind::MinuteRemoved { step, by } => {
                if let (Some(length), Some(record)) =
                    (self.lengths.get_mut(step), self.steps.get_mut(step))
                {
                    *length = length.saturating_sub(by);
                    record.removed += by;
                }
            }
            EventKind::StepStarted { step } => {
                if let Some(record) = self.steps.get_mut(step) {
                    self.current = Some(step);
                    self.visit_ran = Duration::ZERO;
                    record.visits += 1;
                    record.first_start.get_or_insert(at);
                }
            }
            EventKind::StepEnded { step } => {
                let length = self.lengths.get(step).copied().unwrap_or_default();
                if let Some(record) = self.steps.get_mut(step) {
                    record.completed |= self.visit_ran >= length;
                    record.last_end = Some(at);
                }
                if self.current == Some(step) {
                    self.current = None;
                }
                self.last_ended = Some(step);
            }
            EventKind::Finished => {
                // A finished session stands stopped on its last step, as the
                // session itself does: if the trainer goes back into it, the
                // time in between was paused time there, and every second
                // from the start still belongs to some step.
                self.running = false;
                self.current = self.last_ended;
            }
            EventKind::Next { .. } | EventKind::Back { .. } | EventKind::TimeUp { .. } => {}
        }
    }

    /// Counts the time since the last event to the current step, as run or
    /// as paused, and starts a new span at `at`.
    fn close_span(&mut self, at: Duration) {
        let span = at.saturating_sub(self.since);
        self.since = self.since.max(at);
        let Some(step) = self.current else {
            return;
        };
        let length = self.lengths.get(step).copied().unwrap_or_default();
        let Some(record) = self.steps.get_mut(step) else {
            return;
        };
        if self.running {
            // Only the part of the span past the step's length is overtime;
            // all of it, if the step was already over when the span began.
            let ran = self.visit_ran + span;
            record.overtime += ran.saturating_sub(length.max(self.visit_ran));
            record.ran += span;
            self.visit_ran = ran;
        } else {
            record.paused += span;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEC: Duration = Duration::from_secs(1);

    fn at(secs: u64) -> Duration {
        SEC * u32::try_from(secs).unwrap()
    }

    #[test]
    fn a_held_step_counts_only_the_time_past_its_length_as_overtime() {
        let mut log = Log::new(&[at(60)]);
        log.record(at(0), EventKind::Started);
        log.record(at(0), EventKind::StepStarted { step: 0 });
        log.record(at(60), EventKind::TimeUp { step: 0 });
        let record = &log.steps_at(at(75))[0];
        assert_eq!((record.ran, record.overtime), (at(75), at(15)));
        // A minute added in overtime puts the step back in its time.
        log.record(
            at(75),
            EventKind::MinuteAdded {
                step: 0,
                by: at(60),
            },
        );
        let record = &log.steps_at(at(120))[0];
        assert_eq!((record.ran, record.overtime), (at(120), at(15)));
        let record = &log.steps_at(at(140))[0];
        assert_eq!(record.overtime, at(15 + 20));
    }

    #[test]
    fn pauses_and_visits_add_up_and_a_step_left_early_is_not_completed() {
        let mut log = Log::new(&[at(60), at(60)]);
        log.record(at(0), EventKind::Started);
        log.record(at(0), EventKind::StepStarted { step: 0 });
        log.record(at(10), EventKind::Paused);
        log.record(at(40), EventKind::Resumed);
        log.record(at(50), EventKind::Next { from: 0, to: 1 });
        log.record(at(50), EventKind::StepEnded { step: 0 });
        log.record(at(50), EventKind::StepStarted { step: 1 });
        log.record(at(55), EventKind::Back { from: 1, to: 0 });
        log.record(at(55), EventKind::StepEnded { step: 1 });
        log.record(at(55), EventKind::StepStarted { step: 0 });
        let steps = log.steps_at(at(115));
        assert_eq!(steps[0].ran, at(20 + 60));
        assert_eq!((steps[0].paused, steps[0].pauses), (at(30), 1));
        assert_eq!(steps[0].visits, 2);
        assert_eq!(steps[0].first_start, Some(at(0)));
        assert!(!steps[0].completed, "still in it");
        assert_eq!(steps[1].ran, at(5));
        assert!(!steps[1].completed);
        log.record(at(115), EventKind::StepEnded { step: 0 });
        assert!(log.steps_at(at(115))[0].completed);
    }

    #[test]
    fn a_full_log_keeps_counting_what_it_no_longer_keeps() {
        let mut log = Log::new(&[at(60)]);
        log.record(at(0), EventKind::Started);
        log.record(at(0), EventKind::StepStarted { step: 0 });
        let presses = MAX_EVENTS as u64 + 10;
        for _ in 0..presses / 2 {
            log.record(at(1), EventKind::Paused);
            log.record(at(1), EventKind::Resumed);
        }
        assert_eq!(log.events().len(), MAX_EVENTS);
        assert_eq!(log.recorded(), 2 + presses);
        assert_eq!(log.dropped(), 2 + presses - MAX_EVENTS as u64);
        let record = &log.steps_at(at(30))[0];
        assert_eq!(record.pauses as u64, presses / 2);
        assert_eq!(record.ran, at(30));
    }

    #[test]
    fn a_full_log_stays_under_two_and_a_half_megabytes() {
        assert!(std::mem::size_of::<Event>() <= 48);
    }

    #[test]
    fn steps_out_of_range_are_ignored() {
        let mut log = Log::new(&[at(60)]);
        log.record(at(0), EventKind::Started);
        log.record(at(0), EventKind::StepStarted { step: 7 });
        log.record(
            at(1),
            EventKind::MinuteAdded {
                step: 7,
                by: at(60),
            },
        );
        log.record(at(2), EventKind::StepEnded { step: 7 });
        assert_eq!(log.steps_at(at(3)), vec![StepRecord::default()]);
    }
}
