//! A text a person reads in a scenario, in one language or several. A file
//! writes it either as a plain string, the same in every language:
//!
//! ```text
//! title: "Round {round} · conversation",
//! ```
//!
//! or as a table of languages, so one format serves a bilingual room:
//!
//! ```text
//! title: (en: "Round {round} · conversation", es: "Ronda {round} · conversación"),
//! ```
//!
//! Read, it is the text in the language spoken now (it dereferences to
//! `str`), falling back to English and then to the first language given,
//! so a gap never leaves the room blank. The validator makes sure a file
//! gives every text in the same languages.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use fluent::FluentValue;

use crate::i18n::{self, Language, tr, tr_args};

/// A text in one language or several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// The same words in every language: a format written in one language.
    Plain(String),
    /// The words in each language given; never empty.
    Translated(BTreeMap<Language, String>),
}

impl Default for Text {
    fn default() -> Self {
        Text::Plain(String::new())
    }
}

impl Text {
    /// The text in `language`: its own version, else English's, else the
    /// first given.
    pub fn get(&self, language: Language) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Translated(versions) => versions
                .get(&language)
                .or_else(|| versions.get(&Language::English))
                .or_else(|| versions.values().next())
                .map_or("", String::as_str),
        }
    }

    /// The text shown in `language`, to edit: its own version, or the one
    /// shown in its place when it has none, so an edit changes what the
    /// trainer sees.
    pub fn get_mut(&mut self, language: Language) -> &mut String {
        match self {
            Text::Plain(text) => text,
            Text::Translated(versions) => {
                let shown = if versions.contains_key(&language) {
                    Some(language)
                } else if versions.contains_key(&Language::English) {
                    Some(Language::English)
                } else {
                    versions.keys().next().copied()
                };
                versions.entry(shown.unwrap_or(language)).or_default()
            }
        }
    }

    /// The text in the language spoken now.
    pub fn as_str(&self) -> &str {
        self
    }

    /// The text in the language spoken now, to edit.
    pub fn current_mut(&mut self) -> &mut String {
        self.get_mut(i18n::language())
    }

    /// The languages the text is given in; empty for a plain text.
    pub fn languages(&self) -> Vec<Language> {
        match self {
            Text::Plain(_) => Vec::new(),
            Text::Translated(versions) => versions.keys().copied().collect(),
        }
    }

    /// Every version, to measure or search them all.
    pub fn versions(&self) -> impl Iterator<Item = &str> {
        let (plain, translated) = match self {
            Text::Plain(text) => (Some(text.as_str()), None),
            Text::Translated(versions) => (None, Some(versions.values().map(String::as_str))),
        };
        plain.into_iter().chain(translated.into_iter().flatten())
    }

    /// Whether every version is empty.
    pub fn is_blank(&self) -> bool {
        self.versions().all(|text| text.trim().is_empty())
    }

    /// The same text with `change` made to every version: a placeholder
    /// filled in the same way in each language.
    pub fn map(&self, mut change: impl FnMut(&str) -> String) -> Text {
        match self {
            Text::Plain(text) => Text::Plain(change(text)),
            Text::Translated(versions) => Text::Translated(
                versions
                    .iter()
                    .map(|(language, text)| (*language, change(text)))
                    .collect(),
            ),
        }
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.get(i18n::language())
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::Plain(text.to_string())
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text::Plain(text)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        **self == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        **self == **other
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(text) => serializer.serialize_str(text),
            Text::Translated(versions) => {
                // A struct, so RON writes `Text(en: "…", es: "…")` (its
                // name only where names are asked for): a form a trainer
                // can read and write, which reads back like `(en: …)`.
                let mut table = serializer.serialize_struct("Text", versions.len())?;
                for (language, text) in versions {
                    table.serialize_field(language.code(), text)?;
                }
                table.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&tr("content-text-expected"))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text::Plain(text.to_string()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text::Plain(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut versions = BTreeMap::new();
        while let Some(code) = map.next_key::<String>()? {
            let language = Language::parse(&code)
                .filter(|language| language.code() == code)
                .ok_or_else(|| {
                    let code: String = code.chars().take(20).collect();
                    let known = Language::ALL.map(Language::code).join(", ");
                    de::Error::custom(tr_args(
                        "content-text-unknown-language",
                        &[
                            ("code", FluentValue::from(code)),
                            ("known", FluentValue::from(known)),
                        ],
                    ))
                })?;
            let text: String = map.next_value()?;
            if versions.insert(language, text).is_some() {
                return Err(de::Error::custom(tr_args(
                    "content-text-twice",
                    &[("code", FluentValue::from(code))],
                )));
            }
        }
        if versions.is_empty() {
            return Err(de::Error::custom(tr("content-text-empty-table")));
        }
        Ok(Text::Translated(versions))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(ron: &str) -> Result<Text, ron::error::SpannedError> {
        super::super::text::options().from_str(ron)
    }

    #[test]
    fn a_plain_text_reads_the_same_in_every_language() {
        let text = read("\"Round {round}\"").unwrap();
        assert_eq!(text.get(Language::Spanish), "Round {round}");
        assert!(text.languages().is_empty());
    }

    #[test]
    fn a_table_gives_each_language_its_own_words() {
        let text = read("(en: \"Interest\", es: \"Interés\")").unwrap();
        assert_eq!(text.get(Language::English), "Interest");
        assert_eq!(text.get(Language::Spanish), "Interés");
        assert_eq!(text.languages(), [Language::English, Language::Spanish]);
        let map_form = read("{\"es\": \"Interés\", \"en\": \"Interest\"}").unwrap();
        assert_eq!(map_form, text);
    }

    #[test]
    fn a_missing_language_falls_back_to_english_then_the_first() {
        let english = read("(en: \"Attention\")").unwrap();
        assert_eq!(english.get(Language::Spanish), "Attention");
        let spanish = read("(es: \"Atención\")").unwrap();
        assert_eq!(spanish.get(Language::English), "Atención");
    }

    #[test]
    fn the_language_spoken_is_what_it_reads_as() {
        let text = read("(en: \"Exchange\", es: \"Intercambio\")").unwrap();
        i18n::set_language(Language::Spanish);
        assert_eq!(&*text, "Intercambio");
        assert_eq!(text.to_string(), "Intercambio");
        i18n::set_language(Language::English);
        assert!(text == "Exchange");
    }

    #[test]
    fn an_unknown_language_or_an_empty_table_is_an_error_with_its_place() {
        let error = read("(en: \"a\",\n fr: \"b\")").unwrap_err();
        assert!(
            error.to_string().contains("unknown language \"fr\""),
            "{error}"
        );
        assert_eq!(error.span.start.line, 2, "{error}");
        assert!(read("()").is_err());
        assert!(read("(en: \"a\", en: \"b\")").is_err());
        assert!(read("(en: 3)").is_err());
    }

    #[test]
    fn it_writes_back_as_it_was_read() {
        let config = ron::ser::PrettyConfig::new().struct_names(true);
        for written in ["\"Commitment\"", "(en: \"Commitment\", es: \"Compromiso\")"] {
            let text = read(written).unwrap();
            let again = ron::ser::to_string_pretty(&text, config.clone()).unwrap();
            assert_eq!(read(&again).unwrap(), text, "{again}");
        }
        let table = read("(en: \"Commitment\", es: \"Compromiso\")").unwrap();
        let compact = ron::ser::to_string(&table).unwrap();
        assert_eq!(compact, "(en:\"Commitment\",es:\"Compromiso\")");
        let named = ron::ser::to_string_pretty(&table, config).unwrap();
        assert!(named.starts_with("Text("), "{named}");
        assert_eq!(read(&named).unwrap(), table);
    }

    #[test]
    fn editing_changes_the_words_shown() {
        let mut text = read("(en: \"Attention\", es: \"Atención\")").unwrap();
        text.get_mut(Language::Spanish).push('!');
        assert_eq!(text.get(Language::Spanish), "Atención!");
        assert_eq!(text.get(Language::English), "Attention");
        let mut english_only = read("(en: \"Attention\")").unwrap();
        english_only.get_mut(Language::Spanish).push('!');
        assert_eq!(english_only.languages(), [Language::English]);
        assert_eq!(english_only.get(Language::English), "Attention!");
    }

    #[test]
    fn map_changes_every_version() {
        let text = read("(en: \"Round {round}\", es: \"Ronda {round}\")").unwrap();
        let filled = text.map(|t| t.replace("{round}", "2"));
        assert_eq!(filled.get(Language::English), "Round 2");
        assert_eq!(filled.get(Language::Spanish), "Ronda 2");
    }
}
