//! The phone page in Spanish, in a real browser against the room's server
//! in this process: a room that speaks Spanish is read in Spanish on the
//! page, whatever the phone's own language; the EN/ES toggle switches the
//! page's words in place and is remembered across a reload; and the words
//! come from GET /api/words, both languages with the same messages. Each
//! browser test skips (loudly) where Chromium is not installed, and fails
//! on CI.

mod browser;

use std::time::Duration;

use browser::Browser;
use browser::http;
use browser::room::LiveRoom;
use one_on_one::i18n::Language;
use one_on_one::session::Intent;
use serde_json::Value;

const SEC: Duration = Duration::from_secs(1);

/// What a person sees of the room, read in one call.
const SEEN: &str = "const text = (id) => document.getElementById(id).innerText.trim();
    return { step: text('step'), word: text('state-word'), hint: text('hint'),
             left: text('left'), next: text('next'), status: text('status'),
             worksheet: text('worksheet-open'), trainer: text('trainer-open'),
             theme: text('theme'), toggle: text('language'),
             toggleLabel: document.getElementById('language').getAttribute('aria-label'),
             clockLabel: document.getElementById('clock').getAttribute('aria-label'),
             lang: document.documentElement.lang, title: document.title };";

fn seen(browser: &Browser) -> Value {
    browser.run(SEEN)
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or_default()
}

/// The page open on `room`, once it hears the room and knows the time.
fn open(browser: &Browser, room: &LiveRoom) {
    browser.open(&room.url());
    until_following(browser);
}

fn until_following(browser: &Browser) {
    browser.wait_for("the page to follow the room", 5 * SEC, |browser| {
        let state = browser.run("return window.oneOnOne ? window.oneOnOne.state() : null");
        (state["connected"] == Value::Bool(true) && state["synced"] == Value::Bool(true))
            .then_some(())
    });
}

/// Waits until a hand-over's flash is down, as a person would before
/// tapping what it covers.
fn until_flash_is_down(browser: &Browser) {
    browser.wait_for("the flash to come down", 4 * SEC, |browser| {
        (!browser.is_shown("#flash")).then_some(())
    });
}

/// Waits until the page speaks `code`.
fn until_speaking(browser: &Browser, code: &str) {
    browser.wait_for("the page's language", 3 * SEC, |browser| {
        (text(&seen(browser)["lang"]) == code).then_some(())
    });
}

#[test]
fn a_spanish_room_reads_in_spanish_on_an_english_phone() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    // Chromium here runs in English: the room decides, not the phone.
    let room = LiveRoom::in_round_one_in(Language::Spanish);
    open(&browser, &room);
    until_speaking(&browser, "es");
    let feedback = room.with_session(|session, _| session.steps()[2].title.to_string());
    let page = seen(&browser);
    assert_eq!(text(&page["status"]), "En vivo", "{page}");
    assert_eq!(text(&page["step"]), "Paso 2 de 6", "{page}");
    assert!(
        text(&page["next"]).starts_with(&format!("Siguiente: {feedback} (")),
        "{page}"
    );
    assert!(text(&page["left"]).starts_with("quedan "), "{page}");
    assert_eq!(text(&page["worksheet"]), "Mi hoja de trabajo", "{page}");
    assert_eq!(text(&page["trainer"]), "Facilitación", "{page}");
    assert_eq!(text(&page["title"]), "Uno a uno · la sala", "{page}");
    assert_eq!(
        text(&page["clockLabel"]),
        "Tiempo que queda en este paso",
        "{page}"
    );
    assert_eq!(text(&page["toggle"]), "EN", "the toggle names English");
    assert_eq!(text(&page["toggleLabel"]), "Read in English");

    room.apply(Intent::StartOrPause);
    browser.wait_for_text("#state-word", "‖ En pausa", 2 * SEC);
    let paused = seen(&browser);
    assert_eq!(text(&paused["hint"]), "Esperando a quien facilita");
    let projector = room.view();
    assert_eq!(text(&paused["word"]), projector.clock.word);
    assert_eq!(
        text(&paused["left"]),
        projector.left_caption,
        "the page counts on as the projector words it"
    );

    until_flash_is_down(&browser);
    browser.click("#trainer-open");
    browser.type_into("#pin", "12");
    browser.click("#pin-submit");
    browser.wait_for_text(
        "#pin-error",
        "El PIN tiene 6 dígitos; está en la pantalla de quien facilita.",
        SEC,
    );
    assert_eq!(
        browser.text("label[for=pin]"),
        "El PIN de 6 dígitos que aparece en la pantalla de quien facilita"
    );
}

