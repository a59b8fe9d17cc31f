//! What a scenario becomes once the trainer has said how many people take
//! part and how long the workshop may be: a flat list of steps, rounds
//! unrolled with the roles passed on, every length scaled to the time chosen.
//! The session runs a plan; the editor and the files keep the scenario.

use fluent::FluentValue;

use crate::i18n::{Language, tr_in};

use super::{Choose, Item, Minutes, Panel, Participant, Repeat, Role, Scenario, Step, Text};

/// The most rounds a block may run.
pub const MAX_ROUNDS: usize = 100;

/// The most people a workshop may have, listed or chosen: a circle larger
/// than this is better split in two, and the screen could not list them.
pub const MAX_PEOPLE: usize = 30;

/// The most steps a plan may have once its rounds are unrolled. A day-long
/// training of five-minute steps has under a hundred; a thousand is
/// sixteen hours even at one minute a step. Anything over it is a mistake
/// (a big block run once per person), and would cost memory for nothing.
pub const MAX_PLAN_STEPS: usize = 1000;

/// The most memory a plan's steps may take, as [`footprint`] estimates it.
/// Unrolling copies a block's texts once per round, so a long text in a
/// block run thirty times counts thirty times. A real agenda takes well
/// under a megabyte; eight keeps any file a trainer could write and stops
/// one that would make the app hold hundreds of megabytes.
pub const MAX_PLAN_BYTES: usize = 8 * 1024 * 1024;

/// The choices made before a workshop starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setup {
    /// How many people take part.
    pub people: usize,
    /// The length the whole agenda is fitted to; `None` keeps the steps' own.
    pub length: Option<Minutes>,
}

impl Setup {
    /// The file's own defaults: the participants it lists, the steps' lengths.
    pub fn default_for(scenario: &Scenario) -> Self {
        Self {
            people: scenario.participants.len(),
            length: None,
        }
    }

    /// This setup brought inside what `scenario` allows: a people count out
    /// of its range is moved to the nearest end, a length is dropped when the
    /// scenario has no choice of length and clamped when it has.
    pub fn within(self, scenario: &Scenario) -> Self {
        let people = match scenario.people {
            Some(range) => self.people.clamp(
                range.from.max(1),
                most_people(scenario.participants.len(), Some(range)),
            ),
            None => scenario.participants.len(),
        };
        let length = match (scenario.length, self.length) {
            (Some(range), Some(length)) => Some(length.clamp(range.from, range.to.max(range.from))),
            _ => None,
        };
        Self { people, length }
    }
}

/// A scenario ready to run: its participants and its steps, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The scenario as written: acts, roles, prompts, reflection.
    pub scenario: Scenario,
    /// The choices the plan was made with, after [`Setup::within`].
    pub setup: Setup,
    /// Everyone taking part, the scenario's listed participants first.
    pub participants: Vec<Participant>,
    /// Every step the room goes through.
    pub steps: Vec<Step>,
}

impl From<Scenario> for Plan {
    fn from(scenario: Scenario) -> Self {
        let setup = Setup::default_for(&scenario);
        Plan::new(scenario, setup)
    }
}

impl Plan {
    /// Unrolls `scenario` for `setup` (brought within what the scenario allows).
    pub fn new(scenario: Scenario, setup: Setup) -> Self {
        let setup = setup.within(&scenario);
        let (participants, steps) = unroll(&scenario, setup);
        Self {
            scenario,
            setup,
            participants,
            steps,
        }
    }

    /// The planned length of the whole agenda.
    pub fn total(&self) -> Minutes {
        total_of(&self.steps)
    }

    /// The index of the participant with this id.
    pub fn participant_index(&self, id: &str) -> Option<usize> {
        self.participants.iter().position(|p| p.id == id)
    }

    /// Who holds which role in `step`, in the scenario's role order, as
    /// (role, participant index) pairs.
    pub fn cast_of<'a>(&'a self, step: &'a Step) -> impl Iterator<Item = (&'a Role, usize)> + 'a {
        self.scenario.roles.iter().filter_map(move |role| {
            let who = step.cast.get(&role.id)?;
            Some((role, self.participant_index(who)?))
        })
    }
}

