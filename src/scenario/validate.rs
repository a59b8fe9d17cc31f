//! The checks a scenario must pass beyond being well-formed RON: lengths
//! that make sense, ids that are unique, references to roles, people and
//! acts that exist, and a plan small enough to build. Each finding carries
//! the path to the offending value so the loader can turn it into a line
//! and column. How big a file's plan would grow is also measured on the
//! text, before the steps are built (see [`measure`]).

use std::collections::{HashMap, HashSet};

use fluent::FluentValue;

use super::load::Finding;
use super::locate::PathPart::{self, Field, Index, Key, Value};
use super::plan::{
    self, MAX_PEOPLE, MAX_PLAN_BYTES, MAX_PLAN_STEPS, MAX_ROUNDS, most_people, rounds_of,
};
use super::{
    Choose, FORMAT_VERSION, Item, MAX_NOTES_CHARS, Minutes, Panel, Repeat, Scenario, Step,
};
use crate::i18n::{tr, tr_args};

/// The longest a step may be: longer is a typo ("80h" for "80m"), not a workshop.
const MAX_STEP: Minutes = Minutes::from_secs(24 * 3600);

/// The most values a scenario file may hold: each text, number, list entry
/// and map entry counts one. A generous workshop file holds about a
/// thousand; a hundred times that is still a few megabytes once read,
/// whereas a 4 MB file of one-letter texts would take seventy.
const MAX_VALUES: usize = 100_000;

/// How many ids a message names before it only counts the rest: enough to
/// spot a typo, and a file with thousands of roles gets short messages.
const IDS_NAMED: usize = 10;

/// How much of an id a message quotes: ids are short words, and a
/// megabyte-long one should not be copied into every message naming it.
const ID_CHARS: usize = 40;

/// What validation found: the first findings, up to a limit, and how many
/// more there were. A hostile file can hold a problem in every one of
/// hundreds of thousands of values; keeping them all would cost more memory
/// than the file, and nobody reads past the first screenful.
pub(super) struct Findings {
    /// The findings kept, in the order they were found.
    pub kept: Vec<Finding>,
    /// How many more were found and not kept.
    pub more: usize,
    limit: usize,
}

impl Findings {
    /// Keeps the first `limit` findings and counts the rest.
    pub fn at_most(limit: usize) -> Self {
        Self {
            kept: Vec::new(),
            more: 0,
            limit,
        }
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty() && self.more == 0
    }

    /// Notes a problem at `path`. The message is only written for findings
    /// that are kept, since writing one can mean listing every id.
    pub(super) fn report(&mut self, path: Vec<PathPart>, message: impl FnOnce() -> String) {
        if self.kept.len() < self.limit {
            self.kept.push(Finding {
                path,
                message: message(),
            });
        } else {
            self.more += 1;
        }
    }
}

/// Everything wrong with `scenario`; empty when it can be run.
pub(super) fn validate(scenario: &Scenario) -> Vec<Finding> {
    validate_at_most(scenario, usize::MAX).kept
}

/// What is wrong with `scenario`, keeping the first `limit` findings.
pub(super) fn validate_at_most(scenario: &Scenario, limit: usize) -> Findings {
    let mut findings = Findings::at_most(limit);
    check_header(scenario, &mut findings);
    check_ids(scenario, &mut findings);
    check_ranges(scenario, &mut findings);
    super::languages::check(scenario, &mut findings);
    let extent = Extent::of(scenario);
    check_counts(&extent, &mut findings);
    let mut ids = Ids::of(scenario);
    let most = most_people(scenario.participants.len(), scenario.people).min(MAX_PEOPLE);
    let mut plan_bytes = 0usize;
    for (i, item) in scenario.steps.iter().enumerate() {
        if let Item::Rounds(rounds) = item {
            if rounds.steps.is_empty() {
                findings.report(vec![Field("steps"), Index(i), Field("steps")], || {
                    tr("scenario-rounds-without-steps")
                });
            }
            if let Repeat::Times(n) = rounds.repeat
                && (n == 0 || n as usize > MAX_ROUNDS)
            {
                findings.report(vec![Field("steps"), Index(i), Field("repeat")], || {
                    tr_args(
                        "scenario-rounds-count",
                        &[
                            ("most", FluentValue::from(MAX_ROUNDS)),
                            ("found", FluentValue::from(n)),
                        ],
                    )
                });
            }
        }
        for (j, step) in item.steps().iter().enumerate() {
            let inner = matches!(item, Item::Rounds(_)).then_some(j);
            check_step(scenario, &mut ids, (i, inner), step, &mut findings);
        }
        // What unrolling would copy, counted before anything is unrolled.
        let block: usize = item
            .steps()
            .iter()
            .map(plan::footprint)
            .fold(0, usize::saturating_add);
        let before = plan_bytes;
        plan_bytes = plan_bytes.saturating_add(block.saturating_mul(plan::runs_of(item, most)));
        if before <= MAX_PLAN_BYTES && plan_bytes > MAX_PLAN_BYTES {
            findings.report(vec![Field("steps"), Index(i)], || {
                tr_args(
                    "scenario-plan-too-big",
                    &[
                        ("people", FluentValue::from(most)),
                        ("size", FluentValue::from(megabytes(plan_bytes))),
                        ("most", FluentValue::from(megabytes(MAX_PLAN_BYTES))),
                    ],
                )
            });
        }
    }
    findings
}

