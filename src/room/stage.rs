//! What the trainer has put in front of the room besides the session
//! itself: the hand-over flash, the do / don't table, and an act looked at
//! ahead of the pace, and the phones' tally.

use std::time::{Duration, Instant};

use super::tally::Tally;
use super::{FlashView, words};
use crate::session::{Cue, Session};

/// How long the hand-over flash stays up.
pub const FLASH_LENGTH: Duration = Duration::from_millis(2500);

/// A hand-over headline and when it went up.
#[derive(Debug, Clone, PartialEq)]
pub struct Flash {
    /// When it went up.
    pub started: Instant,
    /// What it says in large type.
    pub headline: String,
    /// What it says under that.
    pub detail: String,
}

/// The room's own state, beside the session's.
#[derive(Debug, Clone, Default)]
pub struct Stage {
    flash: Option<Flash>,
    do_dont: bool,
    /// Whether the prompts show in the format's second language too.
    both_languages: bool,
    /// The act the trainer looks at, and the step they looked in: it
    /// follows the pace again once the step changes.
    viewed_act: Option<(usize, usize)>,
    cues: u64,
    /// How far the pairs got, as their phones said.
    tally: Tally,
}

impl Stage {
    /// Takes in the cues of a tick or an intent: counts them and puts up
    /// the flash for the last that has a headline.
    pub fn hear(&mut self, session: &Session, cues: &[Cue], now: Instant) {
        for &cue in cues {
            self.cues += 1;
            if let Some((headline, detail)) = words::announcement(session, cue) {
                self.flash = Some(Flash {
                    started: now,
                    headline,
                    detail,
                });
            }
        }
    }

    /// The flash as it stands at `now`, while it is up.
    pub fn flash_at(&self, now: Instant) -> Option<FlashView> {
        let flash = self.flash.as_ref()?;
        let age = now.saturating_duration_since(flash.started);
        (age < FLASH_LENGTH).then(|| FlashView {
            headline: flash.headline.clone(),
            detail: flash.detail.clone(),
            age: age.as_secs_f32() / FLASH_LENGTH.as_secs_f32(),
        })
    }

    /// When the flash comes down, while it is up.
    pub fn flash_ends(&self) -> Option<Instant> {
        self.flash
            .as_ref()
            .map(|flash| flash.started + FLASH_LENGTH)
    }

    /// Forgets a flash whose time is over; returns whether there was one.
    pub fn expire_flash(&mut self, now: Instant) -> bool {
        let over = self.flash_ends().is_some_and(|end| now >= end);
        if over {
            self.flash = None;
        }
        over
    }

    /// Takes the flash down at once, e.g. when another agenda starts.
    pub fn clear_flash(&mut self) {
        self.flash = None;
    }

    /// How many cues the room has had.
    pub fn cues(&self) -> u64 {
        self.cues
    }

    /// Whether the do / don't table is shown.
    pub fn do_dont_shown(&self) -> bool {
        self.do_dont
    }

    /// Shows or hides the do / don't table.
    pub fn toggle_do_dont(&mut self) {
        self.do_dont = !self.do_dont;
    }

    /// Whether the trainer asked for the prompts in both languages.
    pub fn both_languages(&self) -> bool {
        self.both_languages
    }

    /// Shows the prompts in both languages, or in one again.
    pub fn toggle_both_languages(&mut self) {
        self.both_languages = !self.both_languages;
    }

    /// The phones' tally.
    pub fn tally(&self) -> &Tally {
        &self.tally
    }

    /// The phones' tally, to count a vote or turn it off.
    pub fn tally_mut(&mut self) -> &mut Tally {
        &mut self.tally
    }

    /// The act the trainer looks at in `step`, if they chose one there.
    pub fn viewed_act(&self, step: usize) -> Option<usize> {
        self.viewed_act
            .filter(|(viewed_in, _)| *viewed_in == step)
            .map(|(_, act)| act)
    }

    /// Forgets an act looked at in another step than the session's: a look
    /// ahead ends when the room moves, even if it comes back.
    pub fn follow(&mut self, session: &Session) {
        if self
            .viewed_act
            .is_some_and(|(step, _)| step != session.step_index())
        {
            self.viewed_act = None;
        }
    }

    /// Looks at `act` in `step`; `None` follows the pace again.
    pub fn view_act(&mut self, step: usize, act: Option<usize>) {
        self.viewed_act = act.map(|act| (step, act));
    }
}
