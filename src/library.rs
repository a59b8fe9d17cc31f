//! The workshop formats a trainer can pick from: the ones built into the app,
//! the files in a `scenarios/` folder beside the binary (or in the folder the
//! app was started from), files named with `--scenario`, and the trainer's
//! own folder, where the agenda editor saves. Broken files are listed with
//! their error rather than dropped, so a trainer learns why one is missing.

use std::path::{Path, PathBuf};

use fluent::FluentValue;

use crate::i18n::{tr, tr_args};
use crate::scenario::{self, Scenario, ScenarioError, Setup, clock_text};

/// The formats compiled into the app, so it has them with no files around.
/// The breakout comes first: it is the default.
pub const BUILT_INS: &[(&str, &str)] = &[
    ("breakout-25.ron", scenario::BUILT_IN_BREAKOUT),
    (
        "breakout-trio.ron",
        include_str!("../scenarios/breakout-trio.ron"),
    ),
    (
        "real-one-on-one.ron",
        include_str!("../scenarios/real-one-on-one.ron"),
    ),
    ("circle.ron", include_str!("../scenarios/circle.ron")),
    (
        "training-60.ron",
        include_str!("../scenarios/training-60.ron"),
    ),
];

/// Where a format was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Compiled into the app.
    BuiltIn,
    /// Named on the command line.
    Given(PathBuf),
    /// A `scenarios/` folder beside the binary or in the working folder.
    Shipped(PathBuf),
    /// The trainer's own folder.
    Own(PathBuf),
}

impl Source {
    /// The file, for all but the built-in formats.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Source::BuiltIn => None,
            Source::Given(path) | Source::Shipped(path) | Source::Own(path) => Some(path),
        }
    }

    /// A word for where it came from, as the list shows it.
    pub fn label(&self) -> String {
        match self {
            Source::BuiltIn => tr("files-source-built-in"),
            Source::Given(_) => tr("files-source-given"),
            Source::Shipped(_) => tr("files-source-shipped"),
            Source::Own(_) => tr("files-source-own"),
        }
    }

    /// Whether the agenda editor may save over this file: only the trainer's own.
    pub fn is_own(&self) -> bool {
        matches!(self, Source::Own(_))
    }
}

/// One format in the list.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Where it was found.
    pub source: Source,
    /// The file name, e.g. `breakout-25.ron`.
    pub file_name: String,
    /// The format, or why it could not be read.
    pub loaded: Result<Scenario, ScenarioError>,
}

impl Entry {
    /// The format's name, or the file's when it could not be read.
    pub fn name(&self) -> &str {
        match &self.loaded {
            Ok(scenario) => &scenario.name,
            Err(_) => &self.file_name,
        }
    }

    /// How long it runs, as a trainer reads it: `25 min`, `30–60 min`,
    /// `24 min for 6 people (3–12)`.
    pub fn length_text(&self) -> String {
        match &self.loaded {
            Ok(scenario) => length_text(scenario),
            Err(_) => tr("files-format-unreadable"),
        }
    }
}

/// How long `scenario` runs, as a trainer reads it.
pub fn length_text(scenario: &Scenario) -> String {
    let total = minutes(scenario.total());
    match (scenario.length, scenario.people) {
        (Some(range), _) => tr_args(
            "files-length-choice",
            &[
                ("from", FluentValue::from(minutes(range.from))),
                ("to", FluentValue::from(minutes(range.to))),
                ("total", FluentValue::from(total)),
            ],
        ),
        (None, Some(people)) => tr_args(
            "files-length-people",
            &[
                ("total", FluentValue::from(total)),
                (
                    "people",
                    FluentValue::from(Setup::default_for(scenario).people),
                ),
                ("from", FluentValue::from(people.from)),
                ("to", FluentValue::from(people.to)),
            ],
        ),
        (None, None) => tr_args("files-length", &[("total", FluentValue::from(total))]),
    }
}

/// Whole minutes as a number, other lengths as `m:ss`.
fn minutes(length: scenario::Minutes) -> String {
    if length.as_secs().is_multiple_of(60) {
        (length.as_secs() / 60).to_string()
    } else {
        clock_text(length.to_std())
    }
}

/// The folders formats are looked for in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Places {
    /// Files named on the command line.
    pub given: Vec<PathBuf>,
    /// `scenarios/` folders shipped with the app.
    pub shipped: Vec<PathBuf>,
    /// The trainer's own folder; the editor saves here.
    pub own: Option<PathBuf>,
}

impl Places {
    /// The usual places: `scenarios/` beside the binary and in the working
    /// folder, and `scenarios/` in the platform's per-user config folder
    /// (`~/.config/one-on-one/scenarios` on Linux).
    pub fn for_user(given: Vec<PathBuf>) -> Self {
        let mut shipped = Vec::new();
        if let Some(dir) = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join("scenarios")))
        {
            shipped.push(dir);
        }
        if let Ok(dir) = std::env::current_dir() {
            let dir = dir.join("scenarios");
            if !shipped.contains(&dir) {
                shipped.push(dir);
            }
        }
        Self {
            given,
            shipped,
            own: own_folder(),
        }
    }
}

/// The trainer's own formats folder, if the platform has a config folder.
pub fn own_folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "one-on-one")
        .map(|dirs| dirs.config_dir().join("scenarios"))
}

/// Every format found, in the order the picker lists them: built in, given,
/// shipped, own. A shipped file equal to a built-in one is listed once.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// The formats.
    pub entries: Vec<Entry>,
}

