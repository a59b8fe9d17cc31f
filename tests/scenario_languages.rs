//! A format in two languages: each text a table `(en: "…", es: "…")`, read
//! in the language spoken, and checked to give every text in every
//! language the file uses.

use one_on_one::i18n::{self, Language};
use one_on_one::scenario::{Problem, Text, languages::languages_of, parse};

/// A small bilingual format, with `name` and the second act's purpose
/// written as given.
fn format_with(name: &str, purpose: &str) -> String {
    format!(
        r#"Scenario(
    format: 1,
    name: {name},
    participants: [
        Participant(id: "A", name: (en: "Partner A", es: "Pareja A")),
        Participant(id: "B", name: (en: "Partner B", es: "Pareja B")),
    ],
    roles: [Role(id: "org", name: (en: "Organizer", es: "Organizador/a"))],
    acts: [
        Act(id: "attention", name: (en: "Attention", es: "Atención"), purpose: (en: "Be upfront.", es: "Sé claro.")),
        Act(id: "interest", name: (en: "Interest", es: "Interés"), purpose: {purpose}),
    ],
    reflection: [(en: "What was hardest?", es: "¿Qué fue lo más difícil?")],
    steps: [
        Step(
            title: (en: "Conversation", es: "Conversación"),
            duration: "8m",
            cast: {{"org": "A"}},
            panel: Questions(heading: (en: "Ask", es: "Pregunta"), questions: [(en: "Why?", es: "¿Por qué?")]),
        ),
    ],
)"#
    )
}

const NAME: &str = r#"(en: "Practice", es: "Práctica")"#;
const PURPOSE: &str = r#"(en: "Name the purpose.", es: "Nombra el propósito.")"#;

fn problems(text: &str) -> Vec<Problem> {
    parse(text, "mine.ron")
        .expect_err("the file has a problem")
        .problems
}

#[test]
fn a_bilingual_format_reads_in_the_language_spoken() {
    let scenario = parse(&format_with(NAME, PURPOSE), "mine.ron").expect("it reads");
    assert_eq!(
        languages_of(&scenario),
        [Language::English, Language::Spanish]
    );
    i18n::set_language(Language::Spanish);
    assert_eq!(scenario.name.as_str(), "Práctica");
    assert_eq!(scenario.acts[1].name.as_str(), "Interés");
    assert_eq!(scenario.reflection[0].as_str(), "¿Qué fue lo más difícil?");
    i18n::set_language(Language::English);
    assert_eq!(scenario.acts[0].purpose.as_str(), "Be upfront.");
    assert_eq!(
        scenario.acts[1].purpose.get(Language::Spanish),
        "Nombra el propósito."
    );
}

#[test]
fn a_text_left_in_one_language_is_named_with_its_place() {
    let text = format_with(NAME, r#""Name the purpose.""#);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    let line = text
        .lines()
        .position(|l| l.contains("\"Name the purpose.\""))
        .unwrap()
        + 1;
    assert_eq!(found[0].line, Some(line), "{found:?}");
    assert!(found[0].column.is_some_and(|c| c > 40), "{found:?}");
    assert!(
        found[0].message.contains("en, es") && found[0].message.contains("(en: \"…\", es: \"…\")"),
        "{}",
        found[0].message
    );

    let found = problems(&format_with(NAME, r#"(en: "Name the purpose.")"#));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.ends_with("it lacks es"),
        "{}",
        found[0].message
    );

    i18n::set_language(Language::Spanish);
    let found = problems(&format_with(r#"(es: "Práctica")"#, PURPOSE));
    assert_eq!(found[0].line, Some(3), "{found:?}");
    assert!(
        found[0].message.ends_with("le falta en"),
        "{}",
        found[0].message
    );
}

#[test]
fn an_unknown_language_is_an_error_at_its_place() {
    let found = problems(&format_with(r#"(en: "Practice", fr: "Pratique")"#, PURPOSE));
    assert_eq!(found[0].line, Some(3), "{found:?}");
    assert!(found[0].message.contains("fr"), "{}", found[0].message);
}

#[test]
fn a_format_in_one_language_needs_no_tables() {
    let plain =
        format_with(NAME, PURPOSE).replace(r#"(en: "Practice", es: "Práctica")"#, "\"Practice\"");
    assert!(problems(&plain).len() == 1, "the name alone is plain");
    let one_language = parse(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/saved-before-notes.ron"
        ))
        .unwrap(),
        "old.ron",
    )
    .expect("a file written before tables reads as it did");
    assert!(languages_of(&one_language).is_empty());
    assert_eq!(Text::from("x").languages(), []);
}

/// The room of a bilingual format at its one step, with both languages
/// shown or not.
fn room_of(both: bool) -> one_on_one::room::RoomView {
    use one_on_one::room::{RoomView, Stage};
    use one_on_one::session::Session;
    let scenario = parse(&format_with(NAME, PURPOSE), "mine.ron").expect("it reads");
    let session = Session::new(scenario);
    let mut stage = Stage::default();
    if both {
        stage.toggle_both_languages();
    }
    RoomView::of(&session, &stage, std::time::Instant::now())
}

#[test]
fn a_bilingual_room_shows_the_prompts_in_the_other_language_too() {
    assert_eq!(room_of(false).second, None, "one language until asked");
    let room = room_of(true);
    let second = room.second.expect("both languages asked for");
    assert_eq!(room.title, "Conversation");
    assert_eq!(second.language, "es");
    assert_eq!(second.title, "Conversación");
    assert_eq!(second.heading, "Pregunta");
    assert_eq!(second.questions, ["¿Por qué?"]);

    i18n::set_language(Language::Spanish);
    let room = room_of(true);
    let second = room.second.expect("both languages asked for");
    assert_eq!(
        (room.title.as_str(), second.language.as_str()),
        ("Conversación", "en")
    );
    assert_eq!(second.title, "Conversation");
}

#[test]
fn the_built_in_breakout_shows_both_languages_when_asked() {
    use one_on_one::room::{RoomView, Stage};
    use one_on_one::session::Session;
    let session = Session::new(one_on_one::scenario::built_in_breakout());
    assert_eq!(
        languages_of(session.scenario()),
        [Language::English, Language::Spanish]
    );
    let mut stage = Stage::default();
    let now = std::time::Instant::now();
    assert_eq!(RoomView::of(&session, &stage, now).second, None);
    stage.toggle_both_languages();
    let room = RoomView::of(&session, &stage, now);
    assert_eq!(room.title, "Gather your team");
    assert_eq!(
        room.second.expect("asked for").title,
        "Reúnete con tu equipo"
    );

    let plain = parse(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/saved-before-notes.ron"
        ))
        .unwrap(),
        "old.ron",
    )
    .unwrap();
    let room = RoomView::of(&Session::new(plain), &stage, now);
    assert_eq!(room.second, None, "a format in one language has no second");
}
