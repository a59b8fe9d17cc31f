//! The chimes reach the room through a command-line player fed from
//! memory: each player gets the bundled WAV on its standard input, and no
//! sound file is left anywhere another user could swap it.

#![cfg(unix)]

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use one_on_one::sound::{Chime, PlayerChime, Sound};

/// A fresh folder of this test's own; not named `one-on-one-*`, so that
/// anything the chime leaves in the temp folder stands out.
fn scratch(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("chime-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

/// A player called `name` in `folder` that keeps what it was given on
/// standard input in `heard.wav`, and its arguments in `args`, one a line.
fn fake_player(folder: &Path, name: &str) {
    use std::os::unix::fs::PermissionsExt;
    let script = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{dir}/args'\ncat > '{dir}/heard.part'\nmv '{dir}/heard.part' '{dir}/heard.wav'\n",
        dir = folder.display()
    );
    let path = folder.join(name);
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// What the player wrote, once it has finished.
fn heard(folder: &Path) -> Vec<u8> {
    let path = folder.join("heard.wav");
    let deadline = Instant::now() + Duration::from_secs(20);
    while !path.exists() {
        assert!(Instant::now() < deadline, "the player never finished");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::fs::read(path).unwrap()
}

/// What is named `one-on-one-*` in the temp folder, where the chime used
/// to write its WAV files.
fn ours_in_temp() -> Vec<OsString> {
    let mut names: Vec<OsString> = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .flatten()
        .map(|entry| entry.file_name())
        .filter(|name| {
            // The other tests' scratch folders (tests/common) appear here
            // while they run beside this one; they are not the chime's.
            let name = name.to_string_lossy();
            name.starts_with("one-on-one-") && !name.starts_with("one-on-one-ui-")
        })
        .collect();
    names.sort();
    names
}

fn bundled(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/sounds")
            .join(name),
    )
    .unwrap()
}

// One test for every player: a script written while another test thread
// starts a process can fail to start ("text file busy").
#[test]
fn each_player_is_fed_the_bundled_wav_from_memory() {
    for (player, args, sound, file) in [
        ("pw-play", "-\n", Sound::HandOver, "hand-over.wav"),
        ("paplay", "\n", Sound::Warning, "warning.wav"),
        ("aplay", "-q\n-\n", Sound::HandOver, "hand-over.wav"),
    ] {
        let bin = scratch(player);
        fake_player(&bin, player);
        let before = ours_in_temp();
        let mut chime = PlayerChime::detect_in(bin.as_os_str());
        assert!(chime.play(sound), "{player} is found and started");
        assert!(
            heard(&bin) == bundled(file),
            "{player} did not get exactly the bundled {file}"
        );
        assert_eq!(
            std::fs::read_to_string(bin.join("args")).unwrap(),
            args,
            "{player} is told to read standard input, and given no file"
        );
        let after = ours_in_temp();
        let new: Vec<_> = after.iter().filter(|n| !before.contains(n)).collect();
        assert!(
            new.is_empty(),
            "{player}: the chime wrote {new:?} in the temp folder"
        );
        std::fs::remove_dir_all(&bin).unwrap();
    }
}

#[test]
fn with_no_player_on_the_path_the_caller_is_told() {
    let empty = scratch("no-player");
    let mut chime = PlayerChime::detect_in(empty.as_os_str());
    assert!(!chime.play(Sound::HandOver));
    std::fs::remove_dir_all(&empty).unwrap();
}
