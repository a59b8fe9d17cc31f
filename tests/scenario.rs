//! Scenario files: the shipped ones load and validate, and broken ones are
//! reported as `file:line:column: message` without a panic.

use std::path::Path;

use one_on_one::scenario::plan::{MAX_PEOPLE, MAX_PLAN_STEPS};
use one_on_one::scenario::text::to_text;
use one_on_one::scenario::{
    Act, Advance, Choose, DoDont, FORMAT_VERSION, Item, MAX_NOTES_CHARS, Minutes, Panel,
    Participant, Plan, Repeat, Role, Rounds, Scenario, Setup, Step, built_in_breakout, load_file,
    parse,
};
use proptest::prelude::*;
use proptest::sample::Index;

fn error_of(name: &str) -> String {
    let path = format!("tests/fixtures/broken/{name}");
    match load_file(Path::new(&path)) {
        Ok(_) => panic!("{path} loaded, but it is broken"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn every_shipped_scenario_loads_and_validates() {
    let mut count = 0;
    for entry in std::fs::read_dir("scenarios").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            load_file(&path).unwrap_or_else(|e| panic!("{e}"));
            count += 1;
        }
    }
    assert!(count >= 1);
}

#[test]
fn the_built_in_breakout_is_the_seed_workshop() {
    let scenario = built_in_breakout();
    let plan: Vec<(String, u32)> = Plan::from(scenario.clone())
        .steps
        .iter()
        .map(|s| (s.title.to_string(), s.duration.as_secs() / 60))
        .collect();
    assert_eq!(
        plan,
        [
            ("Gather your team", 3),
            ("Round 1 · conversation", 8),
            ("Round 1 · feedback", 2),
            ("Round 2 · conversation", 8),
            ("Round 2 · feedback", 2),
            ("Rejoin the larger group", 2),
        ]
        .map(|(t, m)| (t.to_string(), m))
    );
    let acts: Vec<&str> = scenario.acts.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        acts,
        [
            "Attention",
            "Interest",
            "Exploration",
            "Exchange",
            "Commitment"
        ]
    );
    assert_eq!(scenario.do_dont.len(), 6);
    assert!(matches!(
        scenario.steps[0].steps()[0].panel,
        Panel::Agenda { .. }
    ));
    assert!(matches!(
        scenario.steps[2].steps()[0].panel,
        Panel::Questions { .. }
    ));
    for act in &scenario.acts {
        assert!(
            (2..=3).contains(&act.questions.len()),
            "{} has 2 or 3 questions",
            act.name
        );
    }
}

#[test]
fn the_file_on_disk_is_the_one_compiled_in() {
    let on_disk = load_file(Path::new("scenarios/breakout-25.ron")).unwrap();
    assert_eq!(on_disk, built_in_breakout());
}

#[test]
fn a_missing_comma_points_at_the_next_line() {
    assert_eq!(
        error_of("bad-syntax.ron"),
        "tests/fixtures/broken/bad-syntax.ron:4:5: expected comma"
    );
}

#[test]
fn an_unknown_field_is_named_with_the_fields_it_could_be() {
    let error = error_of("unknown-field.ron");
    assert!(
        error.starts_with(
            "tests/fixtures/broken/unknown-field.ron:6:14: unexpected field named `titel` in `Step`"
        ),
        "{error}"
    );
    assert!(error.contains("`title`"), "{error}");
}

