//! Writing files so that a crash, a kill or a full disk never leaves a
//! half-written one behind, and so that nobody else on the machine can read
//! them: worksheets hold people's stories.
//!
//! A write goes to a new temporary file in the same folder (created 0600),
//! is flushed to the disk with `fsync`, and only then renamed over the
//! target. Rename within one folder is atomic on POSIX file systems, so a
//! reader sees the old file or the new one, never a mix. The folder is
//! fsynced too, so the rename itself survives a power cut.
//!
//! A symbolic link at the target is followed, as editors do: the file it
//! names is the one replaced, and the link stays a link. Replacing the link
//! itself would leave the file it points to (in a synced folder, say)
//! silently out of date.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use fluent::FluentValue;

use crate::i18n::tr_args;

/// Temporary files start with this so folder listings can skip them.
pub const TEMP_PREFIX: &str = ".one-on-one-tmp-";

/// Symbolic links followed before giving up, as the kernel does (ELOOP).
const MAX_LINKS: usize = 40;

/// Writes `bytes` to `path` atomically, readable and writable by the user
/// only. A symbolic link at `path` is written through to the file it names.
/// On error the target is untouched and the temporary file removed.
pub fn write_private_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let path = &write_target(path)?;
    let folder = folder_of(path);
    let temp = temp_path_in(&folder, path);
    let result = write_and_sync(&temp, bytes).and_then(|()| fs::rename(&temp, path));
    if let Err(error) = result {
        let _ = fs::remove_file(&temp);
        return Err(error);
    }
    sync_folder(&folder);
    Ok(())
}

/// The file a write to `path` replaces: `path` itself, or, when it is a
/// symbolic link, the file at the end of the links (which may not exist yet).
pub fn write_target(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = if target.is_absolute() {
                    target
                } else {
                    folder_of(&current).join(target)
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(tr_args(
        "files-too-many-links",
        &[("most", FluentValue::from(MAX_LINKS))],
    )))
}

/// The folder `path` is in; `.` for a bare file name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Whether `a` and `b` name one existing file, however they are spelled
/// (`./x.ron`, `x.ron`, a symbolic link, a hard link).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        match (fs::metadata(a), fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Creates `folder` and its parents; a folder this creates is user-only.
pub fn create_private_dir(folder: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)
}

/// Reads at most `limit` bytes of `path`; a longer file is an error rather
/// than a stall or an out-of-memory.
pub fn read_capped(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let file = File::open(path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            tr_args(
                "files-too-large",
                &[("megabytes", FluentValue::from(limit / (1024 * 1024)))],
            ),
        ));
    }
    Ok(bytes)
}

/// The files directly in `folder` whose names end in `.extension`, sorted
/// by name; temporaries of a write in progress or cut short are left out.
/// A folder that cannot be read has none.
pub fn files_ending_in(folder: &Path, extension: &str) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .filter(|entry| !entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == extension) && path.is_file())
        .collect();
    files.sort();
    files
}

/// Removes temporary files in `folder` older than `age`: what a killed
/// writer left behind. A live write takes milliseconds, so an old one is
/// never in use, and it may hold a copy of someone's story.
pub fn remove_stale_temps(folder: &Path, age: std::time::Duration) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|modified| now.duration_since(modified).is_ok_and(|d| d >= age));
        if old && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// A name no other writer, in this process or another, is using right now.
fn temp_path_in(folder: &Path, target: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let serial = COUNTER.fetch_add(1, Ordering::Relaxed);
    let stem = target
        .file_name()
        .map(|name| name.to_string_lossy().chars().take(40).collect::<String>())
        .unwrap_or_default();
    folder.join(format!(
        "{TEMP_PREFIX}{}-{serial}-{stem}",
        std::process::id()
    ))
}

