//! A trainer switching the app's language in the middle of a session: L
//! or the console's "English / Español" choice turns every label at the
//! next frame, and nothing the trainer had going changes with it: the
//! clock, the names, the text on the worksheets. Phones hear the room
//! again in the new words; the choice is kept for the next start, and
//! `--lang` (what `with_language` stands for) wins over it for one run.
//!
//! The room's own words (the paused state word…) turn with the console's,
//! on the projector and in the console's miniature alike.

mod common;
#[path = "common/http.rs"]
mod http;

use std::time::Duration;

use common::{SEC, Trainer};
use eframe::egui::Key;
use egui_kittest::kittest::Queryable as _;
use http::EventStream;
use one_on_one::i18n::Language;
use one_on_one::scenario::built_in_breakout;
use one_on_one::session::Phase;
use one_on_one::share::Listen;
use one_on_one::ui::Prefs;

/// How much of the step is left at the test clock's now.
fn left(trainer: &Trainer) -> one_on_one::session::Remaining {
    use one_on_one::session::clock::Clock as _;
    trainer
        .harness
        .state()
        .session()
        .remaining(trainer.clock.now())
}

#[test]
fn mid_session_the_labels_switch_and_the_clock_names_and_text_stay() {
    let mut trainer = Trainer::with(built_in_breakout());
    trainer.type_name("Name for Partner A", "Maria");
    trainer.press(Key::Escape);
    trainer.press(Key::Space);
    trainer.wait(30 * SEC);
    trainer.open_worksheet();
    assert_eq!(
        trainer.value_of("Your name"),
        "Maria",
        "the name typed at the start"
    );
    trainer.write("Partner's name", "Sam");
    trainer.write("Values we share", "Nobody is left behind.");
    trainer.press(Key::Escape);
    assert_eq!(trainer.phase(), Phase::Running);
    let before = left(&trainer);
    assert!(trainer.sees("Pause"));

    trainer.press(Key::L);
    assert_eq!(trainer.harness.state().language(), Language::Spanish);
    for label in [
        "Pausar",
        "Siguiente",
        "Reiniciar paso",
        "Tu nombre",
        "Fecha",
    ] {
        assert!(trainer.sees(label), "«{label}» on the console");
    }
    assert!(
        trainer.sees("Hoja de Maria ●"),
        "the tab, still marked unsaved"
    );
    assert!(!trainer.sees("Pause"), "no English left on the buttons");
    assert_eq!(left(&trainer), before, "the clock did not move");
    assert_eq!(trainer.phase(), Phase::Running, "nor stop");
    assert_eq!(trainer.value_of("Tu nombre"), "Maria");
    assert_eq!(trainer.value_of("Nombre de tu pareja"), "Sam");
    assert_eq!(trainer.harness.state().session().names()[0], "Maria");

    // Time runs on in Spanish as in English.
    trainer.wait(5 * SEC);
    let running = left(&trainer);
    assert_ne!(running, before);

    trainer.press(Key::L);
    assert_eq!(trainer.harness.state().language(), Language::English);
    assert!(trainer.sees("Pause") && trainer.sees("Your name"));
    assert!(!trainer.sees("Pausar"));
    assert_eq!(left(&trainer), running);
    assert_eq!(trainer.value_of("Partner's name"), "Sam");
    assert_eq!(
        trainer.value_of("Values we share"),
        "Nobody is left behind."
    );
    assert!(trainer.sees("Maria's worksheet ●"));
    assert_eq!(trainer.harness.state().session().names()[0], "Maria");
}

#[test]
fn the_rooms_words_switch_with_the_consoles() {
    let mut trainer = Trainer::new();
    trainer.press(Key::Space);
    trainer.wait(10 * SEC);
    trainer.press(Key::Space);
    assert_eq!(trainer.phase(), Phase::Paused);
    let paused = "‖ Paused\nSpace resumes";
    let en_pausa = "‖ En pausa\nEspacio para reanudar";
    assert!(trainer.sees(paused), "the miniature");
    let projector = trainer.room_window([1920.0, 1080.0]);
    assert!(projector.query_by_label(paused).is_some());

    trainer.press(Key::L);
    assert!(trainer.sees(en_pausa), "the miniature, in Spanish");
    let projector = trainer.room_window([1920.0, 1080.0]);
    assert!(
        projector.query_by_label(en_pausa).is_some(),
        "the projector"
    );
    assert!(projector.query_by_label(paused).is_none());
    assert_eq!(trainer.phase(), Phase::Paused);

    trainer.press(Key::L);
    assert!(trainer.sees(paused));
}

#[test]
fn the_console_names_each_language_in_its_own_words() {
    let mut trainer = Trainer::new();
    assert!(trainer.sees("English") && trainer.sees("Español"));
    trainer.click("Español");
    assert_eq!(trainer.harness.state().language(), Language::Spanish);
    assert!(trainer.sees("Empezar") && trainer.sees("¿Quién practica?"));
    assert!(
        trainer.sees("English") && trainer.sees("Español"),
        "each still under its own name"
    );
    trainer.click("English");
    assert!(trainer.sees("Start") && trainer.sees("Who is practising?"));
}

