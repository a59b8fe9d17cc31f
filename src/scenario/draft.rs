//! A scenario being edited in the agenda editor: steps added, removed and
//! moved, durations typed as text, and every problem found as the trainer
//! types, tied to the step and field it is in. Nothing here draws; the UI
//! shows a draft and calls these operations.

use super::duration::expected_duration;
use super::languages::languages_of;
use super::load::Finding;
use super::locate::PathPart::{Field, Index};
use super::validate::validate;
use super::{Item, Minutes, Scenario, Step, Text};
use crate::i18n::{tr, tr_in};

/// Where a step is: the item's index, and the step's index inside the
/// item's rounds when it is in one.
pub type At = (usize, Option<usize>);

/// What is typed in a step's time fields, kept as text so a half-typed
/// "1m3" stays on screen and is reported, rather than snapping back.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StepTexts {
    /// The duration, e.g. "8m".
    pub duration: String,
    /// When the warning comes; empty means the scenario's default.
    pub warning: String,
    /// The act pacing's shares as the step was opened, so retyping a
    /// duration scales from them and never compounds rounding.
    pub pacing_shares: Vec<u32>,
}

/// One problem with the draft, with the step and field it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The step, or `None` for the scenario as a whole.
    pub at: Option<At>,
    /// The field's name in the file, e.g. "duration", "title", "cast".
    pub field: String,
    /// What is wrong.
    pub message: String,
}

/// A scenario under edit. It serializes whole, half-typed times and all,
/// so a recovery copy brings back exactly what was on screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    scenario: Scenario,
    texts: Vec<Vec<StepTexts>>,
    /// The scenario's default warning time as typed.
    warning_text: String,
}

impl Draft {
    /// A draft of `scenario`, as it is.
    pub fn new(scenario: Scenario) -> Self {
        let texts = scenario
            .steps
            .iter()
            .map(|item| item.steps().iter().map(texts_of).collect())
            .collect();
        Self {
            warning_text: scenario.warning.to_string(),
            scenario,
            texts,
        }
    }

    /// The scenario with every change that parsed. Check [`Self::issues`]
    /// before using it.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The scenario's name, description and lists, to change in place.
    pub fn scenario_mut(&mut self) -> &mut Scenario {
        &mut self.scenario
    }

    /// The step at `at`.
    pub fn step(&self, at: At) -> Option<&Step> {
        let item = self.scenario.steps.get(at.0)?;
        item.steps().get(at.1.unwrap_or(0))
    }

    /// The step at `at`, to change its title, instructions, notes, cast or
    /// advance.
    pub fn step_mut(&mut self, at: At) -> Option<&mut Step> {
        let item = self.scenario.steps.get_mut(at.0)?;
        item.steps_mut().get_mut(at.1.unwrap_or(0))
    }

    /// The time fields of the step at `at`, as typed.
    pub fn texts(&self, at: At) -> Option<&StepTexts> {
        self.texts.get(at.0)?.get(at.1.unwrap_or(0))
    }

    /// Every step's position, in file order.
    pub fn positions(&self) -> Vec<At> {
        self.scenario.written_steps().map(|(at, _)| at).collect()
    }

    /// The default warning time as typed.
    pub fn warning_text(&self) -> &str {
        &self.warning_text
    }

    /// Types the default warning time; it takes effect once it parses.
    pub fn set_warning_text(&mut self, text: &str) {
        self.warning_text = text.to_string();
        if let Some(warning) = Minutes::parse(text) {
            self.scenario.warning = warning;
        }
    }

    /// Makes every step move on by itself at zero, or wait for the trainer.
    pub fn set_every_advance(&mut self, advance: super::Advance) {
        for item in &mut self.scenario.steps {
            for step in item.steps_mut() {
                step.advance = advance;
            }
        }
    }

    /// Types a step's duration; it takes effect once it parses.
    pub fn set_duration_text(&mut self, at: At, text: &str) {
        let parsed = Minutes::parse(text);
        let Some(texts) = self.texts_mut(at) else {
            return;
        };
        texts.duration = text.to_string();
        let shares = texts.pacing_shares.clone();
        if let (Some(duration), Some(step)) = (parsed, self.step_mut(at)) {
            step.duration = duration;
            // Keep an act pacing in step with the new length, in proportion
            // to the pacing the step was opened with.
            if let super::Panel::Acts { pacing } = &mut step.panel {
                super::plan::fit_pacing_from(pacing, &shares, duration.as_secs());
            }
        }
    }

