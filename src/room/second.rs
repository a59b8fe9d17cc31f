//! The prompts again in the format's other language, for a bilingual room:
//! what a Spanish-speaking pair reads under the English, or the other way
//! round. Only the exercise's own words are doubled (the title, what to do,
//! the act's purpose and questions, the questions on screen): the clock's
//! words stay in the room's language, so the screen does not turn into two
//! screens.

use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::i18n::{self, Language};
use crate::scenario::{Panel, Text};
use crate::session::Session;

use super::Stage;

/// The step's prompts in the second language.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SecondLanguage {
    /// The language's code, `es` or `en`.
    pub language: String,
    /// The step's title.
    pub title: String,
    /// What to do now.
    pub instructions: String,
    /// The heading over the questions, or empty.
    pub heading: String,
    /// The shown act's purpose, or empty.
    pub purpose: String,
    /// The questions on screen: the shown act's, or the panel's.
    pub questions: Vec<String>,
}

/// The language shown second: the first the format gives other than the
/// one spoken now; `None` for a format in one language.
pub fn second_language(session: &Session) -> Option<Language> {
    let spoken = i18n::language();
    session
        .languages()
        .iter()
        .copied()
        .find(|language| *language != spoken)
}

/// The prompts of the step `session` is in, in its second language, when
/// the trainer asked for both and the format has a second language.
pub fn second_view(session: &Session, stage: &Stage, now: Instant) -> Option<SecondLanguage> {
    if !stage.both_languages() {
        return None;
    }
    let language = second_language(session)?;
    let step = session.step();
    let words = |text: &Text| text.get(language).to_string();
    let all = |texts: &[Text]| texts.iter().map(words).collect::<Vec<_>>();
    let (heading, purpose, questions) = match &step.panel {
        Panel::Instructions | Panel::Agenda { .. } => (String::new(), String::new(), Vec::new()),
        Panel::Acts { .. } => {
            let acts = &session.scenario().acts;
            let shown = stage
                .viewed_act(session.step_index())
                .or(session.paced_act(now))
                .and_then(|i| acts.get(i));
            (
                String::new(),
                shown.map(|act| words(&act.purpose)).unwrap_or_default(),
                shown.map(|act| all(&act.questions)).unwrap_or_default(),
            )
        }
        Panel::Questions { heading, questions } => (words(heading), String::new(), all(questions)),
        Panel::Reflection => (
            String::new(),
            String::new(),
            all(&session.scenario().reflection),
        ),
    };
    Some(SecondLanguage {
        language: language.code().to_string(),
        title: words(&step.title),
        instructions: words(&step.instructions),
        heading,
        purpose,
        questions,
    })
}
