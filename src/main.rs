//! The `one-on-one` binary: parses the command line, then either prints
//! (an agenda, an export, a session's report) or opens the presenter
//! window. Whatever it prints goes through [`terminal`], so text from a
//! file cannot drive the terminal.

use std::process::ExitCode;

use eframe::egui;
use one_on_one::cli::{self, Command};
use one_on_one::i18n::{self, Language, tr, tr_args};
use one_on_one::scenario::{self, Scenario};
use one_on_one::screens::{self, Layout};
use one_on_one::session::Session;
use one_on_one::session::clock::SystemClock;
use one_on_one::sound::PlayerChime;
use one_on_one::terminal;
use one_on_one::ui::{APP_ID, AppFolders, Prefs, PresenterApp};
use one_on_one::worksheet::folders::Folders;

fn main() -> ExitCode {
    i18n::set_default_language(Language::from_environment());
    let (language, args) = match cli::take_language(std::env::args_os().skip(1)) {
        Ok((language, args)) => {
            if let Some(language) = language {
                i18n::set_default_language(language);
            }
            (language, args)
        }
        Err(message) => {
            terminal::eprint_line(&format!("one-on-one: {message}"));
            return ExitCode::from(2);
        }
    };
    let command = match cli::parse(args) {
        Ok(command) => command,
        Err(message) => {
            terminal::eprint_line(&format!("one-on-one: {message}"));
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help => print_line(&cli::usage()),
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
        Command::Join { address, pin } => match join(address, pin) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => no_window(&*error),
        },
        Command::Check { files } => cli::run_check(&files),
        Command::Present {
            scenario,
            fullscreen,
            room_window,
            share,
        } => {
            let places = one_on_one::library::Places::for_user(scenario.iter().cloned().collect());
            let (scenario, notice) = choose_scenario(scenario.as_deref());
            let opening = Opening {
                notice,
                fullscreen,
                room_window,
                share,
                language,
            };
            match present(scenario, places, opening) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => no_window(&*error),
            }
        }
    }
}

/// Says why no window could open, and fails.
fn no_window(error: &dyn std::error::Error) -> ExitCode {
    let why = tr_args("cli-no-window", &[("error", error.to_string().into())]);
    terminal::eprint_line(&format!("one-on-one: {why}"));
    ExitCode::FAILURE
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
                Some(tr_args(
                    "cli-scenario-fallback",
                    &[("problem", first.into())],
                )),
            )
        }
    }
}

/// Opens the window that follows the room at `address`, with the
/// participant's own worksheet.
fn join(
    address: one_on_one::follow::JoinAddress,
    pin: Option<String>,
) -> Result<(), Box<dyn std::error::Error>> {
    use one_on_one::session::clock::Clock as _;

    let title = tr_args(
        "cli-window-following",
        &[("address", address.url().to_string().into())],
    );
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id(APP_ID)
            .with_inner_size([1280.0, 720.0])
            .with_min_inner_size([640.0, 400.0]),
        persist_window: false,
        ..Default::default()
    };
    eframe::run_native(
        "one-on-one joined",
        options,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            let waker: one_on_one::share::Waker =
                std::sync::Arc::new(move || ctx.request_repaint());
            let follower =
                one_on_one::follow::Follower::start(address, SystemClock.shared(), waker);
            let app = one_on_one::ui::joined::JoinedApp::new(
                follower,
                Box::new(SystemClock),
                Folders::for_user(),
                Box::new(one_on_one::ui::file_picker::NativePicker::new()),
                chrono::Local::now().date_naive(),
            )
            .with_pin(pin);
            Ok(Box::new(app))
        }),
    )?;
    Ok(())
}

/// How the windows open, as the command line asked.
struct Opening {
    /// Why the scenario given could not be used, if it could not.
    notice: Option<String>,
    fullscreen: bool,
    room_window: bool,
    /// Where to share the room from the start (`--share`).
    share: Option<one_on_one::share::Listen>,
    /// The language `--lang` asked for, over the one the trainer last chose.
    language: Option<Language>,
}