#[test]
fn a_negative_duration_says_what_a_duration_looks_like() {
    let error = error_of("negative-duration.ron");
    assert!(
        error.starts_with("tests/fixtures/broken/negative-duration.ron:7:"),
        "{error}"
    );
    assert!(
        error.ends_with(r#"expected a duration such as "8m", "90s" or "1m30s", found "-2m""#),
        "{error}"
    );
}

#[test]
fn a_zero_duration_points_at_the_duration() {
    assert_eq!(
        error_of("zero-duration.ron"),
        "tests/fixtures/broken/zero-duration.ron:6:39: expected a duration longer than zero, such as \"2m\""
    );
}

#[test]
fn unknown_roles_and_people_each_get_a_line() {
    assert_eq!(
        error_of("unknown-role.ron"),
        [
            "tests/fixtures/broken/unknown-role.ron:16:20: unknown role \"organiser\"; the roles are \"organizer\", \"constituent\"",
            "tests/fixtures/broken/unknown-role.ron:16:53: unknown participant \"C\"; the participants are \"A\", \"B\"",
        ]
        .join("\n")
    );
}

#[test]
fn an_empty_agenda_is_refused() {
    assert_eq!(
        error_of("empty-steps.ron"),
        "tests/fixtures/broken/empty-steps.ron:5:12: expected at least one step in the agenda, found none"
    );
}

#[test]
fn pacing_must_name_known_acts_and_fill_the_step() {
    assert_eq!(
        error_of("bad-pacing.ron"),
        [
            "tests/fixtures/broken/bad-pacing.ron:12:33: the acts' times add up to 5m, but the step lasts 8m; make them equal",
            "tests/fixtures/broken/bad-pacing.ron:12:56: unknown act \"explore\"; the acts are \"attention\"",
        ]
        .join("\n")
    );
}

#[test]
fn absurd_durations_are_refused_without_overflowing() {
    let error = error_of("huge-durations.ron");
    let lines: Vec<&str> = error.lines().collect();
    assert_eq!(
        lines[0],
        "tests/fixtures/broken/huge-durations.ron:7:38: a step can last at most 24h, found 999999h"
    );
    assert!(lines[1].contains("the acts' times add up to"), "{error}");
    assert_eq!(
        lines.last().unwrap(),
        &"tests/fixtures/broken/huge-durations.ron:8:38: a step can last at most 24h, found 999999h"
    );
}

#[test]
fn a_file_from_a_later_version_says_so() {
    assert_eq!(
        error_of("future-format.ron"),
        "tests/fixtures/broken/future-format.ron:2:13: this file is format 7; this version of the app reads format 1"
    );
}

#[test]
fn a_file_that_is_not_text_is_refused_with_a_position() {
    assert_eq!(
        error_of("not-utf8.ron"),
        "tests/fixtures/broken/not-utf8.ron:3:15: expected UTF-8 text; this looks like a binary file or another encoding"
    );
}

#[test]
fn a_missing_file_is_named() {
    let error = load_file(Path::new("no/such/file.ron"))
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("no/such/file.ron: cannot read the file:"),
        "{error}"
    );
}

// ---------------------------------------------------------------------------
// Scenarios made from parts, mostly sound, some subtly wrong

/// Ids a step may name that no scenario here declares.
const GHOST_ROLE: &str = "ghost";
const GHOST_PERSON: &str = "Z";

const ROLE_IDS: &[&str] = &["organizer", "constituent", "observer"];
const ACT_IDS: &[&str] = &["attention", "interest", "exploration"];

/// Titles a trainer might write, a round number among them, and some that
/// test the writer: quotes, a backslash, accents, a line break.
const TITLES: &[&str] = &[
    "Gather your team",
    "Round {round} of {rounds} · conversation",
    "Feedback",
    "Say \"why\" \\ then listen",
    "Réflexion ünïcode",
    "Two\nlines",
];

/// Trainer's notes a step may carry: none, plain advice, several lines,
/// quoting and a round number, which only rounds fill in.
const NOTES: &[&str] = &[
    "",
    "Walk between the pairs and listen for \"why?\"",
    "Before the swap, remind the timekeepers.\n\nAt the debrief: what was hardest?",
    "In round {round}, check on the quietest pair \\ first.",
];

/// A step as a sound file would have it, for `roles` roles, the first
/// `present` participants and `acts` acts (all at least one).
fn a_step(roles: usize, present: usize, acts: usize) -> impl Strategy<Value = Step> {
    (
        prop::sample::select(TITLES),
        1u32..=600,
        prop::collection::btree_map(0..roles, 0..present, 0..=roles),
        0usize..5,
        prop::collection::vec((0..acts, 1u32..=4), 1..=3),
        prop::option::of(0u32..=120),
        (any::<bool>(), prop::sample::select(NOTES)),
    )
        .prop_map(
            move |(title, seconds, cast, panel, pacing, warning, (hold, notes))| {
                let weights: u32 = pacing.iter().map(|&(_, w)| w).sum();
                let seconds = seconds.max(weights);
                Step {
                    title: title.into(),
                    duration: Minutes::from_secs(seconds),
                    instructions: format!("{title}, then talk.").into(),
                    notes: notes.into(),
                    cast: cast
                        .into_iter()
                        .map(|(role, who)| (ROLE_IDS[role].to_string(), format!("P{}", who + 1)))
                        .collect(),
                    advance: if hold { Advance::Hold } else { Advance::Auto },
                    warning: warning.map(Minutes::from_secs),
                    panel: match panel {
                        0 => Panel::Instructions,
                        1 => Panel::Agenda {
                            choose: vec!["Timekeeper".into()],
                        },
                        2 => Panel::Questions {
                            heading: "Ask".into(),
                            questions: vec!["Why?".into(), "Who else?".into()],
                        },
                        3 => Panel::Reflection,
                        _ => Panel::Acts {
                            pacing: paced(&pacing, seconds),
                        },
                    },
                }
            },
        )
}

