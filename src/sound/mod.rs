//! The chimes the room hears. The default build links no audio library (a
//! real one would need ALSA's -dev package to build): it plays bundled WAV
//! files through a command-line player that every Linux desktop has
//! (PipeWire's `pw-play`, PulseAudio's `paplay` or ALSA's `aplay`), and when
//! none is there the caller falls back to the window's attention request.
//!
//! The sound goes to the player's standard input, straight from the bytes
//! built into the app: a WAV written to a shared folder such as `/tmp`
//! could be swapped or linked elsewhere by another user. Only macOS's
//! `afplay`, which reads files alone, gets one, in the user's own cache.

use std::ffi::OsStr;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

use fluent::FluentValue;

use crate::i18n::{tr, tr_args};
use crate::storage;

/// Which sound to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sound {
    /// Two rising notes: a step is over, hand over.
    HandOver,
    /// One soft note: the last minute has begun.
    Warning,
}

impl Sound {
    /// The bundled WAV, and the file name it gets where a file is needed.
    fn wav(self) -> (&'static str, &'static [u8]) {
        match self {
            Sound::HandOver => ("hand-over.wav", HAND_OVER_WAV),
            Sound::Warning => ("warning.wav", WARNING_WAV),
        }
    }
}

/// Something that can make the app's sounds.
pub trait Chime: Send {
    /// Starts playing `sound` without waiting for it; returns whether a sound
    /// is on its way (false means the caller should use another signal).
    fn play(&mut self, sound: Sound) -> bool;
}

const HAND_OVER_WAV: &[u8] = include_bytes!("../../assets/sounds/hand-over.wav");
const WARNING_WAV: &[u8] = include_bytes!("../../assets/sounds/warning.wav");

/// How a player is given the sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Feed {
    /// On standard input: nothing is written to the disk.
    Stdin,
    /// As a file, in the user's private cache folder.
    File,
}

/// Players tried in order, with the arguments that make them quiet and,
/// for those that read standard input, make them read it.
const PLAYERS: &[(&str, &[&str], Feed)] = &[
    ("pw-play", &["-"], Feed::Stdin),
    ("paplay", &[], Feed::Stdin),
    ("aplay", &["-q", "-"], Feed::Stdin),
    ("afplay", &[], Feed::File),
];

/// A player found on the search path.
#[derive(Debug, Clone)]
struct Player {
    program: PathBuf,
    args: &'static [&'static str],
    feed: Feed,
}

/// Plays the bundled WAVs through the first command-line player found.
#[derive(Debug)]
pub struct PlayerChime {
    player: Option<Player>,
    /// Where a player that needs files finds them; `None` when it reads
    /// standard input or the platform has no cache folder.
    cache: Option<PathBuf>,
}

impl PlayerChime {
    /// Looks for a player on `PATH`.
    pub fn detect() -> Self {
        Self::detect_in(&std::env::var_os("PATH").unwrap_or_default())
    }

    /// Looks for a player in the folders of `search_path`, spelled as `PATH`
    /// is. Tests give their own, as the process's `PATH` is shared by all.
    pub fn detect_in(search_path: &OsStr) -> Self {
        let player = PLAYERS.iter().find_map(|&(name, args, feed)| {
            find_in(search_path, name).map(|program| Player {
                program,
                args,
                feed,
            })
        });
        let cache = match player {
            Some(Player {
                feed: Feed::File, ..
            }) => directories::ProjectDirs::from("", "", "one-on-one")
                .map(|dirs| dirs.cache_dir().to_path_buf()),
            _ => None,
        };
        Self { player, cache }
    }
}

impl Chime for PlayerChime {
    fn play(&mut self, sound: Sound) -> bool {
        let Some(player) = &self.player else {
            return false;
        };
        let (name, bytes) = sound.wav();
        let started = match player.feed {
            Feed::Stdin => play_from_memory(player, bytes),
            Feed::File => match &self.cache {
                Some(folder) => {
                    cached_wav(folder, name, bytes).and_then(|file| play_file(player, &file))
                }
                None => Err(io::Error::other(tr("console-sound-no-cache"))),
            },
        };
        started.is_ok()
    }
}