/// Lists the monitors, picks the layout, and runs the windows until the
/// trainer quits.
fn present(
    scenario: Scenario,
    places: one_on_one::library::Places,
    opening: Opening,
) -> Result<(), Box<dyn std::error::Error>> {
    use winit::platform::run_on_demand::EventLoopExtRunOnDemand as _;

    let mut event_loop =
        winit::event_loop::EventLoop::<eframe::UserEvent>::with_user_event().build()?;
    let monitors = monitors::list(&mut event_loop)?;
    let layout = screens::choose(&monitors, opening.room_window);
    let root = match layout {
        Layout::OneScreen => tr("cli-window-room"),
        Layout::Projector { .. } | Layout::Rehearsal => tr("cli-window-console"),
    };
    let size = match layout {
        Layout::OneScreen => [1280.0, 720.0],
        _ => [1280.0, 760.0],
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(root)
        .with_app_id(APP_ID)
        .with_inner_size(size)
        .with_min_inner_size([640.0, 400.0])
        .with_fullscreen(opening.fullscreen && layout == Layout::OneScreen);
    if let Layout::Projector { .. } = layout {
        // The console on the trainer's own screen: X11 honours a position,
        // and without one the window manager may pick the projector.
        // It takes most of that screen, leaving room for a panel and the
        // title bar (asking for "maximised" let some window managers put
        // the bottom row of buttons under the screen's edge).
        let laptop = &monitors[screens::laptop(&monitors)];
        let (width, height) = laptop.points();
        viewport = viewport
            .with_position([
                laptop.position.0 as f32 + 16.0,
                laptop.position.1 as f32 + 16.0,
            ])
            .with_inner_size([(width - 32.0).max(640.0), (height - 96.0).max(400.0)]);
    }
    let options = eframe::NativeOptions {
        viewport,
        // The window opens as the command line says. Restoring the last one
        // reopened a `--fullscreen` run fullscreen every time after, and
        // where the window manager ignored that, F11 looked dead.
        persist_window: false,
        ..Default::default()
    };
    let fullscreen_room = opening.fullscreen;
    let share = opening.share;
    let language = opening.language;
    let mut app = eframe::create_native(
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
            .with_prefs(prefs)
            .with_layout(layout, monitors.len())
            .with_room_fullscreen(fullscreen_room)
            .with_sharing(share);
            let app = match language {
                Some(language) => app.with_language(language),
                None => app,
            };
            Ok(Box::new(match opening.notice {
                Some(notice) => app.with_notice(notice),
                None => app,
            }))
        }),
        &event_loop,
    );
    // `run_app` would return at once: listing the monitors ended one run
    // of the loop already, and only `run_app_on_demand` starts another.
    event_loop.run_app_on_demand(&mut app)?;
    Ok(())
}

/// The monitors, read from a first short run of the event loop: winit
/// lists them only while it runs.
mod monitors {
    use one_on_one::screens::Monitor;
    use winit::application::ApplicationHandler;
    use winit::event::WindowEvent;
    use winit::event_loop::{ActiveEventLoop, EventLoop};
    use winit::platform::run_on_demand::EventLoopExtRunOnDemand as _;
    use winit::window::WindowId;

    #[derive(Default)]
    struct Lister {
        monitors: Vec<Monitor>,
    }

    impl ApplicationHandler<eframe::UserEvent> for Lister {
        fn resumed(&mut self, event_loop: &ActiveEventLoop) {
            let primary = event_loop.primary_monitor();
            self.monitors = event_loop
                .available_monitors()
                .map(|monitor| {
                    let position = monitor.position();
                    let size = monitor.size();
                    Monitor {
                        position: (position.x, position.y),
                        size: (size.width, size.height),
                        primary: primary.as_ref() == Some(&monitor),
                        scale: monitor.scale_factor(),
                    }
                })
                .collect();
            event_loop.exit();
        }

        fn window_event(&mut self, _: &ActiveEventLoop, _: WindowId, _: WindowEvent) {}
    }

    pub fn list(
        event_loop: &mut EventLoop<eframe::UserEvent>,
    ) -> Result<Vec<Monitor>, winit::error::EventLoopError> {
        let mut lister = Lister::default();
        event_loop.run_app_on_demand(&mut lister)?;
        Ok(lister.monitors)
    }
}
