//! Figures, not assertions: how long the work behind one frame takes. Run
//! with `cargo bench` (release build); it prints one line per measurement.
//! The window's CPU and memory under Xvfb are measured separately with
//! `../shared/tools/cpu-mem.sh` (see README.md, "Measurements").

use std::hint::black_box;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use fluent::FluentValue;
use one_on_one::i18n::{self, Language, tr_in};
use one_on_one::scenario::{BUILT_IN_BREAKOUT, parse};
use one_on_one::session::clock::{Clock, ManualClock};
use one_on_one::session::{Intent, Session};
use one_on_one::sound::Silence;
use one_on_one::ui::{AppFolders, PresenterApp};

/// Runs `work` repeatedly for about `budget` and returns the mean time per call.
fn time_per_call(budget: Duration, mut work: impl FnMut()) -> Duration {
    work();
    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed() < budget {
        work();
        calls += 1;
    }
    start.elapsed() / calls.max(1)
}

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let budget = Duration::from_secs(2);

    let parse_time = time_per_call(budget, || {
        black_box(parse(black_box(BUILT_IN_BREAKOUT), "breakout-25.ron").ok());
    });
    println!(
        "parse and validate breakout-25.ron: {:.1} µs",
        parse_time.as_secs_f64() * 1e6
    );

    for language in Language::ALL {
        let words_time = time_per_call(budget, || {
            let args = [
                ("left", FluentValue::from("21:56")),
                ("drift", FluentValue::from("on time")),
            ];
            black_box(tr_in(language, black_box("room-left-drift"), &args));
        });
        println!(
            "one message with two arguments from the {} catalogue: {:.0} ns",
            language.code(),
            words_time.as_secs_f64() * 1e9
        );
    }

    let clock = ManualClock::new();
    let mut session = Session::new(parse(BUILT_IN_BREAKOUT, "b").expect("valid"));
    session.apply(Intent::StartOrPause, clock.now());
    let tick_time = time_per_call(budget, || {
        clock.advance(Duration::from_millis(16));
        let now = clock.now();
        black_box(session.tick(now));
        black_box((
            session.remaining(now),
            session.time_left(now),
            session.drift(now),
            session.paced_act(now),
        ));
        if session.phase() == one_on_one::session::Phase::Finished {
            session.apply(Intent::Previous, now);
            session.apply(Intent::StartOrPause, now);
        }
    });
    println!(
        "session tick and display queries: {:.0} ns",
        tick_time.as_secs_f64() * 1e9
    );

    // A scratch folder for the window's files: a bench never reads or
    // sweeps the user's own worksheets or recovery copies.
    let scratch = std::env::temp_dir().join(format!("one-on-one-bench-{}", std::process::id()));
    let readings = [
        (Language::English, false, (1920.0, 1080.0)),
        (Language::English, false, (1280.0, 720.0)),
        (Language::Spanish, false, (1920.0, 1080.0)),
        (Language::Spanish, true, (1920.0, 1080.0)),
    ];
    for (language, both, (width, height)) in readings {
        i18n::set_language(language);
        let clock = ManualClock::new();
        let app = PresenterApp::new(
            Session::new(parse(BUILT_IN_BREAKOUT, "b").expect("valid")),
            Box::new(clock.clone()),
            Box::new(Silence),
            AppFolders::under(&scratch),
        );
        let mut harness = Harness::builder()
            .with_size([width, height])
            .build_ui_state(|ui, app: &mut PresenterApp| app.show(ui), app);
        harness.run();
        if both {
            harness.key_press(eframe::egui::Key::B);
        }
        harness.key_press(eframe::egui::Key::ArrowRight);
        harness.key_press(eframe::egui::Key::Space);
        harness.run();
        // 60 ms a frame: the digits change every ~17 frames and the 2 s
        // budget stays well inside the 25-minute agenda.
        let frame_time = time_per_call(budget, || {
            clock.advance(Duration::from_millis(60));
            harness.step();
        });
        assert_eq!(
            harness.state().session().phase(),
            one_on_one::session::Phase::Running
        );
        let reading = match (language, both) {
            (_, true) => "both languages",
            (Language::Spanish, false) => "Spanish",
            (Language::English, false) => "English",
        };
        println!(
            "one presenter frame (layout, no GPU) at {width}x{height} in {reading}: {:.2} ms",
            frame_time.as_secs_f64() * 1e3
        );
    }

    let _ = std::fs::remove_dir_all(&scratch);
    if let Some(peak) = peak_rss_mib() {
        println!("peak resident memory of this benchmark process: {peak:.1} MiB");
    }
}