/// Starts `player` reading `bytes` on its standard input.
fn play_from_memory(player: &Player, bytes: &'static [u8]) -> io::Result<()> {
    let mut child = Command::new(&player.program)
        .args(player.args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let stdin = child.stdin.take();
    // The write waits while the player is slow to read (a WAV is larger
    // than a pipe holds), and forever if it hangs: never on the UI's
    // thread. Closing standard input tells the player the sound is over.
    reap_after(child, move || {
        if let Some(mut stdin) = stdin {
            let _ = stdin.write_all(bytes);
        }
    })
}

/// Starts `player` on `file`.
fn play_file(player: &Player, file: &Path) -> io::Result<()> {
    let child = Command::new(&player.program)
        .args(player.args)
        .arg(file)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    reap_after(child, || {})
}

/// Runs `first` and then waits for `child` on a thread of their own, so the
/// player is reaped when it ends and leaves no zombie behind.
fn reap_after(mut child: Child, first: impl FnOnce() + Send + 'static) -> io::Result<()> {
    let waiter = std::thread::Builder::new()
        .name("chime".into())
        .spawn(move || {
            first();
            let _ = child.wait();
        });
    waiter.map(drop)
}

/// The path of the WAV `name` in `folder`, written there unless it already
/// holds exactly `bytes`. The folder must be the user's alone.
fn cached_wav(folder: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    storage::create_private_dir(folder)?;
    check_private_folder(folder)?;
    let path = folder.join(name);
    let current = storage::read_capped(&path, bytes.len() as u64).ok();
    if current.as_deref() != Some(bytes) {
        storage::write_private_atomic(&path, bytes)?;
    }
    Ok(path)
}

/// Refuses a folder that another user could put files in or read, or
/// that is a symbolic link to somewhere else.
fn check_private_folder(folder: &Path) -> io::Result<()> {
    let meta = std::fs::symlink_metadata(folder)?;
    if !meta.file_type().is_dir() {
        return Err(io::Error::other(tr_args(
            "console-sound-not-a-folder",
            &[("folder", FluentValue::from(folder.display().to_string()))],
        )));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        if meta.permissions().mode() & 0o077 != 0 {
            return Err(io::Error::other(tr_args(
                "console-sound-shared-folder",
                &[("folder", FluentValue::from(folder.display().to_string()))],
            )));
        }
    }
    Ok(())
}

/// The first file called `name` in the folders of `search_path`.
fn find_in(search_path: &OsStr, name: &str) -> Option<PathBuf> {
    std::env::split_paths(search_path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Makes no sound, for a muted app or a machine without audio.
#[derive(Debug, Default, Clone, Copy)]
pub struct Silence;

impl Chime for Silence {
    fn play(&mut self, _sound: Sound) -> bool {
        false
    }
}

/// Remembers every sound asked for; tests hold a clone to see what the room
/// would have heard.
#[derive(Debug, Default, Clone)]
pub struct RecordingChime {
    played: Arc<Mutex<Vec<Sound>>>,
}

impl RecordingChime {
    /// The sounds played so far, oldest first.
    pub fn played(&self) -> Vec<Sound> {
        self.played.lock().map(|p| p.clone()).unwrap_or_default()
    }
}

impl Chime for RecordingChime {
    fn play(&mut self, sound: Sound) -> bool {
        if let Ok(mut played) = self.played.lock() {
            played.push(sound);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_sounds_are_wav_files() {
        for bytes in [HAND_OVER_WAV, WARNING_WAV] {
            assert_eq!(&bytes[0..4], b"RIFF");
            assert_eq!(&bytes[8..12], b"WAVE");
        }
    }

    fn scratch(name: &str) -> PathBuf {
        let folder = std::env::temp_dir().join(format!("chime-unit-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        storage::create_private_dir(&folder).unwrap();
        folder
    }

    #[cfg(unix)]
    #[test]
    fn a_player_that_needs_a_file_gets_one_in_the_private_cache() {
        use std::os::unix::fs::PermissionsExt as _;
        let folder = scratch("afplay");
        let heard = folder.join("heard.wav");
        let program = folder.join("afplay");
        std::fs::write(
            &program,
            format!(
                "#!/bin/sh\ncp \"$1\" '{0}.part'\nmv '{0}.part' '{0}'\n",
                heard.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
        let cache = folder.join("cache");
        let mut chime = PlayerChime {
            player: Some(Player {
                program,
                args: &[],
                feed: Feed::File,
            }),
            cache: Some(cache.clone()),
        };
        assert!(chime.play(Sound::Warning));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while !heard.exists() {
            assert!(std::time::Instant::now() < deadline, "afplay never ran");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(std::fs::read(&heard).unwrap(), WARNING_WAV);
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&cache), 0o700);
        assert_eq!(mode(&cache.join("warning.wav")), 0o600);
        std::fs::remove_dir_all(folder).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_cache_that_is_a_link_or_open_to_others_gets_no_sound_file() {
        use std::os::unix::fs::PermissionsExt as _;
        let folder = scratch("unsafe-cache");
        let elsewhere = folder.join("elsewhere");
        storage::create_private_dir(&elsewhere).unwrap();
        let link = folder.join("link");
        std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
        assert!(cached_wav(&link, "warning.wav", WARNING_WAV).is_err());
        assert!(!elsewhere.join("warning.wav").exists());

        let shared = folder.join("shared");
        std::fs::create_dir(&shared).unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(cached_wav(&shared, "warning.wav", WARNING_WAV).is_err());
        assert!(!shared.join("warning.wav").exists());

        let readable = folder.join("readable");
        std::fs::create_dir(&readable).unwrap();
        std::fs::set_permissions(&readable, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(cached_wav(&readable, "warning.wav", WARNING_WAV).is_err());
        std::fs::remove_dir_all(folder).unwrap();
    }

    #[test]
    fn a_cached_sound_file_that_was_changed_is_written_again() {
        let folder = scratch("rewrite");
        let path = cached_wav(&folder, "warning.wav", WARNING_WAV).unwrap();
        std::fs::write(&path, b"RIFF not the chime").unwrap();
        cached_wav(&folder, "warning.wav", WARNING_WAV).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), WARNING_WAV);
        std::fs::remove_dir_all(folder).unwrap();
    }
}
