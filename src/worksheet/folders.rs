//! Where worksheets live: the per-user data folder of the platform
//! (`~/.local/share/one-on-one` on Linux), with saved worksheets in
//! `worksheets/`, unsaved changes in `recovery/`, and the reports of how
//! each session ran in `reports/`. Each is created user-only (0700) by
//! whoever first writes into it.

use std::path::PathBuf;

/// The folders the app keeps people's files in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folders {
    /// Where Save offers to put worksheets, and the in-app list reads from.
    pub worksheets: PathBuf,
    /// Autosaved copies of unsaved changes, one file per open worksheet.
    pub recovery: PathBuf,
    /// One report per session run, written as it runs (see `crate::report`).
    pub reports: PathBuf,
}

impl Folders {
    /// The folders under `root`; tests give a scratch folder.
    pub fn under(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        Self {
            worksheets: root.join("worksheets"),
            recovery: root.join("recovery"),
            reports: root.join("reports"),
        }
    }

    /// The platform's per-user data folder, or `./one-on-one-data` when the
    /// platform has none (no home directory), so saving still works.
    pub fn for_user() -> Self {
        match directories::ProjectDirs::from("", "", "one-on-one") {
            Some(dirs) => Self::under(dirs.data_dir()),
            None => Self::under("one-on-one-data"),
        }
    }
}
