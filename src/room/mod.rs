//! What the room sees, as one value: the step, who holds which role, the
//! countdown and its state, what to do now, what comes next, the whole
//! agenda as a bar, and the hand-over flash. It is computed from the session
//! at an instant and carries no colour, no font and no `Instant`, so the
//! projected window, the console's miniature and a page served to phones all
//! draw the same words from it, in the language the app speaks when it is
//! taken.

mod feed;
mod second;
mod stage;
pub mod tally;
mod words;

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::scenario::{Panel, Text, clock_text};
use crate::session::{Phase, Remaining, Session};
pub use feed::{ActCard, FeedTheme, RoomFeed, Timing, server_millis};
pub use second::{SecondLanguage, second_language};
pub use stage::{FLASH_LENGTH, Flash, Stage};
pub use words::announcement;

/// Everything the room sees at one instant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoomView {
    /// The workshop format's name.
    pub format: String,
    /// The step's title, e.g. "Round 1 · conversation".
    pub title: String,
    /// The step's position, from 1.
    pub step_number: usize,
    /// How many steps the agenda has.
    pub step_count: usize,
    /// Who holds which role in this step, in the scenario's role order.
    pub cast: Vec<Casting>,
    /// Where the session is in its life.
    pub phase: RoomPhase,
    /// The countdown as the room reads it.
    pub clock: ClockReading,
    /// "step 2 of 9 · next: Round 1 · feedback (3:00)", or the end.
    pub next_caption: String,
    /// "23:58 left · on time": the rest of the agenda and the drift.
    pub left_caption: String,
    /// Seconds left in the whole agenda, as the caption rounds them.
    pub agenda_left_secs: u64,
    /// How the projected end compares with the plan; `None` before the start.
    pub drift: Option<DriftReading>,
    /// What to do now, under the clock.
    pub panel: PanelView,
    /// The whole agenda as a bar, each step as wide as its time.
    pub timeline: Vec<Segment>,
    /// The do / don't table, while the trainer shows it.
    pub do_dont: Option<Vec<DoDontRow>>,
    /// The hand-over headline, while it is up.
    pub flash: Option<FlashView>,
    /// Counts every moment the room should notice (a hand-over, a warning,
    /// the end), so a viewer that missed a frame still knows one happened.
    pub cue: u64,
    /// How far the pairs got in the last round, at the last step, as their
    /// phones said; `None` when off or nobody voted.
    pub tally: Option<tally::RoundTally>,
    /// The prompts again in the format's second language, while the
    /// trainer shows both.
    #[serde(default)]
    pub second: Option<SecondLanguage>,
}

/// One role and the person holding it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Casting {
    /// The role's name, e.g. "Organizer".
    pub role: String,
    /// The person's name, or the placeholder until one is typed.
    pub person: String,
}

/// Where the session is in its life, for a viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoomPhase {
    /// Waiting for the trainer to start.
    Ready,
    /// The clock is counting.
    Running,
    /// The clock is stopped.
    Paused,
    /// The last step is over.
    Finished,
}

/// The countdown: its digits, the state they are in, and the words for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClockReading {
    /// "4:59", or "+0:12" past zero.
    pub digits: String,
    /// The state the digits are in; every tone also has a word.
    pub tone: Tone,
    /// The state in words, e.g. "▲ Last minute"; empty while simply counting.
    pub word: String,
    /// What follows from it, e.g. "Space resumes"; may be empty.
    pub hint: String,
}

impl ClockReading {
    /// The word and its hint as one block, a line each.
    pub fn word_block(&self) -> String {
        match (self.word.is_empty(), self.hint.is_empty()) {
            (true, _) => String::new(),
            (false, true) => self.word.clone(),
            (false, false) => format!("{}\n{}", self.word, self.hint),
        }
    }
}