/// The format version, the name and the participants being there.
fn check_header(scenario: &Scenario, findings: &mut Findings) {
    if scenario.format != FORMAT_VERSION {
        findings.report(vec![Field("format")], || {
            tr_args(
                "scenario-format-version",
                &[
                    ("found", FluentValue::from(scenario.format)),
                    ("version", FluentValue::from(FORMAT_VERSION)),
                ],
            )
        });
    }
    if scenario.name.trim().is_empty() {
        findings.report(vec![Field("name")], || tr("scenario-empty-name"));
    }
    if scenario.participants.is_empty() {
        findings.report(vec![Field("participants")], || {
            tr("scenario-no-participants")
        });
    }
    if scenario.steps.is_empty() {
        findings.report(vec![Field("steps")], || tr("scenario-no-steps"));
    }
}

/// Ids present and unique among participants, roles and acts.
fn check_ids(scenario: &Scenario, findings: &mut Findings) {
    for (what, field, ids) in [
        (
            "participant",
            "participants",
            scenario
                .participants
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>(),
        ),
        (
            "role",
            "roles",
            scenario.roles.iter().map(|r| r.id.as_str()).collect(),
        ),
        (
            "act",
            "acts",
            scenario.acts.iter().map(|a| a.id.as_str()).collect(),
        ),
    ] {
        let mut seen = HashSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            let path = || vec![Field(field), Index(i), Field("id")];
            // `what` picks the noun in the message, so each language can
            // give it its own gender and article.
            if id.trim().is_empty() {
                findings.report(path(), || {
                    tr_args("scenario-empty-id", &[("what", FluentValue::from(what))])
                });
            } else if !seen.insert(id) {
                findings.report(path(), || {
                    tr_args(
                        "scenario-id-twice",
                        &[
                            ("what", FluentValue::from(what)),
                            ("id", FluentValue::from(quoted(id))),
                        ],
                    )
                });
            }
        }
    }
}

/// The `people` and `length` ranges, and the defaults inside them.
fn check_ranges(scenario: &Scenario, findings: &mut Findings) {
    if let Some(range) = scenario.people {
        let listed = scenario.participants.len();
        if range.from == 0 || range.from > range.to || range.to > MAX_PEOPLE {
            findings.report(vec![Field("people")], || {
                tr_args(
                    "scenario-people-range",
                    &[("most", FluentValue::from(MAX_PEOPLE))],
                )
            });
        } else if listed < range.from || listed > range.to {
            findings.report(vec![Field("participants")], || {
                tr_args(
                    "scenario-listed-outside-people",
                    &[
                        ("listed", FluentValue::from(listed)),
                        ("from", FluentValue::from(range.from)),
                        ("to", FluentValue::from(range.to)),
                    ],
                )
            });
        }
    }
    if let Some(range) = scenario.length {
        let total = scenario.total();
        if range.from.is_zero() || range.from > range.to || range.to > MAX_STEP {
            findings.report(vec![Field("length")], || {
                tr_args(
                    "scenario-length-range",
                    &[("most", FluentValue::from(MAX_STEP.to_string()))],
                )
            });
        } else if total < range.from || total > range.to {
            findings.report(vec![Field("length")], || {
                tr_args(
                    "scenario-total-outside-length",
                    &[
                        ("total", FluentValue::from(total.to_string())),
                        ("from", FluentValue::from(range.from.to_string())),
                        ("to", FluentValue::from(range.to.to_string())),
                    ],
                )
            });
        }
    }
}

