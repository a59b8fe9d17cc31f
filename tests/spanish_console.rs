//! A trainer whose app speaks Spanish (as `--lang es` or a Spanish locale
//! starts it), finding everything on the console by its Spanish words: the
//! session's buttons, the panes, the keyboard help, the worksheet and its
//! dialogs, the formats page and the agenda editor, sharing, and a
//! participant's joined window. Scenario content (step titles, prompts) is
//! shown as the format gives it, so only the app's own words are read here.

mod common;

use common::{Trainer, scratch_folder};
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use one_on_one::i18n::{self, Language};
use one_on_one::scenario::built_in_breakout;
use one_on_one::session::Phase;
use one_on_one::share::Listen;

const LAPTOP: [f32; 2] = [1366.0, 768.0];

/// The app as it opens for a Spanish-speaking trainer.
fn en_espanol() -> Trainer {
    i18n::set_language(Language::Spanish);
    Trainer::sized(built_in_breakout(), LAPTOP)
}

impl Trainer {
    /// Whether every one of `labels` is on the window.
    fn sees_all(&self, labels: &[&str]) {
        for label in labels {
            assert!(self.sees(label), "«{label}» is not on the window");
        }
    }

    /// Replaces what is in the field labelled `label` with `text`.
    fn retype(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_label(label).focus();
        self.harness.run();
        self.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        self.harness.event(egui::Event::Text(text.to_string()));
        self.harness.run();
        self.harness.run();
    }
}

#[test]
fn a_session_is_run_by_its_spanish_buttons() {
    let mut trainer = en_espanol();
    trainer.sees_all(&[
        "¿Quién practica?",
        "Formatos…",
        "Unirse a una sala…",
        "Anterior",
        "Empezar",
        "Siguiente",
        "Reiniciar paso",
        "Silenciar",
        "Haz / Evita",
        "Hoja de trabajo",
        "Claro",
        "Atajos",
        "Abrir la ventana de la sala",
        "Sala a otra pantalla",
        "Compartir en teléfonos",
        "Agenda",
        "Informe",
        "Hojas de trabajo",
        "Inicio previsto",
        "Desfase",
    ]);
    assert!(trainer.sees_text("Empieza con: paso 1 de 6 · "));
    assert!(trainer.sees_text("Tus notas para este paso — la sala no las ve"));

    // A name typed into the field named in Spanish reaches the session.
    let first = trainer.harness.state().session().names()[0].clone();
    trainer.type_name(&format!("Nombre de {first}"), "Lucía");
    assert_eq!(trainer.harness.state().session().names()[0], "Lucía");
    trainer.press(Key::Escape);

    trainer.click("Empezar");
    assert_eq!(trainer.phase(), Phase::Running);
    assert!(trainer.sees("Pausar"));
    assert!(trainer.sees_text("Ahora: paso 1 de 6 · "));
    trainer.click("Pausar");
    assert_eq!(trainer.phase(), Phase::Paused);
    assert!(trainer.sees("Reanudar"));

    trainer.click("Informe");
    trainer.sees_all(&[
        "Informe hasta ahora",
        "Paso",
        "Previsto",
        "Real",
        "En pausa",
        "Tiempo extra",
    ]);
    assert!(trainer.sees_text("Empezó a las"));
    assert!(trainer.sees_text("Archivo del informe:"));

    trainer.click("Atajos");
    trainer.sees_all(&[
        "Atajos de teclado",
        "Espacio",
        "Empezar, pausar o reanudar",
        "Ctrl Mayús S",
        "Guardar la hoja de trabajo como…",
        "Cambiar de idioma (English / Español)",
    ]);
    trainer.click("Cerrar");
    assert!(!trainer.sees("Atajos de teclado"));
}

