//! What a phone needs to lay out a blank worksheet like the app's: the
//! fields with their labels and guiding questions, the workshop's acts and
//! reflection questions, and the format the app reads. No one's answers:
//! a worksheet typed on a phone stays on the phone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{DEFAULT_MEETING_MINUTES, FORMAT_VERSION, TextField};
use crate::i18n::tr;
use crate::scenario::{Act, Advance, Item, Minutes, Panel, Participant, Scenario, Step, Text};

/// The worksheet's shape for one workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorksheetGuide {
    /// The worksheet file format the app reads (`format` in the file).
    pub format: u32,
    /// The workshop's name, the sheet's `workshop`.
    pub workshop: String,
    /// The free-text fields, in the app's order.
    pub fields: Vec<GuideField>,
    /// The acts, for "acts reached".
    pub acts: Vec<String>,
    /// The reflection questions, for the answers.
    pub reflection: Vec<String>,
    /// The next meeting's length until one is chosen.
    pub meeting_minutes: u32,
}

/// One free-text field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideField {
    /// Its name in the worksheet file, e.g. `shared_values`.
    pub key: String,
    /// Its label, as the app shows it.
    pub label: String,
    /// The guiding question shown while it is empty.
    pub hint: String,
}

impl WorksheetGuide {
    /// The guide for a worksheet of `scenario`.
    pub fn of(scenario: &Scenario) -> Self {
        Self {
            format: FORMAT_VERSION,
            workshop: scenario.name.to_string(),
            fields: TextField::ALL
                .iter()
                .map(|field| GuideField {
                    key: field.key().to_string(),
                    label: field.label().to_string(),
                    hint: field.hint().to_string(),
                })
                .collect(),
            acts: scenario
                .acts
                .iter()
                .map(|act| act.name.to_string())
                .collect(),
            reflection: scenario
                .reflection
                .iter()
                .map(ToString::to_string)
                .collect(),
            meeting_minutes: DEFAULT_MEETING_MINUTES,
        }
    }
}

impl WorksheetGuide {
    /// The workshop a worksheet of this guide belongs to, as far as a
    /// worksheet needs one: its name, acts and reflection questions, and
    /// one participant, whose sheet it is. A joined app keeps its sheets
    /// with it; the agenda it follows stays the trainer's.
    pub fn workshop(&self) -> Scenario {
        Scenario {
            format: crate::scenario::FORMAT_VERSION,
            name: self.workshop.as_str().into(),
            description: Text::default(),
            warning: Minutes::from_mins(1),
            participants: vec![Participant {
                id: "you".into(),
                name: tr("worksheet-guide-you").into(),
            }],
            people: None,
            length: None,
            roles: Vec::new(),
            acts: self
                .acts
                .iter()
                .enumerate()
                .map(|(i, name)| Act {
                    id: format!("act-{}", i + 1),
                    name: name.as_str().into(),
                    purpose: Text::default(),
                    questions: Vec::new(),
                })
                .collect(),
            do_dont: Vec::new(),
            reflection: self.reflection.iter().map(|q| q.as_str().into()).collect(),
            steps: vec![Item::Step(Step {
                title: self.workshop.as_str().into(),
                duration: Minutes::from_mins(60),
                instructions: Text::default(),
                notes: Text::default(),
                cast: BTreeMap::new(),
                advance: Advance::Hold,
                warning: None,
                panel: Panel::Instructions,
            })],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::built_in_breakout;
    use crate::worksheet::{Worksheet, to_text};

    #[test]
    fn every_key_is_a_field_of_the_worksheet_file() {
        let scenario = built_in_breakout();
        let guide = WorksheetGuide::of(&scenario);
        let mut sheet = Worksheet::blank(&scenario, "A", "B", chrono::NaiveDate::MIN);
        for field in TextField::ALL {
            *sheet.text_mut(field) = format!("text of {}", field.key());
        }
        let text = to_text(&sheet);
        for field in &guide.fields {
            assert!(
                text.contains(&format!("{}: \"text of {}\"", field.key, field.key)),
                "{} in {text}",
                field.key
            );
        }
        assert_eq!(guide.acts.len(), 5);
        let questions: Vec<String> = scenario
            .reflection
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(guide.reflection, questions);
        assert_eq!(guide.format, 1);
    }

    #[test]
    fn a_guide_read_back_gives_a_workshop_whose_blank_sheet_is_the_apps() {
        let scenario = built_in_breakout();
        let json = serde_json::to_string(&WorksheetGuide::of(&scenario)).unwrap();
        let guide: WorksheetGuide = serde_json::from_str(&json).unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let theirs = Worksheet::blank(&guide.workshop(), "Amara", "Sam", day);
        let ours = Worksheet::blank(&scenario, "Amara", "Sam", day);
        assert_eq!(theirs, ours);
        crate::session::Session::new(guide.workshop());
    }
}