/// The ids a step may name, looked up without going through the lists:
/// a file may declare thousands of roles and cast each in every step.
struct Ids<'s> {
    roles: HashSet<&'s str>,
    acts: HashSet<&'s str>,
    participants: HashMap<&'s str, usize>,
    /// Casts may only name people present however many the trainer picks.
    always_present: usize,
    /// The lists as messages name them, written when first needed.
    named: HashMap<&'static str, String>,
}

impl<'s> Ids<'s> {
    fn of(scenario: &'s Scenario) -> Self {
        let mut participants = HashMap::new();
        for (i, p) in scenario.participants.iter().enumerate() {
            participants.entry(p.id.as_str()).or_insert(i);
        }
        Self {
            roles: scenario.roles.iter().map(|r| r.id.as_str()).collect(),
            acts: scenario.acts.iter().map(|a| a.id.as_str()).collect(),
            participants,
            always_present: match scenario.people {
                Some(range) => range.from.min(scenario.participants.len()),
                None => scenario.participants.len(),
            },
            named: HashMap::new(),
        }
    }

    /// The ids of `what` ("roles", "participants", "acts") as a message lists them.
    fn named(&mut self, scenario: &Scenario, what: &'static str) -> &str {
        self.named.entry(what).or_insert_with(|| match what {
            "roles" => list(scenario.roles.iter().map(|r| &r.id)),
            "participants" => list(scenario.participants.iter().map(|p| &p.id)),
            _ => list(scenario.acts.iter().map(|a| &a.id)),
        })
    }
}

/// One step's own checks; `(i, inner)` is where it is written.
fn check_step(
    scenario: &Scenario,
    ids: &mut Ids,
    (i, inner): (usize, Option<usize>),
    step: &Step,
    findings: &mut Findings,
) {
    let number = || match inner {
        None => tr_args("scenario-step", &[("step", FluentValue::from(i + 1))]),
        Some(j) => tr_args(
            "scenario-step-in-rounds",
            &[
                ("step", FluentValue::from(j + 1)),
                ("rounds", FluentValue::from(i + 1)),
            ],
        ),
    };
    let at = |rest: &[PathPart]| {
        let mut path = vec![Field("steps"), Index(i)];
        if let Some(j) = inner {
            path.extend([Field("steps"), Index(j)]);
        }
        path.extend_from_slice(rest);
        path
    };
    if step.title.trim().is_empty() {
        findings.report(at(&[Field("title")]), || {
            tr_args(
                "scenario-empty-title",
                &[("step", FluentValue::from(number()))],
            )
        });
    }
    if inner.is_none() {
        for (field, text) in [
            ("title", &step.title),
            ("instructions", &step.instructions),
            ("notes", &step.notes),
        ] {
            if text.contains("{round}") || text.contains("{rounds}") {
                findings.report(at(&[Field(field)]), || tr("scenario-round-outside-rounds"));
            }
        }
    }
    // Counting stops just past the cap: a megabyte of notes costs no more
    // to check than a page.
    if step.notes.chars().nth(MAX_NOTES_CHARS).is_some() {
        findings.report(at(&[Field("notes")]), || {
            tr_args(
                "scenario-notes-too-long",
                &[
                    ("step", FluentValue::from(number())),
                    ("count", FluentValue::from(step.notes.chars().count())),
                    ("most", FluentValue::from(MAX_NOTES_CHARS)),
                ],
            )
        });
    }
    if step.duration.is_zero() {
        findings.report(at(&[Field("duration")]), || tr("scenario-zero-duration"));
    } else if step.duration > MAX_STEP {
        findings.report(at(&[Field("duration")]), || {
            tr_args(
                "scenario-step-too-long",
                &[
                    ("most", FluentValue::from(MAX_STEP.to_string())),
                    ("found", FluentValue::from(step.duration.to_string())),
                ],
            )
        });
    }
    if let Some(warning) = step.warning
        && warning > MAX_STEP
    {
        findings.report(at(&[Field("warning")]), || {
            tr_args(
                "scenario-warning-too-early",
                &[
                    ("most", FluentValue::from(MAX_STEP.to_string())),
                    ("found", FluentValue::from(warning.to_string())),
                ],
            )
        });
    }
    for (role, who) in &step.cast {
        if !ids.roles.contains(role.as_str()) {
            findings.report(at(&[Field("cast"), Key(role.clone())]), || {
                tr_args(
                    "scenario-unknown-role",
                    &[
                        ("role", FluentValue::from(quoted(role))),
                        ("known", FluentValue::from(ids.named(scenario, "roles"))),
                    ],
                )
            });
        }
        match ids.participants.get(who.as_str()) {
            None => findings.report(at(&[Field("cast"), Value(role.clone())]), || {
                tr_args(
                    "scenario-unknown-participant",
                    &[
                        ("who", FluentValue::from(quoted(who))),
                        (
                            "known",
                            FluentValue::from(ids.named(scenario, "participants")),
                        ),
                    ],
                )
            }),
            Some(&index) if index >= ids.always_present => {
                let present = ids.always_present;
                findings.report(at(&[Field("cast"), Value(role.clone())]), || {
                    tr_args(
                        "scenario-cast-beyond-present",
                        &[
                            ("who", FluentValue::from(quoted(who))),
                            ("number", FluentValue::from(index + 1)),
                            ("present", FluentValue::from(present)),
                        ],
                    )
                })
            }
            Some(_) => {}
        }
    }
    if let Panel::Acts { pacing } = &step.panel {
        let pacing_path = |rest: &[PathPart]| {
            let mut path = at(&[Field("panel"), Field("pacing")]);
            path.extend_from_slice(rest);
            path
        };
        if pacing.is_empty() {
            findings.report(pacing_path(&[]), || tr("scenario-no-pacing"));
        }
        for (j, (act, share)) in pacing.iter().enumerate() {
            if !ids.acts.contains(act.as_str()) {
                findings.report(pacing_path(&[Index(j), Index(0)]), || {
                    tr_args(
                        "scenario-unknown-act",
                        &[
                            ("act", FluentValue::from(quoted(act))),
                            ("known", FluentValue::from(ids.named(scenario, "acts"))),
                        ],
                    )
                });
            }
            if share.is_zero() {
                findings.report(pacing_path(&[Index(j), Index(1)]), || {
                    tr("scenario-zero-act")
                });
            }
        }
        let paced: u64 = pacing.iter().map(|(_, d)| u64::from(d.as_secs())).sum();
        if !pacing.is_empty() && paced != u64::from(step.duration.as_secs()) {
            findings.report(pacing_path(&[]), || {
                let paced = Minutes::from_secs(u32::try_from(paced).unwrap_or(u32::MAX));
                tr_args(
                    "scenario-pacing-sum",
                    &[
                        ("paced", FluentValue::from(paced.to_string())),
                        ("duration", FluentValue::from(step.duration.to_string())),
                    ],
                )
            });
        }
    }
}

