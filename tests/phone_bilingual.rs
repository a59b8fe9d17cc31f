//! The phone page in a bilingual room, in a real browser against the
//! room's server in this process: when the trainer shows both languages
//! (the B key), the page shows each prompt's twin in the format's other
//! language under it, as the projector does, marked with its language for
//! screen readers; when the trainer goes back to one, nothing of the other
//! is left. The test skips (loudly) where Chromium is not installed, and
//! fails on CI.

mod browser;

use std::time::Duration;

use browser::Browser;
use browser::room::LiveRoom;
use one_on_one::room::{PanelView, RoomView};
use one_on_one::scenario::built_in_breakout;
use one_on_one::session::Intent;
use serde_json::{Value, json};

const SEC: Duration = Duration::from_secs(1);

/// Every second-language element on the page, with its language and text,
/// and the element it is the twin of, with that one's language and text.
const TWINS: &str = "return [...document.querySelectorAll('.second')]
    .filter((element) => !element.hidden)
    .map((element) => {
      const first = element.tagName === 'SPAN' ? element.parentElement : element.previousElementSibling;
      const firstText = element.tagName === 'SPAN' ? first.firstChild.textContent : first.textContent;
      return { text: element.textContent, lang: element.lang, first: firstText, firstLang: first.lang };
    });";

/// The page open on `room`, once it hears the room and knows the time.
fn open(browser: &Browser, room: &LiveRoom) {
    browser.open(&room.url());
    browser.wait_for("the page to follow the room", 5 * SEC, |browser| {
        let state = browser.run("return window.oneOnOne ? window.oneOnOne.state() : null");
        (state["connected"] == Value::Bool(true) && state["synced"] == Value::Bool(true))
            .then_some(())
    });
}

fn twins(browser: &Browser) -> Vec<Value> {
    browser.run(TWINS).as_array().cloned().unwrap_or_default()
}

