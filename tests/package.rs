//! The installable package's files agree with each other and with the app:
//! the desktop entry, the AppStream metadata, the icons and the .deb's list
//! of what goes where (`cargo deb` in .ci/run builds and installs it, and
//! validates the entry and the metadata with Debian's own tools).

use std::path::Path;

use one_on_one::ui::APP_ID;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn the_desktop_entry_and_the_metadata_name_the_windows_app_id() {
    let desktop = read(&format!("assets/package/{APP_ID}.desktop"));
    assert!(desktop.contains(&format!("\nIcon={APP_ID}\n")), "{desktop}");
    assert!(desktop.contains(&format!("\nStartupWMClass={APP_ID}\n")));
    assert!(desktop.contains("\nExec=one-on-one\n"));
    let metainfo = read(&format!("assets/package/{APP_ID}.metainfo.xml"));
    assert!(metainfo.contains(&format!("<id>{APP_ID}</id>")));
    assert!(metainfo.contains(&format!(
        "<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"
    )));
    assert!(metainfo.contains(&format!("<icon type=\"stock\">{APP_ID}</icon>")));
    assert!(metainfo.contains("<binary>one-on-one</binary>"));
}

#[test]
fn the_metadata_names_this_version() {
    let metainfo = read(&format!("assets/package/{APP_ID}.metainfo.xml"));
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        metainfo.contains(&format!("<release version=\"{version}\"")),
        "the newest release in the metadata is {version}"
    );
}

/// Width and height from a PNG's header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is a PNG",
        path.display()
    );
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn every_file_the_deb_lists_is_there_and_each_icon_has_its_size() {
    let manifest: toml_lite::Assets = toml_lite::assets(&read("Cargo.toml"));
    assert!(manifest.len() >= 12, "{manifest:?}");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (source, target) in &manifest {
        if source.starts_with("target/") {
            continue;
        }
        assert!(root.join(source).is_file(), "{source} is missing");
        if let Some(size) = target
            .strip_prefix("usr/share/icons/hicolor/")
            .and_then(|rest| rest.split('/').next())
            .and_then(|size| size.split_once('x'))
        {
            let side: u32 = size.0.parse().unwrap();
            assert_eq!(png_size(&root.join(source)), (side, side), "{source}");
            assert!(target.ends_with(&format!("/apps/{APP_ID}.png")), "{target}");
        }
    }
    for needed in [
        "usr/share/applications/".to_string(),
        "usr/share/metainfo/".to_string(),
        format!("usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
        format!("usr/share/icons/hicolor/256x256/apps/{APP_ID}.png"),
        "usr/bin/".to_string(),
    ] {
        assert!(
            manifest.iter().any(|(_, target)| *target == needed),
            "the .deb installs {needed}"
        );
    }
}

/// Just enough of Cargo.toml: the `assets` list of `[package.metadata.deb]`.
mod toml_lite {
    pub type Assets = Vec<(String, String)>;

    pub fn assets(manifest: &str) -> Assets {
        let start = manifest
            .find("[package.metadata.deb]")
            .expect("Cargo.toml has [package.metadata.deb]");
        let section = &manifest[start..];
        let list = &section[section.find("assets = [").expect("an assets list")..];
        let list = &list[..list.find("\n]").expect("the list ends")];
        list.lines()
            .filter_map(|line| {
                let line = line.trim().strip_prefix('[')?.strip_suffix("],")?;
                let parts: Vec<&str> = line
                    .split(", ")
                    .map(|part| part.trim_matches('"'))
                    .collect();
                Some((parts.first()?.to_string(), parts.get(1)?.to_string()))
            })
            .collect()
    }
}
