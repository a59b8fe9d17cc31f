//! Asking the user for a file: the platform's own dialog where there is one,
//! and a way to tell when there is none, so the app can show its own list of
//! the worksheets folder instead of failing silently.
//!
//! Native dialogs block the thread that opens them, so they run on a worker
//! thread and the answer is collected on a later frame.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use eframe::egui;

use crate::i18n::tr;

/// What the dialog is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickKind {
    /// Choose an existing worksheet.
    Open,
    /// Choose where to write, proposing this file name.
    Save { file_name: String },
}

/// What came of a dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    Chosen(PathBuf),
    Cancelled,
    /// No dialog could be shown on this system.
    Unavailable,
}

/// A source of file choices. The app owns one; tests give a scripted one.
pub trait FilePicker: Send {
    /// Starts a dialog in `folder` for files ending in `extension`.
    fn start(&mut self, kind: PickKind, folder: &Path, extension: &str, wake: &egui::Context);
    /// The answer, once there is one.
    fn poll(&mut self) -> Option<Picked>;
    /// Whether a dialog is waiting for the user.
    fn waiting(&self) -> bool;
    /// Stops waiting for the dialog (it may stay on screen until closed).
    fn abandon(&mut self);
}

/// A picker that never has a dialog: the app's own list is always used.
#[derive(Debug, Default)]
pub struct NoDialogs {
    answer: Option<Picked>,
}

impl FilePicker for NoDialogs {
    fn start(&mut self, _: PickKind, _: &Path, _: &str, _: &egui::Context) {
        self.answer = Some(Picked::Unavailable);
    }

    fn poll(&mut self) -> Option<Picked> {
        self.answer.take()
    }

    fn waiting(&self) -> bool {
        false
    }

    fn abandon(&mut self) {
        self.answer = None;
    }
}

/// A "no answer" faster than this was not a person pressing Cancel: rfd
/// returns at once when neither a desktop portal nor zenity is there.
const FASTER_THAN_A_PERSON: Duration = Duration::from_millis(300);

/// The platform's file dialog, through rfd.
#[derive(Debug, Default)]
pub struct NativePicker {
    answer: Option<Receiver<Picked>>,
}

impl NativePicker {
    pub fn new() -> Self {
        Self::default()
    }
}

impl FilePicker for NativePicker {
    fn start(&mut self, kind: PickKind, folder: &Path, extension: &str, wake: &egui::Context) {
        let (send, receive) = mpsc::channel();
        self.answer = Some(receive);
        if !dialog_service_likely() {
            let _ = send.send(Picked::Unavailable);
            return;
        }
        let folder = folder.to_path_buf();
        // Named here: the language spoken is this thread's, not the worker's.
        let filter = filter_name(extension);
        let extension = extension.to_string();
        let wake = wake.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let dialog = rfd::FileDialog::new()
                .set_directory(&folder)
                .add_filter(filter, &[extension.as_str()]);
            let chosen = match kind {
                PickKind::Open => dialog.pick_file(),
                PickKind::Save { file_name } => dialog.set_file_name(file_name).save_file(),
            };
            let picked = match chosen {
                Some(path) => Picked::Chosen(path),
                None if started.elapsed() < FASTER_THAN_A_PERSON => Picked::Unavailable,
                None => Picked::Cancelled,
            };
            let _ = send.send(picked);
            wake.request_repaint();
        });
    }

    fn poll(&mut self) -> Option<Picked> {
        let answer = match self.answer.as_ref()?.try_recv() {
            Ok(picked) => picked,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Picked::Unavailable,
        };
        self.answer = None;
        Some(answer)
    }

    fn waiting(&self) -> bool {
        self.answer.is_some()
    }

    fn abandon(&mut self) {
        self.answer = None;
    }
}

fn filter_name(extension: &str) -> String {
    match extension {
        "ron" => tr("console-filter-worksheet"),
        "md" => "Markdown".to_string(),
        "ics" => tr("console-filter-calendar"),
        _ => tr("console-filter-file"),
    }
}

/// On Linux, rfd talks to the desktop portal over the session bus and falls
/// back to zenity; with neither, there is no dialog to wait for.
fn dialog_service_likely() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|runtime| Path::new(&runtime).join("bus").exists());
    bus || on_path("zenity")
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}
