//! The room's tally: after each conversation, each phone may say which of
//! the acts its pair reached, as yes or no per act and a random token the
//! browser keeps, nothing else; no names, no text. The room sees the counts
//! at the last step ("Commitment: 9 of 12 pairs"), the trainer on the
//! console, and the report keeps them.
//!
//! A round is one conversation (a step paced by the acts). Its ballot is
//! open in the steps after it that are not conversations themselves (the
//! feedback), and the last round's also in the last step and after the end.

use std::collections::BTreeMap;

use fluent::FluentValue;
use serde::{Deserialize, Serialize};

use crate::i18n::tr_args;
use crate::scenario::Panel;
use crate::session::Session;

/// The most devices one round counts; a flood of tokens stops there.
pub const MAX_VOTERS: usize = 1000;
/// A token's length in characters, at least and at most.
pub const TOKEN_LENGTH: std::ops::RangeInclusive<usize> = 16..=64;

/// What phones may vote on now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    /// The round, from 1.
    pub round: usize,
    /// The conversation it is about, e.g. "Round 1 · conversation".
    pub conversation: String,
    /// The acts, in order: a vote says yes or no to each.
    pub acts: Vec<String>,
}

/// One round's counts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundTally {
    /// The round, from 1.
    pub round: usize,
    /// The conversation it was about.
    pub conversation: String,
    /// How many devices voted.
    pub voters: usize,
    /// Each act and how many said their pair reached it.
    pub reached: Vec<ActCount>,
}

/// One act's count in a round.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActCount {
    /// The act's name.
    pub act: String,
    /// How many pairs reached it.
    pub pairs: usize,
}

impl RoundTally {
    /// "How far the pairs got · Round 1 · conversation".
    pub fn heading(&self) -> String {
        tr_args(
            "room-tally-heading",
            &[(
                "conversation",
                FluentValue::from(self.conversation.as_str()),
            )],
        )
    }

    /// "Commitment: 9 of 12 pairs", one line per act.
    pub fn lines(&self) -> Vec<String> {
        self.reached
            .iter()
            .map(|count| {
                let act = FluentValue::from(count.act.as_str());
                let pairs = FluentValue::from(count.pairs);
                if self.voters == 1 {
                    tr_args("room-tally-one-pair", &[("act", act), ("pairs", pairs)])
                } else {
                    let voters = FluentValue::from(self.voters);
                    tr_args(
                        "room-tally-pairs",
                        &[("act", act), ("pairs", pairs), ("voters", voters)],
                    )
                }
            })
            .collect()
    }
}

/// Why a vote was not counted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VoteError {
    /// The trainer turned the tally off, or no ballot is open now.
    #[error("no tally is open now")]
    Closed,
    /// The vote is for another round than the open one.
    #[error("the vote is for round {sent}, but round {open} is open")]
    WrongRound {
        /// The round the vote named.
        sent: usize,
        /// The round open now.
        open: usize,
    },
    /// Not one yes or no per act.
    #[error("expected {expected} answers, one per act, got {got}")]
    WrongLength {
        /// How many acts there are.
        expected: usize,
        /// How many answers came.
        got: usize,
    },
    /// The token is not 16 to 64 letters, digits, `-` or `_`.
    #[error("the token must be 16 to 64 letters, digits, - or _")]
    BadToken,
    /// The round has counted as many devices as it takes.
    #[error("this round has counted {MAX_VOTERS} devices already")]
    Full,
}

/// Every round's votes, by token.
#[derive(Debug, Clone)]
pub struct Tally {
    enabled: bool,
    /// Round (from 1) → token → one answer per act.
    votes: BTreeMap<usize, BTreeMap<String, Vec<bool>>>,
}

impl Default for Tally {
    fn default() -> Self {
        Self {
            enabled: true,
            votes: BTreeMap::new(),
        }
    }
}