    /// Types a step's warning time; empty means the scenario's default.
    pub fn set_step_warning_text(&mut self, at: At, text: &str) {
        let parsed = if text.trim().is_empty() {
            Some(None)
        } else {
            Minutes::parse(text).map(Some)
        };
        if let Some(texts) = self.texts_mut(at) {
            texts.warning = text.to_string();
        }
        if let (Some(warning), Some(step)) = (parsed, self.step_mut(at)) {
            step.warning = warning;
        }
    }

    fn texts_mut(&mut self, at: At) -> Option<&mut StepTexts> {
        self.texts.get_mut(at.0)?.get_mut(at.1.unwrap_or(0))
    }

    /// Adds a new five-minute step after `at` (in the same rounds, if it is
    /// in one), or at the end when `at` is `None`; returns where it went.
    pub fn add_step_after(&mut self, at: Option<At>) -> At {
        // In a format given in several languages the new step's texts are
        // tables of them too: what the trainer types goes to the language
        // they read, and the file stays whole enough to save.
        let languages = languages_of(&self.scenario);
        let text = |words: &str| match languages.as_slice() {
            [] => Text::from(words),
            some => Text::Translated(some.iter().map(|&l| (l, words.to_string())).collect()),
        };
        let step = Step {
            title: match languages.as_slice() {
                [] => tr("scenario-new-step").into(),
                some => Text::Translated(
                    some.iter()
                        .map(|&l| (l, tr_in(l, "scenario-new-step", &[])))
                        .collect(),
                ),
            },
            duration: Minutes::from_mins(5),
            instructions: text(""),
            notes: text(""),
            cast: Default::default(),
            advance: Default::default(),
            warning: None,
            panel: Default::default(),
        };
        let texts = texts_of(&step);
        match at {
            Some((i, Some(j))) if i < self.scenario.steps.len() => {
                if let Item::Rounds(rounds) = &mut self.scenario.steps[i] {
                    let j = (j + 1).min(rounds.steps.len());
                    rounds.steps.insert(j, step);
                    self.texts[i].insert(j, texts);
                    return (i, Some(j));
                }
                self.insert_item(i + 1, step, texts)
            }
            Some((i, None)) => {
                self.insert_item((i + 1).min(self.scenario.steps.len()), step, texts)
            }
            _ => self.insert_item(self.scenario.steps.len(), step, texts),
        }
    }

    fn insert_item(&mut self, i: usize, step: Step, texts: StepTexts) -> At {
        let i = i.min(self.scenario.steps.len());
        self.scenario.steps.insert(i, Item::Step(step));
        self.texts.insert(i, vec![texts]);
        (i, None)
    }

    /// Removes the step at `at`; rounds left with no steps go too.
    pub fn remove(&mut self, at: At) {
        let (i, inner) = at;
        if i >= self.scenario.steps.len() {
            return;
        }
        match (inner, &mut self.scenario.steps[i]) {
            (Some(j), Item::Rounds(rounds)) if j < rounds.steps.len() => {
                rounds.steps.remove(j);
                self.texts[i].remove(j);
                if !rounds.steps.is_empty() {
                    return;
                }
            }
            (None, Item::Step(_)) => {}
            _ => return,
        }
        self.scenario.steps.remove(i);
        self.texts.remove(i);
    }

    /// Moves the step at `at` one place earlier (`up`) or later, inside its
    /// rounds if it is in one; returns where it is now.
    pub fn shift(&mut self, at: At, up: bool) -> At {
        let (i, inner) = at;
        let (list_len, index) = match inner {
            None => (self.scenario.steps.len(), i),
            Some(j) => match self.scenario.steps.get(i) {
                Some(Item::Rounds(rounds)) => (rounds.steps.len(), j),
                _ => return at,
            },
        };
        if index >= list_len {
            return at;
        }
        let target = if up {
            index.checked_sub(1)
        } else {
            (index + 1 < list_len).then_some(index + 1)
        };
        let Some(target) = target else {
            return at;
        };
        match inner {
            None => {
                self.scenario.steps.swap(i, target);
                self.texts.swap(i, target);
                (target, None)
            }
            Some(_) => {
                if let Item::Rounds(rounds) = &mut self.scenario.steps[i] {
                    rounds.steps.swap(index, target);
                    self.texts[i].swap(index, target);
                }
                (i, Some(target))
            }
        }
    }

