//! What a phone needs to lay out a blank worksheet like the app's: the
//! fields with their labels and guiding questions, the workshop's acts and
//! reflection questions, and the format the app reads. No one's answers:
//! a worksheet typed on a phone stays on the phone.

use serde::Serialize;

use super::{DEFAULT_MEETING_MINUTES, FORMAT_VERSION, TextField};
use crate::scenario::Scenario;

/// The worksheet's shape for one workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuideField {
    /// Its name in the worksheet file, e.g. `shared_values`.
    pub key: &'static str,
    /// Its label, as the app shows it.
    pub label: &'static str,
    /// The guiding question shown while it is empty.
    pub hint: &'static str,
}

impl WorksheetGuide {
    /// The guide for a worksheet of `scenario`.
    pub fn of(scenario: &Scenario) -> Self {
        Self {
            format: FORMAT_VERSION,
            workshop: scenario.name.clone(),
            fields: TextField::ALL
                .iter()
                .map(|field| GuideField {
                    key: field.key(),
                    label: field.label(),
                    hint: field.hint(),
                })
                .collect(),
            acts: scenario.acts.iter().map(|act| act.name.clone()).collect(),
            reflection: scenario.reflection.clone(),
            meeting_minutes: DEFAULT_MEETING_MINUTES,
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
        assert_eq!(guide.reflection, scenario.reflection);
        assert_eq!(guide.format, 1);
    }
}
