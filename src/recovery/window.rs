//! Each window keeps its recovery copies in a folder of its own,
//! `recovery/<window>/`, holding an advisory lock on `recovery/<window>/lock`
//! for as long as it runs. Another window never offers or deletes copies in
//! a locked folder, so two windows at once cannot take each other's live
//! copies. The operating system drops the lock when a window exits or is
//! killed, so the copies a crashed window left are still found: the next
//! window claims them by moving them into its own folder (a rename, which
//! only one window can win) and offers them back.
//!
//! A window's folder is made under a hidden name, locked, and only then
//! renamed into place, so no other window ever sees it without its lock.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::i18n::tr;
use crate::storage::{TEMP_PREFIX, create_private_dir, files_ending_in, remove_stale_temps};

/// The lock file inside each window's folder.
const LOCK: &str = "lock";
/// Folders being made start with this, so claiming skips them.
const MAKING_PREFIX: &str = ".making-";
/// Temporary files older than this were left by a writer that was killed.
const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// One window's recovery folder. Nothing is made on disk until a copy is
/// written or orphans are claimed, so a window that never needs one leaves
/// no trace.
#[derive(Debug)]
pub struct WindowFolder {
    root: PathBuf,
    dir: PathBuf,
    /// The held lock, once the folder exists.
    lock: Mutex<Option<File>>,
    next_copy: AtomicU64,
}

impl WindowFolder {
    /// A folder for this window under `root`, the recovery folder. Its name
    /// (start time, process, a counter) is not used by any other window.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        static WINDOWS: AtomicU64 = AtomicU64::new(0);
        let root = root.into();
        let started = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis();
        let name = format!(
            "{started}-{}-{}",
            std::process::id(),
            WINDOWS.fetch_add(1, Ordering::Relaxed)
        );
        Self {
            dir: root.join(name),
            root,
            lock: Mutex::new(None),
            next_copy: AtomicU64::new(0),
        }
    }

    /// The recovery folder all windows share.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// This window's own folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A new copy's file in this window's folder; `kind` says whose it is
    /// (`sheet`, `draft`), so each owner finds its own.
    pub fn new_file(&self, kind: &str) -> PathBuf {
        self.dir.join(self.fresh_name(kind))
    }

    fn fresh_name(&self, kind: &str) -> String {
        format!(
            "{kind}-{}.ron",
            self.next_copy.fetch_add(1, Ordering::Relaxed)
        )
    }

    /// Makes sure the folder exists with this window's lock held, making it
    /// again if it was removed while the window ran.
    pub fn ensure(&self) -> io::Result<()> {
        let mut held = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        if held.is_some() && self.dir.join(LOCK).is_file() {
            return Ok(());
        }
        create_private_dir(&self.root)?;
        let lock = if self.dir.is_dir() {
            // Removed from under us but for the folder: lock it again.
            lock_file(&self.dir.join(LOCK))?
        } else {
            let making = self.root.join(format!(
                "{MAKING_PREFIX}{}",
                self.dir
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            ));
            let _ = fs::remove_dir_all(&making);
            create_private_dir(&making)?;
            let lock = lock_file(&making.join(LOCK))?;
            fs::rename(&making, &self.dir)?;
            lock
        };
        *held = Some(lock);
        Ok(())
    }

    /// Moves into this window's folder every copy left by a window that is
    /// no longer running, and loose copies from versions before window
    /// folders; returns how many were claimed. Folders of running windows
    /// are left alone. This window's folder is made only if there is
    /// something to claim.
    pub fn claim_orphans(&self) -> io::Result<usize> {
        let entries = match fs::read_dir(&self.root) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(0),
            Err(error) => return Err(error),
        };
        let mut claimed = 0;
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path == self.dir || name.starts_with('.') {
                continue;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                claimed += self.claim_folder(&path)?;
            } else if kind.is_file() && is_copy(&name) {
                // A loose copy from before window folders: a worksheet's.
                self.ensure()?;
                if fs::rename(&path, self.dir.join(self.fresh_name("sheet"))).is_ok() {
                    claimed += 1;
                }
            }
        }
        if self.dir.is_dir() {
            remove_stale_temps(&self.dir, STALE_TEMP_AGE);
        }
        Ok(claimed)
    }

    /// Claims the copies in another window's folder if that window is gone.
    fn claim_folder(&self, folder: &Path) -> io::Result<usize> {
        let lock = match File::open(folder.join(LOCK)) {
            Ok(file) => match file.try_lock() {
                Ok(()) => Some(file),
                // Its window is running: its copies are its own.
                Err(TryLockError::WouldBlock) => return Ok(0),
                // Cannot tell (no locks on this file system): leave it.
                Err(TryLockError::Error(_)) => return Ok(0),
            },
            Err(error) if error.kind() == io::ErrorKind::NotFound => None,
            Err(_) => return Ok(0),
        };
        remove_stale_temps(folder, STALE_TEMP_AGE);
        let mut claimed = 0;
        if let Ok(entries) = fs::read_dir(folder) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if !is_copy(&name) {
                    continue;
                }
                self.ensure()?;
                let kind = name.split('-').next().unwrap_or("sheet");
                if fs::rename(entry.path(), self.dir.join(self.fresh_name(kind))).is_ok() {
                    claimed += 1;
                }
            }
        }
        // Empty now, unless it holds something that is not a copy.
        let _ = fs::remove_file(folder.join(LOCK));
        let _ = fs::remove_dir(folder);
        drop(lock);
        Ok(claimed)
    }

    /// The copies of `kind` in this window's folder, by file name.
    pub fn copies(&self, kind: &str) -> Vec<PathBuf> {
        let prefix = format!("{kind}-");
        let mut copies = files_ending_in(&self.dir, "ron");
        copies.retain(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with(&prefix) && is_copy(&name)
        });
        copies
    }
}