    /// Everything that stops the draft being saved: text that is not a
    /// duration, and whatever the file check would find.
    pub fn issues(&self) -> Vec<Issue> {
        let mut issues = Vec::new();
        if Minutes::parse(&self.warning_text).is_none() {
            issues.push(Issue {
                at: None,
                field: "warning".into(),
                message: tr("scenario-expected-warning"),
            });
        }
        for at in self.positions() {
            let Some(texts) = self.texts(at) else {
                continue;
            };
            if Minutes::parse(&texts.duration).is_none() {
                issues.push(Issue {
                    at: Some(at),
                    field: "duration".into(),
                    message: expected_duration(),
                });
            }
            if !texts.warning.trim().is_empty() && Minutes::parse(&texts.warning).is_none() {
                issues.push(Issue {
                    at: Some(at),
                    field: "warning".into(),
                    message: tr("scenario-expected-step-warning"),
                });
            }
        }
        for Finding { path, message } in validate(&self.scenario) {
            let issue = match path.as_slice() {
                [
                    Field("steps"),
                    Index(i),
                    Field("steps"),
                    Index(j),
                    Field(field),
                    ..,
                ] => Issue {
                    at: Some((*i, Some(*j))),
                    field: (*field).into(),
                    message,
                },
                [Field("steps"), Index(i), Field(field), ..] => Issue {
                    at: Some((*i, None)),
                    field: (*field).into(),
                    message,
                },
                [Field(field), ..] => Issue {
                    at: None,
                    field: (*field).into(),
                    message,
                },
                _ => Issue {
                    at: None,
                    field: String::new(),
                    message,
                },
            };
            // A duration that does not parse is already reported as typed.
            if !issues
                .iter()
                .any(|known| known.at == issue.at && known.field == issue.field)
            {
                issues.push(issue);
            }
        }
        issues
    }

    /// The scenario, if nothing is wrong with it.
    pub fn finished(&self) -> Result<Scenario, Vec<Issue>> {
        let issues = self.issues();
        if issues.is_empty() {
            Ok(self.scenario.clone())
        } else {
            Err(issues)
        }
    }
}

