//! The agenda editor and the formats library under arbitrary use: every
//! built-in format plans soundly for any number of people and any length, no
//! sequence of edits makes a draft panic or lose track of its steps, a draft
//! with no issues saves and loads back unchanged (and never over a file that
//! is not a scenario), and damaged format files are reported at a line and
//! column that exist.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use one_on_one::library::{self, BUILT_INS};
use one_on_one::scenario::draft::{At, Draft};
use one_on_one::scenario::text::to_text;
use one_on_one::scenario::{
    Item, Minutes, Panel, Plan, Repeat, Scenario, ScenarioError, Setup, load_file, parse,
};
use one_on_one::worksheet::names::slug;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;

/// No regression files: this test may only add itself to the repository.
/// Failures print the minimal case instead.
fn cases(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Every built-in format, parsed once.
static FORMATS: LazyLock<Vec<(&'static str, Scenario)>> = LazyLock::new(|| {
    BUILT_INS
        .iter()
        .map(|(name, text)| match parse(text, name) {
            Ok(scenario) => (*name, scenario),
            Err(error) => panic!("the built-in {name} does not load:\n{error}"),
        })
        .collect()
});

/// A folder of its own under the system's temporary folder, removed when
/// dropped (kept when the test fails, so the files can be looked at).
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        static SERIAL: AtomicUsize = AtomicUsize::new(0);
        let folder = std::env::temp_dir().join(format!(
            "one-on-one-editing-{}-{name}-{}",
            std::process::id(),
            SERIAL.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&folder);
        Self(folder)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = fs::remove_dir_all(&self.0);
        }
    }
}

// ---------------------------------------------------------------------------
// Plans