impl Drop for WindowFolder {
    /// A window that closes with nothing left to recover leaves no folder.
    fn drop(&mut self) {
        let held = self.lock.get_mut().map(Option::take).unwrap_or_default();
        if held.is_none() {
            return;
        }
        let only_lock = fs::read_dir(&self.dir)
            .map(|entries| {
                entries.flatten().all(|e| {
                    e.file_name() == LOCK
                        || e.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
                })
            })
            .unwrap_or(false);
        if only_lock {
            let _ = fs::remove_dir_all(&self.dir);
        }
        drop(held);
    }
}

/// Whether a file name is a recovery copy (not a lock, not a temporary).
fn is_copy(name: &str) -> bool {
    name.ends_with(".ron") && !name.starts_with(TEMP_PREFIX) && !name.starts_with('.')
}

/// Opens (making it if needed, user-only) and locks `path` for this window.
fn lock_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => Err(io::Error::new(
            io::ErrorKind::WouldBlock,
            tr("console-recovery-folder-held"),
        )),
        // A file system without locks: keep the copies coming all the same.
        Err(TryLockError::Error(error)) if error.kind() == io::ErrorKind::Unsupported => Ok(file),
        Err(TryLockError::Error(error)) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let folder =
            std::env::temp_dir().join(format!("one-on-one-window-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&folder);
        folder
    }

    #[test]
    fn nothing_is_made_until_a_copy_is_needed() {
        let root = scratch("lazy");
        let window = WindowFolder::new(&root);
        assert!(window.new_file("sheet").starts_with(window.dir()));
        assert!(!root.exists());
        window.ensure().unwrap();
        assert!(window.dir().join(LOCK).is_file());
        drop(window);
        assert_eq!(
            fs::read_dir(&root).unwrap().count(),
            0,
            "an empty folder is removed"
        );
    }

    #[test]
    fn a_live_window_keeps_its_copies_and_a_closed_one_gives_them_up() {
        let root = scratch("claim");
        let first = WindowFolder::new(&root);
        first.ensure().unwrap();
        let copy = first.new_file("sheet");
        fs::write(&copy, "Recovery()").unwrap();

        let second = WindowFolder::new(&root);
        assert_eq!(second.claim_orphans().unwrap(), 0);
        assert!(copy.exists(), "a running window's copy stays where it is");
        assert!(second.copies("sheet").is_empty());

        drop(first); // its lock is released, its copy left behind
        assert!(copy.exists());
        assert_eq!(second.claim_orphans().unwrap(), 1);
        assert!(!copy.exists());
        assert_eq!(second.copies("sheet").len(), 1);
        assert!(second.copies("draft").is_empty());
    }

    #[test]
    fn loose_copies_from_earlier_versions_are_claimed_once() {
        let root = scratch("loose");
        create_private_dir(&root).unwrap();
        fs::write(root.join("1700000000000-42-0.ron"), "Recovery()").unwrap();
        let first = WindowFolder::new(&root);
        let second = WindowFolder::new(&root);
        assert_eq!(first.claim_orphans().unwrap(), 1);
        assert_eq!(second.claim_orphans().unwrap(), 0);
        assert_eq!(first.copies("sheet").len(), 1);
    }

    #[test]
    fn a_folder_removed_while_running_is_made_again() {
        let root = scratch("removed");
        let window = WindowFolder::new(&root);
        window.ensure().unwrap();
        fs::remove_dir_all(&root).unwrap();
        window.ensure().unwrap();
        assert!(window.dir().join(LOCK).is_file());
        // And it is locked again: another window does not take it.
        fs::write(window.new_file("sheet"), "x").unwrap();
        let other = WindowFolder::new(&root);
        assert_eq!(other.claim_orphans().unwrap(), 0);
    }
}