/// The participants and flat steps of `scenario` under `setup`.
pub(super) fn unroll(scenario: &Scenario, setup: Setup) -> (Vec<Participant>, Vec<Step>) {
    let people = setup.people.max(1);
    let mut participants: Vec<Participant> =
        scenario.participants.iter().take(people).cloned().collect();
    while participants.len() < people {
        let n = participants.len() + 1;
        let mut id = format!("P{n}");
        while participants.iter().any(|p| p.id == id) {
            id.push('\'');
        }
        participants.push(Participant {
            id,
            name: Text::Translated(
                Language::ALL
                    .into_iter()
                    .map(|language| {
                        let number = [("number", FluentValue::from(n))];
                        (language, tr_in(language, "content-person", &number))
                    })
                    .collect(),
            ),
        });
    }

    let mut steps = Vec::new();
    for item in &scenario.steps {
        match item {
            Item::Step(step) => steps.push(step.clone()),
            Item::Rounds(rounds) => {
                let count = rounds_of(rounds.repeat, people);
                for round in 0..count {
                    for step in &rounds.steps {
                        steps.push(in_round(scenario, &participants, step, round, count));
                    }
                }
            }
        }
    }

    if let Some(length) = setup.length {
        fit(&mut steps, length);
    }
    (participants, steps)
}

/// How many times a block with `repeat` runs for `people` people.
pub(super) fn rounds_of(repeat: Repeat, people: usize) -> usize {
    match repeat {
        Repeat::EachPerson => people.max(1),
        // More rounds than anyone could sit through is a typo; validation
        // says so, and this keeps a bad file harmless.
        Repeat::Times(n) => usize::try_from(n).unwrap_or(usize::MAX).min(MAX_ROUNDS),
    }
}

/// How many times `item` runs for `people` people: once for a step.
pub(super) fn runs_of(item: &Item, people: usize) -> usize {
    match item {
        Item::Step(_) => 1,
        Item::Rounds(rounds) => rounds_of(rounds.repeat, people),
    }
}

/// The most people a plan can be made for, as [`Setup::within`] allows:
/// the top of the `people` range, or the participants listed.
pub(super) fn most_people(listed: usize, people: Option<Choose<usize>>) -> usize {
    match people {
        Some(range) => range.to.max(range.from.max(1)),
        None => listed.max(1),
    }
}

/// Roughly the bytes one copy of `step` takes in memory, which is what
/// unrolling spends on it each round: the step itself, and each piece of
/// text with its characters, its `String` and the allocator's least block.
/// An estimate that errs high, so [`MAX_PLAN_BYTES`] holds in practice.
pub(super) fn footprint(step: &Step) -> usize {
    // The least a non-empty allocation costs with glibc's header, and the
    // leaf of a `BTreeMap`, which even a one-entry cast allocates whole.
    const BLOCK: usize = 32;
    const MAP_NODE: usize = 544;
    let text = |s: &String| size_of::<String>() + BLOCK + s.len();
    let words = |t: &Text| {
        let versions: usize = t
            .versions()
            .map(|s| size_of::<String>() + BLOCK + s.len())
            .sum();
        let table = if t.languages().is_empty() {
            0
        } else {
            MAP_NODE
        };
        size_of::<Text>() + versions + table
    };
    let cast = if step.cast.is_empty() {
        0
    } else {
        MAP_NODE
            + step
                .cast
                .iter()
                .map(|(role, who)| text(role) + text(who))
                .sum::<usize>()
    };
    let panel = match &step.panel {
        Panel::Instructions | Panel::Reflection => 0,
        Panel::Agenda { choose } => choose.iter().map(words).sum(),
        Panel::Acts { pacing } => pacing
            .iter()
            .map(|(act, _)| text(act) + size_of::<Minutes>())
            .sum(),
        Panel::Questions { heading, questions } => {
            words(heading) + questions.iter().map(words).sum::<usize>()
        }
    };
    size_of::<Step>()
        + words(&step.title)
        + words(&step.instructions)
        + words(&step.notes)
        + cast
        + panel
}

/// `step` as it runs in round `round` (from 0) of `count`: each person cast
/// moves `round` places along the participants, and the round's number is
/// put into the title, instructions and the trainer's notes.
fn in_round(
    scenario: &Scenario,
    participants: &[Participant],
    step: &Step,
    round: usize,
    count: usize,
) -> Step {
    let fill = |text: &str| {
        text.replace("{round}", &(round + 1).to_string())
            .replace("{rounds}", &count.to_string())
    };
    let mut step = step.clone();
    step.title = step.title.map(fill);
    step.instructions = step.instructions.map(fill);
    step.notes = step.notes.map(fill);
    for who in step.cast.values_mut() {
        if let Some(first) = scenario.participant_index(who) {
            *who = participants[(first + round) % participants.len()]
                .id
                .clone();
        }
    }
    step
}