#[test]
fn the_toggle_switches_the_words_in_place_and_survives_a_reload() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    let room = LiveRoom::in_round_one_in(Language::Spanish);
    open(&browser, &room);
    until_speaking(&browser, "es");
    until_flash_is_down(&browser);
    browser.click("#worksheet-open");
    browser.wait_for("the worksheet", 3 * SEC, |browser| {
        browser.is_shown("#ws-download-ron").then_some(())
    });
    assert_eq!(browser.text("#worksheet-title"), "Mi hoja de trabajo");
    let name = "#worksheet input[type=text]";
    browser.type_into(name, "Lucía");
    assert_eq!(
        browser.run("return document.querySelector('#worksheet label').textContent"),
        "Tu nombre"
    );

    // On a phone the worksheet takes the screen; the toggle is under it.
    browser.click("#worksheet-close");
    browser.click("#language");
    until_speaking(&browser, "en");
    // The format's own words stay in the room's language.
    let feedback = room.with_session(|session, _| session.steps()[2].title.to_string());
    let page = seen(&browser);
    assert_eq!(text(&page["status"]), "Live", "{page}");
    assert_eq!(text(&page["step"]), "Step 2 of 6", "{page}");
    assert!(text(&page["left"]).contains(" left"), "{page}");
    assert!(
        text(&page["next"]).starts_with(&format!("Next: {feedback} (")),
        "{page}"
    );
    assert_eq!(text(&page["toggle"]), "ES");
    assert_eq!(text(&page["toggleLabel"]), "Leer en español");
    assert_eq!(
        browser.run("return document.querySelector('#worksheet label').textContent"),
        "Your name",
        "the worksheet is worded again in place"
    );
    assert_eq!(
        browser.run(&format!("return document.querySelector('{name}').value")),
        "Lucía",
        "what was typed stays"
    );
    // The room's own words, said in the reader's language.
    room.apply(Intent::Next);
    browser.wait_for_text("#flash-headline", &format!("Next: {feedback}"), 2 * SEC);

    browser.reload();
    until_following(&browser);
    until_speaking(&browser, "en");
    assert_eq!(
        text(&seen(&browser)["status"]),
        "Live",
        "kept across a reload"
    );
    room.apply(Intent::StartOrPause);
    browser.wait_for_text("#state-word", "‖ Paused", 2 * SEC);
    assert_eq!(text(&seen(&browser)["hint"]), "Waiting for the trainer");
    until_flash_is_down(&browser);

    // Back to the room's language: the page follows the room again, and
    // with it the trainer's switch to English and back.
    browser.click("#language");
    until_speaking(&browser, "es");
    assert_eq!(
        browser.run("return localStorage.getItem('oneOnOne.language')"),
        Value::Null
    );
    room.set_language(Language::English);
    until_speaking(&browser, "en");
    browser.wait_for_text("#state-word", "‖ Paused", 2 * SEC);
    room.set_language(Language::Spanish);
    until_speaking(&browser, "es");
    browser.wait_for_text("#state-word", "‖ En pausa", 2 * SEC);
}

#[test]
fn the_words_are_served_in_both_languages_with_the_same_messages() {
    let room = LiveRoom::start_in(one_on_one::scenario::built_in_breakout(), Language::Spanish);
    let response = http::request(room.address(), "GET", "/api/words", None, 5 * SEC)
        .expect("the room answers");
    assert_eq!(response.status, 200);
    assert!(
        response
            .header("content-type")
            .is_some_and(|kind| kind.starts_with("application/json")),
        "{:?}",
        response.headers
    );
    let words: Value = serde_json::from_slice(&response.body).expect("JSON");
    let keys = |code: &str| -> Vec<String> {
        words[code]
            .as_object()
            .unwrap_or_else(|| panic!("a table for {code}"))
            .keys()
            .cloned()
            .collect()
    };
    assert_eq!(keys("en"), keys("es"));
    assert_eq!(words["es"]["phone-page-reconnecting"], "Reconectando…");
    assert_eq!(words["en"]["phone-page-reconnecting"], "Reconnecting…");
    assert_eq!(words["es"]["room-paused"], "‖ En pausa");
    assert_eq!(words["es"]["phone-page-step"], "Paso {$number} de {$count}");

    let feed =
        http::request(room.address(), "GET", "/api/room", None, 5 * SEC).expect("the room answers");
    let feed: Value = serde_json::from_slice(&feed.body).expect("JSON");
    assert_eq!(
        feed["feed"]["language"], "es",
        "the feed names its language"
    );
    let page = http::request(room.address(), "GET", "/", None, 5 * SEC).expect("the page");
    assert!(
        page.header("content-security-policy")
            .is_some_and(|policy| policy.starts_with("default-src 'none'; script-src 'self';")),
        "the page's policy stays strict"
    );
}

/// What a narrow phone's style sheet writes before each do / don't line.
const MARKS: &str =
    "const mark = (css) => getComputedStyle(document.querySelector(css), '::before').content;
    return [mark('#do-dont-rows .do'), mark('#do-dont-rows .dont')];";

#[test]
fn a_narrow_phone_marks_the_do_dont_lines_in_the_readers_language() {
    let Some(browser) = Browser::launch() else {
        return;
    };
    browser.set_screen((390, 844), true);
    let room = LiveRoom::in_round_one_in(Language::Spanish);
    room.toggle_do_dont();
    open(&browser, &room);
    browser.wait_for("the do / don't table", 3 * SEC, |browser| {
        browser.is_shown("#do-dont").then_some(())
    });
    let marks = browser.run(MARKS);
    assert_eq!(marks, serde_json::json!(["\"✓ Haz: \"", "\"✗ Evita: \""]));

    until_flash_is_down(&browser);
    browser.click("#language");
    until_speaking(&browser, "en");
    let marks = browser.run(MARKS);
    assert_eq!(marks, serde_json::json!(["\"✓ Do: \"", "\"✗ Don't: \""]));
}