/// Act shares in proportion to `weights` that add up to exactly `seconds`.
fn paced(weights: &[(usize, u32)], seconds: u32) -> Vec<(String, Minutes)> {
    let total: u32 = weights.iter().map(|&(_, w)| w).sum();
    let mut left = seconds;
    weights
        .iter()
        .enumerate()
        .map(|(i, &(act, weight))| {
            let share = if i + 1 == weights.len() {
                left
            } else {
                (seconds * weight / total).max(1).min(left - 1)
            };
            left -= share;
            (ACT_IDS[act].to_string(), Minutes::from_secs(share))
        })
        .collect()
}

/// A single step or rounds of one to three steps, each with a title that
/// may use `{round}` only inside rounds.
fn an_item(roles: usize, present: usize, acts: usize) -> impl Strategy<Value = Item> {
    prop_oneof![
        a_step(roles, present, acts).prop_map(|mut step| {
            step.title = step
                .title
                .replace("{round}", "1")
                .replace("{rounds}", "2")
                .into();
            step.instructions = format!("{}, then talk.", step.title).into();
            step.notes = step.notes.replace("{round}", "1").into();
            Item::Step(step)
        }),
        (
            prop_oneof![Just(Repeat::EachPerson), (1u32..=5).prop_map(Repeat::Times)],
            prop::collection::vec(a_step(roles, present, acts), 1..=3),
        )
            .prop_map(|(repeat, steps)| Item::Rounds(Rounds { repeat, steps })),
    ]
}

/// A scenario that passes every check: 1 to 6 participants, perhaps a
/// choice of people and of length, 1 to 3 roles and acts, 1 to 4 items.
fn a_sound_scenario() -> impl Strategy<Value = Scenario> {
    (
        1usize..=6,
        1usize..=3,
        1usize..=3,
        0usize..6,
        any::<bool>(),
        0usize..=24,
    )
        .prop_flat_map(|(listed, roles, acts, from_pick, chooses, to_extra)| {
            let from = 1 + from_pick % listed;
            let present = if chooses { from } else { listed };
            let people = chooses.then(|| Choose {
                from,
                to: (listed + to_extra).min(30),
            });
            (
                prop::collection::vec(an_item(roles, present, acts), 1..=4),
                prop::option::of((1u32..=100, 100u32..=300)),
                0u32..=120,
            )
                .prop_map(move |(steps, length, warning)| {
                    let mut scenario = Scenario {
                        format: FORMAT_VERSION,
                        name: "Made from parts".into(),
                        description: "A scenario a property test put together.".into(),
                        warning: Minutes::from_secs(warning),
                        participants: (1..=listed)
                            .map(|i| Participant {
                                id: format!("P{i}"),
                                name: format!("Person {i}").into(),
                            })
                            .collect(),
                        people,
                        length: None,
                        roles: ROLE_IDS[..roles]
                            .iter()
                            .map(|id| Role {
                                id: id.to_string(),
                                name: id.to_uppercase().into(),
                            })
                            .collect(),
                        acts: ACT_IDS[..acts]
                            .iter()
                            .map(|id| Act {
                                id: id.to_string(),
                                name: id.to_uppercase().into(),
                                purpose: "Why it matters.".into(),
                                questions: vec!["What then?".into()],
                            })
                            .collect(),
                        do_dont: vec![DoDont {
                            good: "Listen".into(),
                            bad: "Interrupt".into(),
                        }],
                        reflection: vec!["What did you hear?".into()],
                        steps,
                    };
                    if let Some((low, high)) = length {
                        let total = scenario.total().as_secs();
                        scenario.length = Some(Choose {
                            from: Minutes::from_secs((total * low / 100).max(1)),
                            to: Minutes::from_secs(total.saturating_mul(high) / 100),
                        });
                    }
                    scenario
                })
        })
}