/// The steps' lengths added up (at most `u32::MAX` seconds, which no agenda
/// that passes validation comes near).
pub(super) fn total_of(steps: &[Step]) -> Minutes {
    let seconds: u64 = steps.iter().map(|s| u64::from(s.duration.as_secs())).sum();
    Minutes::from_secs(u32::try_from(seconds).unwrap_or(u32::MAX))
}

/// Stretches or shrinks every step in proportion so the agenda lasts exactly
/// `length`, and each step's act pacing with it.
fn fit(steps: &mut [Step], length: Minutes) {
    let lengths: Vec<u32> = steps.iter().map(|s| s.duration.as_secs()).collect();
    let fitted = scale(&lengths, length.as_secs());
    for (step, seconds) in steps.iter_mut().zip(fitted) {
        step.duration = Minutes::from_secs(seconds);
        if let Panel::Acts { pacing } = &mut step.panel {
            fit_pacing(pacing, seconds);
        }
    }
}

/// Scales an act pacing in proportion so it adds up to `seconds`.
fn fit_pacing(pacing: &mut [(String, Minutes)], seconds: u32) {
    let shares: Vec<u32> = pacing.iter().map(|(_, d)| d.as_secs()).collect();
    fit_pacing_from(pacing, &shares, seconds);
}

/// Sets an act pacing to `shares` scaled to add up to `seconds`.
pub(super) fn fit_pacing_from(pacing: &mut [(String, Minutes)], shares: &[u32], seconds: u32) {
    for ((_, share), fitted) in pacing.iter_mut().zip(scale(shares, seconds)) {
        *share = Minutes::from_secs(fitted);
    }
}

/// `parts` scaled to add up to exactly `target` seconds, each at least one
/// second: whole seconds, rounded down, the seconds left over going to the
/// longest parts so nothing short is distorted.
fn scale(parts: &[u32], target: u32) -> Vec<u32> {
    let total: u64 = parts.iter().map(|&p| u64::from(p)).sum();
    if parts.is_empty() || total == 0 {
        return parts.to_vec();
    }
    let target = u64::from(target).max(parts.len() as u64);
    let mut scaled: Vec<u64> = parts
        .iter()
        .map(|&p| (u64::from(p) * target / total).max(1))
        .collect();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(parts[i]));
    let mut sum: u64 = scaled.iter().sum();
    // Up by one second each on the longest parts, or down where the
    // one-second floors overshot, until the sum is exact.
    let mut turn = 0;
    while sum != target {
        let i = order[turn % order.len()];
        if sum < target {
            scaled[i] += 1;
            sum += 1;
        } else if scaled[i] > 1 {
            scaled[i] -= 1;
            sum -= 1;
        }
        turn += 1;
    }
    scaled
        .into_iter()
        .map(|s| u32::try_from(s).unwrap_or(u32::MAX))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaling_keeps_the_exact_total() {
        assert_eq!(
            scale(&[300, 300, 1200, 480, 420], 1800),
            vec![200, 200, 800, 320, 280]
        );
        let odd = scale(&[60, 60, 240, 60, 60], 301);
        assert_eq!(odd.iter().sum::<u32>(), 301);
        assert_eq!(scale(&[1, 1, 1000], 3), vec![1, 1, 1]);
        assert_eq!(scale(&[10, 10], 1), vec![1, 1]);
    }

    #[test]
    fn the_total_is_counted_as_the_plan_unrolls() {
        for (name, text) in crate::library::BUILT_INS {
            let scenario = super::super::parse(text, name).unwrap();
            let most = most_people(scenario.participants.len(), scenario.people);
            assert_eq!(
                scenario.total(),
                Plan::from(scenario.clone()).total(),
                "{name}"
            );
            let planned = Plan::new(
                scenario,
                Setup {
                    people: most,
                    length: None,
                },
            );
            assert_eq!(planned.setup.people, most, "{name}");
        }
    }

    #[test]
    fn the_breakout_plans_as_written() {
        let plan = Plan::from(super::super::built_in_breakout());
        assert_eq!(plan.steps.len(), 6);
        assert_eq!(plan.total().as_secs(), 25 * 60);
        assert_eq!(plan.participants.len(), 2);
    }
}
