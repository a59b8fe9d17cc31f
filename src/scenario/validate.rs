//! The checks a scenario must pass beyond being well-formed RON: lengths
//! that make sense, ids that are unique, and references to roles, people and
//! acts that exist. Each finding carries the path to the offending value so
//! the loader can turn it into a line and column.

use std::collections::HashSet;

use super::load::Finding;
use super::locate::PathPart::{self, Field, Index, Key, Value};
use super::plan::MAX_ROUNDS;
use super::{FORMAT_VERSION, Item, Panel, Repeat, Scenario};

/// The longest a step may be: longer is a typo ("80h" for "80m"), not a workshop.
const MAX_STEP: super::Minutes = super::Minutes::from_secs(24 * 3600);

/// The most people a workshop may have: a circle larger than this is
/// better split in two, and the screen could not list them.
const MAX_PEOPLE: usize = 30;

/// Everything wrong with `scenario`; empty when it can be run.
pub(super) fn validate(scenario: &Scenario) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut report =
        |path: Vec<PathPart>, message: String| findings.push(Finding { path, message });

    if scenario.format != FORMAT_VERSION {
        report(
            vec![Field("format")],
            format!(
                "this file is format {}; this version of the app reads format {FORMAT_VERSION}",
                scenario.format
            ),
        );
    }
    if scenario.name.trim().is_empty() {
        report(
            vec![Field("name")],
            "expected a name for the workshop, found an empty string".into(),
        );
    }
    if scenario.participants.is_empty() {
        report(
            vec![Field("participants")],
            "expected at least one participant".into(),
        );
    }
    for (what, field, ids) in [
        (
            "participant",
            Field("participants"),
            scenario
                .participants
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>(),
        ),
        (
            "role",
            Field("roles"),
            scenario.roles.iter().map(|r| r.id.as_str()).collect(),
        ),
        (
            "act",
            Field("acts"),
            scenario.acts.iter().map(|a| a.id.as_str()).collect(),
        ),
    ] {
        let mut seen = HashSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            if id.trim().is_empty() {
                report(
                    vec![field.clone(), Index(i), Field("id")],
                    format!("expected an id for this {what}, found an empty string"),
                );
            } else if !seen.insert(id) {
                report(
                    vec![field.clone(), Index(i), Field("id")],
                    format!("the {what} id \"{id}\" is used twice; ids must be unique"),
                );
            }
        }
    }
    if scenario.steps.is_empty() {
        report(
            vec![Field("steps")],
            "expected at least one step in the agenda, found none".into(),
        );
    }
    // Casts may only name people present however many the trainer picks.
    let always_present = match scenario.people {
        Some(range) => range.from.min(scenario.participants.len()),
        None => scenario.participants.len(),
    };
    if let Some(range) = scenario.people {
        let listed = scenario.participants.len();
        if range.from == 0 || range.from > range.to || range.to > MAX_PEOPLE {
            report(
                vec![Field("people")],
                format!(
                    "expected a range of people such as Choose(from: 3, to: 12), at least 1 and at most {MAX_PEOPLE}"
                ),
            );
        } else if listed < range.from || listed > range.to {
            report(
                vec![Field("participants")],
                format!(
                    "{listed} participants are listed, but people must be from {} to {}; the list is the default",
                    range.from, range.to
                ),
            );
        }
    }
    if let Some(range) = scenario.length {
        let total = scenario.total();
        if range.from.is_zero() || range.from > range.to || range.to > MAX_STEP {
            report(
                vec![Field("length")],
                format!(
                    "expected a range of lengths such as Choose(from: \"30m\", to: \"60m\"), longer than zero and at most {MAX_STEP}"
                ),
            );
        } else if total < range.from || total > range.to {
            report(
                vec![Field("length")],
                format!(
                    "the steps add up to {total}, outside the lengths from {} to {}; the steps' total is the default",
                    range.from, range.to
                ),
            );
        }
    }
    for (i, item) in scenario.steps.iter().enumerate() {
        if let Item::Rounds(rounds) = item {
            if rounds.steps.is_empty() {
                report(
                    vec![Field("steps"), Index(i), Field("steps")],
                    "expected at least one step in these rounds, found none".into(),
                );
            }
            if let Repeat::Times(n) = rounds.repeat
                && (n == 0 || n as usize > MAX_ROUNDS)
            {
                report(
                    vec![Field("steps"), Index(i), Field("repeat")],
                    format!("expected from 1 to {MAX_ROUNDS} rounds, found {n}"),
                );
            }
        }
    }

    for ((i, inner), step) in scenario.written_steps() {
        let number = match inner {
            None => format!("step {}", i + 1),
            Some(j) => format!("step {} of the rounds at {}", j + 1, i + 1),
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
            report(
                at(&[Field("title")]),
                format!("{number} has an empty title"),
            );
        }
        if inner.is_none() {
            for (field, text) in [("title", &step.title), ("instructions", &step.instructions)] {
                if text.contains("{round}") || text.contains("{rounds}") {
                    report(
                        at(&[Field(field)]),
                        "{round} and {rounds} are only filled in for steps inside Rounds(...); here they would show as typed".into(),
                    );
                }
            }
        }
        if step.duration.is_zero() {
            report(
                at(&[Field("duration")]),
                "expected a duration longer than zero, such as \"2m\"".into(),
            );
        } else if step.duration > MAX_STEP {
            report(
                at(&[Field("duration")]),
                format!(
                    "a step can last at most {MAX_STEP}, found {}",
                    step.duration
                ),
            );
        }
        if let Some(warning) = step.warning
            && warning > MAX_STEP
        {
            report(
                at(&[Field("warning")]),
                format!("a warning can come at most {MAX_STEP} before the end, found {warning}"),
            );
        }
        for (role, who) in &step.cast {
            if scenario.role(role).is_none() {
                report(
                    at(&[Field("cast"), Key(role.clone())]),
                    format!(
                        "unknown role \"{role}\"; the roles are {}",
                        list(scenario.roles.iter().map(|r| &r.id))
                    ),
                );
            }
            match scenario.participant_index(who) {
                None => report(
                    at(&[Field("cast"), Value(role.clone())]),
                    format!(
                        "unknown participant \"{who}\"; the participants are {}",
                        list(scenario.participants.iter().map(|p| &p.id))
                    ),
                ),
                Some(index) if index >= always_present => report(
                    at(&[Field("cast"), Value(role.clone())]),
                    format!(
                        "\"{who}\" is participant {} but a workshop may have only {always_present}; cast one of the first {always_present}",
                        index + 1
                    ),
                ),
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
                report(
                    pacing_path(&[]),
                    "expected at least one act in the pacing".into(),
                );
            }
            for (j, (act, share)) in pacing.iter().enumerate() {
                if scenario.act_index(act).is_none() {
                    report(
                        pacing_path(&[Index(j), Index(0)]),
                        format!(
                            "unknown act \"{act}\"; the acts are {}",
                            list(scenario.acts.iter().map(|a| &a.id))
                        ),
                    );
                }
                if share.is_zero() {
                    report(
                        pacing_path(&[Index(j), Index(1)]),
                        "expected a duration longer than zero for this act".into(),
                    );
                }
            }
            let paced: u64 = pacing.iter().map(|(_, d)| u64::from(d.as_secs())).sum();
            if !pacing.is_empty() && paced != u64::from(step.duration.as_secs()) {
                report(
                    pacing_path(&[]),
                    format!(
                        "the acts' times add up to {}, but the step lasts {}; make them equal",
                        super::Minutes::from_secs(u32::try_from(paced).unwrap_or(u32::MAX)),
                        step.duration
                    ),
                );
            }
        }
    }
    findings
}

fn list<'a>(ids: impl Iterator<Item = &'a String>) -> String {
    let quoted: Vec<String> = ids.map(|id| format!("\"{id}\"")).collect();
    if quoted.is_empty() {
        "none (declare them first)".to_string()
    } else {
        quoted.join(", ")
    }
}
