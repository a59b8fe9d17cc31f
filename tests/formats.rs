//! The shipped workshop formats, run from start to finish on a hand-stepped
//! clock: every step in order, the right people in every role, and the
//! totals each format promises, at the sizes and lengths a trainer may pick.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use one_on_one::i18n::{self, Language};
use one_on_one::scenario::languages::languages_of;
use one_on_one::scenario::plan::{MAX_PEOPLE, MAX_PLAN_STEPS};
use one_on_one::scenario::{
    Advance, Minutes, Panel, Plan, Scenario, Setup, Step, Text, built_in_breakout, load_file,
};
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::session::{Cue, Drift, Intent, Phase, Remaining, Session};

const MIN: Duration = Duration::from_secs(60);

/// The formats this suite knows; every one must be shipped.
const FORMATS: [&str; 5] = [
    "breakout-25",
    "breakout-trio",
    "real-one-on-one",
    "circle",
    "training-60",
];

/// The five acts, in the order every format gives them.
const ACTS: [&str; 5] = [
    "attention",
    "interest",
    "exploration",
    "exchange",
    "commitment",
];

/// The longest title that still reads from the back of the room.
const LONGEST_TITLE: usize = 40;

fn load(name: &str) -> Scenario {
    let path = format!("scenarios/{name}.ron");
    load_file(Path::new(&path)).unwrap_or_else(|e| panic!("{e}"))
}

/// A session over the format `name` with `people` taking part (the file's
/// own count when `None`) and its length fitted to `length`.
fn session(name: &str, people: Option<usize>, length: Option<Minutes>) -> Session {
    let scenario = load(name);
    let people = people.unwrap_or(scenario.participants.len());
    Session::new(Plan::new(scenario, Setup { people, length }))
}

/// A step as the room met it when it began.
#[derive(Debug, Clone)]
struct Visit {
    title: String,
    length: Duration,
    /// (role name, person's name), in the scenario's role order.
    cast: Vec<(String, String)>,
    advance: Advance,
    panel: Panel,
    /// The act highlighted at the start and just before the end, if paced.
    acts_paced: (Option<usize>, Option<usize>),
}

/// Starts `session` and runs it to the end, the clock moved one whole step
/// at a time; a step that holds at zero gets the trainer's "next". Checks
/// that no step is skipped, each starts with its full time, and the whole
/// run takes exactly the planned total.
fn walk(session: &mut Session) -> Vec<Visit> {
    let clock = ManualClock::new();
    assert_eq!(session.phase(), Phase::NotStarted);
    session.apply(Intent::StartOrPause, clock.now());
    let mut visits = Vec::new();
    while session.phase() != Phase::Finished {
        let index = session.step_index();
        assert_eq!(index, visits.len(), "steps are visited in order");
        assert!(index < session.steps().len());
        let step = session.step().clone();
        let length = session.step_length(index);
        assert_eq!(length, step.duration.to_std(), "{}", step.title);
        assert_eq!(
            session.remaining(clock.now()),
            Remaining::Left(length),
            "{} starts with its full time",
            step.title
        );
        let at_start = session.paced_act(clock.now());
        clock.advance(length - Duration::from_secs(1));
        assert!(session.tick(clock.now()).iter().all(|cue| !matches!(
            cue,
            Cue::HandOver { .. } | Cue::TimeUp { .. } | Cue::Finished
        )));
        let near_end = session.paced_act(clock.now());
        visits.push(Visit {
            title: step.title.to_string(),
            length,
            cast: session.cast(index),
            advance: step.advance,
            panel: step.panel.clone(),
            acts_paced: (at_start, near_end),
        });
        clock.advance(Duration::from_secs(1));
        let cues = session.tick(clock.now());
        match step.advance {
            Advance::Auto => {
                assert!(
                    cues.contains(&Cue::HandOver {
                        from: index,
                        to: index + 1
                    }) || cues == [Cue::Finished],
                    "{} moves on by itself: {cues:?}",
                    step.title
                );
            }
            Advance::Hold => {
                assert_eq!(cues, [Cue::TimeUp { step: index }], "{}", step.title);
                assert_eq!(session.step_index(), index, "a held step waits");
                session.apply(Intent::Next, clock.now());
            }
        }
    }
    assert_eq!(visits.len(), session.steps().len(), "every step visited");
    assert_eq!(clock.elapsed(), session.plan().total().to_std());
    assert_eq!(session.drift(clock.now()), Some(Drift::OnTime));
    visits
}

