//! A participant's worksheet: what they learned about their partner and
//! themselves in the practice, the commitment they made, and their answers to
//! the reflection questions. Plain data; [`file`] reads and writes it,
//! [`export`] turns it into Markdown and a calendar event, [`recovery`]
//! keeps unsaved changes safe.

pub mod desk;
pub mod export;
pub mod file;
pub mod folders;
pub mod guide;
pub mod names;
mod open;
pub mod recovery;

use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveDateTime};
use fluent::FluentValue;
use serde::{Deserialize, Deserializer, Serialize};

use crate::i18n::{self, Language, tr_args, tr_in};
use crate::scenario::{Scenario, Text};

pub use desk::Desk;
pub use file::{WorksheetError, load, parse, save, to_text};
pub use open::{OpenWorksheet, SaveCheck, SheetId};

/// The file format version this app writes. Files carry it so a later version
/// of the app can still read today's files, and so this one refuses files it
/// would only half understand.
pub const FORMAT_VERSION: u32 = 1;

/// How long a next meeting lasts unless the pair says otherwise.
pub const DEFAULT_MEETING_MINUTES: u32 = 60;

/// The first day a worksheet's date or next meeting may fall on.
///
/// Years 1900 to 2199 hold every day a practice or a meeting could really
/// be on, with room either side, and a calendar lists each of them. The
/// limit is for the date picker: egui_extras' draws years -9999 to 9999
/// only, panics on a month it cannot draw in full (December 9999) and on
/// an arrow click past either end, so a file saying `9999-12-31` crashed
/// the window at a click. A date this far inside those ends can't.
pub const FIRST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(day) => day,
    None => NaiveDate::MIN,
};

/// The last day a worksheet's date or next meeting may fall on; see
/// [`FIRST_DAY`].
pub const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(day) => day,
    None => NaiveDate::MAX,
};

/// One participant's worksheet. Every field but `format` may be missing in a
/// file, so worksheets written by hand or by an older version still load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Worksheet {
    /// [`FORMAT_VERSION`] for files written today.
    pub format: u32,
    /// The workshop format it was filled in during, for the reader's context.
    #[serde(default)]
    pub workshop: String,
    /// The participant who keeps this worksheet.
    #[serde(default)]
    pub name: String,
    /// Who they practised with.
    #[serde(default)]
    pub partner: String,
    /// The day of the practice, from [`FIRST_DAY`] to [`LAST_DAY`].
    #[serde(default, deserialize_with = "day_in_range")]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub shared_values: String,
    #[serde(default)]
    pub shared_interests: String,
    /// Skills and resources the participant brings.
    #[serde(default)]
    pub my_resources: String,
    /// Skills and resources the partner brings.
    #[serde(default)]
    pub partner_resources: String,
    /// Which acts of the conversation it reached, ticked during feedback.
    #[serde(default)]
    pub acts_reached: Vec<ActReached>,
    #[serde(default)]
    pub next_meeting: NextMeeting,
    #[serde(default)]
    pub feedback_received: String,
    #[serde(default)]
    pub feedback_given: String,
    #[serde(default)]
    pub notes: String,
    /// The reflection questions, copied from the scenario so the file makes
    /// sense on its own, with the participant's answers.
    #[serde(default)]
    pub reflection: Vec<Answer>,
}

/// One act of the conversation and whether the pair got to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActReached {
    pub act: String,
    #[serde(default)]
    pub reached: bool,
}

/// The commitment: when and where the pair meets again, and what for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextMeeting {
    /// Local wall-clock time, as the two people agreed it ("Tuesday at six"),
    /// with no time zone: it means six o'clock wherever they are. On a day
    /// from [`FIRST_DAY`] to [`LAST_DAY`].
    #[serde(default, deserialize_with = "time_in_range")]
    pub when: Option<NaiveDateTime>,
    #[serde(default = "default_meeting_minutes")]
    pub minutes: u32,
    #[serde(default, rename = "where")]
    pub place: String,
    /// What the two will do.
    #[serde(default)]
    pub plan: String,
}

impl Default for NextMeeting {
    fn default() -> Self {
        Self {
            when: None,
            minutes: DEFAULT_MEETING_MINUTES,
            place: String::new(),
            plan: String::new(),
        }
    }
}

fn default_meeting_minutes() -> u32 {
    DEFAULT_MEETING_MINUTES
}

/// Whether `day` is one a worksheet may hold.
fn day_is_in_range(day: NaiveDate) -> bool {
    (FIRST_DAY..=LAST_DAY).contains(&day)
}

/// Reads a practice date, refusing one outside the range at its place in
/// the file, where ron reports a deserializer's error.
fn day_in_range<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    let day = Option::<NaiveDate>::deserialize(deserializer)?;
    match day {
        Some(day) if !day_is_in_range(day) => Err(serde::de::Error::custom(tr_args(
            "worksheet-date-out-of-range",
            &[
                ("first", FluentValue::from(FIRST_DAY.to_string())),
                ("last", FluentValue::from(LAST_DAY.to_string())),
                ("found", FluentValue::from(day.to_string())),
            ],
        ))),
        _ => Ok(day),
    }
}

