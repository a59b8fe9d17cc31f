//! Whether a scenario gives each of its texts in the same languages. A file
//! may be written in one language (plain strings) or in several (each text
//! a table, `(en: "…", es: "…")`); a bilingual file with one text left in
//! a single language would show a Spanish room one English line, so the
//! validator names every such text and where it is.

use std::collections::BTreeSet;

use fluent::FluentValue;

use super::locate::PathPart::{self, Field, Index};
use super::validate::Findings;
use super::{Item, Panel, Scenario, Step, Text};
use crate::i18n::{Language, tr_args};

/// Every text a person reads in `scenario`, with the path to it in the file.
pub(super) fn texts(scenario: &Scenario) -> Vec<(Vec<PathPart>, &Text)> {
    let mut found: Vec<(Vec<PathPart>, &Text)> = vec![
        (vec![Field("name")], &scenario.name),
        (vec![Field("description")], &scenario.description),
    ];
    for (i, person) in scenario.participants.iter().enumerate() {
        found.push((
            vec![Field("participants"), Index(i), Field("name")],
            &person.name,
        ));
    }
    for (i, role) in scenario.roles.iter().enumerate() {
        found.push((vec![Field("roles"), Index(i), Field("name")], &role.name));
    }
    for (i, act) in scenario.acts.iter().enumerate() {
        let at = |rest: &[PathPart]| [&[Field("acts"), Index(i)], rest].concat();
        found.push((at(&[Field("name")]), &act.name));
        found.push((at(&[Field("purpose")]), &act.purpose));
        for (j, question) in act.questions.iter().enumerate() {
            found.push((at(&[Field("questions"), Index(j)]), question));
        }
    }
    for (i, row) in scenario.do_dont.iter().enumerate() {
        found.push((vec![Field("do_dont"), Index(i), Field("do")], &row.good));
        found.push((vec![Field("do_dont"), Index(i), Field("dont")], &row.bad));
    }
    for (i, question) in scenario.reflection.iter().enumerate() {
        found.push((vec![Field("reflection"), Index(i)], question));
    }
    for (i, item) in scenario.steps.iter().enumerate() {
        match item {
            Item::Step(step) => step_texts(vec![Field("steps"), Index(i)], step, &mut found),
            Item::Rounds(rounds) => {
                for (j, step) in rounds.steps.iter().enumerate() {
                    let at = vec![Field("steps"), Index(i), Field("steps"), Index(j)];
                    step_texts(at, step, &mut found);
                }
            }
        }
    }
    found
}

fn step_texts<'s>(at: Vec<PathPart>, step: &'s Step, found: &mut Vec<(Vec<PathPart>, &'s Text)>) {
    let path = |rest: &[PathPart]| [at.as_slice(), rest].concat();
    found.push((path(&[Field("title")]), &step.title));
    found.push((path(&[Field("instructions")]), &step.instructions));
    found.push((path(&[Field("notes")]), &step.notes));
    match &step.panel {
        Panel::Agenda { choose } => {
            for (k, job) in choose.iter().enumerate() {
                found.push((path(&[Field("panel"), Field("choose"), Index(k)]), job));
            }
        }
        Panel::Questions { heading, questions } => {
            found.push((path(&[Field("panel"), Field("heading")]), heading));
            for (k, question) in questions.iter().enumerate() {
                found.push((
                    path(&[Field("panel"), Field("questions"), Index(k)]),
                    question,
                ));
            }
        }
        Panel::Instructions | Panel::Acts { .. } | Panel::Reflection => {}
    }
}

/// The languages the file is written in: every language any of its texts
/// gives. Empty for a file of plain strings.
pub fn languages_of(scenario: &Scenario) -> Vec<Language> {
    let mut all = BTreeSet::new();
    for (_, text) in texts(scenario) {
        all.extend(text.languages());
    }
    all.into_iter().collect()
}

/// Reports each text that does not give every language the file uses. An
/// empty plain text (no description, no notes) needs no translation.
pub(super) fn check(scenario: &Scenario, findings: &mut Findings) {
    let expected = languages_of(scenario);
    if expected.is_empty() {
        return;
    }
    let names = |languages: &[Language]| {
        languages
            .iter()
            .map(|language| language.code())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (path, text) in texts(scenario) {
        let given = text.languages();
        if given == expected || (given.is_empty() && text.is_blank()) {
            continue;
        }
        findings.report(path, || {
            let missing: Vec<Language> = expected
                .iter()
                .copied()
                .filter(|language| !given.contains(language))
                .collect();
            tr_args(
                "content-text-lacks-languages",
                &[
                    ("expected", FluentValue::from(names(&expected))),
                    ("missing", FluentValue::from(names(&missing))),
                    ("given", FluentValue::from(given.len())),
                ],
            )
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::built_in_breakout;

    #[test]
    fn every_text_of_a_scenario_is_found() {
        let scenario = built_in_breakout();
        let found = texts(&scenario);
        let questions: usize = scenario.acts.iter().map(|a| a.questions.len()).sum();
        assert!(found.len() > 2 + scenario.participants.len() + questions);
        assert!(
            found
                .iter()
                .any(|(_, text)| text.as_str() == scenario.acts[4].questions[1].as_str())
        );
    }
}