fn titles(visits: &[Visit]) -> Vec<&str> {
    visits.iter().map(|v| v.title.as_str()).collect()
}

/// Who holds `role` during a visit, if anyone.
fn holder<'a>(visit: &'a Visit, role: &str) -> Option<&'a str> {
    visit
        .cast
        .iter()
        .find(|(name, _)| name == role)
        .map(|(_, who)| who.as_str())
}

fn total(visits: &[Visit]) -> Duration {
    visits.iter().map(|v| v.length).sum()
}

#[test]
fn every_scenario_file_loads_and_validates() {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("scenarios").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            load_file(&path).unwrap_or_else(|e| panic!("{e}"));
            found.push(path.file_stem().unwrap().to_string_lossy().into_owned());
        }
    }
    for name in FORMATS {
        assert!(found.iter().any(|f| f == name), "scenarios/{name}.ron");
    }
}

/// The limits on a plan are for hostile files, not for workshops: every
/// shipped format at its largest size is a small part of them.
#[test]
fn every_shipped_format_at_its_largest_is_far_inside_the_limits() {
    for name in FORMATS {
        let scenario = load(name);
        let most = scenario
            .people
            .map_or(scenario.participants.len(), |range| range.to);
        assert!(most <= MAX_PEOPLE, "{name}: {most} people");
        let plan = Plan::new(
            scenario,
            Setup {
                people: most,
                length: None,
            },
        );
        assert!(
            plan.steps.len() * 10 <= MAX_PLAN_STEPS,
            "{name}: {} steps for {most} people",
            plan.steps.len()
        );
    }
}

#[test]
fn every_shipped_format_carries_the_acts_its_prompts_and_a_header() {
    for name in FORMATS {
        let path = format!("scenarios/{name}.ron");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("// "), "{path} opens on a comment");
        let scenario = load(name);
        assert_eq!(scenario.format, 1, "{path}");
        assert!(!scenario.name.trim().is_empty(), "{path}");
        assert!(!scenario.description.trim().is_empty(), "{path}");
        assert!(!scenario.description.contains('\n'), "{path}: one line");
        let acts: Vec<&str> = scenario.acts.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(acts, ACTS, "{path}");
        for act in &scenario.acts {
            assert!(!act.purpose.is_empty(), "{path}: {}", act.id);
            assert!(!act.questions.is_empty(), "{path}: {}", act.id);
        }
        assert!(!scenario.do_dont.is_empty(), "{path}");
        assert!(!scenario.reflection.is_empty(), "{path}");
    }
}

/// The most a shipped step's notes run to: a few sentences a trainer can
/// take in at a glance while the room works, well under what a file may hold.
const LONGEST_NOTES: usize = 600;

/// The trainer has something to go on at every step of every shipped
/// format, short enough to read in the moment, and no `{round}` left
/// unfilled when the notes are shown.
#[test]
fn every_step_of_every_shipped_format_has_notes_for_the_trainer() {
    for name in FORMATS {
        let scenario = load(name);
        for (_, step) in scenario.written_steps() {
            let notes = step.notes.trim();
            assert!(!notes.is_empty(), "{name}: \"{}\" has no notes", step.title);
            assert!(
                notes.chars().count() <= LONGEST_NOTES,
                "{name}: the notes of \"{}\" run to {} characters",
                step.title,
                notes.chars().count()
            );
        }
        let most = scenario
            .people
            .map_or(scenario.participants.len(), |r| r.to);
        let plan = Plan::new(
            scenario,
            Setup {
                people: most,
                length: None,
            },
        );
        for step in &plan.steps {
            assert!(!step.notes.contains('{'), "{name}: {}", step.notes);
        }
    }
}

#[test]
fn every_title_fits_the_projected_screen_at_the_largest_size() {
    for name in FORMATS {
        let scenario = load(name);
        let people = scenario
            .people
            .map_or(scenario.participants.len(), |range| range.to);
        let plan = Plan::new(
            scenario,
            Setup {
                people,
                length: None,
            },
        );
        for step in &plan.steps {
            assert!(
                step.title.chars().count() < LONGEST_TITLE,
                "{name}: \"{}\" is too long to project",
                step.title
            );
            assert!(!step.title.contains('{'), "{name}: {}", step.title);
            assert!(!step.instructions.contains('{'), "{name}: {}", step.title);
        }
    }
}

