//! The binary in Spanish, asked for with `--lang es` or by the system's
//! locale: the agenda in its three formats, the list of formats, a
//! session's report and the mistakes a trainer can make all speak Spanish
//! around the scenario's own texts, and times stay 24-hour.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::Scratch;

/// Runs the binary with no locale of the machine's, `env` added, and a
/// config and data folder of its own under `home`.
fn one_on_one(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_one-on-one"));
    command
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"));
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("the binary runs")
}

/// Standard output and standard error, checked to have succeeded.
fn succeeded(output: Output) -> (String, String) {
    let out = String::from_utf8(output.stdout).unwrap();
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(output.status.success(), "{out}\n{err}");
    (out, err)
}

#[test]
fn the_script_speaks_spanish_with_24_hour_times() {
    let home = Scratch::new("script");
    let (script, _) = succeeded(one_on_one(
        &home,
        &[
            "--lang", "es", "agenda", "--format", "md", "--start", "18:30",
        ],
        &[],
    ));
    assert!(
        script.contains("**Duración:** 25 min, 18:30–18:55  \n**Participantes:** "),
        "{script}"
    );
    assert!(script.contains("\n## Agenda\n"));
    assert!(script.contains("\n### 18:53–18:55 · "), "{script}");
    assert!(script.contains("*Pasa al siguiente paso por sí solo a las 18:33.*"));
    assert!(script.contains("*Termina por sí solo a las 18:55.*"));
    assert!(script.contains("> **Notas para quien facilita:**"));
    assert!(script.contains("\n## Qué hacer y qué no\n\n| Haz | No hagas |\n"));
    assert!(!script.contains("Length") && !script.contains("by itself"));
    assert!(
        !script.contains(" PM") && !script.contains("6:30"),
        "24-hour"
    );
}

#[test]
fn the_card_and_the_plain_agenda_speak_spanish() {
    let home = Scratch::new("card");
    let (card, _) = succeeded(one_on_one(
        &home,
        &["agenda", "--format=card", "--lang=es"],
        &[],
    ));
    assert!(
        card.contains("\n## Los cinco actos de un uno a uno\n"),
        "{card}"
    );
    assert!(card.contains("\n## Escucha y anota en tu hoja de trabajo\n"));
    assert!(card.contains("- **Cuándo nos volvemos a ver:** ¿Cuándo"));
    assert!(card.contains("\n## Reflexión\n"));

    let (list, _) = succeeded(one_on_one(&home, &["--lang", "es", "agenda"], &[]));
    let last = list.lines().last().unwrap_or_default();
    assert_eq!(last, "total 25:00", "{list}");

    // A format fitted to fewer people than asked for says so in Spanish.
    let (list, note) = succeeded(one_on_one(
        &home,
        &["--lang", "es", "agenda", "circle", "--people", "99"],
        &[],
    ));
    assert!(list.ends_with("total 43:00\n"), "{list}");
    assert_eq!(note, "one-on-one: nota: este formato es para 12 personas\n");
}

#[test]
fn the_locale_alone_makes_the_agenda_spanish() {
    let home = Scratch::new("locale");
    let (script, _) = succeeded(one_on_one(
        &home,
        &["agenda", "--format", "md"],
        &[("LANG", "es_ES.UTF-8")],
    ));
    assert!(
        script.contains("**Duración:** 25 min, 09:00–09:25"),
        "{script}"
    );
    let (script, _) = succeeded(one_on_one(
        &home,
        &["agenda", "--format", "md", "--lang", "en"],
        &[("LANG", "es_ES.UTF-8")],
    ));
    assert!(
        script.contains("**Length:** 25 min, 09:00–09:25"),
        "{script}"
    );
}

#[test]
fn list_names_the_built_in_formats_and_the_own_folder_in_spanish() {
    let home = Scratch::new("list");
    let (list, _) = succeeded(one_on_one(&home, &["--lang", "es", "list"], &[]));
    assert!(list.contains(" · breakout-25.ron (integrado)\n"), "{list}");
    assert!(list.contains(" · circle.ron (integrado)\n"), "{list}");
    assert!(
        list.contains("\nTus propios formatos se guardan en "),
        "{list}"
    );
    assert!(
        !list.contains("built in") && !list.contains("Your own"),
        "{list}"
    );
}

/// A report of two steps, the second still running, as the app saves it.
const REPORT: &str = r#"// How a one-on-one session ran.
Report(
    format: 1,
    scenario: "One-on-one practice: team breakout",
    started: "2026-11-25T14:05:09+01:00",
    finished: false,
    steps: [
        StepReport(title: "Gather your team", planned_seconds: 180, actual_seconds: 180, start: "14:05:09", paused_seconds: 0, pauses: 0, added_seconds: 0, overtime_seconds: 0, outcome: Completed),
        StepReport(title: "Round 1 · conversation", planned_seconds: 480, actual_seconds: 300, start: "14:08:09", paused_seconds: 20, pauses: 1, added_seconds: 60, overtime_seconds: 0, outcome: InProgress),
    ],
    totals: Totals(planned_seconds: 660, actual_seconds: 480, paused_seconds: 20, added_seconds: 60, overtime_seconds: 0, elapsed_seconds: 500, drift_seconds: 80),
)
"#;