/// What decides how many steps a plan unrolls to: the participants listed,
/// the `people` range, and each agenda item's repeat and number of steps.
/// Read from the text by [`measure`] before any step is built, and from a
/// scenario by [`validate`], so both apply the same limits.
struct Extent {
    listed: usize,
    people: Option<Choose<usize>>,
    /// Per agenda item: how it repeats (`None` for a single step) and how
    /// many steps it holds.
    items: Vec<(Option<Repeat>, usize)>,
}

impl Extent {
    fn of(scenario: &Scenario) -> Self {
        Self {
            listed: scenario.participants.len(),
            people: scenario.people,
            items: scenario
                .steps
                .iter()
                .map(|item| match item {
                    Item::Step(_) => (None, 1),
                    Item::Rounds(rounds) => (Some(rounds.repeat), rounds.steps.len()),
                })
                .collect(),
        }
    }
}

/// Refuses more participants than [`MAX_PEOPLE`] and a plan of more than
/// [`MAX_PLAN_STEPS`] steps for the most people the file allows, by
/// arithmetic: nothing is unrolled. The steps are reported once, at the
/// item that takes the agenda over.
fn check_counts(extent: &Extent, findings: &mut Findings) {
    if extent.listed > MAX_PEOPLE {
        findings.report(vec![Field("participants")], || {
            tr_args(
                "scenario-too-many-people",
                &[
                    ("listed", FluentValue::from(extent.listed)),
                    ("most", FluentValue::from(MAX_PEOPLE)),
                ],
            )
        });
    }
    // An out-of-range `people` is reported on its own; the plan is
    // measured for the most people that could run it.
    let most = most_people(extent.listed, extent.people).min(MAX_PEOPLE);
    let mut steps = 0usize;
    for (i, &(repeat, count)) in extent.items.iter().enumerate() {
        let runs = repeat.map_or(1, |repeat| rounds_of(repeat, most));
        steps = steps.saturating_add(count.saturating_mul(runs));
        if steps > MAX_PLAN_STEPS {
            findings.report(vec![Field("steps"), Index(i)], || {
                let args = [
                    ("steps", FluentValue::from(steps)),
                    ("most", FluentValue::from(MAX_PLAN_STEPS)),
                    ("people", FluentValue::from(most)),
                    ("runs", FluentValue::from(runs)),
                    ("count", FluentValue::from(count)),
                ];
                match repeat {
                    None => tr_args("scenario-too-many-steps", &args),
                    Some(Repeat::EachPerson) => {
                        tr_args("scenario-too-many-steps-each-person", &args)
                    }
                    Some(Repeat::Times(_)) => tr_args("scenario-too-many-steps-times", &args),
                }
            });
            return;
        }
    }
}

