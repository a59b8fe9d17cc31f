//! The chimes the room hears. The default build links no audio library (a
//! real one would need ALSA's -dev package to build): it plays bundled WAV
//! files through a command-line player that every Linux desktop has
//! (PipeWire's `pw-play`, PulseAudio's `paplay` or ALSA's `aplay`), and when
//! none is there the caller falls back to the window's attention request.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

/// Which sound to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sound {
    /// Two rising notes: a step is over, hand over.
    HandOver,
    /// One soft note: the last minute has begun.
    Warning,
}

/// Something that can make the app's sounds.
pub trait Chime {
    /// Starts playing `sound` without waiting for it; returns whether a sound
    /// is on its way (false means the caller should use another signal).
    fn play(&mut self, sound: Sound) -> bool;
}

const HAND_OVER_WAV: &[u8] = include_bytes!("../../assets/sounds/hand-over.wav");
const WARNING_WAV: &[u8] = include_bytes!("../../assets/sounds/warning.wav");

/// Players tried in order, with the arguments that make them quiet.
const PLAYERS: &[(&str, &[&str])] = &[
    ("pw-play", &[]),
    ("paplay", &[]),
    ("aplay", &["-q"]),
    ("afplay", &[]),
];

/// Plays the bundled WAVs through the first command-line player on `PATH`.
#[derive(Debug)]
pub struct PlayerChime {
    player: Option<(PathBuf, &'static [&'static str])>,
    folder: PathBuf,
}

impl PlayerChime {
    /// Looks for a player on `PATH`; the WAVs are written out on first use.
    pub fn detect() -> Self {
        let player = PLAYERS
            .iter()
            .find_map(|(name, args)| find_on_path(name).map(|path| (path, *args)));
        let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
        let base = std::env::var_os("XDG_RUNTIME_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(std::env::temp_dir);
        Self {
            player,
            folder: base.join(format!("one-on-one-{user}")),
        }
    }

    fn wav_file(&self, sound: Sound) -> std::io::Result<PathBuf> {
        let (name, bytes) = match sound {
            Sound::HandOver => ("hand-over.wav", HAND_OVER_WAV),
            Sound::Warning => ("warning.wav", WARNING_WAV),
        };
        let path = self.folder.join(name);
        let up_to_date = std::fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64);
        if !up_to_date {
            create_private_dir(&self.folder)?;
            let mut file = std::fs::File::create(&path)?;
            file.write_all(bytes)?;
        }
        Ok(path)
    }
}

impl Chime for PlayerChime {
    fn play(&mut self, sound: Sound) -> bool {
        let Some((player, args)) = &self.player else {
            return false;
        };
        let Ok(file) = self.wav_file(sound) else {
            return false;
        };
        let child = Command::new(player)
            .args(*args)
            .arg(file)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        match child {
            Ok(mut child) => {
                // Reap the player when it ends so no zombie is left behind.
                std::thread::spawn(move || child.wait());
                true
            }
            Err(_) => false,
        }
    }
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir)
    }
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

    #[test]
    fn the_wav_files_are_written_where_the_player_can_read_them() {
        let dir = std::env::temp_dir().join(format!("one-on-one-test-{}", std::process::id()));
        let chime = PlayerChime {
            player: None,
            folder: dir.clone(),
        };
        let path = chime.wav_file(Sound::Warning).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), WARNING_WAV);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