/// Reads a meeting time, refusing one on a day outside the range.
fn time_in_range<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDateTime>, D::Error> {
    let when = Option::<NaiveDateTime>::deserialize(deserializer)?;
    match when {
        Some(when) if !day_is_in_range(when.date()) => Err(serde::de::Error::custom(tr_args(
            "worksheet-meeting-out-of-range",
            &[
                ("first", FluentValue::from(FIRST_DAY.to_string())),
                ("last", FluentValue::from(LAST_DAY.to_string())),
                (
                    "found",
                    FluentValue::from(when.format("%Y-%m-%dT%H:%M:%S").to_string()),
                ),
            ],
        ))),
        _ => Ok(when),
    }
}

/// A reflection question and the participant's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub question: String,
    #[serde(default)]
    pub answer: String,
}

/// The free-text parts of a worksheet, in the order the sheet shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    SharedValues,
    SharedInterests,
    MyResources,
    PartnerResources,
    FeedbackReceived,
    FeedbackGiven,
    Notes,
}

impl TextField {
    /// The heading the worksheet and the Markdown export show, in the
    /// language spoken now.
    pub fn label(self) -> &'static str {
        &words(i18n::language())[self.index()].0
    }

    /// The workshop's guiding question for the field, shown as a hint while
    /// it is empty, in the language spoken now.
    pub fn hint(self) -> &'static str {
        &words(i18n::language())[self.index()].1
    }

    /// The label in `language`.
    fn label_in(self, language: Language) -> String {
        match self {
            Self::SharedValues => tr_in(language, "worksheet-label-shared-values", &[]),
            Self::SharedInterests => tr_in(language, "worksheet-label-shared-interests", &[]),
            Self::MyResources => tr_in(language, "worksheet-label-my-resources", &[]),
            Self::PartnerResources => tr_in(language, "worksheet-label-partner-resources", &[]),
            Self::FeedbackReceived => tr_in(language, "worksheet-label-feedback-received", &[]),
            Self::FeedbackGiven => tr_in(language, "worksheet-label-feedback-given", &[]),
            Self::Notes => tr_in(language, "worksheet-label-notes", &[]),
        }
    }

    /// The hint in `language`: the handout's questions.
    fn hint_in(self, language: Language) -> String {
        match self {
            Self::SharedValues => tr_in(language, "worksheet-hint-shared-values", &[]),
            Self::SharedInterests => tr_in(language, "worksheet-hint-shared-interests", &[]),
            Self::MyResources => tr_in(language, "worksheet-hint-my-resources", &[]),
            Self::PartnerResources => tr_in(language, "worksheet-hint-partner-resources", &[]),
            Self::FeedbackReceived => tr_in(language, "worksheet-hint-feedback-received", &[]),
            Self::FeedbackGiven => tr_in(language, "worksheet-hint-feedback-given", &[]),
            Self::Notes => tr_in(language, "worksheet-hint-notes", &[]),
        }
    }

    /// Its place in [`TextField::ALL`].
    fn index(self) -> usize {
        Self::ALL
            .iter()
            .position(|field| *field == self)
            .unwrap_or_default()
    }

    /// The field's name in the worksheet file.
    pub fn key(self) -> &'static str {
        match self {
            Self::SharedValues => "shared_values",
            Self::SharedInterests => "shared_interests",
            Self::MyResources => "my_resources",
            Self::PartnerResources => "partner_resources",
            Self::FeedbackReceived => "feedback_received",
            Self::FeedbackGiven => "feedback_given",
            Self::Notes => "notes",
        }
    }

    pub const ALL: [TextField; 7] = [
        Self::SharedValues,
        Self::SharedInterests,
        Self::MyResources,
        Self::PartnerResources,
        Self::FeedbackReceived,
        Self::FeedbackGiven,
        Self::Notes,
    ];
}

/// Every field's label and hint in `language`, read from the catalogue
/// once: the catalogues are compiled in, so they never change, and the
/// sheet is drawn every frame by callers that borrow its words.
fn words(language: Language) -> &'static [(String, String); TextField::ALL.len()] {
    static WORDS: OnceLock<[[(String, String); TextField::ALL.len()]; Language::ALL.len()]> =
        OnceLock::new();
    let words = WORDS.get_or_init(|| {
        Language::ALL.map(|language| {
            TextField::ALL.map(|field| (field.label_in(language), field.hint_in(language)))
        })
    });
    let at = Language::ALL
        .iter()
        .position(|known| *known == language)
        .unwrap_or_default();
    &words[at]
}