fn texts_of(step: &Step) -> StepTexts {
    let pacing_shares = match &step.panel {
        super::Panel::Acts { pacing } => pacing.iter().map(|(_, d)| d.as_secs()).collect(),
        _ => Vec::new(),
    };
    StepTexts {
        duration: step.duration.to_string(),
        warning: step.warning.map(|w| w.to_string()).unwrap_or_default(),
        pacing_shares,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::built_in_breakout;

    #[test]
    fn editing_a_duration_updates_the_total_and_the_pacing() {
        let mut draft = Draft::new(built_in_breakout());
        draft.set_duration_text((1, None), "12m");
        assert_eq!(draft.scenario().total().as_secs(), 29 * 60);
        assert!(draft.issues().is_empty(), "{:?}", draft.issues());
        draft.set_duration_text((1, None), "12x");
        assert_eq!(draft.issues()[0].at, Some((1, None)));
        assert_eq!(draft.issues()[0].field, "duration");
        assert!(draft.finished().is_err());
    }

    #[test]
    fn steps_can_be_added_moved_and_removed() {
        let mut draft = Draft::new(built_in_breakout());
        let at = draft.add_step_after(Some((0, None)));
        assert_eq!(at, (1, None));
        assert_eq!(draft.step(at).unwrap().title, "New step");
        assert_eq!(draft.scenario().total().as_secs(), 30 * 60);
        let at = draft.shift(at, false);
        assert_eq!(at, (2, None));
        assert_eq!(
            draft.step((1, None)).unwrap().title,
            "Round 1 · conversation"
        );
        assert_eq!(draft.shift((0, None), true), (0, None));
        draft.remove(at);
        assert_eq!(draft.scenario(), &built_in_breakout());
    }

    #[test]
    fn a_step_added_to_a_bilingual_format_can_be_retitled_and_saved() {
        let mut draft = Draft::new(built_in_breakout());
        let at = draft.add_step_after(Some((5, None)));
        let step = draft.step_mut(at).unwrap();
        *step.title.current_mut() = "Closing round".into();
        *step.instructions.current_mut() = "A word each.".into();
        let issues = draft.issues();
        assert!(issues.is_empty(), "{issues:?}");
        let finished = draft.finished().unwrap();
        let text = super::super::text::to_text(&finished, "Saved.");
        assert_eq!(super::super::parse(&text, "saved.ron").unwrap(), finished);
        *draft.step_mut(at).unwrap().notes.current_mut() = "Nod.".into();
        assert!(draft.issues().is_empty(), "{:?}", draft.issues());
        let step = draft.step(at).unwrap();
        assert_eq!(
            step.title.get(crate::i18n::Language::English),
            "Closing round"
        );
        assert_eq!(step.title.get(crate::i18n::Language::Spanish), "Paso nuevo");
    }

    #[test]
    fn notes_stay_with_their_steps_through_other_edits() {
        let mut scenario = built_in_breakout();
        for (n, item) in scenario.steps.iter_mut().enumerate() {
            *item.steps_mut()[0].notes.current_mut() =
                format!("Note {n}: listen for \"why?\"\nthen nod.");
        }
        let mut draft = Draft::new(scenario.clone());
        draft.set_duration_text((1, None), "10m");
        *draft.scenario_mut().name.current_mut() = "Renamed".into();
        let added = draft.add_step_after(Some((0, None)));
        draft.shift(added, false);
        draft.remove((2, None));
        let finished = draft.finished().unwrap();
        let notes = |s: &Scenario| -> Vec<String> {
            s.written_steps()
                .map(|(_, step)| step.notes.to_string())
                .collect()
        };
        assert_eq!(notes(&finished), notes(&scenario));
        let text = super::super::text::to_text(&finished, "Saved.");
        assert_eq!(
            notes(&super::super::parse(&text, "saved.ron").unwrap()),
            notes(&scenario)
        );
    }

    #[test]
    fn an_over_long_note_is_an_issue_of_its_step() {
        let mut draft = Draft::new(built_in_breakout());
        draft.step_mut((5, None)).unwrap().notes =
            "x".repeat(super::super::MAX_NOTES_CHARS + 1).into();
        let issues = draft.issues();
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(issues[0].at, Some((5, None)));
        assert_eq!(issues[0].field, "notes");
    }

    #[test]
    fn a_round_number_outside_rounds_is_an_issue() {
        let mut draft = Draft::new(built_in_breakout());
        *draft.step_mut((1, None)).unwrap().title.current_mut() = "Round {round}".into();
        let issues = draft.issues();
        assert_eq!(issues.len(), 1);
        assert!(
            issues[0]
                .message
                .starts_with("{round} and {rounds} are only filled in")
        );
    }

    #[test]
    fn a_new_step_and_a_mistyped_time_read_in_spanish() {
        use crate::i18n::{Language, set_language};
        set_language(Language::Spanish);
        let mut draft = Draft::new(built_in_breakout());
        let at = draft.add_step_after(None);
        draft.set_duration_text(at, "5 min");
        draft.set_warning_text("nunca");
        let title = draft.step(at).map(|step| step.title.to_string());
        let issues = draft.issues();
        set_language(Language::English);
        assert_eq!(title.as_deref(), Some("Paso nuevo"));
        let messages: Vec<&str> = issues.iter().map(|i| i.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "se esperaba una duración como \"8m\", \"90s\" o \"1m30s\", o \"0s\" para no tener aviso",
                "se esperaba una duración como \"8m\", \"90s\" o \"1m30s\"",
            ]
        );
    }

    #[test]
    fn an_empty_title_is_an_issue_of_that_step() {
        let mut draft = Draft::new(built_in_breakout());
        draft.step_mut((2, None)).unwrap().title = Default::default();
        let issues = draft.issues();
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].at, Some((2, None)));
        assert_eq!(issues[0].field, "title");
    }
}