#[test]
fn every_shipped_format_runs_to_the_end_on_time() {
    for name in FORMATS {
        let mut session = session(name, None, None);
        let planned = session.plan().total().to_std();
        let visits = walk(&mut session);
        assert_eq!(total(&visits), planned, "{name}");
    }
}

#[test]
fn the_trio_rotates_until_each_person_has_held_each_role_once() {
    let mut session = session("breakout-trio", None, None);
    let visits = walk(&mut session);
    assert_eq!(
        titles(&visits),
        [
            "Gather your trio",
            "Round 1 of 3 · conversation",
            "Round 1 of 3 · feedback",
            "Round 2 of 3 · conversation",
            "Round 2 of 3 · feedback",
            "Round 3 of 3 · conversation",
            "Round 3 of 3 · feedback",
            "Rejoin the larger group",
        ]
    );
    assert_eq!(total(&visits), 40 * MIN);
    assert!(matches!(visits[0].panel, Panel::Agenda { .. }));
    assert!(visits[0].cast.is_empty());
    assert_eq!(visits[7].panel, Panel::Reflection);

    let (a, b, c) = ("Person A", "Person B", "Person C");
    let expected = [(a, b, c), (b, c, a), (c, a, b)];
    let mut held: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (round, (organizer, constituent, observer)) in expected.into_iter().enumerate() {
        let talk = &visits[1 + 2 * round];
        let feedback = &visits[2 + 2 * round];
        assert!(matches!(talk.panel, Panel::Acts { .. }), "{}", talk.title);
        assert!(
            matches!(feedback.panel, Panel::Questions { .. }),
            "{}",
            feedback.title
        );
        assert_eq!(
            talk.cast,
            [
                ("Organizer".to_string(), organizer.to_string()),
                ("Constituent".to_string(), constituent.to_string()),
                ("Observer".to_string(), observer.to_string()),
            ],
            "{}",
            talk.title
        );
        assert_eq!(
            feedback.cast, talk.cast,
            "the feedback keeps the round's roles"
        );
        // The pacing runs from the first act to the last.
        assert_eq!(talk.acts_paced, (Some(0), Some(4)), "{}", talk.title);
        for (role, who) in &talk.cast {
            *held.entry((who.clone(), role.clone())).or_default() += 1;
        }
    }
    for person in [a, b, c] {
        for role in ["Organizer", "Constituent", "Observer"] {
            assert_eq!(
                held.get(&(person.to_string(), role.to_string())),
                Some(&1),
                "{person} is {role} exactly once"
            );
        }
    }
}

/// The circle with `people` taking part: the piece goes round once for the
/// opening question and once to close, each person holding it once a round.
fn check_circle(people: usize) {
    let mut session = session("circle", Some(people), None);
    assert_eq!(session.plan().participants.len(), people);
    assert_eq!(
        session.steps().len(),
        2 + 2 * people,
        "opening, a turn each in two rounds, closing"
    );
    let visits = walk(&mut session);
    assert_eq!(visits.first().unwrap().title, "Opening the circle");
    assert_eq!(visits.last().unwrap().title, "Closing the circle");
    assert_eq!(visits.first().unwrap().advance, Advance::Hold);
    assert!(visits.first().unwrap().cast.is_empty());
    assert!(visits.last().unwrap().cast.is_empty());

    let names: Vec<String> = (1..=people).map(|n| format!("Person {n}")).collect();
    for (round, opening) in [("Opening round", 1), ("Closing round", 1 + people)] {
        let turns = &visits[opening..opening + people];
        let holders: Vec<&str> = turns
            .iter()
            .map(|turn| holder(turn, "Holds the talking piece").unwrap())
            .collect();
        assert_eq!(holders, names, "{round}: the piece goes round in order");
        for (k, turn) in turns.iter().enumerate() {
            assert_eq!(turn.title, format!("{round} · {} of {people}", k + 1));
            assert_eq!(turn.cast.len(), 1, "one person holds the piece");
            assert!(matches!(turn.panel, Panel::Questions { .. }));
        }
        let equal = turns[0].length;
        assert!(
            turns.iter().all(|turn| turn.length == equal),
            "{round}: an equal turn for every voice"
        );
    }
}

#[test]
fn a_circle_of_four_passes_the_piece_to_each_person_once_a_round() {
    check_circle(4);
}

#[test]
fn a_circle_of_twelve_passes_the_piece_to_each_person_once_a_round() {
    check_circle(12);
}