/// A home whose data folder holds [`REPORT`], and the report's file.
fn home_with_a_report(name: &str) -> (Scratch, PathBuf) {
    let home = Scratch::new(name);
    let reports = home.join("data/one-on-one/reports");
    std::fs::create_dir_all(&reports).unwrap();
    let file = reports.join("2026-11-25-140509-one-on-one-practice-team-breakout.ron");
    std::fs::write(&file, REPORT).unwrap();
    (home, file)
}

#[test]
fn the_newest_report_prints_in_spanish() {
    let (home, file) = home_with_a_report("report");
    let (text, which) = succeeded(one_on_one(&home, &["--lang", "es", "report"], &[]));
    assert_eq!(which, format!("one-on-one: {}\n", file.display()));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "One-on-one practice: team breakout");
    assert!(
        lines[1].starts_with(
            "Empezó el miércoles 25 de noviembre de 2026 a las 14:05:09; sin terminar: \
             esto cubre los primeros 8:20"
        ),
        "{text}"
    );
    assert!(
        lines[3].starts_with("paso  ") && lines[3].ends_with("tiempo extra"),
        "{text}"
    );
    assert!(lines[5].ends_with("en curso"), "{text}");
    assert!(
        text.contains("\ndesfase +1:20: la sesión va a terminar 1:20 más tarde de lo previsto\n")
    );
    assert!(text.contains("\nbarras: "), "{text}");

    let file = file.to_string_lossy();
    let (markdown, _) = succeeded(one_on_one(
        &home,
        &["report", &file, "--format", "md"],
        &[("LANG", "es_MX.UTF-8")],
    ));
    assert!(
        markdown.starts_with("# Informe de la sesión: One-on-one practice: team breakout\n"),
        "{markdown}"
    );
    assert!(
        markdown
            .contains("\n| Paso | Previsto | Real | Inicio | Pausa | Añadido | Tiempo extra | |\n")
    );

    let (csv, _) = succeeded(one_on_one(
        &home,
        &["--lang", "es", "report", &file, "--format", "csv"],
        &[],
    ));
    assert_eq!(
        csv.lines().collect::<Vec<_>>(),
        [
            "título,segundos_previstos,segundos_reales,hora_de_inicio,segundos_en_pausa,\
             minutos_añadidos,segundos_de_tiempo_extra",
            "Gather your team,180,180,14:05:09,0,0,0",
            "Round 1 · conversation,480,300,14:08:09,20,1,0",
        ]
    );
}

#[test]
fn no_report_yet_is_said_in_spanish() {
    let home = Scratch::new("no-report");
    let output = one_on_one(&home, &["--lang", "es", "report"], &[]);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        err.ends_with(
            ": aquí aún no hay ningún informe de sesión; se guarda uno mientras transcurre cada sesión\n"
        ),
        "{err}"
    );
}

#[test]
fn mistakes_are_explained_in_spanish() {
    let home = Scratch::new("mistakes");
    let mistake = |args: &[&str]| {
        let output = one_on_one(&home, args, &[("LANG", "es_ES.UTF-8")]);
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        assert!(output.stdout.is_empty());
        String::from_utf8(output.stderr).unwrap()
    };
    assert_eq!(
        mistake(&["frobnicate"]),
        "one-on-one: argumento desconocido \"frobnicate\"; prueba --help\n"
    );
    assert_eq!(
        mistake(&["agenda", "--colour"]),
        "one-on-one: opción de agenda desconocida \"--colour\"; prueba --help\n"
    );
    assert_eq!(
        mistake(&["agenda", "--format", "pdf"]),
        "one-on-one: formato de agenda desconocido \"pdf\"; usa --format text, md o card\n"
    );
    assert_eq!(
        mistake(&["agenda", "--start", "6pm"]),
        "one-on-one: --start necesita una hora del día como 18:30, no \"6pm\"\n"
    );
    assert_eq!(
        mistake(&["report", "a.ron", "b.ron"]),
        "one-on-one: report admite un solo ARCHIVO, pero también recibió \"b.ron\"\n"
    );
    assert_eq!(
        mistake(&["list", "x"]),
        "one-on-one: list no admite argumentos, pero recibió \"x\"\n"
    );
    assert!(mistake(&["check"]).contains("check necesita uno o más ARCHIVOS"));
    assert!(mistake(&["export", "w.ron"]).contains("export necesita --format md o --format ics"));
}