/// What the page shows in the second language, as (text, language) pairs.
fn second_texts(browser: &Browser) -> Vec<(String, String)> {
    twins(browser)
        .iter()
        .map(|twin| {
            (
                twin["text"].as_str().unwrap_or_default().to_string(),
                twin["lang"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Waits until the page's second title reads `text`, in the page's DOM
/// (the worksheet may be over it).
fn until_second_title(browser: &Browser, text: &str) {
    browser.wait_for(&format!("the second title {text:?}"), 3 * SEC, |browser| {
        let shown = browser.run(
            "const title = document.getElementById('title-second');
             return title.hidden ? '' : title.textContent;",
        );
        (shown == json!(text)).then_some(())
    });
}

/// Elements with a language of their own in the room's part of the page.
fn marked(browser: &Browser) -> Value {
    browser.run(
        "return [...document.querySelectorAll('#now [lang], #panel [lang]')]
           .filter((element) => element.id !== 'language')
           .map((element) => element.outerHTML);",
    )
}

/// Asserts the page is no wider than the phone's screen.
fn assert_fits(browser: &Browser) {
    let widths = browser.run(
        "return [document.documentElement.scrollWidth, window.innerWidth,
                 document.body.scrollWidth];",
    );
    let width = |i: usize| widths[i].as_u64().unwrap_or(u64::MAX);
    assert_eq!(width(1), 390, "a phone's width: {widths}");
    assert!(
        width(0) <= width(1) && width(2) <= width(1),
        "nothing overflows sideways: {widths}"
    );
}

/// The first language's questions on screen, as the projector shows them.
fn questions(view: &RoomView) -> Vec<String> {
    match &view.panel {
        PanelView::Acts { questions, .. }
        | PanelView::Questions { questions, .. }
        | PanelView::Reflection { questions, .. } => questions.clone(),
        _ => Vec::new(),
    }
}

#[test]
fn both_languages_show_on_the_phone_under_each_other_and_go_away_again() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::start(built_in_breakout());
    open(&browser, &room);
    browser.wait_for_text("#title", "Gather your team", 3 * SEC);
    assert!(twins(&browser).is_empty(), "one language until asked");
    assert!(!browser.is_shown("#title-second"));
    assert!(!browser.text("body").contains("Reúnete"));

    // Someone is typing into the worksheet when the trainer presses B.
    browser.click("#worksheet-open");
    browser.wait_for("the worksheet", 3 * SEC, |browser| {
        browser
            .is_shown("#worksheet input[type=text]")
            .then_some(())
    });
    browser.type_into("#worksheet input[type=text]", "Lupe");
    room.toggle_both_languages();
    until_second_title(&browser, "Reúnete con tu equipo");
    assert_eq!(
        browser.run(
            "const field = document.querySelector('#worksheet input[type=text]');
             return [field.value, document.activeElement === field];"
        ),
        json!(["Lupe", true]),
        "the worksheet is left alone under someone typing"
    );
    browser.click("#worksheet-close");

    browser.wait_for_text("#title-second", "Reúnete con tu equipo", 2 * SEC);
    assert_eq!(browser.text("#title"), "Gather your team");
    assert_eq!(
        browser
            .run("return ['title', 'title-second'].map((id) => document.getElementById(id).lang)"),
        json!(["en", "es"])
    );
    let view = room.view();
    let second = view.second.clone().expect("the trainer asked for both");
    let instructions = twins(&browser)
        .into_iter()
        .find(|twin| twin["text"] == json!(second.instructions))
        .unwrap_or_else(|| panic!("the instructions in Spanish: {:?}", twins(&browser)));
    assert_eq!(instructions["lang"], "es");
    assert_eq!(instructions["firstLang"], "en");
    assert!(
        instructions["first"]
            .as_str()
            .is_some_and(|first| first.starts_with("Gather in your team")),
        "under the English instructions: {instructions}"
    );
    let style = browser.run(
        "const style = getComputedStyle(document.getElementById('title-second'));
         const title = getComputedStyle(document.getElementById('title'));
         return [style.fontStyle, parseFloat(style.fontSize) < parseFloat(title.fontSize)];",
    );
    assert_eq!(
        style,
        json!(["italic", true]),
        "quieter, as on the projector"
    );
    assert_fits(&browser);

    // The reader chose the other language for the page: the room's words
    // keep their own language.
    browser.click("#language");
    browser.wait_for("the page in Spanish", 3 * SEC, |browser| {
        (browser.run("return document.documentElement.lang") == json!("es")).then_some(())
    });
    assert_eq!(
        browser.run("return document.getElementById('title').lang"),
        "en"
    );
    browser.click("#language");

    // Round 1: the act's purpose and each of its questions, paired.
    room.apply(Intent::Next);
    browser.wait_for_text("#title", "Round 1 · conversation", 3 * SEC);
    browser.wait_for_text("#title-second", "Ronda 1 · conversación", 3 * SEC);
    let view = room.view();
    let second = view.second.clone().expect("still both");
    let english = questions(&view);
    assert!(!english.is_empty(), "the act's questions: {:?}", view.panel);
    assert_eq!(second.questions.len(), english.len());
    assert!(
        second
            .questions
            .iter()
            .any(|question| question.starts_with("Antes de entrar en materia")),
        "{:?}",
        second.questions
    );
    browser.wait_for("the questions in both", 3 * SEC, |browser| {
        let pairs: Vec<(String, String, String, String)> = twins(browser)
            .iter()
            .map(|twin| {
                let text = |key: &str| twin[key].as_str().unwrap_or_default().to_string();
                (text("first"), text("text"), text("firstLang"), text("lang"))
            })
            .filter(|(_, text, _, _)| second.questions.contains(text))
            .collect();
        let expected: Vec<(String, String, String, String)> = english
            .iter()
            .zip(&second.questions)
            .map(|(first, second)| (first.clone(), second.clone(), "en".into(), "es".into()))
            .collect();
        (pairs == expected).then_some(())
    });
    let purpose = browser.run(
        "const purpose = document.querySelector('#panel .purpose');
         const next = purpose.nextElementSibling;
         return [purpose.lang, next.className, next.lang, next.textContent];",
    );
    assert_eq!(
        purpose,
        json!(["en", "second", "es", second.purpose]),
        "the act's purpose under the English"
    );
    assert_fits(&browser);

    // Back to one language: nothing of the other is left.
    room.toggle_both_languages();
    browser.wait_for("one language again", 3 * SEC, |browser| {
        second_texts(browser).is_empty().then_some(())
    });
    assert!(!browser.is_shown("#title-second"));
    assert_eq!(
        browser.run("return document.querySelectorAll('.second:not(#title-second)').length"),
        0
    );
    assert_eq!(marked(&browser), json!([]), "no language marks left");
    assert!(!browser.text("body").contains("Ronda 1"));
    assert_eq!(browser.text("#title"), "Round 1 · conversation");
    assert_fits(&browser);
}