/// One subtle mistake a trainer, or a hostile file, could make.
#[derive(Debug, Clone)]
enum Fault {
    UnknownRole(Index),
    UnknownPerson(Index),
    ZeroDuration(Index),
    DayLongStep(Index),
    PacingOff(Index),
    UnknownAct(Index),
    EmptyTitle(Index),
    RoundOutsideRounds(Index),
    EmptyRounds(Index),
    Repeat(Index, u32),
    InvertedPeople,
    PeopleUpTo(usize),
    InvertedLength,
    DuplicateId,
    Format(u32),
    Listed(usize),
    BlockOf(usize),
}

fn a_fault() -> impl Strategy<Value = Fault> {
    let at = any::<Index>;
    prop_oneof![
        at().prop_map(Fault::UnknownRole),
        at().prop_map(Fault::UnknownPerson),
        at().prop_map(Fault::ZeroDuration),
        at().prop_map(Fault::DayLongStep),
        at().prop_map(Fault::PacingOff),
        at().prop_map(Fault::UnknownAct),
        at().prop_map(Fault::EmptyTitle),
        at().prop_map(Fault::RoundOutsideRounds),
        at().prop_map(Fault::EmptyRounds),
        (at(), prop_oneof![Just(0u32), 95u32..=105, Just(u32::MAX)])
            .prop_map(|(i, n)| Fault::Repeat(i, n)),
        Just(Fault::InvertedPeople),
        prop_oneof![0usize..=2, 29usize..=32, Just(usize::MAX)].prop_map(Fault::PeopleUpTo),
        Just(Fault::InvertedLength),
        Just(Fault::DuplicateId),
        prop_oneof![Just(0u32), Just(2u32), Just(u32::MAX)].prop_map(Fault::Format),
        (29usize..=40).prop_map(Fault::Listed),
        (30usize..=40).prop_map(Fault::BlockOf),
    ]
}

/// Every step as written, to pick one from.
fn steps_of(scenario: &mut Scenario) -> Vec<&mut Step> {
    scenario
        .steps
        .iter_mut()
        .flat_map(|item| item.steps_mut().iter_mut())
        .collect()
}

/// The written step `at` picks, if there is one.
fn step_at<'s>(scenario: &'s mut Scenario, at: &Index) -> Option<&'s mut Step> {
    let steps = steps_of(scenario);
    let i = at.index(steps.len().max(1));
    steps.into_iter().nth(i)
}

/// `scenario` with `fault` made in it.
fn make(scenario: &mut Scenario, fault: &Fault) {
    match fault {
        Fault::UnknownRole(at) => {
            if let Some(step) = step_at(scenario, at) {
                step.cast.insert(GHOST_ROLE.into(), "P1".into());
            }
        }
        Fault::UnknownPerson(at) => {
            if let Some(step) = step_at(scenario, at) {
                step.cast.insert(ROLE_IDS[0].into(), GHOST_PERSON.into());
            }
        }
        Fault::ZeroDuration(at) => {
            if let Some(step) = step_at(scenario, at) {
                step.duration = Minutes::from_secs(0);
            }
        }
        Fault::DayLongStep(at) => {
            if let Some(step) = step_at(scenario, at) {
                step.duration = Minutes::from_secs(25 * 3600);
            }
        }
        Fault::PacingOff(at) => {
            if let Some(step) = step_at(scenario, at) {
                let off = Minutes::from_secs(step.duration.as_secs().saturating_add(1));
                step.panel = Panel::Acts {
                    pacing: vec![(ACT_IDS[0].into(), off)],
                };
            }
        }
        Fault::UnknownAct(at) => {
            if let Some(step) = step_at(scenario, at) {
                step.panel = Panel::Acts {
                    pacing: vec![("nope".into(), step.duration)],
                };
            }
        }
        Fault::EmptyTitle(at) => {
            if let Some(step) = step_at(scenario, at) {
                step.title = " ".into();
            }
        }
        Fault::RoundOutsideRounds(at) => {
            let singles: Vec<&mut Step> = scenario
                .steps
                .iter_mut()
                .filter_map(|item| match item {
                    Item::Step(step) => Some(step),
                    Item::Rounds(_) => None,
                })
                .collect();
            let i = at.index(singles.len().max(1));
            if let Some(step) = singles.into_iter().nth(i) {
                step.instructions = "Round {round} of {rounds}".into();
            }
        }
        Fault::EmptyRounds(at) => {
            let i = at.index(scenario.steps.len() + 1);
            scenario.steps.insert(
                i,
                Item::Rounds(Rounds {
                    repeat: Repeat::EachPerson,
                    steps: Vec::new(),
                }),
            );
        }
        Fault::Repeat(at, n) => {
            let i = at.index(scenario.steps.len());
            if let Item::Rounds(rounds) = &mut scenario.steps[i] {
                rounds.repeat = Repeat::Times(*n);
            }
        }
        Fault::InvertedPeople => {
            scenario.people = Some(Choose { from: 5, to: 2 });
        }
        Fault::PeopleUpTo(to) => {
            scenario.people = Some(Choose { from: 1, to: *to });
        }
        Fault::InvertedLength => {
            scenario.length = Some(Choose {
                from: Minutes::from_mins(60),
                to: Minutes::from_mins(30),
            });
        }
        Fault::DuplicateId => {
            let first = scenario.participants[0].clone();
            scenario.participants.push(first);
        }
        Fault::Format(format) => scenario.format = *format,
        Fault::Listed(count) => {
            scenario.participants = (1..=*count)
                .map(|i| Participant {
                    id: format!("P{i}"),
                    name: Default::default(),
                })
                .collect();
        }
        Fault::BlockOf(steps) => {
            // Thirty people, a round each: a plan of 900 steps or more.
            scenario.people = Some(Choose { from: 1, to: 30 });
            let step = steps_of(scenario)[0].clone();
            scenario.steps.push(Item::Rounds(Rounds {
                repeat: Repeat::EachPerson,
                steps: vec![step; *steps],
            }));
        }
    }
}