/// How the countdown should look; each is drawn with its own colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Before the start.
    Ready,
    /// Counting, with time to spare.
    Calm,
    /// Inside the step's warning time.
    Warning,
    /// Past zero; `pulse` alternates every second.
    Overtime {
        /// The second colour of the pulse.
        pulse: bool,
    },
    /// Stopped by the trainer.
    Paused,
    /// The agenda is done.
    Finished,
}

/// The projected end against the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DriftReading {
    /// Within a second of the plan.
    OnTime,
    /// This many seconds later than planned.
    BehindSecs(u64),
    /// This many seconds earlier than planned.
    AheadSecs(u64),
}

/// What the middle of the screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum PanelView {
    /// The step's instructions alone.
    Instructions {
        /// What to do now.
        instructions: String,
    },
    /// The whole agenda beside the jobs to hand out.
    Agenda {
        /// What to do now.
        instructions: String,
        /// Every step with its length.
        steps: Vec<AgendaLine>,
        /// Jobs to choose someone for.
        choose: Vec<String>,
    },
    /// The five acts, with the one the pair should be in by now.
    Acts {
        /// What to do now.
        instructions: String,
        /// Every act's name, in order.
        acts: Vec<String>,
        /// The act the pair should be in by now.
        paced: Option<usize>,
        /// The act whose purpose and questions are shown: the paced one
        /// unless the trainer looks ahead or back.
        shown: Option<usize>,
        /// The shown act's purpose.
        purpose: String,
        /// The shown act's questions.
        questions: Vec<String>,
    },
    /// Questions under a heading, e.g. the feedback questions.
    Questions {
        /// What to do now.
        instructions: String,
        /// What the questions are for.
        heading: String,
        /// The questions.
        questions: Vec<String>,
    },
    /// The reflection questions, for the room and the worksheets.
    Reflection {
        /// What to do now.
        instructions: String,
        /// What the questions are for.
        heading: String,
        /// The questions.
        questions: Vec<String>,
    },
}

/// One line of the agenda panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hash)]
pub struct AgendaLine {
    /// The step's length as it stands, "5:00".
    pub length: String,
    /// The step's title.
    pub title: String,
    /// Whether this is the step the room is in.
    pub current: bool,
}

/// One step on the timeline bar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    /// The step's title.
    pub title: String,
    /// Its length as it stands, "5:00", shown when the title does not fit.
    pub length: String,
    /// Its share of the bar's width, from 0 to 1.
    pub share: f32,
    /// How much of it is done, from 0 to 1.
    pub done: f32,
    /// Whether the room is in it now.
    pub current: bool,
}

/// One row of the do / don't table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hash)]
pub struct DoDontRow {
    /// What to do.
    #[serde(rename = "do")]
    pub good: String,
    /// The matching thing to avoid.
    #[serde(rename = "dont")]
    pub bad: String,
}

/// The hand-over headline, over everything for a moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlashView {
    /// "Swap roles", "Next: …", "Time is up", "Finished".
    pub headline: String,
    /// Who does what now, or what to do.
    pub detail: String,
    /// How much of its time on screen is over, from 0 to 1.
    pub age: f32,
}

impl RoomView {
    /// What the room sees of `session` at `now`, with what the trainer put
    /// on the `stage`. Bring the session up to `now` first
    /// ([`Session::tick`]), or the countdown may read past a step's end.
    pub fn of(session: &Session, stage: &Stage, now: Instant) -> Self {
        let remaining = session.remaining(now);
        let cast = session
            .cast(session.step_index())
            .into_iter()
            .map(|(role, person)| Casting { role, person })
            .collect();
        // Round up like the countdown, so both agree on the seconds.
        let agenda_left_secs = Remaining::Left(session.time_left(now)).shown_secs();
        let drift = session.drift(now).map(DriftReading::from);
        Self {
            format: session.scenario().name.to_string(),
            title: session.step().title.to_string(),
            step_number: session.step_index() + 1,
            step_count: session.steps().len(),
            cast,
            phase: RoomPhase::from(session.phase()),
            clock: words::clock_reading(session, remaining, now),
            next_caption: words::next_caption(session),
            left_caption: words::left_caption(crate::i18n::language(), agenda_left_secs, drift),
            agenda_left_secs,
            drift,
            panel: panel_view(session, stage, now),
            timeline: timeline(session, now),
            do_dont: stage.do_dont_shown().then(|| {
                session
                    .scenario()
                    .do_dont
                    .iter()
                    .map(|row| DoDontRow {
                        good: row.good.to_string(),
                        bad: row.bad.to_string(),
                    })
                    .collect()
            }),
            flash: stage.flash_at(now),
            cue: stage.cues(),
            tally: stage.tally().shown(session),
            second: second::second_view(session, stage, now),
        }
    }
}

