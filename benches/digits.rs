//! Figures, not assertions: what drawing the countdown as outlines costs
//! (`ui::digits::ClockFace`) next to what the same characters cost as text
//! in egui's font atlas. Run with `cargo bench --bench digits`; it prints
//! one line per measurement.

use std::hint::black_box;
use std::time::{Duration, Instant};

use eframe::egui::{self, Color32, Pos2};
use one_on_one::ui::digits::{ClockFace, TOLERANCE_EM};
use one_on_one::ui::theme;

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

/// The font atlas after laying out every clock character at `size` points,
/// as egui does for the text countdown: its pixels, four bytes each.
fn atlas_bytes_for_text(size: f32) -> usize {
    let ctx = egui::Context::default();
    theme::install(&ctx);
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        ui.painter().text(
            Pos2::ZERO,
            egui::Align2::LEFT_TOP,
            "0123456789:+",
            theme::clock(size),
            Color32::WHITE,
        );
    });
    // No renderer here to take the uploads.
    output.textures_delta.clear();
    let [width, height] = ctx.fonts(|fonts| fonts.font_image_size());
    width * height * 4
}

fn main() {
    let budget = Duration::from_secs(2);

    let build = time_per_call(budget, || {
        black_box(ClockFace::bundled());
    });
    let face = ClockFace::bundled();
    println!(
        "read and triangulate 0-9 : + once (tolerance {:.5} em, {:.2} px at 750 px): {:.0} µs, cache {:.1} KiB",
        TOLERANCE_EM,
        TOLERANCE_EM * 750.0,
        build.as_secs_f64() * 1e6,
        face.heap_bytes() as f64 / 1024.0
    );

    // 250, 380 and 750 points: the clock at 0.35 of a 720p, 1080p and
    // (about) 4K window at one pixel per point.
    for size in [250.0, 380.0, 750.0] {
        let top_left = egui::pos2(20.0, 10.0);
        let time = time_per_call(budget, || {
            black_box(face.mesh(black_box("12:34"), top_left, size, Color32::WHITE, 1.0));
        });
        let mesh = face.mesh("12:34", top_left, size, Color32::WHITE, 1.0);
        let bytes = mesh.vertices.len() * size_of::<egui::epaint::Vertex>()
            + mesh.indices.len() * size_of::<u32>();
        println!(
            "mesh for \"12:34\" at {size} px: {:.1} µs, {} vertices, {} indices, {:.1} KiB; \
             the same characters as text: font atlas {:.1} MiB",
            time.as_secs_f64() * 1e6,
            mesh.vertices.len(),
            mesh.indices.len(),
            bytes as f64 / 1024.0,
            atlas_bytes_for_text(size) as f64 / (1024.0 * 1024.0),
        );
    }
}