impl Tally {
    /// Whether votes are taken and the room shows them.
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Turns the tally off (nothing is taken or shown; votes so far are
    /// kept) or on again.
    pub fn toggle(&mut self) {
        self.enabled = !self.enabled;
    }

    /// Forgets every vote, for a new session.
    pub fn clear(&mut self) {
        self.votes.clear();
    }

    /// The ballot open in `session` now, if any.
    pub fn ballot(&self, session: &Session) -> Option<Ballot> {
        if !self.enabled {
            return None;
        }
        let (round, conversation) = open_round(session)?;
        Some(Ballot {
            round,
            conversation,
            acts: session
                .scenario()
                .acts
                .iter()
                .map(|act| act.name.to_string())
                .collect(),
        })
    }

    /// Counts `reached` from the device `token` for `round`, replacing
    /// that device's earlier vote in the round.
    pub fn vote(
        &mut self,
        session: &Session,
        token: &str,
        round: usize,
        reached: &[bool],
    ) -> Result<(), VoteError> {
        let ballot = self.ballot(session).ok_or(VoteError::Closed)?;
        if round != ballot.round {
            return Err(VoteError::WrongRound {
                sent: round,
                open: ballot.round,
            });
        }
        if reached.len() != ballot.acts.len() {
            return Err(VoteError::WrongLength {
                expected: ballot.acts.len(),
                got: reached.len(),
            });
        }
        if !is_token(token) {
            return Err(VoteError::BadToken);
        }
        let votes = self.votes.entry(round).or_default();
        if votes.len() >= MAX_VOTERS && !votes.contains_key(token) {
            return Err(VoteError::Full);
        }
        votes.insert(token.to_string(), reached.to_vec());
        Ok(())
    }

    /// The counts of every round voted on, in order, against `session`'s
    /// conversations and acts.
    pub fn rounds(&self, session: &Session) -> Vec<RoundTally> {
        let conversations = conversations(session);
        let acts = &session.scenario().acts;
        self.votes
            .iter()
            .filter(|(_, votes)| !votes.is_empty())
            .map(|(&round, votes)| RoundTally {
                round,
                conversation: conversations
                    .get(round - 1)
                    .map(|(_, title)| title.clone())
                    .unwrap_or_default(),
                voters: votes.len(),
                reached: acts
                    .iter()
                    .enumerate()
                    .map(|(i, act)| ActCount {
                        act: act.name.to_string(),
                        pairs: votes
                            .values()
                            .filter(|answers| answers.get(i).copied().unwrap_or(false))
                            .count(),
                    })
                    .collect(),
            })
            .collect()
    }

    /// What the room shows: the open round's counts at the last step,
    /// while the tally is on and someone has voted.
    pub fn shown(&self, session: &Session) -> Option<RoundTally> {
        let last = session.step_index() + 1 == session.steps().len();
        if !self.enabled || !last {
            return None;
        }
        let (round, _) = open_round(session)?;
        self.rounds(session)
            .into_iter()
            .find(|tally| tally.round == round)
    }
}

/// Whether `token` is 16 to 64 letters, digits, `-` or `_`.
pub fn is_token(token: &str) -> bool {
    TOKEN_LENGTH.contains(&token.len())
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Every conversation (a step paced by the acts): its index and title.
fn conversations(session: &Session) -> Vec<(usize, String)> {
    session
        .steps()
        .iter()
        .enumerate()
        .filter(|(_, step)| matches!(step.panel, Panel::Acts { .. }))
        .map(|(i, step)| (i, step.title.to_string()))
        .collect()
}

/// The round whose ballot is open at `session`'s step: the last
/// conversation before it, unless the step is a conversation itself (the
/// pair is still talking) or a later conversation is still to come and the
/// step is not the last.
fn open_round(session: &Session) -> Option<(usize, String)> {
    let step = session.step_index();
    if matches!(session.step().panel, Panel::Acts { .. }) {
        return None;
    }
    let conversations = conversations(session);
    let (round, (_, title)) = conversations
        .iter()
        .enumerate()
        .rev()
        .find(|(_, (index, _))| *index < step)?;
    Some((round + 1, title.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::built_in_breakout;
    use crate::session::Intent;
    use std::time::Instant;

    const YES: [bool; 5] = [true, true, true, true, true];
    const NOT_COMMITTED: [bool; 5] = [true, true, true, true, false];

    fn token(i: usize) -> String {
        format!("device-{i:0>12}")
    }

    /// The breakout moved on to step `step` (from 0).
    fn at_step(step: usize) -> Session {
        let mut session = Session::new(built_in_breakout());
        let now = Instant::now();
        session.apply(Intent::StartOrPause, now);
        for _ in 0..step {
            session.apply(Intent::Next, now);
        }
        session
    }

    #[test]
    fn ballots_open_after_each_conversation_and_at_the_last_step() {
        let tally = Tally::default();
        // Gather, round 1, feedback 1, round 2, feedback 2, rejoin.
        let rounds: Vec<Option<usize>> = (0..6)
            .map(|step| tally.ballot(&at_step(step)).map(|ballot| ballot.round))
            .collect();
        assert_eq!(rounds, [None, None, Some(1), None, Some(2), Some(2)]);
        let ballot = tally.ballot(&at_step(2)).unwrap();
        assert_eq!(ballot.conversation, "Round 1 · conversation");
        assert_eq!(ballot.acts.len(), 5);
    }

    #[test]
    fn a_device_votes_once_a_round_and_may_change_its_vote() {
        let mut tally = Tally::default();
        let session = at_step(2);
        for i in 0..12 {
            let answers = if i < 9 { YES } else { NOT_COMMITTED };
            tally.vote(&session, &token(i), 1, &answers).unwrap();
        }
        // Two change their minds; the count of devices stays.
        tally.vote(&session, &token(0), 1, &NOT_COMMITTED).unwrap();
        tally.vote(&session, &token(9), 1, &YES).unwrap();
        let rounds = tally.rounds(&session);
        assert_eq!(rounds.len(), 1);
        assert_eq!(rounds[0].voters, 12);
        assert_eq!(rounds[0].reached[0].pairs, 12);
        assert_eq!(rounds[0].lines()[4], "Commitment: 9 of 12 pairs");
    }

    #[test]
    fn malformed_votes_are_refused() {
        let mut tally = Tally::default();
        let feedback = at_step(2);
        assert_eq!(
            tally.vote(&feedback, &token(1), 2, &YES),
            Err(VoteError::WrongRound { sent: 2, open: 1 })
        );
        assert_eq!(
            tally.vote(&feedback, &token(1), 1, &[true; 4]),
            Err(VoteError::WrongLength {
                expected: 5,
                got: 4
            })
        );
        for bad in [
            "short",
            "has space in it ok",
            "ünïcödé-token-0000",
            &"x".repeat(65),
        ] {
            assert_eq!(
                tally.vote(&feedback, bad, 1, &YES),
                Err(VoteError::BadToken),
                "{bad}"
            );
        }
        assert_eq!(
            tally.vote(&at_step(1), &token(1), 1, &YES),
            Err(VoteError::Closed),
            "not while the pair still talks"
        );
        tally.toggle();
        assert_eq!(
            tally.vote(&feedback, &token(1), 1, &YES),
            Err(VoteError::Closed)
        );
        assert!(tally.ballot(&feedback).is_none());
    }

    #[test]
    fn a_round_counts_a_thousand_devices_and_no_more() {
        let mut tally = Tally::default();
        let session = at_step(2);
        for i in 0..MAX_VOTERS {
            tally.vote(&session, &token(i), 1, &YES).unwrap();
        }
        assert_eq!(
            tally.vote(&session, &token(MAX_VOTERS), 1, &YES),
            Err(VoteError::Full)
        );
        // One already counted may still change its vote.
        tally.vote(&session, &token(0), 1, &NOT_COMMITTED).unwrap();
    }

    #[test]
    fn the_room_sees_the_last_rounds_counts_only_at_the_last_step() {
        let mut tally = Tally::default();
        let feedback = at_step(4);
        tally.vote(&feedback, &token(1), 2, &YES).unwrap();
        assert!(tally.shown(&feedback).is_none(), "not before the last step");
        let last = at_step(5);
        tally.vote(&last, &token(2), 2, &NOT_COMMITTED).unwrap();
        let shown = tally.shown(&last).unwrap();
        assert_eq!((shown.round, shown.voters), (2, 2));
        tally.toggle();
        assert!(tally.shown(&last).is_none(), "the trainer turned it off");
    }
}