fn write_and_sync(temp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(temp)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Best effort: some file systems refuse to open or sync a folder, and the
/// data itself is already safe by then.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = File::open(folder) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let folder =
            std::env::temp_dir().join(format!("one-on-one-storage-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&folder);
        create_private_dir(&folder).unwrap();
        folder
    }

    #[test]
    fn a_write_replaces_the_whole_file_and_leaves_no_temporary_behind() {
        let folder = scratch("replace");
        let path = folder.join("a.ron");
        write_private_atomic(&path, b"first, and rather long").unwrap();
        write_private_atomic(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.ron")]);
    }

    #[cfg(unix)]
    #[test]
    fn files_and_folders_are_private_to_the_user() {
        use std::os::unix::fs::PermissionsExt;
        let folder = scratch("private").join("inner");
        create_private_dir(&folder).unwrap();
        let path = folder.join("a.ron");
        write_private_atomic(&path, b"x").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&folder), 0o700);
    }

    #[cfg(unix)]
    #[test]
    fn a_failed_write_leaves_the_target_alone() {
        use std::os::unix::fs::PermissionsExt;
        let folder = scratch("fail");
        let path = folder.join("a.ron");
        write_private_atomic(&path, b"the old story").unwrap();
        // A folder nobody may create files in: the temporary cannot be made.
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o500)).unwrap();
        let probe = folder.join("probe");
        let writable_anyway = File::create(&probe).is_ok(); // root ignores modes
        let result = write_private_atomic(&path, b"new");
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o700)).unwrap();
        let _ = fs::remove_file(probe);
        if !writable_anyway {
            assert!(result.is_err());
        }
        // Whatever happened, the file is the old version or the new one.
        let now = fs::read(&path).unwrap();
        assert!(now == b"the old story" || (writable_anyway && now == b"new"));

        // A write that fails inside the folder: the target is a folder.
        let blocked = folder.join("blocked");
        fs::create_dir(&blocked).unwrap();
        fs::write(blocked.join("inside"), b"kept").unwrap();
        assert!(write_private_atomic(&blocked, b"x").is_err());
        assert_eq!(fs::read(blocked.join("inside")).unwrap(), b"kept");
        assert_eq!(
            fs::read(&path).unwrap(),
            now,
            "the other file keeps its bytes"
        );
        let left: Vec<_> = fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with(TEMP_PREFIX))
            .collect();
        assert!(left.is_empty(), "temporaries left: {left:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_write_through_a_symbolic_link_changes_the_file_it_names() {
        let folder = scratch("link");
        let real = folder.join("synced").join("maria.ron");
        create_private_dir(real.parent().unwrap()).unwrap();
        fs::write(&real, b"old").unwrap();
        let link = folder.join("maria.ron");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        // A relative link, and a link to the link.
        let relative = folder.join("relative.ron");
        std::os::unix::fs::symlink("synced/maria.ron", &relative).unwrap();
        let chained = folder.join("chained.ron");
        std::os::unix::fs::symlink("relative.ron", &chained).unwrap();

        write_private_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
        write_private_atomic(&chained, b"newer").unwrap();
        assert!(
            fs::symlink_metadata(&chained)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(
            fs::symlink_metadata(&relative)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"newer");
        assert!(same_file(&chained, &real));

        // A link to itself is an error, not a hang, and nothing is written.
        let looped = folder.join("loop.ron");
        std::os::unix::fs::symlink("loop.ron", &looped).unwrap();
        assert!(write_private_atomic(&looped, b"x").is_err());
        assert!(
            fs::symlink_metadata(&looped)
                .unwrap()
                .file_type()
                .is_symlink()
        );

        // A link to a file not there yet creates that file, as an editor does.
        let dangling = folder.join("dangling.ron");
        std::os::unix::fs::symlink("synced/later.ron", &dangling).unwrap();
        write_private_atomic(&dangling, b"first").unwrap();
        assert_eq!(fs::read(folder.join("synced/later.ron")).unwrap(), b"first");
    }

    #[test]
    fn temporaries_left_by_a_killed_writer_are_swept_up() {
        let folder = scratch("sweep");
        let left = folder.join(format!("{TEMP_PREFIX}999-0-a.ron"));
        fs::write(&left, b"half a story").unwrap();
        fs::write(folder.join("a.ron"), b"kept").unwrap();
        assert_eq!(
            remove_stale_temps(&folder, std::time::Duration::from_secs(3600)),
            0
        );
        assert_eq!(remove_stale_temps(&folder, std::time::Duration::ZERO), 1);
        assert!(!left.exists());
        assert!(folder.join("a.ron").exists());
    }

    #[test]
    fn reading_refuses_files_over_the_limit() {
        let folder = scratch("cap");
        let path = folder.join("big");
        fs::write(&path, vec![b'x'; 2048]).unwrap();
        assert!(read_capped(&path, 1024).is_err());
        assert_eq!(read_capped(&path, 4096).unwrap().len(), 2048);
    }
}