#[test]
fn the_circle_keeps_to_its_range_of_people() {
    let scenario = load("circle");
    let range = scenario
        .people
        .expect("the trainer chooses the circle's size");
    assert_eq!((range.from, range.to), (3, 12));
    assert_eq!(scenario.participants.len(), 6);
    assert_eq!(session("circle", None, None).steps().len(), 14);
    assert_eq!(
        session("circle", Some(1), None).plan().participants.len(),
        3
    );
    assert_eq!(
        session("circle", Some(40), None).plan().participants.len(),
        12
    );
}

#[test]
fn the_real_one_on_one_fits_the_length_chosen_in_act_order() {
    let scenario = load("real-one-on-one");
    let range = scenario.length.expect("the trainer chooses the length");
    assert_eq!(
        (range.from, range.to),
        (Minutes::from_mins(30), Minutes::from_mins(60))
    );
    assert_eq!(scenario.total(), Minutes::from_mins(45));

    for minutes in [30, 45, 60] {
        let length = Minutes::from_mins(minutes);
        let mut session = session("real-one-on-one", None, Some(length));
        assert_eq!(session.plan().total(), length, "{minutes}m");
        let visits = walk(&mut session);
        assert_eq!(total(&visits), length.to_std(), "{minutes}m");
        assert_eq!(
            titles(&visits),
            [
                "Attention",
                "Interest",
                "Exploration",
                "Exchange",
                "Commitment"
            ],
            "{minutes}m"
        );
        for (act, (visit, step)) in visits.iter().zip(session.steps()).enumerate() {
            // One act per step, highlighted throughout among all five.
            let Panel::Acts { pacing } = &step.panel else {
                panic!("{} is paced by its act", visit.title);
            };
            assert_eq!(pacing.len(), 1, "{}", visit.title);
            assert_eq!(pacing[0].0, ACTS[act], "{}", visit.title);
            assert_eq!(pacing[0].1, step.duration, "{minutes}m: {}", visit.title);
            assert_eq!(visit.acts_paced, (Some(act), Some(act)), "{}", visit.title);
            assert_eq!(
                visit.cast,
                [
                    ("Organizer".to_string(), "You".to_string()),
                    (
                        "Meeting with".to_string(),
                        "The person you meet".to_string()
                    ),
                ]
            );
        }
        // Exploration is most of the meeting.
        assert!(visits[2].length * 2 > length.to_std(), "{minutes}m");
        assert!(visits.iter().all(|v| v.length <= visits[2].length));
        let last = visits.last().unwrap();
        assert_eq!(last.title, "Commitment");
        assert_eq!(
            last.advance,
            Advance::Hold,
            "the meeting ends on its commitment"
        );
        assert!(visits[..4].iter().all(|v| v.advance == Advance::Auto));
    }
}

#[test]
fn the_real_one_on_one_warns_in_time_to_turn_to_the_commitment() {
    let mut session = session("real-one-on-one", None, Some(Minutes::from_mins(30)));
    let clock = ManualClock::new();
    session.apply(Intent::StartOrPause, clock.now());
    let mut warned = Vec::new();
    for step in 0..5 {
        let length = session.step_length(step);
        clock.advance(length - 2 * MIN);
        session.tick(clock.now());
        warned.push(session.in_warning(clock.now()));
        clock.advance(2 * MIN);
        session.tick(clock.now());
    }
    // Exchange warns two minutes before the commitment; the commitment two
    // minutes before its end, while there is time to fix the day and place.
    assert_eq!(warned, [false, false, true, true, true]);
    assert_eq!(session.step_index(), 4);
    assert_eq!(
        session.remaining(clock.now()),
        Remaining::Left(Duration::ZERO)
    );
    assert_eq!(session.phase(), Phase::Running, "held on the commitment");
}