/// A small change to the text itself, counted in characters.
#[derive(Debug, Clone)]
enum Edit {
    Delete(Index, usize),
    Duplicate(Index, usize),
    Swap(Index, Index, usize),
    Digit(Index, char),
    Insert(Index, String),
}

fn an_edit() -> impl Strategy<Value = Edit> {
    let at = any::<Index>;
    prop_oneof![
        (at(), 1usize..20).prop_map(|(i, n)| Edit::Delete(i, n)),
        (at(), 1usize..40).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        (at(), at(), 1usize..20).prop_map(|(i, j, n)| Edit::Swap(i, j, n)),
        (at(), prop::char::range('0', '9')).prop_map(|(i, d)| Edit::Digit(i, d)),
        (at(), any::<String>()).prop_map(|(i, s)| Edit::Insert(i, s)),
    ]
}

fn edited(text: &str, edit: &Edit) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let span = |at: &Index, n: usize| {
        let start = at.index(len.max(1));
        start..(start + n).min(len)
    };
    match edit {
        Edit::Delete(at, n) => {
            chars.drain(span(at, *n));
        }
        Edit::Duplicate(at, n) => {
            let copy: Vec<char> = chars[span(at, *n)].to_vec();
            let end = span(at, *n).end;
            chars.splice(end..end, copy);
        }
        Edit::Swap(a, b, n) => {
            let (a, b) = (span(a, *n), span(b, *n));
            let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
            if first.end <= second.start {
                let one: Vec<char> = chars[first.clone()].to_vec();
                let two: Vec<char> = chars[second.clone()].to_vec();
                chars.splice(second, one);
                chars.splice(first, two);
            }
        }
        Edit::Digit(at, digit) => {
            let digits: Vec<usize> = (0..len).filter(|&i| chars[i].is_ascii_digit()).collect();
            if !digits.is_empty() {
                chars[digits[at.index(digits.len())]] = *digit;
            }
        }
        Edit::Insert(at, inserted) => {
            let i = at.index(len + 1);
            chars.splice(i..i, inserted.chars());
        }
    }
    chars.into_iter().collect()
}

/// Whether `line` and `column` (from 1, columns in characters) are a place
/// in `text`, or just past the end of one of its lines.
fn is_inside(text: &str, line: usize, column: usize) -> bool {
    let lines: Vec<&str> = text.split('\n').collect();
    line >= 1 && line <= lines.len() && column >= 1 && column <= lines[line - 1].chars().count() + 1
}