#[test]
fn the_worksheet_is_filled_saved_and_asked_about_in_spanish() {
    let mut trainer = en_espanol();
    trainer.click("Hoja de trabajo");
    trainer.sees_all(&[
        "Tu nombre",
        "Nombre de tu pareja",
        "Fecha",
        "lun 23 nov 2026",
        "¿A qué actos llegó la conversación?",
        "Cuándo nos volvemos a ver",
        "Elegir fecha y hora",
        "Dónde",
        "Qué haremos",
        "Nueva",
        "Abrir…",
        "Guardar como…",
        "Exportar Markdown…",
    ]);
    trainer.write("Tu nombre", "María");
    assert!(trainer.sees("Hoja de María ●"), "the tab, marked unsaved");
    assert!(trainer.sees_text("Aún sin guardar en un archivo"));

    // No file dialog here: the app's own chooser, in Spanish.
    trainer.ctrl(Key::S);
    assert!(trainer.sees("Guardar la hoja de trabajo"));
    assert!(trainer.sees("Cancelar"));
    let name = trainer.value_of("Nombre del archivo");
    assert!(name.ends_with(".ron"), "{name}");
    trainer.click("Guardar aquí");
    assert!(trainer.worksheets().join(&name).is_file());
    assert!(trainer.sees_text("Guardada a las"));
    assert!(trainer.sees("Hoja de María"), "no longer marked unsaved");

    trainer.click("Elegir fecha y hora");
    trainer.sees_all(&["a las", "durante", "Sin fecha", "lun 30 nov 2026"]);

    // Unsaved again, the window asks before closing.
    trainer.write("Tu nombre", " López");
    trainer.press(Key::Escape);
    let commands = trainer.close_window();
    assert!(commands.contains(&egui::ViewportCommand::CancelClose));
    trainer.sees_all(&[
        "Algunas hojas de trabajo tienen cambios sin guardar.",
        "Salir y conservarlos",
        "Salir y descartarlos",
        "Volver",
    ]);
    trainer.click("Volver");
    assert_eq!(trainer.value_of("Tu nombre"), "María López");
}

#[test]
fn the_formats_page_and_the_agenda_editor_speak_spanish() {
    let mut trainer = en_espanol();
    trainer.click("Formatos…");
    trainer.sees_all(&[
        "Formatos de taller",
        "Volver al temporizador",
        "Usar este formato",
        "Editar una copia",
    ]);
    assert!(trainer.sees_text(" en total"));

    trainer.click("Editar una copia");
    trainer.sees_all(&[
        "Editor de agenda",
        "Cerrar sin guardar",
        "Nombre del formato",
        "Título del paso 1",
        "Duración del paso 2",
        "El paso 1 avanza solo en cero",
        "Todos los pasos avanzan solos",
        "Añadir un paso al final",
        "Guardar como formato nuevo",
        "Guardar y usar",
    ]);
    assert!(trainer.value_of("Nombre del formato").starts_with("Mi "));
    assert!(trainer.sees_text("pasos en la sesión · 2 personas"));

    trainer.retype("Duración del paso 2", "ocho");
    assert!(trainer.sees_text("Sin guardar: corrige el problema indicado arriba"));
    assert!(trainer.sees_text("Problema: "));

    trainer.click("Cerrar sin guardar");
    assert!(trainer.sees_text("tiene cambios sin guardar."));
    trainer.click("Descartarlos");
    assert!(trainer.sees("Formatos de taller"));
}

#[test]
fn sharing_and_the_tally_are_said_in_spanish() {
    i18n::set_language(Language::Spanish);
    let mut trainer = Trainer::made(built_in_breakout(), LAPTOP, |app| {
        app.with_share_address(Listen::At("127.0.0.1:0".parse().unwrap()))
    });
    assert!(trainer.sees_text("apagado: nada escucha en la red"));
    trainer.click("Compartir en teléfonos");
    let (_, pin) = trainer.harness.state().sharing().expect("shared");
    trainer.sees_all(&[
        "Dejar de compartir",
        "Ocultar el código QR",
        "0 dispositivos conectados",
        &format!("PIN {} {}", &pin[..3], &pin[3..]),
        "Quitar recuento",
        "se vota después de cada conversación",
    ]);
    trainer.click("Quitar recuento");
    trainer.sees_all(&["Activar recuento", "los teléfonos no votan"]);
    trainer.click("Dejar de compartir");
    assert!(trainer.sees("Compartir en teléfonos"));
}

#[test]
fn a_joined_window_speaks_spanish_even_for_what_its_threads_hear() {
    i18n::set_language(Language::Spanish);
    let mut trainer = Trainer::made(built_in_breakout(), LAPTOP, |app| {
        app.with_share_address(Listen::At("127.0.0.1:0".parse().unwrap()))
    });
    trainer.click("Compartir en teléfonos");
    let (address, _) = trainer.harness.state().sharing().expect("shared");

    let folder = scratch_folder();
    let mut laptop = common::joined_window(address, &trainer.clock, Some("000000".into()), &folder);
    common::until_joined_shows(&mut laptop, "en vivo");
    for label in [
        &format!("Siguiendo http://{address}/"),
        "Ocultar mi hoja de trabajo",
        "Tus hojas se quedan en este portátil.",
        "Empezar / Pausar",
        "Tu nombre",
    ] {
        assert!(
            laptop.query_all_by_label(label).next().is_some(),
            "«{label}» on the joined window"
        );
    }
    // The room's answer is heard on a thread of its own, and said here.
    laptop.get_by_label("Siguiente").click();
    common::until_joined_shows(&mut laptop, "PIN incorrecto");
    assert!(
        laptop.query_by_label("PIN de facilitación").is_some(),
        "asked for again"
    );
}