/// The outline of a scenario file: what decides how big its plan can grow
/// (the participants, the `people` range, each item's repeat and steps) and
/// how many values each part holds, read by ron itself with nothing built.
/// A file of a hundred thousand steps costs a few bytes per step here,
/// where building them would cost hundreds. The types carry the real ones'
/// names, so ron's messages for a broken file read as the full parse's.
mod outline {
    use std::fmt;

    use serde::Deserialize;
    use serde::de::{self, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};

    use super::{Choose, Repeat};

    /// A scenario file's top level: what the plan's size depends on, and a
    /// count of the values in each other part.
    #[derive(Deserialize)]
    #[serde(rename = "Scenario")]
    pub struct Scenario {
        #[serde(default)]
        pub participants: Vec<Counted>,
        #[serde(default)]
        pub people: Option<Choose<usize>>,
        #[serde(default)]
        pub steps: Vec<Item>,
        #[serde(default)]
        pub roles: Counted,
        #[serde(default)]
        pub acts: Counted,
        #[serde(default)]
        pub do_dont: Counted,
        #[serde(default)]
        pub reflection: Counted,
        #[serde(default)]
        pub description: Counted,
        #[serde(default)]
        pub name: Counted,
    }

    /// An agenda item: a step's values counted, or rounds read on.
    #[derive(Deserialize)]
    #[serde(rename = "Item")]
    pub enum Item {
        Step(Counted),
        Rounds(Rounds),
    }

    /// Rounds: how they repeat, and each step's values counted.
    #[derive(Deserialize)]
    #[serde(rename = "Rounds")]
    pub struct Rounds {
        #[serde(default)]
        pub repeat: Repeat,
        #[serde(default)]
        pub steps: Vec<Counted>,
    }

    impl Item {
        /// The values the item holds.
        pub fn values(&self) -> usize {
            match self {
                Item::Step(step) => step.0,
                Item::Rounds(rounds) => rounds.steps.iter().map(|s| s.0).sum::<usize>() + 1,
            }
        }
    }

    /// How many values a part of the file holds: each text, number, list
    /// entry and map entry, and each struct with its fields. A count, not
    /// the values: ron reads them and this keeps only the number.
    #[derive(Debug, Default, Clone, Copy)]
    pub struct Counted(pub usize);

    impl<'de> Deserialize<'de> for Counted {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(Counting)
        }
    }

    struct Counting;

    impl<'de> Visitor<'de> for Counting {
        type Value = Counted;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(&crate::i18n::tr("scenario-expected-any-value"))
        }

        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Counted, E> {
            Ok(Counted(1))
        }

        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Counted, E> {
            Ok(Counted(1))
        }

        fn visit_i128<E: de::Error>(self, _: i128) -> Result<Counted, E> {
            Ok(Counted(1))
        }

        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Counted, E> {
            Ok(Counted(1))
        }

        fn visit_u128<E: de::Error>(self, _: u128) -> Result<Counted, E> {
            Ok(Counted(1))
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Counted, E> {
            Ok(Counted(1))
        }

        fn visit_str<E: de::Error>(self, _: &str) -> Result<Counted, E> {
            Ok(Counted(1))
        }

        fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Counted, E> {
            Ok(Counted(1))
        }

        fn visit_unit<E: de::Error>(self) -> Result<Counted, E> {
            Ok(Counted(1))
        }

        fn visit_none<E: de::Error>(self) -> Result<Counted, E> {
            Ok(Counted(1))
        }

        fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Counted, D::Error> {
            Counted::deserialize(inner).map(|Counted(n)| Counted(n.saturating_add(1)))
        }

        fn visit_newtype_struct<D: Deserializer<'de>>(self, inner: D) -> Result<Counted, D::Error> {
            self.visit_some(inner)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Counted, A::Error> {
            let mut count = 1usize;
            while let Some(Counted(n)) = seq.next_element()? {
                count = count.saturating_add(n);
            }
            Ok(Counted(count))
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Counted, A::Error> {
            let mut count = 1usize;
            while let Some((Counted(k), Counted(v))) = map.next_entry()? {
                count = count.saturating_add(k).saturating_add(v);
            }
            Ok(Counted(count))
        }

        fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Counted, A::Error> {
            use de::VariantAccess;
            let (Counted(name), variant) = data.variant()?;
            let Counted(inner) = variant.newtype_variant()?;
            Ok(Counted(name.saturating_add(inner)))
        }
    }
}