impl From<Phase> for RoomPhase {
    fn from(phase: Phase) -> Self {
        match phase {
            Phase::NotStarted => Self::Ready,
            Phase::Running => Self::Running,
            Phase::Paused => Self::Paused,
            Phase::Finished => Self::Finished,
        }
    }
}

impl From<crate::session::Drift> for DriftReading {
    fn from(drift: crate::session::Drift) -> Self {
        use crate::session::Drift;
        match drift {
            Drift::OnTime => Self::OnTime,
            Drift::Behind(d) => Self::BehindSecs(d.as_secs()),
            Drift::Ahead(d) => Self::AheadSecs(d.as_secs()),
        }
    }
}

fn panel_view(session: &Session, stage: &Stage, now: Instant) -> PanelView {
    let step = session.step();
    let instructions = step.instructions.to_string();
    match &step.panel {
        Panel::Instructions => PanelView::Instructions { instructions },
        Panel::Agenda { choose } => PanelView::Agenda {
            instructions,
            steps: session
                .steps()
                .iter()
                .enumerate()
                .map(|(i, step)| AgendaLine {
                    length: clock_text(session.step_length(i)),
                    title: step.title.to_string(),
                    current: i == session.step_index(),
                })
                .collect(),
            choose: texts(choose),
        },
        Panel::Acts { .. } => {
            let acts = &session.scenario().acts;
            let paced = session.paced_act(now);
            let shown = stage.viewed_act(session.step_index()).or(paced);
            let act = shown.and_then(|i| acts.get(i));
            PanelView::Acts {
                instructions,
                acts: texts(acts.iter().map(|act| &act.name)),
                paced,
                shown,
                purpose: act.map(|act| act.purpose.to_string()).unwrap_or_default(),
                questions: act.map(|act| texts(&act.questions)).unwrap_or_default(),
            }
        }
        Panel::Questions { heading, questions } => PanelView::Questions {
            instructions,
            heading: heading.to_string(),
            questions: texts(questions),
        },
        Panel::Reflection => PanelView::Reflection {
            instructions,
            heading: words::reflection_heading(),
            questions: texts(&session.scenario().reflection),
        },
    }
}

/// Each text in the language spoken now.
fn texts<'t>(texts: impl IntoIterator<Item = &'t Text>) -> Vec<String> {
    texts.into_iter().map(ToString::to_string).collect()
}

fn timeline(session: &Session, now: Instant) -> Vec<Segment> {
    let lengths: Vec<Duration> = (0..session.steps().len())
        .map(|i| session.step_length(i))
        .collect();
    let total = lengths.iter().sum::<Duration>().as_secs_f32().max(1.0);
    let current = session.step_index();
    let finished = session.phase() == Phase::Finished;
    session
        .steps()
        .iter()
        .zip(&lengths)
        .enumerate()
        .map(|(i, (step, length))| {
            let done = if finished || i < current {
                1.0
            } else if i == current {
                let elapsed = session.elapsed(now).as_secs_f32();
                (elapsed / length.as_secs_f32().max(1.0)).clamp(0.0, 1.0)
            } else {
                0.0
            };
            Segment {
                title: step.title.to_string(),
                length: clock_text(*length),
                share: length.as_secs_f32() / total,
                done,
                current: i == current && !finished,
            }
        })
        .collect()
}
