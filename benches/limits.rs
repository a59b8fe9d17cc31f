//! Figures, not assertions: for each hostile file in `tests/limits.rs` and
//! the largest valid ones, the file's size and the wall time and peak
//! memory of `one-on-one check` and `agenda` on it, in a release build.
//! Run with `cargo bench --bench limits`; it takes a few seconds. The peak
//! is the kernel's count for the child process (`ru_maxrss`), which
//! includes the binary itself: the `--version` line shows that floor.

// The tests' files and measuring, shared; the bench uses part of them.
#[allow(dead_code)]
#[path = "../tests/limits.rs"]
mod limits;

use limits::{HOSTILE, Measurer, Sample, Scratch, figures};

fn main() {
    // Started again by the measurer, this process only runs the binary.
    if limits::act_as_helper() {
        return;
    }
    let measurer = Measurer {
        exe: std::env::current_exe().expect("the bench knows its path"),
        args: Vec::new(),
    };
    println!(
        "one-on-one on hostile files near the 4 MB cap and the largest valid ones (limit {} KiB)",
        limits::MEMORY_LIMIT_KIB
    );
    let floor = Scratch::new("version");
    let run = measurer.run(floor.path(), &["--version"]);
    println!(
        "{:<30} {:>15} {:>8.3} s {:>8} KiB peak",
        "--version",
        "",
        run.wall.as_secs_f64(),
        run.peak_kib
    );
    for make in HOSTILE {
        measure(&measurer, &make(), &[]);
    }
    measure(
        &measurer,
        &limits::the_largest_plan_the_limits_allow(),
        &["--people", "30", "--format", "md"],
    );
    measure(
        &measurer,
        &limits::the_largest_file_the_limits_allow(),
        &["--format", "md"],
    );
}

/// Prints the figures of `check` and `agenda` on `sample`.
fn measure(measurer: &Measurer, sample: &Sample, agenda_options: &[&str]) {
    let scratch = Scratch::new(sample.name);
    let file = scratch.write(sample);
    let path = file.to_string_lossy().into_owned();
    let mut agenda = vec!["agenda", path.as_str()];
    agenda.extend_from_slice(agenda_options);
    for (command, args) in [("check", vec!["check", path.as_str()]), ("agenda", agenda)] {
        let run = measurer.run(scratch.path(), &args);
        println!("{}", figures(command, sample, &run));
    }
}