impl Worksheet {
    /// An empty worksheet for one participant of `scenario`, dated `date`.
    pub fn blank(scenario: &Scenario, name: &str, partner: &str, date: NaiveDate) -> Self {
        Self {
            format: FORMAT_VERSION,
            workshop: scenario.name.to_string(),
            name: name.to_string(),
            partner: partner.to_string(),
            date: Some(date),
            shared_values: String::new(),
            shared_interests: String::new(),
            my_resources: String::new(),
            partner_resources: String::new(),
            acts_reached: scenario
                .acts
                .iter()
                .map(|act| ActReached {
                    act: act.name.to_string(),
                    reached: false,
                })
                .collect(),
            next_meeting: NextMeeting::default(),
            feedback_received: String::new(),
            feedback_given: String::new(),
            notes: String::new(),
            reflection: scenario
                .reflection
                .iter()
                .map(|question| Answer {
                    question: question.to_string(),
                    answer: String::new(),
                })
                .collect(),
        }
    }

    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::SharedValues => &self.shared_values,
            TextField::SharedInterests => &self.shared_interests,
            TextField::MyResources => &self.my_resources,
            TextField::PartnerResources => &self.partner_resources,
            TextField::FeedbackReceived => &self.feedback_received,
            TextField::FeedbackGiven => &self.feedback_given,
            TextField::Notes => &self.notes,
        }
    }

    pub fn text_mut(&mut self, field: TextField) -> &mut String {
        match field {
            TextField::SharedValues => &mut self.shared_values,
            TextField::SharedInterests => &mut self.shared_interests,
            TextField::MyResources => &mut self.my_resources,
            TextField::PartnerResources => &mut self.partner_resources,
            TextField::FeedbackReceived => &mut self.feedback_received,
            TextField::FeedbackGiven => &mut self.feedback_given,
            TextField::Notes => &mut self.notes,
        }
    }

    /// Whether nothing has been written yet beyond the names and date that
    /// start every sheet: such a sheet is not worth a recovery prompt.
    pub fn has_no_answers(&self) -> bool {
        TextField::ALL
            .iter()
            .all(|f| self.text(*f).trim().is_empty())
            && self.acts_reached.iter().all(|a| !a.reached)
            && self.next_meeting.when.is_none()
            && self.next_meeting.place.trim().is_empty()
            && self.next_meeting.plan.trim().is_empty()
            && self.reflection.iter().all(|a| a.answer.trim().is_empty())
    }

    /// Adds the scenario's reflection questions that the sheet does not have
    /// yet, keeping the answers already given: a worksheet opened under
    /// another workshop format keeps its own questions too.
    /// A question counts as there in any of its languages: a sheet begun in
    /// Spanish and opened in English keeps its questions, not two of each.
    pub fn add_missing_questions(&mut self, questions: &[Text]) {
        for question in questions {
            let there = self
                .reflection
                .iter()
                .any(|a| question.versions().any(|text| text == a.question));
            if !there {
                self.reflection.push(Answer {
                    question: question.to_string(),
                    answer: String::new(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_language;

    #[test]
    fn the_fields_read_in_the_language_spoken_and_switch_back() {
        set_language(Language::Spanish);
        let spanish: Vec<(&str, &str)> = TextField::ALL
            .iter()
            .map(|field| (field.label(), field.hint()))
            .collect();
        set_language(Language::English);
        let english: Vec<(&str, &str)> = TextField::ALL
            .iter()
            .map(|field| (field.label(), field.hint()))
            .collect();
        assert_eq!(spanish[0].0, "Valores que compartimos");
        assert_eq!(
            spanish[0].1,
            "¿Qué valores compartimos? ¿Qué valores te enseñaron que hacen que esto te importe, y quién te los enseñó?"
        );
        assert_eq!(
            spanish[6],
            (
                "Notas",
                "Cualquier otra cosa que valga la pena guardar: nombres, historias, ideas."
            )
        );
        assert_eq!(english[0].0, "Values we share");
        assert_eq!(english[6].0, "Notes");
        for ((es_label, es_hint), (en_label, en_hint)) in spanish.iter().zip(&english) {
            assert_ne!(es_label, en_label);
            assert_ne!(es_hint, en_hint);
        }
    }

    /// The hints ask the handout's questions: values and who taught them,
    /// interests from lived experience, each one's skills and resources,
    /// and the feedback on whether a relationship was being built.
    #[test]
    fn the_spanish_hints_ask_the_handouts_questions() {
        let hint = |field: TextField| field.hint_in(Language::Spanish);
        assert!(hint(TextField::SharedValues).contains("¿Qué valores compartimos?"));
        assert!(hint(TextField::SharedValues).contains("quién te los enseñó"));
        assert!(
            hint(TextField::SharedInterests)
                .starts_with("¿Sobre qué intereses podemos actuar en conjunto?")
        );
        assert!(hint(TextField::SharedInterests).contains("experiencia vivida"));
        assert!(hint(TextField::MyResources).contains("habilidades y recursos aporto"));
        assert!(hint(TextField::MyResources).contains("Liderazgo"));
        assert!(hint(TextField::PartnerResources).contains("motivaciones y los recursos"));
        assert!(hint(TextField::FeedbackReceived).contains("construyendo una relación"));
    }
}