/// Measures the scenario in `text` without building it: whether it holds
/// more values than [`MAX_VALUES`], lists more people than [`MAX_PEOPLE`],
/// or would unroll to more than [`MAX_PLAN_STEPS`] steps. A file that is
/// not well-formed gives ron's error, which the full parse would give too
/// (at the same place, or earlier for a value it reads and this skips).
pub(super) fn measure(text: &str, limit: usize) -> Result<Findings, ron::error::SpannedError> {
    let read: outline::Scenario = super::text::options().from_str(text)?;
    let mut findings = Findings::at_most(limit);
    check_values(&read, &mut findings);
    let extent = Extent {
        listed: read.participants.len(),
        people: read.people,
        items: read
            .steps
            .iter()
            .map(|item| match item {
                outline::Item::Step(_) => (None, 1),
                outline::Item::Rounds(rounds) => (Some(rounds.repeat), rounds.steps.len()),
            })
            .collect(),
    };
    check_counts(&extent, &mut findings);
    Ok(findings)
}

/// Refuses a file of more than [`MAX_VALUES`] values, pointing at the part
/// that holds the most of them: the list to shorten, or the one step.
fn check_values(read: &outline::Scenario, findings: &mut Findings) {
    let steps: Vec<usize> = read.steps.iter().map(outline::Item::values).collect();
    let parts = [
        ("participants", read.participants.iter().map(|p| p.0).sum()),
        ("steps", steps.iter().sum()),
        ("roles", read.roles.0),
        ("acts", read.acts.0),
        ("do_dont", read.do_dont.0),
        ("reflection", read.reflection.0),
        ("description", read.description.0),
        ("name", read.name.0),
    ];
    let total = parts
        .iter()
        .map(|&(_, n)| n)
        .fold(0usize, usize::saturating_add);
    if total <= MAX_VALUES {
        return;
    }
    let Some(&(field, most)) = parts.iter().max_by_key(|&&(_, n)| n) else {
        return;
    };
    let mut path = vec![Field(field)];
    let mut here = most;
    if field == "steps"
        && let Some((i, &one)) = steps.iter().enumerate().max_by_key(|&(_, n)| n)
        && one > most / 2
    {
        path.push(Index(i));
        here = one;
    }
    findings.report(path, || {
        tr_args(
            "scenario-too-many-values",
            &[
                ("total", FluentValue::from(total)),
                ("here", FluentValue::from(here)),
                ("most", FluentValue::from(MAX_VALUES)),
            ],
        )
    });
}

/// Bytes as whole megabytes, rounded up so a figure just over the limit
/// does not read as equal to it.
fn megabytes(bytes: usize) -> String {
    let mb = 1024 * 1024;
    if bytes.is_multiple_of(mb) {
        (bytes / mb).to_string()
    } else {
        format!("{:.1}", (bytes as f64 / mb as f64 * 10.0).ceil() / 10.0)
    }
}

/// An id in quotes, cut short if it is long, with control characters
/// escaped so a stray `\r` in a file cannot garble the terminal.
fn quoted(id: &str) -> String {
    let (shown, cut) = match id.char_indices().nth(ID_CHARS) {
        Some((end, _)) => (&id[..end], "…"),
        None => (id, ""),
    };
    format!("\"{}{cut}\"", shown.escape_debug())
}

