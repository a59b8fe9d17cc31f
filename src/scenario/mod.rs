//! A workshop agenda as data: the steps, who holds which role in each, the
//! five acts and how a conversation is paced through them, and the prompts the
//! room sees. Scenarios are RON files in `scenarios/`; this module only
//! describes them. Reading and checking a file lives in [`load`].

pub mod draft;
mod duration;
pub mod languages;
pub mod load;
mod locate;
pub mod plan;
pub mod text;
mod translated;
mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use duration::{Minutes, clock_text};
pub use load::{BUILT_IN_BREAKOUT, Problem, ScenarioError, built_in_breakout, load_file, parse};
pub use plan::{Plan, Setup};
pub use translated::Text;

/// The longest a step's notes may be, in characters: about half a page,
/// already more than a trainer can glance at during a step. Longer is most
/// likely a whole document pasted by mistake.
pub const MAX_NOTES_CHARS: usize = 2000;

/// The format version this app writes and reads. Files carry it so a later
/// version of the app can still read today's files.
pub const FORMAT_VERSION: u32 = 1;

/// A whole workshop format: the agenda and everything shown while it runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The file format version, [`FORMAT_VERSION`] for files written today.
    pub format: u32,
    /// The workshop's name as a trainer would say it.
    pub name: Text,
    /// One line on what the format is for.
    #[serde(default)]
    pub description: Text,
    /// How long before a step ends the warning colour and soft cue come,
    /// unless a step says otherwise. `"0s"` means no warning.
    #[serde(default = "default_warning")]
    pub warning: Minutes,
    /// The people who practise, with the names shown until someone types theirs.
    /// When `people` lets the trainer choose how many, these are the first
    /// ones and their number is the default.
    pub participants: Vec<Participant>,
    /// How many people may take part, when the trainer chooses at the start
    /// (a circle of any size). `None`: exactly the participants listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people: Option<Choose<usize>>,
    /// How long the whole agenda may be made, when the trainer chooses at the
    /// start (a real one-on-one of 30 to 60 minutes). Every step is stretched
    /// or shrunk in proportion. `None`: the steps' own lengths.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<Choose<Minutes>>,
    /// The roles people take in turn, in the order the screen lists them.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// The acts of a one-on-one, in order.
    #[serde(default)]
    pub acts: Vec<Act>,
    /// The do / don't table the trainer can toggle on.
    #[serde(default)]
    pub do_dont: Vec<DoDont>,
    /// Questions each participant answers on their worksheet after the
    /// practice, and the room discusses at a `Reflection` step.
    #[serde(default)]
    pub reflection: Vec<Text>,
    /// The agenda, in order: steps, and rounds of steps repeated with the
    /// roles passing on.
    pub steps: Vec<Item>,
}

/// A range the trainer chooses from at the start; the default is what the
/// file itself gives (the participants listed, the steps' total).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choose<T> {
    /// The least that makes sense.
    pub from: T,
    /// The most that makes sense.
    pub to: T,
}

/// One entry of the agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Item {
    /// A single step.
    Step(Step),
    /// Steps run again and again, the roles moving on one person each time.
    Rounds(Rounds),
}

impl Item {
    /// The step, or the steps of the rounds, as written.
    pub fn steps(&self) -> &[Step] {
        match self {
            Item::Step(step) => std::slice::from_ref(step),
            Item::Rounds(rounds) => &rounds.steps,
        }
    }

    /// The step, or the steps of the rounds, to change.
    pub fn steps_mut(&mut self) -> &mut [Step] {
        match self {
            Item::Step(step) => std::slice::from_mut(step),
            Item::Rounds(rounds) => &mut rounds.steps,
        }
    }
}

/// Steps repeated as a block, such as a conversation and its feedback done
/// once with each person as the organizer. In each new round everybody
/// moves one place along the participants: whoever was cast as the first
/// person is now the second, and so on, wrapping round. Over as many rounds
/// as there are people, each person holds each role once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rounds {
    /// How many times the block runs.
    #[serde(default)]
    pub repeat: Repeat,
    /// The block, as cast for the first round. `{round}` and `{rounds}` in a
    /// title or instructions become the round's number and the count.
    pub steps: Vec<Step>,
}

/// How many rounds a block of steps runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Repeat {
    /// Once for each person taking part.
    #[default]
    EachPerson,
    /// A fixed number of times.
    Times(u32),
}

fn default_warning() -> Minutes {
    Minutes::from_mins(1)
}

/// Someone taking part, known in the file by a short id (`"A"`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// The id steps use to cast this person in a role.
    pub id: String,
    /// The name shown until the pair types their own.
    pub name: Text,
}

/// A part someone plays during a step, such as organizer or constituent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The id steps use in their `cast`.
    pub id: String,
    /// The role's name as the screen shows it.
    pub name: Text,
}