#[test]
fn the_choice_fits_beside_the_tabs_on_a_laptop() {
    let mut trainer = Trainer::sized(built_in_breakout(), [1366.0, 768.0]);
    trainer.press(Key::L);
    let window = eframe::egui::Rect::from_min_size(
        eframe::egui::Pos2::ZERO,
        eframe::egui::vec2(1366.0, 768.0),
    );
    for label in [
        "English",
        "Español",
        "Informe",
        "Hojas de trabajo",
        "Atajos",
    ] {
        let rect = trainer.harness.get_by_label(label).rect();
        assert!(window.contains_rect(rect), "«{label}» at {rect:?}");
    }
    let first = trainer.harness.get_by_label("Anterior").rect();
    let last = trainer.harness.get_by_label("Atajos").rect();
    assert!(
        (first.center().y - last.center().y).abs() < 1.0,
        "the session's buttons keep to one row: {first:?} … {last:?}"
    );
    let tab = trainer.harness.get_by_label("Informe").rect();
    let english = trainer.harness.get_by_label("English").rect();
    assert!(
        (english.center().y - tab.center().y).abs() < tab.height(),
        "on the tabs' row: {english:?} beside {tab:?}"
    );
}

#[test]
fn l_works_on_the_formats_page_too() {
    let mut trainer = Trainer::new();
    trainer.press(Key::F);
    assert!(trainer.sees("Workshop formats"));
    trainer.press(Key::L);
    assert!(trainer.sees("Formatos de taller") && trainer.sees("Volver al temporizador"));
}

#[test]
fn the_keyboard_help_lists_the_switch() {
    let mut trainer = Trainer::new();
    trainer.press(Key::L);
    trainer.click("Atajos");
    assert!(trainer.sees("Atajos de teclado"));
    assert!(trainer.sees("Cambiar de idioma (English / Español)"));
    assert!(trainer.sees("Espacio"));
    trainer.press(Key::L);
    assert!(trainer.sees("Keyboard shortcuts"));
    assert!(trainer.sees("Switch language (English / Español)"));
}

#[test]
fn phones_hear_the_room_again_when_the_language_changes() {
    let mut trainer = Trainer::made(built_in_breakout(), [1366.0, 768.0], |app| {
        app.with_share_address(Listen::At("127.0.0.1:0".parse().unwrap()))
    });
    trainer.press(Key::S);
    let (address, _) = trainer.harness.state().sharing().expect("shared");
    let mut phone = EventStream::open(address).unwrap();
    let first = phone.next_named("room").unwrap().data;
    assert!(first.contains("\"language\":\"en\""), "{first}");
    // Before the start nothing changes by itself: any news now is the switch's.
    phone.set_timeout(Duration::from_secs(5));
    trainer.press(Key::L);
    let again = phone.next_named("room");
    assert!(again.is_ok(), "no new feed after the switch: {again:?}");
    let feed = again.unwrap().data;
    assert!(feed.contains("\"language\":\"es\""), "{feed}");
}

/// A start in the system's language: English, as a test thread speaks it.
fn in_english() {
    one_on_one::i18n::set_language(Language::English);
}

#[test]
fn the_choice_is_kept_for_the_next_start_and_lang_wins_for_one_run() {
    let mut trainer = Trainer::new();
    assert_eq!(trainer.harness.state().prefs().language, None);
    trainer.press(Key::L);
    let kept = trainer.harness.state().prefs();
    assert_eq!(kept.language, Some(Language::Spanish));

    in_english();
    let next_start = Trainer::made(built_in_breakout(), [1280.0, 720.0], |app| {
        app.with_prefs(kept)
    });
    assert!(next_start.sees("Empezar"), "the next start speaks Spanish");

    in_english();
    let with_lang = Trainer::made(built_in_breakout(), [1280.0, 720.0], |app| {
        app.with_prefs(kept).with_language(Language::English)
    });
    assert!(with_lang.sees("Start"), "--lang en for this run");
    assert_eq!(
        with_lang.harness.state().prefs().language,
        Some(Language::Spanish),
        "the choice stays for the start after"
    );

    in_english();
    let never_chose = Trainer::made(built_in_breakout(), [1280.0, 720.0], |app| {
        app.with_prefs(Prefs::default())
    });
    assert!(never_chose.sees("Start"));
}

#[test]
fn the_window_title_follows_the_language() {
    use eframe::egui::{ViewportCommand, ViewportId};
    let mut trainer = Trainer::new();
    let titles = |trainer: &Trainer| -> Vec<ViewportCommand> {
        trainer.harness.output().viewport_output[&ViewportId::ROOT]
            .commands
            .iter()
            .filter(|command| matches!(command, ViewportCommand::Title(_)))
            .cloned()
            .collect()
    };
    trainer.harness.run();
    assert!(titles(&trainer).is_empty(), "given once, at the start");
    // The key is read in one frame; the next ones draw in Spanish.
    trainer.harness.key_press(Key::L);
    let mut given = Vec::new();
    for _ in 0..4 {
        trainer.harness.step();
        given.extend(titles(&trainer));
    }
    assert_eq!(
        given,
        [ViewportCommand::Title("one-on-one · consola".to_string())],
        "given once in the new language"
    );
}
