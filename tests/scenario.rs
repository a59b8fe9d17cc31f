//! Scenario files: the shipped ones load and validate, and broken ones are
//! reported as `file:line:column: message` without a panic.

use std::path::Path;

use one_on_one::scenario::{Panel, Plan, built_in_breakout, load_file, parse};
use proptest::prelude::*;

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
        .map(|s| (s.title.clone(), s.duration.as_secs() / 60))
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Whatever bytes arrive, loading returns a scenario or an error, never a panic.
    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = parse(&text, "fuzz.ron");
    }

    /// Damaging the real file anywhere gives an error with a position inside it, or
    /// (if the damage is harmless) a scenario; never a panic.
    #[test]
    fn a_damaged_breakout_never_panics(cut in 0usize..8000, insert in "[\\[\\](){}:,\"#a-z0-9 \n-]{0,6}") {
        let text = one_on_one::scenario::BUILT_IN_BREAKOUT;
        let mut cut = cut.min(text.len());
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
