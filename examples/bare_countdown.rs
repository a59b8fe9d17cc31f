//! The yardstick for the room window's cost: a bare eframe window counting
//! down once a second in egui's own font at 200 points, nothing else. The
//! README's figures compare the room against it at the same size.
//!
//!     cargo build --release --example bare_countdown
//!     ../shared/tools/cpu-mem.sh --size 1920x1080 --resize 1920x1080 -- \
//!         target/release/examples/bare_countdown

use std::time::{Duration, Instant};

use eframe::egui;

struct Countdown {
    start: Instant,
}

impl eframe::App for Countdown {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let elapsed = self.start.elapsed();
        let left = 25 * 60 - elapsed.as_secs().min(25 * 60);
        egui::CentralPanel::default().show(ui, |ui| {
            ui.centered_and_justified(|ui| {
                ui.label(
                    egui::RichText::new(format!("{}:{:02}", left / 60, left % 60)).size(200.0),
                );
            });
        });
        let into_second = elapsed.subsec_millis() as u64;
        ui.ctx()
            .request_repaint_after(Duration::from_millis(1005 - into_second));
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare countdown")
            .with_inner_size([1280.0, 720.0]),
        ..Default::default()
    };
    eframe::run_native(
        "bare countdown",
        options,
        Box::new(|_| {
            Ok(Box::new(Countdown {
                start: Instant::now(),
            }))
        }),
    )
}