impl Library {
    /// Looks in `places`. Unreadable folders are skipped: a missing
    /// `scenarios/` is normal.
    pub fn discover(places: &Places) -> Self {
        let mut entries: Vec<Entry> = BUILT_INS
            .iter()
            .map(|(file_name, text)| Entry {
                source: Source::BuiltIn,
                file_name: (*file_name).to_string(),
                loaded: scenario::parse(
                    text,
                    &tr_args(
                        "files-built-in-file",
                        &[("file", FluentValue::from(*file_name))],
                    ),
                ),
            })
            .collect();
        for path in &places.given {
            entries.push(read(Source::Given(path.clone()), path));
        }
        let mut seen_files: Vec<PathBuf> = places
            .given
            .iter()
            .filter_map(|p| p.canonicalize().ok())
            .collect();
        for dir in &places.shipped {
            for path in crate::storage::files_ending_in(dir, "ron") {
                let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
                if seen_files.contains(&canonical) {
                    continue;
                }
                seen_files.push(canonical);
                let entry = read(Source::Shipped(path.clone()), &path);
                let same_as_built_in = entries.iter().any(|e| {
                    e.source == Source::BuiltIn
                        && e.file_name == entry.file_name
                        && matches!((&e.loaded, &entry.loaded), (Ok(a), Ok(b)) if a == b)
                });
                if !same_as_built_in {
                    entries.push(entry);
                }
            }
        }
        if let Some(dir) = &places.own {
            for path in crate::storage::files_ending_in(dir, "ron") {
                entries.push(read(Source::Own(path.clone()), &path));
            }
        }
        Self { entries }
    }

    /// The formats that can be run.
    pub fn usable(&self) -> impl Iterator<Item = (usize, &Entry, &Scenario)> {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.loaded.as_ref().ok().map(|s| (i, e, s)))
    }
}

/// The longest file name the editor gives a format, before `.ron`.
const MAX_STEM_CHARS: usize = 60;

/// Writes `scenario` to the trainer's folder `dir`: over `over` when that is
/// one of their own files and still a scenario, otherwise as a new file named
/// after the format (`my-breakout.ron`, `my-breakout-2.ron`...). Returns the
/// file written. The write is atomic: a crash leaves the old file or the new.
pub fn save_own(scenario: &Scenario, dir: &Path, over: Option<&Path>) -> Result<PathBuf, String> {
    let error = |e: std::io::Error| [("error", FluentValue::from(e.to_string()))];
    crate::storage::create_private_dir(dir).map_err(|e| {
        let why = tr_args("files-could-not-create-folder", &error(e));
        format!("{}: {why}", dir.display())
    })?;
    let path = match over {
        Some(path) => {
            if path.exists() && scenario::load_file(path).is_err() {
                return Err(format!(
                    "{}: {}",
                    path.display(),
                    tr("files-format-not-overwritten")
                ));
            }
            path.to_path_buf()
        }
        None => {
            let slug: String = crate::worksheet::names::slug(&scenario.name)
                .chars()
                .take(MAX_STEM_CHARS)
                .collect();
            let stem = if slug.is_empty() {
                tr("files-format-stem")
            } else {
                slug
            };
            crate::worksheet::names::unused_path(dir, stem.trim_end_matches('-'))
        }
    };
    let comment = format!(
        "{}\nMade with one-on-one's agenda editor. See README.md, \"Scenario format\".",
        scenario.name
    );
    let text = scenario::text::to_text(scenario, &comment);
    crate::storage::write_private_atomic(&path, text.as_bytes()).map_err(|e| {
        let why = tr_args("files-could-not-write", &error(e));
        format!("{}: {why}", path.display())
    })?;
    Ok(path)
}

fn read(source: Source, path: &Path) -> Entry {
    Entry {
        file_name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string()),
        loaded: scenario::load_file(path),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_format_loads() {
        let library = Library::discover(&Places::default());
        assert_eq!(library.entries.len(), BUILT_INS.len());
        for entry in &library.entries {
            if let Err(error) = &entry.loaded {
                panic!("{error}");
            }
        }
        assert_eq!(library.entries[0].length_text(), "25 min");
    }

    #[test]
    fn lengths_and_sources_read_in_the_language_spoken() {
        use crate::i18n::{Language, set_language};
        let library = Library::discover(&Places::default());
        let length = |file: &str| {
            library
                .entries
                .iter()
                .find(|entry| entry.file_name == file)
                .map(Entry::length_text)
                .unwrap_or_default()
        };
        set_language(Language::Spanish);
        let spanish = [
            length("circle.ron"),
            length("real-one-on-one.ron"),
            Source::Own(PathBuf::new()).label(),
        ];
        set_language(Language::English);
        let english = [
            length("circle.ron"),
            length("real-one-on-one.ron"),
            Source::Own(PathBuf::new()).label(),
        ];
        assert!(
            spanish[0].contains(" min para ") && spanish[0].contains(" personas (3–12)"),
            "{spanish:?}"
        );
        assert!(
            english[0].contains(" min for ") && english[0].contains(" people (3–12)"),
            "{english:?}"
        );
        assert!(
            spanish[1].starts_with("30–60 min (por defecto "),
            "{spanish:?}"
        );
        assert!(english[1].starts_with("30–60 min (default "), "{english:?}");
        assert_eq!(spanish[2], "tus formatos");
        assert_eq!(english[2], "your formats");
    }

    #[test]
    fn shipped_copies_of_built_ins_are_listed_once() {
        let library = Library::discover(&Places {
            shipped: vec![PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/scenarios"
            ))],
            ..Places::default()
        });
        assert_eq!(library.entries.len(), BUILT_INS.len());
    }
}
