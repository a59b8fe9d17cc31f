//! The phone page's words in every language the app speaks, served whole
//! as `GET /api/words`: `{"en": {"phone-page-live": "Live", …}, "es": …}`.
//! The page speaks the room's language (the feed names it) unless its
//! reader chose the other, and switches without asking the server again.
//!
//! It gets its own messages (`phone-page-*`, phone.ftl) and the room's
//! (`room-*`, room.ftl): between two feeds it words the warning, the
//! overtime and the time left with the very messages the projector uses.
//! Each is written out without its arguments, which Fluent then shows as
//! `{$name}`; the page puts the value in their place. So a served message
//! never selects on an argument: a plural has a message per form.

use std::collections::BTreeMap;
use std::sync::OnceLock;

// Named apart: the id is the catalogue's, not a literal, so tests/i18n.rs
// has nothing to look up here.
use crate::i18n::tr_in as message;
use crate::i18n::{Language, catalogue};

/// Whether the page is sent the message `id`.
fn served(id: &str) -> bool {
    id.starts_with("phone-page-") || id.starts_with("room-")
}

/// The page's words in `language`, by message id, each argument left as
/// `{$name}`.
pub fn table(language: Language) -> BTreeMap<String, String> {
    let (ids, _) = catalogue(language);
    ids.into_iter()
        .filter(|id| served(id))
        .map(|id| {
            let text = message(language, &id, &[]);
            (id, text)
        })
        .collect()
}

/// Every language's table as the JSON `GET /api/words` answers, made once.
pub fn json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| {
        let tables: BTreeMap<&str, BTreeMap<String, String>> = Language::ALL
            .into_iter()
            .map(|language| (language.code(), table(language)))
            .collect();
        // Strings in maps of strings always serialize.
        serde_json::to_string(&tables).unwrap_or_else(|_| "{}".to_string())
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::share::page;

    #[test]
    fn both_languages_have_the_same_words_and_every_one_is_worded() {
        let english = table(Language::English);
        let spanish = table(Language::Spanish);
        assert_eq!(
            english.keys().collect::<Vec<_>>(),
            spanish.keys().collect::<Vec<_>>()
        );
        assert!(english.len() > 100, "{}", english.len());
        for (id, text) in english.iter().chain(&spanish) {
            assert!(!text.is_empty() && text != id, "{id} has no words");
        }
        assert_eq!(english["phone-page-live"], "Live");
        assert_eq!(spanish["phone-page-live"], "En vivo");
        assert_eq!(spanish["room-left-drift"], "quedan {$left} · {$drift}");
        assert_eq!(english["phone-page-step"], "Step {$number} of {$count}");
        let served: serde_json::Value = serde_json::from_str(json()).unwrap();
        assert_eq!(served["es"]["room-overtime"], "● Tiempo extra");
        assert_eq!(served["en"]["room-overtime"], "● Overtime");
        assert!(json().len() < 64 * 1024, "a page's words stay small");
    }

    /// The ids the page's files ask for: `word("id"`, `data-word="id"` and
    /// the like.
    fn asked_for() -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        for text in [page::PAGE.body, page::SCRIPT.body, page::WORKSHEET.body] {
            for quote in ['"', '\''] {
                let opening = format!("{quote}phone-page-");
                let room = format!("{quote}room-");
                for start in [&opening, &room] {
                    for (at, _) in text.match_indices(start.as_str()) {
                        let rest = &text[at + 1..];
                        let end = rest.find(quote).unwrap_or(rest.len());
                        found.insert(rest[..end].to_string());
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_word_the_page_asks_for_is_served() {
        let english = table(Language::English);
        let asked = asked_for();
        assert!(asked.contains("phone-page-reconnecting"), "{asked:?}");
        assert!(asked.contains("room-overtime"), "{asked:?}");
        let missing: Vec<&String> = asked
            .iter()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "asked for but not served: {missing:?}");
    }
}