proptest! {
    // No regression files: failures print the minimal case instead.
    #![proptest_config(ProptestConfig {
        cases: 1000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// A scenario made from parts, with perhaps a mistake or two and perhaps
    /// a small change to its text, is read without a panic. Every problem
    /// is placed inside the text, except a count of the ones not shown; a
    /// file that reads plans for any number of people and any length within
    /// the limits, and writes back to the same scenario.
    #[test]
    fn a_scenario_made_from_parts_reads_plans_and_writes_back(
        sound in a_sound_scenario(),
        faults in prop::collection::vec(a_fault(), 0..=2),
        edit in prop::option::weighted(0.3, an_edit()),
        setups in prop::collection::vec((0usize..=40, prop::option::of(0u32..=200_000)), 1..=4),
    ) {
        let mut scenario = sound;
        for fault in &faults {
            make(&mut scenario, fault);
        }
        let written = to_text(&scenario, "Made from parts.");
        let text = match &edit {
            Some(edit) => edited(&written, edit),
            None => written,
        };
        match parse(&text, "parts.ron") {
            Err(error) => {
                prop_assert!(!error.problems.is_empty());
                let count = error.problems.len();
                for (i, problem) in error.problems.iter().enumerate() {
                    match (problem.line, problem.column) {
                        (Some(line), Some(column)) => prop_assert!(
                            is_inside(&text, line, column),
                            "{line}:{column} is not in the text: {error}\n{text}"
                        ),
                        _ => prop_assert!(
                            i + 1 == count && problem.message.contains("more problems not shown"),
                            "a problem with no place: {error}\n{text}"
                        ),
                    }
                }
                if edit.is_none() && faults.is_empty() {
                    prop_assert!(false, "a sound scenario was refused: {error}\n{text}");
                }
            }
            Ok(read) => {
                if edit.is_none() {
                    prop_assert_eq!(&read, &scenario);
                }
                prop_assert_eq!(Plan::from(read.clone()).total(), read.total());
                for (people, length) in setups {
                    let setup = Setup { people, length: length.map(Minutes::from_secs) };
                    let plan = Plan::new(read.clone(), setup);
                    prop_assert!(plan.steps.len() <= MAX_PLAN_STEPS);
                    prop_assert!(plan.participants.len() <= MAX_PEOPLE);
                }
                let again = to_text(&read, "Again.");
                prop_assert_eq!(parse(&again, "again.ron").ok(), Some(read));
            }
        }
    }

    /// Damaging the real file anywhere, its tables of languages included, gives an error with a position inside it, or
    /// (if the damage is harmless) a scenario; never a panic.
    #[test]
    fn a_damaged_breakout_never_panics(at in 0.0f64..=1.0, insert in "[\\[\\](){}:,\"#a-z0-9 \n-]{0,6}") {
        // Anywhere in the file, which grew past 20 KB with its Spanish.
        let text = one_on_one::scenario::BUILT_IN_BREAKOUT;
        let mut cut = ((text.len() as f64 * at) as usize).min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let damaged = format!("{}{}{}", &text[..cut], insert, &text[cut..]);
        if let Err(error) = parse(&damaged, "damaged.ron") {
            let lines = damaged.lines().count() + 1;
            for problem in &error.problems {
                if let Some(line) = problem.line {
                    prop_assert!(line <= lines);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The trainer's notes

/// A small scenario whose second step, a conversation repeated once per
/// person, carries `notes` as written in the file (already quoted).
fn with_notes(notes: &str) -> String {
    format!(
        r#"Scenario(
    format: 1,
    name: "Notes",
    participants: [Participant(id: "A", name: "Ann"), Participant(id: "B", name: "Ben")],
    roles: [Role(id: "organizer", name: "Organizer")],
    steps: [
        Step(title: "Gather", duration: "3m"),
        Rounds(steps: [
            Step(
                title: "Round {{round}}",
                duration: "8m",
                notes: {notes},
                cast: {{"organizer": "A"}},
            ),
        ]),
    ],
)
"#
    )
}

#[test]
fn a_file_with_notes_keeps_them_through_a_save() {
    let scenario = parse(
        &with_notes(
            r#""Walk between the pairs.\nListen for \"why?\" in round {round} of {rounds}.""#,
        ),
        "notes.ron",
    )
    .unwrap();
    let note = &scenario.steps[1].steps()[0].notes;
    assert_eq!(
        note,
        "Walk between the pairs.\nListen for \"why?\" in round {round} of {rounds}."
    );
    assert!(scenario.steps[0].steps()[0].notes.is_empty());
    let written = to_text(&scenario, "Again.");
    assert_eq!(written.matches("notes:").count(), 1, "{written}");
    assert_eq!(parse(&written, "again.ron").unwrap(), scenario);
}

#[test]
fn each_round_carries_its_notes_with_its_number() {
    let scenario = parse(
        &with_notes(r#""Round {round} of {rounds}: listen.""#),
        "n.ron",
    )
    .unwrap();
    let plan = Plan::from(scenario);
    let notes: Vec<&str> = plan.steps.iter().map(|s| s.notes.as_str()).collect();
    assert_eq!(
        notes,
        ["", "Round 1 of 2: listen.", "Round 2 of 2: listen."]
    );
}

#[test]
fn a_round_number_in_the_notes_of_a_single_step_is_refused_there() {
    let text = with_notes("\"\"").replace(
        r#"Step(title: "Gather", duration: "3m")"#,
        r#"Step(title: "Gather", duration: "3m", notes: "Round {round}")"#,
    );
    let error = parse(&text, "n.ron").unwrap_err().to_string();
    assert!(
        error.starts_with(
            "n.ron:7:54: {round} and {rounds} are only filled in for steps inside Rounds(...)"
        ),
        "{error}"
    );
}

/// A file saved by the agenda editor before steps had notes: it loads with
/// no notes, and saving it again writes the very same bytes.
#[test]
fn a_file_saved_before_notes_saves_again_byte_for_byte() {
    let path = Path::new("tests/fixtures/saved-before-notes.ron");
    let before = std::fs::read(path).unwrap();
    let scenario = load_file(path).unwrap();
    assert!(
        scenario
            .written_steps()
            .all(|(_, step)| step.notes.is_empty())
    );
    let folder = std::env::temp_dir().join(format!("one-on-one-notes-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    let saved = one_on_one::library::save_own(&scenario, &folder, None).unwrap();
    let after = std::fs::read(&saved).unwrap();
    let _ = std::fs::remove_dir_all(&folder);
    assert!(
        after == before,
        "saved again, it differs:\n{}",
        String::from_utf8_lossy(&after)
    );
}

#[test]
fn notes_up_to_the_cap_load_and_one_character_more_is_refused_at_the_note() {
    let at_cap = format!("\"{}\"", "é".repeat(MAX_NOTES_CHARS));
    assert!(parse(&with_notes(&at_cap), "n.ron").is_ok());
    let over = format!("\"{}\"", "é".repeat(MAX_NOTES_CHARS + 1));
    assert_eq!(
        parse(&with_notes(&over), "n.ron").unwrap_err().to_string(),
        format!(
            "n.ron:12:24: step 1 of the rounds at 2 has {} characters of notes; notes may hold at most {MAX_NOTES_CHARS}, about half a page: keep what you need to glance at during the step",
            MAX_NOTES_CHARS + 1
        )
    );
}

/// Thirty people each running a round of 33 steps with long instructions:
/// a plan just inside its memory limit, until every step in the round also
/// carries notes, which are copied into each of the thirty rounds too.
#[test]
fn notes_count_against_the_plan_size_in_every_round() {
    let block = |notes: &str| {
        let instructions = "Ask why, and listen. ".repeat(300);
        let steps: String = (0..33)
            .map(|i| {
                format!(
                    "        Step(title: \"Part {i}\", duration: \"5m\", instructions: \"{instructions}\", notes: \"{notes}\", cast: {{\"organizer\": \"A\"}}),\n"
                )
            })
            .collect();
        format!(
            "Scenario(\n    format: 1,\n    name: \"Big\",\n    participants: [Participant(id: \"A\", name: \"\"), Participant(id: \"B\", name: \"\")],\n    people: Choose(from: 2, to: 30),\n    roles: [Role(id: \"organizer\", name: \"Organizer\")],\n    steps: [Rounds(steps: [\n{steps}    ])],\n)\n"
        )
    };
    assert!(parse(&block(""), "big.ron").is_ok());
    let notes = "Listen. ".repeat(MAX_NOTES_CHARS / 8);
    let error = parse(&block(&notes), "big.ron").unwrap_err().to_string();
    assert!(
        error.starts_with("big.ron:7:13: with 30 people, repeating these steps brings the agenda's texts to about "),
        "{error}"
    );
    assert!(
        error.ends_with("a plan may hold at most 8 MB: shorten the texts or repeat fewer steps"),
        "{error}"
    );
}