/// Ids quoted and joined, the first few of a long list only.
fn list<'a>(ids: impl ExactSizeIterator<Item = &'a String>) -> String {
    let count = ids.len();
    let quoted: Vec<String> = ids.take(IDS_NAMED).map(|id| quoted(id)).collect();
    if quoted.is_empty() {
        tr("scenario-ids-none")
    } else if count > IDS_NAMED {
        tr_args(
            "scenario-ids-and-more",
            &[
                ("ids", FluentValue::from(quoted.join(", "))),
                ("more", FluentValue::from(count - IDS_NAMED)),
            ],
        )
    } else {
        quoted.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Language, set_language};
    use crate::scenario::parse;

    /// A file with a mistake in each of several places: an id twice, a
    /// step with no title and no time, a role and a person nobody
    /// declared, and a pacing that names an unknown act and adds up wrong.
    const BROKEN: &str = r#"Scenario(
    format: 1,
    name: "x",
    participants: [Participant(id: "A", name: "A"), Participant(id: "A", name: "B")],
    roles: [Role(id: "organizer", name: "Organizer")],
    acts: [Act(id: "attention", name: "Attention", purpose: "")],
    steps: [
        Step(title: "", duration: "0s"),
        Step(
            title: "Talk",
            duration: "8m",
            cast: {"organiser": "C"},
            panel: Acts(pacing: [("explore", "5m")]),
        ),
    ],
)"#;

    fn problems(language: Language) -> Vec<String> {
        set_language(language);
        let error = parse(BROKEN, "my.ron").expect_err("the file is broken");
        set_language(Language::English);
        error.to_string().lines().map(String::from).collect()
    }

    #[test]
    fn a_spanish_trainer_reads_each_problem_in_spanish_at_its_place() {
        assert_eq!(
            problems(Language::Spanish),
            [
                "my.ron:4:69: el id \"A\" de participante se usa dos veces; los ids deben ser únicos",
                "my.ron:8:21: el paso 1 tiene el título vacío",
                "my.ron:8:35: se esperaba una duración mayor que cero, como \"2m\"",
                "my.ron:12:20: rol desconocido \"organiser\"; los roles son \"organizer\"",
                "my.ron:12:33: participante desconocido \"C\"; en la lista están \"A\", \"A\"",
                "my.ron:13:33: los tiempos de los actos suman 5m, pero el paso dura 8m; haz que coincidan",
                "my.ron:13:35: acto desconocido \"explore\"; los actos son \"attention\"",
            ]
        );
    }

    #[test]
    fn the_same_problems_read_in_english_by_default() {
        let english = problems(Language::English);
        assert_eq!(english.len(), 7, "{english:?}");
        assert_eq!(english[1], "my.ron:8:21: step 1 has an empty title");
        assert_eq!(
            english[3],
            "my.ron:12:20: unknown role \"organiser\"; the roles are \"organizer\""
        );
    }

    #[test]
    fn nouns_and_counts_agree_in_spanish() {
        set_language(Language::Spanish);
        let one_role = parse(
            r#"Scenario(format: 1, name: "x", participants: [Participant(id: "A", name: "A")],
                roles: [Role(id: "", name: "R")], steps: [Step(title: "t", duration: "1m")])"#,
            "my.ron",
        )
        .expect_err("an empty id");
        let rounds = |repeat: &str, steps: usize| {
            let steps = r#"Step(title: "t", duration: "1m"), "#.repeat(steps);
            let text = format!(
                r#"Scenario(format: 1, name: "x", participants: [Participant(id: "A", name: "A")],
                    steps: [Rounds(repeat: {repeat}, steps: [{steps}])])"#
            );
            parse(&text, "my.ron").map(|_| ()).unwrap_err().to_string()
        };
        let too_many_rounds = rounds("Times(1001)", 1);
        let too_many_steps = rounds("Times(100)", 11);
        set_language(Language::English);
        assert_eq!(
            one_role.to_string(),
            "my.ron:2:34: se esperaba un id para este rol, pero está vacío"
        );
        assert_eq!(
            too_many_rounds,
            "my.ron:2:44: se esperaban entre 1 y 100 rondas, pero hay 1001"
        );
        assert!(
            too_many_steps.ends_with(
                ": estas rondas se repiten 100 veces (11 pasos cada vez), así que la agenda llega aquí a 1100 pasos; un plan puede tener como máximo 1000"
            ),
            "{too_many_steps}"
        );
    }
}
