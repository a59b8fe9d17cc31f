//! The words the room reads: the countdown's state, the captions under it,
//! and the headline at a hand-over. Kept in one place so every screen says
//! the same thing.

use std::time::{Duration, Instant};

use super::{ClockReading, DriftReading, Tone};
use crate::scenario::{Advance, clock_text};
use crate::session::{Cue, Phase, Remaining, Session};

/// The heading over the reflection questions.
pub const REFLECTION_HEADING: &str = "Reflect together, then on your worksheet";

/// The countdown's digits, its tone and the words for its state.
pub fn clock_reading(session: &Session, remaining: Remaining, now: Instant) -> ClockReading {
    let shown = Duration::from_secs(remaining.shown_secs());
    let digits = match remaining {
        Remaining::Left(_) => clock_text(shown),
        Remaining::Over(_) => format!("+{}", clock_text(shown)),
    };
    let (tone, word, hint) = match session.phase() {
        Phase::NotStarted => (Tone::Ready, "Ready".to_string(), "Space starts".to_string()),
        Phase::Paused => (
            Tone::Paused,
            "‖ Paused".to_string(),
            "Space resumes".to_string(),
        ),
        Phase::Finished => {
            let took = session.finished_after().map(clock_text).unwrap_or_default();
            (
                Tone::Finished,
                "■ Finished".to_string(),
                format!("{took} in all"),
            )
        }
        Phase::Running => match remaining {
            Remaining::Over(over) => {
                let hint = match session.step().advance {
                    Advance::Hold => "→ moves on",
                    Advance::Auto => "",
                };
                (
                    Tone::Overtime {
                        pulse: over.as_secs() % 2 == 1,
                    },
                    "● Overtime".to_string(),
                    hint.to_string(),
                )
            }
            Remaining::Left(_) if session.in_warning(now) => (
                Tone::Warning,
                warning_word(session.warning_of(session.step_index())),
                String::new(),
            ),
            Remaining::Left(_) => (Tone::Calm, String::new(), String::new()),
        },
    };
    ClockReading {
        digits,
        tone,
        word,
        hint,
    }
}

pub(super) fn warning_word(warning: Duration) -> String {
    match warning.as_secs() {
        60 => "▲ Last minute".to_string(),
        w if w % 60 == 0 => format!("▲ Last {} minutes", w / 60),
        w => format!("▲ Last {w} seconds"),
    }
}

/// Where the room is in the agenda and what comes next.
pub fn next_caption(session: &Session) -> String {
    let count = session.steps().len();
    let position = format!("step {} of {count}", session.step_index() + 1);
    match session.next_step() {
        Some((i, step)) => format!(
            "{position} · next: {} ({})",
            step.title,
            clock_text(session.step_length(i))
        ),
        None if session.phase() == Phase::Finished => "the agenda is done".to_string(),
        None => "next: the end".to_string(),
    }
}

/// The agenda's time left and how it stands against the plan.
pub fn left_caption(left_secs: u64, drift: Option<DriftReading>) -> String {
    let drift = match drift {
        None => String::new(),
        Some(DriftReading::OnTime) => " · on time".to_string(),
        Some(DriftReading::BehindSecs(s)) => {
            format!(" · {} behind plan", clock_text(Duration::from_secs(s)))
        }
        Some(DriftReading::AheadSecs(s)) => {
            format!(" · {} ahead of plan", clock_text(Duration::from_secs(s)))
        }
    };
    format!("{} left{drift}", clock_text(Duration::from_secs(left_secs)))
}

/// The headline and detail the room should read at `cue`, if it gets one:
/// a warning only chimes.
pub fn announcement(session: &Session, cue: Cue) -> Option<(String, String)> {
    match cue {
        Cue::Warning { .. } => None,
        Cue::HandOver { from, to } => {
            let title = session.steps().get(to).map_or("", |step| &step.title);
            let cast = session
                .cast(to)
                .iter()
                .map(|(role, who)| format!("{role}: {who}"))
                .collect::<Vec<_>>()
                .join("  ·  ");
            Some(if session.roles_change(from, to) {
                ("Swap roles".to_string(), format!("{title}\n{cast}"))
            } else {
                (format!("Next: {title}"), cast)
            })
        }
        Cue::TimeUp { .. } => Some((
            "Time is up".to_string(),
            "Press → to move on when the room is ready".to_string(),
        )),
        Cue::Finished => Some((
            "Finished".to_string(),
            "Thank you. Rejoin the larger group.".to_string(),
        )),
    }
}