/// One act of a one-on-one conversation, with why it matters and what to ask.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Act {
    /// The id a step's pacing refers to.
    pub id: String,
    /// The act's name, one word ideally.
    pub name: Text,
    /// What the act is for, in a sentence or two.
    pub purpose: Text,
    /// Questions the organizer can try during this act.
    #[serde(default)]
    pub questions: Vec<Text>,
}

/// One row of the do / don't table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoDont {
    /// What to do.
    #[serde(rename = "do")]
    pub good: Text,
    /// The matching thing to avoid.
    #[serde(rename = "dont")]
    pub bad: Text,
}

/// One item of the agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// What the room sees at the top of the screen, e.g. "Round 1 · conversation".
    pub title: Text,
    /// How long the step is planned to take.
    pub duration: Minutes,
    /// What to do now, in a sentence or two.
    #[serde(default)]
    pub instructions: Text,
    /// The trainer's own notes for the step: what to watch for, say or do.
    /// Shown to the trainer, never to the room. Left out of a file when
    /// empty, so files without notes read and write as they always did.
    #[serde(default, skip_serializing_if = "no_notes")]
    pub notes: Text,
    /// Who holds each role during this step: role id → participant id.
    #[serde(default)]
    pub cast: BTreeMap<String, String>,
    /// Whether the step moves on by itself when its time is up.
    #[serde(default)]
    pub advance: Advance,
    /// Overrides the scenario's warning time for this step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<Minutes>,
    /// What the middle of the screen shows during the step.
    #[serde(default)]
    pub panel: Panel,
}

/// Whether a step's notes are left out of its file: blank, in one language.
/// A blank table stays, so a step added to a bilingual format reads back as
/// it was written, with a place for notes in each language.
fn no_notes(notes: &Text) -> bool {
    matches!(notes, Text::Plain(_)) && notes.is_blank()
}

/// Whether a step ends on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Advance {
    /// At zero the next step starts by itself, with a chime.
    #[default]
    Auto,
    /// At zero the chime sounds and the clock runs into overtime until the
    /// trainer moves on.
    Hold,
}

/// The content shown under the clock during a step.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub enum Panel {
    /// Only the step's instructions.
    #[default]
    Instructions,
    /// The whole agenda, and the jobs a team should hand out before starting.
    Agenda {
        /// Jobs to choose someone for, e.g. "Timekeeper: keeps each step to time".
        choose: Vec<Text>,
    },
    /// The five acts, with the one the pair should be in by now highlighted.
    Acts {
        /// Act id and the share of the step it gets; the lengths add up to the
        /// step's duration and stretch with it if the trainer extends the step.
        pacing: Vec<(String, Minutes)>,
    },
    /// A list of questions under a heading, e.g. the feedback questions.
    Questions {
        /// What the questions are for, e.g. "The constituent tells the organizer".
        heading: Text,
        /// The questions themselves.
        questions: Vec<Text>,
    },
    /// The scenario's reflection questions, for the room to discuss and each
    /// participant to answer on their worksheet.
    Reflection,
}

impl Scenario {
    /// The planned length of the whole agenda with the default number of
    /// people and no length chosen. Counted, not unrolled: validation asks
    /// for it before it knows the plan is small enough to build.
    pub fn total(&self) -> Minutes {
        let people = Setup::default_for(self).people;
        let seconds = self.steps.iter().fold(0u64, |sum, item| {
            let block = item.steps().iter().fold(0u64, |block, step| {
                block.saturating_add(step.duration.as_secs().into())
            });
            let runs = u64::try_from(plan::runs_of(item, people)).unwrap_or(u64::MAX);
            sum.saturating_add(block.saturating_mul(runs))
        });
        Minutes::from_secs(u32::try_from(seconds).unwrap_or(u32::MAX))
    }

    /// Every step as written in the file, rounds' steps in place, each with
    /// its position: (item index, step index inside the rounds if any).
    pub fn written_steps(&self) -> impl Iterator<Item = ((usize, Option<usize>), &Step)> {
        self.steps
            .iter()
            .enumerate()
            .flat_map(|(i, item)| -> Box<dyn Iterator<Item = _>> {
                match item {
                    Item::Step(step) => Box::new(std::iter::once(((i, None), step))),
                    Item::Rounds(rounds) => Box::new(
                        rounds
                            .steps
                            .iter()
                            .enumerate()
                            .map(move |(j, step)| ((i, Some(j)), step)),
                    ),
                }
            })
    }

    /// The warning time that applies to `step`.
    pub fn warning_for(&self, step: &Step) -> Minutes {
        step.warning.unwrap_or(self.warning)
    }

    /// The role with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The index of the participant with this id.
    pub fn participant_index(&self, id: &str) -> Option<usize> {
        self.participants.iter().position(|p| p.id == id)
    }

    /// The index of the act with this id.
    pub fn act_index(&self, id: &str) -> Option<usize> {
        self.acts.iter().position(|a| a.id == id)
    }
}