proptest! {
    #![proptest_config(cases(256))]

    /// Whatever the trainer picks at the start, every built-in format makes
    /// a plan that can be run: within its ranges, fitted exactly to the
    /// length chosen, no step of zero length, pacing that fills each step,
    /// and everyone cast present.
    #[test]
    fn every_built_in_plans_soundly_for_any_setup(
        people in 0usize..40,
        length in prop::option::of(0u32..4 * 3600),
    ) {
        for (name, scenario) in FORMATS.iter() {
            let asked = Setup {
                people,
                length: length.map(Minutes::from_secs),
            };
            let plan = Plan::new(scenario.clone(), asked);
            let setup = plan.setup;

            match scenario.people {
                Some(range) => prop_assert!(
                    (range.from..=range.to).contains(&setup.people),
                    "{name}: {} people, outside {}..={}",
                    setup.people, range.from, range.to
                ),
                None => prop_assert_eq!(setup.people, scenario.participants.len(), "{}", name),
            }
            let clamped = match (scenario.length, asked.length) {
                (Some(range), Some(asked)) => Some(asked.clamp(range.from, range.to)),
                _ => None,
            };
            prop_assert_eq!(setup.length, clamped, "{}", name);
            if let Some(length) = clamped {
                prop_assert_eq!(plan.total(), length, "{}: the plan does not last the length chosen", name);
            }

            prop_assert_eq!(plan.participants.len(), setup.people, "{}", name);
            let mut ids: Vec<&str> = plan.participants.iter().map(|p| p.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            prop_assert_eq!(ids.len(), plan.participants.len(), "{}: a participant id is used twice", name);

            let expected_steps: usize = scenario
                .steps
                .iter()
                .map(|item| match item {
                    Item::Step(_) => 1,
                    Item::Rounds(rounds) => {
                        let count = match rounds.repeat {
                            Repeat::EachPerson => setup.people,
                            Repeat::Times(n) => n as usize,
                        };
                        count * rounds.steps.len()
                    }
                })
                .sum();
            prop_assert_eq!(plan.steps.len(), expected_steps, "{}", name);

            for step in &plan.steps {
                prop_assert!(!step.duration.is_zero(), "{name}: \"{}\" lasts no time", step.title);
                if let Panel::Acts { pacing } = &step.panel {
                    let paced: u32 = pacing.iter().map(|(_, d)| d.as_secs()).sum();
                    prop_assert_eq!(
                        paced,
                        step.duration.as_secs(),
                        "{}: the pacing of \"{}\" does not fill it",
                        name,
                        &step.title
                    );
                }
                for (role, who) in &step.cast {
                    prop_assert!(scenario.role(role).is_some(), "{name}: unknown role {role}");
                    prop_assert!(
                        plan.participant_index(who).is_some(),
                        "{name}: \"{}\" casts {who}, who is not taking part",
                        step.title
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Drafts

/// A step to act on: one that exists, or any position at all (most of them
/// not in the draft), which the draft must shrug off.
#[derive(Debug, Clone)]
enum Pick {
    Existing(Index),
    Anywhere(usize, Option<usize>),
}

impl Pick {
    fn at(&self, draft: &Draft) -> At {
        match self {
            Pick::Existing(index) => {
                let positions = draft.positions();
                if positions.is_empty() {
                    (0, None)
                } else {
                    positions[index.index(positions.len())]
                }
            }
            Pick::Anywhere(i, j) => (*i, *j),
        }
    }
}

/// What the trainer can do in the editor.
#[derive(Debug, Clone)]
enum Op {
    Add(Option<Pick>),
    Remove(Pick),
    Shift(Pick, bool),
    Duration(Pick, String),
    StepWarning(Pick, String),
    Warning(String),
    Title(Pick, Option<String>),
    Name(String),
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![
        9 => any::<Index>().prop_map(Pick::Existing),
        1 => (0usize..12, prop::option::of(0usize..6)).prop_map(|(i, j)| Pick::Anywhere(i, j)),
    ]
}

/// Durations as typed, good and bad: half-typed, negative, too long, empty.
const DURATIONS: &[&str] = &[
    "3m", "90s", "1m30s", "8m", "1h", "24h", "2m", " 5m ", "45s", "0s", "", " ", "-1m", "99999h",
    "24h1s", "1m1m", "30s1m", "8", "m", "1.5m", "8 m", "10mm", "１m", "3ｍ",
];

/// Text that breaks quoting or looks like a duration, and anything else.
const AWKWARD: &[&str] = &[
    "\"",
    "#",
    "\"#",
    "\"##",
    "r#\"",
    "\\",
    "\\\"",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\0",
    "\u{2028}",
    "\u{feff}",
    "\u{202e}",
    "//",
    "/*",
    "*/",
    "(",
    ")",
    ",",
    ":",
    "{round}",
    "{rounds}",
    "é",
    "e\u{301}",
    "👩🏽\u{200d}🤝\u{200d}👩🏿",
    "مرحبا",
    "Round 1",
    "5m",
];

fn duration_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(DURATIONS).prop_map(str::to_string),
        2 => "[0-9]{1,7}[hms]",
        1 => "[0-9]{1,3}h[0-9]{1,3}m[0-9]{1,3}s",
        1 => any::<String>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z][A-Za-z ]{0,15}",
        3 => prop::collection::vec(prop::sample::select(AWKWARD), 1..5).prop_map(|p| p.concat()),
        1 => any::<String>(),
        1 => Just(String::new()),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => prop::option::of(pick()).prop_map(Op::Add),
        2 => pick().prop_map(Op::Remove),
        3 => (pick(), any::<bool>()).prop_map(|(at, up)| Op::Shift(at, up)),
        4 => (pick(), duration_text()).prop_map(|(at, text)| Op::Duration(at, text)),
        2 => (pick(), duration_text()).prop_map(|(at, text)| Op::StepWarning(at, text)),
        1 => duration_text().prop_map(Op::Warning),
        2 => (pick(), prop::option::of(text())).prop_map(|(at, title)| Op::Title(at, title)),
        1 => text().prop_map(Op::Name),
    ]
}

fn apply(draft: &mut Draft, op: &Op) -> Result<(), TestCaseError> {
    let before = draft.positions().len();
    match op {
        Op::Add(at) => {
            let at = at.as_ref().map(|p| p.at(draft));
            let added = draft.add_step_after(at);
            prop_assert_eq!(draft.positions().len(), before + 1);
            let step = draft.step(added);
            prop_assert!(
                step.is_some_and(|s| s.title == "New step"),
                "add_step_after({at:?}) said {added:?}, which holds {step:?}"
            );
        }
        Op::Remove(at) => {
            let at = at.at(draft);
            let existed = draft.positions().contains(&at);
            draft.remove(at);
            let after = draft.positions().len();
            prop_assert_eq!(
                after,
                if existed { before - 1 } else { before },
                "remove({:?})",
                at
            );
        }
        Op::Shift(at, up) => {
            let at = at.at(draft);
            let step = draft.step(at).cloned();
            let texts = draft.texts(at).cloned();
            let existed = draft.positions().contains(&at);
            let item = draft.scenario().steps.get(at.0).cloned();
            let unchanged = draft.scenario().clone();
            let now = draft.shift(at, *up);
            prop_assert_eq!(draft.positions().len(), before);
            if existed {
                prop_assert_eq!(
                    draft.step(now),
                    step.as_ref(),
                    "shift({:?}) to {:?}",
                    at,
                    now
                );
                prop_assert_eq!(
                    draft.texts(now),
                    texts.as_ref(),
                    "shift({:?}) to {:?}",
                    at,
                    now
                );
            } else if let (Some(Item::Rounds(_)), None) = (&item, at.1) {
                // The position of a whole rounds block: the block moves.
                prop_assert_eq!(
                    draft.scenario().steps.get(now.0),
                    item.as_ref(),
                    "shift({:?})",
                    at
                );
            } else {
                // Past the end of a list, or inside a single step: nothing moves.
                prop_assert_eq!(now, at, "shift moved a step that is not there");
                prop_assert_eq!(draft.scenario(), &unchanged, "shift({:?})", at);
            }
        }
        Op::Duration(at, text) => {
            let at = at.at(draft);
            draft.set_duration_text(at, text);
        }
        Op::StepWarning(at, text) => {
            let at = at.at(draft);
            draft.set_step_warning_text(at, text);
        }
        Op::Warning(text) => draft.set_warning_text(text),
        Op::Title(at, title) => {
            let at = at.at(draft);
            if let Some(step) = draft.step_mut(at) {
                match title {
                    Some(title) => step.title = title.as_str().into(),
                    None => step.title = Default::default(),
                }
            }
        }
        Op::Name(name) => draft.scenario_mut().name = name.as_str().into(),
    }
    Ok(())
}

/// What must hold of a draft after any edit. Returns the scenario when the
/// draft has no issues.
fn check(draft: &Draft, round_trip: bool) -> Result<Option<Scenario>, TestCaseError> {
    let scenario = draft.scenario();
    let positions = draft.positions();
    let written: Vec<At> = scenario.written_steps().map(|(at, _)| at).collect();
    prop_assert_eq!(&positions, &written);

    // The typed texts stay with their steps: every step has its texts, no
    // texts are left over, and a text that parses is the step's value.
    for &at in &positions {
        let step = draft.step(at);
        let texts = draft.texts(at);
        prop_assert!(step.is_some() && texts.is_some(), "nothing at {at:?}");
        let (step, texts) = (step.unwrap(), texts.unwrap());
        if let Some(duration) = Minutes::parse(&texts.duration) {
            prop_assert_eq!(
                step.duration,
                duration,
                "{:?}: duration typed {:?}",
                at,
                &texts.duration
            );
        }
        if texts.warning.trim().is_empty() {
            prop_assert_eq!(step.warning, None, "{:?}: no warning typed", at);
        } else if let Some(warning) = Minutes::parse(&texts.warning) {
            prop_assert_eq!(
                step.warning,
                Some(warning),
                "{:?}: warning typed {:?}",
                at,
                &texts.warning
            );
        }
    }
    prop_assert!(draft.texts((scenario.steps.len(), None)).is_none());
    for (i, item) in scenario.steps.iter().enumerate() {
        if let Item::Rounds(rounds) = item {
            prop_assert!(draft.texts((i, Some(rounds.steps.len()))).is_none());
        }
    }
    if let Some(warning) = Minutes::parse(draft.warning_text()) {
        prop_assert_eq!(scenario.warning, warning);
    }

    let issues = draft.issues();
    if scenario.steps.is_empty() {
        prop_assert!(!issues.is_empty(), "a draft with no steps has no issues");
    }
    match draft.finished() {
        Ok(finished) => {
            prop_assert!(issues.is_empty(), "finished, yet {issues:?}");
            prop_assert_eq!(&finished, scenario);
            if round_trip {
                let text = to_text(&finished, "c");
                match parse(&text, "c.ron") {
                    Ok(back) => prop_assert_eq!(&back, &finished),
                    Err(error) => prop_assert!(false, "{error}\n{text}"),
                }
            }
            Ok(Some(finished))
        }
        Err(found) => {
            prop_assert!(!issues.is_empty(), "not finished, with no issues");
            prop_assert_eq!(found, issues);
            Ok(None)
        }
    }
}

fn format_index() -> impl Strategy<Value = usize> {
    0..BUILT_INS.len()
}

proptest! {
    #![proptest_config(cases(256))]

    /// Any sequence of edits, on any built-in format: no panic, the
    /// positions are the scenario's steps, issues and `finished` agree, and
    /// a finished draft's text reads back equal.
    #[test]
    fn any_edits_keep_a_draft_consistent(
        format in format_index(),
        ops in prop_oneof![
            prop::collection::vec(op(), 0..40),
            prop::collection::vec(gentle_op(), 0..40),
        ],
    ) {
        let mut draft = Draft::new(FORMATS[format].1.clone());
        check(&draft, true)?;
        for (n, op) in ops.iter().enumerate() {
            apply(&mut draft, op)?;
            // The text round trip is the slow check: after every few edits
            // and after the last.
            check(&draft, n % 4 == 3 || n + 1 == ops.len())?;
        }
    }

    /// Removing every step leaves a draft that says so.
    #[test]
    fn a_draft_with_no_steps_has_issues(format in format_index(), picks in prop::collection::vec(any::<Index>(), 1..4)) {
        let mut draft = Draft::new(FORMATS[format].1.clone());
        let mut n = 0;
        loop {
            let positions = draft.positions();
            if positions.is_empty() {
                break;
            }
            draft.remove(positions[picks[n % picks.len()].index(positions.len())]);
            n += 1;
            prop_assert!(n < 1000, "removing steps never empties the draft");
        }
        prop_assert!(draft.scenario().steps.is_empty());
        prop_assert!(!draft.issues().is_empty());
        prop_assert!(draft.finished().is_err());
    }
}

// ---------------------------------------------------------------------------
// Saving

/// Edits that mostly keep a draft valid, so most cases get as far as saving.
fn gentle_op() -> impl Strategy<Value = Op> {
    let duration = prop_oneof![
        4 => prop::sample::select(&["3m", "90s", "1m30s", "8m", "1h", "2m", "45s"][..])
            .prop_map(str::to_string),
        1 => "[1-9][0-9]{0,2}[ms]",
    ];
    let title = prop_oneof![
        3 => "[A-Za-z][A-Za-z ]{0,15}",
        2 => prop::collection::vec(prop::sample::select(AWKWARD), 1..4)
            .prop_map(|p| format!("x{}", p.concat())),
    ];
    prop_oneof![
        3 => prop::option::of(pick()).prop_map(Op::Add),
        1 => pick().prop_map(Op::Remove),
        2 => (pick(), any::<bool>()).prop_map(|(at, up)| Op::Shift(at, up)),
        3 => (pick(), duration.clone()).prop_map(|(at, text)| Op::Duration(at, text)),
        1 => (pick(), duration.clone()).prop_map(|(at, text)| Op::StepWarning(at, text)),
        1 => duration.prop_map(Op::Warning),
        2 => (pick(), title.clone()).prop_map(|(at, title)| Op::Title(at, Some(title))),
        2 => title.prop_map(Op::Name),
    ]
}

fn saved(result: Result<PathBuf, String>) -> Result<PathBuf, TestCaseError> {
    result.map_err(|e| TestCaseError::fail(format!("save_own: {e}")))
}

fn loaded(path: &Path) -> Result<Scenario, TestCaseError> {
    load_file(path).map_err(|e: ScenarioError| {
        let text = fs::read_to_string(path).unwrap_or_default();
        TestCaseError::fail(format!("{e}\n{text}"))
    })
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).map_or(0, |m| m.permissions().mode() & 0o777)
}

#[cfg(not(unix))]
fn mode(_: &Path) -> u32 {
    0o600
}

/// What saving `scenario` in a fresh folder must do.
fn saves_and_loads_back(scenario: &Scenario) -> Result<(), TestCaseError> {
    let scratch = Scratch::new("save");
    let dir = scratch.path();

    let stem: String = slug(&scenario.name).chars().take(60).collect();
    let stem = match stem.trim_end_matches('-') {
        "" => "format",
        stem => stem,
    };
    let first = saved(library::save_own(scenario, dir, None))?;
    prop_assert_eq!(&first, &dir.join(format!("{stem}.ron")));
    let second = saved(library::save_own(scenario, dir, None))?;
    prop_assert_eq!(&second, &dir.join(format!("{stem}-2.ron")));
    for path in [&first, &second] {
        prop_assert_eq!(&loaded(path)?, scenario);
        prop_assert_eq!(mode(path), 0o600, "{}", path.display());
    }
    let mut names: Vec<String> = fs::read_dir(dir)
        .map_err(|e| TestCaseError::fail(e.to_string()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    prop_assert_eq!(names.len(), 2, "left behind: {:?}", names);

    // Saving over one's own scenario replaces it in place.
    prop_assert_eq!(
        &saved(library::save_own(scenario, dir, Some(&first)))?,
        &first
    );
    prop_assert_eq!(&loaded(&first)?, scenario);

    // A file that no longer reads as a scenario is never overwritten.
    let other = dir.join("not-a-scenario.ron");
    fs::write(&other, b"not ron").map_err(|e| TestCaseError::fail(e.to_string()))?;
    let refused = library::save_own(scenario, dir, Some(&other));
    prop_assert!(refused.is_err(), "saved over a file that is not a scenario");
    prop_assert_eq!(fs::read(&other).ok(), Some(b"not ron".to_vec()));
    Ok(())
}

proptest! {
    #![proptest_config(cases(64))]

    /// A finished draft saves into the trainer's folder, privately, under
    /// its name and then the next free one, and loads back equal; a file
    /// that is not a scenario is left alone.
    #[test]
    fn a_finished_draft_saves_and_loads_back(
        format in format_index(),
        ops in prop::collection::vec(gentle_op(), 0..12),
    ) {
        let mut draft = Draft::new(FORMATS[format].1.clone());
        for op in &ops {
            apply(&mut draft, op)?;
        }
        if let Some(scenario) = check(&draft, false)? {
            saves_and_loads_back(&scenario)?;
        }
    }
}

#[test]
fn every_built_in_saves_and_loads_back() {
    for (name, scenario) in FORMATS.iter() {
        if let Err(error) = saves_and_loads_back(scenario) {
            panic!("{name}: {error}");
        }
    }
}

// ---------------------------------------------------------------------------
// Damaged files

#[derive(Debug, Clone)]
enum Damage {
    Delete(Index, usize),
    Insert(Index, String),
}

/// What RON skips as whitespace besides the ASCII spaces, tabs, line feeds,
/// form feeds and carriage returns.
const RON_ONLY_WHITESPACE: &[char] = &[
    '\u{b}', '\u{85}', '\u{200e}', '\u{200f}', '\u{2028}', '\u{2029}',
];

fn damage() -> impl Strategy<Value = Damage> {
    let inserted = prop_oneof![
        3 => "[\\[\\](){}:,\"#/*rRa-z0-9 \n-]{1,6}",
        2 => prop::sample::select(AWKWARD).prop_map(str::to_string),
        1 => "\\PC{1,4}",
        1 => prop::sample::select(RON_ONLY_WHITESPACE).prop_map(String::from),
        1 => any::<String>(),
    ];
    prop_oneof![
        (any::<Index>(), 1usize..40).prop_map(|(at, n)| Damage::Delete(at, n)),
        (any::<Index>(), inserted).prop_map(|(at, text)| Damage::Insert(at, text)),
    ]
}

/// `text` with each damage done in turn, counted in characters.
fn damaged(text: &str, damages: &[Damage]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for damage in damages {
        match damage {
            Damage::Delete(at, n) => {
                if chars.is_empty() {
                    continue;
                }
                let start = at.index(chars.len());
                let end = (start + n).min(chars.len());
                chars.drain(start..end);
            }
            Damage::Insert(at, text) => {
                let start = at.index(chars.len() + 1);
                chars.splice(start..start, text.chars());
            }
        }
    }
    chars.into_iter().collect()
}

/// The stretch of `damaged` that differs from `original`, with a little
/// text around it, for failure messages.
fn what_changed(original: &str, damaged: &str) -> String {
    let (a, b): (Vec<char>, Vec<char>) = (original.chars().collect(), damaged.chars().collect());
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let around = |chars: &[char], from: usize, to: usize| -> String {
        chars[from.saturating_sub(30)..(to + 30).min(chars.len())]
            .iter()
            .collect()
    };
    let line = b[..start].iter().filter(|&&c| c == '\n').count() + 1;
    format!(
        "changed from line {line}: {:?} became {:?}",
        around(&a, start, a.len() - end),
        around(&b, start, b.len() - end)
    )
}

proptest! {
    #![proptest_config(cases(1000))]

    /// A built-in file damaged anywhere is a scenario or an error whose every
    /// position is a line and column in the text; never a panic.
    #[test]
    fn a_damaged_built_in_is_reported_where_the_damage_is(
        format in format_index(),
        damages in prop::collection::vec(damage(), 1..4),
    ) {
        let (name, original) = BUILT_INS[format];
        let text = damaged(original, &damages);
        match parse(&text, name) {
            Ok(scenario) => {
                let _ = Plan::from(scenario);
            }
            Err(error) => {
                prop_assert!(!error.problems.is_empty());
                let lines: Vec<&str> = text.split('\n').collect();
                for problem in &error.problems {
                    match (problem.line, problem.column) {
                        (Some(line), Some(column)) => {
                            prop_assert!(
                                (1..=lines.len()).contains(&line),
                                "line {line} of {}: {error}",
                                lines.len()
                            );
                            let length = lines[line - 1].chars().count();
                            prop_assert!(
                                (1..=length + 1).contains(&column),
                                "column {column} on a line of {length} characters: {error}"
                            );
                        }
                        _ => prop_assert!(
                            false,
                            "a problem with no position: {error}\n{}",
                            what_changed(original, &text)
                        ),
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// What the properties above found, pinned down: a shift past the end
// panicked, retyping a duration reshaped the act pacing, and problems lost
// their line and column after whitespace or escapes only RON knew.

/// Every other edit shrugs off a position past the end of its list; moving
/// one up must too, rather than panic on the swap.
#[test]
fn shifting_past_the_end_does_nothing() {
    let mut failures = Vec::new();
    for (name, scenario) in FORMATS.iter() {
        let items = scenario.steps.len();
        let mut outside = vec![(items, None), (items + 3, None)];
        for (i, item) in scenario.steps.iter().enumerate() {
            if let Item::Rounds(rounds) = item {
                outside.push((i, Some(rounds.steps.len())));
            }
        }
        for at in outside {
            for up in [true, false] {
                let mut draft = Draft::new(scenario.clone());
                let moved = std::panic::catch_unwind(move || {
                    let now = draft.shift(at, up);
                    (now, draft)
                });
                match moved {
                    Ok((now, draft)) if now == at && draft.scenario() == scenario => {}
                    Ok((now, _)) => {
                        failures.push(format!("{name}: shift({at:?}, up: {up}) → {now:?}"))
                    }
                    Err(_) => failures.push(format!("{name}: shift({at:?}, up: {up}) panicked")),
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Typing a step's length and then its old length again gives back the
/// old act pacing: what the trainer passes through on the way ("0s", or a
/// length the shares do not divide) must not reshape the acts for good.
#[test]
fn retyping_a_duration_restores_its_pacing() {
    let mut failures = Vec::new();
    for (name, scenario) in FORMATS.iter() {
        let draft = Draft::new(scenario.clone());
        for at in draft.positions() {
            let Some(Panel::Acts { pacing }) = draft.step(at).map(|s| &s.panel) else {
                continue;
            };
            if pacing.len() < 2 {
                continue;
            }
            let typed = draft
                .texts(at)
                .map(|t| t.duration.clone())
                .unwrap_or_default();
            for detour in ["0s", "1s", "59s", "1m", "7m", "24h"] {
                let mut edited = draft.clone();
                edited.set_duration_text(at, detour);
                edited.set_duration_text(at, &typed);
                let back = edited.step(at).map(|s| &s.panel);
                if back != draft.step(at).map(|s| &s.panel) {
                    let shares = |panel: Option<&Panel>| match panel {
                        Some(Panel::Acts { pacing }) => pacing
                            .iter()
                            .map(|(_, d)| d.to_string())
                            .collect::<Vec<_>>()
                            .join(" "),
                        _ => String::new(),
                    };
                    failures.push(format!(
                        "{name} {at:?}: {typed} → {detour} → {typed} paces [{}], was [{}]; issues: {:?}",
                        shares(back),
                        shares(draft.step(at).map(|s| &s.panel)),
                        edited.issues()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The line and column (from 1, columns in characters, lines ended by
/// `\n` as ron counts them) where `token` first occurs in `text` at or
/// after the first `after`: worked out on the text, not by the loader.
fn place_of(text: &str, after: &str, token: &str) -> (usize, usize) {
    let from = text.find(after).expect("the anchor is in the text");
    let offset = from + text[from..].find(token).expect("the token is in the text");
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// A problem found after parsing is reported at the line and column of the
/// value at fault, even when the file has whitespace only RON counts as
/// such (a vertical tab, U+0085, U+200E, U+200F, U+2028, U+2029) before it
/// or on its line, or a string escape beyond `\n` and `\t` in a cast key:
/// the empty title at its `""`, the unknown role at its key.
#[test]
fn every_problem_keeps_its_line_and_column() {
    let (name, text) = BUILT_INS[0];
    let mut failures = Vec::new();
    let mut check = |what: String, damaged: String, (after, token): (&str, &str)| {
        let (line, column) = place_of(&damaged, after, token);
        match parse(&damaged, name) {
            Ok(_) => failures.push(format!("{what}: parsed")),
            Err(error) => {
                let placed = error
                    .problems
                    .iter()
                    .any(|p| p.line == Some(line) && p.column == Some(column));
                if !placed {
                    failures.push(format!(
                        "{what}: no problem at {line}:{column}, where {token:?} is: {error}"
                    ));
                }
            }
        }
    };
    let untitled = text.replacen(
        "title: (en: \"Gather your team\", es: \"Reúnete con tu equipo\")",
        "title: \"\"",
        1,
    );
    let empty_title = ("title: \"\"", "\"\"");
    for space in RON_ONLY_WHITESPACE {
        check(
            format!("{space:?} after \"Scenario(\" and an empty title"),
            untitled.replacen("Scenario(", &format!("Scenario({space}"), 1),
            empty_title,
        );
        let spaced = format!("{space}title:{space}{space}\"\"");
        check(
            format!("{space:?} before an empty title on its line"),
            untitled.replacen("title: \"\"", &spaced, 1),
            (&spaced, "\"\""),
        );
    }
    for escape in ["\\r", "\\0", "\\u{e9}", "\\x41"] {
        let key = format!("\"organizer{escape}\"");
        check(
            format!("the cast role {key}"),
            text.replacen("{\"organizer\":", &format!("{{{key}:"), 1),
            ("cast: {", &key),
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
