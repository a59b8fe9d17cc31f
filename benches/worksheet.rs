//! Figures, not assertions: how long saving and loading a worksheet takes,
//! from a typical one to one far bigger than anyone types. Run with
//! `cargo bench --bench worksheet` (release build); it prints one line per
//! size. Saving replaces the previous file, as the app does, so it includes
//! reading that file back first (to never overwrite something unreadable),
//! writing a temporary file, fsync and the rename.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use one_on_one::scenario::built_in_breakout;
use one_on_one::storage::create_private_dir;
use one_on_one::worksheet::{self, TextField, Worksheet};

const SENTENCE: &str = "Her grandmother ran the corner shop for forty years and knew every \
family by name; when it closed, the street stopped talking to itself. «On s'entraide», \
she says — we help each other. 👩🏽‍🤝‍👩🏿 \"That's why I'm here.\"\n";

/// A worksheet whose text fields and answers hold about `bytes` in all.
fn worksheet_of(bytes: usize) -> Worksheet {
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut sheet = Worksheet::blank(&built_in_breakout(), "Maria López", "Sam", day);
    let fields = TextField::ALL.len() + sheet.reflection.len();
    let per_field = SENTENCE.repeat((bytes / fields / SENTENCE.len()).max(1));
    for field in TextField::ALL {
        *sheet.text_mut(field) = per_field.clone();
    }
    for answer in &mut sheet.reflection {
        answer.answer = per_field.clone();
    }
    for act in &mut sheet.acts_reached {
        act.reached = true;
    }
    sheet.next_meeting.when = day.and_hms_opt(18, 30, 0);
    sheet.next_meeting.place = "Café Luna, upstairs".into();
    sheet.next_meeting.plan = "Meet her neighbours from the tenants' meeting.".into();
    sheet
}

fn median_and_max(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[times.len() / 2], times[times.len() - 1])
}

fn ms(time: Duration) -> String {
    format!("{:.2} ms", time.as_secs_f64() * 1e3)
}

fn measure(folder: &Path, label: &str, sheet: &Worksheet, iterations: usize) {
    let path = folder.join(format!("{label}.ron"));
    worksheet::save(&path, sheet).expect("the first save works");
    let size = std::fs::metadata(&path).expect("saved").len();

    let to_text: Vec<Duration> = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            black_box(worksheet::to_text(black_box(sheet)));
            start.elapsed()
        })
        .collect();
    let saves: Vec<Duration> = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            worksheet::save(&path, black_box(sheet)).expect("saving works");
            start.elapsed()
        })
        .collect();
    let loads: Vec<Duration> = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            let back = worksheet::load(black_box(&path)).expect("loading works");
            let elapsed = start.elapsed();
            assert!(&back == sheet, "{label} did not load back unchanged");
            elapsed
        })
        .collect();

    let (text_median, _) = median_and_max(to_text);
    let (save_median, save_max) = median_and_max(saves);
    let (load_median, load_max) = median_and_max(loads);
    println!(
        "{label:>8} worksheet, {:>10} bytes on disk, {iterations:>3} runs: \
         save median {} max {} (of which to_text {}), load median {} max {}",
        size,
        ms(save_median),
        ms(save_max),
        ms(text_median),
        ms(load_median),
        ms(load_max),
    );
}

fn main() {
    let folder: PathBuf =
        std::env::temp_dir().join(format!("one-on-one-bench-worksheet-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    create_private_dir(&folder).expect("a scratch folder");

    measure(&folder, "typical", &worksheet_of(4 * 1024), 200);
    measure(&folder, "1 MB", &worksheet_of(1024 * 1024), 30);
    measure(&folder, "10 MB", &worksheet_of(10 * 1024 * 1024), 10);

    let _ = std::fs::remove_dir_all(&folder);
}