#[test]
fn training_60_runs_an_hour_with_the_breakout_and_a_debrief() {
    let mut session = session("training-60", None, None);
    assert_eq!(session.plan().total(), Minutes::from_mins(60));
    let breakout = Plan::from(built_in_breakout()).steps;
    let start = session
        .steps()
        .iter()
        .position(|s| s.title == "Gather your team")
        .expect("the breakout is in the training");
    assert_eq!(
        session.steps()[start..start + breakout.len()],
        breakout[..],
        "the breakout is breakout-25, step for step"
    );

    let visits = walk(&mut session);
    assert_eq!(total(&visits), 60 * MIN);
    assert_eq!(
        titles(&visits),
        [
            "Why build relationships?",
            "What relationships are made of",
            "The five acts of a one-on-one",
            "Gather your team",
            "Round 1 · conversation",
            "Round 1 · feedback",
            "Round 2 · conversation",
            "Round 2 · feedback",
            "Rejoin the larger group",
            "Debrief together",
        ]
    );
    let Panel::Questions { heading, .. } = &visits[0].panel else {
        panic!("the framing sets out the contrasts");
    };
    assert!(heading.contains("mobilizing"), "{heading}");
    assert_eq!(visits[2].acts_paced, (Some(0), Some(4)), "all five acts");
    assert_eq!(holder(&visits[4], "Organizer"), Some("Partner A"));
    assert_eq!(holder(&visits[6], "Organizer"), Some("Partner B"));
    let last = visits.last().unwrap();
    assert_eq!(last.panel, Panel::Reflection);
    assert_eq!(last.advance, Advance::Hold);
    assert!(visits.iter().any(|v| v.panel == Panel::Reflection));
}

/// Every text a person reads in `scenario` and in its plan `steps`, with
/// where it is, to check them all in one place.
fn every_text<'s>(scenario: &'s Scenario, steps: &'s [Step]) -> Vec<(String, &'s Text)> {
    let mut found: Vec<(String, &Text)> = vec![
        ("name".into(), &scenario.name),
        ("description".into(), &scenario.description),
    ];
    found.extend(
        scenario
            .participants
            .iter()
            .map(|p| (p.id.clone(), &p.name)),
    );
    found.extend(scenario.roles.iter().map(|r| (r.id.clone(), &r.name)));
    for act in &scenario.acts {
        found.push((act.id.clone(), &act.name));
        found.push((act.id.clone(), &act.purpose));
        found.extend(act.questions.iter().map(|q| (act.id.clone(), q)));
    }
    for row in &scenario.do_dont {
        found.push(("do".into(), &row.good));
        found.push(("don't".into(), &row.bad));
    }
    found.extend(scenario.reflection.iter().map(|q| ("reflection".into(), q)));
    for step in steps {
        let at = || step.title.get(Language::English).to_string();
        found.push((at(), &step.title));
        found.push((at(), &step.instructions));
        found.push((at(), &step.notes));
        match &step.panel {
            Panel::Agenda { choose } => found.extend(choose.iter().map(|c| (at(), c))),
            Panel::Questions { heading, questions } => {
                found.push((at(), heading));
                found.extend(questions.iter().map(|q| (at(), q)));
            }
            _ => {}
        }
    }
    found
}

/// Every shipped format is in English and Spanish, each text translated
/// rather than copied, and in Spanish, which runs longer, every title still
/// fits the projected screen at the largest size, the notes stay short
/// enough to take in, and the round numbers are filled in as in English.
#[test]
fn every_shipped_format_reads_in_spanish_within_the_same_limits() {
    i18n::set_language(Language::Spanish);
    for name in FORMATS {
        let scenario = load(name);
        assert_eq!(
            languages_of(&scenario),
            [Language::English, Language::Spanish],
            "{name}"
        );
        for (_, step) in scenario.written_steps() {
            for text in [&step.title, &step.instructions, &step.notes] {
                for placeholder in ["{round}", "{rounds}"] {
                    assert_eq!(
                        text.get(Language::English).contains(placeholder),
                        text.get(Language::Spanish).contains(placeholder),
                        "{name}: {placeholder} in {:?}",
                        text.get(Language::Spanish)
                    );
                }
            }
        }
        let people = scenario
            .people
            .map_or(scenario.participants.len(), |range| range.to);
        let plan = Plan::new(
            scenario.clone(),
            Setup {
                people,
                length: None,
            },
        );
        for (at, text) in every_text(&scenario, &plan.steps) {
            let (english, spanish) = (text.get(Language::English), text.get(Language::Spanish));
            assert!(
                english.is_empty() || spanish != english,
                "{name}, {at}: {spanish:?} is left in English"
            );
            assert!(!spanish.contains('{'), "{name}, {at}: {spanish}");
        }
        for step in &plan.steps {
            assert!(
                step.title.chars().count() < LONGEST_TITLE,
                "{name}: \"{}\" is too long to project",
                step.title
            );
            assert!(
                step.notes.chars().count() <= LONGEST_NOTES,
                "{name}: the notes of \"{}\" run to {} characters",
                step.title,
                step.notes.chars().count()
            );
        }
    }
}
