//! The app's own file chooser, for systems with no file dialog service: the
//! worksheets folder as a list to open from, or a file name to save under.
//! It is shown instead of an error, so saving never depends on the desktop.

use std::path::{Path, PathBuf};

use eframe::egui::{self, RichText};
use fluent::FluentValue;

use crate::i18n::{tr, tr_args};
use crate::storage::TEMP_PREFIX;
use crate::ui::{Screen, theme};

/// What the chooser is choosing for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// An existing worksheet to open.
    Open,
    /// Where to write; the field starts with the proposed name.
    Save,
}

/// The chooser while it is open.
#[derive(Debug, Clone)]
pub struct Chooser {
    pub mode: Mode,
    pub title: String,
    pub folder: PathBuf,
    /// A file name in `folder`, or a whole path.
    pub typed: String,
    extension: String,
    listing: Vec<(PathBuf, String)>,
    /// The name field takes the keyboard when the chooser opens, so typing
    /// and Enter work at once.
    focus_field: bool,
}

/// What the person did this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Chosen(PathBuf),
    Cancelled,
}

impl Chooser {
    /// A chooser over `folder` for files ending in `extension`; `typed`
    /// is the proposed file name when saving.
    pub fn new(mode: Mode, title: &str, folder: &Path, extension: &str, typed: String) -> Self {
        Self {
            listing: listing(folder, extension),
            mode,
            title: title.to_string(),
            folder: folder.to_path_buf(),
            typed,
            extension: extension.to_string(),
            focus_field: true,
        }
    }

    /// The path the typed text means: a bare name lands in the folder and
    /// gets the extension if it has none.
    fn typed_path(&self) -> Option<PathBuf> {
        let typed = self.typed.trim();
        if typed.is_empty() {
            return None;
        }
        let mut path = PathBuf::from(typed);
        if path.is_relative() {
            path = self.folder.join(path);
        }
        if path.extension().is_none() {
            path.set_extension(&self.extension);
        }
        Some(path)
    }

    /// Draws the chooser as a modal window.
    pub fn show(&mut self, ctx: &egui::Context, screen: &Screen) -> Option<Choice> {
        let size = screen.sizes.small;
        let mut choice = None;
        let modal = egui::Modal::new(egui::Id::unique("file-chooser")).show(ctx, |ui| {
            ui.set_max_width(ctx.content_rect().width() * 0.6);
            ui.label(RichText::new(&self.title).font(theme::bold(screen.sizes.body)));
            ui.label(
                RichText::new(tr_args(
                    "console-chooser-in",
                    &[(
                        "folder",
                        FluentValue::from(self.folder.display().to_string()),
                    )],
                ))
                .size(size * 0.85)
                .color(screen.palette.muted),
            );
            if self.mode == Mode::Open {
                if self.listing.is_empty() {
                    ui.label(RichText::new(tr("console-chooser-empty")).size(size));
                }
                egui::ScrollArea::vertical()
                    .max_height(ctx.content_rect().height() * 0.4)
                    .show(ui, |ui| {
                        for (path, label) in &self.listing {
                            if ui.button(RichText::new(label).size(size)).clicked() {
                                choice = Some(Choice::Chosen(path.clone()));
                            }
                        }
                    });
            }
            let prompt = match self.mode {
                Mode::Open => tr("console-chooser-type-path"),
                Mode::Save => tr("console-chooser-file-name"),
            };
            let label = ui.label(RichText::new(prompt).size(size));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.typed)
                        .font(egui::FontId::proportional(size))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_field) {
                field.request_focus();
            }
            // Enter confirms, as in any dialog, wherever the keyboard is.
            let entered = ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let confirm = match self.mode {
                    Mode::Open => tr("console-chooser-open"),
                    Mode::Save => tr("console-chooser-save-here"),
                };
                let typed_path = self.typed_path();
                let clicked = ui
                    .add_enabled(typed_path.is_some(), egui::Button::new(confirm))
                    .clicked();
                if (clicked || entered)
                    && let Some(path) = typed_path
                {
                    choice = Some(Choice::Chosen(path));
                }
                if ui.button(tr("console-cancel")).clicked() {
                    choice = Some(Choice::Cancelled);
                }
            });
        });
        if modal.should_close() && choice.is_none() {
            choice = Some(Choice::Cancelled);
        }
        choice
    }
}

/// The files in `folder` with `extension`, newest first, each labelled with
/// its name and when it was last saved.
fn listing(folder: &Path, extension: &str) -> Vec<(PathBuf, String)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<(PathBuf, std::time::SystemTime)> = entries
        .flatten()
        .filter(|entry| !entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == extension) && path.is_file())
        .map(|path| {
            let modified = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            (path, modified)
        })
        .collect();
    files.sort_by_key(|file| std::cmp::Reverse(file.1));
    files
        .into_iter()
        .map(|(path, modified)| {
            let when: chrono::DateTime<chrono::Local> = modified.into();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let label = format!("{name}   ·   {}", super::day_and_time(&when));
            (path, label)
        })
        .collect()
}
