//! The checks a scenario must pass beyond being well-formed RON: lengths
//! that make sense, ids that are unique, and references to roles, people and
//! acts that exist. Each finding carries the path to the offending value so
//! the loader can turn it into a line and column.

use std::collections::HashSet;

use super::load::Finding;
use super::locate::PathPart::{self, Field, Index, Key, Value};
use super::{FORMAT_VERSION, Panel, Scenario};

/// The longest a step may be: longer is a typo ("80h" for "80m"), not a workshop.
const MAX_STEP: super::Minutes = super::Minutes::from_secs(24 * 3600);

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

    for (i, step) in scenario.steps.iter().enumerate() {
        let at = |rest: &[PathPart]| {
            let mut path = vec![Field("steps"), Index(i)];
            path.extend_from_slice(rest);
            path
        };
        if step.title.trim().is_empty() {
            report(
                at(&[Field("title")]),
                format!("step {} has an empty title", i + 1),
            );
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
            if scenario.participant_index(who).is_none() {
                report(
                    at(&[Field("cast"), Value(role.clone())]),
                    format!(
                        "unknown participant \"{who}\"; the participants are {}",
                        list(scenario.participants.iter().map(|p| &p.id))
                    ),
                );
            }
        }
        let mut cast_people = HashSet::new();
        for (role, who) in &step.cast {
            if !cast_people.insert(who) {
                report(
                    at(&[Field("cast"), Value(role.clone())]),
                    format!("\"{who}\" is cast in two roles in the same step"),
                );
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
