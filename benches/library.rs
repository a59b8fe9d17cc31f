//! Figures, not assertions: what the formats library and the agenda editor
//! cost. Run with `cargo bench --bench library` (release build); it prints
//! one line per measurement, the median and the slowest of many runs.
//! Finding the formats happens when the picker opens, parsing once per file,
//! planning when a workshop starts, `issues` on every frame of the editor,
//! and saving when the trainer presses Save (fsync and rename included).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use one_on_one::library::{self, BUILT_INS, Library, Places};
use one_on_one::scenario::draft::Draft;
use one_on_one::scenario::text::to_text;
use one_on_one::scenario::{Minutes, Plan, Scenario, Setup, parse};
use one_on_one::storage::create_private_dir;

fn median_and_max(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[times.len() / 2], times[times.len() - 1])
}

fn shown(time: Duration) -> String {
    if time < Duration::from_millis(1) {
        format!("{:.1} µs", time.as_secs_f64() * 1e6)
    } else {
        format!("{:.2} ms", time.as_secs_f64() * 1e3)
    }
}

/// Runs `work` `runs` times (after one warm-up run) and prints the median
/// and the slowest.
fn measure(label: &str, runs: usize, mut work: impl FnMut()) {
    work();
    let times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    let (median, max) = median_and_max(times);
    println!(
        "{label:<62} {runs:>5} runs: median {:>9} max {:>9}",
        shown(median),
        shown(max)
    );
}

fn built_in(file_name: &str) -> Scenario {
    let (name, text) = BUILT_INS
        .iter()
        .find(|(name, _)| *name == file_name)
        .expect("a built-in format");
    parse(text, name).expect("the built-in formats are valid")
}

fn main() {
    let places = Places {
        shipped: vec![PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scenarios"
        ))],
        ..Places::default()
    };
    let found = Library::discover(&places).entries.len();
    measure(
        &format!("Library::discover, built-ins + scenarios/ ({found} formats)"),
        200,
        || {
            black_box(Library::discover(black_box(&places)));
        },
    );

    for (name, text) in BUILT_INS {
        measure(
            &format!("parse and validate {name} ({} bytes)", text.len()),
            1000,
            || {
                black_box(parse(black_box(text), name).ok());
            },
        );
    }

    let circle = built_in("circle.ron");
    let twelve = Setup {
        people: 12,
        length: None,
    };
    let steps = Plan::new(circle.clone(), twelve).steps.len();
    measure(
        &format!("Plan::new circle.ron, 12 people ({steps} steps)"),
        2000,
        || {
            black_box(Plan::new(black_box(circle.clone()), twelve));
        },
    );
    let real = built_in("real-one-on-one.ron");
    let hour = Setup {
        people: 2,
        length: Some(Minutes::from_mins(60)),
    };
    measure("Plan::new real-one-on-one.ron fitted to 60m", 2000, || {
        black_box(Plan::new(black_box(real.clone()), hour));
    });

    let draft = Draft::new(built_in("training-60.ron"));
    measure(
        &format!(
            "Draft::issues training-60.ron ({} steps), one editor frame",
            draft.positions().len()
        ),
        2000,
        || {
            black_box(black_box(&draft).issues());
        },
    );

    let breakout = built_in("breakout-25.ron");
    let text_bytes = to_text(&breakout, "breakout").len();
    measure(
        &format!("to_text breakout-25.ron ({text_bytes} bytes)"),
        1000,
        || {
            black_box(to_text(black_box(&breakout), "breakout"));
        },
    );

    let folder: PathBuf =
        std::env::temp_dir().join(format!("one-on-one-bench-library-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    create_private_dir(&folder).expect("a scratch folder");
    let own = library::save_own(&breakout, &folder, None).expect("saving works");
    measure(
        "save_own breakout-25.ron over own file (check, write, fsync)",
        200,
        || {
            library::save_own(black_box(&breakout), &folder, Some(&own)).expect("saving works");
        },
    );
    // A new file each time, the previous one removed between runs (not
    // timed) so the name search stays the same.
    let new_files: Vec<Duration> = (0..100)
        .map(|_| {
            let _ = std::fs::remove_file(&own);
            let start = Instant::now();
            let path =
                library::save_own(black_box(&breakout), &folder, None).expect("saving works");
            let elapsed = start.elapsed();
            assert_eq!(path, own);
            elapsed
        })
        .collect();
    let (median, max) = median_and_max(new_files);
    println!(
        "{:<62} {:>5} runs: median {:>9} max {:>9}",
        "save_own breakout-25.ron as a new file (write, fsync)",
        100,
        shown(median),
        shown(max)
    );

    let _ = std::fs::remove_dir_all(&folder);
}
