//! The app's words in the reader's language, from Project Fluent
//! catalogues (`locales/LANG/AREA.ftl`, one file per part of the app, all
//! compiled in): English and Spanish. The language comes from `--lang`,
//! else the system's locale (LC_ALL, LC_MESSAGES, LANG, in POSIX's order);
//! it can change while the app runs and takes effect at the next word
//! looked up.
//!
//! The language spoken is kept per thread, starting from the process's
//! default: the window's thread switches when the trainer asks, and each
//! test speaks its own language without changing another's.
//!
//! A message missing from a catalogue falls back to English, then to its
//! id: a gap in a translation never stops the app. tests/i18n.rs keeps the
//! two catalogues' ids equal and every id the code uses in them.

pub mod dates;

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    /// English, the default.
    English,
    /// Spanish.
    Spanish,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// Its code: `en`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// Reads a language code or a locale name: `es`, `es-MX`, `es_ES.UTF-8`,
    /// `en_GB@euro`. `None` for one the app does not speak, and for `C` and
    /// `POSIX`, which name no language.
    pub fn parse(text: &str) -> Option<Self> {
        let language = text
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Language::English),
            "es" => Some(Language::Spanish),
            _ => None,
        }
    }

    /// The language the system's locale asks for: the first of LC_ALL,
    /// LC_MESSAGES and LANG that is set and not empty decides, as for any
    /// program's messages; English when it names another language.
    pub fn from_locale(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Self {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|value| !value.is_empty())
            .and_then(Language::parse)
            .unwrap_or(Language::English)
    }

    /// [`Language::from_locale`] of this process's environment.
    pub fn from_environment() -> Self {
        let read = |name: &str| std::env::var(name).ok();
        Self::from_locale(
            read("LC_ALL").as_deref(),
            read("LC_MESSAGES").as_deref(),
            read("LANG").as_deref(),
        )
    }

    fn index(self) -> usize {
        match self {
            Language::English => 0,
            Language::Spanish => 1,
        }
    }

    fn from_index(index: u8) -> Self {
        match index {
            1 => Language::Spanish,
            _ => Language::English,
        }
    }

    /// The catalogue's files, each one part of the app.
    fn catalogue_files(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Language::English => &ENGLISH,
            Language::Spanish => &SPANISH,
        }
    }
}

/// Includes `locales/LANG/AREA.ftl` for each area, named by its path.
macro_rules! catalogue_files {
    ($language:literal: $($area:literal),+) => {
        [$((
            concat!("locales/", $language, "/", $area, ".ftl"),
            include_str!(concat!("../../locales/", $language, "/", $area, ".ftl")),
        )),+]
    };
}

/// How many files each catalogue has: one per part of the app.
const AREAS: usize = 11;

static ENGLISH: [(&str, &str); AREAS] = catalogue_files!("en":
    "cli", "agenda", "report", "dates", "scenario", "worksheet", "files",
    "console", "room", "phone", "content");
static SPANISH: [(&str, &str); AREAS] = catalogue_files!("es":
    "cli", "agenda", "report", "dates", "scenario", "worksheet", "files",
    "console", "room", "phone", "content");

static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static CURRENT: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Speaks `language` from now on, in every thread that has not chosen its
/// own: what `--lang` or the locale asks for.
pub fn set_default_language(language: Language) {
    DEFAULT.store(language.index() as u8, Ordering::Relaxed);
}

/// Speaks `language` from now on in this thread: the trainer's switch.
pub fn set_language(language: Language) {
    CURRENT.with(|current| current.set(Some(language)));
}

/// The language spoken now in this thread.
pub fn language() -> Language {
    CURRENT
        .with(Cell::get)
        .unwrap_or_else(|| Language::from_index(DEFAULT.load(Ordering::Relaxed)))
}

type Bundle = FluentBundle<FluentResource>;

/// Both catalogues, read once.
fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| Language::ALL.map(bundle))
}

fn bundle(language: Language) -> Bundle {
    let id: LanguageIdentifier = language
        .code()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // No bidi isolation marks around arguments: they would reach the
    // terminal and the files as invisible characters.
    bundle.set_use_isolating(false);
    for (_, text) in language.catalogue_files() {
        // A catalogue with a syntax error still gives every message it
        // could read, and a message twice keeps its first; tests/i18n.rs
        // makes sure there is neither.
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `id` in the language spoken now.
pub fn tr(id: &str) -> String {
    tr_args(id, &[])
}

/// The message `id` with its arguments, in the language spoken now.
pub fn tr_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in(language(), id, args)
}

/// The message `id` in `language`, falling back to English, then to the id.
pub fn tr_in(language: Language, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for bundle in [&bundles()[language.index()], &bundles()[0]] {
        if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// Every message id of `language`'s catalogue, for the tests that keep the
/// catalogues whole; and the catalogue's syntax errors, each with its file.
pub fn catalogue(language: Language) -> (Vec<String>, Vec<String>) {
    let mut ids = Vec::new();
    let mut problems = Vec::new();
    for (path, text) in language.catalogue_files() {
        let (resource, errors) = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        ids.extend(resource.entries().filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        }));
        problems.extend(errors.iter().map(|error| format!("{path}: {error:?}")));
    }
    (ids, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_decides_in_posix_order() {
        assert_eq!(Language::from_locale(None, None, None), Language::English);
        assert_eq!(
            Language::from_locale(None, None, Some("es_MX.UTF-8")),
            Language::Spanish
        );
        assert_eq!(
            Language::from_locale(Some("en_GB.UTF-8"), Some("es_ES"), Some("es")),
            Language::English,
            "LC_ALL first"
        );
        assert_eq!(
            Language::from_locale(Some(""), Some("es_ES@euro"), Some("en_US")),
            Language::Spanish,
            "an empty variable does not count"
        );
        assert_eq!(
            Language::from_locale(None, None, Some("C.UTF-8")),
            Language::English
        );
        assert_eq!(
            Language::from_locale(None, None, Some("de_DE")),
            Language::English
        );
        assert_eq!(Language::parse("ES-es"), Some(Language::Spanish));
        assert_eq!(Language::parse("fr"), None);
    }

    #[test]
    fn a_message_reads_in_each_language_with_its_arguments() {
        let argument = [("argument", FluentValue::from("\"--x\""))];
        assert_eq!(
            tr_in(Language::English, "unknown-argument", &argument),
            "unknown argument \"--x\"; try --help"
        );
        assert_eq!(
            tr_in(Language::Spanish, "unknown-argument", &argument),
            "argumento desconocido \"--x\"; prueba --help"
        );
        assert_eq!(
            tr_in(Language::Spanish, "no-such-message", &[]),
            "no-such-message"
        );
        let usage = tr_in(Language::English, "usage", &[]);
        assert!(usage.starts_with("one-on-one: a projected timer"));
        assert!(
            usage.contains("\n                      [--people N] [--length 40m] print"),
            "{usage}"
        );
        assert!(tr_in(Language::Spanish, "usage", &[]).contains("USO:"));
    }
}
