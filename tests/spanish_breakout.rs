//! The whole 25-minute breakout run in Spanish, as a Spanish-speaking
//! trainer would: every step read back from the room and the console by
//! its Spanish words, names typed, a worksheet filled in and saved by its
//! Spanish labels; then the room asked for both languages at once.

mod common;

use common::{MIN, SEC, Trainer};
use eframe::egui::Key;
use one_on_one::i18n::{self, Language};
use one_on_one::session::Phase;
use one_on_one::worksheet;

fn spanish_trainer() -> Trainer {
    i18n::set_language(Language::Spanish);
    let trainer = Trainer::new();
    assert_eq!(trainer.harness.state().language(), Language::Spanish);
    trainer
}

#[test]
fn the_whole_breakout_runs_in_spanish() {
    let mut trainer = spanish_trainer();
    assert!(trainer.sees("Reúnete con tu equipo"));
    assert!(trainer.sees("3:00"));
    assert!(trainer.sees("Todo listo\nEspacio para empezar"));
    assert!(
        trainer
            .sees("Cronometrista: controla el tiempo de las parejas y avisa del cambio de roles")
    );
    assert!(trainer.sees("Empezar"), "the console's start button");

    trainer.type_name("Nombre de Persona A", "María");
    trainer.type_name("Nombre de Persona B", "Sam");
    trainer.press(Key::Escape);
    trainer.press(Key::Space);
    assert_eq!(trainer.phase(), Phase::Running);
    trainer.wait(62 * SEC);
    assert!(trainer.sees("1:58"));
    assert!(trainer.sees("Pausar"));

    trainer.wait(MIN);
    assert!(trainer.sees("▲ Último minuto"));

    trainer.wait(MIN);
    assert!(trainer.sees("Ronda 1 · conversación"));
    assert!(trainer.sees("Quien organiza: María"));
    assert!(trainer.sees("Persona contactada: Sam"));
    assert!(trainer.sees("Atención"));
    assert!(
        trainer.sees("Antes de entrar en materia, ¿cómo llegaste a formar parte de este equipo?")
    );
    trainer.wait(2 * MIN);
    assert!(trainer.sees("¿Por qué te importa esto? ¿Cuándo lo sentiste por primera vez?"));

    trainer.press(Key::Space);
    assert!(trainer.sees("‖ En pausa\nEspacio para reanudar"));
    assert!(trainer.sees("Reanudar"));
    trainer.press(Key::Space);

    trainer.wait(6 * MIN);
    assert!(trainer.sees("Ronda 1 · retroalimentación"));
    assert!(trainer.sees("Retroalimentación de la persona contactada"));
    assert!(trainer.sees("¿Qué hizo bien quien organiza?"));

    trainer.wait(2 * MIN);
    assert!(trainer.sees("Ronda 2 · conversación"));
    assert!(trainer.sees("Quien organiza: Sam"), "the roles swapped");
    assert!(trainer.sees("Persona contactada: María"));

    trainer.wait(10 * MIN);
    assert!(trainer.sees("Vuelve al grupo grande"));
    assert!(trainer.sees("Reflexión en grupo, luego en tu hoja de trabajo"));
    assert!(trainer.sees("¿Qué fue lo más difícil del ejercicio?"));

    trainer.wait(2 * MIN);
    assert_eq!(trainer.phase(), Phase::Finished);
    assert!(trainer.sees("■ Fin\n25:00 en total"));
    assert!(trainer.sees("la agenda ha terminado"));
    assert!(!trainer.sees("Finished"), "no English left in the room");
}

#[test]
fn a_worksheet_filled_in_spanish_is_saved_and_reads_in_english() {
    let mut trainer = spanish_trainer();
    trainer.type_name("Nombre de Persona A", "María");
    trainer.press(Key::Escape);
    if !trainer.sees("Valores que compartimos") {
        trainer.click("Hoja de trabajo");
    }
    assert!(
        trainer.sees("Valores que compartimos"),
        "the panel in Spanish"
    );
    assert_eq!(trainer.value_of("Tu nombre"), "María");
    trainer.write("Nombre de tu pareja", "Sam");
    trainer.write("Valores que compartimos", "Que nadie se quede atrás.");
    trainer.ctrl(Key::S);
    assert!(
        trainer.sees("Guardar la hoja de trabajo"),
        "the app's chooser"
    );
    let proposed = trainer.value_of("Nombre del archivo");
    assert!(
        proposed.starts_with("maría-con-sam-") && proposed.ends_with(".ron"),
        "{proposed}"
    );
    trainer.press(Key::Enter);
    trainer.wait(SEC);
    let saved = common::files_in(&trainer.worksheets());
    assert_eq!(saved.len(), 1, "{saved:?}");
    let sheet = worksheet::load(&saved[0]).expect("the sheet reads back");
    assert_eq!(sheet.shared_values, "Que nadie se quede atrás.");
    assert_eq!(sheet.name, "María");
    assert_eq!(sheet.acts_reached[0].act, "Atención", "written as shown");
    assert!(
        sheet
            .reflection
            .iter()
            .any(|answer| answer.question == "¿Qué fue lo más difícil del ejercicio?")
    );

    // The same sheet opened in English keeps its words and gains no twins.
    i18n::set_language(Language::English);
    let mut english = sheet.clone();
    let scenario = one_on_one::scenario::built_in_breakout();
    english.add_missing_questions(&scenario.reflection);
    assert_eq!(english.reflection.len(), sheet.reflection.len());
}

#[test]
fn the_room_shows_both_languages_when_asked_with_b() {
    let mut trainer = spanish_trainer();
    assert!(!trainer.sees_text("Gather your team"));
    trainer.press(Key::B);
    assert!(trainer.sees("Reúnete con tu equipo"));
    assert!(
        trainer.sees("Gather your team"),
        "English under the Spanish"
    );
    assert!(trainer.sees(
        "Gather in your team, choose a timekeeper and a note-taker, and look over the agenda together."
    ));
    trainer.press(Key::ArrowRight);
    assert!(trainer.sees("Ronda 1 · conversación"));
    assert!(trainer.sees("Round 1 · conversation"));
    assert!(trainer.sees("Before we get into it, how did you come to be part of this team?"));
    assert!(
        trainer.sees("Antes de entrar en materia, ¿cómo llegaste a formar parte de este equipo?")
    );
    trainer.press(Key::B);
    assert!(
        !trainer.sees("Round 1 · conversation"),
        "one language again"
    );
    assert!(trainer.sees("Ambos idiomas"), "the console's button");
}
