//! The `one-on-one` binary: parses the command line, then either prints
//! (an agenda, an export, a session's report) or opens the presenter
//! window. Whatever it prints goes through [`terminal`], so text from a
//! file cannot drive the terminal.

use std::process::ExitCode;

use eframe::egui;
use one_on_one::cli::{self, Command, USAGE};
use one_on_one::scenario::{self, Scenario};
use one_on_one::session::Session;
use one_on_one::session::clock::SystemClock;
use one_on_one::sound::PlayerChime;
use one_on_one::terminal;
use one_on_one::ui::{AppFolders, Prefs, PresenterApp};
use one_on_one::worksheet::folders::Folders;

fn main() -> ExitCode {
    let command = match cli::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            terminal::eprint_line(&format!("one-on-one: {message}"));
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help => print_line(USAGE),
        Command::Version => print_line(&format!("one-on-one {}", env!("CARGO_PKG_VERSION"))),
        Command::Export {
            file,
            format,
            out,
            force,
        } => cli::run_export(&file, format, out.as_deref(), force),
        Command::Agenda {
            file,
            format,
            start,
            people,
            length,
        } => cli::run_agenda(file.as_deref(), format, start, people, length),
        Command::Report { file, format } => {
            cli::run_report(file.as_deref(), format, &Folders::for_user().reports)
        }
        Command::List => cli::run_list(),
        Command::Check { files } => cli::run_check(&files),
        Command::Present {
            scenario,
            fullscreen,
        } => {
            let places = one_on_one::library::Places::for_user(scenario.iter().cloned().collect());
            let (scenario, notice) = choose_scenario(scenario.as_deref());
            match present(scenario, places, notice, fullscreen) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    terminal::eprint_line(&format!("one-on-one: could not open a window: {error}"));
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// Prints `line` on standard output; a closed pipe is a failure, not a panic.
fn print_line(line: &str) -> ExitCode {
    match terminal::print(&format!("{line}\n")) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

/// The scenario to run: the file given if it loads, otherwise the built-in
/// breakout and a notice saying why, so the trainer is never left without a timer.
fn choose_scenario(path: Option<&std::path::Path>) -> (Scenario, Option<String>) {
    let Some(path) = path else {
        return (scenario::built_in_breakout(), None);
    };
    match scenario::load_file(path) {
        Ok(scenario) => (scenario, None),
        Err(error) => {
            terminal::eprint_line(&error.to_string());
            let first = error
                .to_string()
                .lines()
                .next()
                .unwrap_or_default()
                .to_string();
            (
                scenario::built_in_breakout(),
                Some(format!(
                    "Could not use that scenario, running the built-in breakout instead. {first}"
                )),
            )
        }
    }
}

fn present(
    scenario: Scenario,
    places: one_on_one::library::Places,
    notice: Option<String>,
    fullscreen: bool,
) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("one-on-one")
            .with_app_id("one-on-one")
            .with_inner_size([1280.0, 720.0])
            .with_min_inner_size([640.0, 400.0])
            .with_fullscreen(fullscreen),
        // The window opens as the command line says. Restoring the last one
        // reopened a `--fullscreen` run fullscreen every time after, and
        // where the window manager ignored that, F11 looked dead.
        persist_window: false,
        ..Default::default()
    };
    eframe::run_native(
        "one-on-one",
        options,
        Box::new(move |cc| {
            let prefs: Prefs = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
                .unwrap_or_default();
            let folders = AppFolders {
                worksheets: Folders::for_user(),
                formats: places,
            };
            let app = PresenterApp::new(
                Session::new(scenario),
                Box::new(SystemClock),
                Box::new(PlayerChime::detect()),
                folders,
            )
            .with_prefs(prefs);
            Ok(Box::new(match notice {
                Some(notice) => app.with_notice(notice),
                None => app,
            }))
        }),
    )
}
